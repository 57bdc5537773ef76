"""One call from a data directory to a checked, resolved bulletin."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

from bulletin import formatting
from bulletin.loader import load_catalog
from bulletin.model import Bulletin
from bulletin.problems import DataError, Problems
from bulletin.resolve import resolve

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

    def summary(self) -> str:
        """One line that counts what was loaded, for the end of a build log."""
        b = self.bulletin
        warnings = len(self.problems.warnings)
        if b is None:
            return f"Dữ liệu có {len(self.problems.errors)} lỗi, {warnings} cảnh báo."
        collectives = sum(x.collective_count for x in b.decisions.values())
        individuals = sum(x.individual_count for x in b.decisions.values())
        n = formatting.number
        return (
            f"Đã nạp {n(len(b.articles))} bài viết, {n(len(b.decisions))} quyết định, "
            f"{n(collectives)} tập thể, {n(individuals)} cá nhân; {n(warnings)} cảnh báo."
        )

    def require(self) -> Bulletin:
        if self.bulletin is None:
            raise DataError(self.problems)
        return self.bulletin


def load(data_dir: Path, root: Path | None = None, today: dt.date | None = None) -> LoadResult:
    """Read, validate and resolve; every problem is collected, none raised."""
    problems = Problems()
    catalog = load_catalog(data_dir, root or Path.cwd(), problems)
    bulletin = resolve(catalog, problems, today)
    return LoadResult(bulletin, problems)
