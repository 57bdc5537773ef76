"""One page per campaign and per organisation, with their articles and decisions; and their indexes
(templates/entity.html, entity_index.html)."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any

from bulletin import model, urls
from bulletin.model import tally
from bulletin.model.dimensions import CAMPAIGN, ISSUER
from bulletin.pages import inputs, meta, parts, recipients
from bulletin.pages.page import Page
from bulletin.pages.render import render_page
from bulletin.vietnamese import formatting

# An organisation's or a campaign's page shows the newest SHOWN of its articles and of its
# decisions; a longer list has pages of its own, LIST_PAGE lines each, linked under the first
# lines. The provincial police's page listed 700 articles and 900 decisions at 700 articles
# (355 KB); one list of that length is also more than Zensical's search index takes.
SHOWN = 20
LIST_PAGE = 50
# Each long list: its folder under the entity's address, and the words of its title and link.
LISTS = {
    "articles": ("bai-viet", "bài viết"),
    "decisions": ("quyet-dinh", "quyết định khen thưởng"),
    "presented": ("trao-khen-thuong", "lần trao khen thưởng"),
    "organised": ("to-chuc-le", "lễ trao khen thưởng đã tổ chức"),
}


def list_folder(entity: str, kind: str) -> str:
    """The folder of an entity's list pages: don-vi/cong-an-tinh.md -> don-vi/cong-an-tinh/bai-viet."""
    return f"{entity.removesuffix('.md')}/{LISTS[kind][0]}"


def _more(page: Page, kind: str, count: int) -> dict[str, str] | None:
    """The link under a list's first lines to all of it, when it is longer."""
    if count <= SHOWN:
        return None
    return {
        "href": page.href(urls.index(list_folder(page.path, kind))),
        "text": f"Xem tất cả {formatting.number(count)} {LISTS[kind][1]}",
    }


def _entity(
    bulletin: model.Bulletin,
    page: Page,
    title: str,
    description: str | None,
    roll: dict[str, str] | None,
    articles: list[model.Article],
    decisions: list[model.Decision],
    presented: list[model.Decision] | None = None,
    organised: list[model.Article] | None = None,
    history: dict[str, Any] | None = None,
    received: list[tuple[model.Decision, list[str]]] | None = None,
) -> list[Page]:
    """The entity's page, showing the newest lines of each list, then the pages of its long lists."""
    lists: dict[str, Sequence[model.Article] | Sequence[model.Decision]] = {
        "articles": articles,
        "decisions": decisions,
        "presented": presented or [],
        "organised": organised or [],
    }
    main = render_page(
        page,
        bulletin,
        "entity.html",
        title=title,
        description=description,
        roll=roll,
        articles=articles[:SHOWN],
        decisions=decisions[:SHOWN],
        decision_count=len(decisions),
        more={kind: _more(page, kind, len(items)) for kind, items in lists.items()},
        tally=tally.tally(decisions),
        presented=(presented or [])[:SHOWN],
        organised=(organised or [])[:SHOWN],
        received=received or [],
        history=history,
    )
    return [main, *(p for kind, items in lists.items() for p in list_pages(bulletin, main, title, kind, items))]


def campaign_pages(bulletin: model.Bulletin, campaign: model.Campaign) -> list[Page]:
    """A campaign's page, then the pages of its long lists."""
    title = f"{campaign.name} ({campaign.short_name}), {tally.period_phrase(campaign.period_key)}"
    page = Page(
        urls.campaign(campaign), meta.base(title, campaign.description or title, "campaign"), "", campaign.source
    )
    articles, decisions = bulletin.by_campaign[campaign.id]
    # One campaign's honours: highest rank first, newest first within a rank.
    decisions = recipients.by_rank(decisions, bulletin.decision_day)
    roll = None
    if any(x.named for x in decisions):
        roll = {"href": page.href(urls.roll(CAMPAIGN.slug, campaign.id)), "text": "Danh sách vinh danh của phong trào"}
    return _entity(bulletin, page, title, campaign.description, roll, articles, decisions)


def organisation_page(bulletin: model.Bulletin, org_id: str, source: str | None) -> Page:
    return organisation_pages(bulletin, org_id, source)[0]


def organisation_pages(bulletin: model.Bulletin, org_id: str, source: str | None) -> list[Page]:
    """An organisation's page, then the pages of its long lists."""
    org = bulletin.organisations[org_id]
    involved = bulletin.by_organisation[org_id]
    page = Page(
        urls.organisation(org_id),
        meta.base(org.name, f"Bài viết và khen thưởng liên quan đến {org.name}", "organisation"),
        "",
        source,
        functools.partial(inputs.organisation, involved, bulletin),
    )
    # An issuer's decisions over the years, dated: newest day first, highest rank first within a day;
    # the same order for the awards it presented.
    decisions = recipients.by_day_then_rank(involved.issued, bulletin.decision_day)
    presented = recipients.by_day_then_rank(involved.presented, bulletin.decision_day)
    # Each decision that honoured it, with the name(s) it was honoured under there.
    received = [
        (x, [c.name for c in x.collectives if c.organisation == org_id])
        for x in recipients.by_day_then_rank(involved.received, bulletin.decision_day)
    ]
    roll = None
    if any(x.named for x in decisions):
        office = decisions[0].office
        roll = {"href": page.href(urls.roll(ISSUER.slug, org_id)), "text": f"Danh sách được {office} khen thưởng"}
    history = {
        "names": org.names,
        "gone_from": org.gone_from,
        "successors": bulletin.successors(org),
        "predecessors": bulletin.predecessors(org),
    }
    shown = history if any(history.values()) else None
    return _entity(
        bulletin,
        page,
        org.name,
        None,
        roll,
        involved.articles,
        decisions,
        presented,
        involved.organised,
        shown,
        received,
    )


def involvement(articles: int, decisions: int, presented: int = 0, organised: int = 0, received: int = 0) -> str:
    """An index line's counts, only what there is: "1 bài viết, 1 quyết định khen thưởng; tổ chức 1 lễ
    trao khen thưởng"; "chưa có bài viết, quyết định" rather than "0 bài viết, 0 quyết định"."""
    n = formatting.number
    listed = []
    if articles:
        listed.append(f"{n(articles)} bài viết")
    if decisions:
        listed.append(f"{n(decisions)} quyết định khen thưởng")
    said = [", ".join(listed)] if listed else []
    if presented:
        said.append(f"trao khen thưởng theo {n(presented)} quyết định")
    if organised:
        said.append(f"tổ chức {n(organised)} lễ trao khen thưởng")
    if received:
        said.append(f"được khen thưởng theo {n(received)} quyết định")
    return "; ".join(said) or "chưa có bài viết, quyết định"


def campaign_index(bulletin: model.Bulletin) -> Page:
    page = Page(urls.index(urls.CAMPAIGNS), meta.base("Phong trào", "Các phong trào thi đua", "campaigns"), "")
    entries = []
    for c in sorted(bulletin.campaigns.values(), key=lambda c: (-c.end_year, c.id)):
        articles, decisions = bulletin.by_campaign[c.id]
        entries.append(
            {
                "name": f"{c.name} ({c.short_name}), {tally.period_phrase(c.period_key)}",
                "href": page.href(urls.campaign(c)),
                "summary": involvement(len(articles), len(decisions)),
                "gone_from": None,
            }
        )
    return render_page(page, bulletin, "entity_index.html", title="Phong trào", entries=entries)


def organisation_index(bulletin: model.Bulletin) -> Page:
    page = Page(
        urls.index(urls.ORGANISATIONS),
        meta.base("Đơn vị", "Cơ quan khen thưởng và tổ chức phối hợp", "organisations"),
        "",
    )
    entries = []
    for org in bulletin.organisations.values():
        involved = bulletin.by_organisation[org.id]
        entries.append(
            {
                "name": org.name,
                "href": page.href(urls.organisation(org.id)),
                "summary": involvement(
                    len(involved.articles),
                    len(involved.issued),
                    len(involved.presented),
                    len(involved.organised),
                    len(involved.received),
                ),
                "gone_from": org.gone_from,
            }
        )
    return render_page(page, bulletin, "entity_index.html", title="Đơn vị", entries=entries)


def list_pages(
    bulletin: model.Bulletin,
    entity: Page,
    title: str,
    kind: str,
    items: Sequence[model.Article] | Sequence[model.Decision],
) -> list[Page]:
    """All of one of an entity's lists (LISTS), LIST_PAGE lines a page, in the entity page's order;
    none when its page shows them all."""
    if len(items) <= SHOWN:
        return []
    folder = list_folder(entity.path, kind)
    groups = parts.chunks(items, LIST_PAGE)
    pages = []
    for number, chunk in enumerate(groups, 1):
        heading = f"{title}: {LISTS[kind][1]}" + (f" – trang {number}" if number > 1 else "")
        shell = Page(urls.index(folder, number), meta.base(heading, heading, "list"), "", entity.source, entity.inputs)
        pages.append(
            render_page(
                shell,
                bulletin,
                "entity_list.html",
                title=heading,
                entity={"href": shell.href(entity.path), "title": title},
                articles=chunk if kind == "articles" else [],
                decisions=chunk if kind == "decisions" else [],
                presented=chunk if kind == "presented" else [],
                organised=chunk if kind == "organised" else [],
                pager=parts.pager(folder, number, len(groups)),
            )
        )
    return pages
