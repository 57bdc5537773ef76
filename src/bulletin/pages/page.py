"""A generated page or asset, independent of the engine that will render it."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import yaml

from bulletin import urls


@dataclass(frozen=True)
class Page:
    """A Markdown document at `path` (relative to the docs directory); `body` is HTML."""

    path: str
    meta: dict[str, Any]
    body: str
    # The data file the page was made from, relative to the project root: its edit link.
    source: str | None = None

    def text(self) -> str:
        """Front matter, then the body: one top-level HTML block (layout.html) that any
        Markdown engine passes through untouched."""
        front = yaml.safe_dump(self.meta, allow_unicode=True, sort_keys=False, width=1000)
        return f"---\n{front}---\n\n{self.body.strip()}\n"

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
        if target.endswith(".md"):
            target = urls.site_path(target)
        return self._relative(target.split("/"), hash_ + anchor)

    def href_site(self, url: str) -> str:
        """The page-relative form of a site-root URL such as "/tin-tuc/2024/06/x/#muc"."""
        target, hash_, anchor = url.partition("#")
        return self._relative(target.lstrip("/").split("/"), hash_ + anchor)

    def _relative(self, there: list[str], anchor: str) -> str:
        here = self._folder
        common = 0
        while common < len(here) and common < len(there) - 1 and here[common] == there[common]:
            common += 1
        path = "../" * (len(here) - common) + "/".join(there[common:])
        if not path:  # this very folder
            return anchor or "./"
        return path + anchor


@dataclass(frozen=True)
class Asset:
    """A non-page file: copied from `source` (images from data/media) or written from `content`."""

    path: str
    source: Path | None = None
    content: bytes | None = None


@dataclass
class SiteContent:
    pages: list[Page] = field(default_factory=list)
    assets: list[Asset] = field(default_factory=list)
    # Every award as an open-data record (opendata.record), in bulletin.awards order:
    # made once per build for the downloads, the lookup page and the lookup's index.
    records: list[dict[str, Any]] = field(default_factory=list)
