"""The article page: headline, dateline, lead, body with figures, statistics, awards, byline,
then the latest articles and those of the same campaign."""

from __future__ import annotations

from pathlib import Path

from bulletin import documents as d
from bulletin import formatting, model, placeholders, urls
from bulletin.pages import markup, meta, parts, recipients, statistics
from bulletin.pages.notice import sample_notice
from bulletin.pages.page import Page

RELATED = 5


def figure(item: d.Figure, page: Page, data_dir: Path) -> str:
    """A captioned photo; the link opens it enlarged (a dialog with JavaScript, the file without)."""
    src = page.link_to(urls.media(item.image))
    img = parts.image(src, item.alt, data_dir / item.image)
    return (
        '<figure class="bulletin-figure" markdown="span">\n'
        f"[{img}]({src}){{ .bulletin-zoom title=\"Phóng to ảnh\" }}\n"
        f"<figcaption>{markup.attr(item.caption)}</figcaption>\n"
        "</figure>"
    )


def _body(article: model.Article, page: Page, data_dir: Path) -> tuple[str, set[str]]:
    """Body Markdown with placeholders filled in; also the figures it placed."""
    figures = {f"figure.{f.id}": f for f in article.doc.figures}
    placed: set[str] = set()

    def value(name: str) -> str:
        if name in figures:
            placed.add(name)
            return figure(figures[name], page, data_dir)
        return article.values[name]

    return placeholders.render(markup.body(article.doc.body), value), placed


def awards_section(article: model.Article, bulletin: model.Bulletin, page: Page) -> str:
    lines = [
        "## Khen thưởng { #khen-thuong }",
        "",
        f'<p class="bulletin-total"><strong>{formatting.number(article.award_total)}</strong> '
        f"tập thể, cá nhân được khen thưởng "
        f"({recipients.counts_phrase(article.collective_count, article.individual_count)}).</p>",
        "",
    ]
    for x in article.decisions:
        link = page.link_to(urls.decision(x, bulletin.decision_day(x)))
        lines += [recipients.section(x, page=page), f"[Trang danh sách khen thưởng này]({link})", ""]
    return "\n".join(lines)


def related(bulletin: model.Bulletin, article: model.Article, page: Page) -> str:
    # Lists are newest first: the first RELATED + 1 always hold RELATED others (no full scan per page).
    latest = [a for a in bulletin.articles[: RELATED + 1] if a is not article][:RELATED]
    same = []
    if article.campaign:
        in_campaign = bulletin.by_campaign[article.campaign.id][0]
        same = [a for a in in_campaign[: RELATED + 1] if a is not article][:RELATED]
    parts_ = []
    if latest:
        parts_ += ["## Bài viết mới nhất { #bai-viet-moi-nhat }", "", parts.article_list(latest, page)]
    if same:
        name = markup.text(article.campaign.doc.name)
        parts_ += [f"## Cùng phong trào: {name} {{ #cung-phong-trao }}", "", parts.article_list(same, page)]
    if not parts_:
        return ""
    return '<aside class="bulletin-related" markdown="1">\n\n' + "\n".join(parts_) + "\n</aside>\n"


def article_page(bulletin: model.Bulletin, article: model.Article, data_dir: Path) -> Page:
    doc = article.doc
    path = urls.article(article)
    page = Page(path, meta.article_meta(bulletin, article, path), "", article.source)
    body, placed = _body(article, page, data_dir)
    out = [
        sample_notice(bulletin),
        f"# {markup.text(article.title)}",
        "",
        parts.dateline(doc.date),
        "",
        f"**{markup.text(article.lead)}**",
        "{ .bulletin-lead }",
        "",
        body,
        "",
    ]
    out += [figure(f, page, data_dir) + "\n" for f in doc.figures if f"figure.{f.id}" not in placed]
    if article.statistics:
        out += ["## Số liệu { #so-lieu }", "", statistics.figure_cards(article, page)]
    if article.decisions:
        out.append(awards_section(article, bulletin, page))
    out += [f'<p class="bulletin-byline">{markup.attr(doc.byline)}</p>', ""]
    if article.campaign:
        link = page.link_to(urls.campaign(article.campaign))
        out += [f"Phong trào: [{markup.text(article.campaign.doc.name)}]({link})", ""]
    out.append(related(bulletin, article, page))
    return Page(path, page.meta, "\n".join(out), article.source)
