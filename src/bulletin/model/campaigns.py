"""A campaign ("phong trào thi đua") as pages show it: its period in words."""

from __future__ import annotations

from dataclasses import dataclass

from bulletin.data import documents as d


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

    # What pages print of it, as the data says it.
    @property
    def name(self) -> str:
        return self.doc.name

    @property
    def short_name(self) -> str:
        return self.doc.short_name

    @property
    def start_year(self) -> int:
        return self.doc.start_year

    @property
    def end_year(self) -> int:
        return self.doc.end_year

    @property
    def description(self) -> str | None:
        return self.doc.description
