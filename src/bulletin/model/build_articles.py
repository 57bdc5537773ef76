"""Articles built from their documents: decisions, campaign, statistics and ceremony looked up,
every {{ placeholder }} and the body's Markdown checked, title and lead filled in; an article with
a reference that names nothing is not built (the reference is reported)."""

from __future__ import annotations

from bulletin.data import documents as d
from bulletin.data import placeholders
from bulletin.data.files import Sourced
from bulletin.data.kinds import DECISION, METRICS, ORGANISATIONS
from bulletin.data.problems import Location
from bulletin.data.yamlsource import SourceMap
from bulletin.model import body_checks
from bulletin.model.article_values import CAMPAIGN_VALUES, article_values, check_placeholders, count_names, why_unknown
from bulletin.model.articles import Article, Ceremony, Statistic, StatisticGroup
from bulletin.model.consistency import Consistency
from bulletin.model.figure_images import FigureImages
from bulletin.model.references import References, Tables, noun
from bulletin.vietnamese import formatting


class ArticleBuilder:
    def __init__(self, refs: References, checks: Consistency, images: FigureImages) -> None:
        self.refs = refs
        self.checks = checks
        self.images = images
        self.problems = refs.problems

    def article(self, s: Sourced[d.Article], tables: Tables) -> Article | None:
        doc, src = s.doc, s.source
        ok = True
        campaign = None
        if doc.campaign:
            campaign = self.refs.campaign(tables, doc.campaign, src.at("campaign"))
            ok = campaign is not None
        self.checks.check_date(doc.date, src, campaign)
        self.checks.check_corrections(doc, src)
        decisions = []
        # A decision listed twice would be counted twice in {{ awards.* }}.
        self.refs.unique(noun(DECISION), ((ident, src.at("decisions", i)) for i, ident in enumerate(doc.decisions)))
        for i, ident in enumerate(doc.decisions):
            if ident in self.refs.catalog.invalid_ids.get(DECISION.place, ()) or (
                ident in tables.decision_ids and ident not in tables.decision
            ):
                ok = False  # the decision exists but is invalid; its own file reports why
                continue
            found = self.refs.lookup(tables.decision_ids, DECISION, ident, src.at("decisions", i))
            if found is None:
                ok = False
            else:
                decisions.append(tables.decision[ident])
        ceremony = self.ceremony(doc, src, tables)
        ok = ok and (doc.ceremony is None or ceremony is not None)
        groups = []
        # One value per partner, period and metric in an article: a second would silently replace the first.
        reported: dict[tuple[str, str, str], Location] = {}
        for g, group in enumerate(doc.statistics):
            partner = None
            if group.partner:
                partner = self.refs.lookup(tables.org, ORGANISATIONS, group.partner, src.at("statistics", g, "partner"))
                ok = ok and partner is not None
            items = []
            period = group.period or (campaign.period_key if campaign else str(doc.date.year))
            self.checks.check_as_of(group.as_of, src, ("statistics", g, "as_of"))
            for i, item in enumerate(group.items):
                self.checks.check_as_of(item.as_of, src, ("statistics", g, "items", i, "as_of"))
                where = src.at("statistics", g, "items", i, "metric")
                key = (period, group.partner or "", item.metric)
                if key in reported:
                    who = f"của {group.partner} " if group.partner else ""
                    self.problems.error(
                        where,
                        "duplicate-statistic",
                        f"chỉ tiêu '{item.metric}' {who}giai đoạn {period} đã có ở {reported[key]}; "
                        "mỗi chỉ tiêu chỉ ghi một số cho mỗi tổ chức và giai đoạn",
                    )
                reported.setdefault(key, where)
                metric = self.refs.lookup(tables.metric, METRICS, item.metric, where)
                if metric is None:
                    ok = False
                else:
                    items.append(Statistic(item, metric))
            groups.append(StatisticGroup(partner, group.as_of, items, period))
        self.refs.unique("hình", ((f.id, src.at("figures", i, "id")) for i, f in enumerate(doc.figures)))
        for i, figure in enumerate(doc.figures):
            self.images.check(figure.image, src.at("figures", i, "image"))
        values = article_values(decisions, campaign)
        # Counts of decisions that give none: named here, with the decisions that lack them, so that
        # using one is its own error.
        unknown = (
            {
                name: why
                for name in count_names(decisions)
                if name not in values and (why := why_unknown(name, decisions))
            }
            if ok
            else {}
        )
        # Names of decisions that failed elsewhere still count as known here.
        listed = {f"decision.{i}.{part}" for i in doc.decisions for part in ("total", "collectives", "individuals")}
        listed |= {f"awards.{part}" for part in ("total", "collectives", "individuals")}
        figures = {f"figure.{f.id}" for f in doc.figures}
        if doc.campaign:  # known even when the campaign id is wrong: that error is reported above
            listed |= CAMPAIGN_VALUES
        check_placeholders(self.problems, src, "title", doc.title, values, listed, unknown)
        check_placeholders(self.problems, src, "lead", doc.lead, values, listed, unknown)
        check_placeholders(self.problems, src, "body", doc.body, values, listed | figures, unknown)
        for i, shown in enumerate(
            doc.figures
        ):  # captions and alt texts are filled in too ("Ảnh: {{ campaign.short_name }}")
            check_placeholders(self.problems, src, ("figures", i, "caption"), shown.caption, values, listed, unknown)
            check_placeholders(self.problems, src, ("figures", i, "alt"), shown.alt, values, listed, unknown)
        internal = self.check_body(src, doc.body, {f.id for f in doc.figures})
        if not ok:
            return None
        title = placeholders.render(doc.title, lambda n: values.get(n, ""))
        lead = placeholders.render(doc.lead, lambda n: values.get(n, ""))
        links = tuple((target, src.within(("body",), offset, doc.body)) for target, offset in internal)
        return Article(doc, src.path, campaign, decisions, groups, values, title, lead, links, ceremony)

    def ceremony(self, doc: d.Article, src: SourceMap, tables: Tables) -> Ceremony | None:
        """The award ceremony the article reports: something said, with the awards it presented,
        by an organiser that exists, on a day that had come when the article was written."""
        given = doc.ceremony
        if given is None:
            return None
        where = src.at("ceremony")
        if not (given.organiser or given.place or given.date or given.part_of_day):
            self.problems.error(
                where,
                "empty-ceremony",
                "ceremony (buổi lễ) chưa ghi gì; hãy ghi đơn vị tổ chức (organiser), nơi tổ chức (place) "
                "hoặc ngày (date) như bài viết nêu, hoặc bỏ dòng ceremony",
            )
        if not doc.decisions:
            self.problems.error(
                where,
                "ceremony-without-decisions",
                "bài viết ghi buổi lễ trao khen thưởng (ceremony) nhưng không có quyết định nào (decisions); "
                "hãy thêm các quyết định được trao tại buổi lễ, hoặc bỏ ceremony",
            )
        if given.date is not None:
            day = formatting.date_short(given.date)
            # Not after the article, hence not to come either (the article's own date is checked).
            if given.date > doc.date:
                self.problems.error(
                    src.at("ceremony", "date"),
                    "ceremony-after-article",
                    f"buổi lễ ngày {day} sau ngày đăng bài ({formatting.date_short(doc.date)}): bài viết thuật lại "
                    "buổi lễ đã diễn ra; hãy kiểm tra lại ngày của buổi lễ (ceremony.date) hoặc của bài viết (date)",
                )
        elif given.part_of_day is not None:
            self.problems.error(
                src.at("ceremony", "part_of_day"),
                "part-of-day-without-date",
                f"buổi {given.part_of_day} của ngày nào? Hãy ghi cả ngày của buổi lễ, ví dụ: date: {doc.date.isoformat()}",
            )
        organiser = None
        if given.organiser:
            organiser = self.refs.lookup(tables.org, ORGANISATIONS, given.organiser, src.at("ceremony", "organiser"))
            if organiser is None:
                return None
            if given.date is not None:
                self.checks.check_active(
                    organiser,
                    given.date,
                    src.at("ceremony", "organiser"),
                    f"được ghi là đơn vị tổ chức buổi lễ ngày {formatting.date_short(given.date)}",
                )
        return Ceremony(organiser, given.place, given.date, given.part_of_day)

    def check_body(self, src: SourceMap, text: str, figures: set[str]) -> list[tuple[str, int]]:
        """The body's Markdown as parsed: refused links and images, misplaced figures, raw HTML.
        Returns its links to pages of the site, checked once the pages exist."""
        issues, internal = body_checks.examined(text, frozenset(figures))
        for issue in issues:
            report = self.problems.error if issue.error else self.problems.warning
            report(src.within(("body",), issue.offset, text), issue.code, issue.message)
        return list(internal)
