"""MkDocs adapter: register the pages the bulletin core produces from data/.

Only `mkdocs.*` imports, so ProperDocs (a drop-in fork) can run it too. No state is
kept at module level: `mkdocs serve` does not re-import hooks between rebuilds, so
what one build learns travels on that build's own config object.
"""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort, PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.structure.files import File, Files, InclusionLevel

from bulletin import conservation
from bulletin.load import LoadResult, data_dir_from, load
from bulletin.pages import build_site, markup
from bulletin.problems import Severity
from bulletin.search_index import Background, SearchIndexError, build_site_index

log = logging.getLogger("mkdocs.hooks.bulletin")


def _root(config: MkDocsConfig) -> Path:
    return Path(config.config_file_path).resolve().parent


def _data_dir(config: MkDocsConfig) -> Path:
    settings = config.extra.get("bulletin") or {}
    return data_dir_from(settings.get("data", "data"), _root(config))


def _repository_path(path: Path, config: MkDocsConfig) -> str | None:
    """A file's path from the repository root, for "Edit this page" links."""
    try:
        return path.resolve().relative_to(_root(config)).as_posix()
    except ValueError:
        return None  # data from outside the project (BULLETIN_DATA): no edit link


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Load and check the data before MkDocs empties the site directory, so that
    invalid data leaves the last good site in place (and `serve` keeps showing it)."""
    data_dir = _data_dir(config)
    result = load(data_dir, _root(config))
    for problem in result.problems.sorted():
        (log.error if problem.severity is Severity.ERROR else log.warning)(str(problem))
    if result.bulletin is None:
        raise PluginError(f"Dữ liệu trong {data_dir} có {len(result.problems.errors)} lỗi; trang chưa được dựng.")
    site = result.bulletin.site
    # The data names the bulletin and its address, so another data set builds another bulletin.
    config.site_name = markup.meta(site.title)  # themes print it unescaped
    if site.url and not config.site_url:
        config.site_url = site.url
    config.bulletin_result = result  # this build only: `serve` makes a new config per rebuild
    _stage(config)
    return config


class _WarningCount(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


def _stage(config: MkDocsConfig) -> None:
    """Build into a sibling folder and move it into place only when everything passed,
    so a failed build never leaves a half-written site to be published."""
    final = Path(config.site_dir)
    staging = final.with_name(final.name + ".bulletin-staging")
    shutil.rmtree(staging, ignore_errors=True)
    config.bulletin_publish = (staging, final)
    config.site_dir = str(staging)
    logger = logging.getLogger("mkdocs")
    for handler in [h for h in logger.handlers if isinstance(h, _WarningCount)]:
        logger.removeHandler(handler)  # left by a failed build earlier in this process
    counter = _WarningCount()
    logger.addHandler(counter)
    config.bulletin_warnings = counter


def _publish(config: MkDocsConfig) -> None:
    staging, final = config.bulletin_publish
    logging.getLogger("mkdocs").removeHandler(config.bulletin_warnings)
    old = final.with_name(final.name + ".bulletin-old")
    shutil.rmtree(old, ignore_errors=True)
    if final.exists():
        final.rename(old)
    staging.rename(final)
    shutil.rmtree(old, ignore_errors=True)
    config.site_dir = str(final)


def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    result: LoadResult = config.bulletin_result
    data_dir = _data_dir(config)
    content = build_site(result.require(), data_dir)
    root = _root(config)
    for file in files.documentation_pages():
        # Hand-written pages are edited where they are, under docs/.
        file.edit_uri = _repository_path(Path(file.abs_src_path), config)
    for page in content.pages:
        # Reached through section pages, not the navigation: no "not in nav" noise per page.
        file = File.generated(config, page.path, content=page.text(), inclusion=InclusionLevel.NOT_IN_NAV)
        # "Edit this page" opens the YAML the page was made from.
        file.edit_uri = _repository_path(root / page.source, config) if page.source else None
        if page.path in files:
            log.warning(f"docs/{page.path} trùng đường dẫn với trang tạo từ dữ liệu; trang dữ liệu được dùng")
            files.remove(files.get_file_from_path(page.path))
        files.append(file)
    # The award index needs only the data: build it while MkDocs renders the pages.
    config.bulletin_lookup = Background(Path(config.site_dir), content.records)
    for asset in content.assets:
        if asset.content is not None:
            files.append(File.generated(config, asset.path, content=asset.content))
        else:
            files.append(File.generated(config, asset.path, abs_src_path=str(asset.source)))
    return files


def on_post_build(*, config: MkDocsConfig) -> None:
    """Check that nothing was lost, index for search, then put the new site in place."""
    site_dir = Path(config.site_dir)
    result: LoadResult = config.bulletin_result
    lost = conservation.check(site_dir, result.require())
    if lost:
        for line in lost[:50]:
            log.error(line)
        raise PluginError(f"Trang dựng ra thiếu {len(lost)} mục có trong dữ liệu; không xuất bản.")
    try:
        build_site_index(site_dir)
        config.bulletin_lookup.wait()
    except SearchIndexError as error:  # Pagefind is a separate program: say what failed
        raise PluginError(f"Không tạo được chỉ mục tìm kiếm (Pagefind): {error}") from error
    if config.strict and config.bulletin_warnings.count:
        # MkDocs fails the build next; the staged site is never moved into place
        # (and is cleared at the start of the next build).
        return
    _publish(config)
    log.info(result.summary())



def on_serve(server: LiveReloadServer, *, config: MkDocsConfig, builder) -> LiveReloadServer:
    server.watch(str(_data_dir(config)))
    rebuild = server.builder

    def keep_last_good_site() -> None:
        """Invalid data stops a rebuild before the site directory is touched: say so
        and keep serving the last good site instead of leaving the browser waiting."""
        try:
            rebuild()
        except Abort:
            if not (Path(server.root) / "index.html").exists():
                raise
            log.error("Dữ liệu có lỗi (xem trên): vẫn đang hiển thị lần dựng thành công gần nhất.")

    server.builder = keep_last_good_site
    return server
