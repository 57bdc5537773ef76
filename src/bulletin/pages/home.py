"""The front page: headline figures of the latest campaign, then the latest articles as cards
(templates/home.html)."""

from __future__ import annotations

from bulletin import formatting, model, statistics, tally, urls
from bulletin.pages import meta, parts
from bulletin.pages.listing import PAGE_SIZE
from bulletin.pages.page import Page
from bulletin.pages.render import render_page
from bulletin.text import lower_first


def headline_figures(bulletin: model.Bulletin, periods: list[statistics.PeriodStats]) -> list[tuple[str, str]]:
    """(value, label) computed from the latest campaign's decisions and statistics, never typed."""
    campaign = bulletin.latest_campaign
    if campaign is None:
        return []
    articles, decisions = bulletin.by_campaign[campaign.id]
    # A revoked decision's awards no longer hold: not in "được khen thưởng", but said to be left out.
    standing = [x for x in decisions if not x.revoked]
    figures = award_figures(tally.tally(standing))
    if revoked := len(decisions) - len(standing):
        figures.append((formatting.number(revoked), "quyết định đã bị hủy bỏ (không tính ở các số trên)"))
    latest = [s for s in periods if s.campaign is campaign][-1:]
    for stats in latest:
        figures += [(formatting.quantity(f.value, f.approximate), figure_label(f)) for f in stats.headline()]
    return figures


def figure_label(figure: statistics.Figure) -> str:
    """"buổi tuyên truyền, giai đoạn 2019 – 2024 (tổng do bản tin tính từ số liệu của 3 hội)", or
    "mô hình ..., tính đến tháng 5/2024": what the number covers, and who added it up."""
    label = f"{lower_first(figure.metric.label)}, {figure.when}"
    return f"{label} ({figure.source})" if figure.source else label


def award_figures(counts: tally.Tally) -> list[tuple[str, str]]:
    """What the decisions add up to, honestly: sums of the counts the sources gave, "ít nhất" when
    some decisions gave none (and how many), a kind left out when it is zero."""
    n = formatting.number

    def bound(missing: int) -> str:
        return "ít nhất " if missing else ""

    figures = []
    if counts.collectives and counts.individuals:
        figures.append((bound(counts.unknown) + n(counts.collectives + counts.individuals), "tập thể, cá nhân được khen thưởng"))
    if counts.collectives:
        figures.append((bound(counts.missing_collectives) + n(counts.collectives), "tập thể"))
    if counts.individuals:
        figures.append((bound(counts.missing_individuals) + n(counts.individuals), "cá nhân"))
    figures.append((n(counts.decisions), "quyết định khen thưởng"))
    if not counts.complete:
        figures.append((n(counts.unknown), "quyết định không công bố đủ số lượng" if counts.partial else "quyết định không công bố số lượng"))
    return figures


def home_page(bulletin: model.Bulletin, periods: list[statistics.PeriodStats]) -> Page:
    site = bulletin.site
    page = Page(urls.HOME, meta.base(site.title, site.tagline or site.title, "home"), "")
    groups = parts.chunks(bulletin.articles, PAGE_SIZE)
    return render_page(
        page,
        bulletin,
        "home.html",
        campaign=bulletin.latest_campaign,
        figures=headline_figures(bulletin, periods),
        articles=groups[0],
        pager=parts.pager(urls.NEWS, 1, len(groups), first=urls.HOME),
    )
