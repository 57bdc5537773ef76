"""Thống kê: one page per campaign and period (tables, totals, charts), and an index
with each campaign's headline metrics over its periods."""

from __future__ import annotations

from collections import defaultdict

from bulletin import charts, model, statistics, urls
from bulletin.pages import markup, meta
from bulletin.pages.notice import sample_notice
from bulletin.pages.page import Asset, Page
from bulletin.text import lower_first
from bulletin.pages.statistics import (
    comparison,
    comparison_table,
    partner_heading,
    partner_table,
    totals_table,
    value_text,
)


def _chart_block(svg: str, table: str, download: str) -> str:
    """The chart, its data table beside it, and the chart as a file."""
    return (
        '<div class="bulletin-chart-block" markdown="1">\n\n'
        f'<figure class="bulletin-chart-figure">{svg}</figure>\n\n'
        f"{table}\n\n"
        f'<p class="bulletin-downloads" markdown="span">[Tải biểu đồ (SVG)]({download})</p>\n\n'
        "</div>\n"
    )


def period_page(bulletin: model.Bulletin, stats: statistics.PeriodStats) -> tuple[Page, list[Asset]]:
    name = stats.campaign.doc.name if stats.campaign else "Số liệu chung"
    title = f"Số liệu {name}, giai đoạn {stats.label}"
    path = urls.statistics(stats.campaign, stats.period)
    page = Page(path, meta.base(title, f"Số liệu theo từng hội và tổng cộng, giai đoạn {stats.label}", "statistics"), "")
    body = [sample_notice(bulletin), f"# {markup.text(title)}", ""]
    sources = ", ".join(f"[{markup.text(a.title)}]({page.link_to(urls.article(a))})" for a in stats.articles)
    body += [f"Tổng hợp từ: {sources}.", ""]
    assets: list[Asset] = []
    if stats.totals:
        body += ["## Tổng cộng các hội { #tong-cong }", "", "Tính từ số liệu của từng hội; số có chữ “gần” là số ước tính.", "", totals_table(stats), ""]
    charted = []
    for metric in stats.metrics.values():
        ident = f"bieu-do-{metric.id}"
        drawn = comparison(stats, metric, ident)
        if drawn is None:
            continue
        svg, standalone = drawn
        file = urls.chart(stats.campaign, stats.period, metric.id)
        assets.append(Asset(file, content=standalone.encode("utf-8")))
        charted.append(f"### {markup.text(metric.label)} {{ #{ident} }}\n\n" + _chart_block(svg, comparison_table(stats, metric), page.link_to(file)))
    if charted:
        body += ["## So sánh giữa các hội { #so-sanh }", "", *charted]
    for partner in stats.partners:
        body += [f"## {markup.text(partner_heading(partner.partner))} {{ #{partner.key} }}", "", partner_table(partner, stats.metrics), ""]
    return Page(path, page.meta, "\n".join(body)), assets


def statistics_pages(bulletin: model.Bulletin, periods: list[statistics.PeriodStats]) -> tuple[list[Page], list[Asset]]:
    pages: list[Page] = []
    assets: list[Asset] = []
    index = Page(urls.index(urls.STATISTICS), meta.base("Thống kê", "Số liệu các phong trào theo giai đoạn", "statistics"), "")
    lines = [sample_notice(bulletin), "# Thống kê", ""]
    if not periods:
        lines.append("Chưa có số liệu.")
    by_campaign: dict[str, list[statistics.PeriodStats]] = defaultdict(list)
    for stats in periods:
        by_campaign[stats.campaign.id if stats.campaign else ""].append(stats)
        page, files = period_page(bulletin, stats)
        pages.append(page)
        assets += files
    for campaign_stats in by_campaign.values():
        campaign = campaign_stats[0].campaign
        lines += [f"## {markup.text(campaign.doc.name if campaign else 'Số liệu chung')}", ""]
        for stats in reversed(campaign_stats):
            figures = "; ".join(f"{markup.text(value_text(v, a, m.unit))} ({markup.text(lower_first(m.label))})" for m, v, a in stats.headline())
            link = index.link_to(urls.statistics(stats.campaign, stats.period))
            lines.append(f"- [Giai đoạn {stats.label}]({link})" + (f": {figures}" if figures else ""))
        lines.append("")
        if len(campaign_stats) >= 2:
            lines += _series(campaign_stats, index, assets)
    pages.append(Page(index.path, index.meta, "\n".join(lines)))
    return pages, assets


def _series(campaign_stats: list[statistics.PeriodStats], page: Page, assets: list[Asset]) -> list[str]:
    """Headline metrics across the periods of a campaign."""
    campaign = campaign_stats[0].campaign
    out = []
    metrics = {m.id: m for s in campaign_stats for m in s.metrics.values() if m.headline}
    for metric in metrics.values():
        points = [charts.Bar(label, value, approx) for label, value, approx in statistics.series(campaign_stats, metric.id)]
        if len(points) < 2:
            continue
        ident = f"dien-bien-{campaign.id if campaign else 'chung'}-{metric.id}"
        title = f"{metric.label} qua các giai đoạn ({metric.unit})"
        file = urls.chart(campaign, "dien-bien", metric.id)
        assets.append(Asset(file, content=charts.series_chart(title, metric.unit, points, ident, standalone=True).encode("utf-8")))
        rows = ["| Giai đoạn | Số liệu |", "| --- | ---: |"] + [f"| {p.label} | {markup.text(p.shown)} {markup.text(metric.unit)} |" for p in points]
        out += [f"### {markup.text(title)} {{ #{ident} }}", "", _chart_block(charts.series_chart(title, metric.unit, points, ident), "\n".join(rows), page.link_to(file))]
    return out
