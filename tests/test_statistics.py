"""Campaign statistics in the built site: computed totals said to be the bulletin's own, values
with an as-of labelled with it, approximate values, charts as well-formed SVG.
(The rule for adding, on the core: test_statistics_sums.py.)"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from conftest import ARTICLE_YAML, SEED_FIGURES, edit, mkdocs_build, soup

STATS = "thong-ke/antq-2019-2024/2019-2024/index.html"
SVG = "{http://www.w3.org/2000/svg}"


def cells(page, table_index: int) -> list[list[str]]:
    table = page.select("article table")[table_index]
    return [[td.get_text(" ", strip=True) for td in row.find_all("td")] for row in table.select("tbody tr")]


def totals(site: Path) -> dict[str, tuple[str, str]]:
    """The computed totals: metric -> (total, whose reports were added)."""
    page = soup(site / STATS)
    table = page.find(id="tong-cong").find_next("table")
    rows = ([td.get_text(strip=True) for td in tr.find_all("td")] for tr in table.select("tbody tr"))
    return {row[0]: (row[1], row[2]) for row in rows}


PARTNERS = "Hội Nông dân tỉnh, Hội Liên hiệp Phụ nữ tỉnh, Hội Cựu chiến binh tỉnh"


def test_statistics_page_has_every_seed_figure_and_only_totals_of_the_same_measure(built_site: Path):
    page = soup(built_site / STATS)
    text = page.select_one("article").get_text(" ")
    for figure in SEED_FIGURES:
        assert re.search(rf"(?<![\d.]){re.escape(figure)} ", text), figure
    assert "1.134 mô hình (tính đến tháng 5/2024)" in text
    # Only sessions and attendances add up; 1.396 + 276 people and 28.390 + gần 6.000 turns measure different things.
    assert totals(built_site) == {
        "Buổi tuyên truyền": ("13.307 buổi", PARTNERS),
        "Lượt người tham gia tuyên truyền": ("830.989 lượt", PARTNERS),
    }
    for wrong in ("1.672", "34.390"):
        assert wrong not in text
    heading = page.find(id="tong-cong")
    assert heading.get_text(strip=True).rstrip("¶") == "Tổng do bản tin tính từ số liệu các hội"
    assert heading.find_next("p").get_text().startswith("Bài viết không nêu các số tổng này")
    partners = [h.get("id") for h in page.select("article h2[id]")]
    assert partners[-4:] == ["hoi-nong-dan-tinh", "hoi-lhpn-tinh", "hoi-ccb-tinh", "chung"]


def test_totals_are_computed_from_the_data_and_an_approximate_part_makes_them_approximate(
    data_copy: Path, tmp_path: Path
):
    edit(data_copy / ARTICLE_YAML, "value: 6063", "value: 6000")
    edit(data_copy / ARTICLE_YAML, "value: 1284", "value: 1300\n        approximate: true")
    site = tmp_path / "site"
    result = mkdocs_build(site, data=data_copy)
    assert result.returncode == 0, result.output
    assert totals(site)["Buổi tuyên truyền"] == ("gần 13.260 buổi", PARTNERS)
    home = " ".join(group.get_text(" ") for group in soup(site / "index.html").select(".bulletin-figures"))
    assert "gần 13.260" in home
    chart = ET.parse(site / "thong-ke/antq-2019-2024/2019-2024-buoi-tuyen-truyen.svg").getroot()
    assert "gần 1.300" in [t.text for t in chart.iter(f"{SVG}text")]


def test_a_figure_as_of_a_month_is_not_added_to_figures_for_the_period(data_copy: Path, tmp_path: Path):
    """The veterans' sessions counted "tính đến tháng 5/2024": the other two are added, theirs is not."""
    edit(data_copy / ARTICLE_YAML, "value: 1284", 'value: 1284\n        as_of: "2024-05"')
    site = tmp_path / "site"
    result = mkdocs_build(site, data=data_copy)
    assert result.returncode == 0, result.output
    assert totals(site)["Buổi tuyên truyền"] == ("12.023 buổi", "Hội Nông dân tỉnh, Hội Liên hiệp Phụ nữ tỉnh")
    page = soup(site / STATS)
    veterans = cells(page, -2)  # the veterans' own table, before "Số liệu chung"
    assert veterans[0][:2] == ["Buổi tuyên truyền", "1.284 buổi (tính đến tháng 5/2024)"]
    # No single figure of the period for the front page: the sessions' headline is left out.
    figures = [li.get_text(" ", strip=True) for li in soup(site / "index.html").select(".bulletin-figures li")]
    assert not any("buổi tuyên truyền" in f for f in figures)


def test_home_shows_headline_figures_of_the_latest_campaign_with_what_they_cover(built_site: Path):
    figures = [li.get_text(" ", strip=True) for li in soup(built_site / "index.html").select(".bulletin-figures li")]
    assert figures == [
        "72 tập thể, cá nhân được khen thưởng",
        "27 tập thể",
        "45 cá nhân",
        "5 quyết định khen thưởng",
        # The period is the heading's (below); a figure as of a month says so itself.
        "13.307 buổi tuyên truyền (tổng do bản tin tính từ số liệu của 3 hội)",
        "830.989 lượt người tham gia tuyên truyền (tổng do bản tin tính từ số liệu của 3 hội)",
        "1.134 mô hình trong phong trào toàn dân bảo vệ ANTQ, tính đến tháng 5/2024",
    ]
    headings = [
        " ".join(h.get_text().replace("\u2060", "").split())
        for h in soup(built_site / "index.html").select(".bulletin-figures h3")
    ]
    assert headings == [
        "Khen thưởng trong phong trào, giai đoạn 2019 – 2024",
        "Kết quả phong trào, giai đoạn 2019 – 2024",
    ]


def test_statistics_index_labels_totals_and_as_of_figures(built_site: Path):
    items = [
        li.get_text("", strip=False).strip() for li in soup(built_site / "thong-ke/index.html").select("article li")
    ]
    assert items == [
        "Giai đoạn 2019 – 2024: "
        + "13.307 buổi tuyên truyền (tổng do bản tin tính từ số liệu của 3 hội); "
        + "830.989 lượt người tham gia tuyên truyền (tổng do bản tin tính từ số liệu của 3 hội); "
        + "1.134 mô hình trong phong trào toàn dân bảo vệ ANTQ, tính đến tháng 5/2024"
    ]


def test_chart_files_are_well_formed_svg_with_title_description_and_vietnamese_numbers(built_site: Path):
    files = sorted((built_site / "thong-ke").rglob("*.svg"))
    # Two metrics reported by several partners: sessions and attendances (legal aid is two metrics now).
    assert len(files) == 2
    for file in files:
        root = ET.parse(file).getroot()
        assert root.tag == f"{SVG}svg"
        title, desc = root.find(f"{SVG}title").text, root.find(f"{SVG}desc").text
        assert title and desc.startswith(title)
        labels = [t.text for t in root.iter(f"{SVG}text")]
        assert "0" in labels
    chart = ET.parse(built_site / "thong-ke/antq-2019-2024/2019-2024-buoi-tuyen-truyen.svg").getroot()
    labels = [t.text for t in chart.iter(f"{SVG}text")]
    assert {"6.063", "5.960", "1.284", "2.000", "4.000"} <= set(labels)
    assert "Hội Nông dân tỉnh: 6.063 buổi" in chart.find(f"{SVG}desc").text
    assert chart.find(f"{SVG}title").text == "Buổi tuyên truyền theo từng hội, giai đoạn 2019 – 2024 (buổi)"


def test_inline_charts_parse_as_xml_and_sit_beside_their_data(built_site: Path):
    html = (built_site / STATS).read_text(encoding="utf-8")
    inline = re.findall(r"<svg .*?</svg>", html, flags=re.S)
    charts = [s for s in inline if 'class="bulletin-chart"' in s]
    assert len(charts) == 2
    for svg in charts:
        root = ET.fromstring(svg)
        assert root.get("role") == "img" and root.find("title").text and root.find("desc").text
    blocks = soup(built_site / STATS).select(".bulletin-chart-block")
    assert all(block.select_one("svg") and block.select_one("table") for block in blocks)


def test_a_metric_over_several_periods_gets_a_series_chart(extra_site: Path):
    page = soup(extra_site / "thong-ke/index.html")
    charts = page.select("svg.bulletin-chart")
    assert len(charts) == 2  # the two headline metrics reported in both periods
    desc = charts[0].find("desc").get_text()
    assert desc == "Buổi tuyên truyền qua các giai đoạn (buổi): 2019 – 2024: 13.307 buổi; 2023: gần 1.500 buổi."
    assert [a.get_text() for a in page.select("article li a")] == ["Giai đoạn 2023", "Giai đoạn 2019 – 2024"]


def test_the_same_partner_and_metric_in_two_periods_builds_and_shows_both(data_copy: Path, tmp_path: Path):
    """Valid data the conservation check once refused: statistics are keyed by period too."""
    edit(
        data_copy / ARTICLE_YAML,
        "statistics:\n",
        'statistics:\n  - partner: hoi-nong-dan-tinh\n    period: "2023"\n    items:\n'
        "      - metric: buoi-tuyen-truyen\n        value: 1200\n",
    )
    site = tmp_path / "site"
    result = mkdocs_build(site, data=data_copy)
    assert result.returncode == 0, result.output
    page = soup(site / "tin-tuc/2024/06/bieu-duong-dien-hinh-antq-2019-2024/index.html")
    # The figure, then its words with the unit once (not "6.063 buổi / Buổi tuyên truyền").
    cards = {li["data-stat"]: li.get_text(" ", strip=True) for li in page.select("ul.bulletin-stats li")}
    assert cards["2023/hoi-nong-dan-tinh/buoi-tuyen-truyen"] == "1.200 buổi tuyên truyền"
    assert cards["2019-2024/hoi-nong-dan-tinh/buoi-tuyen-truyen"] == "6.063 buổi tuyên truyền"
    headings = [h.get_text(strip=True).rstrip("¶") for h in page.select(".bulletin-article-stats h3")][:2]
    assert headings == [
        "Phối hợp với Hội Nông dân tỉnh, giai đoạn 2023",
        "Phối hợp với Hội Nông dân tỉnh, giai đoạn 2019 – 2024",
    ]
    link = page.select_one('li[data-stat^="2023/"] a')["href"]
    assert link == "../../../../thong-ke/antq-2019-2024/2023/#hoi-nong-dan-tinh"
