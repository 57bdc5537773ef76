"""One call from a data directory to a checked, resolved bulletin."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

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
