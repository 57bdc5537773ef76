"""Article bodies: the one place editors write Markdown. This module parses them; their checks
are bulletin.model.body_checks (with body_messages), their rendering bulletin.pages.body.

Bodies are parsed by Python-Markdown with raw HTML switched off (a typed `<script>` is text),
and every link and image is judged on the parsed tree, after normalising its target the way
a browser does, against an allowlist: http(s), mailto, tel, a #fragment, or a page of the
site written from its root. Nothing is filtered out of the source text with patterns.

{{ placeholders }} become tokens carrying a per-call random nonce before parsing, so that
Markdown leaves them alone and an editor cannot forge one; values are put back into text nodes
only (the serializer escapes them). A paragraph holding nothing but {{ figure.<id> }} becomes a
marker element that only this module can create; the figure's HTML replaces it after
serialization.

The checks report every structural problem at once, located by character offset; rendering is
done only on text that the checks accepted, and is safe on its own as well.
"""

from __future__ import annotations

import html
import re
import secrets
import xml.etree.ElementTree as etree
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from urllib.parse import urlsplit

import markdown
from markdown.treeprocessors import Treeprocessor
from markdown.util import AMP_SUBSTITUTE, ETX, STX

from bulletin.data import placeholders
from bulletin.vietnamese import formatting


@dataclass(frozen=True)
class BodyIssue:
    offset: int  # character offset in the body text where the problem starts
    code: str
    message: str  # Vietnamese, for an editor
    error: bool  # False: a warning


FIGURE_PREFIX = "figure."
MARKER = "bulletin-figure"  # raw HTML is off, so editors cannot write this element
MARKER_OUT = re.compile(rf'<{MARKER} ref="(\d+)"></{MARKER}>')
_EXTERNAL = {"http", "https"}
_OTHER_ALLOWED = {"mailto", "tel"}
_SPACE_OR_C0 = "".join(map(chr, range(0x21)))


def new_markdown() -> markdown.Markdown:
    """Python-Markdown with raw HTML off and no extension that takes attributes from the editor.

    Entities stay (so `&amp;` displays as &); `<tag>` in the text is escaped as text. Tables
    (as MkDocs rendered bodies before) add only their own alignment styles.
    """
    md = markdown.Markdown(extensions=["tables"], output_format="html")
    md.preprocessors.deregister("html_block")
    md.inlinePatterns.deregister("html")
    return md


# ---------------------------------------------------------------------------
# Link targets, judged as a browser reads them


def normalise(target: str) -> str:
    """The URL a browser would use for this attribute value.

    Character references are decoded (the parser keeps `&#x6A;` as written and the browser
    decodes it), ASCII tab and newline are removed anywhere, C0 controls and spaces at both ends.
    """
    value = html.unescape(target.replace(AMP_SUBSTITUTE, "&"))
    value = value.replace("\t", "").replace("\n", "").replace("\r", "")
    return value.strip(_SPACE_OR_C0)


@dataclass(frozen=True)
class Verdict:
    kind: str  # external, mailto, tel, fragment, internal | scheme, deceptive, protocol-relative, relative, empty, malformed
    url: str  # normalised
    scheme: str = ""

    @property
    def allowed(self) -> bool:
        return self.kind in {"external", "mailto", "tel", "fragment", "internal"}


def judge(target: str) -> Verdict:
    url = normalise(target)
    if not url:
        return Verdict("empty", url)
    if "\\" in url:  # browsers read \ as / in web addresses: /\host is another site
        return Verdict("protocol-relative" if url[:2] in ("//", "/\\", "\\/", "\\\\") else "malformed", url)
    try:
        parts = urlsplit(url)
    except ValueError:
        return Verdict("malformed", url)
    scheme = parts.scheme.lower()
    if scheme in _EXTERNAL:
        if not (parts.netloc and url.lower().startswith(scheme + "://")):
            return Verdict("malformed", url, scheme)
        # "https://bantin.example.vn@evil.example/" goes to evil.example; a host in another
        # script can look like a familiar one (Cyrillic "аррӏе"): a reader must see where it goes.
        if "@" in parts.netloc or not parts.netloc.isascii():
            return Verdict("deceptive", url, scheme)
        return Verdict("external", url, scheme)
    if scheme in _OTHER_ALLOWED:
        return Verdict(scheme, url, scheme)
    if scheme or ":" in url.split("/", 1)[0].split("?", 1)[0].split("#", 1)[0]:
        return Verdict("scheme", url, scheme or url.split(":", 1)[0].lower())
    if url.startswith("//"):
        return Verdict("protocol-relative", url)
    if url.startswith("#"):
        return Verdict("fragment", url)
    if url.startswith("/"):
        return Verdict("internal", url)
    return Verdict("relative", url)


# ---------------------------------------------------------------------------
# Placeholders as tokens


@dataclass(frozen=True)
class Placeholder:
    name: str
    raw: str  # as written, braces included
    offset: int

    @property
    def figure(self) -> str | None:
        return self.name[len(FIGURE_PREFIX) :] if self.name.startswith(FIGURE_PREFIX) else None


class Tokens:
    """Each {{ placeholder }} replaced by `ph<nonce>x<n>x`, letters and digits that Markdown keeps."""

    def __init__(self, text: str) -> None:
        prefix = "ph" + secrets.token_hex(8)
        while prefix in text:  # an editor cannot type the token, even by luck
            prefix = "ph" + secrets.token_hex(8)
        self.pattern = re.compile(re.escape(prefix) + r"x(\d+)x")
        self.items: list[Placeholder] = []
        pieces, last = [], 0
        for match in placeholders.PATTERN.finditer(text):
            pieces += [text[last : match.start()], f"{prefix}x{len(self.items)}x"]
            self.items.append(Placeholder(match.group(1), match.group(0), match.start()))
            last = match.end()
        self.source = "".join(pieces) + text[last:]

    def find(self, value: str) -> Iterator[tuple[re.Match[str], Placeholder]]:
        for match in self.pattern.finditer(value):
            yield match, self.items[int(match.group(1))]

    def only(self, value: str) -> Placeholder | None:
        """The placeholder when `value` is nothing else."""
        match = self.pattern.fullmatch(value.strip())
        return self.items[int(match.group(1))] if match else None

    def restore(self, value: str) -> str:
        """Editor text as written (for messages)."""
        return self.pattern.sub(lambda m: self.items[int(m.group(1))].raw, value)

    def fill(self, value: str, replace: Callable[[Placeholder], str]) -> str:
        return self.pattern.sub(lambda m: replace(self.items[int(m.group(1))]), value)


# ---------------------------------------------------------------------------
# Walking the parsed tree


@dataclass
class Node:
    """One piece of the tree in document order, for both checking and rendering."""

    kind: str  # link, image, text
    element: etree.Element
    parent: etree.Element | None = None
    code: bool = False  # text inside <code>
    tail: bool = False  # the element's tail rather than its text


def walk(root: etree.Element) -> Iterator[Node]:
    def visit(el: etree.Element, code: bool) -> Iterator[Node]:
        in_code = code or el.tag == "code"
        if el.tag == "a":
            yield Node("link", el)
        elif el.tag == "img":
            yield Node("image", el)
        if el.text:
            yield Node("text", el, code=in_code)
        for child in list(el):
            yield from visit(child, in_code)
            if child.tail:
                yield Node("text", child, parent=el, code=code, tail=True)

    yield from visit(root, False)


class Hook(Treeprocessor):
    """Hands the finished tree (after inline parsing and unescaping) to `action`."""

    def __init__(self, md: markdown.Markdown, action: Callable[[etree.Element], None]) -> None:
        super().__init__(md)
        self.action = action

    def run(self, root: etree.Element) -> None:
        self.action(root)


def parse(tokens: Tokens, action: Callable[[etree.Element], None]) -> str:
    md = new_markdown()
    md.treeprocessors.register(Hook(md, action), "bulletin_body", -10)  # after "unescape" (0)
    return md.convert(tokens.source)


def clean(text: str) -> str:
    # STX/ETX delimit Python-Markdown's own placeholders; they never belong in editors' text.
    return text.replace(STX, " ").replace(ETX, " ")


def standalone_figure(el: etree.Element, tokens: Tokens) -> Placeholder | None:
    if el.tag != "p" or len(el) or not el.text:
        return None
    item = tokens.only(el.text)
    return item if item and item.figure is not None else None


# Bounds that keep parsing fast: Python-Markdown matches brackets in quadratic time, so a
# paragraph of thousands of "[" would hold `validate` and the build for minutes. A long news
# article is some 20,000 characters; a real paragraph has a handful of links.
MAX_BODY_CHARS = 100_000
MAX_BRACKETS_PER_PARAGRAPH = 300
_PARAGRAPH = re.compile(r"[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*")  # non-blank lines in a row


def too_costly(text: str) -> list[BodyIssue]:
    """What would make the parser slow, found by counting before it runs."""
    if len(text) > MAX_BODY_CHARS:
        return [
            BodyIssue(
                MAX_BODY_CHARS,
                "body-too-long",
                (
                    f"Bài viết dài {formatting.number(len(text))} ký tự, quá giới hạn {formatting.number(MAX_BODY_CHARS)}; "
                    "hãy chia thành nhiều bài."
                ),
                True,
            )
        ]
    return [
        BodyIssue(
            match.start(),
            "body-brackets",
            (
                f"Đoạn văn này có {match.group(0).count('[')} dấu '[' (tối đa {MAX_BRACKETS_PER_PARAGRAPH}); "
                "hãy kiểm tra lại các liên kết [chữ](địa chỉ) hoặc chia đoạn."
            ),
            True,
        )
        for match in _PARAGRAPH.finditer(text)
        if match.group(0).count("[") > MAX_BRACKETS_PER_PARAGRAPH
    ]
