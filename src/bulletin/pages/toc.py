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
from typing import Any

from markdown.extensions.toc import nest_toc_tokens

# Our own output only: every "<" of text is escaped and attributes are double-quoted with
# "<" and ">" escaped, so a tag runs from "<" to the next ">" (an HTML parser costs 4 s per
# 4,500 pages; this, a fraction). Headings with an id, as macros.heading writes them.
_HEADING = re.compile(r'<h([1-6])\b[^<>]*?\sid="([^"]+)"[^<>]*>(.*?)</h\1>', re.DOTALL)
_PERMALINK = re.compile(r'<a\b[^<>]*\bclass="headerlink"[^<>]*>.*?</a>', re.DOTALL)
_TAG = re.compile(r"<[^<>]*>")


def toc_tokens(page_html: str) -> list[Any]:
    """Nested contents of `page_html`: what Python-Markdown's toc_tokens would be for it."""
    found: list[Any] = []  # Markdown's _FlatTocToken dicts
    for level, anchor, inner in _HEADING.findall(page_html):
        text = html.unescape(_TAG.sub("", _PERMALINK.sub("", inner)))
        title = " ".join(text.split())
        found.append({"level": int(level), "id": html.unescape(anchor), "name": html.escape(title), "children": []})
    return nest_toc_tokens(found)
