"""The lookup's query in Python, reading the index's files as the browser does
(assets/bulletin-lookup.js): for tests of what a query finds, and to count what it fetches.

It reads every part of the chosen syllables (the browser stops once it has a page of results
and counts the rest in the background) and ranks them all at once (the browser ranks what it
has read, keeping what it shows in place; the parts' order makes that the same ranking, see
plan), so for a query of one part the two agree exactly.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bulletin.model.dimensions import PLACE
from bulletin.outputs.lookup_index import decision_text, marks, syllables, words
from bulletin.vietnamese.text import fold, nfc, slugify


@dataclass
class Answer:
    results: list[dict[str, Any]]
    # The files a query reads, in the order the browser asks for them (after meta.json).
    files: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Word:
    """A word typed: folded, and its marks when typed with any (else it matches any marks)."""

    folded: str
    letters: str
    tone: int
    marked: bool


def typed_words(text: str) -> list[Word]:
    found = []
    for word in words(nfc(text)):
        letters, tone = marks(word)
        found.append(Word(fold(word), letters, tone, fold(word) != word.lower()))
    return found


def matches(word: Word, syllable: str, whole: bool) -> bool:
    """Whether a syllable of a name (as written) is `word`, or begins with it when not `whole`."""
    folded = fold(syllable)
    letters, tone = marks(syllable)
    if whole:
        return folded == word.folded and (not word.marked or (letters, tone) == (word.letters, word.tone))
    return folded.startswith(word.folded) and (
        not word.marked or (letters.startswith(word.letters) and word.tone in (0, tone))
    )


def holds(typed: list[Word], whole: bool, name: str) -> bool:
    """Every word typed is a syllable of the name; the last may be the beginning of one."""
    have = words(nfc(name))
    return all(any(matches(w, s, whole or i < len(typed) - 1) for s in have) for i, w in enumerate(typed))


def rank(typed: list[Word], whole: bool, name: str, kind: int) -> int:
    """Higher first: 200 the whole name as typed, 100 a person whose given name is the last
    word, plus the words typed whose marks the name has ("an" is An before Ân)."""
    have = words(nfc(name))
    exact = whole and len(have) == len(typed) and all(matches(w, s, True) for w, s in zip(typed, have, strict=True))
    given = kind == 0 and bool(have) and matches(typed[-1], have[-1], whole)
    written = {marks(s) for s in have}
    same = sum(1 for w in typed if (w.letters, w.tone) in written)
    return (200 if exact else 100 if given else 0) + same


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
    where = ", ".join(
        x for x in (_at(row, 6), _at(row, 7), meta["filters"][PLACE.filter][dia] if place == 1 else place) if x
    )
    kind = _at(row, 3)
    return {
        "title": title,
        "detail": where,
        # The first line as the page shows it (bulletin-lookup.js, item): "Thượng tá Nguyễn Văn A –
        # Trưởng Công an huyện X"; a collective's place in brackets.
        "line": (f"{title} – {where}" if kind == 0 else f"{title} ({where})") if where else title,
        "decision": decision_text(meta, issue),
        "decision_url": f"{decision_page(meta, issue)}#{anchor}",
        "profile_url": f"{meta['profile'][0]}{profile}{meta['profile'][1]}" if profile else None,
        "kind": kind,
        "name": row[0],
        "date": issue[2],
        "filters": dict(zip(meta["issue_filters"], issue[4:], strict=True)) | {PLACE.filter: dia},
    }


def _parts(entry: list[Any], start: int, stop: int) -> list[str]:
    key = entry[4] if len(entry) > 4 else entry[0]
    return [f"names/{key}-{n}.json" for n in range(start, stop)]


def plan(meta: dict[str, Any], listed: list[list[Any]], typed: list[str]) -> tuple[list[str], bool]:
    """The parts a query reads, in order, and whether the last word is a whole syllable.

    Whole: the parts of the people whose given name the last word is (whole names first: the
    index lists shorter names first), then the rarest word's parts (or only those when they are
    one part, ranked whole, or the last word's own). Read in this order, each part ranks below those before it (the
    browser shows results from the first part on). Not whole: the rarest other word's parts,
    or with none, every syllable beginning with the last word: first the parts of their
    given names, then the rest."""
    index = {entry[0]: entry for entry in listed}
    last = typed[-1]
    whole = last in index
    complete = typed if whole else typed[:-1]
    if any(w not in index for w in complete):
        return [], whole

    def head(entry: list[Any]) -> int:
        return int(-(-entry[3] // meta["part"]))

    if complete:
        rarest = min((index[w] for w in complete), key=lambda e: e[1])
        given = index[last] if whole else rarest
        if given is rarest or not given[3] or rarest[2] == 1:  # one part is ranked whole
            return _parts(rarest, 0, rarest[2]), whole
        return _parts(given, 0, head(given)) + _parts(rarest, 0, rarest[2]), whole
    sources = sorted((e for e in listed if e[0].startswith(last)), key=lambda e: -e[1])
    heads = [p for e in sources for p in _parts(e, 0, head(e))]
    return heads + [p for e in sources for p in _parts(e, head(e), e[2])], whole


def query(folder: Path, text: str, chosen: dict[str, str] | None = None) -> Answer:
    """What the lookup shows for `text` and the filters `chosen` (filter name -> value)."""
    chosen = chosen or {}
    meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    ids = {name: (meta["filters"][name].index(v) if v in meta["filters"][name] else -2) for name, v in chosen.items()}

    def passes(result: dict[str, Any]) -> bool:
        return all(result["filters"][name] == i for name, i in ids.items())

    typed = typed_words(text)
    if not typed:
        files = [f"browse/{n}.json" for n in range(-(-meta["total"] // meta["block"]))]
        found = []
        for name in files:
            file = json.loads((folder / name).read_text(encoding="utf-8"))
            found += [r for r in (decode(meta, file, row) for row in file["r"]) if passes(r)]
        return Answer(found, files)
    listed = json.loads((folder / "syllables.json").read_text(encoding="utf-8"))
    files, whole = plan(meta, listed, syllables(text))
    found, seen = [], set()
    for name in files:
        file = json.loads((folder / name).read_text(encoding="utf-8"))
        for row in file["r"]:
            result = decode(meta, file, row)
            if result["decision_url"] in seen:
                continue
            seen.add(result["decision_url"])
            if holds(typed, whole, result["name"]) and passes(result):
                result["rank"] = rank(typed, whole, result["name"], result["kind"])
                found.append(result)
    # Stable: newest first within a rank, then the parts' order.
    found.sort(key=lambda r: r["date"], reverse=True)
    found.sort(key=lambda r: -r["rank"])
    return Answer(found, files)
