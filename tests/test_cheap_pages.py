"""Cheap pages (issue 14): JSON front matter, page bodies rendered only by builds (validation
plans them), and no Markdown pass over the generated HTML in the MkDocs build."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from mkdocs.utils.meta import get_data

from bulletin import pipeline, urls
from bulletin.pages import htmlmin
from bulletin.pages.page import Page, PageRenderError
from bulletin.pages.render import render_page
from conftest import DATA, ROOT, bulletin, edit, mkdocs_build

DECISION_YAML = "decisions/2024/hoi-nong-dan-tinh-bang-khen-antq-2024.yaml"
DECISION_PAGE = "khen-thuong/2024/hoi-nong-dan-tinh-bang-khen-antq-2024.md"
# Text that Markdown would turn into emphasis, a list, code or a link if it ever parsed it.
MARKDOWN_NAME = "Chi hội *Nông dân* ấp 1. Thạnh Phú, xã Lộc Thạnh"
MARKDOWN_POSITION = "1. Hội viên *tổ* _2_ `ấp` [Bắc](x) <b>"


def front_of(text: str) -> str:
    assert text.startswith("---\n")
    front, _ = text[4:].split("\n---\n", 1)
    return front


def test_front_matter_is_one_line_of_json_that_yaml_and_mkdocs_read_back_equal():
    checked = pipeline.check(DATA, ROOT)
    assert checked.ok and checked.content is not None
    for page in checked.content.pages:
        text = page.text()
        front = front_of(text)
        assert "\n" not in front, page.path
        assert json.loads(front) == page.meta, page.path
        assert yaml.safe_load(front) == page.meta, page.path
        assert get_data(text) == (page.body.strip() + "\n", page.meta), page.path


def test_front_matter_escapes_what_yaml_would_not_read_back_as_itself():
    # NEL is a line break to YAML 1.1; DEL, C1 controls and U+FFFE are refused; LS/PS, the BOM,
    # quotes, backslashes, newlines, "---", ": " and "#" must all come back as they were.
    meta = {
        "title": 'a\x85b\u2028c\u2029d\x7fe\x9ff\ufeffg\ufffe "q" \\ #h: i\n---\n\tj',
        "description": "… ✓ 𝄞 {x}: [y] &z *w* \x00 \x1b",
        "hide": ["navigation", "toc"],
        "bulletin": {"kind": "x", "n": 3, "none": None, "yes": True, "no": False},
    }
    text = Page("a/b.md", meta, "<p>x</p>").text()
    assert yaml.safe_load(front_of(text)) == meta
    assert yaml.load(front_of(text), yaml.CSafeLoader) == meta  # what MkDocs reads with
    assert get_data(text) == ("<p>x</p>\n", meta)


def test_validation_plans_pages_without_rendering_their_bodies():
    checked = pipeline.check(DATA, ROOT)
    assert checked.content is not None
    pages = checked.content.pages
    assert len(pages) >= 30  # every page of the fixture is planned
    assert not [page.path for page in pages if page.rendered]
    page = next(p for p in pages if p.path == DECISION_PAGE)
    assert page.source is not None and page.source.endswith(DECISION_YAML)
    assert "Hội Nông dân xã Tân Hưng" in page.body
    assert page.rendered


def test_a_page_that_fails_to_render_names_its_data_file_and_writes_nothing(tmp_path: Path):
    checked = pipeline.check(DATA, ROOT)
    bulletin_, content = checked.require()
    shell = Page("khen-thuong/hong.md", {"title": "x"}, "", "data/decisions/hong.yaml")
    content.pages.append(render_page(shell, bulletin_, "roll.html"))  # roll.html's variables are missing
    out = tmp_path / "docs"
    with pytest.raises(PageRenderError) as raised:
        pipeline.write_docs(checked, out)
    assert str(raised.value).startswith("không dựng được khen-thuong/hong.md từ data/decisions/hong.yaml (")
    assert not out.exists() and not pipeline.staging_for(out).exists()


def test_generate_reports_a_generated_page_linking_nowhere_at_its_data_file(tmp_path: Path):
    checked = pipeline.check(DATA, ROOT)
    _, content = checked.require()
    index = next(i for i, p in enumerate(content.pages) if p.path == "tin-tuc/2024/index.md")
    page = content.pages[index]
    content.pages[index] = Page(page.path, page.meta, page.body + '<a href="../khong-co/">x</a>', page.source)
    out = tmp_path / "docs"
    with pytest.raises(pipeline.SiteCheckError) as raised:
        pipeline.write_docs(checked, out)
    assert str(raised.value) == "Trang tạo ra có 1 liên kết hỏng; không xuất bản."
    assert raised.value.details == [
        f"{page.source}:1:1: lỗi: trang tin-tuc/2024/ dẫn tới 'tin-tuc/khong-co/' nhưng trang này không được tạo; "
        "đây là lỗi của chương trình với dữ liệu này, hãy báo nhóm phát triển"
    ]
    assert not out.exists() and not pipeline.staging_for(out).exists()


def _with_markdown_looking_names(data: Path) -> None:
    path = data / DECISION_YAML
    edit(path, "  - name: Chi hội Nông dân ấp Thạnh Phú, xã Lộc Thạnh", f"  - name: '{MARKDOWN_NAME}'")
    edit(
        path,
        "    position: Hội viên\n    locality: xã Bom Bo",
        f"    position: '{MARKDOWN_POSITION}'\n    locality: xã Bom Bo",
    )


def _compact_body(body: str) -> str:
    """A page body as the hook writes it inside the page (bulletin.pages.htmlmin)."""
    page = htmlmin.compact(f"<!DOCTYPE html><html><head></head><body>{body}</body></html>")
    return page.removeprefix("<!DOCTYPE html><html><head></head><body>").removesuffix("</body></html>")


def test_the_build_puts_generated_bodies_into_pages_exactly_as_made(data_copy: Path, tmp_path: Path):
    """Markdown never parses a generated page: text that looks like Markdown stays text, and
    every generated page's HTML is its body exactly as the templates made it."""
    _with_markdown_looking_names(data_copy)
    site = tmp_path / "site"
    result = mkdocs_build(site, data=data_copy)
    assert result.returncode == 0, result.output
    checked = pipeline.check(data_copy, ROOT)
    _, content = checked.require()
    for page in content.pages:
        built = (site / urls.site_path(page.path) / "index.html").read_text(encoding="utf-8")
        # As the hook writes every page: without the whitespace a browser does not show.
        assert _compact_body(page.body.strip()) in built, page.path
    decision = (site / urls.site_path(DECISION_PAGE) / "index.html").read_text(encoding="utf-8")
    assert "<strong>Chi hội *Nông dân* ấp 1. Thạnh Phú, xã Lộc Thạnh</strong>" in decision
    assert "1. Hội viên *tổ* _2_ `ấp` [Bắc](x) &lt;b&gt;" in decision
    assert "<em>" not in decision and "<code>" not in decision


def test_generate_writes_whole_markdown_documents(data_copy: Path, tmp_path: Path):
    """`bulletin generate` output stays Markdown any engine builds: front matter, then the body."""
    _with_markdown_looking_names(data_copy)
    docs = tmp_path / "docs"
    result = bulletin("generate", str(docs), "--data", str(data_copy))
    assert result.returncode == 0, result.output
    text = (docs / DECISION_PAGE).read_text(encoding="utf-8")
    planned = next(p for p in pipeline.check(data_copy, ROOT).require()[1].pages if p.path == DECISION_PAGE)
    assert yaml.safe_load(front_of(text)) == planned.meta
    assert text.split("\n---\n", 1)[1] == "\n" + planned.body.strip() + "\n"
    assert "<strong>Chi hội *Nông dân* ấp 1. Thạnh Phú, xã Lộc Thạnh</strong>" in text
