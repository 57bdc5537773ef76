"""The article page read as a Vietnamese news article (issue 15): breadcrumb, headline, dateline,
bold lead, the body at a newspaper's measure with credited photos, the byline ending the story,
sharing without any network's script, then the awards (each decision a block whose names open on
demand) and the statistics; related stories beside the story on wide screens, after it on phones.

What a reader sees is read in Chromium at 1280 px and 375 px, light and dark; the core's pieces
(share links, breadcrumb, card captions) are tested directly."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from urllib.parse import quote, urlsplit

import pytest

from browser import keep_on_site
from bulletin.pages import article as article_page
from bulletin.pages.figures import card_caption
from bulletin.pages.page import Page
from conftest import ARTICLE_URL, ARTICLE_YAML, DATA, built, edit, plain, soup, text

ARTICLE = ARTICLE_URL.removesuffix("index.html")
CANONICAL = "https://bantin.example.vn/" + ARTICLE
AXE = Path(__file__).resolve().parent.parent / "node_modules/axe-core/axe.min.js"
WIDTHS = [1280, 375]
SCHEMES = ["light", "dark"]
# The seed's decisions in the order the article shows them, with what each block's summary says.
SUMMARIES = {
    "ubnd-tinh-bang-khen-antq-2024": "Xem danh sách 9 tập thể, 15 cá nhân",
    "hoi-ccb-tinh-bang-khen-antq-2024": "Xem danh sách 3 tập thể, 5 cá nhân",
    "hoi-lhpn-tinh-bang-khen-antq-2024": "Xem danh sách 3 tập thể, 5 cá nhân",
    "hoi-nong-dan-tinh-bang-khen-antq-2024": "Xem danh sách 3 tập thể, 5 cá nhân",
    "cong-an-tinh-giay-khen-antq-2024": "Xem danh sách 9 tập thể, 15 cá nhân",
}


def _data(target: Path) -> Path:
    """The tests' bulletin with a photo credit and six more articles of the seed's campaign,
    so that the seed has latest and same-campaign stories beside it."""
    import shutil

    shutil.copytree(DATA, target)
    edit(target / ARTICLE_YAML, "date: 2024-06-26\n", 'date: 2024-06-26\nphoto_credit: "Ảnh: Ngọc Minh"\n')
    for n in range(1, 7):
        (target / f"articles/2024/tin-them-{n:02d}.yaml").write_text(
            f"id: tin-them-{n:02d}\ntitle: Tin thêm số {n}\ndate: 2024-05-{n:02d}\ncampaign: antq-2019-2024\n"
            f"byline: Phòng CTĐ và CTCT\nlead: Tóm tắt tin thêm số {n}.\nbody: Nội dung.\n",
            encoding="utf-8",
        )
    return target


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = _data(tmp_path_factory.mktemp("article-data") / "data")
    return built(tmp_path_factory.mktemp("article-site"), data)


@pytest.fixture(scope="module")
def url(site: Path):
    from browser import serve

    with serve(site) as base:
        yield base + ARTICLE


@pytest.fixture(params=[(w, s) for w in WIDTHS for s in SCHEMES], ids=lambda p: f"{p[0]}px-{p[1]}")
def reader(request, chromium):
    """A page at each width and colour scheme."""
    width, scheme = request.param
    context = chromium.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme)
    yield context.new_page(), width
    context.close()


def _page(site: Path):
    return soup(site / ARTICLE_URL)


# -- the page's HTML ------------------------------------------------------------------------------


def test_breadcrumb_leads_to_the_section_and_the_year(site: Path):
    page = _page(site)
    nav = page.select_one('article nav[aria-label="Đường dẫn"]')
    items = nav.select("ol > li > a")
    assert [a.get_text() for a in items] == ["Trang chủ", "Tin tức", "Năm 2024"]
    here = (site / ARTICLE_URL).parent
    targets = [(here / a["href"]).resolve() for a in items]
    assert targets == [site.resolve(), (site / "tin-tuc").resolve(), (site / "tin-tuc/2024").resolve()]
    assert all((t / "index.html").is_file() for t in targets)
    assert nav.has_attr("data-pagefind-ignore")


def test_the_parts_come_in_a_newspapers_order(site: Path):
    page = _page(site)
    order = [
        page.select_one(".bulletin-breadcrumb"),
        page.h1,
        page.select_one(".bulletin-dateline"),
        page.select_one(".bulletin-lead"),
        page.find(string=lambda s: "Trong những năm qua" in s).parent,
        page.select_one(".bulletin-byline"),
        page.select_one(".bulletin-campaign"),
        page.select_one(".bulletin-share"),
        page.find(id="khen-thuong"),
        page.select_one(".bulletin-award details"),
        page.find(id="so-lieu"),
        page.select_one(".bulletin-related"),
    ]
    assert all(order), order
    positions = [(node.sourceline, node.sourcepos) for node in order]
    assert positions == sorted(positions)
    # The byline ends the story: the authors, bold on screen (CSS), before any list of names.
    assert text(page.select_one(".bulletin-byline")) == "Phòng CTĐ và CTCT"


def test_each_decision_is_a_block_whose_names_are_closed_and_linked_to_its_page(site: Path):
    page = _page(site)
    blocks = page.select(".bulletin-award")
    assert [b.h3["id"] for b in blocks] == list(SUMMARIES)
    for block in blocks:
        details = block.select_one("details")
        assert not details.has_attr("open")
        assert text(details.summary) == SUMMARIES[block.h3["id"]]
        counts = text(block.select_one(".bulletin-decision__counts"))
        assert counts.startswith("Công bố ngày 26/6/2024")
        assert "được khen thưởng vì đã có thành tích xuất sắc" in counts
        link = block.select_one(".bulletin-award__page a")
        assert link["href"] == f"../../../../khen-thuong/2024/{block.h3['id']}/"
        assert text(link) == "Xem chi tiết: " + text(block.h3)  # each link says where it goes
    pages = [text(a) for a in page.select(".bulletin-award__page a")]
    assert len(set(pages)) == len(pages)
    # Everything the page showed before stays: the total, the presenter, the period.
    assert text(page.select_one(".bulletin-total")).startswith("72 tập thể, cá nhân được khen thưởng")
    assert "Thành tích giai đoạn 2019 – 2024" in text(blocks[0])


def test_names_carry_ids_on_the_decision_page_only(site: Path):
    """The lookup, rolls and profiles link to a line on its decision's page: an article repeating
    those ids would make two targets for one link."""
    page = _page(site)
    names = page.select(".bulletin-award details ol li")
    assert len(names) == 72
    assert [li for li in names if li.has_attr("id")] == []
    decision = soup(site / "khen-thuong/2024/ubnd-tinh-bang-khen-antq-2024/index.html")
    assert len([li for li in decision.select("ol li") if li.has_attr("id")]) == 24


def test_statistic_cards_say_their_unit_once(site: Path):
    cards = [text(li) for li in _page(site).select(".bulletin-article-stats ul.bulletin-stats li")]
    assert len(cards) == 26
    assert cards[0] == "6.063 buổi tuyên truyền"
    assert "590 cuốn “Sổ tay phổ biến pháp luật cho nông dân”" in cards
    for card in cards:
        words = card.casefold().split()
        number = 2 if words[0] == "gần" else 1
        assert words[number] != words[number + 1], card  # never "6.063 buổi / Buổi tuyên truyền"


def test_photos_are_captioned_and_credited(site: Path):
    captions = _page(site).select("figure.bulletin-figure figcaption")
    assert len(captions) == 3
    assert [c.select_one(".bulletin-credit").get_text() for c in captions] == ["Ảnh: Ngọc Minh"] * 3


def test_share_links_carry_the_canonical_address_percent_encoded(site: Path):
    page = _page(site)
    assert page.find("link", rel="canonical")["href"] == CANONICAL
    share = page.select_one(".bulletin-share")
    facebook = share.find("a", string="Facebook")
    assert facebook["href"] == "https://www.facebook.com/sharer/sharer.php?u=" + quote(CANONICAL, safe="")
    assert facebook["rel"] == ["noopener", "noreferrer"]
    # Nothing of a network is loaded: no script, frame or image from another host.
    for tag, attribute in (("script", "src"), ("iframe", "src"), ("img", "src"), ("link", "href")):
        for node in page.find_all(tag):
            if node.get(attribute) and not (
                tag == "link" and node.get("rel") in (["canonical"], ["alternate", "feed"])
            ):
                assert not urlsplit(node[attribute]).netloc, node


# -- the core's pieces ------------------------------------------------------------------------------


def test_share_link_quotes_the_whole_address_as_one_value():
    odd = "https://bantin.example.vn/tin-tuc/2024/06/a b&c=d?e#f/tiếng-việt/"
    value = article_page.facebook_share(odd).removeprefix(article_page.FACEBOOK_SHARER)
    assert (
        value
        == "https%3A%2F%2Fbantin.example.vn%2Ftin-tuc%2F2024%2F06%2Fa%20b%26c%3Dd%3Fe%23f%2Fti%E1%BA%BFng-vi%E1%BB%87t%2F"
    )
    assert not set(value) & set("&?#/: ")
    # No public address: no network link (the buttons use the browser's own address).
    assert article_page.facebook_share(None) is None
    assert article_page.facebook_share("") is None


def test_breadcrumb_is_page_relative():
    class Dated:
        date = dt.date(2023, 11, 5)

    page = Page("tin-tuc/2023/11/x.md", {}, "")
    assert article_page.breadcrumb(Dated(), page) == [  # type: ignore[arg-type]
        ("Trang chủ", "../../../../"),
        ("Tin tức", "../../../"),
        ("Năm 2023", "../../"),
    ]


@pytest.mark.parametrize(
    "unit,detail,label,expected",
    [
        ("buổi", None, "Buổi tuyên truyền", "buổi tuyên truyền"),
        ("cuốn", None, "Sổ tay pháp luật cấp phát miễn phí", "cuốn sổ tay pháp luật cấp phát miễn phí"),
        ("vụ việc", None, "Vụ việc được hòa giải", "vụ việc được hòa giải"),
        ("lượt", "lượt hội viên phụ nữ tham gia", "Lượt người tham gia tuyên truyền", "lượt hội viên phụ nữ tham gia"),
        # The article's own capital is its own: kept.
        (
            "tổ",
            "Tổ truyền thông cộng đồng tại cơ sở",
            "Tổ truyền thông cộng đồng",
            "Tổ truyền thông cộng đồng tại cơ sở",
        ),
        ("lượt", "hội viên tham gia", "Lượt người", "lượt hội viên tham gia"),
        ("mô hình", None, "ANTQ kiểu mẫu", "mô hình ANTQ kiểu mẫu"),
        ("buổi", None, "Buổi", "buổi"),
        ("tấm", None, "Pano quảng cáo đường dây nóng", "tấm pano quảng cáo đường dây nóng"),
    ],
)
def test_card_caption_says_the_unit_once(unit, detail, label, expected):
    assert card_caption(unit, detail, label) == expected


# -- what a reader sees ------------------------------------------------------------------------------


def test_text_is_set_at_a_newspapers_measure(reader, url: str):
    page, width = reader
    page.goto(url)
    widths = page.eval_on_selector_all(".bulletin-story p", "ps => ps.map(p => p.getBoundingClientRect().width)")
    assert len(widths) > 20
    assert max(widths) <= 720
    if width == 1280:  # a column, not a strip: the measure is used
        assert max(widths) >= 640
    else:
        assert max(widths) <= width


def test_the_byline_ends_the_story_before_the_awards_on_screen(reader, url: str):
    page, _ = reader
    page.goto(url)
    byline = page.locator(".bulletin-byline").bounding_box()
    story = page.locator(".bulletin-story").bounding_box()
    first_award = page.locator(".bulletin-award").first.bounding_box()
    stats = page.locator("#so-lieu").bounding_box()
    assert byline["y"] + byline["height"] <= first_award["y"] < stats["y"]
    # Right-aligned and bold, as Vietnamese papers print it.
    right = byline["x"] + byline["width"]
    authors = page.locator(".bulletin-authors").bounding_box()
    assert abs(authors["x"] + authors["width"] - right) <= 2
    assert abs(right - (story["x"] + story["width"])) <= 2
    assert int(page.locator(".bulletin-authors").evaluate("e => getComputedStyle(e).fontWeight")) >= 700
    credit = page.locator(".bulletin-credit").first
    assert credit.is_visible() and credit.inner_text() == "Ảnh: Ngọc Minh"


def test_award_lists_are_closed_and_open_on_a_click(reader, url: str):
    page, width = reader
    page.goto(url)
    block = page.locator(".bulletin-award").first
    name = block.locator("ol li", has_text="Nguyễn Văn Ân")
    assert not name.is_visible()
    assert all(not li.is_visible() for li in page.locator(".bulletin-award ol li").all())
    closed = page.locator(".bulletin-awards").bounding_box()["height"]
    block.locator("summary").click()
    name.wait_for(state="visible")
    assert block.locator("ol li").count() == 24
    assert all(li.is_visible() for li in block.locator("ol li").all())
    # The other decisions stay closed; the section grew by the names it shows.
    assert not page.locator(".bulletin-award").nth(1).locator("ol li").first.is_visible()
    assert page.locator(".bulletin-awards").bounding_box()["height"] > closed + 24 * 18
    if width == 375:
        # Five decisions and their 72 names in about two screens of a phone while closed
        # (1,798 px when written; 6,611 px when every name was shown).
        assert closed < 2000


def test_related_stories_beside_the_story_on_wide_screens_after_it_on_phones(reader, url: str):
    page, width = reader
    page.goto(url)
    story = page.locator(".bulletin-story").bounding_box()
    related = page.locator("aside.bulletin-related").bounding_box()
    assert page.locator("aside.bulletin-related #bai-viet-moi-nhat + ul a").count() == 5
    assert page.locator("aside.bulletin-related #cung-phong-trao + ul a").count() == 5
    if width == 1280:
        assert related["x"] >= story["x"] + story["width"]
        assert related["y"] < story["y"] + 200  # it starts beside the headline
    else:
        assert related["y"] >= story["y"] + story["height"]
        assert abs(related["x"] - story["x"]) <= 1


def test_no_serious_accessibility_violation(chromium, url: str):
    assert AXE.is_file(), "axe-core is missing: npm ci"
    for width in WIDTHS:
        for scheme in SCHEMES:
            context = chromium.new_context(
                viewport={"width": width, "height": 900}, color_scheme=scheme, bypass_csp=True
            )
            page = context.new_page()
            page.goto(url)
            page.add_script_tag(path=str(AXE))
            # Closed lists and an open one are both what readers meet.
            for opened in (False, True):
                if opened:
                    page.locator(".bulletin-award summary").first.click()
                result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
                serious = [
                    (v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
                    for v in result["violations"]
                    if v["impact"] in ("serious", "critical")
                ]
                assert serious == [], (width, scheme, opened)
            context.close()


def test_share_buttons_show_only_what_the_browser_can_do(chromium, url: str):
    context = chromium.new_context(viewport={"width": 375, "height": 812})
    page = context.new_page()
    page.goto(url)
    can_share = page.evaluate("typeof navigator.share === 'function'")
    assert page.locator(".bulletin-share__native").count() == (1 if can_share else 0)
    assert page.locator(".bulletin-share a", has_text="Facebook").is_visible()
    context.close()

    # A phone's browser has the system's share sheet (which offers Zalo): the button uses it
    # with the page's public address.
    context = chromium.new_context(viewport={"width": 375, "height": 812})
    context.add_init_script(
        "window.__shared = []; navigator.share = function (data) { window.__shared.push(data); return Promise.resolve(); };"
    )
    page = context.new_page()
    page.goto(url)
    button = page.locator(".bulletin-share__native")
    assert button.is_visible()
    button.click()
    page.wait_for_function("window.__shared.length === 1")
    shared = page.evaluate("window.__shared[0]")
    assert shared["url"] == CANONICAL
    assert plain(shared["title"]).startswith("72 tập thể, cá nhân được khen thưởng")
    context.close()


def test_copy_link_puts_the_address_in_the_clipboard_and_says_so(chromium, url: str):
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=url.split("/tin-tuc/")[0])
    page = context.new_page()
    page.goto(url)
    page.evaluate("navigator.clipboard.writeText('trống')")
    status = page.locator(".bulletin-share__status")
    assert status.inner_text() == ""
    page.locator(".bulletin-share__copy").click()
    page.wait_for_function("document.querySelector('.bulletin-share__status').textContent !== ''")
    assert status.inner_text() == "Đã sao chép liên kết"
    assert status.is_visible()
    assert page.evaluate("navigator.clipboard.readText()") == CANONICAL
    context.close()


def test_loading_the_article_asks_no_other_host(chromium, url: str):
    context = chromium.new_context(viewport={"width": 375, "height": 812})
    elsewhere = keep_on_site(context)
    page = context.new_page()
    page.goto(url, wait_until="networkidle")
    page.locator(".bulletin-award summary").first.click()
    page.mouse.wheel(0, 20_000)
    page.wait_for_timeout(300)
    context.close()
    assert elsewhere == []


def test_without_a_public_address_the_buttons_share_the_browsers_own(chromium, tmp_path: Path):
    data = _data(tmp_path / "data")
    edit(data / "bulletin.yaml", "url: https://bantin.example.vn/\n", "")
    site = built(tmp_path / "site", data)
    page_html = _page(site)
    assert page_html.find("link", rel="canonical") is None
    share = page_html.select_one(".bulletin-share")
    assert share.find("a") is None  # no network link without an address to give it
    from browser import serve

    with serve(site) as base:
        context = chromium.new_context(viewport={"width": 375, "height": 812})
        context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base.rstrip("/"))
        page = context.new_page()
        page.goto(base + ARTICLE + "#khen-thuong")
        page.locator(".bulletin-share__copy").click()
        page.locator(".bulletin-share__status", has_text="Đã sao chép liên kết").wait_for()
        assert page.evaluate("navigator.clipboard.readText()") == base + ARTICLE
        context.close()
