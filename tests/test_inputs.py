"""A preview renders only the pages made from a data file that changed (bulletin.preview.Rebuild,
with the inputs pages declare in bulletin.pages.inputs). Edits an editor makes, one after the
other, on a synthetic archive: after each, every page and file a rebuild would keep must read
exactly as a full render of the new data, and the edits that touch one decision or article
must not make the whole site again."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from bulletin import pipeline
from bulletin.pages import inputs
from bulletin.preview import Made, Rebuild
from conftest import ROOT
from synthetic import write_archive
from synthetic.files import dump


def _render(data: Path) -> tuple[pipeline.Checked, dict[str, bytes]]:
    checked = pipeline.check(data, ROOT)
    assert checked.ok, "\n".join(str(p) for p in checked.problems.sorted())
    _, content = checked.require()
    made = {p.path: p.text().encode("utf-8") for p in content.pages}
    made |= {a.path: a.content or b"" for a in content.assets if a.written}
    return checked, made


def _rebuild(last: Made | None, checked: pipeline.Checked) -> tuple[Rebuild, set[str]]:
    """Which generated files the preview would make again."""
    bulletin, content = checked.require()
    rebuild = Rebuild(last, checked.result.fingerprints, inputs.tracked(bulletin), inputs.groups(bulletin))
    stale = {p.path for p in content.pages if rebuild.stale(p.path, p.inputs)}
    stale |= {a.path for a in content.assets if a.written and rebuild.stale(a.path, a.inputs)}
    return rebuild, stale


def _edit(path: Path, change: Callable[[dict[str, Any]], object]) -> None:
    """Read a data file, change its document, write it back (as the archive's own writer does)."""
    document = _read(path)
    change(document)
    path.write_text(dump(document), encoding="utf-8")


def _read(path: Path) -> dict[str, Any]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _decisions(data: Path) -> list[Path]:
    return sorted(data.glob("decisions/*/*.yaml"))


def _articles(data: Path) -> list[Path]:
    return sorted(data.glob("articles/*/*.yaml"))


def _announcing(data: Path, decision: Path) -> Path:
    return next(a for a in _articles(data) if decision.stem in _read(a)["decisions"])


def _plain(document: dict[str, Any]) -> int | None:
    """The place of the first individual named without an id, if any."""
    entries = document.get("individuals", [])
    return next((i for i, entry in enumerate(entries) if "name" in entry and "id" not in entry), None)


def _replace_plain(path: Path, entry: Callable[[dict[str, Any]], dict[str, Any]]) -> None:
    def change(x: dict[str, Any]) -> None:
        place = _plain(x)
        assert place is not None
        x["individuals"][place] = entry(x["individuals"][place])

    _edit(path, change)


def rename_a_person(data: Path) -> None:
    file = next(f for f in reversed(_decisions(data)) if _plain(_read(f)) is not None)
    _replace_plain(file, lambda person: {**person, "name": "Lê Văn Thửnghiệm"})


def give_a_profile(data: Path) -> None:
    """A collective honoured once is named, by its id, by another decision: its profile appears."""
    counted: dict[str, list[Path]] = {}
    for file in _decisions(data):
        document = _read(file)
        for entry in document.get("collectives", []) + document.get("individuals", []):
            if "id" in entry:
                counted.setdefault(entry["id"], []).append(file)
    once = next(ident for ident, files in sorted(counted.items()) if len(files) == 1)
    target = next(f for f in _decisions(data) if f not in counted[once] and _read(f).get("collectives"))

    def add(x: dict[str, Any]) -> None:
        x["collectives"].insert(0, {"id": once, "name": f"Tập thể thử nghiệm {once}"})
        x["counts"]["collectives"] += 1

    _edit(target, add)


def retitle_an_article(data: Path) -> None:
    _edit(_articles(data)[0], lambda x: x.update(title="Tin sửa: " + x["title"]))


def add_an_article(data: Path) -> None:
    newest = max(_articles(data), key=lambda a: _read(a)["date"])
    copy = newest.with_name("bai-moi-thu-nghiem.yaml")
    copy.write_bytes(newest.read_bytes())
    _edit(copy, lambda x: x.update(id="bai-moi-thu-nghiem", title="Bài mới: " + x["title"]))


def delete_a_decision(data: Path) -> None:
    """A decision taken out of an article that announces several, and its file deleted."""
    for decision in reversed(_decisions(data)):
        article = _announcing(data, decision)
        if len(_read(article)["decisions"]) > 1 and f"decision.{decision.stem}" not in article.read_text(
            encoding="utf-8"
        ):
            _edit(article, lambda x, gone=decision.stem: x["decisions"].remove(gone))
            decision.unlink()
            return
    raise AssertionError("no article announces two decisions")


def revoke_a_decision(data: Path) -> None:
    files = _decisions(data)
    revoked, by = files[len(files) // 2], files[len(files) // 2 + 1]
    _edit(revoked, lambda x: x.update(revoked={"date": _read(by)["date"], "by": by.stem}))


def redate_a_decision(data: Path) -> None:
    """A day earlier in the same month: lists in date order move it."""
    for file in _decisions(data):
        if _read(file)["date"].day > 1:
            _edit(file, lambda x: x.update(date=x["date"] - dt.timedelta(days=1)))
            return
    raise AssertionError("no decision to date a day earlier")


def remove_a_name_on_request(data: Path) -> None:
    """An individual's entry replaced by the date of their request: gone from every page."""
    for file in reversed(_decisions(data)):
        if _plain(_read(file)) is not None:
            _replace_plain(file, lambda _: {"removed": dt.date(2026, 5, 1)})
            return
    raise AssertionError("no decision names an individual")


def move_an_article(data: Path) -> None:
    """An article dated a day later: its address, its year's page and the lists move."""
    for file in _articles(data):
        if _read(file)["date"].day < 28:
            _edit(file, lambda x: x.update(date=x["date"] + dt.timedelta(days=1)))
            return
    raise AssertionError("no article to date a day later")


def rename_an_organisation(data: Path) -> None:
    """Not followed file by file: everything is made again."""
    _edit(
        data / "organisations.yaml",
        lambda x: x["organisations"][0].update(name="Tên mới " + x["organisations"][0]["name"]),
    )


# Each edit, and how much of the site it makes again: "few" pages (less than half), "all" of them,
# or "some" (an added article: every article page lists the latest).
EDITS: list[tuple[Callable[[Path], None], str]] = [
    (rename_a_person, "few"),
    (give_a_profile, "few"),
    (retitle_an_article, "few"),
    (revoke_a_decision, "few"),
    (redate_a_decision, "few"),
    (remove_a_name_on_request, "few"),
    (move_an_article, "some"),
    (delete_a_decision, "few"),
    (add_an_article, "some"),
    (rename_an_organisation, "all"),
]


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("inputs") / "data"
    write_archive(data, 24, 11)
    return data


def test_a_rebuild_keeps_only_pages_that_read_the_same(archive: Path) -> None:
    checked, before = _render(archive)
    rebuild, stale = _rebuild(None, checked)
    assert stale == set(before)  # the first build makes everything
    last = rebuild.made()
    for edit, reach in EDITS:
        edit(archive)
        checked, after = _render(archive)
        rebuild, stale = _rebuild(last, checked)
        kept = set(after) - stale
        wrong = sorted(path for path in kept if before.get(path) != after[path])
        assert not wrong, f"{edit.__name__}: kept but changed: {wrong[:10]}"
        changed = {path for path in after if before.get(path) != after[path]}
        assert changed <= stale, edit.__name__
        if reach == "few":
            assert changed and len(stale) < len(after) / 2, (edit.__name__, len(stale), len(after))
        elif reach == "all":
            assert stale == set(after), edit.__name__
        before, last = after, rebuild.made()


def test_an_untouched_archive_makes_nothing_again(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    checked, _ = _render(data)
    first, _ = _rebuild(None, checked)
    checked, _ = _render(data)
    _, stale = _rebuild(first.made(), checked)
    assert stale == set()
