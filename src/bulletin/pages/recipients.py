"""How a decision reads on a page, in press style: plain text that templates escape.

The recipients' lines themselves are templates/macros.html (award_items, decision_section).
"""

from __future__ import annotations

from bulletin import formatting, model


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
        parts.append(f"Quyết định số {doc.number}")
    if doc.date:
        parts.append(f"ngày {formatting.date_short(doc.date)}")
    if doc.signer:
        parts.append(f"{doc.signer.title} {doc.signer.name} ký")
    return "; ".join(parts)


def by_kind(decision: model.Decision) -> list[tuple[str, list[model.Award]]]:
    """The decision's collectives, then its individuals, each as awards carrying their anchors."""
    return [
        (label, [model.Award(r, decision, None, decision.anchors[id(r)]) for r in entries])
        for label, entries in (("Tập thể", decision.collectives), ("Cá nhân", decision.individuals))
    ]
