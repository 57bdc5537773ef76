"""The theme extends Material, it does not copy it: every template of ours replaces one Material
has (or is a language of its own), every block it fills is one Material's base.html still defines,
and the adapter puts the theme in place through MkDocs' configuration. Whether each override
still applies in a built page: tests/test_init.py (a new bulletin) and tests/test_site.py."""

from __future__ import annotations

import re
from pathlib import Path

import material
import pytest
import yaml
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig

from bulletin import theme
from bulletin.mkdocs import configure

MATERIAL = Path(material.__file__).parent / "templates"
OURS = Path(theme.DIRECTORY)
BLOCK = re.compile(r"{%-?\s*block\s+(\w+)")


def templates() -> list[str]:
    return sorted(p.relative_to(OURS).as_posix() for p in OURS.rglob("*.html"))


def test_each_template_replaces_one_of_materials_or_is_a_language_of_its_own():
    assert templates() == [
        "404.html",
        "main.html",
        "partials/javascripts/base.html",
        "partials/javascripts/content.html",
        "partials/languages/vi-custom.html",
    ]
    for name in templates():
        if name.startswith("partials/languages/"):
            # A language by key: Material's own, then ours on top (its "Custom translations").
            imported = re.findall(r'{% import "([^"]+)" as material %}', (OURS / name).read_text(encoding="utf-8"))
            assert imported == ["partials/languages/vi.html"] and (MATERIAL / imported[0]).is_file()
            assert Path(name).stem == theme.LANGUAGE
        else:
            assert (MATERIAL / name).is_file(), f"{name}: Material no longer has it, so this override does nothing"


@pytest.mark.parametrize("name", ["main.html", "404.html"])
def test_every_block_we_fill_is_one_material_defines(name: str):
    materials = set(BLOCK.findall((MATERIAL / "base.html").read_text(encoding="utf-8")))
    ours = BLOCK.findall((OURS / name).read_text(encoding="utf-8"))
    assert ours and set(ours) <= materials, set(ours) - materials


def test_the_inline_script_partials_are_empty_on_purpose():
    """Material includes them outside any block, so an empty partial is the smallest override
    that keeps its inline start-up scripts (for JavaScript these pages never load) out."""
    base = (MATERIAL / "base.html").read_text(encoding="utf-8")
    for name in ("partials/javascripts/base.html", "partials/javascripts/content.html"):
        assert f'{{% include "{name}" %}}' in base
        text = (OURS / name).read_text(encoding="utf-8")
        assert re.sub(r"{#-?.*?-?#}", "", text, flags=re.S).strip() == "", name


def test_the_assets_are_the_ones_pages_link():
    names = {p.name for p in theme.assets()}
    assert {Path(p).name for p in theme.STYLESHEETS + theme.SCRIPTS} | {"logo.svg"} == names


def _config(tmp_path: Path, settings: dict[str, object]) -> MkDocsConfig:
    (tmp_path / "docs").mkdir(exist_ok=True)
    path = tmp_path / "mkdocs.yml"
    path.write_text(yaml.safe_dump({"site_name": "x", **settings}, allow_unicode=True), encoding="utf-8")
    return load_config(str(path))


def test_the_adapter_puts_the_theme_in_place(tmp_path: Path):
    config = _config(tmp_path, {"theme": {"name": "material", "language": "vi-custom"}})
    configure.install(config)
    assert config.theme.dirs[0] == theme.DIRECTORY and config.theme.dirs[1] == str(MATERIAL)
    assert config.theme["palette"] == theme.PALETTE and config.theme["features"] == theme.FEATURES
    assert config.nav == theme.NAV
    assert config.extra_css == theme.STYLESHEETS and [str(s) for s in config.extra_javascript] == theme.SCRIPTS
    configure.install(config)  # again, as a serve rebuild would: nothing doubled
    assert config.theme.dirs.count(theme.DIRECTORY) == 1 and config.extra_css == theme.STYLESHEETS


def test_a_bulletins_own_settings_come_first(tmp_path: Path):
    (tmp_path / "overrides").mkdir()
    config = _config(
        tmp_path,
        {
            "theme": {
                "name": "material",
                "custom_dir": "overrides",
                "palette": {"scheme": "slate"},
                "features": ["toc.follow"],
            },
            "nav": [{"Giới thiệu": "gioi-thieu.md"}],
            "extra_css": ["assets/rieng.css"],
            "extra_javascript": ["assets/rieng.js"],
        },
    )
    configure.install(config)
    dirs = config.theme.dirs
    assert dirs[0] == str(tmp_path / "overrides") and dirs[1] == theme.DIRECTORY and dirs[2] == str(MATERIAL)
    assert config.theme["palette"] == {"scheme": "slate"}
    assert config.theme["features"] == ["toc.follow", *theme.FEATURES]
    assert config.nav == [{"Giới thiệu": "gioi-thieu.md"}]
    # Ours first: a bulletin's own stylesheet and script come after, and win.
    assert config.extra_css == [*theme.STYLESHEETS, "assets/rieng.css"]
    assert [str(s) for s in config.extra_javascript] == [*theme.SCRIPTS, "assets/rieng.js"]
