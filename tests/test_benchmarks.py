"""The benchmark harness's own logic (benchmarks/): parsing, choosing the preview's edit,
recording failures, and the Markdown it writes. Nothing here is timed."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest
import yaml

import facts  # benchmarks/, on pytest's path (pyproject.toml)
import preview
import steps
import tables
import zensical_build

ENV = {"PATH": "/usr/bin:/bin"}


def test_synth_output_is_read_as_counts():
    output = "wrote 20 articles, 99 decisions, 1166 awards (141 files) in /tmp/a20\n"
    assert facts.parse_synth(output) == {"articles": 20, "decisions": 99, "awards": 1166}
    assert facts.parse_synth("synth.py: /tmp/a20 exists and is not empty; choose a new folder") is None


def test_pip_outputs_are_read():
    listed = "zensical (0.1.3)\nAvailable versions: 0.1.3, 0.1.2, 0.0.73\n"
    assert zensical_build.parse_index_versions(listed) == "0.1.3"
    assert zensical_build.parse_index_versions("WARNING: nothing\n") is None
    refused = (
        "WARNING: Location 'file:///x' is ignored\n"
        "ERROR: Could not find a version that satisfies the requirement zensical-ui==0.0.43 (from zensical)\n"
        "ERROR: No matching distribution found for zensical-ui==0.0.43\n"
    )
    assert zensical_build.first_error(refused).startswith(
        "Could not find a version that satisfies the requirement zensical-ui"
    )


def test_site_size_counts_files_and_the_followed_folders(tmp_path: Path):
    (tmp_path / "du-lieu").mkdir()
    (tmp_path / "du-lieu/a.json").write_bytes(b"x" * 2_000_000)
    (tmp_path / "index.html").write_bytes(b"y" * 500_000)
    sizes = facts.site_size(tmp_path)
    assert sizes["total"] == {"mb": 2.5, "files": 2}
    assert sizes["du-lieu"] == {"mb": 2.0, "files": 1}
    assert sizes["tra-cuu"] == {"mb": 0.0, "files": 0}


def test_a_step_records_success_failure_timeout_and_a_missing_output(tmp_path: Path):
    python = sys.executable
    good = steps.run([python, "-c", "print('ok')"], env=ENV, cwd=tmp_path, timeout=60, keep_output=True)
    assert good["ok"] and good["rc"] == 0 and good["output"] == "ok\n" and good["peak_mb"] > 0
    bad = steps.run(
        [python, "-c", "import sys; print('first'); print('second'); sys.exit(3)"], env=ENV, cwd=tmp_path, timeout=60
    )
    assert not bad["ok"] and bad["rc"] == 3 and bad["error"] == "first\nsecond"
    slow = steps.run(
        [python, "-c", "print('started', flush=True); import time; time.sleep(60)"], env=ENV, cwd=tmp_path, timeout=1
    )
    assert not slow["ok"] and slow["timed_out"] and slow["error"] == "timed out after 1 s\nstarted"
    silent = steps.run([python, "-c", "pass"], env=ENV, cwd=tmp_path, timeout=60, expect=tmp_path / "site/index.html")
    assert not silent["ok"] and silent["error"].startswith(f"exited 0 but did not write {tmp_path / 'site/index.html'}")
    missing = steps.run([str(tmp_path / "no-such-program")], env=ENV, cwd=tmp_path, timeout=60)
    assert not missing["ok"] and missing["error"].startswith("could not start:")


DECISION = """\
id: "ubnd-tinh-bang-khen-49-2019"
number: "49/QĐ-UBND"
date: 2019-11-26
individuals:
  - id: "nguyen-minh-gia-bao"
    name: "Nguyễn Minh Gia Bảo"
  - name: "Lương Hoàng Bình Minh"
    given: "Bình Minh"
  - name: "Võ Thanh Nhẫn"
    position: "Hội viên"
  - name: "Võ Thanh Khiêm"
"""


def test_the_preview_renames_a_plainly_named_individual_and_nothing_else(tmp_path: Path):
    folder = tmp_path / "decisions/2019"
    folder.mkdir(parents=True)
    (folder / "x.yaml").write_text(DECISION, encoding="utf-8")
    edit = preview.choose_edit(tmp_path)
    # Not the one with an id nor the one with a given name; and "Khiêm" is taken in this file.
    assert edit == preview.Edit(
        folder / "x.yaml", "Võ Thanh Nhẫn", "Võ Thanh Quyết", "khen-thuong/2019/ubnd-tinh-bang-khen-49-2019/"
    )
    edit.apply()
    after = yaml.safe_load((folder / "x.yaml").read_text(encoding="utf-8"))
    before = yaml.safe_load(DECISION)
    before["individuals"][2]["name"] = "Võ Thanh Quyết"
    assert after == before
    assert after["date"] == dt.date(2019, 11, 26)


def test_the_preview_tries_one_person_a_decision_newest_first(tmp_path: Path):
    """A newer decision whose page does not show its names (revoked, removed on request) is
    passed over for the next one; two people of one decision would be the same page."""
    for year in (2019, 2020):
        (tmp_path / f"decisions/{year}").mkdir(parents=True)
        text = DECISION.replace("2019", str(year)).replace("Võ Thanh Khiêm", "Đỗ Văn Kiên")
        (tmp_path / f"decisions/{year}/x.yaml").write_text(text, encoding="utf-8")
    found = [(e.url, e.old_name, e.new_name) for e in preview.candidates(tmp_path)]
    assert found == [
        ("khen-thuong/2020/ubnd-tinh-bang-khen-49-2020/", "Võ Thanh Nhẫn", "Võ Thanh Khiêm"),
        ("khen-thuong/2019/ubnd-tinh-bang-khen-49-2019/", "Võ Thanh Nhẫn", "Võ Thanh Khiêm"),
    ]


def test_the_preview_finds_nothing_to_rename_without_a_plain_individual(tmp_path: Path):
    (tmp_path / "decisions").mkdir()
    (tmp_path / "decisions/x.yaml").write_text(
        'id: "a"\ndate: 2019-01-01\nindividuals:\n  - id: "b"\n    name: "Võ Văn A"\n', encoding="utf-8"
    )
    assert preview.choose_edit(tmp_path) is None


def test_a_moved_page_is_followed_through_its_redirect():
    page = '<html><head><meta http-equiv="refresh" content="0; url=../../moi/"></head></html>'
    assert preview.refresh_target(page) == "../../moi/"
    assert preview.refresh_target("<html><p>Võ Thanh Nhẫn</p></html>") is None
    assert preview.shows("<p>Võ Thanh Nhẫn</p>", "Vo\u0303 Thanh Nhẫn")  # the same name, decomposed
    assert not preview.shows(None, "Võ Thanh Nhẫn")


def _ok(seconds: float, peak: float = 100.0) -> dict:
    return {"ok": True, "seconds": seconds, "peak_mb": peak}


def _size(articles: int, hooks: float, plain: tuple[float, float, float]) -> dict:
    site = {
        "total": {"mb": 22.4, "files": 2039},
        "du-lieu": {"mb": 9.1, "files": 264},
        "tra-cuu": {"mb": 1.2, "files": 1189},
    }
    return {
        "articles": articles,
        "archive": {"articles": articles, "decisions": 99, "awards": 1166},
        "steps": {
            "validate": _ok(3.04),
            "validate_again": _ok(2.5),
            "hooks_build": _ok(hooks, 1791.4),
            "generate": _ok(plain[0]),
            "plain_build": _ok(plain[1], 547),
            "plain_index": _ok(plain[2]),
            "zensical_build": {
                "ok": False,
                "seconds": None,
                "peak_mb": None,
                "error": "Error: docs_dir must be within project root\nmore",
            },
            "downloads": {
                "ok": True,
                "seconds": 5,
                "peak_mb": 200,
                "actions": [
                    {"action": "site search", "requests": 43, "raw_kb": 1136.2, "gzip_kb": 825.4},
                    {"action": "lookup", "error": "TimeoutError: Timeout 60000ms exceeded."},
                ],
            },
            "preview": steps.skipped("--skip-preview"),
        },
        "pages": {"hooks": 8439, "plain": 8439, "zensical": None},
        "site": {"hooks": site},
    }


def test_one_size_is_issue_14s_table_with_failures_shown_as_such():
    table = tables.size_table(_size(700, 120.0, (20.0, 60.0, 20.0)), "0.0.73")
    rows = {line.split(" | ")[0].lstrip("| "): line for line in table.splitlines() if line.startswith("| ")}
    assert table.startswith(
        "#### 700 articles (99 decisions, 1,166 awards)\n\n| what | now | target |\n|---|---|---|\n"
    )
    assert rows["full `mkdocs build` (hooks)"] == "| full `mkdocs build` (hooks) | 120.0 s | under 60 s |"
    assert rows["peak memory of the build"] == "| peak memory of the build | 1,791 MB | under 1 GB |"
    assert rows["hooks build / the same site built without hooks"].endswith("| 1.20 | at most 1.15 |")
    assert "| 100.0 s = 20.0 + 60.0 + 20.0 s; peak 547 MB | — |" in table
    assert (
        "| the published site | 22 MB in 2,039 files; du-lieu/ 9 MB (264 files); tra-cuu/ 1 MB (1,189 files) "
        "| at most 300 MB and 30,000 files |"
    ) in table
    assert (
        "| 1,136 KB / failed: TimeoutError: Timeout 60000ms exceeded. (gzip 825 / — KB) | under 500 KB each |" in table
    )
    assert "| `bulletin validate` | 3.0 s (run again: 2.5 s) | under 3 s |" in table
    assert "| failed: Error: docs_dir must be within project root | — |" in table  # first line only
    assert "| skipped (--skip-preview) | at most 5 s |" in table
    assert "| 8,439 / 8,439 / — | — |" in table


def test_growth_and_the_whole_report():
    results = [_size(350, 50.0, (10.0, 30.0, 10.0)), _size(700, 110.0, (20.0, 60.0, 20.0))]
    growth = tables.scaling_table(results).splitlines()
    assert growth[2] == "| 350 | 1,166 | 8,439 | 50.0 s | — | 50.0 s | — | 3.0 s |"
    assert growth[3] == "| 700 | 1,166 | 8,439 | 110.0 s | 2.20× for 2× | 100.0 s | 2.00× for 2× | 3.0 s |"
    machine = {
        "machine": "x86_64",
        "cores": 2,
        "ram_gib": 23.4,
        "python": "3.11.7",
        "mkdocs": "1.6.1",
        "material": "9.8.2",
        "pagefind": "1.5.2",
        "date": "2026-11-30 06:00 UTC",
        "commit": "abc1234",
    }
    zensical = {
        "ok": True,
        "version": "0.0.73",
        "newest_on_index": "0.1.3",
        "why_not_newest": "No matching distribution",
    }
    report = tables.report(
        {"command": "python3 benchmarks/run.py", "machine": machine, "zensical": zensical, "results": results}
    )
    assert report.startswith(
        "x86_64, 2 cores, 23 GiB RAM; Python 3.11.7; MkDocs 1.6.1; mkdocs-material 9.8.2; Pagefind 1.5.2; "
        "Zensical 0.0.73 (the index's newest, 0.1.3, does not install: No matching distribution)."
    )
    assert "Command: `python3 benchmarks/run.py`" in report
    assert (
        "- 700 articles, zensical_build:\n\n  ```\n  Error: docs_dir must be within project root\n  more\n  ```"
        in report
    )


@pytest.mark.parametrize("text, shown", [("a | b\nsecond line", "a \\| b"), ("x" * 200, "x" * 139 + "…")])
def test_a_cell_is_one_line_that_cannot_break_the_table(text: str, shown: str):
    assert tables.cell(text) == shown
