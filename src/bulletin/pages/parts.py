"""What page templates share beyond markup: links from a page, pictures, excerpts, chunks.

The markup of shared fragments (datelines, cards, lists, pagers) is in templates/macros.html.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar
from urllib.parse import quote

from bulletin import model, urls
from bulletin.data.media import Image, srcset
from bulletin.pages.page import Page

T = TypeVar("T")

EXCERPT_CHARS = 220


@dataclass(frozen=True)
class Picture:
    """An image as a page shows it: its page-relative href and intrinsic size when known."""

    src: str
    width: int | None = None
    height: int | None = None
    srcset: str | None = None  # responsive variants, when the image pipeline makes them
    sizes: str | None = None  # how wide it shows, so a browser picks the smallest variant that fits


# How wide images show (bulletin/theme/assets/bulletin.css: the page is at most 56rem; cards are at least
# 15rem): an article's photo spans the column, a card's photo a column of two or three.
ARTICLE_WIDTH = "(max-width: 56rem) 100vw, 54rem"
CARD_WIDTH = "(max-width: 34rem) 100vw, (max-width: 56rem) 50vw, 18rem"


def picture(page: Page, images: dict[str, Image], image: str, sizes: str = ARTICLE_WIDTH) -> Picture:
    """The one place that turns a data image into what templates print: the published file
    (bulletin.data.media re-encodes it), its size and its narrower variants."""
    checked = images[image]
    files = srcset(checked)
    # Percent-encoded: a file name is the editor's, and '#', '?', '%', a space or a comma
    # would cut the URL or split a srcset candidate.
    variants = ", ".join(f"{page.href(quote(path))} {width}w" for path, width in files) if len(files) > 1 else None
    return Picture(
        page.href(quote(checked.published)), checked.width, checked.height, variants, sizes if variants else None
    )


class Links:
    """Page-relative hrefs from one page to the site's pages and files, for templates;
    `line` gives an award's line (pages.render.AwardLines), its text rendered once per build."""

    def __init__(self, page: Page, bulletin: model.Bulletin, lines: Callable[[model.Award, Page], Any] | None = None):
        self.page = page
        self.bulletin = bulletin
        self.lines = lines

    def line(self, award: model.Award) -> Any:
        """The award's line as macros.award_items prints it (pages.render.AwardLine)."""
        if self.lines is None:
            raise TypeError("Links made without award lines")
        return self.lines(award, self.page)

    def to(self, docs_path: str) -> str:
        return self.page.href(docs_path)

    def article(self, article: model.Article) -> str:
        return self.page.href(urls.article(article))

    def decision(self, decision: model.Decision, anchor: str | None = None) -> str:
        path = urls.decision(decision, self.bulletin.decision_day(decision))
        return self.page.href(f"{path}#{anchor}" if anchor else path)

    def campaign(self, campaign: model.Campaign) -> str:
        return self.page.href(urls.campaign(campaign))

    def organisation(self, ident: str) -> str:
        return self.page.href(urls.organisation(ident))

    def roll(self, dimension: str, key: str) -> str:
        return self.page.href(urls.roll(dimension, key))

    def index(self, section: str, number: int = 1) -> str:
        return self.page.href(urls.index(section, number))

    def year(self, number: int) -> str:
        return self.page.href(urls.year(number))

    def month(self, day: dt.date) -> str:
        return self.page.href(urls.month(day))

    def download(self, name: str, extension: str) -> str:
        return self.page.href(urls.download(name, extension))

    def statistics(self, campaign: model.Campaign | None, period: str, anchor: str | None = None) -> str:
        path = urls.statistics(campaign, period)
        return self.page.href(f"{path}#{anchor}" if anchor else path)

    def cover(self, article: model.Article) -> Picture | None:
        """The article's first figure, shown on its card."""
        figures = article.figures
        return picture(self.page, self.bulletin.images, figures[0].image, CARD_WIDTH) if figures else None


def excerpt(text: str, limit: int = EXCERPT_CHARS) -> str:
    """The lead cut at a word boundary, for cards."""
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def page_count(count: int, size: int) -> int:
    """How many pages of `size` items `count` items take: as many as `chunks` makes, at least one."""
    return max(1, -(-count // size))


def chunks(items: Sequence[T], size: int) -> list[Sequence[T]]:
    return [items[i : i + size] for i in range(0, len(items), size)] or [items[:0]]


def pager(section: str, number: int, total: int, first: str | None = None) -> dict[str, Any] | None:
    """Docs paths of the newer and older pages of a list; `first` replaces page 1 (the home page)."""
    if total <= 1:
        return None

    def target(n: int) -> str:
        return first if (n == 1 and first) else urls.index(section, n)

    return {
        "number": number,
        "total": total,
        "newer": target(number - 1) if number > 1 else None,
        "older": target(number + 1) if number < total else None,
    }
