"""Campaign statistics gathered from articles: per period, per partner, with computed totals.

Totals are computed, never typed: a metric that may be summed (metrics.yaml) and is
reported by two or more partners gets a total; if any part is approximate ("gần 6.000")
the total is approximate too.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property

from bulletin import documents as d
from bulletin import model


@dataclass(frozen=True)
class Value:
    value: int | float
    approximate: bool
    as_of: str | dt.date | None
    detail: str | None
    article: model.Article


@dataclass
class PartnerStats:
    partner: d.Organisation | None
    values: dict[str, Value] = field(default_factory=dict)  # metric id -> value, in report order


@dataclass(frozen=True)
class Total:
    metric: d.Metric
    value: int | float
    approximate: bool
    parts: int


@dataclass
class PeriodStats:
    campaign: model.Campaign | None
    period: str  # "2019-2024" or "2023"
    partners: list[PartnerStats] = field(default_factory=list)
    metrics: dict[str, d.Metric] = field(default_factory=dict)
    articles: list[model.Article] = field(default_factory=list)

    @property
    def label(self) -> str:
        return self.period.replace("-", " – ")

    @cached_property  # read only once gather() has filled the period in
    def totals(self) -> list[Total]:
        result = []
        for metric in self.metrics.values():
            if not metric.summable:
                continue
            parts = [p.values[metric.id] for p in self.partners if p.partner and metric.id in p.values]
            if len(parts) >= 2:
                value = sum(v.value for v in parts)
                result.append(Total(metric, value, any(v.approximate for v in parts), len(parts)))
        return result

    def total(self, metric_id: str) -> Total | None:
        return next((t for t in self.totals if t.metric.id == metric_id), None)

    def figure(self, metric_id: str) -> tuple[int | float, bool] | None:
        """The period's figure for a metric: its total, or its only value; None when neither."""
        if (total := self.total(metric_id)) is not None:
            return total.value, total.approximate
        values = [p.values[metric_id] for p in self.partners if metric_id in p.values]
        return (values[0].value, values[0].approximate) if len(values) == 1 else None

    def headline(self) -> list[tuple[d.Metric, int | float, bool]]:
        """The figures worth a front page: those of headline metrics."""
        return [
            (metric, *found)
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
    return sorted(found.values(), key=lambda s: (s.campaign.id if s.campaign else "", _period_start(s.period), s.period))


def series(periods: list[PeriodStats], metric_id: str) -> list[tuple[str, int | float, bool]]:
    """A metric across the periods of one campaign: its total, or its only value, per period."""
    return [(stats.label, *found) for stats in periods if (found := stats.figure(metric_id)) is not None]
