"""The lookup (tra-cuu/) as a reader meets it, at 1280 px and 375 px, light and dark (issue 15):
an exact name first, marks kept, "Xem thêm" only when there is more, an empty result
explained, the first result on a phone's first screen, no serious accessibility violation."""

from __future__ import annotations

import shutil
from pathlib import Path
from urllib.parse import urlencode

import pytest

from bulletin.outputs import lookup_index, lookup_query
from conftest import DATA, built

AXE = Path(__file__).resolve().parent.parent / "node_modules/axe-core/axe.min.js"

# Names that fold alike but are written differently: Tín, Tin, Tỉnh; Phước in a province's name.
DECISION = """\
id: cong-an-tinh-giay-khen-phuoc-tin
issuer: cong-an-tinh
form: giay-khen
campaign: antq-2019-2024
number: 77/QĐ-CAT
date: 2024-03-15
reason: vì đã có thành tích trong phong trào toàn dân bảo vệ an ninh Tổ quốc
collectives:
  - name: Công an xã Phước Tín, thị xã Phước Long
    locality: xã Phước Tín, thị xã Phước Long
  - name: Đội Cảnh sát giao thông, Công an tỉnh Bình Phước
individuals:
  - name: Lê Phước Tín
    rank: Đại úy
    position: Cán bộ
    unit: Công an xã Phước Tín
  - name: Trần Văn Tin
  - name: Lê Văn Tỉnh
"""
ARTICLE = """\
id: khen-thuong-phuoc-tin
title: Khen thưởng Công an xã Phước Tín
date: 2024-03-20
campaign: antq-2019-2024
byline: Phòng CTĐ và CTCT
lead: Giám đốc Công an tỉnh khen thưởng Công an xã Phước Tín.
body: Nội dung.
decisions:
  - cong-an-tinh-giay-khen-phuoc-tin
"""
WIDTHS = [1280, 375]
SCHEMES = ["light", "dark"]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("lookup") / "data"
    shutil.copytree(DATA, data)
    (data / "decisions/2024/cong-an-tinh-giay-khen-phuoc-tin.yaml").write_text(DECISION, encoding="utf-8")
    (data / "articles/2024/khen-thuong-phuoc-tin.yaml").write_text(ARTICLE, encoding="utf-8")
    return built(tmp_path_factory.mktemp("lookup-site"), data)


@pytest.fixture(scope="module")
def url(site: Path):
    from browser import serve

    with serve(site) as address:
        yield address + "tra-cuu/"


@pytest.fixture(params=[(w, s) for w in WIDTHS for s in SCHEMES], ids=lambda p: f"{p[0]}-{p[1]}")
def tab(request, chromium):
    width, scheme = request.param
    # A phone's screen less its browser's bars: 375 x 740.
    context = chromium.new_context(
        viewport={"width": width, "height": 740 if width < 800 else 900}, color_scheme=scheme, bypass_csp=True
    )
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.width = width  # type: ignore[attr-defined]
    page.scheme = scheme  # type: ignore[attr-defined]
    yield page
    context.close()
    assert errors == []


def settled(page) -> None:
    page.wait_for_function(
        "() => { const b = document.querySelector('#bulletin-lookup');"
        " return b.hasAttribute('data-narrowed') && /^\\d/.test(b.querySelector('.bulletin-lookup__count').textContent) }"
    )


def lookup(page, query: str) -> list[str]:
    """`query` typed into the box; the names shown once the lookup has settled."""
    page.evaluate("() => document.querySelector('#bulletin-lookup').removeAttribute('data-narrowed')")
    page.fill("#tra-cuu-q", query)
    page.wait_for_function("q => new URLSearchParams(location.search).get('q') === q", arg=query.strip())
    settled(page)
    return page.locator(".bulletin-lookup__result strong").all_inner_texts()


def names(site: Path, query: str) -> list[str]:
    return [r["title"] for r in lookup_query.query(site / lookup_index.FOLDER, query).results]


def axe(page) -> list:
    assert AXE.is_file(), "axe-core is missing: npm ci"
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    return [
        (v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]


def test_an_exact_name_comes_first(tab, url: str, site: Path):
    tab.goto(url)
    settled(tab)
    shown = lookup(tab, "Ân")
    # The person named Ân first, every line holds Ân as written (not An, Ẩn or Ấn)...
    assert shown[0].endswith("Nguyễn Văn Ân"), shown
    assert all("Ân" in name.split() for name in shown), shown
    # ... as the index's Python reader ranks it.
    assert shown == names(site, "Ân")
    # Without marks: every way of writing it (the units of "Công an" too), the person first.
    plain = lookup(tab, "an")
    assert plain[0] == "Thượng tá Nguyễn Văn Ân" and len(plain) == 20, plain
    assert plain == names(site, "an")[:20]
    assert lookup(tab, "nguyen van an") == ["Thượng tá Nguyễn Văn Ân"]


def test_phuoc_tin_finds_names_holding_both_words(tab, url: str, site: Path):
    tab.goto(url)
    settled(tab)
    shown = lookup(tab, "Phước Tín")
    assert shown == ["Đại úy Lê Phước Tín", "Công an xã Phước Tín, thị xã Phước Long"]
    for name in shown:
        assert {"Phước", "Tín"} <= set(name.replace(",", " ").split()), name
    # Without marks: the same two (Tin, Tỉnh and the province's police hold no "phuoc tin").
    assert lookup(tab, "phuoc tin") == shown == names(site, "Phước Tín")
    assert "Lê Văn Tỉnh" not in lookup(tab, "Tín")


def test_more_only_when_there_is_more(tab, url: str):
    more = tab.locator(".bulletin-lookup__more")
    tab.goto(url)
    settled(tab)
    # Every award: more than a page; the button adds the next page and works to the end.
    assert tab.locator(".bulletin-lookup__result").count() == 20 and more.is_visible()
    total = int(tab.locator(".bulletin-lookup__count").get_attribute("data-count"))
    while more.is_visible():
        before = tab.locator(".bulletin-lookup__result").count()
        more.click()
        tab.wait_for_function("n => document.querySelectorAll('.bulletin-lookup__result').length > n", arg=before)
    assert tab.locator(".bulletin-lookup__result").count() == total > 40
    # Fewer than a page, and none: no button.
    assert 0 < len(lookup(tab, "Tín")) < 20
    assert not more.is_visible()
    assert lookup(tab, "thiepp") == []
    assert not more.is_visible()


def test_an_empty_result_is_explained(tab, url: str):
    none = tab.locator(".bulletin-lookup__none")
    tab.goto(url)
    settled(tab)
    assert not none.is_visible()
    assert lookup(tab, "Tìn") == []
    assert none.is_visible()
    assert "“Tìn”" in none.inner_text() and "dấu" in none.inner_text()
    assert not tab.locator(".bulletin-lookup__clear").is_visible()  # no filter is on
    # Marks typed: offer the words without them, which find Tin and Tín.
    plain = tab.locator(".bulletin-lookup__plain")
    assert plain.inner_text() == "Tìm không dấu: “tin”"
    if tab.width == 1280 and tab.scheme == "light":  # type: ignore[attr-defined]
        tab.screenshot(path="/tmp/lookup-empty-1280.png", full_page=True)
    assert axe(tab) == []
    plain.click()
    tab.wait_for_function("() => new URLSearchParams(location.search).get('q') === 'tin'")
    settled(tab)
    assert "Đại úy Lê Phước Tín" in tab.locator(".bulletin-lookup__result strong").all_inner_texts()
    assert not none.is_visible()
    # A filter on: say so, and a button takes the filters off.
    tab.goto(url + "?" + urlencode({"q": "Tín", "co_quan": "Hội Nông dân tỉnh"}))
    settled(tab)
    assert tab.locator(".bulletin-lookup__result").count() == 0
    assert "điều kiện lọc" in none.inner_text()
    assert "(đã chọn 1)" in tab.locator(".bulletin-lookup__filters summary").inner_text()
    tab.locator(".bulletin-lookup__clear").click()
    tab.wait_for_function("() => !new URLSearchParams(location.search).get('co_quan')")
    settled(tab)
    assert tab.locator(".bulletin-lookup__result strong").all_inner_texts() == [
        "Đại úy Lê Phước Tín",
        "Công an xã Phước Tín, thị xã Phước Long",
    ]
    assert tab.locator("#tra-cuu-co_quan").input_value() == ""
    assert not none.is_visible()


def test_the_first_result_is_on_the_first_screen(tab, url: str):
    tab.goto(url)
    settled(tab)
    height = tab.viewport_size["height"]
    filters = tab.locator(".bulletin-lookup__filters")
    # Phones: the five filters are folded under "Lọc kết quả"; wide screens show them.
    assert (filters.get_attribute("open") is None) == (tab.width < 800)  # type: ignore[attr-defined]
    lookup(tab, "Nguyễn Văn Ân")
    first = tab.locator(".bulletin-lookup__result").first.bounding_box()
    assert first is not None and first["y"] + first["height"] <= height, first
    assert tab.evaluate("document.documentElement.scrollWidth") <= tab.width  # type: ignore[attr-defined]
    tab.screenshot(path=f"/tmp/lookup-{tab.width}-{tab.scheme}.png")  # type: ignore[attr-defined]
    assert axe(tab) == []
    # Opened on a phone, the filters sit two a row and every select fits.
    if tab.width < 800:  # type: ignore[attr-defined]
        filters.locator("summary").click()
        boxes = [s.bounding_box() for s in filters.locator("select").all()]
        assert boxes[0]["y"] == boxes[1]["y"] and all(b["x"] + b["width"] <= 375 for b in boxes)
        tab.screenshot(path=f"/tmp/lookup-filters-{tab.scheme}.png", full_page=True)  # type: ignore[attr-defined]
        assert axe(tab) == []


def test_places_are_listed_by_their_names(tab, url: str):
    tab.goto(url)
    settled(tab)
    places = tab.locator("#tra-cuu-dia_ban option").all_text_contents()[1:]
    from bulletin.vietnamese.places import place_order

    assert places == sorted(places, key=place_order) and places != sorted(places)
    assert "xã Phước Tín, thị xã Phước Long" in places
    # "phường An Lộc" among the A's, before "xã Ân Phú": by name, not by xã/phường.
    assert places.index("phường An Lộc, thị xã Bình Long") < places.index("xã Ân Phú, huyện Hớn Quản")
