"""What a reader does, in a real browser (Debian's chromium, headless)."""

from __future__ import annotations

from pathlib import Path

import pytest

from browser import keep_on_site
from conftest import ARTICLE_URL, ROOT, page_urls, plain

ARTICLE = ARTICLE_URL.removesuffix("index.html")
HONOUR_LIST = "khen-thuong/2024/ubnd-tinh-bang-khen-antq-2024/"
AXE = ROOT / "node_modules/axe-core/axe.min.js"
SCREENSHOTS = ROOT / "screenshots"


def directory_urls(site: Path) -> list[str]:
    return [*sorted(url.removesuffix("index.html") for url in page_urls(site)), "404.html"]


def test_front_page_lead_opens_the_article(desktop, site_url: str):
    page = desktop.new_page()
    page.goto(site_url)
    # The one article leads the front page (tests/test_front_page.py: the lead and the grid).
    lead = page.locator(".bulletin-top", has_text="72 tập thể, cá nhân được khen thưởng")
    assert lead.count() == 1
    assert lead.locator("time").inner_text() == "Thứ Tư, 26/6/2024"
    # The whole lead is clickable, not only the words of the headline.
    box = lead.locator("img").bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_url(site_url + ARTICLE)
    assert plain(page.locator("h1").inner_text()).startswith("72 tập thể, cá nhân được khen thưởng")


def test_no_page_scrolls_sideways_on_a_phone(phone, site_url: str, built_site: Path):
    page = phone.new_page()
    wide = []
    for url in directory_urls(built_site):
        page.goto(site_url + url)
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        if overflow > 0:
            wide.append((url, overflow))
    assert wide == []


def test_pages_do_not_download_the_sitemap(chromium, site_url: str):
    """Readers' phones should not fetch a file that grows with the archive on every page."""
    context = chromium.new_context()
    page = context.new_page()
    requested: list[str] = []
    page.on("request", lambda r: requested.append(r.url))
    page.goto(site_url + ARTICLE, wait_until="networkidle")
    context.close()
    assert not [u for u in requested if "sitemap" in u]
    assert any(u.endswith(".css") for u in requested)


def test_no_request_leaves_the_site(chromium, site_url: str, built_site: Path):
    context = chromium.new_context()
    elsewhere = keep_on_site(context)
    page = context.new_page()
    for url in directory_urls(built_site):
        page.goto(site_url + url, wait_until="networkidle")
    # Search loads its index and worker on demand: use it too.
    page.goto(site_url + "tim-kiem/?q=khen+thưởng")
    page.wait_for_selector(".bulletin-search__result", timeout=10_000)
    context.close()
    assert elsewhere == []


def test_photo_opens_enlarged_and_closes(desktop, site_url: str):
    page = desktop.new_page()
    page.goto(site_url + ARTICLE)
    page.locator("figure a.bulletin-zoom").first.click()
    dialog = page.locator("dialog.bulletin-lightbox[open]")
    dialog.wait_for()
    assert dialog.locator("img").get_attribute("src").endswith("hoi-nghi-antq-phat-bieu.svg")
    assert dialog.locator("p").inner_text().startswith("Đại tá Đinh Xuân Thiệp")
    assert dialog.locator("img").bounding_box()["width"] > page.locator("figure img").first.bounding_box()["width"]
    page.keyboard.press("Escape")
    # The dialog closes, goes away, and focus returns to the photo the reader opened.
    page.locator("dialog.bulletin-lightbox").wait_for(state="detached", timeout=5_000)
    assert page.evaluate("document.activeElement.classList.contains('bulletin-zoom')")


@pytest.mark.parametrize("url", [ARTICLE, HONOUR_LIST])
def test_prints_without_site_chrome(desktop, site_url: str, url: str):
    page = desktop.new_page()
    page.goto(site_url + url)
    page.emulate_media(media="print")
    for chrome in (".md-header", ".md-tabs", ".md-sidebar--primary", ".md-footer", ".md-search"):
        for element in page.locator(chrome).all():
            assert not element.is_visible(), chrome
    assert page.locator("h1").is_visible()
    assert all(f.is_visible() for f in page.locator("figure img").all())
    # Tables and lists of names print, an article's closed lists too (not the breadcrumb: site chrome).
    lists = page.locator("article table, article ol:not(.bulletin-breadcrumb ol)").all()
    assert lists and all(t.is_visible() for t in lists)
    for chrome in (".bulletin-breadcrumb", ".bulletin-share", ".bulletin-related"):
        assert all(not element.is_visible() for element in page.locator(chrome).all()), chrome


# What a reader opens, at a desk and on a phone, in the light and dark schemes (the device's).
READER_PAGES = [
    ("trang-chu", "site", ""),
    ("bai-viet", "site", ARTICLE),
    ("quyet-dinh", "site", HONOUR_LIST),
    ("vinh-danh", "site", "vinh-danh/nam/2024/"),
    ("ho-so", "extra", "ho-so/nguyen-van-an-ca-dong-phu/"),
    ("thong-ke", "site", "thong-ke/antq-2019-2024/2019-2024/"),
    ("tra-cuu", "site", "tra-cuu/?q=hoa"),
    ("khong-tim-thay", "site", "khong-co/trang-nay/"),
]


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [1280, 375])
@pytest.mark.parametrize("name,site,url", READER_PAGES, ids=[p[0] for p in READER_PAGES])
def test_a_reader_sees_a_newspaper(chromium, request, name: str, site: str, url: str, width: int, scheme: str):
    """Each page as a reader meets it: it fits the screen, its headline is on the first screen,
    the masthead names the publisher and the footer prints the imprint, nothing leads to the
    editors' guide or to an edit page, and axe-core finds no serious or critical violation.
    Screenshots go to screenshots/ (git-ignored) for people to look at."""
    base = request.getfixturevalue("site_url" if site == "site" else "extra_url")
    context = chromium.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme, bypass_csp=True)
    page = context.new_page()
    page.goto(base + url, wait_until="networkidle")
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}-{width}-{scheme}.png"), full_page=True)
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    headline = page.locator("article h1").first.bounding_box()
    assert headline is not None and headline["y"] < 900 and headline["x"] + headline["width"] <= width
    assert page.locator(".bulletin-masthead__publisher").inner_text().casefold() == "công an tỉnh"
    # The masthead's edge is the text's edge, as on a printed page.
    brand, text = page.evaluate(
        "() => [document.querySelector('.bulletin-masthead__brand').getBoundingClientRect().x,"
        " [...document.querySelectorAll('article *')].find(e => e.getBoundingClientRect().width > 1).getBoundingClientRect().x]"
    )
    assert abs(brand - text) <= 1, (brand, text)
    footer = page.locator("footer.bulletin-footer")
    footer.scroll_into_view_if_needed()
    assert footer.is_visible() and "Cơ quan xuất bản: Công an tỉnh" in footer.inner_text()
    visible = page.locator("a:visible").evaluate_all("links => links.map(a => a.href)")
    assert not [h for h in visible if "huong-dan-bien-tap" in h or "/edit/" in h]
    # The scheme is the device's: dark text on light, or light on dark.
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    dark = sum(int(c) for c in background.removeprefix("rgb(").removesuffix(")").split(",")[:3]) < 3 * 128
    assert dark == (scheme == "dark"), background
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    serious = [
        (v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert serious == []
    context.close()


def test_lookup_greys_out_choices_that_would_find_no_one(phone, site_url: str):
    """The Director gave Giấy khen only: once he is chosen, "Bằng khen" would find nothing."""
    page = phone.new_page()
    page.goto(site_url + "tra-cuu/?co_quan=Giám đốc Công an tỉnh")
    page.wait_for_selector("#bulletin-lookup[data-narrowed]")
    page.locator(".bulletin-lookup__filters summary").click()  # folded on a phone

    def options(name: str) -> dict[str, bool]:
        found = page.locator(f'select[data-filter="{name}"] option').all()
        return {o.inner_text(): o.is_enabled() for o in found}

    assert options("hinh_thuc") == {"Tất cả": True, "Bằng khen": False, "Giấy khen": True}
    # Its own choices stay open: changing the issuer is not narrowed by the issuer chosen.
    assert all(options("co_quan").values())
    places = options("dia_ban")
    assert places["xã Đak Ơ, huyện Bù Gia Mập"] and not places["xã Bom Bo, huyện Bù Đăng"]
    # Back to every issuer: every choice is open again.
    page.select_option('select[data-filter="co_quan"]', "")
    page.wait_for_function("() => !document.querySelector('select[data-filter=hinh_thuc] option[disabled]')")
    assert all(options("hinh_thuc").values())


def test_lookup_offers_more_only_when_there_is_more(phone, site_url: str):
    page = phone.new_page()
    page.goto(site_url + "tra-cuu/?co_quan=Hội Nông dân tỉnh")
    page.wait_for_selector("#bulletin-lookup[data-narrowed]")
    assert page.locator(".bulletin-lookup__result").count() == 8
    assert not page.locator(".bulletin-lookup__more").is_visible()
    page.goto(site_url + "tra-cuu/")
    page.wait_for_selector("#bulletin-lookup[data-narrowed]")
    assert page.locator(".bulletin-lookup__result").count() == 20
    assert page.locator(".bulletin-lookup__more").is_visible()


@pytest.mark.parametrize("width", [1280, 375])
def test_the_masthead_search_works_from_the_404_page(chromium, site_url: str, width: int):
    context = chromium.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    response = page.goto(site_url + "khong-co/trang-nay/")
    assert response is not None and response.status == 404
    assert page.locator("h1").inner_text() == "Không tìm thấy trang"
    page.locator(".bulletin-masthead__search input[name=q]").fill("thiep")
    page.locator(".bulletin-masthead__search button").click()
    page.wait_for_url(site_url + "tim-kiem/?q=thiep")
    page.wait_for_selector(".bulletin-search__result")
    assert errors == []
    context.close()
