"""The code's own checks are configured once (pyproject.toml) and run where they should: by
.ci/run before the tests, and by the pre-commit hooks, which download nothing."""

from __future__ import annotations

import subprocess
import sys
import tomllib

import yaml

from conftest import ROOT

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
CHECKS = ("ruff check", "ruff format --check", "mypy")


def test_ruff_and_mypy_are_configured_strictly_in_pyproject():
    assert PYPROJECT["tool"]["mypy"]["strict"] is True
    assert PYPROJECT["tool"]["mypy"]["files"] == ["src"]
    assert PYPROJECT["tool"]["ruff"]["line-length"] == 120
    assert {"E", "F", "I", "UP", "B"} <= set(PYPROJECT["tool"]["ruff"]["lint"]["select"])
    tests = " ".join(PYPROJECT["project"]["optional-dependencies"]["test"])
    assert all(tool in tests for tool in ("ruff", "mypy", "pre-commit"))


def test_ci_runs_every_check_before_the_tests():
    script = (ROOT / ".ci/run").read_text(encoding="utf-8")
    tests = script.index("python3 -m pytest")
    for check in CHECKS:
        assert -1 < script.find(check) < tests, check


def test_pre_commit_hooks_are_local_and_the_config_is_valid():
    config = ROOT / ".pre-commit-config.yaml"
    valid = subprocess.run(
        [sys.executable, "-m", "pre_commit", "validate-config", str(config)], capture_output=True, text=True
    )
    assert valid.returncode == 0, valid.stdout + valid.stderr
    (repo,) = yaml.safe_load(config.read_text(encoding="utf-8"))["repos"]
    assert repo["repo"] == "local"
    hooks = {hook["id"]: hook for hook in repo["hooks"]}
    assert all(hook["language"] == "system" for hook in hooks.values())  # nothing to download
    entries = " | ".join(hook["entry"] for hook in hooks.values())
    for command in ("ruff check", "ruff format", "mypy", "bulletin validate", "bulletin schema --check"):
        assert command in entries, command
