"""Pages as ordinary Markdown documents with front matter, for any engine."""

from bulletin.pages.page import Asset, Page, SiteContent
from bulletin.pages.site import build_site

__all__ = ["Asset", "Page", "SiteContent", "build_site"]
