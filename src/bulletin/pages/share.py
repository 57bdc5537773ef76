"""Which pages have a share image (og:image), named in their front matter; the images
themselves are made by outputs.share_images."""

from __future__ import annotations

from pathlib import Path

from bulletin import model, urls
from bulletin.outputs import share_images
from bulletin.pages.page import Asset, Page

# Sections (the masthead's links): their first page shares one card with the section's name.
SECTIONS = (
    urls.HOME,
    urls.index(urls.NEWS),
    urls.index(urls.HONOURS),
    urls.index(urls.STATISTICS),
    urls.index(urls.CAMPAIGNS),
    urls.index(urls.ORGANISATIONS),
    urls.index(urls.LOOKUP),
)


def attach_share_images(bulletin: model.Bulletin, pages: list[Page], data_dir: Path) -> list[Asset]:
    """The share image of every article and section page, named in each page's front matter
    (`social`, which the theme prints as og:image); the images, as files made when first read.
    Nothing without the site's public address: a share image must be an absolute address."""
    if not bulletin.site.url:
        return []
    articles = {urls.article(a): a for a in bulletin.articles}
    assets = []
    for page in pages:
        if page.path in articles:
            share = share_images.article_share(bulletin, articles[page.path], data_dir)
        elif page.path in SECTIONS:
            title = str(page.meta.get("title") or "")
            description = str(page.meta.get("description") or "")
            share = share_images.section_share(bulletin, page.path, title, description)
        else:
            continue
        social = page.meta.setdefault("social", {}) or {}
        social.update(share.meta(bulletin))
        page.meta["social"] = social
        jsonld = page.meta.get("jsonld")
        if isinstance(jsonld, dict) and page.path in articles:
            jsonld["image"] = [social["image"]]  # NewsArticle.image: a raster, as search engines want
        assets.append(Asset(share.path, content=share.make, inputs=share.inputs))
    return assets
