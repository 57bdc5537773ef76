"""Nothing in the data runs in a reader's browser; the pages forbid what they do not need;
a failed build publishes nothing; a build that lost an entry fails."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from conftest import ARTICLE_URL, ARTICLE_YAML, edit, mkdocs_build, soup

ATTACKS = {
    "script": "<script>window.__pwned = 'script'; alert(1)</script>",
    "img": "<img src=x onerror=\"window.__pwned = 'img'\">",
    "svg": "<svg onload=\"window.__pwned='svg'\">",
    "quote": "\"><script>window.__pwned='quote'</script>",
}


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory):
    """The sample data with hostile text in every kind of field an editor fills in."""
    from conftest import DATA

    root = tmp_path_factory.mktemp("hostile")
    data = root / "data"
    shutil.copytree(DATA, data)
    decision = data / "decisions/2024/hoi-ccb-tinh-bang-khen-antq-2024.yaml"
    # JSON strings are valid YAML double-quoted scalars: the attacks arrive intact.
    edit(decision, "name: Đoàn Văn Chiến", f"name: {json.dumps(ATTACKS['script'] + ' Đoàn Văn Chiến')}")
    edit(decision, "position: Hội viên\n", f"position: {json.dumps(ATTACKS['img'])}\n")
    reason = next(line for line in decision.read_text(encoding="utf-8").splitlines() if line.startswith("reason:"))
    edit(decision, reason, f"reason: {json.dumps(ATTACKS['svg'] + ' ' + reason[8:])}")
    article = data / ARTICLE_YAML
    edit(
        article,
        "    caption: Các đại biểu dự hội nghị.",
        f"    caption: {json.dumps(ATTACKS['img'] + ' Các đại biểu dự hội nghị.')}",
    )
    edit(article, "lead: >-\n", "lead: >-\n  " + ATTACKS["quote"] + "\n")
    edit(article, 'title: "', 'title: "<b onmouseover=alert(1)>\\" onfocus=alert(1) x=\\"')
    edit(
        article,
        "  Trong những năm qua,",
        # Script links are refused by validation (tests/test_body.py); code spans keep them as text.
        "  `[Bấm vào đây](javascript:window.__pwned='link')` và [đây](https://example.org/\"onclick=\"alert(1))"
        " { onclick=\"window.__pwned='attr'\" } <iframe src=javascript:alert(1)></iframe>\n\n"
        "  Trong những năm qua,",
    )
    site = root / "site"
    result = mkdocs_build(site, data=data)
    assert result.returncode == 0, result.output
    return site


def test_hostile_text_is_shown_as_text(hostile_site: Path):
    page = soup(hostile_site / ARTICLE_URL)
    text = page.select_one("article").get_text()
    assert ATTACKS["script"] + " Đoàn Văn Chiến" in text
    assert "[Bấm vào đây](javascript:window.__pwned='link')" in text
    assert not page.select(
        "article script, article iframe, article [onerror], article [onload], article [onclick], article [onmouseover]"
    )
    assert not [
        a for a in page.select("a[href]") if a["href"].lower().replace(" ", "").startswith(("javascript:", "data:"))
    ]
    # Front matter keeps the editor's text exactly; where it reaches <head> it stays one attribute value.
    for meta in page.select("meta"):
        assert set(meta.attrs) <= {"name", "property", "content", "http-equiv", "charset"}, meta
    title = page.find("meta", property="og:title")["content"]
    assert title.startswith('<b onmouseover=alert(1)>" onfocus=alert(1) x="72 tập thể')


def test_no_script_runs_and_no_dialog_opens(chromium, hostile_site: Path):
    from browser import serve

    dialogs: list[str] = []
    with serve(hostile_site) as url:
        context = chromium.new_context()
        page = context.new_page()
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        for path in [
            "",
            ARTICLE_URL.removesuffix("index.html"),
            "khen-thuong/2024/hoi-ccb-tinh-bang-khen-antq-2024/",
            "tra-cuu/?q=doan",
            "tim-kiem/?q=alert",
            "vinh-danh/nam/2024/",
        ]:
            page.goto(url + path, wait_until="networkidle")
            page.mouse.move(200, 200)
            assert page.evaluate("window.__pwned") is None, path
        # Search results show the hostile title and caption as text (bulletin-search.js keeps <mark> only).
        page.goto(url + "tim-kiem/?q=pwned")
        title = page.locator(".bulletin-search__title a").first
        assert title.inner_text().startswith('<b onmouseover=alert(1)>" onfocus=alert(1)')
        assert "<img src=x onerror=" in page.locator(".bulletin-search__excerpt").first.inner_text()
        assert page.locator(".bulletin-search__result b, .bulletin-search__result img").count() == 0
        assert page.evaluate("window.__pwned") is None
        page.goto(url + ARTICLE_URL.removesuffix("index.html"))
        page.get_by_text("đây", exact=True).first.click()
        assert page.evaluate("window.__pwned") is None
        context.close()
    assert dialogs == []


def test_main_pages_report_no_content_security_policy_violation(chromium, site_url: str):
    context = chromium.new_context()
    context.add_init_script(
        "window.__violations = [];"
        "document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));"
    )
    page = context.new_page()
    console: list[str] = []
    page.on("console", lambda m: console.append(m.text) if "Content Security Policy" in m.text else None)
    for path in [
        "",
        ARTICLE_URL.removesuffix("index.html"),
        "khen-thuong/2024/ubnd-tinh-bang-khen-antq-2024/",
        "thong-ke/antq-2019-2024/2019-2024/",
        "tra-cuu/",
        "tim-kiem/",
    ]:
        page.goto(site_url + path, wait_until="networkidle")
        assert page.evaluate("window.__violations") == [], path
    # What readers do: search, look up, enlarge a photo.
    page.goto(site_url + "tim-kiem/?q=thiep")
    page.wait_for_selector(".bulletin-search__result")
    page.goto(site_url + "tra-cuu/?q=hoa")
    page.wait_for_selector(".bulletin-lookup__result")
    page.goto(site_url + ARTICLE_URL.removesuffix("index.html"))
    page.locator("figure a.bulletin-zoom").first.click()
    page.locator("dialog.bulletin-lightbox[open]").wait_for()
    page.keyboard.press("Escape")
    assert page.evaluate("window.__violations") == []
    assert console == []
    csp = soup_meta = page.locator('meta[http-equiv="Content-Security-Policy"]').get_attribute("content")
    assert (
        "script-src 'self' 'wasm-unsafe-eval';" in soup_meta
        and "'unsafe-inline'" not in csp.split("script-src")[1].split(";")[0]
    )
    context.close()


def test_a_failed_build_leaves_the_previous_site_untouched(data_copy: Path, tmp_path: Path):
    site = tmp_path / "site"
    assert mkdocs_build(site, data=data_copy).returncode == 0
    (site / "marker.txt").write_text("bản đã xuất bản", encoding="utf-8")
    before = sorted(p.relative_to(site).as_posix() for p in site.rglob("*"))
    # Invalid data: refused before anything is written.
    edit(data_copy / "decisions/2024/hoi-ccb-tinh-bang-khen-antq-2024.yaml", "  individuals: 5", "  individuals: 6")
    assert mkdocs_build(site, data=data_copy).returncode == 1
    assert sorted(p.relative_to(site).as_posix() for p in site.rglob("*")) == before
    # Valid data but a warning in --strict mode, found only after every page was written.
    edit(data_copy / "decisions/2024/hoi-ccb-tinh-bang-khen-antq-2024.yaml", "  individuals: 6", "  individuals: 5")
    edit(
        data_copy / ARTICLE_YAML,
        "  Trong những năm qua,",
        "  Xem [trang cũ](khong-co-trang-nay.md).\n\n  Trong những năm qua,",
    )
    failed = mkdocs_build(site, data=data_copy)
    assert failed.returncode == 1 and "khong-co-trang-nay.md" in failed.output
    assert sorted(p.relative_to(site).as_posix() for p in site.rglob("*")) == before
    assert (site / "marker.txt").read_text(encoding="utf-8") == "bản đã xuất bản"


def test_conservation_check_finds_a_dropped_recipient(built_site: Path, tmp_path: Path):
    from bulletin.model.load import load
    from bulletin.pages import conservation
    from conftest import DATA, ROOT

    bulletin_model = load(DATA, ROOT).require()
    site = tmp_path / "site"
    shutil.copytree(built_site, site)
    assert conservation.check(site, bulletin_model) == []
    page = site / "khen-thuong/2024/hoi-ccb-tinh-bang-khen-antq-2024/index.html"
    html = page.read_text(encoding="utf-8")
    start = html.index('<li id="doan-van-chien">')
    page.write_text(html[:start] + html[html.index("</li>", start) + 5 :], encoding="utf-8")
    article = site / ARTICLE_URL
    article.write_text(
        article.read_text(encoding="utf-8").replace("<strong>6.063</strong>", "<strong>6.036</strong>"),
        encoding="utf-8",
    )
    assert conservation.check(site, bulletin_model) == [
        "khen-thuong/2024/hoi-ccb-tinh-bang-khen-antq-2024/index.html: hiện 7 người, đơn vị nhưng dữ liệu có 8; "
        "thiếu: doan-van-chien (tests/fixtures/data/decisions/2024/hoi-ccb-tinh-bang-khen-antq-2024.yaml)",
        f"{ARTICLE_URL}: thiếu số liệu 2019-2024/hoi-nong-dan-tinh/buoi-tuyen-truyen = 6.063 "
        "(tests/fixtures/data/articles/2024/bieu-duong-dien-hinh-antq-2019-2024.yaml)",
    ]
