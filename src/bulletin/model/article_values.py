"""What {{ placeholders }} may name in an article (its counts, its campaign, its figures), the
values they take, formatted for display, and the check of every placeholder an editor wrote."""

from __future__ import annotations

from collections.abc import Mapping, Set

from bulletin.data import placeholders
from bulletin.data.problems import Problems
from bulletin.data.yamlsource import SourceMap
from bulletin.model import references
from bulletin.model.campaigns import Campaign
from bulletin.model.decisions import Decision, known_sum
from bulletin.vietnamese import formatting

CAMPAIGN_VALUES = frozenset({"campaign.name", "campaign.short_name", "campaign.period"})


_PARTS = {"collectives": ("collective_count", "số tập thể"), "individuals": ("individual_count", "số cá nhân")}


def lacking(decision: Decision, part: str) -> str | None:
    """What a decision does not say that {{ ....part }} needs, in the editor's words; None if it says it."""
    keys = [k for k in _PARTS if part in ("total", k) and getattr(decision, _PARTS[k][0]) is None]
    if not keys:
        return None
    if decision.doc.counts is None:
        return f"'{decision.id}' ({decision.source}) không ghi counts (names: unpublished)"
    said = " và ".join(f"{k} ({_PARTS[k][1]})" for k in keys)
    return f"counts của '{decision.id}' ({decision.source}) không ghi {said}"


def why_unknown(name: str, decisions: list[Decision]) -> str:
    """Which decisions leave {{ name }} unknown: its own decision, or every one of the article's."""
    scope, _, part = name.rpartition(".")
    chosen = decisions if scope == "awards" else [x for x in decisions if f"decision.{x.id}" == scope]
    reasons = [why for x in chosen if (why := lacking(x, part))]
    more = f"; và {formatting.number(len(reasons) - 3)} quyết định khác" if len(reasons) > 3 else ""
    return "; ".join(reasons[:3]) + more


def count_names(decisions: list[Decision]) -> set[str]:
    parts = ("total", "collectives", "individuals")
    return {f"awards.{p}" for p in parts} | {f"decision.{x.id}.{p}" for x in decisions for p in parts}


def article_values(decisions: list[Decision], campaign: Campaign | None) -> dict[str, str]:
    """What {{ ... }} may name in an article, formatted for display; a count the source did not
    give has no value (why_unknown says why)."""
    n = formatting.number  # cached there: articles name the same counts again and again
    values: dict[str, str] = {}
    sums = {
        "awards.total": known_sum(x.total for x in decisions),
        "awards.collectives": known_sum(x.collective_count for x in decisions),
        "awards.individuals": known_sum(x.individual_count for x in decisions),
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


def check_placeholders(
    problems: Problems,
    src: SourceMap,
    field: str | tuple[str | int, ...],
    text: str,
    values: dict[str, str],
    extra: Set[str] = frozenset(),
    unknown: Mapping[str, str] | None = None,
) -> None:
    """Each {{ name }} in `text` names a value: `values`, or `extra` (known, though not here); a count
    in `unknown` is reported with the decisions that lack it."""
    known = set(values) | set(extra)
    path = field if isinstance(field, tuple) else (field,)
    for name, offset in placeholders.find(text):
        if unknown and name in unknown:
            problems.error(
                src.within(path, offset, text),
                "unknown-count",
                f"{{{{ {name} }}}}: số lượng này không có vì quyết định không công bố: {unknown[name]}; "
                "hãy ghi counts trong quyết định nếu bài viết nêu số, hoặc viết câu không có số",
            )
        elif name not in known:
            problems.error(
                src.within(path, offset, text),
                "unknown-placeholder",
                references.unknown("số liệu", name, known).replace("mã", "tên"),
            )
