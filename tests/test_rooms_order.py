"""Data flows one way, and so do the imports: a room imports only rooms below it (README, Layout).
Imports inside `if TYPE_CHECKING:` name types only and are not counted; imports inside functions are."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import ROOT
from imports import imports as read_imports

PACKAGE = ROOT / "src" / "bulletin"
# The rooms from the bottom up. The site's addresses (urls) are a vocabulary every room reads,
# data included (an id must not take a page's name); the drivers sit on top.
RANKS = {
    "vietnamese": 0,
    "urls": 1,
    "data": 2,
    "model": 3,
    "outputs": 4,
    "pages": 5,
    "theme": 5,
    "scaffold": 6,
    "starter": 6,
    "pipeline": 6,
    "preview": 6,
    "cli": 7,
    "cliparse": 7,
    "mkdocs": 7,
    "__main__": 8,
}


def room(module: str) -> str:
    """The room of a dotted module name inside the package: bulletin.data.files -> "data"."""
    return module.split(".")[1] if module.count(".") else "bulletin"


def imports(path: Path) -> list[tuple[int, str]]:
    """(line, module) of every bulletin import of `path`, outside `if TYPE_CHECKING:` blocks."""
    found = []
    for each in read_imports(path):
        if each.typing_only or not (each.module == "bulletin" or each.module.startswith("bulletin.")):
            continue
        if each.module == "bulletin" and each.names:  # from bulletin import urls, model: each name is a module
            found += [(each.line, f"bulletin.{name}") for name in each.names]
        elif each.module != "bulletin":
            found.append((each.line, each.module))
    return found


# Every module of the package; not the files `bulletin init` copies into a new bulletin (starter/files).
MODULES = sorted(
    p
    for p in PACKAGE.rglob("*.py")
    if (p.name != "__init__.py" or p.parent != PACKAGE) and "files" not in p.relative_to(PACKAGE).parts
)


def test_every_room_has_a_rank():
    rooms = {p.relative_to(PACKAGE).parts[0].removesuffix(".py") for p in MODULES}
    assert rooms <= set(RANKS), sorted(rooms - set(RANKS))


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.relative_to(PACKAGE).as_posix())
def test_a_room_imports_only_rooms_below_it(path: Path):
    own = path.relative_to(PACKAGE).parts[0].removesuffix(".py")
    upward = [f"line {line}: {module}" for line, module in imports(path) if RANKS.get(room(module), -1) > RANKS[own]]
    assert upward == [], f"{own} (rank {RANKS[own]}) imports a room above it"


def test_the_check_sees_an_upward_import_and_skips_type_names(tmp_path: Path):
    module = tmp_path / "m.py"
    module.write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from bulletin import model\n"
        "def f():\n    from bulletin.pages import site\n",
        encoding="utf-8",
    )
    assert imports(module) == [(5, "bulletin.pages")]
