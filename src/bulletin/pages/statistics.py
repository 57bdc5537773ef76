"""Thống kê: one page per campaign and period (tables, totals, charts), and an index
with each campaign's headline metrics over its periods (templates/statistics_*.html)."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from markupsafe import Markup

from bulletin import model, urls
from bulletin.model import statistics
from bulletin.outputs import charts
from bulletin.pages import meta
from bulletin.pages.figures import (
    GENERAL_HEADING,
    comparison,
    figure_label,
    partner_heading,
    partner_key,
    unique_id,
    value_text,
)
from bulletin.pages.page import Asset, Page
from bulletin.pages.recipients import in_sentence
from bulletin.pages.render import render_page
from bulletin.vietnamese import formatting
from bulletin.vietnamese.text import slugify


def _as_of_suffix(as_of: statistics.AsOf) -> str:
    return f" ({formatting.as_of(as_of)})" if as_of else ""


def _total_row(total: statistics.Figure) -> dict[str, Any]:
    """A computed total, said to be the bulletin's own sum, with the partners it adds up."""
    return {
        "label": total.metric.label + _as_of_suffix(total.as_of),
        "shown": value_text(total.value, total.approximate, total.metric.unit),
        "source": ", ".join(p.name for p in total.partners),
    }


def period_page(bulletin: model.Bulletin, stats: statistics.PeriodStats) -> tuple[Page, list[Asset]]:
    # "Số liệu phong trào toàn dân ...", or "Số liệu chung" (never "Số liệu Số liệu chung").
    name = f"Số liệu {in_sentence(stats.campaign.name)}" if stats.campaign else GENERAL_HEADING
    title = f"{name}, {statistics.period_text(stats.period)}"
    path = urls.statistics(stats.campaign, stats.period)
    description = f"Số liệu theo từng hội và tổng do bản tin tính, {statistics.period_text(stats.period)}"
    page = Page(path, meta.base(title, description, "statistics"), "")
    totals = [_total_row(t) for t in stats.totals]
    assets: list[Asset] = []
    drawn_charts = []
    for metric in stats.metrics.values():
        for group in stats.partnered(metric.id):
            as_of = group[0][1].as_of
            name = f"{metric.id}-{as_of}" if as_of else metric.id  # one chart per as-of, its own file
            ident = f"bieu-do-{name}"
            drawn = comparison(stats, metric, group, ident)
            if drawn is None:
                continue
            svg, standalone = drawn
            file = urls.chart(stats.campaign, stats.period, name)
            assets.append(Asset(file, content=standalone.encode("utf-8")))
            total = stats.total(metric.id, as_of)
            drawn_charts.append(
                {
                    "label": metric.label + _as_of_suffix(as_of),
                    "id": ident,
                    "svg": svg,
                    "href": page.href(file),
                    "rows": [(p.name, value_text(v.value, v.approximate, metric.unit)) for p, v in group],
                    "total": value_text(total.value, total.approximate, metric.unit) if total else None,
                }
            )
    partners = []
    for partner in stats.partners:
        rows = []
        for metric_id, value in partner.values.items():
            metric = stats.metrics[metric_id]
            shown = value_text(value.value, value.approximate, metric.unit)
            shown += _as_of_suffix(value.as_of)
            rows.append((metric.label, shown, value.detail or ""))
        partners.append(
            {"heading": partner_heading(partner.partner), "key": partner_key(partner.partner), "rows": rows}
        )
    html_page = render_page(
        page,
        bulletin,
        "statistics_period.html",
        title=title,
        stats=stats,
        totals=totals,
        charts=drawn_charts,
        partners=partners,
    )
    return html_page, assets


def statistics_pages(bulletin: model.Bulletin, periods: list[statistics.PeriodStats]) -> tuple[list[Page], list[Asset]]:
    pages: list[Page] = []
    assets: list[Asset] = []
    index = Page(
        urls.index(urls.STATISTICS), meta.base("Thống kê", "Số liệu các phong trào theo giai đoạn", "statistics"), ""
    )
    by_campaign: dict[str, list[statistics.PeriodStats]] = defaultdict(list)
    for stats in periods:
        by_campaign[stats.campaign.id if stats.campaign else ""].append(stats)
        page, files = period_page(bulletin, stats)
        pages.append(page)
        assets += files
    campaigns = []
    taken = {"thong-ke"}
    for campaign_stats in by_campaign.values():
        campaign = campaign_stats[0].campaign
        listed = [
            {
                "label": stats.label,
                "href": index.href(urls.statistics(stats.campaign, stats.period)),
                "figures": [_index_figure(f, stats.period) for f in stats.headline()],
            }
            for stats in reversed(campaign_stats)
        ]
        series = _series(campaign_stats, index, assets) if len(campaign_stats) >= 2 else []
        name = campaign.name if campaign else GENERAL_HEADING
        campaigns.append({"name": name, "id": unique_id(slugify(name), taken), "periods": listed, "series": series})
    pages.append(render_page(index, bulletin, "statistics_index.html", campaigns=campaigns))
    return pages, assets


def _sentence(text: str | None) -> str:
    return text[:1].upper() + text[1:] if text else ""


def _index_figure(figure: statistics.Figure, period: str) -> str:
    """ "13.307 buổi tuyên truyền (tổng do bản tin tính từ số liệu của 3 hội)", "1.134 mô hình ...,
    tính đến tháng 5/2024": as the front page words them, the period being the list item's own."""
    return f"{formatting.quantity(figure.value, figure.approximate)} {figure_label(figure, period)}"


def _series(campaign_stats: list[statistics.PeriodStats], page: Page, assets: list[Asset]) -> list[dict[str, Any]]:
    """Headline metrics across the periods of a campaign."""
    campaign = campaign_stats[0].campaign
    out = []
    metrics = {m.id: m for s in campaign_stats for m in s.metrics.values() if m.headline}
    for metric in metrics.values():
        found = statistics.series(campaign_stats, metric.id)
        points = [charts.Bar(f.short_when, f.value, f.approximate) for f in found]
        if len(points) < 2:
            continue
        ident = f"dien-bien-{urls.campaign_key(campaign)}-{metric.id}"
        title = f"{metric.label} qua các giai đoạn ({metric.unit})"
        file = urls.chart(campaign, "dien-bien", metric.id)
        assets.append(
            Asset(file, content=charts.series_chart(title, metric.unit, points, ident, standalone=True).encode("utf-8"))
        )
        out.append(
            {
                "label": title,
                "id": ident,
                # charts.py escapes every label it prints: its SVG is markup of our own.
                "svg": Markup(charts.series_chart(title, metric.unit, points, ident)),
                "href": page.href(file),
                "rows": [
                    (p.label, f"{p.shown} {metric.unit}", _sentence(f.source))
                    for p, f in zip(points, found, strict=True)
                ],
            }
        )
    return out
