"""MkDocs adapter: register the pages the bulletin core produces from data/.

Only `mkdocs.*` imports, so ProperDocs (a drop-in fork) can run it too. No state is
kept at module level: `mkdocs serve` does not re-import hooks between rebuilds.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.structure.files import File, Files, InclusionLevel

from bulletin.load import data_dir_from, load
from bulletin.pages import build_site
from bulletin.problems import Severity
from bulletin.search_index import SearchIndexError, build_indexes

log = logging.getLogger("mkdocs.hooks.bulletin")


def _root(config: MkDocsConfig) -> Path:
    return Path(config.config_file_path).resolve().parent


def _data_dir(config: MkDocsConfig) -> Path:
    settings = config.extra.get("bulletin") or {}
    return data_dir_from(settings.get("data", "data"), _root(config))


def _edit_uri(source: str | None, config: MkDocsConfig) -> str | None:
    """Edit links open the YAML a page came from, not a Markdown file that does not exist."""
    if source is None or Path(source).is_absolute():
        return None
    root = _root(config)
    return Path(os.path.relpath(root / source, config.docs_dir)).as_posix()


def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    data_dir = _data_dir(config)
    result = load(data_dir, _root(config))
    for problem in result.problems.sorted():
        (log.error if problem.severity is Severity.ERROR else log.warning)(str(problem))
    if result.bulletin is None:
        raise PluginError(f"Dữ liệu trong {data_dir} có {len(result.problems.errors)} lỗi; trang chưa được dựng.")
    site = result.bulletin.site
    # The data names the bulletin and its address, so another data set builds another bulletin.
    config.site_name = site.title
    if site.url and not config.site_url:
        config.site_url = site.url
    content = build_site(result.bulletin, data_dir)
    for page in content.pages:
        # Reached through section pages, not the navigation: no "not in nav" noise per page.
        file = File.generated(config, page.path, content=page.text(), inclusion=InclusionLevel.NOT_IN_NAV)
        file.edit_uri = _edit_uri(page.source, config)
        if page.path in files:
            log.warning(f"docs/{page.path} trùng đường dẫn với trang tạo từ dữ liệu; trang dữ liệu được dùng")
            files.remove(files.get_file_from_path(page.path))
        files.append(file)
    for asset in content.assets:
        if asset.content is not None:
            files.append(File.generated(config, asset.path, content=asset.content))
        else:
            files.append(File.generated(config, asset.path, abs_src_path=str(asset.source)))
    return files


def on_post_build(*, config: MkDocsConfig) -> None:
    """Search indexes are built from the finished HTML (and the open-data file)."""
    site_dir = Path(config.site_dir)
    if not (site_dir / "index.html").exists():
        return
    try:
        count = build_indexes(site_dir)
    except SearchIndexError as error:
        raise PluginError(f"Không tạo được chỉ mục tìm kiếm (Pagefind): {error}") from error
    log.info(f"Chỉ mục tìm kiếm: các trang và {count} lượt khen thưởng")


def on_serve(server: LiveReloadServer, *, config: MkDocsConfig, builder) -> LiveReloadServer:
    server.watch(str(_data_dir(config)))
    return server
