"""Paginated lists: all news, news by year and month, all honour lists
(templates/news.html, archive_year.html, archive_month.html, honours.html)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from bulletin import model, urls
from bulletin.pages import meta, parts, recipients
from bulletin.pages.page import Page
from bulletin.pages.render import render_page
from bulletin.pages.rolls import ALL_AWARDS, DECISIONS, Roll, roll_groups

PAGE_SIZE = 12


def news_pages(bulletin: model.Bulletin) -> list[Page]:
    pages = []
    groups = parts.chunks(bulletin.articles, PAGE_SIZE)
    years = sorted({a.date.year for a in bulletin.articles}, reverse=True)
    for number, chunk in enumerate(groups, 1):
        title = "Tin tức" if number == 1 else f"Tin tức – trang {number}"
        page = Page(urls.index(urls.NEWS, number), meta.base(title, "Tất cả bài viết, mới nhất trước", "news"), "")
        pages.append(render_page(
            page,
            bulletin,
            "news.html",
            title=title,
            years=years,
            articles=chunk,
            pager=parts.pager(urls.NEWS, number, len(groups)),
        ))
    return pages


def archive_pages(bulletin: model.Bulletin) -> list[Page]:
    """A page per year (months listed, articles as a list) and per month (cards)."""
    by_year: dict[int, list[model.Article]] = defaultdict(list)
    by_month: dict[tuple[int, int], list[model.Article]] = defaultdict(list)
    for a in bulletin.articles:
        by_year[a.date.year].append(a)
        by_month[(a.date.year, a.date.month)].append(a)
    pages = []
    for year, articles in by_year.items():
        title = f"Tin tức năm {year}"
        page = Page(urls.year(year), meta.base(title, f"Các bài viết năm {year}", "archive"), "")
        months = [articles[0].date.replace(month=m, day=1) for m in sorted({a.date.month for a in articles}, reverse=True)]
        pages.append(render_page(page, bulletin, "archive_year.html", title=title, months=months, articles=articles))
    for (year, month), articles in by_month.items():
        title = f"Tin tức tháng {month}/{year}"
        page = Page(urls.month(articles[0].date), meta.base(title, f"Các bài viết {title[8:]}", "archive"), "")
        pages.append(render_page(page, bulletin, "archive_month.html", title=title, year=year, articles=articles))
    return pages


def honours_pages(bulletin: model.Bulletin, all_rolls: list[Roll]) -> list[Page]:
    """Vinh danh: the lookup, the honour rolls, then every decision with its counts: an archive of
    many years, dated line by line: newest day first, and within a day highest rank first (recipients.by_day_then_rank)."""
    pages = []
    decisions: Sequence[model.Decision] = recipients.by_day_then_rank(bulletin.decisions_newest_first, bulletin.decision_day)
    groups = parts.chunks(decisions, PAGE_SIZE * 4)
    description = "Các quyết định khen thưởng và danh sách tập thể, cá nhân được khen thưởng"
    for number, chunk in enumerate(groups, 1):
        title = "Vinh danh" if number == 1 else f"Vinh danh – trang {number}"
        page = Page(urls.index(urls.HONOURS, number), meta.base(title, description, "honours"), "")
        pages.append(render_page(
            page,
            bulletin,
            "honours.html",
            title=title,
            description=description,
            first=number == 1,
            named=bool(bulletin.awards),
            lookup=page.href(urls.index(urls.LOOKUP)),
            roll_groups=roll_groups(all_rolls),
            all_awards=ALL_AWARDS,
            all_decisions=DECISIONS,
            decisions=chunk,
            pager=parts.pager(urls.HONOURS, number, len(groups)),
        ))
    return pages
