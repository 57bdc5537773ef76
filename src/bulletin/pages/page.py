"""A generated page or asset, independent of the engine that will render it."""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, Generic, TypeVar, overload

from bulletin import urls

T = TypeVar("T")

# JSON is YAML (a flow mapping on one line), and json.dumps is far cheaper than YAML's emitter.
# Inside a string JSON escapes only U+0000-U+001F; these other characters YAML would not read
# back as themselves (DEL and C1 controls, YAML 1.1's extra line breaks NEL/LS/PS, the BOM,
# non-characters), so they are written as "\uXXXX", which both read alike. (A lone surrogate
# is never text from the data, and libyaml refuses its escape: it stays, and fails loudly on write.)
_NOT_YAML_TEXT = re.compile(r"[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]")


def front_matter(meta: dict[str, Any]) -> str:
    """`meta` as the one line between a page's "---" lines: JSON that YAML reads back equal."""
    text = json.dumps(meta, ensure_ascii=False, allow_nan=False)
    return _NOT_YAML_TEXT.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


class PageRenderError(Exception):
    """A page or file failed to render: a bug of ours, named by the data file it comes from."""


_NO_DEFAULT = object()


class _Deferred(Generic[T]):
    """A field given as its value, or as a function that makes it on the first read.

    `bulletin validate` plans every page and file (path, title, data file) but never reads a
    body or a file's content, so it renders none; builds read each once and keep it."""

    def __init__(self, default: Any = _NO_DEFAULT):
        self.default = default

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name
        self.slot = "_" + name

    @overload
    def __get__(self, item: None, owner: type | None = None) -> T: ...
    @overload
    def __get__(self, item: object, owner: type | None = None) -> T: ...
    def __get__(self, item: Any, owner: type | None = None) -> Any:
        if item is None:  # the dataclass asking for the field's default
            if self.default is _NO_DEFAULT:
                raise AttributeError(self.name)
            return self.default
        value = item.__dict__[self.slot]
        if callable(value):
            try:
                value = value()
            except Exception as error:
                where = getattr(item, "source", None) or "dữ liệu"
                raise PageRenderError(
                    f"không dựng được {item.path} từ {where} ({type(error).__name__}: {error})"
                ) from error
            item.__dict__[self.slot] = value
        return value

    def __set__(self, item: Any, value: T | Callable[[], T]) -> None:
        item.__dict__[self.slot] = value

    def made(self, item: Any) -> bool:
        """Whether the value is there already (read, or given as it is)."""
        return not callable(item.__dict__[self.slot])

    def raw(self, item: Any) -> Any:
        """The value or the function that makes it, without making it."""
        return item.__dict__[self.slot]


@dataclass(frozen=True)
class Page:
    """A Markdown document at `path` (relative to the docs directory); `body` is HTML,
    given as a string or as a function that renders it when first read."""

    path: str
    meta: dict[str, Any]
    body: _Deferred[str] = _Deferred()
    # The data file the page was made from, relative to the project root: its edit link.
    source: str | None = None
    # The article and decision files it is made from (pages/inputs.py), asked only by a preview;
    # None: every data file.
    inputs: Callable[[], frozenset[str]] | None = None

    def __post_init__(self) -> None:
        # The masthead's section the page is read from (bulletin/theme/main.html), in its front
        # matter so that any engine's theme can mark it.
        self.meta.setdefault("section", urls.section_of(self.path))

    @property
    def rendered(self) -> bool:
        return bool(Page.__dict__["body"].made(self))

    def with_source(self, source: str | None) -> Page:
        """This page from another data file, its body still unrendered if it was."""
        return Page(self.path, self.meta, Page.__dict__["body"].raw(self), source, self.inputs)

    def head(self) -> str:
        """The front matter alone, between its "---" lines."""
        return f"---\n{front_matter(self.meta)}\n---\n"

    def text(self) -> str:
        """Front matter, then the body: one top-level HTML block (layout.html) that any
        Markdown engine passes through untouched."""
        return f"{self.head()}\n{self.body.strip()}\n"

    @cached_property
    def _folder(self) -> list[str]:
        """The segments of the folder this page is served from: MkDocs' directory URLs
        serve tin-tuc/2024/06/x.md at tin-tuc/2024/06/x/ and tin-tuc/index.md at tin-tuc/."""
        return urls.site_path(self.path).split("/")[:-1]

    def href(self, target: str) -> str:
        """The page-relative URL of a docs path ("khen-thuong/2024/y.md" → "../../../../khen-thuong/2024/y/",
        "media/2024/a.svg" → "../../../../media/2024/a.svg"), with an optional "#anchor".

        MkDocs does not rewrite links inside raw HTML, so they must be final here. Plain
        string work, no posixpath calls: hundreds of thousands of links per build.
        """
        target, hash_, anchor = target.partition("#")
        return self._relative(_segments(target), hash_ + anchor)

    def href_site(self, url: str) -> str:
        """The page-relative form of a site-root URL such as "/tin-tuc/2024/06/x/#muc"."""
        target, hash_, anchor = url.partition("#")
        return self._relative(target.lstrip("/").split("/"), hash_ + anchor)

    def _relative(self, there: Sequence[str], anchor: str) -> str:
        here = self._folder
        common = 0
        while common < len(here) and common < len(there) - 1 and here[common] == there[common]:
            common += 1
        path = "../" * (len(here) - common) + "/".join(there[common:])
        if not path:  # this very folder
            return anchor or "./"
        return path + anchor


@functools.lru_cache(maxsize=1 << 16)
def _segments(target: str) -> tuple[str, ...]:
    """The served path of a docs path, split: the same targets recur on thousands of pages."""
    if target.endswith(".md"):
        target = urls.site_path(target)
    return tuple(target.split("/"))


@dataclass(frozen=True)
class Asset:
    """A non-page file: copied from `source` (images from data/media) or written from `content`,
    which may be given as a function that makes the bytes when a build first reads them."""

    path: str
    source: Path | None = None
    content: _Deferred[bytes | None] = _Deferred(None)
    # As Page.inputs.
    inputs: Callable[[], frozenset[str]] | None = None

    @property
    def written(self) -> bool:
        """Whether the file is written from `content` (else copied from `source`), without making it."""
        return Asset.__dict__["content"].raw(self) is not None


@dataclass
class SiteContent:
    pages: list[Page] = field(default_factory=list)
    assets: list[Asset] = field(default_factory=list)
    # Every award as an open-data record (opendata.record), in bulletin.awards order: made once
    # per build, when first read, for the downloads, the lookup page and the lookup's index
    # (validation reads none of them).
    records: _Deferred[list[dict[str, Any]]] = _Deferred(list)
