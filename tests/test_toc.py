"""Generated pages keep the theme's contents: the skip link and the phone menu's contents,
read from the headings the templates wrote (Markdown's toc never sees a raw HTML block)."""

from __future__ import annotations

from pathlib import Path

from bulletin.pages.toc import toc_tokens
from conftest import ARTICLE_URL, soup


def test_tokens_nest_by_level_skip_permalinks_and_headings_without_id():
    page = (
        '<div class="bulletin-page"><h1 id="a">Tiêu đề &lt;script&gt;'
        '<a class="headerlink" href="#a" title="Liên kết đến mục này">¶</a></h1>'
        '<h2 id="b"><a href="x/">Phong trào</a> &amp; số liệu<a class="headerlink" href="#b">¶</a></h2>'
        '<h3 class="bulletin-card__title"><a href="y/">Thẻ tin, không id</a></h3>'
        '<h3 id="c">Một\n  mục</h3><h2 id="d">Hai</h2></div>'
    )
    assert toc_tokens(page) == [
        {
            "level": 1,
            "id": "a",
            "name": "Tiêu đề &lt;script&gt;",
            "children": [
                {
                    "level": 2,
                    "id": "b",
                    "name": "Phong trào &amp; số liệu",
                    "children": [
                        {"level": 3, "id": "c", "name": "Một mục", "children": []},
                    ],
                },
                {"level": 2, "id": "d", "name": "Hai", "children": []},
            ],
        }
    ]


def test_generated_pages_have_the_skip_link_and_their_contents(built_site: Path):
    article = soup(built_site / ARTICLE_URL)
    h1 = article.select_one("article h1")
    assert article.select_one("a.md-skip")["href"] == f"#{h1['id']}"
    decision = soup(built_site / "khen-thuong/2024/ubnd-tinh-bang-khen-antq-2024/index.html")
    assert decision.select_one("a.md-skip")["href"] == "#bang-khen-cua-chu-tich-uy-ban-nhan-dan-tinh"
    # A news page has no table of contents beside it (Material's sidebars are gone): the skip
    # link is what the contents are read for.
    home = soup(built_site / "index.html")
    assert home.select(".md-sidebar, .md-nav") == []
    assert home.select_one("a.md-skip")["href"] == f"#{home.select_one('article h1')['id']}"
