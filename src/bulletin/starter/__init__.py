"""`bulletin init DIR`: a new bulletin's repository, ready to validate and build.

What it writes comes from one place each, so that a bulletin and this repository never drift:
files/ holds the files every bulletin has as they are (mkdocs.yml, the one-line hooks file, the
workflows, which tests/test_init.py holds equal to this repository's own, the statutory vocabulary
data/forms.yaml, equal to the sample's, and placeholders marked "ĐIỀN" or "MINH HỌA"); the JSON
Schemas and the editor's settings are generated from the registry of file kinds
(bulletin.data.schema_export), which owns their mapping; requirements.txt names the tool as the
bulletin installs it (tool.py). Nothing of the sample's articles, decisions or names is copied.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Final

from bulletin.data import kinds, schema_export
from bulletin.starter.tool import Requirement, requirement, until_published

FILES: Final = Path(__file__).resolve().parent / "files"
# Package data cannot carry dot-names reliably: stored without the dot, written with it.
DOT_NAMES: Final = {"gitignore": ".gitignore", "github": ".github"}
# Folders of one file per document, empty in a new bulletin (git keeps them through .gitkeep).
EMPTY: Final = [*(f"{kinds.DATA_DIR}/{kind.place}" for kind in kinds.FOLDERS), "docs"]
README: Final = "README.md"
# The generated README's first steps open with the note when requirements.txt needs another line.
FIRST_STEPS: Final = "## Việc đầu tiên\n\n"
# VS Code's settings beside the schemas' mapping (schema_export adds it): UTF-8, LF, two-space YAML.
EDITOR: Final = {
    "files.encoding": "utf8",
    "files.eol": "\n",
    "editor.insertSpaces": True,
    "[yaml]": {"editor.tabSize": 2, "editor.detectIndentation": False},
}


class StarterError(Exception):
    """The target cannot take a new bulletin (nothing was written)."""


def _refuse(target: Path) -> None:
    if target.is_symlink() or (target.exists() and not target.is_dir()):
        raise StarterError(f"'{target}' không phải một thư mục; hãy chọn một thư mục trống hoặc chưa có")
    if target.is_dir() and any(target.iterdir()):
        raise StarterError(
            f"thư mục '{target}' đã có tệp; bản tin mới chỉ được tạo trong một thư mục trống hoặc chưa có "
            "(không ghi đè tệp nào)"
        )


def _requirements(tool: Requirement) -> str:
    lines = ["# Công cụ dựng bản tin này và nơi cài nó, như bulletin init đã ghi; nâng phiên bản: xem README.md."]
    if not tool.portable:
        note = until_published(tool.line)
        lines.append(f"# {note[0].upper()}{note[1:]}.")
    return "\n".join([*lines, tool.line]) + "\n"


def _readme(tool: Requirement) -> str:
    text = (FILES / README).read_text(encoding="utf-8")
    if tool.portable:
        return text
    note = until_published(tool.line, code="`")
    head, found, steps = text.partition(FIRST_STEPS)
    if not found:
        raise ValueError(f"{FILES / README} has no '{FIRST_STEPS.strip()}'")  # tests/test_init.py sees it
    return f"{head}{FIRST_STEPS}Trước hết, {note}; các quy trình trên GitHub cài công cụ theo tệp này.\n\n{steps}"


def _write_files(root: Path, tool: Requirement) -> None:
    for source in sorted(FILES.rglob("*")):
        parts = source.relative_to(FILES).parts
        if source.is_dir() or "__pycache__" in parts or parts == (README,):  # the README: below
            continue
        target = root.joinpath(DOT_NAMES.get(parts[0], parts[0]), *parts[1:])
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    (root / README).write_text(_readme(tool), encoding="utf-8")
    (root / "requirements.txt").write_text(_requirements(tool), encoding="utf-8")
    for folder in EMPTY:
        (root / folder).mkdir(parents=True, exist_ok=True)
        (root / folder / ".gitkeep").write_text("", encoding="utf-8")
    settings = root / schema_export.EDITOR_SETTINGS
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text(json.dumps(EDITOR, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    schema_export.write(root)  # schema/ and the settings' mapping, from the kinds


def create(target: Path, tool: Requirement | None = None) -> list[str]:
    """Write a new bulletin into `target`, which must be absent or empty (`.` included), installing
    `tool` (by default the running tool's `requirement()`). On any failure what was written is
    removed again, leaving the folder as it was. Returns the files written, relative to `target`."""
    _refuse(target)
    tool = requirement() if tool is None else tool
    existed = target.exists()
    try:
        target.mkdir(parents=True, exist_ok=True)
        _write_files(target, tool)
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
