"""What an article prints about who wrote it, where it comes from and when it was published,
in the forms Vietnamese news uses: "Trung Thực – Nguyễn Lân (Công an tỉnh)", "Theo Báo Nghệ An",
"Ảnh: Ngọc Minh", "Thứ Tư, 26/6/2024, 08:30"; and the same facts for the feed and schema.org."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from itertools import groupby
from typing import Any

from bulletin.data import documents as d
from bulletin.vietnamese import formatting
from bulletin.vietnamese.formatting import VIETNAM, zone


def line(authors: list[d.Author]) -> str:
    """The byline: names joined by " – ", a unit in brackets once after the people of that unit
    who follow one another; different groups separated by commas."""
    groups = groupby(authors, key=lambda a: (a.kind, a.unit if a.kind == "person" else id(a)))
    parts = []
    for (_, unit), members in groups:
        names = " – ".join(a.name for a in members)
        parts.append(f"{names} ({unit})" if isinstance(unit, str) else names)
    return ", ".join(parts)


def moment(article: d.Article) -> dt.datetime:
    """When the article was published: its time, or the start of its day, in its time zone."""
    tz = zone(article.timezone) or VIETNAM
    return dt.datetime.combine(article.date, article.time or dt.time(0, 0), tz)


def published(article: d.Article) -> str:
    """ISO 8601 for <time datetime> and datePublished: with the time and offset when the article
    gives a time, the date alone otherwise (no time is made up)."""
    return moment(article).isoformat() if article.time else article.date.isoformat()


@dataclass(frozen=True)
class Dateline:
    iso: str
    text: str


def dateline(article: d.Article) -> Dateline:
    """ "Thứ Tư, 26/6/2024, 08:30"; the offset is printed only outside Vietnam's time zone."""
    text = formatting.date_long(article.date)
    if article.time:
        text += f", {article.time:%H:%M}"
        offset = moment(article).utcoffset()
        if offset is not None and offset != dt.timedelta(hours=7):
            hours = offset.total_seconds() / 3600
            text += f" (GMT{hours:+g})"
    return Dateline(published(article), text)


def credit(figure: d.Figure, article: d.Article) -> str | None:
    """Who took the photo: its own credit, else the article's credit for all its photos."""
    return figure.credit or article.photo_credit


def person_or_unit(author: d.Author) -> dict[str, Any]:
    """schema.org Person (with the unit as affiliation) or Organization."""
    if author.kind == "organisation":
        return {"@type": "Organization", "name": author.name}
    found: dict[str, Any] = {"@type": "Person", "name": author.name}
    if author.unit:
        found["affiliation"] = {"@type": "Organization", "name": author.unit}
    return found


def based_on(source: d.Source) -> dict[str, Any]:
    """The reprinted work (schema.org isBasedOn): its address and the newspaper that published it."""
    work: dict[str, Any] = {"@type": "CreativeWork", "publisher": {"@type": "Organization", "name": source.name}}
    if source.url:
        work["url"] = source.url
    return work
