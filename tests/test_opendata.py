"""Open data: one CSV and one JSON per list a reader downloads; the JSON writes each decision once
and no empty field; CSV cells that a spreadsheet would run are neutralised, JSON keeps values as entered."""

from __future__ import annotations

import csv
import io
import json
import posixpath
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from bulletin import model as m
from bulletin.data.documents import Individual
from bulletin.model.load import load
from bulletin.outputs import opendata
from conftest import DATA, ROOT, bulletin, edit, soup

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
# The CSV's columns, as readers know them in Excel: unchanged by the lean JSON.
HEADINGS = [
    "Loại",
    "Họ tên / Tên tập thể",
    "Cấp bậc",
    "Chức vụ",
    "Đơn vị",
    "Địa bàn",
    "Hình thức khen thưởng",
    "Khen thưởng của",
    "Cấp",
    "Số quyết định",
    "Ngày",
    "Thời gian đạt thành tích",
    "Phong trào",
    "Mã quyết định",
    "Mã hồ sơ",
    "Hủy bỏ ngày",
    "Tên minh họa",
]
UBND = "ubnd-tinh-bang-khen-antq-2024"


def _record(name: str) -> dict:
    record = {key: None for _, key in opendata.COLUMNS}
    record.update(kind_label="Cá nhân", name=name, unit=name, decision_id="qd-1", date="2024-06-20")
    return record


def _cells(raw: bytes) -> list[dict[str, str]]:
    assert raw.startswith(b"\xef\xbb\xbf")  # the byte-order mark Excel needs
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def _rows(raw: bytes) -> list[list[str]]:
    assert raw.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def _empty_values(value: Any, where: str = "") -> list[str]:
    """Every place in a JSON value that holds null or an empty list (lean JSON writes neither)."""
    if value is None or value == []:
        return [where]
    if isinstance(value, dict):
        return [x for key, item in value.items() for x in _empty_values(item, f"{where}.{key}")]
    if isinstance(value, list):
        return [x for number, item in enumerate(value) for x in _empty_values(item, f"{where}[{number}]")]
    return []


def _awards(document: dict) -> list[tuple[str, str, dict]]:
    """(decision id, kind, award) for each award of an award file, in the file's order."""
    return [
        (ident, kind, award)
        for ident, decision in document["decisions"].items()
        for kind in ("collectives", "individuals")
        for award in decision["awards"].get(kind, [])
    ]


def test_formula_cells_get_a_leading_apostrophe_in_csv_only():
    values = list(FORMULAS) + HARMLESS
    rows = [_record(v) for v in values]
    cells = _cells(opendata.csv_bytes(rows))
    assert [row["Họ tên / Tên tập thể"] for row in cells] == list(FORMULAS.values()) + HARMLESS
    assert [row["Đơn vị"] for row in cells] == list(FORMULAS.values()) + HARMLESS
    assert [row["Cấp bậc"] for row in cells] == [""] * len(values)  # None is an empty cell


def test_numbers_are_not_prefixed():
    assert opendata.spreadsheet_cell(-5) == -5
    assert opendata.spreadsheet_cell(None) == ""
    assert opendata.spreadsheet_cell("-5") == "'-5"


def test_csv_lines_split_rows_whose_cells_hold_line_breaks():
    rows = [_record("Dòng một\r\nDòng hai"), _record('Ba, "bốn"'), _record("Năm")]
    lines = opendata.csv_lines(rows)
    assert len(lines) == 3 and all(line.endswith("\r\n") for line in lines)
    assert lines[0].startswith('Cá nhân,"Dòng một\r\nDòng hai",') and lines[1].startswith('Cá nhân,"Ba, ""bốn""",')
    names = [r["Họ tên / Tên tập thể"] for r in _cells(opendata.csv_bytes(rows))]
    assert names == ["Dòng một\r\nDòng hai", 'Ba, "bốn"', "Năm"]


def test_lean_leaves_out_fields_without_a_value_only():
    assert opendata.lean({"a": None, "b": [], "c": False, "d": 0, "e": "", "f": ["x"]}) == {
        "c": False,
        "d": 0,
        "e": "",
        "f": ["x"],
    }


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
    awards = _awards(json.loads(stem.with_suffix(".json").read_text(encoding="utf-8")))
    award = next(a for _, _, a in awards if "HYPERLINK" in a["name"])
    assert (award["name"], award["position"], award["unit"], award["locality"]) == (
        '=HYPERLINK("http://x","y")',
        "@cmd",
        "+SUM(1)",
        "-2+3",
    )


@pytest.fixture(scope="module")
def fixture_model() -> m.Bulletin:
    return load(DATA, ROOT).require()


def _json(site: Path, name: str) -> dict:
    return json.loads((site / "du-lieu" / f"{name}.json").read_text(encoding="utf-8"))


def test_one_award_exactly_as_written(built_site: Path):
    everything = _json(built_site, "tat-ca")
    an = [(ident, kind, a) for ident, kind, a in _awards(everything) if a["name"] == "Nguyễn Văn Ân"]
    assert an == [
        (
            UBND,
            "individuals",
            {
                "name": "Nguyễn Văn Ân",
                "rank": "Thượng tá",
                "position": "Trưởng Công an huyện",
                "unit": "Công an huyện Đồng Phú",
                "anchor": "nguyen-van-an",
                "id": "nguyen-van-an-ca-dong-phu",
            },
        )
    ]
    # Honoured once: the id stays (the CSV's Mã hồ sơ), but there is no profile page to point at.
    ubnd = dict(everything["decisions"][UBND])
    awards = ubnd.pop("awards")
    assert ubnd == {
        "title": "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
        "date": "2024-06-26",
        "office": "Chủ tịch Ủy ban nhân dân tỉnh",
        "issuer": "Ủy ban nhân dân tỉnh",
        "issuer_short": "UBND tỉnh",
        "level": "Cấp tỉnh",
        "form": "Bằng khen",
        "award": "Bằng khen",
        "period": "2019-2024",
        "period_label": "2019 – 2024",
        "campaign": "Phong trào toàn dân bảo vệ an ninh Tổ quốc",
        "campaign_short": "ANTQ",
        "illustrative": False,
        "url": f"khen-thuong/2024/{UBND}/",
    }
    # The decision's awards inside it, by kind, as its data file lists them (collectives first).
    assert list(awards) == ["collectives", "individuals"]
    assert [len(x) for x in awards.values()] == [9, 15]
    rows = _rows((built_site / "du-lieu/tat-ca.csv").read_bytes())
    assert rows[0] == HEADINGS
    assert [r for r in rows if r[1] == "Nguyễn Văn Ân"] == [
        [
            "Cá nhân",
            "Nguyễn Văn Ân",
            "Thượng tá",
            "Trưởng Công an huyện",
            "Công an huyện Đồng Phú",
            "",
            "Bằng khen",
            "Chủ tịch Ủy ban nhân dân tỉnh",
            "Cấp tỉnh",
            "",
            "2024-06-26",
            "2019 – 2024",
            "Phong trào toàn dân bảo vệ an ninh Tổ quốc",
            UBND,
            "nguyen-van-an-ca-dong-phu",
            "",
            "không",
        ]
    ]


def test_everything_reads_back_as_the_models_records(built_site: Path, fixture_model: m.Bulletin):
    """tat-ca.json joined with its decisions is every award's full record (what the lookup indexes),
    and tat-ca.csv has one row per award in the same order."""
    expected = [opendata.record(a) for a in fixture_model.awards]
    everything = _json(built_site, "tat-ca")
    assert everything["count"] == len(_awards(everything)) == len(fixture_model.awards) == 72
    assert opendata.flat_awards(everything) == expected
    rows = _cells((built_site / "du-lieu/tat-ca.csv").read_bytes())
    assert [(r["Mã quyết định"], r["Họ tên / Tên tập thể"], r["Mã hồ sơ"]) for r in rows] == [
        (x["decision_id"], x["name"], x["profile_id"] or "") for x in expected
    ]


def _expected_files(bulletin: m.Bulletin) -> dict[str, list[m.Award]]:
    """Every award file the site should have (du-lieu/<name>), with the awards it holds."""
    files: dict[str, list[m.Award]] = {"tat-ca": bulletin.awards}
    for award in bulletin.awards:
        decision = award.decision
        names = [f"quyet-dinh/{decision.id}", f"co-quan/{decision.issuer.id}", f"hinh-thuc/{decision.form.id}"]
        names += [f"nam/{award.year}"] * bool(award.year) + [f"phong-trao/{decision.campaign.id}"] * bool(
            decision.campaign
        )
        for name in names:
            files.setdefault(name, []).append(award)
    return files


def test_each_list_is_one_csv_and_one_json_holding_its_awards_once(built_site: Path, fixture_model: m.Bulletin):
    expected = _expected_files(fixture_model)
    folder = built_site / "du-lieu"
    written = {p.relative_to(folder).with_suffix("").as_posix() for p in folder.rglob("*.json")} - {"quyet-dinh"}
    assert written == set(expected)
    assert {p.relative_to(folder).with_suffix("").as_posix() for p in folder.rglob("*.csv")} == written | {"quyet-dinh"}
    for name, awards in expected.items():
        document = _json(built_site, name)
        found = _awards(document)
        keys = [(ident, a["anchor"]) for ident, _, a in found]
        assert not [k for k, n in Counter(keys).items() if n > 1], name  # no award twice in one file
        assert sorted(keys) == sorted((a.decision.id, a.anchor) for a in awards), name
        assert document["count"] == len(awards), name
        # Each under its kind, and no decision without an award of the file.
        kinds = {
            (a.decision.id, a.anchor): "individuals" if isinstance(a.recipient, Individual) else "collectives"
            for a in awards
        }
        assert [k for i, k, a in found] == [kinds[(i, a["anchor"])] for i, k, a in found], name
        assert set(document["decisions"]) == {ident for ident, _, _ in found}, name
        assert _empty_values(document) == [], name
        # The CSV has the same awards in the same order: the JSON only nests them.
        rows = _cells((folder / f"{name}.csv").read_bytes())
        assert [(r["Mã quyết định"], r["Họ tên / Tên tập thể"]) for r in rows] == [
            (ident, a["name"]) for ident, _, a in found
        ], name


def test_decisions_file_keys_every_decision_by_id_and_agrees_with_the_award_files(
    built_site: Path, fixture_model: m.Bulletin
):
    decisions = _json(built_site, "quyet-dinh")
    assert list(decisions["decisions"]) == [x.id for x in fixture_model.decisions_newest_first]
    assert decisions["count"] == len(fixture_model.decisions)
    assert _empty_values(decisions) == []
    ccb = decisions["decisions"]["hoi-ccb-tinh-bang-khen-antq-2024"]
    assert (ccb["names_published"], ccb["collectives"], ccb["individuals"], ccb["total"]) == (True, 3, 5, 8)
    assert "presenter" not in ccb and "basis" not in ccb  # none given: left out, never null or []
    # An award file's decision entry says what quyet-dinh.json says, under the same names.
    for ident, entry in _json(built_site, "tat-ca")["decisions"].items():
        entry = {k: v for k, v in entry.items() if k != "awards"}
        assert {k: decisions["decisions"][ident].get(k) for k in entry} == entry, ident
    rows = _cells((built_site / "du-lieu/quyet-dinh.csv").read_bytes())
    assert [r["Mã quyết định"] for r in rows] == list(decisions["decisions"])


def test_every_download_link_of_the_site_points_at_a_file(built_site: Path, fixture_model: m.Bulletin):
    linked = set()
    for page in built_site.rglob("*.html"):
        folder = posixpath.dirname(page.relative_to(built_site).as_posix())
        for a in soup(page).select('a[href*="du-lieu/"]'):
            target = posixpath.normpath(posixpath.join(folder, a["href"]))
            assert (built_site / target).is_file(), f"{page}: {a['href']}"
            linked.add(target)
    # Each named decision's page, each roll, the Vinh danh page and the lookup offer their lists.
    assert {f"du-lieu/quyet-dinh/{x.id}.csv" for x in fixture_model.decisions.values() if x.named} <= linked
    assert {
        "du-lieu/tat-ca.csv",
        "du-lieu/tat-ca.json",
        "du-lieu/quyet-dinh.csv",
        "du-lieu/co-quan/ubnd-tinh.json",
    } <= linked


def test_the_sample_sites_published_open_data_urls_still_resolve(tmp_path: Path):
    """The sample (data/) as published before issue 14: every du-lieu URL is a file still."""
    out = tmp_path / "docs"
    result = bulletin("generate", str(out), "--data", str(ROOT / "data"))
    assert result.returncode == 0, result.output
    published = (ROOT / "tests/fixtures/published-urls.txt").read_text(encoding="utf-8").split()
    wanted = [url for url in published if url.startswith("du-lieu/")]
    assert len(wanted) == 48
    assert [url for url in wanted if not (out / url).is_file()] == []
    for url in wanted:
        if url.endswith(".json"):
            document = json.loads((out / url).read_text(encoding="utf-8"))
            if url != "du-lieu/quyet-dinh.json":
                assert len(opendata.flat_awards(document)) == document["count"] > 0, url
