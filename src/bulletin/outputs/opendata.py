"""Honour lists as open data: CSV for spreadsheets and JSON for programs.

The CSV starts with a byte-order mark so that Excel, the tool most readers will
open it with, shows Vietnamese letters correctly. A text cell that a spreadsheet would
run as a formula gets a leading apostrophe (OWASP's advice against CSV injection); the
JSON keeps every value exactly as entered, since programs do not evaluate it.

A CSV has one row per award with its decision's columns repeated, as a spreadsheet needs.
The JSON writes each decision once with its awards inside, as the data's own decision files
list them: {"title", "count", "decisions": {id: {..., "awards": {"collectives": [...],
"individuals": [...]}}}}, compact, a field without a value left out (README, "Open data").
An award is in five or six files (everything, issuer, form, year, campaign, decision), so
each award's CSV line and JSON object is encoded once (`Encoded`) and files are joins.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterable, Sequence
from typing import Any

from bulletin import model, urls

# Column headings a Vietnamese reader understands, with the JSON key each comes from.
# A recipient's kind as readers read it (the CSV's "Loại", the lookup's result line).
KIND_LABELS = {"individual": "Cá nhân", "collective": "Tập thể"}

COLUMNS = [
    ("Loại", "kind_label"),
    ("Họ tên / Tên tập thể", "name"),
    ("Cấp bậc", "rank"),
    ("Chức vụ", "position"),
    ("Đơn vị", "unit"),
    ("Địa bàn", "locality"),
    ("Hình thức khen thưởng", "award"),
    ("Khen thưởng của", "office"),
    ("Cấp", "level"),
    ("Số quyết định", "number"),
    ("Ngày", "date"),
    ("Thời gian đạt thành tích", "period_label"),
    ("Phong trào", "campaign"),
    ("Mã quyết định", "decision_id"),
    ("Mã hồ sơ", "profile_id"),
    ("Hủy bỏ ngày", "revoked"),
    ("Tên minh họa", "illustrative"),
]


def decision_fields(decision: model.Decision) -> dict[str, Any]:
    """What an award and its decision's own record share: the decision as the model reads it."""
    return {
        "decision_id": decision.id,
        "decision_title": decision.title,
        "number": decision.number,
        "office": decision.office,
        "issuer": decision.issuer_name,
        "issuer_short": decision.issuer.short_name,
        "level": decision.level.name if decision.level else None,
        "form": decision.form.name,
        "grade": decision.grade,
        "award": decision.award_name,
        "period": decision.period,
        # A column of like values: "2019", "2019 – 2024" (pages say "năm 2019").
        "period_label": model.period_label(decision.period).removeprefix("năm ") if decision.period else None,
        "campaign": decision.campaign.name if decision.campaign else None,
        "campaign_short": decision.campaign.short_name if decision.campaign else None,
        # The day the decision was revoked (its awards no longer hold), empty when it stands.
        "revoked": decision.revocation.date.isoformat() if decision.revocation else None,
        "revoked_by": decision.revocation.by_label if decision.revocation else None,
        # The decision's names are illustrative (documents.Decision.illustrative), not a real list.
        "illustrative": decision.illustrative,
    }


def records(awards: Iterable[model.Award]) -> list[dict[str, Any]]:
    """`record` of each award, each decision's own fields worked out once."""
    shared: dict[int, dict[str, Any]] = {}
    found = []
    for award in awards:
        fields = shared.get(id(award.decision))
        if fields is None:
            fields = shared[id(award.decision)] = decision_fields(award.decision)
        found.append(record(award, fields))
    return found


def record(award: model.Award, shared: dict[str, Any] | None = None) -> dict[str, Any]:
    """One award as a flat record; also what the lookup indexes. `shared`: its decision's fields, when known."""
    person = award.recipient
    decision = award.decision
    award_kind = kind(award)
    return {
        "kind": award_kind,
        "kind_label": KIND_LABELS[award_kind],
        "name": person.name,
        "rank": getattr(person, "rank", None),
        "position": getattr(person, "position", None),
        "unit": getattr(person, "unit", None),
        "locality": person.locality,
        **(shared if shared is not None else decision_fields(decision)),
        "date": award.day.isoformat() if award.day else None,
        "year": award.year,
        "decision_url": urls.site_path(urls.decision(decision, award.day)) + "#" + award.anchor,
        "profile_id": person.id,
        "profile_url": urls.site_path(urls.profile(award.profile)) if award.profile else None,
    }


# Every decision, named or not: what it records, and the counts the source gave, empty when unknown.
DECISION_COLUMNS = [
    ("Mã quyết định", "id"),
    ("Quyết định", "title"),
    ("Số quyết định", "number"),
    ("Ngày", "date"),
    ("Khen thưởng của", "office"),
    ("Cấp", "level"),
    ("Người trao", "presenter"),
    ("Thừa ủy quyền", "on_behalf"),
    ("Hình thức khen thưởng", "form"),
    ("Loại", "kind"),
    ("Hạng", "grade"),
    ("Nhân dịp", "occasion"),
    ("Khen thưởng đột xuất", "extraordinary"),
    ("Thời gian đạt thành tích", "period_label"),
    ("Căn cứ", "basis"),
    ("Lý do", "reason"),
    ("Phong trào", "campaign"),
    ("Công bố danh sách", "names_published"),
    ("Số tập thể", "collectives"),
    ("Số cá nhân", "individuals"),
    ("Tổng số", "total"),
    ("Hủy bỏ ngày", "revoked"),
    ("Hủy bỏ theo", "revoked_by"),
    ("Danh sách minh họa", "illustrative"),
]


def decision_record(decision: model.Decision, day: dt.date | None) -> dict[str, Any]:
    """One decision as a flat record; counts are None (an empty cell) when the source gave none, never 0."""
    fields = decision_fields(decision)
    return {
        "id": decision.id,
        "title": decision.title,
        "number": decision.number,
        "date": day.isoformat() if day else None,
        "office": decision.office,
        "issuer": fields["issuer"],
        "level": fields["level"],
        # Empty when the source does not say who presented (not "không").
        "presenter": decision.presenter.office if decision.presenter else None,
        "on_behalf": decision.presenter.on_behalf if decision.presenter else None,
        "form": decision.form.name,
        "kind": decision.kind.name if decision.kind else decision.form.name,
        "grade": decision.grade,
        "occasion": decision.occasion,
        "extraordinary": decision.extraordinary,
        "period": decision.period,
        "period_label": fields["period_label"],
        "basis": list(decision.basis),
        "reason": decision.reason,
        "campaign": fields["campaign"],
        "names_published": decision.published,
        "collectives": decision.collective_count,
        "individuals": decision.individual_count,
        "total": decision.total,
        "revoked": fields["revoked"],
        "revoked_by": fields["revoked_by"],
        "illustrative": fields["illustrative"],
        "url": urls.site_path(urls.decision(decision, day)),
        # What an award file's decision entry also says (`decision_entry`), under the same names.
        "issuer_short": fields["issuer_short"],
        "award": fields["award"],
        "campaign_short": fields["campaign_short"],
    }


# What makes Excel, LibreOffice or Google Sheets read a cell as a formula (OWASP, CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_cell(value: Any) -> Any:
    """`value` as a cell a spreadsheet shows and never runs: "=1+1" becomes "'=1+1"; a list is
    one cell ("a; b"), a yes/no "có" or "không", None an empty cell."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "có" if value else "không"
    if isinstance(value, list):
        value = "; ".join(str(x) for x in value)
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def csv_lines(rows: Iterable[dict[str, Any]], columns: list[tuple[str, str]] = COLUMNS) -> list[str]:
    """Each record as one CSV line (CRLF-terminated; a quoted cell may hold a line break)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    ends = []
    for row in rows:
        writer.writerow([spreadsheet_cell(row[key]) for _, key in columns])
        ends.append(buffer.tell())  # in characters: a StringIO's position
    text = buffer.getvalue()
    return [text[start:end] for start, end in zip([0, *ends], ends, strict=False)]


def csv_bytes(rows: Iterable[dict[str, Any]], columns: list[tuple[str, str]] = COLUMNS) -> bytes:
    """Records (see `record`, or `decision_record` with DECISION_COLUMNS) as CSV for spreadsheets."""
    return "".join([_header(columns), *csv_lines(rows, columns)]).encode("utf-8-sig")


def _header(columns: list[tuple[str, str]]) -> str:
    """The heading line of a CSV file of `columns`."""
    return csv_lines([{key: heading for heading, key in columns}], columns)[0]


def _json(value: Any) -> str:
    # Compact: one line per file, and json's C encoder (indenting falls back to Python).
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def lean(fields: dict[str, Any]) -> dict[str, Any]:
    """`fields` without the ones that have no value (None, an empty list): JSON leaves them out."""
    return {key: value for key, value in fields.items() if value is not None and (value or type(value) is not list)}


# An award file's decision entry: what its CSV columns need, once per decision (quyet-dinh.json
# has these and more: counts, reason, basis, presenter).
DECISION_ENTRY = [
    "title",
    "number",
    "date",
    "office",
    "issuer",
    "issuer_short",
    "level",
    "form",
    "grade",
    "award",
    "period",
    "period_label",
    "campaign",
    "campaign_short",
    "revoked",
    "revoked_by",
    "illustrative",
    "url",
]


def decision_entry(decision: model.Decision, day: dt.date | None) -> dict[str, Any]:
    full = decision_record(decision, day)
    return lean({key: full[key] for key in DECISION_ENTRY})


# Where an award file's decision entry holds its awards, by kind, in the file's order (as a
# decision's YAML lists them; a roll and the data both put collectives first).
KIND_LISTS = {"collective": "collectives", "individual": "individuals"}


def kind(award: model.Award) -> str:
    return "individual" if award.is_individual else "collective"


def award_entry(award: model.Award) -> dict[str, Any]:
    """One award inside its decision's entry, without what the decision says: `anchor` is the
    recipient's place on the decision's page (url#anchor), `id` the recipient's id when the data
    gives one, `profile` true when they have a profile page (ho-so/<id>/: from their second award on)."""
    person = award.recipient
    return lean(
        {
            "name": person.name,
            "rank": getattr(person, "rank", None),
            "position": getattr(person, "position", None),
            "unit": getattr(person, "unit", None),
            "locality": person.locality,
            "anchor": award.anchor,
            "id": person.id,
            "profile": True if award.profile else None,
        }
    )


def decisions_json(title: str, decisions: Sequence[dict[str, Any]]) -> bytes:
    """Decision records (see `decision_record`) as one JSON document, keyed by id, newest first."""
    entries = {x["id"]: lean({k: v for k, v in x.items() if k != "id"}) for x in decisions}
    return _json({"title": title, "count": len(entries), "decisions": entries}).encode("utf-8")


# The award files' heading line.
HEADER = _header(COLUMNS)


class Encoded:
    """Every award's CSV line and JSON object and every decision's JSON entry, encoded once:
    an award file is then text joined from them (`csv`, `json`)."""

    def __init__(self, awards: Sequence[model.Award], records: Sequence[dict[str, Any]]):
        """`records` are the awards' records (see `record`), in the same order."""
        self._position = {id(a): number for number, a in enumerate(awards)}
        self._lines = csv_lines(records)
        self._objects = [_json(award_entry(a)) for a in awards]
        # Each decision's entry as `"id":{...` without its closing brace: its awards go inside.
        self._decisions: dict[str, str] = {}
        for award in awards:
            decision = award.decision
            if decision.id not in self._decisions:
                self._decisions[decision.id] = (
                    _json(decision.id) + ":" + _json(decision_entry(decision, award.day))[:-1]
                )

    def csv(self, awards: Sequence[model.Award]) -> bytes:
        rows = [self._lines[self._position[id(a)]] for a in awards]
        return (HEADER + "".join(rows)).encode("utf-8-sig")

    def json(self, title: str, awards: Sequence[model.Award]) -> bytes:
        # Decisions first seen first, once each; their awards by kind, in the file's order.
        grouped: dict[str, dict[str, list[str]]] = {}
        for award in awards:
            lists = grouped.setdefault(award.decision.id, {"collectives": [], "individuals": []})
            lists[KIND_LISTS[kind(award)]].append(self._objects[self._position[id(award)]])
        entries = []
        for ident, lists in grouped.items():
            kinds = ",".join(f'"{name}":[{",".join(found)}]' for name, found in lists.items() if found)
            entries.append(f'{self._decisions[ident]},"awards":{{{kinds}}}}}')
        text = "".join(
            ['{"title":', _json(title), ',"count":', str(len(awards)), ',"decisions":{', ",".join(entries), "}}"]
        )
        return text.encode("utf-8")


def flat_awards(document: dict[str, Any]) -> list[dict[str, Any]]:
    """An award file read back as the records `record` makes: each award with its decision's
    fields, in the file's order (decision by decision, collectives then individuals)."""
    result = []
    for ident, decision in document["decisions"].items():
        date = decision.get("date")
        shared = {
            "decision_id": ident,
            "decision_title": decision["title"],
            **{key: decision.get(key) for key in DECISION_ENTRY if key not in ("title", "url")},
            "year": int(date[:4]) if date else None,
        }
        for kind_, name in KIND_LISTS.items():
            for award in decision.get("awards", {}).get(name, ()):
                person = award.get("id")
                result.append(
                    {
                        "kind": kind_,
                        "kind_label": KIND_LABELS[kind_],
                        **{key: award.get(key) for key in ("name", "rank", "position", "unit", "locality")},
                        **shared,
                        "decision_url": decision["url"] + "#" + award["anchor"],
                        "profile_id": person,
                        "profile_url": urls.site_path(urls.profile(person)) if award.get("profile") else None,
                    }
                )
    return result
