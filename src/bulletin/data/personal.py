"""Personal identifiers in free text: phone, ID-card and passport numbers, birth dates,
e-mail and home addresses.

The personal data protection law (91/2025/QH15) allows publishing a person's name, rank,
position and unit, never these. `find` is the one detector: people.py refuses what it finds
in recipients and signers, documents (fields) in ids, freetext warns about it in article text
(where a public hotline such as 1800 1768 is legitimate, so numbers are judged by shape).
"""

from __future__ import annotations

import re
import sys
from functools import lru_cache
from typing import Any

from bulletin.data import parsecache
from bulletin.vietnamese import text as text_module
from bulletin.vietnamese.text import strip_marks

PHONE = "số điện thoại"
ID_CARD = "số căn cước/CMND"
PASSPORT = "số hộ chiếu"
BIRTH = "ngày/năm sinh"
EMAIL = "địa chỉ e-mail"
ADDRESS = "địa chỉ nhà riêng"

# A run of digits that may be grouped by spaces, dots, dashes or brackets: "0912.345.678",
# "(028) 3829 1234", "+84 912 345 678", "001 234 567 890".
_NUMBER = re.compile(r"\+?\(?\d(?:[ .\-]?\)?[ .\-]?\(?\d)*")
# Vietnamese thousands grouping ("308.817.000"): a quantity, not an identifier.
_QUANTITY = re.compile(r"[1-9]\d{0,2}(?:\.\d{3})+")
_DIGIT = re.compile(r"\d")
_PASSPORT = re.compile(r"(?<![\w])[A-Z]\d{7}(?![\w])")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# On folded text (no marks, lower case, same length as the original).
_BIRTH = re.compile(
    r"(?<![a-z])(?<!hoc )(?<!ve )(?<!phat )(?<!tai )(?<!san )(?<!hy )(?<!thi )(?<!ky )"
    r"(?:sinh(?: ngay| nam)?|ngay sinh|nam sinh|ngay thang nam sinh|sn|ns)\s*[:.]?\s*"
    r"(?:\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*)?(?:19|20)\d{2}(?!\d)"
)
# The words that start an address without a number (the other forms of _ADDRESS have digits).
_ADDRESS_WORDS = ("dia chi", "thuong tru", "tam tru", "noi o", "cho o", "que quan")
_ADDRESS = re.compile(
    r"(?<![a-z])(?:(?:dia chi|thuong tru|tam tru|noi o|cho o|que quan)\s*(?::|tai\b|o\b|\d)"
    r"|so nha\s*\d|(?:hem|ngo|ngach|kiet)\s*(?:so\s*)?\d)"
)


def _number_kind(span: str) -> str | None:
    digits = "".join(c for c in span if c.isdigit())
    if span.startswith("+84") or (span.startswith("84") and len(digits) in (11, 12) and not _QUANTITY.fullmatch(span)):
        return PHONE if len(digits) in (11, 12) else None
    if _QUANTITY.fullmatch(span):
        return None
    if digits.startswith("0") and len(digits) in (10, 11):
        return PHONE
    if len(digits) == 12 or len(digits) == 9:
        return ID_CARD
    return None


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    folded = strip_marks(char).lower()
    return folded if len(folded) == 1 else char


def _folded(text: str) -> str:
    """Lower case without marks, one character for each of `text` (so offsets carry over)."""
    if text.isascii():
        return text.lower()
    folded = strip_marks(text).lower()
    if len(folded) == len(text):  # Vietnamese: each letter loses its marks, nothing else changes
        return folded
    return "".join(_fold_char(c) for c in text)


def find(text: str) -> list[tuple[int, str]]:
    """(offset, label) of each personal identifier in `text`, in order. An article's body is
    scanned once per content and code (FOUND, on disk): 700 bodies took 0.3 s of every validation."""
    if len(text) < LONG:
        return list(_find(text))
    return list(FOUND.get(text.encode("utf-8"), lambda _: _find(text)))


LONG = 300  # characters: below this, hashing and a cache entry cost more than the scan
_LABELS = frozenset((PHONE, ID_CARD, PASSPORT, BIRTH, EMAIL, ADDRESS))


def _found_from_plain(plain: Any) -> tuple[tuple[int, str], ...]:
    found = tuple((offset, label) for offset, label in plain)
    if not all(type(offset) is int and label in _LABELS for offset, label in found):
        raise ValueError("not a list of findings")
    return found


def _code_version() -> str:
    return parsecache.code_version((sys.modules[__name__], text_module))


FOUND: parsecache.ContentCache[tuple[tuple[int, str], ...]] = parsecache.ContentCache(
    "personal", _code_version, lambda found: [list(x) for x in found], _found_from_plain
)


@lru_cache(maxsize=1 << 16)  # units, places and positions recur across thousands of lines
def _find(text: str) -> tuple[tuple[int, str], ...]:
    found: list[tuple[int, str]] = []
    if _DIGIT.search(text):
        for match in _NUMBER.finditer(text):
            if (kind := _number_kind(match.group())) is not None:
                found.append((match.start(), kind))
        found += [(m.start(), PASSPORT) for m in _PASSPORT.finditer(text)]
    if "@" in text:
        found += [(m.start(), EMAIL) for m in _EMAIL.finditer(text)]
    folded = _folded(text)
    digits = _DIGIT.search(text) is not None
    if digits:  # a birth date always ends with a year
        found += [(m.start(), BIRTH) for m in _BIRTH.finditer(folded)]
    if digits or any(word in folded for word in _ADDRESS_WORDS):  # each way of writing one has either
        found += [(m.start(), ADDRESS) for m in _ADDRESS.finditer(folded)]
    return tuple(sorted(found))


def in_id(ident: str) -> list[tuple[int, str]]:
    """`find` for a slug: its dashes read as spaces ("sinh-nam-1980", "0912-345-678").

    Ids join years with dashes ("tong-ket-2005-2009-1111"): there an ID-card number must be
    one unbroken run of digits."""
    found = find(ident.replace("-", " "))
    return [(i, kind) for i, kind in found if kind != ID_CARD or ident[i : i + 9].isdigit()]


LAW = "không công bố thông tin cá nhân (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15)"
