"""The front page (templates/home.html), laid out as Vietnamese news sites lay out theirs: a lead
story with its photo, a grid of recent stories, then the sections that show what is new: Vinh danh
(the latest decisions) and Thống kê (the headline figures of the latest campaign, each said with
its period and what it is computed from). Everything here is computed from the data, never typed.
"""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass

from bulletin import model, urls
from bulletin.data import placeholders
from bulletin.model import statistics, tally
from bulletin.pages import meta, parts, recipients
from bulletin.pages.figures import figure_label
from bulletin.pages.page import Page
from bulletin.pages.render import render_page
from bulletin.vietnamese import formatting

# The lead is the newest story with a photo among the newest LEAD_WINDOW: a front page leads with a
# picture, but not with a story older than the few latest (then the newest leads, without one).
LEAD_WINDOW = 3
# Recent stories under the lead: 6 fill whole rows of 1, 2 and 3 columns (phones, tablets, desktops).
RECENT = 6
LATEST_DECISIONS = 5
# Articles named as the source of a group of figures; more are counted, the statistics page lists them.
SOURCES_SHOWN = 3
# How wide the lead's photo shows (bulletin/theme/assets/bulletin.css, "front"): the column on phones,
# three fifths of the page beside its headline from 45em on.
LEAD_WIDTH = "(max-width: 45em) 100vw, (max-width: 60em) 60vw, 40rem"


@dataclass(frozen=True)
class Lead:
    """The lead story and its photo (the article's first figure), when it has one."""

    article: model.Article
    picture: parts.Picture | None
    alt: str


@dataclass(frozen=True)
class Sourced:
    """Figures, (value, label) pairs, and what they are computed from, as a line under them:
    "tính từ 5 quyết định ...", or "số liệu nêu trong bài" and the articles (headline, docs path, day)."""

    figures: list[tuple[str, str]]
    text: str
    articles: tuple[tuple[str, str, str], ...] = ()
    more: int = 0  # articles not named


@dataclass(frozen=True)
class FigureGroup:
    """ "Khen thưởng trong phong trào, giai đoạn 2019 – 2024": its figures by source (usually one),
    and the page that shows them all (link text, docs path)."""

    title: str
    parts: list[Sourced]
    see: tuple[str, str]


def lead_story(articles: list[model.Article]) -> model.Article | None:
    """The newest article with a photo among the newest LEAD_WINDOW, else the newest (or none)."""
    window = articles[:LEAD_WINDOW]
    return next((a for a in window if a.figures), window[0] if window else None)


def recent_stories(articles: list[model.Article], lead: model.Article | None) -> list[model.Article]:
    """The RECENT newest articles after the lead, newest first."""
    return [a for a in articles[: RECENT + 1] if a is not lead][:RECENT]


def latest_decisions(bulletin: model.Bulletin, count: int = LATEST_DECISIONS) -> list[model.Decision]:
    """The newest `count` decisions in Vinh danh's order (newest day first, highest rank first
    within a day): every decision of the days they fall on is ranked before the list is cut."""
    newest = bulletin.decisions_newest_first
    day = bulletin.decision_day
    if len(newest) > count:
        last = day(newest[count - 1]) or dt.date.min
        newest = list(itertools.takewhile(lambda x: (day(x) or dt.date.min) >= last, newest))
    return recipients.by_day_then_rank(newest, day)[:count]


def award_figures(counts: tally.Tally) -> list[tuple[str, str]]:
    """What the decisions add up to, honestly: sums of the counts the sources gave, "ít nhất" when
    some decisions gave none (and how many), a kind left out when it is zero."""
    n = formatting.number

    def bound(missing: int) -> str:
        return "ít nhất " if missing else ""

    figures = []
    if counts.collectives and counts.individuals:
        figures.append((bound(counts.unknown) + n(counts.everyone), "tập thể, cá nhân được khen thưởng"))
    if counts.collectives:
        figures.append((bound(counts.missing_collectives) + n(counts.collectives), "tập thể"))
    if counts.individuals:
        figures.append((bound(counts.missing_individuals) + n(counts.individuals), "cá nhân"))
    figures.append((n(counts.decisions), "quyết định khen thưởng"))
    if not counts.complete:
        figures.append(
            (
                n(counts.unknown),
                "quyết định không công bố đủ số lượng" if counts.partial else "quyết định không công bố số lượng",
            )
        )
    return figures


def award_group(bulletin: model.Bulletin, campaign: model.Campaign) -> FigureGroup | None:
    """The latest campaign's honours, added up from its decisions (a revoked one is left out, and said)."""
    _, decisions = bulletin.by_campaign[campaign.id]
    if not decisions:
        return None
    standing = [x for x in decisions if not x.revoked]
    figures = award_figures(tally.tally(standing))
    if revoked := len(decisions) - len(standing):
        figures.append((formatting.number(revoked), "quyết định đã bị hủy bỏ (không tính ở các số trên)"))
    days = sorted(d for x in decisions if (d := bulletin.decision_day(x)))
    text = f"tính từ {formatting.number(len(decisions))} quyết định khen thưởng của phong trào đăng trên bản tin"
    if days:
        text += (
            f", ngày {formatting.date_short(days[0])}"
            if days[0] == days[-1]
            else (f", từ ngày {formatting.date_short(days[0])} đến ngày {formatting.date_short(days[-1])}")
        )
    title = f"Khen thưởng trong phong trào, {tally.period_phrase(campaign.period_key)}"
    return FigureGroup(title, [Sourced(figures, text + ".")], ("Xem danh sách quyết định", urls.campaign(campaign)))


def figure_articles(stats: statistics.PeriodStats, figure: statistics.Figure) -> list[model.Article]:
    """The articles whose reports make `figure`: the partners' it adds up, or the one it repeats."""
    metric = figure.metric.id
    found = []
    for p in stats.partners:
        value = p.values.get(metric)
        if value is None or value.as_of != figure.as_of:
            continue
        if figure.computed and p.partner not in figure.partners:
            continue
        if value.article not in found:
            found.append(value.article)
    return found


def statistics_group(stats: statistics.PeriodStats) -> FigureGroup | None:
    """The period's headline figures, by the articles they come from (usually one)."""
    by_source: dict[tuple[str, ...], tuple[list[model.Article], list[tuple[str, str]]]] = {}
    for figure in stats.headline():
        articles = sorted(figure_articles(stats, figure), key=lambda a: (a.date, a.id), reverse=True)
        shown = (formatting.quantity(figure.value, figure.approximate), figure_label(figure, stats.period))
        by_source.setdefault(tuple(a.id for a in articles), (articles, []))[1].append(shown)
    if not by_source:
        return None
    when = statistics.period_text(stats.period)
    parts = [_from_articles(figures, articles) for articles, figures in by_source.values()]
    return FigureGroup(
        f"Kết quả phong trào, {when}", parts, (f"Xem số liệu {when}", urls.statistics(stats.campaign, stats.period))
    )


def _from_articles(figures: list[tuple[str, str]], articles: list[model.Article]) -> Sourced:
    shown = articles[:SOURCES_SHOWN]
    named = tuple((a.title, urls.article(a), formatting.date_short(a.date)) for a in shown)
    noun = "bài" if len(articles) == 1 else f"{formatting.number(len(articles))} bài"
    return Sourced(figures, f"số liệu nêu trong {noun}", named, len(articles) - len(shown))


def headline_groups(
    bulletin: model.Bulletin, periods: list[statistics.PeriodStats]
) -> tuple[model.Campaign | None, list[FigureGroup]]:
    """The latest campaign (of the newest article that has one) and its figures: honours from its
    decisions, then the headline statistics of its latest period."""
    campaign = bulletin.latest_campaign
    if campaign is None:
        return None, []
    groups = [g] if (g := award_group(bulletin, campaign)) else []
    for stats in [s for s in periods if s.campaign is campaign][-1:]:
        groups += [g] if (g := statistics_group(stats)) else []
    return campaign, groups


def home_page(bulletin: model.Bulletin, periods: list[statistics.PeriodStats]) -> Page:
    site = bulletin.site
    page = Page(urls.HOME, meta.base(site.title, site.tagline or site.title, "home"), "")
    lead = lead_story(bulletin.articles)
    campaign, groups = headline_groups(bulletin, periods)
    return render_page(
        page,
        bulletin,
        "home.html",
        lead=_lead(page, bulletin, lead) if lead else None,
        recent=recent_stories(bulletin.articles, lead),
        more_news=len(bulletin.articles) > RECENT + 1,
        decisions=latest_decisions(bulletin),
        decision_count=len(bulletin.decisions),
        campaign=campaign,
        groups=groups,
    )


def _lead(page: Page, bulletin: model.Bulletin, article: model.Article) -> Lead:
    figures = article.figures
    if not figures:
        return Lead(article, None, "")
    first = figures[0]
    # The alt text's placeholders filled in as the article's own page fills them (pages.article.figure).
    alt = placeholders.render(first.alt, lambda name: article.values.get(name, ""))
    return Lead(article, parts.picture(page, bulletin.images, first.image, LEAD_WIDTH), alt)
