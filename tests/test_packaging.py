"""The package says what we claim (licence, classifiers, files), and the README's tables hold together."""

from __future__ import annotations

import tomllib
from pathlib import Path

import markdown
from bs4 import BeautifulSoup, Tag
from packaging.licenses import canonicalize_license_expression
from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet

ROOT = Path(__file__).resolve().parent.parent
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def _readme() -> BeautifulSoup:
    """The README as Python-Markdown and its tables extension render it."""
    html = markdown.markdown((ROOT / "README.md").read_text(encoding="utf-8"), extensions=["tables"])
    return BeautifulSoup(html, "html.parser")


def _readme_section(title: str) -> list[Tag]:
    """The elements under the README's h2 `title`, up to the next h2."""
    heading = next(h for h in _readme().find_all("h2") if h.get_text() == title)
    section: list[Tag] = []
    for element in heading.find_next_siblings():
        if element.name == "h2":
            break
        section.append(element)
    return section


def test_licence_is_an_spdx_expression_covering_the_code_and_the_bundled_fonts() -> None:
    assert canonicalize_license_expression(PROJECT["license"]) == "MIT AND Bitstream-Vera"
    # PEP 639: an expression replaces the License :: classifiers (setuptools refuses both).
    assert not [c for c in PROJECT["classifiers"] if c.startswith("License ::")]


def test_licence_files_exist_and_license_is_the_mit_text() -> None:
    files = PROJECT["license-files"]
    assert [f for f in files if not (ROOT / f).is_file()] == []
    assert "LICENSE" in files and "NOTICE.md" in files
    licence = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert licence.startswith("MIT License\n\nCopyright (c) 2026 ")
    assert "Permission is hereby granted, free of charge" in licence
    # The wheel ships the fonts (package data), so their licence travels with it.
    assert any(p.startswith("outputs/fonts/") and p.endswith(".ttf") for p in _package_data())
    assert "src/bulletin/outputs/fonts/LICENSE" in files


def _package_data() -> list[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return list(config["tool"]["setuptools"]["package-data"]["bulletin"])


def test_setuptools_new_enough_to_read_the_spdx_licence() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    setuptools = next(Requirement(r) for r in config["build-system"]["requires"] if r.startswith("setuptools"))
    assert not setuptools.specifier.contains("76.1.0")  # license-files arrived in 77.0
    assert setuptools.specifier.contains("77.0.0")


def test_classifiers_name_the_framework_language_and_python_versions_we_support() -> None:
    classifiers = set(PROJECT["classifiers"])
    assert {"Framework :: MkDocs", "Natural Language :: Vietnamese"} <= classifiers
    versions = sorted(
        (c.rsplit(" :: ", 1)[1] for c in classifiers if c.startswith("Programming Language :: Python :: 3.")),
        key=lambda v: tuple(int(p) for p in v.split(".")),
    )
    assert versions == ["3.11", "3.12", "3.13"]
    # The oldest version claimed is the oldest requires-python allows, and the one below is refused.
    supported = SpecifierSet(PROJECT["requires-python"])
    assert all(supported.contains(f"{v}.0") for v in versions)
    assert not supported.contains("3.10.0")
    assert len(classifiers) == len(PROJECT["classifiers"])  # none written twice


def test_distribution_name_is_distinct_while_command_and_package_stay_bulletin() -> None:
    assert PROJECT["name"] == "ban-tin-khen-thuong"
    assert PROJECT["scripts"] == {"bulletin": "bulletin.cli:run"}
    assert (ROOT / "src" / "bulletin" / "__init__.py").is_file()


def test_readme_data_files_table_is_one_table_listing_every_kind_of_data_file() -> None:
    section = _readme_section("Data files")
    tables = [e for e in section if e.name == "table"]
    assert len(tables) == 1
    # A row cut off from its table renders as a paragraph of pipes.
    assert [e.get_text() for e in section if e.name == "p" and e.get_text().lstrip().startswith("|")] == []
    rows = tables[0].find_all("tr")
    assert [len(r.find_all(["th", "td"])) for r in rows] == [2] * len(rows)
    listed = {r.find_all("td")[0].get_text().split("/")[1] for r in rows[1:]}
    # The tests' bulletin has every kind of file and folder a bulletin's data holds.
    assert listed == {p.name for p in (ROOT / "tests" / "fixtures" / "data").iterdir()}


def test_every_readme_table_is_whole() -> None:
    soup = _readme()
    tables = soup.find_all("table")
    assert len(tables) >= 4  # prerequisites, data files, open data, what changed for readers
    for table in tables:
        rows = table.find_all("tr")
        widths = {len(r.find_all(["th", "td"])) for r in rows}
        assert len(widths) == 1, rows[0].get_text(" | ", strip=True)
    assert [p.get_text()[:60] for p in soup.find_all("p") if p.get_text().lstrip().startswith("|")] == []


def test_notice_names_only_paths_that_exist() -> None:
    """NOTICE.md says what is whose by path; a moved file must not leave it pointing nowhere."""
    html = markdown.markdown((ROOT / "NOTICE.md").read_text(encoding="utf-8"))
    codes = [c.get_text() for c in BeautifulSoup(html, "html.parser").find_all("code")]
    paths = [c for c in codes if "/" in c or c.endswith((".yaml", ".md")) or c == "LICENSE"]
    assert "data/articles/2024/bieu-duong-dien-hinh-antq-2019-2024.yaml" in paths
    # node_modules/ is fetched by npm ci, never committed (git-ignored).
    # Paths of data/'s own files (bulletin.yaml, campaigns/) are named without the folder.
    missing = [p for p in paths if not (ROOT / p).exists() and not (ROOT / "data" / p).exists()]
    assert [p for p in missing if p != "node_modules/"] == []
