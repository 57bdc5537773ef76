"""The bytes of one data file, decoded and parsed: a Parsed, the same wherever the file lies.

A syntax error comes alone (the values of a file that does not parse are not judged); aliases,
nesting too deep and an empty file leave no document.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

import yaml

from bulletin.data.problems import Location, Problem, Problems, Severity
from bulletin.data.sourcemap import SourceMap, YamlDocument
from bulletin.data.yamlbuild import Builder, line_column
from bulletin.data.yamlmessages import GENERIC, reader_message, syntax_message

try:  # libyaml is much faster on large archives; fall back to pure Python.
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on the PyYAML build
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

# Which parser reads the files (the parse cache's entries depend on it).
LOADER_NAME = _Loader.__name__


@dataclass(frozen=True)
class Parsed:
    """What the bytes of one file say, wherever the file lies: the document (None when it could
    not be read) and the problems found, located by line and column only. Shared by every
    file with the same bytes, and by every build of a process: never changed once made."""

    data: Any
    source: SourceMap | None  # None: no document
    problems: tuple[tuple[Severity, int, int, str, str], ...]

    def document(self, display_path: str, problems: Problems) -> YamlDocument | None:
        """The problems, placed in `display_path`, added to `problems`; the document, if any."""
        for severity, line, column, code, message in self.problems:
            problems.items.append(Problem(Location(display_path, line, column), message, code, severity))
        if self.source is None:
            return None
        return YamlDocument(self.data, replace(self.source, path=display_path))


def parse_bytes(raw: bytes) -> Parsed:
    """Decode and parse one file's bytes (the work the cache saves)."""
    found = Problems()
    document = _parse(raw, "", found)
    problems = tuple((p.severity, p.location.line, p.location.column, p.code, p.message) for p in found.items)
    if document is None:
        return Parsed(None, None, problems)
    return Parsed(document.data, document.source, problems)


def _parse(raw: bytes, display_path: str, problems: Problems) -> YamlDocument | None:
    source = SourceMap(display_path)
    start = Location(display_path)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        problems.error(
            Location(display_path, line, 1),
            "encoding",
            "tệp không phải mã UTF-8; hãy lưu lại với bảng mã UTF-8",
        )
        return None
    # Problems of the values count only when the whole file parses: a syntax error comes alone.
    found = Problems()
    builder = Builder(source, found, text.splitlines())
    try:
        data, anything = builder.build(yaml.parse(text, Loader=_Loader))
    except yaml.reader.ReaderError as error:
        body = text.encode("utf-8")
        where, message = reader_message(error, body)
        problems.error(Location(display_path, *where) if where else start, "yaml-syntax", message)
        return None
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        located = Location(display_path, *line_column(mark)) if mark else start
        problems.error(located, "yaml-syntax", syntax_message(error, text))
        return None
    except yaml.YAMLError:
        problems.error(start, "yaml-syntax", f"lỗi cú pháp YAML: {GENERIC}")
        return None
    if builder.aliases:
        more = f" (tệp có {len(builder.aliases)} chỗ dùng bí danh)" if len(builder.aliases) > 1 else ""
        problems.error(
            Location(display_path, *line_column(builder.aliases[0].start_mark)),
            "yaml-alias",
            f"không dùng bí danh YAML (&tên / *tên){more}; hãy viết lại giá trị đầy đủ",
        )
        return None
    problems.extend(found)
    if builder.too_deep:
        return None
    if not anything:
        problems.error(start, "empty", "tệp rỗng; hãy điền nội dung hoặc xóa tệp")
        return None
    return YamlDocument(data, source)
