"""Search indexes written after the site is built.

Why Pagefind for the site's pages rather than Material's built-in search: Material's lunr
search downloads one index holding the text of every page before the first result; for a
twenty-year archive that is megabytes. Pagefind splits its index into chunks and fetches only
those a query needs. Since 1.5 it also folds diacritics, Vietnamese tones included, and ranks
exact-diacritic matches higher. It does not fold đ into d (đ is a letter, not a mark); the
browser code searches both spellings (assets/bulletin-search.js). Pagefind 1.5 makes its
Vietnamese chunks ten times the size it means to (bulletin.outputs.pagefind_chunks cuts them again).

What is indexed: articles, pages of campaigns, organisations and statistics, and profiles by
the person's name; lists of links and of names are data-pagefind-ignore in the templates, and
decision pages and honour rolls are not indexed at all (bulletin/theme/main.html).

The lookup page has its own index (bulletin.outputs.lookup_index), built from the award records:
Pagefind made one fragment per award, about 50,000 files at 700 articles, and downloaded
megabytes before the first name.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

from bulletin import urls
from bulletin.outputs import lookup_index, opendata, pagefind_chunks

# What a reader does not search for is marked data-pagefind-ignore in the templates; only
# the permalinks Python-Markdown adds to headings of Markdown pages cannot be marked there.
NOT_CONTENT = ".headerlink"


class SearchIndexError(Exception):
    """Pagefind failed; carries what it printed."""


# Pagefind runs in progress: a preview that stops stops them (stop_running).
_RUNNING: set[subprocess.Popen[str]] = set()
_RUNNING_LOCK = threading.Lock()


def _pagefind(*args: str) -> None:
    # In a process group of its own (the Python wrapper and the binary it starts), stopped as a
    # whole when this run is interrupted or a preview stops: never left indexing a removed folder.
    process = subprocess.Popen(
        [sys.executable, "-m", "pagefind", *args, "--force-language", "vi", "--silent"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    with _RUNNING_LOCK:
        _RUNNING.add(process)
    try:
        out, err = process.communicate()
    finally:
        with _RUNNING_LOCK:
            _RUNNING.discard(process)
        if process.poll() is None:
            _stop(process)
    if process.returncode != 0:
        raise SearchIndexError((err or out).strip() or f"exit status {process.returncode}")


def _stop(process: subprocess.Popen[str]) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)


def stop_running() -> None:
    """Stop every Pagefind run in progress, with the program it started."""
    with _RUNNING_LOCK:
        running = list(_RUNNING)
    for process in running:
        _stop(process)


def build_site_index(site_dir: Path) -> None:
    _pagefind("--site", str(site_dir), "--output-subdir", urls.SEARCH_INDEX, "--exclude-selectors", NOT_CONTENT)
    try:
        pagefind_chunks.rechunk(site_dir / urls.SEARCH_INDEX)
    except (pagefind_chunks.FormatError, OSError, ValueError) as error:
        raise SearchIndexError(f"chia lại chỉ mục Pagefind: {error}") from error


def build_lookup_index(site_dir: Path, records: list[dict[str, Any]]) -> None:
    folder = site_dir / lookup_index.FOLDER
    if not records:  # no names published yet: no index; the lookup page says so
        shutil.rmtree(folder, ignore_errors=True)
        return
    lookup_index.build(folder, records)


class Background:
    """The award index built in a thread while the engine renders pages: it needs only the
    data, and a few seconds of it are file writes, which leave Python's lock free."""

    def __init__(self, site_dir: Path, records: list[dict[str, Any]]):
        self.error: BaseException | None = None
        self.count = len(records)
        self.thread = threading.Thread(target=self._run, args=(site_dir, records), daemon=True)
        self.thread.start()

    def _run(self, site_dir: Path, records: list[dict[str, Any]]) -> None:
        try:
            build_lookup_index(site_dir, records)
        except BaseException as error:  # re-raised in the build's thread by wait()
            self.error = error

    def wait(self) -> int:
        self.thread.join()
        if self.error is not None:
            raise self.error
        return self.count


def build_indexes(site_dir: Path) -> int:
    """Write both indexes into a built site; returns the number of awards indexed."""
    build_site_index(site_dir)
    data = site_dir / urls.download(urls.ALL_AWARDS, "json")
    records = opendata.flat_awards(json.loads(data.read_text(encoding="utf-8"))) if data.exists() else []
    build_lookup_index(site_dir, records)
    return len(records)
