"""A bulletin with no decision and no article yet (a new install) is valid data: it must
build too, validate and build agreeing. Pagefind refuses to index nothing, so the award
index is left out and the lookup page says there is nothing to look up."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
from pathlib import Path

import yaml

from bulletin.outputs import opendata
from conftest import DATA, bulletin, mkdocs_build, soup
from test_corpus import prepare


def test_a_bulletin_without_decisions_or_articles_validates_and_builds(tmp_path: Path):
    root = prepare(tmp_path / "project", None)
    shutil.rmtree(root / "data/decisions")
    shutil.rmtree(root / "data/articles")
    checked = bulletin("validate", "data", cwd=root)
    assert checked.returncode == 0, checked.output
    site = tmp_path / "site"
    built = mkdocs_build(site, data=root / "data")
    assert built.returncode == 0, built.output
    page = soup(site / "tra-cuu/index.html")
    assert page.select_one(".bulletin-lookup__empty").get_text() == (
        "Bản tin chưa có quyết định khen thưởng nào để tra cứu."
    )
    assert page.select_one("#bulletin-lookup") is None  # no search form without an index
    assert not (site / "tra-cuu/chi-muc").exists()
    assert (site / "pagefind/pagefind.js").exists()  # the site's own search still works


# -- decisions whose names are not published ------------------------------------------------


ARTICLE = "articles/2024/bieu-duong-dien-hinh-antq-2019-2024.yaml"
DECISIONS = "decisions/2024"
# What each decision of the copy says once its names are withdrawn: counts (both, one) or nothing.
UNPUBLISHED = {
    "ubnd-tinh-bang-khen-antq-2024": {"collectives": 9, "individuals": 15},
    "hoi-lhpn-tinh-bang-khen-antq-2024": {"individuals": 9},
    "hoi-ccb-tinh-bang-khen-antq-2024": None,
}


def _unpublish(data: Path, ident: str, counts: dict | None) -> None:
    path = data / DECISIONS / f"{ident}.yaml"
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    doc.pop("collectives", None)
    doc.pop("individuals", None)
    doc.pop("counts", None)
    doc["names"] = "unpublished"
    if counts is not None:
        doc["counts"] = counts
    path.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")


def _article_without_unknown_counts(data: Path) -> None:
    """The article may not print a count its source did not give: its total and per-decision figures go."""
    path = data / ARTICLE
    text = path.read_text(encoding="utf-8")
    text = text.replace('"{{ awards.total }} tập thể, cá nhân được khen thưởng', '"Biểu dương tập thể, cá nhân')
    text = re.sub(r"\{\{ decision\.[a-z0-9-]+\.(collectives|individuals|total) \}\}", "một số", text)
    path.write_text(text, encoding="utf-8")


def _copy(tmp_path: Path, unpublished: dict[str, dict | None]) -> Path:
    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    for ident, counts in unpublished.items():
        _unpublish(data, ident, counts)
    _article_without_unknown_counts(data)
    return data


def _text(site: Path, url: str, selector: str = "article") -> str:
    return " ".join(soup(site / url).select_one(selector).get_text(" ", strip=True).split())


def _decision_rows(site: Path) -> dict[str, dict[str, str]]:
    raw = (site / "du-lieu/quyet-dinh.csv").read_bytes().decode("utf-8-sig")
    return {row["Mã quyết định"]: row for row in csv.DictReader(io.StringIO(raw))}


def test_a_bulletin_where_no_decision_names_anyone_builds_strictly_and_reads_honestly(tmp_path: Path):
    every = {path.stem: None for path in (DATA / DECISIONS).glob("*.yaml")}
    every |= UNPUBLISHED | {"cong-an-tinh-giay-khen-antq-2024": {"collectives": 9, "individuals": 15}}
    data = _copy(tmp_path, every)
    site = tmp_path / "site"
    built = mkdocs_build(site, data=data)
    assert built.returncode == 0, built.output
    assert (
        "Đã nạp 1 bài viết, 5 quyết định, ít nhất 18 tập thể, 39 cá nhân (3 quyết định không công bố đủ số lượng)"
        in built.output
    )

    # Counts only: the counts, and that the list is not published; never a zero, never "chưa có người nhận".
    ubnd = _text(site, "khen-thuong/2024/ubnd-tinh-bang-khen-antq-2024/index.html")
    assert "9 tập thể, 15 cá nhân được khen thưởng vì đã có thành tích xuất sắc" in ubnd
    assert "Danh sách chưa công bố." in ubnd
    assert "Quyết định của Chủ tịch Ủy ban nhân dân tỉnh" in ubnd
    assert "Thành tích giai đoạn 2019 – 2024" in ubnd
    # One count only: the other is said to be unknown.
    lhpn = _text(site, "khen-thuong/2024/hoi-lhpn-tinh-bang-khen-antq-2024/index.html")
    assert (
        "9 cá nhân được khen thưởng vì đã có" in lhpn
        and "Danh sách chưa công bố. Bài viết không nêu số tập thể." in lhpn
    )
    # Nothing at all.
    ccb_page = soup(site / "khen-thuong/2024/hoi-ccb-tinh-bang-khen-antq-2024/index.html").select_one("article")
    ccb = " ".join(ccb_page.get_text(" ", strip=True).split())
    assert ccb_page.select_one(".bulletin-unpublished").get_text(" ", strip=True) == (
        "Danh sách chưa công bố. Bài viết không nêu số lượng."
    )
    assert "Các tập thể, cá nhân được khen thưởng vì đã có thành tích xuất sắc" in ccb
    for page in (ubnd, lhpn, ccb):
        assert not re.search(r"\b0 (tập thể|cá nhân)", page) and "chưa có người nhận" not in page
    assert not ccb_page.select("li[id]") and not ccb_page.select(".bulletin-downloads")  # no list, no empty file

    # No honour roll, profile, per-decision file or lookup index: nothing to list.
    for folder in ("vinh-danh", "ho-so", "du-lieu/quyet-dinh", "tra-cuu/chi-muc"):
        assert not (site / folder).exists(), folder
    assert json.loads((site / "du-lieu/tat-ca.json").read_text(encoding="utf-8"))["count"] == 0
    assert soup(site / "tra-cuu/index.html").select_one(".bulletin-lookup__empty").get_text() == (
        "Chưa có danh sách tên nào được công bố để tra cứu: các quyết định đã đăng chỉ nêu số lượng hoặc không nêu."
    )
    honours = soup(site / "khen-thuong/index.html")
    assert "Chưa có danh sách tên nào được công bố" in honours.select_one("article .bulletin-unpublished").get_text()
    assert "Bằng khen của Hội Cựu chiến binh tỉnh : chưa công bố danh sách và số lượng" in _text(
        site, "khen-thuong/index.html"
    )

    # Some decisions counted, some not: each as the press reports it, never "ít nhất 57 ...; 3 quyết định ...".
    article = soup(site / "tin-tuc/2024/06/bieu-duong-dien-hinh-antq-2019-2024/index.html")
    assert " ".join(article.select_one(".bulletin-total").get_text(" ", strip=True).split()) == (
        "Chủ tịch Ủy ban nhân dân tỉnh tặng Bằng khen cho 9 tập thể, 15 cá nhân; "
        "Hội Cựu chiến binh tỉnh tặng Bằng khen cho các tập thể, cá nhân (không nêu số lượng); "
        "Hội Liên hiệp Phụ nữ tỉnh tặng Bằng khen cho 9 cá nhân (không nêu số tập thể); "
        "Hội Nông dân tỉnh tặng Bằng khen cho các tập thể, cá nhân (không nêu số lượng); "
        "Giám đốc Công an tỉnh tặng Giấy khen cho 9 tập thể, 15 cá nhân."
    )
    # A decision without names has no list page worth a link from the article.
    assert article.select(".bulletin-award__page a") == []
    figures = [li.get_text(" ", strip=True) for li in soup(site / "index.html").select(".bulletin-figures__list li")][
        :5
    ]
    assert figures == [
        "ít nhất 57 tập thể, cá nhân được khen thưởng",
        "ít nhất 18 tập thể",
        "ít nhất 39 cá nhân",
        "5 quyết định khen thưởng",
        "3 quyết định không công bố đủ số lượng",
    ]
    assert "1 quyết định, không công bố số tập thể, cá nhân được khen thưởng." in _text(
        site, "don-vi/hoi-ccb-tinh/index.html"
    )

    # Open data: every decision, counts empty when unknown (never 0).
    rows = _decision_rows(site)
    assert set(rows) == set(every)
    assert (rows["ubnd-tinh-bang-khen-antq-2024"]["Số tập thể"], rows["ubnd-tinh-bang-khen-antq-2024"]["Tổng số"]) == (
        "9",
        "24",
    )
    lhpn_row = rows["hoi-lhpn-tinh-bang-khen-antq-2024"]
    assert (lhpn_row["Số tập thể"], lhpn_row["Số cá nhân"], lhpn_row["Tổng số"]) == ("", "9", "")
    ccb_row = rows["hoi-ccb-tinh-bang-khen-antq-2024"]
    assert (ccb_row["Số tập thể"], ccb_row["Số cá nhân"], ccb_row["Công bố danh sách"]) == ("", "", "không")
    document = json.loads((site / "du-lieu/quyet-dinh.json").read_text(encoding="utf-8"))
    ccb_json = document["decisions"]["hoi-ccb-tinh-bang-khen-antq-2024"]
    # Counts the source did not give are left out (never null, never 0).
    assert ("collectives" in ccb_json, "individuals" in ccb_json, ccb_json["names_published"]) == (False, False, False)

    # The notice is conserved like a recipient: a page that lost it fails the build's site check.
    from bulletin.model.load import load
    from bulletin.pages import conservation

    model = load(data, tmp_path).require()
    assert conservation.check(site, model) == []
    page = site / "khen-thuong/2024/hoi-ccb-tinh-bang-khen-antq-2024/index.html"
    page.write_text(
        page.read_text(encoding="utf-8").replace('class="bulletin-unpublished"', 'class="x"'), encoding="utf-8"
    )
    source = model.decisions["hoi-ccb-tinh-bang-khen-antq-2024"].source
    assert conservation.check(site, model) == [
        "khen-thuong/2024/hoi-ccb-tinh-bang-khen-antq-2024/index.html: quyết định không công bố danh sách nhưng "
        f"trang không ghi 'Danh sách chưa công bố' ({source})"
    ]


def test_unpublished_decisions_beside_named_ones_make_no_roll_lines_profiles_or_lookup_records(tmp_path: Path):
    data = _copy(tmp_path, UNPUBLISHED)
    site = tmp_path / "site"
    built = mkdocs_build(site, data=data)
    assert built.returncode == 0, built.output
    awards = opendata.flat_awards(json.loads((site / "du-lieu/tat-ca.json").read_text(encoding="utf-8")))
    # Left: Hội Nông dân (3 + 5) and Công an tỉnh (9 + 15), named.
    assert len(awards) == 32
    assert {a["decision_id"] for a in awards} == {
        "hoi-nong-dan-tinh-bang-khen-antq-2024",
        "cong-an-tinh-giay-khen-antq-2024",
    }
    assert not (site / "vinh-danh/co-quan/ubnd-tinh").exists()
    assert not (site / "du-lieu/quyet-dinh/hoi-ccb-tinh-bang-khen-antq-2024.csv").exists()
    assert (site / "du-lieu/quyet-dinh/cong-an-tinh-giay-khen-antq-2024.csv").exists()
    assert not any("Ủy ban" in str(p) or "ubnd-tinh" in p.name for p in (site / "ho-so").glob("*"))
    lookup = soup(site / "tra-cuu/index.html")
    offices = [o.get_text() for o in lookup.select('select[data-filter="co_quan"] option')][1:]
    assert offices == ["Hội Nông dân tỉnh", "Giám đốc Công an tỉnh"]
    assert (site / "tra-cuu/chi-muc/meta.json").exists()
    # The roll of the year holds the named only; the organisation page offers no roll of the unnamed issuer.
    assert len(soup(site / "vinh-danh/nam/2024/index.html").select("article ol > li")) == 32
    ubnd = soup(site / "don-vi/ubnd-tinh/index.html").select_one("article")
    assert not [a for a in ubnd.select("a") if "vinh-danh" in a["href"]]
    assert "1 quyết định: 24 tập thể, cá nhân được khen thưởng (9 tập thể, 15 cá nhân)." in " ".join(
        ubnd.get_text(" ", strip=True).split()
    )
    # Only the named decisions' sections link to their list pages from the article.
    article = soup(site / "tin-tuc/2024/06/bieu-duong-dien-hinh-antq-2019-2024/index.html")
    linked = [a["href"] for a in article.select(".bulletin-award__page a")]
    assert linked == [
        "../../../../khen-thuong/2024/hoi-nong-dan-tinh-bang-khen-antq-2024/",
        "../../../../khen-thuong/2024/cong-an-tinh-giay-khen-antq-2024/",
    ]
    # The Công an tỉnh page says what its decisions gave, and how many gave nothing.
    assert "1 quyết định: 24 tập thể, cá nhân được khen thưởng" in _text(site, "don-vi/cong-an-tinh/index.html")
