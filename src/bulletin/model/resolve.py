"""Check references between documents and build the resolved model.

Shape errors were found per file by the loader; here we find what only the whole
data set shows: missing or duplicate ids, counts that disagree with the names,
placeholders that name nothing, images that are not there.
"""

from __future__ import annotations

import datetime as dt
import posixpath
import re
from collections.abc import Iterable, Mapping, Set
from typing import Any, cast

import markdown

from bulletin.data import documents as d
from bulletin import model
from bulletin.data import freetext, law, media, parsecache, people, personal
from bulletin.model import body, placeholders
from bulletin.vietnamese import formatting
from bulletin.vietnamese import text as text_module
from bulletin.data.kinds import ALL as KINDS
from bulletin.data.kinds import CAMPAIGN, DECISION, FORMS, METRICS, ORGANISATIONS, SINGLES, SITE
from bulletin.data.files import Catalog, Sourced
from bulletin.data.problems import Location, Problems
from bulletin.data.validation import suggest
from bulletin.data.yamlsource import SourceMap


# A decision's number as the Law writes it: "12/QĐ-UBND" (documents.Decision.number).
_DECISION_NUMBER = re.compile(r"\d+/[^\s/]+")


def _unknown(kind: str, wanted: str, known: Iterable[str]) -> str:
    known = sorted(known)
    near = suggest(wanted, known)
    if near:
        return f"không có {kind} mã '{wanted}'; có phải ý bạn là '{near}'?"
    listed = ", ".join(known[:8]) + (", ..." if len(known) > 8 else "")
    return f"không có {kind} mã '{wanted}'; các mã hiện có: {listed or '(chưa có)'}"


# Where an editor adds what a reference names when it is new, by the file or folder that defines it.
_WHERE_TO_ADD = {kind.place: kind.add for kind in KINDS if kind.add}


def _where_to_add(message: str, source: str) -> str:
    """The hint as its own sentence after a question ("có phải ý bạn là ...? Nếu là ..."), else after "; "."""
    hint = _WHERE_TO_ADD.get(source)
    if hint is None:
        return message
    return f"{message} {hint[0].upper()}{hint[1:]}" if message.endswith("?") else f"{message}; {hint}"


# What the ids of each list of a single file name, for messages ("mã hình thức 'bang-khen' đã được dùng").
_ID_KIND = {kind.items: kind.item_label for kind in SINGLES if kind.items}


class _Resolver:
    def __init__(self, catalog: Catalog, problems: Problems, today: dt.date):
        self.catalog = catalog
        self.problems = problems
        self.today = today
        # Figures' images by data path: the checked ones for pages, and every answer once.
        self.images: dict[str, media.Image] = {}
        self.inspected: dict[str, media.Image | str] = {}
        self.published: dict[str, str] = {}  # site path -> data path, to refuse two images on one name

    def unique(self, kind: str, entries: Iterable[tuple[str, Location]]) -> set[str]:
        """Report ids used twice; return the ids seen."""
        first: dict[str, Location] = {}
        for ident, where in entries:
            if ident in first:
                self.problems.error(
                    where, "duplicate-id", f"mã {kind} '{ident}' đã được dùng ở {first[ident]}; mỗi mã chỉ dùng một lần"
                )
            else:
                first[ident] = where
        return set(first)

    def lookup(self, table: dict[str, Any], kind: str, ident: str, where: Location, source: str = "") -> Any:
        """The referenced document; a missing one is reported unless the file that would
        define it could not be read at all (its own error is then the cause)."""
        if ident not in table and self.readable(source):
            self.problems.error(where, "unknown-ref", _where_to_add(_unknown(kind, ident, table), source))
        return table.get(ident)

    def readable(self, source: str) -> bool:
        """Whether the file or folder that defines references was read: one that is unreadable,
        or a required file that is missing, reports itself, not at every reference."""
        if source in self.catalog.unreadable:
            return False
        return source not in {kind.place for kind in SINGLES} or source in self.catalog.singles

    # -- documents -------------------------------------------------------------------

    def listed(self, name: str, attribute: str) -> dict[str, Any]:
        sourced = self.catalog.singles.get(name)
        if sourced is None:
            return {}
        items = getattr(sourced.doc, attribute)
        self.unique(
            _ID_KIND.get(attribute, attribute), ((x.id, sourced.source.at(attribute, i, "id")) for i, x in enumerate(items))
        )
        return {x.id: x for x in items}

    def campaigns(self) -> dict[str, model.Campaign]:
        entries = self.catalog.campaigns
        self.unique("chiến dịch", ((s.doc.id, s.source.at("id")) for s in entries))
        for s in entries:
            if s.doc.end_year < s.doc.start_year:
                self.problems.error(
                    s.source.at("end_year"), "period", "end_year phải bằng hoặc sau start_year"
                )
        return {s.doc.id: model.Campaign(s.doc, s.source.path) for s in entries}

    def check_as_of(self, as_of: str | dt.date | None, source: SourceMap, path: tuple[str | int, ...]) -> None:
        """"Tính đến tháng 5/2024" cannot be a month still to come."""
        if as_of is None:
            return
        year, month = (as_of.year, as_of.month) if isinstance(as_of, dt.date) else map(int, as_of.split("-"))
        if (year, month) > (self.today.year, self.today.month):
            self.problems.error(
                source.at(*path), "future-date",
                f"số liệu tính đến {formatting.as_of(as_of).removeprefix('tính đến ')} là thời điểm ở tương lai; "
                "hãy kiểm tra lại năm, tháng",
            )

    def check_date(self, day: dt.date | None, source: SourceMap, campaign: model.Campaign | None) -> None:
        if day is None:
            return
        where = source.at("date")
        if day > self.today:
            self.problems.error(
                where, "future-date", f"ngày {formatting.date_short(day)} ở tương lai; hãy kiểm tra lại năm, tháng"
            )
        elif campaign and campaign.doc.start_year <= campaign.doc.end_year and not (
            campaign.doc.start_year <= day.year <= campaign.doc.end_year + 1
        ):
            self.problems.error(
                where,
                "outside-period",
                f"ngày {formatting.date_short(day)} nằm ngoài giai đoạn {campaign.period} của {campaign.doc.short_name}",
            )

    def campaign(self, tables: dict[str, dict[str, Any]], ident: str, where: Location) -> model.Campaign | None:
        """The campaign a document names; one whose own file is invalid reports itself there,
        not as 'no such campaign' at every decision and article that names it."""
        if ident in self.catalog.invalid_ids.get(CAMPAIGN.place, ()) and ident not in tables["campaign"]:
            return None
        return self.lookup(tables["campaign"], "chiến dịch", ident, where, CAMPAIGN.place)

    def decision(self, s: Sourced[d.Decision], tables: dict[str, dict[str, Any]], vocab: law.Vocabulary,
                 announced: dict[str, dt.date]) -> model.Decision | None:
        doc, src = s.doc, s.source
        issuer = self.lookup(tables["org"], "cơ quan", doc.issuer, src.at("issuer"), ORGANISATIONS.place)
        form = self.lookup(tables["form"], "hình thức khen thưởng", doc.form, src.at("form"), FORMS.place)
        campaign = None
        if doc.campaign:
            campaign = self.campaign(tables, doc.campaign, src.at("campaign"))
        self.check_date(doc.date, src, campaign)
        day = doc.date or announced.get(doc.id)
        if doc.period:
            self.check_period(doc, src, day)
        self.check_recipients(doc, src)
        presenter = self.presenter(doc, src, tables, issuer, day)
        revocation = self.revocation(doc, src, tables, day)  # checked even when the issuer is unknown: all errors at once
        receivers_known = self.receivers(doc, src, tables, day)
        if issuer is None or form is None or (doc.campaign and campaign is None) or (doc.presented_by and presenter is None):
            return None
        if not receivers_known:
            return None
        if doc.revoked and revocation is None:
            return None
        law.check_decision(doc, src, issuer, form, day, vocab, self.problems)
        level = vocab.levels.get(issuer.level or "")
        return model.Decision(
            doc, src.path, issuer, form, campaign,
            kind=vocab.kind(form), level=level, rank=vocab.rank(form, doc.grade, level), presenter=presenter,
            day=day,
            revocation=revocation,
        )

    def revocation(self, doc: d.Decision, src: SourceMap, tables: dict[str, dict[str, Any]],
                   day: dt.date | None) -> model.Revocation | None:
        """The revoking decision: a number as written, or the id of a decision of this bulletin."""
        given = doc.revoked
        if given is None:
            return None
        ok = True
        if day is not None and given.date < day:
            when = "quyết định ghi ngày" if doc.date else "bài viết công bố quyết định ngày"
            self.problems.error(
                src.at("revoked", "date"), "revoked-before-decision",
                f"ngày hủy bỏ {formatting.date_short(given.date)} trước ngày của chính quyết định ({when} "
                f"{formatting.date_short(day)}); hãy kiểm tra lại revoked.date",
            )
            ok = False
        if given.date > self.today:
            self.problems.error(
                src.at("revoked", "date"), "revoked-in-future",
                f"ngày hủy bỏ {formatting.date_short(given.date)} ở tương lai; hãy kiểm tra lại revoked.date",
            )
            ok = False
        number, ident = given.by, None
        if _DECISION_NUMBER.match(given.by) is None:
            # Not a number: it names a decision of this bulletin by its id.
            found = tables["decision_ids"].get(given.by)
            if found is None or given.by == doc.id:
                why = (
                    "một quyết định không hủy bỏ chính nó" if given.by == doc.id
                    else _unknown("quyết định", given.by, tables["decision_ids"])
                )
                self.problems.error(
                    src.at("revoked", "by"), "unknown-reference",
                    _where_to_add(why, DECISION.place) + "; hoặc ghi số của quyết định hủy bỏ, ví dụ by: 12/QĐ-UBND",
                )
                return None
            ident, number = given.by, found.doc.number
        return model.Revocation(given.date, number, ident, given.reason) if ok else None

    def presenter(self, doc: d.Decision, src: SourceMap, tables: dict[str, dict[str, Any]],
                  issuer: d.Organisation | None, day: dt.date | None = None) -> model.Presenter | None:
        """Who presented the awards; one cannot act "thừa ủy quyền" of one's own office."""
        given = doc.presented_by
        if given is None:
            return None
        org = self.lookup(tables["org"], "cơ quan", given.organisation, src.at("presented_by", "organisation"),
                          ORGANISATIONS.place)
        if org is None:
            return None
        found = model.Presenter(org, given.office, given.on_behalf, day)
        if day is not None:
            self.check_active(org, day, src.at("presented_by", "organisation"),
                              f"được ghi là người trao khen thưởng theo {law.dated(doc, day)}")
        if issuer is not None and given.on_behalf:
            office = issuer.office(day=day)
            if found.office == office:
                self.problems.error(
                    src.at("presented_by", "on_behalf"), "on-behalf-of-self",
                    f"người trao là {office}, cũng là người ký quyết định: không ai thừa ủy quyền của chính mình; "
                    "hãy bỏ dòng on_behalf, hoặc ghi đúng người trao (organisation, office) như bài viết nêu",
                )
        return found

    def receivers(self, doc: d.Decision, src: SourceMap, tables: dict[str, dict[str, Any]], day: dt.date | None) -> bool:
        """Collectives that are organisations of this bulletin (collectives[i].organisation): known, and
        still in existence on the decision's day. False when one is unknown."""
        known = True
        for i, entry in enumerate(doc.collectives):
            if not isinstance(entry, d.Collective) or entry.organisation is None:
                continue
            where = src.at("collectives", i, "organisation")
            org = self.lookup(tables["org"], "cơ quan, đơn vị", entry.organisation, where, ORGANISATIONS.place)
            if org is None:
                known = False
            elif day is not None:
                self.check_active(org, day, where, f"được ghi là tập thể được khen theo {law.dated(doc, day)}")
        return known

    def check_active(self, org: d.Organisation, day: dt.date, where: Location, when: str) -> None:
        """An organisation cannot present or organise after it ended (law.check_decision does the issuer)."""
        law.check_active(org, day, where, when, self.problems)

    def check_period(self, doc: d.Decision, src: SourceMap, day: dt.date | None) -> None:
        """The years of achievement: in order, not to come, and begun by the time they were rewarded."""
        start, _, end = str(doc.period).partition("-")
        if end and int(end) < int(start):
            self.problems.error(src.at("period"), "period", f"giai đoạn {doc.period}: năm cuối phải bằng hoặc sau năm đầu")
        elif int(end or start) > self.today.year:
            self.problems.error(
                src.at("period"), "future-date",
                f"thời gian đạt thành tích {doc.period} ở tương lai; hãy kiểm tra lại năm (period)",
            )
        elif day is not None and int(start) > day.year:
            when = "quyết định ghi ngày" if doc.date else "bài viết công bố quyết định ngày"
            self.problems.error(
                src.at("period"), "period-after-decision",
                f"thời gian đạt thành tích {doc.period} bắt đầu sau năm khen thưởng: {when} "
                f"{formatting.date_short(day)}; hãy kiểm tra lại period (năm đạt thành tích) hoặc ngày",
            )

    def check_recipients(self, doc: d.Decision, src: SourceMap) -> None:
        """Named, only counted, or not published: said explicitly, so a forgotten list is an error."""
        listed = doc.collectives or doc.individuals
        if doc.names == "unpublished":
            for key, label in law.RECIPIENT_LABEL.items():
                if getattr(doc, key):
                    self.problems.error(
                        src.at(key), "unpublished-with-names",
                        f"quyết định ghi names: unpublished (danh sách chưa công bố) nhưng vẫn có danh sách {label} ({key}); "
                        "hãy bỏ danh sách hoặc bỏ dòng names",
                    )
            # Counts that say nothing ({}), or that nobody at all was honoured (0 and 0). One zero next to an
            # unknown is a fact ("0 tập thể" beside individuals not counted).
            stated = [c for c in (doc.counts.collectives, doc.counts.individuals) if c is not None] if doc.counts else []
            if doc.counts is not None and (not stated or len(stated) == 2 and not any(stated)):
                self.problems.error(
                    src.at("counts"), "no-count",
                    "counts không có số nào lớn hơn 0: một quyết định khen thưởng phải có người, đơn vị được khen; "
                    "hãy ghi đúng số bài viết nêu, hoặc bỏ counts nếu bài viết không nêu số",
                )
            return
        if not listed:
            self.problems.error(
                src.at("id"), "no-recipients",
                "quyết định chưa có danh sách tập thể (collectives) hay cá nhân (individuals) được khen; "
                "nếu bài viết không công bố danh sách, hãy ghi names: unpublished "
                "(và counts nếu bài viết nêu số lượng)",
            )
            return
        if doc.counts:
            for kind, label, names in (
                ("collectives", "tập thể", doc.collectives),
                ("individuals", "cá nhân", doc.individuals),
            ):
                stated = getattr(doc.counts, kind)
                if stated is not None and stated != len(names):
                    self.problems.error(
                        src.at("counts", kind),
                        "count-mismatch",
                        f"counts.{kind} ghi {stated} {label} nhưng danh sách {kind} có {len(names)} {label}; "
                        f"hãy sửa số cho khớp hoặc bổ sung danh sách",
                    )

    def article(self, s: Sourced[d.Article], tables: dict[str, dict[str, Any]]) -> model.Article | None:
        doc, src = s.doc, s.source
        ok = True
        campaign = None
        if doc.campaign:
            campaign = self.campaign(tables, doc.campaign, src.at("campaign"))
            ok = campaign is not None
        self.check_date(doc.date, src, campaign)
        self.check_corrections(doc, src)
        decisions = []
        # A decision listed twice would be counted twice in {{ awards.* }}.
        self.unique("quyết định", ((ident, src.at("decisions", i)) for i, ident in enumerate(doc.decisions)))
        for i, ident in enumerate(doc.decisions):
            if ident in self.catalog.invalid_ids.get(DECISION.place, ()) or (
                ident in tables["decision_ids"] and ident not in tables["decision"]
            ):
                ok = False  # the decision exists but is invalid; its own file reports why
                continue
            found = self.lookup(tables["decision_ids"], "quyết định", ident, src.at("decisions", i), DECISION.place)
            if found is None:
                ok = False
            else:
                decisions.append(tables["decision"][ident])
        ceremony = self.ceremony(doc, src, tables)
        ok = ok and (doc.ceremony is None or ceremony is not None)
        groups = []
        # One value per partner, period and metric in an article: a second would silently replace the first.
        reported: dict[tuple[str, str, str], Location] = {}
        for g, group in enumerate(doc.statistics):
            partner = None
            if group.partner:
                partner = self.lookup(tables["org"], "tổ chức", group.partner, src.at("statistics", g, "partner"), ORGANISATIONS.place)
                ok = ok and partner is not None
            items = []
            period = group.period or (campaign.period_key if campaign else str(doc.date.year))
            self.check_as_of(group.as_of, src, ("statistics", g, "as_of"))
            for i, item in enumerate(group.items):
                self.check_as_of(item.as_of, src, ("statistics", g, "items", i, "as_of"))
                where = src.at("statistics", g, "items", i, "metric")
                key = (period, group.partner or "", item.metric)
                if key in reported:
                    who = f"của {group.partner} " if group.partner else ""
                    self.problems.error(
                        where, "duplicate-statistic",
                        f"chỉ tiêu '{item.metric}' {who}giai đoạn {period} đã có ở {reported[key]}; "
                        "mỗi chỉ tiêu chỉ ghi một số cho mỗi tổ chức và giai đoạn",
                    )
                reported.setdefault(key, where)
                metric = self.lookup(tables["metric"], "chỉ tiêu", item.metric, where, METRICS.place)
                if metric is None:
                    ok = False
                else:
                    items.append(model.Statistic(item, metric))
            groups.append(model.StatisticGroup(partner, group.as_of, items, period))
        self.unique("hình", ((f.id, src.at("figures", i, "id")) for i, f in enumerate(doc.figures)))
        for i, figure in enumerate(doc.figures):
            self.check_media(figure.image, src.at("figures", i, "image"))
        values = _article_values(decisions, campaign)
        # Counts of decisions that give none: named here, with the decisions that lack them, so that
        # using one is its own error.
        unknown = {name: why for name in _count_names(decisions) if name not in values
                   and (why := _why_unknown(name, decisions))} if ok else {}
        # Names of decisions that failed elsewhere still count as known here.
        listed = {f"decision.{i}.{part}" for i in doc.decisions for part in ("total", "collectives", "individuals")}
        listed |= {f"awards.{part}" for part in ("total", "collectives", "individuals")}
        figures = {f"figure.{f.id}" for f in doc.figures}
        if doc.campaign:  # known even when the campaign id is wrong: that error is reported above
            listed |= CAMPAIGN_VALUES
        self.check_placeholders(src, "title", doc.title, values, listed, unknown)
        self.check_placeholders(src, "lead", doc.lead, values, listed, unknown)
        self.check_placeholders(src, "body", doc.body, values, listed | figures, unknown)
        for i, shown in enumerate(doc.figures):  # captions and alt texts are filled in too ("Ảnh: {{ campaign.short_name }}")
            self.check_placeholders(src, ("figures", i, "caption"), shown.caption, values, listed, unknown)
            self.check_placeholders(src, ("figures", i, "alt"), shown.alt, values, listed, unknown)
        internal = self.check_body(src, doc.body, {f.id for f in doc.figures})
        if not ok:
            return None
        title = placeholders.render(doc.title, lambda n: values.get(n, ""))
        lead = placeholders.render(doc.lead, lambda n: values.get(n, ""))
        links = tuple((target, src.within(("body",), offset, doc.body)) for target, offset in internal)
        return model.Article(doc, src.path, campaign, decisions, groups, values, title, lead, links, ceremony)

    def check_corrections(self, doc: d.Article, src: SourceMap) -> None:
        """A correction follows the article it corrects, and is not in the future."""
        for i, correction in enumerate(doc.corrections):
            if correction.date < doc.date:
                self.problems.error(
                    src.at("corrections", i, "date"), "correction-before-article",
                    f"ngày đính chính {formatting.date_short(correction.date)} trước ngày đăng bài "
                    f"{formatting.date_short(doc.date)}; hãy kiểm tra lại ngày",
                )
            elif correction.date > self.today:
                self.problems.error(
                    src.at("corrections", i, "date"), "correction-in-future",
                    f"ngày đính chính {formatting.date_short(correction.date)} ở tương lai; hãy kiểm tra lại ngày",
                )

    def ceremony(self, doc: d.Article, src: SourceMap, tables: dict[str, dict[str, Any]]) -> model.Ceremony | None:
        """The award ceremony the article reports: something said, with the awards it presented,
        by an organiser that exists, on a day that had come when the article was written."""
        given = doc.ceremony
        if given is None:
            return None
        where = src.at("ceremony")
        if not (given.organiser or given.place or given.date or given.part_of_day):
            self.problems.error(
                where, "empty-ceremony",
                "ceremony (buổi lễ) chưa ghi gì; hãy ghi đơn vị tổ chức (organiser), nơi tổ chức (place) "
                "hoặc ngày (date) như bài viết nêu, hoặc bỏ dòng ceremony",
            )
        if not doc.decisions:
            self.problems.error(
                where, "ceremony-without-decisions",
                "bài viết ghi buổi lễ trao khen thưởng (ceremony) nhưng không có quyết định nào (decisions); "
                "hãy thêm các quyết định được trao tại buổi lễ, hoặc bỏ ceremony",
            )
        if given.date is not None:
            day = formatting.date_short(given.date)
            # Not after the article, hence not to come either (the article's own date is checked).
            if given.date > doc.date:
                self.problems.error(
                    src.at("ceremony", "date"), "ceremony-after-article",
                    f"buổi lễ ngày {day} sau ngày đăng bài ({formatting.date_short(doc.date)}): bài viết thuật lại "
                    "buổi lễ đã diễn ra; hãy kiểm tra lại ngày của buổi lễ (ceremony.date) hoặc của bài viết (date)",
                )
        elif given.part_of_day is not None:
            self.problems.error(
                src.at("ceremony", "part_of_day"), "part-of-day-without-date",
                f"buổi {given.part_of_day} của ngày nào? Hãy ghi cả ngày của buổi lễ, ví dụ: date: {doc.date.isoformat()}",
            )
        organiser = None
        if given.organiser:
            organiser = self.lookup(
                tables["org"], "cơ quan", given.organiser, src.at("ceremony", "organiser"), ORGANISATIONS.place
            )
            if organiser is None:
                return None
            if given.date is not None:
                self.check_active(organiser, given.date, src.at("ceremony", "organiser"),
                                  f"được ghi là đơn vị tổ chức buổi lễ ngày {formatting.date_short(given.date)}")
        return model.Ceremony(organiser, given.place, given.date, given.part_of_day)

    def check_body(self, src: SourceMap, text: str, figures: set[str]) -> list[tuple[str, int]]:
        """The body's Markdown as parsed: refused links and images, misplaced figures, raw HTML.
        Returns its links to pages of the site, checked once the pages exist."""
        issues, internal = _examine(text, frozenset(figures))
        for issue in issues:
            report = self.problems.error if issue.error else self.problems.warning
            report(src.within(("body",), issue.offset, text), issue.code, issue.message)
        return list(internal)

    def check_placeholders(
        self, src: SourceMap, field: str | tuple[str | int, ...], text: str, values: dict[str, str],
        extra: Set[str] = frozenset(), unknown: Mapping[str, str] | None = None,
    ) -> None:
        known = set(values) | set(extra)
        path = field if isinstance(field, tuple) else (field,)
        for name, offset in placeholders.find(text):
            if unknown and name in unknown:
                self.problems.error(
                    src.within(path, offset, text),
                    "unknown-count",
                    f"{{{{ {name} }}}}: số lượng này không có vì quyết định không công bố: {unknown[name]}; "
                    "hãy ghi counts trong quyết định nếu bài viết nêu số, hoặc viết câu không có số",
                )
            elif name not in known:
                self.problems.error(
                    src.within(path, offset, text),
                    "unknown-placeholder",
                    _unknown("số liệu", name, known).replace("mã", "tên"),
                )

    def check_media(self, image: str, where: Location) -> None:
        normal = posixpath.normpath(image)
        if image.startswith("/") or normal.startswith(".."):
            self.problems.error(where, "media-path", f"ảnh '{image}' phải nằm trong thư mục media/ của dữ liệu")
        elif normal != image:  # pages name the image as written: one spelling per file
            self.problems.error(
                where, "media-path",
                f"đường dẫn ảnh '{image}' có '.', '..' hoặc '//' thừa; hãy viết gọn: {normal}",
            )
        elif any(part.startswith(".") for part in normal.split("/")):
            # MkDocs leaves hidden files out of the site: the page would show a broken image.
            self.problems.error(
                where, "media-path",
                f"ảnh '{image}' là tệp ẩn (tên tệp hoặc thư mục bắt đầu bằng dấu '.') nên không được xuất bản; "
                "hãy đổi tên, bỏ dấu '.' ở đầu",
            )
        elif any(normal == r or normal.startswith(r + "/") for r in self.catalog.refused):
            pass  # a link, device or oversized file: reported at the file itself
        elif normal not in self.catalog.media:
            self.problems.error(
                where, "missing-media", _unknown("ảnh", normal, self.catalog.media).replace("mã ", "", 1)
            )
        elif normal not in self.inspected:  # each file is checked, and reported, once
            found = self.inspected[normal] = media.inspect(self.catalog.data_dir / normal, normal)
            if isinstance(found, str):
                self.problems.error(where, "media-content", f"ảnh '{normal}': {found}")
                return
            self.images[normal] = found
            for path, _ in media.srcset(found):
                other = self.published.setdefault(path, normal)
                if other != normal:
                    self.problems.error(
                        where,
                        "media-name",
                        f"ảnh '{normal}' sẽ được xuất bản thành '{path}', trùng với ảnh '{other}'; "
                        "hãy đổi tên một trong hai tệp",
                    )
                    break


Examined = tuple[tuple[body.BodyIssue, ...], tuple[tuple[str, int], ...]]


def _examine(text: str, figures: frozenset[str]) -> Examined:
    """body.examine, once per body text and figure ids (parsecache): parsing the Markdown is a
    third of resolving, and most bodies do not change between two runs."""
    names = sorted(figures)
    key = f"{len(text)}:{text}{len(names)}:{chr(0).join(names)}".encode("utf-8", "surrogatepass")

    def examine(_: bytes) -> Examined:
        issues, internal = body.examine(text, figures=set(figures))
        return tuple(issues), tuple(internal)

    return EXAMINED.get(key, examine)


def _examined_to_plain(found: Examined) -> dict[str, Any]:
    issues, internal = found
    return {
        "issues": [[i.offset, i.code, i.message, i.error] for i in issues],
        "internal": [[url, offset] for url, offset in internal],
    }


def _examined_from_plain(plain: dict[str, Any]) -> Examined:
    issues = tuple(body.BodyIssue(offset, code, message, error) for offset, code, message, error in plain["issues"])
    internal = tuple((url, offset) for url, offset in plain["internal"])
    if not all(type(i.offset) is int and type(i.code) is str and type(i.message) is str and type(i.error) is bool
               for i in issues):
        raise ValueError("not an issue")
    if not all(type(url) is str and type(offset) is int for url, offset in internal):
        raise ValueError("not a link")
    return issues, internal


def _examined_version() -> str:
    return parsecache.code_version(
        (body, placeholders, formatting, text_module), "examined-1", markdown.__version__,
    )


EXAMINED: parsecache.ContentCache[Examined] = parsecache.ContentCache(
    "examined", _examined_version, _examined_to_plain, _examined_from_plain
)


CAMPAIGN_VALUES = frozenset({"campaign.name", "campaign.short_name", "campaign.period"})


_PARTS = {"collectives": ("collective_count", "số tập thể"), "individuals": ("individual_count", "số cá nhân")}


def _lacking(decision: model.Decision, part: str) -> str | None:
    """What a decision does not say that {{ ....part }} needs, in the editor's words; None if it says it."""
    keys = [k for k in _PARTS if part in ("total", k) and getattr(decision, _PARTS[k][0]) is None]
    if not keys:
        return None
    if decision.doc.counts is None:
        return f"'{decision.id}' ({decision.source}) không ghi counts (names: unpublished)"
    said = " và ".join(f"{k} ({_PARTS[k][1]})" for k in keys)
    return f"counts của '{decision.id}' ({decision.source}) không ghi {said}"


def _why_unknown(name: str, decisions: list[model.Decision]) -> str:
    """Which decisions leave {{ name }} unknown: its own decision, or every one of the article's."""
    scope, _, part = name.rpartition(".")
    chosen = decisions if scope == "awards" else [x for x in decisions if f"decision.{x.id}" == scope]
    reasons = [why for x in chosen if (why := _lacking(x, part))]
    more = f"; và {formatting.number(len(reasons) - 3)} quyết định khác" if len(reasons) > 3 else ""
    return "; ".join(reasons[:3]) + more


def _count_names(decisions: list[model.Decision]) -> set[str]:
    parts = ("total", "collectives", "individuals")
    return {f"awards.{p}" for p in parts} | {f"decision.{x.id}.{p}" for x in decisions for p in parts}


def _article_values(decisions: list[model.Decision], campaign: model.Campaign | None) -> dict[str, str]:
    """What {{ ... }} may name in an article, formatted for display; a count the source did not
    give has no value (see _unknown_counts)."""
    n = formatting.number  # cached there: articles name the same counts again and again
    values: dict[str, str] = {}
    sums = {
        "awards.total": model.known_sum(x.total for x in decisions),
        "awards.collectives": model.known_sum(x.collective_count for x in decisions),
        "awards.individuals": model.known_sum(x.individual_count for x in decisions),
    }
    for x in decisions:
        sums[f"decision.{x.id}.total"] = x.total
        sums[f"decision.{x.id}.collectives"] = x.collective_count
        sums[f"decision.{x.id}.individuals"] = x.individual_count
    values.update({name: n(value) for name, value in sums.items() if value is not None})
    if campaign:
        values["campaign.name"] = campaign.doc.name
        values["campaign.short_name"] = campaign.doc.short_name
        # Written after "giai đoạn" in titles: the years alone ("2019 – 2024", or "2019" for one year).
        values["campaign.period"] = campaign.period.removeprefix("năm ")
    return values


def _successor_cycle(start: str, table: Mapping[str, d.Organisation]) -> list[str] | None:
    """The ids from `start` back to `start` along successors, if following them returns there."""
    todo = [(start, [start])]
    seen: set[str] = set()
    while todo:
        ident, path = todo.pop()
        for nxt in table[ident].successors if ident in table else []:
            if nxt == start:
                return [*path, start]
            if nxt not in seen and nxt in table:
                seen.add(nxt)
                todo.append((nxt, [*path, nxt]))
    return None


def check_history(doc: d.OrganisationList, source: SourceMap, table: Mapping[str, d.Organisation],
                  problems: Problems) -> None:
    """Earlier names, end dates and successors: in order, naming organisations that exist, never
    leading back to the organisation itself."""
    in_cycle: set[str] = set()
    for i, org in enumerate(doc.organisations):
        at = ("organisations", i)
        previous: dt.date | None = None
        for j, former in enumerate(org.names):
            if previous is not None and former.until <= previous:
                problems.error(
                    source.at(*at, "names", j, "until"), "history-order",
                    f"tên '{former.name}' dùng đến {formatting.date_short(former.until)}, không sau tên ghi trước nó "
                    f"(dùng đến {formatting.date_short(previous)}); hãy ghi các tên cũ theo thứ tự thời gian, tên cũ nhất trước",
                )
            if org.ended is not None and former.until > org.ended:
                problems.error(
                    source.at(*at, "names", j, "until"), "history-order",
                    f"tên '{former.name}' dùng đến {formatting.date_short(former.until)}, sau ngày cơ quan kết thúc hoạt động "
                    f"({formatting.date_short(org.ended)}, dòng ended); hãy kiểm tra lại hai ngày này",
                )
            previous = former.until
        if org.successors and org.ended is None:
            problems.error(
                source.at(*at, "successors"), "missing-field",
                f"cơ quan '{org.id}' có đơn vị kế thừa nhưng chưa ghi ngày kết thúc hoạt động; hãy thêm dòng "
                "'ended: YYYY-MM-DD' (ngày cuối cùng cơ quan còn hoạt động). Nếu cơ quan chỉ đổi tên, "
                "hãy ghi tên cũ trong names và bỏ successors",
            )
        for j, ident in enumerate(org.successors):
            where = source.at(*at, "successors", j)
            if ident == org.id:
                problems.error(
                    where, "history-self",
                    f"cơ quan '{org.id}' không thể là đơn vị kế thừa của chính nó; hãy bỏ mã này khỏi successors "
                    "(nếu cơ quan chỉ đổi tên, hãy ghi tên cũ trong names)",
                )
            elif ident not in table:
                problems.error(where, "unknown-ref", _where_to_add(_unknown("cơ quan", ident, table), ORGANISATIONS.place))
        if org.id not in in_cycle and (cycle := _successor_cycle(org.id, table)) and len(cycle) > 2:
            in_cycle.update(cycle)
            problems.error(
                source.at(*at, "successors"), "history-cycle",
                "các cơ quan kế thừa nhau thành vòng: " + " → ".join(cycle)
                + "; một cơ quan không thể kế thừa cơ quan đã kế thừa nó, hãy sửa successors",
            )


def resolve(catalog: Catalog, problems: Problems, today: dt.date | None = None) -> model.Bulletin | None:
    """The resolved bulletin, or None when the data has errors (all of them reported)."""
    try:
        return _resolve(catalog, problems, today)
    finally:
        EXAMINED.flush()  # the bodies this run examined, for the next process
        personal.FOUND.flush()  # and scanned for personal data


def _resolve(catalog: Catalog, problems: Problems, today: dt.date | None) -> model.Bulletin | None:
    r = _Resolver(catalog, problems, today or dt.date.today())
    tables: dict[str, dict[str, Any]] = {
        "org": r.listed(ORGANISATIONS.place, "organisations"),
        "form": r.listed(FORMS.place, "forms"),
        "metric": r.listed(METRICS.place, "metrics"),
    }
    forms_file = catalog.singles.get(FORMS.place)
    vocab = law.vocabulary(cast(d.FormList, forms_file.doc) if forms_file else None)
    if forms_file:
        vocab.sound = law.check_vocabulary(cast(d.FormList, forms_file.doc), forms_file.source, problems)
    # Without a readable forms.yaml, levels and authorities are unknown: its own error is the cause.
    if (orgs_file := catalog.singles.get(ORGANISATIONS.place)) is not None:
        if forms_file is not None:
            for i, org in enumerate(cast(d.OrganisationList, orgs_file.doc).organisations):
                law.check_organisation(org, orgs_file.source, ("organisations", i), vocab, problems)
        check_history(cast(d.OrganisationList, orgs_file.doc), orgs_file.source, tables["org"], problems)
    tables["campaign"] = r.campaigns()
    tables["decision_ids"] = {s.doc.id: s for s in catalog.decisions}
    r.unique("quyết định", ((s.doc.id, s.source.at("id")) for s in catalog.decisions))
    people.check(((s.doc, s.source) for s in catalog.decisions), problems)
    freetext.check(catalog, problems)
    # The day an article announced each decision: the rules in force when the decision gives no date.
    announced: dict[str, dt.date] = {}
    for sourced in catalog.articles:
        for ident in sourced.doc.decisions:
            announced[ident] = min(announced.get(ident, sourced.doc.date), sourced.doc.date)
    decisions: dict[str, model.Decision] = {}
    for s in catalog.decisions:
        if (resolved := r.decision(s, tables, vocab, announced)) is not None:
            decisions.setdefault(resolved.id, resolved)
    tables["decision"] = decisions
    r.unique("bài viết", ((s.doc.id, s.source.at("id")) for s in catalog.articles))
    articles = [a for s in catalog.articles if (a := r.article(s, tables)) is not None]
    site = catalog.singles.get(SITE.place)
    if problems.errors or site is None:
        return None
    articles.sort(key=lambda a: (a.date, a.id), reverse=True)
    return model.Bulletin(
        site=cast(d.Site, site.doc),  # singles hold a different model per file
        organisations=tables["org"],
        forms=tables["form"],
        vocabulary=vocab,
        metrics=tables["metric"],
        campaigns=tables["campaign"],
        decisions=decisions,
        articles=articles,
        media=catalog.media,
        images=r.images,
        sources={name: sourced.source.path for name, sourced in catalog.singles.items()},
    )
