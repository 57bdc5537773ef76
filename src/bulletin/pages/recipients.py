"""How a decision and its recipients read on a page, in press style."""

from __future__ import annotations

from bulletin import documents as d
from bulletin import formatting, model, urls
from bulletin.pages import markup
from bulletin.pages.page import Page


def individual(person: d.Individual) -> str:
    """Thượng tá **Nguyễn Văn Ân** – Trưởng Công an huyện, Công an huyện Đồng Phú."""
    name = f"**{markup.text(person.name)}**"
    if person.rank:
        name = f"{markup.text(person.rank)} {name}"
    details = [x for x in (person.position, person.unit, person.locality) if x]
    return f"{name} – {markup.text(', '.join(details))}" if details else name


def collective(unit: d.Collective) -> str:
    line = f"**{markup.text(unit.name)}**"
    if unit.locality and unit.locality not in unit.name:
        line += f" ({markup.text(unit.locality)})"
    return line


def counts_phrase(collectives: int, individuals: int) -> str:
    """"9 tập thể, 15 cá nhân", leaving out a kind with none."""
    parts = []
    if collectives:
        parts.append(f"{formatting.number(collectives)} tập thể")
    if individuals:
        parts.append(f"{formatting.number(individuals)} cá nhân")
    return ", ".join(parts) or "chưa có người nhận"


def title(decision: model.Decision) -> str:
    return f"{decision.form.name} của {decision.issuer.name}"


def facts(decision: model.Decision) -> str:
    """Number, date and signer, when known."""
    doc = decision.doc
    parts = []
    if doc.number:
        parts.append(f"Quyết định số {markup.text(doc.number)}")
    if doc.date:
        parts.append(f"ngày {formatting.date_short(doc.date)}")
    if doc.signer:
        parts.append(f"{markup.text(doc.signer.title)} {markup.text(doc.signer.name)} ký")
    return "; ".join(parts)


def _entry(decision: model.Decision, recipient: model.Recipient, page: Page | None, anchors: bool) -> str:
    line = individual(recipient) if isinstance(recipient, d.Individual) else collective(recipient)
    if recipient.id and page is not None:
        line += f" · [hồ sơ]({page.link_to(urls.profile(recipient.id))})"
    if anchors:  # lets the lookup and profiles link to this very line
        line += f"\n    {{ #{decision.anchors[id(recipient)]} }}"
    return line


def section(
    decision: model.Decision, heading: str | None = "###", page: Page | None = None, anchors: bool = False
) -> str:
    """The decision's counts, reason, facts and recipients in Vietnamese order;
    under a heading unless `heading` is None."""
    doc = decision.doc
    lines = [f"{heading} {markup.text(title(decision))} {{ #{decision.id} }}", ""] if heading else []
    lines += [
        f"**{counts_phrase(decision.collective_count, decision.individual_count)}** "
        f"{markup.text(doc.reason)}.",
        "",
    ]
    if known := facts(decision):
        lines += [known + ".", ""]
    if not doc.collectives and not doc.individuals:
        lines += ["Danh sách tên chưa được cập nhật.", ""]
    for label, entries in (("Tập thể", decision.collectives), ("Cá nhân", decision.individuals)):
        if entries:
            lines += [f"**{label}** ({formatting.number(len(entries))}):", ""]
            lines += [f"{i}. {_entry(decision, r, page, anchors)}" for i, r in enumerate(entries, 1)]
            lines.append("")
    return "\n".join(lines)
