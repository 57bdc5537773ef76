"""What every kind of document is built from: the strict base model, ids, texts, counts, dates.

Ids become file names and addresses, so they are checked for the site's own page names and for
personal data; lengths and years have bounds no real value reaches.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, Field
from pydantic_core import PydanticCustomError

from bulletin import urls
from bulletin.data import personal

MAX_ID_LENGTH = 80
MAX_COUNT = 100_000  # collectives or individuals of one decision
MAX_VALUE = 10**12  # one statistic
FIRST_YEAR, LAST_YEAR = 1945, 2100


class Strict(BaseModel):
    # Strict types: "15" in quotes is text, not a number; unknown keys are errors, not ignored.
    # Surrounding spaces are dropped, so "  " counts as empty (an alt text of spaces is no alt text).
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True, str_strip_whitespace=True)


@lru_cache(maxsize=1 << 16)
def _personal_in_id(value: str) -> tuple[tuple[int, str], ...]:
    """personal.in_id, once per distinct id: a recipient's id recurs in every decision naming them."""
    return tuple(personal.in_id(value))


def _check_id(value: str) -> str:
    """Ids become file names and addresses: not one of the site's own, and nothing personal."""
    problem = _id_problem(value)
    if problem is not None:
        raise PydanticCustomError(*problem)
    return value


@lru_cache(maxsize=1 << 16)
def _id_problem(value: str) -> tuple[str, str, dict[str, Any]] | None:
    """What is wrong with an id, once per distinct id (50,000 ids at 700 articles, most of them
    an issuer's or a recipient's named again and again)."""
    if urls.is_reserved(value):
        return (
            "reserved_id",
            "'{value}' trùng với tên trang của chính trang web (index, trang-2, chung, pagefind...); "
            "hãy chọn mã khác, ví dụ thêm năm hoặc tên đơn vị",
            {"value": value},
        )
    found = _personal_in_id(value)
    if found:
        return (
            "personal_data",
            "'{value}' có {kind}; {law}, mã chỉ gồm tên và đơn vị",
            {"value": value, "kind": found[0][1], "law": personal.LAW},
        )
    return None


def _reserved_schema(schema: dict[str, Any]) -> None:
    names = "|".join(sorted(urls.RESERVED_NAMES))
    schema["not"] = {"pattern": f"^({names}|{urls.PAGE_PREFIX}[0-9]+)$"}


def _id_field(description: str, example: str) -> Any:
    # A field, not a whole Annotated type, so that Id and RecipientId stay types mypy accepts.
    return Field(
        pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$",
        max_length=MAX_ID_LENGTH,
        description=description,
        examples=[example],
        json_schema_extra=_reserved_schema,
    )


Id = Annotated[
    str, _id_field("Mã: chữ thường không dấu, số và dấu '-'", "hoi-nong-dan-tinh"), AfterValidator(_check_id)
]
RecipientId = Annotated[
    str,
    _id_field("Mã hồ sơ: giống nhau cho cùng một người hay đơn vị ở mọi quyết định", "nguyen-van-a-cong-an-xa-a"),
    AfterValidator(_check_id),
]
# Lengths that no real name, title or caption reaches, so that a pasted document or a runaway
# value is an error rather than a page of one name. Bodies have their own limit (bulletin.model.body).
MAX_TEXT = 1_000
MAX_LONG_TEXT = 10_000
Text = Annotated[str, Field(min_length=1, max_length=MAX_TEXT)]
Line = Annotated[str, Field(max_length=MAX_TEXT)]
LongText = Annotated[str, Field(min_length=1, max_length=MAX_LONG_TEXT)]
Count = Annotated[int, Field(ge=0, le=MAX_COUNT, examples=[15])]


def _check_year(value: dt.date) -> dt.date:
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise PydanticCustomError(
            "date_range",
            "năm {year} không hợp lý; ngày phải trong khoảng năm {first} đến {last}",
            {"year": value.year, "first": FIRST_YEAR, "last": LAST_YEAR},
        )
    return value


Date = Annotated[dt.date, AfterValidator(_check_year)]
