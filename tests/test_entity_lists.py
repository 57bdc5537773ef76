"""An organisation's or a campaign's page shows the newest lines of each long list and links to
all of it, on pages of their own (pages/entities.py): every line once, in the page's order."""

from __future__ import annotations

import re
from html import unescape

import pytest

from bulletin import pipeline
from bulletin.model.load import load
from bulletin.pages import build_site
from bulletin.pages.entities import LIST_PAGE, SHOWN
from synthetic import write_archive

_LINK = re.compile(r'<li>[^<]*<a href="([^"]+)">')


@pytest.fixture(scope="module")
def content(tmp_path_factory: pytest.TempPathFactory):
    data = tmp_path_factory.mktemp("lists") / "data"
    write_archive(data, 90, 3)
    bulletin = load(data, data.parent).require()
    return bulletin, build_site(bulletin, data)


def _page(content, path: str):
    return next(p for p in content.pages if p.path == path)


def test_a_long_list_shows_its_newest_lines_and_links_to_all_of_it(content):
    bulletin, site = content
    articles = bulletin.by_organisation["cong-an-tinh"].articles
    assert len(articles) > LIST_PAGE > SHOWN
    page = _page(site, "don-vi/cong-an-tinh.md")
    section = page.body.split('id="bai-viet"', 1)[1].split("<h2", 1)[0]
    assert len(_LINK.findall(section)) == SHOWN
    assert f'<a href="bai-viet/">Xem tất cả {len(articles)} bài viết</a>' in unescape(section)

    listed: list[str] = []
    number, path = 1, "don-vi/cong-an-tinh/bai-viet/index.md"
    while path:
        part = _page(site, path)
        assert part.meta["title"] == "Công an tỉnh: bài viết" + (f" – trang {number}" if number > 1 else "")
        listed += [re.sub(r"^(\.\./)+", "", h) for h in _LINK.findall(part.body)]
        older = re.search(r'<a href="([^"]+)" rel="next">', part.body)
        path = f"don-vi/cong-an-tinh/bai-viet/trang-{number + 1}.md" if older else ""
        number += 1
    expected = [f"tin-tuc/{a.date.year}/{a.date.month:02d}/{a.id}/" for a in articles]
    assert listed == expected


def test_a_short_list_has_no_pages_of_its_own(content):
    bulletin, site = content
    short = [o for o, i in bulletin.by_organisation.items() if 0 < len(i.articles) <= SHOWN]
    assert short
    paths = {p.path for p in site.pages}
    for org in short:
        assert f"don-vi/{org}/bai-viet/index.md" not in paths
        assert "Xem tất cả" not in _page(site, f"don-vi/{org}.md").body.split('id="bai-viet"', 1)[1].split("<h2", 1)[0]


def test_every_link_of_the_list_pages_leads_to_a_page(content):
    _, site = content
    assert not pipeline.check_page_links(site).errors
