"""The front page as a newspaper's (issue 15): a lead story with its photo, a grid of recent
stories, Vinh danh and Thống kê blocks that show what is new, one h1 that does not repeat the
masthead on screen. What pages/home.py computes is tested directly; what a reader sees, in
Chromium at 1280 px and 375 px, light and dark, with axe-core."""

from __future__ import annotations

import shutil
from pathlib import Path
from types import SimpleNamespace

import pytest
from bs4 import BeautifulSoup

from bulletin.model import statistics, tally
from bulletin.model.load import load
from bulletin.pages import home
from bulletin.vietnamese import typography
from conftest import DATA, ROOT, add_extra_decision, built, mkdocs_build, plain, soup, text
from test_corpus import prepare

LEAD = "tin-tuc/2024/06/bieu-duong-dien-hinh-antq-2019-2024/"
NEWEST = "Tin mới nhất, không có ảnh"
PHOTO = "media/2024/hoi-nghi-antq-dai-bieu.svg"
AXE = ROOT / "node_modules/axe-core/axe.min.js"


def _article(data: Path, ident: str, title: str, day: str, photo: bool) -> None:
    figures = (
        f"figures:\n  - id: anh\n    image: {PHOTO}\n    caption: Ảnh {title}.\n    alt: Ảnh minh họa của tin {title}.\n"
        if photo
        else ""
    )
    body = "Nội dung.\n\n  {{ figure.anh }}\n" if photo else "Nội dung.\n"
    (data / f"articles/2024/{ident}.yaml").write_text(
        f"id: {ident}\ntitle: {title}\ndate: {day}\ncampaign: antq-2019-2024\nbyline: Phòng CTĐ và CTCT\n"
        f"lead: Tóm tắt {title.lower()}.\n{figures}body: |\n  {body}",
        encoding="utf-8",
    )


@pytest.fixture(scope="module")
def front_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The tests' bulletin, the extra 2023 decision and article, eight May stories (every other one
    with a photo) and, newest of all, a story without a photo: 11 articles, 6 decisions."""
    data = tmp_path_factory.mktemp("front") / "data"
    shutil.copytree(DATA, data)
    add_extra_decision(data)
    for n in range(1, 9):
        _article(data, f"tin-thang-5-so-{n}", f"Tin tháng Năm số {n}", f"2024-05-{n:02d}", photo=n % 2 == 0)
    _article(data, "tin-moi-nhat", NEWEST, "2024-07-02", photo=False)
    return data


@pytest.fixture(scope="module")
def front_site(tmp_path_factory: pytest.TempPathFactory, front_data: Path) -> Path:
    return built(tmp_path_factory.mktemp("front-site"), front_data)


@pytest.fixture(scope="module")
def front_url(front_site: Path):
    from browser import serve

    with serve(front_site) as url:
        yield url


@pytest.fixture(scope="module")
def loaded(front_data: Path):
    result = load(front_data, front_data.parent)
    assert result.bulletin is not None, result.problems.items
    return result.bulletin


# -- what pages/home.py computes ---------------------------------------------------------------


def _stub(title: str, photo: bool) -> SimpleNamespace:
    return SimpleNamespace(title=title, figures=["ảnh"] if photo else [])


def test_the_lead_is_the_newest_story_with_a_photo_among_the_newest_few():
    newest, second, third, fourth = (_stub(t, p) for t, p in [("a", False), ("b", True), ("c", True), ("d", True)])
    assert home.lead_story([newest, second, third, fourth]) is second
    # A photo older than the few newest stories does not lead: the newest does, without one.
    plain = [_stub(str(n), False) for n in range(home.LEAD_WINDOW)]
    assert home.lead_story([*plain, fourth]) is plain[0]
    assert home.lead_story([]) is None


def test_recent_stories_follow_the_lead_newest_first():
    articles = [_stub(str(n), n == 2) for n in range(10)]
    lead = home.lead_story(articles)
    recent = home.recent_stories(articles, lead)
    assert lead is articles[2] and len(recent) == home.RECENT
    assert [a.title for a in recent] == ["0", "1", "3", "4", "5", "6"]
    assert home.recent_stories(articles[:1], articles[0]) == []


def test_latest_decisions_are_ranked_within_their_day_before_the_list_is_cut(loaded):
    latest = home.latest_decisions(loaded, 3)
    # Five decisions of 26/6/2024: the province's Bằng khen outranks the associations' and the
    # police's Giấy khen, whatever order their ids come in.
    assert [x.id for x in latest] == [
        "ubnd-tinh-bang-khen-antq-2024",
        "hoi-ccb-tinh-bang-khen-antq-2024",
        "hoi-lhpn-tinh-bang-khen-antq-2024",
    ]
    every = home.latest_decisions(loaded, 10)
    assert len(every) == 6 and every[-1].id == "cong-an-tinh-giay-khen-2023"


def test_the_figures_say_what_they_are_computed_from(loaded):
    periods = statistics.gather(loaded)
    campaign, groups = home.headline_groups(loaded, periods)
    assert campaign.id == "antq-2019-2024"
    honours, results = groups
    assert honours.title == "Khen thưởng trong phong trào, giai đoạn 2019 – 2024"
    (part,) = honours.parts
    assert part.figures[:4] == [
        ("75", "tập thể, cá nhân được khen thưởng"),
        ("28", "tập thể"),
        ("47", "cá nhân"),
        ("6", "quyết định khen thưởng"),
    ]
    assert (
        part.text
        == "tính từ 6 quyết định khen thưởng của phong trào đăng trên bản tin, từ ngày 20/12/2023 đến ngày 26/6/2024."
    )
    assert honours.see == ("Xem danh sách quyết định", "phong-trao/antq-2019-2024.md")
    # The latest period of the campaign is 2023 (the period that starts last): its figures come
    # from the one article that reports them.
    assert results.title == "Kết quả phong trào, năm 2023"
    (part,) = results.parts
    assert part.figures == [
        ("gần 1.500", "buổi tuyên truyền (tổng do bản tin tính từ số liệu của 2 hội)"),
        ("50.000", "lượt người tham gia tuyên truyền"),
    ]
    assert part.text == "số liệu nêu trong bài"
    assert part.articles == (
        (
            "Sơ kết phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2023",
            "tin-tuc/2023/12/so-ket-antq-2023.md",
            "25/12/2023",
        ),
    )
    assert results.see == ("Xem số liệu năm 2023", "thong-ke/antq-2019-2024/2023.md")


def test_a_figure_names_its_period_unless_its_heading_does(loaded):
    stats = next(s for s in statistics.gather(loaded) if s.period == "2019-2024")
    labels = {f.metric.id: (home.figure_label(f), home.figure_label(f, stats.period)) for f in stats.headline()}
    assert labels["buoi-tuyen-truyen"] == (
        "buổi tuyên truyền, giai đoạn 2019 – 2024 (tổng do bản tin tính từ số liệu của 3 hội)",
        "buổi tuyên truyền (tổng do bản tin tính từ số liệu của 3 hội)",
    )
    # A count as of a month is not the period's: it keeps its date under any heading.
    models = [label for key, label in labels.items() if "tính đến" in label[0]]
    assert models and all(full == short and "tính đến tháng 5/2024" in full for full, short in models)


def test_a_source_names_its_articles_and_counts_the_rest(loaded):
    stats = next(s for s in statistics.gather(loaded) if s.period == "2019-2024")
    total = stats.total("buoi-tuyen-truyen")
    assert [a.id for a in home.figure_articles(stats, total)] == ["bieu-duong-dien-hinh-antq-2019-2024"]
    source = home._from_articles([("1", "x")], list(loaded.articles[:5]))
    assert source.text == "số liệu nêu trong 5 bài" and len(source.articles) == home.SOURCES_SHOWN and source.more == 2


def test_award_figures_say_at_least_when_some_decisions_gave_no_count():
    counts = tally.Tally(
        decisions=5, collectives=18, individuals=39, unknown=3, partial=1, missing_collectives=2, missing_individuals=1
    )
    assert home.award_figures(counts) == [
        ("ít nhất 57", "tập thể, cá nhân được khen thưởng"),
        ("ít nhất 18", "tập thể"),
        ("ít nhất 39", "cá nhân"),
        ("5", "quyết định khen thưởng"),
        ("3", "quyết định không công bố đủ số lượng"),
    ]


# -- the built page ------------------------------------------------------------------------------


def test_the_page_leads_with_a_photo_then_the_newest_stories(front_site: Path):
    page = soup(front_site / "index.html")
    lead = page.select_one(".bulletin-top")
    assert lead.select_one("h2 a")["href"] == LEAD
    # Never "2019 –" at a line's end and "2024" on the next (soup() reads such spaces as plain ones).
    raw = BeautifulSoup((front_site / "index.html").read_text(encoding="utf-8"), "html.parser")
    assert raw.select_one(".bulletin-top h2").get_text().endswith(f"giai đoạn 2019{typography.HELD_DASH}2024")
    assert lead.select_one("img")["src"] == "media/2024/hoi-nghi-antq-phat-bieu.svg"
    assert lead.select_one("img")["alt"] == "Ảnh minh họa thay cho ảnh gốc; người phát biểu đứng tại bục hội nghị."
    assert "loading" not in lead.select_one("img").attrs  # the first thing seen is not loaded lazily
    assert text(lead.select_one("time")) == "Thứ Tư, 26/6/2024"
    assert text(lead.select_one(".bulletin-top__sapo")).startswith("Sáng 26/6, Công an tỉnh tổ chức Hội nghị")
    cards = page.select(".bulletin-front__grid .bulletin-card")
    # The newest story has no photo: first in the grid, with its summary in place of a photo.
    assert [text(c.select_one("h3")) for c in cards] == [NEWEST, *(f"Tin tháng Năm số {n}" for n in (8, 7, 6, 5, 4))]
    assert (
        cards[0].select("img") == []
        and text(cards[0].select_one(".bulletin-card__lead")) == f"Tóm tắt {NEWEST.lower()}."
    )
    assert cards[1].select_one("img")["src"].endswith("hoi-nghi-antq-dai-bieu.svg") and not cards[1].select(
        ".bulletin-card__lead"
    )
    assert cards[1].select_one("img")["loading"] == "lazy"  # below the lead: loaded when scrolled to
    more = page.find("a", string="Xem tất cả tin tức")
    assert more["href"] == "tin-tuc/"


def test_one_h1_names_the_bulletin_and_the_sections_follow(front_site: Path):
    page = soup(front_site / "index.html")
    (h1,) = page.select("h1")
    assert text(h1) == "Bản tin Thi đua – Khen thưởng" and "bulletin-visually-hidden" in h1["class"]
    assert [text(h) for h in page.select("article h2[id]")] == ["Tin mới", "Vinh danh", "Thống kê"]
    # The skip link reaches the page's content through its h1.
    assert page.select_one("a.md-skip")["href"] == f"#{h1['id']}"


def test_vinh_danh_shows_the_latest_decisions_and_the_lookup(front_site: Path):
    block = soup(front_site / "index.html").find(id="vinh-danh").parent
    assert [text(li) for li in block.select("li")] == [
        "26/6/2024 — Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh: 9 tập thể, 15 cá nhân",
        "26/6/2024 — Bằng khen của Hội Cựu chiến binh tỉnh: 3 tập thể, 5 cá nhân",
        "26/6/2024 — Bằng khen của Hội Liên hiệp Phụ nữ tỉnh: 3 tập thể, 5 cá nhân",
        "26/6/2024 — Bằng khen của Hội Nông dân tỉnh: 3 tập thể, 5 cá nhân",
        "26/6/2024 — Giấy khen của Giám đốc Công an tỉnh: 9 tập thể, 15 cá nhân",
    ]
    assert block.select_one("li a")["href"] == "khen-thuong/2024/ubnd-tinh-bang-khen-antq-2024/"
    links = {text(a): a["href"] for a in block.select(".bulletin-front__more a")}
    assert links == {"Tra cứu khen thưởng theo tên": "tra-cuu/", "Xem tất cả 6 quyết định": "khen-thuong/"}
    for href in ["tra-cuu/", "khen-thuong/", "khen-thuong/2024/ubnd-tinh-bang-khen-antq-2024/"]:
        assert (front_site / href / "index.html").is_file(), href


def test_thong_ke_labels_each_figure_with_its_period_and_source(front_site: Path):
    block = soup(front_site / "index.html").find(id="thong-ke").parent
    groups = block.select(".bulletin-figures")
    assert [_plain(g.select_one("h3").get_text()) for g in groups] == [
        "Khen thưởng trong phong trào, giai đoạn 2019 – 2024",
        "Kết quả phong trào, năm 2023",
    ]
    assert [text(li) for li in groups[1].select("li")] == [
        "gần 1.500 buổi tuyên truyền (tổng do bản tin tính từ số liệu của 2 hội)",
        "50.000 lượt người tham gia tuyên truyền",
    ]
    assert text(groups[0].select_one(".bulletin-figures__source")) == (
        "Nguồn: tính từ 6 quyết định khen thưởng của phong trào đăng trên bản tin, từ ngày 20/12/2023 đến ngày 26/6/2024. "
        "Xem danh sách quyết định"
    )
    source = groups[1].select_one(".bulletin-figures__source")
    assert text(source) == (
        "Nguồn: số liệu nêu trong bài “Sơ kết phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2023” (25/12/2023). "
        "Xem số liệu năm 2023"
    )
    hrefs = [a["href"] for a in source.select("a")]
    assert hrefs == ["tin-tuc/2023/12/so-ket-antq-2023/", "thong-ke/antq-2019-2024/2023/"]
    for href in [*hrefs, groups[0].select_one(".bulletin-figures__source a")["href"]]:
        assert (front_site / href / "index.html").is_file(), href


def test_a_bulletin_of_one_story_has_a_lead_and_no_empty_grid(built_site: Path):
    page = soup(built_site / "index.html")
    assert page.select_one(".bulletin-top img") is not None
    assert page.select(".bulletin-front__grid") == [] and page.find(id="tin-moi") is None
    assert page.find("a", string="Xem tất cả tin tức") is None


def test_an_empty_bulletin_has_a_front_page_that_says_so(tmp_path: Path):
    root = prepare(tmp_path / "project", None)
    shutil.rmtree(root / "data/decisions")
    shutil.rmtree(root / "data/articles")
    site = tmp_path / "site"
    result = mkdocs_build(site, data=root / "data")
    assert result.returncode == 0, result.output
    page = soup(site / "index.html")
    assert len(page.select("h1")) == 1 and page.select(".bulletin-top, .bulletin-card") == []
    words = text(page.select_one("article"))
    for said in ("Chưa có bài viết.", "Bản tin chưa có quyết định khen thưởng nào.", "Chưa có số liệu."):
        assert said in words


# -- what a reader sees ----------------------------------------------------------------------


def _plain(words: str) -> str:
    """Text as compared here: spaces collapsed, the word joiner of held year ranges left out."""
    return " ".join(words.replace("\u2060", "").split())


def _box(locator) -> dict[str, float]:
    box = locator.bounding_box()
    assert box is not None
    return box


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [1280, 375])
def test_a_reader_sees_a_front_page(chromium, front_url: str, width: int, scheme: str):
    context = chromium.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme, bypass_csp=True)
    page = context.new_page()
    page.goto(front_url, wait_until="networkidle")
    assert page.evaluate("document.documentElement.scrollWidth") <= width

    # One h1, for screen readers: nothing under the masthead repeats its name.
    h1 = page.locator("h1")
    assert h1.count() == 1 and plain(h1.inner_text()) == "Bản tin Thi đua – Khen thưởng"
    assert _box(h1)["width"] <= 1 and _box(h1)["height"] <= 1
    repeated = page.evaluate(
        """title => [...document.querySelectorAll('.md-content *')].filter(e => {
        const box = e.getBoundingClientRect();
        return e.innerText.trim() === title && box.width > 1 && box.height > 1;
    }).length""",
        h1.inner_text(),
    )
    assert repeated == 0

    # The lead: its photo loaded and shown, on the first screen, then headline, date and sapo.
    photo = page.locator(".bulletin-top img")
    assert photo.is_visible() and page.evaluate("i => i.complete && i.naturalWidth > 0", photo.element_handle())
    lead_box = _box(photo)
    assert lead_box["y"] < 900 and lead_box["height"] > 150
    headline = page.locator(".bulletin-top h2")
    assert headline.is_visible() and plain(headline.inner_text()).startswith("72 tập thể, cá nhân được khen thưởng")
    assert page.locator(".bulletin-top time").inner_text() == "Thứ Tư, 26/6/2024"
    assert page.locator(".bulletin-top__sapo").is_visible()
    # "giai đoạn 2019 – 2024" ends the headline: its two years on one line, at any width.
    tops = page.evaluate(
        """a => {
        const node = a.firstChild, at = node.data.lastIndexOf('2019'), range = document.createRange();
        const top = (start) => { range.setStart(node, start); range.setEnd(node, start + 4); return range.getBoundingClientRect().top; };
        return [top(at), top(node.data.length - 4)];
    }""",
        headline.locator("a").element_handle(),
    )
    assert tops[0] == tops[1]

    # The grid: six stories, three a row on a desktop, one on a phone; the lead's photo is the largest.
    cards = page.locator(".bulletin-front__grid .bulletin-card")
    assert cards.count() == 6 and all(c.is_visible() for c in cards.all())
    lefts = sorted({round(_box(c)["x"]) for c in cards.all()})
    assert len(lefts) == (3 if width == 1280 else 1)
    card_photos = page.locator(".bulletin-front__grid img")
    assert card_photos.count() == 3
    for card_photo in card_photos.all():
        assert page.evaluate("i => i.complete && i.naturalWidth > 0", card_photo.element_handle())
        assert _box(card_photo)["width"] < lead_box["width"]
    if width == 1280:
        # Photo and headline side by side, as a news site's top story.
        assert _box(headline)["x"] > lead_box["x"] + lead_box["width"]
        assert lead_box["width"] > 1.5 * max(_box(p)["width"] for p in card_photos.all())
    else:
        # On a phone the photo spans the column and the headline follows it.
        assert lead_box["width"] > width - 60 and _box(headline)["y"] > lead_box["y"] + lead_box["height"]
    assert page.get_by_role("link", name="Xem tất cả tin tức").is_visible()

    # Vinh danh and Thống kê, each labelled, with the period and source of every figure.
    for name in ("Vinh danh", "Thống kê", "Tin mới"):
        assert page.get_by_role("heading", name=name, level=2).is_visible()
    assert page.locator("#vinh-danh ~ ul li").count() == 5
    assert page.get_by_role("link", name="Tra cứu khen thưởng theo tên").is_visible()
    groups = page.locator(".bulletin-front .bulletin-figures")
    assert [_plain(g.locator("h3").inner_text()) for g in groups.all()] == [
        "Khen thưởng trong phong trào, giai đoạn 2019 – 2024",
        "Kết quả phong trào, năm 2023",
    ]
    for group in groups.all():
        source = group.locator(".bulletin-figures__source")
        assert source.is_visible() and source.inner_text().startswith("Nguồn: ")
        assert all(li.is_visible() for li in group.locator("li").all())

    # axe-core: nothing serious or critical, in either scheme (the figures' colour included).
    assert AXE.is_file(), "axe-core is missing: npm ci"
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    serious = [
        (v["id"], [n["target"] for n in v["nodes"]][:3])
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert serious == []
    context.close()


def test_tablets_show_the_lead_beside_its_photo_and_two_stories_a_row(chromium, front_url: str):
    context = chromium.new_context(viewport={"width": 768, "height": 1024})
    page = context.new_page()
    page.goto(front_url)
    photo = _box(page.locator(".bulletin-top img"))
    assert _box(page.locator(".bulletin-top h2"))["x"] > photo["x"] + photo["width"]
    cards = page.locator(".bulletin-front__grid .bulletin-card").all()
    assert len({round(_box(c)["x"]) for c in cards}) == 2
    context.close()


def test_the_whole_lead_opens_its_story(desktop, front_url: str):
    page = desktop.new_page()
    page.goto(front_url)
    box = _box(page.locator(".bulletin-top img"))
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_url(front_url + LEAD)
    assert plain(page.locator("h1").inner_text()).startswith("72 tập thể, cá nhân được khen thưởng")


def test_a_card_without_a_photo_opens_its_story(phone, front_url: str):
    page = phone.new_page()
    page.goto(front_url)
    card = page.locator(".bulletin-card", has_text=NEWEST)
    card.scroll_into_view_if_needed()
    box = _box(card)
    page.mouse.click(box["x"] + box["width"] - 10, box["y"] + box["height"] - 10)
    page.wait_for_url(front_url + "tin-tuc/2024/07/tin-moi-nhat/")
