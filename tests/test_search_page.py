"""The site search's page (bulletin.pages.search) as the core makes it and as the site serves it;
tests/test_search.py drives it in a browser."""

from __future__ import annotations

from pathlib import Path

from bs4 import BeautifulSoup

from bulletin import urls
from bulletin.model.load import load
from bulletin.pages import build_site
from bulletin.pages.search import search_page
from conftest import DATA, soup


def check_search_form(page: BeautifulSoup) -> None:
    """The box, its label and button, the status line, the results and the button for more."""
    box = page.select_one("#bulletin-search-page")
    assert box["data-index"] == "../pagefind/" and box["data-lookup"] == "../tra-cuu/"
    form = box.select_one("form")
    assert form["role"] == "search" and form["action"] == "./" and form["method"] == "get"
    query = form.select_one("input")
    assert (query["name"], query["type"], query["id"]) == ("q", "search", "tim-kiem-q")
    assert page.select_one(f'label[for="{query["id"]}"]').get_text() == "Từ cần tìm"
    assert form.select_one('button[type="submit"]').get_text() == "Tìm"
    status = box.select_one(".bulletin-search__status")
    assert (status["role"], status["aria-live"], status.get_text()) == ("status", "polite", "")
    assert box.select_one("ol.bulletin-search__results").contents == []
    assert box.select_one(".bulletin-search__lookup").has_attr("hidden")
    more = box.select_one("button.bulletin-search__more")
    assert more.has_attr("hidden") and more["type"] == "button" and more.get_text() == "Xem thêm kết quả"
    # Without JavaScript: said plainly, with the lookup and the news instead.
    note = page.select_one("noscript .bulletin-search__noscript")
    assert "cần trình duyệt bật JavaScript" in note.get_text()
    assert [a["href"] for a in note.select("a")] == ["../tra-cuu/", "../tin-tuc/"]


def test_the_core_makes_the_search_page_out_of_the_index():
    bulletin = load(DATA).require()
    page = search_page(bulletin)
    assert page.path == urls.index(urls.SEARCH) == "tim-kiem/index.md"
    assert page.meta["title"] == "Tìm kiếm"
    # The kind the theme leaves out of Pagefind's index (bulletin/theme/main.html).
    assert page.meta["bulletin"] == {"kind": "search"}
    html = BeautifulSoup(page.body, "html.parser")
    check_search_form(html)
    assert html.h1.get_text().rstrip("¶") == "Tìm kiếm"
    # A sample bulletin says so on its pages; this one shows none of its items.
    assert bulletin.sample_notice and bulletin.sample_notice not in page.body
    assert "Nội dung minh họa" not in page.body
    assert page.inputs is not None and page.inputs() == frozenset()  # a preview leaves it be
    # Planned once with the site's pages.
    assert [p.path for p in build_site(bulletin, DATA).pages].count("tim-kiem/index.md") == 1


def test_the_site_serves_the_search_page(built_site: Path):
    page = soup(built_site / "tim-kiem/index.html")
    check_search_form(page)
    assert page.title.get_text().startswith("Tìm kiếm - ")
    assert page.select_one('script[src$="assets/bulletin-search.js"]') is not None
