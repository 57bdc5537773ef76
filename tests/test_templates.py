"""Page bodies from autoescaping templates: values from data are text, links are final,
the Markdown page is front matter plus one raw HTML block."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import jinja2
import markdown
import pytest

from bulletin.data import documents as d
from bulletin.model.load import load
from bulletin.pages import parts
from bulletin.pages.decision import decision_page
from bulletin.pages.page import Page
from bulletin.pages.render import ENV, render
from conftest import edit

TEMPLATES = Path(__file__).resolve().parent.parent / "src/bulletin/pages/templates"
SCRIPT = "<script>alert(1)</script>"
BREAKOUT = '"><img src=x onerror=alert(1)>'


class Elements(HTMLParser):
    """Every element with its attributes, and the text, as a browser's parser sees them."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)

    @property
    def tags(self) -> list[str]:
        return [tag for tag, _ in self.elements]


def figure(caption: str, alt: str) -> d.Figure:
    return d.Figure(id="anh", image="media/2024/anh.svg", caption=caption, alt=alt)


def test_values_from_data_render_as_text_in_elements_and_attributes():
    html = render(
        "figure.html",
        figure=figure(SCRIPT, BREAKOUT),
        caption=SCRIPT,
        picture=parts.Picture("anh.svg", 1200, 675),
        credit=None,
    )
    found = Elements(html)
    assert found.tags == ["figure", "a", "img", "figcaption"]
    img = dict(found.elements)["img"]
    assert img["alt"] == BREAKOUT and "onerror" not in img
    assert (img["width"], img["height"], img["loading"]) == ("1200", "675", "lazy")
    assert SCRIPT in "".join(found.text)
    assert "&lt;script&gt;" in html and "<script" not in html


def test_a_misspelt_or_missing_name_fails_instead_of_printing_nothing():
    with pytest.raises(jinja2.UndefinedError):
        render("figure.html", figure=figure("Chú thích", "Ảnh"))  # no picture
    with pytest.raises(jinja2.UndefinedError):
        ENV.from_string("{{ figure.captoin }}").render(figure=figure("Chú thích", "Ảnh"))


def test_every_template_escapes_and_none_marks_data_safe():
    names = ENV.list_templates()
    assert {"layout.html", "macros.html", "article.html", "decision.html", "roll.html"} <= set(names)
    for name in names:
        source = (TEMPLATES / name).read_text(encoding="utf-8")
        assert "|safe" not in source.replace(" ", "") and "autoescape" not in source, name
        assert "markdown=" not in source, name  # md_in_html would parse the element as Markdown


@pytest.mark.parametrize(
    "page,target,expected",
    [
        ("tin-tuc/2024/06/x.md", "khen-thuong/2024/y.md", "../../../../khen-thuong/2024/y/"),
        (
            "tin-tuc/2024/06/x.md",
            "khen-thuong/2024/y.md#nguyen-van-an",
            "../../../../khen-thuong/2024/y/#nguyen-van-an",
        ),
        ("tin-tuc/2024/06/x.md", "media/2024/a.svg", "../../../../media/2024/a.svg"),
        ("tin-tuc/2024/06/x.md", "du-lieu/tat-ca.csv", "../../../../du-lieu/tat-ca.csv"),
        ("tin-tuc/2024/06/x.md", "tin-tuc/2024/06/index.md", "../"),
        ("tin-tuc/2024/06/x.md", "tin-tuc/2024/06/z.md", "../z/"),
        ("tin-tuc/2024/06/x.md", "tin-tuc/2024/06/x.md#so-lieu", "#so-lieu"),
        ("tin-tuc/2024/06/x.md", "index.md", "../../../../"),
        ("index.md", "tin-tuc/trang-2.md", "tin-tuc/trang-2/"),
        ("index.md", "index.md", "./"),
        ("index.md", "media/2024/a.svg", "media/2024/a.svg"),
        ("tin-tuc/index.md", "tin-tuc/2024/index.md", "2024/"),
        ("tin-tuc/trang-2.md", "tin-tuc/index.md", "../"),
        ("tin-tuc/trang-2.md", "tin-tuc/trang-3.md", "../trang-3/"),
        ("thong-ke/chung/2023.md", "thong-ke/chung/2023-buoi.svg", "../2023-buoi.svg"),
        ("vinh-danh/nam/2024/index.md", "vinh-danh/nam/2024/trang-2.md", "trang-2/"),
    ],
)
def test_href_is_the_final_page_relative_url(page: str, target: str, expected: str):
    assert Page(page, {}, "").href(target) == expected


def test_href_site_maps_site_root_links():
    page = Page("tin-tuc/2024/06/x.md", {}, "")
    assert page.href_site("/khen-thuong/2024/y/#an") == "../../../../khen-thuong/2024/y/#an"
    assert page.href_site("/tin-tuc/2024/06/x/") == "./"
    assert page.href_site("/") == "../../../../"


def test_the_page_is_front_matter_and_one_raw_block_any_markdown_engine_passes_through():
    caption = "*không* nghiêng [liên kết](x.md)"
    body = render(
        "figure.html", figure=figure(caption, "Ảnh"), caption=caption, picture=parts.Picture("anh.svg"), credit=None
    )
    page = Page(
        "tin-tuc/2024/06/x.md",
        {"title": 'Tiêu đề <b>"đúng nguyên văn"</b>'},
        f'<div class="bulletin-page">\n{body}\n</div>',
    )
    text = page.text()
    front, content = text.removeprefix("---\n").split("---\n\n", 1)
    assert "Tiêu đề <b>" in front  # the editor's text exactly, escaped by whoever prints it
    converted = markdown.markdown(content, extensions=["md_in_html", "attr_list", "tables", "toc", "admonition"])
    assert converted == content.strip()


def test_a_hostile_recipient_name_is_text_on_the_decision_page(data_copy: Path):
    decision = data_copy / "decisions/2024/hoi-ccb-tinh-bang-khen-antq-2024.yaml"
    edit(decision, "name: Đoàn Văn Chiến", f'name: "{SCRIPT} Đoàn Văn Chiến"')
    edit(decision, "position: Hội viên\n", "position: '\"><img src=x onerror=alert(1)>'\n")
    bulletin = load(data_copy).require()
    page = decision_page(bulletin, bulletin.decisions["hoi-ccb-tinh-bang-khen-antq-2024"])
    found = Elements(page.body)
    assert "script" not in found.tags and "img" not in found.tags
    assert not [a for _, a in found.elements if any(k.startswith("on") for k in a)]
    text = "".join(found.text)
    assert f"{SCRIPT} Đoàn Văn Chiến" in text and BREAKOUT in text
    anchors = [a["id"] for tag, a in found.elements if tag == "li" and "id" in a]
    assert len(anchors) == 8 and "script-alert-1-script-doan-van-chien" in anchors


def test_conservation_reads_the_html_whatever_its_formatting(tmp_path: Path):
    from bulletin.pages import conservation

    page = tmp_path / "index.html"
    page.write_text(
        "<ol><LI class=x ID='an'>An</LI><li id=binh>Bình<li>không mã</ol>"
        "<ul><li class=\"the\" data-stat='2023/chung/buoi'>\n<a href=#><strong>1.200&#32;buổi</strong> <strong>x</strong></a>"
        '<li data-stat="2023/chung/luot"><strong>g&#7847;n 6.000</strong></ul>',
        encoding="utf-8",
    )
    found = conservation.read(page)
    assert found.ids == ["an", "binh"]
    assert dict(found.stats) == {"2023/chung/buoi": ["1.200 buổi"], "2023/chung/luot": ["gần 6.000"]}


def _counted(collectives: int | None, individuals: int | None, published: bool = False):
    from types import SimpleNamespace

    return SimpleNamespace(collective_count=collectives, individual_count=individuals, published=published)


def test_count_phrases_never_show_a_zero_that_is_only_unknown():
    from bulletin.model import tally

    assert tally.counts_phrase(9, 15) == "9 tập thể, 15 cá nhân"
    assert tally.counts_phrase(0, 9) == "9 cá nhân"
    assert tally.counts_phrase(None, 9) == "9 cá nhân"
    assert tally.counts_phrase(None, None) is None
    assert tally.counts_phrase(0, None) is None
    assert tally.counts_phrase(1200, 0) == "1.200 tập thể"
    assert tally.decision_counts(_counted(9, 15, published=True)) == "9 tập thể, 15 cá nhân"
    assert tally.decision_counts(_counted(None, 9)) == "9 cá nhân (chưa công bố danh sách)"
    assert tally.decision_counts(_counted(None, None)) == "chưa công bố danh sách và số lượng"
    assert tally.unknown_kinds(_counted(None, 9)) == "tập thể"
    assert tally.unknown_kinds(_counted(None, None)) is None
    assert tally.period_phrase("2019") == tally.period_phrase("2019-2019") == "năm 2019"
    assert tally.period_phrase("2019-2024") == "giai đoạn 2019 – 2024"


def test_totals_add_what_is_known_and_say_what_is_not():
    """Never "ít nhất 24 tập thể, cá nhân; 2 quyết định không công bố số lượng": a reader cannot
    tell what the bound is of. What the counted decisions give, and how many gave nothing."""
    from bulletin.model import tally

    complete = tally.tally([_counted(9, 15, True), _counted(3, 5, True)])
    assert complete.sentence() == "32 tập thể, cá nhân được khen thưởng (12 tập thể, 20 cá nhân)"
    assert tally.tally([_counted(0, 9, True), _counted(0, 6)]).sentence() == "15 cá nhân được khen thưởng"
    some = tally.tally([_counted(9, 15, True), _counted(None, None), _counted(None, None)])
    assert some.sentence() == "1 quyết định khen thưởng 9 tập thể, 15 cá nhân; 2 quyết định không nêu số lượng"
    partial = tally.tally([_counted(9, 15, True), _counted(None, 9)])
    assert partial.sentence() == "2 quyết định khen thưởng 9 tập thể, 24 cá nhân (1 quyết định không nêu số tập thể)"
    assert (partial.missing_collectives, partial.missing_individuals) == (1, 0)
    both = tally.tally([_counted(None, 9), _counted(4, None), _counted(None, None)])
    assert both.sentence() == (
        "2 quyết định khen thưởng 4 tập thể, 9 cá nhân (2 quyết định không nêu số tập thể hoặc cá nhân); "
        "1 quyết định không nêu số lượng"
    )
    nothing = tally.tally([_counted(None, None)])
    assert nothing.total() is None and nothing.sentence() == "1 quyết định không nêu số lượng"


def _decision(collectives, individuals, *, name="Giấy khen", family="khen-thuong", recipients=None, head="Giám đốc"):
    from types import SimpleNamespace

    form = SimpleNamespace(name=name, family=family, recipients=recipients)
    issuer = SimpleNamespace(head=head, name="Công an tỉnh X")
    return SimpleNamespace(
        collective_count=collectives,
        individual_count=individuals,
        published=False,
        form=form,
        kind=None,
        award_name=name,
        office=f"{head} {issuer.name}" if head else issuer.name,
    )


def test_a_decision_reads_as_the_press_reports_it():
    """Article totals when only some decisions gave counts: each decision in one clause."""
    from bulletin.model import tally

    assert tally.gave(_decision(1, 0)) == "Giám đốc Công an tỉnh X tặng Giấy khen cho 1 tập thể"
    assert tally.gave(_decision(None, None)) == (
        "Giám đốc Công an tỉnh X tặng Giấy khen cho các tập thể, cá nhân (không nêu số lượng)"
    )
    assert (
        tally.gave(_decision(None, 9)) == "Giám đốc Công an tỉnh X tặng Giấy khen cho 9 cá nhân (không nêu số tập thể)"
    )
    flag = _decision(None, None, name="Cờ thi đua", family="danh-hieu-thi-dua", recipients=["collectives"], head=None)
    assert tally.gave(flag) == "Công an tỉnh X tặng Cờ thi đua cho các tập thể (không nêu số lượng)"
    title = _decision(0, 3, name="Chiến sĩ thi đua cơ sở", family="danh-hieu-thi-dua", recipients=["individuals"])
    assert tally.gave(title) == "Giám đốc Công an tỉnh X tặng danh hiệu Chiến sĩ thi đua cơ sở cho 3 cá nhân"


def test_a_collective_s_place_is_not_said_twice_and_levels_read_inside_a_sentence():
    from types import SimpleNamespace

    from bulletin.pages import recipients
    from bulletin.vietnamese.text import place_beyond as beyond

    assert beyond("Tổ bảo vệ an ninh, trật tự ở cơ sở thôn 3, xã Y", "thôn 3, xã Y, tỉnh X") == "tỉnh X"
    assert (
        beyond("Nhân dân và cán bộ xã Tú An", "xã Tú An, thị xã An Khê, tỉnh Gia Lai") == "thị xã An Khê, tỉnh Gia Lai"
    )
    assert beyond("Công an xã A, huyện X", "xã A, huyện X") is None
    # A word inside another is not the place: "xã Y" is not in "xã Yên".
    assert beyond("Hội Nông dân xã Yên", "xã Y, huyện X") == "xã Y, huyện X"
    # Only leading parts go: the place still reads from the smallest up.
    assert beyond("Đội 2, huyện X", "xã A, huyện X") == "xã A, huyện X"
    assert beyond("Hội Nông dân", None) is None
    assert recipients.level_name(SimpleNamespace(name="Cấp tỉnh")) == "cấp tỉnh"
    assert recipients.level_name(SimpleNamespace(name="Trung ương")) == "Trung ương"


def test_an_issuer_s_level_is_said_only_when_its_office_does_not_say_it():
    from types import SimpleNamespace

    from bulletin.pages.recipients import issuer_level

    def level(office: str, name: str | None) -> str | None:
        return issuer_level(SimpleNamespace(office=office, level=SimpleNamespace(name=name) if name else None))

    assert level("Giám đốc Công an tỉnh", "Cấp tỉnh") is None  # not "Công an tỉnh (cấp tỉnh)"
    assert level("Chủ tịch Ủy ban nhân dân xã Y", "Cấp xã") is None
    assert level("Chủ tịch Ủy ban nhân dân phường An Khê", "Cấp xã") == "cấp xã"
    assert level("Chủ tịch Ủy ban nhân dân thị xã An Khê", "Cấp huyện") == "cấp huyện"
    assert level("Bộ trưởng Bộ Công an", "Trung ương") == "Trung ương"
    # An office that does not name its level keeps it: a department of the province.
    assert level("Giám đốc Sở Nội vụ", "Cấp tỉnh") == "cấp tỉnh"
    assert level("Ban Thường vụ Tỉnh ủy", "Cấp tỉnh") is None
    assert level("Giám đốc Công an tỉnh", None) is None


def test_a_campaign_reads_inside_a_sentence_and_lines_say_only_what_there_is():
    from types import SimpleNamespace

    from bulletin.pages.entities import involvement
    from bulletin.pages.recipients import in_sentence
    from bulletin.pages.rolls import roll_description

    assert in_sentence("Phong trào toàn dân bảo vệ an ninh Tổ quốc") == "phong trào toàn dân bảo vệ an ninh Tổ quốc"
    assert in_sentence("Ngày hội toàn dân bảo vệ an ninh Tổ quốc") == "Ngày hội toàn dân bảo vệ an ninh Tổ quốc"
    assert involvement(0, 0) == "chưa có bài viết, quyết định"
    assert involvement(1, 0, organised=1) == "1 bài viết; tổ chức 1 lễ trao khen thưởng"
    assert involvement(2, 1, presented=3, received=1) == (
        "2 bài viết, 1 quyết định khen thưởng; trao khen thưởng theo 3 quyết định; được khen thưởng theo 1 quyết định"
    )
    assert roll_description(SimpleNamespace(title="Khen thưởng năm 2025", count=4)) == "4 lượt khen thưởng năm 2025"
    assert roll_description(SimpleNamespace(title="Bằng khen", count=1049)) == "Bằng khen: 1.049 lượt khen thưởng"


def test_a_profile_says_how_many_times_and_in_which_order_only_when_there_is_an_order():
    from types import SimpleNamespace

    def said(n: int) -> str:
        award = SimpleNamespace(is_individual=False, recipient=SimpleNamespace(name="Công an xã A", locality=None))
        link = SimpleNamespace(line=lambda award: SimpleNamespace(href="#", decision="Giấy khen", revoked=""))
        bulletin = SimpleNamespace(sample_notice=None)
        html = render("profile.html", name="Công an xã A", awards=[award] * n, bulletin=bulletin, notices=[], link=link)
        return "".join(Elements(html).text)

    assert "Được khen thưởng 1 lần:" in said(1) and "xếp trước" not in said(1)
    assert "Được khen thưởng 2 lần, lần gần nhất xếp trước:" in said(2)
