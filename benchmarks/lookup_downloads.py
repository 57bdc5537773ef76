"""What the lookup page has downloaded when the first result of a query is on screen.

    python3 benchmarks/lookup_downloads.py SITE_DIR "nguyen thi hoa" [QUERY ...]

Serves a built site on 127.0.0.1 and opens tra-cuu/ in Debian's chromium with an empty
cache per query; waits for the page's latest awards, types the query and, as soon as a result
of it is shown, sums the body sizes the Performance API lists (raw: this server does not
compress). Then again once the search has settled (the count worked out in the background).
A local server answers at once: the parts read after the first one may be in before the first
result is seen, so "first result" is an upper bound; the files listed say which were read.
benchmarks/downloads.py measures the same page with every response body, raw and gzip.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from playwright.sync_api import sync_playwright

from browser import CHROMIUM, CHROMIUM_ARGS, serve

RECEIVED = """() => {
  const all = [performance.getEntriesByType("navigation")[0], ...performance.getEntriesByType("resource")];
  return [all.reduce((sum, e) => sum + e.encodedBodySize, 0),
          all.filter(e => e.name.includes("/chi-muc/")).map(e => [e.name.split("/chi-muc/")[1], e.encodedBodySize])];
}"""
FIRST = """q => new URLSearchParams(location.search).get("q") === q
  && document.querySelector(".bulletin-lookup__result")
  && /^\\d/.test(document.querySelector(".bulletin-lookup__count").textContent)"""


def main() -> None:
    site, queries = Path(sys.argv[1]), sys.argv[2:] or ["nguyen thi hoa"]
    with serve(site) as url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for query in queries:
            context = browser.new_context()
            page = context.new_page()
            page.goto(url + "tra-cuu/", wait_until="load")
            page.wait_for_selector("#bulletin-lookup[data-narrowed]", timeout=60_000)
            loaded, _ = page.evaluate(RECEIVED)
            page.locator("#tra-cuu-q").fill(query)
            page.wait_for_function(FIRST, arg=query, polling="raf", timeout=60_000)
            first, files = page.evaluate(RECEIVED)
            page.wait_for_function(
                "() => document.querySelector('#bulletin-lookup').getAttribute('data-narrowed') !== '1'"
            )
            settled, _ = page.evaluate(RECEIVED)
            count = page.locator(".bulletin-lookup__count").inner_text()
            print(
                f"{query!r}: page {loaded / 1024:.0f} KB, first result at {first / 1024:.0f} KB, settled {settled / 1024:.0f} KB ({count})"
            )
            print(
                "  index files by the first result: "
                + ", ".join(f"{name} {size / 1024:.1f} KB" for name, size in files)
            )
            context.close()
        browser.close()


if __name__ == "__main__":
    main()
