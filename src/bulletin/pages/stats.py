"""Thống kê: the statistics every article reported, by campaign."""

from __future__ import annotations

from bulletin import model, urls
from bulletin.pages import markup, meta, parts, statistics
from bulletin.pages.notice import sample_notice
from bulletin.pages.page import Page


def statistics_page(bulletin: model.Bulletin) -> Page:
    page = Page(urls.index(urls.STATISTICS), meta.base("Thống kê", "Số liệu các phong trào theo từng bài viết", "statistics"), "")
    lines = [sample_notice(bulletin), "# Thống kê", ""]
    reported = [a for a in bulletin.articles if a.statistics]
    if not reported:
        lines.append("Chưa có số liệu.")
    for article in reported:
        link = page.link_to(urls.article(article))
        lines += [
            f"## {markup.text(article.title)}",
            "",
            f"Theo bài viết [{markup.text(article.title)}]({link}), {parts.dateline(article.date, 'bulletin-inline-date')}",
            "",
            statistics.section(article.statistics, heading="###"),
        ]
    return Page(page.path, page.meta, "\n".join(lines))
