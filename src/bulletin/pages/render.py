"""The one template environment: every generated page body is HTML from src/bulletin/pages/templates/.

Autoescaping is on for every template, so a value from data is always text: Python passes
model objects, formatted numbers and hrefs, the templates hold all the markup. The only
HTML that enters a template ready-made is our own (inline SVG charts, the article body
from its Markdown renderer), marked with markupsafe.Markup where it is made.
StrictUndefined turns a misspelt name in a template into an error instead of an empty string.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Container
from typing import Any, NamedTuple

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from bulletin import model, urls
from bulletin.model import tally
from bulletin.pages import figures, parts, recipients
from bulletin.pages.page import Page
from bulletin.vietnamese import formatting
from bulletin.vietnamese.text import lower_first, place_beyond, post_in, slugify

ENV = Environment(
    loader=PackageLoader("bulletin.pages", "templates"),
    autoescape=True,
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
    # Templates are package files, read once per process: no stat() per page and import.
    auto_reload=False,
)
ENV.filters.update(
    number=formatting.number,  # cached there: rolls print the same few counts thousands of times
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
    issuer_level=recipients.issuer_level,
    in_sentence=recipients.in_sentence,
    place_beyond=place_beyond,
    post_in=post_in,
    achievement=recipients.achievement,
    by_kind=recipients.by_kind,
)
# Addresses as urls declares them (`link.index(urls.NEWS)`), and the ids of the article's own
# headings, which figures.unique_id keeps its figure groups' ids clear of: never typed in a template.
ENV.globals.update(
    urls=urls,
    AWARDS_HEADING=figures.AWARDS_HEADING,
    FIGURES_HEADING=figures.FIGURES_HEADING,
)


def render(name: str, /, **context: Any) -> str:
    """The template `name` (e.g. "article.html") filled with `context`."""
    return ENV.get_template(name).render(**context)


class AwardLine(NamedTuple):
    """What macros.award_items prints of an award beyond its page-relative links."""

    recipient: Markup  # rank, name, position and unit, or a collective and its place
    decision: Markup  # the decision's title and day: the text of the link to the award's line
    revoked: Markup  # " (đã bị hủy bỏ)" when the decision was revoked
    href: str  # to the award's own line on its decision page, relative to the page listing it
    profile: str | None  # to the recipient's profile, relative to that page


class AwardLines:
    """Each award's line, its text rendered once per build (templates/award_line.html): an award
    is listed on its decision's and article's pages, a roll per dimension and its profile.

    Keyed by the recipient and by the decision and day, never by an Award (pages make
    short-lived ones); each entry holds its key object, so an id is never reused under it."""

    def __init__(self, profiles: Container[str] = ()) -> None:
        # Recipients with a profile page (Bulletin.profiles: from their second award on).
        self._profiles = profiles
        self._recipients: dict[int, tuple[object, Markup]] = {}
        self._decisions: dict[tuple[int, dt.date | None], tuple[object, Markup, Markup, str]] = {}

    def __call__(self, award: model.Award, page: Page) -> AwardLine:
        r = award.recipient
        found = self._recipients.get(id(r))
        if found is None:
            found = self._recipients[id(r)] = (r, _line_macros().recipient(award))
        key = (id(award.decision), award.day)
        decision = self._decisions.get(key)
        if decision is None:
            decision = self._decisions[key] = (
                award.decision,
                _line_macros().decision(award),
                _macros().revoked_label(award.decision),
                urls.decision(award.decision, award.day),
            )
        # Asked of the bulletin, not the award: a decision page makes its own short-lived awards.
        profile = page.href(urls.profile(r.id)) if r.id and r.id in self._profiles else None
        return AwardLine(found[1], decision[1], decision[2], page.href(f"{decision[3]}#{award.anchor}"), profile)


@functools.cache
def _line_macros() -> Any:
    return ENV.get_template("award_line.html").module


@functools.cache
def _macros() -> Any:
    return ENV.get_template("macros.html").module


def award_lines(bulletin: model.Bulletin) -> AwardLines:
    """The build's one AwardLines (`mkdocs serve` rebuilds in one process: one per bulletin)."""
    return bulletin.memo("award_lines", lambda: AwardLines(bulletin.profiles))


def render_page(shell: Page, bulletin: model.Bulletin, name: str, /, **context: Any) -> Page:
    """`shell` (path, meta, source) with its body from the template `name`, which also gets
    the bulletin and `link`: hrefs relative to this very page. The body is rendered when first
    read (pages.page.Page.body): validation plans pages without rendering them. Stripped: the
    one copy that Page.text and the MkDocs hook use as it is."""
    return render_page_from(shell, bulletin, name, lambda: context)


def render_page_from(
    shell: Page, bulletin: model.Bulletin, name: str, context: Callable[[], dict[str, Any]], /
) -> Page:
    """`render_page` for a page whose context costs about as much as its template (an article's
    Markdown body, figures and statistics): `context()` too runs when the body is first read."""
    link = parts.Links(shell, bulletin, award_lines(bulletin))
    body = lambda: render(name, bulletin=bulletin, link=link, **context()).strip()  # noqa: E731
    return Page(shell.path, shell.meta, body, shell.source, shell.inputs)
