"""The parse cache's side of YAML files: a Parsed as plain data and back, and the version of the
code whose answer it keeps (bulletin.data.parsecache keeps the entries)."""

from __future__ import annotations

import sys
from typing import Any

import yaml

from bulletin.data import parsecache, sourcemap, yamlbuild, yamlmessages, yamlparse
from bulletin.data import problems as problems_module
from bulletin.data.problems import Severity
from bulletin.data.sourcemap import PathKey, SourceMap
from bulletin.data.yamlparse import LOADER_NAME, Parsed
from bulletin.vietnamese import legacy
from bulletin.vietnamese import text as text_module

_SEVERITIES = {s.value: s for s in Severity}


def _to_plain(parsed: Parsed) -> dict[str, Any]:
    """Compact: each path once, as (index of its parent path, last part); maps as flat lists."""
    plain: dict[str, Any] = {
        "problems": [[sev.value, line, column, code, message] for sev, line, column, code, message in parsed.problems],
    }
    source = parsed.source
    if source is None:
        return plain
    index: dict[PathKey, int] = {(): 0}
    pairs: list[Any] = []

    def number(path: PathKey) -> int:
        found = index.get(path)
        if found is None:
            parent = number(path[:-1])
            found = index[path] = len(index)
            pairs.extend((parent, path[-1]))
        return found

    for path in source.values:  # in document order: a parent comes before its children
        if path:
            parent = index.get(path[:-1])
            index[path] = len(index)
            pairs.extend((number(path[:-1]) if parent is None else parent, path[-1]))

    def flat(table: dict[PathKey, tuple[int, int]]) -> list[int]:
        get = index.get
        return [n for path, (a, b) in table.items() for n in (get(path) or number(path), a, b)]

    plain["data"] = parsed.data
    plain["values"] = flat(source.values)
    plain["keys"] = flat(source.keys)
    plain["blocks"] = flat(source.blocks)
    plain["raw"] = [x for path, text in source.raw.items() for x in (index.get(path) or number(path), text)]
    plain["quoted"] = [number(path) for path in source.quoted]
    plain["broken"] = [number(path) for path in source.broken]
    plain["paths"] = pairs
    return plain


def _indexes(values: Any, size: int) -> list[int]:
    """A list of path indexes, each within the table of `size` paths."""
    if type(values) is not list or not set(map(type, values)) <= {int}:
        raise ValueError("not a list of numbers")
    if values and (min(values) < 0 or max(values) >= size):
        raise ValueError("no such path")
    return values


def _triples(values: Any, size: int) -> list[int]:
    """A flat list (path index, number, number, ...)."""
    if type(values) is not list or len(values) % 3 or not set(map(type, values)) <= {int}:
        raise ValueError("not a list of numbers")
    _indexes(values[0::3], size)
    return values


def _from_plain(plain: dict[str, Any]) -> Parsed:
    """A Parsed from what _to_plain wrote; ValueError (or TypeError, KeyError) for anything else."""
    problems = tuple(
        (_SEVERITIES[sev], line, column, code, message) for sev, line, column, code, message in plain["problems"]
    )
    if not all(type(p[1]) is int and type(p[2]) is int and type(p[3]) is str and type(p[4]) is str for p in problems):
        raise ValueError("not a problem")
    if "data" not in plain:
        return Parsed(None, None, problems)
    pairs = plain["paths"]
    if type(pairs) is not list or len(pairs) % 2 or not set(map(type, pairs)) <= {int, str}:
        raise ValueError("not a path table")
    table: list[PathKey] = [()]
    for parent, part in zip(pairs[0::2], pairs[1::2], strict=True):
        if type(parent) is not int or not 0 <= parent < len(table):
            raise ValueError("not a path")
        table.append(table[parent] + (part,))
    size = len(table)
    path = table.__getitem__

    def pairs_of(name: str) -> dict[PathKey, tuple[int, int]]:
        flat = _triples(plain[name], size)
        return dict(zip(map(path, flat[0::3]), zip(flat[1::3], flat[2::3], strict=True), strict=True))

    raw = plain["raw"]
    if type(raw) is not list or len(raw) % 2 or not set(map(type, raw[1::2])) <= {str}:
        raise ValueError("not a list of texts")
    source = SourceMap(
        "",
        values=pairs_of("values"),
        keys=pairs_of("keys"),
        raw=dict(zip(map(path, _indexes(raw[0::2], size)), raw[1::2], strict=True)),
        blocks=pairs_of("blocks"),
        quoted=set(map(path, _indexes(plain["quoted"], size))),
        broken=set(map(path, _indexes(plain["broken"], size))),
    )
    return Parsed(plain["data"], source, problems)


def _code_version() -> str:
    # Everything the answer depends on: the code that parses and words the problems, the plain
    # form of this module, and PyYAML.
    modules = (
        sourcemap,
        yamlparse,
        yamlbuild,
        yamlmessages,
        sys.modules[__name__],
        legacy,
        text_module,
        problems_module,
        parsecache,
    )
    return parsecache.code_version(modules, yaml.__version__, LOADER_NAME)


CACHE: parsecache.ContentCache[Parsed] = parsecache.ContentCache("parsed", _code_version, _to_plain, _from_plain)
