"""The GitHub workflows: valid for GitHub (check-jsonschema's vendored schema), actions pinned to
commits, the data checked before any build, the browser tests where a real Chromium exists.
publish.yml and pull-request.yml are every bulletin's (`bulletin init` writes them: tests/test_init.py);
tests.yml runs this repository's own tests."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parent.parent
WORKFLOWS = ROOT / ".github" / "workflows"
FILES = sorted(WORKFLOWS.glob("*.y*ml"))
PULL_REQUEST = WORKFLOWS / "pull-request.yml"
PUBLISH = WORKFLOWS / "publish.yml"
TESTS = WORKFLOWS / "tests.yml"
# The workflows that build a bulletin's site (every bulletin's).
BUILDS = [PUBLISH, PULL_REQUEST]
# `uses: owner/repo@<commit> # vX.Y.Z`: the commit GitHub runs, the release a reader recognises.
PINNED = re.compile(r"^\s*(?:-\s+)?uses:\s+[\w.-]+/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+\s*$")


def check_jsonschema(schema: str, *paths: Path) -> tuple[int, dict[str, Any]]:
    """check-jsonschema's verdict on `paths` against one of its vendored schemas (no download)."""
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "check_jsonschema",
            "--builtin-schema",
            f"vendor.{schema}",
            "-o",
            "json",
            *map(str, paths),
        ],
        check=False,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.stdout.strip(), done.stderr
    return done.returncode, json.loads(done.stdout)


def load(path: Path) -> dict[str, Any]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def runs(step: dict[str, Any]) -> str:
    return step.get("run") or ""


def needs_of(job: dict[str, Any]) -> list[str]:
    needs = job.get("needs", [])
    return [needs] if isinstance(needs, str) else needs


def unchecked_builds(workflow: dict[str, Any]) -> list[str]:
    """Jobs that run `mkdocs build` with no `bulletin validate` before it, in the job or in a job
    it needs (GitHub starts a job only after those it needs have passed)."""
    jobs = workflow["jobs"]

    def validated(names: list[str], seen: frozenset[str]) -> bool:
        return any(
            any("bulletin validate" in runs(step) for step in jobs[n].get("steps", []))
            or validated(needs_of(jobs[n]), seen | {n})
            for n in names
            if n not in seen
        )

    found = []
    for name, job in jobs.items():
        steps = job.get("steps", [])
        for index, step in enumerate(steps):
            before = any("bulletin validate" in runs(s) for s in steps[:index])
            if "mkdocs build" in runs(step) and not before and not validated(needs_of(job), frozenset({name})):
                found.append(name)
    return found


def steps_of(workflow: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for name, job in workflow["jobs"].items():
        for step in job.get("steps", []):
            yield name, step


def test_the_workflows_are_there():
    assert [p.name for p in FILES] == ["publish.yml", "pull-request.yml", "tests.yml"]


def test_every_workflow_is_valid_for_github():
    status, report = check_jsonschema("github-workflows", *FILES)
    assert (status, report["status"], report["errors"], report.get("parse_errors", [])) == (0, "ok", [], [])


def test_dependabot_configuration_is_valid():
    status, report = check_jsonschema("dependabot", ROOT / ".github" / "dependabot.yml")
    assert (status, report["status"]) == (0, "ok"), report


@pytest.mark.parametrize(
    ("workflow", "old", "new", "path", "message"),
    [
        # A misspelt key: the job is no job GitHub knows.
        (
            PULL_REQUEST,
            "    runs-on: ubuntu-24.04\n    timeout-minutes: 15",
            "    runs_on: ubuntu-24.04\n    timeout-minutes: 15",
            "$.jobs.data",
            "'runs-on' is a required property",
        ),
        (
            PULL_REQUEST,
            "timeout-minutes: 15",
            "timeout-minutes: quinze",
            "$.jobs.data['timeout-minutes']",
            "'quinze' is not of type 'number'",
        ),
        (
            TESTS,
            "        run: python3 -m pytest -m browser",
            "        runs: python3 -m pytest -m browser",
            "$.jobs.browser.steps[5]",
            "'uses' is a required property",
        ),
    ],
    ids=["misspelt-key", "wrong-type", "step-without-run-or-uses"],
)
def test_a_broken_workflow_fails_with_the_place_it_is_broken(
    tmp_path: Path, workflow: Path, old: str, new: str, path: str, message: str
):
    text = workflow.read_text(encoding="utf-8")
    assert text.count(old) == 1
    broken = tmp_path / workflow.name
    broken.write_text(text.replace(old, new), encoding="utf-8")
    status, report = check_jsonschema("github-workflows", broken)
    assert status == 1 and report["status"] == "fail"
    deepest = [error["best_deep_match"] for error in report["errors"]]
    assert {"path": path, "message": message} in deepest


def test_a_workflow_that_is_not_yaml_fails(tmp_path: Path):
    broken = tmp_path / "publish.yml"
    broken.write_text(PUBLISH.read_text(encoding="utf-8").replace("jobs:\n", "jobs:\n build: [\n", 1), encoding="utf-8")
    status, report = check_jsonschema("github-workflows", broken)
    assert status == 1 and len(report["parse_errors"]) == 1


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_action_is_pinned_to_a_commit_with_its_release_named(path: Path):
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if re.match(r"^\s*(-\s+)?uses:", line)]
    assert lines, f"{path.name} uses no action"
    assert [line for line in lines if not PINNED.match(line)] == []


def test_an_action_has_one_pin_across_the_workflows():
    pins: dict[str, set[str]] = {}
    for path in FILES:
        for _, step in steps_of(load(path)):
            if "uses" in step:
                action, commit = step["uses"].split("@")
                pins.setdefault(action, set()).add(commit)
    assert {action: len(commits) for action, commits in pins.items() if len(commits) > 1} == {}


def test_a_tag_is_not_a_pin():
    assert not PINNED.match("      - uses: actions/checkout@v5 # v5.0.0")
    assert not PINNED.match("      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8")
    assert PINNED.match("      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0")


@pytest.mark.parametrize("path", BUILDS, ids=lambda p: p.name)
def test_the_data_is_validated_before_the_site_is_built(path: Path):
    workflow = load(path)
    assert any("mkdocs build --strict" in runs(step) for _, step in steps_of(workflow))
    assert unchecked_builds(workflow) == []


def test_a_build_before_validation_is_found():
    workflow = load(PUBLISH)
    steps = workflow["jobs"]["build"]["steps"]
    validate = next(s for s in steps if "bulletin validate" in runs(s))
    steps.remove(validate)
    steps.append(validate)
    assert unchecked_builds(workflow) == ["build"]
    pull_request = load(PULL_REQUEST)
    del pull_request["jobs"]["site"]["needs"]
    assert unchecked_builds(pull_request) == ["site"]


def test_the_pull_request_checks_data_and_schemas_before_anything_else():
    workflow = load(PULL_REQUEST)
    commands = [runs(step) for step in workflow["jobs"]["data"]["steps"] if "run" in step]
    assert commands[-2:] == ["bulletin validate --format github", "bulletin schema --check"]
    assert {name for name, job in workflow["jobs"].items() if job.get("needs") != "data"} == {"data"}


def test_core_tests_run_on_each_python_and_browser_tests_where_chromium_is_real():
    workflow = load(TESTS)
    commands = {
        name: [runs(step) for step in job["steps"] if "pytest" in runs(step)] for name, job in workflow["jobs"].items()
    }
    assert commands == {"core": ['python3 -m pytest -m "not browser"'], "browser": ["python3 -m pytest -m browser"]}
    assert "pull_request" in workflow[True]  # YAML 1.1 reads the key `on` as true
    # A bulletin's workflows run no tests: it has none, only data.
    for path in BUILDS:
        assert not any("pytest" in runs(step) or "npm" in runs(step) for _, step in steps_of(load(path))), path.name
    assert workflow["jobs"]["core"]["strategy"]["matrix"]["python"] == ["3.11", "3.12", "3.13"]
    browser = workflow["jobs"]["browser"]
    # Debian 12, where `apt-get install chromium` is a browser (on Ubuntu it is a snap stub), and the
    # variable tests/browser.py reads naming it.
    assert browser["container"]["image"].endswith("-bookworm")
    install = [runs(step) for step in browser["steps"] if "apt-get install" in runs(step)]
    assert len(install) == 1 and " chromium " in install[0]
    assert browser["env"]["BULLETIN_CHROMIUM"] == "/usr/bin/chromium"


def test_installs_are_cached_but_never_the_parse_cache():
    pull_request, tests = load(PULL_REQUEST), load(TESTS)

    def setups(workflow: dict[str, Any]) -> list[dict[str, Any]]:
        return [
            step["with"] for _, step in steps_of(workflow) if step.get("uses", "").startswith("actions/setup-python@")
        ]

    # A bulletin's key is its requirements.txt (the tool's pinned version); the tool's own, pyproject.toml.
    assert setups(pull_request) and all(
        s["cache"] == "pip" and s["cache-dependency-path"].split() == ["requirements.txt", "pyproject.toml"]
        for s in setups(pull_request) + setups(load(PUBLISH))
    )
    assert setups(tests) and all(
        s["cache"] == "pip" and s["cache-dependency-path"] == "pyproject.toml" for s in setups(tests)
    )
    node = [step["with"] for _, step in steps_of(tests) if step.get("uses", "").startswith("actions/setup-node@")]
    assert [n["cache"] for n in node] == ["npm"]
    cached = [step["with"]["path"] for _, step in steps_of(tests) if step.get("uses", "").startswith("actions/cache@")]
    assert cached == ["~/.cache/pip"]
    for path in (PULL_REQUEST, TESTS):
        assert "Never cache" in path.read_text(encoding="utf-8") and "~/.cache/bulletin" in path.read_text(
            encoding="utf-8"
        )
    assert [
        step["uses"] for _, step in steps_of(pull_request) if step.get("uses", "").startswith("actions/cache")
    ] == []
    # The publishing build restores nothing but pip's downloads.
    assert [
        step["uses"] for _, step in steps_of(load(PUBLISH)) if step.get("uses", "").startswith("actions/cache")
    ] == []


def test_the_pull_request_build_is_uploaded_for_reviewers():
    site = load(PULL_REQUEST)["jobs"]["site"]["steps"]
    build = next(i for i, s in enumerate(site) if runs(s) == "mkdocs build --strict")
    upload = next(i for i, s in enumerate(site) if s.get("uses", "").startswith("actions/upload-artifact@"))
    assert build < upload
    assert site[upload]["with"]["path"] == "site/" and site[upload]["with"]["include-hidden-files"] is True
    # How to open it is said in the workflow, for whoever looks there first.
    assert "python3 -m http.server --directory trang 8000" in PULL_REQUEST.read_text(encoding="utf-8")


def test_builds_use_the_newest_material_9_the_pins_allow():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    material = [Requirement(r) for r in project["dependencies"] if Requirement(r).name == "mkdocs-material"]
    assert len(material) == 1
    assert material[0].specifier.contains("9.99.0") and not material[0].specifier.contains("10.0.0")
    # Nothing installs a fixed version instead: no constraints, no == in CI. The one requirements file
    # names the tool itself (a bulletin pins the tool, whose own pins leave Material free within 9.x).
    for path in [*FILES, ROOT / ".ci" / "run"]:
        text = path.read_text(encoding="utf-8")
        assert "mkdocs-material=" not in text and " -c " not in text and "constraints" not in text, path
    assert not list(ROOT.glob("constraints*.txt")) and [p.name for p in ROOT.glob("requirements*.txt")] == [
        "requirements.txt"
    ]
    lines = [
        line
        for line in (ROOT / "requirements.txt").read_text(encoding="utf-8").splitlines()
        if not line.startswith("#")
    ]
    assert lines == ["-e ."]


def test_check_jsonschema_is_installed_by_the_test_extra():
    extra = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["optional-dependencies"][
        "test"
    ]
    assert "check-jsonschema" in {Requirement(r).name for r in extra}
