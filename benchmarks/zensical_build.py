"""Zensical (Material's successor) building the pages `bulletin generate` wrote.

Zensical reads mkdocs.yml and ignores hooks, so it can only build the generated Markdown.
It lives in its own virtual environment (with the system's packages visible, so the config's
`!!python/name:bulletin.vietnamese.text.slugify` still imports): installing it must not change the
Markdown or pymdown-extensions versions that MkDocs uses for the other measurements.
"""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

from steps import head, tail

PACKAGE = "zensical"


def default_venv() -> Path:
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return cache / "bulletin-bench" / "zensical-venv"


def _run(args: list[str], timeout: float) -> subprocess.CompletedProcess[str] | str:
    """A helper command's result, or why it could not run."""
    try:
        return subprocess.run(
            args, capture_output=True, text=True, timeout=timeout, stdin=subprocess.DEVNULL, check=False
        )
    except subprocess.TimeoutExpired:
        return f"timed out after {timeout:.0f} s: {' '.join(args)}"
    except OSError as error:
        return f"could not run {args[0]}: {error}"


def parse_index_versions(output: str) -> str | None:
    """The newest version in `pip index versions NAME`'s output ("zensical (0.1.3)")."""
    found = re.search(rf"^{PACKAGE} \(([^)]+)\)", output, re.MULTILINE)
    return found.group(1) if found else None


def first_error(output: str) -> str | None:
    """pip's first ERROR line: why a version could not be installed."""
    for line in output.splitlines():
        if line.startswith("ERROR:"):
            return line.removeprefix("ERROR:").strip()
    return None


def ensure(venv: Path, timeout: float = 900) -> dict:
    """Zensical installed in `venv` (installed now from the package index if missing).

    Returns ok, executable, version, and newest_on_index with why_not_newest when pip
    installed an older version than the index's newest (a dependency it cannot find)."""
    executable = venv / "bin" / "zensical"
    python = venv / "bin" / "python"
    if not executable.exists():
        made = _run(["python3", "-m", "venv", "--system-site-packages", str(venv)], timeout=300)
        if isinstance(made, str) or made.returncode != 0:
            return {"ok": False, "error": made if isinstance(made, str) else head(made.stderr)}
        installed = _run([str(python), "-m", "pip", "install", "--quiet", PACKAGE], timeout=timeout)
        if isinstance(installed, str) or installed.returncode != 0:
            why = installed if isinstance(installed, str) else first_error(installed.stderr) or tail(installed.stderr)
            return {"ok": False, "error": f"pip install {PACKAGE} failed: {why}"}
    version = _run([str(executable), "--version"], timeout=120)
    if isinstance(version, str) or version.returncode != 0:
        return {"ok": False, "error": version if isinstance(version, str) else head(version.stdout + version.stderr)}
    result = {"ok": True, "executable": str(executable), "version": version.stdout.strip().split()[-1]}
    listed = _run([str(python), "-m", "pip", "index", "versions", PACKAGE], timeout=300)
    if not isinstance(listed, str) and listed.returncode == 0:
        newest = parse_index_versions(listed.stdout)
        result["newest_on_index"] = newest
        if newest and newest != result["version"]:
            trial = _run(
                [str(python), "-m", "pip", "install", "--dry-run", "--quiet", f"{PACKAGE}=={newest}"], timeout=timeout
            )
            if not isinstance(trial, str):
                result["why_not_newest"] = first_error(trial.stderr) or tail(trial.stderr, 3)
    return result


def write_config(folder: Path, docs: str, site: str, root: Path) -> Path:
    """The project's mkdocs-plain.yml (without hooks, the theme named), for Zensical. Zensical refuses a docs_dir
    outside the config file's folder, so the config sits beside the generated docs."""
    config = folder / "mkdocs-zensical.yml"
    config.write_text(
        f"INHERIT: {root / 'mkdocs-plain.yml'}\ndocs_dir: {docs}\nsite_dir: {site}\n",
        encoding="utf-8",
    )
    return config
