"""Tìm kiếm: the site search's own page, tim-kiem/?q=..., where the masthead's search box leads.

The page is plain HTML (templates/search.html); assets/bulletin-search.js reads `q` from the
address and lists what Pagefind's index of the site (bulletin.outputs.search_index) finds. Its kind,
"search", keeps the page itself out of that index (bulletin/theme/main.html).
"""

from __future__ import annotations

from bulletin import model, urls
from bulletin.pages import meta
from bulletin.pages.page import Page
from bulletin.pages.render import render_page

KIND = "search"


def search_page(bulletin: model.Bulletin) -> Page:
    title = "Tìm kiếm"
    description = "Tìm bài viết và thông tin trên bản tin"
    # Made from no article or decision: a preview renders it again only when the bulletin's
    # own files change (pages/inputs.py).
    page = Page(urls.index(urls.SEARCH), meta.base(title, description, KIND), "", None, frozenset)
    return render_page(
        page,
        bulletin,
        "search.html",
        title=title,
        index=page.href(f"{urls.SEARCH_INDEX}/"),
        lookup=page.href(urls.index(urls.LOOKUP)),
        news=page.href(urls.index(urls.NEWS)),
    )
