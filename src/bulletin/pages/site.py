"""Every page and file the bulletin adds to a site, computed once per build."""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bulletin import model, urls
from bulletin.data import kinds
from bulletin.model import statistics
from bulletin.model.dimensions import CAMPAIGN, FORM, ISSUER
from bulletin.outputs import feed, images, opendata
from bulletin.outputs.downloads import downloads
from bulletin.pages import inputs
from bulletin.pages.article import article_page
from bulletin.pages.decision import decision_page
from bulletin.pages.entities import campaign_index, campaign_pages, organisation_index, organisation_pages
from bulletin.pages.home import home_page
from bulletin.pages.listing import archive_pages, honours_pages, news_pages
from bulletin.pages.lookup import lookup_page
from bulletin.pages.page import Asset, Page, SiteContent
from bulletin.pages.redirects import redirects
from bulletin.pages.rolls import Roll, profile_page, roll_pages, rolls
from bulletin.pages.search import search_page
from bulletin.pages.share import attach_share_images
from bulletin.pages.statistics import statistics_pages


def build_site(bulletin: model.Bulletin, data_dir: Path) -> SiteContent:
    content = SiteContent(records=lambda: opendata.records(bulletin.awards))
    pages = content.pages
    periods = statistics.gather(bulletin)
    pages.append(home_page(bulletin, periods))
    pages += news_pages(bulletin)
    pages += archive_pages(bulletin)
    pages += [article_page(bulletin, a) for a in bulletin.articles]
    all_rolls = rolls(bulletin)
    pages += honours_pages(bulletin, all_rolls)
    for roll in all_rolls:
        pages += roll_pages(bulletin, roll)
    pages += [profile_page(bulletin, ident, awards) for ident, awards in bulletin.profiles.items()]
    pages.append(lookup_page(bulletin))
    pages.append(search_page(bulletin))
    pages += [decision_page(bulletin, x) for x in bulletin.decisions_newest_first]
    pages.append(campaign_index(bulletin))
    pages += [p for c in bulletin.campaigns.values() for p in campaign_pages(bulletin, c)]
    pages.append(organisation_index(bulletin))
    organisations_source = bulletin.sources.get(kinds.ORGANISATIONS.place)
    pages += [p for o in bulletin.organisations for p in organisation_pages(bulletin, o, organisations_source)]
    stats_pages, charts = statistics_pages(bulletin, periods)
    pages += stats_pages
    content.assets += charts
    content.pages = _with_sources(pages, bulletin, periods)
    # og:image of every article and section: a raster 1200 x 630 (photo or title card), made when read.
    content.assets += attach_share_images(bulletin, content.pages, data_dir)
    used = sorted({f.image for a in bulletin.articles for f in a.figures})
    for image in used:  # re-encoded: no EXIF or GPS data, narrower variants for phones
        content.assets += [Asset(path, content=data) for path, data in images.publish(bulletin.images[image], data_dir)]
    content.assets += open_data(bulletin, all_rolls, lambda: content.records)
    content.assets += redirects(bulletin, all_rolls)  # the addresses of pages issue 14 dropped
    if (rss := feed.rss(bulletin)) is not None:
        content.assets.append(Asset(urls.FEED, content=rss))
    return content


def open_data(
    bulletin: model.Bulletin, all_rolls: list[Roll], records: Callable[[], list[dict[str, Any]]]
) -> list[Asset]:
    """The open-data files (bulletin.outputs.downloads), each pair made from its awards' data files."""
    assets = []
    for download in downloads(bulletin, all_rolls, records):
        listed = download.listed  # None: every award, or every decision (made from every file)
        made_from = None if listed is None else functools.cache(functools.partial(inputs.awards, bulletin, listed))
        assets.append(Asset(urls.download(download.name, "csv"), content=download.csv, inputs=made_from))
        assets.append(Asset(urls.download(download.name, "json"), content=download.json, inputs=made_from))
    return assets


def _with_sources(pages: list[Page], bulletin: model.Bulletin, periods: list[statistics.PeriodStats]) -> list[Page]:
    """Every page gets the data file it comes from, so "Edit this page" opens it.

    Lists made from many files point at the file that defines them: the issuers' and
    forms' lists, a campaign, the newest article of a statistics period, else bulletin.yaml.
    """
    defaults = {
        f"{urls.ROLLS}/{ISSUER.slug}/": bulletin.sources.get(kinds.ORGANISATIONS.place),
        f"{urls.ROLLS}/{FORM.slug}/": bulletin.sources.get(kinds.FORMS.place),
    }
    defaults |= {f"{urls.ROLLS}/{CAMPAIGN.slug}/{c.id}/": c.source for c in bulletin.campaigns.values()}
    defaults |= {urls.statistics(s.campaign, s.period): s.articles[-1].source for s in periods if s.articles}
    site = bulletin.sources.get(kinds.SITE.place)
    result = []
    for page in pages:
        if page.source is None:
            found = next((source for prefix, source in defaults.items() if page.path.startswith(prefix)), site)
            page = page.with_source(found)
        result.append(page)
    return result
