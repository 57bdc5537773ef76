"""One page per campaign and per organisation, with their articles and decisions; and their indexes."""

from __future__ import annotations

from bulletin import formatting, model, urls
from bulletin.pages import markup, meta, parts
from bulletin.pages.notice import sample_notice
from bulletin.pages.page import Page


def _sections(
    bulletin: model.Bulletin, page: Page, articles: list[model.Article], decisions: list[model.Decision]
) -> list[str]:
    out = []
    if articles:
        out += ["## Bài viết", "", parts.article_list(articles, page)]
    if decisions:
        total = sum(x.total for x in decisions)
        out += [
            "## Quyết định khen thưởng",
            "",
            f"{formatting.number(len(decisions))} quyết định, {formatting.number(total)} tập thể, cá nhân.",
            "",
            parts.decision_list(decisions, bulletin, page),
        ]
    return out or ["Chưa có bài viết hay quyết định nào."]


def campaign_page(bulletin: model.Bulletin, campaign: model.Campaign) -> Page:
    doc = campaign.doc
    title = f"{doc.name} ({doc.short_name}), giai đoạn {campaign.period}"
    page = Page(urls.campaign(campaign), meta.base(title, doc.description or title, "campaign"), "", campaign.source)
    articles, decisions = bulletin.by_campaign[campaign.id]
    body = [sample_notice(bulletin), f"# {markup.text(title)}", ""]
    if doc.description:
        body += [markup.text(doc.description), ""]
    if decisions:
        body += [f"[Danh sách vinh danh của phong trào]({page.link_to(urls.roll('phong-trao', campaign.id))})", ""]
    body += _sections(bulletin, page, articles, decisions)
    return Page(page.path, page.meta, "\n".join(body), campaign.source)


def organisation_page(bulletin: model.Bulletin, org_id: str, source: str | None) -> Page:
    org = bulletin.organisations[org_id]
    page = Page(urls.organisation(org_id), meta.base(org.name, f"Bài viết và quyết định khen thưởng của {org.name}", "organisation"), "", source)
    articles, decisions = bulletin.by_organisation[org_id]
    body = [sample_notice(bulletin), f"# {markup.text(org.name)}", ""]
    if decisions:
        body += [f"[Danh sách được {markup.text(org.name)} khen thưởng]({page.link_to(urls.roll('co-quan', org_id))})", ""]
    body += _sections(bulletin, page, articles, decisions)
    return Page(page.path, page.meta, "\n".join(body), source)


def campaign_index(bulletin: model.Bulletin) -> Page:
    page = Page(urls.index(urls.CAMPAIGNS), meta.base("Phong trào", "Các phong trào thi đua", "campaigns"), "")
    lines = [sample_notice(bulletin), "# Phong trào", ""]
    for c in sorted(bulletin.campaigns.values(), key=lambda c: (-c.doc.end_year, c.id)):
        articles, decisions = bulletin.by_campaign[c.id]
        lines.append(
            f"- [{markup.text(c.doc.name)} ({markup.text(c.doc.short_name)}), {c.period}]({page.link_to(urls.campaign(c))}): "
            f"{formatting.number(len(articles))} bài viết, {formatting.number(len(decisions))} quyết định"
        )
    return Page(page.path, page.meta, "\n".join(lines) + "\n")


def organisation_index(bulletin: model.Bulletin) -> Page:
    page = Page(urls.index(urls.ORGANISATIONS), meta.base("Đơn vị", "Cơ quan khen thưởng và tổ chức phối hợp", "organisations"), "")
    lines = [sample_notice(bulletin), "# Đơn vị", ""]
    for org in bulletin.organisations.values():
        articles, decisions = bulletin.by_organisation[org.id]
        lines.append(
            f"- [{markup.text(org.name)}]({page.link_to(urls.organisation(org.id))}): "
            f"{formatting.number(len(articles))} bài viết, {formatting.number(len(decisions))} quyết định"
        )
    return Page(page.path, page.meta, "\n".join(lines) + "\n")
