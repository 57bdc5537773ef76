"""The bulletin as the pages see it: references resolved, figures computed from data."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, TypeVar, cast

from bulletin.data import documents as d
from bulletin.data import law
from bulletin.vietnamese import formatting
from bulletin.vietnamese.collation import person_key, sort_key
from bulletin.data.problems import Location

T = TypeVar("T")
from bulletin.vietnamese.text import slugify

DEFAULT_SAMPLE_NOTICE = (
    "Tên người, đơn vị trong các danh sách khen thưởng của bản tin này chỉ mang tính minh họa, "
    "không phải danh sách thật."
)
# The notices of what is illustrative (documents.Decision.illustrative, documents.Article.illustrative):
# fixed wording, so that every page says it the same way and editors write only "true".
ILLUSTRATIVE_NAMES = "Tên người, đơn vị trong danh sách này là minh họa, không phải danh sách thật."
ILLUSTRATIVE_ARTICLE = "Bài minh họa: địa danh, cơ quan và sự việc là giả định."
# A page with real lists next to illustrative ones (an honour roll, a profile, an article).
ILLUSTRATIVE_SOME_NAMES = (
    "Một số danh sách dưới đây có tên người, đơn vị minh họa, không phải danh sách thật; "
    "mỗi quyết định có ghi rõ."
)
# An illustrative decision that lists no names: the decision itself is made up.
ILLUSTRATIVE_DECISION = "Quyết định minh họa: cơ quan và sự việc là giả định."
# A recipient with an id gets a profile page (ho-so/<id>/) from their second award on: a profile of
# one award would repeat their line on the decision page, which the rolls, the lookup and the open
# data link to instead (issue 14: at 350 synthetic articles such pages were 53 of 1,597 profiles,
# in the sample all 4).
PROFILE_MIN_AWARDS = 2


def period_label(period: str) -> str:
    """'2019-2024' as '2019 – 2024'; a single year ('2019' or '2019-2019') as 'năm 2019'."""
    start, _, end = period.partition("-")
    if not end or end == start:
        return f"năm {start}"
    return f"{start} – {end}"


@dataclass(frozen=True)
class Campaign:
    doc: d.Campaign
    source: str

    @property
    def id(self) -> str:
        return self.doc.id

    @property
    def period(self) -> str:
        return period_label(self.period_key)

    @property
    def period_key(self) -> str:
        return f"{self.doc.start_year}-{self.doc.end_year}"


@dataclass(frozen=True)
class Presenter:
    """Who handed a decision's awards over (documents.Presenter, its organisation resolved)."""

    organisation: d.Organisation
    # The office as the source names it ("Phó Giám đốc"), else None: the organisation's head.
    title: str | None = None
    # "Thừa ủy quyền": acting for the decision's office.
    on_behalf: bool = False
    # The decision's day: the organisation is named as it was then.
    day: dt.date | None = None

    @property
    def office(self) -> str:
        """"Giám đốc Công an tỉnh Nghệ An", or the body itself when it has no head."""
        return self.organisation.office(self.title, self.day)


@dataclass(frozen=True)
class Revocation:
    """documents.Revocation with its revoking decision resolved when it is one of this bulletin's."""

    date: dt.date
    # The revoking decision's number as written ("12/QĐ-UBND"), or the number of the decision `by` names.
    number: str | None
    # The revoking decision's id when it is in this bulletin (its page is linked).
    decision_id: str | None
    reason: str | None

    @property
    def by_label(self) -> str:
        """"Quyết định số 12/QĐ-UBND", or "quyết định khác" when a decision of this bulletin has no number."""
        return f"Quyết định số {self.number}" if self.number else "một quyết định khác của bản tin"


@dataclass(frozen=True, eq=False)
class Decision:
    doc: d.Decision
    source: str
    issuer: d.Organisation
    form: d.Form
    campaign: Campaign | None
    # The kind the form is an instance of (a named Kỷ niệm chương is a ky-niem-chuong), else the form.
    kind: d.Form | None = None
    level: d.Level | None = None
    # Highest first: the form's rank, its grade, the issuer's level (bulletin.data.law.rank).
    rank: tuple[int, int, int] = (0, 0, 0)
    presenter: Presenter | None = None
    # Its own date, else the day an article announced it (Bulletin.decision_day): names are as on that day.
    day: dt.date | None = None
    revocation: Revocation | None = None

    @property
    def id(self) -> str:
        return self.doc.id

    @property
    def issuer_name(self) -> str:
        """The issuer's name on the decision's day ("Ủy ban nhân dân thị xã An Khê" in 2020)."""
        return self.issuer.name_on(self.day)

    @property
    def revoked(self) -> bool:
        return self.revocation is not None

    @property
    def notices(self) -> list[str]:
        """What its page says is illustrative: [] for a real decision."""
        return notices([self])

    @property
    def presented(self) -> str | None:
        """"Thừa ủy quyền của Bộ trưởng Bộ Công an, Giám đốc Công an tỉnh Nghệ An trao", or
        "Giám đốc Công an tỉnh Gia Lai trao"; None when the source does not say who presented."""
        if self.presenter is None:
            return None
        acting = f"Thừa ủy quyền của {self.office}, " if self.presenter.on_behalf else ""
        return f"{acting}{self.presenter.office} trao"

    @property
    def office(self) -> str:
        """Who decides: the holder of an office ("Giám đốc Công an tỉnh"), or the body itself."""
        return self.issuer.office(day=self.day)

    @property
    def award_name(self) -> str:
        """The form with its grade: "Huân chương Bảo vệ Tổ quốc hạng Ba"."""
        return f"{self.form.name} {self.doc.grade}" if self.doc.grade else self.form.name

    @property
    def title(self) -> str:
        """"Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", but "Cờ thi đua của Ủy ban nhân dân tỉnh" and
        "Kỷ niệm chương ... của Bộ Công an": forms.yaml says which forms are named after the body."""
        named_after = self.form.of or (self.kind.of if self.kind else None) or "office"
        return f"{self.award_name} của {self.office if named_after == 'office' else self.issuer_name}"

    def receives(self, kind: str) -> bool:
        """Whether the form may go to 'collectives' or 'individuals' (forms.yaml: the form's rule, else its kind's)."""
        allowed, _ = law.recipients(self.form, self.kind)
        return allowed is None or kind in allowed

    @property
    def period(self) -> str | None:
        """The period of achievement: stated, else the campaign's."""
        if self.doc.period:
            return str(self.doc.period)
        return self.campaign.period_key if self.campaign else None

    @property
    def published(self) -> bool:
        """Whether the source names the recipients (else: "danh sách chưa công bố")."""
        return self.doc.names != "unpublished"

    def _count(self, kind: str) -> int | None:
        """Names when published, else the published count; None when the source gives none,
        except that a form no collective (or no individual) may receive has none of them."""
        if self.published:
            return len(getattr(self.doc, kind))
        stated = getattr(self.doc.counts, kind) if self.doc.counts else None
        if stated is None and not self.receives(kind):
            return 0
        return stated

    @property
    def collective_count(self) -> int | None:
        return self._count("collectives")

    @property
    def individual_count(self) -> int | None:
        return self._count("individuals")

    @property
    def total(self) -> int | None:
        """None unless both counts are known: never a sum that is only part of the truth."""
        c, i = self.collective_count, self.individual_count
        return None if c is None or i is None else c + i

    @property
    def named(self) -> bool:
        """Whether the names are entered (only named recipients make honour rolls and profiles)."""
        return bool(self.collectives or self.individuals)

    @cached_property
    def individuals(self) -> list[d.Individual]:
        """In Vietnamese order: given name, middle name, family name. Removed entries are not here."""
        kept = [p for p in self.doc.individuals if isinstance(p, d.Individual)]
        return sorted(kept, key=lambda p: person_key(p.name, p.given))

    @cached_property
    def collectives(self) -> list[d.Collective]:
        kept = [c for c in self.doc.collectives if isinstance(c, d.Collective)]
        return sorted(kept, key=lambda c: sort_key(c.name))

    @property
    def removed_individuals(self) -> int:
        """Individuals removed on request: counted, never named."""
        return sum(isinstance(p, d.Removed) for p in self.doc.individuals)

    @property
    def removed_collectives(self) -> int:
        return sum(isinstance(c, d.Removed) for c in self.doc.collectives)

    @property
    def removed_note(self) -> str | None:
        """"1 cá nhân đã được gỡ tên theo yêu cầu", or None."""
        parts = []
        if self.removed_collectives:
            parts.append(f"{self.removed_collectives} tập thể")
        if self.removed_individuals:
            parts.append(f"{self.removed_individuals} cá nhân")
        if not parts:
            return None
        return f"{' và '.join(parts)} đã được gỡ tên theo yêu cầu (Luật Bảo vệ dữ liệu cá nhân)"

    @cached_property
    def anchors(self) -> dict[int, str]:
        """Stable anchors per recipient (by object identity), from names: ascii, unique in the page."""
        taken: set[str] = set()
        result: dict[int, str] = {}
        recipients: list[Recipient] = [*self.collectives, *self.individuals]
        for recipient in recipients:
            base = slugify(recipient.name) or "muc"
            anchor, n = base, 1
            while anchor in taken:
                n += 1
                anchor = f"{base}-{n}"
            taken.add(anchor)
            result[id(recipient)] = anchor
        return result


Recipient = d.Individual | d.Collective


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


@dataclass(frozen=True)
class Statistic:
    doc: d.Statistic
    metric: d.Metric

    @property
    def as_of(self) -> str | dt.date | None:
        return self.doc.as_of


@dataclass(frozen=True)
class StatisticGroup:
    partner: d.Organisation | None
    as_of: str | dt.date | None
    items: list[Statistic]
    # "2019-2024" or "2023": the group's own period, else its campaign's, else the article's year.
    period: str


@dataclass(frozen=True)
class Ceremony:
    """The ceremony an article reports, as it says (documents.Ceremony, its organiser resolved)."""

    organiser: d.Organisation | None
    place: str | None
    date: dt.date | None
    part_of_day: str | None

    @property
    def organiser_name(self) -> str | None:
        """The organiser as it was named on the ceremony's day (its current name when undated)."""
        return self.organiser.name_on(self.date) if self.organiser else None

    @property
    def when(self) -> str | None:
        """"sáng 17/8/2020", "ngày 27/8/2020", or None when the article gives no date."""
        if self.date is None:
            return None
        return f"{self.part_of_day or 'ngày'} {formatting.date_short(self.date)}"


@dataclass(frozen=True)
class Article:
    doc: d.Article
    source: str
    campaign: Campaign | None
    decisions: list[Decision]
    statistics: list[StatisticGroup]
    # Placeholder values ({{ awards.total }} ...) already formatted for display.
    values: dict[str, str]
    title: str
    lead: str
    # Links the body makes to other pages of the site, with where each is written:
    # checked once the pages exist (bulletin.pipeline).
    internal_links: tuple[tuple[str, Location], ...] = ()
    ceremony: Ceremony | None = None

    @property
    def id(self) -> str:
        return self.doc.id

    @property
    def date(self) -> dt.date:
        return self.doc.date

    @property
    def notices(self) -> list[str]:
        """The article's own notice when it is fictitious, then its decisions'."""
        own = [ILLUSTRATIVE_ARTICLE] if self.doc.illustrative else []
        return own + notices(self.decisions)

    @property
    def corrections(self) -> list[d.Correction]:
        """"Đính chính", newest first, as the article shows them."""
        return sorted(self.doc.corrections, key=lambda c: c.date, reverse=True)

    @property
    def modified(self) -> dt.date | None:
        """The last correction's day: the feed's updated date and the structured data's dateModified."""
        return max((c.date for c in self.doc.corrections), default=None)

    @property
    def collective_count(self) -> int | None:
        return known_sum(x.collective_count for x in self.decisions)

    @property
    def individual_count(self) -> int | None:
        return known_sum(x.individual_count for x in self.decisions)

    @property
    def award_total(self) -> int | None:
        return known_sum(x.total for x in self.decisions)


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


def notices(decisions: Iterable[Decision]) -> list[str]:
    """What a page that shows these decisions (their lists) says is illustrative: that its list is,
    when every list shown is; that some are, when real lists stand next to illustrative ones; and
    that a decision is made up, for an illustrative decision without names. [] when all are real."""
    shown = list(dict.fromkeys(decisions))
    named = [x for x in shown if x.named]
    marked = sum(x.doc.illustrative for x in named)
    result = []
    if marked:
        result.append(ILLUSTRATIVE_NAMES if marked == len(named) else ILLUSTRATIVE_SOME_NAMES)
    if any(x.doc.illustrative and not x.named for x in shown):
        result.append(ILLUSTRATIVE_DECISION)
    return result


def known_sum(values: Iterable[int | None]) -> int | None:
    """The sum, or None when any part is unknown (a count the source did not give)."""
    total = 0
    for value in values:
        if value is None:
            return None
        total += value
    return total


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
    images: dict = field(default_factory=dict)  # data path -> bulletin.data.media.Image, for every figure
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
