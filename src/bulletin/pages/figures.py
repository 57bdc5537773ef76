"""Statistics on pages: figure cards in an article, tables and charts on statistics pages
(statistics.py), and the card keys the conservation check looks for.

Values are formatted here; templates/article.html and statistics_period.html print them.
"""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup

from bulletin import model, urls
from bulletin.model import statistics
from bulletin.outputs import charts
from bulletin.pages.page import Page
from bulletin.vietnamese import formatting
from bulletin.vietnamese.text import lower_first, slugify

# The heading of figures without a campaign or a partner (whose key is urls.GENERAL, "chung").
GENERAL_HEADING = "Số liệu chung"
# The ids of an article page's own sections (templates/article.html), which no figure group's id may take.
AWARDS_HEADING = "khen-thuong"
FIGURES_HEADING = "so-lieu"


def partner_key(partner: model.Organisation | None) -> str:
    """A partner's anchor on a statistics page: its id, or "chung" for figures of no partner."""
    return partner.id if partner else urls.GENERAL


def stat_key(period: str, partner: model.Organisation | None, metric: model.Metric) -> str:
    """What a statistic card carries in data-stat (templates/article.html), and what the
    conservation check (pages/conservation.py) looks for: declared here only.

    The period is part of it: one article may report the same partner and metric for two periods.
    """
    return f"{period}/{partner_key(partner)}/{metric.id}"


def partner_heading(partner: model.Organisation | None) -> str:
    return f"Phối hợp với {partner.name}" if partner else GENERAL_HEADING


def value_text(value: int | float, approximate: bool, unit: str) -> str:
    return f"{formatting.quantity(value, approximate)} {unit}"


def card_caption(unit: str, detail: str | None, label: str) -> str:
    """What follows a card's figure, read on from the number with the unit said once: the
    article's own words as written ("lượt hội viên phụ nữ tham gia"; "hội viên" under unit
    "lượt": "lượt hội viên"), else the metric's label lower-cased ("Buổi tuyên truyền", unit
    "buổi": "buổi tuyên truyền"; "Sổ tay pháp luật", unit "cuốn": "cuốn sổ tay pháp luật")."""
    words = detail
    if not words:
        first = label.split(" ", 1)[0]
        words = label if len(first) > 1 and first.isupper() else lower_first(label)  # "ANTQ" stays
    head = words.casefold()
    if head == unit.casefold() or head.startswith(unit.casefold() + " "):
        return words
    return f"{unit} {words}"


def figure_label(figure: statistics.Figure, heading_period: str | None = None) -> str:
    """What follows a headline figure (front page, Thống kê): "buổi tuyên truyền, giai đoạn 2019 – 2024
    (tổng do bản tin tính từ số liệu của 3 hội)", or "mô hình ..., tính đến tháng 5/2024": what the
    number covers, its unit said once (card_caption), and who added it up. Under a heading that names
    the period (`heading_period`), a figure for that period does not repeat it."""
    label = card_caption(figure.metric.unit, None, figure.metric.label)
    if figure.as_of or figure.period != heading_period:
        label += f", {figure.when}"
    return f"{label} ({figure.source})" if figure.source else label


@dataclass(frozen=True)
class Card:
    key: str
    number: str
    caption: str


@dataclass(frozen=True)
class CardGroup:
    heading: str
    id: str
    href: str
    cards: list[Card]


def unique_id(ident: str, taken: set[str]) -> str:
    """Ids unique in the page, the way Python-Markdown's toc makes them (x, x_1, x_2)."""
    found, n = ident, 0
    while found in taken:
        n += 1
        found = f"{ident}_{n}"
    taken.add(found)
    return found


def figure_groups(article: model.Article, page: Page) -> list[CardGroup]:
    """The article's statistics as figures a reader scans, each linked to its statistics page."""
    periods = {group.period for group in article.statistics}
    taken = {slugify(article.title), FIGURES_HEADING, AWARDS_HEADING, *(x.id for x in article.decisions)}
    groups = []
    for group in article.statistics:
        heading = partner_heading(group.partner)
        if len(periods) > 1:  # the same partner may report for two periods
            heading += f", giai đoạn {group.period.replace('-', ' – ')}"
        if group.as_of:
            heading += f" ({formatting.as_of(group.as_of)})"
        href = page.href(f"{urls.statistics(article.campaign, group.period)}#{partner_key(group.partner)}")
        cards = []
        for item in group.items:
            # The figure alone, then words that read on from it: "6.063" "buổi tuyên truyền".
            number = formatting.quantity(item.value, item.approximate)
            caption = card_caption(item.metric.unit, item.detail, item.metric.label)
            if item.as_of and item.as_of != group.as_of:
                caption += f" ({formatting.as_of(item.as_of)})"
            cards.append(Card(stat_key(group.period, group.partner, item.metric), number, caption))
        groups.append(CardGroup(heading, unique_id(slugify(heading) or FIGURES_HEADING, taken), href, cards))
    return groups


def comparison(
    stats: statistics.PeriodStats,
    metric: model.Metric,
    group: list[tuple[model.Organisation, statistics.Value]],
    ident: str,
) -> tuple[Markup, str] | None:
    """A bar chart comparing partners on one metric, when two or more report it with the same as-of
    (statistics.PeriodStats.partnered): (inline SVG styled by the site, standalone SVG file)."""
    if len(group) < 2:
        return None
    bars = [charts.Bar(partner.name, value.value, value.approximate) for partner, value in group]
    as_of = group[0][1].as_of
    when = formatting.as_of(as_of) if as_of else statistics.period_text(stats.period)
    title = f"{metric.label} theo từng hội, {when} ({metric.unit})"
    # charts.py escapes every label it prints: its SVG is markup of our own.
    inline = Markup(charts.bar_chart(title, metric.unit, bars, ident))
    return inline, charts.bar_chart(title, metric.unit, bars, ident, True)
