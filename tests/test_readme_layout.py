"""The README's Layout section is the map of the code: every package and module of src/bulletin is
on it, and everything on it exists. A module added, moved or removed without the map fails here."""

from __future__ import annotations

from pathlib import Path

from conftest import ROOT

README = ROOT / "README.md"
PACKAGE = ROOT / "src" / "bulletin"


def layout_block() -> list[str]:
    """The lines of the first ```text block under "## Layout"."""
    text = README.read_text(encoding="utf-8")
    section = text[text.index("\n## Layout") :]
    start = section.index("```text\n") + len("```text\n")
    return section[start : section.index("```", start)].splitlines()


def listed_paths(lines: list[str]) -> set[str]:
    """Paths the tree names, from indentation (two spaces a level): "src/bulletin/data/kinds.py"."""
    found: set[str] = set()
    parents: list[str] = []
    for line in lines:
        if not line.strip():
            continue
        depth = (len(line) - len(line.lstrip(" "))) // 2
        name = line.split()[0]
        parents = parents[:depth]
        path = "".join(parents) + name
        found.add(path.rstrip("/"))
        if name.endswith("/"):
            parents.append(name)
    return found


def actual_paths() -> set[str]:
    """Every module and package of src/bulletin, and its folders of templates, fonts or assets."""
    found: set[str] = set()
    for path in PACKAGE.rglob("*"):
        if "__pycache__" in path.parts:
            continue
        if path.is_dir() or (path.suffix == ".py" and path.name not in ("__init__.py", "__main__.py")):
            found.add(path.relative_to(ROOT).as_posix())
    # Inside a folder of files that are not code (templates, fonts, the theme), the folder is enough.
    data_dirs = {p for p in found if not (ROOT / p / "__init__.py").exists() and (ROOT / p).is_dir()}
    return {p for p in found if not any(p.startswith(d + "/") for d in data_dirs)}


def test_the_layout_names_every_module_and_only_modules_that_exist():
    listed = {p for p in listed_paths(layout_block()) if p.startswith("src/bulletin/")}
    actual = actual_paths()
    assert sorted(actual - listed) == [], "in src/bulletin but not in the README's Layout"
    assert sorted(listed - actual) == [], "in the README's Layout but not in src/bulletin"


def test_the_layout_names_the_top_level_folders():
    top = {p for p in listed_paths(layout_block()) if "/" not in p}
    assert {"src", "data", "docs", "hooks", "tests", "benchmarks", "schema"} <= top
    assert all((ROOT / p).exists() for p in top), sorted(p for p in top if not (ROOT / p).exists())


def test_the_tree_reader_follows_indentation(tmp_path: Path):
    lines = [
        "src/  code",
        "  bulletin/  core",
        "    data/  data",
        "      kinds.py  kinds",
        "    cli.py  command",
        "docs/  pages",
    ]
    assert listed_paths(lines) == {
        "src",
        "src/bulletin",
        "src/bulletin/data",
        "src/bulletin/data/kinds.py",
        "src/bulletin/cli.py",
        "docs",
    }
