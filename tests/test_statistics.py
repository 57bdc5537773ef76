"""Campaign statistics: computed totals, approximate values, charts as well-formed SVG."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from conftest import ARTICLE_YAML, edit, mkdocs_build, soup

STATS = "thong-ke/antq-2019-2024/2019-2024/index.html"
SVG = "{http://www.w3.org/2000/svg}"


def cells(page, table_index: int) -> list[list[str]]:
    table = page.select("article table")[table_index]
    return [[td.get_text(" ", strip=True) for td in row.find_all("td")] for row in table.select("tbody tr")]


def totals(site: Path) -> dict[str, str]:
    page = soup(site / STATS)
    table = page.find(id="tong-cong").find_next("table")
    return {row[0]: row[1] for row in ([td.get_text(strip=True) for td in tr.find_all("td")] for tr in table.select("tbody tr"))}


def test_statistics_page_has_every_seed_figure_and_the_computed_totals(built_site: Path):
    page = soup(built_site / STATS)
    text = page.select_one("article").get_text(" ")
    for figure in ["6.063", "308.817", "800", "28.390", "668", "590", "12.920", "183", "1.396", "490", "625",
                   "5.960", "432.829", "102", "gần 6.000", "877", "13.460", "52", "343", "2.710", "476",
                   "1.284", "89.343", "244", "276", "1.134"]:
        assert re.search(rf"(?<![\d.]){re.escape(figure)} ", text), figure
    assert "tính đến tháng 5/2024" in text
    found = totals(built_site)
    assert found["Buổi tuyên truyền"] == "13.307 buổi"
    assert found["Lượt người tham gia tuyên truyền"] == "830.989 lượt"
    # 28.390 + gần 6.000: a total with an approximate part is approximate.
    assert found["Lượt người được trợ giúp pháp lý"] == "gần 34.390 lượt"
    partners = [h.get("id") for h in page.select("article h2[id]")]
    assert partners[-4:] == ["hoi-nong-dan-tinh", "hoi-lhpn-tinh", "hoi-ccb-tinh", "chung"]


def test_totals_are_computed_from_the_data(data_copy: Path, tmp_path: Path):
    edit(data_copy / ARTICLE_YAML, "value: 6063", "value: 6000")
    site = tmp_path / "site"
    result = mkdocs_build(site, data=data_copy)
    assert result.returncode == 0, result.output
    assert totals(site)["Buổi tuyên truyền"] == "13.244 buổi"
    home = soup(site / "index.html").select_one(".bulletin-figures").get_text(" ")
    assert "13.244" in home


def test_home_shows_headline_figures_of_the_latest_campaign(built_site: Path):
    figures = [li.get_text(" ", strip=True) for li in soup(built_site / "index.html").select(".bulletin-figures li")]
    assert figures == [
        "72 tập thể, cá nhân được khen thưởng",
        "27 tập thể",
        "45 cá nhân",
        "5 quyết định khen thưởng",
        "13.307 buổi tuyên truyền (2019 – 2024)",
        "830.989 lượt người tham gia tuyên truyền (2019 – 2024)",
        "1.134 mô hình trong phong trào toàn dân bảo vệ ANTQ (2019 – 2024)",
    ]


def test_chart_files_are_well_formed_svg_with_title_description_and_vietnamese_numbers(built_site: Path):
    files = sorted((built_site / "thong-ke").rglob("*.svg"))
    assert len(files) == 4
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
    legal = ET.parse(built_site / "thong-ke/antq-2019-2024/2019-2024-luot-tro-giup-phap-ly.svg").getroot()
    assert "gần 6.000" in [t.text for t in legal.iter(f"{SVG}text")]


def test_inline_charts_parse_as_xml_and_sit_beside_their_data(built_site: Path):
    html = (built_site / STATS).read_text(encoding="utf-8")
    inline = re.findall(r"<svg .*?</svg>", html, flags=re.S)
    charts = [s for s in inline if 'class="bulletin-chart"' in s]
    assert len(charts) == 4
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
    cards = {li["data-stat"]: li.strong.get_text() for li in page.select("ul.bulletin-stats li")}
    assert cards["2023/hoi-nong-dan-tinh/buoi-tuyen-truyen"] == "1.200 buổi"
    assert cards["2019-2024/hoi-nong-dan-tinh/buoi-tuyen-truyen"] == "6.063 buổi"
    headings = [h.get_text(strip=True).rstrip("¶") for h in page.select("article h3")][:2]
    assert headings == ["Phối hợp với Hội Nông dân tỉnh, giai đoạn 2023", "Phối hợp với Hội Nông dân tỉnh, giai đoạn 2019 – 2024"]
    link = page.select_one('li[data-stat^="2023/"] a')["href"]
    assert link == "../../../../thong-ke/antq-2019-2024/2023/#hoi-nong-dan-tinh"
