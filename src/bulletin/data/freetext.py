"""Checks on the free text pages show, across every data file: personal identifiers where
people are not the subject (warnings) and {{ placeholders }} where nothing is filled in.

Recipients and signers, whose fields describe one person, are checked strictly in people.py.
"""

from __future__ import annotations

from typing import Any

from bulletin.data import people, personal, placeholders
from bulletin.data.files import Catalog
from bulletin.data.kinds import SINGLES
from bulletin.data.problems import Problems
from bulletin.data.yamlsource import SourceMap

Texts = list[tuple[tuple[str | int, ...], str | None]]

# The fields whose {{ placeholders }} are filled in (and checked) when an article is made.
FILLED_IN = {("title",), ("lead",), ("body",), ("figures", "caption"), ("figures", "alt")}


def check(catalog: Catalog, problems: Problems) -> None:
    check_personal(catalog, problems)
    check_stray_placeholders(catalog, problems)


def warn_personal(src: SourceMap, texts: Texts, problems: Problems) -> None:
    """Free text that is not about one person (an article, a reason, a unit's name): a personal
    identifier there is a warning, since a public hotline or a unit's address can be news."""
    for path, text in texts:
        field = next((p for p in reversed(path) if isinstance(p, str)), "giá trị")  # "basis", not its index
        for offset, kind in personal.find(text or ""):
            problems.warning(
                src.within(path, offset, text or ""),
                "personal-data",
                f"'{field}' có vẻ chứa {kind}; nếu là thông tin của một người, {personal.LAW}: hãy xóa",
            )


def check_personal(catalog: Catalog, problems: Problems) -> None:
    """Bylines, authors and photo credits name people (public names only): personal identifiers
    there are errors. Everywhere else on a page (articles, reasons, campaigns, organisations,
    metrics, the bulletin) they are warnings."""
    for a in catalog.articles:
        doc = a.doc
        people.report_personal(a.source, ("byline",), doc.byline, problems)
        for i, author in enumerate(doc.authors):
            for field in ("name", "unit"):
                people.report_personal(a.source, ("authors", i, field), getattr(author, field), problems)
        # Credits as written (documents drops a leading "Ảnh:"), so that columns point at the text.
        credits = [("photo_credit",)] + [("figures", i, "credit") for i, x in enumerate(doc.figures) if x.credit]
        for path in credits:
            people.report_personal(a.source, path, a.source.raw.get(path), problems)
        if doc.source:
            warn_personal(a.source, [(("source", "name"), doc.source.name)], problems)
        if doc.ceremony:
            warn_personal(a.source, [(("ceremony", "place"), doc.ceremony.place)], problems)
        texts: Texts = [(("title",), doc.title), (("lead",), doc.lead), (("body",), doc.body)]
        texts += [(("figures", i, f), getattr(x, f)) for i, x in enumerate(doc.figures) for f in ("caption", "alt")]
        texts += [
            (("statistics", g, "items", i, "detail"), item.detail)
            for g, group in enumerate(doc.statistics)
            for i, item in enumerate(group.items)
        ]
        warn_personal(a.source, texts, problems)
    for s in catalog.decisions:
        texts = [(("reason",), s.doc.reason), (("occasion",), s.doc.occasion)]
        texts += [(("basis", i), x) for i, x in enumerate(s.doc.basis)]
        if s.doc.presented_by:
            texts.append((("presented_by", "office"), s.doc.presented_by.office))
        warn_personal(s.source, texts, problems)
    for c in catalog.campaigns:
        warn_personal(c.source, [(("name",), c.doc.name), (("description",), c.doc.description)], problems)
    for kind in SINGLES:
        listed, names = kind.items, kind.texts
        if (single := catalog.singles.get(kind.place)) is None:
            continue
        items: list[tuple[int, Any]] = list(enumerate(getattr(single.doc, listed))) if listed else [(-1, single.doc)]
        texts = [((listed, i, f) if listed else (f,), getattr(item, f, None)) for i, item in items for f in names]
        warn_personal(single.source, texts, problems)


def check_stray_placeholders(catalog: Catalog, problems: Problems) -> None:
    """{{ ... }} anywhere else would be published as it is written: say where it may go."""
    articles = {id(s.source) for s in catalog.articles}
    sources: list[SourceMap] = [s.source for s in catalog.decisions] + [s.source for s in catalog.campaigns]
    sources += [s.source for s in catalog.singles.values()] + [s.source for s in catalog.articles]
    for source in sources:
        for path, raw in source.raw.items():
            if "{{" not in raw:
                continue
            names = tuple(p for p in path if isinstance(p, str))
            if id(source) in articles and names in FILLED_IN:
                continue
            found = next(placeholders.find(raw), None)
            offset = found[1] if found else raw.index("{{")
            problems.error(
                source.within(path, offset, raw),
                "placeholder-here",
                f"'{names[-1] if names else 'giá trị'}' không điền số liệu {{{{ ... }}}}: chỉ title, lead, body, "
                "caption và alt của bài viết được điền; ở đây hãy viết chữ bình thường",
            )
