"""Fragments shared by several pages: datelines, cards, compact lists, pagers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from bulletin import formatting, model, urls
from bulletin.media import image_size
from bulletin.pages import markup, recipients
from bulletin.pages.page import Page

EXCERPT_CHARS = 220


def dateline(day: dt.date, css: str = "bulletin-dateline") -> str:
    return f'<p class="{css}"><time datetime="{day.isoformat()}">{formatting.date_long(day)}</time></p>'


def image(src: str, alt: str, file: Path | None) -> str:
    """A lazy-loaded Markdown image with its intrinsic size when known."""
    attrs = ["loading=lazy"]
    size = image_size(file) if file else None
    if size:
        attrs += [f"width={size[0]}", f"height={size[1]}"]
    return f"![{markup.text(alt)}]({src}){{ {' '.join(attrs)} }}"


def excerpt(text: str, limit: int = EXCERPT_CHARS) -> str:
    """The lead cut at a word boundary, for cards."""
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def article_card(article: model.Article, page: Page, data_dir: Path) -> str:
    """Image, date, headline and lead excerpt; the whole card is one link (the headline's)."""
    lines = ['<article class="bulletin-card" markdown="1">', ""]
    if article.doc.figures:
        cover = article.doc.figures[0]
        # Decorative here: the headline next to it says what the card is.
        lines += [image(page.link_to(urls.media(cover.image)), "", data_dir / cover.image), ""]
    lines += [
        dateline(article.date, "bulletin-card__date"),
        "",
        f'<h3 class="bulletin-card__title" markdown="span">'
        f"[{markup.text(article.title)}]({page.link_to(urls.article(article))})</h3>",
        "",
        f'<p class="bulletin-card__lead">{markup.attr(excerpt(article.lead))}</p>',
        "",
        "</article>",
        "",
    ]
    return "\n".join(lines)


def card_grid(articles: Sequence[model.Article], page: Page, data_dir: Path) -> str:
    if not articles:
        return "Chưa có bài viết.\n"
    cards = "".join(article_card(a, page, data_dir) for a in articles)
    return f'<div class="bulletin-cards" markdown="1">\n\n{cards}</div>\n'


def article_list(articles: Sequence[model.Article], page: Page) -> str:
    """A compact list: date and linked headline."""
    return "\n".join(
        f"- {formatting.date_short(a.date)} — [{markup.text(a.title)}]({page.link_to(urls.article(a))})"
        for a in articles
    ) + "\n"


def decision_list(decisions: Sequence[model.Decision], bulletin: model.Bulletin, page: Page) -> str:
    lines = []
    for x in decisions:
        day = bulletin.decision_day(x)
        when = f"{formatting.date_short(day)} — " if day else ""
        link = page.link_to(urls.decision(x, day))
        count = recipients.counts_phrase(x.collective_count, x.individual_count)
        lines.append(f"- {when}[{markup.text(recipients.title(x))}]({link}): {count}")
    return "\n".join(lines) + "\n"


def pager(page: Page, section: str, number: int, total: int, first: str | None = None) -> str:
    """Newer/older links between pages of a list; `first` replaces page 1 (the home page)."""
    if total <= 1:
        return ""

    def target(n: int) -> str:
        return first if (n == 1 and first) else urls.index(section, n)

    links = []
    if number > 1:
        links.append(f"[← Mới hơn]({page.link_to(target(number - 1))}){{ rel=prev }}")
    links.append(f"<span>Trang {number}/{total}</span>")
    if number < total:
        links.append(f"[Cũ hơn →]({page.link_to(target(number + 1))}){{ rel=next }}")
    return f'<nav class="bulletin-pager" aria-label="Phân trang" markdown="span">{" ".join(links)}</nav>\n'


def chunks(items: Sequence, size: int) -> list[Sequence]:
    return [items[i : i + size] for i in range(0, len(items), size)] or [items[:0]]
