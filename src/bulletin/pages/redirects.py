"""Redirect pages: every address the site made before issue 14 keeps leading somewhere.

Issue 14 dropped three kinds of pages (README, "What changed for readers"): the profile of a
recipient honoured once (their line on the decision page says it all), an honour roll's pages
beyond what 500 names a page need (200 before), and the page of each month of news (its
articles are under the month's heading on the year's page). Each dropped address gets a small
HTML file instead: plain markup written as an asset, never through the theme (no navigation, not
in the sitemap or the search index), with a meta refresh, rel=canonical and a link, all relative
so that the site works under any base path, and nothing to run.

Which of these addresses were ever published we cannot know, so every one that the previous
scheme would make from today's data gets a redirect: a few hundred bytes each, no template.
"""

from __future__ import annotations

import html

from bulletin import model, urls
from bulletin.pages import parts
from bulletin.pages.page import Asset, Page
from bulletin.pages.rolls import OLD_ROLL_PAGE_SIZE, ROLL_PAGE_SIZE, Roll

# What tells a redirect page from a page (tests, tools that list a site's pages).
MARK = '<meta http-equiv="refresh"'

_PAGE = """<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'">
<title>Trang đã chuyển địa chỉ</title>
<link rel="canonical" href="{href}">
<meta http-equiv="refresh" content="0; url={href}">
</head>
<body>
<p>Trang này đã chuyển sang địa chỉ mới: <a href="{href}">đến địa chỉ mới</a>.</p>
</body>
</html>
"""


def redirect(path: str, target: str) -> Asset:
    """A redirect at the address of the docs path `path` (ho-so/x.md is served at ho-so/x/, so
    the file is ho-so/x/index.html) to the docs path `target`, with an optional "#anchor"."""
    href = html.escape(Page(path, {}, "").href(target), quote=True)
    return Asset(urls.site_path(path) + "index.html", content=_PAGE.format(href=href).encode("utf-8"))


# Pages the site no longer publishes, and where their addresses lead: the editors' guide is read
# in the repository since issue 15 (readers met YAML and pull requests there).
RETIRED = {"huong-dan-bien-tap.md": urls.HOME}


def redirects(bulletin: model.Bulletin, all_rolls: list[Roll]) -> list[Asset]:
    retired = [redirect(path, target) for path, target in RETIRED.items()]
    return [*profile_redirects(bulletin), *roll_redirects(all_rolls), *month_redirects(bulletin), *retired]


def profile_redirects(bulletin: model.Bulletin) -> list[Asset]:
    """Every recipient with an id had a profile page; one honoured once now has their decision's line."""
    return [
        redirect(urls.profile(ident), f"{urls.decision(award.decision, award.day)}#{award.anchor}")
        for ident, award in bulletin.honoured_once.items()
    ]


def roll_redirects(all_rolls: list[Roll]) -> list[Asset]:
    """Pages of OLD_ROLL_PAGE_SIZE (or ROLL_PAGE_SIZE) names beyond the roll's last page now: to
    the page that holds the old page's first name (a page number that still exists keeps its
    address); a roll that now lists decisions has one page, which every old page leads to."""
    found = []
    for roll in all_rolls:
        before = parts.page_count(roll.count, OLD_ROLL_PAGE_SIZE)
        for number in range(roll.page_total + 1, before + 1):
            holding = (number - 1) * OLD_ROLL_PAGE_SIZE // ROLL_PAGE_SIZE + 1 if roll.lists_names else 1
            found.append(
                redirect(urls.roll(roll.dimension, roll.key, number), urls.roll(roll.dimension, roll.key, holding))
            )
    return found


def month_redirects(bulletin: model.Bulletin) -> list[Asset]:
    """tin-tuc/2024/06/ to the heading "Tháng 6/2024" of tin-tuc/2024/."""
    months = dict.fromkeys(a.date.replace(day=1) for a in bulletin.articles)
    return [redirect(urls.month_folder(day), urls.month(day)) for day in months]
