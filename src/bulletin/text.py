"""Vietnamese text helpers: normalization, ASCII slugs and diacritic folding."""

from __future__ import annotations

import re
import unicodedata

_D = str.maketrans({"đ": "d", "Đ": "D"})
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def strip_marks(text: str) -> str:
    """Remove every Vietnamese diacritic; đ becomes d (it is a letter, not a mark, in Unicode)."""
    decomposed = unicodedata.normalize("NFD", text.translate(_D))
    if decomposed.isascii():
        return decomposed
    if _ascii_after_marks(decomposed):
        # The common case, and fast: Vietnamese letters decompose to ASCII plus marks.
        return decomposed.encode("ascii", "ignore").decode("ascii")
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# Anything that is neither ASCII nor a combining diacritical mark.
_NOT_ASCII_OR_MARK = re.compile(r"[^\x00-\x7f\u0300-\u036f]")


def _ascii_after_marks(decomposed: str) -> bool:
    """True when every non-ASCII character is a combining mark (so dropping non-ASCII drops only marks)."""
    return _NOT_ASCII_OR_MARK.search(decomposed) is None


def slugify(value: str, separator: str = "-") -> str:
    """ASCII slug: "Đội Cảnh sát Đắk Lắk" -> "doi-canh-sat-dak-lak".

    Also usable as Python-Markdown's toc `slugify`, whose default drops đ entirely.
    """
    ascii_text = strip_marks(nfc(value)).lower()
    return _NOT_SLUG.sub(separator, ascii_text).strip(separator)


def fold(text: str) -> str:
    """Search and comparison key: no case, no diacritics, either tone placement."""
    return " ".join(strip_marks(nfc(text)).lower().split())


def lower_first(text: str) -> str:
    """"Buổi tuyên truyền" -> "buổi tuyên truyền", keeping abbreviations such as ANTQ."""
    return text[:1].lower() + text[1:]
