"""Who is honoured: people and collectives of the police, the three associations and the public,
each placed in a commune; an ordinary person's folded name and unit appear nowhere else."""

from __future__ import annotations

import random
from dataclasses import dataclass

from bulletin.vietnamese.text import fold

from .dates import FIRST_YEAR
from .names import name as draw_name
from .places import POLICE_TEAMS, PROVINCE_DEPARTMENTS, Commune, District

RANKS = (
    "Hạ sĩ",
    "Trung sĩ",
    "Thượng sĩ",
    "Thiếu úy",
    "Trung úy",
    "Thượng úy",
    "Đại úy",
    "Thiếu tá",
    "Trung tá",
    "Thượng tá",
    "Đại tá",
)
_R = {rank: i for i, rank in enumerate(RANKS)}
# Share of individual awards that go to someone honoured again, under a stable id.
REPEAT_SHARE = 0.15
SECTORS = ("police", "nong-dan", "phu-nu", "ccb", "citizen")
SECTOR_CODE = {"police": "ca", "nong-dan": "hnd", "phu-nu": "hpn", "ccb": "ccb", "citizen": "dan"}
_GENDER_MALE = {"police": 0.82, "nong-dan": 0.62, "phu-nu": 0.0, "ccb": 0.9, "citizen": 0.6}
_ASSOCIATION = {"nong-dan": "Hội Nông dân", "phu-nu": "Hội Liên hiệp Phụ nữ", "ccb": "Hội Cựu chiến binh"}
_BRANCH = {"nong-dan": "Chi hội Nông dân", "phu-nu": "Chi hội Phụ nữ", "ccb": "Chi hội Cựu chiến binh"}
_WOMEN_TEAMS = ("Tổ tự quản phụ nữ", "Tổ truyền thông cộng đồng")

# (position, unit, rank range, place): `place` is where an id says the person serves.
Role = tuple[str, str, tuple[int, int], str]


@dataclass
class Person:
    """Who an individual award names; `ident` only for people honoured again."""

    name: str
    given: str | None
    sector: str
    district: int
    position: str
    unit: str | None
    locality: str | None
    rank_range: tuple[int, int] | None = None
    rank: int | None = None
    ident: str | None = None
    # Where the person serves or lives, for ids: a commune, a district or "tinh".
    place: str = ""
    # Year of `rank`, for people honoured again: promoted every four years.
    rank_year: int = FIRST_YEAR

    @property
    def key(self) -> tuple[str, str]:
        return fold(self.name), fold(self.unit or self.locality or "")

    def record(self, year: int) -> dict[str, str]:
        """The decision's entry for this person in `year`."""
        out: dict[str, str] = {}
        if self.ident:
            out["id"] = self.ident
        out["name"] = self.name
        if self.given:
            out["given"] = self.given
        if self.rank is not None and self.rank_range is not None:
            low, high = self.rank_range
            rank = self.rank + ((year - self.rank_year) // 4 if self.ident else 0)
            out["rank"] = RANKS[max(low, min(high, rank))]
        out["position"] = self.position
        if self.unit:
            out["unit"] = self.unit
        if self.locality:
            out["locality"] = self.locality
        return out


class People:
    """Makes people and collectives; keeps ordinary people unique by folded name and unit."""

    def __init__(self, rng: random.Random, districts: list[District]):
        self.rng = rng
        self.districts = districts
        self.taken: set[tuple[str, str]] = set()

    def _police_role(self, d: District, c: Commune) -> Role:
        rng = self.rng
        level = rng.random()
        if level < 0.62:
            unit = f"Công an {c.full}, {d.full}"
            roll = rng.random()
            if roll < 0.15:
                return "Chiến sĩ", unit, (_R["Hạ sĩ"], _R["Thượng sĩ"]), c.name
            if roll < 0.72:
                return "Cán bộ", unit, (_R["Thiếu úy"], _R["Đại úy"]), c.name
            if roll < 0.92:
                return f"Phó Trưởng Công an {c.kind}", unit, (_R["Thượng úy"], _R["Thiếu tá"]), c.name
            return f"Trưởng Công an {c.kind}", unit, (_R["Đại úy"], _R["Trung tá"]), c.name
        if level < 0.9:
            roll = rng.random()
            if roll < 0.08:
                return f"Phó Trưởng Công an {d.kind}", d.police, (_R["Thiếu tá"], _R["Thượng tá"]), d.name
            unit = f"{rng.choice(POLICE_TEAMS)}, {d.police}"
            if roll < 0.75:
                return "Cán bộ", unit, (_R["Thiếu úy"], _R["Thiếu tá"]), d.name
            if roll < 0.92:
                return "Phó Đội trưởng", unit, (_R["Đại úy"], _R["Thiếu tá"]), d.name
            return "Đội trưởng", unit, (_R["Thiếu tá"], _R["Trung tá"]), d.name
        unit = f"{rng.choice(PROVINCE_DEPARTMENTS)}, Công an tỉnh"
        roll = rng.random()
        if roll < 0.75:
            return "Cán bộ", unit, (_R["Thiếu úy"], _R["Trung tá"]), "tinh"
        if roll < 0.93:
            return "Phó Trưởng phòng", unit, (_R["Thiếu tá"], _R["Thượng tá"]), "tinh"
        return "Trưởng phòng", unit, (_R["Trung tá"], _R["Đại tá"]), "tinh"

    def _role(
        self, sector: str, d: District, c: Commune
    ) -> tuple[str, str | None, str | None, tuple[int, int] | None, str]:
        """(position, unit, locality, rank range, place) for someone of `sector` living in commune `c`."""
        rng = self.rng
        hamlet = rng.choice(c.hamlets)
        if sector == "police":
            position, unit, ranks, place = self._police_role(d, c)
            return position, unit, None, ranks, place
        if sector == "citizen":
            head = "Trưởng ấp" if hamlet.startswith("ấp") else "Trưởng khu phố"
            position = rng.choice(
                (
                    head,
                    "Tổ trưởng Tổ tự quản an ninh trật tự",
                    "Thành viên Tổ tự quản an ninh trật tự",
                    "Công dân",
                    "Công dân",
                    "Bảo vệ dân phố" if c.kind == "phường" else "Công dân",
                )
            )
            return position, None, f"{hamlet}, {c.locality}", None, c.name
        association, branch = _ASSOCIATION[sector], _BRANCH[sector]
        roll = rng.random()
        if roll < 0.6:
            return f"Hội viên {association}", None, c.locality, None, c.name
        if roll < 0.8:
            return f"Chi hội trưởng {branch} {hamlet}", None, c.locality, None, c.name
        if sector == "phu-nu" and roll < 0.9:
            team = rng.choice(_WOMEN_TEAMS)
            return f"Tổ trưởng {team} {hamlet}", None, c.locality, None, c.name
        title = "Chủ tịch" if roll < 0.93 else "Phó Chủ tịch"
        return f"{title} {association} {c.kind}", f"{association} {c.full}, {d.full}", None, None, c.name

    def person(self, sector: str, district: int) -> Person:
        """Someone whose folded name and unit appear nowhere else in the archive."""
        rng = self.rng
        d = self.districts[district]
        while True:
            c = rng.choice(d.communes)
            position, unit, locality, ranks, place = self._role(sector, d, c)
            for _ in range(8):
                gender = "m" if rng.random() < _GENDER_MALE[sector] else "f"
                name, given = draw_name(rng, gender)
                person = Person(name, given, sector, district, position, unit, locality, ranks, place=place)
                if person.key not in self.taken:
                    self.taken.add(person.key)
                    if ranks:
                        person.rank = rng.randint(*ranks)
                    return person

    def collective(self, sector: str, district: int) -> tuple[str, str | None]:
        """(name, locality) of a unit, an association's branch or a neighbourhood team."""
        rng = self.rng
        d = self.districts[district]
        c = rng.choice(d.communes)
        hamlet = rng.choice(c.hamlets)
        roll = rng.random()
        if sector == "police":
            if roll < 0.72:
                return f"Công an {c.full}, {d.full}", c.locality
            if roll < 0.93:
                return f"{rng.choice(POLICE_TEAMS)}, {d.police}", None
            return f"{rng.choice(PROVINCE_DEPARTMENTS)}, Công an tỉnh", None
        if sector == "citizen":
            if roll < 0.7:
                return f"Tổ tự quản an ninh trật tự {hamlet}, {c.full}", c.locality
            return f"Ban Chỉ đạo phong trào toàn dân bảo vệ ANTQ {c.full}, {d.full}", c.locality
        association, branch = _ASSOCIATION[sector], _BRANCH[sector]
        if roll < 0.55:
            return f"{association} {c.full}, {d.full}", c.locality
        if sector == "phu-nu" and roll < 0.8:
            team = rng.choice(_WOMEN_TEAMS)
            return f"{team} {hamlet}, {c.full}", c.locality
        return f"{branch} {hamlet}, {c.full}", c.locality
