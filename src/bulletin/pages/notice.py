"""The visible notice on pages built from illustrative (sample) data."""

from __future__ import annotations

from bulletin import model
from bulletin.pages import markup


def sample_notice(bulletin: model.Bulletin) -> str:
    notice = bulletin.sample_notice
    if not notice:
        return ""
    return f'!!! warning "Dữ liệu minh họa"\n\n    {markup.text(notice)}\n\n'
