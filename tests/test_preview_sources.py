"""bulletin.preview.SourceFolder: generated sources that change on disk only when their content does."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bulletin.preview import SourceFolder


def times(folder: Path) -> dict[str, int]:
    return {p.relative_to(folder).as_posix(): p.stat().st_mtime_ns for p in folder.rglob("*") if p.is_file()}


def test_only_changed_files_are_rewritten_and_vanished_ones_removed(tmp_path: Path):
    sources = SourceFolder(tmp_path / "src")
    first = sources.sync({"a/index.md": b"A", "b.md": b"B", "du-lieu/x.csv": b"1"}.items())
    assert sorted(first.written) == ["a/index.md", "b.md", "du-lieu/x.csv"] and first.removed == []
    # An old time for every file, so that a rewrite is seen whatever the clock's resolution.
    for path in (tmp_path / "src").rglob("*"):
        if path.is_file():
            os.utime(path, ns=(1_000_000_000, 1_000_000_000))
    before = times(tmp_path / "src")

    second = sources.sync({"a/index.md": b"A", "b.md": b"B2", "c.md": b"C"}.items())
    assert (second.written, second.removed, second.unchanged) == (["b.md", "c.md"], ["du-lieu/x.csv"], 1)
    after = times(tmp_path / "src")
    assert after["a/index.md"] == before["a/index.md"]  # same content: same file, same time
    assert after["b.md"] > before["b.md"]
    assert "du-lieu/x.csv" not in after
    assert (tmp_path / "src/b.md").read_bytes() == b"B2"


@pytest.mark.parametrize("bad", ["../x.md", "/etc/x", "a/../../x", "", "a//b", "a\\b.md", "./a.md"])
def test_a_path_outside_the_folder_is_refused(tmp_path: Path, bad: str):
    sources = SourceFolder(tmp_path / "src")
    with pytest.raises(ValueError):
        sources.sync([(bad, b"x")])
    assert not (tmp_path / "x").exists() and not (tmp_path / "x.md").exists()


def test_a_session_folder_is_private_and_removed_whole():
    sources = SourceFolder.create()
    try:
        sources.sync([("a.md", b"A")])
        assert (sources.folder / "a.md").is_file()
    finally:
        sources.remove()
    assert not sources.folder.exists()
