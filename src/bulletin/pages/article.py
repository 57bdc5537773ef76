"""The article page: the way back to its section, headline, dateline, lead, body with figures,
byline, sharing, then the awards and statistics; the latest articles and those of the same
campaign beside it (templates/article.html)."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from markupsafe import Markup

from bulletin import model, urls
from bulletin.data import placeholders
from bulletin.data.media import Image
from bulletin.model import bylines
from bulletin.pages import body, figures, inputs, meta, parts, recipients
from bulletin.pages.page import Page
from bulletin.pages.render import render, render_page_from

RELATED = 5
# How wide a photo of the story shows: the column's 720 px (bulletin.css, .bulletin-story), the
# screen less its margins below that; a browser picks the smallest copy that fills it.
STORY_WIDTH = "(max-width: 760px) 100vw, 720px"
# Facebook's plain share link: the page's address as its one parameter, no script of theirs.
FACEBOOK_SHARER = "https://www.facebook.com/sharer/sharer.php?u="


def facebook_share(canonical: str | None) -> str | None:
    """Facebook's share link for a page whose public address is `canonical`, the address
    percent-encoded as one query value (its "&", "#", "?" and spaces stay inside it); None when the
    bulletin names no public address (the share buttons use the browser's own then, bulletin.js)."""
    return FACEBOOK_SHARER + quote(canonical, safe="") if canonical else None


def breadcrumb(article: model.Article, page: Page) -> list[tuple[str, str]]:
    """Trang chủ › Tin tức › Năm 2024: the sections an article is read from, page-relative."""
    year = article.date.year
    return [
        (urls.SECTION_NAMES[""], page.href(urls.HOME)),
        (urls.SECTION_NAMES[urls.NEWS], page.href(urls.index(urls.NEWS))),
        (f"Năm {year}", page.href(urls.year(year))),
    ]


def figure(
    item: model.Figure, page: Page, images: dict[str, Image], values: dict[str, str], credit: str | None = None
) -> Markup:
    """A captioned photo (templates/figure.html), HTML of our own: placed in the body as is.
    The caption's and the alt text's placeholders are filled in as text (the template escapes them);
    the photo's credit is a line of its own ("Ảnh: …"), never part of the caption."""
    caption = placeholders.render(item.caption, lambda name: values.get(name, ""))
    item = item.model_copy(update={"alt": placeholders.render(item.alt, lambda name: values.get(name, ""))})
    picture = parts.picture(page, images, item.image, STORY_WIDTH)
    return Markup(render("figure.html", figure=item, caption=caption, picture=picture, credit=credit))


def _body_html(article: model.Article, page: Page, images: dict[str, Image]) -> tuple[Markup, set[str]]:
    """The body's Markdown as safe HTML, placeholders filled in; also the ids of the figures it placed."""
    figures = {f.id: f for f in article.figures}
    placed: set[str] = set()

    def place(ident: str) -> str:
        ident = ident.removeprefix("figure.")
        placed.add(ident)
        return figure(figures[ident], page, images, article.values, article.credit(figures[ident]))

    # The renderer escapes values and judges links (bulletin.pages.body); its output is HTML of our own.
    html = body.render(article.body, value=article.values.__getitem__, figure=place, link=page.href_site)
    return Markup(html), placed


def related(bulletin: model.Bulletin, article: model.Article) -> tuple[list[model.Article], list[model.Article]]:
    """The latest articles and those of the same campaign, this one left out."""
    # Lists are newest first: the first RELATED + 1 always hold RELATED others (no full scan per page).
    latest = [a for a in bulletin.articles[: RELATED + 1] if a is not article][:RELATED]
    same: list[model.Article] = []
    if article.campaign:
        in_campaign = bulletin.by_campaign[article.campaign.id][0]
        same = [a for a in in_campaign[: RELATED + 1] if a is not article][:RELATED]
    return latest, same


def article_page(bulletin: model.Bulletin, article: model.Article) -> Page:
    """The article's page; its body (Markdown, figures, statistics) is made when a build reads it."""
    path = urls.article(article)
    page = Page(
        path, meta.article_meta(bulletin, article, path), "", article.source, lambda: inputs.article(bulletin, article)
    )

    def context() -> dict[str, Any]:
        body_html, placed = _body_html(article, page, bulletin.images)
        unplaced = [
            figure(f, page, bulletin.images, article.values, article.credit(f))
            for f in article.figures
            if f.id not in placed
        ]
        latest, same = related(bulletin, article)
        return {
            "article": article,
            # Highest first: the form's rank, its grade, the issuer's level.
            "decisions": recipients.by_rank(article.decisions, bulletin.decision_day),
            "body": body_html,
            "unplaced": unplaced,
            "stat_groups": figures.figure_groups(article, page),
            "latest": latest,
            "same": same,
            "dateline": article.dateline,
            "byline": bylines.line(article.writers),
            "notices": article.notices,
            "breadcrumb": breadcrumb(article, page),
            "facebook": facebook_share(meta.absolute(bulletin, path)),
        }

    return render_page_from(page, bulletin, "article.html", context)
