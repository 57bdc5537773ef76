"""Pages as ordinary Markdown documents with front matter, for any engine: the body is HTML
from the autoescaping templates in src/bulletin/pages/templates (pages.render)."""

from bulletin.pages.page import Asset, Page, SiteContent
from bulletin.pages.site import build_site

__all__ = ["Asset", "Page", "SiteContent", "build_site"]
