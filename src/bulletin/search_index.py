"""Search indexes written after the site is built, with Pagefind.

Why Pagefind rather than Material's built-in search: Material's lunr search downloads
one index holding the text of every page before the first result; for a twenty-year
archive that is megabytes. Pagefind splits its index into chunks and fetches only
those a query needs. Since 1.5 it also folds diacritics, Vietnamese tones included,
and ranks exact-diacritic matches higher. It does not fold đ into d (đ is a letter,
not a mark); the browser code searches both spellings (assets/bulletin-search.js).

Two indexes: the site's pages (header search) and every award (the lookup page).
The second is built from the open-data file du-lieu/tat-ca.json, so this step needs
nothing but the built site and works after any engine. Each award becomes a tiny
HTML document in a temporary folder that the Pagefind command indexes; its Python
API answers one record per 0.1 s, far too slow for tens of thousands of awards.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

from bulletin import formatting, opendata, urls
from bulletin.pages.lookup import filter_values
from bulletin.pages.rolls import ALL_AWARDS
from bulletin.text import place_beyond

LOOKUP_INDEX = f"{urls.LOOKUP}/{urls.SEARCH_INDEX}"
# Parts of pages that are not what a reader searches for.
NOT_CONTENT = ".bulletin-sample, .headerlink, .bulletin-related, .bulletin-pager, .bulletin-downloads"


class SearchIndexError(Exception):
    """Pagefind failed; carries what it printed."""


def _pagefind(*args: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "pagefind", *args, "--force-language", "vi", "--silent"],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        raise SearchIndexError((done.stderr or done.stdout).strip() or f"exit status {done.returncode}")


def _tag(kind: str, name: str, value: str) -> str:
    return f'<span data-pagefind-{kind}="{name}">{html.escape(value)}</span>'


def award_document(record: dict) -> str:
    """One award as a small HTML page: its text, filters, sort key and what a result shows."""
    name = " ".join(x for x in (record["rank"], record["name"]) if x)
    detail = ", ".join(x for x in (record["position"], record["unit"], record["locality"]) if x)
    # What a result shows does not say a collective's place twice; the indexed text keeps it whole.
    shown = ", ".join(x for x in (record["position"], record["unit"], place_beyond(record["name"], record["locality"])) if x)
    when = f", {formatting.date_short(dt.date.fromisoformat(record['date']))}" if record["date"] else ""
    meta = {
        "kind": record["kind_label"],
        "detail": shown,
        "decision": f"{record['decision_title']}{when}" + (" (đã bị hủy bỏ)" if record.get("revoked") else "")
        + (" (danh sách minh họa)" if record.get("illustrative") else ""),
        "decision_url": record["decision_url"],
        "profile_url": record["profile_url"] or "",
    }
    hidden = [_tag("meta", k, v) for k, v in meta.items() if v]
    hidden += [_tag("filter", k, v) for k, values in filter_values(record).items() for v in values]
    hidden.append(_tag("sort", "ngay", record["date"] or "0000-00-00"))
    return (
        '<!doctype html><html lang="vi"><head><meta charset="utf-8"></head><body data-pagefind-body>'
        f"<h1>{html.escape(name)}</h1><p>{html.escape(detail)}</p>"
        f'<div hidden data-pagefind-ignore>{"".join(hidden)}</div></body></html>'
    )


def build_site_index(site_dir: Path) -> None:
    _pagefind("--site", str(site_dir), "--output-subdir", urls.SEARCH_INDEX, "--exclude-selectors", NOT_CONTENT)


def build_lookup_index(site_dir: Path, records: list[dict]) -> None:
    if not records:  # no names published yet: Pagefind refuses an empty folder; the lookup page says so
        return
    with tempfile.TemporaryDirectory(prefix="bulletin-lookup-") as folder:
        root = Path(folder)
        for number, record in enumerate(records):
            (root / f"{number}.html").write_text(award_document(record), encoding="utf-8")
        _pagefind("--site", str(root), "--output-path", str(site_dir / LOOKUP_INDEX))


class Background:
    """The award index built in a thread while the engine renders pages: it needs only the
    data, and Pagefind (a separate process) and file writes leave Python's lock free."""

    def __init__(self, site_dir: Path, records: list[dict]):
        self.error: BaseException | None = None
        self.count = len(records)
        self.thread = threading.Thread(target=self._run, args=(site_dir, records), daemon=True)
        self.thread.start()

    def _run(self, site_dir: Path, records: list[dict]) -> None:
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
    data = site_dir / urls.download(ALL_AWARDS, "json")
    records = opendata.flat_awards(json.loads(data.read_text(encoding="utf-8"))) if data.exists() else []
    build_lookup_index(site_dir, records)
    return len(records)
