"""Articles as journalism: several authors and their unit, the source of a reprint, photo
credits and a publication time, read exactly where the built site shows them (the page, the
feed, the structured data), and the messages for what an editor may get wrong."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from bulletin.data import documents as d
from bulletin.model import bylines
from conftest import ARTICLE_URL, ARTICLE_YAML, DATA, built, bulletin, edit, line_of, mkdocs_build, soup

SOURCE_URL = "https://baonghean.vn/bo-cong-an-tang-ky-niem-chuong-273344.html?from=rss&amp=1"
JOURNALISM = f"""\
date: 2024-06-26
time: "08:30"
authors:
  - name: Trung Thực
    unit: Công an tỉnh
  - name: Nguyễn Lân
    unit: Công an tỉnh
  - name: Phòng CTĐ và CTCT
    kind: organisation
source:
  name: Báo Nghệ An
  url: "{SOURCE_URL}"
photo_credit: "Ảnh: Ngọc Minh"
"""
DC = "{http://purl.org/dc/elements/1.1/}creator"


def journalism_data(target: Path) -> Path:
    shutil.copytree(DATA, target)
    article = target / ARTICLE_YAML
    edit(article, "date: 2024-06-26\n", JOURNALISM)
    edit(article, "byline: Phòng CTĐ và CTCT\n", "")
    # One photo credited by itself; the others take the article's credit.
    edit(
        article,
        "    alt: Ảnh minh họa thay cho ảnh gốc; các đại biểu ngồi trong hội trường.\n",
        "    alt: Ảnh minh họa thay cho ảnh gốc; các đại biểu ngồi trong hội trường.\n    credit: Quang Huy\n",
    )
    return target


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = journalism_data(tmp_path_factory.mktemp("journalism") / "data")
    return built(tmp_path_factory.mktemp("journalism-site"), data)


def test_the_page_prints_authors_source_credits_and_time_where_news_does(site: Path):
    page = soup(site / ARTICLE_URL)
    assert str(page.select_one(".bulletin-dateline")) == (
        '<p class="bulletin-dateline"><time datetime="2024-06-26T08:30:00+07:00">Thứ Tư, 26/6/2024, 08:30</time></p>'
    )
    byline = page.select(".bulletin-byline")
    assert len(byline) == 1
    # The unit once for the two people of the same unit; the source after the authors, linked.
    assert (
        byline[0].select_one(".bulletin-authors").get_text()
        == "Trung Thực – Nguyễn Lân (Công an tỉnh), Phòng CTĐ và CTCT"
    )
    source = byline[0].select_one(".bulletin-source")
    assert source.get_text() == "Theo Báo Nghệ An"
    assert source.a["href"] == SOURCE_URL
    # Credits under each photo, on a line of their own: the caption keeps its own words.
    figures = page.select("figure.bulletin-figure figcaption")
    assert [f.select_one(".bulletin-credit").get_text() for f in figures] == [
        "Ảnh: Ngọc Minh",
        "Ảnh: Quang Huy",
        "Ảnh: Ngọc Minh",
    ]
    assert figures[1].contents[0] == "Các đại biểu dự hội nghị. "
    assert (
        page.find("meta", attrs={"name": "author"})["content"]
        == "Trung Thực – Nguyễn Lân (Công an tỉnh), Phòng CTĐ và CTCT"
    )


def test_the_structured_data_names_people_units_the_source_and_the_time(site: Path):
    page = soup(site / ARTICLE_URL)
    data = json.loads(page.select_one('script[type="application/ld+json"]').string)
    assert data["datePublished"] == "2024-06-26T08:30:00+07:00"
    assert data["author"] == [
        {"@type": "Person", "name": "Trung Thực", "affiliation": {"@type": "Organization", "name": "Công an tỉnh"}},
        {"@type": "Person", "name": "Nguyễn Lân", "affiliation": {"@type": "Organization", "name": "Công an tỉnh"}},
        {"@type": "Organization", "name": "Phòng CTĐ và CTCT"},
    ]
    assert data["isBasedOn"] == {
        "@type": "CreativeWork",
        "publisher": {"@type": "Organization", "name": "Báo Nghệ An"},
        "url": SOURCE_URL,
    }


def test_the_feed_gives_each_author_and_the_time_with_its_offset(site: Path):
    item = ET.parse(site / "feed.xml").getroot().find("channel/item")
    assert item.findtext("pubDate") == "Wed, 26 Jun 2024 08:30:00 +0700"
    assert [c.text for c in item.findall(DC)] == ["Trung Thực", "Nguyễn Lân", "Phòng CTĐ và CTCT"]
    assert item.find("author") is None  # RSS's <author> is an e-mail address: none is made up


def test_a_reprint_without_author_claims_none(tmp_path: Path):
    data = journalism_data(tmp_path / "data")
    article = data / ARTICLE_YAML
    text = article.read_text(encoding="utf-8")
    start, end = text.index("authors:\n"), text.index("source:\n")
    article.write_text(text[:start] + text[end:], encoding="utf-8")
    out = tmp_path / "site"
    assert mkdocs_build(out, data=data).returncode == 0
    page = soup(out / ARTICLE_URL)
    assert page.select_one(".bulletin-byline").get_text() == "Theo Báo Nghệ An"
    assert page.find("meta", attrs={"name": "author"}) is None
    assert "author" not in json.loads(page.select_one('script[type="application/ld+json"]').string)
    assert ET.parse(out / "feed.xml").getroot().find("channel/item").findall(DC) == []


def test_byline_is_one_unit_and_an_article_without_time_keeps_its_day():
    article = d.Article(id="a", title="T", date=dt.date(2024, 6, 26), lead="L", body="B", byline="Phòng CTĐ và CTCT")
    assert article.writers == [d.Author(name="Phòng CTĐ và CTCT", kind="organisation")]
    assert bylines.published(article) == "2024-06-26"
    assert bylines.moment(article).isoformat() == "2024-06-26T00:00:00+07:00"
    assert bylines.dateline(article) == bylines.Dateline("2024-06-26", "Thứ Tư, 26/6/2024")
    tokyo = article.model_copy(update={"time": dt.time(9, 5), "timezone": "Asia/Tokyo"})
    assert bylines.dateline(tokyo) == bylines.Dateline("2024-06-26T09:05:00+09:00", "Thứ Tư, 26/6/2024, 09:05 (GMT+9)")


def test_units_in_brackets_once_per_run_of_the_same_unit():
    people = [
        d.Author(name="A", unit="Công an tỉnh"),
        d.Author(name="B", unit="Công an tỉnh"),
        d.Author(name="C", unit="Báo X"),
        d.Author(name="D"),
        d.Author(name="E"),
    ]
    assert bylines.line(people) == "A – B (Công an tỉnh), C (Báo X), D – E"


def _validate(data: Path) -> list[str]:
    result = bulletin("validate", "data", cwd=data.parent)
    assert "Traceback" not in result.output
    return [line for line in result.stderr.splitlines() if not line.startswith("Dữ liệu")]


CASES = {
    "a source address that is not http(s)": (
        f'  url: "{SOURCE_URL}"',
        '  url: "javascript:alert(1)"',
        "url:",
        8,
        "lỗi: trường 'url': địa chỉ phải bắt đầu bằng https:// hoặc http://; "
        "ví dụ: https://baonghean.vn/ten-bai-viet.html",
    ),
    "a source address hiding its host": (
        f'  url: "{SOURCE_URL}"',
        '  url: "https://baonghean.vn@evil.example/"',
        "url:",
        8,
        "lỗi: trường 'url': địa chỉ không được chứa tên người dùng hay mật khẩu (phần có '@'); "
        "ví dụ: https://baonghean.vn/ten-bai-viet.html",
    ),
    "an unknown author kind": (
        "    kind: organisation\n",
        "    kind: unit\n",
        "kind: unit",
        11,
        "lỗi: trường 'kind' chỉ nhận person hoặc organisation; đang là 'unit'",
    ),
    "a unit for a unit": (
        "    kind: organisation\n",
        "    kind: organisation\n    unit: Công an tỉnh X\n",
        "unit: Công an tỉnh X",
        11,
        "lỗi: trường 'unit': chỉ người viết (kind: person) mới có đơn vị; tác giả là đơn vị thì ghi tên đơn vị ở name",
    ),
    "a time that is no time": (
        'time: "08:30"',
        'time: "24:10"',
        "time:",
        7,
        "lỗi: trường 'time': giờ đăng viết dạng giờ:phút theo đồng hồ 24 giờ, trong ngoặc kép, ví dụ \"08:30\"",
    ),
    "an unknown time zone": (
        'time: "08:30"',
        'time: "08:30"\ntimezone: Asia/Hanoi',
        "timezone:",
        11,
        "lỗi: trường 'timezone': không có múi giờ 'Asia/Hanoi'; viết tên múi giờ IANA, "
        "ví dụ Asia/Ho_Chi_Minh (giờ Việt Nam, +07:00)",
    ),
    "a byline and authors": (
        "campaign: antq-2019-2024\n",
        "campaign: antq-2019-2024\nbyline: Phòng CTĐ và CTCT\n",
        "  - name: Trung Thực",
        3,
        "lỗi: trường 'authors': bài đã có byline; ghi tác giả ở một chỗ: bỏ dòng byline và thêm tác giả đó vào authors",
    ),
    "a phone number in an author's name": (
        "  - name: Nguyễn Lân\n",
        "  - name: Nguyễn Lân 0912 345 678\n",
        "Nguyễn Lân 0912",
        22,
        "lỗi: 'name' có số điện thoại; không công bố thông tin cá nhân (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15), "
        "hãy xóa phần này",
    ),
    "a phone number in a photo credit": (
        "    credit: Quang Huy\n",
        '    credit: "Ảnh: Quang Huy 0912 345 678"\n',
        "Quang Huy 0912",
        29,
        "lỗi: 'credit' có số điện thoại; không công bố thông tin cá nhân (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15), "
        "hãy xóa phần này",
    ),
}


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_what_an_editor_may_get_wrong_is_said_exactly(case: str, tmp_path: Path):
    old, new, needle, column, message = CASES[case]
    data = journalism_data(tmp_path / "data")
    article = data / ARTICLE_YAML
    edit(article, old, new)
    line = line_of(article, needle)
    assert _validate(data) == [f"{article.relative_to(tmp_path)}:{line}:{column}: {message}"]


def test_the_sample_data_with_its_new_fields_is_valid(tmp_path: Path):
    assert _validate(journalism_data(tmp_path / "data")) == []


def test_bulletin_new_article_writes_authors_source_and_time(tmp_path: Path):
    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    result = bulletin(
        "new",
        "article",
        "--data",
        str(data),
        "--no-input",
        "--title",
        "Tin thử",
        "--date",
        "2024-07-01",
        "--author",
        "Trung Thực",
        "--author",
        "Nguyễn Lân",
        "--source-name",
        "Báo Nghệ An",
        "--source-url",
        "https://baonghean.vn/tin-thu.html",
        "--time",
        "8:05",
    )
    assert result.returncode == 0, result.output
    text = (data / "articles/2024/tin-thu.yaml").read_text(encoding="utf-8")
    assert (
        'campaign: antq-2019-2024\ntime: "8:05"\nauthors:\n  - name: "Trung Thực"\n  - name: "Nguyễn Lân"\n'
        "    # unit: Công an tỉnh  # đơn vị của người viết, nếu bài ghi\n"
        'source:\n  name: "Báo Nghệ An"\n  url: "https://baonghean.vn/tin-thu.html"\nlead: >-\n'
    ) in text
    assert _validate(data) == []


@pytest.mark.parametrize(
    "flags,message",
    [
        (["--time", "8h30"], '--time: giờ đăng viết dạng giờ:phút theo đồng hồ 24 giờ, trong ngoặc kép, ví dụ "08:30"'),
        (
            ["--source-name", "Báo X", "--source-url", "ftp://bao.example/"],
            "--source-url: địa chỉ phải bắt đầu bằng https:// hoặc http://; ví dụ: https://baonghean.vn/ten-bai-viet.html",
        ),
        (
            ["--source-url", "https://bao.example/"],
            "--source-name: địa chỉ bài gốc cần tên báo nguồn: thêm --source-name",
        ),
        (
            ["--author", "Trung Thực", "--byline", "Phòng CTĐ và CTCT"],
            "--byline: ghi tác giả bằng --author (người viết) hoặc --byline (đơn vị), không cả hai",
        ),
    ],
)
def test_bulletin_new_article_refuses_what_validation_would(flags: list[str], message: str, tmp_path: Path):
    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    result = bulletin(
        "new", "article", "--data", str(data), "--no-input", "--title", "Tin thử", "--date", "2024-07-01", *flags
    )
    assert result.returncode == 2
    assert result.stderr.splitlines() == [f"bulletin new article: {message}", "bulletin new article: chưa tạo tệp nào."]
