"""The core stays in rooms a newcomer can read: no module of src/bulletin over MAX_LINES lines."""

from __future__ import annotations

from pathlib import Path

from conftest import ROOT

PACKAGE = ROOT / "src" / "bulletin"
MAX_LINES = 400


def line_count(file: Path) -> int:
    with file.open(encoding="utf-8") as handle:
        return sum(1 for _ in handle)


def oversized(package: Path, limit: int = MAX_LINES) -> list[str]:
    """Modules under `package` longer than `limit` lines, as "path (lines)", longest first."""
    sizes = [(line_count(file), file.relative_to(package.parent).as_posix()) for file in package.rglob("*.py")]
    return [f"{name} ({lines})" for lines, name in sorted(sizes, key=lambda x: (-x[0], x[1])) if lines > limit]


def test_counting_finds_the_long_module_and_only_it(tmp_path: Path):
    package = tmp_path / "pkg"
    (package / "room").mkdir(parents=True)
    (package / "short.py").write_text("x = 1\n" * 400, encoding="utf-8")
    (package / "room" / "long.py").write_text("x = 1\n" * 401, encoding="utf-8")
    (package / "room" / "notes.txt").write_text("x\n" * 900, encoding="utf-8")
    assert oversized(package) == ["pkg/room/long.py (401)"]


def test_no_module_is_over_the_limit():
    found = oversized(PACKAGE)
    assert not found, f"modules over {MAX_LINES} lines: " + ", ".join(found)
