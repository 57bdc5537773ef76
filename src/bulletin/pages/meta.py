"""Front-matter metadata read by the theme: sharing cards and structured data."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from bulletin import model, urls
from bulletin.model import bylines

# Generated pages read like news, not documentation: no left navigation, no table of contents.
NEWS_LAYOUT = ["navigation", "toc"]


def base(title: str, description: str, kind: str) -> dict[str, Any]:
    return {
        # The editor's text exactly: whatever prints it into HTML escapes it (the theme's partials).
        "title": title,
        "description": description,
        "hide": NEWS_LAYOUT,
        "bulletin": {"kind": kind},
    }


def absolute(bulletin: model.Bulletin, path: str) -> str | None:
    return urls.public(path, bulletin.site.url) if bulletin.site.url else None


def media_url(bulletin: model.Bulletin, image: str) -> str | None:
    # Percent-encoded like the pages' own links to the file (see parts.picture).
    return absolute(bulletin, quote(bulletin.images[image].published))


def article_meta(bulletin: model.Bulletin, article: model.Article, path: str) -> dict[str, Any]:
    meta = base(article.title, article.lead, "article")
    meta["date"] = article.date.isoformat()
    writers = article.writers
    if writers:  # a reprint may name no author: then the page claims none
        meta["author"] = bylines.line(writers)
    # The share image (og:image, a raster 1200 x 630) is added with its file: share.attach_share_images.
    meta["social"] = {"type": "article"}
    jsonld: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title,
        "description": article.lead,
        "datePublished": article.published,
        # The last correction ("Đính chính"), else the publication itself.
        "dateModified": article.modified.isoformat() if article.modified else article.published,
        "inLanguage": "vi",
        "publisher": {"@type": "Organization", "name": bulletin.site.publisher},
    }
    if writers:
        authors = [bylines.person_or_unit(a) for a in writers]
        jsonld["author"] = authors[0] if len(authors) == 1 else authors
    # isBasedOn: "a resource from which this work is derived", which is what a reprint or a
    # retelling is; sourceOrganization would name the authors' employer, not the original.
    if article.reprinted_from:
        jsonld["isBasedOn"] = bylines.based_on(article.reprinted_from)
    if url := absolute(bulletin, path):
        jsonld["mainEntityOfPage"] = url
    meta["jsonld"] = jsonld
    return meta
