"""Honour lists as open data: CSV for spreadsheets and JSON for programs.

The CSV starts with a byte-order mark so that Excel, the tool most readers will
open it with, shows Vietnamese letters correctly. A text cell that a spreadsheet would
run as a formula gets a leading apostrophe (OWASP's advice against CSV injection); the
JSON keeps every value exactly as entered, since programs do not evaluate it.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterable
from typing import Any

from bulletin import model, urls
from bulletin.documents import Individual

# Column headings a Vietnamese reader understands, with the JSON key each comes from.
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


def _decision_fields(decision: model.Decision) -> dict[str, Any]:
    """What an award and its decision's own record share: the decision as the model reads it."""
    return {
        "decision_id": decision.id,
        "decision_title": decision.title,
        "number": decision.doc.number,
        "office": decision.office,
        "issuer": decision.issuer_name,
        "issuer_short": decision.issuer.short_name,
        "level": decision.level.name if decision.level else None,
        "form": decision.form.name,
        "grade": decision.doc.grade,
        "award": decision.award_name,
        "period": decision.period,
        # A column of like values: "2019", "2019 – 2024" (pages say "năm 2019").
        "period_label": model.period_label(decision.period).removeprefix("năm ") if decision.period else None,
        "campaign": decision.campaign.doc.name if decision.campaign else None,
        "campaign_short": decision.campaign.doc.short_name if decision.campaign else None,
        # The day the decision was revoked (its awards no longer hold), empty when it stands.
        "revoked": decision.revocation.date.isoformat() if decision.revocation else None,
        "revoked_by": decision.revocation.by_label if decision.revocation else None,
        # The decision's names are illustrative (documents.Decision.illustrative), not a real list.
        "illustrative": decision.doc.illustrative,
    }


def record(award: model.Award) -> dict[str, Any]:
    """One award as a flat record; also what the lookup indexes."""
    person = award.recipient
    decision = award.decision
    individual = isinstance(person, Individual)
    return {
        "kind": "individual" if individual else "collective",
        "kind_label": "Cá nhân" if individual else "Tập thể",
        "name": person.name,
        "rank": getattr(person, "rank", None),
        "position": getattr(person, "position", None),
        "unit": getattr(person, "unit", None),
        "locality": person.locality,
        **_decision_fields(decision),
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
    fields = _decision_fields(decision)
    return {
        "id": decision.id,
        "title": decision.title,
        "number": decision.doc.number,
        "date": day.isoformat() if day else None,
        "office": decision.office,
        "issuer": fields["issuer"],
        "level": fields["level"],
        # Empty when the source does not say who presented (not "không").
        "presenter": decision.presenter.office if decision.presenter else None,
        "on_behalf": decision.presenter.on_behalf if decision.presenter else None,
        "form": decision.form.name,
        "kind": decision.kind.name if decision.kind else decision.form.name,
        "grade": decision.doc.grade,
        "occasion": decision.doc.occasion,
        "extraordinary": decision.doc.extraordinary,
        "period": decision.period,
        "period_label": fields["period_label"],
        "basis": list(decision.doc.basis),
        "reason": decision.doc.reason,
        "campaign": fields["campaign"],
        "names_published": decision.published,
        "collectives": decision.collective_count,
        "individuals": decision.individual_count,
        "total": decision.total,
        "revoked": fields["revoked"],
        "revoked_by": fields["revoked_by"],
        "illustrative": fields["illustrative"],
        "url": urls.site_path(urls.decision(decision, day)),
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


def csv_bytes(rows: Iterable[dict[str, Any]], columns: list[tuple[str, str]] = COLUMNS) -> bytes:
    """Records (see `record`, or `decision_record` with DECISION_COLUMNS) as CSV for spreadsheets."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([heading for heading, _ in columns])
    for row in rows:
        writer.writerow([spreadsheet_cell(row[key]) for _, key in columns])
    return buffer.getvalue().encode("utf-8-sig")


def json_bytes(title: str, rows: list[dict[str, Any]], key: str = "awards") -> bytes:
    """Records (see `record`) as one JSON document; `key` "decisions" for decision records."""
    document = {"title": title, "count": len(rows), key: rows}
    # Compact: one line per file, and json's C encoder (indenting falls back to Python).
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
