"""A generated page or asset, independent of the engine that will render it."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml


@dataclass(frozen=True)
class Page:
    """A Markdown document at `path` (relative to the docs directory)."""

    path: str
    meta: dict[str, Any]
    body: str
    # The data file the page was made from, relative to the project root: its edit link.
    source: str | None = None

    def text(self) -> str:
        front = yaml.safe_dump(self.meta, allow_unicode=True, sort_keys=False, width=1000)
        return f"---\n{front}---\n\n{self.body.rstrip()}\n"

    def link_to(self, target: str) -> str:
        """A relative link from this page to another docs file, as Markdown expects.

        Both are clean relative paths, so plain string work does what posixpath.relpath
        does without its filesystem calls (hundreds of thousands of links per build).
        """
        here = self.path.split("/")[:-1]
        there = target.split("/")
        common = 0
        while common < len(here) and common < len(there) - 1 and here[common] == there[common]:
            common += 1
        return "/".join([".."] * (len(here) - common) + there[common:])


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
