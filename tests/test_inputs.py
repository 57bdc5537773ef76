"""A preview renders only the pages made from a data file that changed (bulletin.preview.Rebuild,
with the inputs pages declare in bulletin.pages.inputs). Edits an editor makes, one after the
other, on a synthetic archive: after each, every page and file a rebuild would keep must read
exactly as a full render of the new data, and the edits that touch one decision or article
must not make the whole site again."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import ROOT

from bulletin import pipeline, synth
from bulletin.pages import inputs
from bulletin.preview import Made, Rebuild


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


def _sub(path: Path, pattern: str, replacement: str, count: int = 1) -> None:
    text = path.read_text(encoding="utf-8")
    changed, n = re.subn(pattern, replacement, text, count=count, flags=re.MULTILINE)
    assert n, f"{pattern!r} not in {path}"
    path.write_text(changed, encoding="utf-8")


def _decisions(data: Path) -> list[Path]:
    return sorted(data.glob("decisions/*/*.yaml"))


def _articles(data: Path) -> list[Path]:
    return sorted(data.glob("articles/*/*.yaml"))


def _announcing(data: Path, decision: Path) -> Path:
    ident = decision.stem
    return next(a for a in _articles(data) if f'"{ident}"' in a.read_text(encoding="utf-8"))


def rename_a_person(data: Path) -> None:
    _sub(_decisions(data)[-1], r'^(  - name: ")[^"]+(")', r"\1Lê Văn Thửnghiệm\2")


def give_a_profile(data: Path) -> None:
    """A collective honoured once is named, by its id, by another decision: its profile appears."""
    counted: dict[str, list[Path]] = {}
    for file in _decisions(data):
        for ident in re.findall(r'^  - id: "([^"]+)"', file.read_text(encoding="utf-8"), re.MULTILINE):
            counted.setdefault(ident, []).append(file)
    once = next(ident for ident, files in sorted(counted.items()) if len(files) == 1)
    target = next(f for f in _decisions(data) if f not in counted[once] and "collectives:\n" in f.read_text(encoding="utf-8"))
    _sub(target, r"^collectives:\n", f'collectives:\n  - id: "{once}"\n    name: "Tập thể thử nghiệm {once}"\n')
    _sub(target, r"^  collectives: (\d+)$", lambda m: f"  collectives: {int(m.group(1)) + 1}")  # type: ignore[arg-type]


def retitle_an_article(data: Path) -> None:
    _sub(_articles(data)[0], r'^title: "', 'title: "Tin sửa: ')


def add_an_article(data: Path) -> None:
    newest = max(_articles(data), key=lambda a: re.search(r"^date: (.*)$", a.read_text(encoding="utf-8"), re.MULTILINE).group(1))  # type: ignore[union-attr]
    copy = newest.with_name("bai-moi-thu-nghiem.yaml")
    text = newest.read_text(encoding="utf-8")
    text = re.sub(r'^id: "[^"]+"', 'id: "bai-moi-thu-nghiem"', text, count=1, flags=re.MULTILINE)
    copy.write_text(text.replace('title: "', 'title: "Bài mới: ', 1), encoding="utf-8")


def delete_a_decision(data: Path) -> None:
    """A decision taken out of an article that announces several, and its file deleted."""
    for decision in reversed(_decisions(data)):
        article = _announcing(data, decision)
        text = article.read_text(encoding="utf-8")
        if len(re.findall(r'^  - "', text, re.MULTILINE)) > 1 and f"decision.{decision.stem}" not in text:
            _sub(article, rf'^  - "{re.escape(decision.stem)}"\n', "")
            decision.unlink()
            return
    raise AssertionError("no article announces two decisions")


def revoke_a_decision(data: Path) -> None:
    files = _decisions(data)
    revoked, by = files[len(files) // 2], files[len(files) // 2 + 1]
    day = re.search(r"^date: (.*)$", by.read_text(encoding="utf-8"), re.MULTILINE).group(1)  # type: ignore[union-attr]
    with revoked.open("a", encoding="utf-8") as out:
        out.write(f'revoked:\n  date: {day}\n  by: "{by.stem}"\n')


def redate_a_decision(data: Path) -> None:
    """A day earlier in the same month: lists in date order move it."""
    for file in _decisions(data):
        found = re.search(r"^date: (\d{4}-\d{2})-(\d{2})$", file.read_text(encoding="utf-8"), re.MULTILINE)
        if found and int(found.group(2)) > 1:
            _sub(file, r"^date: .*$", f"date: {found.group(1)}-{int(found.group(2)) - 1:02d}")
            return
    raise AssertionError("no decision to date a day earlier")


def remove_a_name_on_request(data: Path) -> None:
    """An individual's entry replaced by the date of their request: gone from every page."""
    for file in reversed(_decisions(data)):
        text = file.read_text(encoding="utf-8")
        found = re.search(r'^  - name: "[^"]+"\n(?:    .*\n)*', text.split("individuals:\n", 1)[-1], re.MULTILINE)
        if "individuals:\n" in text and found:
            head, tail = text.split("individuals:\n", 1)
            file.write_text(head + "individuals:\n" + tail.replace(found.group(0), "  - removed: 2026-05-01\n", 1), encoding="utf-8")
            return
    raise AssertionError("no decision names an individual")


def move_an_article(data: Path) -> None:
    """An article dated a day later: its address, its year's page and the lists move."""
    for file in _articles(data):
        found = re.search(r"^date: (\d{4})-(\d{2})-(\d{2})$", file.read_text(encoding="utf-8"), re.MULTILINE)
        if found and int(found.group(3)) < 28:
            _sub(file, r"^date: .*$", f"date: {found.group(1)}-{found.group(2)}-{int(found.group(3)) + 1:02d}")
            return
    raise AssertionError("no article to date a day later")


def rename_an_organisation(data: Path) -> None:
    """Not followed file by file: everything is made again."""
    _sub(data / "organisations.yaml", r'^(    name: ")', r"\1Tên mới ")


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
    synth.write_archive(data, 24, 11)
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
