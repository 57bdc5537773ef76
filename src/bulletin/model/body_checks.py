"""The checks of an article body, on the parsed tree: links and images refused, figures out of
their own paragraph, raw HTML that would show as text; each located by character offset in the
source, all at once. And the result per body text, kept between runs (EXAMINED)."""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as etree
from dataclasses import dataclass, field
from typing import Any

import markdown
from markdown.util import AMP_SUBSTITUTE

from bulletin.data import parsecache, placeholders
from bulletin.model import body, body_messages
from bulletin.model.body import (
    BodyIssue,
    Placeholder,
    Tokens,
    clean,
    judge,
    normalise,
    parse,
    standalone_figure,
    too_costly,
    walk,
)
from bulletin.model.body_messages import (
    TOO_DEEP,
    figure_inline,
    image_issue,
    link_as_text,
    link_issue,
    placeholder_in_link,
    raw_html,
)
from bulletin.vietnamese import formatting
from bulletin.vietnamese import text as text_module

# In text the parser left alone: something an editor meant as a tag or an autolink.
_TAG_LIKE = re.compile(
    r"<(?:([A-Za-z][A-Za-z0-9+.\-]{1,31}:[^\s<>]*)>|/?[A-Za-z][A-Za-z0-9\-]*(?=[\s/>])|!--|!\[CDATA\[|\?)"
)


# ---------------------------------------------------------------------------
# Locating what the tree shows in the source (Python-Markdown keeps no positions)


class Locator:
    def __init__(self, text: str) -> None:
        self.text = text
        self.cursors: dict[str, int] = {}

    def find(self, kind: str, *raws: str) -> int:
        """Offset of the first of `raws` found, searched from the last match of this kind
        onward, then from the start; 0 when none is found."""
        start = self.cursors.get(kind, 0)
        for raw in raws:
            if not raw.strip():
                continue
            pattern = loose(raw)
            match = pattern.search(self.text, start) or pattern.search(self.text)
            if match:
                self.cursors[kind] = match.start() + 1
                return match.start()
        return 0


def loose(raw: str) -> re.Pattern[str]:
    """`raw` as the editor may have typed it: any run of spaces, optional backslash escapes."""
    parts = []
    for chunk in re.split(r"(\s+)", raw.strip()):
        if not chunk:
            continue
        if chunk.isspace():
            parts.append(r"\s+")
        else:
            parts.append(
                "".join(("\\\\?" + re.escape(c)) if c.isascii() and not c.isalnum() else re.escape(c) for c in chunk)
            )
    return re.compile("".join(parts))


# ---------------------------------------------------------------------------
# The API


@dataclass
class _Analysis:
    issues: list[BodyIssue] = field(default_factory=list)
    internal: list[tuple[str, int]] = field(default_factory=list)


def _analyse(text: str, figures: set[str]) -> _Analysis:
    if costly := too_costly(text):
        return _Analysis(costly)
    tokens = Tokens(clean(text))
    where = Locator(text)
    out = _Analysis()

    def attribute_tokens(el: etree.Element) -> list[Placeholder]:
        found = []
        for key in ("href", "src", "title"):
            found += [item for _, item in tokens.find(normalise(el.get(key) or ""))]
        return found

    def inspect(root: etree.Element) -> None:
        for node in walk(root):
            el = node.element
            if node.kind == "link":
                in_attributes = attribute_tokens(el)
                out.issues += [placeholder_in_link(item) for item in in_attributes]
                if in_attributes:
                    continue
                href = el.get("href") or ""
                label = tokens.restore("".join(el.itertext()))
                written = tokens.restore(href)
                offset = where.find("link", written.replace(AMP_SUBSTITUTE, "&"), label)
                verdict = judge(href)
                if verdict.kind == "internal":
                    out.internal.append((verdict.url, offset))
                elif not verdict.allowed:
                    out.issues.append(link_issue(verdict, written, label, offset))
            elif node.kind == "image":
                src = tokens.restore(el.get("src") or "")
                alt = tokens.restore(el.get("alt") or "")
                offset = where.find("image", "![" + alt, src)
                out.issues.append(image_issue(src or alt, offset))
            else:
                value = node.element.tail if node.tail else node.element.text
                standalone = None if node.tail else standalone_figure(node.element, tokens)
                for _, item in tokens.find(value or ""):
                    if item.figure is not None and item is not standalone and item.figure in figures:
                        out.issues.append(figure_inline(item))
                if not node.code:
                    out.issues += _tag_like(tokens.restore(value or ""), where, opened)

    opened: set[str] = set()
    try:
        parse(tokens, inspect)
    except RecursionError:  # nesting deeper than Python's stack: refuse rather than crash
        return _Analysis([BodyIssue(0, "body-nesting", TOO_DEEP, True)])
    out.issues.sort(key=lambda issue: issue.offset)
    return out


def _tag_like(value: str, where: Locator, opened: set[str]) -> list[BodyIssue]:
    """Tags and autolinks the parser kept as text (raw HTML is off).

    A closing tag is reported only when its opening tag was not (one warning per element)."""
    issues = []
    for match in _TAG_LIKE.finditer(value):
        offset = where.find("tag", match.group(0))
        target = match.group(1)
        if target is None:
            written = match.group(0)
            name = written.lstrip("</").lower()
            if written.startswith("</") and name in opened:
                continue
            opened.add(name)
            issues.append(raw_html(written + (">" if written[1:2].isalpha() or written[1:2] == "/" else ""), offset))
            continue
        verdict = judge(target)
        if verdict.allowed:
            issues.append(link_as_text(target, verdict.url, offset))
        else:
            issues.append(link_issue(verdict, target, target, offset + 1))
    return issues


def check(text: str, *, figures: set[str]) -> list[BodyIssue]:
    """Every structural problem of a body, in order of offset.

    `figures` are the article's figure ids: {{ figure.<id> }} for one of them must stand alone
    as a paragraph (unknown names are reported by the resolver, once).
    """
    return _analyse(text, figures).issues


def examine(text: str, *, figures: set[str]) -> tuple[list[BodyIssue], list[tuple[str, int]]]:
    """`check` and `internal_links` from one parse (what loading an article needs)."""
    found = _analyse(text, figures)
    return found.issues, found.internal


def internal_links(text: str) -> list[tuple[str, int]]:
    """Links to pages of the site (written from its root, normalised), with their offsets."""
    return _analyse(text, set()).internal


# ---------------------------------------------------------------------------
# The result per body text, kept between runs


Examined = tuple[tuple[BodyIssue, ...], tuple[tuple[str, int], ...]]


def examined(text: str, figures: frozenset[str]) -> Examined:
    """`examine`, once per body text and figure ids (parsecache): parsing the Markdown is a
    third of resolving, and most bodies do not change between two runs."""
    names = sorted(figures)
    key = f"{len(text)}:{text}{len(names)}:{chr(0).join(names)}".encode("utf-8", "surrogatepass")

    def parse_once(_: bytes) -> Examined:
        issues, internal = examine(text, figures=set(figures))
        return tuple(issues), tuple(internal)

    return EXAMINED.get(key, parse_once)


def _examined_to_plain(found: Examined) -> dict[str, Any]:
    issues, internal = found
    return {
        "issues": [[i.offset, i.code, i.message, i.error] for i in issues],
        "internal": [[url, offset] for url, offset in internal],
    }


def _examined_from_plain(plain: dict[str, Any]) -> Examined:
    issues = tuple(BodyIssue(offset, code, message, error) for offset, code, message, error in plain["issues"])
    internal = tuple((url, offset) for url, offset in plain["internal"])
    if not all(
        type(i.offset) is int and type(i.code) is str and type(i.message) is str and type(i.error) is bool
        for i in issues
    ):
        raise ValueError("not an issue")
    if not all(type(url) is str and type(offset) is int for url, offset in internal):
        raise ValueError("not a link")
    return issues, internal


def _examined_version() -> str:
    return parsecache.code_version(
        (body, body_messages, sys.modules[__name__], placeholders, formatting, text_module),
        "examined-1",
        markdown.__version__,
    )


EXAMINED: parsecache.ContentCache[Examined] = parsecache.ContentCache(
    "examined", _examined_version, _examined_to_plain, _examined_from_plain
)
