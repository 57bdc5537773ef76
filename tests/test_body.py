"""Article bodies (bulletin.model.body and body_checks; bulletin.pages.body renders them): attacks
are located errors and render inert; Markdown still works."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from bulletin.model import body, body_checks
from bulletin.pages.body import render as render_body

VALUES = {"awards.total": "72", "campaign.name": "<b>ANTQ</b>", "decision.qd-1.total": "1.234"}
FIGURE_HTML = '<figure class="bulletin-figure"><img src="/media/a.jpg" alt="Ảnh"></figure>'


def render(text: str, figures: dict[str, str] | None = None) -> str:
    return render_body(
        text,
        value=VALUES.__getitem__,
        figure=(figures or {"a": FIGURE_HTML}).__getitem__,
        link=lambda target: "../.." + target,
    )


def browser_url(value: str) -> str:
    """What a browser would follow (written here independently of the module under test)."""
    value = value.replace("\t", "").replace("\n", "").replace("\r", "")
    return value.strip("".join(map(chr, range(0x21))))


ALLOWED_HREF = ("http://", "https://", "mailto:", "tel:", "#", "../../")


def assert_inert(output: str) -> None:
    soup = BeautifulSoup(output, "html.parser")  # decodes character references in attributes
    for el in soup.find_all(True):
        assert el.name not in {"script", "iframe", "img", "object", "embed", "svg", "style"}, output
        for name, value in el.attrs.items():
            assert not name.lower().startswith("on"), output
            assert name in {"href", "title"}, output
            if name == "href":
                url = browser_url(value)
                assert not url.lower().startswith(("javascript:", "data:", "vbscript:", "file:", "//")), output
                assert url.startswith(ALLOWED_HREF), output


def issues(text: str, figures: set[str] = frozenset({"a"})) -> list[tuple[str, int]]:
    return [(i.code, i.offset) for i in body_checks.check(text, figures=set(figures)) if i.error]


# Each attack: the body, the error code, the text at whose start the error is located.
ATTACKS = [
    ("[x](javascript:alert(1))", "unsafe-link", "javascript:"),
    ("[x]( JAVA&#83;CRIPT:alert(1))", "unsafe-link", "JAVA&#83;"),
    ("[x](&#x6A;avascript:alert(1))", "unsafe-link", "&#x6A;"),
    ("[x](java\tscript:alert(1))", "unsafe-link", "java\t"),
    ("[x](java\nscript:alert(1))", "unsafe-link", "java\n"),
    ("[x](<javascript:alert(1)>)", "unsafe-link", "javascript:"),
    ("Xem [a [b] c](javascript:alert(1)) nhé", "unsafe-link", "javascript:"),
    ("- mục\n\n    [r]: javascript:alert(1)\n\n[x][r]", "unsafe-link", "javascript:"),
    ("- [r]: javascript:alert(1)\n\n[x][r]", "unsafe-link", "javascript:"),
    ("> [r]: javascript:alert(1)\n\n[x][r]", "unsafe-link", "javascript:"),
    ("![a](javascript:alert(1))", "body-image", "![a]"),
    ("Ảnh: ![a](https://example.org/a.png)", "body-image", "![a]"),
    ("[![a](x.png)](javascript:alert(1))", "unsafe-link", "javascript:"),
    ("[![a](x.png)](javascript:alert(1))", "body-image", "![a]"),
    ("Bấm <javascript:alert(1)>", "unsafe-link", "javascript:"),
    ("[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)", "unsafe-link", "data:"),
    ("[x](//evil.example/)", "relative-link", "//evil"),
    ("[x](/\\evil.example/)", "relative-link", "/\\evil"),
    ("[x](vbscript:msgbox(1))", "unsafe-link", "vbscript:"),
    ("[x](file:///etc/passwd)", "unsafe-link", "file:"),
    ("[x](ftp://example.org/a)", "unsafe-link", "ftp:"),
    ("[x](trang.md)", "relative-link", "trang.md"),
    ("[x](../x/)", "relative-link", "../x/"),
    ("[x]()", "empty-link", "x]"),
    ("[x](http:/evil.example)", "bad-link", "http:/"),
    ("Câu có {{ figure.a }} ở giữa.", "figure-inline", "{{ figure.a }}"),
    ("# Tiêu đề {{ figure.a }}", "figure-inline", "{{ figure.a }}"),
    ("- {{ figure.a }}", "figure-inline", "{{ figure.a }}"),
    ("[{{ figure.a }}](https://example.org/)", "figure-inline", "{{ figure.a }}"),
    ("{{ figure.a }}\n{{ awards.total }}", "figure-inline", "{{ figure.a }}"),
    ("[x](https://example.org/{{ campaign.name }})", "placeholder-in-link", "{{ campaign.name }}"),
    ('[x](https://example.org/ "{{ awards.total }}")', "placeholder-in-link", "{{ awards.total }}"),
    ("<https://example.org/{{ awards.total }}>", "placeholder-in-link", "{{ awards.total }}"),
]


@pytest.mark.parametrize(("text", "code", "at"), ATTACKS)
def test_attack_is_a_located_error_and_renders_inert(text: str, code: str, at: str) -> None:
    assert (code, text.index(at)) in issues(text)
    assert_inert(render(text))


def test_offsets_are_exact() -> None:
    assert issues("Xem [trang](javascript:alert(1)) nhé") == [("unsafe-link", 12)]
    assert issues("Đoạn một.\n\nCâu có {{ figure.a }} ở giữa.") == [("figure-inline", 18)]
    assert issues("> [r]: javascript:alert(1)\n\n[x][r]") == [("unsafe-link", 7)]
    assert issues("Ảnh: ![a](https://example.org/a.png)") == [("body-image", 5)]
    # The same target twice: each occurrence at its own place.
    assert issues("[a](vbscript:x) và [b](vbscript:x)") == [("unsafe-link", 4), ("unsafe-link", 23)]


def test_every_problem_at_once_in_order() -> None:
    text = "[a](javascript:x)\n\n![b](c.png)\n\nCâu {{ figure.a }}.\n\n[d](trang.md)"
    assert issues(text) == [
        ("unsafe-link", 4),
        ("body-image", 19),
        ("figure-inline", 36),
        ("relative-link", 57),
    ]


def test_messages_say_what_to_write_instead() -> None:
    def message(text: str) -> str:
        (issue,) = body_checks.check(text, figures={"a"})
        return issue.message

    assert message("[x]( JAVA&#83;CRIPT:alert(1))") == (
        "Liên kết 'JAVA&#83;CRIPT:alert(1)' dùng kiểu địa chỉ 'javascript:', không được phép trong bài viết. "
        "Chỉ dùng địa chỉ bắt đầu bằng https:// (hoặc http://), mailto:, tel:, hoặc địa chỉ một trang "
        "của trang tin viết từ gốc, ví dụ /khen-thuong/2024/ten-quyet-dinh/."
    )
    assert message("[x](//evil.example/a)") == (
        "Liên kết '//evil.example/a' thiếu 'https:' ở đầu: viết đầy đủ, ví dụ https://evil.example/a"
    )
    assert message("[x](trang.md)") == (
        "Liên kết 'trang.md' là địa chỉ tương đối, không dùng được trong bài viết: viết địa chỉ trang "
        "từ gốc của trang tin, bắt đầu bằng '/', ví dụ /khen-thuong/2024/ten-quyet-dinh/ "
        "hoặc /tin-tuc/2024/06/ten-bai-viet/"
    )
    assert message("![a](https://example.org/a.png)") == (
        "Không đặt ảnh trực tiếp trong bài viết ('https://example.org/a.png'): khai báo ảnh trong danh sách "
        "figures của bài (image, caption, alt) rồi viết {{ figure.<mã ảnh> }} trên một dòng riêng "
        "ở chỗ muốn đặt ảnh."
    )
    assert message("Câu {{figure.a}} ở giữa.") == (
        "Ảnh {{figure.a}} phải đứng riêng một đoạn: viết nó trên một dòng riêng, có một dòng trống "
        "ở trước và ở sau (không viết chung với câu chữ, tiêu đề, danh sách hay liên kết)."
    )
    assert message("[x](/tin-tuc/{{ awards.total }}/)") == (
        "Không đặt {{ awards.total }} trong địa chỉ hay tiêu đề của liên kết: địa chỉ phải viết đầy đủ; "
        "số liệu và ảnh chỉ đặt trong phần chữ của bài."
    )


def test_raw_html_is_text_with_a_located_warning() -> None:
    text = "Chữ <b>đậm</b> và <img src=x onerror=alert(1)> <iframe src=//evil.example>"
    found = body_checks.check(text, figures=set())
    assert [(i.code, i.offset, i.error) for i in found] == [
        ("raw-html", 4, False),
        ("raw-html", 18, False),
        ("raw-html", 47, False),
    ]
    assert found[0].message == (
        "Thẻ HTML '<b>' sẽ hiện nguyên văn thành chữ trên trang, không có tác dụng: bài viết chỉ dùng "
        "cú pháp Markdown, ví dụ **chữ đậm**, *chữ nghiêng*, [chữ](https://…)."
    )
    assert "figures" in found[1].message and "không thành ảnh" in found[1].message
    out = render(text)
    assert_inert(out)
    assert (
        BeautifulSoup(out, "html.parser").get_text()
        == "Chữ <b>đậm</b> và <img src=x onerror=alert(1)> <iframe src=//evil.example>"
    )


def test_script_typed_in_a_body_is_visible_text() -> None:
    out = render("<script>alert(1)</script>")
    assert out == "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"


def test_attribute_list_stays_text() -> None:
    text = 'Đoạn văn.\n{ onclick="alert(1)" }\n\n[x](https://example.org/){ onmouseover="alert(1)" }'
    assert issues(text) == []
    out = render(text)
    assert_inert(out)
    assert 'onclick="alert(1)"' in BeautifulSoup(out, "html.parser").get_text()


def test_code_span_is_code_not_a_link() -> None:
    text = "Viết `[x](javascript:alert(1))` hoặc `<b>`."
    assert body_checks.check(text, figures=set()) == []
    soup = BeautifulSoup(render(text), "html.parser")
    assert soup.find("a") is None
    assert [c.get_text() for c in soup.find_all("code")] == ["[x](javascript:alert(1))", "<b>"]


def test_forged_token_stays_text(monkeypatch: pytest.MonkeyPatch) -> None:
    # Even an editor who guesses the nonce cannot forge a token: a nonce found in the text is redrawn.
    draws = iter(["a" * 16, "b" * 16])
    monkeypatch.setattr(body.secrets, "token_hex", lambda n: next(draws))
    forged = "ph" + "a" * 16 + "x0x"
    asked: list[str] = []

    def value(name: str) -> str:
        asked.append(name)
        return VALUES[name]

    out = render_body(f"{forged} và {{{{ awards.total }}}}", value=value, figure=lambda i: "FIGURE", link=str)
    assert out == f"<p>{forged} và 72</p>"
    assert asked == ["awards.total"]


def test_forged_figure_marker_stays_text() -> None:
    called: list[str] = []
    text = '<bulletin-figure ref="0"></bulletin-figure>\n\n{{ figure.a }}'
    out = render_body(text, value=str, figure=lambda i: called.append(i) or FIGURE_HTML, link=str)
    assert called == ["a"]
    assert out.startswith('<p>&lt;bulletin-figure ref="0"&gt;&lt;/bulletin-figure&gt;</p>')
    assert out.count("<figure") == 1


def test_allowed_links_render_with_their_href() -> None:
    text = (
        "[a](http://example.org/a) [b](HTTPS://example.org/b?x=1&amp;y=2) [c](mailto:toa-soan@example.org) "
        "[d](tel:+84-123) [e](#so-lieu) [f](/tin-tuc/2024/06/bai-viet/#anh) <https://example.org/c> "
        '[g](https://example.org/g "Tiêu đề") [h]\n\n[h]: /khen-thuong/2024/qd-1/'
    )
    assert body_checks.check(text, figures=set()) == []
    soup = BeautifulSoup(render(text), "html.parser")
    assert [(a.get_text(), a["href"]) for a in soup.find_all("a")] == [
        ("a", "http://example.org/a"),
        ("b", "HTTPS://example.org/b?x=1&y=2"),
        ("c", "mailto:toa-soan@example.org"),
        ("d", "tel:+84-123"),
        ("e", "#so-lieu"),
        ("f", "../../tin-tuc/2024/06/bai-viet/#anh"),
        ("https://example.org/c", "https://example.org/c"),
        ("g", "https://example.org/g"),
        ("h", "../../khen-thuong/2024/qd-1/"),
    ]
    assert soup.find_all("a")[7]["title"] == "Tiêu đề"


def test_mailto_autolink() -> None:
    text = "Liên hệ <toa-soan@example.org> hoặc <mailto:ban-bien-tap@example.org>"
    assert body_checks.check(text, figures=set()) == []
    soup = BeautifulSoup(render(text), "html.parser")
    assert [(a.get_text(), a["href"]) for a in soup.find_all("a")] == [
        ("toa-soan@example.org", "mailto:toa-soan@example.org"),
        ("ban-bien-tap@example.org", "mailto:ban-bien-tap@example.org"),
    ]


def test_internal_links_with_offsets() -> None:
    text = "Xem [bài](/tin-tuc/2024/06/bai-viet/) và [quyết định][q], [ngoài](https://example.org/).\n\n[q]: /khen-thuong/2024/qd-1/#danh-sach"
    assert body_checks.internal_links(text) == [
        ("/tin-tuc/2024/06/bai-viet/", 10),
        ("/khen-thuong/2024/qd-1/#danh-sach", text.index("/khen-thuong")),
    ]


def test_render_alone_drops_refused_targets() -> None:
    # Defence in depth: without check(), refused links lose their href and images their element.
    text = "[a](javascript:x) [b](https://example.org/) ![c](https://example.org/c.png) [d]({{ awards.total }})"
    soup = BeautifulSoup(render(text), "html.parser")
    assert [a.attrs for a in soup.find_all("a")] == [{}, {"href": "https://example.org/"}, {}]
    assert soup.get_text() == "a b c d"


def test_placeholders_render_escaped() -> None:
    text = "**{{ awards.total }}** tập thể trong {{ campaign.name }} (`{{ decision.qd-1.total }}`)"
    out = render(text)
    soup = BeautifulSoup(out, "html.parser")
    assert soup.find("b") is None
    assert soup.get_text() == "72 tập thể trong <b>ANTQ</b> (1.234)"
    assert soup.find("strong").get_text() == "72"


def test_values_mean_themselves() -> None:
    out = render_body(
        "{{ campaign.name }}", value=lambda n: "R&amp;D &#60;x&#62; \x02wzxhzdk:0\x03", figure=str, link=str
    )
    assert BeautifulSoup(out, "html.parser").get_text() == "R&amp;D &#60;x&#62;  wzxhzdk:0 "


def test_figure_paragraph_becomes_the_figure() -> None:
    text = "Đoạn đầu.\n\n{{ figure.a }}\n\n> {{ figure.b }}\n\nĐoạn cuối {{ awards.total }}."
    assert body_checks.check(text, figures={"a", "b"}) == []
    out = render(text, {"a": FIGURE_HTML, "b": "<figure>B</figure>"})
    assert out == (
        "<p>Đoạn đầu.</p>\n" + FIGURE_HTML + "\n<blockquote>\n<figure>B</figure>\n</blockquote>\n<p>Đoạn cuối 72.</p>"
    )


def test_unknown_figure_is_left_to_the_resolver() -> None:
    # bulletin.model.article_values reports the unknown name; reporting it here too would say it twice.
    assert issues("Câu {{ figure.khong-co }} ở giữa.", figures={"a"}) == []


def test_markdown_still_works() -> None:
    text = (
        "## Kết quả\n\nCông an tỉnh &amp; Hội Nông dân: **đậm**, *nghiêng*, a & b.\n\n"
        "- một\n- hai\n\nRồi:\n\n1. thứ nhất\n2. thứ hai\n\n> trích dẫn"
    )
    assert body_checks.check(text, figures=set()) == []
    soup = BeautifulSoup(render(text), "html.parser")
    assert soup.find("h2").get_text() == "Kết quả"
    assert soup.find("p").get_text() == "Công an tỉnh & Hội Nông dân: đậm, nghiêng, a & b."
    assert soup.find("strong").get_text() == "đậm" and soup.find("em").get_text() == "nghiêng"
    assert [li.get_text() for li in soup.select("ul li")] == ["một", "hai"]
    assert [li.get_text() for li in soup.select("ol li")] == ["thứ nhất", "thứ hai"]
    assert soup.find("blockquote").get_text(strip=True) == "trích dẫn"


def test_link_typed_as_autolink_with_other_scheme_is_a_warning() -> None:
    found = body_checks.check("Gọi <tel:18001768>", figures=set())
    assert [(i.code, i.offset, i.error) for i in found] == [("link-as-text", 4, False)]
    assert (
        found[0].message
        == "'<tel:18001768>' sẽ hiện thành chữ, không thành liên kết: viết [chữ hiển thị](tel:18001768)"
    )


@pytest.mark.parametrize(
    "text",
    [
        "[" * 2000 + "x" + "]" * 2000,
        "> " * 200 + "[r]: javascript:x\n\n[a][r]",
        "- " * 300 + "x",
        "{{ a }}" * 2000,
        "\x02\x03" * 10,
    ],
)
def test_never_crashes(text: str) -> None:
    for issue in body_checks.check(text, figures=set()):
        assert 0 <= issue.offset <= len(text)
    assert_inert(render(text.replace("{{ a }}", "{{ awards.total }}")))


def test_a_pipe_table_renders_as_a_table_with_its_cells_as_text():
    text = "| Hội | Số buổi |\n|---|--:|\n| Hội ND <b>tỉnh</b> | {{ awards.total }} |\n"
    assert [i.code for i in body_checks.check(text, figures=set())] == ["raw-html"]
    html = render_body(text, value=lambda name: "72", figure=lambda ident: "", link=lambda url: url)
    assert html.startswith("<table>") and '<td style="text-align: right;">72</td>' in html
    assert "<td>Hội ND &lt;b&gt;tỉnh&lt;/b&gt;</td>" in html


def test_a_body_that_would_make_the_parser_slow_is_refused_before_parsing():
    text = "Mở đầu.\n\nXem " + "[x " * 30_000 + "\n\nKết."  # minutes for the parser; counted, not parsed
    issues = body_checks.check(text, figures=set())
    assert [(i.offset, i.code, i.error) for i in issues] == [(9, "body-brackets", True)]
    assert issues[0].message == (
        "Đoạn văn này có 30000 dấu '[' (tối đa 300); hãy kiểm tra lại các liên kết [chữ](địa chỉ) hoặc chia đoạn."
    )
    long = "a" * 100_001
    assert [(i.offset, i.message) for i in body_checks.check(long, figures=set())] == [
        (100_000, "Bài viết dài 100.001 ký tự, quá giới hạn 100.000; hãy chia thành nhiều bài.")
    ]


@pytest.mark.parametrize("text", ["[tin](https://bantin.example.vn@evil.example/)", "[tin](https://аррӏе.com/)"])
def test_a_link_that_hides_where_it_goes_is_refused(text: str):
    issues = body_checks.check(text, figures=set())
    assert [(i.offset, i.code, i.error) for i in issues] == [(6, "deceptive-link", True)]
    assert "tên miền" in issues[0].message
    assert "href" not in render_body(text, value=str, figure=str, link=str)
