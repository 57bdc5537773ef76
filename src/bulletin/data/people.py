"""Checks on the people and units honoured, across all decisions.

- a recipient listed twice in one decision is an error (one of the entries is a mistake);
- two records that look like the same person or unit (same name and unit once diacritics,
  tone placement and case are folded) but carry different or no ids get a warning, since
  their awards would not meet on one profile page;
- a personal identifier (personal.find) in a recipient or signer record is an error.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from bulletin.data import documents as d
from bulletin.data import personal
from bulletin.data.problems import Location, Problems
from bulletin.data.yamlsource import SourceMap
from bulletin.vietnamese.text import char_name, fold

# Nine or more digits, however grouped: in a record about a person never a quantity.
_LONG_NUMBER = re.compile(r"(?<![\d])\d(?:[ .\-]?\d){8,}(?![\d])")
_TEXT_FIELDS = ("name", "given", "rank", "position", "unit", "locality")
_SIGNER_FIELDS = ("title", "name")


# Names, ranks, units and localities repeat across thousands of records: each distinct text is
# folded and searched once per process (also across rebuilds of `mkdocs serve`).
_MEMO = 1 << 16
_fold = lru_cache(maxsize=_MEMO)(fold)


@cache
def _fields_of(kind: type[d.Individual | d.Collective]) -> tuple[str, ...]:
    """The text fields a record class has (asking a pydantic model for a missing one is slow)."""
    return tuple(f for f in _TEXT_FIELDS if f in kind.model_fields)


@dataclass(slots=True)
class Entry:
    """One recipient record and where it is written; its texts and identity worked out once
    (plain fields: cached_property takes a lock on every read in Python 3.11)."""

    record: d.Individual | d.Collective
    kind: str  # "individuals" or "collectives"
    index: int
    source: SourceMap
    texts: list[tuple[str, str]]  # the non-empty text fields
    identity: tuple[str, str, str]  # what makes two records "look like" the same recipient

    def at(self, *field: str) -> Location:
        return self.source.at(self.kind, self.index, *field)


def _entry(record: d.Individual | d.Collective, kind: str, index: int, source: SourceMap) -> Entry:
    texts = [(f, value) for f in _fields_of(type(record)) if (value := getattr(record, f))]
    unit = (record.unit if isinstance(record, d.Individual) else None) or record.locality or ""
    return Entry(record, kind, index, source, texts, (kind, _fold(record.name), _fold(unit)))


def entries(decision: d.Decision, source: SourceMap) -> list[Entry]:
    # A record removed on request has no name to compare or check (documents.Removed).
    return [
        _entry(r, "collectives", i, source) for i, r in enumerate(decision.collectives) if isinstance(r, d.Collective)
    ] + [_entry(r, "individuals", i, source) for i, r in enumerate(decision.individuals) if isinstance(r, d.Individual)]


# A full date next to a person's name, rank or unit is a birth date ("Trần Quốc Bảo (1980-02-01)",
# "Lê Văn A, 01/02/1980"); in an article a date is news, so only people's fields look for it.
_FULL_DATE = re.compile(r"(?<!\d)(?:(?:19|20)\d{2}-\d{1,2}-\d{1,2}|\d{1,2}[/.\-]\d{1,2}[/.\-](?:19|20)\d{2})(?!\d)")


@lru_cache(maxsize=_MEMO)
def _personal_in(text: str) -> tuple[tuple[int, str], ...]:
    """Personal identifiers in a field that describes a person (stricter than in articles)."""
    found = personal.find(text)
    if not found and (long := _LONG_NUMBER.search(text)):
        found = [(long.start(), personal.ID_CARD)]
    if not found and (day := _FULL_DATE.search(text)):
        found = [(day.start(), personal.BIRTH)]
    return tuple(found)


def report_personal(source: SourceMap, path: tuple[str | int, ...], value: str | None, problems: Problems) -> None:
    if not value:
        return
    found = _personal_in(value)
    if found:
        offset, kind = found[0]
        problems.error(
            source.within(path, offset, value),
            "personal-data",
            f"'{path[-1]}' có {kind}; {personal.LAW}, hãy xóa phần này",
        )


def check_personal(decision: d.Decision, source: SourceMap, items: Iterable[Entry], problems: Problems) -> None:
    for entry in items:
        for field, value in entry.texts:
            if _personal_in(value):  # rare: the path is built only for a finding
                report_personal(source, (entry.kind, entry.index, field), value, problems)
    if decision.signer:
        for field in _SIGNER_FIELDS:
            report_personal(source, ("signer", field), getattr(decision.signer, field), problems)


def check_listed_twice(items: list[Entry], problems: Problems) -> None:
    first: dict[tuple[str, str, str], Entry] = {}
    for entry in items:
        if entry.identity in first:
            problems.error(
                entry.at("name"),
                "listed-twice",
                f"'{entry.record.name}' đã có trong danh sách ở {first[entry.identity].at('name')}; "
                "mỗi người hay đơn vị chỉ ghi một lần trong một quyết định",
            )
        else:
            first[entry.identity] = entry


def check_look_alikes(items: Iterable[Entry], problems: Problems) -> None:
    """Across decisions: same folded name and unit should mean the same id."""
    seen: dict[tuple[str, str, str], Entry] = {}
    for entry in items:
        earlier = seen.get(entry.identity)
        if earlier is None:
            seen[entry.identity] = entry
            continue
        if earlier.source is entry.source or (earlier.record.id and earlier.record.id == entry.record.id):
            continue
        ids = f"mã '{earlier.record.id or '(không có)'}' và '{entry.record.id or '(không có)'}'"
        problems.warning(
            entry.at("name"),
            "look-alike",
            f"'{entry.record.name}' giống '{earlier.record.name}' ở {earlier.at('name')} "
            f"(cùng tên, cùng đơn vị) nhưng {ids}; nếu là một người, hãy ghi cùng một id để gộp hồ sơ",
        )


def check_id_names(items: Iterable[Entry], problems: Problems) -> None:
    """One id should name one recipient: the same id with another name is probably a typo."""
    named: dict[str, Entry] = {}
    for entry in items:
        ident = entry.record.id
        if not ident:
            continue
        if ident in named and _fold(named[ident].record.name) != _fold(entry.record.name):
            problems.warning(
                entry.at("id"),
                "id-name",
                f"id '{ident}' đã dùng cho '{named[ident].record.name}' ở {named[ident].at('id')}, "
                f"ở đây là '{entry.record.name}'; kiểm tra lại id hoặc tên",
            )
        named.setdefault(ident, entry)


@lru_cache(maxsize=_MEMO)
def _foreign_letter(text: str) -> int | None:
    """Offset of the first letter that is not Latin: Vietnamese names are written in Latin
    letters only, and a Cyrillic "а" or Greek "ο" looks the same but breaks search and sorting."""
    if text.isascii():
        return None
    # Only a letter outside the Latin blocks Vietnamese uses needs its Unicode name looked up
    # (19,846 texts at 700 articles: looking up every letter's was a tenth of a validation).
    for found in _BEYOND_VIETNAMESE.finditer(text):
        char = found.group()
        if char.isalpha() and not unicodedata.name(char, "").startswith("LATIN"):
            return found.start()
    return None


def _latin_runs() -> str:
    """The characters of the blocks Vietnamese is written in (Basic Latin to Latin Extended-B,
    Latin Extended Additional) that are no foreign letter, as a regex class's ranges: all but
    the few letters there whose names are not LATIN (ª, º, µ)."""
    ok = [
        c
        for c in [*range(0x250), *range(0x1E00, 0x1F00)]
        if not (chr(c).isalpha() and not unicodedata.name(chr(c), "").startswith("LATIN"))
    ]
    runs, start = [], ok[0]
    for before, c in zip(ok, [*ok[1:], -1], strict=True):
        if c != before + 1:
            runs.append(f"\\u{start:04x}-\\u{before:04x}")
            start = c
    return "".join(runs)


# A letter (a word character that is not a digit or "_") outside those characters.
_BEYOND_VIETNAMESE = re.compile(rf"[^\W\d_{_latin_runs()}]")


def check_letters(items: Iterable[Entry], problems: Problems) -> None:
    for entry in items:
        name = entry.record.name
        if not any(char.isalpha() for char in name):
            problems.error(
                entry.at("name"),
                "no-letters",
                "tên này không có chữ cái nào (chỉ có dấu hoặc ký hiệu); hãy ghi đúng họ tên",
            )
        for field, value in entry.texts:
            if (offset := _foreign_letter(value)) is not None:
                char = value[offset]
                problems.warning(
                    entry.source.within((entry.kind, entry.index, field), offset, value),
                    "foreign-letter",
                    f"'{field}' có chữ '{char}', {char_name(char)}, không phải chữ Latin, trông giống chữ Việt "
                    "nhưng khác mã nên không tìm thấy được; hãy gõ lại chữ này",
                )


def check(decisions: Iterable[tuple[d.Decision, SourceMap]], problems: Problems) -> None:
    every: list[Entry] = []
    for decision, source in decisions:
        items = entries(decision, source)
        check_personal(decision, source, items, problems)
        check_letters(items, problems)
        check_listed_twice(items, problems)
        every += items
    check_look_alikes(every, problems)
    check_id_names(every, problems)
