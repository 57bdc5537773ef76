"""Generated files on disk that change only when their content does.

An engine that rebuilds only what changed (`mkdocs serve --dirty`) compares a source file's time
with its output's. Pages handed over from memory always count as changed, so a preview would
re-render every page on every save. Written here instead, a page whose generated source is the
same as last time keeps its file and its time, and the engine skips it; one that changed is
rewritten, one that is no longer made is removed. Nothing here imports MkDocs.
"""

from __future__ import annotations

import hashlib
import shutil
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Synced:
    """What one `SourceFolder.sync` did, by path relative to the folder."""

    written: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: int = 0


def _digest(data: bytes) -> bytes:
    return hashlib.blake2b(data, digest_size=16).digest()


class SourceFolder:
    """A private folder of generated files, one per preview session (`create`, `remove`).

    What each file holds is remembered by digest, so a rebuild compares in memory and reads
    nothing back from disk."""

    def __init__(self, folder: Path):
        self.folder = folder
        self._digests: dict[str, bytes] = {}

    @classmethod
    def create(cls) -> SourceFolder:
        return cls(Path(tempfile.mkdtemp(prefix="bulletin-preview-")))

    def remove(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)
        self._digests.clear()

    def path(self, relative: str) -> Path:
        """Where `relative` lives; refuses anything that would leave the folder (our own paths
        never do, but a file is only ever written inside it)."""
        parts = relative.split("/")
        if any(p in ("..", ".", "") for p in parts) or "\\" in relative:
            raise ValueError(f"not a relative path inside the preview folder: {relative!r}")
        return self.folder.joinpath(*parts)

    def sync(self, files: Iterable[tuple[str, bytes]]) -> Synced:
        """Make the folder hold exactly `files` (path, content): write what changed, remove what
        is gone. Taken one at a time, so a site's pages need not all be in memory at once."""
        done = Synced()
        seen: set[str] = set()
        for relative, data in files:
            seen.add(relative)
            digest = _digest(data)
            if self._digests.get(relative) == digest:
                done.unchanged += 1
                continue
            target = self.path(relative)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
            self._digests[relative] = digest
            done.written.append(relative)
        for relative in sorted(set(self._digests) - seen):
            self.path(relative).unlink(missing_ok=True)
            del self._digests[relative]
            done.removed.append(relative)
        return done
