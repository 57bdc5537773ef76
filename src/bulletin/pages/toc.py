"""A generated page's table of contents, read from the headings its templates wrote.

Page bodies are one raw HTML block, so Python-Markdown's toc extension sees no heading and
MkDocs leaves `page.toc` empty; the theme then drops the "skip to content" link and the
page's contents in the phone menu. This reads the headings back from our own HTML (those
with an id, as `macros.heading` writes them) and gives the tokens MkDocs' `get_toc` takes.
Titles are plain text, escaped again: the theme prints a contents entry as HTML.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from typing import Any

from markdown.extensions.toc import nest_toc_tokens

_HEADING = re.compile(r"h([1-6])")


class _Headings(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[dict[str, Any]] = []
        self._open: tuple[int, str, list[str]] | None = None  # level, id, text parts
        self._skip = 0  # depth inside a heading's permalink (its "¶" is not its title)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        level = _HEADING.fullmatch(tag)
        found = dict(attrs)
        if level and self._open is None:
            if found.get("id"):
                self._open = (int(level.group(1)), found["id"] or "", [])
        elif self._open is not None and (self._skip or "headerlink" in (found.get("class") or "").split()):
            self._skip += 1

    def handle_endtag(self, tag: str) -> None:
        if self._open is None:
            return
        if self._skip:
            self._skip -= 1
        elif _HEADING.fullmatch(tag):
            level, anchor, parts = self._open
            title = " ".join("".join(parts).split())
            self.found.append({"level": level, "id": anchor, "name": html.escape(title), "children": []})
            self._open = None

    def handle_data(self, data: str) -> None:
        if self._open is not None and not self._skip:
            self._open[2].append(data)


def toc_tokens(page_html: str) -> list[dict[str, Any]]:
    """Nested contents of `page_html`: what Python-Markdown's toc_tokens would be for it."""
    parser = _Headings()
    parser.feed(page_html)
    parser.close()
    return nest_toc_tokens(parser.found)
