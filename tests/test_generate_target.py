"""`bulletin generate` into something that is not a folder: a usage error that says so, and
nothing written anywhere (no half-made staging folder, nothing where a link points)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import bulletin
from test_corpus import prepare


@pytest.mark.parametrize("kind", ["file", "link to a folder", "dangling link"])
def test_generate_refuses_a_file_or_link_as_target(kind: str, tmp_path: Path):
    root = prepare(tmp_path / "project", None)
    elsewhere = tmp_path / "elsewhere"
    target = root / "docs-out"
    if kind == "file":
        target.write_text("x", encoding="utf-8")
    elif kind == "link to a folder":
        elsewhere.mkdir()
        target.symlink_to(elsewhere)
    else:
        target.symlink_to(elsewhere)
    result = bulletin("generate", "docs-out", cwd=root)
    assert result.returncode == 2
    assert result.stderr == (
        "bulletin generate: 'docs-out' là một tệp hoặc liên kết (symlink), không phải thư mục; hãy chọn thư mục trống\n"
    )
    assert sorted(p.name for p in root.iterdir()) == ["data", "docs-out"]
    assert not elsewhere.exists() or not any(elsewhere.iterdir())
