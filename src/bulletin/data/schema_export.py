"""JSON Schema for every kind of data file, generated from the models that validate.

Editors' tools (VS Code's YAML extension) read these to complete field names and
mark mistakes while typing. They are generated, never edited: `bulletin schema`
writes them and `bulletin schema --check` fails when the committed copy is stale.
"""

from __future__ import annotations

import json
import posixpath
from pathlib import Path

from pydantic import BaseModel

from bulletin.data import kinds

SCHEMA_DIR = "schema"
# VS Code's settings, where its YAML extension learns which schema checks which file.
EDITOR_SETTINGS = ".vscode/settings.json"
EDITOR_KEY = "yaml.schemas"


def schema_names() -> dict[str, type[BaseModel]]:
    return {kind.name: kind.model for kind in kinds.ALL}


def editor_schemas() -> dict[str, str]:
    """Schema file -> the data files it checks, for EDITOR_SETTINGS."""
    return {f"./{SCHEMA_DIR}/{kind.name}.schema.json": kind.pattern for kind in kinds.ALL}


def _editor_settings(root: Path) -> dict[str, object]:
    file = root / EDITOR_SETTINGS
    return dict(json.loads(file.read_text(encoding="utf-8"))) if file.exists() else {}


def _write_editor_settings(root: Path) -> None:
    """The schemas' mapping in the editor settings; the settings' other keys kept as they are."""
    settings = _editor_settings(root)
    settings[EDITOR_KEY] = editor_schemas()
    file = root / EDITOR_SETTINGS
    file.parent.mkdir(exist_ok=True)
    file.write_text(json.dumps(settings, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def schema_text(name: str, model: type[BaseModel]) -> str:
    schema = model.model_json_schema(mode="validation")
    schema = {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": f"{name}.schema.json", **schema}
    return json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def generated() -> dict[str, str]:
    """File name -> content, for every schema."""
    return {f"{name}.schema.json": schema_text(name, model) for name, model in schema_names().items()}


def write(root: Path) -> list[str]:
    folder = root / SCHEMA_DIR
    folder.mkdir(exist_ok=True)
    for file, text in generated().items():
        (folder / file).write_text(text, encoding="utf-8")
    _write_editor_settings(root)
    return sorted(generated())


def stale(root: Path) -> list[str]:
    """Schema files that are missing or differ from what the models generate, and the editor
    settings when their mapping is not the kinds' (paths relative to `root`)."""
    folder = root / SCHEMA_DIR
    found = [
        f"{SCHEMA_DIR}/{file}"
        for file, text in generated().items()
        if not (folder / file).exists() or (folder / file).read_text(encoding="utf-8") != text
    ]
    try:
        current = _editor_settings(root).get(EDITOR_KEY)
    except (OSError, ValueError):  # unreadable or not JSON: written anew by `bulletin schema`
        current = None
    if current != editor_schemas():
        found.append(EDITOR_SETTINGS)
    return sorted(found)


def modeline(data_file: Path, root: Path, name: str) -> str:
    """First line of a data file that points VS Code's YAML extension at its schema."""
    target = (root / SCHEMA_DIR / f"{name}.schema.json").as_posix()
    relative = posixpath.relpath(target, data_file.parent.as_posix())
    return f"# yaml-language-server: $schema={relative}"
