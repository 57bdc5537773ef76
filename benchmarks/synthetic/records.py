"""The archive's records while it is made: campaigns, decisions and articles, before they are
written as the data files the core reads (files.py)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .places import Commune
from .statistics import Item


@dataclass(frozen=True)
class Campaign:
    start: int
    end: int

    @property
    def id(self) -> str:
        return f"antq-{self.start}-{self.end}"


@dataclass
class Decision:
    issuer: str
    kind: str  # issuer key in decisions.py's tables: the issuer, or "district"
    form: str
    campaign: Campaign
    date: dt.date
    reason: str
    grade: str = ""
    occasion: str = ""
    period: str = ""
    names: str = "named"  # named, counts (names: unpublished with counts), none (names: unpublished)
    counts: tuple[int, int] | None = None
    collectives: list[tuple[str, str | None]] = field(default_factory=list)
    # A named person's record, or {"removed": "YYYY-MM-DD"} for one removed on request.
    individuals: list[dict[str, str]] = field(default_factory=list)
    presenter: tuple[str, str | None, bool] | None = None  # organisation, office, on behalf
    revoked: tuple[dt.date, str, str] | None = None  # date, revoking decision's id, reason
    order: int = 0
    number: str = ""
    ident: str = ""


@dataclass
class Article:
    kind: str
    date: dt.date
    campaign: Campaign
    district: int | None
    commune: Commune | None = None
    decisions: list[Decision] = field(default_factory=list)
    statistics: list[tuple[str, list[Item]]] = field(default_factory=list)
    models: int | None = None
    figures: list[tuple[str, str]] = field(default_factory=list)
    ident: str = ""
    hamlet: str = ""  # where a commune's Ngày hội took place
    # As the article prints it: time, authors (name, kind, unit), or a byline, or a reprint's source.
    time: str = ""
    authors: list[tuple[str, str, str | None]] = field(default_factory=list)
    byline: str = ""
    source: tuple[str, str] | None = None
    photo_credit: str = ""
    credits: dict[str, str] = field(default_factory=dict)  # figure id -> its own photographer
    ceremony: tuple[str, str, str] | None = None  # organiser, place ("" if not said), part of day
    corrections: list[tuple[dt.date, str]] = field(default_factory=list)
    # Its words (wording.py), made last: they say what the decisions give.
    title: str = ""
    lead: str = ""
    body: str = ""
