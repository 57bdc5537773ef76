"""Article bodies: the one place editors write Markdown.

Bodies are parsed by Python-Markdown with raw HTML switched off (a typed `<script>` is text),
and every link and image is judged on the parsed tree, after normalising its target the way
a browser does, against an allowlist: http(s), mailto, tel, a #fragment, or a page of the
site written from its root. Nothing is filtered out of the source text with patterns.

{{ placeholders }} become tokens carrying a per-call random nonce before parsing, so that
Markdown leaves them alone and an editor cannot forge one; values are put back into text nodes
only (the serializer escapes them). A paragraph holding nothing but {{ figure.<id> }} becomes a
marker element that only this module can create; the figure's HTML replaces it after
serialization.

`check` reports every structural problem at once, located by character offset; `render` is
called only on text that `check` accepted, and is safe on its own as well.
"""

from __future__ import annotations

import html
import re
import secrets
import xml.etree.ElementTree as etree
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import markdown
from markdown.treeprocessors import Treeprocessor
from markdown.util import AMP_SUBSTITUTE, ETX, STX

from bulletin.model import placeholders

from bulletin.vietnamese import formatting


@dataclass(frozen=True)
class BodyIssue:
    offset: int  # character offset in the body text where the problem starts
    code: str
    message: str  # Vietnamese, for an editor
    error: bool  # False: a warning


FIGURE_PREFIX = "figure."
_MARKER = "bulletin-figure"  # raw HTML is off, so editors cannot write this element
_MARKER_OUT = re.compile(rf'<{_MARKER} ref="(\d+)"></{_MARKER}>')
_EXTERNAL = {"http", "https"}
_OTHER_ALLOWED = {"mailto", "tel"}
_SPACE_OR_C0 = "".join(map(chr, range(0x21)))
# In text the parser left alone: something an editor meant as a tag or an autolink.
_TAG_LIKE = re.compile(r"<(?:([A-Za-z][A-Za-z0-9+.\-]{1,31}:[^\s<>]*)>|/?[A-Za-z][A-Za-z0-9\-]*(?=[\s/>])|!--|!\[CDATA\[|\?)")
_SHOWN = 80  # longest quotation of editor text inside a message


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
class _Placeholder:
    name: str
    raw: str  # as written, braces included
    offset: int

    @property
    def figure(self) -> str | None:
        return self.name[len(FIGURE_PREFIX) :] if self.name.startswith(FIGURE_PREFIX) else None


class _Tokens:
    """Each {{ placeholder }} replaced by `ph<nonce>x<n>x`, letters and digits that Markdown keeps."""

    def __init__(self, text: str) -> None:
        prefix = "ph" + secrets.token_hex(8)
        while prefix in text:  # an editor cannot type the token, even by luck
            prefix = "ph" + secrets.token_hex(8)
        self.pattern = re.compile(re.escape(prefix) + r"x(\d+)x")
        self.items: list[_Placeholder] = []
        pieces, last = [], 0
        for match in placeholders.PATTERN.finditer(text):
            pieces += [text[last : match.start()], f"{prefix}x{len(self.items)}x"]
            self.items.append(_Placeholder(match.group(1), match.group(0), match.start()))
            last = match.end()
        self.source = "".join(pieces) + text[last:]

    def find(self, value: str) -> Iterator[tuple[re.Match[str], _Placeholder]]:
        for match in self.pattern.finditer(value):
            yield match, self.items[int(match.group(1))]

    def only(self, value: str) -> _Placeholder | None:
        """The placeholder when `value` is nothing else."""
        match = self.pattern.fullmatch(value.strip())
        return self.items[int(match.group(1))] if match else None

    def restore(self, value: str) -> str:
        """Editor text as written (for messages)."""
        return self.pattern.sub(lambda m: self.items[int(m.group(1))].raw, value)

    def fill(self, value: str, replace: Callable[[_Placeholder], str]) -> str:
        return self.pattern.sub(lambda m: replace(self.items[int(m.group(1))]), value)


# ---------------------------------------------------------------------------
# Walking the parsed tree


@dataclass
class _Node:
    """One piece of the tree in document order, for both checking and rendering."""

    kind: str  # link, image, text
    element: etree.Element
    parent: etree.Element | None = None
    code: bool = False  # text inside <code>
    tail: bool = False  # the element's tail rather than its text


def _walk(root: etree.Element) -> Iterator[_Node]:
    def visit(el: etree.Element, code: bool) -> Iterator[_Node]:
        in_code = code or el.tag == "code"
        if el.tag == "a":
            yield _Node("link", el)
        elif el.tag == "img":
            yield _Node("image", el)
        if el.text:
            yield _Node("text", el, code=in_code)
        for child in list(el):
            yield from visit(child, in_code)
            if child.tail:
                yield _Node("text", child, parent=el, code=code, tail=True)

    yield from visit(root, False)


class _Hook(Treeprocessor):
    """Hands the finished tree (after inline parsing and unescaping) to `action`."""

    def __init__(self, md: markdown.Markdown, action: Callable[[etree.Element], None]) -> None:
        super().__init__(md)
        self.action = action

    def run(self, root: etree.Element) -> None:
        self.action(root)


def _parse(tokens: _Tokens, action: Callable[[etree.Element], None]) -> str:
    md = new_markdown()
    md.treeprocessors.register(_Hook(md, action), "bulletin_body", -10)  # after "unescape" (0)
    return md.convert(tokens.source)


def _clean(text: str) -> str:
    # STX/ETX delimit Python-Markdown's own placeholders; they never belong in editors' text.
    return text.replace(STX, " ").replace(ETX, " ")


def _standalone_figure(el: etree.Element, tokens: _Tokens) -> _Placeholder | None:
    if el.tag != "p" or len(el) or not el.text:
        return None
    item = tokens.only(el.text)
    return item if item and item.figure is not None else None


# ---------------------------------------------------------------------------
# Locating what the tree shows in the source (Python-Markdown keeps no positions)


class _Locator:
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
            pattern = _loose(raw)
            match = pattern.search(self.text, start) or pattern.search(self.text)
            if match:
                self.cursors[kind] = match.start() + 1
                return match.start()
        return 0


def _loose(raw: str) -> re.Pattern[str]:
    """`raw` as the editor may have typed it: any run of spaces, optional backslash escapes."""
    parts = []
    for chunk in re.split(r"(\s+)", raw.strip()):
        if not chunk:
            continue
        if chunk.isspace():
            parts.append(r"\s+")
        else:
            parts.append("".join(("\\\\?" + re.escape(c)) if c.isascii() and not c.isalnum() else re.escape(c) for c in chunk))
    return re.compile("".join(parts))


def _shown(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _SHOWN else text[: _SHOWN - 1] + "…"


# ---------------------------------------------------------------------------
# Messages


_SITE_EXAMPLE = "/khen-thuong/2024/ten-quyet-dinh/"
_ALLOWED_FORMS = (
    "Chỉ dùng địa chỉ bắt đầu bằng https:// (hoặc http://), mailto:, tel:, "
    f"hoặc địa chỉ một trang của trang tin viết từ gốc, ví dụ {_SITE_EXAMPLE}"
)


def _link_issue(verdict: Verdict, written: str, label: str, offset: int) -> BodyIssue:
    shown = _shown(written)
    if verdict.kind == "scheme":
        return BodyIssue(
            offset,
            "unsafe-link",
            f"Liên kết '{shown}' dùng kiểu địa chỉ '{_shown(verdict.scheme)}:', không được phép trong bài viết. {_ALLOWED_FORMS}.",
            True,
        )
    if verdict.kind == "deceptive":
        return BodyIssue(
            offset,
            "deceptive-link",
            f"Liên kết '{shown}' có '@' hoặc chữ không phải Latin trong tên miền, nên người đọc không thấy "
            "nó thật sự dẫn tới đâu; hãy viết tên miền bằng chữ Latin không dấu (tên miền tiếng Việt viết "
            "dạng xn--…) và không có phần 'tên@' trước tên miền.",
            True,
        )
    if verdict.kind == "protocol-relative":
        host = verdict.url.lstrip("/\\")
        return BodyIssue(
            offset,
            "relative-link",
            f"Liên kết '{shown}' thiếu 'https:' ở đầu: viết đầy đủ, ví dụ https://{_shown(host)}",
            True,
        )
    if verdict.kind == "relative":
        return BodyIssue(
            offset,
            "relative-link",
            f"Liên kết '{shown}' là địa chỉ tương đối, không dùng được trong bài viết: viết địa chỉ trang "
            f"từ gốc của trang tin, bắt đầu bằng '/', ví dụ {_SITE_EXAMPLE} hoặc /tin-tuc/2024/06/ten-bai-viet/",
            True,
        )
    if verdict.kind == "empty":
        text = _shown(label) or "chữ"
        return BodyIssue(
            offset,
            "empty-link",
            f"Liên kết '{text}' chưa có địa chỉ: viết địa chỉ trong ngoặc tròn ngay sau chữ, ví dụ [{text}](https://…)",
            True,
        )
    return BodyIssue(
        offset,
        "bad-link",
        f"Liên kết '{shown}' không phải là một địa chỉ hợp lệ. {_ALLOWED_FORMS}.",
        True,
    )


def _image_issue(written: str, offset: int) -> BodyIssue:
    return BodyIssue(
        offset,
        "body-image",
        f"Không đặt ảnh trực tiếp trong bài viết ('{_shown(written)}'): khai báo ảnh trong danh sách "
        "figures của bài (image, caption, alt) rồi viết {{ figure.<mã ảnh> }} trên một dòng riêng "
        "ở chỗ muốn đặt ảnh.",
        True,
    )


def _placeholder_in_link(item: _Placeholder) -> BodyIssue:
    return BodyIssue(
        item.offset,
        "placeholder-in-link",
        f"Không đặt {item.raw} trong địa chỉ hay tiêu đề của liên kết: địa chỉ phải viết đầy đủ; "
        "số liệu và ảnh chỉ đặt trong phần chữ của bài.",
        True,
    )


def _figure_inline(item: _Placeholder) -> BodyIssue:
    return BodyIssue(
        item.offset,
        "figure-inline",
        f"Ảnh {item.raw} phải đứng riêng một đoạn: viết nó trên một dòng riêng, có một dòng trống "
        "ở trước và ở sau (không viết chung với câu chữ, tiêu đề, danh sách hay liên kết).",
        True,
    )


def _raw_html(tag: str, offset: int) -> BodyIssue:
    shown = f"'{_shown(tag)}' sẽ hiện nguyên văn thành chữ trên trang"
    name = tag.strip("</>").lower()
    if tag.startswith("<!--"):
        message = f"Ghi chú {shown}: bài viết không có ghi chú ẩn; xóa đoạn này, hoặc ghi chú trong tệp YAML sau dấu #."
    elif name in ("img", "picture", "figure", "svg"):
        message = (
            f"Thẻ HTML {shown}, không thành ảnh: khai báo ảnh trong danh sách figures của bài "
            "rồi viết {{ figure.<mã ảnh> }} trên một dòng riêng."
        )
    elif name in ("iframe", "script", "video", "audio", "object", "embed", "form", "style"):
        message = f"Thẻ HTML {shown}, không có tác dụng: bài viết không nhúng nội dung khác; viết liên kết [chữ](https://…) tới nội dung đó."
    else:
        message = (
            f"Thẻ HTML {shown}, không có tác dụng: bài viết chỉ dùng cú pháp Markdown, "
            "ví dụ **chữ đậm**, *chữ nghiêng*, [chữ](https://…)."
        )
    return BodyIssue(offset, "raw-html", message, False)


def _link_as_text(written: str, url: str, offset: int) -> BodyIssue:
    return BodyIssue(
        offset,
        "link-as-text",
        f"'<{_shown(written)}>' sẽ hiện thành chữ, không thành liên kết: viết [chữ hiển thị]({_shown(url)})",
        False,
    )


_TOO_DEEP = (
    "Bài viết lồng quá sâu (trích dẫn hoặc danh sách lồng nhau quá nhiều tầng): "
    "bớt các dấu '>' hoặc các mức thụt đầu dòng."
)


# ---------------------------------------------------------------------------
# The API


@dataclass
class _Analysis:
    issues: list[BodyIssue] = field(default_factory=list)
    internal: list[tuple[str, int]] = field(default_factory=list)


# Bounds that keep parsing fast: Python-Markdown matches brackets in quadratic time, so a
# paragraph of thousands of "[" would hold `validate` and the build for minutes. A long news
# article is some 20,000 characters; a real paragraph has a handful of links.
MAX_BODY_CHARS = 100_000
MAX_BRACKETS_PER_PARAGRAPH = 300
_PARAGRAPH = re.compile(r"[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*")  # non-blank lines in a row


def _too_costly(text: str) -> list[BodyIssue]:
    """What would make the parser slow, found by counting before it runs."""
    if len(text) > MAX_BODY_CHARS:
        return [BodyIssue(MAX_BODY_CHARS, "body-too-long", (
            f"Bài viết dài {formatting.number(len(text))} ký tự, quá giới hạn {formatting.number(MAX_BODY_CHARS)}; "
            "hãy chia thành nhiều bài."
        ), True)]
    return [
        BodyIssue(match.start(), "body-brackets", (
            f"Đoạn văn này có {match.group(0).count('[')} dấu '[' (tối đa {MAX_BRACKETS_PER_PARAGRAPH}); "
            "hãy kiểm tra lại các liên kết [chữ](địa chỉ) hoặc chia đoạn."
        ), True)
        for match in _PARAGRAPH.finditer(text)
        if match.group(0).count("[") > MAX_BRACKETS_PER_PARAGRAPH
    ]


def _analyse(text: str, figures: set[str]) -> _Analysis:
    if costly := _too_costly(text):
        return _Analysis(costly)
    tokens = _Tokens(_clean(text))
    where = _Locator(text)
    out = _Analysis()

    def attribute_tokens(el: etree.Element) -> list[_Placeholder]:
        found = []
        for key in ("href", "src", "title"):
            found += [item for _, item in tokens.find(normalise(el.get(key) or ""))]
        return found

    def inspect(root: etree.Element) -> None:
        for node in _walk(root):
            el = node.element
            if node.kind == "link":
                in_attributes = attribute_tokens(el)
                out.issues += [_placeholder_in_link(item) for item in in_attributes]
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
                    out.issues.append(_link_issue(verdict, written, label, offset))
            elif node.kind == "image":
                src = tokens.restore(el.get("src") or "")
                alt = tokens.restore(el.get("alt") or "")
                offset = where.find("image", "![" + alt, src)
                out.issues.append(_image_issue(src or alt, offset))
            else:
                value = node.element.tail if node.tail else node.element.text
                standalone = None if node.tail else _standalone_figure(node.element, tokens)
                for _, item in tokens.find(value or ""):
                    if item.figure is not None and item is not standalone and item.figure in figures:
                        out.issues.append(_figure_inline(item))
                if not node.code:
                    out.issues += _tag_like(tokens.restore(value or ""), where, opened)

    opened: set[str] = set()
    try:
        _parse(tokens, inspect)
    except RecursionError:  # nesting deeper than Python's stack: refuse rather than crash
        return _Analysis([BodyIssue(0, "body-nesting", _TOO_DEEP, True)])
    out.issues.sort(key=lambda issue: issue.offset)
    return out


def _tag_like(value: str, where: _Locator, opened: set[str]) -> list[BodyIssue]:
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
            issues.append(_raw_html(written + (">" if written[1:2].isalpha() or written[1:2] == "/" else ""), offset))
            continue
        verdict = judge(target)
        if verdict.allowed:
            issues.append(_link_as_text(target, verdict.url, offset))
        else:
            issues.append(_link_issue(verdict, target, target, offset + 1))
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


def render(
    text: str,
    *,
    value: Callable[[str], str],
    figure: Callable[[str], str],
    link: Callable[[str], str],
) -> str:
    """Safe HTML for a body that `check` accepted.

    `value(name)` gives a placeholder's text (escaped here), `figure(id)` a figure's HTML
    (inserted as is), `link(target)` the href for an internal target.
    """
    if _too_costly(text):  # check() refused it: never spend minutes parsing it
        return ""
    tokens = _Tokens(_clean(text))
    placed: list[str] = []

    def fill(item: _Placeholder) -> str:
        # A figure outside its own paragraph is refused by check(); here it stays plain text.
        text = item.raw if item.figure is not None else _clean(value(item.name))
        # The serializer leaves anything shaped like an entity alone: & must mean itself.
        return text.replace("&", "&amp;")

    def transform(root: etree.Element) -> None:
        for el in list(root.iter()):
            if el.tag == "a":
                _safe_link(el, tokens, link)
            elif el.tag == "img":
                _drop_image(el, root)
        for parent in list(root.iter()):
            for index, child in enumerate(list(parent)):
                if (item := _standalone_figure(child, tokens)) is not None:
                    marker = etree.Element(_MARKER, {"ref": str(len(placed))})
                    marker.tail = child.tail
                    placed.append(item.figure or "")
                    parent.remove(child)
                    parent.insert(index, marker)
        for el in root.iter():
            if el.text:
                el.text = type(el.text)(tokens.fill(el.text, fill))  # keeps AtomicString in code
            if el.tail:
                el.tail = tokens.fill(el.tail, fill)

    out = _parse(tokens, transform)
    return _MARKER_OUT.sub(lambda m: figure(placed[int(m.group(1))]), out)


def _safe_link(el: etree.Element, tokens: _Tokens, link: Callable[[str], str]) -> None:
    """Only allowed targets keep an href; the value written is exactly the one judged."""
    href = el.attrib.pop("href", "")
    title = el.attrib.pop("title", None)
    el.attrib.clear()
    if title is not None and not tokens.pattern.search(normalise(title)):
        el.set("title", html.unescape(title).replace("&", "&amp;"))
    if tokens.pattern.search(normalise(href)):
        return
    verdict = judge(href)
    if verdict.kind == "internal":
        el.set("href", link(verdict.url).replace("&", "&amp;"))
    elif verdict.allowed:
        # The serializer leaves entities alone, so & is written as &amp; to mean itself.
        el.set("href", verdict.url.replace("&", "&amp;"))


def _drop_image(el: etree.Element, root: etree.Element) -> None:
    """Images are refused by check(); here one becomes its alt text."""
    parent = next(p for p in root.iter() if el in list(p))
    index = list(parent).index(el)
    words = (el.get("alt") or "") + (el.tail or "")
    if index:
        previous = parent[index - 1]
        previous.tail = (previous.tail or "") + words
    else:
        parent.text = (parent.text or "") + words
    parent.remove(el)
