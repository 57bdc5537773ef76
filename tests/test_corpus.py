"""The bad-input corpus: each case is the small data set in tests/corpus/base with the
files of tests/corpus/cases/<case>/ laid over it, and the exact messages expected
(path:line:column, in Vietnamese) in its expected.txt. Accepted inputs expect none."""

from __future__ import annotations

import shutil
import unicodedata
from pathlib import Path

import pytest

from conftest import bulletin

CORPUS = Path(__file__).parent / "corpus"
CASES = sorted(p.name for p in (CORPUS / "cases").iterdir())


def prepare(tmp_path: Path, case: str | None) -> Path:
    shutil.copytree(CORPUS / "base", tmp_path, dirs_exist_ok=True)
    if case:
        shutil.copytree(
            CORPUS / "cases" / case / "data", tmp_path / "data", dirs_exist_ok=True, symlinks=True
        )  # links stay links
    return tmp_path


def test_the_corpus_is_large_enough():
    assert len(CASES) >= 40


def test_the_base_data_set_is_valid(tmp_path: Path):
    result = bulletin("validate", "data", cwd=prepare(tmp_path, None))
    assert result.returncode == 0 and result.stderr == "", result.output


@pytest.mark.parametrize("case", CASES)
def test_case_gives_its_exact_messages(case: str, tmp_path: Path):
    expected = (CORPUS / "cases" / case / "expected.txt").read_text(encoding="utf-8").splitlines()
    result = bulletin("validate", "data", cwd=prepare(tmp_path, case))
    assert "Traceback" not in result.output
    problems = [line for line in result.stderr.splitlines() if not line.startswith("Dữ liệu")]
    assert problems == expected
    errors = any(": lỗi: " in line for line in expected)
    assert result.returncode == (1 if errors else 0)


def test_decomposed_text_is_stored_composed(tmp_path: Path):
    from bulletin.model.load import load

    root = prepare(tmp_path, "18-decomposed-unicode-accepted")
    raw = (root / "data/decisions/2024/qd-ubnd.yaml").read_text(encoding="utf-8")
    assert unicodedata.normalize("NFD", "Nguyễn Thị Hòa") in raw
    names = [p.name for p in load(root / "data", root).require().decisions["qd-ubnd-2024"].doc.individuals]
    assert names == ["Nguyễn Thị Hòa", "Lê Văn Đức"]
    assert all(unicodedata.is_normalized("NFC", n) for n in names)


def test_a_file_over_the_size_limit_is_refused(tmp_path: Path):
    root = prepare(tmp_path, None)
    huge = root / "data/decisions/2024/qua-lon.yaml"
    huge.write_text("id: qua-lon\n" + "# dòng chú thích dài\n" * 120_000, encoding="utf-8")
    size = huge.stat().st_size
    result = bulletin("validate", "data", cwd=root)
    shown = f"{size:,}".replace(",", ".")
    assert result.stderr.splitlines()[0] == (
        f"data/decisions/2024/qua-lon.yaml:1:1: lỗi: tệp quá lớn ({shown} byte, tối đa 2.097.152); hãy chia thành nhiều tệp"
    )
