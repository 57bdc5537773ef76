"""The core never imports mkdocs: only the adapter subpackage bulletin.mkdocs does, and nothing
outside it imports the adapter. Its hooks module exports MkDocs' events and nothing else, and a
bulletin's hooks file is one line that re-exports them."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from conftest import ROOT
from imports import imports

PACKAGE = ROOT / "src" / "bulletin"
ADAPTER = PACKAGE / "mkdocs"
# Files `bulletin init` writes into a new bulletin (its hooks file among them): data, not modules.
STARTER_FILES = PACKAGE / "starter" / "files"


def engine_imports(source: str) -> list[str]:
    """The imports in `source` of mkdocs (or a part of it), or of the adapter bulletin.mkdocs."""

    def engine(name: str) -> bool:
        return any(name == root or name.startswith(f"{root}.") for root in ("mkdocs", "bulletin.mkdocs"))

    found = []
    for each in imports(source):
        if engine(each.module):
            found.append(each.module)
        elif each.module == "bulletin":  # from bulletin import mkdocs
            found += [f"bulletin.{name}" for name in each.names if name == "mkdocs"]
    return found


def core_modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if ADAPTER not in p.parents and STARTER_FILES not in p.parents)


def test_no_module_outside_the_adapter_imports_mkdocs():
    assert len(core_modules()) > 50
    offenders = {
        p.relative_to(PACKAGE).as_posix(): found
        for p in core_modules()
        if (found := engine_imports(p.read_text(encoding="utf-8")))
    }
    assert offenders == {}


def test_the_adapter_is_where_mkdocs_is_imported():
    adapter = {p.name: engine_imports(p.read_text(encoding="utf-8")) for p in ADAPTER.glob("*.py")}
    assert any(name.startswith("mkdocs.") for found in adapter.values() for name in found)


@pytest.mark.parametrize(
    ("source", "found"),
    [
        ("import mkdocs", ["mkdocs"]),
        ("import os, mkdocs.config as c", ["mkdocs.config"]),
        ("from mkdocs.structure.files import File", ["mkdocs.structure.files"]),
        ("from mkdocs import plugins", ["mkdocs"]),
        ("def f():\n    from mkdocs.exceptions import Abort\n", ["mkdocs.exceptions"]),  # inside a function too
        ("from bulletin.mkdocs.hooks import on_config", ["bulletin.mkdocs.hooks"]),
        ("from bulletin import mkdocs, pipeline", ["bulletin.mkdocs"]),
        ("import mkdocs_material_extensions\nfrom bulletin import pipeline\nfrom .mkdocs import x", []),
    ],
)
def test_the_check_finds_every_spelling(source: str, found: list[str]):
    assert engine_imports(source) == found


def test_hooks_export_mkdocs_events_only():
    from mkdocs.plugins import EVENTS

    from bulletin.mkdocs import hooks

    events = sorted(name for name in vars(hooks) if name.startswith("on_") and callable(getattr(hooks, name)))
    assert sorted(hooks.__all__) == events
    assert {name.removeprefix("on_") for name in hooks.__all__} <= set(EVENTS)


def test_a_bulletins_hooks_file_is_one_line_that_exports_the_events():
    path = ROOT / "hooks" / "bulletin_hooks.py"
    assert path.read_text(encoding="utf-8").count("\n") == 1
    # As MkDocs loads a hooks file: a module from a path, whose on_* attributes it calls.
    spec = importlib.util.spec_from_file_location("bulletin_hooks_under_test", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    from bulletin.mkdocs import hooks

    public = sorted(name for name in vars(module) if not name.startswith("_"))
    assert public == sorted(hooks.__all__)
    assert all(getattr(module, name) is getattr(hooks, name) for name in public)
