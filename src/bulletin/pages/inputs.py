"""The data files each generated page is made from, so that a preview renders only the pages
an edit touches (bulletin.preview).

Only article and decision files are followed one by one: they are what editors change all day,
and what thousands of pages are made of. A page or file says which of them it is made from with
`inputs`, a function asked only by a preview; a page without one (a list of everything, the
front page, statistics) is made from all of them. Any other data file (organisations, forms,
campaigns, metrics, the bulletin, media) changes every page: the preview then renders them all.

Each function below answers for everything its page shows, including what shows through
another page's link: a decision's address follows its day, which an undated decision takes
from the article announcing it (Bulletin.linked); a recipient's profile link appears from
their second award on (`profiles`). Too many files only costs a page rendered again; one
missing leaves a stale page, which tests/test_inputs.py looks for by editing archives and
comparing with a full render.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from bulletin import model

Inputs = frozenset[str]

# What starts a fingerprint in a set of inputs: a value pages compute, not a data file (bulletin.preview
# compares it with the last build's).
FINGERPRINT = "#"

# Stands for every article file in an input set (bulletin.preview.Rebuild expands it): every
# article page lists the latest articles, and 700 pages naming 700 files each would weigh.
EVERY_ARTICLE = "@articles"


def fingerprint(name: str, value: object) -> str:
    """An input that is not a file: something pages compute from many files, such as the order
    of a roll's decisions, named with a digest of its `repr`. A page made from it is made again
    when the digest differs from the last build's (bulletin.preview.FINGERPRINT)."""
    digest = hashlib.blake2b(repr(value).encode("utf-8"), digest_size=12).hexdigest()
    return f"{FINGERPRINT}{name}:{digest}"


def tracked(bulletin: model.Bulletin) -> frozenset[str]:
    """The data files inputs name one by one: articles and decisions."""
    return bulletin.article_sources | {x.source for x in bulletin.decisions.values()}


def groups(bulletin: model.Bulletin) -> dict[str, frozenset[str]]:
    return {EVERY_ARTICLE: bulletin.article_sources}


def _memo(bulletin: model.Bulletin, name: str) -> dict[int, frozenset[str]]:
    """Per build, what each decision's link or page is made from: thousands of pages and files
    ask for the same decisions."""
    return bulletin.memo(f"inputs.{name}", dict)


def decision_link(bulletin: model.Bulletin, decision: model.Decision) -> frozenset[str]:
    """A decision as a line of another page shows it: its title and address, and the decision
    that revoked it when that one is in the bulletin (its number and link)."""
    memo = _memo(bulletin, "links")
    found = memo.get(id(decision))
    if found is None:
        found = bulletin.linked(decision)
        revocation = decision.revocation
        if revocation is not None and revocation.decision_id in bulletin.decisions:
            found |= bulletin.linked(bulletin.decisions[revocation.decision_id])
        memo[id(decision)] = found
    return found


def awards(bulletin: model.Bulletin, listed: Iterable[model.Award]) -> Inputs:
    """A list of award lines (macros.award_items): each decision's link, and which recipients
    have a profile to link to; asked of each decision as a whole (`decision`, worked out once),
    which holds more than a part of its list needs and costs far less."""
    found: set[str] = set()
    seen: set[int] = set()
    for award in listed:
        if id(award.decision) not in seen:
            seen.add(id(award.decision))
            found |= decision(bulletin, award.decision)
    return frozenset(found)


def profiles(bulletin: model.Bulletin, recipients: Iterable[model.Recipient]) -> str:
    """Which of these recipients have a profile page (from their second award on, whichever
    decision names them): all a line takes from the other decisions that name its recipient."""
    shown = sorted({r.id for r in recipients if r.id and r.id in bulletin.profiles})
    return fingerprint("profiles", shown)


def decision(bulletin: model.Bulletin, x: model.Decision) -> Inputs:
    """A decision's page: its list with profile links, its revocation, the articles that announce it."""
    memo = _memo(bulletin, "pages")
    found = memo.get(id(x))
    if found is None:
        found = memo[id(x)] = decision_link(bulletin, x) | {profiles(bulletin, [*x.collectives, *x.individuals])}
    return found


def article(bulletin: model.Bulletin, a: model.Article) -> Inputs:
    """An article's page: its own file, its decisions as their pages show them, and every other
    article (its lists of the latest and of the same campaign)."""
    found = {a.source, EVERY_ARTICLE}
    for x in a.decisions:
        found |= decision(bulletin, x)
    return frozenset(found)


def articles(listed: Iterable[model.Article]) -> Inputs:
    """A page of a list of articles (news, a year): every article (one more moves the others
    along), and the decisions whose counts the listed ones show."""
    return frozenset({EVERY_ARTICLE, *(x.source for a in listed for x in a.decisions)})


def organisation(involved: model.Involvement, bulletin: model.Bulletin) -> Inputs:
    """An organisation's page: every article (those it took part in, newest first) and the
    decisions it issued, presented or received, as lines."""
    return decision_lines(bulletin, [*involved.issued, *involved.presented, *involved.received]) | {EVERY_ARTICLE}


def decision_lines(bulletin: model.Bulletin, shown: Iterable[model.Decision]) -> Inputs:
    """Decisions as lines of a list (their links); a paginated list adds the order of the whole
    list, which one more decision moves along (a fingerprint, made once per build)."""
    found: set[str] = set()
    for x in shown:
        found |= decision_link(bulletin, x)
    return frozenset(found)
