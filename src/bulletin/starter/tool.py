"""The line of a new bulletin's requirements.txt that installs this tool, on GitHub as at home.

In order: what the person running `bulletin init --requirement` names; where the running tool was
installed from, as pip recorded it (PEP 610's direct_url.json: a git address at its commit, or an
archive's web address); an install from a package index, pinned to its version. A local folder,
an editable install or a local file cannot be installed on GitHub: the PyPI pin is written then,
with a note (`until_published`) of what to put in its place until the tool is published.
"""

from __future__ import annotations

import importlib.metadata
import json
import re
from dataclasses import dataclass
from typing import Final

DISTRIBUTION: Final = "ban-tin-khen-thuong"
# A web address pip can fetch from anywhere: a scheme (git+https, https, ...) that is not a file.
_URL: Final = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://\S+")
# The distribution's name at the start of a requirement, then nothing, a version, extras, "@ URL" or markers.
_NAMED: Final = re.compile(r"([A-Za-z0-9][A-Za-z0-9._-]*)\s*([=<>!~\[;@].*)?")


class RequirementError(ValueError):
    """`--requirement` names nothing GitHub's workflows could install."""


@dataclass(frozen=True)
class Requirement:
    """One line of requirements.txt; `portable` when GitHub's workflows can install from it as it is."""

    line: str
    portable: bool


def until_published(line: str, code: str = "") -> str:
    """What to put in place of a PyPI pin the tool was not installed from (`code` quotes names
    for Markdown). One wording for requirements.txt, the README and `bulletin init`'s message."""
    return (
        f"cho đến khi {code}{DISTRIBUTION}{code} được phát hành trên PyPI, hãy thay dòng {code}{line}{code} "
        f"trong {code}requirements.txt{code} bằng nơi cài công cụ: một địa chỉ git "
        f"({code}{DISTRIBUTION} @ git+https://…/kho.git@MÃ_COMMIT{code}) hoặc địa chỉ một tệp wheel "
        f"({code}{DISTRIBUTION} @ https://…/….whl{code})"
    )


def _portable_url(url: str) -> bool:
    scheme = url.split("://", 1)[0].lower()
    return _URL.fullmatch(url) is not None and scheme.rsplit("+", 1)[-1] != "file"


def _normalized(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()  # PEP 503


def named(spec: str) -> Requirement:
    """The line for `--requirement SPEC`: a web address (a git address, a wheel's) or a
    requirement of this distribution. Raises RequirementError with the reason for anything else."""
    spec = spec.strip()
    if spec.isprintable():  # one line of requirements.txt
        if _portable_url(spec):
            return Requirement(f"{DISTRIBUTION} @ {spec}", portable=True)
        match = _NAMED.fullmatch(spec)
        rest = (match[2] or "") if match else ""
        if (
            match
            and _normalized(match[1]) == DISTRIBUTION
            and (not rest.startswith("@") or _portable_url(rest[1:].strip()))
        ):
            return Requirement(spec, portable=True)
    raise RequirementError(
        f"--requirement '{spec}': không cài được trên GitHub; hãy ghi một địa chỉ git "
        f"(git+https://…/kho.git@MÃ_COMMIT), địa chỉ một tệp wheel (https://…/….whl) hoặc một dòng '{DISTRIBUTION} …'"
    )


def _direct(url_json: str) -> str | None:
    """A portable line from PEP 610's direct_url.json, or None (a folder, an editable install, a local file)."""
    try:
        record = json.loads(url_json)
        url = record["url"]
    except (ValueError, KeyError, TypeError):
        return None
    if not isinstance(url, str) or not _portable_url(url):
        return None
    if isinstance(vcs := record.get("vcs_info"), dict) and vcs.get("vcs") and vcs.get("commit_id"):
        address = url if url.startswith(f"{vcs['vcs']}+") else f"{vcs['vcs']}+{url}"
        subdirectory = record.get("subdirectory")
        return f"{DISTRIBUTION} @ {address}@{vcs['commit_id']}" + (
            f"#subdirectory={subdirectory}" if subdirectory else ""
        )
    if "archive_info" in record:
        return f"{DISTRIBUTION} @ {url}"
    return None


def installed() -> Requirement:
    """The line for the tool as it runs now (see the module's docstring)."""
    try:
        distribution = importlib.metadata.distribution(DISTRIBUTION)
    except importlib.metadata.PackageNotFoundError:  # a source tree that was never installed
        return Requirement(DISTRIBUTION, portable=False)
    url_json = distribution.read_text("direct_url.json")
    if url_json is None:  # from a package index
        return Requirement(f"{DISTRIBUTION}=={distribution.version}", portable=True)
    line = _direct(url_json)
    if line is not None:
        return Requirement(line, portable=True)
    return Requirement(f"{DISTRIBUTION}=={distribution.version}", portable=False)


def requirement(spec: str | None = None) -> Requirement:
    """`spec` when given (RequirementError when GitHub cannot install it), else the running tool's."""
    return named(spec) if spec is not None else installed()
