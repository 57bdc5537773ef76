"""The front page: headline figures of the latest campaign, then the latest articles as cards."""

from __future__ import annotations

from pathlib import Path

from bulletin import formatting, model, statistics, urls
from bulletin.pages import markup, meta, parts
from bulletin.text import lower_first
from bulletin.pages.listing import PAGE_SIZE
from bulletin.pages.notice import sample_notice
from bulletin.pages.page import Page


def headline_figures(bulletin: model.Bulletin, page: Page, periods: list[statistics.PeriodStats]) -> str:
    """Counts computed from the campaign's decisions and statistics, never typed."""
    campaign = bulletin.latest_campaign
    if campaign is None:
        return ""
    articles, decisions = bulletin.by_campaign[campaign.id]
    figures = [
        (formatting.number(sum(x.total for x in decisions)), "tập thể, cá nhân được khen thưởng"),
        (formatting.number(sum(x.collective_count for x in decisions)), "tập thể"),
        (formatting.number(sum(x.individual_count for x in decisions)), "cá nhân"),
        (formatting.number(len(decisions)), "quyết định khen thưởng"),
    ]
    latest = [s for s in periods if s.campaign is campaign][-1:]
    for stats in latest:
        figures += [(formatting.quantity(v, a), f"{lower_first(m.label)} ({stats.label})") for m, v, a in stats.headline()]
    items = "\n".join(f"<li><strong>{value}</strong> <span>{label}</span></li>" for value, label in figures)
    link = page.link_to(urls.campaign(campaign))
    name = f"{markup.text(campaign.doc.name)}, giai đoạn {campaign.period}"
    return (
        '<section class="bulletin-figures" aria-labelledby="so-lieu-noi-bat" markdown="1">\n'
        f'<h2 id="so-lieu-noi-bat" markdown="span">[{name}]({link})</h2>\n'
        f'<ul class="bulletin-figures__list">\n{items}\n</ul>\n'
        "</section>\n"
    )


def home_page(bulletin: model.Bulletin, data_dir: Path, periods: list[statistics.PeriodStats]) -> Page:
    site = bulletin.site
    description = site.tagline or site.title
    page = Page(urls.HOME, meta.base(site.title, description, "home"), "")
    groups = parts.chunks(bulletin.articles, PAGE_SIZE)
    lines = [
        sample_notice(bulletin),
        f"# {markup.text(site.title)} {{ .bulletin-masthead }}",
        "",
    ]
    if site.tagline:
        lines += [f'<p class="bulletin-tagline">{markup.attr(site.tagline)}</p>', ""]
    lines += [headline_figures(bulletin, page, periods), "## Tin mới { #tin-moi }", ""]
    lines += [parts.card_grid(groups[0], page, data_dir)]
    lines += [parts.pager(page, urls.NEWS, 1, len(groups), first=urls.HOME)]
    return Page(page.path, page.meta, "\n".join(lines))
