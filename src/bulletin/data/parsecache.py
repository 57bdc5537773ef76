"""A cache of parsed data files, keyed by the file's bytes and the version of the code that parses.

Two levels:
- in memory, for the life of the process: `mkdocs serve` keeps this module loaded between
  rebuilds, so an unchanged file is not parsed again. Nothing else survives a build here: the
  key is the content, never a path or a time.
- on disk, for the command line: JSON files of entries by content hash under the user's cache
  folder (BULLETIN_CACHE_DIR, else $XDG_CACHE_HOME/bulletin, else ~/.cache/bulletin), never
  inside the project, so a pull request cannot commit an entry.

An entry is plain data (JSON, with dates tagged), never pickle: reading a file someone else
wrote can at worst give a wrong parse, never run code. An entry that does not decode, names
another hash or another code version, or has the wrong shape is ignored and the file is parsed
again. BULLETIN_CACHE=0 turns both levels off.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sys
import tempfile
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any, Generic, TypeVar, cast

ENABLE_ENV = "BULLETIN_CACHE"  # "0" turns the cache off
DIR_ENV = "BULLETIN_CACHE_DIR"  # where entries are kept on disk
FORMAT = "bulletin-parsed-1"
MEMORY_ENTRIES = 50_000  # far more than a province's files; a bound, not a tuning knob

# Keys our parser can never write (a key with a control character is refused), so a tagged
# date cannot be confused with a mapping of the data.
_DATE = "\x00date"
_DATETIME = "\x00datetime"

V = TypeVar("V")


def enabled() -> bool:
    return os.environ.get(ENABLE_ENV, "1").strip() not in ("0", "false", "no", "off")


def directory() -> Path | None:
    """The folder of on-disk entries (not yet created); None when there is no home to put it in."""
    chosen = os.environ.get(DIR_ENV)
    if chosen:
        return Path(chosen)
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg and Path(xdg).is_absolute():
        return Path(xdg) / "bulletin"
    try:
        return Path.home() / ".cache" / "bulletin"
    except (RuntimeError, KeyError, OSError):  # no HOME and no user entry: memory only
        return None


def code_version(modules: Iterable[ModuleType], *extra: str) -> str:
    """A hash of the source of `modules`, the interpreter and `extra`: any change to the code
    that parses makes every entry of an older version unreachable."""
    digest = hashlib.sha256(FORMAT.encode())
    for part in (sys.version, unicodedata.unidata_version, *extra):
        digest.update(b"\x00" + part.encode())
    for module in modules:
        digest.update(b"\x00" + Path(module.__file__ or "").read_bytes())
    return digest.hexdigest()


def _encode_default(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return {_DATETIME: value.isoformat()}
    if isinstance(value, dt.date):
        return {_DATE: value.isoformat()}
    raise TypeError(f"not plain data: {type(value).__name__}")


def _decode_object(value: dict[str, Any]) -> Any:
    if len(value) == 1:
        if _DATE in value:
            return dt.date.fromisoformat(value[_DATE])
        if _DATETIME in value:
            return dt.datetime.fromisoformat(value[_DATETIME])
    return value


@dataclass
class Stats:
    """What the cache did in this process: a seam for tests and benchmarks."""

    parsed: int = 0  # cache misses: files actually parsed
    memory: int = 0  # answered from memory
    disk: int = 0  # answered from disk
    ignored: int = 0  # disk entries that did not decode or did not match, parsed again

    def reset(self) -> None:
        self.parsed = self.memory = self.disk = self.ignored = 0


class ContentCache(Generic[V]):
    """`get(content, parse)`: parse's answer for these bytes, from memory, disk or parse itself.

    `to_plain` and `from_plain` turn an answer into JSON-able data (dates allowed) and back;
    `from_plain` raises ValueError, TypeError or KeyError for anything it did not write.
    The answer is shared by every caller that reads the same bytes: it must not be changed.

    On disk, entries are kept in SHARDS files by the first hex digit of their hash (creating a
    file costs far more than writing one: one file per data file made a cold run slower than no
    cache). New entries are written by `flush()`, at the end of a load; a shard rewritten keeps
    only the entries asked for since the previous flush, so the cache does not grow forever.
    """

    SHARDS = 16

    def __init__(
        self, name: str, version: Callable[[], str], to_plain: Callable[[V], Any], from_plain: Callable[[Any], V]
    ):
        self.name = name
        self._version = version
        self._known_version: str | None = None
        self.to_plain = to_plain
        self.from_plain = from_plain
        self.memory: dict[str, V] = {}
        self.stats = Stats()
        self._shards: dict[str, dict[str, Any]] = {}  # shard -> hash -> plain entry, as read
        self._dirty: set[str] = set()
        self._seen: set[str] = set()

    @property
    def version(self) -> str:
        """The code version; "" when the code's own files cannot be read (then nothing goes to disk)."""
        if self._known_version is None:
            try:
                self._known_version = self._version()
            except (OSError, TypeError):
                self._known_version = ""
        return self._known_version

    def folder(self) -> Path | None:
        base = directory()
        if base is None or not self.version:
            return None
        return base / self.name / self.version[:16]

    def get(self, content: bytes, parse: Callable[[bytes], V]) -> V:
        if not enabled():
            self.stats.parsed += 1
            return parse(content)
        key = hashlib.sha256(content).hexdigest()
        self._seen.add(key)
        found = self.memory.get(key)
        if found is not None:
            self.stats.memory += 1
            return found
        found = self._read(key)
        if found is not None:
            self.stats.disk += 1
        else:
            self.stats.parsed += 1
            found = parse(content)
            self._add(key, found)
        if len(self.memory) >= MEMORY_ENTRIES:
            self.memory.pop(next(iter(self.memory)))  # the oldest
        self.memory[key] = found
        return found

    def clear_memory(self) -> None:
        self.memory.clear()

    def _shard(self, key: str) -> dict[str, Any]:
        name = key[0]
        if name not in self._shards:
            self._shards[name] = self._load_shard(name)
        return self._shards[name]

    def _load_shard(self, name: str) -> dict[str, Any]:
        folder = self.folder()
        if folder is None:
            return {}
        try:
            text = (folder / f"{name}.json").read_bytes()
        except (OSError, ValueError):
            return {}  # no shard yet (the usual miss), or no cache folder at all
        try:
            shard = json.loads(text, object_hook=_decode_object)
            if shard["format"] != FORMAT or shard["version"] != self.version or type(shard["entries"]) is not dict:
                raise ValueError("a foreign shard")
            return cast(dict[str, Any], shard["entries"])
        except (ValueError, TypeError, KeyError, IndexError, AttributeError, RecursionError):
            self.stats.ignored += 1
            self._dirty.add(name)  # rewritten at the next flush
            return {}

    def _read(self, key: str) -> V | None:
        plain = self._shard(key).get(key)
        if plain is None:
            return None
        try:
            return self.from_plain(plain)
        except (ValueError, TypeError, KeyError, IndexError, AttributeError, RecursionError):
            self.stats.ignored += 1
            del self._shard(key)[key]
            self._dirty.add(key[0])
            return None

    def _add(self, key: str, value: V) -> None:
        try:
            plain = self.to_plain(value)
        except (ValueError, TypeError, RecursionError):
            return
        self._shard(key)[key] = plain
        self._dirty.add(key[0])

    def flush(self) -> None:
        """Write the shards that gained or lost entries. Best effort: a cache that cannot be
        written only costs time."""
        if enabled():
            for name in sorted(self._dirty):
                entries = {k: v for k, v in self._shards.get(name, {}).items() if k in self._seen}
                self._write(name, entries)
        self._shards.clear()
        self._dirty.clear()
        self._seen.clear()

    def _write(self, name: str, entries: dict[str, Any]) -> None:
        try:
            shard = {"format": FORMAT, "version": self.version, "entries": entries}
            body = json.dumps(shard, ensure_ascii=False, separators=(",", ":"), default=_encode_default)
            folder = self.folder()
            if folder is None:
                return
            folder.mkdir(parents=True, exist_ok=True)
            # Written aside, then renamed: a reader never sees half a shard.
            handle, temporary = tempfile.mkstemp(dir=folder, prefix=".", suffix=".tmp")
            try:
                with os.fdopen(handle, "wb") as out:
                    out.write(body.encode("utf-8"))
                os.replace(temporary, folder / f"{name}.json")
            except BaseException:
                Path(temporary).unlink(missing_ok=True)
                raise
        except (OSError, ValueError, TypeError, RecursionError):
            return
