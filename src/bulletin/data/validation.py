"""Turn pydantic's validation errors into problems an editor can act on."""

from __future__ import annotations

import difflib
import types
import typing
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from pydantic.fields import FieldInfo
from pydantic_core import ErrorDetails

from bulletin.data.problems import Problems
from bulletin.data.yamlsource import SourceMap
from bulletin.vietnamese import formatting

M = TypeVar("M", bound=BaseModel)

# What a value should look like, by pydantic error type.
_EXPECTED = {
    "string_type": "một đoạn chữ",
    "int_type": "một số nguyên",
    "float_type": "một số",
    "bool_type": "true hoặc false",
    "date_type": "một ngày dạng YYYY-MM-DD",
    "list_type": "một danh sách (mỗi mục bắt đầu bằng '- ')",
    "model_type": "một nhóm trường",
    "dict_type": "một nhóm trường",
}

# Error types raised by the documents package with Vietnamese messages.
_CUSTOM = {"reserved_id", "personal_data", "site_url", "date_range", "period"}
_CUSTOM |= {"link", "clock", "timezone", "author"}  # documents.Article, Author, Source
# The rest that strict models can raise, worded for editors (pydantic's own text is English).
_OTHER = {
    "finite_number": "phải là một số hữu hạn",
    "too_long": "có quá nhiều mục",
    "date_from_datetime_inexact": "chỉ ghi ngày, không ghi giờ (YYYY-MM-DD)",
    "date_from_datetime_parsing": "chỉ ghi ngày, không ghi giờ (YYYY-MM-DD)",
    "datetime_type": "phải là một ngày dạng YYYY-MM-DD",
    "is_instance_of": "có kiểu giá trị không đúng",
    "literal_error": "có giá trị không nằm trong danh sách cho phép",
    "enum": "có giá trị không nằm trong danh sách cho phép",
    "union_tag_invalid": "có kiểu giá trị không đúng",
    "value_error": "có giá trị không hợp lệ",
    "frozen_instance": "không được sửa",
}

_ANNOTATION_EXAMPLE = {str: "Công an tỉnh", int: 15, bool: "true", float: 2.5}


def _unwrap(annotation: Any) -> list[Any]:
    """The concrete types an annotation allows (Optional and unions flattened)."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _unwrap(typing.get_args(annotation)[0])
    if origin in (typing.Union, types.UnionType):
        return [t for arg in typing.get_args(annotation) for t in _unwrap(arg) if t is not type(None)]
    return [annotation]


def _metadata(annotation: Any) -> list[Any]:
    """Field metadata hidden inside Annotated members of a union (e.g. AsOf)."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        args = typing.get_args(annotation)
        return [*args[1:], *_metadata(args[0])]
    if origin in (typing.Union, types.UnionType):
        return [m for arg in typing.get_args(annotation) for m in _metadata(arg)]
    return []


def _literals(annotation: Any) -> list[str]:
    """The words a Literal field allows (inside Optional or a list), as written in the data."""
    if typing.get_origin(annotation) is typing.Literal:
        return [str(a) for a in typing.get_args(annotation)]
    return [w for arg in typing.get_args(annotation) for w in _literals(arg)]


class _Walk:
    """Follows an error's loc through the model to find the field it names."""

    def __init__(self, model: type[BaseModel], loc: tuple[Any, ...]):
        self.path: list[str | int] = []
        self.field: FieldInfo | None = None
        self.parent: type[BaseModel] | None = model
        self.name: str | None = None
        current: list[Any] = [model]
        for part in loc:
            models = [t for t in current if isinstance(t, type) and issubclass(t, BaseModel)]
            lists = [t for t in current if typing.get_origin(t) is list]
            if isinstance(part, int) and lists:
                self.path.append(part)
                current = _unwrap(typing.get_args(lists[0])[0])
                continue
            if isinstance(part, str) and len(models) > 1:
                # A tagged union of models (a recipient or a removal record): the tag names the member.
                tagged = [m for m in models if m.__name__ == part]
                if tagged or part == "named":
                    current = tagged or models[:1]
                    continue
            if isinstance(part, str) and models:
                model_cls = models[0]
                self.path.append(part)
                self.parent, self.name = model_cls, part
                self.field = model_cls.model_fields.get(part)
                current = _unwrap(self.field.annotation) if self.field else []
                continue
            # A union member tag such as 'int' or 'float': not part of the data.

    @property
    def allowed(self) -> list[str]:
        return list(self.parent.model_fields) if self.parent else []

    def example(self) -> str | None:
        if self.field is None:
            return None
        if self.field.examples:
            return str(self.field.examples[0])
        for metadata in [*self.field.metadata, *_metadata(self.field.annotation)]:
            examples = getattr(metadata, "examples", None)
            if examples:
                return str(examples[0])
        for kind in _unwrap(self.field.annotation):
            if kind in _ANNOTATION_EXAMPLE:
                return str(_ANNOTATION_EXAMPLE[kind])
        return None


# Keys that would publish personal data (Law 91/2025/QH15 on personal data protection).
PERSONAL_FIELDS = {
    "cccd",
    "cmnd",
    "cmt",
    "can_cuoc",
    "so_cccd",
    "so_cmnd",
    "id_card",
    "id_number",
    "national_id",
    "identity",
    "passport",
    "ho_chieu",
    "birth_date",
    "birthdate",
    "birthday",
    "date_of_birth",
    "dob",
    "born",
    "ngay_sinh",
    "nam_sinh",
    "birth_year",
    "year_of_birth",
    "phone",
    "mobile",
    "tel",
    "telephone",
    "phone_number",
    "so_dien_thoai",
    "dien_thoai",
    "sdt",
    "email",
    "address",
    "home_address",
    "dia_chi",
    "noi_o",
    "thuong_tru",
    "que_quan",
    "hometown",
    "residence",
}


def is_personal_field(name: str) -> bool:
    return name.lower().replace("-", "_").replace(" ", "_") in PERSONAL_FIELDS


def suggest(word: str, choices: list[str]) -> str | None:
    """The nearest valid spelling, if one is close enough to be a typo."""
    matches = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return matches[0] if matches else None


def _message(error: ErrorDetails, walk: _Walk, source: SourceMap) -> str:
    kind = error["type"]
    if walk.name is None:
        return "nội dung tệp phải là các trường dạng 'tên: giá trị'"
    name = walk.name
    raw = source.raw.get(tuple(walk.path))
    if kind == "extra_forbidden" and is_personal_field(name):
        return (
            f"không công bố thông tin cá nhân '{name}' (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15); "
            "hãy xóa trường này: chỉ công bố họ tên, cấp bậc, chức vụ, đơn vị, địa bàn"
        )
    if kind == "extra_forbidden":
        allowed = ", ".join(walk.allowed)
        near = suggest(name, walk.allowed)
        hint = f"có phải ý bạn là '{near}'? " if near else ""
        return f"trường '{name}' không hợp lệ ở đây; {hint}các trường hợp lệ: {allowed}"
    if kind == "missing":
        described = f" ({walk.field.description})" if walk.field and walk.field.description else ""
        example = walk.example()
        sample = f", ví dụ: {name}: {example}" if example else ""
        return f"thiếu trường bắt buộc '{name}'{described}{sample}"
    if kind in _EXPECTED:
        shown = f"'{raw}'" if raw is not None else "một giá trị khác loại"
        example = walk.example()
        sample = f", ví dụ: {name}: {example}" if example else ""
        return f"trường '{name}' phải là {_EXPECTED[kind]}{sample}; đang là {shown}"
    if kind == "string_pattern_mismatch":
        example = walk.example() or ""
        if walk.field and walk.field.description and walk.field.description.startswith("Mã"):
            return (
                f"trường '{name}' phải là mã viết thường không dấu, chỉ gồm a-z, 0-9 và '-', "
                f"ví dụ: {example}; đang là '{raw}'"
            )
        return f"trường '{name}' viết chưa đúng mẫu, ví dụ: {example}; đang là '{raw}'"
    if kind == "too_short" and walk.field is not None and not walk.field.is_required():
        # An optional list written empty: say what goes in it, or that the line can go.
        words = _literals(walk.field.annotation)
        items = f" ({' hoặc '.join(words)})" if words else ""
        described = f" ({walk.field.description})" if walk.field.description else ""
        return f"trường '{name}' là danh sách rỗng{described}; hãy ghi ít nhất một mục{items}, hoặc bỏ dòng {name}"
    if kind in ("string_too_short", "too_short"):
        return f"trường '{name}' không được để trống"
    if kind in ("greater_than_equal", "less_than_equal", "greater_than", "less_than"):
        limit = next(iter(error.get("ctx", {}).values()), "")
        if isinstance(limit, int) and limit >= 10_000:
            limit = formatting.number(limit)
        relation = {"greater_than_equal": "≥", "less_than_equal": "≤", "greater_than": ">", "less_than": "<"}[kind]
        return f"trường '{name}' phải {relation} {limit}; đang là {raw}"
    if kind == "string_too_long":
        limit = error.get("ctx", {}).get("max_length", "")
        return f"trường '{name}' dài quá {limit} ký tự; hãy viết ngắn lại"
    if kind in _CUSTOM:  # our own validators: their message is already Vietnamese
        shown = f"; đang là '{raw}'" if kind == "period" and raw is not None else ""
        return f"trường '{name}': {error['msg']}{shown}"
    if kind == "literal_error":  # a fixed word such as names: unpublished: say which
        words = _literals(walk.field.annotation) if walk.field else []
        listed = " hoặc ".join(words)
        near = suggest(raw, words) if raw and len(words) > 1 else None
        hint = f"; có phải ý bạn là '{near}'?" if near else ""
        if words:
            return f"trường '{name}' chỉ nhận {listed}; đang là '{raw}'{hint}"
    return f"trường '{name}' {_OTHER.get(kind, 'có giá trị không hợp lệ')}" + (f"; đang là '{raw}'" if raw else "")


def report(error: ValidationError, model: type[BaseModel], source: SourceMap, problems: Problems) -> None:
    """Add one problem per distinct place pydantic complained about."""
    seen: set[tuple[Any, ...]] = set()
    items = [(item, _Walk(model, item["loc"])) for item in error.errors(include_url=False)]
    # A misspelt key is one mistake: report the misspelling, not also the "missing" field.
    misspelt = {
        (*tuple(walk.path[:-1]), near)
        for item, walk in items
        if item["type"] == "extra_forbidden" and walk.name and (near := suggest(walk.name, walk.allowed))
    }
    for item, walk in items:
        path = tuple(walk.path)
        if any(path[: len(b)] == b for b in source.broken) or path in seen:
            continue
        if item["type"] == "missing" and path in misspelt:
            continue
        seen.add(path)
        if item["type"] == "extra_forbidden":
            where = source.key_at(*path)
        elif item["type"] == "missing":
            where = source.at(*path[:-1])
        else:
            where = source.at(*path)
        code = item["type"].replace("_", "-")
        if item["type"] == "extra_forbidden" and walk.name and is_personal_field(walk.name):
            code = "personal-data"
        problems.error(where, code, _message(item, walk, source))


def validate(model: type[M], data: Any, source: SourceMap, problems: Problems) -> M | None:
    try:
        return model.model_validate(data)
    except ValidationError as error:
        report(error, model, source, problems)
        return None
