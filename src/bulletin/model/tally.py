"""Counts of recipients as readers read them: what the sources say, never a zero that is only unknown.

A decision's counts are `int | None` (bulletin.model): None when the source did not give
them. Every count a page, the feed, the open data or the build log shows goes through here,
so "9 cá nhân", "danh sách chưa công bố" and "ít nhất ..." read the same everywhere.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from bulletin import model
from bulletin.vietnamese import formatting

EVERYONE = "tập thể, cá nhân"
UNPUBLISHED = "Danh sách chưa công bố"


def counts_phrase(collectives: int | None, individuals: int | None) -> str | None:
    """ "9 tập thể, 15 cá nhân"; only the kinds known and not zero ("9 cá nhân"); None when
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
    """ "tập thể" when the source gave the individuals' count only (and the other way round)."""
    c, i = decision.collective_count, decision.individual_count
    if (c is None) == (i is None):
        return None
    return "tập thể" if c is None else "cá nhân"


def decision_counts(decision: model.Decision) -> str:
    """One line for lists: "9 tập thể, 15 cá nhân"; "9 cá nhân (chưa công bố danh sách)";
    "chưa công bố danh sách và số lượng"."""
    counts = counts_phrase(decision.collective_count, decision.individual_count)
    if decision.published:
        return counts or ""
    if counts is None:
        return "chưa công bố danh sách và số lượng"
    return f"{counts} (chưa công bố danh sách)"


def who(decision: model.Decision) -> str:
    """Who may receive the decision's form: "tập thể", "cá nhân" or "tập thể, cá nhân"."""
    form = decision.kind or decision.form
    kinds = set(form.recipients or ()) | set(decision.form.recipients or ())
    if kinds == {"collectives"}:
        return "tập thể"
    if kinds == {"individuals"}:
        return "cá nhân"
    return EVERYONE


def gave(decision: model.Decision) -> str:
    """The decision as a newspaper reports it, with the counts the source gave and no more:
    "Bộ trưởng Bộ Công an tặng Bằng khen cho 1 tập thể";
    "... tặng Giấy khen cho các tập thể, cá nhân (không nêu số lượng)"."""
    form = decision.kind or decision.form
    award = decision.award_name
    if form.family == "danh-hieu-thi-dua" and not award.startswith("Cờ"):
        award = f"danh hiệu {award}"
    counts = counts_phrase(decision.collective_count, decision.individual_count)
    if counts is None:
        whom = f"các {who(decision)} (không nêu số lượng)"
    else:
        missing = unknown_kinds(decision)
        whom = f"{counts} (không nêu số {missing})" if missing else counts
    return f"{decision.office} tặng {award} cho {whom}"


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
    def silent(self) -> int:
        """Decisions that gave neither count."""
        return self.unknown - self.partial

    @property
    def everyone(self) -> int:
        """The collectives and individuals added up: a lower bound unless `complete`."""
        return self.collectives + self.individuals

    @property
    def known(self) -> bool:
        """Whether any count is known at all (a decision that gave one of its two counts gave one)."""
        return self.silent < self.decisions

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
            return f"ít nhất {formatting.number(self.everyone)}", EVERYONE
        if not c:
            return formatting.number(i), "cá nhân"
        if not i:
            return formatting.number(c), "tập thể"
        return formatting.number(self.everyone), EVERYONE

    def total(self) -> str | None:
        """ "24 tập thể, cá nhân"; "ít nhất 24 tập thể, cá nhân" when some decisions gave no count;
        None when no decision gave one."""
        parts = self.total_parts()
        return f"{parts[0]} {parts[1]}" if parts else None

    def breakdown(self) -> str | None:
        """ "9 tập thể, 15 cá nhân", only when both kinds are there to add up."""
        if self.collectives and self.individuals:
            return counts_phrase(self.collectives, self.individuals)
        return None

    def missing(self) -> str | None:
        """ "2 quyết định không công bố số lượng", when any."""
        if self.complete:
            return None
        what = "không công bố đủ số lượng" if self.partial else "không công bố số lượng"
        return f"{formatting.number(self.unknown)} quyết định {what}"

    def sentence(self) -> str:
        """The whole story in one phrase: "24 tập thể, cá nhân được khen thưởng (9 tập thể, 15 cá nhân)";
        when some decisions gave no count, what those that did give and how many did not:
        "1 quyết định khen thưởng 9 tập thể, 15 cá nhân; 2 quyết định không nêu số lượng";
        "2 quyết định không nêu số lượng" when nothing is known. Never "ít nhất": a reader
        cannot tell what a bound is a bound of."""
        silent = self.silent
        if self.complete:
            total = self.total()
            breakdown = self.breakdown()
            return f"{total} được khen thưởng" + (f" ({breakdown})" if breakdown else "") if total else ""
        parts = []
        if self.known:
            counted = f"{formatting.number(self.decisions - silent)} quyết định khen thưởng "
            counted += counts_phrase(self.collectives, self.individuals) or f"không {EVERYONE} nào"
            if self.partial:
                # Decisions that gave one count only did not give the other one.
                kind = "tập thể" if self.missing_collectives > silent else "cá nhân"
                if self.missing_collectives > silent and self.missing_individuals > silent:
                    kind = "tập thể hoặc cá nhân"
                counted += f" ({formatting.number(self.partial)} quyết định không nêu số {kind})"
            parts.append(counted)
        if silent:
            parts.append(f"{formatting.number(silent)} quyết định không nêu số lượng")
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


def named(awards: Iterable[model.Award]) -> tuple[int, int]:
    """(collectives, individuals) among named awards: a list's own counts, always known."""
    individuals = total = 0
    for award in awards:
        total += 1
        individuals += award.is_individual
    return total - individuals, individuals


def period_phrase(period: str) -> str:
    """A period of achievement or a campaign's: "năm 2019", "giai đoạn 2019 – 2024"."""
    shown = model.period_label(period)
    return shown if shown.startswith("năm ") else f"giai đoạn {shown}"


def upper_first(text: str) -> str:
    """A phrase at the start of a sentence: "ít nhất 24 ..." -> "Ít nhất 24 ..."."""
    return text[:1].upper() + text[1:]
