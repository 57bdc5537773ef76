"""The bulletin as the pages see it: every resolved document, and the relations pages ask for
(what each organisation did, every award, who has a profile), worked out once per build."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any, TypeVar, cast

from bulletin.data import documents as d
from bulletin.data import law
from bulletin.model.articles import Article
from bulletin.model.campaigns import Campaign
from bulletin.model.decisions import Decision, Recipient
from bulletin.model.illustrative import DEFAULT_SAMPLE_NOTICE

if TYPE_CHECKING:
    from bulletin.data.media import Image

T = TypeVar("T")

# A recipient with an id gets a profile page (ho-so/<id>/) from their second award on: a profile of
# one award would repeat their line on the decision page, which the rolls, the lookup and the open
# data link to instead (issue 14: at 350 synthetic articles such pages were 53 of 1,597 profiles,
# in the sample all 4).
PROFILE_MIN_AWARDS = 2


@dataclass(frozen=True)
class Award:
    """One recipient honoured by one decision: a row of every honour list."""

    recipient: Recipient
    decision: Decision
    day: dt.date | None
    # The recipient's anchor on the decision page.
    anchor: str
    # The recipient's profile id when they have a profile page (Bulletin.profiles), else None: their
    # line on the decision page is all there is to say. Set by Bulletin.awards; templates ask
    # `r.id in bulletin.profiles`, which also holds for the awards a decision page makes itself.
    profile: str | None = None

    @property
    def is_individual(self) -> bool:
        return isinstance(self.recipient, d.Individual)

    @property
    def year(self) -> int | None:
        return self.day.year if self.day else None


@dataclass
class Involvement:
    """One organisation's part in the bulletin (Bulletin.by_organisation). What it received is known
    only from collectives that name it (collectives[i].organisation): names are never matched."""

    articles: list[Article] = field(default_factory=list)
    issued: list[Decision] = field(default_factory=list)
    presented: list[Decision] = field(default_factory=list)
    # Articles whose ceremony it organised.
    organised: list[Article] = field(default_factory=list)
    # Decisions that honour it as a collective.
    received: list[Decision] = field(default_factory=list)


@dataclass
class Bulletin:
    site: d.Site
    organisations: dict[str, d.Organisation]
    forms: dict[str, d.Form]
    vocabulary: law.Vocabulary
    metrics: dict[str, d.Metric]
    campaigns: dict[str, Campaign]
    decisions: dict[str, Decision]
    # Newest first, as readers expect.
    articles: list[Article] = field(default_factory=list)
    media: set[str] = field(default_factory=set)
    images: dict[str, Image] = field(default_factory=dict)  # data path -> the image, for every figure
    # Display paths of the single files (organisations.yaml, ...), for edit links.
    sources: dict[str, str] = field(default_factory=dict)
    # What one build works out once for many pages (pages.render.award_lines, pages.inputs), by name:
    # it lives and dies with this bulletin, so `mkdocs serve` starts each rebuild afresh.
    _memos: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def memo(self, name: str, make: Callable[[], T]) -> T:
        """`make()`, made once for this bulletin under `name`."""
        if name not in self._memos:
            self._memos[name] = make()
        return cast(T, self._memos[name])

    @property
    def sample_notice(self) -> str | None:
        if not self.site.sample:
            return None
        return self.site.sample_notice or DEFAULT_SAMPLE_NOTICE

    # -- relations, computed once per build ------------------------------------------

    @cached_property
    def announced_in(self) -> dict[str, list[Article]]:
        """The articles that report each decision, newest first."""
        found: dict[str, list[Article]] = defaultdict(list)
        for article in self.articles:
            for decision in article.decisions:
                found[decision.id].append(article)
        return dict(found)

    # -- the data files pages are made from (pages/inputs.py), asked only by a preview ------

    @cached_property
    def article_sources(self) -> frozenset[str]:
        return frozenset(a.source for a in self.articles)

    def linked(self, decision: Decision) -> frozenset[str]:
        """The files a link to `decision` is made from: its own (title, number, date) and the
        articles that announce it (an undated decision takes its day, so its address, from them)."""
        return frozenset([decision.source, *(a.source for a in self.announced_in.get(decision.id, ()))])

    def decision_day(self, decision: Decision) -> dt.date | None:
        """The decision's own date, else the day an article announced it (worked out once, by resolve)."""
        return decision.day

    @cached_property
    def decisions_newest_first(self) -> list[Decision]:
        oldest = dt.date.min
        return sorted(self.decisions.values(), key=lambda x: (self.decision_day(x) or oldest, x.id), reverse=True)

    @cached_property
    def by_campaign(self) -> dict[str, tuple[list[Article], list[Decision]]]:
        result: dict[str, tuple[list[Article], list[Decision]]] = {c: ([], []) for c in self.campaigns}
        for article in self.articles:
            if article.campaign:
                result[article.campaign.id][0].append(article)
        for decision in self.decisions_newest_first:
            if decision.campaign:
                result[decision.campaign.id][1].append(decision)
        return result

    @cached_property
    def by_organisation(self) -> dict[str, Involvement]:
        """What each organisation did: the articles it took part in (as issuer, presenter, organiser,
        partner or recipient), the decisions it issued and presented, the ceremonies it organised, the decisions
        that honoured it; newest first."""
        result = {o: Involvement() for o in self.organisations}
        for article in self.articles:
            involved = {x.issuer.id for x in article.decisions}
            involved |= {x.presenter.organisation.id for x in article.decisions if x.presenter}
            involved |= {g.partner.id for g in article.statistics if g.partner}
            involved |= {c.organisation for x in article.decisions for c in x.collectives if c.organisation}
            if article.ceremony and article.ceremony.organiser:
                involved.add(article.ceremony.organiser.id)
                result[article.ceremony.organiser.id].organised.append(article)
            for org in sorted(involved):
                result[org].articles.append(article)
        for decision in self.decisions_newest_first:
            result[decision.issuer.id].issued.append(decision)
            if decision.presenter:
                result[decision.presenter.organisation.id].presented.append(decision)
            for org in dict.fromkeys(c.organisation for c in decision.collectives if c.organisation):
                result[org].received.append(decision)
        return result

    @cached_property
    def awards(self) -> list[Award]:
        """Every award, newest decision first, in list order within a decision."""
        named: list[tuple[Decision, list[Recipient]]] = [
            (decision, [*decision.collectives, *decision.individuals]) for decision in self.decisions_newest_first
        ]
        honoured: Counter[str] = Counter(r.id for _, recipients in named for r in recipients if r.id)
        result = []
        for decision, recipients in named:
            day = self.decision_day(decision)
            for recipient in recipients:
                ident = recipient.id
                profile = ident if ident and honoured[ident] >= PROFILE_MIN_AWARDS else None
                result.append(Award(recipient, decision, day, decision.anchors[id(recipient)], profile))
        return result

    @cached_property
    def profiles(self) -> dict[str, list[Award]]:
        """Awards of each recipient with a profile page, newest first: one that has an id and was
        honoured at least PROFILE_MIN_AWARDS times (Award.profile)."""
        found: dict[str, list[Award]] = defaultdict(list)
        for award in self.awards:
            if award.profile:
                found[award.profile].append(award)
        return dict(found)

    @cached_property
    def honoured_once(self) -> dict[str, Award]:
        """The one award of each recipient with an id who has no profile page: where their profile's
        address leads (pages/redirects.py)."""
        return {a.recipient.id: a for a in self.awards if a.recipient.id and not a.profile}

    def successors(self, org: d.Organisation) -> list[d.Organisation]:
        """The organisations that took over from `org` (ids checked by the resolver)."""
        return [self.organisations[x] for x in org.successors if x in self.organisations]

    @cached_property
    def _predecessors(self) -> dict[str, list[d.Organisation]]:
        found: dict[str, list[d.Organisation]] = defaultdict(list)
        for org in self.organisations.values():
            for successor in org.successors:
                found[successor].append(org)
        return dict(found)

    def predecessors(self, org: d.Organisation) -> list[d.Organisation]:
        """The organisations `org` took over from, in the order of organisations.yaml."""
        return self._predecessors.get(org.id, [])

    @property
    def latest_campaign(self) -> Campaign | None:
        return next((a.campaign for a in self.articles if a.campaign), None)
