"""Where each generated page lives. URLs are ASCII: see text.slugify."""

from __future__ import annotations

from bulletin import model

HOME = "index.md"
NEWS = "tin-tuc"
MEDIA = "media"


def article(item: model.Article) -> str:
    day = item.date
    return f"{NEWS}/{day.year}/{day.month:02d}/{item.id}.md"


def media(image: str) -> str:
    """Images keep their path under data/, e.g. media/2024/hoi-nghi.svg."""
    return image
