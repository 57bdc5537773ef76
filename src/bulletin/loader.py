"""Find the data files, read each by its kind and validate its shape."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Generic, TypeVar

from pydantic import BaseModel

from bulletin import documents as d
from bulletin.problems import Location, Problems
from bulletin.validation import validate
from bulletin.yamlsource import SourceMap, load_yaml

T = TypeVar("T", bound=BaseModel)

# Single files at the top of the data directory, each a list or a settings document.
SINGLE_FILES: dict[str, type[BaseModel]] = {
    "bulletin.yaml": d.Site,
    "organisations.yaml": d.OrganisationList,
    "forms.yaml": d.FormList,
    "metrics.yaml": d.MetricList,
}
# Folders holding one file per document.
FOLDERS: dict[str, type[BaseModel]] = {
    "campaigns": d.Campaign,
    "articles": d.Article,
    "decisions": d.Decision,
}
MEDIA_FOLDER = "media"
YAML_SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True)
class Sourced(Generic[T]):
    """A validated document and where it was written."""

    doc: T
    source: SourceMap
    file: Path


@dataclass
class Catalog:
    """Every document that passed shape validation, by kind."""

    data_dir: Path
    singles: dict[str, Sourced[BaseModel]] = field(default_factory=dict)
    campaigns: list[Sourced[d.Campaign]] = field(default_factory=list)
    articles: list[Sourced[d.Article]] = field(default_factory=list)
    decisions: list[Sourced[d.Decision]] = field(default_factory=list)
    media: set[str] = field(default_factory=set)
    # Ids of documents that failed validation, so that references to them are not
    # also reported as missing: the editor sees one cause, in the file that has it.
    invalid_ids: dict[str, set[str]] = field(default_factory=dict)
    # Kinds with a file that could not be read at all: its ids are unknown, so references
    # to that kind are not reported as missing (the file's own error is the cause).
    unreadable: set[str] = field(default_factory=set)


def display_path(file: Path, root: Path) -> str:
    """Path as the editor knows it: relative to the project root when inside it."""
    try:
        return file.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return file.as_posix()


def _yaml_files(folder: Path) -> list[Path]:
    found = []
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames.sort()
        found += [Path(dirpath, n) for n in sorted(filenames) if n.endswith(YAML_SUFFIXES)]
    return found


def _read(
    file: Path,
    model: type[T],
    root: Path,
    problems: Problems,
    invalid: set[str] | None = None,
    unparsed: set[str] | None = None,
) -> Sourced[T] | None:
    document = load_yaml(file, display_path(file, root), problems)
    if document is None:
        if invalid is not None:
            invalid.add(file.stem)  # the id is usually the file name
        if unparsed is not None:
            unparsed.add(file.stem)
        return None
    doc = validate(model, document.data, document.source, problems)
    if doc is None:
        if invalid is not None:
            raw_id = document.data.get("id") if isinstance(document.data, dict) else None
            invalid.add(raw_id if isinstance(raw_id, str) else file.stem)
        return None
    return Sourced(doc, document.source, file)


def load_catalog(data_dir: Path, root: Path, problems: Problems) -> Catalog:
    """Read all of `data_dir`, recording every problem rather than stopping at the first."""
    catalog = Catalog(data_dir)
    if not data_dir.is_dir():
        problems.error(
            Location(display_path(data_dir, root)), "no-data", "không tìm thấy thư mục dữ liệu"
        )
        return catalog
    for name, model in SINGLE_FILES.items():
        file = data_dir / name
        if not file.exists():
            problems.error(
                Location(display_path(file, root)), "missing-file", f"thiếu tệp {name} trong thư mục dữ liệu"
            )
            continue
        if (sourced := _read(file, model, root, problems)) is not None:
            catalog.singles[name] = sourced
        else:
            catalog.unreadable.add(name)
    for folder, model in FOLDERS.items():
        bucket: list[Sourced] = getattr(catalog, folder)
        invalid = catalog.invalid_ids.setdefault(folder, set())
        for file in _yaml_files(data_dir / folder):
            unparsed: set[str] = set()
            if (sourced := _read(file, model, root, problems, invalid, unparsed)) is not None:
                bucket.append(sourced)
            if unparsed:
                catalog.unreadable.add(folder)
    known = set(SINGLE_FILES) | set(FOLDERS) | {MEDIA_FOLDER}
    for entry in sorted(data_dir.iterdir()):
        if entry.name.startswith(".") or entry.name in known:
            continue
        if entry.is_dir() or entry.name.endswith(YAML_SUFFIXES):
            problems.warning(
                Location(display_path(entry, root)),
                "unknown-file",
                "tệp hoặc thư mục này không thuộc loại dữ liệu nào nên bị bỏ qua; "
                f"các loại hợp lệ: {', '.join(sorted(known))}",
            )
    media = data_dir / MEDIA_FOLDER
    if media.is_dir():
        for dirpath, _, filenames in os.walk(media):
            for n in filenames:
                catalog.media.add(Path(dirpath, n).relative_to(data_dir).as_posix())
    return catalog
