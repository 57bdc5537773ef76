"""What the theme's masthead and footer print from data/bulletin.yaml.

MkDocs renders theme templates without autoescaping: the data's words reach the theme from here
only, escaped (Markup) or rendered by the core's autoescaping templates, so a theme template can
print them as they are. The theme (bulletin/theme) adds what depends on the page: links and the
current section.
"""

from __future__ import annotations

from typing import Any

from markupsafe import Markup, escape

from bulletin import model, urls
from bulletin.pages.render import render


def chrome(bulletin: model.Bulletin) -> dict[str, Any]:
    site = bulletin.site
    return {
        "title": escape(site.title),
        "publisher": escape(site.publisher),
        "tagline": escape(site.tagline) if site.tagline else None,
        "footer": Markup(render("footer.html", site=site, tel=_dialled(site))),
        "search": f"{urls.SEARCH}/",
    }


def _dialled(site: model.Site) -> str | None:
    """A tel: link's number: the digits (and a leading +) of the phone number as printed."""
    phone = site.contact.phone if site.contact else None
    return "".join(c for c in phone if c.isdigit() or c == "+") if phone else None
