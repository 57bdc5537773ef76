"""Tra cứu khen thưởng: a search box and filters that run in the reader's browser.

The page is plain HTML (templates/lookup.html); assets/bulletin-lookup.js queries the lookup's own index
of every award (tra-cuu/chi-muc/, written by `bulletin.outputs.lookup_index`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bulletin import model, urls
from bulletin.model.dimensions import CAMPAIGN, FILTERS, FORM, ISSUE_FILTERS, ISSUER, LEVEL, PLACE, YEAR, filter_values
from bulletin.outputs import opendata
from bulletin.pages import meta
from bulletin.pages.page import Page
from bulletin.pages.render import render_page_from
from bulletin.vietnamese.collation import sort_key


def _orders(bulletin: model.Bulletin) -> dict[str, Callable[[str], Any]]:
    """How each filter's values are listed: offices by level then by the highest form they gave,
    forms by rank and grade, levels top down, years and campaigns newest first, places by name."""
    office: dict[str, tuple[Any, ...]] = {}
    award: dict[str, tuple[Any, ...]] = {}
    for x in bulletin.decisions.values():
        office[x.office] = min(office.get(x.office, (x.rank[2], x.rank)), (x.rank[2], x.rank))
        award[x.award_name] = min(award.get(x.award_name, x.rank[:2]), x.rank[:2])
    levels = [level.name for level in bulletin.vocabulary.levels.values()]
    campaigns = {c.name: (-c.end_year, -c.start_year) for c in bulletin.campaigns.values()}
    last = (len(levels),)
    known: dict[str, Callable[[str], Any]] = {
        ISSUER.filter: lambda v: (office.get(v, last), sort_key(v)),
        LEVEL.filter: lambda v: (levels.index(v) if v in levels else len(levels), sort_key(v)),
        FORM.filter: lambda v: (award.get(v, last), sort_key(v)),
        CAMPAIGN.filter: lambda v: (campaigns.get(v, (0, 0)), sort_key(v)),
    }
    return {x.filter: known.get(x.filter, x.order) for x in FILTERS}  # years, places: as the index lists them


def lookup_page(bulletin: model.Bulletin) -> Page:
    title = "Tra cứu khen thưởng"
    description = "Tìm người, đơn vị được khen thưởng theo tên, người hoặc cơ quan khen thưởng, cấp, hình thức, năm, phong trào, địa bàn"
    page = Page(urls.index(urls.LOOKUP), meta.base(title, description, "lookup"), "")

    def context() -> dict[str, Any]:  # when a build first reads the page
        # The values of filter_values over every award, asked once per decision and per place:
        # no record is made (a preview renders this page after every change).
        found: dict[str, set[str]] = {x.filter: set() for x in FILTERS}
        shared: dict[int, dict[str, list[str]]] = {}
        for award in bulletin.awards:
            chosen = shared.get(id(award.decision))
            if chosen is None:
                fields = opendata.decision_fields(award.decision) | {YEAR.column: award.year}
                chosen = shared[id(award.decision)] = filter_values(fields, ISSUE_FILTERS)
                for name, values in chosen.items():
                    found[name].update(values)
            for name, values in filter_values({PLACE.column: award.recipient.locality}, (PLACE,)).items():
                found[name].update(values)
        orders = _orders(bulletin)
        filters = [(x.filter, x.label, sorted(found[x.filter], key=orders[x.filter])) for x in FILTERS]
        return {
            "title": title,
            "filters": filters,
            "records": len(bulletin.awards),
            "decisions": len(bulletin.decisions),
            "csv": page.href(urls.download(urls.ALL_AWARDS, "csv")),
        }

    return render_page_from(page, bulletin, "lookup.html", context)
