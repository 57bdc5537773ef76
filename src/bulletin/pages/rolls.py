"""Honour rolls: every award by issuer, form of commendation, year and campaign;
one page per recipient with an id (their awards over the years); open-data files."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from bulletin import documents as d
from bulletin import formatting, model, opendata, urls
from bulletin.collation import person_key, sort_key
from bulletin.pages import markup, meta, parts, recipients
from bulletin.pages.notice import sample_notice
from bulletin.pages.page import Asset, Page

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


def ordered(awards: Sequence[model.Award]) -> list[model.Award]:
    """Collectives by name, then individuals by given, middle and family name (Vietnamese order)."""

    def key(award: model.Award) -> tuple:
        person = award.recipient
        if isinstance(person, d.Individual):
            return (1, person_key(person.name, person.given), award.day or "")
        return (0, (sort_key(person.name),), award.day or "")

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


def _line(award: model.Award, page: Page) -> str:
    person = award.recipient
    shown = recipients.individual(person) if isinstance(person, d.Individual) else recipients.collective(person)
    decision = page.link_to(urls.decision(award.decision, award.day)) + "#" + award.anchor
    when = f", {formatting.date_short(award.day)}" if award.day else ""
    line = f"{shown} · [{markup.text(recipients.title(award.decision))}{when}]({decision})"
    if person.id:
        line += f" · [hồ sơ]({page.link_to(urls.profile(person.id))})"
    return line


def downloads(name: str, page: Page) -> str:
    csv_link = page.link_to(urls.download(name, "csv"))
    json_link = page.link_to(urls.download(name, "json"))
    return f'<p class="bulletin-downloads" markdown="span">Tải danh sách: [CSV (Excel)]({csv_link}) · [JSON]({json_link})</p>'


def roll_pages(bulletin: model.Bulletin, roll: Roll) -> list[Page]:
    pages = []
    chunks = parts.chunks(roll.awards, ROLL_PAGE_SIZE)
    section = urls.roll(roll.dimension, roll.key).removesuffix("/index.md")
    for number, chunk in enumerate(chunks, 1):
        title = roll.title if number == 1 else f"{roll.title} – trang {number}"
        count = f"{formatting.number(len(roll.awards))} lượt khen thưởng"
        page = Page(urls.roll(roll.dimension, roll.key, number), meta.base(title, f"{roll.title}: {count}", "roll"), "")
        start = (number - 1) * ROLL_PAGE_SIZE + 1
        body = [sample_notice(bulletin), f"# {markup.text(title)}", "", f"{count}.", "", downloads(roll.download_name, page), ""]
        body += [f"{start}. {_line(chunk[0], page)}"] + [f"1. {_line(a, page)}" for a in chunk[1:]]
        body += ["", parts.pager(page, section, number, len(chunks))]
        pages.append(Page(page.path, page.meta, "\n".join(body)))
    return pages


def roll_index(bulletin: model.Bulletin, all_rolls: list[Roll], page: Page) -> str:
    """Links to every roll, grouped by dimension; used on the Vinh danh page."""
    labels = {"co-quan": "Theo cơ quan khen thưởng", "hinh-thuc": "Theo hình thức", "nam": "Theo năm", "phong-trao": "Theo phong trào"}
    lines = []
    for dimension, label in labels.items():
        found = sorted((r for r in all_rolls if r.dimension == dimension), key=lambda r: r.key, reverse=dimension == "nam")
        if found:
            links = " · ".join(
                f"[{markup.text(r.title.removeprefix('Khen thưởng của ').removeprefix('Khen thưởng năm '))}]"
                f"({page.link_to(urls.roll(r.dimension, r.key))}) ({formatting.number(len(r.awards))})"
                for r in found
            )
            lines.append(f"- **{label}:** {links}")
    return "\n".join(lines) + "\n"


def profile_page(bulletin: model.Bulletin, ident: str, awards: list[model.Award]) -> Page:
    latest = awards[0].recipient
    page = Page(urls.profile(ident), meta.base(latest.name, f"Các lần khen thưởng của {latest.name}", "profile"), "", awards[0].decision.source)
    lines = [sample_notice(bulletin), f"# {markup.text(latest.name)}", ""]
    count = formatting.number(len(awards))
    lines += [f"{count} lần được khen thưởng, mới nhất trước.", ""]
    lines += [f"1. {_line(a, page)}" for a in awards]
    return Page(page.path, page.meta, "\n".join(lines) + "\n", page.source)


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
