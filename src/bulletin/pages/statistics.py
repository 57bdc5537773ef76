"""The statistics an article reports, one table per partner association."""

from __future__ import annotations

from bulletin import formatting, model
from bulletin.pages import markup

GENERAL = "Số liệu chung"


def group_heading(group: model.StatisticGroup) -> str:
    name = f"Phối hợp với {group.partner.name}" if group.partner else GENERAL
    if group.as_of:
        name += f" ({formatting.as_of(group.as_of)})"
    return name


def value_cell(item: model.Statistic) -> str:
    shown = f"{formatting.quantity(item.doc.value, item.doc.approximate)} {item.metric.unit}"
    if item.as_of:
        shown += f" ({formatting.as_of(item.as_of)})"
    return markup.text(shown)


def table(group: model.StatisticGroup) -> str:
    rows = ["| Chỉ tiêu | Số liệu | Theo bài viết |", "| --- | ---: | --- |"]
    for item in group.items:
        detail = markup.text(item.doc.detail) if item.doc.detail else ""
        rows.append(f"| {markup.text(item.metric.label)} | {value_cell(item)} | {detail} |")
    return "\n".join(rows)


def section(groups: list[model.StatisticGroup], heading: str = "###") -> str:
    parts = []
    for group in groups:
        parts += [f"{heading} {markup.text(group_heading(group))}", "", table(group), ""]
    return "\n".join(parts)
