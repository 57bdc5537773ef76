"""How a decision reads on a page, in press style: plain text that templates escape.

The recipients' lines themselves are templates/macros.html (award_items, decision_section);
counts are bulletin.model.tally's phrases, titles model.Decision.title.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable

from bulletin import model
from bulletin.model import tally
from bulletin.vietnamese import formatting
from bulletin.vietnamese.collation import sort_key
from bulletin.vietnamese.text import lower_first


def counts_phrase(collectives: int | None, individuals: int | None) -> str | None:
    """ "9 tập thể, 15 cá nhân", leaving out a kind with none or not known; None when nothing is known."""
    return tally.counts_phrase(collectives, individuals)


def facts(decision: model.Decision) -> str:
    """The decision as texts cite it, before "của <office>": "Quyết định số 328/QĐ-UBND ngày 20/6/2024",
    "Quyết định ngày 20/6/2024", or "Quyết định" when neither is known."""
    parts = ["Quyết định"]
    if decision.number:
        parts.append(f"số {decision.number}")
    if decision.date:
        parts.append(f"ngày {formatting.date_short(decision.date)}")
    return " ".join(parts)


def level_name(level: model.Level) -> str:
    """A level inside a sentence: "cấp tỉnh" (the data says "Cấp tỉnh"), "Trung ương" as it is."""
    name = level.name
    return lower_first(name) if name.startswith("Cấp ") else name


def issuer_level(decision: model.Decision) -> str | None:
    """The issuer's level when its office does not already say it: "Trung ương" after "Bộ trưởng
    Bộ Công an", "cấp xã" after "Chủ tịch Ủy ban nhân dân phường An Khê"; None after "Giám đốc
    Công an tỉnh", where "(cấp tỉnh)" would only repeat the office."""
    if not decision.level:
        return None
    name = level_name(decision.level)
    if name.startswith("cấp ") and name.removeprefix("cấp ").casefold() in decision.office.casefold().split():
        return None
    return name


# Names that are common nouns, lower-cased inside a sentence ("Khen thưởng trong phong trào ...").
COMMON_NOUNS = ("Phong trào ", "Cuộc vận động ")


def in_sentence(name: str) -> str:
    """A campaign's name inside a sentence: "phong trào toàn dân bảo vệ an ninh Tổ quốc"; a proper
    name ("Ngày hội toàn dân bảo vệ an ninh Tổ quốc") as written."""
    return lower_first(name) if name.startswith(COMMON_NOUNS) else name


def achievement(decision: model.Decision) -> str | None:
    """ "Thành tích năm 2019", "Thành tích giai đoạn 2019 – 2024" (never "2019 – 2019")."""
    return f"Thành tích {tally.period_phrase(decision.period)}" if decision.period else None


def by_kind(decision: model.Decision) -> list[tuple[str, list[model.Award]]]:
    """The decision's collectives, then its individuals, each as awards carrying their anchors."""
    return [
        (label, [model.Award(r, decision, None, decision.anchors[id(r)]) for r in entries])
        for label, entries in (("Tập thể", decision.collectives), ("Cá nhân", decision.individuals))
    ]


def by_rank(
    decisions: Iterable[model.Decision], day: Callable[[model.Decision], dt.date | None]
) -> list[model.Decision]:
    """Highest first (form, grade, level of the issuer: model.Decision.rank), newest first within a rank;
    undated decisions after dated ones of the same rank; then by title (Vietnamese collation)."""
    named = sorted(decisions, key=lambda x: sort_key(x.title))
    dated = sorted(named, key=lambda x: day(x) or dt.date.min, reverse=True)
    return sorted(dated, key=lambda x: x.rank)


def by_day_then_rank(
    decisions: Iterable[model.Decision], day: Callable[[model.Decision], dt.date | None]
) -> list[model.Decision]:
    """Lists that show each decision's date: newest day first, so the dates read in order, and the
    decisions of one day (one ceremony, one article) highest first (by_rank); undated ones last."""
    ranked = by_rank(decisions, day)
    return sorted(ranked, key=lambda x: day(x) or dt.date.min, reverse=True)
