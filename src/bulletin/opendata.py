"""Honour lists as open data: CSV for spreadsheets and JSON for programs.

The CSV starts with a byte-order mark so that Excel, the tool most readers will
open it with, shows Vietnamese letters correctly. A text cell that a spreadsheet would
run as a formula gets a leading apostrophe (OWASP's advice against CSV injection); the
JSON keeps every value exactly as entered, since programs do not evaluate it.
"""

from __future__ import annotations

import csv
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
    ("Hình thức khen thưởng", "form"),
    ("Cơ quan khen thưởng", "issuer"),
    ("Số quyết định", "number"),
    ("Ngày", "date"),
    ("Phong trào", "campaign"),
    ("Mã quyết định", "decision_id"),
    ("Mã hồ sơ", "profile_id"),
]


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
        "form": decision.form.name,
        "issuer": decision.issuer.name,
        "issuer_short": decision.issuer.short_name,
        "number": decision.doc.number,
        "date": award.day.isoformat() if award.day else None,
        "year": award.year,
        "campaign": decision.campaign.doc.name if decision.campaign else None,
        "campaign_short": decision.campaign.doc.short_name if decision.campaign else None,
        "decision_id": decision.id,
        "decision_title": f"{decision.form.name} của {decision.issuer.name}",
        "decision_url": urls.site_path(urls.decision(decision, award.day)) + "#" + award.anchor,
        "profile_id": person.id,
        "profile_url": urls.site_path(urls.profile(person.id)) if person.id else None,
    }


# What makes Excel, LibreOffice or Google Sheets read a cell as a formula (OWASP, CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_cell(value: Any) -> Any:
    """`value` as a cell a spreadsheet shows and never runs: "=1+1" becomes "'=1+1"."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def csv_bytes(rows: Iterable[dict[str, Any]]) -> bytes:
    """Records (see `record`) as CSV for spreadsheets."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([heading for heading, _ in COLUMNS])
    for row in rows:
        writer.writerow([spreadsheet_cell(row[key]) for _, key in COLUMNS])
    return buffer.getvalue().encode("utf-8-sig")


def json_bytes(title: str, rows: list[dict[str, Any]]) -> bytes:
    """Records (see `record`) as one JSON document."""
    document = {"title": title, "count": len(rows), "awards": rows}
    # Compact: one line per file, and json's C encoder (indenting falls back to Python).
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
