"""The lookup's own index: static JSON files that answer a name from a few KB.

Built from the award records (opendata.record) into tra-cuu/chi-muc/:

    meta.json            loaded with the page: each filter's values and counts, ranks, sizes
    syllables.json       every folded syllable of a name: [syllable, awards, parts, given(, file key)]
    names/<key>-<n>.json the awards whose name holds that syllable, in parts of PART_ROWS
    browse/<n>.json      every award, newest first, in blocks of BLOCK_ROWS (no words typed)
    facets.json          per decision issue (browse order): its filters, then its runs by place

A query folds its words (bulletin.vietnamese.text.fold: no case, marks, đ, tone placement); every word but
the last must be a syllable of the name; the last is a syllable, or else a prefix of syllables
(expanded with syllables.json). A word typed with marks must match them ("Tín" is not "Tìn"
nor, as a prefix, "tỉnh"); a word typed without marks matches any (marks: letters and tone,
either tone placement). Results rank by how well the name matches (lookup_query.rank): the
whole name, then a person whose given name is the last word, then the rest; the marks typed;
newest first.

A syllable's parts list first the people whose given name it is ("given" of them: shorter
names first, then newest), then the others, newest first. So the parts of a query's last word
hold first every person it names in full (as many syllables as typed), then those it names by
the given name, then the rest: read in order, part by part, what is shown first is ranked as
in the whole list (lookup_query.plan). After those the browser reads the rarest word's parts;
a common syllable ("nguyen", "an" of "Công an") is read part by part, never all at once. It
counts exactly once it has read every part (in the background when they are few), else "N+".

Each part and block carries the decision issues its rows use, so one file is enough to show
them; a row holds only what a result line shows, with ids into meta.json's tables.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from bulletin import urls
from bulletin.model.dimensions import FILTERS, ISSUE_FILTERS, PLACE, filter_values
from bulletin.outputs import opendata
from bulletin.vietnamese import formatting
from bulletin.vietnamese.collation import sort_key
from bulletin.vietnamese.text import fold, place_beyond, post_in, slugify

FOLDER = f"{urls.LOOKUP}/chi-muc"
VERSION = 1
# About 100 bytes a row and 85 an issue: a part stays under 35 KB, a block near 5 KB (the page
# loads one; a filter chosen loads those holding its first results).
PART_ROWS = 150
BLOCK_ROWS = 50
KINDS = [opendata.KIND_LABELS["individual"], opendata.KIND_LABELS["collective"]]
# What a result adds after its decision, by the issue's flag.
LABELS = [[1, " (đã bị hủy bỏ)"], [2, " (danh sách minh họa)"]]
_WORD = re.compile(r"[^\W_]+")
_FILE_SAFE = re.compile(r"[a-z0-9]+")


def words(text: str) -> list[str]:
    """The words of `text` as the index and the browser split them (letters and digits)."""
    return _WORD.findall(text)


def syllables(name: str) -> list[str]:
    """ "Đinh Công Thiệp" -> ["dinh", "cong", "thiep"]; the browser splits a query the same way."""
    return words(fold(name))


# Tone marks (NFD), in the order of bulletin.vietnamese.collation; the other marks make letters (ă, â, ơ...).
TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}


def marks(word: str) -> tuple[str, int]:
    """A word's letters with their marks and its tone, whichever letter carries it:
    "Hoà" and "hòa" -> ("hoa", 1); "Tín" -> ("tin", 4); "tỉnh" -> ("tinh", 2); "Ân" -> ("ân", 0)."""
    tone = 0
    letters = []
    for char in unicodedata.normalize("NFD", word.lower()):
        if char in TONES:
            tone = TONES[char]
        else:
            letters.append(char)
    return unicodedata.normalize("NFC", "".join(letters)), tone


def file_key(syllable: str) -> str:
    """A syllable's file name: itself when plain ASCII, else its UTF-8 in hex (never a bare
    Windows device name such as "con": the part number follows, "con-0")."""
    return syllable if _FILE_SAFE.fullmatch(syllable) else "u" + syllable.encode().hex()


class _Tables:
    """Ids shared by every file: filter values, ranks; and each record's issue and row."""

    def __init__(self, records: list[dict[str, Any]]):
        self.filters: dict[str, list[str]] = {}
        self.counts: dict[str, list[int]] = {}
        found: dict[str, dict[str, int]] = {x.filter: defaultdict(int) for x in FILTERS}
        record_values = [filter_values(r) for r in records]
        self.words = [syllables(r["name"]) for r in records]
        for values in record_values:
            for name, chosen in values.items():
                for value in chosen:
                    found[name][value] += 1
        self.ids: dict[str, dict[str, int]] = {}
        for dimension in FILTERS:
            # Years newest first, places by their names (as the page lists them), the rest by name.
            name = dimension.filter
            ordered = sorted(found[name], key=dimension.order)
            self.filters[name] = ordered
            self.counts[name] = [found[name][v] for v in ordered]
            self.ids[name] = {v: i for i, v in enumerate(ordered)}
        self.ranks = sorted({r["rank"] for r in records if r["rank"]}, key=sort_key)
        rank_ids = {r: i + 1 for i, r in enumerate(self.ranks)}
        prefix, _, suffix = urls.site_path(urls.profile("\0")).partition("\0")
        self.profile = [prefix, suffix]
        self.decision = [f"{urls.HONOURS}/", "/"]  # + year + "/" + id + "/" (_issue)
        titles: dict[str, int] = {}
        issue_ids: dict[tuple[Any, ...], int] = {}
        self.issue_of: list[int] = []
        self.rows: list[list[Any]] = []
        self.dia_ban: list[int] = []
        for record, values in zip(records, record_values, strict=True):
            issue = self._issue(record, values, titles)
            self.issue_of.append(issue_ids.setdefault(tuple(issue), len(issue_ids)))
            dia_ban = self._id(PLACE.filter, values)
            self.rows.append(self._row(record, values, dia_ban, rank_ids))
            self.dia_ban.append(dia_ban)
        # Each distinct issue once, numbered as first seen (a dict keeps that order).
        self.issues: list[list[Any]] = [list(issue) for issue in issue_ids]
        self.titles = list(titles)

    def _id(self, name: str, values: dict[str, list[str]]) -> int:
        chosen = values.get(name)
        return self.ids[name][chosen[0]] if chosen else -1

    def _issue(self, record: dict[str, Any], values: dict[str, list[str]], titles: dict[str, int]) -> list[Any]:
        """[title id, decision page (or its id), day or "", 1 revoked + 2 illustrative, the ids of its five filters]."""
        flags = (1 if record.get("revoked") else 0) + (2 if record.get("illustrative") else 0)
        title = titles.setdefault(record["decision_title"], len(titles))
        page = record["decision_url"].partition("#")[0]
        day = record["date"] or ""
        # A dated decision's page is khen-thuong/<its year>/<id>/: the id alone, the rest is the
        # reader's to put back (meta.json's "decision"), 18 bytes off each of ~150,000 issues.
        prefix, suffix = self.decision
        folder = f"{prefix}{day[:4]}/"
        if day and page.startswith(folder) and page.endswith(suffix) and "/" not in page[len(folder) : -len(suffix)]:
            page = page[len(folder) : -len(suffix)]
        return [title, page, day, flags, *(self._id(x.filter, values) for x in ISSUE_FILTERS)]

    def _row(
        self, record: dict[str, Any], values: dict[str, list[str]], dia_ban: int, rank_ids: dict[str, int]
    ) -> list[Any]:
        """[name, issue, địa bàn, kind, place, rank, position, unit, profile, anchor], without
        trailing zeros (0 = none). Place 1 = the địa bàn itself. Anchor 0 = the name's slug.
        Profile 1 = the anchor, "-x" = the anchor then "-x", else the profile's id."""
        anchor: Any = record["decision_url"].partition("#")[2]
        # Only someone with a profile page (from their second award on) links to one.
        profile: Any = (record["profile_id"] if record["profile_url"] else None) or 0
        if profile and profile == anchor:
            profile = 1
        elif profile and profile.startswith(anchor + "-"):
            profile = profile[len(anchor) :]
        if anchor == slugify(record["name"]):
            anchor = 0
        place: Any = place_beyond(record["name"], record["locality"]) or 0
        if place and place == values.get(PLACE.filter, [None])[0]:
            place = 1
        row = [
            record["name"],
            -1,  # the issue's number in the file that holds the row (_chunk)
            dia_ban,
            0 if record["kind"] == "individual" else 1,
            place,
            rank_ids.get(record["rank"] or "", 0),
            # The post with its unit said once, as the site's pages say it (text.post_in).
            post_in(record["position"], record["unit"]) or 0,
            0,  # the unit: in the post above (kept as a column for the readers of older shards)
            profile,
            anchor,
        ]
        while row[-1] == 0:
            row.pop()
        return row


def _chunk(tables: _Tables, numbers: Iterable[int]) -> dict[str, Any]:
    """A file of rows with the issues they use, numbered from 0 in this file."""
    local: dict[int, int] = {}
    rows = []
    for n in numbers:
        row = list(tables.rows[n])
        row[1] = local.setdefault(tables.issue_of[n], len(local))
        rows.append(row)
    return {"d": [tables.issues[i] for i in local], "r": rows}


def decision_text(meta: dict[str, Any], issue: list[Any]) -> str:
    """What a result line says of its decision, as the browser writes it (bulletin-lookup.js)."""
    title, _, day, flags = issue[:4]
    when = f", {formatting.date_short(dt.date.fromisoformat(day))}" if day else ""
    return str(meta["titles"][title]) + when + "".join(text for flag, text in meta["labels"] if flags & flag)


def _write(path: Path, data: Any) -> int:
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    path.write_text(text, encoding="utf-8")
    return len(text.encode())


def browse_order(records: list[dict[str, Any]], tables: _Tables) -> list[int]:
    """Newest first; within a day by issue, then by place, so a filter's awards come in runs."""
    order = sorted(range(len(records)), key=lambda n: (tables.issue_of[n], tables.dia_ban[n], n))
    return sorted(order, key=lambda n: records[n]["date"] or "", reverse=True)  # stable


# Digits of facets.json's numbers: below 32 a number's last five bits, from 32 one more group.
DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"


def encode_numbers(numbers: Iterable[int]) -> str:
    """Unsigned numbers as base-64 digits, five bits a digit, lowest first: 5 -> "F", 40 -> "iB"."""
    out = []
    for number in numbers:
        while number >= 32:
            out.append(DIGITS[32 + number % 32])
            number //= 32
        out.append(DIGITS[number])
    return "".join(out)


def decode_numbers(text: str) -> list[int]:
    numbers, number, scale = [], 0, 1
    for char in text:
        digit = DIGITS.index(char)
        if digit >= 32:
            number += (digit - 32) * scale
            scale *= 32
        else:
            numbers.append(number + digit * scale)
            number, scale = 0, 1
    return numbers


def facets(order: list[int], tables: _Tables) -> dict[str, Any]:
    """ "t": the distinct five filter ids of issues; "f": per issue in browse order, its "t"
    number, its number of runs of awards by place, then each run (see run_numbers), in digits
    (encode_numbers): a third of the same as JSON numbers, and read only when a filter is chosen."""
    kinds: dict[tuple[Any, ...], int] = {}
    issues: list[tuple[int, list[list[int]]]] = []
    last = None
    for n in order:
        issue, dia_ban = tables.issue_of[n], tables.dia_ban[n]
        if issue != last:
            issues.append((kinds.setdefault(tuple(tables.issues[issue][4:]), len(kinds)), []))
            last = issue
        runs = issues[-1][1]
        if runs and runs[-1][0] == dia_ban:
            runs[-1][1] += 1
        else:
            runs.append([dia_ban, 1])
    numbers: list[int] = []
    for kind, runs in issues:
        numbers += [kind, len(runs), *run_numbers(runs)]
    return {"t": [list(k) for k in kinds], "f": encode_numbers(numbers)}


def run_numbers(runs: list[list[int]]) -> list[int]:
    """A run of awards at one place (id, -1 for none) as (id + 1) * 2, plus 1 and then the
    awards less 2 when more than one: most runs are one award, one digit."""
    numbers: list[int] = []
    for dia_ban, count in runs:
        numbers += [(dia_ban + 1) * 2 + 1, count - 2] if count > 1 else [(dia_ban + 1) * 2]
    return numbers


def read_facets(data: dict[str, Any]) -> list[tuple[list[int], list[tuple[int, int]]]]:
    """facets.json read back: per issue, its five filter ids and its runs [(place id, awards)]."""
    numbers = decode_numbers(data["f"])
    issues, i = [], 0
    while i < len(numbers):
        kind, count = numbers[i], numbers[i + 1]
        i += 2
        runs = []
        for _ in range(count):
            value = numbers[i]
            i += 1
            awards = 1
            if value % 2:
                awards = numbers[i] + 2
                i += 1
            runs.append((value // 2 - 1, awards))
        issues.append((data["t"][kind], runs))
    return issues


def name_shards(records: list[dict[str, Any]], tables: _Tables, order: list[int]) -> dict[str, tuple[list[int], int]]:
    """Syllable -> its awards and how many come first: the people whose given name (a person's
    last word) it is, shorter names first, then the others; each newest first. People only:
    many units end with a district's name ("..., huyện Phước Long"), and a reader looks for a
    person by the given name."""
    rank = {n: i for i, n in enumerate(order)}
    shards: dict[str, list[int]] = defaultdict(list)
    for n, words in enumerate(tables.words):
        for syllable in set(words):
            shards[syllable].append(n)
    found = {}
    for syllable, numbers in sorted(shards.items()):
        given = {n for n in numbers if records[n]["kind"] == "individual" and tables.words[n][-1] == syllable}
        # Shorter names first among the given names: a name holding every word typed with as
        # many syllables as were typed is the whole name, so whole names come before the rest.
        numbers.sort(key=lambda n: (n not in given, len(tables.words[n]) if n in given else 0, rank[n]))
        found[syllable] = (numbers, len(given))
    return found


def build(folder: Path, records: list[dict[str, Any]]) -> dict[str, int]:
    """Write the index into `folder` (replaced whole); returns file and byte counts."""
    if folder.exists():
        shutil.rmtree(folder)
    (folder / "names").mkdir(parents=True)
    (folder / "browse").mkdir()
    tables = _Tables(records)
    order = browse_order(records, tables)
    sizes: list[int] = []
    for block, start in enumerate(range(0, len(order), BLOCK_ROWS)):
        sizes.append(_write(folder / "browse" / f"{block}.json", _chunk(tables, order[start : start + BLOCK_ROWS])))
    listed = []
    part_sizes: list[int] = []
    for syllable, (numbers, given) in name_shards(records, tables, order).items():
        key = file_key(syllable)
        parts = 0
        for start in range(0, len(numbers), PART_ROWS):
            part_sizes.append(
                _write(folder / "names" / f"{key}-{parts}.json", _chunk(tables, numbers[start : start + PART_ROWS]))
            )
            parts += 1
        listed.append([syllable, len(numbers), parts, given] + ([key] if key != syllable else []))
    sizes.append(_write(folder / "syllables.json", listed))
    sizes.append(_write(folder / "facets.json", facets(order, tables)))
    meta = {
        "version": VERSION,
        "total": len(records),
        "block": BLOCK_ROWS,
        "part": PART_ROWS,
        "filters": tables.filters,
        "counts": tables.counts,
        "issue_filters": [x.filter for x in ISSUE_FILTERS],
        "titles": tables.titles,
        "ranks": tables.ranks,
        "kinds": KINDS,
        "labels": LABELS,
        "profile": tables.profile,
        "decision": tables.decision,
    }
    sizes.append(_write(folder / "meta.json", meta))
    return {
        "files": len(sizes) + len(part_sizes),
        "bytes": sum(sizes) + sum(part_sizes),
        "largest_part": max(part_sizes, default=0),
        "median_part": sorted(part_sizes)[len(part_sizes) // 2] if part_sizes else 0,
    }
