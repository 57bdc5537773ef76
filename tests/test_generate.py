"""`bulletin generate`: the same pages as ordinary Markdown files, built without hooks."""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

from bulletin import theme
from conftest import DATA, ROOT, bulletin, page_urls, run, soup


def plain_config(tmp_path: Path, docs: Path, site: Path) -> Path:
    """The project's mkdocs-plain.yml (mkdocs.yml without hooks, the package's theme named),
    pointed at the generated docs."""
    config = tmp_path / "mkdocs-plain.yml"
    config.write_text(
        yaml.safe_dump({"INHERIT": str(ROOT / "mkdocs-plain.yml"), "docs_dir": str(docs), "site_dir": str(site)}),
        encoding="utf-8",
    )
    return config


def test_generated_pages_build_without_hooks_into_the_same_urls(built_site: Path, tmp_path: Path):
    docs, site = tmp_path / "docs", tmp_path / "site"
    result = bulletin("generate", str(docs), "--data", str(DATA))
    assert result.returncode == 0, result.output
    # The theme's assets come with the pages, for an engine that copies only the docs folder.
    for asset in theme.assets():
        assert (docs / "assets" / asset.name).read_bytes() == asset.read_bytes(), asset.name
    page = (docs / "tin-tuc/2024/06/bieu-duong-dien-hinh-antq-2019-2024.md").read_text(encoding="utf-8")
    front = yaml.safe_load(page.split("---\n")[1])
    assert front["title"].startswith("72 tập thể")
    assert front["date"] == "2024-06-26"

    build = run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(plain_config(tmp_path, docs, site))])
    assert build.returncode == 0, build.output
    assert page_urls(site) == page_urls(built_site)
    assert len(page_urls(site)) >= 2
    indexed = bulletin("index", str(site), "--data", str(DATA))
    assert indexed.returncode == 0, indexed.output
    assert indexed.stdout.strip() == "Đã tạo chỉ mục tìm kiếm: các trang và 72 lượt khen thưởng."
    assert (site / "pagefind/pagefind.js").is_file() and (site / "tra-cuu/chi-muc/meta.json").is_file()
    plain = soup(site / "tin-tuc/2024/06/bieu-duong-dien-hinh-antq-2019-2024/index.html")
    hooked = soup(built_site / "tin-tuc/2024/06/bieu-duong-dien-hinh-antq-2019-2024/index.html")
    # The same text; the hooks build writes pages without whitespace a browser does not show.
    words = lambda page: page.select_one("article").get_text().split()  # noqa: E731
    assert words(plain) == words(hooked)


def test_generate_never_replaces_a_directory_it_did_not_write(tmp_path: Path):
    precious = tmp_path / "precious"
    precious.mkdir()
    (precious / "notes.md").write_text("keep me", encoding="utf-8")
    result = bulletin("generate", str(precious))
    assert result.returncode == 2
    assert (precious / "notes.md").read_text(encoding="utf-8") == "keep me"
