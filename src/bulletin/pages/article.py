"""The article page: headline, dateline, lead, body with figures, statistics, awards, byline,
then the latest articles and those of the same campaign (templates/article.html)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from markupsafe import Markup

from bulletin import documents as d
from bulletin import model, placeholders, urls
from bulletin.pages import meta, parts, statistics
from bulletin.pages.page import Page
from bulletin.pages.render import render

RELATED = 5
_FIGURE_PARAGRAPH = re.compile(r"\{\{\s*figure\.([^{}\s]+)\s*\}\}")


def figure(item: d.Figure, page: Page, data_dir: Path) -> Markup:
    """A captioned photo (templates/figure.html), HTML of our own: placed in the body as is."""
    return Markup(render("figure.html", figure=item, picture=parts.picture(page, data_dir, item.image)))


def _paragraphs(text: str, value: Callable[[str], str], place: Callable[[str], str]) -> Markup:
    """Temporary until bulletin.body lands: the body as escaped paragraphs, figures placed."""
    out = []
    for block in re.split(r"\n\s*\n", text.strip()):
        if found := _FIGURE_PARAGRAPH.fullmatch(block.strip()):
            out.append(Markup(place(found.group(1))))
        elif block.strip():
            out.append(Markup("<p>{}</p>").format(placeholders.render(block.strip(), value)))
    return Markup("\n").join(out)


def _body_html(article: model.Article, page: Page, data_dir: Path) -> tuple[Markup, set[str]]:
    """The body's Markdown as safe HTML, placeholders filled in; also the ids of the figures it placed."""
    figures = {f.id: f for f in article.doc.figures}
    placed: set[str] = set()

    def value(name: str) -> str:
        return article.values[name]

    def place(ident: str) -> str:
        ident = ident.removeprefix("figure.")
        placed.add(ident)
        return figure(figures[ident], page, data_dir)

    try:
        from bulletin import body
    except ImportError:  # temporary until bulletin.body lands
        return _paragraphs(article.doc.body, value, place), placed
    # The renderer escapes values and checks links; its output is HTML of our own.
    return Markup(body.render(article.doc.body, value=value, figure=place, link=page.href_site)), placed


def related(bulletin: model.Bulletin, article: model.Article) -> tuple[list[model.Article], list[model.Article]]:
    """The latest articles and those of the same campaign, this one left out."""
    # Lists are newest first: the first RELATED + 1 always hold RELATED others (no full scan per page).
    latest = [a for a in bulletin.articles[: RELATED + 1] if a is not article][:RELATED]
    same: list[model.Article] = []
    if article.campaign:
        in_campaign = bulletin.by_campaign[article.campaign.id][0]
        same = [a for a in in_campaign[: RELATED + 1] if a is not article][:RELATED]
    return latest, same


def article_page(bulletin: model.Bulletin, article: model.Article, data_dir: Path) -> Page:
    path = urls.article(article)
    page = Page(path, meta.article_meta(bulletin, article, path), "", article.source)
    body, placed = _body_html(article, page, data_dir)
    unplaced = [figure(f, page, data_dir) for f in article.doc.figures if f.id not in placed]
    latest, same = related(bulletin, article)
    html = render(
        "article.html",
        bulletin=bulletin,
        article=article,
        link=parts.Links(page, bulletin),
        body=body,
        unplaced=unplaced,
        stat_groups=statistics.figure_groups(article, page),
        latest=latest,
        same=same,
    )
    return Page(path, page.meta, html, article.source)
