"""The illustrative notice belongs to what is illustrative (documents.Decision.illustrative,
documents.Article.illustrative): a site with one illustrative decision and one real one, built
through the hooks, shows the notice on the pages that show the illustrative names and nowhere else.
`sample: true` in bulletin.yaml (a whole demo site) is tested by test_build.py on the fixture."""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import pytest

from bulletin import model
from bulletin.model.load import load
from bulletin.outputs import lookup_index, lookup_query, opendata
from bulletin.pages.article import article_page
from conftest import ARTICLE_URL, DATA, add_extra_decision, built, edit, soup

ILLUSTRATIVE = "decisions/2024/cong-an-tinh-giay-khen-antq-2024.yaml"
NAMES = "Tên người, đơn vị trong danh sách này là minh họa, không phải danh sách thật."
ARTICLE = "Bài minh họa: địa danh, cơ quan và sự việc là giả định."
SOME = "Một số danh sách dưới đây có tên người, đơn vị minh họa, không phải danh sách thật; mỗi quyết định có ghi rõ."

# Page -> the notice's lines it must show ([] for none).
EXPECTED = {
    # The illustrative decision; the article that announces it with four real decisions, and the
    # profile of a name honoured by it and by a real decision, say some of their lists are illustrative.
    "khen-thuong/2024/cong-an-tinh-giay-khen-antq-2024/index.html": [NAMES],
    ARTICLE_URL: [SOME],
    "ho-so/nguyen-huu-thang-ca-bu-gia-map/index.html": [SOME],
    # The real decision, its article, the profile of a name honoured twice by real decisions; pages about neither.
    "khen-thuong/2023/cong-an-tinh-giay-khen-2023/index.html": [],
    "tin-tuc/2023/12/so-ket-antq-2023/index.html": [],
    "ho-so/nguyen-van-an-ca-dong-phu/index.html": [],
    "khen-thuong/2024/hoi-ccb-tinh-bang-khen-antq-2024/index.html": [],
    "index.html": [],
    "vinh-danh/nam/2023/index.html": [],
    # Rolls with real lists next to the illustrative one.
    "vinh-danh/hinh-thuc/giay-khen/index.html": [SOME],
    "vinh-danh/co-quan/cong-an-tinh/index.html": [SOME],
    "vinh-danh/nam/2024/index.html": [SOME],
}


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture, no longer a whole demo site: one illustrative decision (2024), one real (2023)."""
    target = tmp_path_factory.mktemp("illustrative") / "data"
    shutil.copytree(DATA, target)
    edit(target / "bulletin.yaml", "sample: true\n", "")
    with (target / ILLUSTRATIVE).open("a", encoding="utf-8") as file:
        file.write("illustrative: true\n")
    add_extra_decision(target)
    # Honoured by the illustrative decision and by the real one: a profile page (two awards) with both.
    with (target / "decisions/2023/cong-an-tinh-giay-khen-2023.yaml").open("a", encoding="utf-8") as file:
        file.write(
            "  - id: nguyen-huu-thang-ca-bu-gia-map\n    name: Nguyễn Hữu Thắng\n    rank: Trung tá\n"
            "    position: Phó Trưởng Công an huyện\n    unit: Công an huyện Bù Gia Mập\n"
        )
    return target


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory, data: Path) -> Path:
    return built(tmp_path_factory.mktemp("illustrative-site"), data)


def notice_lines(page: Path) -> list[str]:
    """The lines of the page's illustrative notices, title aside."""
    notices = soup(page).select("article .bulletin-sample")
    assert len(notices) <= 1, page
    return [p.get_text() for n in notices for p in n.select("p:not(.admonition-title)")]


@pytest.mark.parametrize(("url", "lines"), EXPECTED.items())
def test_the_notice_is_on_the_pages_of_what_is_illustrative(site: Path, url: str, lines: list[str]):
    assert notice_lines(site / url) == lines


def test_the_notice_is_titled_and_left_out_of_the_search_index(site: Path):
    notice = soup(site / ARTICLE_URL).select_one("article .admonition.warning.bulletin-sample")
    assert notice.select_one(".admonition-title").get_text() == "Nội dung minh họa"
    assert notice.has_attr("data-pagefind-ignore")  # Pagefind leaves it out of the site index


def test_open_data_says_which_lists_are_illustrative(site: Path):
    text = (site / "du-lieu" / "tat-ca.csv").read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    by_decision = {
        ident: {row["Tên minh họa"] for row in rows if row["Mã quyết định"] == ident}
        for ident in ("cong-an-tinh-giay-khen-antq-2024", "cong-an-tinh-giay-khen-2023")
    }
    assert by_decision == {"cong-an-tinh-giay-khen-antq-2024": {"có"}, "cong-an-tinh-giay-khen-2023": {"không"}}


def test_a_fictitious_article_says_so_before_its_decisions_notices(data: Path):
    bulletin = load(data, data.parent).require()
    seed = next(a for a in bulletin.articles if a.id == "bieu-duong-dien-hinh-antq-2019-2024")
    made_up = model.Article(**{**seed.__dict__, "doc": seed.doc.model_copy(update={"illustrative": True})})
    assert made_up.notices == [ARTICLE, SOME]
    page = article_page(bulletin, made_up)
    notice = soup_of(page.body).select_one(".bulletin-sample")
    assert [p.get_text() for p in notice.select("p:not(.admonition-title)")] == [ARTICLE, SOME]


def test_an_article_whose_every_list_is_illustrative_says_its_list_is(data: Path):
    bulletin = load(data, data.parent).require()
    seed = next(a for a in bulletin.articles if a.id == "bieu-duong-dien-hinh-antq-2019-2024")
    marked = [x for x in seed.decisions if x.doc.illustrative]
    assert len(marked) == 1 and len(seed.decisions) == 5
    only = model.Article(**{**seed.__dict__, "decisions": marked})
    notice = soup_of(article_page(bulletin, only).body).select_one(".bulletin-sample")
    assert [p.get_text() for p in notice.select("p:not(.admonition-title)")] == [NAMES]


def test_an_illustrative_decision_without_names_says_the_decision_is_made_up(data: Path):
    bulletin = load(data, data.parent).require()
    decision = bulletin.decisions["cong-an-tinh-giay-khen-2023"]
    unnamed = model.Decision(
        **{
            **decision.__dict__,
            "doc": decision.doc.model_copy(
                update={"illustrative": True, "names": "unpublished", "collectives": [], "individuals": []}
            ),
        }
    )
    assert unnamed.notices == ["Quyết định minh họa: cơ quan và sự việc là giả định."]
    assert decision.notices == []


def test_a_whole_demo_site_says_its_own_notice_once_on_every_page():
    bulletin = load(DATA, DATA.parent).require()
    assert bulletin.site.sample
    page = article_page(bulletin, bulletin.articles[0])
    notices = soup_of(page.body).select(".bulletin-sample")
    assert len(notices) == 1
    assert [p.get_text() for p in notices[0].select("p:not(.admonition-title)")] == [model.DEFAULT_SAMPLE_NOTICE]


def soup_of(html: str):
    from bs4 import BeautifulSoup

    return BeautifulSoup(html, "html.parser")


def test_a_lookup_result_says_its_list_is_illustrative(data: Path, tmp_path: Path):
    bulletin = load(data, data.parent).require()
    lookup_index.build(tmp_path / "chi-muc", [opendata.record(a) for a in bulletin.awards])
    shown = {}
    for result in lookup_query.query(tmp_path / "chi-muc", "").results:
        shown[result["decision_url"].split("/")[2]] = result["decision"]
    assert shown["cong-an-tinh-giay-khen-antq-2024"].endswith(" (danh sách minh họa)")
    assert "minh họa" not in shown["cong-an-tinh-giay-khen-2023"]
    assert "minh họa" not in shown["hoi-ccb-tinh-bang-khen-antq-2024"]
