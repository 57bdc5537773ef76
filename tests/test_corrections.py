"""Corrections as data: a revoked decision, a corrected article, a recipient removed on request.

The removal test builds the site twice from a copy of the fixture: once with a named person, once
with that entry replaced by `- removed: <date>`, and then reads EVERY file of the second site,
gzip-compressed Pagefind files decoded, for the name as written and without diacritics.
"""

from __future__ import annotations

import gzip
import json
import re
import shutil
from pathlib import Path

import pytest

from bulletin.outputs import lookup_index, lookup_query, opendata
from bulletin.vietnamese.text import fold
from conftest import DATA, bulletin, mkdocs_build, soup

CCB = "decisions/2024/hoi-ccb-tinh-bang-khen-antq-2024.yaml"
ARTICLE = "articles/2024/bieu-duong-dien-hinh-antq-2019-2024.yaml"
# A name no other line of the fixture shares, word by word, with or without marks.
NAME = "Mạc Thị Xiêm"
ENTRY = "  - name: Nông Văn Ểnh\n    position: Hội viên\n    locality: xã Đak Ơ, huyện Bù Gia Mập\n"


def _copy(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    return data


def _edit(data: Path, relative: str, old: str, new: str) -> None:
    path = data / relative
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new), encoding="utf-8")


def _texts(site: Path) -> dict[Path, str]:
    """Every file of the built site as text: gzip'd files (Pagefind's index, fragments, filters) decoded."""
    found = {}
    for path in site.rglob("*"):
        if not path.is_file():
            continue
        raw = path.read_bytes()
        if raw[:2] == b"\x1f\x8b":
            raw = gzip.decompress(raw)
        found[path] = raw.decode("utf-8", errors="replace")
    return found


def _holding(site: Path, words: list[str]) -> list[str]:
    """Files that hold any of the words, as written (any case) or folded."""
    wanted = {w.casefold() for w in words} | {fold(w) for w in words}
    hits = []
    for path, text in _texts(site).items():
        lowered, folded = text.casefold(), fold(text)
        if any(w in lowered or w in folded for w in wanted):
            hits.append(str(path.relative_to(site)))
    return hits


@pytest.fixture(scope="module")
def sites(tmp_path_factory) -> tuple[Path, Path]:
    """The fixture with NAME, then with NAME removed on request, the decision revoked and the article corrected."""
    tmp = tmp_path_factory.mktemp("corrections")
    data = _copy(tmp)
    named_entry = f"  - name: {NAME}\n    position: Hội viên\n    locality: xã Đak Ơ, huyện Bù Gia Mập\n"
    _edit(data, CCB, ENTRY, named_entry)
    before = tmp / "before"
    result = mkdocs_build(before, data=data)
    assert result.returncode == 0, result.output
    _edit(data, CCB, named_entry, "  - removed: 2026-05-01\n")
    _edit(
        data,
        CCB,
        "campaign: antq-2019-2024\n",
        (
            "campaign: antq-2019-2024\nrevoked:\n  date: 2025-03-10\n  by: 12/QĐ-CCB\n"
            "  reason: phát hiện sai sót trong hồ sơ đề nghị khen thưởng\n"
        ),
    )
    _edit(
        data,
        ARTICLE,
        "byline: Phòng CTĐ và CTCT\n",
        (
            "byline: Phòng CTĐ và CTCT\ncorrections:\n"
            "  - date: 2024-06-27\n    note: Bài viết ghi nhầm tên hội nghị.\n"
            "  - date: 2024-07-02\n    note: Sửa số tập thể của Hội Nông dân.\n"
        ),
    )
    after = tmp / "after"
    result = mkdocs_build(after, data=data)
    assert result.returncode == 0, result.output
    return before, after


def test_name_is_in_every_kind_of_file_before_removal(sites):
    """The search below can fail: the name is found in pages, open data and the lookup's index."""
    hits = _holding(sites[0], [NAME, "Xiêm"])
    assert any(h.endswith(".html") and "pagefind" not in h for h in hits), hits
    assert any(h.endswith(".csv") for h in hits) and any(h.endswith(".json") for h in hits), hits
    assert any(h.startswith("tra-cuu/chi-muc/names/") for h in hits), hits
    assert any(h.startswith("tra-cuu/chi-muc/browse/") for h in hits), hits


def test_removed_name_is_in_no_file_of_the_site(sites):
    assert _holding(sites[1], [NAME, "Xiêm"]) == []


def _page(site: Path, part: str) -> str:
    pages = [p for p in site.rglob("index.html") if part in str(p)]
    assert len(pages) == 1, pages
    return pages[0].read_text(encoding="utf-8")


def _plain(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", html))


def test_decision_page_counts_the_removed_and_says_revoked(sites):
    page = _plain(_page(sites[1], "khen-thuong/2024/hoi-ccb-tinh-bang-khen-antq-2024"))
    # The count is the decision's: five individuals, four named, one removed; no blank row.
    assert "3 tập thể, 5 cá nhân được khen thưởng" in page
    assert "Cá nhân (4):" in page
    assert "1 cá nhân đã được gỡ tên theo yêu cầu (Luật Bảo vệ dữ liệu cá nhân)." in page
    assert (
        "Đã bị hủy bỏ theo Quyết định số 12/QĐ-CCB ngày 10/3/2025. Lý do: phát hiện sai sót trong hồ sơ "
        "đề nghị khen thưởng Các khen thưởng của quyết định này không còn hiệu lực." in page
    )


def test_revoked_awards_stay_listed_as_revoked(sites):
    site = sites[1]
    awards = opendata.flat_awards(json.loads((site / "du-lieu" / "tat-ca.json").read_text(encoding="utf-8")))
    ccb = [a for a in awards if a["decision_id"] == "hoi-ccb-tinh-bang-khen-antq-2024"]
    assert len(ccb) == 7 and {a["revoked"] for a in ccb} == {"2025-03-10"}
    assert {a["revoked"] for a in awards if a["decision_id"] != "hoi-ccb-tinh-bang-khen-antq-2024"} == {None}
    assert "Hủy bỏ ngày" in (site / "du-lieu" / "tat-ca.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    decisions = _plain((site / "khen-thuong" / "index.html").read_text(encoding="utf-8"))
    assert "Bằng khen của Hội Cựu chiến binh tỉnh: 3 tập thể, 5 cá nhân (đã bị hủy bỏ)" in decisions
    # The organisation's honour roll: its decision shown as revoked, not dropped, struck through.
    roll = soup(site / "vinh-danh" / "co-quan" / "hoi-ccb-tinh" / "index.html")
    revoked = [li for li in roll.select("article li") if "(đã bị hủy bỏ)" in li.get_text()]
    assert len(revoked) == 1 and revoked[0].s is not None
    assert revoked[0].get_text().endswith(": 3 tập thể, 4 cá nhân")  # the seven names
    # The year's roll: the decision's heading says so once, over its seven names.
    roll = soup(site / "vinh-danh" / "nam" / "2024" / "index.html")
    revoked = [h for h in roll.select("article h2") if "(đã bị hủy bỏ)" in h.get_text()]
    assert len(revoked) == 1 and revoked[0].s is not None
    assert len(revoked[0].find_next_sibling("ol").select("li")) == 7


def test_home_leaves_revoked_awards_out_of_the_totals_and_says_so(sites):
    before, after = (_plain((s / "index.html").read_text(encoding="utf-8")) for s in sites)
    assert "72 tập thể, cá nhân được khen thưởng" in before
    assert "64 tập thể, cá nhân được khen thưởng" in after
    assert "1 quyết định đã bị hủy bỏ (không tính ở các số trên)" in after


def test_article_shows_corrections_newest_first_and_dates_its_modification(sites):
    html = _page(sites[1], "bieu-duong-dien-hinh-antq-2019-2024")
    text = _plain(html)
    newest = text.index("Đính chính ngày 2/7/2024: Sửa số tập thể của Hội Nông dân.")
    oldest = text.index("Đính chính ngày 27/6/2024: Bài viết ghi nhầm tên hội nghị.")
    assert newest < oldest
    assert '"dateModified": "2024-07-02"' in html
    feed = (sites[1] / "feed.xml").read_text(encoding="utf-8")
    assert "(Đính chính ngày 2/7/2024)" in feed
    assert '"dateModified": "2024-06-26"' in _page(sites[0], "bieu-duong-dien-hinh-antq-2019-2024")


def _validate(data: Path) -> list[str]:
    result = bulletin("validate", str(data))
    assert result.returncode == 1, result.output
    return [line for line in result.output.splitlines() if ": lỗi: " in line]


def test_a_removed_entry_keeps_no_name(tmp_path):
    data = _copy(tmp_path)
    _edit(data, CCB, ENTRY, "  - removed: 2026-05-01\n    name: Nông Văn Ểnh\n")
    path = data / CCB
    line = path.read_text(encoding="utf-8").splitlines().index("  - removed: 2026-05-01") + 1
    assert _validate(data) == [
        f"{path}:{line}:5: lỗi: trường 'individuals': mục đã gỡ tên theo yêu cầu (removed) chỉ ghi ngày gỡ; "
        "hãy xóa name: theo Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15, tên và thông tin của người hoặc tập thể đó "
        "không được còn trong dữ liệu"
    ]


def test_revocation_and_correction_dates_and_references_are_checked(tmp_path):
    data = _copy(tmp_path)
    _edit(
        data,
        CCB,
        "campaign: antq-2019-2024\n",
        "campaign: antq-2019-2024\nrevoked:\n  date: 2024-06-01\n  by: hoi-ccb-tinh-bang-khen-antq-2025\n",
    )
    _edit(
        data,
        ARTICLE,
        "byline: Phòng CTĐ và CTCT\n",
        "byline: Phòng CTĐ và CTCT\ncorrections:\n  - date: 2024-06-20\n    note: Sửa tên.\n",
    )
    lines = sorted(line.split(": lỗi: ", 1)[1] for line in _validate(data))
    assert lines == sorted(
        [
            "ngày hủy bỏ 1/6/2024 trước ngày của chính quyết định (bài viết công bố quyết định ngày 26/6/2024); "
            "hãy kiểm tra lại revoked.date",
            "không có quyết định mã 'hoi-ccb-tinh-bang-khen-antq-2025'; có phải ý bạn là 'hoi-ccb-tinh-bang-khen-antq-2024'? "
            "Nếu là quyết định mới, hãy tạo tệp trong data/decisions/ (lệnh: bulletin new decision); "
            "hoặc ghi số của quyết định hủy bỏ, ví dụ by: 12/QĐ-UBND",
            "ngày đính chính 20/6/2024 trước ngày đăng bài 26/6/2024; hãy kiểm tra lại ngày",
        ]
    )


def test_revoked_by_a_decision_of_the_bulletin_links_to_it(tmp_path):
    data = _copy(tmp_path)
    _edit(
        data,
        CCB,
        "campaign: antq-2019-2024\n",
        "campaign: antq-2019-2024\nrevoked:\n  date: 2024-08-01\n  by: ubnd-tinh-bang-khen-antq-2024\n",
    )
    result = bulletin("validate", str(data))
    assert result.returncode == 0, result.output


def test_lookup_results_say_the_award_was_revoked(sites):
    """The lookup's records carry the label next to the decision."""
    shown = [r["decision"] for r in lookup_query.query(sites[1] / lookup_index.FOLDER, "").results]
    revoked = [t for t in shown if "Bằng khen của Hội Cựu chiến binh tỉnh" in t]
    assert len(revoked) == 7 and all(t.endswith(" (đã bị hủy bỏ)") for t in revoked)
    assert not any("(đã bị hủy bỏ)" in t for t in shown if t not in revoked)
