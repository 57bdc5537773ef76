"""{{ name }} placeholders: figures computed from data inside editors' text.

The headline "72 tập thể, cá nhân ..." must never be typed: the editor writes
"{{ awards.total }} tập thể, cá nhân ..." and the total is counted from the decisions.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

PATTERN = re.compile(r"\{\{\s*([^{}]*?)\s*\}\}")


def find(text: str) -> Iterator[tuple[str, int]]:
    """Each placeholder name with the offset where it starts."""
    for match in PATTERN.finditer(text):
        yield match.group(1), match.start()


def render(text: str, value: Callable[[str], str]) -> str:
    return PATTERN.sub(lambda m: value(m.group(1)), text)
