"""The Law on Emulation and Commendation as the data states it, and the checks it implies.

forms.yaml declares the vocabulary: forms and emulation titles highest first (a named medal is
an instance of its kind), the laws with the dates they govern, the levels of government, and the
authorities with what each may award under each law. The rules live in the data, with their
legal basis, so that the department's emulation office can read and correct them; this module
only applies them. A decision is judged by the law in force on its date; before the first law
listed, or for an authority that awards under its own charter (mass organisations), nothing is
checked.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property

from bulletin.data import documents as d
from bulletin.data.kinds import FORMS, ORGANISATIONS
from bulletin.data.problems import Location, Problems
from bulletin.data.validation import suggest
from bulletin.data.yamlsource import SourceMap
from bulletin.vietnamese import formatting

RECIPIENT_LABEL = {"collectives": "tập thể", "individuals": "cá nhân"}


@dataclass
class Vocabulary:
    forms: dict[str, d.Form] = field(default_factory=dict)
    laws: list[d.Law] = field(default_factory=list)
    levels: dict[str, d.Level] = field(default_factory=dict)
    authorities: dict[str, d.Authority] = field(default_factory=dict)
    # False when forms.yaml itself has errors: its rules are then not applied to decisions, so that
    # one mistake in the vocabulary is reported there and not again at every decision it touches.
    sound: bool = True

    def kind(self, form: d.Form) -> d.Form:
        """The kind a form belongs to; a kind is its own."""
        return self.forms.get(form.kind or "", form) if form.kind else form

    def recipients(self, form: d.Form) -> tuple[list[str] | None, str | None]:
        return recipients(form, self.kind(form))

    def law_on(self, day: dt.date) -> d.Law | None:
        for law in self.laws:
            if law.start <= day and (law.end is None or day <= law.end):
                return law
        return None

    def rank(self, form: d.Form, grade: str | None, level: d.Level | None) -> tuple[int, int, int]:
        """Highest first: the kind's place in forms.yaml, then the instance's, the grade, the level."""
        forms, levels = self._places
        kind = self.kind(form)
        grade_rank = form.grades.index(grade) if grade in form.grades else len(form.grades)
        level_rank = levels.get(level.id, len(levels)) if level else len(levels)
        # The kind's place first, then the form's own: exact for any number of forms.
        place = forms[kind.id] * len(forms) + forms[form.id] if form.id in forms and kind.id in forms else 0
        return (place, grade_rank, level_rank)

    @cached_property
    def _places(self) -> tuple[dict[str, int], dict[str, int]]:
        """Each form's and level's place in forms.yaml, found once for every decision ranked."""
        return {x: i for i, x in enumerate(self.forms)}, {x: i for i, x in enumerate(self.levels)}


def recipients(form: d.Form, kind: d.Form | None) -> tuple[list[str] | None, str | None]:
    """Who may receive the form (None: anyone), and the basis of that rule: the form's own, else its kind's."""
    if form.recipients is not None:
        return list(form.recipients), form.basis
    if kind is None or kind.recipients is None:
        return None, (kind.basis if kind else None) or form.basis
    return list(kind.recipients), kind.basis or form.basis


def vocabulary(doc: d.FormList | None) -> Vocabulary:
    if doc is None:
        return Vocabulary()
    return Vocabulary(
        forms={f.id: f for f in doc.forms},
        laws=sorted(doc.laws, key=lambda x: x.start),
        levels={x.id: x for x in doc.levels},
        authorities={x.id: x for x in doc.authorities},
    )


def listed(items: Iterable[str], noun: str, limit: int = 8) -> str:
    """A list for a message: the first few, so that a very long one cannot flood the editor's screen."""
    items = list(items)
    return ", ".join(items[:limit]) + (
        f", ... (tất cả {formatting.number(len(items))} {noun})" if len(items) > limit else ""
    )


def unknown(kind: str, wanted: str, section: str, known: Iterable[str]) -> str:
    """An unknown code in the vocabulary: the nearest known one, or those there are, and where they live."""
    known = list(known)
    near = suggest(wanted, known)
    where = f"trong {section} của {FORMS.pattern}"
    if near:
        return f"không có {kind} mã '{wanted}' {where}; có phải ý bạn là '{near}'?"
    return f"không có {kind} mã '{wanted}' {where}; các mã hiện có: {listed(known, 'mã') or '(chưa khai báo)'}"


def names(ids: list[str], vocab: Vocabulary) -> str:
    return listed((vocab.forms[i].name if i in vocab.forms else i for i in ids), "hình thức")


def line_of(location: Location) -> str:
    """'dòng 12': another line of the same file, for a message."""
    return f"dòng {location.line}"


def check_organisation(
    org: d.Organisation, source: SourceMap, path: tuple[str | int, ...], vocab: Vocabulary, problems: Problems
) -> None:
    """An organisation's level and authority must be declared once forms.yaml declares them."""
    for key, table, kind, section in (
        ("level", vocab.levels, "cấp", "levels"),
        ("authority", vocab.authorities, "thẩm quyền", "authorities"),
    ):
        value = getattr(org, key)
        if value is None:
            if table:
                problems.error(
                    source.at(*path, "id"),
                    "missing-field",
                    f"cơ quan '{org.id}' chưa ghi {key} ({kind}); hãy thêm dòng '{key}: ...' với một mã trong {section} "
                    f"của {FORMS.pattern}: " + listed(table, "mã"),
                )
        elif value not in table:
            problems.error(source.at(*path, key), "unknown-ref", unknown(kind, value, section, table))


def dated(doc: d.Decision, day: dt.date) -> str:
    """Which date the check used: the decision's own, or the article's that announced it."""
    if doc.date:
        return f"quyết định ghi ngày {formatting.date_short(day)}"
    return f"bài viết công bố quyết định ngày {formatting.date_short(day)} (quyết định không ghi ngày)"


def check_active(org: d.Organisation, day: dt.date, where: Location, when: str, problems: Problems) -> bool:
    """An organisation named on a day after it ended (as issuer, presenter, organiser or honoured
    collective): reported with when it ended and who took over. True when it had ended."""
    if org.ended is None or day <= org.ended:
        return False
    problems.error(
        where,
        "organisation-ended",
        f"{org.name_on(org.ended)} không còn hoạt động từ ngày {formatting.date_short(org.gone_from or day)} "
        f"({ORGANISATIONS.pattern} ghi ended: {org.ended.isoformat()}), nhưng {when}; hãy kiểm tra lại ngày, "
        "hoặc ghi cơ quan kế thừa" + (f" ({', '.join(org.successors)})" if org.successors else ""),
    )
    return True


def _near_grade(wanted: str, grades: list[str]) -> str | None:
    """The grade meant when only case or spacing differ ("Hạng Ba", "hạng  Ba"). Not a near spelling:
    grades differ by one word ("hạng Tư" is not "hạng Ba")."""
    folded = {" ".join(g.split()).casefold(): g for g in grades}
    return folded.get(" ".join(wanted.split()).casefold())


def check_decision(
    doc: d.Decision,
    source: SourceMap,
    issuer: d.Organisation,
    form: d.Form,
    day: dt.date | None,
    vocab: Vocabulary,
    problems: Problems,
) -> None:
    """Grade, recipients, the issuer's level and authority, by the rules in force on `day`."""
    if form.grades and doc.grade is None:
        problems.error(
            source.at("form"),
            "missing-grade",
            f"{form.name} có các hạng: {listed(form.grades, 'hạng')}; hãy ghi grade, ví dụ: grade: {form.grades[-1]}",
        )
    elif doc.grade is not None and not form.grades:
        problems.error(
            source.at("grade"), "unknown-grade", f"{form.name} không chia hạng; hãy bỏ dòng grade: {doc.grade}"
        )
    elif doc.grade is not None and doc.grade not in form.grades:
        near = _near_grade(doc.grade, form.grades)
        fix = (
            f"có phải ý bạn là '{near}'? Hãy ghi đúng như trong {FORMS.pattern}"
            if near
            else (f"các hạng: {listed(form.grades, 'hạng')}")
        )
        problems.error(source.at("grade"), "unknown-grade", f"{form.name} không có '{doc.grade}'; {fix}")
    if not vocab.sound:
        return  # forms.yaml has errors of its own: its rules are not applied until they are fixed
    allowed_kinds, basis = vocab.recipients(form)
    if allowed_kinds is not None:
        for key, label in RECIPIENT_LABEL.items():
            given = bool(getattr(doc, key)) or bool(doc.counts and getattr(doc.counts, key))
            if given and key not in allowed_kinds:
                where = source.at(key) if getattr(doc, key) else source.at("counts", key)
                only = " và ".join(RECIPIENT_LABEL[k] for k in allowed_kinds)
                problems.error(
                    where,
                    "wrong-recipient",
                    f"{form.name} chỉ tặng {only}, không tặng {label}"
                    + (f" (căn cứ: {basis})" if basis else "")
                    + f"; hãy kiểm tra lại hình thức (form) hoặc bỏ danh sách, số lượng {label}",
                )
    if day is None:
        return
    level = vocab.levels.get(issuer.level or "")
    # One message per decision: the body's own end, else its level's.
    ended = check_active(issuer, day, source.at("issuer"), dated(doc, day), problems)
    if not ended and level is not None and level.end is not None and day > level.end:
        problems.error(
            source.at("issuer"),
            "level-ended",
            f"{issuer.name_on(day)} là cơ quan {level.name.lower()}; {level.name.lower()} không còn từ ngày "
            f"{formatting.date_short(level.end + dt.timedelta(days=1))}"
            + (f" ({level.basis})" if level.basis else "")
            + f", nhưng {dated(doc, day)}; hãy kiểm tra lại ngày hoặc cơ quan",
        )
    authority = vocab.authorities.get(issuer.authority or "")
    law = vocab.law_on(day)
    if authority is None or authority.charter or law is None:
        return
    rules = [r for r in authority.rules if r.law == law.id]
    if not rules:
        return
    kind = vocab.kind(form)
    if any(form.id in r.forms or kind.id in r.forms for r in rules):
        return
    may = "; ".join(f"{names(r.forms, vocab)} (căn cứ: {r.basis})" for r in rules[:3])
    may += f"; ... (tất cả {formatting.number(len(rules))} quy tắc)" if len(rules) > 3 else ""
    problems.error(
        source.at("form"),
        "no-authority",
        f"{issuer.office(day=day)} không có thẩm quyền tặng {form.name} vào ngày {formatting.date_short(day)}"
        + ("" if doc.date else " (ngày bài viết công bố; quyết định không ghi ngày)")
        + f": theo {law.short_name}, "
        f"{authority.name} chỉ quyết định tặng {may}; hãy kiểm tra lại hình thức (form) hoặc cơ quan (issuer)",
    )
