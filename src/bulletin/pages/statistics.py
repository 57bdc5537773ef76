"""Statistics on pages: figure cards in an article, tables and charts on statistics pages."""

from __future__ import annotations

from bulletin import charts, formatting, model, statistics, urls
from bulletin.pages import markup
from bulletin.pages.page import Page

GENERAL = "Số liệu chung"


def partner_heading(partner: model.d.Organisation | None) -> str:
    return f"Phối hợp với {partner.name}" if partner else GENERAL


def value_text(value: int | float, approximate: bool, unit: str) -> str:
    return f"{formatting.quantity(value, approximate)} {unit}"


def figure_cards(article: model.Article, page: Page) -> str:
    """The article's statistics as figures a reader scans, each linked to its statistics page."""
    out = []
    for group in article.statistics:
        heading = partner_heading(group.partner)
        if group.as_of:
            heading += f" ({formatting.as_of(group.as_of)})"
        target = page.link_to(urls.statistics(article.campaign, group.period)) + "#" + (
            group.partner.id if group.partner else "chung"
        )
        out += [f"### {markup.text(heading)}", "", '<ul class="bulletin-stats" markdown="1">']
        for item in group.items:
            detail = item.doc.detail
            if detail and detail.startswith(item.metric.unit + " "):
                # The article's own words already carry the unit: "308.817 lượt cán bộ, hội viên..."
                number = markup.text(formatting.quantity(item.doc.value, item.doc.approximate))
                caption = markup.text(detail)
            else:
                number = markup.text(value_text(item.doc.value, item.doc.approximate, item.metric.unit))
                caption = markup.text(detail or item.metric.label)
            if item.as_of and item.as_of != group.as_of:
                caption += f" ({formatting.as_of(item.as_of)})"
            key = f"{group.partner.id if group.partner else 'chung'}/{item.metric.id}"
            out.append(f'<li markdown="span" data-stat="{key}">[**{number}** {caption}]({target})</li>')
        out += ["</ul>", ""]
    return "\n".join(out)


def partner_table(partner: statistics.PartnerStats, metrics: dict[str, model.d.Metric]) -> str:
    rows = ["| Chỉ tiêu | Số liệu | Theo lời bài viết |", "| --- | ---: | --- |"]
    for metric_id, value in partner.values.items():
        metric = metrics[metric_id]
        shown = value_text(value.value, value.approximate, metric.unit)
        if value.as_of:
            shown += f" ({formatting.as_of(value.as_of)})"
        rows.append(f"| {markup.text(metric.label)} | {markup.text(shown)} | {markup.text(value.detail or '')} |")
    return "\n".join(rows)


def totals_table(stats: statistics.PeriodStats) -> str:
    rows = ["| Chỉ tiêu | Tổng cộng | Số hội báo cáo |", "| --- | ---: | ---: |"]
    for total in stats.totals:
        shown = value_text(total.value, total.approximate, total.metric.unit)
        rows.append(f"| {markup.text(total.metric.label)} | **{markup.text(shown)}** | {total.parts} |")
    return "\n".join(rows)


def comparison(stats: statistics.PeriodStats, metric: model.d.Metric, ident: str) -> tuple[str, str] | None:
    """A bar chart comparing partners on one metric, when two or more report it:
    (inline SVG styled by the site, standalone SVG file)."""
    bars = [
        charts.Bar(p.partner.name, p.values[metric.id].value, p.values[metric.id].approximate)
        for p in stats.partners
        if p.partner and metric.id in p.values
    ]
    if len(bars) < 2:
        return None
    title = f"{metric.label} theo từng hội, giai đoạn {stats.label} ({metric.unit})"
    return charts.bar_chart(title, metric.unit, bars, ident), charts.bar_chart(title, metric.unit, bars, ident, True)


def comparison_table(stats: statistics.PeriodStats, metric: model.d.Metric) -> str:
    rows = ["| Hội | Số liệu |", "| --- | ---: |"]
    for p in stats.partners:
        if p.partner and metric.id in p.values:
            v = p.values[metric.id]
            rows.append(f"| {markup.text(p.partner.name)} | {markup.text(value_text(v.value, v.approximate, metric.unit))} |")
    if (total := stats.total(metric.id)) is not None:
        rows.append(f"| **Tổng cộng** | **{markup.text(value_text(total.value, total.approximate, metric.unit))}** |")
    return "\n".join(rows)
