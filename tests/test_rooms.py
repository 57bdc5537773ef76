"""The rooms keep to their side: pages and outputs read the model only, never the data's documents
(bulletin.data.documents) nor a model object's raw document (`.doc`); the model never imports
pages or outputs; and the model's modules stay small."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from imports import spelled

SRC = Path(__file__).resolve().parents[1] / "src" / "bulletin"
READERS = sorted([*(SRC / "pages").rglob("*.py"), *(SRC / "outputs").rglob("*.py")])
TEMPLATES = sorted((SRC / "pages" / "templates").glob("*.html"))
MODEL = sorted((SRC / "model").glob("*.py"))
DOCUMENTS = "bulletin.data.documents"


def imported(path: Path) -> set[str]:
    """Every module `path` imports, with each name of a `from package import name` as package.name."""
    return spelled(path)


def test_the_readers_are_found() -> None:
    assert len(READERS) > 20 and TEMPLATES and MODEL


@pytest.mark.parametrize("path", READERS, ids=lambda p: str(p.relative_to(SRC)))
def test_pages_and_outputs_do_not_import_the_documents(path: Path) -> None:
    wrong = sorted(m for m in imported(path) if m == DOCUMENTS or m.startswith(DOCUMENTS + "."))
    assert not wrong, f"{path.relative_to(SRC)} imports {wrong}: name the shape from bulletin.model instead"


@pytest.mark.parametrize("path", READERS, ids=lambda p: str(p.relative_to(SRC)))
def test_pages_and_outputs_do_not_reach_a_raw_document(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    reaches = [node.lineno for node in ast.walk(tree) if isinstance(node, ast.Attribute) and node.attr in ("doc", "d")]
    assert not reaches, f"{path.relative_to(SRC)} reads `.doc` or `model.d` at lines {reaches}"


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: p.name)
def test_templates_do_not_reach_a_raw_document(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    lines = [n for n, line in enumerate(text.splitlines(), 1) if re.search(r"\.doc\b", line)]
    assert not lines, f"templates/{path.name} reads `.doc` at lines {lines}"


@pytest.mark.parametrize("path", MODEL, ids=lambda p: p.name)
def test_the_model_does_not_import_pages_or_outputs(path: Path) -> None:
    wrong = sorted(m for m in imported(path) if m.startswith(("bulletin.pages", "bulletin.outputs")))
    assert not wrong, f"model/{path.name} imports {wrong}"


def test_a_documents_import_is_caught(tmp_path: Path) -> None:
    """The check sees each way of writing the import."""
    for line in (
        "from bulletin.data import documents as d",
        "import bulletin.data.documents",
        "from bulletin.data.documents import Site",
    ):
        probe = tmp_path / "probe.py"
        probe.write_text(line + "\n", encoding="utf-8")
        assert any(m == DOCUMENTS or m.startswith(DOCUMENTS + ".") for m in imported(probe)), line
