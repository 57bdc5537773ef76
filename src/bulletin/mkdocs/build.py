"""What one MkDocs build knows between its events, and how our failures reach the user."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from mkdocs.exceptions import Abort, PluginError

from bulletin import pipeline
from bulletin.outputs.search_index import Background, SearchIndexError
from bulletin.pages import Page as GeneratedPage
from bulletin.vietnamese.text import escape_hidden

log = logging.getLogger("mkdocs.hooks.bulletin")
T = TypeVar("T")


class WarningCount(logging.Handler):
    """MkDocs' warnings in this build: --strict fails the build after on_post_build on any."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


class Run:
    """What one build knows: the checked data and pages, where it stages, what it started."""

    def __init__(self, checked: pipeline.Checked, staging: Path, final: Path):
        self.checked = checked
        self.staging = staging
        self.final = final
        self.lookup: Background | None = None
        self.warnings = WarningCount()
        # Generated pages by docs path: their HTML bodies skip Markdown (on_page_markdown).
        self.generated: dict[str, GeneratedPage] = {}
        # The generated pages MkDocs rendered in this build (a preview renders only changed ones).
        self.rendered = 0


def guarded(step: str, action: Callable[[], T]) -> T:
    """Run our code so that no Python traceback reaches the user: a failure in the core is
    a bug, reported in one line; MkDocs then stops the build (and `serve` keeps the last site)."""
    try:
        return action()
    except (PluginError, Abort, pipeline.SiteCheckError, SearchIndexError):
        raise
    except Exception as error:
        log.debug("bulletin: lỗi nội bộ", exc_info=True)
        raise PluginError(
            f"Lỗi nội bộ của bản tin khi {step} ({type(error).__name__}: {escape_hidden(str(error))}); "
            "dữ liệu không được xuất bản. Hãy báo lỗi này cho nhóm phát triển kèm tệp dữ liệu vừa sửa."
        ) from None
