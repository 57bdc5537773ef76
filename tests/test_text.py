"""Vietnamese text, numbers and dates."""

import datetime as dt
import unicodedata

import pytest

from bulletin.vietnamese import formatting, text
from bulletin.vietnamese.text import fold, slugify


def test_slug_keeps_d_from_dd():
    assert slugify("Đội Cảnh sát Đắk Lắk") == "doi-canh-sat-dak-lak"


def test_slug_from_decomposed_text_matches_composed():
    assert slugify(unicodedata.normalize("NFD", "Hòa Bình")) == slugify("Hòa Bình") == "hoa-binh"


def test_slug_is_ascii_with_single_separators():
    assert slugify("  72 tập thể, cá nhân – giai đoạn 2019 – 2024 ") == "72-tap-the-ca-nhan-giai-doan-2019-2024"


def test_fold_ignores_case_marks_and_tone_placement():
    assert fold("Hoà") == fold("hòa") == fold("HOA") == "hoa"
    assert fold("Thuỷ") == fold("thủy") == "thuy"


def test_numbers_use_dot_for_thousands_and_comma_for_decimals():
    assert formatting.number(6063) == "6.063"
    assert formatting.number(308817) == "308.817"
    assert formatting.number(2.5) == "2,5"
    assert formatting.quantity(6000, approximate=True) == "gần 6.000"


def test_dates_the_vietnamese_way():
    day = dt.date(2024, 6, 26)
    assert formatting.date_short(day) == "26/6/2024"
    assert formatting.date_long(day) == "Thứ Tư, 26/6/2024"
    assert formatting.as_of("2024-05") == "tính đến tháng 5/2024"


def test_strip_marks_reads_as_the_unicode_normalization_does():
    """The table (one lookup per character) and Unicode's decomposition agree on every Latin letter,
    composed or not, and on what is not Vietnamese."""
    import unicodedata

    def reference(value: str) -> str:
        decomposed = unicodedata.normalize("NFD", value.replace("đ", "d").replace("Đ", "D"))
        return "".join(c for c in decomposed if not unicodedata.combining(c))

    letters = [chr(c) for c in [*range(0x20, 0x7F), *range(0xA0, 0x250), *range(0x1E00, 0x1F00)]]
    samples = [*letters, "Đinh Công Thiệp", "Nguyễn Thị Hoà", "é", "Ω ά", "中文", "Ngô Quang Đăng̣"]
    for value in samples:
        assert text.strip_marks(value) == reference(value), repr(value)


@pytest.mark.parametrize(
    "position,unit,said",
    [
        ("Trưởng Công an huyện", "Công an huyện Đồng Phú", "Trưởng Công an huyện Đồng Phú"),
        ("Phó Trưởng phòng", "Phòng Tham mưu", "Phó Trưởng phòng Tham mưu"),
        ("Trưởng Công an xã", "Công an xã Long Bình, huyện Phú Riềng", "Trưởng Công an xã Long Bình, huyện Phú Riềng"),
        ("Giám đốc Công an tỉnh", "Công an tỉnh", "Giám đốc Công an tỉnh"),
        ("Cán bộ", "Đội An ninh", "Cán bộ, Đội An ninh"),
        ("Đội trưởng", "Đội An ninh", "Đội trưởng, Đội An ninh"),  # a word alike, not the unit's start
        ("Hội viên", None, "Hội viên"),
        (None, "Công an tỉnh", "Công an tỉnh"),
        (None, None, None),
    ],
)
def test_a_post_names_its_unit_once(position, unit, said):
    from bulletin.vietnamese.text import post_in

    assert post_in(position, unit) == said
