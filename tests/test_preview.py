"""An editor's preview (`mkdocs serve --dirty`): after editing, adding and deleting a data file,
every page that depends on it shows the change, and pages whose generated source did not change
are not rendered again (issue 14)."""

from __future__ import annotations

import re
import subprocess
import sys
import urllib.error
from pathlib import Path

import pytest

from conftest import ROOT, _env, edit, fetch, free_port, is_redirect, mkdocs_build, wait_for

CCB = "decisions/2024/hoi-ccb-tinh-bang-khen-antq-2024.yaml"
CCB_PAGE = "khen-thuong/2024/hoi-ccb-tinh-bang-khen-antq-2024/"
NEW = "decisions/2023/hoi-ccb-tinh-bang-khen-2023.yaml"
NEW_PAGE = "khen-thuong/2023/hoi-ccb-tinh-bang-khen-2023/"
_RENDERED = re.compile(r"bulletin: dựng trang (\S+)")
_ARTICLE = re.compile(r"<article\b.*?</article>", re.DOTALL)


class Preview:
    def __init__(self, url: str, log: Path):
        self.url, self.log, self._seen = url, log, 0

    def text(self) -> str:
        return self.log.read_text(encoding="utf-8")

    def next_build(self, what: str) -> set[str]:
        """Wait for the next finished rebuild; the generated pages it rendered."""
        wait_for(lambda: "Bản xem trước: dựng lại" in self.text()[self._seen :], what, timeout=180)
        log = self.text()
        done = log.index("Bản xem trước: dựng lại", self._seen)
        rendered = set(_RENDERED.findall(log, self._seen, done))
        self._seen = log.index("\n", done)
        return rendered

    def settled(self) -> None:
        """Wait until what follows the pages (open data, search indexes) caught up with the last build."""

        def caught_up() -> bool:
            log = self.text()
            return log.rfind("đã cập nhật dữ liệu tải về") > log.rfind("Bản xem trước: dựng lại")

        wait_for(caught_up, "the open data and indexes after the last build", timeout=180)

    def status(self, path: str) -> int:
        try:
            fetch(self.url + path)
            return 200
        except urllib.error.HTTPError as error:
            return error.code


@pytest.fixture
def preview(data_copy: Path, tmp_path: Path):
    port = free_port()
    log_path = tmp_path / "serve.log"
    log = log_path.open("w", encoding="utf-8")
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "serve",
            "--dirty",
            "--livereload",
            "-v",
            "-f",
            str(ROOT / "mkdocs.yml"),
            "-a",
            f"127.0.0.1:{port}",
        ],
        cwd=ROOT,
        env=_env({"BULLETIN_DATA": str(data_copy)}),
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        served = Preview(f"http://127.0.0.1:{port}/", log_path)
        first = served.next_build("the first build")
        wait_for(lambda: served.status("") == 200, "the server")
        yield served, data_copy, first
    finally:
        process.terminate()
        process.wait(timeout=30)
        log.close()
    assert "Traceback" not in log_path.read_text(encoding="utf-8")


def test_a_preview_renders_what_changed_and_shows_what_a_full_build_shows(preview, tmp_path: Path):
    served, data, first = preview
    assert CCB_PAGE.rstrip("/") + ".md" in first and len(first) > 25  # the first build renders every page

    # Edited: a name in one decision.
    edit(data / CCB, "  - name: Lương Văn Dũng\n", "  - name: Lương Văn Dưỡng\n")
    rendered = served.next_build("the rebuild after an edit")
    assert "Lương Văn Dưỡng" in fetch(served.url + CCB_PAGE)
    assert "Lương Văn Dưỡng" in fetch(served.url + "vinh-danh/nam/2024/")
    assert {CCB_PAGE.rstrip("/") + ".md", "tin-tuc/2024/06/bieu-duong-dien-hinh-antq-2019-2024.md"} <= rendered
    # Pages that do not show the name were not rendered again.
    assert "khen-thuong/2024/ubnd-tinh-bang-khen-antq-2024.md" not in rendered
    assert "don-vi/ubnd-tinh.md" not in rendered
    assert len(rendered) < len(first) / 2

    # Added: a decision of 2023 with the same list.
    text = (data / CCB).read_text(encoding="utf-8")
    text = re.sub(r"(?m)^date: .*\n", "", text)  # dated by its article today
    text = text.replace("id: hoi-ccb-tinh-bang-khen-antq-2024\n", "id: hoi-ccb-tinh-bang-khen-2023\ndate: 2023-05-10\n")
    text = re.sub(r"(?m)^number: .*\n", "", text)
    (data / "decisions/2023").mkdir(exist_ok=True)
    (data / NEW).write_text(text, encoding="utf-8")
    rendered = served.next_build("the rebuild after adding a file")
    assert NEW_PAGE.rstrip("/") + ".md" in rendered
    wait_for(lambda: served.status(NEW_PAGE) == 200, "the new decision's page")
    assert "hoi-ccb-tinh-bang-khen-2023" in fetch(served.url + "don-vi/hoi-ccb-tinh/")

    # Deleted: gone from the served site and from every list.
    (data / NEW).unlink()
    served.next_build("the rebuild after deleting a file")
    assert served.status(NEW_PAGE) == 404
    assert "hoi-ccb-tinh-bang-khen-2023" not in fetch(served.url + "don-vi/hoi-ccb-tinh/")

    # Every page reads as a full build of the same data reads (its article; the chrome may differ).
    site = tmp_path / "full"
    build = mkdocs_build(site, data=data)
    assert build.returncode == 0, build.output
    compared = 0
    for page in sorted(site.rglob("index.html")):
        path = page.relative_to(site).as_posix().removesuffix("index.html")
        if is_redirect(page) or path.startswith(("pagefind/", "tra-cuu/chi-muc/")):
            continue
        expected = _ARTICLE.findall(page.read_text(encoding="utf-8"))
        assert _ARTICLE.findall(fetch(served.url + path)) == expected, path
        compared += 1
    assert compared > 25
    served.settled()
    assert fetch(served.url + "du-lieu/tat-ca.json") == (site / "du-lieu/tat-ca.json").read_text(encoding="utf-8")
