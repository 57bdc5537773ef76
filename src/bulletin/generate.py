"""Write the generated pages to disk as a complete docs directory for any engine.

Material for MkDocs reaches end of life in 2027 and its successor runs no hooks, so
the same pages the hooks add in memory must also exist as plain Markdown files.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from bulletin.model import Bulletin
from bulletin.pages import build_site

# Theme overrides live in docs/ but are templates, not pages.
NOT_PAGES = ("overrides",)
# Marks a directory we wrote, so that we only ever replace our own output.
MARKER = ".bulletin-generated"


class OutputDirError(Exception):
    """The output directory holds files we did not write; refusing to replace them."""


def write_site(bulletin: Bulletin, data_dir: Path, out_dir: Path, docs_dir: Path | None = None) -> int:
    """Copy hand-written docs, then write generated pages and assets; return files written."""
    if out_dir.exists() and any(out_dir.iterdir()):
        if not (out_dir / MARKER).exists():
            raise OutputDirError(f"thư mục '{out_dir}' đã có tệp không do bulletin tạo; hãy chọn thư mục trống")
        shutil.rmtree(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / MARKER).write_text("Written by `bulletin generate`; replaced on every run.\n", encoding="utf-8")
    if docs_dir and docs_dir.is_dir():
        shutil.copytree(docs_dir, out_dir, dirs_exist_ok=True, ignore=shutil.ignore_patterns(*NOT_PAGES))
    content = build_site(bulletin, data_dir)
    for page in content.pages:
        target = out_dir / page.path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(page.text(), encoding="utf-8")
    for asset in content.assets:
        target = out_dir / asset.path
        target.parent.mkdir(parents=True, exist_ok=True)
        if asset.content is not None:
            target.write_bytes(asset.content)
        else:
            shutil.copyfile(asset.source, target)
    return len(content.pages) + len(content.assets)
