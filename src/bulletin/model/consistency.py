"""What a document must agree with on its own: the calendar (no date to come, a decision inside
its campaign's years, a correction after its article) and itself (counts that match the names,
names or counts said explicitly)."""

from __future__ import annotations

import datetime as dt

from bulletin.data import documents as d
from bulletin.data import law
from bulletin.data.problems import Location, Problems
from bulletin.data.yamlsource import SourceMap
from bulletin.model.campaigns import Campaign
from bulletin.vietnamese import formatting


class Consistency:
    def __init__(self, problems: Problems, today: dt.date) -> None:
        self.problems = problems
        self.today = today

    def check_as_of(self, as_of: str | dt.date | None, source: SourceMap, path: tuple[str | int, ...]) -> None:
        """ "Tính đến tháng 5/2024" cannot be a month still to come."""
        if as_of is None:
            return
        year, month = (as_of.year, as_of.month) if isinstance(as_of, dt.date) else map(int, as_of.split("-"))
        if (year, month) > (self.today.year, self.today.month):
            self.problems.error(
                source.at(*path),
                "future-date",
                f"số liệu tính đến {formatting.as_of(as_of).removeprefix('tính đến ')} là thời điểm ở tương lai; "
                "hãy kiểm tra lại năm, tháng",
            )

    def check_date(self, day: dt.date | None, source: SourceMap, campaign: Campaign | None) -> None:
        if day is None:
            return
        where = source.at("date")
        if day > self.today:
            self.problems.error(
                where, "future-date", f"ngày {formatting.date_short(day)} ở tương lai; hãy kiểm tra lại năm, tháng"
            )
        elif (
            campaign
            and campaign.doc.start_year <= campaign.doc.end_year
            and not (campaign.doc.start_year <= day.year <= campaign.doc.end_year + 1)
        ):
            self.problems.error(
                where,
                "outside-period",
                f"ngày {formatting.date_short(day)} nằm ngoài giai đoạn {campaign.period} của {campaign.doc.short_name}",
            )

    def check_active(self, org: d.Organisation, day: dt.date, where: Location, when: str) -> None:
        """An organisation cannot present or organise after it ended (law.check_decision does the issuer)."""
        law.check_active(org, day, where, when, self.problems)

    def check_period(self, doc: d.Decision, src: SourceMap, day: dt.date | None) -> None:
        """The years of achievement: in order, not to come, and begun by the time they were rewarded."""
        start, _, end = str(doc.period).partition("-")
        if end and int(end) < int(start):
            self.problems.error(
                src.at("period"), "period", f"giai đoạn {doc.period}: năm cuối phải bằng hoặc sau năm đầu"
            )
        elif int(end or start) > self.today.year:
            self.problems.error(
                src.at("period"),
                "future-date",
                f"thời gian đạt thành tích {doc.period} ở tương lai; hãy kiểm tra lại năm (period)",
            )
        elif day is not None and int(start) > day.year:
            when = "quyết định ghi ngày" if doc.date else "bài viết công bố quyết định ngày"
            self.problems.error(
                src.at("period"),
                "period-after-decision",
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
                        src.at(key),
                        "unpublished-with-names",
                        f"quyết định ghi names: unpublished (danh sách chưa công bố) nhưng vẫn có danh sách {label} ({key}); "
                        "hãy bỏ danh sách hoặc bỏ dòng names",
                    )
            # Counts that say nothing ({}), or that nobody at all was honoured (0 and 0). One zero next to an
            # unknown is a fact ("0 tập thể" beside individuals not counted).
            stated = (
                [c for c in (doc.counts.collectives, doc.counts.individuals) if c is not None] if doc.counts else []
            )
            if doc.counts is not None and (not stated or (len(stated) == 2 and not any(stated))):
                self.problems.error(
                    src.at("counts"),
                    "no-count",
                    "counts không có số nào lớn hơn 0: một quyết định khen thưởng phải có người, đơn vị được khen; "
                    "hãy ghi đúng số bài viết nêu, hoặc bỏ counts nếu bài viết không nêu số",
                )
            return
        if not listed:
            self.problems.error(
                src.at("id"),
                "no-recipients",
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

    def check_corrections(self, doc: d.Article, src: SourceMap) -> None:
        """A correction follows the article it corrects, and is not in the future."""
        for i, correction in enumerate(doc.corrections):
            if correction.date < doc.date:
                self.problems.error(
                    src.at("corrections", i, "date"),
                    "correction-before-article",
                    f"ngày đính chính {formatting.date_short(correction.date)} trước ngày đăng bài "
                    f"{formatting.date_short(doc.date)}; hãy kiểm tra lại ngày",
                )
            elif correction.date > self.today:
                self.problems.error(
                    src.at("corrections", i, "date"),
                    "correction-in-future",
                    f"ngày đính chính {formatting.date_short(correction.date)} ở tương lai; hãy kiểm tra lại ngày",
                )
