"""The bulletin as the pages see it: references resolved, figures computed from data."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from bulletin import documents as d

DEFAULT_SAMPLE_NOTICE = (
    "Dữ liệu minh họa: tên người, đơn vị trong các danh sách khen thưởng trên trang này "
    "chỉ mang tính minh họa, không phải danh sách thật."
)


@dataclass(frozen=True)
class Campaign:
    doc: d.Campaign
    source: str

    @property
    def id(self) -> str:
        return self.doc.id

    @property
    def period(self) -> str:
        return f"{self.doc.start_year} – {self.doc.end_year}"


@dataclass(frozen=True)
class Decision:
    doc: d.Decision
    source: str
    issuer: d.Organisation
    form: d.Form
    campaign: Campaign | None

    @property
    def id(self) -> str:
        return self.doc.id

    @property
    def collective_count(self) -> int:
        """Names when entered, otherwise the published count."""
        if self.doc.collectives:
            return len(self.doc.collectives)
        return (self.doc.counts.collectives if self.doc.counts else None) or 0

    @property
    def individual_count(self) -> int:
        if self.doc.individuals:
            return len(self.doc.individuals)
        return (self.doc.counts.individuals if self.doc.counts else None) or 0

    @property
    def total(self) -> int:
        return self.collective_count + self.individual_count


@dataclass(frozen=True)
class Statistic:
    doc: d.Statistic
    metric: d.Metric

    @property
    def as_of(self) -> str | None:
        return self.doc.as_of


@dataclass(frozen=True)
class StatisticGroup:
    partner: d.Organisation | None
    as_of: str | None
    items: list[Statistic]


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

    @property
    def id(self) -> str:
        return self.doc.id

    @property
    def date(self) -> dt.date:
        return self.doc.date

    @property
    def collective_count(self) -> int:
        return sum(x.collective_count for x in self.decisions)

    @property
    def individual_count(self) -> int:
        return sum(x.individual_count for x in self.decisions)

    @property
    def award_total(self) -> int:
        return sum(x.total for x in self.decisions)


@dataclass
class Bulletin:
    site: d.Site
    organisations: dict[str, d.Organisation]
    forms: dict[str, d.Form]
    metrics: dict[str, d.Metric]
    campaigns: dict[str, Campaign]
    decisions: dict[str, Decision]
    # Newest first, as readers expect.
    articles: list[Article] = field(default_factory=list)
    media: set[str] = field(default_factory=set)

    @property
    def sample_notice(self) -> str | None:
        if not self.site.sample:
            return None
        return self.site.sample_notice or DEFAULT_SAMPLE_NOTICE
