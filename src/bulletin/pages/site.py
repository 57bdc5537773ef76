"""Every page and file the bulletin adds to a site, computed once per build."""

from __future__ import annotations

from pathlib import Path

from bulletin import feed, model, statistics, urls
from bulletin.pages.article import article_page
from bulletin.pages.decision import decision_page
from bulletin.pages.entities import campaign_index, campaign_page, organisation_index, organisation_page
from bulletin.pages.home import home_page
from bulletin.pages.listing import archive_pages, honours_pages, news_pages
from bulletin.pages.lookup import lookup_page
from bulletin.pages.page import Asset, SiteContent
from bulletin.pages.rolls import open_data, profile_page, roll_pages, rolls
from bulletin.pages.stats import statistics_pages


def build_site(bulletin: model.Bulletin, data_dir: Path) -> SiteContent:
    content = SiteContent()
    pages = content.pages
    periods = statistics.gather(bulletin)
    pages.append(home_page(bulletin, data_dir, periods))
    pages += news_pages(bulletin, data_dir)
    pages += archive_pages(bulletin, data_dir)
    pages += [article_page(bulletin, a, data_dir) for a in bulletin.articles]
    all_rolls = rolls(bulletin)
    pages += honours_pages(bulletin, all_rolls)
    for roll in all_rolls:
        pages += roll_pages(bulletin, roll)
    pages += [profile_page(bulletin, ident, awards) for ident, awards in bulletin.profiles.items()]
    pages.append(lookup_page(bulletin))
    pages += [decision_page(bulletin, x) for x in bulletin.decisions_newest_first]
    pages.append(campaign_index(bulletin))
    pages += [campaign_page(bulletin, c) for c in bulletin.campaigns.values()]
    pages.append(organisation_index(bulletin))
    organisations_source = bulletin.sources.get("organisations.yaml")
    pages += [organisation_page(bulletin, o, organisations_source) for o in bulletin.organisations]
    stats_pages, charts = statistics_pages(bulletin, periods)
    pages += stats_pages
    content.assets += charts
    used = sorted({f.image for a in bulletin.articles for f in a.doc.figures})
    content.assets += [Asset(urls.media(image), source=data_dir / image) for image in used]
    content.assets += open_data(bulletin, all_rolls)
    if (rss := feed.rss(bulletin)) is not None:
        content.assets.append(Asset(urls.FEED, content=rss))
    return content
