"""RSS 2.0 at /feed.xml, built from the data (not from git history).

feedgen writes valid RSS 2.0 (dates in RFC 822, escaping, channel fields), which
is easy to get subtly wrong by hand.
"""

from __future__ import annotations

import datetime as dt
import html

from feedgen.feed import FeedGenerator  # type: ignore[import-untyped]  # feedgen ships no type hints

from bulletin import model, urls
from bulletin.vietnamese import formatting


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
    # RSS's own <author> must be an e-mail address: names go in Dublin Core's dc:creator.
    feed.load_extension("dc", atom=False)
    for article in reversed(bulletin.articles):  # feedgen prepends: add oldest first
        link = urls.public(urls.article(article), site.url)
        entry = feed.add_entry()
        entry.title(article.title)
        entry.link(href=link)
        entry.guid(link, permalink=True)
        # RSS readers take a description as entity-encoded HTML: the lead is text, so it is
        # HTML-escaped before feedgen's XML escaping, and '<img onerror=…>' stays words.
        lead = article.lead
        if article.modified:  # RSS 2.0 has no "updated": readers see the correction's date
            lead = f"{lead} (Đính chính ngày {formatting.date_short(article.modified)})"
        entry.description(html.escape(lead, quote=False))
        # The publication time in its zone; midnight when the article gives only a day.
        published = article.moment
        entry.pubDate(published)
        if article.modified:  # Atom's <updated>, which feedgen writes when an Atom feed is asked for
            entry.updated(dt.datetime.combine(article.modified, dt.time(), published.tzinfo))
        for author in article.writers:
            entry.dc.dc_creator(author.name)
    written: bytes = feed.rss_str(pretty=True)
    return written
