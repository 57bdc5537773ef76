"""What a Python file imports, read from its syntax tree: the one reader behind the tests that hold
the rooms to their rules (test_rooms*, test_media)."""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Import:
    line: int
    module: str  # "bulletin.data" for `from bulletin.data import x`, "a.b" for `import a.b`
    names: tuple[str, ...]  # what `from module import ...` takes; () for `import module`
    typing_only: bool  # inside `if TYPE_CHECKING:`: names types, not a dependency at run time

    def spelled(self) -> set[str]:
        """The module and each name taken from it as module.name: `from bulletin import pages`
        gives bulletin and bulletin.pages."""
        return {self.module} | {f"{self.module}.{name}" for name in self.names}


def imports(source: str | Path) -> list[Import]:
    """Every absolute import of a file (or of source text), functions' own included; relative
    imports (`from . import x`) stay inside their package and are left out."""
    text = source.read_text(encoding="utf-8") if isinstance(source, Path) else source
    tree = ast.parse(text)
    typing_only = {
        id(node)
        for block in ast.walk(tree)
        if isinstance(block, ast.If) and isinstance(block.test, ast.Name) and block.test.id == "TYPE_CHECKING"
        for child in block.body
        for node in ast.walk(child)
    }
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [Import(node.lineno, alias.name, (), id(node) in typing_only) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = tuple(alias.name for alias in node.names)
            found.append(Import(node.lineno, node.module, names, id(node) in typing_only))
    return found


def spelled(source: str | Path) -> set[str]:
    """Every module a file imports, and each name taken from one as module.name."""
    return set().union(*(found.spelled() for found in imports(source)))
