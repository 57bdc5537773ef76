"""Honour rolls: every award by issuer, form of commendation, year and campaign
(bulletin.model.dimensions); one page per recipient with an id (their awards over the years).
Each roll's open-data files are bulletin.outputs.downloads'."""

from __future__ import annotations

import datetime as dt
import functools
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from bulletin import model, urls
from bulletin.model.dimensions import CAMPAIGN, FORM, ISSUER, ROLLS, YEAR, Dimension
from bulletin.model.tally import counts_phrase, named, period_phrase, upper_first
from bulletin.pages import inputs, meta, parts, recipients
from bulletin.pages.page import Page
from bulletin.pages.render import render_page, render_page_from
from bulletin.vietnamese import formatting
from bulletin.vietnamese.collation import person_key, sort_key

# Names per page of an honour roll. 500 (200 until issue 14) cuts a 350-article archive's roll pages
# from 449 to 200 (400 a page: 237; 1,000: 116 but 350 KB pages). A built page of 500 names was 175 KB
# of HTML, 20 KB gzip'd, 1,800 elements; under a heading per decision (`decision_groups`) it is 97 KB,
# 14 KB gzip'd, 1,460 elements: light for a phone. Old pages' addresses redirect (pages/redirects.py).
ROLL_PAGE_SIZE = 500
OLD_ROLL_PAGE_SIZE = 200
# Rolls by issuer and by form list their decisions, not the names again: at 700 articles their
# names took 18 MB on 442 pages, each a second copy of the decision pages' lists (an issuer's
# decisions are also its organisation page's, a form's are one filter of the lookup). Names
# are listed by year and by campaign, as honour rolls are printed, and on each decision's page.
DECISION_INDEX = frozenset({ISSUER.slug, FORM.slug})


@dataclass(frozen=True)
class Roll:
    """A named list of awards with its own pages and downloads."""

    dimension: str  # its dimension's slug (bulletin.model.dimensions.ROLLS): co-quan, hinh-thuc, nam, phong-trao
    key: str
    title: str
    # In bulletin.awards order; `awards` is the roll's own order, sorted when a build first needs
    # it (validation counts a roll's pages but never orders its names).
    unordered: list[model.Award]

    @functools.cached_property
    def awards(self) -> list[model.Award]:
        return ordered(self.unordered)

    @property
    def count(self) -> int:
        return len(self.unordered)

    @functools.cached_property
    def layout(self) -> list[tuple[model.Decision, int, list[model.Award]]]:
        """(decision, first, awards): where each decision's awards lie in the roll's order, which
        keeps a decision's awards together (see `ordered`). Found without sorting the awards."""
        by_decision: dict[model.Decision, list[model.Award]] = defaultdict(list)
        for award in self.unordered:
            by_decision[award.decision].append(award)
        first, found = 0, []
        for decision, awards in sorted(by_decision.items(), key=lambda x: decision_order(x[0], x[1][0].day)):
            found.append((decision, first, awards))
            first += len(awards)
        return found

    def inputs(self, bulletin: model.Bulletin, start: int, size: int) -> frozenset[str]:
        """What the page of `size` names from `start` is made from: the decisions it shows, and
        the roll's layout (a decision with one name more or less moves the names of the pages after it)."""
        shown = [
            a
            for _, first, awards in self.layout
            if first < start + size and first + len(awards) > start
            for a in awards
        ]
        layout = [(x.id, len(awards)) for x, _, awards in self.layout]
        return inputs.awards(bulletin, shown) | {inputs.fingerprint(f"{self.dimension}/{self.key}", layout)}

    @property
    def lists_names(self) -> bool:
        return self.dimension not in DECISION_INDEX

    @property
    def page_total(self) -> int:
        return parts.page_count(self.count, ROLL_PAGE_SIZE) if self.lists_names else 1

    @functools.cached_property
    def top(self) -> model.Decision:
        """The decision of the roll's highest award (the first in its order)."""
        return min(self.unordered, key=lambda a: a.decision.rank).decision

    @property
    def download_name(self) -> str:
        return f"{self.dimension}/{self.key}"

    @property
    def short_title(self) -> str:
        """The title without what the Vinh danh page's groups already say."""
        title = (
            self.title.removeprefix("Khen thưởng của ").removeprefix("Khen thưởng năm ").removeprefix("Khen thưởng: ")
        )
        if title.startswith(IN_CAMPAIGN):
            title = upper_first(title.removeprefix(IN_CAMPAIGN))
        return title


IN_CAMPAIGN = "Khen thưởng trong "


def campaign_roll_title(name: str) -> str:
    """ "Khen thưởng trong phong trào toàn dân bảo vệ an ninh Tổ quốc", as a headline says it;
    a name that is not a common noun is kept as written ("Khen thưởng: Ngày hội ...")."""
    if name.startswith(recipients.COMMON_NOUNS):
        return IN_CAMPAIGN + recipients.in_sentence(name)
    return f"Khen thưởng: {name}"


def ordered(awards: Sequence[model.Award]) -> list[model.Award]:
    """Highest rank first (form, grade, level of the issuer: model.Decision.rank), newest decision
    first within a rank, then by title; within a decision, collectives by name, then individuals by given, middle
    and family name (Vietnamese order)."""

    decisions: dict[str, tuple[Any, ...]] = {}  # one collation key per decision, not per award

    def key(award: model.Award) -> tuple[Any, ...]:
        person = award.recipient
        if isinstance(person, model.Individual):
            name: tuple[Any, ...] = (1, person_key(person.name, person.given))
        else:
            name = (0, (sort_key(person.name),))
        found = decisions.get(award.decision.id)
        if found is None:
            found = decisions[award.decision.id] = decision_order(award.decision, award.day)
        return (found, name)

    return sorted(awards, key=key)


def decision_order(decision: model.Decision, day: dt.date | None) -> tuple[Any, ...]:
    """Where a decision's awards stand in a roll: highest rank first, newest first, then by title."""
    return (decision.rank, -(day.toordinal() if day else 0), sort_key(decision.title), decision.id)


def rolls(bulletin: model.Bulletin) -> list[Roll]:
    """Rolls of named recipients only: a decision whose names are not published has no line here."""
    groups: dict[tuple[str, str], list[model.Award]] = defaultdict(list)
    titles: dict[tuple[str, str], str] = {}
    # Each roll dimension's (key, title) of an award: the key names the roll's folder.
    dimensions: list[tuple[Dimension, Callable[[model.Award], tuple[str, str] | None]]] = [
        (ISSUER, lambda a: (a.decision.issuer.id, f"Khen thưởng của {a.decision.office}")),
        (FORM, lambda a: (a.decision.form.id, a.decision.form.name)),
        (YEAR, lambda a: (str(a.year), f"Khen thưởng năm {a.year}") if a.year else None),
        (
            CAMPAIGN,
            lambda a: (
                (
                    a.decision.campaign.id,
                    f"{campaign_roll_title(a.decision.campaign.name)}, {period_phrase(a.decision.campaign.period_key)}",
                )
                if a.decision.campaign
                else None
            ),
        ),
    ]
    # Every award of a decision is in the same rolls (its day too is the decision's): described once per decision.
    described: dict[int, list[tuple[str, str]]] = {}
    for award in bulletin.awards:
        keys = described.get(id(award.decision))
        if keys is None:
            keys = described[id(award.decision)] = []
            for dimension, describe in dimensions:
                found = describe(award)
                if found:
                    keys.append((dimension.slug, found[0]))
                    titles[(dimension.slug, found[0])] = found[1]
        for key in keys:
            groups[key].append(award)
    return [Roll(dim, key, titles[(dim, key)], awards) for (dim, key), awards in groups.items()]


@dataclass(frozen=True)
class DecisionGroup:
    """A roll page's names of one decision (and day), under one heading that links the decision
    once, as a newspaper prints a list under its decision: each line used to repeat the
    decision's title and a link to it, two thirds of a roll's bytes."""

    path: str  # the decision page (docs path)
    awards: Sequence[model.Award]
    first: int  # the number of the group's first name within its decision's list (1 on its first page)
    continued: bool  # the decision's list began on the previous page ("tiếp theo")


def _decision_of(award: model.Award) -> tuple[str, Any]:
    return (award.decision.id, award.day)


def decision_groups(awards: Sequence[model.Award], start: int, end: int) -> list[DecisionGroup]:
    """`awards[start:end]` (a roll page, in roll order: a decision's names are together) grouped
    by decision and day, each group numbered on from the names it had on earlier pages."""
    groups: list[DecisionGroup] = []
    end = min(end, len(awards))
    at = start
    while at < end:
        key = _decision_of(awards[at])
        stop = at + 1
        while stop < end and _decision_of(awards[stop]) == key:
            stop += 1
        before = 0  # names of this decision on earlier pages (only the page's first group has any)
        while at - before > 0 and _decision_of(awards[at - before - 1]) == key:
            before += 1
        first = awards[at]
        groups.append(DecisionGroup(urls.decision(first.decision, first.day), awards[at:stop], before + 1, before > 0))
        at = stop
    return groups


@dataclass(frozen=True)
class IndexedDecision:
    """A line of a roll that lists decisions: the decision, its day there and its named awards."""

    path: str  # the decision page (docs path)
    day: dt.date | None
    awards: Sequence[model.Award]

    @property
    def counts(self) -> str | None:
        """ "9 tập thể, 15 cá nhân" of the names in this roll."""
        return counts_phrase(*named(self.awards))


def indexed_decisions(roll: Roll) -> list[tuple[int | None, list[IndexedDecision]]]:
    """The roll's decisions by year, newest first (a decision of unknown date last)."""
    lines = [IndexedDecision(urls.decision(x, awards[0].day), awards[0].day, awards) for x, _, awards in roll.layout]
    lines.sort(key=lambda line: (-(line.day.toordinal() if line.day else 0), sort_key(line.awards[0].decision.title)))
    years: dict[int | None, list[IndexedDecision]] = defaultdict(list)
    for line in lines:
        years[line.day.year if line.day else None].append(line)
    return list(years.items())


def _decision_index_page(bulletin: model.Bulletin, roll: Roll) -> Page:
    count = f"{formatting.number(roll.count)} lượt khen thưởng"
    page = Page(
        urls.roll(roll.dimension, roll.key),
        meta.base(roll.title, roll_description(roll), "roll"),
        "",
        None,
        functools.partial(roll.inputs, bulletin, 0, roll.count),
    )

    def context() -> dict[str, Any]:
        return {
            "title": roll.title,
            "count": count,
            "roll": roll,
            "years": indexed_decisions(roll),
            "notices": model.notices(x for x, _, _ in roll.layout),
        }

    return render_page_from(page, bulletin, "roll_index.html", context)


def roll_description(roll: Roll) -> str:
    """ "24 lượt khen thưởng của Chủ tịch Ủy ban nhân dân tỉnh", "4 lượt khen thưởng năm 2025" (not
    "Khen thưởng năm 2025: 4 lượt khen thưởng"); a form's roll: "Bằng khen: 49 lượt khen thưởng"."""
    count = f"{formatting.number(roll.count)} lượt khen thưởng"
    if roll.title.startswith("Khen thưởng "):
        return count + roll.title.removeprefix("Khen thưởng")
    return f"{roll.title}: {count}"


def roll_pages(bulletin: model.Bulletin, roll: Roll) -> list[Page]:
    if not roll.lists_names:
        return [_decision_index_page(bulletin, roll)]
    pages = []
    total = roll.page_total
    section = urls.roll(roll.dimension, roll.key).removesuffix("/index.md")
    count = f"{formatting.number(roll.count)} lượt khen thưởng"
    for number in range(1, total + 1):
        title = roll.title if number == 1 else f"{roll.title} – trang {number}"
        start = (number - 1) * ROLL_PAGE_SIZE
        page = Page(
            urls.roll(roll.dimension, roll.key, number),
            meta.base(title, roll_description(roll), "roll"),
            "",
            None,
            functools.partial(roll.inputs, bulletin, start, ROLL_PAGE_SIZE),
        )

        def context(title: str = title, start: int = start, number: int = number) -> dict[str, Any]:
            chunk = roll.awards[start : start + ROLL_PAGE_SIZE]  # ordered when a build first reads a page
            return {
                "title": title,
                "count": count,
                "roll": roll,
                "groups": decision_groups(roll.awards, start, start + ROLL_PAGE_SIZE),
                "pager": parts.pager(section, number, total),
                "notices": model.notices(a.decision for a in chunk),
            }

        pages.append(render_page_from(page, bulletin, "roll.html", context))
    return pages


def _group_order(roll: Roll) -> tuple[Any, ...]:
    """Issuers by level, then by the highest form they gave; forms by rank; years and campaigns
    newest first. A roll is ordered (see `ordered`): its first award is its highest."""
    top = roll.top
    if roll.dimension == ISSUER.slug:
        return (top.rank[2], top.rank, sort_key(roll.title))
    if roll.dimension == FORM.slug:
        return (top.rank[0], sort_key(roll.title))
    if roll.dimension == YEAR.slug:
        return (-int(roll.key),)
    campaign = top.campaign
    return (-campaign.end_year, -campaign.start_year, sort_key(roll.title)) if campaign else (0,)


def roll_groups(all_rolls: list[Roll]) -> list[tuple[str, list[Roll]]]:
    """Every roll grouped by dimension, for the Vinh danh page: (label, rolls), each group in its
    natural order (`_group_order`), never alphabetical by id."""
    groups = []
    for dimension in ROLLS:
        found = sorted((r for r in all_rolls if r.dimension == dimension.slug and r.count), key=_group_order)
        if found:
            groups.append((dimension.roll_label, found))
    return groups


def profile_page(bulletin: model.Bulletin, ident: str, awards: list[model.Award]) -> Page:
    latest = awards[0].recipient
    page = Page(
        urls.profile(ident),
        meta.base(latest.name, f"Các lần khen thưởng của {latest.name}", "profile"),
        "",
        awards[0].decision.source,
        lambda: inputs.awards(bulletin, awards),
    )
    notices = model.notices(a.decision for a in awards)
    return render_page(page, bulletin, "profile.html", name=latest.name, awards=awards, notices=notices)
