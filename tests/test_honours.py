"""Honour rolls, recipient profiles, open data and the checks on recipients."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from conftest import bulletin, edit, line_of, soup

UBND = "khen-thuong/2024/ubnd-tinh-bang-khen-antq-2024/index.html"
CCB = "decisions/2024/hoi-ccb-tinh-bang-khen-antq-2024.yaml"


def names(page, list_index: int) -> list[str]:
    return [li.strong.get_text() for li in page.select("article ol")[list_index].select("li")]


def test_decision_lists_people_in_vietnamese_order(built_site: Path):
    page = soup(built_site / UBND)
    assert names(page, 1) == [
        "Trần Thị Ánh",
        "Nguyễn Văn Ân",
        "Ngô Thị Ẩn",
        "Lý Thị Ngọc Ẩn",
        "Lê Hoàng Bình Minh",
        "Phạm Thị Diệu",
        "Hoàng Phủ Đức",
        "Đặng Thị Hòa",
        "Bùi Quốc Huy",
        "Võ Văn Ơn",
        "Trịnh Văn Tâm",
        "Đỗ Thị Thủy",
        "Dương Văn Ưng",
        "Hồ Văn Ước",
        "Mai Thị Ỷ",
    ]
    assert names(page, 0)[:3] == [
        "Chi hội Nông dân ấp Bàu Úc, xã Phú Riềng",
        "Công an phường Tân Bình, thành phố Đồng Xoài",
        "Công an thị trấn Chơn Thành, huyện Chơn Thành",
    ]


def test_rolls_by_issuer_form_year_and_campaign(built_site: Path):
    # By year and campaign: every name. By issuer and form: the decisions, each with its counts
    # (the names are on the decision's page, pages.rolls.DECISION_INDEX).
    named = {"vinh-danh/nam/2024/index.html": 72, "vinh-danh/phong-trao/antq-2019-2024/index.html": 72}
    for url, count in named.items():
        page = soup(built_site / url)
        assert len(page.select("article ol > li")) == count, url
        assert page.select_one(".bulletin-downloads a")["href"].endswith(".csv")
    indexed = {
        "vinh-danh/co-quan/ubnd-tinh/index.html": [
            "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh, 26/6/2024: 9 tập thể, 15 cá nhân"
        ],
        "vinh-danh/hinh-thuc/giay-khen/index.html": [
            "Giấy khen của Giám đốc Công an tỉnh, 26/6/2024: 9 tập thể, 15 cá nhân"
        ],
        "vinh-danh/hinh-thuc/bang-khen/index.html": [
            "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh, 26/6/2024: 9 tập thể, 15 cá nhân",
            "Bằng khen của Hội Cựu chiến binh tỉnh, 26/6/2024: 3 tập thể, 5 cá nhân",
            "Bằng khen của Hội Liên hiệp Phụ nữ tỉnh, 26/6/2024: 3 tập thể, 5 cá nhân",
            "Bằng khen của Hội Nông dân tỉnh, 26/6/2024: 3 tập thể, 5 cá nhân",
        ],
    }
    for url, lines in indexed.items():
        page = soup(built_site / url)
        assert page.select("article ol") == [], url
        assert [h.get_text() for h in page.select("article h2")] == ["Năm 2024"], url
        assert [li.get_text() for li in page.select("article h2 + ul > li")] == lines, url
        first = page.select_one("article h2 + ul a")["href"]
        assert (built_site / url).parent.joinpath(first, "index.html").resolve().is_file(), url
        assert page.select_one(".bulletin-downloads a")["href"].endswith(".csv")


def test_a_roll_lists_names_under_their_decision_linked_once(built_site: Path):
    """Like a newspaper: each decision's title and day once, as a heading linking its page, its
    names below, numbered within it, with no link of their own but a profile's."""
    page = soup(built_site / "vinh-danh/nam/2024/index.html")
    article = page.select_one("article")
    headings = article.select("h2.bulletin-roll__decision")
    # Highest first: the province's Bằng khen, the three associations', the police's Giấy khen.
    assert [len(h.find_next_sibling("ol").select("li")) for h in headings] == [24, 8, 8, 8, 24]
    ubnd = next(h for h in headings if h.a["href"] == "../../../khen-thuong/2024/ubnd-tinh-bang-khen-antq-2024/")
    assert ubnd.get_text(" ", strip=True) == "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh, 26/6/2024"
    items = ubnd.find_next_sibling("ol").select("li")
    an = next(li for li in items if li.strong.get_text() == "Nguyễn Văn Ân")
    assert an.get_text(" ", strip=True) == "Thượng tá Nguyễn Văn Ân – Trưởng Công an huyện Đồng Phú"
    assert an.select("a") == []
    # Each name once on the page, every link either a heading's decision or a profile.
    names = [
        li.strong.get_text() + "|" + h.a["href"] for h in headings for li in h.find_next_sibling("ol").select("li")
    ]
    assert len(names) == len(set(names)) == 72
    hrefs = {a["href"] for ol in article.select("ol") for a in ol.select("a")}
    assert all("/ho-so/" in href for href in hrefs)
    assert all(h.a["href"].startswith("../../../khen-thuong/2024/") for h in headings)


def test_a_decision_continued_from_the_previous_roll_page_says_so():
    """A roll page's groups (rolls.decision_groups): a decision cut by a page break goes on under
    the same heading marked "tiếp theo", numbered on from where it stopped."""
    import datetime as dt
    from types import SimpleNamespace

    from bulletin.pages import rolls

    day = dt.date(2024, 6, 26)
    one, two = (SimpleNamespace(id=x) for x in ("qd-1", "qd-2"))
    awards = [SimpleNamespace(decision=one, day=day) for _ in range(5)] + [
        SimpleNamespace(decision=two, day=day) for _ in range(3)
    ]
    first = rolls.decision_groups(awards, 0, 3)
    assert [(len(g.awards), g.first, g.continued) for g in first] == [(3, 1, False)]
    second = rolls.decision_groups(awards, 3, 6)
    assert [(len(g.awards), g.first, g.continued) for g in second] == [(2, 4, True), (1, 1, False)]
    assert [g.path for g in second] == ["khen-thuong/2024/qd-1.md", "khen-thuong/2024/qd-2.md"]
    last = rolls.decision_groups(awards, 6, 9)
    assert [(len(g.awards), g.first, g.continued) for g in last] == [(2, 2, True)]


def test_open_data_csv_reads_back_as_vietnamese_with_one_row_per_award(built_site: Path, extra_site: Path):
    raw = (built_site / "du-lieu/tat-ca.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert len(rows) == 72
    assert {"Trần Thị Ánh", "Hoàng Phủ Đức", "Công an xã Tân Lập, huyện Đồng Phú"} <= {
        r["Họ tên / Tên tập thể"] for r in rows
    }
    an = next(r for r in rows if r["Họ tên / Tên tập thể"] == "Nguyễn Văn Ân")
    assert (an["Cấp bậc"], an["Hình thức khen thưởng"], an["Khen thưởng của"], an["Cấp"]) == (
        "Thượng tá",
        "Bằng khen",
        "Chủ tịch Ủy ban nhân dân tỉnh",
        "Cấp tỉnh",
    )
    assert an["Thời gian đạt thành tích"] == "2019 – 2024"
    per_decision = (
        (built_site / "du-lieu/quyet-dinh/hoi-ccb-tinh-bang-khen-antq-2024.csv").read_bytes().decode("utf-8-sig")
    )
    assert len(list(csv.DictReader(io.StringIO(per_decision)))) == 8
    data = json.loads((extra_site / "du-lieu/tat-ca.json").read_text(encoding="utf-8"))
    assert data["count"] == sum(len(k) for d in data["decisions"].values() for k in d["awards"].values()) == 75


def test_profile_lists_awards_over_the_years_newest_first(extra_site: Path):
    page = soup(extra_site / "ho-so/nguyen-van-an-ca-dong-phu/index.html").select_one("article")
    items = [li.get_text(" ", strip=True) for li in page.select("ol > li")]
    assert len(items) == 2
    assert "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh, 26/6/2024" in items[0]
    assert "Giấy khen của Giám đốc Công an tỉnh, 20/12/2023" in items[1]
    link = page.select("ol > li")[1].find("a", string=lambda s: s and "Giấy khen" in s)
    assert link["href"] == "../../khen-thuong/2023/cong-an-tinh-giay-khen-2023/#nguyen-van-an"
    decision = soup(extra_site / "khen-thuong/2023/cong-an-tinh-giay-khen-2023/index.html")
    assert (
        decision.find(id="nguyen-van-an").find("a", string="hồ sơ")["href"]
        == "../../../ho-so/nguyen-van-an-ca-dong-phu/"
    )


def test_personal_data_fields_are_refused(data_copy: Path):
    decision = data_copy / CCB
    edit(decision, "  - name: Đoàn Văn Chiến\n", "  - name: Đoàn Văn Chiến\n    ngay_sinh: 1960-05-01\n")
    result = bulletin("validate", str(data_copy))
    assert result.returncode == 1
    assert result.stderr.splitlines()[:-1] == [
        f"{decision}:{line_of(decision, 'ngay_sinh')}:5: lỗi: không công bố thông tin cá nhân 'ngay_sinh' "
        "(Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15); hãy xóa trường này: chỉ công bố họ tên, cấp bậc, chức vụ, đơn vị, địa bàn",
    ]


def test_phone_numbers_in_recipient_text_are_refused(data_copy: Path):
    decision = data_copy / CCB
    edit(
        decision,
        "    position: Chi hội trưởng Chi hội Cựu chiến binh ấp Sóc Ruộng",
        "    position: Chi hội trưởng, SĐT 0912 345 678",
    )
    result = bulletin("validate", str(data_copy))
    assert result.returncode == 1
    assert result.stderr.splitlines()[:-1] == [
        f"{decision}:{line_of(decision, 'SĐT')}:35: lỗi: 'position' có số điện thoại; "
        "không công bố thông tin cá nhân (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15), hãy xóa phần này",
    ]


def test_recipient_listed_twice_in_one_decision(data_copy: Path):
    decision = data_copy / CCB
    edit(
        decision,
        "  - name: Lương Văn Dũng\n",
        "  - name: Lương Văn Dũng\n    position: Hội viên\n    locality: phường Phước Bình, thị xã Phước Long\n  - name: Lương Văn Dũng\n",
    )
    edit(decision, "  individuals: 5", "  individuals: 6")
    result = bulletin("validate", str(data_copy))
    first, second = (
        i for i, line in enumerate(decision.read_text(encoding="utf-8").splitlines(), 1) if "Lương Văn Dũng" in line
    )
    assert result.stderr.splitlines()[:-1] == [
        f"{decision}:{second}:11: lỗi: 'Lương Văn Dũng' đã có trong danh sách ở {decision}:{first}:11; "
        "mỗi người hay đơn vị chỉ ghi một lần trong một quyết định"
    ]


def test_look_alike_recipients_without_the_same_id_give_a_warning(extra_data: Path, tmp_path: Path):
    import shutil

    data = tmp_path / "data"
    shutil.copytree(extra_data, data)
    extra = data / "decisions/2023/cong-an-tinh-giay-khen-2023.yaml"
    edit(extra, "  - id: nguyen-van-an-ca-dong-phu\n    name: Nguyễn Văn Ân", "  - name: Nguyễn Văn Ân")
    # Written in capitals: still the same unit once folded.
    edit(extra, "    unit: Công an huyện Đồng Phú", "    unit: CÔNG AN HUYỆN ĐỒNG PHÚ")
    result = bulletin("validate", str(data))
    assert result.returncode == 0
    original = data / "decisions/2024/ubnd-tinh-bang-khen-antq-2024.yaml"
    assert result.stderr.splitlines() == [
        f"{original}:{line_of(original, 'name: Nguyễn Văn Ân')}:11: cảnh báo: 'Nguyễn Văn Ân' giống 'Nguyễn Văn Ân' ở "
        f"{extra}:{line_of(extra, 'name: Nguyễn Văn Ân')}:11 (cùng tên, cùng đơn vị) nhưng mã '(không có)' và "
        "'nguyen-van-an-ca-dong-phu'; nếu là một người, hãy ghi cùng một id để gộp hồ sơ"
    ]


def test_lookup_page_offers_every_filter_value(extra_site: Path):
    page = soup(extra_site / "tra-cuu/index.html")

    def options(name: str) -> list[str]:
        return [o.get_text() for o in page.select(f'select[data-filter="{name}"] option')][1:]

    assert options("nam") == ["2024", "2023"]
    assert options("hinh_thuc") == ["Bằng khen", "Giấy khen"]  # by rank, not alphabetically
    assert options("cap") == ["Cấp tỉnh"]
    # By level, then the highest form each gave (Bằng khen before Giấy khen), then by name.
    assert options("co_quan") == [
        "Chủ tịch Ủy ban nhân dân tỉnh",
        "Hội Cựu chiến binh tỉnh",
        "Hội Liên hiệp Phụ nữ tỉnh",
        "Hội Nông dân tỉnh",
        "Giám đốc Công an tỉnh",
    ]
    assert options("phong_trao") == ["Phong trào toàn dân bảo vệ an ninh Tổ quốc"]


UNDATED = """\
id: ubnd-tinh-bang-khen-chua-ro-ngay
number: 15/QĐ-UBND
issuer: ubnd-tinh
form: bang-khen
reason: vì đã có thành tích trong công tác bảo đảm an ninh trật tự
collectives:
  - id: ca-phuong-tan-binh
    name: Công an phường Tân Bình, thành phố Đồng Xoài
    locality: phường Tân Bình, thành phố Đồng Xoài
"""


def test_an_undated_decision_honouring_a_recipient_of_a_dated_one_builds(data_copy: Path, tmp_path: Path):
    """The roll's order compares dates with dates only (an undated award used to crash the build)."""
    from conftest import mkdocs_build

    edit(
        data_copy / "decisions/2024/ubnd-tinh-bang-khen-antq-2024.yaml",
        "  - name: Công an phường Tân Bình",
        "  - id: ca-phuong-tan-binh\n    name: Công an phường Tân Bình",
    )
    target = data_copy / "decisions/khong-ro-nam/ubnd-tinh-bang-khen-chua-ro-ngay.yaml"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(UNDATED, encoding="utf-8")
    site = tmp_path / "site"
    result = mkdocs_build(site, data=data_copy)
    assert result.returncode == 0, result.output
    page = soup(site / "vinh-danh/co-quan/ubnd-tinh/index.html")
    years = [
        (h.get_text(), [li.get_text() for li in h.find_next_sibling("ul").select("li")])
        for h in page.select("article h2")
    ]
    assert years == [  # undated last
        ("Năm 2024", ["Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh, 26/6/2024: 9 tập thể, 15 cá nhân"]),
        ("Không rõ năm", ["Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh (số 15/QĐ-UBND): 1 tập thể"]),
    ]
    profile = soup(site / "ho-so/ca-phuong-tan-binh/index.html")
    lines = [li.get_text(" ", strip=True) for li in profile.select("article ol > li")]
    # Its name is the heading: each line is a decision, never the name again or a link to itself.
    assert lines == [
        "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh, 26/6/2024",
        "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
    ]
    assert [a["href"] for a in profile.select("article ol a") if "ho-so" in a["href"]] == []


MINISTRY = """\
  - id: bo-cong-an
    name: Bộ Công an
    short_name: Bộ Công an
    head: Bộ trưởng
    level: trung-uong
    authority: bo-truong
"""
MEDAL = """\
id: bo-cong-an-ky-niem-chuong-2024
number: 123/QĐ-BCA
date: 2024-06-20
issuer: bo-cong-an
form: ky-niem-chuong-vi-su-nghiep-bao-ve-antq
occasion: kỷ niệm 79 năm Ngày truyền thống lực lượng Công an nhân dân
period: "2019"
basis: [Thông tư số 01/2024/TT-BCA, Quyết định số 521/QĐ-TTg]
individuals:
  - name: Lê Văn Minh
    position: Trưởng Công an xã X
"""
FEAT = """\
id: bo-cong-an-bang-khen-dot-xuat-2024
date: 2024-06-21
issuer: bo-cong-an
form: bang-khen
extraordinary: true
period: 2023-2024
reason: vì đã có thành tích xuất sắc trong đấu tranh phòng, chống tội phạm
collectives:
  - name: Công an xã Y
"""


def _titles(page) -> list[str]:
    """The decision titles of a roll page's headings, each once, in order."""
    found: list[str] = []
    for h2 in page.select("article h2.bulletin-roll__decision"):
        title = h2.a.get_text().split(",")[0]
        if not found or found[-1] != title:
            found.append(title)
    return found


def test_rolls_lists_and_filters_go_by_rank_of_form_grade_and_level(data_copy: Path, tmp_path: Path):
    from conftest import mkdocs_build

    orgs = data_copy / "organisations.yaml"
    orgs.write_text(orgs.read_text(encoding="utf-8") + MINISTRY, encoding="utf-8")
    (data_copy / "decisions/2024/bo-cong-an-ky-niem-chuong-2024.yaml").write_text(MEDAL, encoding="utf-8")
    (data_copy / "decisions/2024/bo-cong-an-bang-khen-dot-xuat-2024.yaml").write_text(FEAT, encoding="utf-8")
    site = tmp_path / "site"
    result = mkdocs_build(site, data=data_copy)
    assert result.returncode == 0, result.output

    medal = "Kỷ niệm chương “Vì sự nghiệp bảo vệ an ninh Tổ quốc” của Bộ trưởng Bộ Công an"
    ranked = [
        medal,
        "Bằng khen của Bộ trưởng Bộ Công an",  # same form as the province's, higher level
        "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
        "Bằng khen của Hội Cựu chiến binh tỉnh",
        "Bằng khen của Hội Liên hiệp Phụ nữ tỉnh",
        "Bằng khen của Hội Nông dân tỉnh",
        "Giấy khen của Giám đốc Công an tỉnh",
    ]
    assert _titles(soup(site / "vinh-danh/nam/2024/index.html")) == ranked
    honours = soup(site / "khen-thuong/index.html")
    # The list of decisions shows each one's date: newest day first so the dates read in order,
    # highest first within a day (the five of 26/6/2024, then 21/6, then 20/6).
    dated = [
        li.get_text(" ", strip=True).split(":")[0].strip()
        for li in honours.find(id="quyet-dinh-khen-thuong").find_next("ul").select("li")
    ]
    assert dated == [
        *(f"26/6/2024 — {t}" for t in ranked[2:]),
        "21/6/2024 — Bằng khen của Bộ trưởng Bộ Công an",
        "20/6/2024 — " + medal,
    ]
    groups = {
        li.strong.get_text(): [a.get_text() for a in li.select("a")]
        for li in honours.find(id="danh-sach-vinh-danh").find_next("ul").select("li")
    }
    assert groups["Theo người, cơ quan khen thưởng:"][:2] == ["Bộ trưởng Bộ Công an", "Chủ tịch Ủy ban nhân dân tỉnh"]
    assert groups["Theo người, cơ quan khen thưởng:"][-1] == "Giám đốc Công an tỉnh"
    assert groups["Theo hình thức:"] == [
        "Kỷ niệm chương “Vì sự nghiệp bảo vệ an ninh Tổ quốc”",
        "Bằng khen",
        "Giấy khen",
    ]

    lookup = soup(site / "tra-cuu/index.html")

    def options(name: str) -> list[str]:
        return [o.get_text() for o in lookup.select(f'select[data-filter="{name}"] option')][1:]

    assert options("cap") == ["Trung ương", "Cấp tỉnh"]
    assert options("hinh_thuc") == ["Kỷ niệm chương “Vì sự nghiệp bảo vệ an ninh Tổ quốc”", "Bằng khen", "Giấy khen"]
    assert options("co_quan")[0] == "Bộ trưởng Bộ Công an"

    page = soup(site / "khen-thuong/2024/bo-cong-an-ky-niem-chuong-2024/index.html").select_one("article")
    facts = [li.get_text(" ", strip=True) for li in page.select(".bulletin-decision__facts li")]
    assert facts == [
        # Cited as Vietnamese texts cite a decision; the form is the page's title, not said again.
        "Quyết định số 123/QĐ-BCA ngày 20/6/2024 của Bộ trưởng Bộ Công an (Trung ương)",
        "Nhân dịp kỷ niệm 79 năm Ngày truyền thống lực lượng Công an nhân dân",
        "Thành tích năm 2019",
        "Căn cứ: Thông tư số 01/2024/TT-BCA; Quyết định số 521/QĐ-TTg",
    ]
    assert page.select_one(".bulletin-decision__counts").get_text(" ", strip=True) == "1 cá nhân được khen thưởng."
    feat = soup(site / "khen-thuong/2024/bo-cong-an-bang-khen-dot-xuat-2024/index.html").select_one("article")
    feat_facts = [li.get_text(" ", strip=True) for li in feat.select(".bulletin-decision__facts li")]
    assert feat_facts == [
        "Quyết định ngày 21/6/2024 của Bộ trưởng Bộ Công an (Trung ương)",
        "Khen thưởng đột xuất",
        "Thành tích giai đoạn 2023 – 2024",
    ]
    rows = list(csv.DictReader(io.StringIO((site / "du-lieu/quyet-dinh.csv").read_bytes().decode("utf-8-sig"))))
    row = next(r for r in rows if r["Mã quyết định"] == "bo-cong-an-ky-niem-chuong-2024")
    assert (row["Khen thưởng của"], row["Cấp"], row["Hình thức khen thưởng"], row["Loại"]) == (
        "Bộ trưởng Bộ Công an",
        "Trung ương",
        "Kỷ niệm chương “Vì sự nghiệp bảo vệ an ninh Tổ quốc”",
        "Kỷ niệm chương",
    )
    assert (row["Thời gian đạt thành tích"], row["Căn cứ"], row["Số cá nhân"], row["Số tập thể"]) == (
        "2019",
        "Thông tư số 01/2024/TT-BCA; Quyết định số 521/QĐ-TTg",
        "1",
        "0",
    )
    # One column, like values: "2019" beside "2023 – 2024", not "năm 2019" (the pages say "năm").
    feat_row = next(r for r in rows if r["Mã quyết định"] == "bo-cong-an-bang-khen-dot-xuat-2024")
    assert feat_row["Thời gian đạt thành tích"] == "2023 – 2024"


def test_the_place_filter_lists_communes_so_a_hamlet_is_found_under_its_commune():
    from bulletin.model import dimensions

    def place(locality):
        record = {"office": None, "level": None, "award": None, "year": None, "campaign": None, "locality": locality}
        return dimensions.filter_values(record).get("dia_ban")

    assert place("ấp 1, xã L, huyện X") == ["xã L, huyện X"]
    assert place("thôn 3, xã Y, tỉnh X") == ["xã Y, tỉnh X"]
    assert place("tổ dân phố 5, phường A, thành phố B") == ["phường A, thành phố B"]
    assert place("xã Tú An, thị xã An Khê, tỉnh Gia Lai") == ["xã Tú An, thị xã An Khê, tỉnh Gia Lai"]
    # Nothing but a hamlet: kept, rather than no place at all.
    assert place("thôn 3") == ["thôn 3"]
    assert place(None) is None


def test_a_campaign_roll_is_titled_as_a_headline_says_it():
    from bulletin.pages import rolls

    assert rolls.campaign_roll_title("Phong trào toàn dân bảo vệ an ninh Tổ quốc") == (
        "Khen thưởng trong phong trào toàn dân bảo vệ an ninh Tổ quốc"
    )
    # A name that is not a common noun keeps its capitals.
    assert (
        rolls.campaign_roll_title("Ngày hội toàn dân bảo vệ an ninh Tổ quốc")
        == "Khen thưởng: Ngày hội toàn dân bảo vệ an ninh Tổ quốc"
    )
