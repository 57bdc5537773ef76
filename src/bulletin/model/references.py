"""References between documents: ids used once, and every id a document names defined where an
editor would add it; organisations' successors that exist and never lead back. The messages say
what is missing, the nearest id, and where to add a new one."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from bulletin.data import documents as d
from bulletin.data.files import Catalog, Sourced
from bulletin.data.kinds import ALL as KINDS
from bulletin.data.kinds import CAMPAIGN, ORGANISATIONS, SINGLES, Kind
from bulletin.data.problems import Location, Problems
from bulletin.data.validation import suggest
from bulletin.data.yamlsource import SourceMap
from bulletin.model.campaigns import Campaign
from bulletin.model.decisions import Decision
from bulletin.vietnamese import formatting

T = TypeVar("T")


@dataclass(frozen=True)
class Tables:
    """What the documents define, by id: what decisions and articles name is looked up here."""

    org: dict[str, d.Organisation]
    form: dict[str, d.Form]
    metric: dict[str, d.Metric]
    campaign: dict[str, Campaign]
    decision_ids: dict[str, Sourced[d.Decision]]  # every decision file's, built or not
    decision: dict[str, Decision]  # the decisions built (empty while they are being built)


def noun(kind: Kind) -> str:
    """What an id of `kind` names in a message: "không có cơ quan mã 'x'", "mã phong trào 'x' đã được dùng"."""
    return kind.item_label or kind.label


def unknown(kind: str, wanted: str, known: Iterable[str]) -> str:
    known = sorted(known)
    near = suggest(wanted, known)
    if near:
        return f"không có {kind} mã '{wanted}'; có phải ý bạn là '{near}'?"
    listed = ", ".join(known[:8]) + (", ..." if len(known) > 8 else "")
    return f"không có {kind} mã '{wanted}'; các mã hiện có: {listed or '(chưa có)'}"


# Where an editor adds what a reference names when it is new, by the file or folder that defines it.
_WHERE_TO_ADD = {kind.place: kind.add for kind in KINDS if kind.add}


def where_to_add(message: str, source: str) -> str:
    """The hint as its own sentence after a question ("có phải ý bạn là ...? Nếu là ..."), else after "; "."""
    hint = _WHERE_TO_ADD.get(source)
    if hint is None:
        return message
    return f"{message} {hint[0].upper()}{hint[1:]}" if message.endswith("?") else f"{message}; {hint}"


class References:
    """Looks ids up in the tables of what documents define, reporting what is missing once."""

    def __init__(self, catalog: Catalog, problems: Problems) -> None:
        self.catalog = catalog
        self.problems = problems

    def unique(self, kind: str, entries: Iterable[tuple[str, Location]]) -> set[str]:
        """Report ids used twice; return the ids seen."""
        first: dict[str, Location] = {}
        for ident, where in entries:
            if ident in first:
                self.problems.error(
                    where, "duplicate-id", f"mã {kind} '{ident}' đã được dùng ở {first[ident]}; mỗi mã chỉ dùng một lần"
                )
            else:
                first[ident] = where
        return set(first)

    def lookup(self, table: Mapping[str, T], kind: Kind, ident: str, where: Location) -> T | None:
        """The referenced document of `kind`; a missing one is reported unless the file that would
        define it could not be read at all (its own error is then the cause)."""
        if ident not in table and self.readable(kind.place):
            self.problems.error(where, "unknown-ref", where_to_add(unknown(noun(kind), ident, table), kind.place))
        return table.get(ident)

    def readable(self, source: str) -> bool:
        """Whether the file or folder that defines references was read: one that is unreadable,
        or a required file that is missing, reports itself, not at every reference."""
        if source in self.catalog.unreadable:
            return False
        return source not in {kind.place for kind in SINGLES} or source in self.catalog.singles

    # -- documents -------------------------------------------------------------------

    def listed(self, kind: Kind) -> dict[str, Any]:
        """The items of a single file's list (kind.items) by id, each id used once."""
        sourced = self.catalog.singles.get(kind.place)
        if sourced is None:
            return {}
        items = getattr(sourced.doc, kind.items)
        self.unique(noun(kind), ((x.id, sourced.source.at(kind.items, i, "id")) for i, x in enumerate(items)))
        return {x.id: x for x in items}

    def campaign(self, tables: Tables, ident: str, where: Location) -> Campaign | None:
        """The campaign a document names; one whose own file is invalid reports itself there,
        not as 'no such campaign' at every decision and article that names it."""
        if ident in self.catalog.invalid_ids.get(CAMPAIGN.place, ()) and ident not in tables.campaign:
            return None
        return self.lookup(tables.campaign, CAMPAIGN, ident, where)


def _successor_cycle(start: str, table: Mapping[str, d.Organisation]) -> list[str] | None:
    """The ids from `start` back to `start` along successors, if following them returns there."""
    todo = [(start, [start])]
    seen: set[str] = set()
    while todo:
        ident, path = todo.pop()
        for nxt in table[ident].successors if ident in table else []:
            if nxt == start:
                return [*path, start]
            if nxt not in seen and nxt in table:
                seen.add(nxt)
                todo.append((nxt, [*path, nxt]))
    return None


def check_history(
    doc: d.OrganisationList, source: SourceMap, table: Mapping[str, d.Organisation], problems: Problems
) -> None:
    """Earlier names, end dates and successors: in order, naming organisations that exist, never
    leading back to the organisation itself."""
    in_cycle: set[str] = set()
    for i, org in enumerate(doc.organisations):
        at = ("organisations", i)
        previous: dt.date | None = None
        for j, former in enumerate(org.names):
            if previous is not None and former.until <= previous:
                problems.error(
                    source.at(*at, "names", j, "until"),
                    "history-order",
                    f"tên '{former.name}' dùng đến {formatting.date_short(former.until)}, không sau tên ghi trước nó "
                    f"(dùng đến {formatting.date_short(previous)}); hãy ghi các tên cũ theo thứ tự thời gian, tên cũ nhất trước",
                )
            if org.ended is not None and former.until > org.ended:
                problems.error(
                    source.at(*at, "names", j, "until"),
                    "history-order",
                    f"tên '{former.name}' dùng đến {formatting.date_short(former.until)}, sau ngày cơ quan kết thúc hoạt động "
                    f"({formatting.date_short(org.ended)}, dòng ended); hãy kiểm tra lại hai ngày này",
                )
            previous = former.until
        if org.successors and org.ended is None:
            problems.error(
                source.at(*at, "successors"),
                "missing-field",
                f"cơ quan '{org.id}' có đơn vị kế thừa nhưng chưa ghi ngày kết thúc hoạt động; hãy thêm dòng "
                "'ended: YYYY-MM-DD' (ngày cuối cùng cơ quan còn hoạt động). Nếu cơ quan chỉ đổi tên, "
                "hãy ghi tên cũ trong names và bỏ successors",
            )
        for j, ident in enumerate(org.successors):
            where = source.at(*at, "successors", j)
            if ident == org.id:
                problems.error(
                    where,
                    "history-self",
                    f"cơ quan '{org.id}' không thể là đơn vị kế thừa của chính nó; hãy bỏ mã này khỏi successors "
                    "(nếu cơ quan chỉ đổi tên, hãy ghi tên cũ trong names)",
                )
            elif ident not in table:
                problems.error(
                    where, "unknown-ref", where_to_add(unknown(noun(ORGANISATIONS), ident, table), ORGANISATIONS.place)
                )
        if org.id not in in_cycle and (cycle := _successor_cycle(org.id, table)) and len(cycle) > 2:
            in_cycle.update(cycle)
            problems.error(
                source.at(*at, "successors"),
                "history-cycle",
                "các cơ quan kế thừa nhau thành vòng: "
                + " → ".join(cycle)
                + "; một cơ quan không thể kế thừa cơ quan đã kế thừa nó, hãy sửa successors",
            )
