"""What a benchmark result depends on: the machine, the versions, the archive, the site's size."""

from __future__ import annotations

import datetime as dt
import os
import platform
import re
import subprocess
from importlib import metadata
from pathlib import Path

# benchmarks/synth.py's line: "wrote 20 articles, 99 decisions, 1166 awards (141 files) in DIR".
_SYNTH = re.compile(r"wrote (\d+) articles, (\d+) decisions, (\d+) awards")


def parse_synth(output: str) -> dict[str, int] | None:
    """Articles, decisions and awards from benchmarks/synth.py's output; None if it said otherwise."""
    found = _SYNTH.search(output)
    if not found:
        return None
    articles, decisions, awards = (int(n) for n in found.groups())
    return {"articles": articles, "decisions": decisions, "awards": awards}


def folder_size(folder: Path) -> dict[str, float | int]:
    """Bytes (as MB, 10^6) and number of files under `folder`, links not followed."""
    size = 0
    files = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            size += path.stat().st_size
            files += 1
    return {"mb": size / 1e6, "files": files}


def site_size(site: Path, folders: tuple[str, ...] = ("du-lieu", "tra-cuu")) -> dict[str, dict]:
    """The published site's size, and of the folders the issue follows separately."""
    sizes = {"total": folder_size(site)}
    for name in folders:
        sizes[name] = folder_size(site / name) if (site / name).is_dir() else {"mb": 0.0, "files": 0}
    return sizes


def pages(site: Path) -> int:
    return sum(1 for _ in site.rglob("index.html"))


def _version(package: str) -> str | None:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return None


def _ram_gib() -> float | None:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return int(line.split()[1]) / 1024 / 1024
    except OSError:
        pass
    return None


def _command_line(args: list[str], cwd: Path | None = None) -> str | None:
    try:
        done = subprocess.run(args, capture_output=True, text=True, timeout=60, cwd=cwd, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return None
    if done.returncode != 0:
        return None
    return done.stdout.strip() or None


def load_average() -> list[float] | None:
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:
        return None


def machine(root: Path, chromium: str = "/usr/bin/chromium") -> dict:
    """Facts a reader needs to compare two runs; the load average says how busy the machine was."""
    commit = _command_line(["git", "rev-parse", "--short", "HEAD"], cwd=root)
    dirty = _command_line(["git", "status", "--porcelain", "--untracked-files=no"], cwd=root)
    return {
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "commit": f"{commit}{' (uncommitted changes)' if dirty else ''}" if commit else None,
        "machine": platform.machine(),
        "cores": os.cpu_count(),
        "ram_gib": _ram_gib(),
        "python": platform.python_version(),
        "mkdocs": _version("mkdocs"),
        "material": _version("mkdocs-material"),
        "pagefind": _version("pagefind"),
        "chromium": _command_line([chromium, "--version"]),
        "load_average_at_start": load_average(),
    }
