"""Checks for single answers: each returns the value to write, or raises Invalid with the reason
in the editor's words. Limits and patterns are read from the documents' own models, so that
questions and validation agree."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from pydantic import BaseModel
from pydantic_core import PydanticCustomError

from bulletin.data import documents as d
from bulletin.data.documents import addresses, articles
from bulletin.data.validation import suggest
from bulletin.vietnamese.text import slugify


class Invalid(Exception):
    """An answer is not acceptable; the message says why, in the editor's words."""


Check = Callable[[str], str]
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_PERIOD = re.compile(r"\d{4}(-\d{4})?")  # documents.Period


def _bounds(model: type[BaseModel], name: str) -> tuple[int, int]:
    """The model's own limits for a number field, so that questions and validation agree."""
    low, high = -d.MAX_VALUE, d.MAX_VALUE
    for rule in model.model_fields[name].metadata:
        ge: int | None = getattr(rule, "ge", None)
        le: int | None = getattr(rule, "le", None)
        low = ge if ge is not None else low
        high = le if le is not None else high
    return low, high


def _shown(value: str) -> str:
    """A value as it may be echoed to a terminal: control characters escaped, never sent."""
    return quote(value)[1:-1]


def _pattern(model: type[BaseModel], name: str) -> re.Pattern[str]:
    rule = next(r for r in model.model_fields[name].metadata if getattr(r, "pattern", None))
    return re.compile(rule.pattern)


def check_text(label: str) -> Check:
    def check(value: str) -> str:
        if not value.strip():
            raise Invalid(f"{label} không được để trống")
        return value.strip()

    return check


def _model_check(validator: Callable[[str], object]) -> Check:
    """A documents validator as a question's check: its Vietnamese message, asked again."""

    def check(value: str) -> str:
        try:
            validator(value.strip())
        except PydanticCustomError as error:
            raise Invalid(str(error)) from None
        return value.strip()

    return check


check_link = _model_check(addresses.check_link)
check_clock = _model_check(articles.check_clock)


def check_id(value: str) -> str:
    if not value:
        raise Invalid("mã không được để trống")
    if slugify(value) != value:
        hint = f", ví dụ: {slugify(value)}" if slugify(value) else ""
        raise Invalid(f"mã '{_shown(value)}' chỉ được gồm chữ thường không dấu, số và dấu '-'{hint}")
    if len(value) > d.MAX_ID_LENGTH:
        raise Invalid(f"mã dài {len(value)} ký tự; tối đa {d.MAX_ID_LENGTH}")
    return value


def check_choice(label: str, choices: list[str], *, optional: bool = False, defined_in: str = "") -> Check:
    """`defined_in`: the file where a new value belongs ("data/organisations.yaml"), said when none fits."""

    def check(value: str) -> str:
        if optional and value == "-":
            return ""
        if not value:
            raise Invalid(f"{label} không được để trống")
        if value not in choices:
            near = suggest(value, choices)
            hint = f"có phải ý bạn là '{near}'? " if near else ""
            listed = ", ".join(choices) or "(chưa có)"
            where = f"; nếu là mã mới, hãy thêm vào {defined_in} trước" if defined_in else ""
            raise Invalid(f"không có {label} '{_shown(value)}'; {hint}các giá trị hợp lệ: {listed}{where}")
        return value

    return check


def check_date(label: str, today: dt.date) -> Check:
    def check(value: str) -> str:
        try:
            day = dt.date.fromisoformat(value) if _DATE.fullmatch(value) else None
        except ValueError:
            day = None
        if day is None:
            raise Invalid(
                f"{label} '{_shown(value)}' không đúng dạng YYYY-MM-DD hoặc không có ngày này, ví dụ 2024-06-26"
            )
        if day > today:
            raise Invalid(f"{label} {day.isoformat()} ở tương lai; hôm nay là {today.isoformat()}")
        return day.isoformat()

    return check


def check_year(label: str, *, not_before: int | None = None) -> Check:
    low, high = _bounds(d.Campaign, "start_year")

    def check(value: str) -> str:
        if not (value.isascii() and value.isdigit()):
            raise Invalid(f"{label} '{_shown(value)}' phải là số có bốn chữ số, ví dụ 2024")
        number = int(value)
        if not low <= number <= high:
            raise Invalid(f"{label} {number} phải từ {low} đến {high}")
        if not_before is not None and number < not_before:
            raise Invalid(f"{label} {number} không được trước năm bắt đầu {not_before}")
        return str(number)

    return check


def check_number(value: str) -> str:
    if value == "-":
        return ""
    if not _pattern(d.Decision, "number").match(value):
        raise Invalid(f"số quyết định '{_shown(value)}' phải có dạng số/ký hiệu, ví dụ 328/QĐ-UBND")
    return value


def check_count(label: str) -> Check:
    low, high = 0, d.MAX_COUNT

    def check(value: str) -> str:
        if value in ("", "-"):
            return ""
        if not (value.isascii() and value.isdigit()) or not low <= int(value) <= high:
            raise Invalid(f"{label} '{_shown(value)}' phải là số nguyên từ {low} đến {high}, viết liền, ví dụ 12")
        return str(int(value))

    return check


def check_period(value: str) -> str:
    if not _PERIOD.fullmatch(value):
        raise Invalid(f"thời gian đạt thành tích '{_shown(value)}' phải là một năm (2019) hoặc NĂM-NĂM (2019-2024)")
    return value


def quote(value: str) -> str:
    """A YAML double-quoted scalar that loads back as exactly `value`: anything not plainly
    printable is escaped, so the loader's checks see control characters instead of the
    file silently folding or refusing them."""
    out = []
    for char in value:
        if char in '"\\':
            out.append("\\" + char)
        elif char.isprintable() and char not in "\x85\u2028\u2029\ufeff":
            out.append(char)
        else:
            code = ord(char)
            out.append(f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}")
    return '"' + "".join(out) + '"'
