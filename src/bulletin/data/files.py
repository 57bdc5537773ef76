"""Find the data files, read each by its kind and validate its shape."""

from __future__ import annotations

import functools
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, TypeVar

from pydantic import BaseModel

from bulletin.data import documents as d
from bulletin.data import media as m
from bulletin.data.kinds import FOLDERS, MEDIA_FOLDER, SINGLES, YAML_SUFFIXES
from bulletin.data.problems import Location, Problems
from bulletin.data.validation import validate
from bulletin.data.yamlsource import CACHE, SourceMap, load_yaml

T = TypeVar("T", bound=BaseModel)


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
    # Media paths refused by the loader (links, devices, too large), already reported at
    # the file itself; a figure naming one adds no second message.
    refused: set[str] = field(default_factory=set)
    # What every file read held, by display path: a digest of a data file's bytes, a media
    # file's size and time. Compared between builds by a preview (bulletin.preview).
    fingerprints: dict[str, str] = field(default_factory=dict)


@functools.lru_cache(maxsize=4096)  # a few folders hold thousands of files: one resolve each per run
def _resolved(folder: Path) -> Path:
    return folder.resolve()


def display_path(file: Path, root: Path) -> str:
    """Path as the editor knows it: relative to the project root when inside it.

    Only the folder is resolved: a link is shown where it is, never where it points.
    """
    try:
        return (_resolved(file.parent) / file.name).relative_to(_resolved(root)).as_posix()
    except ValueError:
        return file.as_posix()


LINK = (
    "đây là liên kết (symlink), không phải tệp hay thư mục thật, nên không được đọc: liên kết có thể "
    "trỏ ra ngoài thư mục dữ liệu; hãy xóa liên kết và commit chính tệp hoặc thư mục vào đây"
)
SPECIAL = "đây không phải tệp thường (thiết bị, FIFO hay socket) nên không được đọc; hãy xóa nó và chỉ commit tệp thật"


class _Walker:
    """Lists data/ as data: no link is ever followed, so every path found lies inside data/
    by construction; links, devices, FIFOs and sockets are refused where they are."""

    def __init__(self, root: Path, problems: Problems):
        self.root = root
        self.problems = problems

    def accept(self, path: Path) -> os.stat_result | None:
        """The entry's own status (lstat) when it is a real file or folder; else reported."""
        try:
            info = os.lstat(path)
        except OSError as error:
            self.problems.error(Location(display_path(path, self.root)), "unreadable", m.unreadable_message(error))
            return None
        if stat.S_ISREG(info.st_mode) or stat.S_ISDIR(info.st_mode):
            return info
        message = LINK if stat.S_ISLNK(info.st_mode) else SPECIAL
        self.problems.error(Location(display_path(path, self.root)), "not-a-file", message)
        return None

    def files(self, folder: Path, refused: set[Path] | None = None) -> list[tuple[Path, os.stat_result]]:
        """Real files under `folder` (itself already accepted): each folder's own files, then
        its subfolders, in name order as os.walk gives them. A loop, not recursion: a
        committed tree of any depth cannot exhaust the stack."""
        found: list[tuple[Path, os.stat_result]] = []
        pending = [folder]
        while pending:
            current = pending.pop()
            try:
                names = sorted(os.listdir(current))
            except OSError:
                continue
            folders = []
            for name in names:
                path = current / name
                info = self.accept(path)
                if info is None:
                    if refused is not None:
                        refused.add(path)
                elif stat.S_ISDIR(info.st_mode):
                    folders.append(path)
                else:
                    found.append((path, info))
            pending += reversed(folders)
        return found


def _read(
    file: Path,
    model: type[T],
    root: Path,
    problems: Problems,
    fingerprints: dict[str, str],
    invalid: set[str] | None = None,
    unparsed: set[str] | None = None,
) -> Sourced[T] | None:
    document = load_yaml(file, display_path(file, root), problems, fingerprints)
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
    try:
        return _load_catalog(data_dir, root, problems)
    finally:
        CACHE.flush()  # the parses this load made, for the next process


def _load_catalog(data_dir: Path, root: Path, problems: Problems) -> Catalog:
    catalog = Catalog(data_dir)
    if not data_dir.is_dir():
        problems.error(Location(display_path(data_dir, root)), "no-data", "không tìm thấy thư mục dữ liệu")
        return catalog
    walker = _Walker(root, problems)
    # Dot-entries (.git, .DS_Store) are never read; everything else is checked before use.
    top: dict[str, os.stat_result | None] = {
        name: walker.accept(data_dir / name) for name in sorted(os.listdir(data_dir)) if not name.startswith(".")
    }
    for kind in SINGLES:
        name, file = kind.place, data_dir / kind.place
        if name not in top:
            problems.error(
                Location(display_path(file, root)), "missing-file", f"thiếu tệp {name} trong thư mục dữ liệu"
            )
            continue
        info = top[name]
        if info is not None and stat.S_ISDIR(info.st_mode):
            problems.error(
                Location(display_path(file, root)), "not-a-file", f"{name} phải là một tệp, không phải thư mục"
            )
            info = None
        if info is not None and (sourced := _read(file, kind.model, root, problems, catalog.fingerprints)) is not None:
            catalog.singles[name] = sourced
        else:
            catalog.unreadable.add(name)
    for kind in FOLDERS:
        folder, model = kind.place, kind.model
        bucket: list[Sourced[Any]] = getattr(catalog, folder)
        invalid = catalog.invalid_ids.setdefault(folder, set())
        info = top.get(folder)
        if info is None or not stat.S_ISDIR(info.st_mode):
            if folder in top:
                catalog.unreadable.add(folder)
            continue
        refused: set[Path] = set()
        for file, _ in walker.files(data_dir / folder, refused):
            if not file.name.endswith(YAML_SUFFIXES):
                if file.name.startswith("."):
                    continue  # a tool's file (.gitkeep keeps an empty folder in git, .DS_Store), not an editor's
                # A decision saved as "x.YAML" or "x.txt" would silently never be published.
                problems.warning(
                    Location(display_path(file, root)),
                    "not-yaml",
                    f"tệp này không có đuôi .yaml nên không được đọc; nếu là dữ liệu, hãy đổi tên thành "
                    f"{file.name.split('.')[0] or 'ten-tep'}.yaml, nếu không hãy xóa nó khỏi {folder}/",
                )
                continue
            unparsed: set[str] = set()
            if (sourced := _read(file, model, root, problems, catalog.fingerprints, invalid, unparsed)) is not None:
                bucket.append(sourced)
            if unparsed:
                catalog.unreadable.add(folder)
        if refused:  # ids in a refused file are unknown: references to this kind are not "missing"
            catalog.unreadable.add(folder)
    known = {kind.place for kind in SINGLES + FOLDERS} | {MEDIA_FOLDER}
    for name, info in top.items():
        if name in known or info is None:
            continue
        if stat.S_ISDIR(info.st_mode) or name.endswith(YAML_SUFFIXES):
            problems.warning(
                Location(display_path(data_dir / name, root)),
                "unknown-file",
                "tệp hoặc thư mục này không thuộc loại dữ liệu nào nên bị bỏ qua; "
                f"các loại hợp lệ: {', '.join(sorted(known))}",
            )
    info = top.get(MEDIA_FOLDER)
    if MEDIA_FOLDER in top and info is None:
        catalog.refused.add(MEDIA_FOLDER)
    if info is not None and stat.S_ISDIR(info.st_mode):
        refused = set()
        for file, file_info in walker.files(data_dir / MEDIA_FOLDER, refused):
            rel = file.relative_to(data_dir).as_posix()
            if file_info.st_size > m.MAX_FILE_BYTES:
                problems.error(Location(display_path(file, root)), "too-large", m.too_large_message(file_info.st_size))
                catalog.refused.add(rel)
            else:
                catalog.media.add(rel)
                catalog.fingerprints[display_path(file, root)] = f"{file_info.st_size}:{file_info.st_mtime_ns}"
        catalog.refused |= {p.relative_to(data_dir).as_posix() for p in refused}
    return catalog
