"""Read one YAML file into plain Python values plus the position of every key and value.

PyYAML's parser (libyaml when available, for speed) gives each event a start mark;
we build Python values from the events ourselves so that we can keep those marks,
refuse duplicate keys (PyYAML would silently keep the last one and lose data),
refuse aliases (an alias bomb would otherwise expand into a huge structure), refuse
nesting deeper than MAX_DEPTH (libyaml's composer recurses and crashes on deep input),
and judge every scalar as written: YAML 1.1 number and boolean forms, explicit tags,
hidden and control characters are refused with their location.
"""

from __future__ import annotations

import errno
import hashlib
import re
import sys
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, cast

import yaml
from yaml.constructor import ConstructorError, SafeConstructor
from yaml.nodes import ScalarNode
from yaml.resolver import Resolver

from bulletin.data import parsecache, problems as problems_module

from bulletin.vietnamese import formatting, legacy
from bulletin.vietnamese import text as text_module
from bulletin.data.problems import Location, Problem, Problems, Severity
from bulletin.vietnamese.text import nfc

try:  # libyaml is much faster on large archives; fall back to pure Python.
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on the PyYAML build
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

MAX_FILE_BYTES = 2 * 1024 * 1024

# "6.063" is six thousand and sixty-three to a Vietnamese editor, but 6.063 to YAML.
_THOUSANDS = re.compile(r"^[+-]?[1-9]\d{0,2}(\.\d{3})+$")

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


# YAML's own messages (libyaml and PyYAML, by the start of their English text), in words an
# editor understands. Unknown ones get the generic sentence, never the English text.
_AFTER_END = "có nội dung thừa sau phần dữ liệu đã kết thúc (dấu ngoặc đóng thừa, hoặc chữ sau dòng '...'); hãy xóa phần thừa"
_SYNTAX_HINTS = {
    "mapping values are not allowed": (
        "dấu hai chấm ở chỗ không được phép; nếu giá trị có dấu ':' hãy đặt nó trong ngoặc kép"
    ),
    "found unexpected ':'": "dấu hai chấm ở chỗ không được phép; nếu giá trị có dấu ':' hãy đặt nó trong ngoặc kép",
    "could not find expected ':'": "thiếu dấu ':' sau tên trường",
    "found unexpected end of stream": "tệp kết thúc khi còn thiếu dấu ngoặc kép hoặc ngoặc đóng",
    "did not find expected key": "thụt lề không thẳng hàng với các trường cùng cấp",
    "expected <block end>": "thụt lề không thẳng hàng với các trường cùng cấp",
    "invalid indentation or unclosed": "thụt lề sai hoặc thiếu dấu ngoặc đóng ']' hay '}'",
    "did not find expected '-' indicator": "thụt lề của danh sách không thẳng hàng",
    "block sequence entries are not allowed": "dấu '-' của danh sách ở chỗ không được phép; hãy kiểm tra thụt lề",
    "sequence entries are not allowed": "dấu '-' của danh sách ở chỗ không được phép; hãy kiểm tra thụt lề",
    "mapping keys are not allowed": "dấu '?' ở chỗ không được phép; nếu giá trị bắt đầu bằng '?' hãy đặt nó trong ngoặc kép",
    "found undefined alias": "dùng bí danh (*alias) không được định nghĩa",
    "found duplicate anchor": "không dùng neo YAML (&tên); hãy xóa neo",
    "did not find expected alphabetic or numeric character": (
        "sau '&' hoặc '*' phải là tên gồm chữ và số; nếu giá trị bắt đầu bằng '&' hay '*' hãy đặt nó trong ngoặc kép"
    ),
    "expected alphabetic or numeric character": (
        "sau '&' hoặc '*' phải là tên gồm chữ và số; nếu giá trị bắt đầu bằng '&' hay '*' hãy đặt nó trong ngoặc kép"
    ),
    "found character": "ký tự ở đầu giá trị này (ví dụ '@', '`', '%') không được phép; hãy đặt giá trị trong ngoặc kép",
    "found unknown escape character": (
        "sau dấu '\\' trong ngoặc kép là một mã thoát không hợp lệ; muốn viết dấu '\\' hãy viết '\\\\' hoặc dùng ngoặc đơn"
    ),
    "found invalid Unicode character escape code": "mã thoát '\\u…' trong ngoặc kép không hợp lệ",
    "did not find expected hexdecimal number": "mã thoát '\\x…' hoặc '\\u…' trong ngoặc kép thiếu chữ số hệ mười sáu",
    "expected escape sequence": "mã thoát '\\x…' hoặc '\\u…' trong ngoặc kép thiếu chữ số hệ mười sáu",
    "did not find expected comment or line break": (
        "có nội dung thừa sau giá trị (sau dấu ngoặc kép đóng hoặc sau '|', '>'); hãy xóa hoặc xuống dòng"
    ),
    "expected a comment or a line break": (
        "có nội dung thừa sau giá trị (sau dấu ngoặc kép đóng hoặc sau '|', '>'); hãy xóa hoặc xuống dòng"
    ),
    "found an indentation indicator equal to 0": "số chỉ thụt lề sau '|' hoặc '>' phải từ 1 đến 9",
    "expected indentation indicator": "số chỉ thụt lề sau '|' hoặc '>' phải từ 1 đến 9",
    "expected chomping or indentation indicators": "sau '|' hoặc '>' chỉ được có '+', '-' hoặc một chữ số",
    "did not find expected node content": "thiếu giá trị ở chỗ này (ví dụ dấu ',' thừa hoặc dấu '-' không có gì theo sau)",
    "expected the node content": "thiếu giá trị ở chỗ này (ví dụ dấu ',' thừa hoặc dấu '-' không có gì theo sau)",
    "found unexpected document indicator": "dòng '---' hoặc '...' nằm giữa một giá trị; hãy đặt giá trị trong ngoặc kép",
    "found unexpected document separator": "dòng '---' hoặc '...' nằm giữa một giá trị; hãy đặt giá trị trong ngoặc kép",
    "did not find expected <document start>": _AFTER_END,
    "expected '<document start>'": _AFTER_END,
    "expected a single document": "tệp chỉ được chứa một tài liệu YAML; hãy xóa dòng '---' thứ hai hoặc tách thành tệp riêng",
    "found a tab character": "có ký tự tab; YAML chỉ cho phép thụt lề bằng dấu cách",
    "input is too long": "tệp quá lớn; hãy chia thành nhiều tệp",
}
# Directives (%YAML, %TAG) and tag syntax: one hint each family.
_DIRECTIVE_HINT = "dòng bắt đầu bằng '%' là chỉ thị YAML không dùng trong dữ liệu; hãy xóa dòng này"
_TAG_HINT = "không dùng thẻ kiểu YAML ('!!str', '!tên'); hãy bỏ thẻ và viết giá trị trực tiếp"
_GENERIC = "YAML không đọc được chỗ này; hãy kiểm tra dấu ngoặc, dấu hai chấm và thụt lề ở dòng này và dòng trên"


def _mark(mark: Any) -> tuple[int, int]:
    return (mark.line + 1, mark.column + 1)


def _translate(problem: str) -> str:
    for english, vietnamese in _SYNTAX_HINTS.items():
        if problem.startswith(english):
            return vietnamese
    if "directive" in problem or "version" in problem or "incompatible" in problem:
        return _DIRECTIVE_HINT
    if "tag" in problem or "URI" in problem or "expected '!'" in problem or "expected '>'" in problem:
        return _TAG_HINT
    return _GENERIC


def _syntax_message(error: yaml.MarkedYAMLError, text: str) -> str:
    problem = (error.problem or "").strip()
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
    bracket = problem.replace("did not find expected", "expected")  # libyaml and PyYAML word these alike
    if bracket.startswith("expected ',' or ']'") and opened:
        return f"lỗi cú pháp YAML: dấu '[' mở ở dòng {opened} chưa được đóng bằng ']'"
    if bracket.startswith("expected ',' or '}'") and opened:
        return f"lỗi cú pháp YAML: dấu '{{' mở ở dòng {opened} chưa được đóng bằng '}}'"
    if problem.startswith("found unexpected end of stream") and opened:
        return f"lỗi cú pháp YAML: dấu ngoặc kép mở ở dòng {opened} chưa được đóng"
    return f"lỗi cú pháp YAML: {_translate(problem)}"


def _reader_message(error: yaml.reader.ReaderError, raw: bytes) -> tuple[tuple[int, int] | None, str]:
    """A character YAML refuses outright (a raw ESC, NUL, ...): its line, column and name."""
    character = error.character  # an int from libyaml, a str from the pure-Python reader
    if isinstance(character, int):
        character = chr(character)
    name = text_module.char_name(character) if isinstance(character, str) and len(character) == 1 else "không hợp lệ"
    before = raw[: error.position].decode("utf-8", "replace") if isinstance(error.position, int) else ""
    line = before.count("\n") + 1
    column = len(before) - (before.rfind("\n") + 1) + 1
    message = f"có ký tự điều khiển {name} trong tệp; ký tự này không hiện ra được, hãy xóa nó"
    return (line, column) if before or error.position == 0 else None, message


# -- numbers and booleans as written ---------------------------------------------------------------

MAX_DEPTH = 50
# Longer integer parts are not counts or statistics of a bulletin; and Python's int() refuses
# strings of 4,300+ digits, so a long one must never reach it.
MAX_DIGITS = 15
_DECIMAL = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?")
_LEADING_ZERO = re.compile(r"[-+]?0[0-9]")
_TRUE_FALSE = {"true": True, "false": False}
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_BOOL = "tag:yaml.org,2002:bool"
_NULL = "tag:yaml.org,2002:null"
_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_AS_TEXT = "; nếu đây là chữ, hãy đặt trong ngoặc kép: \"{raw}\""


def _shown(raw: str) -> str:
    return raw if len(raw) <= 30 else raw[:20] + "…"


def _number_hint(raw: str, yaml11: Any) -> str:
    """Why a plain scalar that YAML 1.1 reads as a number is not written the plain decimal way."""
    shown = _shown(raw)
    became = f" (YAML 1.1 đọc thành {yaml11})" if isinstance(yaml11, int) and not isinstance(yaml11, bool) else ""
    lowered = raw.lower().lstrip("+-")
    if lowered in (".inf", ".nan"):
        what = "vô cực" if lowered == ".inf" else "'không phải số'"
        return f"'{raw}' là giá trị {what} của YAML, không phải một số; hãy viết số cụ thể, ví dụ 15"
    if "_" in raw:
        return f"số '{shown}' có dấu gạch dưới; hãy viết liền: {raw.replace('_', '')}" + _AS_TEXT.format(raw=shown)
    if ":" in raw:
        return f"'{shown}' bị YAML 1.1 hiểu là số hệ sáu mươi{became}; nếu là giờ, tỉ số hay chữ, hãy đặt trong ngoặc kép: \"{shown}\""
    if lowered.startswith("0x") or lowered.startswith("0b") or lowered.startswith("0o"):
        base = {"x": "hệ mười sáu", "b": "hệ nhị phân", "o": "hệ tám"}[lowered[1]]
        return f"số '{shown}' viết theo {base}{became}; hãy viết số thập phân" + _AS_TEXT.format(raw=shown)
    if raw.startswith("+"):
        return f"số '{shown}' có dấu '+' ở đầu; hãy bỏ dấu '+': {raw[1:]}" + _AS_TEXT.format(raw=shown)
    if _LEADING_ZERO.match(raw):
        return (
            f"số '{shown}' có chữ số 0 ở đầu{became.replace(')', ', hệ tám)')}; hãy bỏ số 0 ở đầu"
            + _AS_TEXT.format(raw=shown)
        )
    if "e" in lowered:
        return f"số '{shown}' viết dạng lũy thừa; hãy viết đầy đủ các chữ số" + _AS_TEXT.format(raw=shown)
    return (
        f"'{shown}' không phải số viết thông thường; hãy viết các chữ số liền nhau, phần thập phân sau dấu '.', "
        "ví dụ 2.5" + _AS_TEXT.format(raw=shown)
    )


@dataclass
class _Frame:
    """A mapping or sequence being built, and (for a mapping) the key waiting for its value."""

    path: PathKey
    value: dict[str, Any] | list[Any]
    key: str | None = None
    drop: bool = False  # the pending key was refused: its value is read but not kept


_SCALAR = yaml.ScalarEvent
_STARTS = (yaml.MappingStartEvent, yaml.SequenceStartEvent)
_ENDS = (yaml.MappingEndEvent, yaml.SequenceEndEvent)


class _Builder:
    """Builds Python values from the event stream, without recursion.

    Working from events (not from composed nodes) means nesting of any depth is refused
    before anything recursive sees it, and every scalar is judged as written: its raw text,
    its style (plain, quoted, block) and whether it carries an explicit tag.
    """

    def __init__(self, source: SourceMap, problems: Problems, lines: list[str]):
        self.source = source
        self.lines = lines
        self.problems = problems
        self.constructor = SafeConstructor()
        self.resolver = Resolver()
        self.aliases: list[Any] = []
        self.too_deep = False

    def where(self, mark: Any) -> Location:
        return Location(self.source.path, *_mark(mark))

    def build(self, events: Iterable[Any]) -> tuple[Any, bool]:
        """The document's value, and whether it held anything at all."""
        stack: list[_Frame] = []
        root: Any = None
        documents = 0
        skip = 0  # depth inside a refused collection, whose events are read and dropped
        place = False  # whether the refused collection leaves a None in its parent
        values = self.source.values
        for event in events:
            if skip:
                skip += 1 if isinstance(event, _STARTS) else -1 if isinstance(event, _ENDS) else 0
                if skip == 0 and place:
                    root = self._place(stack, root, None)
                continue
            if type(event) is _SCALAR and stack and event.tag is None:
                # The common case, inline: an untagged scalar inside a collection.
                top = stack[-1]
                items, key = top.value, top.key
                if isinstance(items, list):
                    at = top.path + (len(items),)
                    values[at] = (event.start_mark.line + 1, event.start_mark.column + 1)  # type: ignore[union-attr]
                    items.append(self._scalar(event, at))
                    continue
                if key is None:
                    self._key(top, event)
                elif top.drop:
                    top.key, top.drop = None, False
                else:
                    at = top.path + (key,)
                    values[at] = (event.start_mark.line + 1, event.start_mark.column + 1)  # type: ignore[union-attr]
                    items[key] = self._scalar(event, at)
                    top.key = None
                continue
            if isinstance(event, yaml.DocumentStartEvent):
                documents += 1
                if documents > 1:
                    self.problems.error(
                        self.where(event.start_mark), "yaml-documents",
                        "tệp chỉ được chứa một tài liệu YAML; hãy xóa dòng '---' này hoặc tách phần sau thành tệp riêng",
                    )
                    break
                continue
            if isinstance(event, _ENDS):
                frame = stack.pop()
                root = self._place(stack, root, frame.value)
                continue
            if not isinstance(event, (yaml.NodeEvent,)):
                continue  # stream and document ends
            if isinstance(event, yaml.AliasEvent):
                self.aliases.append(event)  # counted wherever it stands, even as a refused key's value
            path, is_key = self._target(stack, event)
            if path is None:  # a refused key or its value: read past it
                if isinstance(event, _STARTS):
                    skip, place = 1, False
                continue
            if is_key:  # _target answers so only for a scalar
                self._key(stack[-1], cast(yaml.ScalarEvent, event))
                continue
            self.source.values[path] = _mark(event.start_mark)
            if isinstance(event, yaml.AliasEvent):
                self.source.broken.add(path)
                root = self._place(stack, root, None)
            elif getattr(event, "tag", None) is not None and not (
                isinstance(event, yaml.ScalarEvent) and event.tag == "!" and event.style in ("'", '"')
            ):
                self._refuse(event, path, "yaml-tag", _TAG_HINT)
                if isinstance(event, _STARTS):
                    skip, place = 1, True
                else:
                    root = self._place(stack, root, None)
            elif isinstance(event, _STARTS):
                if len(stack) >= MAX_DEPTH:
                    # Stop reading here: libyaml's scanner slows down with every open level.
                    self._refuse(
                        event, path, "yaml-depth",
                        f"dữ liệu lồng nhau quá sâu (quá {MAX_DEPTH} cấp); hãy viết phẳng hơn",
                    )
                    self.too_deep = True
                    break
                container: Any = {} if isinstance(event, yaml.MappingStartEvent) else []
                stack.append(_Frame(path, container))
            else:  # neither alias nor collection: a scalar
                root = self._place(stack, root, self._scalar(cast(yaml.ScalarEvent, event), path))
        return root, documents > 0

    def _target(self, stack: list[_Frame], event: yaml.NodeEvent) -> tuple[PathKey | None, bool]:
        """Where the node that starts with `event` goes: (path, is it a mapping key?)."""
        if not stack:
            return (), False
        top = stack[-1]
        if isinstance(top.value, list):
            return top.path + (len(top.value),), False
        if top.key is None:
            if not isinstance(event, yaml.ScalarEvent):
                self.problems.error(
                    self.where(event.start_mark), "yaml-key", "tên trường phải là một chữ, không phải danh sách hay nhóm"
                )
                top.key, top.drop = "", True
                return None, True
            return top.path, True
        if top.drop:
            top.key, top.drop = None, False
            return None, False
        return top.path + (top.key,), False

    def _place(self, stack: list[_Frame], root: Any, value: Any) -> Any:
        """Put a finished value into its parent; returns the (possibly new) root."""
        if not stack:
            return value
        top = stack[-1]
        if isinstance(top.value, list):
            top.value.append(value)
        else:
            if top.key is not None and not top.drop:
                top.value[top.key] = value
            top.key, top.drop = None, False
        return root

    def _key(self, frame: _Frame, event: yaml.ScalarEvent) -> None:
        key = nfc(event.value)
        if event.tag is None and key != "<<" and key not in frame.value and key.isprintable():
            path = frame.path + (key,)
            if path not in self.source.keys:  # the common case, without building a Location
                self.source.keys[path] = _mark(event.start_mark)
                frame.key, frame.drop = key, False
                return
        where = self.where(event.start_mark)
        path = frame.path + (key,)
        frame.key, frame.drop = key, True  # kept only if every check below passes
        if event.tag is not None:
            self.problems.error(where, "yaml-tag", _TAG_HINT)
            return
        if key == "<<":
            self.problems.error(where, "yaml-alias", "không dùng khóa gộp '<<' của YAML; hãy viết các trường ra đầy đủ")
            return
        hidden = text_module.hidden_characters(key)
        if hidden:
            quoted = 1 if event.style in ("'", '"') else 0
            at = Location(self.source.path, where.line, where.column + hidden[0] + quoted)
            self.problems.error(at, "hidden-character", _hidden_message("tên trường", key, hidden))
            return
        if pasted := text_module.pasted_characters(key):
            quoted = 1 if event.style in ("'", '"') else 0
            at = Location(self.source.path, where.line, where.column + pasted[0] + quoted)
            self.problems.warning(at, "pasted-character", _PASTED_MESSAGE.format(what="tên trường", count=len(pasted)))
            key = text_module.unpaste(key)
            path, frame.key = frame.path + (key,), key
        if key in frame.value or path in self.source.keys:
            first = self.source.keys[path][0]
            self.problems.error(
                where,
                "duplicate-key",
                f"trường '{key}' được viết hai lần (lần đầu ở dòng {first}); "
                "hãy giữ một lần, nếu không giá trị đầu sẽ bị mất",
            )
            return
        self.source.keys[path] = _mark(event.start_mark)
        frame.drop = False

    def _refuse(self, event: yaml.NodeEvent, path: PathKey, code: str, message: str) -> None:
        """Report an unreadable value once; validation then stays quiet about it."""
        self.problems.error(self.where(event.start_mark), code, message)
        self.source.broken.add(path)
        return None

    def _scalar(self, event: yaml.ScalarEvent, path: PathKey) -> Any:
        raw = event.value
        self.source.raw[path] = raw
        if event.style in ("'", '"'):
            self.source.quoted.add(path)
        if event.style in ("|", ">"):
            first = event.start_mark.line + 1
            indented = next((l for l in self.lines[first:] if l.strip()), "")
            self.source.blocks[path] = (first + 1, len(indented) - len(indented.lstrip(" ")) + 1)
        if not event.style:  # plain: YAML 1.1 would guess a type from the text
            tag = self.resolver.resolve(ScalarNode, raw, (True, False))
            if tag != _STR:
                return self._typed(event, path, tag)
        return self._text(event, path, raw)

    def _typed(self, event: yaml.ScalarEvent, path: PathKey, tag: str) -> Any:
        raw = event.value
        if tag == _NULL:
            return None
        if tag == _BOOL:
            if raw in _TRUE_FALSE:
                return _TRUE_FALSE[raw]
            return self._refuse(
                event, path, "yaml-bool",
                f"'{raw}' không dùng làm giá trị đúng/sai; hãy viết true hoặc false (chữ thường)" + _AS_TEXT.format(raw=raw),
            )
        if tag in (_INT, _FLOAT):
            return self._number(event, path, tag)
        if tag == _TIMESTAMP:
            try:
                return self.constructor.construct_yaml_timestamp(ScalarNode(tag, raw))
            except (ValueError, OverflowError):
                return self._refuse(
                    event, path, "yaml-value",
                    f"ngày '{raw}' không có thật; ngày viết dạng YYYY-MM-DD, ví dụ 2024-06-26",
                )
        return self._text(event, path, raw)  # '=' or '<<' as a value: plain text

    def _number(self, event: yaml.ScalarEvent, path: PathKey, tag: str) -> Any:
        raw = event.value
        if _THOUSANDS.match(raw):
            digits = raw.replace(".", "")
            return self._refuse(
                event, path, "thousands-separator",
                f"số '{raw}' sẽ bị hiểu là số thập phân; trong dữ liệu hãy viết liền, không dấu chấm: {digits}",
            )
        if _DECIMAL.fullmatch(raw):
            if len(raw.lstrip("-").split(".")[0]) > MAX_DIGITS:
                return self._refuse(
                    event, path, "number-too-large",
                    f"số '{_shown(raw)}' quá lớn (hơn {MAX_DIGITS} chữ số); hãy kiểm tra lại",
                )
            return float(raw) if "." in raw else int(raw)
        yaml11: Any = None
        if len(raw) <= 30:
            try:
                yaml11 = self.constructor.construct_object(ScalarNode(tag, raw), deep=True)
            except (ConstructorError, ValueError, OverflowError):
                yaml11 = None
        return self._refuse(event, path, "yaml-number", _number_hint(raw, yaml11))

    def _text(self, event: yaml.ScalarEvent, path: PathKey, raw: str) -> Any:
        value = nfc(raw)
        multiline = event.style in ("|", ">") or event.end_mark.line > event.start_mark.line
        hidden = text_module.hidden_characters(value, multiline)
        if hidden:
            return self._refuse_at(path, value, hidden[0], "hidden-character", _hidden_message("giá trị", value, hidden))
        pasted = text_module.pasted_characters(value)
        if pasted:
            self.problems.warning(
                self.source.within(path, pasted[0], value), "pasted-character",
                _PASTED_MESSAGE.format(what="giá trị", count=len(pasted)),
            )
            value = text_module.unpaste(value)
        if legacy.looks_legacy(value):
            self.problems.error(self.where(event.start_mark), "legacy-encoding", legacy.HINT)
        return value

    def _refuse_at(self, path: PathKey, value: str, offset: int, code: str, message: str) -> None:
        self.problems.error(self.source.within(path, offset, value), code, message)
        self.source.broken.add(path)
        return None


_PASTED_MESSAGE = (
    "{what} có {count} dấu cách không ngắt hoặc dấu gạch nối mềm (thường do dán từ Word); "
    "đã đổi thành dấu cách thường / bỏ đi, nên sửa luôn trong tệp"
)


def _hidden_message(what: str, value: str, offsets: list[int]) -> str:
    char = value[offsets[0]]
    more = f" (có {len(offsets)} ký tự như vậy)" if len(offsets) > 1 else ""
    if char in "\n\r":
        return (
            f"{what} chỉ được viết trên một dòng nhưng có ký tự xuống dòng {text_module.char_name(char)}{more}; "
            "hãy xóa ký tự này"
        )
    kind = "ký tự điều khiển" if unicodedata.category(char) == "Cc" else "ký tự vô hình"
    return (
        f"{what} có {kind} {text_module.char_name(char)}{more}; ký tự này không hiện ra nhưng có thể "
        "ẩn chữ, đảo chiều chữ hoặc điều khiển màn hình: hãy xóa nó"
    )


# What OSError.strerror says in English, for the errors a data file can meet.
_OS_ERRORS = {
    errno.ENOENT: "tệp không còn tồn tại",
    errno.EACCES: "không có quyền đọc tệp",
    errno.EPERM: "không có quyền đọc tệp",
    errno.EISDIR: "đây là một thư mục, không phải tệp",
    errno.ELOOP: "liên kết tượng trưng vòng lặp",
    errno.ENAMETOOLONG: "tên tệp quá dài",
    errno.EIO: "lỗi đọc đĩa",
    errno.ENXIO: "thiết bị không tồn tại",
}


def os_error(error: OSError) -> str:
    """An OSError in Vietnamese (never Python's English strerror)."""
    return _OS_ERRORS.get(error.errno or 0, f"lỗi hệ thống số {error.errno}" if error.errno else "lỗi hệ thống")


def load_yaml(
    file: Path, display_path: str, problems: Problems, fingerprints: dict[str, str] | None = None
) -> YamlDocument | None:
    """Parse `file`; on failure record problems and return None. `fingerprints` gets a digest
    of the bytes read, by display path (a preview compares them between builds).

    Unchanged bytes are not parsed twice (parsecache): the answer, its problems included,
    depends on nothing but the bytes and this code."""
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
    builder = _Builder(source, found, text.splitlines())
    try:
        data, anything = builder.build(yaml.parse(text, Loader=_Loader))
    except yaml.reader.ReaderError as error:
        body = text.encode("utf-8")
        where, message = _reader_message(error, body)
        problems.error(Location(display_path, *where) if where else start, "yaml-syntax", message)
        return None
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        located = Location(display_path, *_mark(mark)) if mark else start
        problems.error(located, "yaml-syntax", _syntax_message(error, text))
        return None
    except yaml.YAMLError:
        problems.error(start, "yaml-syntax", f"lỗi cú pháp YAML: {_GENERIC}")
        return None
    if builder.aliases:
        more = f" (tệp có {len(builder.aliases)} chỗ dùng bí danh)" if len(builder.aliases) > 1 else ""
        problems.error(
            Location(display_path, *_mark(builder.aliases[0].start_mark)),
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


# -- the parse cache: a Parsed as plain data and back ---------------------------------------------

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
        (_SEVERITIES[sev], line, column, code, message)
        for sev, line, column, code, message in plain["problems"]
    )
    if not all(type(p[1]) is int and type(p[2]) is int and type(p[3]) is str and type(p[4]) is str for p in problems):
        raise ValueError("not a problem")
    if "data" not in plain:
        return Parsed(None, None, problems)
    pairs = plain["paths"]
    if type(pairs) is not list or len(pairs) % 2 or not set(map(type, pairs)) <= {int, str}:
        raise ValueError("not a path table")
    table: list[PathKey] = [()]
    for parent, part in zip(pairs[0::2], pairs[1::2]):
        if type(parent) is not int or not 0 <= parent < len(table):
            raise ValueError("not a path")
        table.append(table[parent] + (part,))
    size = len(table)
    path = table.__getitem__

    def pairs_of(name: str) -> dict[PathKey, tuple[int, int]]:
        flat = _triples(plain[name], size)
        return dict(zip(map(path, flat[0::3]), zip(flat[1::3], flat[2::3])))

    raw = plain["raw"]
    if type(raw) is not list or len(raw) % 2 or not set(map(type, raw[1::2])) <= {str}:
        raise ValueError("not a list of texts")
    source = SourceMap(
        "",
        values=pairs_of("values"),
        keys=pairs_of("keys"),
        raw=dict(zip(map(path, _indexes(raw[0::2], size)), raw[1::2])),
        blocks=pairs_of("blocks"),
        quoted=set(map(path, _indexes(plain["quoted"], size))),
        broken=set(map(path, _indexes(plain["broken"], size))),
    )
    return Parsed(plain["data"], source, problems)


def _code_version() -> str:
    # Everything the answer depends on: the code that parses and words the problems, and PyYAML.
    modules = (sys.modules[__name__], formatting, legacy, text_module, problems_module, parsecache)
    return parsecache.code_version(modules, yaml.__version__, _Loader.__name__)


CACHE: parsecache.ContentCache[Parsed] = parsecache.ContentCache("parsed", _code_version, _to_plain, _from_plain)
