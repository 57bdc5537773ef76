"""Campaign statistics gathered from articles: per period, per partner, with computed totals.

Totals are computed, never typed, and only where adding is honest: `sum_key` is the one rule,
and every page reads the totals and figures made here. Values are added when the metric may be
summed (metrics.yaml: it counts one thing that adds up across partners) and they cover the same
period with the same as-of: "tính đến tháng 5/2024" is never added to a figure for a period, nor
to another month's. A total says that the bulletin computed it from the partners' reports (the
article never said it); if any part is approximate ("gần 6.000") the total is approximate too.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property

from bulletin import model
from bulletin.data import documents as d
from bulletin.vietnamese import formatting

AsOf = str | dt.date | None


@dataclass(frozen=True)
class Value:
    value: int | float
    approximate: bool
    as_of: AsOf
    detail: str | None
    article: model.Article


@dataclass
class PartnerStats:
    partner: d.Organisation | None
    values: dict[str, Value] = field(default_factory=dict)  # metric id -> value, in report order


def period_label(period: str) -> str:
    """ "2019 – 2024" or "2023"."""
    return period.replace("-", " – ")


def period_text(period: str) -> str:
    """ "giai đoạn 2019 – 2024" or "năm 2023"."""
    return f"giai đoạn {period_label(period)}" if "-" in period else f"năm {period}"


def partners_text(partners: tuple[d.Organisation, ...]) -> str:
    """ "3 hội" when every partner is an association, else "3 tổ chức phối hợp"."""
    noun = "hội" if all(p.name.startswith("Hội ") for p in partners) else "tổ chức phối hợp"
    return f"{formatting.number(len(partners))} {noun}"


@dataclass(frozen=True)
class Figure:
    """One number for a metric in a period: a value an article reported, or a total computed here."""

    metric: d.Metric
    value: int | float
    approximate: bool
    period: str
    as_of: AsOf
    partners: tuple[d.Organisation, ...] = ()  # whose reports were added; empty for a reported value

    @property
    def computed(self) -> bool:
        return bool(self.partners)

    @property
    def parts(self) -> int:
        return len(self.partners)

    @property
    def when(self) -> str:
        """What the number covers: "tính đến tháng 5/2024" for a value with an as-of, else its period."""
        return formatting.as_of(self.as_of) if self.as_of else period_text(self.period)

    @property
    def short_when(self) -> str:
        """The same, short enough for a chart's axis: "tính đến tháng 5/2024" or "2019 – 2024"."""
        return formatting.as_of(self.as_of) if self.as_of else period_label(self.period)

    @property
    def source(self) -> str | None:
        """How a computed total came about, in the bulletin's own voice; None for a reported value."""
        return f"tổng do bản tin tính từ số liệu của {partners_text(self.partners)}" if self.partners else None


def sum_key(metric: d.Metric, period: str, value: Value) -> tuple[str, str, AsOf] | None:
    """The one rule for adding figures: values with equal keys measure the same thing over the same
    time and may be added; None when the metric is never added (metrics.yaml says summable: false).

    "2024-05" and a day in May 2024 are different as-ofs: not added, rather than guessed equal.
    """
    return (metric.id, period, value.as_of) if metric.summable else None


@dataclass
class PeriodStats:
    campaign: model.Campaign | None
    period: str  # "2019-2024" or "2023"
    partners: list[PartnerStats] = field(default_factory=list)
    metrics: dict[str, d.Metric] = field(default_factory=dict)
    articles: list[model.Article] = field(default_factory=list)

    @property
    def label(self) -> str:
        return period_label(self.period)

    def partnered(self, metric_id: str) -> list[list[tuple[d.Organisation, Value]]]:
        """Partners' values of a metric, grouped by as-of (first seen first): the values a chart may
        put side by side. Figures of no partner stay out: they may already include the partners'."""
        groups: dict[AsOf, list[tuple[d.Organisation, Value]]] = {}
        for p in self.partners:
            if p.partner and metric_id in p.values:
                value = p.values[metric_id]
                groups.setdefault(value.as_of, []).append((p.partner, value))
        return list(groups.values())

    @cached_property  # read only once gather() has filled the period in
    def totals(self) -> list[Figure]:
        """Every total computed in this period, by metric in report order."""
        result = []
        for metric in self.metrics.values():
            added: dict[tuple[str, str, AsOf], list[tuple[d.Organisation, Value]]] = {}
            for group in self.partnered(metric.id):
                for partner, value in group:
                    if (key := sum_key(metric, self.period, value)) is not None:
                        added.setdefault(key, []).append((partner, value))
            for parts in added.values():
                if len(parts) >= 2:
                    result.append(
                        Figure(
                            metric,
                            sum(v.value for _, v in parts),
                            any(v.approximate for _, v in parts),
                            self.period,
                            parts[0][1].as_of,
                            tuple(p for p, _ in parts),
                        )
                    )
        return result

    def total(self, metric_id: str, as_of: AsOf = None) -> Figure | None:
        return next((t for t in self.totals if t.metric.id == metric_id and t.as_of == as_of), None)

    def figure(self, metric_id: str) -> Figure | None:
        """The period's one figure for a metric: a total that covers every value reported, or the
        only value; None when there are several (a total and a general figure, two as-ofs...)."""
        metric = self.metrics.get(metric_id)
        if metric is None:
            return None
        totals = [t for t in self.totals if t.metric.id == metric_id]
        added = sum(t.parts for t in totals)
        values = [p.values[metric_id] for p in self.partners if metric_id in p.values]
        if len(totals) == 1 and added == len(values):
            return totals[0]
        if not totals and len(values) == 1:
            v = values[0]
            return Figure(metric, v.value, v.approximate, self.period, v.as_of)
        return None

    def headline(self) -> list[Figure]:
        """The figures worth a front page: those of headline metrics."""
        return [
            found
            for metric in self.metrics.values()
            if metric.headline and (found := self.figure(metric.id)) is not None
        ]


def _period_start(period: str) -> int:
    return int(period[:4])


def gather(bulletin: model.Bulletin) -> list[PeriodStats]:
    """Statistics by campaign and period, oldest article first so later reports win."""
    found: dict[tuple[str | None, str], PeriodStats] = {}
    for article in sorted(bulletin.articles, key=lambda a: (a.date, a.id)):
        for group in article.statistics:
            key = (article.campaign.id if article.campaign else None, group.period)
            stats = found.setdefault(key, PeriodStats(article.campaign, group.period))
            if article not in stats.articles:
                stats.articles.append(article)
            partner_key = group.partner.id if group.partner else None
            partner = next((p for p in stats.partners if (p.partner.id if p.partner else None) == partner_key), None)
            if partner is None:
                partner = PartnerStats(group.partner)
                stats.partners.append(partner)
            for item in group.items:
                stats.metrics.setdefault(item.metric.id, item.metric)
                partner.values[item.metric.id] = Value(
                    item.doc.value, item.doc.approximate, item.doc.as_of or group.as_of, item.doc.detail, article
                )
    return sorted(
        found.values(), key=lambda s: (s.campaign.id if s.campaign else "", _period_start(s.period), s.period)
    )


def series(periods: list[PeriodStats], metric_id: str) -> list[Figure]:
    """A metric across the periods of one campaign: each period's one figure, where it has one."""
    return [found for stats in periods if (found := stats.figure(metric_id)) is not None]
