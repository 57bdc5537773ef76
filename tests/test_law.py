"""bulletin.data.law directly: the vocabulary of the tests' own forms.yaml (laws by date, kinds,
recipients, rank) and check_decision on decisions parsed from text, with exact located messages."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from bulletin.data import documents as d
from bulletin.data import law, law_vocabulary
from bulletin.data.problems import Problems
from bulletin.data.validation import validate
from bulletin.data.yamlsource import SourceMap, load_yaml
from conftest import DATA


def parsed(model: type[Any], text: str, folder: Path, name: str = "qd.yaml") -> tuple[Any, SourceMap]:
    """A document as the loader reads it: typed values and where each was written."""
    path = folder / name
    path.write_text(text, encoding="utf-8")
    problems = Problems()
    doc = load_yaml(path, name, problems)
    assert doc is not None and not problems, [str(p) for p in problems.items]
    value = validate(model, doc.data, doc.source, problems)
    assert value is not None and not problems, [str(p) for p in problems.items]
    return value, doc.source


@pytest.fixture(scope="module")
def vocab(tmp_path_factory: pytest.TempPathFactory) -> law.Vocabulary:
    text = (DATA / "forms.yaml").read_text(encoding="utf-8")
    forms, _ = parsed(d.FormList, text, tmp_path_factory.mktemp("forms"), "forms.yaml")
    return law.vocabulary(forms)


def org(ident: str, name: str, head: str | None, level: str | None, authority: str | None) -> d.Organisation:
    return d.Organisation(id=ident, name=name, short_name=name, head=head, level=level, authority=authority)


MINISTRY = org("bo-cong-an", "Bộ Công an", "Bộ trưởng", "trung-uong", "bo-truong")
PROVINCE = org("ubnd-tinh", "Ủy ban nhân dân tỉnh", "Chủ tịch", "tinh", "chu-tich-ubnd-tinh")
POLICE = org("cong-an-tinh", "Công an tỉnh", "Giám đốc", "tinh", "thu-truong-don-vi")
DISTRICT = org("ubnd-huyen", "Ủy ban nhân dân huyện X", "Chủ tịch", "huyen", "chu-tich-ubnd-huyen")
FARMERS = org("hoi-nong-dan-tinh", "Hội Nông dân tỉnh", None, "tinh", "dieu-le")

NAMED = """collectives:
  - name: Công an xã X
individuals:
  - name: Nguyễn Văn A
"""


def check(
    vocab: law.Vocabulary, folder: Path, text: str, issuer: d.Organisation, day: dt.date | None, *, dated: bool = True
) -> list[str]:
    """check_decision's messages; the decision states `day` as its date (last, so lines above keep their
    numbers) unless `dated` is False: then `day` is its announcing article's, as resolve passes it."""
    if day and dated:
        text += f"date: {day.isoformat()}\n"
    doc, source = parsed(d.Decision, text, folder)
    problems = Problems()
    law.check_decision(doc, source, issuer, vocab.forms[doc.form], day, vocab, problems)
    return [str(p) for p in problems.sorted()]


# -- laws by date ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (dt.date(2004, 6, 30), None),
        (dt.date(2004, 7, 1), "luat-2003"),
        (dt.date(2023, 12, 31), "luat-2003"),
        (dt.date(2024, 1, 1), "luat-2022-nd-98"),
        (dt.date(2025, 6, 30), "luat-2022-nd-98"),
        (dt.date(2025, 7, 1), "luat-2022-nd-152"),
        (dt.date(2040, 1, 1), "luat-2022-nd-152"),
    ],
)
def test_the_law_in_force_on_a_day(vocab: law.Vocabulary, day: dt.date, expected: str | None):
    found = vocab.law_on(day)
    assert (found.id if found else None) == expected


def test_laws_are_ordered_by_start_whatever_their_order_in_the_file():
    laws = [
        d.Law(id="moi", name="Mới", short_name="Mới", start=dt.date(2024, 1, 1)),
        d.Law(id="cu", name="Cũ", short_name="Cũ", start=dt.date(2004, 7, 1), end=dt.date(2023, 12, 31)),
    ]
    vocab = law.vocabulary(d.FormList(forms=[d.Form(id="bang-khen", name="Bằng khen")], laws=laws))
    assert [x.id for x in vocab.laws] == ["cu", "moi"]
    assert vocab.law_on(dt.date(2023, 12, 31)).id == "cu"  # type: ignore[union-attr]


# -- kinds, recipients, rank -----------------------------------------------------------------


def test_a_named_medal_is_of_its_kind_and_a_kind_is_its_own(vocab: law.Vocabulary):
    forms = vocab.forms
    assert vocab.kind(forms["ky-niem-chuong-vi-su-nghiep-bao-ve-antq"]).id == "ky-niem-chuong"
    assert vocab.kind(forms["huy-chuong-chien-si-ve-vang"]).id == "huy-chuong"
    assert vocab.kind(forms["ky-niem-chuong"]).id == "ky-niem-chuong"
    assert vocab.kind(forms["bang-khen"]).id == "bang-khen"
    stray = d.Form(id="huy-hieu", name="Huy hiệu", kind="khong-co")  # an unknown kind is reported by check_vocabulary
    assert vocab.kind(stray) is stray


def test_recipients_and_their_basis_come_from_the_kind_unless_the_form_says(vocab: law.Vocabulary):
    forms = vocab.forms
    assert vocab.recipients(forms["ky-niem-chuong-vi-su-nghiep-bao-ve-antq"]) == (
        ["individuals"],
        "Luật Thi đua, khen thưởng 2022: kỷ niệm chương tặng cá nhân",
    )
    assert vocab.recipients(forms["huy-chuong-vi-an-ninh-to-quoc"]) == (
        ["individuals"],
        "Luật Thi đua, khen thưởng 2022, Điều 54",
    )
    assert vocab.recipients(forms["co-thi-dua"]) == (
        ["collectives"],
        "Luật Thi đua, khen thưởng 2022: Cờ thi đua là danh hiệu thi đua đối với tập thể",
    )
    assert vocab.recipients(forms["bang-khen"]) == (None, None)
    own = d.Form(
        id="knc-tap-the",
        name="Kỷ niệm chương tập thể",
        kind="ky-niem-chuong",
        recipients=["collectives"],
        basis="Điều lệ riêng",
    )
    assert vocab.recipients(own) == (["collectives"], "Điều lệ riêng")


def test_rank_orders_highest_first_by_form_then_grade_then_level(vocab: law.Vocabulary):
    levels = vocab.levels
    awards = [
        ("giay-khen", None, "xa"),
        ("bang-khen", None, "tinh"),
        ("huan-chuong-chien-cong", "hạng Ba", None),
        ("giay-khen", None, "tinh"),
        ("ky-niem-chuong-vi-su-nghiep-bao-ve-antq", None, "trung-uong"),
        ("huan-chuong-bao-ve-to-quoc", "hạng Nhì", None),
        ("huan-chuong-chien-cong", "hạng Nhất", None),
        ("bang-khen", None, "trung-uong"),
        ("huy-chuong-chien-si-ve-vang", "hạng Nhất", "trung-uong"),
        ("chien-si-thi-dua-cap-bo-tinh", None, "tinh"),
        ("lao-dong-tien-tien", None, "xa"),
    ]
    ranked = sorted(awards, key=lambda a: vocab.rank(vocab.forms[a[0]], a[1], levels.get(a[2] or "")))
    assert ranked == [
        ("huan-chuong-bao-ve-to-quoc", "hạng Nhì", None),
        ("huan-chuong-chien-cong", "hạng Nhất", None),
        ("huan-chuong-chien-cong", "hạng Ba", None),
        ("huy-chuong-chien-si-ve-vang", "hạng Nhất", "trung-uong"),
        ("ky-niem-chuong-vi-su-nghiep-bao-ve-antq", None, "trung-uong"),
        ("chien-si-thi-dua-cap-bo-tinh", None, "tinh"),
        ("bang-khen", None, "trung-uong"),
        ("bang-khen", None, "tinh"),
        ("giay-khen", None, "tinh"),
        ("giay-khen", None, "xa"),
        ("lao-dong-tien-tien", None, "xa"),
    ]


def test_an_instance_ranks_with_its_kind_not_where_it_is_written():
    forms = [
        d.Form(id="huan-chuong", name="Huân chương"),
        d.Form(id="bang-khen", name="Bằng khen"),
        d.Form(id="huan-chuong-lao-dong", name="Huân chương Lao động", kind="huan-chuong"),
    ]
    vocab = law.vocabulary(d.FormList(forms=forms))
    medal, praise = vocab.forms["huan-chuong-lao-dong"], vocab.forms["bang-khen"]
    assert vocab.rank(medal, None, None) < vocab.rank(praise, None, None)


# -- check_decision --------------------------------------------------------------------------

HEAD = "id: qd\nissuer: x\nform: {form}\n"


def test_a_collectives_only_title_to_a_person_names_its_basis(vocab: law.Vocabulary, tmp_path: Path):
    assert check(vocab, tmp_path, HEAD.format(form="co-thi-dua") + NAMED, PROVINCE, dt.date(2024, 6, 20)) == [
        "qd.yaml:7:3: lỗi: Cờ thi đua chỉ tặng tập thể, không tặng cá nhân "
        "(căn cứ: Luật Thi đua, khen thưởng 2022: Cờ thi đua là danh hiệu thi đua đối với tập thể); "
        "hãy kiểm tra lại hình thức (form) hoặc bỏ danh sách, số lượng cá nhân",
    ]


def test_counts_only_are_checked_against_the_kinds_recipients(vocab: law.Vocabulary, tmp_path: Path):
    text = HEAD.format(form="ky-niem-chuong-vi-su-nghiep-bao-ve-antq") + (
        "names: unpublished\ncounts:\n  collectives: 2\n  individuals: 9\n"
    )
    assert check(vocab, tmp_path, text, MINISTRY, dt.date(2024, 8, 19)) == [
        "qd.yaml:6:16: lỗi: Kỷ niệm chương “Vì sự nghiệp bảo vệ an ninh Tổ quốc” chỉ tặng cá nhân, không tặng tập thể "
        "(căn cứ: Luật Thi đua, khen thưởng 2022: kỷ niệm chương tặng cá nhân); "
        "hãy kiểm tra lại hình thức (form) hoặc bỏ danh sách, số lượng tập thể",
    ]


def test_a_ministers_giay_khen_is_refused_with_the_law_the_basis_and_what_the_minister_may_award(
    vocab: law.Vocabulary, tmp_path: Path
):
    expected = (
        "qd.yaml:3:7: lỗi: Bộ trưởng Bộ Công an không có thẩm quyền tặng Giấy khen vào ngày {day}: theo {law}, "
        "Bộ trưởng, thủ trưởng cơ quan ngang bộ chỉ quyết định tặng Chiến sĩ thi đua cấp bộ, ngành, tỉnh, Cờ thi đua, "
        "Tập thể lao động xuất sắc, Bằng khen, Kỷ niệm chương (căn cứ: {basis}); "
        "hãy kiểm tra lại hình thức (form) hoặc cơ quan (issuer)"
    )
    text = HEAD.format(form="giay-khen") + NAMED
    assert check(vocab, tmp_path, text, MINISTRY, dt.date(2024, 1, 1)) == [
        expected.format(
            day="1/1/2024",
            law="Luật Thi đua, khen thưởng 2022",
            basis="Luật Thi đua, khen thưởng 2022, Điều 79",
        )
    ]
    assert check(vocab, tmp_path, text, MINISTRY, dt.date(2023, 12, 31)) == [
        expected.format(
            day="31/12/2023",
            law="Luật Thi đua, khen thưởng 2003",
            basis="Luật Thi đua, khen thưởng 2003, thẩm quyền của Bộ trưởng",
        )
    ]
    # Before the first law listed, nothing is checked.
    assert check(vocab, tmp_path, text, MINISTRY, dt.date(2003, 5, 10)) == []


def test_a_named_medal_is_within_an_authority_that_may_award_its_kind(vocab: law.Vocabulary, tmp_path: Path):
    text = HEAD.format(form="ky-niem-chuong-vi-su-nghiep-bao-ve-antq") + "individuals:\n  - name: Nguyễn Văn A\n"
    assert check(vocab, tmp_path, text, MINISTRY, dt.date(2024, 8, 19)) == []
    assert check(vocab, tmp_path, text, POLICE, dt.date(2024, 8, 19)) == [
        "qd.yaml:3:7: lỗi: Giám đốc Công an tỉnh không có thẩm quyền tặng Kỷ niệm chương “Vì sự nghiệp bảo vệ an ninh "
        "Tổ quốc” vào ngày 19/8/2024: theo Luật Thi đua, khen thưởng 2022, Thủ trưởng cơ quan, đơn vị có tư cách pháp "
        "nhân thuộc bộ, ngành chỉ quyết định tặng Chiến sĩ thi đua cơ sở, Tập thể lao động tiên tiến, Lao động tiên "
        "tiến, Giấy khen (căn cứ: Luật Thi đua, khen thưởng 2022, Điều 80 khoản 1); "
        "hãy kiểm tra lại hình thức (form) hoặc cơ quan (issuer)",
    ]


def test_a_district_office_ends_with_june_2025(vocab: law.Vocabulary, tmp_path: Path):
    text = HEAD.format(form="giay-khen") + NAMED
    assert check(vocab, tmp_path, text, DISTRICT, dt.date(2025, 6, 30)) == []
    assert check(vocab, tmp_path, text, DISTRICT, dt.date(2025, 7, 1)) == [
        "qd.yaml:2:9: lỗi: Ủy ban nhân dân huyện X là cơ quan cấp huyện; cấp huyện không còn từ ngày 1/7/2025 "
        "(chính quyền địa phương hai cấp), nhưng quyết định ghi ngày 1/7/2025; "
        "hãy kiểm tra lại ngày hoặc cơ quan",
    ]
    assert check(vocab, tmp_path, text, DISTRICT, dt.date(2020, 5, 10)) == []


def test_a_charter_organisation_is_never_checked_even_when_rules_are_written(vocab: law.Vocabulary, tmp_path: Path):
    text = HEAD.format(form="co-thi-dua") + "collectives:\n  - name: Chi hội X\n"
    assert check(vocab, tmp_path, text, FARMERS, dt.date(2024, 6, 20)) == []
    charter = vocab.authorities["dieu-le"]
    assert charter.charter
    ruled = d.Authority(
        id="dieu-le",
        name=charter.name,
        charter=True,
        rules=[d.Rule(law="luat-2022-nd-98", forms=["giay-khen"], basis="Điều lệ")],
    )
    changed = law.Vocabulary(vocab.forms, vocab.laws, vocab.levels, {**vocab.authorities, "dieu-le": ruled})
    assert check(changed, tmp_path, text, FARMERS, dt.date(2024, 6, 20)) == []
    not_charter = law.Vocabulary(
        vocab.forms,
        vocab.laws,
        vocab.levels,
        {**vocab.authorities, "dieu-le": ruled.model_copy(update={"charter": False})},
    )
    assert check(not_charter, tmp_path, text, FARMERS, dt.date(2024, 6, 20)) == [
        "qd.yaml:3:7: lỗi: Hội Nông dân tỉnh không có thẩm quyền tặng Cờ thi đua vào ngày 20/6/2024: theo Luật Thi đua, "
        "khen thưởng 2022, Tổ chức chính trị - xã hội khen thưởng theo điều lệ (Hội Nông dân, Hội Liên hiệp Phụ nữ, "
        "Hội Cựu chiến binh...) chỉ quyết định tặng Giấy khen (căn cứ: Điều lệ); "
        "hãy kiểm tra lại hình thức (form) hoặc cơ quan (issuer)",
    ]


@pytest.mark.parametrize(
    ("form", "grade", "expected"),
    [
        (
            "huan-chuong-chien-cong",
            None,
            "qd.yaml:3:7: lỗi: Huân chương Chiến công có các hạng: hạng Nhất, hạng Nhì, hạng Ba; "
            "hãy ghi grade, ví dụ: grade: hạng Ba",
        ),
        (
            "huan-chuong-chien-cong",
            "hạng Tư",
            "qd.yaml:4:8: lỗi: Huân chương Chiến công không có 'hạng Tư'; các hạng: hạng Nhất, hạng Nhì, hạng Ba",
        ),
        ("bang-khen", "hạng Nhất", "qd.yaml:4:8: lỗi: Bằng khen không chia hạng; hãy bỏ dòng grade: hạng Nhất"),
    ],
)
def test_grades(vocab: law.Vocabulary, tmp_path: Path, form: str, grade: str | None, expected: str):
    text = HEAD.format(form=form) + (f"grade: {grade}\n" if grade else "") + NAMED
    # Without a date only the grade and the recipients can be judged.
    assert check(vocab, tmp_path, text, PROVINCE, None) == [expected]


def test_a_valid_grade_passes(vocab: law.Vocabulary, tmp_path: Path):
    text = HEAD.format(form="huan-chuong-chien-cong") + "grade: hạng Nhì\n" + NAMED
    assert check(vocab, tmp_path, text, PROVINCE, None) == []


def test_several_problems_of_one_decision_are_all_reported(vocab: law.Vocabulary, tmp_path: Path):
    text = HEAD.format(form="co-thi-dua") + "grade: hạng Nhất\n" + NAMED
    assert check(vocab, tmp_path, text, DISTRICT, dt.date(2025, 8, 1)) == [
        "qd.yaml:2:9: lỗi: Ủy ban nhân dân huyện X là cơ quan cấp huyện; cấp huyện không còn từ ngày 1/7/2025 "
        "(chính quyền địa phương hai cấp), nhưng quyết định ghi ngày 1/8/2025; "
        "hãy kiểm tra lại ngày hoặc cơ quan",
        "qd.yaml:4:8: lỗi: Cờ thi đua không chia hạng; hãy bỏ dòng grade: hạng Nhất",
        "qd.yaml:8:3: lỗi: Cờ thi đua chỉ tặng tập thể, không tặng cá nhân "
        "(căn cứ: Luật Thi đua, khen thưởng 2022: Cờ thi đua là danh hiệu thi đua đối với tập thể); "
        "hãy kiểm tra lại hình thức (form) hoặc bỏ danh sách, số lượng cá nhân",
    ]


def test_a_forms_file_with_forms_only_checks_nothing_else(tmp_path: Path):
    """An older forms.yaml (forms only) still loads: no laws, levels or authorities to apply."""
    vocab = law.vocabulary(d.FormList(forms=[d.Form(id="giay-khen", name="Giấy khen")]))
    assert check(vocab, tmp_path, HEAD.format(form="giay-khen") + NAMED, MINISTRY, dt.date(2024, 6, 20)) == []
    problems = Problems()
    law.check_organisation(org("x", "X", None, None, None), SourceMap("o.yaml"), ("organisations", 0), vocab, problems)
    assert not problems
    assert law.vocabulary(None) == law.Vocabulary()


def test_an_undated_decision_is_judged_on_the_day_its_article_announced_it_and_says_so(
    vocab: law.Vocabulary, tmp_path: Path
):
    text = HEAD.format(form="giay-khen") + NAMED
    assert check(vocab, tmp_path, text, DISTRICT, dt.date(2025, 7, 1), dated=False) == [
        "qd.yaml:2:9: lỗi: Ủy ban nhân dân huyện X là cơ quan cấp huyện; cấp huyện không còn từ ngày 1/7/2025 "
        "(chính quyền địa phương hai cấp), nhưng bài viết công bố quyết định ngày 1/7/2025 "
        "(quyết định không ghi ngày); hãy kiểm tra lại ngày hoặc cơ quan",
    ]
    assert check(vocab, tmp_path, text, POLICE, dt.date(2024, 6, 26), dated=False) == []
    assert check(vocab, tmp_path, text, MINISTRY, dt.date(2024, 6, 26), dated=False) == [
        "qd.yaml:3:7: lỗi: Bộ trưởng Bộ Công an không có thẩm quyền tặng Giấy khen vào ngày 26/6/2024 "
        "(ngày bài viết công bố; quyết định không ghi ngày): theo Luật Thi đua, khen thưởng 2022, "
        "Bộ trưởng, thủ trưởng cơ quan ngang bộ chỉ quyết định tặng Chiến sĩ thi đua cấp bộ, ngành, tỉnh, Cờ thi đua, "
        "Tập thể lao động xuất sắc, Bằng khen, Kỷ niệm chương (căn cứ: Luật Thi đua, khen thưởng 2022, Điều 79); "
        "hãy kiểm tra lại hình thức (form) hoặc cơ quan (issuer)",
    ]


# -- the vocabulary's own consistency ----------------------------------------------------------


def vocabulary_problems(text: str, folder: Path) -> tuple[bool, list[str]]:
    forms, source = parsed(d.FormList, text, folder, "forms.yaml")
    problems = Problems()
    sound = law_vocabulary.check_vocabulary(forms, source, problems)
    return sound, [str(p) for p in problems.sorted()]


def test_the_tests_vocabulary_is_sound(tmp_path: Path):
    assert vocabulary_problems((DATA / "forms.yaml").read_text(encoding="utf-8"), tmp_path) == (True, [])


def test_laws_in_time_overlap_gap_and_reversed_dates(tmp_path: Path):
    text = """forms:
  - id: bang-khen
    name: Bằng khen
laws:
  - id: a
    name: A
    short_name: A
    start: 2004-07-01
    end: 2023-12-31
  - id: b
    name: B
    short_name: B
    start: 2024-02-01
  - id: c
    name: C
    short_name: C
    start: 2025-07-01
    end: 2025-01-01
  - id: d
    name: D
    short_name: D
    start: 2026-01-01
"""
    assert vocabulary_problems(text, tmp_path) == (
        False,
        [
            "forms.yaml:13:12: lỗi: từ 1/1/2024 đến 31/1/2024 không có luật nào: 'a' hết hiệu lực ngày 31/12/2023, "
            "'b' có hiệu lực từ 1/2/2024; quyết định trong khoảng này sẽ không được kiểm tra: hãy sửa start của 'b' "
            "thành 2024-01-01 hoặc end của 'a' thành 2024-01-31",
            "forms.yaml:18:10: lỗi: luật 'c' hết hiệu lực ngày 1/1/2025 (end), trước ngày có hiệu lực 1/7/2025 (start); "
            "hãy sửa end: ngày cuối cùng còn hiệu lực phải bằng hoặc sau start",
            "forms.yaml:22:12: lỗi: luật 'd' có hiệu lực từ 1/1/2026, khi luật 'b' (dòng 10) vẫn còn hiệu lực "
            "(không có ngày hết hiệu lực (end)); mỗi ngày chỉ một luật được áp dụng: hãy sửa start của 'd' hoặc end của 'b'",
        ],
    )


def test_an_unsound_vocabulary_applies_grades_only(vocab: law.Vocabulary, tmp_path: Path):
    """Its rules may be the mistake (a misspelt kind, a form missing from a rule): they are reported in
    forms.yaml, not again at every decision they touch."""
    broken = law.Vocabulary(vocab.forms, vocab.laws, vocab.levels, vocab.authorities, sound=False)
    text = HEAD.format(form="co-thi-dua") + "grade: hạng Nhất\n" + NAMED
    assert check(broken, tmp_path, text, DISTRICT, dt.date(2025, 8, 1)) == [
        "qd.yaml:4:8: lỗi: Cờ thi đua không chia hạng; hãy bỏ dòng grade: hạng Nhất",
    ]


def test_a_grade_that_differs_only_in_case_or_spacing_is_named(vocab: law.Vocabulary, tmp_path: Path):
    text = HEAD.format(form="huan-chuong-chien-cong") + "grade: Hạng  ba\n" + NAMED
    assert check(vocab, tmp_path, text, PROVINCE, None) == [
        "qd.yaml:4:8: lỗi: Huân chương Chiến công không có 'Hạng  ba'; có phải ý bạn là 'hạng Ba'? "
        "Hãy ghi đúng như trong data/forms.yaml",
    ]


def test_rank_keeps_kinds_apart_however_many_forms_there_are():
    """A kind's instances rank below it and above the next kind, even with over 1,000 forms."""
    forms = [d.Form(id="huan-chuong", name="Huân chương"), d.Form(id="bang-khen", name="Bằng khen")]
    forms += [d.Form(id=f"hinh-thuc-{i}", name=f"Hình thức {i}") for i in range(1500)]
    forms.append(d.Form(id="huan-chuong-x", name="Huân chương X", kind="huan-chuong"))
    vocab = law.vocabulary(d.FormList(forms=forms))
    instance, next_kind = vocab.rank(forms[-1], None, None), vocab.rank(forms[1], None, None)
    assert vocab.rank(forms[0], None, None) < instance < next_kind


@pytest.mark.parametrize(
    ("written", "stored"), [(2019, 2019), ("2019", "2019"), ("2019-2019", "2019"), ("2019-2024", "2019-2024")]
)
def test_a_period_of_one_year_is_stored_as_that_year(written: int | str, stored: int | str):
    decision = d.Decision(id="qd", issuer="x", form="giay-khen", names="unpublished", period=written)  # type: ignore[arg-type]
    assert decision.period == stored


def test_what_an_authority_may_award_is_listed_briefly(vocab: law.Vocabulary, tmp_path: Path):
    """A rule of many forms, or many rules, cannot flood the editor's screen."""
    many = [d.Form(id=f"hinh-thuc-{i}", name=f"Hình thức {i}") for i in range(20)]
    rules = [d.Rule(law="luat-2022-nd-98", forms=[f.id for f in many], basis=f"Điều {n}") for n in range(5)]
    narrow = d.Authority(id="hep", name="Thẩm quyền hẹp", rules=rules)
    changed = law.Vocabulary({**vocab.forms, **{f.id: f for f in many}}, vocab.laws, vocab.levels, {"hep": narrow})
    office = org("co-quan", "Cơ quan Y", "Trưởng", "tinh", "hep")
    listed = (
        "Hình thức 0, Hình thức 1, Hình thức 2, Hình thức 3, Hình thức 4, Hình thức 5, Hình thức 6, Hình thức 7, "
        "... (tất cả 20 hình thức)"
    )
    assert check(changed, tmp_path, HEAD.format(form="giay-khen") + NAMED, office, dt.date(2024, 6, 20)) == [
        "qd.yaml:3:7: lỗi: Trưởng Cơ quan Y không có thẩm quyền tặng Giấy khen vào ngày 20/6/2024: theo Luật Thi đua, "
        f"khen thưởng 2022, Thẩm quyền hẹp chỉ quyết định tặng {listed} (căn cứ: Điều 0); {listed} (căn cứ: Điều 1); "
        f"{listed} (căn cứ: Điều 2); ... (tất cả 5 quy tắc); hãy kiểm tra lại hình thức (form) hoặc cơ quan (issuer)",
    ]
