"""Tra cứu khen thưởng: a search box and filters that run in the reader's browser.

The page is plain HTML (templates/lookup.html); assets/bulletin-lookup.js queries a Pagefind index of every
award (tra-cuu/pagefind/, written after the build by `bulletin.search_index`).
"""

from __future__ import annotations

from bulletin import model, urls
from bulletin.collation import sort_key
from bulletin.pages import meta
from bulletin.pages.page import Page
from bulletin.pages.render import render_page
from bulletin.pages.rolls import ALL_AWARDS

# Filter name in the index -> (label, how an award gives its value)
FILTERS = {
    "co_quan": "Cơ quan khen thưởng",
    "hinh_thuc": "Hình thức",
    "nam": "Năm",
    "phong_trao": "Phong trào",
    "dia_ban": "Địa bàn",
}


def filter_values(record: dict) -> dict[str, list[str]]:
    """The filters of one award record (opendata.record); shared by this page and the index."""
    values = {
        "co_quan": record["issuer"],
        "hinh_thuc": record["form"],
        "nam": str(record["year"]) if record["year"] else None,
        "phong_trao": record["campaign"],
        "dia_ban": record["locality"],
    }
    return {k: [v] for k, v in values.items() if v}


def lookup_page(bulletin: model.Bulletin, records: list[dict]) -> Page:
    title = "Tra cứu khen thưởng"
    page = Page(urls.index(urls.LOOKUP), meta.base(title, "Tìm người, đơn vị được khen thưởng theo tên, cơ quan, hình thức, năm, phong trào, địa bàn", "lookup"), "")
    found: dict[str, set[str]] = {name: set() for name in FILTERS}
    for record in records:
        for name, values in filter_values(record).items():
            found[name].update(values)
    filters = []
    for name, label in FILTERS.items():
        order = (lambda v: -int(v)) if name == "nam" else sort_key
        filters.append((name, label, sorted(found[name], key=order)))
    return render_page(
        page,
        bulletin,
        "lookup.html",
        title=title,
        filters=filters,
        records=len(records),
        decisions=len(bulletin.decisions),
        csv=page.href(urls.download(ALL_AWARDS, "csv")),
    )
