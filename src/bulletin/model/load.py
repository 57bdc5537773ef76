"""One call from a data directory to a checked, resolved bulletin."""

from __future__ import annotations

import datetime as dt
import gc
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from bulletin.data.files import load_catalog
from bulletin.data.problems import DataError, Problems
from bulletin.model import Bulletin, tally
from bulletin.model.resolve import resolve
from bulletin.vietnamese import formatting

DATA_ENV = "BULLETIN_DATA"


def data_dir_from(default: str | Path, root: Path) -> Path:
    """BULLETIN_DATA wins over the configured directory, so one site can build other data sets."""
    chosen = os.environ.get(DATA_ENV) or str(default)
    path = Path(chosen)
    return path if path.is_absolute() else root / path


@dataclass
class LoadResult:
    bulletin: Bulletin | None
    problems: Problems
    # bulletin.data.files.Catalog.fingerprints: what each data file held.
    fingerprints: dict[str, str] = field(default_factory=dict)

    def summary(self) -> str:
        """One line that counts what was loaded, for the end of a build log."""
        b = self.bulletin
        warnings = len(self.problems.warnings)
        if b is None:
            return f"Dữ liệu có {len(self.problems.errors)} lỗi, {warnings} cảnh báo."
        counts = tally.tally(b.decisions.values())
        n = formatting.number
        # Counts the sources gave: "27 tập thể, 45 cá nhân", "ít nhất ..." and how many decisions gave none.
        known = tally.counts_phrase(counts.collectives, counts.individuals) if counts.known else None
        recipients = ""
        if known:
            recipients = f", {'' if counts.complete else 'ít nhất '}{known}"
        if not counts.complete:
            recipients += f" ({counts.missing()})"
        return f"Đã nạp {n(len(b.articles))} bài viết, {n(len(b.decisions))} quyết định{recipients}; {n(warnings)} cảnh báo."

    def require(self) -> Bulletin:
        if self.bulletin is None:
            raise DataError(self.problems)
        return self.bulletin


@contextmanager
def no_cycle_collection() -> Iterator[None]:
    """Loading builds hundreds of thousands of objects that all stay alive: the cyclic collector
    would scan the growing heap again and again (a quarter of the load's time) and free nothing.
    Reference counting still frees everything. What is alive at the end is frozen (gc.freeze):
    the model lives as long as the process, and the first collection after loading would
    otherwise walk all of it once more (0.24 s of a 3 s validation at 700 articles). A preview
    loads again and again in one process: what the last load froze is thawed first, so an
    old model that is no longer used can still be collected."""
    was_enabled = gc.isenabled()
    gc.disable()
    gc.unfreeze()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()


def load(data_dir: Path, root: Path | None = None, today: dt.date | None = None) -> LoadResult:
    """Read, validate and resolve; every problem is collected, none raised."""
    problems = Problems()
    with no_cycle_collection():
        catalog = load_catalog(data_dir, root or Path.cwd(), problems)
        bulletin = resolve(catalog, problems, today)
    return LoadResult(bulletin, problems, catalog.fingerprints)
