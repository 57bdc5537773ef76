"""`bulletin validate` is the build's front half: for every bad-input corpus case and for random
edits of valid data, validation passes exactly when the strict MkDocs build succeeds, and a
failed build reports the same located errors."""

from __future__ import annotations

import logging
import os
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from conftest import ROOT
from test_corpus import CASES, params, prepare
from test_properties import edited_base, edits

from bulletin import pipeline, reporting


class _Errors(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@contextmanager
def _data_env(data: Path):
    before = os.environ.get("BULLETIN_DATA")
    os.environ["BULLETIN_DATA"] = str(data)
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("BULLETIN_DATA", None)
        else:
            os.environ["BULLETIN_DATA"] = before


def build(data: Path, site: Path) -> tuple[bool, list[str]]:
    """A strict MkDocs build of `data` through the hooks, in this process (fast): did it
    succeed, and which errors did it log."""
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    errors = _Errors()
    logger = logging.getLogger("mkdocs")
    logger.addHandler(errors)
    try:
        with _data_env(data):
            config = load_config(str(ROOT / "mkdocs.yml"), site_dir=str(site), strict=True)
            mkdocs_build(config)
        return True, errors.messages
    except MkDocsException:
        return False, errors.messages
    finally:
        logger.removeHandler(errors)


def agree(data: Path, site: Path) -> None:
    checked = pipeline.check(data, ROOT)
    built, logged = build(data, site)
    expected = [reporting.text(p) for p in checked.problems.sorted() if p in checked.problems.errors]
    assert built == checked.ok, (built, expected, logged)
    if not built:
        assert expected, logged  # a build failure validate did not foresee would have no location
        assert [line for line in logged if line in expected] == expected


@pytest.mark.parametrize("case", params(CASES))
def test_validate_and_build_agree_on_corpus_case(case: str, tmp_path: Path):
    root = prepare(tmp_path, case)
    agree(root / "data", tmp_path / "site")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edits(), edits())
def test_validate_and_build_agree_on_random_edits(first, second):
    with edited_base(first, second) as root:
        agree(root / "data", root / "site")
