"""Tra cứu khen thưởng: a search box and filters that run in the reader's browser.

The page is plain HTML (templates/lookup.html); assets/bulletin-lookup.js queries the lookup's own index
of every award (tra-cuu/chi-muc/, written by `bulletin.outputs.lookup_index`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bulletin import model, urls

from bulletin.outputs import opendata
from bulletin.vietnamese.collation import sort_key
from bulletin.pages import meta
from bulletin.pages.page import Page
from bulletin.pages.render import render_page_from
from bulletin.pages.rolls import ALL_AWARDS

# Filter name in the index -> its label; in this order on the page.
FILTERS = {
    "co_quan": "Khen thưởng của",
    "cap": "Cấp",
    "hinh_thuc": "Hình thức",
    "nam": "Năm",
    "phong_trao": "Phong trào",
    "dia_ban": "Địa bàn",
}


# Places below a commune, by their first word ("ấp 1", "thôn 3", "tổ dân phố 5", "khu phố 2"):
# the "Địa bàn" filter lists communes, so a hamlet's award is found under its commune.
BELOW_COMMUNE = {"ấp", "thôn", "xóm", "bản", "buôn", "làng", "khóm", "tổ", "khu", "sóc", "plei"}


def commune_and_up(locality: str | None) -> str | None:
    """"ấp 1, xã L, huyện X" -> "xã L, huyện X"; a locality without a commune stays as it is."""
    if not locality:
        return None
    parts = [p.strip() for p in locality.split(",") if p.strip()]
    while len(parts) > 1 and parts[0].split()[0].lower() in BELOW_COMMUNE:
        parts.pop(0)
    return ", ".join(parts) or None


# The type words of a place, longest first ("thị xã" before "xã"): the "Địa bàn" filter lists
# places by their names, "xã Phước Tín" under P, not under X.
PLACE_TYPES = sorted(
    ["ấp", "thôn", "xã", "phường", "thị trấn", "huyện", "quận", "thị xã", "thành phố", "tỉnh", "đặc khu"],
    key=lambda t: -len(t),
)


def place_name(part: str) -> str:
    """"thị xã Phước Long" -> "Phước Long"; "ấp 1" -> "1"; a part without a type word stays."""
    lowered = part.lower()
    for kind in PLACE_TYPES:
        if lowered.startswith(kind + " ") and part[len(kind) :].strip():
            return part[len(kind) :].strip()
    return part


def place_order(place: str) -> tuple:
    """The order of the "Địa bàn" filter: by each part's name, the commune's first, in Vietnamese
    collation (bulletin.vietnamese.collation), then the whole text: "xã An Khương, huyện Hớn Quản" <
    "phường An Lộc, thị xã Bình Long" < "xã Phước Tín, thị xã Phước Long"."""
    return tuple(sort_key(place_name(p.strip())) for p in place.split(",")), sort_key(place)


def filter_values(record: dict) -> dict[str, list[str]]:
    """The filters of one award record (opendata.record); shared by this page and the index."""
    return decision_filters(record, record["year"]) | place_filter(record["locality"])


def decision_filters(fields: dict, year: int | None) -> dict[str, list[str]]:
    """The filters every award of a decision shares: from its fields (opendata.decision_fields) and year."""
    values = {
        "co_quan": fields["office"],
        "cap": fields["level"],
        "hinh_thuc": fields["award"],
        "nam": str(year) if year else None,
        "phong_trao": fields["campaign"],
    }
    return {k: [v] for k, v in values.items() if v}


def place_filter(locality: str | None) -> dict[str, list[str]]:
    """The filter of an award's own place: its commune ("Địa bàn")."""
    place = commune_and_up(locality)
    return {"dia_ban": [place]} if place else {}


def _orders(bulletin: model.Bulletin) -> dict[str, Callable[[str], Any]]:
    """How each filter's values are listed: offices by level then by the highest form they gave,
    forms by rank and grade, levels top down, years and campaigns newest first, places by name."""
    office: dict[str, tuple] = {}
    award: dict[str, tuple] = {}
    for x in bulletin.decisions.values():
        office[x.office] = min(office.get(x.office, (x.rank[2], x.rank)), (x.rank[2], x.rank))
        award[x.award_name] = min(award.get(x.award_name, x.rank[:2]), x.rank[:2])
    levels = [level.name for level in bulletin.vocabulary.levels.values()]
    campaigns = {c.name: (-c.end_year, -c.start_year) for c in bulletin.campaigns.values()}
    last = (len(levels),)
    return {
        "co_quan": lambda v: (office.get(v, last), sort_key(v)),
        "cap": lambda v: (levels.index(v) if v in levels else len(levels), sort_key(v)),
        "hinh_thuc": lambda v: (award.get(v, last), sort_key(v)),
        "nam": lambda v: -int(v),
        "phong_trao": lambda v: (campaigns.get(v, (0, 0)), sort_key(v)),
        "dia_ban": place_order,
    }


def lookup_page(bulletin: model.Bulletin) -> Page:
    title = "Tra cứu khen thưởng"
    description = "Tìm người, đơn vị được khen thưởng theo tên, người hoặc cơ quan khen thưởng, cấp, hình thức, năm, phong trào, địa bàn"
    page = Page(urls.index(urls.LOOKUP), meta.base(title, description, "lookup"), "")

    def context() -> dict[str, Any]:  # when a build first reads the page
        # The values of filter_values over every award, asked once per decision and per place:
        # no record is made (a preview renders this page after every change).
        found: dict[str, set[str]] = {name: set() for name in FILTERS}
        shared: dict[int, dict[str, list[str]]] = {}
        for award in bulletin.awards:
            chosen = shared.get(id(award.decision))
            if chosen is None:
                chosen = shared[id(award.decision)] = decision_filters(opendata.decision_fields(award.decision), award.year)
                for name, values in chosen.items():
                    found[name].update(values)
            for name, values in place_filter(award.recipient.locality).items():
                found[name].update(values)
        orders = _orders(bulletin)
        filters = [(name, label, sorted(found[name], key=orders[name])) for name, label in FILTERS.items()]
        return {
            "title": title,
            "filters": filters,
            "records": len(bulletin.awards),
            "decisions": len(bulletin.decisions),
            "csv": page.href(urls.download(ALL_AWARDS, "csv")),
        }

    return render_page_from(page, bulletin, "lookup.html", context)
