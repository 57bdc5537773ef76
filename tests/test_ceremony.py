"""The ceremony and its people: who presented each award (often "thừa ủy quyền" of the issuer),
who organised the ceremony, where and when; and what each organisation's page lists."""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import pytest

from conftest import (
    ARTICLE_URL,
    ARTICLE_YAML,
    DATA,
    built,
    bulletin,
    edit,
    line_of,
    sections,
    soup,
    text,
)

UBND = "decisions/2024/ubnd-tinh-bang-khen-antq-2024.yaml"
HND = "decisions/2024/hoi-nong-dan-tinh-bang-khen-antq-2024.yaml"
CAT = "decisions/2024/cong-an-tinh-giay-khen-antq-2024.yaml"

ORGANISER = """\
  - id: cong-an-thi-xa-a
    name: Công an thị xã A
    short_name: Công an thị xã A
    head: Trưởng
    level: huyen
    authority: thu-truong-don-vi
  - id: cong-an-xa-dak-o
    name: Công an xã Đak Ơ
    short_name: Công an xã Đak Ơ
    head: Trưởng
    level: xa
    authority: thu-truong-don-vi
"""
RECEIVER = "  - name: Công an xã Đak Ơ, huyện Bù Gia Mập\n"
CEREMONY = """\
ceremony:
  organiser: cong-an-thi-xa-a
  place: Hội trường Công an tỉnh
  date: 2024-06-26
  part_of_day: sáng
decisions:
"""


def with_ceremony(target: Path) -> Path:
    """The tests' sample with a ceremony and three presenters: on behalf of the issuer, the body
    itself (it has no head), and a deputy of the issuer presenting its own decision; and one
    honoured collective that is an organisation of the bulletin."""
    shutil.copytree(DATA, target)
    (target / "organisations.yaml").write_text(
        (target / "organisations.yaml").read_text(encoding="utf-8") + ORGANISER, encoding="utf-8"
    )
    edit(target / ARTICLE_YAML, "decisions:\n", CEREMONY)
    edit(
        target / UBND,
        "form: bang-khen\n",
        "form: bang-khen\npresented_by:\n  organisation: cong-an-tinh\n  on_behalf: true\n",
    )
    edit(target / HND, "form: bang-khen\n", "form: bang-khen\npresented_by:\n  organisation: hoi-nong-dan-tinh\n")
    edit(
        target / CAT,
        "form: giay-khen\n",
        "form: giay-khen\npresented_by:\n  organisation: cong-an-tinh\n  office: Phó Giám đốc\n",
    )
    # A collective that is an organisation of the bulletin, so that its page lists what it received.
    edit(target / CAT, RECEIVER, RECEIVER + "    organisation: cong-an-xa-dak-o\n")
    return target


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = with_ceremony(tmp_path_factory.mktemp("ceremony") / "data")
    return built(tmp_path_factory.mktemp("ceremony-site"), data)


def presenter_line(site: Path, ident: str) -> str:
    items = soup(site / f"khen-thuong/2024/{ident}/index.html").select(".bulletin-decision__presenter")
    assert len(items) == 1
    return text(items[0])


# -- the decision page ---------------------------------------------------------------


def test_decision_page_says_who_presented_on_behalf_of_whom(site: Path):
    assert presenter_line(site, "ubnd-tinh-bang-khen-antq-2024") == (
        "Thừa ủy quyền của Chủ tịch Ủy ban nhân dân tỉnh, Giám đốc Công an tỉnh trao"
    )
    item = soup(site / "khen-thuong/2024/ubnd-tinh-bang-khen-antq-2024/index.html").select_one(
        ".bulletin-decision__presenter"
    )
    assert item.a["href"] == "../../../don-vi/cong-an-tinh/"
    # The facts list: the decision first, then who presented it.
    facts = [text(li) for li in item.parent.select("li")]
    assert facts[:2] == [
        "Quyết định của Chủ tịch Ủy ban nhân dân tỉnh",
        "Thừa ủy quyền của Chủ tịch Ủy ban nhân dân tỉnh, Giám đốc Công an tỉnh trao",
    ]


def test_presenter_without_head_is_the_body_and_a_named_office_is_used(site: Path):
    assert presenter_line(site, "hoi-nong-dan-tinh-bang-khen-antq-2024") == "Hội Nông dân tỉnh trao"
    assert presenter_line(site, "cong-an-tinh-giay-khen-antq-2024") == "Phó Giám đốc Công an tỉnh trao"


def test_a_decision_without_presenter_says_nothing_of_one(site: Path):
    page = soup(site / "khen-thuong/2024/hoi-ccb-tinh-bang-khen-antq-2024/index.html")
    assert page.select(".bulletin-decision__presenter") == []
    assert "trao" not in text(page.select_one(".bulletin-decision__facts"))


# -- the article -------------------------------------------------------------------------


def test_article_shows_the_ceremony_at_the_head_of_its_awards(site: Path):
    page = soup(site / ARTICLE_URL)
    line = page.select_one(".bulletin-ceremony")
    assert text(line) == "Lễ trao khen thưởng do Công an thị xã A tổ chức sáng 26/6/2024 tại Hội trường Công an tỉnh."
    assert line.a["href"] == "../../../../don-vi/cong-an-thi-xa-a/"
    heading = line.find_previous_sibling()
    assert heading.name == "h2" and heading["id"] == "khen-thuong"
    # Each decision's section in the article says who presented it, as the decision page does.
    presenters = [text(li) for li in page.select(".bulletin-decision__presenter")]
    assert presenters == [
        "Thừa ủy quyền của Chủ tịch Ủy ban nhân dân tỉnh, Giám đốc Công an tỉnh trao",
        "Hội Nông dân tỉnh trao",
        "Phó Giám đốc Công an tỉnh trao",
    ]


def test_article_without_ceremony_has_no_ceremony_line(built_site: Path):
    assert soup(built_site / ARTICLE_URL).select(".bulletin-ceremony") == []


# -- organisation pages ---------------------------------------------------------------------


def test_organiser_page_lists_the_ceremony_it_organised(site: Path):
    page = soup(site / "don-vi/cong-an-thi-xa-a/index.html")
    title = (
        "72 tập thể, cá nhân được khen thưởng trong phong trào toàn dân bảo vệ an ninh Tổ quốc, giai đoạn 2019 – 2024"
    )
    assert sections(page) == {
        "Bài viết": [f"26/6/2024 — {title}"],
        "Tổ chức lễ trao khen thưởng": [f"Sáng 26/6/2024, tại Hội trường Công an tỉnh — {title}"],
    }
    assert "Chưa có bài viết hay quyết định nào" not in text(page)


def test_presenter_page_lists_what_it_issued_and_presented(site: Path):
    found = sections(soup(site / "don-vi/cong-an-tinh/index.html"))
    assert list(found) == ["Bài viết", "Quyết định khen thưởng", "Trao khen thưởng"]
    assert found["Trao khen thưởng"] == [
        (
            "26/6/2024 — Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh: 9 tập thể, 15 cá nhân. "
            "Thừa ủy quyền của Chủ tịch Ủy ban nhân dân tỉnh, Giám đốc Công an tỉnh trao."
        ),
        "26/6/2024 — Giấy khen của Giám đốc Công an tỉnh: 9 tập thể, 15 cá nhân. Phó Giám đốc Công an tỉnh trao.",
    ]


def test_recipient_page_lists_what_it_received_under_the_name_the_decision_gave(site: Path):
    found = sections(soup(site / "don-vi/cong-an-xa-dak-o/index.html"))
    title = (
        "72 tập thể, cá nhân được khen thưởng trong phong trào toàn dân bảo vệ an ninh Tổ quốc, giai đoạn 2019 – 2024"
    )
    assert found == {
        "Bài viết": [f"26/6/2024 — {title}"],
        "Được khen thưởng": ["26/6/2024 — Giấy khen của Giám đốc Công an tỉnh: Công an xã Đak Ơ, huyện Bù Gia Mập"],
    }


def test_involvement_is_computed_once_from_the_model(tmp_path: Path):
    from bulletin.model.load import load

    data = with_ceremony(tmp_path / "data")
    model = load(data, tmp_path).require()
    involved = model.by_organisation
    # Newest decision first (Bulletin.decisions_newest_first), the same day by id, newest first.
    assert [x.id for x in involved["cong-an-tinh"].presented] == [
        "ubnd-tinh-bang-khen-antq-2024",
        "cong-an-tinh-giay-khen-antq-2024",
    ]
    assert [a.id for a in involved["cong-an-thi-xa-a"].organised] == ["bieu-duong-dien-hinh-antq-2019-2024"]
    assert involved["cong-an-thi-xa-a"].issued == [] and involved["cong-an-thi-xa-a"].presented == []
    assert involved["hoi-ccb-tinh"].presented == [] and involved["hoi-ccb-tinh"].organised == []
    assert [x.id for x in involved["cong-an-xa-dak-o"].received] == ["cong-an-tinh-giay-khen-antq-2024"]
    assert involved["cong-an-tinh"].received == []
    decision = model.decisions["ubnd-tinh-bang-khen-antq-2024"]
    assert decision.presented == "Thừa ủy quyền của Chủ tịch Ủy ban nhân dân tỉnh, Giám đốc Công an tỉnh trao"
    ceremony = model.articles[0].ceremony
    assert (ceremony.organiser.id, ceremony.place, ceremony.when) == (
        "cong-an-thi-xa-a",
        "Hội trường Công an tỉnh",
        "sáng 26/6/2024",
    )


# -- open data --------------------------------------------------------------------------------


def test_decisions_file_says_who_presented(site: Path):
    raw = (site / "du-lieu/quyet-dinh.csv").read_bytes().decode("utf-8-sig")
    rows = {r["Mã quyết định"]: r for r in csv.DictReader(io.StringIO(raw))}
    got = {k: (r["Người trao"], r["Thừa ủy quyền"]) for k, r in rows.items()}
    assert got == {
        "ubnd-tinh-bang-khen-antq-2024": ("Giám đốc Công an tỉnh", "có"),
        "hoi-nong-dan-tinh-bang-khen-antq-2024": ("Hội Nông dân tỉnh", "không"),
        "cong-an-tinh-giay-khen-antq-2024": ("Phó Giám đốc Công an tỉnh", "không"),
        "hoi-lhpn-tinh-bang-khen-antq-2024": ("", ""),
        "hoi-ccb-tinh-bang-khen-antq-2024": ("", ""),
    }


# -- validation: exact, located messages --------------------------------------------------------


def validate(data: Path) -> list[str]:
    result = bulletin("validate", str(data), cwd=data.parent)
    assert "Traceback" not in result.output
    return [line for line in result.stderr.splitlines() if not line.startswith("Dữ liệu")]


def test_on_behalf_of_the_issuers_own_office_is_refused(tmp_path: Path):
    data = with_ceremony(tmp_path / "data")
    edit(data / UBND, "organisation: cong-an-tinh\n", "organisation: ubnd-tinh\n")
    line = line_of(data / UBND, "on_behalf: true")
    assert validate(data) == [
        (
            f"data/{UBND}:{line}:14: lỗi: người trao là Chủ tịch Ủy ban nhân dân tỉnh, cũng là người ký quyết định: "
            "không ai thừa ủy quyền của chính mình; hãy bỏ dòng on_behalf, hoặc ghi đúng người trao (organisation, office) "
            "như bài viết nêu"
        ),
    ]


def test_a_deputy_may_act_for_the_head_of_the_same_body(tmp_path: Path):
    data = with_ceremony(tmp_path / "data")
    edit(data / UBND, "organisation: cong-an-tinh\n", "organisation: ubnd-tinh\n  office: Phó Chủ tịch\n")
    assert validate(data) == []


def test_unknown_presenter_and_organiser_say_where_to_add_them(tmp_path: Path):
    data = with_ceremony(tmp_path / "data")
    edit(data / HND, "organisation: hoi-nong-dan-tinh\n", "organisation: hoi-nong-dan-huyen\n")
    edit(data / ARTICLE_YAML, "organiser: cong-an-thi-xa-a\n", "organiser: cong-an-thi-xa-b\n")
    assert validate(data) == [
        (
            f"data/{ARTICLE_YAML}:{line_of(data / ARTICLE_YAML, 'cong-an-thi-xa-b')}:14: lỗi: không có cơ quan mã "
            "'cong-an-thi-xa-b'; có phải ý bạn là 'cong-an-thi-xa-a'? Nếu là cơ quan, tổ chức mới, hãy thêm vào "
            "data/organisations.yaml"
        ),
        (
            f"data/{HND}:{line_of(data / HND, 'hoi-nong-dan-huyen')}:17: lỗi: không có cơ quan mã 'hoi-nong-dan-huyen'; "
            "có phải ý bạn là 'hoi-nong-dan-tinh'? Nếu là cơ quan, tổ chức mới, hãy thêm vào data/organisations.yaml"
        ),
    ]


def test_an_unknown_or_ended_receiving_organisation_is_located(tmp_path: Path):
    data = with_ceremony(tmp_path / "data")
    edit(data / CAT, "organisation: cong-an-xa-dak-o\n", "organisation: cong-an-xa-dak-oo\n")
    edit(
        data / "organisations.yaml",
        "    name: Công an thị xã A\n",
        "    name: Công an thị xã A\n    ended: 2024-02-29\n",
    )
    edit(
        data / CAT,
        "  - name: Công an xã Thiện Hưng, huyện Bù Đốp\n",
        "  - name: Công an xã Thiện Hưng, huyện Bù Đốp\n    organisation: cong-an-thi-xa-a\n",
    )
    first, second = line_of(data / CAT, "cong-an-xa-dak-oo"), line_of(data / CAT, "organisation: cong-an-thi-xa-a")
    assert validate(data) == [
        # The article's ceremony, organised by the same body after its end, is refused too.
        (
            f"data/{ARTICLE_YAML}:{line_of(data / ARTICLE_YAML, 'organiser: cong-an-thi-xa-a')}:14: lỗi: Công an thị xã A "
            "không còn hoạt động từ ngày 1/3/2024 (data/organisations.yaml ghi ended: 2024-02-29), nhưng được ghi là đơn vị "
            "tổ chức buổi lễ ngày 26/6/2024; hãy kiểm tra lại ngày, hoặc ghi cơ quan kế thừa"
        ),
        (
            f"data/{CAT}:{first}:19: lỗi: không có cơ quan mã 'cong-an-xa-dak-oo'; có phải ý bạn là "
            "'cong-an-xa-dak-o'? Nếu là cơ quan, tổ chức mới, hãy thêm vào data/organisations.yaml"
        ),
        (
            f"data/{CAT}:{second}:19: lỗi: Công an thị xã A không còn hoạt động từ ngày 1/3/2024 (data/organisations.yaml "
            "ghi ended: 2024-02-29), nhưng được ghi là tập thể được khen theo bài viết công bố quyết định ngày 26/6/2024 "
            "(quyết định không ghi ngày); hãy kiểm tra lại ngày, hoặc ghi cơ quan kế thừa"
        ),
    ]


def test_organisation_index_counts_what_each_presented_and_organised(site: Path):
    items = {text(li).split(":")[0]: text(li) for li in soup(site / "don-vi/index.html").select("article li")}
    assert (
        items["Công an tỉnh"]
        == "Công an tỉnh: 1 bài viết, 1 quyết định khen thưởng; trao khen thưởng theo 2 quyết định"
    )
    assert items["Công an thị xã A"] == "Công an thị xã A: 1 bài viết; tổ chức 1 lễ trao khen thưởng"
    assert items["Hội Cựu chiến binh tỉnh"] == "Hội Cựu chiến binh tỉnh: 1 bài viết, 1 quyết định khen thưởng"
    assert items["Công an xã Đak Ơ"] == "Công an xã Đak Ơ: 1 bài viết; được khen thưởng theo 1 quyết định"
