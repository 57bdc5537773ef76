"""A campaign ("phong trào thi đua") as pages show it: its period in words."""

from __future__ import annotations

from dataclasses import dataclass

from bulletin.data import documents as d
from bulletin.model.from_doc import FromDoc


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

    id = FromDoc[str]()

    @property
    def period(self) -> str:
        return period_label(self.period_key)

    @property
    def period_key(self) -> str:
        return f"{self.doc.start_year}-{self.doc.end_year}"

    # What pages print of it, as the data says it.
    name = FromDoc[str]()

    short_name = FromDoc[str]()

    start_year = FromDoc[int]()

    end_year = FromDoc[int]()

    description = FromDoc[str | None]()
