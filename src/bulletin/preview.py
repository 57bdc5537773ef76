"""An editor's preview: generated files on disk that change only when their content does, and
made again only when what they are made from changed.

An engine that rebuilds only what changed (`mkdocs serve --dirty`) compares a source file's time
with its output's. Pages handed over from memory always count as changed, so a preview would
re-render every page on every save. Written here instead, a page whose generated source is the
same as last time keeps its file and its time, and the engine skips it; one that changed is
rewritten, one that is no longer made is removed (SourceFolder).

Making every page's source only to compare it costs seconds at province scale, so a rebuild
first asks which data files changed since the last one and makes again only the pages made from
them (Rebuild, with the inputs pages declare in bulletin.pages.inputs). What may follow the pages
by a few seconds, the open data and both search indexes, is written after them in a background
thread (Session). Nothing here imports MkDocs.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import shutil
import tempfile
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from bulletin.pages import inputs
from bulletin.pages.inputs import FINGERPRINT

if TYPE_CHECKING:
    from bulletin.pages.page import Asset, Page
    from bulletin.pipeline import Checked


@dataclass
class Synced:
    """What one `SourceFolder.sync` did, by path relative to the folder."""

    written: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: int = 0


def _digest(data: bytes) -> bytes:
    return hashlib.blake2b(data, digest_size=16).digest()


class SourceFolder:
    """A private folder of generated files, one per preview session (`create`, `remove`).

    What each file holds is remembered by digest, so a rebuild compares in memory and reads
    nothing back from disk."""

    def __init__(self, folder: Path):
        self.folder = folder
        self._digests: dict[str, bytes] = {}

    @classmethod
    def create(cls) -> SourceFolder:
        return cls(Path(tempfile.mkdtemp(prefix="bulletin-preview-")))

    def remove(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)
        self._digests.clear()

    def path(self, relative: str) -> Path:
        """Where `relative` lives; refuses anything that would leave the folder (our own paths
        never do, but a file is only ever written inside it)."""
        parts = relative.split("/")
        if any(p in ("..", ".", "") for p in parts) or "\\" in relative:
            raise ValueError(f"not a relative path inside the preview folder: {relative!r}")
        return self.folder.joinpath(*parts)

    def holds(self, relative: str) -> bool:
        """Whether the last sync wrote `relative` (and it is still there)."""
        return relative in self._digests

    def sync(self, files: Iterable[tuple[str, bytes | Callable[[], bytes] | None]]) -> Synced:
        """Make the folder hold exactly `files` (path, content): write what changed, remove what
        is gone. Content may be a function, called only here; None keeps the file the folder
        holds (see `holds`). Taken one at a time, so a site's pages need not all be in memory at once."""
        done = Synced()
        seen: set[str] = set()
        for relative, made in files:
            seen.add(relative)
            if made is None:
                if relative not in self._digests:
                    raise ValueError(f"the preview folder has no {relative!r} to keep")
                done.unchanged += 1
                continue
            data = made() if callable(made) else made
            digest = _digest(data)
            if self._digests.get(relative) == digest:
                done.unchanged += 1
                continue
            target = self.path(relative)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
            self._digests[relative] = digest
            done.written.append(relative)
        for relative in sorted(set(self._digests) - seen):
            self.path(relative).unlink(missing_ok=True)
            del self._digests[relative]
            done.removed.append(relative)
        return done


@dataclass(frozen=True)
class Made:
    """What one preview build made its generated files from."""

    # bulletin.data.files.Catalog.fingerprints: every data file read, by display path.
    data: dict[str, str]
    # The data files pages name one by one as their inputs (articles and decisions).
    tracked: frozenset[str]
    # Names that stand in inputs for a whole group of data files ("every article").
    groups: dict[str, frozenset[str]]
    # Each generated file's inputs, by path; None: every data file.
    inputs: dict[str, frozenset[str] | None]


class Rebuild:
    """Which generated files of this build may differ from the last build's.

    A file is made again when it is new, or was made from a data file that changed, as this
    build or the last one declared (an edit that adds a name to a roll shows in the new
    inputs, one that takes it away in the old). A change to a data file pages do not follow
    one by one (organisations, forms, campaigns, media ...) makes everything again."""

    def __init__(
        self, last: Made | None, data: dict[str, str], tracked: frozenset[str], groups: dict[str, frozenset[str]]
    ):
        self.last = last
        self.data = data
        self.tracked = tracked
        self.groups = groups
        self.inputs: dict[str, frozenset[str] | None] = {}
        self.changed: set[str] | None = None  # None: everything is stale
        if last is not None:
            changed = {path for path in data.keys() | last.data.keys() if data.get(path) != last.data.get(path)}
            if changed <= (tracked | last.tracked):
                # A group changed when one of its files did, in this build or the last.
                for name in groups.keys() | last.groups.keys():
                    members = groups.get(name, frozenset()) | last.groups.get(name, frozenset())
                    if not changed.isdisjoint(members):
                        changed.add(name)
                self.changed = changed

    def stale(self, path: str, inputs: Callable[[], frozenset[str]] | None) -> bool:
        """Whether the file at `path`, made from `inputs` (None: every data file), must be made again."""
        made = inputs() if inputs is not None else None
        self.inputs[path] = made
        if self.last is None or self.changed is None or path not in self.last.inputs:
            return True
        if not self.changed:
            return False
        before = self.last.inputs[path]
        if made is None or before is None:
            return True
        if not (self.changed.isdisjoint(made) and self.changed.isdisjoint(before)):
            return True
        # Inputs that are not files but fingerprints of what pages compute (pages.inputs.fingerprint).
        return _fingerprints(made) != _fingerprints(before)

    def made(self) -> Made:
        """This build, for the next one to compare with (once every file was asked about)."""
        return Made(self.data, self.tracked, self.groups, self.inputs)


def _fingerprints(inputs: frozenset[str]) -> set[str]:
    return {x for x in inputs if x.startswith(FINGERPRINT)}


Made_ = Callable[[], bytes] | None


def _page_bytes(page: Page) -> bytes:
    return page.text().encode("utf-8")


def _asset_bytes(asset: Asset) -> bytes:
    return asset.content or b""


class Session:
    """One preview: the generated sources on disk (`sources`), what they were made from, and the
    files that may lag the pages by a few seconds (the open data under `later`, both search
    indexes), written by a background thread after each build, the latest build winning.

    `say` and `warn` report to the engine's log."""

    def __init__(self, later: str, say: Callable[[str], None], warn: Callable[[str], None]):
        self.sources = SourceFolder.create()
        self.made: Made | None = None
        self.later = later.rstrip("/") + "/"
        self.say, self.warn = say, warn
        self._site: SourceFolder | None = None  # the open data, written in the served folder
        self._pending: set[str] = set()  # open-data files made from a change not written yet
        self._lock = threading.Lock()
        self._wanted: tuple[Path, Checked] | None = None
        self._worker: threading.Thread | None = None
        self._closed = False

    def lags(self, path: str) -> bool:
        """Whether the generated file at `path` is written after the pages."""
        return path.startswith(self.later)

    def write_sources(self, checked: Checked) -> Synced:
        """This build's pages and files that do not lag, in `sources`: made again only when stale."""
        bulletin, content = checked.require()
        rebuild = Rebuild(self.made, checked.result.fingerprints, inputs.tracked(bulletin), inputs.groups(bulletin))
        sources = self.sources

        def keep_or_make(path: str, made_from: Callable[[], frozenset[str]] | None, make: Callable[[], bytes]) -> Made_:
            stale = rebuild.stale(path, made_from)
            if self.lags(path):
                if stale:
                    self._pending.add(path)
                return None
            return make if stale or not sources.holds(path) else None

        pages = ((p.path, keep_or_make(p.path, p.inputs, functools.partial(_page_bytes, p))) for p in content.pages)
        written = (
            (a.path, keep_or_make(a.path, a.inputs, functools.partial(_asset_bytes, a)))
            for a in content.assets
            if a.written
        )
        self.made = None  # until the folder holds this build's files
        with self._lock:
            synced = sources.sync((path, made) for path, made in itertools.chain(pages, written) if not self.lags(path))
        self.made = rebuild.made()
        return synced

    def after_pages(self, site_dir: Path, checked: Checked) -> None:
        """Write the open data and both indexes of this build into the served `site_dir`, soon."""
        with self._lock:
            self._wanted = (site_dir, checked)
            if self._worker is None or not self._worker.is_alive():
                self._worker = threading.Thread(target=self._follow, name="bulletin-preview-later", daemon=True)
                self._worker.start()

    def _follow(self) -> None:
        from bulletin.outputs.search_index import build_lookup_index, build_site_index

        while True:
            with self._lock:
                wanted, self._wanted = self._wanted, None
                pending, self._pending = self._pending, set()
                if wanted is None or self._closed:
                    return
            site_dir, checked = wanted
            _, content = checked.require()
            try:
                if self._site is None or self._site.folder != site_dir:
                    self._site = SourceFolder(site_dir)
                site = self._site
                site.sync(
                    (
                        a.path,
                        functools.partial(_asset_bytes, a) if a.path in pending or not site.holds(a.path) else None,
                    )
                    for a in content.assets
                    if a.written and self.lags(a.path)
                )
                if self.closing():  # the server is stopping: start no index it would leave running
                    return
                build_site_index(site_dir)
                build_lookup_index(site_dir, content.records)
                self.say("Bản xem trước: đã cập nhật dữ liệu tải về và chỉ mục tìm kiếm.")
            except Exception as error:
                if self.closing():  # stopped on purpose (close): nothing to report
                    return
                with self._lock:
                    self._pending |= pending  # made again next time
                self.warn(
                    f"Bản xem trước: chưa cập nhật được dữ liệu tải về, chỉ mục tìm kiếm ({type(error).__name__}: {error})."
                )

    def closing(self) -> bool:
        """Whether close() was called: asked again in the worker, which another thread may stop at any time."""
        return self._closed

    def close(self) -> None:
        from bulletin.outputs.search_index import stop_running

        with self._lock:
            self._closed = True
        stop_running()  # an index half-built for a server that is stopping
        if self._worker is not None:
            self._worker.join(timeout=2)
        stop_running()  # one the worker started just before it saw the session close
        self.sources.remove()
