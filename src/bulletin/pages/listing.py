"""Paginated lists: all news, news by year, all honour lists
(templates/news.html, archive_year.html, honours.html)."""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Callable, Sequence

from bulletin import model, urls
from bulletin.pages import inputs, meta, parts, recipients
from bulletin.pages.page import Page
from bulletin.pages.render import render_page
from bulletin.pages.rolls import Roll, roll_groups

PAGE_SIZE = 12


def news_pages(bulletin: model.Bulletin) -> list[Page]:
    pages = []
    groups = parts.chunks(bulletin.articles, PAGE_SIZE)
    years = sorted({a.date.year for a in bulletin.articles}, reverse=True)
    for number, chunk in enumerate(groups, 1):
        title = "Tin tức" if number == 1 else f"Tin tức – trang {number}"
        page = Page(
            urls.index(urls.NEWS, number),
            meta.base(title, "Tin, bài về thi đua, khen thưởng", "news"),
            "",
            None,
            functools.partial(inputs.articles, chunk),
        )
        pages.append(
            render_page(
                page,
                bulletin,
                "news.html",
                title=title,
                years=years,
                articles=chunk,
                pager=parts.pager(urls.NEWS, number, len(groups)),
            )
        )
    return pages


def archive_pages(bulletin: model.Bulletin) -> list[Page]:
    """A page per year: its months, each a heading with its articles as a list.

    No page per month (until issue 14 there was one, tin-tuc/2024/06/, now a redirect to its heading):
    at 350 synthetic articles 118 month pages held 1 to 8 articles, most 1 to 3, and a year holds
    a few dozen, which one page lists at a glance."""
    by_year: dict[int, dict[int, list[model.Article]]] = defaultdict(lambda: defaultdict(list))
    for a in bulletin.articles:  # newest first: years, months and articles come out in that order
        by_year[a.date.year][a.date.month].append(a)
    pages = []
    for year, by_month in by_year.items():
        title = f"Tin tức năm {year}"
        listed = [a for articles in by_month.values() for a in articles]
        page = Page(
            urls.year(year),
            meta.base(title, f"Các bài viết đăng năm {year}, theo từng tháng", "archive"),
            "",
            None,
            functools.partial(inputs.articles, listed),
        )
        months = [(m, urls.month_anchor(articles[0].date), articles) for m, articles in by_month.items()]
        pages.append(render_page(page, bulletin, "archive_year.html", title=title, year=year, months=months))
    return pages


def honours_pages(bulletin: model.Bulletin, all_rolls: list[Roll]) -> list[Page]:
    """Vinh danh: the lookup, the honour rolls, then every decision with its counts: an archive of
    many years, dated line by line: newest day first, and within a day highest rank first (recipients.by_day_then_rank)."""
    pages = []
    decisions: Sequence[model.Decision] = recipients.by_day_then_rank(
        bulletin.decisions_newest_first, bulletin.decision_day
    )
    groups = parts.chunks(decisions, PAGE_SIZE * 4)
    description = "Các quyết định khen thưởng và danh sách tập thể, cá nhân được khen thưởng"
    grouped = roll_groups(all_rolls)

    @functools.cache
    def layout() -> frozenset[str]:
        """What every page of the list shows from all of it: the order of the decisions, and each roll with its count."""
        return frozenset(
            {
                inputs.fingerprint("decisions", [x.id for x in decisions]),
                inputs.fingerprint("rolls", [(r.dimension, r.key, r.count, r.title, r.top.id) for r in all_rolls]),
            }
        )

    for number, chunk in enumerate(groups, 1):
        title = "Vinh danh" if number == 1 else f"Vinh danh – trang {number}"
        made_from = functools.partial(_honours_inputs, bulletin, chunk, layout)
        page = Page(urls.index(urls.HONOURS, number), meta.base(title, description, "honours"), "", None, made_from)
        pages.append(
            render_page(
                page,
                bulletin,
                "honours.html",
                title=title,
                description=description,
                first=number == 1,
                named=bool(bulletin.awards),
                lookup=page.href(urls.index(urls.LOOKUP)),
                roll_groups=grouped,
                all_awards=urls.ALL_AWARDS,
                all_decisions=urls.DECISIONS,
                decisions=chunk,
                pager=parts.pager(urls.HONOURS, number, len(groups)),
            )
        )
    return pages


def _honours_inputs(
    bulletin: model.Bulletin, shown: Sequence[model.Decision], layout: Callable[[], frozenset[str]]
) -> frozenset[str]:
    return inputs.decision_lines(bulletin, shown) | layout()
