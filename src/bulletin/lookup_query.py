"""The lookup's query in Python, reading the index's files as the browser does
(assets/bulletin-lookup.js): for tests of what a query finds, and to count what it fetches.

It reads every part of the chosen syllable (the browser stops once it has a page of results
and counts the rest in the background) and ranks them all at once (the browser ranks what it
has read, keeping what it shows in place), so for a syllable of one part the two agree exactly.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bulletin.lookup_index import decision_text, syllables, words
from bulletin.text import nfc, slugify


@dataclass
class Answer:
    results: list[dict[str, Any]]
    # The files a query reads, in the order the browser asks for them (after meta.json).
    files: list[str] = field(default_factory=list)


def _at(row: list[Any], i: int) -> Any:
    return row[i] if i < len(row) else 0


def decision_page(meta: dict[str, Any], issue: list[Any]) -> str:
    """A dated decision's page is given by its id alone (lookup_index._Tables._issue)."""
    if "/" in issue[1]:
        return str(issue[1])
    prefix, suffix = meta["decision"]
    return f"{prefix}{issue[2][:4]}/{issue[1]}{suffix}"


def decode(meta: dict[str, Any], file: dict[str, Any], row: list[Any]) -> dict[str, Any]:
    """One row as the result line shows it."""
    issue = file["d"][row[1]]
    anchor = _at(row, 9) or slugify(row[0])
    profile = _at(row, 8)
    if profile == 1:
        profile = anchor
    elif profile and profile.startswith("-"):
        profile = anchor + profile
    place = _at(row, 4)
    dia = _at(row, 2)
    rank = _at(row, 5)
    title = " ".join(x for x in (meta["ranks"][rank - 1] if rank else "", row[0]) if x)
    where = ", ".join(x for x in (_at(row, 6), _at(row, 7), meta["filters"]["dia_ban"][dia] if place == 1 else place) if x)
    return {
        "title": title,
        "detail": " – ".join(x for x in (meta["kinds"][_at(row, 3)], where) if x),
        "decision": decision_text(meta, issue),
        "decision_url": f"{decision_page(meta, issue)}#{anchor}",
        "profile_url": f"{meta['profile'][0]}{profile}{meta['profile'][1]}" if profile else None,
        "kind": _at(row, 3),
        "name": row[0],
        "filters": dict(zip(meta["issue_filters"], issue[4:])) | {"dia_ban": dia},
    }


def query(folder: Path, text: str, chosen: dict[str, str] | None = None) -> Answer:
    """What the lookup shows for `text` and the filters `chosen` (filter name -> value)."""
    chosen = chosen or {}
    meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    ids = {name: (meta["filters"][name].index(v) if v in meta["filters"][name] else -2) for name, v in chosen.items()}

    def passes(result: dict[str, Any]) -> bool:
        return all(result["filters"][name] == i for name, i in ids.items())

    typed = syllables(text)
    if not typed:
        files = [f"browse/{n}.json" for n in range(-(-meta["total"] // meta["block"]))]
        found = []
        for name in files:
            file = json.loads((folder / name).read_text(encoding="utf-8"))
            found += [r for r in (decode(meta, file, row) for row in file["r"]) if passes(r)]
        return Answer(found, files)
    listed = json.loads((folder / "syllables.json").read_text(encoding="utf-8"))
    index = {entry[0]: entry for entry in listed}
    last = typed[-1]
    whole = last in index
    complete = typed if whole else typed[:-1]
    if any(w not in index for w in complete):
        sources = []
    elif complete:
        sources = [min((index[w] for w in complete), key=lambda e: e[1])]
    else:
        sources = sorted((e for e in listed if e[0].startswith(last)), key=lambda e: -e[1])
    files = [f"names/{(e[3] if len(e) > 3 else e[0])}-{n}.json" for e in sources for n in range(e[2])]
    exact = words(nfc(text).lower())
    found, seen = [], set()
    for name in files:
        file = json.loads((folder / name).read_text(encoding="utf-8"))
        for row in file["r"]:
            result = decode(meta, file, row)
            if result["decision_url"] in seen:
                continue
            seen.add(result["decision_url"])
            have = syllables(result["name"])
            if all(w in have for w in complete) and (whole or any(w.startswith(last) for w in have)) and passes(result):
                end = have[-1] if have else ""
                given = result["kind"] == 0 and (end == last if whole else end.startswith(last))
                marked = words(nfc(result["name"]).lower())
                result["rank"] = (1000 if given else 0) + sum(1 for w in exact if w in marked)
                found.append(result)
    found.sort(key=lambda r: -r["rank"])  # stable: the parts' order within a rank
    return Answer(found, files)
