"""One page per decision: the honour list, printable."""

from __future__ import annotations

from bulletin import formatting, model, urls
from bulletin.pages import markup, meta, parts, recipients
from bulletin.pages.notice import sample_notice
from bulletin.pages.page import Page
from bulletin.pages.rolls import downloads


def decision_page(bulletin: model.Bulletin, decision: model.Decision) -> Page:
    day = bulletin.decision_day(decision)
    path = urls.decision(decision, day)
    title = recipients.title(decision)
    count = recipients.counts_phrase(decision.collective_count, decision.individual_count)
    page = Page(path, meta.base(title, f"{title}: {count}", "decision"), "", decision.source)
    out = [sample_notice(bulletin), f"# {markup.text(title)}", ""]
    if decision.doc.date:
        out += [parts.dateline(decision.doc.date), ""]
    elif day:
        out += [f'<p class="bulletin-dateline">Công bố ngày <time datetime="{day.isoformat()}">'
                f"{formatting.date_short(day)}</time></p>", ""]
    out += [downloads(f"quyet-dinh/{decision.id}", page), ""]
    out += [recipients.section(decision, heading=None, page=page, anchors=True), ""]
    issuer = f"[{markup.text(decision.issuer.name)}]({page.link_to(urls.organisation(decision.issuer.id))})"
    out += [f"Cơ quan khen thưởng: {issuer}", ""]
    if decision.campaign:
        link = page.link_to(urls.campaign(decision.campaign))
        out += [f"Phong trào: [{markup.text(decision.campaign.doc.name)}]({link})", ""]
    articles = bulletin.announced_in.get(decision.id, [])
    if articles:
        out += ["## Bài viết công bố quyết định", "", parts.article_list(articles, page)]
    return Page(path, page.meta, "\n".join(out), decision.source)
