"""Paginated lists: all news, news by year and month, all honour lists."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

from bulletin import model, urls
from bulletin.pages import markup, meta, parts
from bulletin.pages.notice import sample_notice
from bulletin.pages.page import Page
from bulletin.pages.rolls import ALL_AWARDS, Roll, downloads, roll_index

PAGE_SIZE = 12


def news_pages(bulletin: model.Bulletin, data_dir: Path) -> list[Page]:
    pages = []
    groups = parts.chunks(bulletin.articles, PAGE_SIZE)
    for number, chunk in enumerate(groups, 1):
        title = "Tin tức" if number == 1 else f"Tin tức – trang {number}"
        page = Page(urls.index(urls.NEWS, number), meta.base(title, "Tất cả bài viết, mới nhất trước", "news"), "")
        body = [sample_notice(bulletin), f"# {title}", "", _archive_links(bulletin, page), ""]
        body += [parts.card_grid(chunk, page, data_dir), parts.pager(page, urls.NEWS, number, len(groups))]
        pages.append(Page(page.path, page.meta, "\n".join(body)))
    return pages


def _archive_links(bulletin: model.Bulletin, page: Page) -> str:
    years = sorted({a.date.year for a in bulletin.articles}, reverse=True)
    links = [f"[{y}]({page.link_to(urls.year(y))})" for y in years]
    return f'<p class="bulletin-archive-links" markdown="span">Lưu trữ theo năm: {" · ".join(links)}</p>'


def archive_pages(bulletin: model.Bulletin, data_dir: Path) -> list[Page]:
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
        months = sorted({a.date.month for a in articles}, reverse=True)
        links = [f"[Tháng {m}]({page.link_to(urls.month(articles[0].date.replace(month=m, day=1)))})" for m in months]
        body = [sample_notice(bulletin), f"# {title}", "", " · ".join(links), "", parts.article_list(articles, page)]
        pages.append(Page(page.path, page.meta, "\n".join(body)))
    for (year, month), articles in by_month.items():
        title = f"Tin tức tháng {month}/{year}"
        page = Page(urls.month(articles[0].date), meta.base(title, f"Các bài viết {title[8:]}", "archive"), "")
        up = f"[← Năm {year}]({page.link_to(urls.year(year))})"
        body = [sample_notice(bulletin), f"# {title}", "", up, "", parts.card_grid(articles, page, data_dir)]
        pages.append(Page(page.path, page.meta, "\n".join(body)))
    return pages


def honours_pages(bulletin: model.Bulletin, all_rolls: list[Roll]) -> list[Page]:
    """Vinh danh: the lookup, the honour rolls, then every decision, newest first, with its counts."""
    pages = []
    decisions: Sequence[model.Decision] = bulletin.decisions_newest_first
    groups = parts.chunks(decisions, PAGE_SIZE * 4)
    for number, chunk in enumerate(groups, 1):
        title = "Vinh danh" if number == 1 else f"Vinh danh – trang {number}"
        description = "Các quyết định khen thưởng và danh sách tập thể, cá nhân được khen thưởng"
        page = Page(urls.index(urls.HONOURS, number), meta.base(title, description, "honours"), "")
        body = [sample_notice(bulletin), f"# {title}", "", markup.text(description) + ".", ""]
        if number == 1:
            lookup = page.link_to(urls.index(urls.LOOKUP))
            body += [
                f"[Tra cứu khen thưởng theo tên, cơ quan, hình thức, năm]({lookup}){{ .md-button .md-button--primary }}",
                "",
                "## Danh sách vinh danh",
                "",
                roll_index(bulletin, all_rolls, page),
                downloads(ALL_AWARDS, page),
                "",
                "## Quyết định khen thưởng",
                "",
            ]
        body += [parts.decision_list(chunk, bulletin, page), "", parts.pager(page, urls.HONOURS, number, len(groups))]
        pages.append(Page(page.path, page.meta, "\n".join(body)))
    return pages
