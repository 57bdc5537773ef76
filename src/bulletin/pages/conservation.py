"""Conservation: every recipient and statistic in the data appears in the built HTML
where it belongs. Runs at the end of every build; a template or engine change that
silently drops an entry fails the build instead of publishing an incomplete list.

The built pages are read with an HTML parser (the standard library's), whatever the
engine's formatting: attribute order, quoting, entities and line breaks do not matter.
"""

from __future__ import annotations

from collections import defaultdict
from html.parser import HTMLParser
from pathlib import Path

from bulletin import model, urls
from bulletin.pages.figures import stat_key
from bulletin.vietnamese import formatting

# What templates/macros.html marks the notice "Danh sách chưa công bố" with.
UNPUBLISHED_CLASS = "bulletin-unpublished"


class _Entries(HTMLParser):
    """Ids of <li id> (recipients on a decision page), per <li data-stat> the text of its first
    <strong> (the figure of a statistic card), and whether the page says a list is not published."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: list[str] = []
        self.unpublished = False  # the page says a list is not published (class bulletin-unpublished)
        self.stats: dict[str, list[str]] = defaultdict(list)
        self._stat: str | None = None  # the card whose figure is still to be read
        self._figure: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if UNPUBLISHED_CLASS in (dict(attrs).get("class") or "").split():
            self.unpublished = True
        if tag == "li":
            found = dict(attrs)
            ident = found.get("id")
            if ident:
                self.ids.append(ident)
            self._stat = found.get("data-stat")
        elif tag == "strong" and self._stat is not None and self._figure is None:
            self._figure = []

    def handle_data(self, data: str) -> None:
        if self._figure is not None:
            self._figure.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "strong" and self._figure is not None and self._stat is not None:
            self.stats[self._stat].append("".join(self._figure))
            self._figure = None
            self._stat = None
        elif tag == "li":
            self._stat = None
            self._figure = None


def read(page: Path) -> _Entries:
    parser = _Entries()
    parser.feed(page.read_text(encoding="utf-8"))
    parser.close()
    return parser


def html_file(site_dir: Path, docs_path: str) -> Path:
    """The HTML file MkDocs writes for a docs path (directory URLs)."""
    return site_dir / urls.site_path(docs_path) / "index.html"


def check(site_dir: Path, bulletin: model.Bulletin) -> list[str]:
    """Missing or extra entries, in words; empty when the site holds all the data."""
    problems: list[str] = []
    for decision in bulletin.decisions.values():
        page = html_file(site_dir, urls.decision(decision, bulletin.decision_day(decision)))
        if not page.exists():
            problems.append(f"thiếu trang của quyết định {decision.id} ({decision.source})")
            continue
        entries = read(page)
        if not decision.published and not entries.unpublished:
            # A decision without names must say so, never look like an empty list.
            problems.append(
                f"{page.relative_to(site_dir)}: quyết định không công bố danh sách nhưng trang không ghi "
                f"'Danh sách chưa công bố' ({decision.source})"
            )
        shown = entries.ids
        expected = list(decision.anchors.values())
        if sorted(shown) != sorted(expected):
            missing = sorted(set(expected) - set(shown))
            problems.append(
                f"{page.relative_to(site_dir)}: hiện {len(shown)} người, đơn vị nhưng dữ liệu có {len(expected)}"
                + (f"; thiếu: {', '.join(missing[:5])}" if missing else "")
                + f" ({decision.source})"
            )
    for article in bulletin.articles:
        if not article.statistics:
            continue
        page = html_file(site_dir, urls.article(article))
        cards = read(page).stats if page.exists() else {}
        for group in article.statistics:
            for item in group.items:
                key = stat_key(group.period, group.partner, item.metric)
                value = formatting.quantity(item.value, item.approximate)
                figures = cards.get(key, [])
                # Each card counts once: the same key twice in the data needs two cards.
                match = next(
                    (i for i, figure in enumerate(figures) if figure == value or figure.startswith(value + " ")), None
                )
                if match is None:
                    problems.append(f"{page.relative_to(site_dir)}: thiếu số liệu {key} = {value} ({article.source})")
                else:
                    del figures[match]
    return problems
