"""An editor's preview: `mkdocs serve --dirty` through the hooks (as the README tells editors), one name changed in one decision file,
timed until the served HTML of that decision's page shows the new name (polled over HTTP),
as an editor's browser would see it after saving."""

from __future__ import annotations

import datetime as dt
import html
import itertools
import os
import signal
import socket
import subprocess
import sys
import time
import unicodedata
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import yaml

from steps import failed, tail

# Given names that benchmarks/synthetic does not hand out: the new name must not already be on the page.
NEW_GIVEN = ("Khiêm", "Quyết", "Trọng", "Thắng", "Hiếu", "Lộc")
POLL_SECONDS = 0.2
# What the hooks log once a preview's background work is done; waited for at most IDLE_WAIT seconds.
IDLE = "đã cập nhật dữ liệu tải về"
IDLE_WAIT = 300
SETTLE_SECONDS = 2.0  # after the first build, as an editor would look before saving
MAX_CANDIDATES = 10  # decisions tried, latest year first, for a page that shows its old name


@dataclass(frozen=True)
class Edit:
    path: Path
    old_name: str
    new_name: str
    url: str  # the decision's page, relative to the site's root

    def apply(self) -> None:
        text = self.path.read_text(encoding="utf-8")
        self.path.write_text(text.replace(self.old_name, self.new_name, 1), encoding="utf-8")


def _decision_day(value: object) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        return None


def candidates(data: Path) -> Iterator[Edit]:
    """Decisions with a plainly named individual (no id, no given name: changing the name changes
    nothing else), latest year first (files in reverse path order), each with a new given name found nowhere in its file."""
    for path in sorted((data / "decisions").rglob("*.yaml"), reverse=True):
        text = path.read_text(encoding="utf-8")
        try:
            document = yaml.safe_load(text)
        except yaml.YAMLError:
            continue
        if not isinstance(document, dict):
            continue
        day = _decision_day(document.get("date"))
        if day is None or not isinstance(document.get("id"), str):
            continue
        for person in document.get("individuals") or []:
            if not isinstance(person, dict) or "id" in person or "given" in person:
                continue
            name = person.get("name")
            if not isinstance(name, str) or len(name.split()) < 2 or text.count(name) != 1:
                continue  # written once in the file: replacing it changes this name alone
            new = next((n for n in (" ".join([*name.split()[:-1], g]) for g in NEW_GIVEN) if n not in text), None)
            if new:
                yield Edit(path, name, new, f"khen-thuong/{day.year}/{document['id']}/")
                break  # one person a decision: the next candidate is another page


def choose_edit(data: Path) -> Edit | None:
    return next(candidates(data), None)


class _Refresh(HTMLParser):
    """The target of a redirect page's <meta http-equiv="refresh" content="0; url=...">."""

    def __init__(self) -> None:
        super().__init__()
        self.target: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k.lower(): v or "" for k, v in attrs}
        if tag == "meta" and values.get("http-equiv", "").lower() == "refresh":
            _, _, rest = values.get("content", "").partition(";")
            key, _, target = rest.strip().partition("=")
            if key.strip().lower() == "url" and target.strip():
                self.target = target.strip().strip("'\"")


def refresh_target(page: str) -> str | None:
    parser = _Refresh()
    parser.feed(page)
    return parser.target


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(url: str) -> str | None:
    """The page's text (entities decoded, NFC), or None while the server is not answering."""
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            body = response.read().decode("utf-8", "replace")
    except (urllib.error.URLError, OSError, ValueError):
        return None
    return unicodedata.normalize("NFC", html.unescape(body))


def shows(page: str | None, name: str) -> bool:
    return page is not None and unicodedata.normalize("NFC", name) in page


def _wait(check: Callable[[], bool], deadline: float, server: subprocess.Popen) -> str | None:
    """None once `check` holds; otherwise why it never did."""
    while time.perf_counter() < deadline:
        if server.poll() is not None:
            return f"mkdocs serve exited with code {server.returncode}"
        if check():
            return None
        time.sleep(POLL_SECONDS)
    return "timed out"


def _peak_mb(pid: int) -> float | None:
    """The server's own peak resident set (VmHWM), read before it stops."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def stop(server: subprocess.Popen) -> bool:
    """Ctrl-C, as an editor stops it: to the whole process group, as a terminal sends it, so that
    a search index the preview is building in the background stops too; True when the server
    stopped by itself within 30 s."""
    if server.poll() is not None:
        return False
    try:
        os.killpg(server.pid, signal.SIGINT)
    except ProcessLookupError:
        return False
    try:
        server.wait(timeout=30)
        return True
    except subprocess.TimeoutExpired:
        pass
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.killpg(server.pid, sig)
            server.wait(timeout=10)
            break
        except (subprocess.TimeoutExpired, ProcessLookupError):
            continue
    return False


def _builds(log: Path) -> int:
    try:
        return log.read_text(encoding="utf-8", errors="replace").count("Building documentation")
    except OSError:
        return 0


def _page(base: str, edit: Edit) -> tuple[str, str] | None:
    """The URL of the edit's page (after its redirect, if it moved) when it shows the old name
    and not yet the new one (a decision revoked or removed on request may show neither)."""
    url = base + edit.url
    page = fetch(url)
    target = refresh_target(page or "")
    if not shows(page, edit.old_name) and target:
        url = urllib.parse.urljoin(url, target)
        page = fetch(url)
    if shows(page, edit.old_name) and not shows(page, edit.new_name):
        return url, urllib.parse.urlsplit(url).path.lstrip("/")
    return None


def _session(
    data: Path, first: Edit, server: subprocess.Popen, started: float, base: str, timeout: float, log: Path
) -> dict:
    """What the editor sees: the first build, then the changed name."""
    why = _wait(lambda: fetch(base + first.url) is not None, started + timeout, server)
    if why:
        return failed(f"first build: {why}\n" + tail(log.read_text(errors="replace")))
    result: dict = {"first_build_s": time.perf_counter() - started}
    tried = []
    for edit in itertools.islice(candidates(data), MAX_CANDIDATES):
        found = _page(base, edit)
        tried.append(edit.url)
        if found:
            break
    else:
        return {**result, **failed(f"none of these pages shows its old name alone: {', '.join(tried)}")}
    url, result["url"] = found
    result.update(decision=str(edit.path.relative_to(data)), old_name=edit.old_name, new_name=edit.new_name)
    # An editor saves while the server is idle: after what follows the first build in the
    # background (open data, search indexes) is written, when the hooks say so.
    idle = _wait(
        lambda: IDLE in log.read_text(encoding="utf-8", errors="replace"), time.perf_counter() + IDLE_WAIT, server
    )
    result["idle_after_s"] = None if idle else time.perf_counter() - started
    time.sleep(SETTLE_SECONDS)
    result["builds_before_edit"] = _builds(log)
    saved = time.perf_counter()
    edit.apply()
    why = _wait(lambda: shows(fetch(url), edit.new_name), saved + timeout, server)
    if why:
        return {**result, **failed(f"after the change: {why}\n" + tail(log.read_text(errors="replace")))}
    return {
        **result,
        "ok": True,
        "seconds": time.perf_counter() - saved,
        "builds_after_edit": _builds(log) - result["builds_before_edit"],
    }


def measure(data: Path, config: Path, root: Path, env: dict[str, str], timeout: float, log: Path) -> dict:
    """First-build time of `mkdocs serve` and the time from saving one changed name until
    the page shows it. `data` is changed in place: pass a copy."""
    first = choose_edit(data)
    if first is None:
        return failed(f"no decision in {data} has a plainly named individual to rename")
    port = free_port()
    command = [
        sys.executable,
        "-m",
        "mkdocs",
        "serve",
        "--dirty",
        "--livereload",
        "-f",
        str(config),
        "-a",
        f"127.0.0.1:{port}",
    ]
    with log.open("w", encoding="utf-8") as out:
        started = time.perf_counter()
        server = subprocess.Popen(
            command,
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            env=dict(env, BULLETIN_DATA=str(data)),
            cwd=root,
            start_new_session=True,
        )
        try:
            outcome = _session(data, first, server, started, f"http://127.0.0.1:{port}/", timeout, log)
        finally:
            peak = _peak_mb(server.pid)
            clean = stop(server)
    return {"command": command, **outcome, "peak_mb": peak, "stopped_cleanly": clean}
