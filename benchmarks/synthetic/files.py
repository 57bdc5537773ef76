"""The archive as data files, in data/'s layout: each document a mapping in the order an editor
writes it, dumped by PyYAML with the schema line on top (as if the archive were the project's
data/: the same bytes wherever it is written)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

from bulletin.data.kinds import BY_PLACE, MEDIA_FOLDER
from bulletin.data.schema_export import modeline
from bulletin.vietnamese.text import slugify

from . import media
from .archive import Archive
from .records import Article, Decision
from .statistics import MODELS, PARTICIPANTS, PARTICIPANTS_DETAIL, metrics_document
from .vocabulary import forms_document

PROJECT_ROOT = Path(__file__).resolve().parents[2]
NOTE = "# Dữ liệu tổng hợp (benchmarks/synth.py): tên người, đơn vị là minh họa, không phải danh sách thật."

try:  # libyaml's emitter: the 4,259 documents of 700 articles in 1.3 s, against 9 s in pure Python
    from yaml import CSafeDumper as _Base
except ImportError:  # pragma: no cover - depends on the PyYAML build
    from yaml import SafeDumper as _Base  # type: ignore[assignment]


class _Dumper(_Base):
    """safe_dump, with an article's body as a literal block, as editors write it."""

    def ignore_aliases(self, data: Any) -> bool:
        return True  # the loader refuses anchors (an article's date is also its ceremony's)


def _text(dumper: _Dumper, value: str) -> yaml.ScalarNode:
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|" if "\n" in value else None)


_Dumper.add_representer(str, _text)


def dump(document: dict[str, Any]) -> str:
    """A data file's YAML; one line per value (a long title or lead is never folded)."""
    return yaml.dump(document, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=1_000_000)


def _schema(relative: str) -> str | None:
    """The schema of a data file, by where it lives (the core's file kinds); None for media."""
    top = relative.partition("/")[0]
    kind = BY_PLACE.get(top)
    return kind.name if kind is not None and top != MEDIA_FOLDER else None


class _Writer:
    def __init__(self, out: Path):
        self.out = out
        self.files = 0
        self.marks: dict[tuple[Path, str], str] = {}

    def put(self, relative: str, text: str, comment: str = "") -> None:
        target = self.out / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        schema = _schema(relative)
        if schema is not None:
            key = (target.parent, schema)
            if key not in self.marks:
                self.marks[key] = modeline(PROJECT_ROOT / "data" / relative, PROJECT_ROOT, schema)
            text = f"{self.marks[key]}\n{comment}\n{text}"
        target.write_bytes(text.encode("utf-8"))
        self.files += 1


def _collective_ids(archive: Archive) -> dict[tuple[str, str | None], str]:
    """Collectives honoured more than once carry an id made from their name."""
    seen = Counter(c for x in archive.decisions for c in x.collectives)
    ids: dict[tuple[str, str | None], str] = {}
    for x in archive.decisions:
        for c in x.collectives:
            if seen[c] > 1 and c not in ids:
                ids[c] = archive.unique_id(slugify(c[0]), slugify(f"{c[0]} {c[1] or ''}"))
    return ids


def _decision(x: Decision, collective_ids: dict[tuple[str, str | None], str]) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "id": x.ident,
        "number": x.number,
        "date": x.date,
        "issuer": x.issuer,
        "form": x.form,
        "campaign": x.campaign.id,
        "reason": x.reason,
    }
    if x.presenter:
        organisation, office, on_behalf = x.presenter
        doc["presented_by"] = {
            "organisation": organisation,
            **({"office": office} if office else {}),
            **({"on_behalf": True} if on_behalf else {}),
        }
    doc |= {key: value for key, value in (("grade", x.grade), ("occasion", x.occasion), ("period", x.period)) if value}
    if x.names != "named":
        doc["names"] = "unpublished"
    counts = (len(x.collectives), len(x.individuals)) if x.names == "named" else x.counts
    if counts is not None:
        doc["counts"] = {"collectives": counts[0], "individuals": counts[1]}
    if x.collectives:
        doc["collectives"] = [
            {
                **({"id": collective_ids[c]} if c in collective_ids else {}),
                "name": c[0],
                **({"locality": c[1]} if c[1] else {}),
            }
            for c in x.collectives
        ]
    if x.individuals:
        # Only the day of a removal is kept (documents.Removed).
        doc["individuals"] = [
            {"removed": dt.date.fromisoformat(p["removed"])} if "removed" in p else p for p in x.individuals
        ]
    if x.revoked:
        day, by, reason = x.revoked
        doc["revoked"] = {"date": day, "by": by, "reason": reason}
    return doc


def _article(a: Article) -> dict[str, Any]:
    doc: dict[str, Any] = {"id": a.ident, "title": a.title, "date": a.date}
    if a.time:
        doc["time"] = a.time
    doc["campaign"] = a.campaign.id
    if a.byline:
        doc["byline"] = a.byline
    if a.authors:
        doc["authors"] = [
            {"name": name, **({"kind": kind} if kind != "person" else {}), **({"unit": unit} if unit else {})}
            for name, kind, unit in a.authors
        ]
    if a.source:
        doc["source"] = {"name": a.source[0], "url": a.source[1]}
    doc["lead"] = a.lead
    if a.photo_credit:
        doc["photo_credit"] = a.photo_credit
    if a.figures:
        doc["figures"] = [
            {
                "id": ident,
                "image": image,
                "caption": media.CAPTIONS[ident][0],
                "alt": media.CAPTIONS[ident][1],
                **({"credit": a.credits[ident]} if ident in a.credits else {}),
            }
            for ident, image in a.figures
        ]
    if a.ceremony:
        organiser, place, part = a.ceremony
        doc["ceremony"] = {
            "organiser": organiser,
            **({"place": place} if place else {}),
            "date": a.date,
            "part_of_day": part,
        }
    doc["decisions"] = [x.ident for x in a.decisions]
    doc["body"] = a.body + "\n"  # a literal block ends with its line break
    statistics: list[dict[str, Any]] = []
    for partner, items in a.statistics:
        statistics.append(
            {
                "partner": partner,
                "period": str(a.date.year),
                "items": [
                    {
                        "metric": metric,
                        "value": value,
                        **({"approximate": True} if approximate else {}),
                        **({"detail": PARTICIPANTS_DETAIL[partner]} if metric == PARTICIPANTS else {}),
                    }
                    for metric, value, approximate in items
                ],
            }
        )
    if a.models is not None:
        statistics.append(
            {
                "period": str(a.date.year),
                "as_of": f"{a.date.year}-{a.date.month:02d}",
                "items": [{"metric": MODELS, "value": a.models}],
            }
        )
    doc["statistics"] = statistics
    if a.corrections:
        doc["corrections"] = [{"date": day, "note": note} for day, note in a.corrections]
    return doc


def write(archive: Archive, out: Path) -> dict[str, int]:
    """Every file of the archive under `out`; returns counts: articles, decisions, awards, files."""
    w = _Writer(out)
    w.put(
        "bulletin.yaml",
        dump(
            {
                "title": "Bản tin Thi đua – Khen thưởng (lưu trữ tổng hợp)",
                "tagline": "Hai mươi năm phong trào toàn dân bảo vệ an ninh Tổ quốc trên địa bàn tỉnh, dữ liệu minh họa",
                "publisher": "Công an tỉnh",
                "url": "https://bantin.example.vn/",
                "sample": True,
            }
        ),
        NOTE,
    )
    organisations = [o.model_dump(exclude_defaults=True) for o in archive.organisations.values()]
    w.put("organisations.yaml", dump({"organisations": organisations}), NOTE)
    w.put(
        "forms.yaml",
        dump(forms_document()),
        "# Từ vựng của Luật Thi đua, khen thưởng (như data/forms.yaml của bản mẫu).",
    )
    w.put(
        "metrics.yaml",
        dump(metrics_document()),
        "# Các chỉ tiêu mà bài viết có thể báo cáo (như data/metrics.yaml của bản mẫu).",
    )
    for c in archive.campaigns:
        w.put(
            f"campaigns/{c.id}.yaml",
            dump(
                {
                    "id": c.id,
                    "name": "Phong trào toàn dân bảo vệ an ninh Tổ quốc",
                    "short_name": "ANTQ",
                    "start_year": c.start,
                    "end_year": c.end,
                    "description": f"Giai đoạn {c.start} – {c.end} của phong trào trên địa bàn tỉnh.",
                }
            ),
            NOTE,
        )
    for relative, text in media.files().items():
        w.put(relative, text)
    collective_ids = _collective_ids(archive)
    awards = 0
    for x in archive.decisions:
        awards += len(x.collectives) + sum("removed" not in p for p in x.individuals)
        w.put(
            f"decisions/{x.date.year}/{x.ident}.yaml",
            dump(_decision(x, collective_ids)),
            "# Quyết định khen thưởng tổng hợp (dữ liệu minh họa).",
        )
    for a in archive.articles:
        w.put(f"articles/{a.date.year}/{a.ident}.yaml", dump(_article(a)), "# Bài viết tổng hợp (dữ liệu minh họa).")
    return {"articles": len(archive.articles), "decisions": len(archive.decisions), "awards": awards, "files": w.files}


def write_archive(out_dir: Path, articles: int, seed: int) -> dict[str, int]:
    """Write a synthetic archive of `articles` articles into `out_dir` (new or empty).

    Returns counts: {"articles", "decisions", "awards", "files"}.
    """
    out_dir = Path(out_dir)
    if articles < 0:
        raise ValueError("articles must be zero or more")
    if out_dir.exists() and (not out_dir.is_dir() or any(out_dir.iterdir())):
        raise FileExistsError(f"{out_dir} exists and is not empty; choose a new folder")
    archive = Archive(articles, seed)
    archive.build()
    out_dir.mkdir(parents=True, exist_ok=True)
    return write(archive, out_dir.resolve())
