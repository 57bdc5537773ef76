"""Vietnamese personal names, drawn by weight: every letter and tone of the alphabet appears."""

from __future__ import annotations

import random

FAMILY = (
    ("Nguyễn", 30), ("Trần", 11), ("Lê", 9), ("Phạm", 7), ("Hoàng", 4), ("Huỳnh", 4), ("Phan", 4),
    ("Vũ", 3), ("Võ", 3), ("Đặng", 2), ("Bùi", 2), ("Đỗ", 2), ("Hồ", 2), ("Ngô", 2), ("Dương", 1),
    ("Lý", 1), ("Đinh", 1), ("Trương", 1), ("Lương", 1), ("Đoàn", 1), ("Trịnh", 1), ("Mai", 1),
    ("Hà", 1), ("Lâm", 1), ("Cao", 1), ("Tô", 1), ("Quách", 0.5), ("Châu", 0.5), ("Thái", 0.5),
    ("Tạ", 0.5), ("Kiều", 0.5), ("Lưu", 0.5), ("Nông", 0.5), ("Triệu", 0.5), ("Điểu", 0.5),
    ("Thạch", 0.3), ("Lữ", 0.3), ("Âu", 0.3), ("Ưng", 0.2), ("Khổng", 0.2), ("Mạc", 0.2), ("Ông", 0.2),
)
MIDDLE = {
    "m": (
        ("Văn", 40), ("Hữu", 5), ("Đức", 5), ("Minh", 5), ("Quốc", 4), ("Thanh", 4), ("Công", 3),
        ("Xuân", 3), ("Ngọc", 3), ("Hoàng", 3), ("Đình", 3), ("Quang", 3), ("Trọng", 2), ("Tấn", 2),
        ("Thành", 2), ("Anh", 2), ("Bá", 1), ("Duy", 2), ("Hồng", 1), ("Khắc", 1), ("Viết", 1),
        ("Phước", 1), ("Mạnh", 1), ("Tiến", 1), ("Thế", 2), ("Trường", 1), ("Nhật", 1), ("Gia", 1),
        ("Hải", 1), ("Kỳ", 0.5), ("Sỹ", 0.5),
    ),
    "f": (
        ("Thị", 50), ("Ngọc", 5), ("Thanh", 4), ("Thu", 3), ("Kim", 3), ("Mỹ", 2), ("Hồng", 3),
        ("Thúy", 2), ("Bích", 2), ("Diệu", 1), ("Phương", 2), ("Xuân", 2), ("Hoài", 1), ("Thùy", 2),
        ("Ánh", 1), ("Minh", 2), ("Cẩm", 1), ("Tuyết", 1), ("Quỳnh", 1), ("Khánh", 1), ("Bảo", 1),
        ("Lệ", 1), ("Mộng", 1), ("Huyền", 1), ("Yến", 1),
    ),
}
GIVEN = {
    "m": (
        "Hùng Dũng Thắng Bảo Huy Đức Tâm Hải Hiếu Khải Lộc Sĩ Vinh Chiến Đạt Giỏi Ân Ẩn Ấn Ơn Ưng Ước "
        "Đông Tú Tuấn Trung Quân Phúc Phước Quý Sơn Tài Thành Thiện Thịnh Thuận Toàn Trí Trọng Tùng "
        "Việt Vũ Cường Dương Hậu Hiển Hòa Hoà Khoa Khánh Lâm Long Luân Lực Mạnh Nam Nghĩa Nhân Phát "
        "Quang Tín Hưởng Kiên Kỳ Nhẫn Tĩnh Vĩnh Lãm Cảnh Tuyển Thẩm Hợp Lợi Đăng Bình An Anh Bằng Cẩn "
        "Chương Danh Định Được Hưng Khiêm Lễ Mẫn Ngữ Nhựt Phụng Sang Sáng Thông Uy Xuyên Tư Ngạn Thủy"
    ).split(),
    "f": (
        "Hương Ngà Oanh Ơn Quỳnh Yến Lan Mỹ Trang Nhung Hòa Hoà Thủy Thuỷ Thúy Thuý Diệu Ánh Dung Giang "
        "Hà Hạnh Hằng Hiền Huệ Hường Lệ Liên Linh Loan Mai Nga Ngân Ngọc Nguyệt Nhàn Nhã Nhi Phượng "
        "Sương Tâm Thảo Thắm Thơ Thu Thư Tiên Trâm Trinh Tuyết Uyên Vân Xuân Ẩn Diễm Bích Châu Cúc "
        "Đào Gấm Hồng Kiều Lài Lụa Mơ Nở Phấn Ỷ Ý Duyên Hảo Lý Mận Ngọt Nhạn Quyên Thắng Vẽ"
    ).split(),
}
# Given names of two syllables: written in `given` so lists sort by the whole given name.
GIVEN_TWO = {
    "m": ("Bình Minh", "Thiên Ân", "Hải Đăng", "Gia Bảo", "Đăng Khoa", "Trường Giang", "Quốc Bảo"),
    "f": ("Bảo Ngọc", "Khánh Linh", "Minh Thư", "Thanh Tâm", "Phương Thảo", "Ngọc Ánh", "Diễm My"),
}


class Weighted:
    """Weighted choice from a fixed table, by one random draw (one draw, whatever the table)."""

    def __init__(self, table: tuple[tuple[str, float], ...]):
        self.items = [name for name, _ in table]
        self.cumulative = []
        total = 0.0
        for _, weight in table:
            total += weight
            self.cumulative.append(total)
        self.total = total

    def pick(self, rng: random.Random) -> str:
        x = rng.random() * self.total
        lo, hi = 0, len(self.cumulative) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if self.cumulative[mid] <= x:
                lo = mid + 1
            else:
                hi = mid
        return self.items[lo]


_FAMILY = Weighted(FAMILY)
_MIDDLE = {g: Weighted(t) for g, t in MIDDLE.items()}


def name(rng: random.Random, gender: str) -> tuple[str, str | None]:
    """(full name, given when it has two syllables)."""
    family = _FAMILY.pick(rng)
    middle = _MIDDLE[gender].pick(rng)
    if rng.random() < 0.06:
        given = rng.choice(GIVEN_TWO[gender])
        if middle in given.split():
            middle = "Thị" if gender == "f" else "Văn"
        return f"{family} {middle} {given}", given
    return f"{family} {middle} {rng.choice(GIVEN[gender])}", None
