"""Open data: CSV cells that a spreadsheet would run are neutralised; JSON keeps values as entered."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from conftest import bulletin, edit

from bulletin import opendata

# Cells a spreadsheet would evaluate (OWASP, CSV injection), each with what the CSV must hold.
FORMULAS = {
    '=HYPERLINK("http://x","y")': '\'=HYPERLINK("http://x","y")',
    "+SUM(1)": "'+SUM(1)",
    "@cmd": "'@cmd",
    "-2+3": "'-2+3",
    "\t=1": "'\t=1",
    "\r=1": "'\r=1",
}
# Text that merely contains those characters stays as it is.
HARMLESS = ["Nguyễn Văn An", "Công an xã A-B", "1+1", "a=b", "ghi chú @ đơn vị", "'=đã có dấu nháy"]


def _record(name: str) -> dict:
    record = {key: None for _, key in opendata.COLUMNS}
    record.update(kind_label="Cá nhân", name=name, unit=name, decision_id="qd-1", date="2024-06-20")
    return record


def _cells(raw: bytes) -> list[dict[str, str]]:
    assert raw.startswith(b"\xef\xbb\xbf")  # the byte-order mark Excel needs
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def test_formula_cells_get_a_leading_apostrophe_in_csv_only():
    values = list(FORMULAS) + HARMLESS
    rows = [_record(v) for v in values]
    cells = _cells(opendata.csv_bytes(rows))
    assert [row["Họ tên / Tên tập thể"] for row in cells] == list(FORMULAS.values()) + HARMLESS
    assert [row["Đơn vị"] for row in cells] == list(FORMULAS.values()) + HARMLESS
    assert [row["Cấp bậc"] for row in cells] == [""] * len(values)  # None is an empty cell
    document = json.loads(opendata.json_bytes("Thử", rows))
    assert [award["name"] for award in document["awards"]] == values
    assert [award["unit"] for award in document["awards"]] == values


def test_numbers_are_not_prefixed():
    assert opendata.spreadsheet_cell(-5) == -5
    assert opendata.spreadsheet_cell(None) == ""
    assert opendata.spreadsheet_cell("-5") == "'-5"


def test_built_downloads_neutralise_formulas_from_the_data(data_copy: Path, tmp_path: Path):
    decision = data_copy / "decisions/2024/hoi-ccb-tinh-bang-khen-antq-2024.yaml"
    edit(
        decision,
        "  - name: Lương Văn Dũng\n    position: Hội viên\n    locality: phường Phước Bình, thị xã Phước Long\n",
        "  - name: '=HYPERLINK(\"http://x\",\"y\")'\n    position: '@cmd'\n    unit: '+SUM(1)'\n    locality: '-2+3'\n",
    )
    out = tmp_path / "docs"
    result = bulletin("generate", str(out), "--data", str(data_copy))
    assert result.returncode == 0, result.output
    stem = out / "du-lieu/quyet-dinh/hoi-ccb-tinh-bang-khen-antq-2024"
    row = next(r for r in _cells(stem.with_suffix(".csv").read_bytes()) if "HYPERLINK" in r["Họ tên / Tên tập thể"])
    assert row["Họ tên / Tên tập thể"] == '\'=HYPERLINK("http://x","y")'
    assert (row["Chức vụ"], row["Đơn vị"], row["Địa bàn"]) == ("'@cmd", "'+SUM(1)", "'-2+3")
    awards = json.loads(stem.with_suffix(".json").read_text(encoding="utf-8"))["awards"]
    award = next(a for a in awards if "HYPERLINK" in a["name"])
    assert (award["name"], award["position"], award["unit"], award["locality"]) == (
        '=HYPERLINK("http://x","y")', "@cmd", "+SUM(1)", "-2+3"
    )
