"""One page per decision: the honour list, printable (templates/decision.html)."""

from __future__ import annotations

from bulletin import model, urls
from bulletin.model import tally
from bulletin.pages import inputs, meta
from bulletin.pages.page import Page
from bulletin.pages.render import render_page


def decision_page(bulletin: model.Bulletin, decision: model.Decision) -> Page:
    day = bulletin.decision_day(decision)
    path = urls.decision(decision, day)
    title = decision.title
    description = f"{title}: {tally.decision_counts(decision)}"
    page = Page(
        path,
        meta.base(title, description, "decision"),
        "",
        decision.source,
        lambda: inputs.decision(bulletin, decision),
    )
    return render_page(
        page,
        bulletin,
        "decision.html",
        title=title,
        decision=decision,
        day=day,
        download=urls.decision_download(decision.id),
        articles=bulletin.announced_in.get(decision.id, []),
        notices=decision.notices,
    )
