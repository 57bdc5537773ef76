"""Organisations through time: a decision names its issuer as it was on the decision's day, says
what became of it (renamed, or ended with a successor), and organisation pages link the change
both ways. Localities stay as recorded."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from bulletin.data import documents as d
from conftest import DATA, built, bulletin, edit, soup

# A district body renamed in 2021 (thị xã from huyện) and ended with the two-tier reform; its
# successor a ward. The provincial Farmers' Association renamed after 2024 (names invented).
DISTRICT = """\
  - id: ubnd-thi-xa-a
    name: Ủy ban nhân dân thị xã A
    short_name: UBND thị xã A
    head: Chủ tịch
    level: huyen
    authority: chu-tich-ubnd-huyen
    names:
      - {name: Ủy ban nhân dân huyện A, until: 2020-12-31}
    ended: 2025-06-30
    successors: [ubnd-phuong-b]
  - id: ubnd-phuong-b
    name: Ủy ban nhân dân phường B
    short_name: UBND phường B
    head: Chủ tịch
    level: xa
    authority: chu-tich-ubnd-xa
"""
DECISION = """\
id: ubnd-huyen-a-giay-khen-2020
issuer: ubnd-thi-xa-a
form: giay-khen
date: 2020-08-10
collectives:
  - name: Công an xã C, huyện A
    locality: xã C, huyện A
"""
DECISION_YAML = "decisions/2020/ubnd-huyen-a-giay-khen-2020.yaml"
HND = "khen-thuong/2024/hoi-nong-dan-tinh-bang-khen-antq-2024/index.html"


def with_history(target: Path) -> Path:
    shutil.copytree(DATA, target)
    orgs = target / "organisations.yaml"
    orgs.write_text(orgs.read_text(encoding="utf-8") + DISTRICT, encoding="utf-8")
    edit(
        orgs,
        "    name: Hội Nông dân tỉnh\n",
        "    name: Hội Nông dân tỉnh Z\n    names:\n      - {name: Hội Nông dân tỉnh, until: 2025-06-30}\n",
    )
    (target / "decisions/2020").mkdir()
    (target / DECISION_YAML).write_text(DECISION, encoding="utf-8")
    return target


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = with_history(tmp_path_factory.mktemp("history") / "data")
    return built(tmp_path_factory.mktemp("history-site"), data)


def text(element) -> str:
    return " ".join(element.get_text().split()).removesuffix("¶").rstrip()


def history_line(page: Path) -> tuple[str, list[str]]:
    items = soup(page).select("p.bulletin-history")
    assert len(items) == 1
    return text(items[0]), [a["href"] for a in items[0].select("a")]


# -- the decision page -----------------------------------------------------------------


def test_district_decision_keeps_its_2020_name_and_links_its_successor(site: Path) -> None:
    page = site / "khen-thuong/2020/ubnd-huyen-a-giay-khen-2020/index.html"
    assert text(soup(page).select_one("h1")) == "Giấy khen của Chủ tịch Ủy ban nhân dân huyện A"
    line, links = history_line(page)
    assert line == "Ủy ban nhân dân huyện A không còn hoạt động từ ngày 1/7/2025; nay là Ủy ban nhân dân phường B."
    assert links == ["../../../don-vi/ubnd-phuong-b/"]
    assert (page.parent / links[0] / "index.html").resolve().is_file()
    # The locality as recorded in 2020: never rewritten to today's map.
    assert "xã C, huyện A" in text(soup(page).select_one("article, main, body"))


def test_renamed_body_keeps_the_name_of_the_day_and_says_todays(site: Path) -> None:
    page = site / HND
    assert text(soup(page).select_one("h1")) == "Bằng khen của Hội Nông dân tỉnh"
    line, links = history_line(page)
    assert line == "Hội Nông dân tỉnh nay là Hội Nông dân tỉnh Z."
    assert links == ["../../../don-vi/hoi-nong-dan-tinh/"]


def test_unchanged_body_has_no_history_line(site: Path) -> None:
    page = site / "khen-thuong/2024/ubnd-tinh-bang-khen-antq-2024/index.html"
    assert soup(page).select("p.bulletin-history") == []


def test_open_data_carries_the_name_of_the_day(site: Path) -> None:
    found = [p for p in site.rglob("*.json") if "Ủy ban nhân dân huyện A" in p.read_text(encoding="utf-8")]
    assert found, "no open data file names the issuer as it was in 2020"
    for path in found:
        assert "Chủ tịch Ủy ban nhân dân thị xã A" not in path.read_text(encoding="utf-8")


# -- organisation pages: following the change both ways ------------------------------


def history_items(page: Path) -> list[str]:
    lists = soup(page).select("ul.bulletin-history")
    assert len(lists) == 1
    return [text(li) for li in lists[0].select("li")]


def test_ended_body_page_lists_its_names_end_and_successor(site: Path) -> None:
    page = site / "don-vi/ubnd-thi-xa-a/index.html"
    assert text(soup(page).select_one("h1")) == "Ủy ban nhân dân thị xã A"
    assert history_items(page) == [
        "Tên trước đây: Ủy ban nhân dân huyện A (dùng đến ngày 31/12/2020)",
        "Không còn hoạt động từ ngày 1/7/2025",
        "Đơn vị kế thừa: Ủy ban nhân dân phường B",
    ]
    # Its 2020 decision listed under the name it was given then.
    assert "Giấy khen của Chủ tịch Ủy ban nhân dân huyện A" in text(soup(page).select_one("body"))


def test_successor_page_lists_its_predecessor(site: Path) -> None:
    page = site / "don-vi/ubnd-phuong-b/index.html"
    assert history_items(page) == ["Kế thừa từ: Ủy ban nhân dân thị xã A"]
    assert [a["href"] for a in soup(page).select("ul.bulletin-history a")] == ["../ubnd-thi-xa-a/"]


def test_index_says_which_bodies_ended(site: Path) -> None:
    items = [text(li) for li in soup(site / "don-vi/index.html").select("li") if "thị xã A" in text(li)]
    assert items == ["Ủy ban nhân dân thị xã A (không còn hoạt động từ ngày 1/7/2025): 1 quyết định khen thưởng"]


# -- the model -------------------------------------------------------------------------


def test_name_on_a_day() -> None:
    org = d.Organisation(
        id="ubnd-x",
        name="Ủy ban nhân dân thị xã X",
        short_name="UBND thị xã X",
        head="Chủ tịch",
        names=[d.FormerName(name="Ủy ban nhân dân huyện X", until=dt.date(2020, 12, 31))],
    )
    assert org.name_on(dt.date(2020, 12, 31)) == "Ủy ban nhân dân huyện X"
    assert org.name_on(dt.date(2021, 1, 1)) == "Ủy ban nhân dân thị xã X"
    assert org.name_on(None) == "Ủy ban nhân dân thị xã X"
    assert org.office(day=dt.date(2020, 8, 10)) == "Chủ tịch Ủy ban nhân dân huyện X"
    assert org.office("Phó Chủ tịch", dt.date(2024, 1, 1)) == "Phó Chủ tịch Ủy ban nhân dân thị xã X"


# -- validation: exact messages ------------------------------------------------------------


def validate(data: Path) -> list[str]:
    result = bulletin("validate", str(data))
    assert result.returncode == 1, result.output
    return [line.removeprefix(str(data) + "/") for line in result.output.splitlines() if ": lỗi: " in line]


def org_line(data: Path, needle: str) -> int:
    lines = (data / "organisations.yaml").read_text(encoding="utf-8").splitlines()
    return next(i for i, line in enumerate(lines, 1) if needle in line)


def test_successors_must_exist_and_not_be_itself(tmp_path: Path) -> None:
    data = with_history(tmp_path / "data")
    edit(data / "organisations.yaml", "successors: [ubnd-phuong-b]", "successors: [ubnd-phuong-c, ubnd-thi-xa-a]")
    n = org_line(data, "successors: [ubnd-phuong-c")
    assert validate(data) == [
        (
            f"organisations.yaml:{n}:18: lỗi: không có cơ quan mã 'ubnd-phuong-c'; có phải ý bạn là 'ubnd-phuong-b'? "
            "Nếu là cơ quan, tổ chức mới, hãy thêm vào data/organisations.yaml"
        ),
        (
            f"organisations.yaml:{n}:33: lỗi: cơ quan 'ubnd-thi-xa-a' không thể là đơn vị kế thừa của chính nó; "
            "hãy bỏ mã này khỏi successors (nếu cơ quan chỉ đổi tên, hãy ghi tên cũ trong names)"
        ),
    ]


def test_successors_in_a_cycle(tmp_path: Path) -> None:
    data = with_history(tmp_path / "data")
    edit(
        data / "organisations.yaml",
        "    authority: chu-tich-ubnd-xa\n",
        "    authority: chu-tich-ubnd-xa\n    ended: 2025-06-30\n    successors: [ubnd-thi-xa-a]\n",
        count=1,
    )
    # The ward is the fixture's only commune-level body: the edit makes it succeed by its own predecessor.
    assert (data / "organisations.yaml").read_text(encoding="utf-8").count("successors: [ubnd-thi-xa-a]") == 1
    messages = validate(data)
    assert len(messages) == 1, messages
    assert messages[0].endswith(
        ": lỗi: các cơ quan kế thừa nhau thành vòng: ubnd-thi-xa-a → ubnd-phuong-b → ubnd-thi-xa-a; "
        "một cơ quan không thể kế thừa cơ quan đã kế thừa nó, hãy sửa successors"
    )


def test_dates_in_order(tmp_path: Path) -> None:
    data = with_history(tmp_path / "data")
    edit(
        data / "organisations.yaml",
        "      - {name: Ủy ban nhân dân huyện A, until: 2020-12-31}\n",
        "      - {name: Ủy ban nhân dân huyện A, until: 2020-12-31}\n"
        "      - {name: Ủy ban nhân dân huyện A1, until: 2019-01-01}\n"
        "      - {name: Ủy ban nhân dân thị xã A1, until: 2026-01-01}\n",
    )
    first = org_line(data, "huyện A1")
    assert validate(data) == [
        (
            f"organisations.yaml:{first}:49: lỗi: tên 'Ủy ban nhân dân huyện A1' dùng đến 1/1/2019, không sau tên ghi "
            "trước nó (dùng đến 31/12/2020); hãy ghi các tên cũ theo thứ tự thời gian, tên cũ nhất trước"
        ),
        (
            f"organisations.yaml:{first + 1}:50: lỗi: tên 'Ủy ban nhân dân thị xã A1' dùng đến 1/1/2026, sau ngày cơ quan "
            "kết thúc hoạt động (30/6/2025, dòng ended); hãy kiểm tra lại hai ngày này"
        ),
    ]


def test_successors_need_an_end(tmp_path: Path) -> None:
    data = with_history(tmp_path / "data")
    edit(data / "organisations.yaml", "    ended: 2025-06-30\n", "")
    n = org_line(data, "successors: [ubnd-phuong-b]")
    assert validate(data) == [
        (
            f"organisations.yaml:{n}:17: lỗi: cơ quan 'ubnd-thi-xa-a' có đơn vị kế thừa nhưng chưa ghi ngày kết thúc "
            "hoạt động; hãy thêm dòng 'ended: YYYY-MM-DD' (ngày cuối cùng cơ quan còn hoạt động). Nếu cơ quan chỉ "
            "đổi tên, hãy ghi tên cũ trong names và bỏ successors"
        ),
    ]


def test_decision_after_the_body_ended_is_one_error(tmp_path: Path) -> None:
    """The body ended and its level too: one message, the body's (it names the successor)."""
    data = with_history(tmp_path / "data")
    edit(data / DECISION_YAML, "date: 2020-08-10", "date: 2025-08-01")
    assert validate(data) == [
        (
            f"{DECISION_YAML}:2:9: lỗi: Ủy ban nhân dân thị xã A không còn hoạt động từ ngày 1/7/2025 "
            "(data/organisations.yaml ghi ended: 2025-06-30), nhưng quyết định ghi ngày 1/8/2025; hãy kiểm tra lại "
            "ngày, hoặc ghi cơ quan kế thừa (ubnd-phuong-b)"
        ),
    ]
