"""Pages written without insignificant whitespace (bulletin.pages.htmlmin, the hook's on_post_page):
what a browser shows, and what any parser reads, stays the same."""

from __future__ import annotations

from pathlib import Path

from selectolax.lexbor import LexborHTMLParser

from bulletin.pages.htmlmin import compact

PAGE = (
    '<!doctype html>\n<html lang="vi">\n  <head>\n    <title>Tin &lt;script&gt;alert(1)&lt;/script&gt;</title>\n  </head>\n'
    "  <body>\n    <p>Một   <strong>hai</strong>\n\n     ba\u00a0\u00a0bốn</p>\n"
    '    <a href="?a=1&amp;amp=2" title=\'x "y" &gt;\'>z</a>\n'
    "    <pre>\n\n  mã\n    thụt lề\n</pre>\n    <textarea>\n\n  t  </textarea>\n"
    "    <p><code>a    b</code></p>\n"
    '    <script type="application/json">{"a":   "<\\/b>"}</script>\n'
    '    <svg viewBox="0 0 2 2"><path d="M0 0"/></svg>\n  </body>\n</html>\n'
)


def _read(html: str) -> LexborHTMLParser:
    return LexborHTMLParser(html)


def test_whitespace_runs_become_one_character_and_nothing_else_changes():
    out = compact(PAGE)
    assert "<p>Một <strong>hai</strong>\nba\u00a0\u00a0bốn</p>" in out  # the no-break spaces as characters
    before, after = _read(PAGE), _read(out)
    # Text a reader sees, attribute values, and verbatim content read the same.
    assert [" ".join(p.text().split()) for p in before.css("p")] == [" ".join(p.text().split()) for p in after.css("p")]
    assert (
        after.css_first("a").attributes
        == before.css_first("a").attributes
        == {"href": "?a=1&amp=2", "title": 'x "y" >'}
    )
    for selector in ("pre", "textarea", "code", "script", "title"):
        assert after.css_first(selector).text() == before.css_first(selector).text(), selector
    assert after.css_first("pre").text() == "\n  mã\n    thụt lề\n"
    assert len(out) < len(PAGE)


def test_every_parser_reads_the_same_tags_escaped_text_stays_escaped():
    out = compact(PAGE)
    # Python's html.parser (BeautifulSoup's, the site checks') is not a browser: a title holding
    # "<script>" unescaped would be a script element to it. Attributes stay quoted.
    assert "<title>Tin &lt;script&gt;alert(1)&lt;/script&gt;</title>" in out
    assert '<a href="?a=1&amp;amp=2" title="x &quot;y&quot; &gt;">' in out
    assert [s.get("type") for s in soup_of(out).select("script")] == ["application/json"]


def test_compacting_twice_changes_nothing():
    once = compact(PAGE)
    assert compact(once) == once


def soup_of(html: str):
    from bs4 import BeautifulSoup

    return BeautifulSoup(html, "html.parser")


def test_the_built_site_is_compact(built_site: Path):
    home = (built_site / "index.html").read_text(encoding="utf-8")
    assert "\n\n" not in home and "  <" not in home
