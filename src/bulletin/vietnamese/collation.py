"""Vietnamese alphabetical order (CLDR "vi", numbers by value), as ICU orders it.

Letters: a < ă < â, d < đ, e < ê, o < ô < ơ, u < ư; tones are a secondary difference
in the order none, huyền, hỏi, ngã, sắc, nặng; case is tertiary (lower case first).
Spaces and punctuation come before numbers, numbers before letters, and a run of
digits compares by its value: "Đội 2" < "Đội 10" < "Đội 10A" < "Đội 11", and
"An Bình" < "Anh".

ICU (locale "vi", numeric collation on) does this, but its binding needs ICU's
compiled library on every machine that builds a site; the rules are short enough to
state here, and tests/test_collation_icu.py checks them against ICU itself.
"""

from __future__ import annotations

import functools
import unicodedata

# Letters in alphabet order; f, j, w, z appear in foreign names and loanwords.
_ALPHABET = [
    "a",
    "ă",
    "â",
    "b",
    "c",
    "d",
    "đ",
    "e",
    "ê",
    "f",
    "g",
    "h",
    "i",
    "j",
    "k",
    "l",
    "m",
    "n",
    "o",
    "ô",
    "ơ",
    "p",
    "q",
    "r",
    "s",
    "t",
    "u",
    "ư",
    "v",
    "w",
    "x",
    "y",
    "z",
]
# Combining marks that make a new letter (breve, circumflex, horn) ...
_LETTER_MARKS = {"\u0306", "\u0302", "\u031b"}
# ... and the five tones, in collation order after "no tone" (0).
_TONE_RANK = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}
# Spaces and punctuation in ICU's root order; characters in one group differ only
# at a level below the primary one (a straight and a curly quote), which we ignore.
_PUNCTUATION_GROUPS = [
    "\t",
    "\n",
    "\r",
    " \u00a0",
    "_",
    "-\u2010\u2011",
    "\u2013",
    "\u2014",
    ",",
    ";",
    ":",
    "!",
    "?",
    ".",
    "\u2026",
    "\u00b7",
    "'\u2018\u2019",
    '"\u201c\u201d',
    "\u00ab",
    "\u00bb",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    "\u00a7",
    "\u00b6",
    "@",
    "*",
    "/",
    "\\",
    "&",
    "#",
    "%",
    "\u2022",
    "`",
    "^",
    "\u00b0",
    "\u00a9",
    "\u00ae",
    "+",
    "<",
    "=",
    ">",
    "|",
    "~",
    "$",
    "\u00a3",
    "\u00a5",
    "\u20ab",
    "\u20ac",
    "\u2116",
]

# Primary weights, in bands: punctuation < other symbols < numbers < letters < other scripts.
_OTHER_SYMBOL = 100  # + code point
_NUMBER = 2_000_000  # + count of digits (without leading zeros); the digits follow
_LETTER = 3_000_000  # + rank in _ALPHABET
_OTHER_LETTER = 4_000_000  # + code point

_PUNCTUATION_RANK = {char: rank for rank, group in enumerate(_PUNCTUATION_GROUPS, 1) for char in group}
_LETTER_RANK = {letter: _LETTER + rank for rank, letter in enumerate(_ALPHABET, 1)}
_LETTER_RANK.update({letter.upper(): rank for letter, rank in list(_LETTER_RANK.items())})
# A base letter and a letter-forming mark make one letter: ("a", breve) -> rank of ă.
_MARKED = {
    (unicodedata.normalize("NFD", letter)[0], mark): _LETTER_RANK[letter]
    for letter in _LETTER_RANK
    for mark in _LETTER_MARKS
    if unicodedata.normalize("NFD", letter)[1:] == mark
}

Key = tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...]]


def _symbol_rank(char: str) -> int:
    if char.isspace():
        return _PUNCTUATION_RANK[" "]
    return _PUNCTUATION_RANK.get(char, _OTHER_SYMBOL + ord(char))


@functools.lru_cache(maxsize=1 << 18)  # a pure function of the text; names recur in many lists
def sort_key(text: str) -> Key:
    """Primary (letters, numbers by value), secondary (tones) and tertiary (case) levels.

    The secondary level holds one tone per syllable (a run of letters), not per
    letter, so "hoà" and "hòa", "thuỷ" and "thủy" (old and new tone placement)
    compare equal, as a reader expects.
    """
    return _table_key(text) or _decomposed_key(text)


def _table_key(text: str) -> Key | None:
    """sort_key by one table lookup per character of composed text (_LETTERS, _SYMBOLS), three
    times faster than decomposing it; None for a character the tables lack (a digit other than
    0-9, a mark left uncomposed, another script), which _decomposed_key then reads."""
    primary: list[int] = []
    tones: list[int] = []
    cases: list[int] = []
    digits: list[int] = []
    in_word = False
    for char in text:
        letter = _LETTERS.get(char)
        if letter is not None:
            if digits:
                primary.extend(_number(digits))
                digits = []
            rank, tone, upper = letter
            primary.append(rank)
            cases.append(upper)
            if in_word:
                if tone > tones[-1]:
                    tones[-1] = tone
            else:
                tones.append(tone)
                in_word = True
            continue
        if "0" <= char <= "9":
            digits.append(ord(char) - 48)
            in_word = False
            continue
        symbol = _SYMBOLS.get(char)
        if symbol is None:
            return None
        if digits:
            primary.extend(_number(digits))
            digits = []
        primary.append(symbol)
        in_word = False
    if digits:
        primary.extend(_number(digits))
    return tuple(primary), tuple(tones), tuple(cases)


def _decomposed_key(text: str) -> Key:
    """sort_key the long way, for any text: character by character of its NFD form."""
    primary: list[int] = []
    tones: list[int] = []  # one per run of letters
    cases: list[int] = []  # one per letter: 1 for upper case
    digits: list[int] = []  # the run of digits being read
    base = ""  # the last letter read
    in_word = False
    for char in unicodedata.normalize("NFD", text):
        if in_word and char in _TONE_RANK:
            tones[-1] = max(tones[-1], _TONE_RANK[char])
            continue
        if in_word and char in _LETTER_MARKS:
            primary[-1] = _MARKED.get((base, char), primary[-1])
            continue
        if unicodedata.combining(char):
            continue  # other marks (and marks on no letter) make no difference we keep
        if char.isdecimal():
            digits.append(unicodedata.decimal(char))
            in_word = False
            continue
        if digits:
            primary.extend(_number(digits))
            digits = []
        if char.isalpha():
            base = char
            primary.append(_LETTER_RANK.get(char, _OTHER_LETTER + ord(char.lower())))
            cases.append(int(char.isupper()))
            if not in_word:
                tones.append(0)
                in_word = True
        else:
            primary.append(_symbol_rank(char))
            in_word = False
    if digits:
        primary.extend(_number(digits))
    return tuple(primary), tuple(tones), tuple(cases)


def _tables() -> tuple[dict[str, tuple[int, int, int]], dict[str, int]]:
    """Each composed Latin letter's (primary, tone, upper case), and each ASCII symbol's weight,
    as _decomposed_key weighs them alone."""
    letters: dict[str, tuple[int, int, int]] = {}
    for code in [*range(0x41, 0x5B), *range(0x61, 0x7B), *range(0xC0, 0x250), *range(0x1E00, 0x1F00)]:
        char = chr(code)
        if not char.isalpha():
            continue
        primary, tones, cases = _decomposed_key(char)
        if len(primary) == len(tones) == len(cases) == 1:
            letters[char] = (primary[0], tones[0], cases[0])
    symbols = {
        chr(c): _symbol_rank(chr(c))
        for c in [*range(0x20, 0x7F), 0xA0, 0x2013, 0x2014, 0x201C, 0x201D, 0x2018, 0x2019]
        if not chr(c).isalnum()
    }
    return letters, symbols


def _number(digits: list[int]) -> list[int]:
    """A number by value: its count of digits, then the digits; leading zeros do not count."""
    start = 0
    while start < len(digits) - 1 and digits[start] == 0:
        start += 1
    significant = digits[start:]
    return [_NUMBER + len(significant), *significant]


_LETTERS, _SYMBOLS = _tables()


def name_parts(full_name: str, given: str | None = None) -> tuple[str, str, str]:
    """(family, middle, given) of a Vietnamese personal name.

    The given name is the last word unless the editor states it ("Bình Minh").
    """
    words = full_name.split()
    if given and full_name.endswith(given) and len(given.split()) < len(words):
        given_words = len(given.split())
    else:
        given_words = 1
    if len(words) <= given_words:
        return "", "", full_name
    rest = words[: len(words) - given_words]
    return rest[0], " ".join(rest[1:]), " ".join(words[len(words) - given_words :])


@functools.lru_cache(maxsize=1 << 18)  # the same person is ordered in every roll that lists them
def person_key(full_name: str, given: str | None = None) -> tuple[Key, Key, Key]:
    """Order of lists of people: given name, then middle name, then family name.

    Each part is compared completely (letters, then tones) before the next, as
    Vietnamese lists group a given name: every Ân comes before every Ẩn.
    """
    family, middle, given_name = name_parts(full_name, given)
    return sort_key(given_name), sort_key(middle), sort_key(family)
