"""The province's map before 2025: districts, their communes and hamlets, and police units."""

from __future__ import annotations

from dataclasses import dataclass

from bulletin.vietnamese.text import slugify

# Districts as they were before 2025, with their communes (xã, phường, thị trấn).
_GEOGRAPHY = (
    (
        "thành phố",
        "Đồng Xoài",
        "phường Tân Bình; phường Tân Phú; phường Tân Đồng; phường Tân Xuân; "
        "phường Tân Thiện; phường Tiến Thành; xã Tiến Hưng; xã Tân Thành",
    ),
    (
        "thị xã",
        "Bình Long",
        "phường An Lộc; phường Hưng Chiến; phường Phú Thịnh; phường Phú Đức; xã Thanh Lương; xã Thanh Phú",
    ),
    (
        "thị xã",
        "Phước Long",
        "phường Long Thủy; phường Phước Bình; phường Long Phước; phường Sơn Giang; "
        "phường Thác Mơ; xã Long Giang; xã Phước Tín",
    ),
    (
        "huyện",
        "Chơn Thành",
        "thị trấn Chơn Thành; xã Minh Hưng; xã Minh Long; xã Minh Thành; xã Nha Bích; "
        "xã Minh Lập; xã Quang Minh; xã Thành Tâm",
    ),
    (
        "huyện",
        "Đồng Phú",
        "thị trấn Tân Phú; xã Tân Lập; xã Tân Hòa; xã Tân Lợi; xã Đồng Tâm; xã Tân Phước; "
        "xã Đồng Tiến; xã Thuận Lợi; xã Tân Hưng; xã Thuận Phú; xã Tân Tiến",
    ),
    (
        "huyện",
        "Bù Đăng",
        "thị trấn Đức Phong; xã Đức Liễu; xã Bom Bo; xã Nghĩa Trung; xã Minh Hưng; "
        "xã Đoàn Kết; xã Thống Nhất; xã Đăng Hà; xã Phú Sơn; xã Thọ Sơn; xã Đak Nhau; xã Bình Minh",
    ),
    (
        "huyện",
        "Bù Đốp",
        "thị trấn Thanh Bình; xã Thiện Hưng; xã Hưng Phước; xã Phước Thiện; xã Tân Thành; xã Tân Tiến; xã Thanh Hòa",
    ),
    (
        "huyện",
        "Bù Gia Mập",
        "xã Đak Ơ; xã Bù Gia Mập; xã Phú Nghĩa; xã Đức Hạnh; xã Bình Thắng; xã Đa Kia; xã Phước Minh; xã Phú Văn",
    ),
    (
        "huyện",
        "Lộc Ninh",
        "thị trấn Lộc Ninh; xã Lộc Hiệp; xã Lộc Thạnh; xã Lộc Hưng; xã Lộc Tấn; xã Lộc Thái; "
        "xã Lộc Điền; xã Lộc Quang; xã Lộc Khánh; xã Lộc An; xã Lộc Thịnh",
    ),
    (
        "huyện",
        "Hớn Quản",
        "xã Tân Hưng; xã Thanh An; xã An Phú; xã Minh Đức; xã Tân Khai; xã Đồng Nơ; "
        "xã Phước An; xã Tân Lợi; xã Thanh Bình; xã An Khương; xã Tân Hiệp",
    ),
    (
        "huyện",
        "Phú Riềng",
        "xã Phú Riềng; xã Long Hà; xã Bù Nho; xã Long Tân; xã Long Hưng; xã Phước Tân; "
        "xã Bình Tân; xã Long Bình; xã Bình Sơn; xã Phú Trung",
    ),
)
_NAMED_HAMLETS = (
    "Sóc Ruộng",
    "Bàu Úc",
    "Thạnh Phú",
    "Phú Lạc",
    "Sóc Lớn",
    "Bù Tam",
    "Cây Điệp",
    "Hiệp Hoà",
    "Bến Củi",
    "Tà Teh",
    "Sóc Bế",
    "Đồng Bia",
    "Bàu Ké",
    "Suối Đá",
    "Cần Lê",
    "Thuận Tiến",
    "Bù Ka",
    "Đồi Đá",
    "Chà Là",
    "Ngã Ba",
    "Đắk Son",
    "Quản Lợi",
    "Trảng Cỏ",
    "Bàu Nghé",
    "Cây Khế",
    "Suối Nhung",
)
POLICE_TEAMS = (
    "Đội Cảnh sát hình sự",
    "Đội Cảnh sát quản lý hành chính về trật tự xã hội",
    "Đội Cảnh sát điều tra tội phạm về ma túy",
    "Đội An ninh",
    "Đội Tham mưu",
)
PROVINCE_DEPARTMENTS = (
    "Phòng Tham mưu",
    "Phòng Công tác Đảng và công tác chính trị",
    "Phòng Cảnh sát hình sự",
    "Phòng An ninh nội địa",
    "Phòng Cảnh sát quản lý hành chính về trật tự xã hội",
    "Phòng Cảnh sát điều tra tội phạm về ma túy",
)


@dataclass(frozen=True)
class Commune:
    kind: str  # xã, phường, thị trấn
    name: str
    district_full: str
    hamlets: tuple[str, ...]

    @property
    def full(self) -> str:
        return f"{self.kind} {self.name}"

    @property
    def locality(self) -> str:
        return f"{self.full}, {self.district_full}"


@dataclass(frozen=True)
class District:
    kind: str  # huyện, thị xã, thành phố
    name: str
    communes: tuple[Commune, ...] = ()

    @property
    def full(self) -> str:
        return f"{self.kind} {self.name}"

    @property
    def police(self) -> str:
        return f"Công an {self.full}"

    @property
    def police_id(self) -> str:
        return slugify(self.police)


def geography() -> list[District]:
    """Every district with its communes; a xã has numbered and named hamlets (ấp), a town's
    communes numbered quarters (khu phố). Fixed: no random draw."""
    districts = []
    named = 0
    for kind, name, communes in _GEOGRAPHY:
        district_full = f"{kind} {name}"
        built = []
        for i, entry in enumerate(communes.split("; ")):
            commune_kind, commune_name = (
                entry.split(" ", 1)
                if not entry.startswith("thị trấn")
                else ("thị trấn", entry.removeprefix("thị trấn "))
            )
            if commune_kind == "xã":
                hamlets = [f"ấp {n}" for n in range(1, 4 + (i + len(name)) % 5)]
                hamlets += [f"ấp {_NAMED_HAMLETS[(named + k) % len(_NAMED_HAMLETS)]}" for k in range(2)]
                named += 2
            else:
                hamlets = [f"khu phố {n}" for n in range(1, 4 + (i + len(name)) % 4)]
            built.append(Commune(commune_kind, commune_name, district_full, tuple(hamlets)))
        districts.append(District(kind, name, tuple(built)))
    return districts
