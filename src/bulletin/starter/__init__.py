"""`bulletin init DIR`: a new bulletin's repository, ready to validate and build.

What it writes comes from one place each, so that a bulletin and this repository never drift:
files/ holds the files every bulletin has as they are (mkdocs.yml, the one-line hooks file, the
workflows, which tests/test_init.py holds equal to this repository's own, the statutory vocabulary
data/forms.yaml, equal to the sample's, and placeholders marked "ĐIỀN" or "MINH HỌA"); the JSON
Schemas and the editor's settings are generated from the registry of file kinds
(bulletin.data.schema_export). Nothing of the sample's articles, decisions or names is copied.
"""

from __future__ import annotations

import importlib.metadata
import json
import shutil
from pathlib import Path
from typing import Final

from bulletin.data import kinds, schema_export

FILES: Final = Path(__file__).resolve().parent / "files"
# Package data cannot carry dot-names reliably: stored without the dot, written with it.
DOT_NAMES: Final = {"gitignore": ".gitignore", "github": ".github"}
DISTRIBUTION: Final = "ban-tin-khen-thuong"
# Folders of one file per document, empty in a new bulletin (git keeps them through .gitkeep).
EMPTY: Final = [*(f"{kinds.DATA_DIR}/{kind.place}" for kind in kinds.FOLDERS), "docs"]
# VS Code's settings beside the schemas' mapping: UTF-8, LF, two-space YAML (as the data files).
EDITOR: Final = {
    "files.encoding": "utf8",
    "files.eol": "\n",
    "editor.insertSpaces": True,
    "[yaml]": {"editor.tabSize": 2, "editor.detectIndentation": False},
}


class StarterError(Exception):
    """The target cannot take a new bulletin (nothing was written)."""


def requirement() -> str:
    """The tool as a bulletin installs it: the version that wrote it, so that its schema/ and
    the tool's checks agree until the editors upgrade on purpose."""
    try:
        return f"{DISTRIBUTION}=={importlib.metadata.version(DISTRIBUTION)}"
    except importlib.metadata.PackageNotFoundError:  # run from a source tree that was never installed
        return DISTRIBUTION


def _refuse(target: Path) -> None:
    if target.is_symlink() or (target.exists() and not target.is_dir()):
        raise StarterError(f"'{target}' không phải một thư mục; hãy chọn một thư mục trống hoặc chưa có")
    if target.is_dir() and any(target.iterdir()):
        raise StarterError(
            f"thư mục '{target}' đã có tệp; bản tin mới chỉ được tạo trong một thư mục trống hoặc chưa có "
            "(không ghi đè tệp nào)"
        )


def _write_files(root: Path) -> None:
    for source in sorted(FILES.rglob("*")):
        if source.is_dir() or "__pycache__" in source.parts:
            continue
        parts = source.relative_to(FILES).parts
        target = root.joinpath(DOT_NAMES.get(parts[0], parts[0]), *parts[1:])
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    (root / "requirements.txt").write_text(
        "# Công cụ dựng bản tin này, đúng phiên bản đã tạo ra nó (bulletin init); nâng phiên bản: xem README.md.\n"
        f"{requirement()}\n",
        encoding="utf-8",
    )
    for folder in EMPTY:
        (root / folder).mkdir(parents=True, exist_ok=True)
        (root / folder / ".gitkeep").write_text("", encoding="utf-8")
    settings = root / schema_export.EDITOR_SETTINGS
    settings.parent.mkdir(parents=True, exist_ok=True)
    mapping = {schema_export.EDITOR_KEY: schema_export.editor_schemas(), **EDITOR}
    settings.write_text(json.dumps(mapping, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    schema_export.write(root)  # schema/ and the settings' mapping, from the kinds


def create(target: Path) -> list[str]:
    """Write a new bulletin into `target`, which must be absent or empty (`.` included). On any
    failure what was written is removed again, leaving the folder as it was. Returns the files
    written, relative to `target`."""
    _refuse(target)
    existed = target.exists()
    try:
        target.mkdir(parents=True, exist_ok=True)
        _write_files(target)
    except BaseException:
        # The folder was empty or absent: everything in it now is ours.
        if existed:
            for entry in list(target.iterdir()):
                if entry.is_dir() and not entry.is_symlink():
                    shutil.rmtree(entry)
                else:
                    entry.unlink()
        else:
            shutil.rmtree(target, ignore_errors=True)
        raise
    return sorted(p.relative_to(target).as_posix() for p in target.rglob("*") if p.is_file())
