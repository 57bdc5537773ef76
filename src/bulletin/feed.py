"""RSS 2.0 at /feed.xml, built from the data (not from git history).

feedgen writes valid RSS 2.0 (dates in RFC 822, escaping, channel fields), which
is easy to get subtly wrong by hand.
"""

from __future__ import annotations

import datetime as dt
import html

from feedgen.feed import FeedGenerator  # type: ignore[import-untyped]  # feedgen ships no type hints

from bulletin import model, urls

# Vietnam has one time zone and no daylight saving.
VIETNAM = dt.timezone(dt.timedelta(hours=7))


def rss(bulletin: model.Bulletin) -> bytes | None:
    """The feed, or None when the bulletin has no public address (RSS links must be absolute)."""
    site = bulletin.site
    if not site.url:
        return None
    feed = FeedGenerator()
    feed.title(site.title)
    feed.link(href=site.url, rel="alternate")
    feed.description(site.tagline or site.title)
    feed.language("vi")
    feed.generator("bulletin")
    for article in reversed(bulletin.articles):  # feedgen prepends: add oldest first
        link = urls.public(urls.article(article), site.url)
        entry = feed.add_entry()
        entry.title(article.title)
        entry.link(href=link)
        entry.guid(link, permalink=True)
        # RSS readers take a description as entity-encoded HTML: the lead is text, so it is
        # HTML-escaped before feedgen's XML escaping, and '<img onerror=…>' stays words.
        entry.description(html.escape(article.lead, quote=False))
        # Articles carry a day, not a time: midnight in Vietnam.
        entry.pubDate(dt.datetime.combine(article.date, dt.time(0, 0), VIETNAM))
    return feed.rss_str(pretty=True)
