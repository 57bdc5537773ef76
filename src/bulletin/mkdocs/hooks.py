"""MkDocs' events, as a bulletin's hooks file exports them (`from bulletin.mkdocs.hooks import *`).

The pipeline's state lives on one `Run` object (bulletin.mkdocs.build), replaced at the start of
every build in `on_config`: `mkdocs serve` does not re-import hooks between rebuilds, so nothing
may outlive a build, except what a preview session keeps on purpose (bulletin.preview.Session) and
the parse cache, which is keyed by content.

A preview (`mkdocs serve --dirty`) builds in place and hands MkDocs the generated pages as
files that change on disk only when their content does (bulletin.preview), so MkDocs re-renders
only those; the search indexes follow in the background.
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote

from markupsafe import escape
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc

from bulletin import pipeline, urls
from bulletin.data import reporting
from bulletin.data.problems import Severity
from bulletin.mkdocs import configure, serve
from bulletin.mkdocs.build import Run, WarningCount, guarded, log
from bulletin.model.load import data_dir_from
from bulletin.outputs.search_index import Background, SearchIndexError, build_site_index
from bulletin.pages import Page as GeneratedPage
from bulletin.pages import chrome, htmlmin
from bulletin.pages.toc import toc_tokens
from bulletin.preview import Session, SourceFolder
from bulletin.vietnamese.text import escape_hidden

# What MkDocs finds in a hooks file that star-imports this module: the events, nothing else.
__all__ = [
    "on_build_error",
    "on_config",
    "on_files",
    "on_page_content",
    "on_page_markdown",
    "on_post_build",
    "on_post_page",
    "on_serve",
    "on_shutdown",
    "on_startup",
]

_preview: Session | None = None
_run: Run | None = None


def _current() -> Run:
    if _run is None:  # an event without on_config: MkDocs never does this
        raise PluginError("Bản tin: chưa nạp dữ liệu cho lần dựng này.")
    return _run


def _root(config: MkDocsConfig) -> Path:
    return Path(config.config_file_path).resolve().parent


def _data_dir(config: MkDocsConfig) -> Path:
    settings = config.extra.get("bulletin") or {}
    return data_dir_from(settings.get("data", "data"), _root(config))


def _repository_path(path: Path, config: MkDocsConfig) -> str | None:
    """A file's path from the repository root, for "Edit this page" links: percent-encoded,
    since the theme puts it into an href as it is and a file name is chosen by an editor."""
    try:
        return quote(path.resolve().relative_to(_root(config)).as_posix())
    except ValueError:
        return None  # data from outside the project (BULLETIN_DATA): no edit link


def on_startup(*, command: str, dirty: bool) -> None:
    """`mkdocs serve --dirty` is a preview session: see bulletin.preview.Session."""
    global _preview
    if command == "serve" and dirty and _preview is None:
        _preview = Session(urls.DATA, log.info, lambda text: log.warning(escape_hidden(text)))


def on_shutdown() -> None:
    global _preview
    if _preview is not None:
        _preview.close()
        _preview = None


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Check the data and make every page before MkDocs empties the site directory, so
    that invalid data leaves the last good site in place (and `serve` keeps showing it)."""
    global _run
    _run = None
    data_dir = _data_dir(config)
    checked = guarded("kiểm tra dữ liệu", lambda: pipeline.check(data_dir, _root(config)))
    for problem in checked.problems.sorted():
        # Data warnings are the editor's to weigh (`bulletin validate` passes with them), so they
        # must not fail a --strict build: shown at info level, with their "cảnh báo:" label.
        (log.error if problem.severity is Severity.ERROR else log.info)(reporting.text(problem))
    if not checked.ok:
        raise PluginError(f"Dữ liệu trong {data_dir} có {len(checked.problems.errors)} lỗi; trang chưa được dựng.")
    site = checked.result.require().site
    # The data names the bulletin and its address. Themes print site_name both escaped and
    # unescaped: an escaped Markup string reads right in both (escaping Markup is a no-op).
    config.site_name = escape(site.title)
    # The masthead's and footer's words, escaped by the core (bulletin/theme/main.html).
    bulletin = checked.result.require()
    config.extra["bulletin_chrome"] = guarded("dựng đầu trang và chân trang", lambda: chrome.chrome(bulletin))
    configure.install(config)
    if site.url and not config.site_url:
        config.site_url = site.url
    if site.edit_url and not config.edit_uri_template:
        # "Sửa trang" links, only for a bulletin that names where its files are edited.
        config.edit_uri_template = site.edit_url + "{path}"
    final = Path(config.site_dir)
    if _preview is not None:
        # A preview builds in place: MkDocs skips the pages whose source did not change.
        _run = Run(checked, final, final)
    else:
        staging = pipeline.staging_for(final)
        guarded("chuẩn bị thư mục tạm", lambda: shutil.rmtree(staging, ignore_errors=True))
        # Build into a sibling folder; on_post_build moves it into place once everything passed.
        config.site_dir = str(staging)
        _run = Run(checked, staging, final)
    logger = logging.getLogger("mkdocs")
    for handler in [h for h in logger.handlers if isinstance(h, WarningCount)]:
        logger.removeHandler(handler)  # left by a failed build earlier in this process
    logger.addHandler(_run.warnings)
    return config


def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    run = _current()
    _, content = run.checked.require()
    root = _root(config)
    # Edit links only for a bulletin that names where its files are edited (bulletin.yaml edit_url):
    # working out each page's file costs a path resolution per page, 6 s of a 700-article preview.
    editable = bool(config.edit_uri_template or config.repo_url)
    for file in files.documentation_pages():
        # Hand-written pages are edited where they are, under docs/.
        if file.abs_src_path and editable:
            file.edit_uri = _repository_path(Path(file.abs_src_path), config)
    sources = guarded("ghi trang xem trước", lambda: _preview_sources(run.checked, config)) if _preview else None
    for page in content.pages:
        # Reached through section pages, not the navigation: no "not in nav" noise per page.
        # MkDocs reads the front matter only; the body, final HTML, goes straight to on_page_content
        # (one copy of it in memory instead of three, and no Markdown pass).
        if sources is not None:
            source = str(sources.path(page.path))
            file = File.generated(config, page.path, abs_src_path=source, inclusion=InclusionLevel.NOT_IN_NAV)
        else:
            file = File.generated(config, page.path, content=page.head(), inclusion=InclusionLevel.NOT_IN_NAV)
        run.generated[page.path] = page
        # "Edit this page" opens the YAML the page was made from.
        file.edit_uri = _repository_path(root / page.source, config) if page.source and editable else None
        if (hand_written := files.get_file_from_path(page.path)) is not None:
            log.warning(f"docs/{page.path} trùng đường dẫn với trang tạo từ dữ liệu; trang dữ liệu được dùng")
            files.remove(hand_written)
        files.append(file)
    if _preview is None:
        # The award index needs only the data: build it while MkDocs renders the pages
        # (a preview's follows them, in the background).
        run.lookup = Background(Path(config.site_dir), content.records)
    for asset in content.assets:
        if _preview is not None and _preview.lags(asset.path):
            continue  # written into the site after the pages (bulletin.preview.Session)
        if sources is not None and asset.written:
            files.append(File.generated(config, asset.path, abs_src_path=str(sources.path(asset.path))))
        elif asset.content is not None:
            files.append(File.generated(config, asset.path, content=asset.content))
        else:
            files.append(File.generated(config, asset.path, abs_src_path=str(asset.source)))
    return files


def _preview_sources(checked: pipeline.Checked, config: MkDocsConfig) -> SourceFolder:
    """Every generated page and written file, on disk where it changed only if its content did
    (MkDocs' --dirty then skips the rest); what is no longer made leaves the served site too.
    Only files made from a data file that changed are made again (bulletin.preview)."""
    assert _preview is not None
    synced = _preview.write_sources(checked)
    for gone in synced.removed:
        served = File(gone, src_dir=None, dest_dir=config.site_dir, use_directory_urls=config.use_directory_urls)
        Path(served.abs_dest_path).unlink(missing_ok=True)
    log.info(
        f"Bản xem trước: {len(synced.written)} tệp mới hoặc đã đổi, {len(synced.removed)} tệp bỏ đi, "
        f"{synced.unchanged} tệp giữ nguyên."
    )
    return _preview.sources


# What Markdown converts instead of a generated page's body: its HTML is final already.
_PLACEHOLDER = ""


def _generated(page: Page) -> GeneratedPage | None:
    return _current().generated.get(page.file.src_uri) if page.file.generated_by is not None else None


def on_page_markdown(markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    """A generated page's body is one block of our own HTML, which Markdown would only pass
    through (at a cost): Markdown gets nothing, and on_page_content puts the body in."""
    return _PLACEHOLDER if _generated(page) is not None else markdown


def on_page_content(html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    """A generated page's body, as written by its templates (rendered now: a failure is a bug of
    ours, named by the page's data file); Markdown's toc never saw its headings, so its contents
    are read from them, for the theme's skip link and the phone menu."""
    generated = _generated(page)
    if generated is None:
        return html
    body = guarded("dựng trang", lambda: generated.body).strip()
    page.toc = get_toc(toc_tokens(body))
    run = _current()
    run.rendered += 1
    log.debug(f"bulletin: dựng trang {page.file.src_uri}")
    return body


def on_post_page(output: str, *, page: Page, config: MkDocsConfig) -> str:
    """Every page as written, without the whitespace the browser does not show (bulletin.pages.htmlmin):
    a quarter of Material's chrome, on every page."""
    return htmlmin.compact(output)


def on_post_build(*, config: MkDocsConfig) -> None:
    """Check that nothing was lost, index for search, then put the new site in place."""
    run = _current()
    bulletin, content = run.checked.require()
    if _preview is not None:
        _finish_preview(run, config)
        return
    try:
        guarded("kiểm tra trang đã dựng", lambda: pipeline.verify(run.staging, bulletin, content))
        guarded("tạo chỉ mục tìm kiếm", lambda: build_site_index(run.staging))
        if run.lookup is not None:
            guarded("tạo chỉ mục tra cứu", run.lookup.wait)
    except pipeline.SiteCheckError as error:
        for line in error.shown():
            log.error(line)
        raise PluginError(str(error)) from None
    except SearchIndexError as error:  # Pagefind is a separate program: say what failed
        raise PluginError(f"Không tạo được chỉ mục tìm kiếm (Pagefind): {escape_hidden(str(error))}") from None
    logging.getLogger("mkdocs").removeHandler(run.warnings)
    if config.strict and run.warnings.count:
        # MkDocs fails the build next; the staged site is never moved into place
        # (and is cleared at the start of the next build).
        return
    guarded("xuất bản", lambda: pipeline.publish(run.staging, run.final))
    config.site_dir = str(run.final)
    log.info(run.checked.result.summary())


def _finish_preview(run: Run, config: MkDocsConfig) -> None:
    """A preview is never published: the site checks are the publishing build's, and the
    search indexes follow a few seconds after the pages (the lookup's started in on_files)."""
    logging.getLogger("mkdocs").removeHandler(run.warnings)
    assert _preview is not None
    _preview.after_pages(Path(config.site_dir), run.checked)
    log.info(f"Bản xem trước: dựng lại {run.rendered} trang; dữ liệu tải về và chỉ mục tìm kiếm cập nhật sau ít giây.")


def on_build_error(*, error: Exception) -> None:
    if _run is not None:
        logging.getLogger("mkdocs").removeHandler(_run.warnings)


def on_serve(server: LiveReloadServer, *, config: MkDocsConfig, builder: Callable[..., None]) -> LiveReloadServer:
    return serve.keep_serving(server, _data_dir(config))
