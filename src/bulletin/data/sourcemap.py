"""Where each value of a YAML document was written, so that a problem found later (by the
document models, the checks between files) points at its line and column."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from bulletin.data.problems import Location

# A value's place in its document: mapping keys and list indexes from the root.
PathKey = tuple[str | int, ...]


@dataclass
class SourceMap:
    """Where each value (and each mapping key) of a document was written."""

    path: str
    values: dict[PathKey, tuple[int, int]] = field(default_factory=dict)
    keys: dict[PathKey, tuple[int, int]] = field(default_factory=dict)
    raw: dict[PathKey, str] = field(default_factory=dict)
    # Block scalars (| or >): line and indentation of their first content line, so a
    # problem inside an article body can point at its own line.
    blocks: dict[PathKey, tuple[int, int]] = field(default_factory=dict)
    quoted: set[PathKey] = field(default_factory=set)
    # Values already reported as unreadable; validation stays quiet about them.
    broken: set[PathKey] = field(default_factory=set)

    def at(self, *path: str | int) -> Location:
        """The location of the value at `path`, or of its nearest written ancestor."""
        key = tuple(path)
        while key:
            if key in self.values:
                return Location(self.path, *self.values[key])
            key = key[:-1]
        return Location(self.path, *self.values.get((), (1, 1)))

    def within(self, path: PathKey, offset: int, text: str) -> Location:
        """The location of character `offset` of the text value at `path`."""
        if path in self.blocks:
            line, indent = self.blocks[path]
            before = text[:offset]
            column = offset - (before.rfind("\n") + 1) + indent
            return Location(self.path, line + before.count("\n"), column)
        start = self.at(*path)
        quoted = 1 if path in self.quoted else 0
        return Location(self.path, start.line, start.column + offset + quoted)

    def key_at(self, *path: str | int) -> Location:
        """The location of the key that introduces `path` (falls back to its value)."""
        key = tuple(path)
        if key in self.keys:
            return Location(self.path, *self.keys[key])
        return self.at(*path)


@dataclass
class YamlDocument:
    data: Any
    source: SourceMap
