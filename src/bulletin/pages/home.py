"""The front page: the latest articles, newest first."""

from __future__ import annotations

from bulletin import formatting, model, urls
from bulletin.pages import markup
from bulletin.pages.notice import sample_notice
from bulletin.pages.page import Page


def home_page(bulletin: model.Bulletin) -> Page:
    site = bulletin.site
    page = Page(urls.HOME, {"title": site.title, "description": site.tagline or site.title}, "")
    lines = [sample_notice(bulletin), f"# {markup.text(site.title)}", ""]
    if site.tagline:
        lines += [markup.text(site.tagline), ""]
    lines += ["## Tin mới", ""]
    if not bulletin.articles:
        lines.append("Chưa có bài viết.")
    for article in bulletin.articles:
        link = page.link_to(urls.article(article))
        lines += [
            f"### [{markup.text(article.title)}]({link})",
            "",
            f'<p class="bulletin-dateline"><time datetime="{article.date.isoformat()}">'
            f"{formatting.date_long(article.date)}</time></p>",
            "",
            markup.text(article.lead),
            "",
        ]
    return Page(page.path, page.meta, "\n".join(lines))
