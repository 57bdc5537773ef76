"""The visible notice on pages built from illustrative (sample) data."""

from __future__ import annotations

from bulletin import model
from bulletin.pages import markup


def sample_notice(bulletin: model.Bulletin) -> str:
    notice = bulletin.sample_notice
    if not notice:
        return ""
    # bulletin-sample: left out of the search index (bulletin.search_index).
    return f'!!! warning bulletin-sample "Dữ liệu minh họa"\n\n    {markup.text(notice)}\n\n'
