"""One page per campaign and per organisation, with their articles and decisions; and their indexes
(templates/entity.html, entity_index.html)."""

from __future__ import annotations

import functools

from bulletin import model, tally, urls
from bulletin.pages import inputs, meta, recipients
from bulletin.pages.page import Page
from bulletin.pages.render import render_page


def _entity(
    bulletin: model.Bulletin, page: Page, title: str, description: str | None, roll: dict[str, str] | None,
    articles: list[model.Article], decisions: list[model.Decision],
    presented: list[model.Decision] | None = None, organised: list[model.Article] | None = None,
    history: dict | None = None, received: list[tuple[model.Decision, list[str]]] | None = None,
) -> Page:
    return render_page(
        page,
        bulletin,
        "entity.html",
        title=title,
        description=description,
        roll=roll,
        articles=articles,
        decisions=decisions,
        tally=tally.tally(decisions),
        presented=presented or [],
        organised=organised or [],
        received=received or [],
        history=history,
    )


def campaign_page(bulletin: model.Bulletin, campaign: model.Campaign) -> Page:
    doc = campaign.doc
    title = f"{doc.name} ({doc.short_name}), {tally.period_phrase(campaign.period_key)}"
    page = Page(urls.campaign(campaign), meta.base(title, doc.description or title, "campaign"), "", campaign.source)
    articles, decisions = bulletin.by_campaign[campaign.id]
    # One campaign's honours: highest rank first, newest first within a rank.
    decisions = recipients.by_rank(decisions, bulletin.decision_day)
    roll = None
    if any(x.named for x in decisions):
        roll = {"href": page.href(urls.roll("phong-trao", campaign.id)), "text": "Danh sách vinh danh của phong trào"}
    return _entity(bulletin, page, title, doc.description, roll, articles, decisions)


def organisation_page(bulletin: model.Bulletin, org_id: str, source: str | None) -> Page:
    org = bulletin.organisations[org_id]
    involved = bulletin.by_organisation[org_id]
    page = Page(
        urls.organisation(org_id), meta.base(org.name, f"Bài viết và quyết định khen thưởng của {org.name}", "organisation"), "",
        source, functools.partial(inputs.organisation, involved, bulletin),
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
        roll = {"href": page.href(urls.roll("co-quan", org_id)), "text": f"Danh sách được {office} khen thưởng"}
    history = {
        "names": org.names, "gone_from": org.gone_from,
        "successors": bulletin.successors(org), "predecessors": bulletin.predecessors(org),
    }
    shown = history if any(history.values()) else None
    return _entity(bulletin, page, org.name, None, roll, involved.articles, decisions, presented, involved.organised, shown, received)


def campaign_index(bulletin: model.Bulletin) -> Page:
    page = Page(urls.index(urls.CAMPAIGNS), meta.base("Phong trào", "Các phong trào thi đua", "campaigns"), "")
    entries = []
    for c in sorted(bulletin.campaigns.values(), key=lambda c: (-c.doc.end_year, c.id)):
        articles, decisions = bulletin.by_campaign[c.id]
        entries.append({
            "name": f"{c.doc.name} ({c.doc.short_name}), {tally.period_phrase(c.period_key)}",
            "href": page.href(urls.campaign(c)),
            "articles": len(articles),
            "decisions": len(decisions),
            "presented": 0,
            "organised": 0,
            "received": 0,
            "gone_from": None,
        })
    return render_page(page, bulletin, "entity_index.html", title="Phong trào", entries=entries)


def organisation_index(bulletin: model.Bulletin) -> Page:
    page = Page(urls.index(urls.ORGANISATIONS), meta.base("Đơn vị", "Cơ quan khen thưởng và tổ chức phối hợp", "organisations"), "")
    entries = []
    for org in bulletin.organisations.values():
        involved = bulletin.by_organisation[org.id]
        entries.append({
            "name": org.name,
            "href": page.href(urls.organisation(org.id)),
            "articles": len(involved.articles),
            "decisions": len(involved.issued),
            "presented": len(involved.presented),
            "organised": len(involved.organised),
            "received": len(involved.received),
            "gone_from": org.gone_from,
        })
    return render_page(page, bulletin, "entity_index.html", title="Đơn vị", entries=entries)
