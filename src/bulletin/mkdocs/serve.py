"""`mkdocs serve`: keep serving the last good site after a failed rebuild, and keep watching
data/ after it is renamed away and back. MkDocs has no event for either."""

from __future__ import annotations

import contextlib
import os
import threading
from pathlib import Path

from mkdocs.exceptions import Abort, PluginError
from mkdocs.livereload import LiveReloadServer

from bulletin.mkdocs.build import log
from bulletin.vietnamese.text import escape_hidden


def keep_serving(server: LiveReloadServer, data_dir: Path) -> LiveReloadServer:
    server.watch(str(data_dir))
    rebuild = server.builder

    def keep_last_good_site() -> None:
        """MkDocs offers no event for a failed rebuild: any failure (invalid data, or a bug
        of ours) is reported and the server keeps serving the last good site instead of
        leaving the browser waiting."""
        try:
            rebuild()
        except (Abort, Exception) as error:
            if not (Path(server.root) / "index.html").exists():
                raise
            if not isinstance(error, (Abort, PluginError)):
                log.error(f"Lỗi khi dựng lại ({type(error).__name__}: {escape_hidden(str(error))}).")
            log.error("Dữ liệu có lỗi (xem trên): vẫn đang hiển thị lần dựng thành công gần nhất.")

    server.builder = keep_last_good_site
    _follow_renames(server, data_dir)
    return server


def _follow_renames(server: LiveReloadServer, data_dir: Path) -> None:
    """Keep watching data/ after it is renamed away and back (a branch switch, an editor's
    "save as"): the file watcher drops a folder that disappears, and MkDocs has no event for
    it. A light poll notices the folder going (the rebuild then says it is missing) and
    coming back (watched again, rebuilt)."""

    def identity() -> tuple[int, int] | None:
        try:
            stat = os.stat(data_dir)
        except OSError:
            return None
        return (stat.st_dev, stat.st_ino)

    def poll() -> None:
        seen = identity()
        while not getattr(server, "_shutdown", False):
            threading.Event().wait(1.0)
            now = identity()
            if now == seen:
                continue
            seen = now
            with contextlib.suppress(Exception):
                server.unwatch(str(data_dir))
            if now is not None:
                server.watch(str(data_dir))
            # MkDocs 1.6 (the last 1.x) has no public "rebuild now"; this is what its own watcher does.
            with server._rebuild_cond:
                server._want_rebuild = True
                server._rebuild_cond.notify_all()

    threading.Thread(target=poll, name="bulletin-data-watch", daemon=True).start()
