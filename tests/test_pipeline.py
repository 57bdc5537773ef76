"""Every entry point survives bad input: staged `generate`, the conservation check on the
plain-MkDocs path, dot-entries of the site folder kept, `mkdocs serve` on the last good site."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import ARTICLE_YAML, DATA, ROOT, _env, bulletin, edit, fetch, free_port, mkdocs_build, run, wait_for
from test_generate import plain_config

DECISION_YAML = "decisions/2024/hoi-ccb-tinh-bang-khen-antq-2024.yaml"


def listing(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_generate_with_failing_data_leaves_the_earlier_output_whole(data_copy: Path, tmp_path: Path):
    out = tmp_path / "docs"
    first = bulletin("generate", str(out), "--data", str(data_copy))
    assert first.returncode == 0, first.output
    before = listing(out)
    assert len(before) > 50
    edit(data_copy / DECISION_YAML, "  individuals: 5", "  individuals: 6")
    failed = bulletin("generate", str(out), "--data", str(data_copy))
    assert failed.returncode == 1
    assert "Traceback" not in failed.output
    assert failed.stderr.splitlines()[-1] == "Không tạo trang: 1 lỗi, 0 cảnh báo."
    assert listing(out) == before
    assert not (tmp_path / "docs.bulletin-staging").exists()


def test_usage_errors_say_where_to_run(tmp_path: Path):
    result = bulletin("validate", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr == (
        f"bulletin validate: không tìm thấy thư mục dữ liệu '{tmp_path / 'data'}'; hãy chạy lệnh trong thư mục gốc "
        "của bản tin (nơi có mkdocs.yml và thư mục data/) hoặc ghi rõ thư mục dữ liệu\n"
    )
    assert bulletin("generate", str(tmp_path / "out"), cwd=tmp_path).returncode == 2
    assert bulletin("index", str(tmp_path), cwd=tmp_path).returncode == 2


def test_plain_mkdocs_path_runs_the_conservation_check(tmp_path: Path):
    docs, site = tmp_path / "docs", tmp_path / "site"
    assert bulletin("generate", str(docs), "--data", str(DATA)).returncode == 0
    build = run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(plain_config(tmp_path, docs, site))])
    assert build.returncode == 0, build.output
    page = site / "khen-thuong/2024/hoi-ccb-tinh-bang-khen-antq-2024/index.html"
    html = page.read_text(encoding="utf-8")
    start = html.index('<li id="doan-van-chien"')
    page.write_text(html[:start] + html[html.index("</li>", start) + 5 :], encoding="utf-8")
    checked = bulletin("index", str(site), "--data", str(DATA))
    assert checked.returncode == 1
    assert "doan-van-chien" in checked.stderr
    assert checked.stderr.splitlines()[-1] == "Trang dựng ra thiếu 1 mục có trong dữ liệu; không xuất bản."
    assert not (site / "pagefind").exists()


def test_publishing_keeps_the_site_folders_dot_entries(tmp_path: Path):
    site = tmp_path / "site"
    assert mkdocs_build(site).returncode == 0
    assert (site / ".nojekyll").is_file()  # shipped from docs/
    (site / ".well-known").mkdir()
    (site / ".well-known/security.txt").write_text("Contact: mailto:x@example.org\n", encoding="utf-8")
    (site / ".git").mkdir()
    (site / ".git/HEAD").write_text("ref: refs/heads/gh-pages\n", encoding="utf-8")
    (site / "stale.html").write_text("old", encoding="utf-8")
    assert mkdocs_build(site).returncode == 0
    assert (site / ".well-known/security.txt").read_text(encoding="utf-8") == "Contact: mailto:x@example.org\n"
    assert (site / ".git/HEAD").is_file() and (site / ".nojekyll").is_file()
    assert not (site / "stale.html").exists()  # like MkDocs: everything else is replaced


# -- mkdocs serve -------------------------------------------------------------------------

# Runs `mkdocs serve` with the core's page builder made to fail while data/BUG exists:
# stands for any exception in our code, which real data should never cause.
SERVE = """
import sys
from pathlib import Path
import bulletin.pipeline as pipeline
real = pipeline.build_site
def build_site(bulletin, data_dir):
    if (Path(data_dir) / "BUG").exists():
        raise RuntimeError("hỏng có chủ ý")
    return real(bulletin, data_dir)
pipeline.build_site = build_site
from mkdocs.__main__ import cli
sys.argv = ["mkdocs", "serve", "--livereload", "-f", sys.argv[1], "-a", "127.0.0.1:" + sys.argv[2]]
cli()
"""


@pytest.fixture
def served(data_copy: Path, tmp_path: Path):
    port = free_port()
    log = (tmp_path / "serve.log").open("w+", encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, "-c", SERVE, str(ROOT / "mkdocs.yml"), str(port)],
        cwd=ROOT,
        env=_env({"BULLETIN_DATA": str(data_copy)}),
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}/"
    try:
        wait_for(lambda: "<title>" in fetch(url), "the first build")
        yield url, data_copy, tmp_path / "serve.log"
    finally:
        process.terminate()
        process.wait(timeout=30)
        log.close()


def test_serve_keeps_the_last_good_site_and_follows_data_renamed_away_and_back(served):
    url, data, log = served
    article = "tin-tuc/2024/06/bieu-duong-dien-hinh-antq-2019-2024/"
    assert "Hội nghị biểu dương" in fetch(url + article)

    # An exception in our code: reported in one line, the last good site stays up.
    (data / "BUG").write_text("x", encoding="utf-8")
    edit(data / ARTICLE_YAML, "Hội nghị biểu dương", "Hội nghị sửa lỗi")
    wait_for(lambda: "hỏng có chủ ý" in log.read_text(encoding="utf-8"), "the failed rebuild")
    wait_for(lambda: "vẫn đang hiển thị lần dựng thành công gần nhất" in log.read_text(encoding="utf-8"), "the notice")
    assert "Hội nghị biểu dương" in fetch(url + article)
    assert "Traceback" not in log.read_text(encoding="utf-8")

    # Fixed: the next save rebuilds.
    (data / "BUG").unlink()
    wait_for(lambda: "Hội nghị sửa lỗi" in fetch(url + article), "the rebuild after the fix")

    # data/ renamed away (the build fails, the site stays) and back (watched again).
    away = data.with_name("data-away")
    data.rename(away)
    wait_for(lambda: "không tìm thấy thư mục dữ liệu" in log.read_text(encoding="utf-8"), "the missing-data error")
    assert "Hội nghị sửa lỗi" in fetch(url + article)
    away.rename(data)
    time.sleep(3)
    edit(data / ARTICLE_YAML, "Hội nghị sửa lỗi", "Sau khi đổi tên")
    wait_for(lambda: "Sau khi đổi tên" in fetch(url + article), "a rebuild after data/ came back")
    assert "Traceback" not in log.read_text(encoding="utf-8")


def test_files_a_host_needs_are_shipped_from_docs(tmp_path: Path):
    import yaml

    docs = tmp_path / "docs"
    shutil.copytree(ROOT / "docs", docs)
    (docs / ".well-known").mkdir()
    (docs / ".well-known/security.txt").write_text("Contact: mailto:bantin@example.vn\n", encoding="utf-8")
    (docs / "CNAME").write_text("bantin.example.vn\n", encoding="utf-8")
    (docs / ".ghi-chu-rieng").write_text("không xuất bản", encoding="utf-8")
    config = tmp_path / "mkdocs.yml"
    config.write_text(
        yaml.safe_dump(
            {
                "INHERIT": str(ROOT / "mkdocs.yml"),
                "docs_dir": str(docs),
                "hooks": [str(ROOT / "hooks/bulletin_hooks.py")],
                "extra": {"bulletin": {"data": str(ROOT / "data")}},
            }
        ),
        encoding="utf-8",
    )
    site = tmp_path / "site"
    build = run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config), "-d", str(site)])
    assert build.returncode == 0, build.output
    assert (site / ".well-known/security.txt").read_text(encoding="utf-8") == "Contact: mailto:bantin@example.vn\n"
    assert (site / "CNAME").is_file() and (site / ".nojekyll").is_file()
    assert not (site / ".ghi-chu-rieng").exists()  # other dot-files stay private, as MkDocs keeps them


def test_a_broken_link_an_editor_wrote_is_reported_once_where_it_is_written(data_copy: Path):
    article = data_copy / ARTICLE_YAML
    edit(article, "  Trong những năm qua,", "  Xem [trang cũ](/khong-co-trang/).\n\n  Trong những năm qua,")
    result = bulletin("validate", str(data_copy))
    assert result.returncode == 1
    line = next(
        n for n, text in enumerate(article.read_text(encoding="utf-8").splitlines(), 1) if "khong-co-trang" in text
    )
    assert result.stderr.splitlines() == [
        f"{article}:{line}:18: lỗi: liên kết '/khong-co-trang/' không dẫn tới trang nào của bản tin; "
        "hãy chép địa chỉ của trang cần dẫn tới, tính từ gốc, ví dụ /tin-tuc/2024/06/ma-bai-viet/",
        "Dữ liệu chưa hợp lệ: 1 lỗi, 0 cảnh báo.",
    ]


def test_a_generated_page_linking_to_a_page_that_was_not_made_is_reported_at_its_data_file():
    import dataclasses

    from bulletin import pipeline

    checked = pipeline.check(ROOT / "data", ROOT)
    assert checked.ok and checked.content is not None
    pages = checked.content.pages
    index = next(i for i, p in enumerate(pages) if p.path == "tin-tuc/2024/index.md")
    broken = (
        pages[index].body
        + '<a href="../khong-co/">x</a><img alt="" src="../../media/khong-co.svg"> &lt;a href="../chu/"&gt;'
    )
    pages[index] = dataclasses.replace(pages[index], body=broken)
    problems = pipeline.check_page_links(checked.content)
    assert [str(p) for p in problems.items] == [
        f"{pages[index].source}:1:1: lỗi: trang tin-tuc/2024/ dẫn tới '{target}' nhưng trang này không được tạo; "
        "đây là lỗi của chương trình với dữ liệu này, hãy báo nhóm phát triển"
        for target in ("media/khong-co.svg", "tin-tuc/khong-co/")
    ]
