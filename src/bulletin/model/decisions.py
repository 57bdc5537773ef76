"""A decision as pages show it: its issuer, form and campaign resolved, its counts and its title
worked out, its recipients in reading order."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from bulletin.data import documents as d
from bulletin.data import law
from bulletin.model.campaigns import Campaign
from bulletin.model.from_doc import FromDoc
from bulletin.model.illustrative import notices
from bulletin.vietnamese.collation import person_key, sort_key
from bulletin.vietnamese.text import slugify

# Who a decision honours: the data's own entries, used as they are.
Recipient = d.Individual | d.Collective


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
        """ "Giám đốc Công an tỉnh Nghệ An", or the body itself when it has no head."""
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
        """ "Quyết định số 12/QĐ-UBND", or "quyết định khác" when a decision of this bulletin has no number."""
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
    # Highest first: the form's rank, its grade, the issuer's level (bulletin.data.law.Vocabulary.rank).
    rank: tuple[int, int, int] = (0, 0, 0)
    presenter: Presenter | None = None
    # Its own date, else the day an article announced it (Bulletin.decision_day): names are as on that day.
    day: dt.date | None = None
    revocation: Revocation | None = None

    id = FromDoc[str]()

    # What pages print of it as the source wrote it (documents.Decision).
    number = FromDoc[str | None]()

    # Its own date as written, None when the source gives none (`day` falls back to the article's).
    date = FromDoc[dt.date | None]()

    grade = FromDoc[str | None]()

    reason = FromDoc[str | None]()

    occasion = FromDoc[str | None]()

    extraordinary = FromDoc[bool]()

    basis = FromDoc[list[str]]()

    signer = FromDoc[d.Signer | None]()

    illustrative = FromDoc[bool]()

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
        """ "Thừa ủy quyền của Bộ trưởng Bộ Công an, Giám đốc Công an tỉnh Nghệ An trao", or
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
        return f"{self.form.name} {self.grade}" if self.grade else self.form.name

    @property
    def title(self) -> str:
        """ "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", but "Cờ thi đua của Ủy ban nhân dân tỉnh" and
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
        """ "1 cá nhân đã được gỡ tên theo yêu cầu", or None."""
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


def known_sum(values: Iterable[int | None]) -> int | None:
    """The sum, or None when any part is unknown (a count the source did not give)."""
    total = 0
    for value in values:
        if value is None:
            return None
        total += value
    return total
