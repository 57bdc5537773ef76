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

from bulletin.loader import FOLDERS, SINGLE_FILES

SCHEMA_DIR = "schema"
# Folder of one-file-per-document kinds -> schema name.
FOLDER_SCHEMAS = {"campaigns": "campaign", "articles": "article", "decisions": "decision"}


def schema_names() -> dict[str, type[BaseModel]]:
    names = {name.removesuffix(".yaml"): model for name, model in SINGLE_FILES.items()}
    names |= {FOLDER_SCHEMAS[folder]: model for folder, model in FOLDERS.items()}
    return names


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
    return sorted(generated())


def stale(root: Path) -> list[str]:
    """Schema files that are missing or differ from what the models generate."""
    folder = root / SCHEMA_DIR
    return sorted(
        file for file, text in generated().items()
        if not (folder / file).exists() or (folder / file).read_text(encoding="utf-8") != text
    )


def modeline(data_file: Path, root: Path, name: str) -> str:
    """First line of a data file that points VS Code's YAML extension at its schema."""
    target = (root / SCHEMA_DIR / f"{name}.schema.json").as_posix()
    relative = posixpath.relpath(target, data_file.parent.as_posix())
    return f"# yaml-language-server: $schema={relative}"
