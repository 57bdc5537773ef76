"""Fast paths that must answer as the slow rule does: people._foreign_letter (a regex finds the
candidates, the Unicode name decides) and collation._table_key (composed text by table)."""

from __future__ import annotations

import random
import unicodedata

from bulletin.data.people import _foreign_letter


def _by_name(text: str) -> int | None:
    """The rule as first written: the first letter whose Unicode name is not LATIN."""
    for i, char in enumerate(text):
        if char.isalpha() and not unicodedata.name(char, "").startswith("LATIN"):
            return i
    return None


def test_the_fast_search_finds_what_the_name_rule_finds():
    chars = [chr(c) for c in range(0x20, 0x3000) if not 0xD800 <= c < 0xE000]
    chars += list("ªºµǄⱡＡаοΑ") * 50  # the edge cases near the Latin blocks, often
    rng = random.Random(7)
    for _ in range(30_000):
        text = "".join(rng.choice(chars) for _ in range(rng.randint(1, 8)))
        assert _foreign_letter.__wrapped__(text) == _by_name(text), repr(text)


def test_vietnamese_is_latin_and_look_alikes_are_not():
    assert _foreign_letter("Đặng Thị Hòa, ấp 2, xã Phước Tín") is None
    assert _foreign_letter("Nguyеn") == 4  # Cyrillic е
    assert _foreign_letter("Ο Hà") == 0  # Greek Ο
    assert _foreign_letter("1º") == 1  # the ordinal sign is no letter of a name


def test_collation_by_table_weighs_as_the_decomposed_reading():
    """collation._table_key (composed text, one lookup a character) must give _decomposed_key's
    answer whenever it gives one: letters with every tone, digits, spaces and punctuation."""
    from bulletin.vietnamese.collation import _decomposed_key, _table_key

    alphabet = list('aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯ ,.-()0123456789–“”’"/&\u00a0\t')
    alphabet += list("àảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵÀÁẢÃẠỲÝ")
    alphabet += ["\u0301", "\u0323", "Ω", "中", "٣"]  # what the tables leave to the long way
    rng = random.Random(3)
    answered = 0
    for _ in range(50_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        fast = _table_key(text)
        if fast is not None:
            answered += 1
            assert fast == _decomposed_key(text), repr(text)
    assert answered > 25_000  # the tables do answer most texts
