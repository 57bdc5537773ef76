"""An article as pages show it: its decisions, statistics and ceremony resolved, its placeholders'
values worked out; and what it says of when and by whom it was written (bulletin.model.bylines)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from bulletin.data import documents as d
from bulletin.data.problems import Location
from bulletin.model import bylines
from bulletin.model.campaigns import Campaign
from bulletin.model.decisions import Decision, known_sum
from bulletin.model.from_doc import FromDoc
from bulletin.model.illustrative import ILLUSTRATIVE_ARTICLE, notices
from bulletin.vietnamese import formatting


@dataclass(frozen=True)
class Statistic:
    doc: d.Statistic
    metric: d.Metric

    as_of = FromDoc[str | dt.date | None]()

    value = FromDoc[int | float]()

    # Whether the article says "gần", "khoảng" before the number.
    approximate = FromDoc[bool]()

    detail = FromDoc[str | None]()


@dataclass(frozen=True)
class StatisticGroup:
    partner: d.Organisation | None
    as_of: str | dt.date | None
    items: list[Statistic]
    # "2019-2024" or "2023": the group's own period, else its campaign's, else the article's year.
    period: str


@dataclass(frozen=True)
class Ceremony:
    """The ceremony an article reports, as it says (documents.Ceremony, its organiser resolved)."""

    organiser: d.Organisation | None
    place: str | None
    date: dt.date | None
    part_of_day: str | None

    @property
    def organiser_name(self) -> str | None:
        """The organiser as it was named on the ceremony's day (its current name when undated)."""
        return self.organiser.name_on(self.date) if self.organiser else None

    @property
    def when(self) -> str | None:
        """ "sáng 17/8/2020", "ngày 27/8/2020", or None when the article gives no date."""
        if self.date is None:
            return None
        return f"{self.part_of_day or 'ngày'} {formatting.date_short(self.date)}"


@dataclass(frozen=True)
class Article:
    doc: d.Article
    source: str
    campaign: Campaign | None
    decisions: list[Decision]
    statistics: list[StatisticGroup]
    # Placeholder values ({{ awards.total }} ...) already formatted for display.
    values: dict[str, str]
    title: str
    lead: str
    # Links the body makes to other pages of the site, with where each is written:
    # checked once the pages exist (bulletin.pipeline).
    internal_links: tuple[tuple[str, Location], ...] = ()
    ceremony: Ceremony | None = None

    id = FromDoc[str]()

    date = FromDoc[dt.date]()

    # What pages print of it as the editor wrote it (documents.Article).
    # The Markdown of the story, placeholders unfilled (bulletin.pages.body renders it).
    body = FromDoc[str]()

    figures = FromDoc[list[d.Figure]]()

    # Who wrote it, people and units in order; [] for a reprint that names no author.
    writers = FromDoc[list[d.Author]]()

    @property
    def reprinted_from(self) -> d.Source | None:
        """The newspaper (and address) of the original when the article is a reprint: "Theo Báo Nghệ An"."""
        return self.doc.source

    illustrative = FromDoc[bool]()

    @property
    def moment(self) -> dt.datetime:
        """When it was published, with its time zone (bylines.moment)."""
        return bylines.moment(self.doc)

    @property
    def published(self) -> str:
        """ISO 8601 for <time datetime> and datePublished (bylines.published)."""
        return bylines.published(self.doc)

    @property
    def dateline(self) -> bylines.Dateline:
        return bylines.dateline(self.doc)

    def credit(self, figure: d.Figure) -> str | None:
        """Who took the photo: its own credit, else the article's credit for all its photos."""
        return bylines.credit(figure, self.doc)

    @property
    def notices(self) -> list[str]:
        """The article's own notice when it is fictitious, then its decisions'."""
        own = [ILLUSTRATIVE_ARTICLE] if self.illustrative else []
        return own + notices(self.decisions)

    @property
    def corrections(self) -> list[d.Correction]:
        """ "Đính chính", newest first, as the article shows them."""
        return sorted(self.doc.corrections, key=lambda c: c.date, reverse=True)

    @property
    def modified(self) -> dt.date | None:
        """The last correction's day: the feed's updated date and the structured data's dateModified."""
        return max((c.date for c in self.doc.corrections), default=None)

    @property
    def collective_count(self) -> int | None:
        return known_sum(x.collective_count for x in self.decisions)

    @property
    def individual_count(self) -> int | None:
        return known_sum(x.individual_count for x in self.decisions)

    @property
    def award_total(self) -> int | None:
        return known_sum(x.total for x in self.decisions)
