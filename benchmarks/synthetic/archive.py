"""One archive being made: its single random stream, the bodies that issue, the ids taken, and
the order of the steps. Every draw comes from one random.Random(seed) in a fixed order, so the
same seed makes the same archive; a step moved, added or removed changes every later draw."""

from __future__ import annotations

import datetime as dt
import random

from bulletin.data import documents as d
from bulletin.vietnamese.text import slugify

from . import articles, decisions, media, statistics, wording
from .dates import CAMPAIGN_YEARS, FIRST_YEAR, LAST_YEAR, REFORM_END
from .names import Weighted
from .people import REPEAT_SHARE, SECTOR_CODE, SECTORS, People, Person
from .places import geography
from .records import Article, Campaign, Decision
from .vocabulary import ORGANISATIONS

# District councils (UBND cấp huyện) that issue Giấy khen in their district's articles, by their place
# in places.py; they ended with the district level, succeeded by new commune councils. One district
# became a town: (its new kind, the last day of the old name); its council issues only before then,
# while the recipients' localities name the district as places.py writes it.
_COUNCILS = {3: ("thị xã", dt.date(2022, 3, 31)), 4: None, 5: None, 8: None}
# Room for "-n" when an id is taken already.
_ID_ROOM = d.MAX_ID_LENGTH - 8


class Archive:
    def __init__(self, articles: int, seed: int):
        self.rng = random.Random(seed)
        self.n = articles
        self.districts = geography()
        self.campaigns = [Campaign(s, e) for s, e in CAMPAIGN_YEARS]
        self.people = People(self.rng, self.districts)
        # organisations.yaml, highest first, as the core reads it (names through time, end, successors).
        self.organisations: dict[str, d.Organisation] = {}
        for row in ORGANISATIONS:
            self.add_organisation(*row)
        for district in self.districts:
            self.add_organisation(
                district.police_id, district.police, district.police, "Trưởng", "huyen", "thu-truong-don-vi"
            )
        self.district_of_org = {district.police_id: i for i, district in enumerate(self.districts)}
        self.councils: dict[int, str] = {}
        self.add_councils()
        self.ids: set[str] = set()
        self.pool: dict[tuple[str, int], list[Person]] = {}
        self.pool_by_sector: dict[str, list[Person]] = {s: [] for s in SECTORS}
        self.yearly: statistics.Yearly = {}
        self.articles: list[Article] = []
        self.decisions: list[Decision] = []

    def build(self) -> None:
        self.make_pool()
        self.articles = articles.plan(self)
        for article in self.articles:
            decisions.build(self, article)
            article.statistics, article.models = statistics.draw(self.rng, self.yearly, article.date.year)
            article.figures = media.figures(self.rng, article.kind)
        decisions.number(self)
        for article in self.articles:
            article.ident = articles.ident(self, article)
            articles.journalism(self, article)
        decisions.revoke(self)
        articles.correct(self)
        decisions.remove(self)
        for article in self.articles:
            wording.compose(self, article)

    def add_organisation(
        self,
        ident: str,
        name: str,
        short: str,
        head: str | None,
        level: str,
        authority: str,
        names: tuple[d.FormerName, ...] = (),
        ended: dt.date | None = None,
        successors: tuple[str, ...] = (),
    ) -> None:
        self.organisations[ident] = d.Organisation(
            id=ident,
            name=name,
            short_name=short,
            head=head,
            level=level,
            authority=authority,
            names=list(names),
            ended=ended,
            successors=list(successors),
        )

    def add_councils(self) -> None:
        """District councils, ended with the district level, and the commune councils that succeeded them."""
        for index, renamed in _COUNCILS.items():
            district = self.districts[index]
            kind = renamed[0] if renamed else district.kind
            ident = f"ubnd-{slugify(f'{kind} {district.name}')}"
            # A town's communes became wards.
            successors = [f"{'xã' if kind == 'huyện' else 'phường'} {c.name}" for c in district.communes[:2]]
            former = (d.FormerName(name=f"Ủy ban nhân dân {district.full}", until=renamed[1]),) if renamed else ()
            self.add_organisation(
                ident,
                f"Ủy ban nhân dân {kind} {district.name}",
                f"UBND {kind} {district.name}",
                "Chủ tịch",
                "huyen",
                "chu-tich-ubnd-huyen",
                names=former,
                ended=REFORM_END,
                successors=tuple(f"ubnd-{slugify(full)}" for full in successors),
            )
            for full in successors:
                self.add_organisation(
                    f"ubnd-{slugify(full)}",
                    f"Ủy ban nhân dân {full}",
                    f"UBND {full}",
                    "Chủ tịch",
                    "xa",
                    "chu-tich-ubnd-xa",
                )
            self.councils[index] = ident
            self.district_of_org[ident] = index

    def council_for(self, article: Article) -> list[str]:
        """The article's district council, while it bore the name the recipients' localities use."""
        ident = self.councils.get(article.district) if article.district is not None else None
        if ident is None:
            return []
        former = self.organisations[ident].names
        return [] if former and article.date > former[0].until else [ident]

    def office(self, ident: str, day: dt.date | None = None) -> str:
        """Who decides: "Giám đốc Công an tỉnh", or the body itself, named as on `day`."""
        return self.organisations[ident].office(day=day)

    def unique_id(self, base: str, *alternatives: str) -> str:
        """`base`, else the first free alternative, else `base-2`, `base-3`..."""
        candidates = [a[:_ID_ROOM].rstrip("-") for a in (base, *alternatives)]
        base = candidates[0]
        for candidate in candidates:
            if candidate and candidate not in self.ids:
                self.ids.add(candidate)
                return candidate
        n = 2
        while f"{base}-{n}" in self.ids:
            n += 1
        self.ids.add(f"{base}-{n}")
        return f"{base}-{n}"

    def campaign_for(self, year: int) -> Campaign:
        return next(c for c in self.campaigns if c.start <= year <= c.end)

    def make_pool(self) -> None:
        """The people honoured again, under ids, by sector and district."""
        expected_individuals = self.n * 70 * 0.66
        size = max(24, round(expected_individuals * REPEAT_SHARE / 4))
        sector_pick = Weighted((("police", 45), ("nong-dan", 17), ("phu-nu", 15), ("ccb", 12), ("citizen", 11)))
        for _ in range(size):
            sector = sector_pick.pick(self.rng)
            district = self.rng.randrange(len(self.districts))
            person = self.people.person(sector, district)
            base = f"{slugify(person.name)}-{SECTOR_CODE[sector]}-{slugify(person.place)}"
            person.ident = self.unique_id(base)
            person.rank_year = self.rng.randint(FIRST_YEAR, LAST_YEAR)
            self.pool.setdefault((sector, district), []).append(person)
            self.pool_by_sector[sector].append(person)
