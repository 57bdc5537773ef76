"""Property-based tests: random edits of valid data files never crash loading, and every
problem reported carries a file, a line and a column."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bulletin.model.load import load

BASE = Path(__file__).parent / "corpus" / "base"
FILES = sorted(p.relative_to(BASE / "data").as_posix() for p in (BASE / "data").rglob("*.yaml"))
# Characters that matter to YAML and to editors' typing, Vietnamese included.
ALPHABET = st.sampled_from(list(":-\"'\t{}[]&*#|>!%@`,? \n\r\ufeff0123456789aăâđêôơưĐÂÊ\u0301\u0323\u0309€ßµ·"))


@st.composite
def edits(draw):
    file = draw(st.sampled_from(FILES))
    lines = (BASE / "data" / file).read_text(encoding="utf-8").splitlines(keepends=True)
    kind = draw(st.sampled_from(["delete", "duplicate", "insert", "replace", "truncate", "swap"]))
    at = draw(st.integers(0, max(len(lines) - 1, 0)))
    if kind == "delete":
        del lines[at]
    elif kind == "duplicate":
        lines.insert(at, lines[at])
    elif kind == "swap" and len(lines) > 1:
        other = draw(st.integers(0, len(lines) - 1))
        lines[at], lines[other] = lines[other], lines[at]
    text = "".join(lines)
    if kind in ("insert", "replace"):
        where = draw(st.integers(0, len(text)))
        piece = draw(st.text(ALPHABET, min_size=1, max_size=6))
        text = text[:where] + piece + text[where + (len(piece) if kind == "replace" else 0) :]
    elif kind == "truncate":
        text = text[: draw(st.integers(0, len(text)))]
    return file, text


@contextmanager
def edited_base(*changes: tuple[str, str]) -> Iterator[Path]:
    """A temporary copy of the base data with `changes` (file, new text) written over it; yields its root."""
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        shutil.copytree(BASE / "data", root / "data")
        for file, text in changes:
            (root / "data" / file).write_text(text, encoding="utf-8")
        yield root


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edits(), edits())
def test_random_edits_only_ever_give_located_problems(first, second):
    with edited_base(first, second) as root:
        result = load(root / "data", root)  # must not raise
        for problem in result.problems.items:
            where = problem.location
            assert where.path.startswith("data/") and where.path.endswith(".yaml"), problem
            assert where.line >= 1 and where.column >= 1, problem
            assert problem.message and problem.code
        if result.bulletin is None:
            assert result.problems.errors
