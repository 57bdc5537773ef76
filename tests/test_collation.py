"""Vietnamese alphabetical order for names."""

import random
import unicodedata

from bulletin.vietnamese.collation import name_parts, person_key, sort_key


def test_letters_with_marks_follow_their_base_letter():
    expected = ["An", "Ăn", "Ân", "Dũng", "Đức", "Em", "Êm", "Ong", "Ôn", "Ơn", "Uy", "Ưng", "Xuân", "Yến"]
    shuffled = expected[:]
    random.Random(1).shuffle(shuffled)
    assert sorted(shuffled, key=sort_key) == expected
    # The bug being avoided: code-point order puts Ân, Đức, Ôn, Ơn after Z.
    assert sorted(expected).index("Đức") > sorted(expected).index("Yến")


def test_tones_are_a_secondary_difference_in_order():
    expected = ["ma", "mà", "mả", "mã", "má", "mạ", "man"]
    assert sorted(expected, key=sort_key) == expected


def test_old_and_new_tone_placement_and_nfd_sort_together():
    assert sort_key("hoà") == sort_key("hòa")
    assert sort_key("Thuỷ") == sort_key("Thủy")
    assert sort_key(unicodedata.normalize("NFD", "Thiệp")) == sort_key("Thiệp")


def test_people_by_given_then_middle_then_family_name():
    people = [
        ("Nguyễn Văn Ân", None),
        ("Ngô Thị Ẩn", None),
        ("Trần Thị Ánh", None),
        ("Lê Hoàng Bình Minh", "Bình Minh"),
        ("Đặng Văn Đông", None),
        ("Hoàng Phủ Đức", None),
        ("Bùi Quốc Huy", None),
        ("Dương Thị Hoà", None),
        ("Đặng Thị Hòa", None),
        ("Võ Văn Ơn", None),
        ("Châu Thị Ơn", None),
        ("Hồ Ngọc Ưng", None),
        ("Ngô Văn Thuỷ", None),
        ("Đỗ Thị Thủy", None),
        ("Mai Thị Ỷ", None),
        ("Bùi Thị Minh", None),
    ]
    expected = [
        "Trần Thị Ánh",  # a < â
        "Nguyễn Văn Ân",  # Ân (no tone) before Ẩn (hỏi)
        "Ngô Thị Ẩn",
        "Lê Hoàng Bình Minh",  # given name "Bình Minh" sorts under B
        "Đặng Văn Đông",
        "Hoàng Phủ Đức",
        "Dương Thị Hoà",  # hoà = hòa: then by middle (equal), then family: Dương < Đặng
        "Đặng Thị Hòa",
        "Bùi Quốc Huy",
        "Bùi Thị Minh",
        "Châu Thị Ơn",  # Ơn: by middle name, Thị < Văn
        "Võ Văn Ơn",
        "Đỗ Thị Thủy",  # Thuỷ = Thủy: middle Thị < Văn
        "Ngô Văn Thuỷ",
        "Hồ Ngọc Ưng",
        "Mai Thị Ỷ",
    ]
    shuffled = people[:]
    random.Random(7).shuffle(shuffled)
    assert [n for n, g in sorted(shuffled, key=lambda p: person_key(*p))] == expected


def test_name_parts():
    assert name_parts("Đinh Xuân Thiệp") == ("Đinh", "Xuân", "Thiệp")
    assert name_parts("Lê Hoàng Bình Minh", "Bình Minh") == ("Lê", "Hoàng", "Bình Minh")
    assert name_parts("Thiệp") == ("", "", "Thiệp")
