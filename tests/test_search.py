"""Site search and the lookup, typed into a real browser, with and without diacritics."""

from __future__ import annotations

import gzip
import json
import re
import unicodedata
from pathlib import Path
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest

from bulletin.model.load import load

ARTICLE = "/tin-tuc/2024/06/bieu-duong-dien-hinh-antq-2019-2024/"
UBND = "/khen-thuong/2024/ubnd-tinh-bang-khen-antq-2024/"
CAT = "/khen-thuong/2024/cong-an-tinh-giay-khen-antq-2024/"
PROFILE = "/ho-so/nguyen-van-an-ca-dong-phu/"  # Nguyễn Văn Ân, honoured twice
THIEP_NFD = unicodedata.normalize("NFD", "Thiệp")
assert THIEP_NFD != "Thiệp"

# Query -> a page the site search must list. The article's caption names Đinh Xuân Thiệp;
# its award section lists Đặng Thị Hòa (new tone placement) and Ngô Văn Thuỷ (old).
# Decision pages and honour rolls are left to the lookup, which indexes every award.
SITE_QUERIES = {
    "Thiệp": ARTICLE,
    "thiep": ARTICLE,
    "THIEP": ARTICLE,
    "dinh xuan thiep": ARTICLE,
    THIEP_NFD: ARTICLE,
    "hoà": ARTICLE,
    "hòa": ARTICLE,
    "hoa": ARTICLE,
    # "cấp ủy" in the article's text, typed with the old tone placement and without marks
    # (names in the awards' lists are the lookup's: the site search leaves them out).
    "cấp uỷ": ARTICLE,
    "cap uy": ARTICLE,
    # A profile by the person's name, the name alone on its page.
    "Nguyễn Văn Ân": PROFILE,
    "nguyen van an": PROFILE,
}
# Query -> names the lookup must show (records of the data).
LOOKUP_QUERIES = {
    "Thiệp": {"Trung tá Đinh Công Thiệp"},
    "thiep": {"Trung tá Đinh Công Thiệp"},
    "THIEP": {"Trung tá Đinh Công Thiệp"},
    "dinh cong thiep": {"Trung tá Đinh Công Thiệp"},
    THIEP_NFD: {"Trung tá Đinh Công Thiệp"},
    "hoà": {"Đặng Thị Hòa", "Trung úy Dương Thị Hoà"},
    "hòa": {"Đặng Thị Hòa", "Trung úy Dương Thị Hoà"},
    "hoa": {"Đặng Thị Hòa", "Trung úy Dương Thị Hoà"},
    "thuỷ": {"Đỗ Thị Thủy", "Thượng úy Ngô Văn Thuỷ"},
    "thuy": {"Đỗ Thị Thủy", "Thượng úy Ngô Văn Thuỷ"},
}


@pytest.fixture(scope="module")
def tab(chromium, extra_url: str):
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page, extra_url
    context.close()
    assert errors == []


PROMPT = "Gõ từ cần tìm vào ô trên."  # bulletin-search.js, an empty box


def nfc(query: str) -> str:
    return unicodedata.normalize("NFC", query).strip()


def results(page, query: str) -> tuple[str, list[str]]:
    """The search page's status line and result links once it shows `query`'s results."""
    page.wait_for_function(
        "q => { const s = document.querySelector('.bulletin-search__status').textContent;"
        " return s.includes('“' + q + '”') && !s.startsWith('Đang tìm') }",
        arg=nfc(query),
    )
    links = page.locator(".bulletin-search__result a").evaluate_all("els => els.map(e => e.pathname)")
    return page.locator(".bulletin-search__status").inner_text(), links


def site_search(page, query: str) -> tuple[str, list[str]]:
    """`query` typed into the search page's box."""
    box = page.locator("#tim-kiem-q")
    box.fill("")
    box.fill(query)
    return results(page, query)


def search_address(url: str, query: str) -> str:
    return url + "tim-kiem/?" + urlencode({"q": query})


@pytest.mark.parametrize("query", SITE_QUERIES, ids=[repr(q) for q in SITE_QUERIES])
def test_site_search_finds_vietnamese_with_or_without_marks(tab, query: str):
    page, url = tab
    if "/tim-kiem/" not in page.url:
        page.goto(url + "tim-kiem/")
    meta, links = site_search(page, query)
    assert SITE_QUERIES[query] in links, (meta, links)
    # The address says what was searched: a search can be shared.
    assert parse_qs(urlsplit(page.url).query) == {"q": [nfc(query)]}


def test_site_search_ranks_exact_diacritics_first_and_finds_nothing_for_absent_words(tab):
    page, url = tab
    page.goto(search_address(url, "hoà"))  # as the masthead's box sends it
    meta, links = results(page, "hoà")
    # Only the article writes "hoà" with the old tone placement ("tái hoà nhập").
    assert links[0] == ARTICLE
    assert UBND not in links and CAT not in links  # lists of names: the lookup's job
    assert page.locator("#tim-kiem-q").input_value() == "hoà"
    assert meta == f"{len(links)} kết quả cho “hoà”"
    meta, links = site_search(page, "Thiệpxyz")
    assert links == [] and meta == "Không tìm thấy kết quả nào cho “Thiệpxyz”"


def test_site_search_offers_the_lookup_for_every_query(tab):
    """Names of every recipient are the lookup's: a line under the count leads there."""
    page, url = tab
    page.goto(search_address(url, "nguyen van an"))
    _, links = results(page, "nguyen van an")
    assert links[0] == PROFILE
    line = page.locator(".bulletin-search__lookup")
    assert line.inner_text() == "Tìm người được khen thưởng: Tra cứu “nguyen van an”"
    line.locator("a").click()
    page.wait_for_url(url + "tra-cuu/?q=nguyen+van+an")
    page.wait_for_function("() => /^\\d/.test(document.querySelector('.bulletin-lookup__count').textContent)")
    assert set(page.locator(".bulletin-lookup__result strong").all_inner_texts()) == {
        "Thượng tá Nguyễn Văn Ân",
        "Trung tá Nguyễn Văn Ân",
    }
    # A name that no page holds (the lookup's own): no result, and the line leads there. Enter
    # on this page searches (nothing leaves the page unasked): the reader follows the line.
    page.goto(url + "tim-kiem/")
    box = page.locator("#tim-kiem-q")
    box.fill("Đinh Công Thiệpp")
    box.press("Enter")
    meta, links = results(page, "Đinh Công Thiệpp")
    assert (meta, links) == ("Không tìm thấy kết quả nào cho “Đinh Công Thiệpp”", [])
    assert line.inner_text() == "Tìm người được khen thưởng: Tra cứu “Đinh Công Thiệpp”"
    assert "/tim-kiem/" in page.url
    line.locator("a").click()
    page.wait_for_url(url + "tra-cuu/?q=%C4%90inh+C%C3%B4ng+Thi%E1%BB%87pp")
    # Cleared, the box says what to type, offers nothing, and the address asks nothing.
    page.goto(search_address(url, "thiep"))
    results(page, "thiep")
    box.fill("")
    page.wait_for_function("() => document.querySelector('.bulletin-search__lookup').hidden")
    assert page.locator(".bulletin-search__status").inner_text() == PROMPT
    assert page.locator(".bulletin-search__result").count() == 0
    page.wait_for_url(url + "tim-kiem/")


def test_site_search_downloads_a_screenful_of_results_then_more_on_asking(chromium, extra_url: str):
    context = chromium.new_context(viewport={"width": 1280, "height": 400})
    page = context.new_page()
    requested: list[str] = []
    page.on("request", lambda r: requested.append(r.url))
    page.goto(search_address(extra_url, "khen thuong"))
    meta, links = results(page, "khen thuong")
    count = int(meta.split()[0])
    assert len(links) == 5 < count, (meta, links)  # bulletin-search.js BATCH
    fragments = [u for u in requested if u.startswith(extra_url + "pagefind/fragment/")]
    # A fragment for each result shown, none more (the check of the best result reads one shown).
    assert len(fragments) == len(links)
    assert not [u for u in requested if "worker" in u]  # noWorker: one script less
    # The next five, from the keyboard; the reader goes on at the first of them.
    more = page.get_by_role("button", name="Xem thêm kết quả")
    more.focus()
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.querySelectorAll('.bulletin-search__result').length === 10")
    assert page.evaluate("document.activeElement.pathname") == page.locator(".bulletin-search__result a").nth(
        5
    ).evaluate("a => a.pathname")
    while more.is_visible():
        shown = page.locator(".bulletin-search__result").count()
        more.click()
        page.wait_for_function("n => document.querySelectorAll('.bulletin-search__result').length > n", arg=shown)
    # Every result once, then no button: nothing more to show.
    all_links = page.locator(".bulletin-search__result a").evaluate_all("els => els.map(e => e.pathname)")
    assert len(all_links) == len(set(all_links)) == count
    assert more.is_hidden()
    # Nothing is asked of another host; the page itself is not a result.
    assert [u for u in requested if not u.startswith(extra_url)] == []
    assert "/tim-kiem/" not in all_links
    context.close()


def test_the_search_page_without_words_asks_for_them(tab):
    page, url = tab
    page.goto(url + "tim-kiem/")
    status = page.locator(".bulletin-search__status")
    page.wait_for_function("t => document.querySelector('.bulletin-search__status').textContent === t", arg=PROMPT)
    assert status.get_attribute("role") == "status" and status.get_attribute("aria-live") == "polite"
    assert page.evaluate("document.activeElement.id") == "tim-kiem-q"  # ready to type
    assert page.locator(".bulletin-search__lookup").is_hidden()
    assert page.locator(".bulletin-search__more").is_hidden()
    assert page.get_by_label("Từ cần tìm").count() == 1  # the box has a visible label
    # The page's own form: words, then Enter, and the address carries them.
    page.locator("#tim-kiem-q").fill("thiep")
    page.locator("#tim-kiem-q").press("Enter")
    _, links = results(page, "thiep")
    assert ARTICLE in links
    page.wait_for_url(url + "tim-kiem/?q=thiep")
    assert page.title().startswith("thiep – Tìm kiếm")


# The masthead's search box, as the theme prints it (its action relative to the page).
MASTHEAD_FORM = (
    '<form class="bulletin-masthead__search" role="search" action="{action}" method="get">'
    '<input type="search" name="q" aria-label="Tìm kiếm" placeholder="Tìm kiếm"> <button type="submit">Tìm</button>'
    "</form>"
)


@pytest.mark.parametrize("at,action", [("", "tim-kiem/"), (ARTICLE.lstrip("/"), "../../../../tim-kiem/")])
def test_a_plain_search_form_leads_to_the_results_page(chromium, extra_url: str, at: str, action: str):
    """The masthead's box is a GET form to tim-kiem/: its words land in the page's box and are searched."""
    context = chromium.new_context()
    page = context.new_page()
    page.goto(extra_url + at)
    page.evaluate(
        "html => { const t = document.createElement('template'); t.innerHTML = html; document.body.prepend(t.content) }",
        MASTHEAD_FORM.format(action=action),
    )
    page.get_by_role("searchbox", name="Tìm kiếm").first.fill("khen thưởng")
    page.get_by_role("searchbox", name="Tìm kiếm").first.press("Enter")
    page.wait_for_url(search_address(extra_url, "khen thưởng"))
    _, links = results(page, "khen thưởng")
    assert links and page.locator("#tim-kiem-q").input_value() == "khen thưởng"
    context.close()


def test_without_javascript_the_search_page_says_so_and_offers_the_lookup_and_the_news(chromium, extra_url: str):
    context = chromium.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(search_address(extra_url, "thiep"))
    note = page.locator(".bulletin-search__noscript")
    assert note.is_visible() and "cần trình duyệt bật JavaScript" in note.inner_text()
    assert note.locator("a").evaluate_all("els => els.map(e => e.pathname)") == ["/tra-cuu/", "/tin-tuc/"]
    # The form still asks the page for the words, as the masthead's does.
    page.locator("#tim-kiem-q").fill("hoa")
    page.locator("#tim-kiem-q").press("Enter")
    page.wait_for_url(extra_url + "tim-kiem/?q=hoa")
    context.close()


def test_other_pages_run_no_search(chromium, extra_url: str):
    """The search script is on every page and acts on its own page only: no index is fetched elsewhere."""
    context = chromium.new_context()
    page = context.new_page()
    requested: list[str] = []
    page.on("request", lambda r: requested.append(r.url))
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    for at in ["", ARTICLE.lstrip("/"), "tra-cuu/?q=thiep"]:
        page.goto(extra_url + at, wait_until="networkidle")
    assert not [u for u in requested if "/pagefind/" in u] and errors == []
    context.close()


def without_material_scripts(route) -> None:
    """The page as the bulletin's own masthead serves it: no Material script, no #__config."""
    if "/assets/javascripts/" in route.request.url or "/assets/material/" in route.request.url:
        route.abort()
        return
    if route.request.resource_type != "document":
        route.continue_()
        return
    response = route.fetch()
    route.fulfill(response=response, body=re.sub(r'<script id="__config".*?</script>', "", response.text(), flags=re.S))


def test_search_and_lookup_need_no_material_script(chromium, extra_url: str):
    """bulletin-search.js and bulletin-lookup.js find the site's root from their own address."""
    context = chromium.new_context()
    context.route("**/*", without_material_scripts)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(search_address(extra_url, "thiep"))
    assert page.locator("#__config").count() == 0
    _, links = results(page, "thiep")
    assert ARTICLE in links
    page.locator(".bulletin-search__lookup a").click()
    page.wait_for_url(extra_url + "tra-cuu/?q=thiep")
    page.wait_for_selector(".bulletin-lookup__result")
    # The lookup's links are made from the site's root.
    hrefs = page.locator(".bulletin-lookup__result a").evaluate_all("els => els.map(e => e.pathname + e.hash)")
    assert hrefs == ["/khen-thuong/2023/cong-an-tinh-giay-khen-2023/#dinh-cong-thiep"]
    assert errors == []
    context.close()


def pagefind_fragments(site: Path) -> dict[str, dict]:
    """What Pagefind indexed, page by page: each fragment is gzip of a signature and JSON."""
    found = {}
    for path in (site / "pagefind" / "fragment").glob("*.pf_fragment"):
        data = json.loads(gzip.decompress(path.read_bytes()).removeprefix(b"pagefind_dcd"))
        found[data["url"]] = data
    return found


def test_site_index_holds_stories_and_pages_not_lists_of_names(extra_site: Path):
    indexed = pagefind_fragments(extra_site)
    assert ARTICLE in indexed and "/don-vi/cong-an-tinh/" in indexed and "/thong-ke/" in indexed
    assert "/tim-kiem/" not in indexed  # the search page is no result (kind "search", main.html)
    # Decision pages and honour rolls: not indexed; they are there, with their names.
    assert not [u for u in indexed if u.startswith(("/vinh-danh/", "/khen-thuong/20"))]
    assert "Đinh Công Thiệp" in (extra_site / "khen-thuong/2023/cong-an-tinh-giay-khen-2023/index.html").read_text(
        encoding="utf-8"
    )
    assert list((extra_site / "vinh-danh").rglob("index.html"))
    # A profile is its name; no page's text has the names of a decision's list.
    assert indexed[PROFILE]["content"] == "Nguyễn Văn Ân."
    assert "Đặng Thị Hòa" in (extra_site / ARTICLE.strip("/") / "index.html").read_text(encoding="utf-8")
    for name in ["Đinh Công Thiệp", "Đặng Thị Hòa", "Xem chi tiết"]:
        assert not [u for u, page in indexed.items() if name in page["content"]], name
    # Lists of links are not searched: the pages they lead to are.
    assert indexed["/don-vi/cong-an-tinh/"]["content"].count("Biểu dương") == 0


def lookup(page, query: str) -> list[str]:
    page.fill("#tra-cuu-q", query)
    page.wait_for_function(
        "q => new URLSearchParams(location.search).get('q') === q"
        " && /^\\d/.test(document.querySelector('.bulletin-lookup__count').textContent)",
        arg=query.strip(),
    )
    return page.locator(".bulletin-lookup__result strong").all_inner_texts()


@pytest.mark.parametrize("query", LOOKUP_QUERIES, ids=[repr(q) for q in LOOKUP_QUERIES])
def test_lookup_finds_records_with_or_without_marks(tab, query: str):
    page, url = tab
    if "/tra-cuu/" not in page.url:
        page.goto(url + "tra-cuu/")
    found = set(lookup(page, query))
    assert LOOKUP_QUERIES[query] <= found, found


def test_lookup_result_links_to_decision_and_profile(tab):
    page, url = tab
    page.goto(url + "tra-cuu/")
    lookup(page, "dinh cong thiep")
    result = page.locator(".bulletin-lookup__result").first
    hrefs = result.locator("a").evaluate_all("els => els.map(e => e.pathname + e.hash)")
    # Honoured once: his line on the decision is his whole record, no profile page (model.PROFILE_MIN_AWARDS).
    assert hrefs == ["/khen-thuong/2023/cong-an-tinh-giay-khen-2023/#dinh-cong-thiep"]
    # The lookup searches names (the unit is a filter's business): both of his lines have his profile.
    lookup(page, "nguyen van an")
    found = page.locator(".bulletin-lookup__result").all()
    hrefs = [r.locator("a").evaluate_all("els => els.map(e => e.pathname + e.hash)") for r in found]
    hrefs = [h for h in hrefs if "/ho-so/nguyen-van-an-ca-dong-phu/" in h]
    assert sorted(hrefs) == [
        ["/khen-thuong/2023/cong-an-tinh-giay-khen-2023/#nguyen-van-an", "/ho-so/nguyen-van-an-ca-dong-phu/"],
        ["/khen-thuong/2024/ubnd-tinh-bang-khen-antq-2024/#nguyen-van-an", "/ho-so/nguyen-van-an-ca-dong-phu/"],
    ]


def test_lookup_finds_no_one_for_a_name_not_in_the_data(tab):
    page, url = tab
    page.goto(url + "tra-cuu/")
    page.wait_for_selector(".bulletin-lookup__more", state="visible")  # every award: more than a page
    assert lookup(page, "thiepp") == []
    assert page.locator(".bulletin-lookup__count").inner_text() == "0 kết quả"
    assert not page.locator(".bulletin-lookup__more").is_visible()  # nothing more to show


@pytest.mark.parametrize(
    "issuer,year,form",
    [
        ("Giám đốc Công an tỉnh", "2024", "Giấy khen"),
        ("Giám đốc Công an tỉnh", "2023", "Giấy khen"),
        ("Chủ tịch Ủy ban nhân dân tỉnh", "2024", "Bằng khen"),
        # A combination that finds no one cannot be chosen (its option is greyed: test_browser).
        ("Chủ tịch Ủy ban nhân dân tỉnh", "2024", ""),
    ],
)
def test_lookup_filters_combine_and_count_matches_the_data(tab, extra_data: Path, issuer: str, year: str, form: str):
    page, url = tab
    page.goto(url + "tra-cuu/")
    page.select_option("#tra-cuu-co_quan", issuer)
    page.select_option("#tra-cuu-nam", year)
    page.select_option("#tra-cuu-hinh_thuc", form)
    page.wait_for_function(
        "([i, y, f]) => { const p = new URLSearchParams(location.search);"
        " return p.get('co_quan') === i && p.get('nam') === y && (p.get('hinh_thuc') || '') === f"
        " && /^\\d/.test(document.querySelector('.bulletin-lookup__count').textContent) }",
        arg=[issuer, year, form],
    )
    shown = int(page.locator(".bulletin-lookup__count").get_attribute("data-count"))
    bulletin = load(extra_data).require()
    expected = sum(
        1
        for a in bulletin.awards
        if a.decision.office == issuer and str(a.year) == year and (not form or a.decision.award_name == form)
    )
    assert shown == expected
    assert page.locator(".bulletin-lookup__result").count() == min(expected, 20)


def test_lookup_shows_the_result_line_for_a_name_typed_without_marks(tab, extra_site: Path):
    """One syllable's shard is fetched; the line says who, what for, which decision, and links."""
    from bulletin.outputs import lookup_index, lookup_query

    page, url = tab
    requested: list[str] = []
    page.on("request", lambda r: requested.append(r.url.removeprefix(url)))
    page.goto(url + "tra-cuu/")
    assert lookup(page, "thiep") == ["Trung tá Đinh Công Thiệp"]
    assert page.locator(".bulletin-lookup__count").inner_text() == "1 kết quả"
    line = page.locator(".bulletin-lookup__result").first
    assert line.inner_text() == (
        "Trung tá Đinh Công Thiệp – Phó Trưởng phòng Tham mưu\n"
        "Giấy khen của Giám đốc Công an tỉnh, 20/12/2023"  # honoured once: no profile page
    )
    # The browser and the index's Python reader agree.
    (expected,) = lookup_query.query(extra_site / lookup_index.FOLDER, "thiep").results
    assert line.inner_text().splitlines() == [expected["line"], expected["decision"]]
    assert expected["profile_url"] is None
    # The page's latest awards, then the syllables and the one part of "thiep".
    index = [u.removeprefix("tra-cuu/chi-muc/") for u in requested if "/chi-muc/" in u]
    assert index == ["meta.json", "browse/0.json", "syllables.json", "names/thiep-0.json"]
    assert not page.locator(".bulletin-lookup__more").is_visible()
