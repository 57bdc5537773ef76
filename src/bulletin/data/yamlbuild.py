"""Python values from PyYAML's event stream, with the place of every key and value (a SourceMap).

We build values from events ourselves so that we can keep those places, refuse duplicate keys
(PyYAML would silently keep the last one and lose data), refuse aliases (an alias bomb would
otherwise expand into a huge structure), refuse nesting deeper than MAX_DEPTH (libyaml's composer
recurses and crashes on deep input), and judge every scalar as written: YAML 1.1 number and
boolean forms, explicit tags, hidden and control characters are refused with their location.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, cast

import yaml
from yaml.constructor import ConstructorError, SafeConstructor
from yaml.nodes import ScalarNode
from yaml.resolver import Resolver

from bulletin.data.problems import Location, Problems
from bulletin.data.sourcemap import PathKey, SourceMap
from bulletin.data.yamlmessages import AS_TEXT, PASTED_MESSAGE, TAG_HINT, clipped, hidden_message, number_hint
from bulletin.vietnamese import legacy
from bulletin.vietnamese import text as text_module
from bulletin.vietnamese.text import nfc

MAX_DEPTH = 50
# Longer integer parts are not counts or statistics of a bulletin; and Python's int() refuses
# strings of 4,300+ digits, so a long one must never reach it.
MAX_DIGITS = 15
# "6.063" is six thousand and sixty-three to a Vietnamese editor, but 6.063 to YAML.
_THOUSANDS = re.compile(r"^[+-]?[1-9]\d{0,2}(\.\d{3})+$")
_DECIMAL = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?")
_TRUE_FALSE = {"true": True, "false": False}
_STR = "tag:yaml.org,2002:str"
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_BOOL = "tag:yaml.org,2002:bool"
_NULL = "tag:yaml.org,2002:null"
_TIMESTAMP = "tag:yaml.org,2002:timestamp"


def line_column(mark: Any) -> tuple[int, int]:
    """A PyYAML mark (0-based) as editors count: line and column from 1."""
    return (mark.line + 1, mark.column + 1)


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


class Builder:
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
        return Location(self.source.path, *line_column(mark))

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
                    at = (*top.path, len(items))
                    values[at] = (event.start_mark.line + 1, event.start_mark.column + 1)  # type: ignore[union-attr]
                    items.append(self._scalar(event, at))
                    continue
                if key is None:
                    self._key(top, event)
                elif top.drop:
                    top.key, top.drop = None, False
                else:
                    at = (*top.path, key)
                    values[at] = (event.start_mark.line + 1, event.start_mark.column + 1)  # type: ignore[union-attr]
                    items[key] = self._scalar(event, at)
                    top.key = None
                continue
            if isinstance(event, yaml.DocumentStartEvent):
                documents += 1
                if documents > 1:
                    self.problems.error(
                        self.where(event.start_mark),
                        "yaml-documents",
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
            self.source.values[path] = line_column(event.start_mark)
            if isinstance(event, yaml.AliasEvent):
                self.source.broken.add(path)
                root = self._place(stack, root, None)
            elif getattr(event, "tag", None) is not None and not (
                isinstance(event, yaml.ScalarEvent) and event.tag == "!" and event.style in ("'", '"')
            ):
                self._refuse(event, path, "yaml-tag", TAG_HINT)
                if isinstance(event, _STARTS):
                    skip, place = 1, True
                else:
                    root = self._place(stack, root, None)
            elif isinstance(event, _STARTS):
                if len(stack) >= MAX_DEPTH:
                    # Stop reading here: libyaml's scanner slows down with every open level.
                    self._refuse(
                        event,
                        path,
                        "yaml-depth",
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
            return (*top.path, len(top.value)), False
        if top.key is None:
            if not isinstance(event, yaml.ScalarEvent):
                self.problems.error(
                    self.where(event.start_mark),
                    "yaml-key",
                    "tên trường phải là một chữ, không phải danh sách hay nhóm",
                )
                top.key, top.drop = "", True
                return None, True
            return top.path, True
        if top.drop:
            top.key, top.drop = None, False
            return None, False
        return (*top.path, top.key), False

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
            path = (*frame.path, key)
            if path not in self.source.keys:  # the common case, without building a Location
                self.source.keys[path] = line_column(event.start_mark)
                frame.key, frame.drop = key, False
                return
        where = self.where(event.start_mark)
        path = (*frame.path, key)
        frame.key, frame.drop = key, True  # kept only if every check below passes
        if event.tag is not None:
            self.problems.error(where, "yaml-tag", TAG_HINT)
            return
        if key == "<<":
            self.problems.error(where, "yaml-alias", "không dùng khóa gộp '<<' của YAML; hãy viết các trường ra đầy đủ")
            return
        hidden = text_module.hidden_characters(key)
        if hidden:
            quoted = 1 if event.style in ("'", '"') else 0
            at = Location(self.source.path, where.line, where.column + hidden[0] + quoted)
            self.problems.error(at, "hidden-character", hidden_message("tên trường", key, hidden))
            return
        if pasted := text_module.pasted_characters(key):
            quoted = 1 if event.style in ("'", '"') else 0
            at = Location(self.source.path, where.line, where.column + pasted[0] + quoted)
            self.problems.warning(at, "pasted-character", PASTED_MESSAGE.format(what="tên trường", count=len(pasted)))
            key = text_module.unpaste(key)
            path, frame.key = (*frame.path, key), key
        if key in frame.value or path in self.source.keys:
            first = self.source.keys[path][0]
            self.problems.error(
                where,
                "duplicate-key",
                f"trường '{key}' được viết hai lần (lần đầu ở dòng {first}); "
                "hãy giữ một lần, nếu không giá trị đầu sẽ bị mất",
            )
            return
        self.source.keys[path] = line_column(event.start_mark)
        frame.drop = False

    def _refuse(self, event: yaml.NodeEvent, path: PathKey, code: str, message: str) -> None:
        """Report an unreadable value once; validation then stays quiet about it."""
        self.problems.error(self.where(event.start_mark), code, message)
        self.source.broken.add(path)
        return

    def _scalar(self, event: yaml.ScalarEvent, path: PathKey) -> Any:
        raw = event.value
        self.source.raw[path] = raw
        if event.style in ("'", '"'):
            self.source.quoted.add(path)
        if event.style in ("|", ">"):
            first = event.start_mark.line + 1  # type: ignore[union-attr]
            indented = next((line for line in self.lines[first:] if line.strip()), "")
            self.source.blocks[path] = (first + 1, len(indented) - len(indented.lstrip(" ")) + 1)
        if not event.style:  # plain: YAML 1.1 would guess a type from the text
            tag = self.resolver.resolve(ScalarNode, raw, (True, False))  # type: ignore[no-untyped-call]
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
                event,
                path,
                "yaml-bool",
                f"'{raw}' không dùng làm giá trị đúng/sai; hãy viết true hoặc false (chữ thường)"
                + AS_TEXT.format(raw=raw),
            )
        if tag in (_INT, _FLOAT):
            return self._number(event, path, tag)
        if tag == _TIMESTAMP:
            try:
                return self.constructor.construct_yaml_timestamp(ScalarNode(tag, raw))
            except (ValueError, OverflowError):
                return self._refuse(
                    event,
                    path,
                    "yaml-value",
                    f"ngày '{raw}' không có thật; ngày viết dạng YYYY-MM-DD, ví dụ 2024-06-26",
                )
        return self._text(event, path, raw)  # '=' or '<<' as a value: plain text

    def _number(self, event: yaml.ScalarEvent, path: PathKey, tag: str) -> Any:
        raw = event.value
        if _THOUSANDS.match(raw):
            digits = raw.replace(".", "")
            return self._refuse(
                event,
                path,
                "thousands-separator",
                f"số '{raw}' sẽ bị hiểu là số thập phân; trong dữ liệu hãy viết liền, không dấu chấm: {digits}",
            )
        if _DECIMAL.fullmatch(raw):
            if len(raw.lstrip("-").split(".")[0]) > MAX_DIGITS:
                return self._refuse(
                    event,
                    path,
                    "number-too-large",
                    f"số '{clipped(raw)}' quá lớn (hơn {MAX_DIGITS} chữ số); hãy kiểm tra lại",
                )
            return float(raw) if "." in raw else int(raw)
        yaml11: Any = None
        if len(raw) <= 30:
            try:
                yaml11 = self.constructor.construct_object(ScalarNode(tag, raw), deep=True)
            except (ConstructorError, ValueError, OverflowError):
                yaml11 = None
        return self._refuse(event, path, "yaml-number", number_hint(raw, yaml11))

    def _text(self, event: yaml.ScalarEvent, path: PathKey, raw: str) -> Any:
        value = nfc(raw)
        multiline = event.style in ("|", ">") or event.end_mark.line > event.start_mark.line  # type: ignore[union-attr]
        hidden = text_module.hidden_characters(value, multiline)
        if hidden:
            return self._refuse_at(path, value, hidden[0], "hidden-character", hidden_message("giá trị", value, hidden))
        pasted = text_module.pasted_characters(value)
        if pasted:
            self.problems.warning(
                self.source.within(path, pasted[0], value),
                "pasted-character",
                PASTED_MESSAGE.format(what="giá trị", count=len(pasted)),
            )
            value = text_module.unpaste(value)
        if legacy.looks_legacy(value):
            self.problems.error(self.where(event.start_mark), "legacy-encoding", legacy.HINT)
        return value

    def _refuse_at(self, path: PathKey, value: str, offset: int, code: str, message: str) -> None:
        self.problems.error(self.source.within(path, offset, value), code, message)
        self.source.broken.add(path)
        return
