"""Vietnamese text helpers: normalization, ASCII slugs and diacritic folding; the characters
that must not reach a page or a terminal (hidden, pasted) and how messages show them."""

from __future__ import annotations

import re
import unicodedata

_D = str.maketrans({"đ": "d", "Đ": "D"})
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _ascii_letters() -> dict[int, str | None]:
    """Each precomposed Latin letter as its ASCII letter(s) without marks ("ệ" -> "e"), each
    combining mark deleted: one table lookup per character instead of a normalization."""
    table: dict[int, str | None] = {ord("đ"): "d", ord("Đ"): "D"}
    table |= dict.fromkeys(range(768, 880))
    for code in [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]:
        base = "".join(c for c in unicodedata.normalize("NFD", chr(code)) if not unicodedata.combining(c))
        if base.isascii() and base and chr(code) not in "đĐ":
            table[code] = base
    return table


_ASCII_LETTERS = _ascii_letters()


def strip_marks(text: str) -> str:
    """Remove every Vietnamese diacritic; đ becomes d (it is a letter, not a mark, in Unicode)."""
    if text.isascii():
        return text
    fast = text.translate(_ASCII_LETTERS)
    if fast.isascii():  # Vietnamese, composed or not: the same as the normalization below
        return fast
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
    """ "Buổi tuyên truyền" -> "buổi tuyên truyền", keeping abbreviations such as ANTQ."""
    return text[:1].lower() + text[1:]


# -- characters that must not reach a page or a terminal ------------------------------------

# Spaces and hyphens that word processors paste: shown like ordinary ones, but they stop
# search and sorting from matching. Replaced on load (with a warning), never refused.
PASTED = {"\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u00ad": ""}
_PASTED_TABLE = str.maketrans(PASTED)
# Unicode categories that draw nothing or steer the display: controls (ESC, BEL, CR),
# formatting characters (zero-width, bidirectional overrides), line/paragraph separators,
# private-use, unassigned and surrogate code points.
_HIDDEN_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp", "Co", "Cn", "Cs"})
# Controls have no Unicode name; these are the ones people meet.
_CONTROL_NAMES = {
    0x00: "NULL",
    0x07: "BELL",
    0x08: "BACKSPACE",
    0x09: "CHARACTER TABULATION",
    0x0A: "LINE FEED",
    0x0B: "LINE TABULATION",
    0x0C: "FORM FEED",
    0x0D: "CARRIAGE RETURN",
    0x1B: "ESCAPE",
    0x7F: "DELETE",
    0x85: "NEXT LINE",
    0x9B: "CONTROL SEQUENCE INTRODUCER",
}


# Characters that draw nothing although their category says letter, mark or symbol: the
# Hangul fillers (what "blank" names in chat apps are made of), the combining grapheme joiner,
# Khmer inherent vowels and Mongolian variation selectors (all Default_Ignorable_Code_Point
# in Unicode), and the blank Braille cell. Python calls them printable.
_BLANK = "\u034f\u115f\u1160\u17b4\u17b5\u180b\u180c\u180d\u180f\u2800\u3164\uffa0"
_HAS_BLANK = re.compile(f"[{_BLANK}]")


def _plain(text: str) -> bool:
    """The fast path: nothing hidden, no control, no pasted space."""
    return text.isprintable() and _HAS_BLANK.search(text) is None


def is_hidden(char: str) -> bool:
    """True for a character that is invisible or controls the display (see _HIDDEN_CATEGORIES, _BLANK)."""
    return unicodedata.category(char) in _HIDDEN_CATEGORIES or char in _BLANK


def char_name(char: str) -> str:
    """ "U+202E (RIGHT-TO-LEFT OVERRIDE)": how a message names a character it cannot show."""
    code = ord(char)
    name = unicodedata.name(char, None) or _CONTROL_NAMES.get(code)
    return f"U+{code:04X} ({name})" if name else f"U+{code:04X}"


def hidden_characters(text: str, multiline: bool = False) -> list[int]:
    """Offsets of characters a text value may not hold; line breaks and tabs only where text spans lines."""
    if _plain(text):
        return []
    allowed = "\n\t" if multiline else ""
    if multiline and _plain(text.replace("\n", "").replace("\t", "")):
        return []
    return [i for i, c in enumerate(text) if c not in PASTED and c not in allowed and is_hidden(c)]


def pasted_characters(text: str) -> list[int]:
    """Offsets of non-breaking spaces and soft hyphens."""
    if text.isprintable() or not any(c in text for c in PASTED):
        return []
    return [i for i, c in enumerate(text) if c in PASTED]


def unpaste(text: str) -> str:
    """Non-breaking spaces become spaces; soft hyphens are dropped."""
    return text.translate(_PASTED_TABLE)


def escape_hidden(text: str) -> str:
    """Show hidden and control characters as escapes (\\x1b, \\u202e) so a terminal never acts on them."""
    if _plain(text):
        return text
    out = []
    for c in text:
        if c == " " or not (is_hidden(c) or c in PASTED or unicodedata.category(c) == "Zs"):
            out.append(c)
        elif ord(c) < 0x100:
            out.append(f"\\x{ord(c):02x}")
        elif ord(c) < 0x10000:
            out.append(f"\\u{ord(c):04x}")
        else:
            out.append(f"\\U{ord(c):08x}")
    return "".join(out)


def place_beyond(name: str, locality: str | None) -> str | None:
    """The part of a collective's locality that its name does not already say:
    "Tổ bảo vệ an ninh, trật tự ở cơ sở thôn 3, xã Y" in "thôn 3, xã Y, tỉnh X" -> "tỉnh X";
    None when the name says it all. Only leading parts go, so what is left still reads top down."""
    if not locality:
        return None
    parts = [p.strip() for p in locality.split(",") if p.strip()]
    while parts and re.search(rf"(?<!\w){re.escape(parts[0])}(?!\w)", name):
        parts.pop(0)
    return ", ".join(parts) or None


def post_in(position: str | None, unit: str | None) -> str | None:
    """A post and its unit as a reader says them, the unit's kind said once: "Trưởng Công an huyện"
    in "Công an huyện Đồng Phú" -> "Trưởng Công an huyện Đồng Phú"; "Phó Trưởng phòng" in
    "Phòng Tham mưu" -> "Phó Trưởng phòng Tham mưu"; "Giám đốc Công an tỉnh" in "Công an tỉnh"
    -> the post alone; "Cán bộ" in "Đội An ninh" -> "Cán bộ, Đội An ninh". The words the two share
    are where the post's last words begin the unit's name."""
    if not position or not unit:
        return position or unit
    post, place = position.split(), unit.split()
    folded = [w.casefold() for w in post]
    if folded[-len(place) :] == [w.casefold() for w in place]:
        return position  # "Giám đốc Công an tỉnh" of "Công an tỉnh": the post names its unit
    for shared in range(min(len(post), len(place) - 1), 0, -1):
        if [w.casefold() for w in post[-shared:]] == [w.casefold() for w in place[:shared]]:
            return " ".join(post + place[shared:])
    return f"{position}, {unit}"
