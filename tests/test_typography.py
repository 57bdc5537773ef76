"""Where a line must not break (bulletin.vietnamese.typography), and the built pages that carry it."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from bulletin.pages import htmlmin
from bulletin.vietnamese.typography import HELD_DASH, NBSP, WORD_JOINER, hold
from conftest import ARTICLE_URL


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("6.063 buổi tuyên truyền", f"6.063{NBSP}buổi tuyên truyền"),
        ("72 tập thể, cá nhân", f"72{NBSP}tập thể, cá nhân"),
        ("Ngày 26 tháng 6", f"Ngày 26{NBSP}tháng 6"),
        ("giai đoạn 2019 – 2024", f"giai đoạn 2019{HELD_DASH}2024"),
        ("giai đoạn 2019 - 2024", f"giai đoạn 2019{NBSP}-{WORD_JOINER}{NBSP}2024"),
        ("năm 2019–2024", f"năm 2019–{WORD_JOINER}2024"),
        # A line never starts with a dash between words.
        ("Bản tin Thi đua – Khen thưởng", f"Bản tin Thi đua{NBSP}– Khen thưởng"),
        ("Trung Thực — Nguyễn Lân", f"Trung Thực{NBSP}— Nguyễn Lân"),
        # What is not a number and its word is left as written.
        ("số 1234/QĐ-UBND ngày 20/6/2024", "số 1234/QĐ-UBND ngày 20/6/2024"),
        ("Điện thoại 0271 3879 123", "Điện thoại 0271 3879 123"),
        ("gần 6.000", "gần 6.000"),
        ("Công an tỉnh", "Công an tỉnh"),
        ("", ""),
    ],
)
def test_a_number_keeps_its_word_and_a_range_its_ends(text: str, held: str):
    assert hold(text) == held


def test_the_built_page_holds_its_text_and_not_its_markup():
    page = htmlmin.compact(
        '<p title="5 buổi">Có 5 buổi, giai đoạn 2019 – 2024</p><pre>5 buổi</pre><code>2 x</code>'
        '<svg xmlns="http://www.w3.org/2000/svg"><text>3 hội</text></svg>'
    )
    tree = BeautifulSoup(page, "html.parser")
    assert tree.p.get_text() == f"Có 5{NBSP}buổi, giai đoạn 2019{HELD_DASH}2024"
    assert tree.p["title"] == "5 buổi"  # attributes are not text a line breaks in
    assert tree.pre.get_text() == "5 buổi" and tree.code.get_text() == "2 x"  # verbatim
    # The character itself, not "&nbsp;": inline SVG stays XML, and it is a third of the bytes.
    assert "&nbsp;" not in page
    svg = page[page.index("<svg") : page.index("</svg>") + 6]
    assert ET.fromstring(svg).find("{http://www.w3.org/2000/svg}text").text == f"3{NBSP}hội"


def test_a_title_is_left_as_written():
    page = htmlmin.compact(
        "<html><head><title>Giai đoạn 2019 – 2024</title></head><body><h1>Giai đoạn 2019 – 2024</h1></body></html>"
    )
    tree = BeautifulSoup(page, "html.parser")
    assert tree.title.get_text() == "Giai đoạn 2019 – 2024"  # a tab or a search result never wraps
    assert tree.h1.get_text() == f"Giai đoạn 2019{HELD_DASH}2024"


def test_text_typed_as_an_entity_stays_text():
    assert "&amp;nbsp;" in htmlmin.compact("<p>1 &amp;nbsp; 2</p>")


def test_the_seed_article_never_breaks_its_headline_count_or_range(built_site: Path):
    raw = (built_site / ARTICLE_URL).read_text(encoding="utf-8")
    h1 = BeautifulSoup(raw, "html.parser").h1.get_text()
    assert h1.startswith(f"72{NBSP}tập thể") and h1.endswith(f"2019{HELD_DASH}2024")
