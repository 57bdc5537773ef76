"""The article page: headline, dateline, lead, body with figures, statistics, awards, byline."""

from __future__ import annotations

from bulletin import documents as d
from bulletin import formatting, model, placeholders, urls
from bulletin.pages import markup, recipients, statistics
from bulletin.pages.notice import sample_notice
from bulletin.pages.page import Page


def figure(item: d.Figure, page: Page) -> str:
    src = page.link_to(urls.media(item.image))
    return (
        '<figure class="bulletin-figure" markdown="span">\n'
        f"![{markup.text(item.alt)}]({src}){{ loading=lazy }}\n"
        f"<figcaption>{markup.attr(item.caption)}</figcaption>\n"
        "</figure>"
    )


def _body(article: model.Article, page: Page) -> tuple[str, set[str]]:
    """Body Markdown with placeholders filled in; also the figures it placed."""
    figures = {f"figure.{f.id}": f for f in article.doc.figures}
    placed: set[str] = set()

    def value(name: str) -> str:
        if name in figures:
            placed.add(name)
            return figure(figures[name], page)
        return article.values[name]

    return placeholders.render(markup.body(article.doc.body), value), placed


def awards_section(article: model.Article) -> str:
    lines = [
        "## Khen thưởng { #khen-thuong }",
        "",
        f'<p class="bulletin-total"><strong>{formatting.number(article.award_total)}</strong> '
        f"tập thể, cá nhân được khen thưởng "
        f"({recipients.counts_phrase(article.collective_count, article.individual_count)}).</p>",
        "",
    ]
    lines += [recipients.section(x) for x in article.decisions]
    return "\n".join(lines)


def article_page(bulletin: model.Bulletin, article: model.Article) -> Page:
    doc = article.doc
    meta = {
        "title": article.title,
        "description": article.lead,
        "date": doc.date.isoformat(),
        "author": doc.byline,
        "bulletin": {"kind": "article", "id": article.id},
    }
    page = Page(urls.article(article), meta, "", article.source)
    body, placed = _body(article, page)
    parts = [
        sample_notice(bulletin),
        f"# {markup.text(article.title)}",
        "",
        f'<p class="bulletin-dateline"><time datetime="{doc.date.isoformat()}">'
        f"{formatting.date_long(doc.date)}</time></p>",
        "",
        f"**{markup.text(article.lead)}**",
        "{ .bulletin-lead }",
        "",
        body,
        "",
    ]
    parts += [figure(f, page) + "\n" for f in doc.figures if f"figure.{f.id}" not in placed]
    if article.statistics:
        parts += ["## Số liệu { #so-lieu }", "", statistics.section(article.statistics)]
    if article.decisions:
        parts.append(awards_section(article))
    parts += [f'<p class="bulletin-byline">{markup.attr(doc.byline)}</p>', ""]
    return Page(page.path, meta, "\n".join(parts), article.source)
