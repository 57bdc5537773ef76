"""Counts of recipients as readers read them: what the sources say, never a zero that is only unknown.

A decision's counts are `int | None` (bulletin.model): None when the source did not give
them. Every count a page, the feed, the open data or the build log shows goes through here,
so "9 cá nhân", "danh sách chưa công bố" and "ít nhất ..." read the same everywhere.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from bulletin import formatting, model

EVERYONE = "tập thể, cá nhân"
UNPUBLISHED = "Danh sách chưa công bố"
NO_COUNTS = "Bài viết không nêu số lượng"


def counts_phrase(collectives: int | None, individuals: int | None) -> str | None:
    """"9 tập thể, 15 cá nhân"; only the kinds known and not zero ("9 cá nhân"); None when
    nothing is known. Both known and zero (an empty published list) reads "không có ai"."""
    parts = []
    if collectives:
        parts.append(f"{formatting.number(collectives)} tập thể")
    if individuals:
        parts.append(f"{formatting.number(individuals)} cá nhân")
    if parts:
        return ", ".join(parts)
    if collectives is None or individuals is None:
        return None
    return f"không có {EVERYONE} nào"


def unknown_kinds(decision: model.Decision) -> str | None:
    """"tập thể" when the source gave the individuals' count only (and the other way round)."""
    c, i = decision.collective_count, decision.individual_count
    if (c is None) == (i is None):
        return None
    return "tập thể" if c is None else "cá nhân"


def decision_counts(decision: model.Decision) -> str:
    """One line for lists: "9 tập thể, 15 cá nhân"; "9 cá nhân, danh sách chưa công bố";
    "danh sách chưa công bố, không nêu số lượng"."""
    counts = counts_phrase(decision.collective_count, decision.individual_count)
    if decision.published:
        return counts or ""
    if counts is None:
        return "danh sách chưa công bố, không nêu số lượng"
    return f"{counts}, danh sách chưa công bố"


@dataclass(frozen=True)
class Tally:
    """What many decisions add up to: the known counts, and how many decisions gave none."""

    decisions: int
    collectives: int
    individuals: int
    # Decisions whose total is unknown (one count or both not given): the sums are then lower bounds.
    unknown: int
    # Of those, decisions that gave one of the two counts (already in the sums).
    partial: int
    # Decisions that did not give the collectives', the individuals' count.
    missing_collectives: int = 0
    missing_individuals: int = 0

    @property
    def complete(self) -> bool:
        return self.unknown == 0

    @property
    def known(self) -> bool:
        """Whether any count is known at all."""
        return self.unknown < self.decisions

    def total_parts(self) -> tuple[str, str] | None:
        """The total as (figure, noun) for pages that set the figure apart: ("24", "tập thể, cá nhân"),
        ("15", "cá nhân") when there is no collective, ("ít nhất 24", "tập thể, cá nhân") when some
        decisions gave no count; None when no decision gave one (or all gave zero of a partial count)."""
        if not self.known:
            return None
        c, i = self.collectives, self.individuals
        if c == i == 0:
            return ("không có", f"{EVERYONE} nào") if self.complete else None
        if not self.complete:
            # A decision without counts may have given either kind: the bound is on everyone.
            return f"ít nhất {formatting.number(c + i)}", EVERYONE
        if not c:
            return formatting.number(i), "cá nhân"
        if not i:
            return formatting.number(c), "tập thể"
        return formatting.number(c + i), EVERYONE

    def total(self) -> str | None:
        """"24 tập thể, cá nhân"; "ít nhất 24 tập thể, cá nhân" when some decisions gave no count;
        None when no decision gave one."""
        parts = self.total_parts()
        return f"{parts[0]} {parts[1]}" if parts else None

    def breakdown(self) -> str | None:
        """"9 tập thể, 15 cá nhân", only when both kinds are there to add up."""
        if self.collectives and self.individuals:
            return counts_phrase(self.collectives, self.individuals)
        return None

    def missing(self) -> str | None:
        """"2 quyết định không công bố số lượng", when any."""
        if self.complete:
            return None
        what = "không công bố đủ số lượng" if self.partial else "không công bố số lượng"
        return f"{formatting.number(self.unknown)} quyết định {what}"

    def sentence(self, verb: str = "") -> str:
        """The whole story in one phrase: "24 tập thể, cá nhân{verb} (9 tập thể, 15 cá nhân)",
        "ít nhất 24 tập thể, cá nhân{verb}; 2 quyết định không công bố số lượng",
        "2 quyết định không công bố số lượng" when nothing is known."""
        total = self.total()
        parts = []
        if total is not None:
            breakdown = self.breakdown()
            parts.append(total + verb + (f" ({breakdown})" if breakdown else ""))
        missing = self.missing()
        if missing:
            parts.append(missing)
        return "; ".join(parts)


def tally(decisions: Iterable[model.Decision]) -> Tally:
    count = collectives = individuals = unknown = partial = no_c = no_i = 0
    for decision in decisions:
        count += 1
        c, i = decision.collective_count, decision.individual_count
        collectives += c or 0
        individuals += i or 0
        no_c += c is None
        no_i += i is None
        if c is None or i is None:
            unknown += 1
            partial += (c is None) != (i is None)
    return Tally(count, collectives, individuals, unknown, partial, no_c, no_i)


def period_phrase(period: str) -> str:
    """A period of achievement or a campaign's: "năm 2019", "giai đoạn 2019 – 2024"."""
    shown = model.period_label(period)
    return shown if shown.startswith("năm ") else f"giai đoạn {shown}"


def upper_first(text: str) -> str:
    """A phrase at the start of a sentence: "ít nhất 24 ..." -> "Ít nhất 24 ..."."""
    return text[:1].upper() + text[1:]
