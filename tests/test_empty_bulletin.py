"""A bulletin with no decision and no article yet (a new install) is valid data: it must
build too, validate and build agreeing. Pagefind refuses to index nothing, so the award
index is left out and the lookup page says there is nothing to look up."""

from __future__ import annotations

import shutil
from pathlib import Path

from conftest import bulletin, mkdocs_build, soup
from test_corpus import prepare


def test_a_bulletin_without_decisions_or_articles_validates_and_builds(tmp_path: Path):
    root = prepare(tmp_path / "project", None)
    shutil.rmtree(root / "data/decisions")
    shutil.rmtree(root / "data/articles")
    checked = bulletin("validate", "data", cwd=root)
    assert checked.returncode == 0, checked.output
    site = tmp_path / "site"
    built = mkdocs_build(site, data=root / "data")
    assert built.returncode == 0, built.output
    page = soup(site / "tra-cuu/index.html")
    assert page.select_one(".bulletin-lookup__empty").get_text() == (
        "Bản tin chưa có quyết định khen thưởng nào để tra cứu."
    )
    assert page.select_one("#bulletin-lookup") is None  # no search form without an index
    assert not (site / "tra-cuu/pagefind").exists()
    assert (site / "pagefind/pagefind.js").exists()  # the site's own search still works
