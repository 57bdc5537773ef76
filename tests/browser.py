"""A built site served on 127.0.0.1 and a real Chromium driven by Playwright."""

from __future__ import annotations

import functools
import http.server
import os
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

# The one place the tests learn which browser to drive: this variable names a Chromium executable
# (on a runner without Debian's package, Playwright's own download), else Debian's chromium.
CHROMIUM_VARIABLE = "BULLETIN_CHROMIUM"
DEBIAN_CHROMIUM = "/usr/bin/chromium"


def chromium_executable(environ: Mapping[str, str] = os.environ, default: str = DEBIAN_CHROMIUM) -> str:
    """The Chromium to drive; a missing one is an error that says how to provide one, never a skip."""
    named = environ.get(CHROMIUM_VARIABLE, "").strip()
    path = Path(named or default)
    if path.is_file() and os.access(path, os.X_OK):
        return str(path)
    if named:
        raise LookupError(
            f"{CHROMIUM_VARIABLE}={named} is not an executable file: "
            f"name a Chromium executable there, or unset {CHROMIUM_VARIABLE} to use {default}"
        )
    raise LookupError(
        f"no Chromium at {default}: install Debian's (apt-get install chromium), or set "
        f"{CHROMIUM_VARIABLE} to a Chromium executable (for example Playwright's, after "
        f"`python3 -m playwright install chromium`)"
    )


# The same choice, unchecked, for the benchmarks that import it.
CHROMIUM = os.environ.get(CHROMIUM_VARIABLE, "").strip() or DEBIAN_CHROMIUM
# Flags from the project brief: headless in a sandboxed CI, and no background calls to Google.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        # As GitHub Pages does: an address with nothing there gets the site's 404.html.
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.is_file():
            super().send_error(code, message, explain)
            return
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


class _Server(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address) -> None:
        # A browser that moves on mid-download closes the connection: not a test failure.
        import sys

        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


def keep_on_site(context) -> list[str]:
    """Refuse every request of the Playwright `context` to another host than the test server's;
    the list it returns fills with what was refused."""
    from urllib.parse import urlsplit

    elsewhere: list[str] = []

    def check(route) -> None:
        if urlsplit(route.request.url).hostname != "127.0.0.1":
            elsewhere.append(route.request.url)
            route.abort()
        else:
            route.continue_()

    context.route("**/*", check)
    return elsewhere


@contextmanager
def serve(site: Path) -> Iterator[str]:
    """Serve `site` on a free port of 127.0.0.1; yields the base URL."""
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = _Server(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
