"""forms.yaml checked on its own, before any decision is judged by it: every kind a form names
exists, the laws follow one another in time, and each id is used once (bulletin.data.law applies
the vocabulary to decisions and organisations)."""

from __future__ import annotations

import datetime as dt
import itertools

from bulletin.data import documents as d
from bulletin.data.law import line_of, listed, unknown
from bulletin.data.problems import Location, Problems
from bulletin.data.yamlsource import SourceMap
from bulletin.vietnamese import formatting


def _check_kinds(doc: d.FormList, source: SourceMap, problems: Problems) -> None:
    """A form's kind must be another form that is itself a kind (not an instance, not itself)."""
    forms = {f.id: f for f in doc.forms}
    reported: set[frozenset[str]] = set()
    for i, form in enumerate(doc.forms):
        if form.kind is None:
            continue
        kind = forms.get(form.kind)
        where = source.at("forms", i, "kind")
        if kind is None:
            problems.error(where, "unknown-ref", unknown("hình thức", form.kind, "forms", forms))
        elif kind.id == form.id:
            problems.error(
                where,
                "kind-of-itself",
                f"hình thức '{form.id}' ghi kind là chính nó; một loại (như huan-chuong, ky-niem-chuong) không ghi kind: "
                f"hãy bỏ dòng kind: {form.kind}, hoặc ghi mã loại mà hình thức này thuộc về",
            )
        elif kind.kind == form.id:  # two forms naming each other: one mistake, said once
            pair = frozenset((form.id, kind.id))
            if pair not in reported:
                reported.add(pair)
                problems.error(
                    where,
                    "kind-cycle",
                    f"'{form.id}' ghi kind là '{kind.id}', và '{kind.id}' lại ghi kind là '{form.id}'; chỉ hình thức "
                    "cụ thể mới ghi kind, loại thì không: hãy bỏ dòng kind ở hình thức là loại",
                )
        elif kind.kind is not None:
            target = forms.get(kind.kind)
            example = f" (ví dụ '{kind.kind}')" if target is not None and target.kind is None else ""
            problems.error(
                where,
                "kind-of-instance",
                f"'{form.kind}' là một hình thức cụ thể thuộc '{kind.kind}'; kind phải là một loại{example}",
            )


def _in_order(law: d.Law) -> bool:
    return law.end is None or law.end >= law.start


def _check_laws(doc: d.FormList, source: SourceMap, problems: Problems) -> None:
    """Laws govern one after another: each ends on or after it starts, no two on the same day,
    and no day between two of them is left to none (a decision then would go unchecked)."""
    day = formatting.date_short
    for i, law in enumerate(doc.laws):
        if law.end is not None and law.end < law.start:
            problems.error(
                source.at("laws", i, "end"),
                "period",
                f"luật '{law.id}' hết hiệu lực ngày {day(law.end)} (end), trước ngày có hiệu lực {day(law.start)} "
                "(start); hãy sửa end: ngày cuối cùng còn hiệu lực phải bằng hoặc sau start",
            )
    # Each id once (a second is its own error), and only laws whose dates are in order.
    firsts = {x.id: i for i, x in reversed(list(enumerate(doc.laws)))}
    ordered = sorted(
        (i for i in firsts.values() if _in_order(doc.laws[i])),
        key=lambda i: doc.laws[i].start,
    )
    for before, after in itertools.pairwise(ordered):
        first, second = doc.laws[before], doc.laws[after]
        if first.end is None or second.start <= first.end:
            until = f"đến hết ngày {day(first.end)}" if first.end else "không có ngày hết hiệu lực (end)"
            where = line_of(source.at("laws", before, "id"))
            problems.error(
                source.at("laws", after, "start"),
                "laws-overlap",
                f"luật '{second.id}' có hiệu lực từ {day(second.start)}, khi luật '{first.id}' ({where}) "
                f"vẫn còn hiệu lực ({until}); mỗi ngày chỉ một luật được áp dụng: hãy sửa start của '{second.id}' "
                f"hoặc end của '{first.id}'",
            )
        elif (second.start - first.end).days > 1:
            gap_start, gap_end = first.end + dt.timedelta(days=1), second.start - dt.timedelta(days=1)
            problems.error(
                source.at("laws", after, "start"),
                "laws-gap",
                f"từ {day(gap_start)} đến {day(gap_end)} không có luật nào: '{first.id}' hết hiệu lực ngày "
                f"{day(first.end)}, '{second.id}' có hiệu lực từ {day(second.start)}; quyết định trong khoảng này sẽ "
                f"không được kiểm tra: hãy sửa start của '{second.id}' thành {gap_start.isoformat()} "
                f"hoặc end của '{first.id}' thành {gap_end.isoformat()}",
            )


def _check_unique(items: list[str], where: list[Location], what: str, fix: str, problems: Problems, code: str) -> None:
    """Each id once in its list; a second is an error at the second, naming the first."""
    first: dict[str, Location] = {}
    for ident, location in zip(items, where, strict=True):
        if ident in first:
            problems.error(location, code, f"{what} '{ident}' đã có ở {first[ident]}; {fix}")
        else:
            first[ident] = location


def check_vocabulary(doc: d.FormList, source: SourceMap, problems: Problems) -> bool:
    """The vocabulary's own consistency: kinds, grades, laws in time, ids, the references rules make.
    Returns whether it is sound (no error found here)."""
    before = len(problems.errors)
    forms = {f.id: f for f in doc.forms}
    laws = {x.id for x in doc.laws}
    _check_kinds(doc, source, problems)
    for i, form in enumerate(doc.forms):
        _check_unique(
            form.grades,
            [source.at("forms", i, "grades", g) for g in range(len(form.grades))],
            "hạng",
            "mỗi hạng chỉ ghi một lần: hãy xóa hạng lặp lại",
            problems,
            "duplicate-grade",
        )
        if form.recipients is not None:
            _check_unique(
                list(form.recipients),
                [source.at("forms", i, "recipients", r) for r in range(len(form.recipients))],
                "đối tượng",
                "hãy xóa mục lặp lại",
                problems,
                "duplicate-recipient-kind",
            )
    for section, items, kind in (
        ("laws", doc.laws, "luật"),
        ("levels", doc.levels, "cấp"),
        ("authorities", doc.authorities, "thẩm quyền"),
    ):
        _check_unique(
            [x.id for x in items],
            [source.at(section, i, "id") for i in range(len(items))],
            f"mã {kind}",
            f"mỗi mã chỉ dùng một lần trong {section}: hãy đổi mã hoặc xóa mục lặp lại",
            problems,
            "duplicate-id",
        )
    _check_laws(doc, source, problems)
    unknown_laws: dict[str, list[Location]] = {}
    for a, authority in enumerate(doc.authorities):
        if authority.charter and authority.rules:
            problems.error(
                source.at("authorities", a, "charter"),
                "charter-with-rules",
                f"thẩm quyền '{authority.id}' ghi charter: true (khen thưởng theo điều lệ, không kiểm tra) nhưng vẫn có "
                "rules; hãy bỏ rules, hoặc bỏ dòng charter nếu Luật quy định thẩm quyền này",
            )
        for r, rule in enumerate(authority.rules):
            if rule.law not in laws:
                unknown_laws.setdefault(rule.law, []).append(source.at("authorities", a, "rules", r, "law"))
            _check_unique(
                rule.forms,
                [source.at("authorities", a, "rules", r, "forms", f) for f in range(len(rule.forms))],
                "hình thức",
                "mỗi hình thức chỉ ghi một lần trong một quy tắc: hãy xóa mã lặp lại",
                problems,
                "duplicate-form",
            )
            for f, ident in enumerate(rule.forms):
                if ident not in forms:
                    problems.error(
                        source.at("authorities", a, "rules", r, "forms", f),
                        "unknown-ref",
                        unknown("hình thức", ident, "forms", forms),
                    )
    # One unknown law is one mistake, however many rules name it: reported once, the other places listed.
    for ident, places in unknown_laws.items():
        others = f" (cũng dùng ở {listed([line_of(p) for p in places[1:]], 'chỗ')})" if len(places) > 1 else ""
        problems.error(places[0], "unknown-ref", unknown("luật", ident, "laws", laws) + others)
    return len(problems.errors) == before
