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

from bulletin import pipeline
from bulletin.data import reporting
from conftest import ROOT
from test_corpus import CASES, prepare
from test_properties import edited_base, edits


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


@pytest.mark.parametrize("case", CASES)
def test_validate_and_build_agree_on_corpus_case(case: str, tmp_path: Path):
    root = prepare(tmp_path, case)
    agree(root / "data", tmp_path / "site")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edits(), edits())
def test_validate_and_build_agree_on_random_edits(first, second):
    with edited_base(first, second) as root:
        agree(root / "data", root / "site")


def _unnamed(data: Path, *, nothing: tuple[str, ...] = ()) -> None:
    """Every decision in `data` as an article that does not publish names: counts only, or, for
    the decisions in `nothing`, not even counts."""
    import yaml

    for path in (data / "decisions").rglob("*.yaml"):
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        doc.pop("collectives", None)
        doc.pop("individuals", None)
        doc["names"] = "unpublished"
        if doc["id"] in nothing:
            doc.pop("counts", None)
        path.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")


def test_a_bulletin_whose_decisions_name_nobody_validates_and_builds(tmp_path: Path):
    import shutil

    from conftest import DATA

    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    _unnamed(data)
    checked = pipeline.check(data, ROOT)
    assert checked.ok, [reporting.text(p) for p in checked.problems.sorted()]
    agree(data, tmp_path / "site")
    assert (tmp_path / "site" / "index.html").is_file()


def test_a_bulletin_with_a_decision_neither_named_nor_counted_validates_and_builds(tmp_path: Path):
    import shutil

    from conftest import ARTICLE_YAML, DATA

    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    ccb = "hoi-ccb-tinh-bang-khen-antq-2024"
    _unnamed(data, nothing=(ccb,))
    article = data / ARTICLE_YAML
    text = article.read_text(encoding="utf-8")
    # The article can no longer say how many the veterans' association awarded, nor the total.
    sentence = (
        f"; Hội Cựu chiến binh tỉnh Bằng khen cho {{{{ decision.{ccb}.collectives }}}} tập thể, "
        f"{{{{ decision.{ccb}.individuals }}}} cá nhân"
    )
    assert sentence in text and "{{ awards.total }} tập thể, cá nhân được khen thưởng" in text
    text = text.replace(sentence, "").replace("{{ awards.total }} tập thể, cá nhân được khen thưởng", "Khen thưởng")
    article.write_text(text, encoding="utf-8")
    checked = pipeline.check(data, ROOT)
    assert checked.ok, [reporting.text(p) for p in checked.problems.sorted()]
    agree(data, tmp_path / "site")
    assert (tmp_path / "site" / "index.html").is_file()
