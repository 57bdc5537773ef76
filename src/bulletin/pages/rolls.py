"""Honour rolls: every award by issuer, form of commendation, year and campaign;
one page per recipient with an id (their awards over the years); open-data files."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from bulletin import documents as d
from bulletin import formatting, model, opendata, urls
from bulletin.collation import person_key, sort_key
from bulletin.pages import meta, parts, recipients
from bulletin.pages.page import Asset, Page
from bulletin.pages.render import render_page

ROLL_PAGE_SIZE = 200
# The file of every award: open data, and what the lookup's index is built from.
ALL_AWARDS = "tat-ca"


@dataclass(frozen=True)
class Roll:
    """A named list of awards with its own pages and downloads."""

    dimension: str  # co-quan, hinh-thuc, nam, phong-trao
    key: str
    title: str
    awards: list[model.Award]

    @property
    def download_name(self) -> str:
        return f"{self.dimension}/{self.key}"

    @property
    def short_title(self) -> str:
        """The title without what the Vinh danh page's groups already say."""
        return self.title.removeprefix("Khen thưởng của ").removeprefix("Khen thưởng năm ")


def ordered(awards: Sequence[model.Award]) -> list[model.Award]:
    """Collectives by name, then individuals by given, middle and family name (Vietnamese order);
    the same recipient in several decisions: dated awards by date, undated ones last."""

    def key(award: model.Award) -> tuple:
        person = award.recipient
        # Never a date beside a string: (False, day) for dated awards, (True, date.min) for undated.
        when = (award.day is None, award.day or dt.date.min)
        if isinstance(person, d.Individual):
            return (1, person_key(person.name, person.given), when)
        return (0, (sort_key(person.name),), when)

    return sorted(awards, key=key)


def rolls(bulletin: model.Bulletin) -> list[Roll]:
    groups: dict[tuple[str, str], list[model.Award]] = defaultdict(list)
    titles: dict[tuple[str, str], str] = {}
    dimensions: list[tuple[str, Callable[[model.Award], tuple[str, str] | None]]] = [
        ("co-quan", lambda a: (a.decision.issuer.id, f"Khen thưởng của {a.decision.issuer.name}")),
        ("hinh-thuc", lambda a: (a.decision.form.id, a.decision.form.name)),
        ("nam", lambda a: (str(a.year), f"Khen thưởng năm {a.year}") if a.year else None),
        (
            "phong-trao",
            lambda a: (a.decision.campaign.id, f"Khen thưởng: {a.decision.campaign.doc.name}, {a.decision.campaign.period}")
            if a.decision.campaign
            else None,
        ),
    ]
    for award in bulletin.awards:
        for dimension, describe in dimensions:
            found = describe(award)
            if found:
                groups[(dimension, found[0])].append(award)
                titles[(dimension, found[0])] = found[1]
    return [Roll(dim, key, titles[(dim, key)], ordered(awards)) for (dim, key), awards in groups.items()]


def roll_pages(bulletin: model.Bulletin, roll: Roll) -> list[Page]:
    pages = []
    chunks = parts.chunks(roll.awards, ROLL_PAGE_SIZE)
    section = urls.roll(roll.dimension, roll.key).removesuffix("/index.md")
    count = f"{formatting.number(len(roll.awards))} lượt khen thưởng"
    for number, chunk in enumerate(chunks, 1):
        title = roll.title if number == 1 else f"{roll.title} – trang {number}"
        page = Page(urls.roll(roll.dimension, roll.key, number), meta.base(title, f"{roll.title}: {count}", "roll"), "")
        pages.append(render_page(
            page,
            bulletin,
            "roll.html",
            title=title,
            count=count,
            roll=roll,
            start=(number - 1) * ROLL_PAGE_SIZE + 1,
            awards=chunk,
            pager=parts.pager(section, number, len(chunks)),
        ))
    return pages


ROLL_LABELS = {"co-quan": "Theo cơ quan khen thưởng", "hinh-thuc": "Theo hình thức", "nam": "Theo năm", "phong-trao": "Theo phong trào"}


def roll_groups(all_rolls: list[Roll]) -> list[tuple[str, list[Roll]]]:
    """Every roll grouped by dimension, for the Vinh danh page: (label, rolls)."""
    groups = []
    for dimension, label in ROLL_LABELS.items():
        found = sorted((r for r in all_rolls if r.dimension == dimension), key=lambda r: r.key, reverse=dimension == "nam")
        if found:
            groups.append((label, found))
    return groups


def profile_page(bulletin: model.Bulletin, ident: str, awards: list[model.Award]) -> Page:
    latest = awards[0].recipient
    page = Page(urls.profile(ident), meta.base(latest.name, f"Các lần khen thưởng của {latest.name}", "profile"), "", awards[0].decision.source)
    return render_page(page, bulletin, "profile.html", name=latest.name, awards=awards)


def open_data(bulletin: model.Bulletin, all_rolls: list[Roll], all_records: list[dict]) -> list[Asset]:
    """CSV and JSON for every list; `all_records` are the awards' records in bulletin.awards order."""
    files = []
    records = {id(a): record for a, record in zip(bulletin.awards, all_records)}

    def add(name: str, title: str, awards: Sequence[model.Award]) -> None:
        rows = [records[id(a)] for a in awards]
        files.append(Asset(urls.download(name, "csv"), content=opendata.csv_bytes(rows)))
        files.append(Asset(urls.download(name, "json"), content=opendata.json_bytes(title, rows)))

    add(ALL_AWARDS, "Tất cả khen thưởng", bulletin.awards)
    by_decision: dict[str, list[model.Award]] = defaultdict(list)
    for award in bulletin.awards:
        by_decision[award.decision.id].append(award)
    for decision in bulletin.decisions_newest_first:
        add(f"quyet-dinh/{decision.id}", recipients.title(decision), by_decision[decision.id])
    for roll in all_rolls:
        add(roll.download_name, roll.title, roll.awards)
    return files
