"""Vietnamese place names as the lookup's "Địa bàn" filter lists them: by commune, by name.

A locality is written from the smallest place up, "ấp 1, xã L, huyện X"; each part starts
with its type word ("ấp", "xã", "thị xã", ...) and then its name.
"""

from __future__ import annotations

from bulletin.vietnamese.collation import Key, sort_key

# Places below a commune, by their first word ("ấp 1", "thôn 3", "tổ dân phố 5", "khu phố 2"):
# the "Địa bàn" filter lists communes, so a hamlet's award is found under its commune.
BELOW_COMMUNE = {"ấp", "thôn", "xóm", "bản", "buôn", "làng", "khóm", "tổ", "khu", "sóc", "plei"}


def commune_and_up(locality: str | None) -> str | None:
    """ "ấp 1, xã L, huyện X" -> "xã L, huyện X"; a locality without a commune stays as it is."""
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
    """ "thị xã Phước Long" -> "Phước Long"; "ấp 1" -> "1"; a part without a type word stays."""
    lowered = part.lower()
    for kind in PLACE_TYPES:
        if lowered.startswith(kind + " ") and part[len(kind) :].strip():
            return part[len(kind) :].strip()
    return part


def place_order(place: str) -> tuple[tuple[Key, ...], Key]:
    """The order of the "Địa bàn" filter: by each part's name, the commune's first, in Vietnamese
    collation (bulletin.vietnamese.collation), then the whole text: "xã An Khương, huyện Hớn Quản" <
    "phường An Lộc, thị xã Bình Long" < "xã Phước Tín, thị xã Phước Long"."""
    return tuple(sort_key(place_name(p.strip())) for p in place.split(",")), sort_key(place)
