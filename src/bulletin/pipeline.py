"""The one pipeline from data/ to a published site, driven by the MkDocs hook and the CLI alike.

    check()   data -> checked model -> pages, with every problem located; `bulletin validate`
              stops here, so whatever would fail a build fails validation first.
    write_docs()   the pages as a docs folder for any engine (`bulletin generate`).
    finish()  after an engine built the site: conservation check, then the search indexes
              (the hook after `mkdocs build`, `bulletin index` after any other engine).
    publish()  move a staged site into place, keeping the host's dot-entries.

Nothing here imports MkDocs; state lives on the `Checked` object a caller holds.
"""

from __future__ import annotations

import datetime as dt
import gc
import posixpath
import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

from bulletin import theme, urls
from bulletin.data.problems import DataError, Location, Problems
from bulletin.model import Bulletin
from bulletin.model.load import LoadResult, load
from bulletin.outputs.search_index import build_indexes
from bulletin.pages import SiteContent, build_site, conservation
from bulletin.vietnamese.text import escape_hidden

# Siblings of an output folder: the build goes to STAGING and replaces the output only
# when everything passed, so a failed build never leaves a half-written site or docs folder.
STAGING = ".bulletin-staging"
OLD = ".bulletin-old"
# Marks a docs folder `bulletin generate` wrote, so that it only ever replaces its own output.
GENERATED_MARKER = ".bulletin-generated"
# A bulletin's own theme overrides, if kept in docs/, are templates, not pages.
NOT_PAGES = ("overrides",)
SHOWN_DETAILS = 50  # lines of a failed site check printed before its summary
# Loading and planning allocate millions of small objects that all live until the build ends;
# with CPython's default thresholds (700, 10, 10) the collector scans them again and again:
# a third of planning and a sixth of rendering at 700 articles. Cycles are still collected.
COLLECTOR_THRESHOLDS = (100_000, 50, 100)


class OutputDirError(Exception):
    """The output folder holds files we did not write; refusing to replace them."""


class SiteCheckError(Exception):
    """The built site lost data (conservation) or could not be indexed; carries the lines to show."""

    def __init__(self, summary: str, details: list[str]):
        super().__init__(summary)
        self.details = details

    def shown(self) -> list[str]:
        """The first details, as the terminal or the build log may print them."""
        return [escape_hidden(line) for line in self.details[:SHOWN_DETAILS]]


@dataclass
class Checked:
    """One run's data, model, pages and problems."""

    data_dir: Path
    root: Path
    result: LoadResult
    content: SiteContent | None = None

    @property
    def problems(self) -> Problems:
        return self.result.problems

    @property
    def ok(self) -> bool:
        return self.content is not None and not self.problems.errors

    def require(self) -> tuple[Bulletin, SiteContent]:
        if not self.ok or self.content is None:
            raise DataError(self.problems)
        return self.result.require(), self.content


def check(data_dir: Path, root: Path, today: dt.date | None = None) -> Checked:
    """Load, validate and plan every page (paths, titles, data files; bodies are rendered
    when a build first reads them); all problems collected, none raised."""
    if gc.get_threshold()[0] < COLLECTOR_THRESHOLDS[0]:
        gc.set_threshold(*COLLECTOR_THRESHOLDS)  # for the rest of the process: builds render after this
    result = load(data_dir, root, today)
    checked = Checked(data_dir, root, result)
    if result.bulletin is None:
        return checked
    content = build_site(result.bulletin, data_dir)
    _check_written_links(result.bulletin, content, result.problems)
    if result.problems.errors:
        result.bulletin = None
        return checked
    checked.content = content
    return checked


# Reading links back from our own output: every "<" of text is escaped there and attributes are
# always double-quoted with "<", ">" and '"' escaped inside, so a tag is "<" up to the next ">".
# (A consistency check of generated pages, not a safety filter.)
_HREF = re.compile(r'<[a-z]+\s[^<>]*?\b(?<![-\w])(?:href|src)="([^"#]*)[^"]*"')
# Files of the site that no generated page or asset is: the theme's assets and the search indexes.
_NOT_GENERATED = ("assets/", f"{urls.SEARCH_INDEX}/", f"{urls.LOOKUP}/{urls.SEARCH_INDEX}/")


class _Targets:
    """Every site path a generated page or asset is served at."""

    def __init__(self, content: SiteContent):
        self.paths = {urls.site_path(page.path) for page in content.pages} | {asset.path for asset in content.assets}

    def __contains__(self, path: str) -> bool:
        paths = self.paths
        return (
            path in ("", "/")
            or path in paths
            or path + "/" in paths
            or path.startswith(_NOT_GENERATED)
            # An address that now redirects (pages/redirects.py: a page issue 14 dropped) still leads there.
            or f"{path.rstrip('/')}/index.html" in paths
        )


def _check_written_links(bulletin: Bulletin, content: SiteContent, problems: Problems) -> None:
    """A link an editor wrote in an article body reaches a planned page or file, reported
    where it is written (MkDocs does not check links inside HTML)."""
    targets = _Targets(content)
    for article in bulletin.articles:
        for target, location in article.internal_links:
            if target.split("#", 1)[0].lstrip("/") not in targets:
                problems.error(
                    location,
                    "unknown-page",
                    f"liên kết '{target}' không dẫn tới trang nào của bản tin; "
                    "hãy chép địa chỉ của trang cần dẫn tới, tính từ gốc, ví dụ /tin-tuc/2024/06/ma-bai-viet/",
                )


def check_page_links(content: SiteContent) -> Problems:
    """Every link of every generated page reaches a page or file that exists. Reads every
    body, so builds run it (verify, write_docs), not validation. Links an editor wrote were
    checked by `check`; any other broken link is a bug of ours, reported at the data file
    the page was made from."""
    problems = Problems()
    targets = _Targets(content)
    for page in content.pages:
        folder = posixpath.dirname(urls.site_path(page.path).rstrip("/") + "/x")
        for href in sorted(set(_HREF.findall(page.body))):
            if not href or "://" in href or href.startswith(("mailto:", "tel:", "/")):
                continue
            path = posixpath.normpath(posixpath.join(folder, unquote(href))).lstrip("./")
            if href.endswith("/") or href == "./":
                path += "/"
            if path not in targets:
                problems.error(
                    Location(page.source or "data"),
                    "broken-page-link",
                    f"trang {urls.site_path(page.path) or '/'} dẫn tới '{path}' nhưng trang này không được tạo; "
                    "đây là lỗi của chương trình với dữ liệu này, hãy báo nhóm phát triển",
                )
    return problems


def _raise_broken_links(content: SiteContent) -> None:
    problems = check_page_links(content)
    if problems.errors:
        raise SiteCheckError(
            f"Trang tạo ra có {len(problems.errors)} liên kết hỏng; không xuất bản.",
            [str(problem) for problem in problems.sorted()],  # escaped when shown,
        )


# -- writing and publishing ---------------------------------------------------------------


def staging_for(final: Path) -> Path:
    return final.with_name(final.name + STAGING)


def publish(staging: Path, final: Path) -> None:
    """Replace `final` with `staging`, keeping `final`'s dot-entries (.nojekyll, .well-known/, .git)
    that the new build does not bring itself, as plain MkDocs keeps them when it cleans."""
    if final.exists():
        for entry in final.iterdir():
            if entry.name.startswith(".") and not (staging / entry.name).exists():
                entry.rename(staging / entry.name)
    _swap(staging, final)


def _swap(staging: Path, final: Path) -> None:
    """Put `staging` where `final` was, with only renames between the two states."""
    old = final.with_name(final.name + OLD)
    shutil.rmtree(old, ignore_errors=True)
    if final.exists():
        final.rename(old)
    staging.rename(final)
    shutil.rmtree(old, ignore_errors=True)


def write_docs(checked: Checked, out_dir: Path, docs_dir: Path | None = None) -> int:
    """The theme's assets, hand-written docs and every generated page and asset, staged then moved
    into place.
    Returns the number of generated files."""
    _, content = checked.require()
    if out_dir.is_symlink() or (out_dir.exists() and not out_dir.is_dir()):
        # Replacing a link or a file would fail half-way (or write where the link points).
        raise OutputDirError(
            f"'{out_dir}' là một tệp hoặc liên kết (symlink), không phải thư mục; hãy chọn thư mục trống"
        )
    if out_dir.exists() and any(out_dir.iterdir()) and not (out_dir / GENERATED_MARKER).exists():
        raise OutputDirError(f"thư mục '{out_dir}' đã có tệp không do bulletin tạo; hãy chọn thư mục trống")
    staging = staging_for(out_dir)
    shutil.rmtree(staging, ignore_errors=True)
    try:
        staging.mkdir(parents=True)
        (staging / GENERATED_MARKER).write_text(
            "Written by `bulletin generate`; replaced on every run.\n", encoding="utf-8"
        )
        # The theme's stylesheet, scripts and logo, which every page links: the folder is whole for
        # an engine that copies only docs (a bulletin's own docs/assets/ files, copied next, win).
        (staging / theme.ASSETS).mkdir()
        for file in theme.assets():
            shutil.copyfile(file, staging / theme.ASSETS / file.name)
        if docs_dir and docs_dir.is_dir():
            shutil.copytree(docs_dir, staging, dirs_exist_ok=True, ignore=shutil.ignore_patterns(*NOT_PAGES))
        for page in content.pages:
            target = staging / page.path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(page.text(), encoding="utf-8")
        for asset in content.assets:
            target = staging / asset.path
            target.parent.mkdir(parents=True, exist_ok=True)
            if asset.content is not None:
                target.write_bytes(asset.content)
            elif asset.source is not None:
                shutil.copyfile(asset.source, target)
        _raise_broken_links(content)  # bodies are rendered now
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    # A generated folder has no dot-entries of its own worth keeping: replace it whole.
    _swap(staging, out_dir)
    return len(content.pages) + len(content.assets)


def verify(site_dir: Path, bulletin: Bulletin, content: SiteContent | None = None) -> None:
    """Every link of the generated pages (`content`, when given: its bodies are read) reaches
    a page, and every recipient and statistic of the data is on its page; raises SiteCheckError otherwise."""
    if content is not None:
        _raise_broken_links(content)
    lost = conservation.check(site_dir, bulletin)
    if lost:
        raise SiteCheckError(f"Trang dựng ra thiếu {len(lost)} mục có trong dữ liệu; không xuất bản.", lost)


def finish(site_dir: Path, bulletin: Bulletin) -> int:
    """Conservation check, then both search indexes; returns the number of awards indexed."""
    verify(site_dir, bulletin)
    return build_indexes(site_dir)
