"""The one template environment: every generated page body is HTML from src/bulletin/templates/.

Autoescaping is on for every template, so a value from data is always text: Python passes
model objects, formatted numbers and hrefs, the templates hold all the markup. The only
HTML that enters a template ready-made is our own (inline SVG charts, the article body
from its Markdown renderer), marked with markupsafe.Markup where it is made.
StrictUndefined turns a misspelt name in a template into an error instead of an empty string.
"""

from __future__ import annotations

from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined

from bulletin import formatting, model, tally
from bulletin.pages import parts, recipients
from bulletin.pages.page import Page
from bulletin.text import lower_first, place_beyond, slugify

ENV = Environment(
    loader=PackageLoader("bulletin", "templates"),
    autoescape=True,
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)
ENV.filters.update(
    number=formatting.number,
    quantity=formatting.quantity,
    date_short=formatting.date_short,
    date_long=formatting.date_long,
    as_of=formatting.as_of,
    lower_first=lower_first,
    slug=slugify,
    excerpt=parts.excerpt,
    upper_first=tally.upper_first,
    period=tally.period_phrase,
)
# Plain-text phrases of pages.recipients, escaped like any value.
ENV.globals.update(
    counts=recipients.counts_phrase,
    decision_counts=tally.decision_counts,
    gave=tally.gave,
    who=tally.who,
    unknown_kinds=tally.unknown_kinds,
    tally=tally.tally,
    facts=recipients.facts,
    level_name=recipients.level_name,
    place_beyond=place_beyond,
    achievement=recipients.achievement,
    by_kind=recipients.by_kind,
)


def render(name: str, /, **context: Any) -> str:
    """The template `name` (e.g. "article.html") filled with `context`."""
    return ENV.get_template(name).render(**context)


def render_page(shell: Page, bulletin: model.Bulletin, name: str, /, **context: Any) -> Page:
    """`shell` (path, meta, source) with its body from the template `name`, which also gets
    the bulletin and `link`: hrefs relative to this very page. The body is rendered when first
    read (pages.page.Page.body): validation plans pages without rendering them."""
    link = parts.Links(shell, bulletin)
    return Page(shell.path, shell.meta, lambda: render(name, bulletin=bulletin, link=link, **context), shell.source)
