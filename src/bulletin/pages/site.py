"""Every page and asset the bulletin adds to a site, computed once per build."""

from __future__ import annotations

from pathlib import Path

from bulletin import model, urls
from bulletin.pages.article import article_page
from bulletin.pages.home import home_page
from bulletin.pages.page import Asset, SiteContent


def build_site(bulletin: model.Bulletin, data_dir: Path) -> SiteContent:
    content = SiteContent()
    content.pages.append(home_page(bulletin))
    content.pages += [article_page(bulletin, a) for a in bulletin.articles]
    used = sorted({f.image for a in bulletin.articles for f in a.doc.figures})
    content.assets += [Asset(urls.media(image), data_dir / image) for image in used]
    return content
