"""What a reader's browser downloads before the first site-search and lookup result.

    python3 benchmarks/downloads.py SITE_DIR [--json]

Serves a built site on 127.0.0.1, opens it in Debian's chromium with an empty cache,
and sums every response body: raw bytes (this test server does not compress) and the
gzip size each file would have on a server that compresses (GitHub Pages does).
"""

from __future__ import annotations

import contextlib
import gzip
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from playwright.sync_api import sync_playwright

from browser import CHROMIUM, CHROMIUM_ARGS, serve


def measure(browser, url: str, action) -> tuple[int, int, int]:
    context = browser.new_context(bypass_csp=True)  # the waits below evaluate test code
    page = context.new_page()
    bodies: list[bytes] = []

    def keep(response) -> None:
        with contextlib.suppress(Exception):  # redirects and aborted requests have no body
            bodies.append(response.body())

    page.on("response", keep)
    page.goto(url, wait_until="load")
    action(page)
    context.close()
    raw = sum(len(b) for b in bodies)
    compressed = sum(len(gzip.compress(b, 6)) for b in bodies)
    return len(bodies), raw, compressed


def site_search(page) -> None:
    """The search page as the masthead's box opens it: the page, its words in the address."""
    page.wait_for_selector(".bulletin-search__result", timeout=60_000)


def lookup(page) -> None:
    """The first count of the words typed: "12 kết quả", or "Ít nhất 20 kết quả" before the exact
    count, which is worked out in the background after the first results are shown."""
    page.wait_for_selector(".bulletin-lookup__result", timeout=60_000)
    page.locator("#tra-cuu-q").fill("nguyen thi hoa")
    page.wait_for_function(
        "/\\d/.test(document.querySelector('.bulletin-lookup__count').textContent) && new URLSearchParams(location.search).get('q')",
        timeout=60_000,
    )


ACTIONS = [("site search", "tim-kiem/?q=nguyen+van", site_search), ("lookup", "tra-cuu/", lookup)]


def measure_site(site: Path) -> list[dict]:
    """Requests and bytes before the first result of each action, on `site` served locally."""
    results = []
    with serve(site) as url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for name, path, action in ACTIONS:
            try:
                count, raw, compressed = measure(browser, url + path, action)
            except Exception as error:
                results.append(
                    {"action": name, "error": f"{type(error).__name__}: {(str(error).splitlines() or [''])[0]}"}
                )
                continue
            results.append({"action": name, "requests": count, "raw_kb": raw / 1024, "gzip_kb": compressed / 1024})
        browser.close()
    return results


def main() -> None:
    results = measure_site(Path(sys.argv[1]))
    if "--json" in sys.argv[2:]:
        print(json.dumps(results))
        return
    for r in results:
        if "error" in r:
            print(f"{r['action']}: failed: {r['error']}")
            continue
        print(f"{r['action']}: {r['requests']} requests, {r['raw_kb']:.0f} KB raw, {r['gzip_kb']:.0f} KB gzip")


if __name__ == "__main__":
    main()
