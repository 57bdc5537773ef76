"""Decisions built from their documents: issuer, form, campaign, presenter and revocation looked
up; the checks of the Law (bulletin.data.law) and of the calendar run on each; a decision with a
reference that names nothing is not built (the reference is reported)."""

from __future__ import annotations

import datetime as dt
import re

from bulletin.data import documents as d
from bulletin.data import law
from bulletin.data.files import Sourced
from bulletin.data.kinds import DECISION, FORMS, ORGANISATIONS
from bulletin.data.yamlsource import SourceMap
from bulletin.model.consistency import Consistency
from bulletin.model.decisions import Decision, Presenter, Revocation
from bulletin.model.references import References, Tables, noun, unknown, where_to_add
from bulletin.vietnamese import formatting

# A decision's number as the Law writes it: "12/QĐ-UBND" (documents.Decision.number).
_DECISION_NUMBER = re.compile(r"\d+/[^\s/]+")


class DecisionBuilder:
    def __init__(self, refs: References, checks: Consistency) -> None:
        self.refs = refs
        self.checks = checks
        self.problems = refs.problems

    def decision(
        self,
        s: Sourced[d.Decision],
        tables: Tables,
        vocab: law.Vocabulary,
        announced: dict[str, dt.date],
    ) -> Decision | None:
        doc, src = s.doc, s.source
        issuer = self.refs.lookup(tables.org, ORGANISATIONS, doc.issuer, src.at("issuer"))
        form = self.refs.lookup(tables.form, FORMS, doc.form, src.at("form"))
        campaign = None
        if doc.campaign:
            campaign = self.refs.campaign(tables, doc.campaign, src.at("campaign"))
        self.checks.check_date(doc.date, src, campaign)
        day = doc.date or announced.get(doc.id)
        if doc.period:
            self.checks.check_period(doc, src, day)
        self.checks.check_recipients(doc, src)
        presenter = self.presenter(doc, src, tables, issuer, day)
        revocation = self.revocation(
            doc, src, tables, day
        )  # checked even when the issuer is unknown: all errors at once
        receivers_known = self.receivers(doc, src, tables, day)
        if (
            issuer is None
            or form is None
            or (doc.campaign and campaign is None)
            or (doc.presented_by and presenter is None)
        ):
            return None
        if not receivers_known:
            return None
        if doc.revoked and revocation is None:
            return None
        law.check_decision(doc, src, issuer, form, day, vocab, self.problems)
        level = vocab.levels.get(issuer.level or "")
        return Decision(
            doc,
            src.path,
            issuer,
            form,
            campaign,
            kind=vocab.kind(form),
            level=level,
            rank=vocab.rank(form, doc.grade, level),
            presenter=presenter,
            day=day,
            revocation=revocation,
        )

    def revocation(self, doc: d.Decision, src: SourceMap, tables: Tables, day: dt.date | None) -> Revocation | None:
        """The revoking decision: a number as written, or the id of a decision of this bulletin."""
        given = doc.revoked
        if given is None:
            return None
        ok = True
        if day is not None and given.date < day:
            when = "quyết định ghi ngày" if doc.date else "bài viết công bố quyết định ngày"
            self.problems.error(
                src.at("revoked", "date"),
                "revoked-before-decision",
                f"ngày hủy bỏ {formatting.date_short(given.date)} trước ngày của chính quyết định ({when} "
                f"{formatting.date_short(day)}); hãy kiểm tra lại revoked.date",
            )
            ok = False
        if given.date > self.checks.today:
            self.problems.error(
                src.at("revoked", "date"),
                "revoked-in-future",
                f"ngày hủy bỏ {formatting.date_short(given.date)} ở tương lai; hãy kiểm tra lại revoked.date",
            )
            ok = False
        # A decision of this bulletin may have no number yet: the revocation then names it by its id.
        number: str | None = given.by
        ident: str | None = None
        if _DECISION_NUMBER.match(given.by) is None:
            # Not a number: it names a decision of this bulletin by its id.
            found = tables.decision_ids.get(given.by)
            if found is None or given.by == doc.id:
                why = (
                    "một quyết định không hủy bỏ chính nó"
                    if given.by == doc.id
                    else unknown(noun(DECISION), given.by, tables.decision_ids)
                )
                self.problems.error(
                    src.at("revoked", "by"),
                    "unknown-reference",
                    where_to_add(why, DECISION.place) + "; hoặc ghi số của quyết định hủy bỏ, ví dụ by: 12/QĐ-UBND",
                )
                return None
            ident, number = given.by, found.doc.number
        return Revocation(given.date, number, ident, given.reason) if ok else None

    def presenter(
        self,
        doc: d.Decision,
        src: SourceMap,
        tables: Tables,
        issuer: d.Organisation | None,
        day: dt.date | None = None,
    ) -> Presenter | None:
        """Who presented the awards; one cannot act "thừa ủy quyền" of one's own office."""
        given = doc.presented_by
        if given is None:
            return None
        org = self.refs.lookup(tables.org, ORGANISATIONS, given.organisation, src.at("presented_by", "organisation"))
        if org is None:
            return None
        found = Presenter(org, given.office, given.on_behalf, day)
        if day is not None:
            self.checks.check_active(
                org,
                day,
                src.at("presented_by", "organisation"),
                f"được ghi là người trao khen thưởng theo {law.dated(doc, day)}",
            )
        if issuer is not None and given.on_behalf:
            office = issuer.office(day=day)
            if found.office == office:
                self.problems.error(
                    src.at("presented_by", "on_behalf"),
                    "on-behalf-of-self",
                    f"người trao là {office}, cũng là người ký quyết định: không ai thừa ủy quyền của chính mình; "
                    "hãy bỏ dòng on_behalf, hoặc ghi đúng người trao (organisation, office) như bài viết nêu",
                )
        return found

    def receivers(self, doc: d.Decision, src: SourceMap, tables: Tables, day: dt.date | None) -> bool:
        """Collectives that are organisations of this bulletin (collectives[i].organisation): known, and
        still in existence on the decision's day. False when one is unknown."""
        known = True
        for i, entry in enumerate(doc.collectives):
            if not isinstance(entry, d.Collective) or entry.organisation is None:
                continue
            where = src.at("collectives", i, "organisation")
            org = self.refs.lookup(tables.org, ORGANISATIONS, entry.organisation, where)
            if org is None:
                known = False
            elif day is not None:
                self.checks.check_active(org, day, where, f"được ghi là tập thể được khen theo {law.dated(doc, day)}")
        return known
