"""Checks on untrusted text, numbers and ids: the detector of personal identifiers, the
terminal-safe rendering of problems, the YAML reader's limits, and the same refusals
through both `bulletin validate` and the MkDocs build (no traceback on either path)."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pydantic
import pytest

from bulletin import urls
from bulletin.data import documents, personal, reporting
from bulletin.data.problems import Location, Problem, Problems, Severity
from bulletin.data.yamlmessages import SYNTAX_HINTS, translate
from bulletin.data.yamlsource import load_yaml
from bulletin.vietnamese.text import escape_hidden, hidden_characters
from conftest import ARTICLE_YAML, bulletin, edit, line_of, mkdocs_build

# -- personal identifiers ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, offset, kind",
    [
        ("Hội viên, ĐT 0912.345.678", 13, personal.PHONE),
        ("0912 345 678", 0, personal.PHONE),
        ("(0271) 3879 123", 0, personal.PHONE),
        ("+84 912 345 678", 0, personal.PHONE),
        ("+84-912-345-678", 0, personal.PHONE),
        ("CCCD 001.234.567.890", 5, personal.ID_CARD),
        ("CCCD 001 234 567 890", 5, personal.ID_CARD),
        ("CMND 145678901", 5, personal.ID_CARD),
        ("hộ chiếu C1234567", 9, personal.PASSPORT),
        ("ông Ba, sinh năm 1980", 8, personal.BIRTH),
        ("sinh ngày 2/3/1980", 0, personal.BIRTH),
        ("Thượng sĩ, SN 1975", 11, personal.BIRTH),
        ("SN: 1975", 0, personal.BIRTH),
        ("ba.tran@example.vn", 0, personal.EMAIL),
        ("thường trú tại thôn 3", 0, personal.ADDRESS),
        ("địa chỉ: 12 Hùng Vương", 0, personal.ADDRESS),
        ("số nhà 12", 0, personal.ADDRESS),
        ("hẻm 4 đường Hùng Vương", 0, personal.ADDRESS),
        ("kiệt số 7", 0, personal.ADDRESS),
    ],
)
def test_personal_identifiers_are_found_with_their_offset(text: str, offset: int, kind: str):
    assert personal.find(text)[0] == (offset, kind)


@pytest.mark.parametrize(
    "text",
    [
        "Đường dây nóng 18001768",  # a public hotline of the seed article
        "6.063 buổi tuyên truyền, 308.817 lượt người",
        "308.817.000 đồng",
        "giai đoạn 2019-2024, ngày 26/6/2024",
        "Số: 328/QĐ-UBND",
        "học sinh năm 2024",
        "là địa chỉ tin cậy của nhân dân",
        "Đại tá Đinh Xuân Thiệp – Phó Giám đốc Công an tỉnh",
    ],
)
def test_ordinary_news_text_has_no_personal_identifier(text: str):
    assert personal.find(text) == []


def test_ids_read_dashes_as_spaces_but_years_do_not_make_an_id_card():
    assert personal.in_id("le-van-duc-0912-345-678") == [(11, personal.PHONE)]
    assert personal.in_id("nguyen-thi-hoa-sinh-nam-1980") == [(15, personal.BIRTH)]
    assert personal.in_id("tong-ket-antq-2005-2009-1111") == []
    assert personal.in_id("nguyen-van-an-ca-dong-phu") == []


# -- terminal output ---------------------------------------------------------------------------

HOSTILE = Problem(Location("data/a\x1b[31m.yaml", 3, 4), "tên 'x\u202eyz\x07\r\n::error::giả'", "code")


def test_text_shows_control_bidi_and_zero_width_characters_as_escapes():
    shown = reporting.text(HOSTILE)
    assert shown == "data/a\\x1b[31m.yaml:3:4: lỗi: tên 'x\\u202eyz\\x07\\x0d\\x0a::error::giả'"
    assert all(c.isprintable() for c in shown)
    assert escape_hidden("a\u200bb\u00a0c\U000e0041") == "a\\u200bb\\xa0c\\U000e0041"
    assert escape_hidden("Nguyễn Thị Hòa") == "Nguyễn Thị Hòa"


def test_github_annotations_cannot_be_ended_or_forged_by_the_data():
    line = reporting.github(HOSTILE)
    assert "\n" not in line and "\r" not in line and "\x1b" not in line
    # Workflow commands are read at the start of a line only: one line, so "::error::" in the
    # message stays text.
    assert line.splitlines() == [line]
    assert line.endswith("::tên 'x\\u202eyz\\x07\\x0d\\x0a::error::giả'")
    assert line.startswith("::error file=data/a\\x1b[31m.yaml,line=3,col=4,title=code::")


def test_json_keeps_every_value_and_stays_inert_on_a_terminal():
    problem = Problem(Location("a\x1b.yaml", 1, 1), "x\u202e\x9b\x7f\u200b\U000e0041", "c", Severity.WARNING)
    out = reporting.as_json([problem])
    assert all(c.isprintable() or c == "\n" for c in out)
    assert json.loads(out) == [
        {"file": "a\x1b.yaml", "line": 1, "column": 1, "severity": "warning", "code": "c", "message": problem.message}
    ]


def test_validate_escapes_a_hostile_file_name(tmp_path: Path):
    from test_corpus import prepare

    root = prepare(tmp_path, None)
    (root / "data/decisions/2024/qd\x1b[2J.yaml").write_text("id: [\n", encoding="utf-8")
    result = bulletin("validate", "data", cwd=root)
    assert result.returncode == 1
    assert "\x1b" not in result.output
    assert "data/decisions/2024/qd\\x1b[2J.yaml:2:1: lỗi: lỗi cú pháp YAML" in result.stderr
    as_json = bulletin("validate", "data", "--format", "json", cwd=root)
    assert "\x1b" not in as_json.stdout
    assert json.loads(as_json.stdout)[0]["file"] == "data/decisions/2024/qd\x1b[2J.yaml"


# -- hidden characters -------------------------------------------------------------------------


def test_line_breaks_and_tabs_only_where_text_spans_lines():
    assert hidden_characters("a\nb\tc", multiline=True) == []
    assert hidden_characters("a\nb\tc") == [1, 3]
    assert hidden_characters("a\rb", multiline=True) == [1]
    assert hidden_characters("Nguyễn\u00a0Thị\u00adHòa") == []  # normalised with a warning instead


# -- the YAML reader ---------------------------------------------------------------------------


def _load(tmp_path: Path, text: str | bytes) -> tuple[object, Problems]:
    file = tmp_path / "x.yaml"
    file.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    problems = Problems()
    document = load_yaml(file, "x.yaml", problems)
    return (document.data if document else None), problems


@pytest.mark.parametrize("opening", ["[", "- "])
def test_nesting_of_any_depth_is_refused_quickly(tmp_path: Path, opening: str):
    depth = 1_000_000
    text = "a: " + "[" * depth + "]" * depth if opening == "[" else "a:\n" + "- " * depth + "x"
    started = time.perf_counter()
    data, problems = _load(tmp_path, text)
    assert time.perf_counter() - started < 10
    assert data is None
    assert [p.code for p in problems.items] == ["yaml-depth"]


def test_plain_decimal_numbers_are_read_and_others_refused(tmp_path: Path):
    data, problems = _load(tmp_path, "a: 15\nb: -2.5\nc: 0\nd: '017'\ne: true\nf: ~\ng: 2024-06-26\n")
    assert not problems
    assert data == {
        "a": 15,
        "b": -2.5,
        "c": 0,
        "d": "017",
        "e": True,
        "f": None,
        "g": __import__("datetime").date(2024, 6, 26),
    }
    for written in (
        "017",
        "1:20",
        "0x1F",
        "0b101",
        "1_000",
        ".inf",
        "-.inf",
        ".nan",
        "+12",
        "1.5e+3",
        "1.",
        "9" * 5000,
    ):
        data, problems = _load(tmp_path, f"a: {written}\n")
        assert data == {"a": None}, written
        assert [p.code for p in problems.items] in (["yaml-number"], ["number-too-large"]), written
    for written in ("yes", "No", "on", "OFF", "True"):
        data, problems = _load(tmp_path, f"a: {written}\n")
        assert [p.code for p in problems.items] == ["yaml-bool"], written


def test_explicit_tags_are_refused_on_values_collections_and_keys(tmp_path: Path):
    data, problems = _load(
        tmp_path, "a: !!bool maybe\nb: !foo {x: 1}\n!!str c: 1\nd: !!python/object:os.system x\ne: ok\n"
    )
    assert [p.code for p in problems.items] == ["yaml-tag"] * 4
    assert data == {"a": None, "b": None, "d": None, "e": "ok"}


def test_a_refused_key_drops_its_value_only(tmp_path: Path):
    data, problems = _load(tmp_path, "a: 1\n[x]: {y: [1, 2]}\nb: 2\na: 3\nc: 4\n")
    assert data == {"a": 1, "b": 2, "c": 4}
    assert [p.code for p in problems.items] == ["yaml-key", "duplicate-key"]


def test_an_unreadable_file_is_reported_in_vietnamese(tmp_path: Path):
    problems = Problems()
    assert load_yaml(tmp_path, "thu-muc.yaml", problems) is None
    assert str(problems.items[0]) == "thu-muc.yaml:1:1: lỗi: không đọc được tệp: đây là một thư mục, không phải tệp"


BROKEN = [
    "a: [1, 2\n",
    "a: {x: 1\n",
    'a: "x\n',
    "a: b: c\n",
    "a:\n  - x\n  y: 1\n",
    "- a\nb: 1\n",
    "a: @x\n",
    "a: `x`\n",
    'a: "\\q"\n',
    'a: "\\xZZ"\n',
    "a: |0\n  x\n",
    "a: &\n",
    "a: *\n",
    "%YAML 2.0\n---\na: 1\n",
    "%FOO\n---\na: 1\n",
    "a: !<x\n",
    "a: !e!x y\n",
    "? - x\n: y\n  - z\n",
    "a: 1\n...\nb\n",
    "a: 'x' y\n",
    "a: [x]]\n",
    "{a: 1}}\n",
    "a: *x\n",
]


@pytest.mark.parametrize("text", BROKEN)
def test_no_syntax_message_leaks_english(tmp_path: Path, text: str):
    _, problems = _load(tmp_path, text)
    assert problems.items, text
    message = problems.items[0].message
    english = {"found", "expected", "while", "character", "mapping", "scanning", "parsing", "allowed", "stream"}
    assert not english & set(message.replace("'", " ").split()), message


def test_every_mapped_problem_and_unknown_ones_are_vietnamese():
    assert translate("mapping values are not allowed in this context") == SYNTAX_HINTS["mapping values are not allowed"]
    assert "found" not in translate("found something libyaml says one day")
    assert translate("found duplicate %TAG directive").startswith("dòng bắt đầu bằng '%'")


def test_a_raw_control_character_is_located_and_named(tmp_path: Path):
    _, problems = _load(tmp_path, "a: ổn\nb: x\x1by\n")
    assert str(problems.items[0]) == (
        "x.yaml:2:5: lỗi: có ký tự điều khiển U+001B (ESCAPE) trong tệp; ký tự này không hiện ra được, hãy xóa nó"
    )


# -- ids and the public address ----------------------------------------------------------------


def test_reserved_names_come_from_urls():
    assert urls.is_reserved("index") and urls.is_reserved("trang-12") and urls.is_reserved("chung")
    assert not urls.is_reserved("trang-chu") and not urls.is_reserved("chung-ket")
    schema = documents.Campaign.model_json_schema()
    assert "index|" in schema["properties"]["id"]["not"]["pattern"]


@pytest.mark.parametrize(
    "url",
    [
        "https://bantin.example.vn/",
        "http://localhost:8000/",
        "https://congan.example.vn/ban-tin/",
        "https://bántin.vn/",
    ],
)
def test_good_public_addresses(url: str):
    assert documents.Site(title="T", publisher="P", url=url).url == url


@pytest.mark.parametrize(
    "url",
    [
        'https://x.vn/"><script>alert(1)</script>/',
        "https://x.vn/'/",
        "https://x.vn/a b/",
        "https://x.vn\\@y.vn/",
        "https://x.vn/\x1b/",
        "javascript://x.vn/",
        "ftp://x.vn/",
        "https://u:p@x.vn/",
        "https://x.vn/?a=1/",
        "https://x.vn/#top/",
        "https://x.vn",
        "https://x_y.vn/",
        "https://x.vn:99999/",
        "https:///",
        "//x.vn/",
    ],
)
def test_unsafe_public_addresses_are_refused(url: str):
    with pytest.raises(Exception) as error:
        documents.Site(title="T", publisher="P", url=url)
    assert error.value.errors()[0]["type"] in ("site_url", "string_type")


def test_contact_details_are_checked_for_shape():
    site = documents.Site(title="T", publisher="P", contact={"phone": "0271 3879 123", "email": "bt@ca.example.vn"})
    assert site.contact and site.contact.phone == "0271 3879 123"
    for bad in ({"phone": "gọi tôi"}, {"email": "bt<at>ca"}, {"fax": "1"}):
        with pytest.raises(pydantic.ValidationError):
            documents.Site(title="T", publisher="P", contact=bad)


# -- the same refusals on both paths -----------------------------------------------------------

STAT = "        value: 6063"
BOTH_PATHS = {
    "infinity": (ARTICLE_YAML, STAT, "        value: .inf", "'.inf' là giá trị vô cực"),
    "28 digits": (ARTICLE_YAML, STAT, "        value: 1234567890123456789012345678", "quá lớn (hơn 15 chữ số)"),
    "id of 300": (ARTICLE_YAML, "id: bieu-duong", "id: " + "a" * 290 + "-bieu-duong", "dài quá 80 ký tự"),
    "nesting 600": (ARTICLE_YAML, STAT, "        value: " + "[" * 600 + "]" * 600, "lồng nhau quá sâu"),
    "bool maybe": (ARTICLE_YAML, STAT, "        value: !!bool maybe", "không dùng thẻ kiểu YAML"),
    "id index": (ARTICLE_YAML, "id: bieu-duong-dien-hinh-antq-2019-2024", "id: index", "trùng với tên trang"),
}


@pytest.mark.parametrize("case", BOTH_PATHS)
def test_validate_and_build_both_report_the_same_located_error(case: str, data_copy: Path, tmp_path: Path):
    rel, old, new, words = BOTH_PATHS[case]
    path = data_copy / rel
    edit(path, old, new)
    line = line_of(path, new.strip()[:30])
    validated = bulletin("validate", str(data_copy))
    built = mkdocs_build(tmp_path / "site", data=data_copy)
    for result in (validated, built):
        assert result.returncode != 0 and "Traceback" not in result.output, result.output
        located = [text for text in result.output.splitlines() if f"{path}:{line}:" in text and words in text]
        assert located, result.output


def test_pasted_spaces_are_normalised_in_values_and_keys_with_a_warning(tmp_path: Path):
    data, problems = _load(tmp_path, "na\u00a0me: Nguyễn\u00a0Thị Hòa\nunit: Tân\u00adLập\n")
    assert data == {"na me": "Nguyễn Thị Hòa", "unit": "TânLập"}
    assert [(str(p.location), p.severity) for p in problems.items] == [
        ("x.yaml:1:3", Severity.WARNING),
        ("x.yaml:1:14", Severity.WARNING),
        ("x.yaml:2:10", Severity.WARNING),
    ]
