"""Where the browser tests find Chromium: $BULLETIN_CHROMIUM, else Debian's; never a silent skip."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from browser import CHROMIUM_VARIABLE, DEBIAN_CHROMIUM, chromium_executable

ROOT = Path(__file__).resolve().parent.parent


def executable(path: Path) -> Path:
    path.write_text("#!/bin/sh\n", encoding="utf-8")
    path.chmod(0o755)
    return path


def test_the_variable_and_the_default_are_the_documented_ones():
    assert (CHROMIUM_VARIABLE, DEBIAN_CHROMIUM) == ("BULLETIN_CHROMIUM", "/usr/bin/chromium")
    assert "`BULLETIN_CHROMIUM`" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_the_variable_names_the_browser_before_the_default(tmp_path: Path):
    named = executable(tmp_path / "chrome")
    default = executable(tmp_path / "chromium")
    assert chromium_executable({CHROMIUM_VARIABLE: str(named)}, default=str(default)) == str(named)


@pytest.mark.parametrize(
    "environ", [{}, {CHROMIUM_VARIABLE: ""}, {CHROMIUM_VARIABLE: "  "}], ids=["unset", "empty", "blank"]
)
def test_without_the_variable_the_default_is_used(tmp_path: Path, environ: dict[str, str]):
    default = executable(tmp_path / "chromium")
    assert chromium_executable(environ, default=str(default)) == str(default)


def test_a_variable_naming_nothing_says_so(tmp_path: Path):
    default = executable(tmp_path / "chromium")
    with pytest.raises(LookupError) as missing:
        chromium_executable({CHROMIUM_VARIABLE: "/nowhere/chrome"}, default=str(default))
    assert str(missing.value) == (
        "BULLETIN_CHROMIUM=/nowhere/chrome is not an executable file: name a Chromium executable there, "
        f"or unset BULLETIN_CHROMIUM to use {default}"
    )


@pytest.mark.parametrize("kind", ["folder", "not executable"])
def test_a_variable_naming_no_executable_file_says_so(tmp_path: Path, kind: str):
    named = tmp_path / "chrome"
    if kind == "folder":
        named.mkdir()
    else:
        named.write_text("", encoding="utf-8")
    with pytest.raises(LookupError, match=r"^BULLETIN_CHROMIUM=.*/chrome is not an executable file"):
        chromium_executable({CHROMIUM_VARIABLE: str(named)}, default=str(executable(tmp_path / "chromium")))


def test_no_browser_at_all_says_how_to_provide_one(tmp_path: Path):
    with pytest.raises(LookupError) as missing:
        chromium_executable({}, default=str(tmp_path / "chromium"))
    assert str(missing.value) == (
        f"no Chromium at {tmp_path / 'chromium'}: install Debian's (apt-get install chromium), or set "
        "BULLETIN_CHROMIUM to a Chromium executable (for example Playwright's, after "
        "`python3 -m playwright install chromium`)"
    )


def pytest_in(folder: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """pytest run on the test files of `folder`, with this suite's fixtures (tests/conftest.py)."""
    environ = dict(
        os.environ, **env, PYTHONPATH=os.pathsep.join([str(ROOT / "tests"), os.environ.get("PYTHONPATH", "")])
    )
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-p",
            "conftest",
            "-p",
            "no:cacheprovider",
            "--rootdir",
            str(folder),
            *args,
            str(folder),
        ],
        check=False,
        cwd=folder,
        env=environ,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_a_missing_browser_fails_the_browser_tests_and_skips_none(tmp_path: Path):
    (tmp_path / "test_needs_chromium.py").write_text("def test_opens(chromium):\n    pass\n", encoding="utf-8")
    done = pytest_in(tmp_path, BULLETIN_CHROMIUM=str(tmp_path / "nowhere"))
    assert done.returncode == 1, done.stdout + done.stderr
    assert f"BULLETIN_CHROMIUM={tmp_path / 'nowhere'} is not an executable file" in done.stdout
    last = done.stdout.strip().splitlines()[-1]
    assert "1 error" in last and "skipped" not in last and "passed" not in last, last


def test_every_test_that_needs_chromium_is_marked_browser(tmp_path: Path):
    # CI runs `-m browser` in Debian and `-m "not browser"` elsewhere: a test reaching Chromium
    # through another fixture (phone, desktop) is a browser test too.
    (tmp_path / "test_kinds.py").write_text(
        "def test_direct(chromium):\n    pass\n\n"
        "def test_through_a_phone(phone):\n    pass\n\n"
        "def test_plain(tmp_path):\n    pass\n",
        encoding="utf-8",
    )
    browser = pytest_in(tmp_path, "--collect-only", "-q", "-m", "browser")
    other = pytest_in(tmp_path, "--collect-only", "-q", "-m", "not browser")
    assert sorted(line.split("::")[-1] for line in browser.stdout.splitlines() if "::" in line) == [
        "test_direct",
        "test_through_a_phone",
    ]
    assert [line.split("::")[-1] for line in other.stdout.splitlines() if "::" in line] == ["test_plain"]
