"""What awards are listed and filtered by: each dimension once, with every name it goes by.

The honour rolls (pages/rolls.py: vinh-danh/<slug>/<key>/), the lookup's filters (pages/lookup.py,
the page's <select data-filter>; outputs/lookup_index.py, meta.json's "filters" and
"issue_filters", which assets/bulletin-lookup.js reads) and the award records of the open data
(outputs/opendata.record) each spelled them their own way: the issuer was "co-quan" in the rolls,
"co_quan" in the lookup and "office" in a record. Those spellings are published (addresses, the
lookup's files, CSV and JSON keys) and stay; they are declared here, side by side.

A roll is keyed by an id (the issuer's, the form's: pages/rolls.py), a filter by the words a
reader sees (the office as it was named, the form with its grade): two lists, one dimension.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from bulletin.vietnamese.collation import sort_key
from bulletin.vietnamese.places import commune_and_up, place_order


@dataclass(frozen=True)
class Dimension:
    filter: str  # its key in the lookup: meta.json's "filters", the page's data-filter
    label: str  # the lookup filter's label
    column: str  # the field of an award record (outputs/opendata.record) its value comes from
    slug: str = ""  # its honour rolls' folder, vinh-danh/<slug>/<key>/ ("": no rolls)
    roll_label: str = ""  # the heading of its rolls on the Vinh danh page
    # The lookup's value from the record's, when not the record's as it is.
    shown: Callable[[Any], str | None] | None = None
    # How the lookup's index lists its values (the page may order them by what the bulletin knows).
    order: Callable[[str], Any] = sort_key


def _newest_first(year: str) -> int:
    return -int(year)


# Issuers are offices ("Bộ trưởng Bộ Công an") as often as bodies ("Hội Nông dân tỉnh").
ISSUER = Dimension("co_quan", "Khen thưởng của", "office", "co-quan", "Theo người, cơ quan khen thưởng")
LEVEL = Dimension("cap", "Cấp", "level")
FORM = Dimension("hinh_thuc", "Hình thức", "award", "hinh-thuc", "Theo hình thức")
YEAR = Dimension("nam", "Năm", "year", "nam", "Theo năm", shown=str, order=_newest_first)
CAMPAIGN = Dimension("phong_trao", "Phong trào", "campaign", "phong-trao", "Theo phong trào")
# A commune's awards, a hamlet's among them (bulletin.vietnamese.places).
PLACE = Dimension("dia_ban", "Địa bàn", "locality", shown=commune_and_up, order=place_order)

# The lookup's filters, in this order on its page and in its index.
FILTERS = (ISSUER, LEVEL, FORM, YEAR, CAMPAIGN, PLACE)
# The filters every award of one decision on one day shares (an "issue" of the lookup's index).
ISSUE_FILTERS = (ISSUER, LEVEL, FORM, YEAR, CAMPAIGN)
# The honour rolls' dimensions, in the Vinh danh page's order.
ROLLS = tuple(x for x in FILTERS if x.slug)


def filter_values(record: Mapping[str, Any], chosen: Iterable[Dimension] = FILTERS) -> dict[str, list[str]]:
    """The lookup's filters of one award record (outputs/opendata.record), or of the `chosen`
    dimensions whose columns `record` holds; a filter without a value is left out."""
    found = {}
    for dimension in chosen:
        value = record[dimension.column]
        if value and dimension.shown is not None:
            value = dimension.shown(value)
        if value:
            found[dimension.filter] = [value]
    return found
