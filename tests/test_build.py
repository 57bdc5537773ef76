"""The site built through the hooks from the sample data, read as HTML."""

from __future__ import annotations

import re
from pathlib import Path

from conftest import ARTICLE_URL, ARTICLE_YAML, SEED_FIGURES, bulletin, edit, mkdocs_build, page_urls, soup

CAPTIONS = [
    "Đại tá Đinh Xuân Thiệp – Phó Giám đốc Công an tỉnh phát biểu tại hội nghị.",
    "Các đại biểu dự hội nghị.",
    "Các tập thể, cá nhân được tặng Bằng khen và Giấy khen vì có thành tích xuất sắc "
    "trong xây dựng phong trào toàn dân bảo vệ ANTQ.",
]
# (section id, collectives, individuals) per decision, as published.
DECISIONS = [
    ("ubnd-tinh-bang-khen-antq-2024", 9, 15),
    ("hoi-nong-dan-tinh-bang-khen-antq-2024", 3, 5),
    ("hoi-lhpn-tinh-bang-khen-antq-2024", 3, 5),
    ("hoi-ccb-tinh-bang-khen-antq-2024", 3, 5),
    ("cong-an-tinh-giay-khen-antq-2024", 9, 15),
]


def article(site: Path):
    return soup(site / ARTICLE_URL).select_one("article")


def heading_text(tag) -> str:
    """A heading's text without Material's permalink sign."""
    return "".join(t for t in tag.find_all(string=True) if not t.find_parent("a", class_="headerlink")).strip()


def statistic_cards(page) -> list[str]:
    """The figures of the article's statistics section, in order."""
    return [strong.get_text() for strong in page.select("ul.bulletin-stats strong")]


def test_article_shows_every_seed_statistic_formatted(built_site: Path):
    page = article(built_site)
    values = [re.match(r"(gần )?[\d.]+", card).group(0) for card in statistic_cards(page)]
    assert values == SEED_FIGURES
    headings = [heading_text(h) for h in page.select("h3")]
    assert "Số liệu chung (tính đến tháng 5/2024)" in headings
    links = {a["href"] for a in page.select("ul.bulletin-stats a")}
    assert "../../../../thong-ke/antq-2019-2024/2019-2024/#hoi-nong-dan-tinh" in links


def test_hotline_is_not_formatted_as_a_quantity(built_site: Path):
    text = article(built_site).get_text(" ")
    assert "Đường dây nóng 18001768" in text
    assert "18.001.768" not in text


def test_headline_total_is_72(built_site: Path):
    page = article(built_site)
    assert heading_text(page.h1) == (
        "72 tập thể, cá nhân được khen thưởng trong phong trào toàn dân bảo vệ an ninh Tổ quốc, giai đoạn 2019 – 2024"
    )
    assert page.select_one(".bulletin-total strong").get_text() == "72"
    assert "(27 tập thể, 45 cá nhân)" in page.select_one(".bulletin-total").get_text()


def test_each_decision_lists_its_recipients(built_site: Path):
    page = article(built_site)
    for section_id, collectives, individuals in DECISIONS:
        heading = page.find(id=section_id)
        lists = []
        for node in heading.find_all_next(["ol", "h3", "h2"]):
            if node.name != "ol":
                break
            lists.append(len(node.find_all("li")))
        assert lists == [collectives, individuals], section_id


def test_article_reads_like_the_seed(built_site: Path):
    page = article(built_site)
    assert page.select_one(".bulletin-dateline").get_text(strip=True) == "Thứ Tư, 26/6/2024"
    assert page.select_one(".bulletin-lead strong").get_text().startswith("Sáng 26/6, Công an tỉnh tổ chức Hội nghị")
    assert [c.get_text(strip=True) for c in page.select("figure figcaption")] == CAPTIONS
    assert all(img.get("alt") and img.get("loading") == "lazy" for img in page.select("figure img"))
    assert page.select(".bulletin-byline")[-1].get_text() == "Phòng CTĐ và CTCT"
    # Typos of the source are kept, not silently corrected.
    assert "Nhiều mô hình đểu hình" in page.get_text()
    # The award paragraph of the body is filled from the decisions.
    assert "UBND tỉnh tặng Bằng khen của cho 9 tập thể, 15 cá nhân;" in page.get_text()


def test_every_generated_page_says_the_names_are_illustrative(built_site: Path):
    for url in ("index.html", ARTICLE_URL):
        notice = soup(built_site / url).select_one("article .admonition.warning")
        assert notice is not None, url
        assert notice.select_one(".admonition-title").get_text() == "Nội dung minh họa"
        assert "minh họa" in notice.get_text()


def test_images_are_copied_and_linked(built_site: Path):
    for img in article(built_site).select("figure img"):
        target = (built_site / ARTICLE_URL).parent / img["src"]
        assert target.resolve().is_file(), img["src"]


def test_urls_and_anchors_are_ascii(built_site: Path):
    for url in page_urls(built_site):
        assert url.isascii(), url
    ids = [tag["id"] for tag in article(built_site).select("h2[id], h3[id]")]
    assert "phoi-hop-voi-hoi-cuu-chien-binh-tinh" in ids
    assert all(i.isascii() for i in ids)


def test_home_lists_the_article(built_site: Path):
    link = soup(built_site / "index.html").select_one(".bulletin-top h2 a")
    assert link.get_text().startswith("72 tập thể")
    assert link["href"] == "tin-tuc/2024/06/bieu-duong-dien-hinh-antq-2019-2024/"


def test_total_is_computed_from_the_data(data_copy: Path, tmp_path: Path):
    decision = data_copy / "decisions/2024/hoi-ccb-tinh-bang-khen-antq-2024.yaml"
    edit(
        decision,
        "  - name: Lương Văn Dũng\n    position: Hội viên\n    locality: phường Phước Bình, thị xã Phước Long\n",
        "",
    )
    edit(decision, "  individuals: 5", "  individuals: 4")
    result = mkdocs_build(tmp_path / "site", data=data_copy)
    assert result.returncode == 0, result.output
    page = article(tmp_path / "site")
    assert heading_text(page.h1).startswith("71 tập thể")
    assert page.select_one(".bulletin-total strong").get_text() == "71"
    assert "Hội Cựu chiến binh tỉnh Bằng khen cho 3 tập thể, 4 cá nhân" in page.get_text()


def test_invalid_data_fails_the_build_with_the_validate_messages(data_copy: Path, tmp_path: Path):
    edit(data_copy / "decisions/2024/hoi-ccb-tinh-bang-khen-antq-2024.yaml", "  individuals: 5", "  individuals: 6")
    edit(
        data_copy / "decisions/2024/hoi-lhpn-tinh-bang-khen-antq-2024.yaml",
        "issuer: hoi-lhpn-tinh",
        "issuer: hoi-phu-nu",
    )
    edit(data_copy / ARTICLE_YAML, "byline:", "bylin:")
    edit(
        data_copy / "decisions/2024/hoi-nong-dan-tinh-bang-khen-antq-2024.yaml", "form: bang-khen", "form: bang-khen: x"
    )
    expected = bulletin("validate", str(data_copy)).stderr.splitlines()[:-1]
    kinds = ["'bylin' không hợp lệ", "counts.individuals ghi 6", "không có cơ quan mã 'hoi-phu-nu'", "lỗi cú pháp YAML"]
    assert [kind in line for kind, line in zip(kinds, expected, strict=True)] == [True] * 4, expected
    for strict in (True, False):
        site = tmp_path / f"site-{strict}"
        result = mkdocs_build(site, data=data_copy, strict=strict)
        assert result.returncode == 1
        assert "Traceback" not in result.output
        logged = [line.split("-  ", 1)[1] for line in result.stderr.splitlines() if line.startswith("ERROR")]
        assert logged[:4] == expected
        assert not (site / "index.html").exists()


def test_decomposed_text_is_shown_composed(data_copy: Path, tmp_path: Path):
    import unicodedata

    decision = data_copy / "decisions/2024/hoi-ccb-tinh-bang-khen-antq-2024.yaml"
    edit(decision, "Đoàn Văn Chiến", unicodedata.normalize("NFD", "Đoàn Văn Chiến"))
    assert unicodedata.normalize("NFD", "Đoàn Văn Chiến") in decision.read_text(encoding="utf-8")
    result = mkdocs_build(tmp_path / "site", data=data_copy)
    assert result.returncode == 0, result.output
    html = (tmp_path / "site" / ARTICLE_URL).read_text(encoding="utf-8")
    assert "Đoàn Văn Chiến" in html
    assert unicodedata.normalize("NFD", "Đoàn Văn Chiến") not in html


def test_editor_text_is_shown_as_text_not_markup(data_copy: Path, tmp_path: Path):
    decision = data_copy / "decisions/2024/hoi-ccb-tinh-bang-khen-antq-2024.yaml"
    edit(decision, "name: Đoàn Văn Chiến", 'name: "<b>Đoàn</b> *Văn* [Chiến](javascript:alert(1))"')
    result = mkdocs_build(tmp_path / "site", data=data_copy)
    assert result.returncode == 0, result.output
    page = article(tmp_path / "site")
    item = page.find(string=lambda s: s and "Đoàn" in s and "<b>" in s)
    assert item == "<b>Đoàn</b> *Văn* [Chiến](javascript:alert(1))"
    assert not page.select('a[href^="javascript"]')
