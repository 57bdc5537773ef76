"""Where a line must not break, as a Vietnamese newspaper sets it: a number stays with the word
after it ("6.063 buổi", "26 tháng 6", "72 tập thể"), a range with both its ends ("2019 – 2024"),
and a dash between words with the word before it (a line never starts with "–").

Applied to the text of every built page (bulletin.pages.htmlmin, in the same pass over the parsed
page), so the rule holds for the data's words as for the templates' and never touches markup.
"""

from __future__ import annotations

import re

NBSP = "\u00a0"
# A no-break space alone does not hold after a dash (Unicode line breaking, LB12a: a break is
# allowed after a dash even before a no-break space): a word joiner does.
WORD_JOINER = "\u2060"
HELD_DASH = f"{NBSP}–{WORD_JOINER}{NBSP}"

_DIGIT = re.compile(r"\d")
# A spaced dash between words stays with the word before it ("Thi đua –" / "Khen thưởng"): a
# line never starts with it.
_DASH = re.compile(r"(?<=\S) (?=[–—] )")
# A digit, one space, a letter: the number and its unit (or the word it counts).
_NUMBER_WORD = re.compile(r"(?<=\d) (?=[^\W\d_])")
# "2019 – 2024", "2019 - 2024" and "2019–2024": both ends of a range on one line.
_RANGE = re.compile(r"(?<=\d)(?: ([–-]) |(–))(?=\d)")


def _held_range(match: re.Match[str]) -> str:
    spaced, tight = match.groups()
    return f"{NBSP}{spaced}{WORD_JOINER}{NBSP}" if spaced else f"{tight}{WORD_JOINER}"


def hold(text: str) -> str:
    """`text` with a no-break space (and a word joiner after a dash) wherever a break would part
    a number from its word or a range from its end, or start a line with a dash; otherwise `text` itself."""
    if _DIGIT.search(text) is not None:  # most text nodes have no digit: one scan in C
        text = _NUMBER_WORD.sub(NBSP, _RANGE.sub(_held_range, text))
    if " –" in text or " —" in text:  # after the ranges, which hold their dash their own way
        text = _DASH.sub(NBSP, text)
    return text
