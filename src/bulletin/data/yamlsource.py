"""Read one YAML file into plain Python values plus the position of every key and value.

The public face of reading data files: load_yaml gives a YamlDocument (the values and their
SourceMap) and records what is wrong in Problems, in Vietnamese with line and column. Behind it:
  yamlparse     bytes -> Parsed: decoding, PyYAML's events (libyaml when available), syntax errors
  yamlbuild     events -> values and their places; duplicate keys, aliases, deep nesting, YAML 1.1
                numbers and booleans, tags, hidden and control characters refused where written
  yamlmessages  what editors are told, in their words
  yamlcache     a Parsed as plain data, for the parse cache (parsecache): unchanged bytes are
                not parsed twice
  sourcemap     SourceMap and YamlDocument
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from bulletin.data.problems import Location, Problems
from bulletin.data.sourcemap import PathKey, SourceMap, YamlDocument
from bulletin.data.yamlcache import CACHE
from bulletin.data.yamlmessages import os_error
from bulletin.data.yamlparse import Parsed, parse_bytes
from bulletin.vietnamese import formatting

__all__ = [
    "CACHE",
    "MAX_FILE_BYTES",
    "Parsed",
    "PathKey",
    "SourceMap",
    "YamlDocument",
    "load_yaml",
    "os_error",
    "parse_bytes",
]

MAX_FILE_BYTES = 2 * 1024 * 1024


def load_yaml(
    file: Path, display_path: str, problems: Problems, fingerprints: dict[str, str] | None = None
) -> YamlDocument | None:
    """Parse `file`; on failure record problems and return None. `fingerprints` gets a digest
    of the bytes read, by display path (a preview compares them between builds).

    Unchanged bytes are not parsed twice (parsecache): the answer, its problems included,
    depends on nothing but the bytes and the code that parses (yamlcache)."""
    start = Location(display_path)
    try:
        raw = file.read_bytes()
    except OSError as error:
        problems.error(start, "unreadable", f"không đọc được tệp: {os_error(error)}")
        return None
    if fingerprints is not None:
        fingerprints[display_path] = hashlib.blake2b(raw, digest_size=16).hexdigest()
    if len(raw) > MAX_FILE_BYTES:
        problems.error(
            start,
            "too-large",
            f"tệp quá lớn ({formatting.number(len(raw))} byte, tối đa {formatting.number(MAX_FILE_BYTES)}); "
            "hãy chia thành nhiều tệp",
        )
        return None
    return CACHE.get(raw, parse_bytes).document(display_path, problems)
