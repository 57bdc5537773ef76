"""Site-wide features read from the built HTML: feed, metadata, sitemap, navigation, archives."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from conftest import ARTICLE_URL, ROOT, built, mkdocs_build, page_urls, soup

ARTICLE_LINK = "https://bantin.example.vn/tin-tuc/2024/06/bieu-duong-dien-hinh-antq-2019-2024/"


def test_feed_is_rss_2_with_the_seed_article(built_site: Path):
    root = ET.parse(built_site / "feed.xml").getroot()
    assert root.tag == "rss" and root.get("version") == "2.0"
    channel = root.find("channel")
    assert channel.findtext("language") == "vi"
    items = channel.findall("item")
    assert len(items) == 1
    item = items[0]
    assert item.findtext("title").startswith("72 tập thể, cá nhân được khen thưởng")
    assert item.findtext("link") == ARTICLE_LINK
    assert item.findtext("pubDate") == "Wed, 26 Jun 2024 00:00:00 +0700"
    assert item.findtext("description").startswith("Sáng 26/6, Công an tỉnh tổ chức Hội nghị")


def test_article_has_news_article_json_ld(built_site: Path):
    page = soup(built_site / ARTICLE_URL)
    data = json.loads(page.select_one('script[type="application/ld+json"]').string)
    assert data["@type"] == "NewsArticle"
    assert data["headline"].startswith("72 tập thể")
    assert data["datePublished"] == "2024-06-26"
    assert data["author"]["name"] == "Phòng CTĐ và CTCT"
    # A raster, as search engines want: the share image (the article's photo is a drawing).
    assert data["image"] == [
        "https://bantin.example.vn/anh-chia-se/tin-tuc/2024/06/bieu-duong-dien-hinh-antq-2019-2024.png"
    ]


def test_article_has_sharing_tags_and_canonical_url(built_site: Path):
    page = soup(built_site / ARTICLE_URL)

    def meta(attr: str, name: str) -> str:
        return page.find("meta", attrs={attr: name})["content"]

    assert page.find("link", rel="canonical")["href"] == ARTICLE_LINK
    assert meta("property", "og:type") == "article"
    assert meta("property", "og:url") == ARTICLE_LINK
    assert meta("property", "og:title").startswith("72 tập thể")
    assert meta("property", "og:description").startswith("Sáng 26/6")
    assert (
        meta("property", "og:image")
        == "https://bantin.example.vn/anh-chia-se/tin-tuc/2024/06/bieu-duong-dien-hinh-antq-2019-2024.png"
    )
    assert meta("name", "twitter:card") == "summary_large_image"


def test_sitemap_lists_every_page(built_site: Path):
    namespace = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    listed = {loc.text for loc in ET.parse(built_site / "sitemap.xml").getroot().findall("s:url/s:loc", namespace)}
    expected = {"https://bantin.example.vn/" + url.removesuffix("index.html") for url in page_urls(built_site)}
    assert listed == expected
    assert ARTICLE_LINK in listed


def test_masthead_names_the_sections_and_marks_the_current_one(built_site: Path):
    page = soup(built_site / ARTICLE_URL)
    sections = page.select(".bulletin-sections a")
    assert [a.get_text(strip=True) for a in sections] == [
        "Trang chủ",
        "Tin tức",
        "Vinh danh",
        "Thống kê",
        "Phong trào",
        "Đơn vị",
        "Tra cứu",
    ]
    # An article is read from Tin tức; a decision and an honour roll from Vinh danh.
    assert [a.get_text() for a in sections if a.get("aria-current")] == ["Tin tức"]
    assert not [a for a in sections if "bieu-duong" in a.get("href", "")]
    for url, current in [
        ("khen-thuong/2024/ubnd-tinh-bang-khen-antq-2024/index.html", "Vinh danh"),
        ("vinh-danh/phong-trao/antq-2019-2024/index.html", "Vinh danh"),
        ("index.html", "Trang chủ"),
        ("tra-cuu/index.html", "Tra cứu"),
    ]:
        marked = soup(built_site / url).select(".bulletin-sections a[aria-current]")
        assert [a.get_text() for a in marked] == [current], url
    # The publisher and the bulletin's name, from data/bulletin.yaml; search is a plain form.
    masthead = page.select_one(".bulletin-masthead")
    assert masthead.select_one(".bulletin-masthead__publisher").get_text() == "Công an tỉnh"
    assert masthead.select_one(".bulletin-masthead__title").get_text() == "Bản tin Thi đua – Khen thưởng"
    form = masthead.select_one("form[role=search]")
    assert (form["action"], form["method"], form.select_one("input")["name"]) == ("../../../../tim-kiem/", "get", "q")
    # Material's own chrome and its JavaScript are gone: nothing of it to download or run.
    for gone in (".md-header", ".md-tabs", ".md-sidebar", ".md-search", "#__config", ".md-top"):
        assert page.select_one(gone) is None, gone
    assert [s["src"] for s in page.select("script[src]") if "javascripts/bundle" in s["src"]] == []


def test_the_editors_guide_is_not_published(built_site: Path):
    assert (ROOT / "docs/huong-dan-bien-tap.md").is_file()  # it stays in the repository
    # Its old address leads to the front page (redirects.RETIRED): a page of no words, not the guide.
    old = (built_site / "huong-dan-bien-tap/index.html").read_text(encoding="utf-8")
    assert 'http-equiv="refresh" content="0; url=../"' in old and "YAML" not in old
    assert "huong-dan-bien-tap" not in (built_site / "sitemap.xml").read_text(encoding="utf-8")
    linked = [page for page in built_site.rglob("*.html") if "huong-dan-bien-tap" in page.read_text(encoding="utf-8")]
    assert linked == []


def test_footer_prints_the_imprint_from_the_data(data_copy: Path, tmp_path: Path):
    with (data_copy / "bulletin.yaml").open("a", encoding="utf-8") as out:
        out.write(
            "contact:\n  address: Số 1 đường Trần Hưng Đạo, phường X\n  phone: 0271 3879 123\n"
            "  email: bantin@congan.example.vn\n"
            "responsible: 'Chịu trách nhiệm nội dung: Phòng Công tác đảng và công tác chính trị'\n"
            "licence: '<b>Ghi rõ nguồn</b> khi đăng lại.'\n"
        )
    site = built(tmp_path / "site", data_copy)
    footer = soup(site / "index.html").select_one("footer.bulletin-footer")
    lines = [" ".join(p.get_text().split()) for p in footer.select("p")]
    assert lines == [
        "Bản tin Thi đua – Khen thưởng",
        "Cơ quan xuất bản: Công an tỉnh",
        "Chịu trách nhiệm nội dung: Phòng Công tác đảng và công tác chính trị",
        "Địa chỉ: Số 1 đường Trần Hưng Đạo, phường X",
        "Điện thoại: 0271 3879 123 · Thư điện tử: bantin@congan.example.vn",
        "<b>Ghi rõ nguồn</b> khi đăng lại.",  # the data's words as text, never markup
        "Nhận tin mới (RSS) · Tra cứu khen thưởng",
    ]
    assert footer.select_one("a[href^='tel:']")["href"] == "tel:02713879123"
    assert footer.select_one("b") is None


def test_pages_are_vietnamese(built_site: Path):
    assert soup(built_site / "index.html").html["lang"] == "vi"
    missing = soup(built_site / "404.html")
    assert missing.h1.get_text() == "Không tìm thấy trang"
    assert "Về trang chủ" in missing.get_text()


def test_archives_campaign_and_organisation_pages(built_site: Path):
    def links(url: str) -> list[str]:
        return [a.get("href") for a in soup(built_site / url).select("article a")]

    for archive in ("tin-tuc/index.html", "tin-tuc/2024/index.html"):
        assert any("bieu-duong-dien-hinh-antq-2019-2024" in (h or "") for h in links(archive)), archive
    # No page per month: the year's page has a heading per month, which the month's address leads to.
    year = soup(built_site / "tin-tuc/2024/index.html").select_one("article")
    assert [h.get_text(strip=True).rstrip("¶") for h in year.select("h2")] == ["Tháng 6/2024"]
    assert year.find(id="thang-6").find_next("ul").a["href"] == "06/bieu-duong-dien-hinh-antq-2019-2024/"
    assert 'content="0; url=../#thang-6"' in (built_site / "tin-tuc/2024/06/index.html").read_text(encoding="utf-8")
    campaign = links("phong-trao/antq-2019-2024/index.html")
    assert sum("khen-thuong/2024/" in (h or "") for h in campaign) == 5
    assert any("bieu-duong-dien-hinh" in (h or "") for h in campaign)
    ubnd = soup(built_site / "don-vi/ubnd-tinh/index.html").select_one("article").get_text()
    assert "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh" in ubnd
    assert "Giấy khen" not in ubnd
    honours = soup(built_site / "khen-thuong/index.html").find(id="quyet-dinh-khen-thuong").find_next("ul")
    assert len(honours.select("li")) == 5


def test_decision_page_is_an_honour_list(built_site: Path):
    page = soup(built_site / "khen-thuong/2024/ubnd-tinh-bang-khen-antq-2024/index.html").select_one("article")
    assert [h.get_text(strip=True).rstrip("¶") for h in page.select("h1")] == [
        "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh"
    ]
    assert [len(ol.select("li")) for ol in page.select("ol")] == [9, 15]
    assert "Công bố ngày 26/6/2024" in page.get_text()


def _add_articles(data: Path, count: int) -> None:
    """Extra dated articles in the seed campaign, for lists that need more than one."""
    for n in range(1, count + 1):
        (data / f"articles/2024/tin-them-{n:02d}.yaml").write_text(
            f"id: tin-them-{n:02d}\n"
            f"title: Tin thêm số {n}\n"
            f"date: 2024-05-{n:02d}\n"
            "campaign: antq-2019-2024\n"
            "byline: Phòng CTĐ và CTCT\n"
            f"lead: Tóm tắt tin thêm số {n}.\n"
            "body: Nội dung.\n",
            encoding="utf-8",
        )


def test_long_lists_are_paginated_and_articles_link_to_others(data_copy: Path, tmp_path: Path):
    _add_articles(data_copy, 14)
    site = tmp_path / "site"
    result = mkdocs_build(site, data=data_copy)
    assert result.returncode == 0, result.output
    # The front page: the lead and six stories, then the way to all of them (the news list pages).
    home = soup(site / "index.html")
    assert len(home.select(".bulletin-top, .bulletin-card")) == 7
    assert home.select_one(".bulletin-front__more a")["href"] == "tin-tuc/"
    news = soup(site / "tin-tuc/index.html")
    assert len(news.select(".bulletin-card")) == 12
    assert news.select_one('.bulletin-pager a[rel="next"]')["href"] == "trang-2/"
    second = soup(site / "tin-tuc/trang-2/index.html")
    assert [c.select_one("h3 a").get_text() for c in second.select(".bulletin-card")] == [
        "Tin thêm số 3",
        "Tin thêm số 2",
        "Tin thêm số 1",
    ]
    assert second.select_one('.bulletin-pager a[rel="prev"]')["href"] == "../"
    article = soup(site / ARTICLE_URL)
    latest = [a.get_text() for a in article.select("#bai-viet-moi-nhat + ul a")]
    assert latest == ["Tin thêm số 14", "Tin thêm số 13", "Tin thêm số 12", "Tin thêm số 11", "Tin thêm số 10"]
    assert len(article.select("#cung-phong-trao + ul a")) == 5
    assert "tin-tuc/2024/index.html" in page_urls(site)
    year = soup(site / "tin-tuc/2024/index.html").select_one("article")
    # Newest month first, each month's articles newest first; the months link to their headings.
    assert [h["id"] for h in year.select("h2")] == ["thang-6", "thang-5"]
    assert [a["href"] for a in year.select(".bulletin-archive-links a")] == ["#thang-6", "#thang-5"]
    may = [a.get_text() for a in year.find(id="thang-5").find_next("ul").select("a")]
    assert may == [f"Tin thêm số {n}" for n in range(14, 0, -1)]


def test_no_english_interface_strings(built_site: Path):
    """Material's English labels must not leak where the Vietnamese set lacks them."""

    import material

    english = _labels(Path(material.__file__).parent / "templates/partials/languages/en.html")
    leaked = {
        (url, text)
        for url in page_urls(built_site) | {"404.html"}
        for text in english.values()
        if len(text) > 3 and f'"{text}"' in (built_site / url).read_text(encoding="utf-8")
    }
    html = (built_site / ARTICLE_URL).read_text(encoding="utf-8")
    assert leaked == set()
    assert "Permanent link" not in html


def _labels(path: Path) -> dict[str, str]:
    """The "key": "label" pairs of one of Material's language partials (or of ours)."""
    return dict(re.findall(r'"([\w.]+)": "([^"]*)"', path.read_text(encoding="utf-8")))


def test_material_labels_read_as_ours(built_site: Path):
    """Material's Vietnamese is extended, not copied: our file sets only the labels we word
    differently, and the pages show our words for them, Material's for none."""
    import material

    from bulletin import theme

    languages = Path(material.__file__).parent / "templates/partials/languages"
    ours = _labels(Path(theme.DIRECTORY) / "partials/languages/vi-custom.html")
    theirs = _labels(languages / "vi.html")
    assert ours and all(theirs.get(key) != label for key, label in ours.items()), "an override that changes nothing"
    assert len(ours) < 10 and not (Path(theme.DIRECTORY) / "partials/languages/vi.html").exists()
    for url in ("index.html", ARTICLE_URL, "tra-cuu/index.html"):
        page = soup(built_site / url)
        assert page.html["lang"] == "vi", url
        assert page.select_one(".md-skip").get_text(strip=True) == ours["action.skip"] == "Đến nội dung chính", url
        assert theirs["action.skip"] not in page.get_text(), url  # Material's "Bỏ qua"
    missing = soup(built_site / "404.html")
    assert missing.html["lang"] == "vi" and missing.title.get_text().startswith("Không tìm thấy trang - ")
    # The edit link's label (a bulletin naming its repository shows it: test_editors) and the
    # back-to-top button's, were a bulletin to turn it on: not Material's "Trở lại mục lục".
    assert ours["action.edit"] == "Sửa nội dung này" and ours["top"] == "Lên đầu trang"


def test_vinh_danh_and_decision_pages_read_without_repeats(built_site: Path):
    honours = soup(built_site / "khen-thuong/index.html").select_one("article")
    groups = honours.find(id="danh-sach-vinh-danh").find_next("ul")
    assert honours.find(id="danh-sach-vinh-danh").find_next("p").get_text() == (
        "Mỗi danh sách gồm các tập thể, cá nhân có tên trong quyết định đã công bố; số trong ngoặc là số lượt khen thưởng."
    )
    campaign = next(li for li in groups.select("li") if li.strong.get_text() == "Theo phong trào:")
    # The group already says what the list is: no "Khen thưởng: " before the campaign's name.
    assert campaign.a.get_text() == "Phong trào toàn dân bảo vệ an ninh Tổ quốc, giai đoạn 2019 – 2024"
    roll = soup(built_site / "vinh-danh/phong-trao/antq-2019-2024/index.html").select_one("h1").get_text().rstrip("¶")
    assert roll == "Khen thưởng trong phong trào toàn dân bảo vệ an ninh Tổ quốc, giai đoạn 2019 – 2024"
    page = soup(built_site / "khen-thuong/2024/cong-an-tinh-giay-khen-antq-2024/index.html").select_one("article")
    facts = [li.get_text(" ", strip=True) for li in page.select(".bulletin-decision__facts li")]
    # The title is the form and the office: the facts cite the decision, not "Hình thức: Giấy khen" again.
    assert facts == ["Quyết định của Giám đốc Công an tỉnh", "Thành tích giai đoạn 2019 – 2024"]
    assert (
        page.select_one(".bulletin-decision__counts")
        .get_text(" ", strip=True)
        .startswith("9 tập thể, 15 cá nhân được khen thưởng vì ")
    )
    # "Công an xã Đak Ơ, huyện Bù Gia Mập" is in xã Đak Ơ, huyện Bù Gia Mập: not said twice.
    first = page.select_one("ol li").get_text(" ", strip=True)
    assert first.startswith("Công an") and "(" not in first, first


def test_a_collective_s_place_shows_only_what_its_name_does_not_say(data_copy: Path, tmp_path: Path):
    path = data_copy / "decisions/2024/cong-an-tinh-giay-khen-antq-2024.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace(
            "    locality: xã Đak Ơ, huyện Bù Gia Mập\n", "    locality: xã Đak Ơ, huyện Bù Gia Mập, tỉnh Bình Phước\n"
        ),
        encoding="utf-8",
    )
    site = tmp_path / "site"
    result = mkdocs_build(site, data=data_copy)
    assert result.returncode == 0, result.output
    page = soup(site / "khen-thuong/2024/cong-an-tinh-giay-khen-antq-2024/index.html").select_one("article")
    lines = [li.get_text(" ", strip=True) for li in page.select("ol li")]
    assert "Công an xã Đak Ơ, huyện Bù Gia Mập (tỉnh Bình Phước)" in lines


def test_the_readme_shows_two_small_screenshots_of_the_site():
    from PIL import Image

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    shown = re.findall(r'<img src="(docs/readme/[^"]+)"', readme)
    assert len(shown) == 2
    for path in shown:
        image = ROOT / path
        assert image.stat().st_size < 150_000, path  # small: the repository carries them
        with Image.open(image) as picture:
            assert picture.format == "PNG" and picture.width in (375, 1280), path
