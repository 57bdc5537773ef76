"""Read one YAML file into plain Python values plus the position of every key and value.

PyYAML's composer (libyaml when available, for speed) gives each node a start mark;
we build Python values from the nodes ourselves so that we can keep those marks,
refuse duplicate keys (PyYAML would silently keep the last one and lose data)
and refuse aliases (an alias bomb would otherwise expand into a huge structure).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.constructor import ConstructorError, SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from bulletin import formatting, legacy
from bulletin.problems import Location, Problems
from bulletin.text import nfc

try:  # libyaml is much faster on large archives; fall back to pure Python.
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on the PyYAML build
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

MAX_FILE_BYTES = 2 * 1024 * 1024

# "6.063" is six thousand and sixty-three to a Vietnamese editor, but 6.063 to YAML.
_THOUSANDS = re.compile(r"^[+-]?\d{1,3}(\.\d{3})+$")

_STR = "tag:yaml.org,2002:str"

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


# YAML's own messages, in words an editor understands.
_SYNTAX_HINTS = {
    "mapping values are not allowed": (
        "dấu hai chấm ở chỗ không được phép; nếu giá trị có dấu ':' hãy đặt nó trong ngoặc kép"
    ),
    "could not find expected ':'": "thiếu dấu ':' sau tên trường",
    "found unexpected end of stream": "tệp kết thúc khi còn thiếu dấu ngoặc kép hoặc ngoặc đóng",
    "did not find expected key": "thụt lề không thẳng hàng với các trường cùng cấp",
    "did not find expected '-' indicator": "thụt lề của danh sách không thẳng hàng",
    "found undefined alias": "dùng bí danh (*alias) không được định nghĩa",
}


def _mark(mark: Any) -> tuple[int, int]:
    return (mark.line + 1, mark.column + 1)


def _syntax_message(error: yaml.MarkedYAMLError, text: str) -> str:
    problem = (error.problem or str(error)).strip()
    mark = error.problem_mark
    lines = text.splitlines()
    if mark is not None and mark.line < len(lines) and "\t" in lines[mark.line]:
        return "lỗi cú pháp YAML: có ký tự tab; YAML chỉ cho phép thụt lề bằng dấu cách"
    if mark is not None and problem.startswith("mapping values are not allowed") and 0 < mark.line < len(lines):
        current = lines[mark.line]
        previous = next((line for line in reversed(lines[: mark.line]) if line.strip()), "")
        indent = len(current) - len(current.lstrip(" "))
        if indent > len(previous) - len(previous.lstrip(" ")) and not previous.rstrip().endswith(":"):
            return "lỗi cú pháp YAML: dòng này thụt vào sâu hơn dòng trên; các trường cùng nhóm phải thẳng hàng"
    opened = error.context_mark.line + 1 if error.context_mark else None
    if problem.startswith("did not find expected ',' or ']'") and opened:
        return f"lỗi cú pháp YAML: dấu '[' mở ở dòng {opened} chưa được đóng bằng ']'"
    if problem.startswith("did not find expected ',' or '}'") and opened:
        return f"lỗi cú pháp YAML: dấu '{{' mở ở dòng {opened} chưa được đóng bằng '}}'"
    if problem.startswith("found unexpected end of stream") and opened:
        return f"lỗi cú pháp YAML: dấu ngoặc kép mở ở dòng {opened} chưa được đóng"
    for english, vietnamese in _SYNTAX_HINTS.items():
        if problem.startswith(english):
            return f"lỗi cú pháp YAML: {vietnamese}"
    return f"lỗi cú pháp YAML: {problem}"


class _Builder:
    def __init__(self, source: SourceMap, problems: Problems, lines: list[str]):
        self.source = source
        self.lines = lines
        self.problems = problems
        self.constructor = SafeConstructor()
        self.seen: set[int] = set()

    def build(self, node: Node, path: PathKey) -> Any:
        if id(node) in self.seen:  # an alias; _refuse_aliases normally catches them first
            return self._refuse(node, path, "yaml-alias", "không dùng bí danh YAML (&tên / *tên); hãy viết lại giá trị đầy đủ")
        self.seen.add(id(node))
        self.source.values[path] = _mark(node.start_mark)
        if isinstance(node, MappingNode):
            return self._mapping(node, path)
        if isinstance(node, SequenceNode):
            return [self.build(item, path + (i,)) for i, item in enumerate(node.value)]
        return self._scalar(node, path)

    def _mapping(self, node: MappingNode, path: PathKey) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            where = Location(self.source.path, *_mark(key_node.start_mark))
            if not isinstance(key_node, ScalarNode):
                self.problems.error(where, "yaml-key", "tên trường phải là một chữ, không phải danh sách hay nhóm")
                continue
            key = nfc(key_node.value)
            if key == "<<":
                self.problems.error(where, "yaml-alias", "không dùng khóa gộp '<<' của YAML; hãy viết các trường ra đầy đủ")
                continue
            if key in result or (path + (key,)) in self.source.keys:
                first = self.source.keys[path + (key,)][0]
                self.problems.error(
                    where,
                    "duplicate-key",
                    f"trường '{key}' được viết hai lần (lần đầu ở dòng {first}); "
                    "hãy giữ một lần, nếu không giá trị đầu sẽ bị mất",
                )
                continue
            self.source.keys[path + (key,)] = _mark(key_node.start_mark)
            result[key] = self.build(value_node, path + (key,))
        return result

    def _refuse(self, node: Node, path: PathKey, code: str, message: str) -> None:
        """Report an unreadable value once; validation then stays quiet about it."""
        self.problems.error(Location(self.source.path, *_mark(node.start_mark)), code, message)
        self.source.broken.add(path)
        return None

    def _scalar(self, node: ScalarNode, path: PathKey) -> Any:
        self.source.raw[path] = node.value
        if node.style in ("'", '"'):
            self.source.quoted.add(path)
        if node.style in ("|", ">"):
            first = node.start_mark.line + 1
            indented = next((l for l in self.lines[first:] if l.strip()), "")
            self.source.blocks[path] = (first + 1, len(indented) - len(indented.lstrip(" ")) + 1)
        if node.tag == _STR:
            value = node.value  # most scalars: no need for the constructor's machinery
        else:
            try:
                value = self.constructor.construct_object(node, deep=True)
            except (ConstructorError, ValueError) as error:
                return self._refuse(
                    node, path, "yaml-value",
                    f"giá trị '{node.value}' không đọc được ({error}); ngày viết dạng YYYY-MM-DD, ví dụ 2024-06-26",
                )
        if isinstance(value, float) and not node.style and _THOUSANDS.match(node.value):
            digits = node.value.replace(".", "")
            return self._refuse(
                node, path, "thousands-separator",
                f"số '{node.value}' sẽ bị hiểu là số thập phân; trong dữ liệu hãy viết liền, không dấu chấm: {digits}",
            )
        if isinstance(value, str):
            value = nfc(value)
            if legacy.looks_legacy(value):
                self.problems.error(Location(self.source.path, *_mark(node.start_mark)), "legacy-encoding", legacy.HINT)
        return value


def _refuse_aliases(text: str, display_path: str, problems: Problems) -> bool:
    """Report the first alias (and how many there are); aliases can expand into huge structures."""
    aliases = [e for e in yaml.parse(text, Loader=_Loader) if isinstance(e, yaml.AliasEvent)]
    if aliases:
        more = f" (tệp có {len(aliases)} chỗ dùng bí danh)" if len(aliases) > 1 else ""
        problems.error(
            Location(display_path, *_mark(aliases[0].start_mark)),
            "yaml-alias",
            f"không dùng bí danh YAML (&tên / *tên){more}; hãy viết lại giá trị đầy đủ",
        )
    return bool(aliases)


def load_yaml(file: Path, display_path: str, problems: Problems) -> YamlDocument | None:
    """Parse `file`; on failure record problems and return None."""
    source = SourceMap(display_path)
    start = Location(display_path)
    try:
        raw = file.read_bytes()
    except OSError as error:
        problems.error(start, "unreadable", f"không đọc được tệp: {error.strerror}")
        return None
    if len(raw) > MAX_FILE_BYTES:
        problems.error(
            start,
            "too-large",
            f"tệp quá lớn ({formatting.number(len(raw))} byte, tối đa {formatting.number(MAX_FILE_BYTES)}); "
            "hãy chia thành nhiều tệp",
        )
        return None
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
    try:
        if "*" in text and _refuse_aliases(text, display_path, problems):
            return None
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        where = Location(display_path, *_mark(mark)) if mark else start
        problems.error(where, "yaml-syntax", _syntax_message(error, text))
        return None
    except yaml.YAMLError as error:
        problems.error(start, "yaml-syntax", f"lỗi cú pháp YAML: {error}")
        return None
    if node is None:
        problems.error(start, "empty", "tệp rỗng; hãy điền nội dung hoặc xóa tệp")
        return None
    data = _Builder(source, problems, text.splitlines()).build(node, ())
    return YamlDocument(data, source)
