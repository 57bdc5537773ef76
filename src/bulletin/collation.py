"""Vietnamese alphabetical order (CLDR "vi"): a < ă < â, d < đ, e < ê, o < ô < ơ, u < ư,
tones as a secondary difference in the order none, huyền, hỏi, ngã, sắc, nặng.

Python's default sort compares code points and puts Ân, Đức, Ơn after Z. ICU would do
this, but PyICU needs a compiled ICU on every machine; the rules are short enough to
state here.
"""

from __future__ import annotations

import functools
import unicodedata

# Letters in alphabet order; f, j, w, z appear in foreign names and loanwords.
_ALPHABET = "a ă â b c d đ e ê f g h i j k l m n o ô ơ p q r s t u ư v w x y z".split()
_LETTER_RANK = {letter: rank for rank, letter in enumerate(_ALPHABET, 1)}
# Combining marks that make a new letter (breve, circumflex, horn) ...
_LETTER_MARKS = {"\u0306", "\u0302", "\u031b"}
# ... and the five tones, in collation order after "no tone" (0).
_TONE_RANK = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}

Key = tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...]]


def _letters(text: str) -> list[tuple[str, int, bool]]:
    """(base letter with its letter-forming marks, tone, is upper case) per letter."""
    result: list[tuple[str, int, bool]] = []
    for char in unicodedata.normalize("NFD", text):
        if char in _LETTER_MARKS and result:
            base, tone, upper = result[-1]
            result[-1] = (unicodedata.normalize("NFC", base + char), tone, upper)
        elif char in _TONE_RANK and result:
            base, _, upper = result[-1]
            result[-1] = (base, _TONE_RANK[char], upper)
        elif not unicodedata.combining(char):
            result.append((char.lower(), 0, char.isupper()))
    return result


@functools.lru_cache(maxsize=1 << 18)  # a pure function of the text; names recur in many lists
def sort_key(text: str) -> Key:
    """Primary (letters), secondary (tones, per word) and tertiary (case) levels.

    Tones count per word, not per letter, so "hoà" and "hòa" (old and new tone
    placement) compare equal, as a reader expects.
    """
    letters = _letters(text)
    primary = tuple(_LETTER_RANK.get(base, 1000 + ord(base[0])) for base, _, _ in letters)
    tones: list[int] = []
    word_tone = 0
    for base, tone, _ in letters:
        if base.isspace():
            tones.append(word_tone)
            word_tone = 0
        else:
            word_tone = max(word_tone, tone)
    tones.append(word_tone)
    tertiary = tuple(int(upper) for _, _, upper in letters)
    return primary, tuple(tones), tertiary


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


def person_key(full_name: str, given: str | None = None) -> tuple[Key, Key, Key]:
    """Order of lists of people: given name, then middle name, then family name.

    Each part is compared completely (letters, then tones) before the next, as
    Vietnamese lists group a given name: every Ân comes before every Ẩn.
    """
    family, middle, given_name = name_parts(full_name, given)
    return sort_key(given_name), sort_key(middle), sort_key(family)
