"""What editors use: scaffolding, JSON Schema, machine-readable problems, workflows,
edit links, the build summary and the live preview."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
import yaml

from conftest import (
    ARTICLE_URL,
    DATA,
    ROOT,
    _env,
    built,
    bulletin,
    edit,
    fetch,
    free_port,
    line_of,
    mkdocs_build,
    soup,
    wait_for,
)
from terminal import Terminal

CCB = "decisions/2024/hoi-ccb-tinh-bang-khen-antq-2024.yaml"


FORMS = (
    "huan-chuong, huan-chuong-bao-ve-to-quoc, huan-chuong-chien-cong, huy-chuong, huy-chuong-vi-an-ninh-to-quoc, "
    "huy-chuong-chien-si-ve-vang, danh-hieu-vinh-du-nha-nuoc, giai-thuong, chien-si-thi-dua-toan-quoc, co-thi-dua, "
    "ky-niem-chuong, ky-niem-chuong-vi-su-nghiep-bao-ve-antq, chien-si-thi-dua-cap-bo-tinh, tap-the-lao-dong-xuat-sac, "
    "bang-khen, chien-si-thi-dua-co-so, tap-the-lao-dong-tien-tien, giay-khen, lao-dong-tien-tien"
)
LISTED_NEXT = (
    "Điền danh sách người, đơn vị được khen theo các dòng ví dụ trong tệp rồi chạy: bulletin validate "
    "(chưa điền thì validate báo thiếu danh sách)"
)
# What every decision template holds between its date and its recipients when no option fills them.
OPTIONAL_LINES = """\
# occasion: "kỷ niệm 80 năm Ngày truyền thống lực lượng Công an nhân dân"  # dịp khen thưởng, sau chữ “nhân dịp”
# extraordinary: true  # khen thưởng đột xuất
# period: 2019  # thời gian đạt thành tích, khi khác giai đoạn của phong trào
# basis:  # căn cứ, như quyết định ghi
#   - "Quyết định số 521/QĐ-TTg"
# reason: "vì đã có thành tích xuất sắc ..."  # lý do, chỉ khi bài viết nêu
"""
# What every decision template holds after its form (and grade): the presenter, as an example.
PRESENTER_LINES = """\
# presented_by:  # người trao, chỉ khi bài viết nêu
#   organisation: cong-an-tinh  # mã cơ quan của người trao, trong data/organisations.yaml
#   office: Phó Giám đốc  # chức danh người trao; bỏ dòng này nếu là người đứng đầu cơ quan
#   on_behalf: true  # chỉ khi bài viết ghi “thừa ủy quyền” của người ký quyết định
"""


def _body(path: Path) -> str:
    """A new file without its schema line (which depends on where the copy is)."""
    return path.read_text(encoding="utf-8").split("\n", 1)[1]


def test_new_decision_is_invalid_until_its_lists_are_filled_then_builds(data_copy: Path, tmp_path: Path):
    made = bulletin(
        "new",
        "decision",
        "--data",
        str(data_copy),
        "--issuer",
        "ubnd-tinh",
        "--form",
        "bang-khen",
        "--number",
        "328/QĐ-UBND",
        "--date",
        "2024-06-20",
    )
    assert made.returncode == 0, made.output
    target = data_copy / "decisions/2024/ubnd-tinh-bang-khen-328-qd-ubnd.yaml"
    assert made.stdout.strip() == f"Đã tạo {target}. {LISTED_NEXT}"
    assert target.read_text(encoding="utf-8").startswith("# yaml-language-server: $schema=")
    assert _body(target) == (
        "# Quyết định khen thưởng: ghi đúng những gì bài viết, văn bản nêu, không hơn.\n"
        "# Hướng dẫn: trang “Hướng dẫn biên tập” của bản tin.\n"
        "id: ubnd-tinh-bang-khen-328-qd-ubnd\n"
        "issuer: ubnd-tinh  # mã trong data/organisations.yaml\n"
        "form: bang-khen  # mã trong data/forms.yaml\n"
        + PRESENTER_LINES
        + "campaign: antq-2019-2024  # mã trong data/campaigns/\n"
        'number: "328/QĐ-UBND"\n'
        "date: 2024-06-20\n"
        + OPTIONAL_LINES
        + "# Người, đơn vị được khen, đúng như bài viết nêu: bỏ dấu # ở các dòng ví dụ dưới đây rồi điền.\n"
        "# Khi chưa điền, bulletin validate báo lỗi thiếu danh sách và bản tin chưa được dựng.\n"
        "# collectives:\n#   - name: Công an xã X\n#     locality: xã X\n"
        "# individuals:\n#   - name: Nguyễn Văn A\n#     rank: Thiếu tá\n#     position: Phó Trưởng Công an xã\n"
        "#     unit: Công an xã X\n"
        "# Không ghi số căn cước, ngày sinh, số điện thoại, địa chỉ nhà (Luật 91/2025/QH15).\n"
    )
    # Untouched, it says no one and publishes nothing: validate names the missing lists.
    untouched = bulletin("validate", str(data_copy))
    assert untouched.returncode == 1
    assert untouched.stderr.splitlines() == [
        f"{target}:4:5: lỗi: quyết định chưa có danh sách tập thể (collectives) hay cá nhân (individuals) được khen; "
        "nếu bài viết không công bố danh sách, hãy ghi names: unpublished (và counts nếu bài viết nêu số lượng)",
        "Dữ liệu chưa hợp lệ: 1 lỗi, 0 cảnh báo.",
    ]
    # The editor fills in one person, as the comments show.
    edit(
        target,
        "# individuals:\n#   - name: Nguyễn Văn A\n#     rank: Thiếu tá\n",
        "individuals:\n  - name: Nguyễn Văn A\n    rank: Thiếu tá\n",
    )
    assert bulletin("validate", str(data_copy)).returncode == 0
    site = tmp_path / "site"
    built = mkdocs_build(site, data=data_copy)
    assert built.returncode == 0, built.output
    page = soup(site / "khen-thuong/2024/ubnd-tinh-bang-khen-328-qd-ubnd/index.html")
    assert "Quyết định số 328/QĐ-UBND" in page.get_text()
    assert [li.strong.get_text() for li in page.select("article ol li")] == ["Nguyễn Văn A"]


def test_new_decision_shows_only_the_lists_the_form_may_go_to(data_copy: Path):
    made = bulletin(
        "new",
        "decision",
        "--data",
        str(data_copy),
        "--issuer",
        "ubnd-tinh",
        "--form",
        "co-thi-dua",
        "--date",
        "2024-06-20",
        "--id",
        "co",
    )
    assert made.returncode == 0, made.output
    text = _body(data_copy / "decisions/2024/co.yaml")
    assert "# collectives:\n#   - name: Công an xã X\n#     locality: xã X\n# Không ghi" in text
    assert "individuals" not in text


def test_new_decision_with_counts_only_or_nothing_published_validates(data_copy: Path):
    made = bulletin(
        "new",
        "decision",
        "--data",
        str(data_copy),
        "--issuer",
        "cong-an-tinh",
        "--form",
        "giay-khen",
        "--date",
        "2024-06-21",
        "--individuals",
        "12",
        "--occasion",
        "kỷ niệm 79 năm Ngày truyền thống lực lượng CAND",
        "--extraordinary",
        "--period",
        "2023",
        "--basis",
        "Quyết định số 521/QĐ-TTg",
        "--basis",
        "Kế hoạch số 12/KH-CAT",
    )
    assert made.returncode == 0, made.output
    counted = data_copy / "decisions/2024/cong-an-tinh-giay-khen-2024-06-21.yaml"
    assert made.stdout == f"Đã tạo {counted}. Điền nội dung rồi chạy: bulletin validate\n"
    assert _body(counted).split("date: 2024-06-21\n")[1] == (
        'occasion: "kỷ niệm 79 năm Ngày truyền thống lực lượng CAND"\n'
        "extraordinary: true\n"
        'period: "2023"\n'
        'basis:\n  - "Quyết định số 521/QĐ-TTg"\n  - "Kế hoạch số 12/KH-CAT"\n'
        '# reason: "vì đã có thành tích xuất sắc ..."  # lý do, chỉ khi bài viết nêu\n'
        "# Bài viết không nêu tên, chỉ nêu số lượng: ghi đúng số bài viết nêu.\n"
        "names: unpublished\ncounts:\n  individuals: 12\n"
    )
    made = bulletin(
        "new",
        "decision",
        "--data",
        str(data_copy),
        "--issuer",
        "hoi-nong-dan-tinh",
        "--form",
        "bang-khen",
        "--date",
        "2024-06-22",
        "--names",
        "unpublished",
        "--reason",
        "vì đã có thành tích trong phong trào",
    )
    assert made.returncode == 0, made.output
    silent = data_copy / "decisions/2024/hoi-nong-dan-tinh-bang-khen-2024-06-22.yaml"
    assert _body(silent).split("date: 2024-06-22\n")[1] == (
        OPTIONAL_LINES.replace(
            '# reason: "vì đã có thành tích xuất sắc ..."  # lý do, chỉ khi bài viết nêu',
            'reason: "vì đã có thành tích trong phong trào"',
        )
        + "# Bài viết không nêu tên, không nêu số người, đơn vị được khen.\nnames: unpublished\n"
    )
    # The data's own checks (the pages that show "danh sách chưa công bố" are tested with the pages).
    from bulletin.model.load import load

    assert load(data_copy).problems.items == []
    for file in (counted, silent):
        jsonschema.validate(yaml.load(file.read_text(encoding="utf-8"), Loader=_Yaml12Loader), _schema_for(file))


def test_new_decision_with_a_graded_form_asks_for_the_grade(data_copy: Path, capsys):
    from bulletin import scaffold

    asked = []
    answers = iter(
        [
            "chu-tich-nuoc",
            "huan-chuong-chien-cong",
            "hạng Tư",
            "hạng Ba",
            "2024-06-20",
            "",
            "",
            "counts",
            "",
            "",
            "counts",
            "",
            "3",
        ]
    )
    (data_copy / "organisations.yaml").write_text(
        (data_copy / "organisations.yaml").read_text(encoding="utf-8")
        + "  - id: chu-tich-nuoc\n    name: Chủ tịch nước\n    short_name: Chủ tịch nước\n"
        "    level: trung-uong\n    authority: chu-tich-nuoc\n",
        encoding="utf-8",
    )

    def prompt(question: str) -> str:
        asked.append(question)
        return next(answers)

    path, _ = scaffold.create("decision", data_copy, ROOT, scaffold.Ask(interactive=True, prompt=prompt))
    names = (
        "người, đơn vị được khen: listed nếu bài viết nêu tên, counts nếu chỉ nêu số lượng, unpublished nếu "
        "không nêu (names) (listed, counts, unpublished) [listed]: "
    )
    collectives = "số tập thể được khen, đúng như bài viết nêu; Enter nếu bài viết không nêu (collectives): "
    individuals = "số cá nhân được khen, đúng như bài viết nêu; Enter nếu bài viết không nêu (individuals): "
    assert asked[2:] == [
        "hạng (grade) (hạng Nhất, hạng Nhì, hạng Ba): ",
        "hạng (grade) (hạng Nhất, hạng Nhì, hạng Ba): ",
        f"ngày ký (date) [{dt.date.today().isoformat()}]: ",
        "phong trào (campaign) (antq-2019-2024, -) [antq-2019-2024]: ",
        "số quyết định, ví dụ 328/QĐ-UBND; Enter nếu chưa có (number): ",
        names,
        collectives,
        individuals,
        names,
        collectives,
        individuals,
    ]
    assert capsys.readouterr().err.splitlines() == [
        "lỗi: không có hạng (grade) 'hạng Tư'; có phải ý bạn là 'hạng Ba'? các giá trị hợp lệ: hạng Nhất, hạng Nhì, "
        "hạng Ba; hãy nhập lại.",
        "lỗi: counts (chỉ nêu số lượng) cần số tập thể hoặc số cá nhân lớn hơn 0; bài viết không nêu số nào thì chọn "
        "unpublished; hãy nhập lại.",
    ]
    text = path.read_text(encoding="utf-8")
    assert 'form: huan-chuong-chien-cong  # mã trong data/forms.yaml\ngrade: "hạng Ba"\n' in text
    assert text.endswith("names: unpublished\ncounts:\n  individuals: 3\n")


def test_new_decision_presenter_example_validates_once_uncommented(data_copy: Path):
    """The presenter's example is a valid presented_by: the editor removes the '#' and corrects it."""
    made = bulletin(
        "new",
        "decision",
        "--data",
        str(data_copy),
        "--issuer",
        "ubnd-tinh",
        "--form",
        "bang-khen",
        "--date",
        "2024-06-20",
        "--individuals",
        "4",
        "--id",
        "trao",
    )
    assert made.returncode == 0, made.output
    target = data_copy / "decisions/2024/trao.yaml"
    assert PRESENTER_LINES in _body(target)
    edit(target, PRESENTER_LINES, "".join(line[2:] + "\n" for line in PRESENTER_LINES.splitlines()))
    from bulletin.model.load import load

    result = load(data_copy)
    assert result.problems.items == []
    presenter = result.bulletin.decisions["trao"].presenter
    assert (presenter.organisation.id, presenter.on_behalf) == ("cong-an-tinh", True)


# An article template with no option beyond its title and date: every optional field as a commented example.
ARTICLE_DRAFT = """\
# Bài viết. Số liệu tính được (tổng khen thưởng) viết bằng {{ awards.total }}, không gõ tay.
id: tin-thu
title: "Tin thử"
date: 2024-07-01
campaign: antq-2019-2024
# time: "08:30"  # giờ đăng, chỉ khi nguồn ghi (giờ Việt Nam)
# Tác giả như bài ghi (bài đăng lại có thể không có): người viết, kèm đơn vị nếu bài ghi; hoặc một đơn vị.
# authors:
#   - name: Trung Thực  # người viết (họ tên hoặc bút danh)
#     unit: Công an tỉnh  # đơn vị của người viết, nếu bài ghi
#   - name: Phòng CTĐ và CTCT
#     kind: organisation  # tác giả là một đơn vị
# Bài đăng lại: báo nguồn, hiện “Theo …” cuối bài.
# source:
#   name: Báo Nghệ An
#   url: https://baonghean.vn/ten-bai-viet.html
lead: >-
  Sapo: một hai câu tóm tắt, in đậm dưới tiêu đề.
body: |
  Nội dung bài viết. Mỗi đoạn cách nhau một dòng trống.
# Ảnh: đặt tệp vào data/media/ rồi khai báo; đặt ảnh vào bài bằng một dòng {{ figure.<id> }}.
# figures:
#   - id: hoi-nghi
#     image: media/2024/hoi-nghi.jpg
#     caption: Các đại biểu dự hội nghị.
#     alt: Mô tả ảnh cho người khiếm thị
#     credit: Ngọc Minh  # tác giả ảnh, hiện “Ảnh: …” dưới ảnh
# photo_credit: Ngọc Minh  # tác giả mọi ảnh của bài, khi bài ghi chung (cần có figures)
# Buổi lễ trao khen thưởng mà bài thuật lại: chỉ ghi điều bài viết nêu (cần có decisions).
# ceremony:
#   organiser: cong-an-tinh  # đơn vị tổ chức, mã trong data/organisations.yaml
#   place: Hội trường Công an tỉnh  # nơi tổ chức, như bài viết ghi
#   date: 2024-07-01  # ngày tổ chức, không sau ngày đăng bài
#   part_of_day: sáng  # sáng, chiều hoặc tối (cần có date)
# Các quyết định được công bố trong bài (mã trong data/decisions/):
decisions: []
"""


def _uncomment(text: str, first: str, count: int) -> str:
    """`count` commented lines from the one that starts with `first`, without their '# '."""
    lines = text.split("\n")
    start = lines.index(first)
    lines[start : start + count] = [line[2:] for line in lines[start : start + count]]
    return "\n".join(lines)


def test_new_article_shows_authors_time_source_credit_and_ceremony_and_they_validate(data_copy: Path):
    made = bulletin(
        "new", "article", "--data", str(data_copy), "--no-input", "--title", "Tin thử", "--date", "2024-07-01"
    )
    assert made.returncode == 0, made.output
    target = data_copy / "articles/2024/tin-thu.yaml"
    assert _body(target) == ARTICLE_DRAFT
    # The editor removes the '#' of the examples as the article needs them: each is valid as written.
    text = target.read_text(encoding="utf-8")
    text = _uncomment(text, '# time: "08:30"  # giờ đăng, chỉ khi nguồn ghi (giờ Việt Nam)', 1)
    text = _uncomment(text, "# authors:", 5)
    text = _uncomment(text, "# source:", 3)
    text = _uncomment(text, "# ceremony:", 5)
    text = text.replace("decisions: []", "decisions:\n  - ubnd-tinh-bang-khen-antq-2024")
    target.write_text(text, encoding="utf-8")
    from bulletin.model.load import load

    result = load(data_copy)
    assert result.problems.items == []
    article = next(a for a in result.bulletin.articles if a.doc.id == "tin-thu")
    assert [(a.name, a.kind, a.unit) for a in article.doc.authors] == [
        ("Trung Thực", "person", "Công an tỉnh"),
        ("Phòng CTĐ và CTCT", "organisation", None),
    ]
    assert (article.doc.time, article.doc.source.name) == (dt.time(8, 30), "Báo Nghệ An")
    ceremony = article.doc.ceremony
    assert (ceremony.organiser, ceremony.place, ceremony.date, ceremony.part_of_day) == (
        "cong-an-tinh",
        "Hội trường Công an tỉnh",
        dt.date(2024, 7, 1),
        "sáng",
    )


def test_new_article_and_campaign_validate(data_copy: Path):
    assert (
        bulletin(
            "new",
            "campaign",
            "--data",
            str(data_copy),
            "--name",
            "Phong trào thi đua năm 2025",
            "--short-name",
            "TĐ",
            "--start-year",
            "2025",
            "--end-year",
            "2025",
        ).returncode
        == 0
    )
    assert (
        bulletin(
            "new",
            "article",
            "--data",
            str(data_copy),
            "--title",
            "Tin thử: Hội nghị sơ kết",
            "--byline",
            "Phòng CTĐ và CTCT",
            "--date",
            "2024-07-01",
        ).returncode
        == 0
    )
    assert (data_copy / "articles/2024/tin-thu-hoi-nghi-so-ket.yaml").is_file()
    # The id comes from the title's words, not from its placeholders.
    assert (
        bulletin(
            "new",
            "article",
            "--data",
            str(data_copy),
            "--title",
            "{{ awards.total }} tập thể được khen",
            "--byline",
            "Phòng CTĐ và CTCT",
            "--date",
            "2024-07-02",
        ).returncode
        == 0
    )
    assert (data_copy / "articles/2024/tap-the-duoc-khen.yaml").is_file()
    assert (data_copy / "campaigns/td-2025.yaml").is_file()
    result = bulletin("validate", str(data_copy))
    assert result.returncode == 0, result.output


def test_a_one_year_campaigns_id_names_its_year_once(data_copy: Path):
    """--end-year defaults to --start-year: the id is ptt-2025, not ptt-2025-2025; two years keep both."""
    campaign = ["new", "campaign", "--data", str(data_copy), "--name", "Phong trào", "--short-name", "PTT"]
    one = bulletin(*campaign, "--start-year", "2025")
    target = data_copy / "campaigns/ptt-2025.yaml"
    assert (one.returncode, one.stdout, one.stderr) == (
        0,
        f"Đã tạo {target}. Điền nội dung rồi chạy: bulletin validate\n",
        "",
    )
    lines = target.read_text(encoding="utf-8").splitlines()
    assert lines[1:] == [
        "id: ptt-2025",
        'name: "Phong trào"',
        'short_name: "PTT"',
        "start_year: 2025",
        "end_year: 2025",
    ]
    two = bulletin(*campaign, "--start-year", "2025", "--end-year", "2026")
    assert two.returncode == 0, two.output
    assert "id: ptt-2025-2026\n" in (data_copy / "campaigns/ptt-2025-2026.yaml").read_text(encoding="utf-8")


def test_new_refuses_unknown_ids_with_a_suggestion(data_copy: Path):
    result = bulletin("new", "decision", "--data", str(data_copy), "--issuer", "ubnd-tnh", "--form", "bang-khen")
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "bulletin new decision: --issuer: không có cơ quan khen thưởng (issuer) 'ubnd-tnh'; có phải ý bạn là 'ubnd-tinh'? "
        "các giá trị hợp lệ: ubnd-tinh, cong-an-tinh, hoi-nong-dan-tinh, hoi-lhpn-tinh, hoi-ccb-tinh; "
        "nếu là mã mới, hãy thêm vào data/organisations.yaml trước",
        "bulletin new decision: chưa tạo tệp nào.",
    ]


def _files(folder: Path) -> set[Path]:
    return set(folder.rglob("*"))


@pytest.mark.parametrize(
    ("args", "reason"),
    [
        (
            ["decision", "--issuer", "ubnd-tinh", "--form", "bang-khen", "--date", "2024-13-01"],
            "--date: ngày ký '2024-13-01' không đúng dạng YYYY-MM-DD hoặc không có ngày này, ví dụ 2024-06-26",
        ),
        (
            ["decision", "--issuer", "ubnd-tinh", "--form", "bang-khen", "--date", "20240620"],
            "--date: ngày ký '20240620' không đúng dạng YYYY-MM-DD hoặc không có ngày này, ví dụ 2024-06-26",
        ),
        (
            ["decision", "--issuer", "ubnd-tinh", "--form", "bang-khen", "--date", "2999-01-01"],
            f"--date: ngày ký 2999-01-01 ở tương lai; hôm nay là {dt.date.today().isoformat()}",
        ),
        (
            ["decision", "--issuer", "ubnd\x1b[31m", "--form", "bang-khen"],  # never sent raw to the terminal
            "--issuer: không có cơ quan khen thưởng (issuer) 'ubnd\\u001b[31m'; các giá trị hợp lệ: "
            "ubnd-tinh, cong-an-tinh, hoi-nong-dan-tinh, hoi-lhpn-tinh, hoi-ccb-tinh; "
            "nếu là mã mới, hãy thêm vào data/organisations.yaml trước",
        ),
        (
            ["decision", "--issuer", "ubnd-tinh", "--form", "giay", "--date", "2024-06-20"],
            "--form: không có hình thức khen thưởng (form) 'giay'; có phải ý bạn là 'giay-khen'? "
            f"các giá trị hợp lệ: {FORMS}; nếu là mã mới, hãy thêm vào data/forms.yaml trước",
        ),
        (
            ["decision", "--issuer", "ubnd-tinh", "--form", "bang-khen", "--date", "2024-06-20", "--number", "QĐ 328"],
            "--number: số quyết định 'QĐ 328' phải có dạng số/ký hiệu, ví dụ 328/QĐ-UBND",
        ),
        (
            [
                "decision",
                "--issuer",
                "ubnd-tinh",
                "--form",
                "bang-khen",
                "--date",
                "2024-06-20",
                "--id",
                "Quyết định 1",
            ],
            "--id: mã 'Quyết định 1' chỉ được gồm chữ thường không dấu, số và dấu '-', ví dụ: quyet-dinh-1",
        ),
        (
            ["decision", "--issuer", "ubnd-tinh", "--form", "bang-khen", "--date", "2024-06-20", "--id", "a" * 81],
            "--id: mã dài 81 ký tự; tối đa 80",
        ),
        (
            ["decision", "--issuer", "ubnd-tinh", "--form", "bang-khen", "--date", "2024-06-20", "--reason", " "],
            "--reason: lý do khen thưởng không được để trống",
        ),
        (
            ["decision", "--issuer", "ubnd-tinh", "--form", "bang-khen", "--grade", "hạng Ba"],
            "--grade: hình thức 'bang-khen' không có hạng; hãy bỏ tùy chọn này",
        ),
        (
            ["decision", "--issuer", "ubnd-tinh", "--form", "bang-khen", "--date", "2024-06-20", "--names", "none"],
            "--names: không có cách công bố 'none'; các giá trị hợp lệ: listed, counts, unpublished",
        ),
        (
            ["decision", "--issuer", "ubnd-tinh", "--form", "bang-khen", "--date", "2024-06-20", "--names", "counts"],
            "--names: counts (chỉ nêu số lượng) cần số tập thể hoặc số cá nhân lớn hơn 0; bài viết không nêu số nào thì chọn "
            "unpublished",
        ),
        (
            [
                "decision",
                "--issuer",
                "ubnd-tinh",
                "--form",
                "bang-khen",
                "--date",
                "2024-06-20",
                "--collectives",
                "0",
                "--individuals",
                "0",
            ],
            "--names: counts (chỉ nêu số lượng) cần số tập thể hoặc số cá nhân lớn hơn 0; bài viết không nêu số nào thì chọn "
            "unpublished",
        ),
        (
            [
                "decision",
                "--issuer",
                "ubnd-tinh",
                "--form",
                "bang-khen",
                "--date",
                "2024-06-20",
                "--names",
                "listed",
                "--individuals",
                "3",
            ],
            "--individuals: chỉ dùng khi bài viết chỉ nêu số lượng (--names counts)",
        ),
        (
            [
                "decision",
                "--issuer",
                "ubnd-tinh",
                "--form",
                "bang-khen",
                "--date",
                "2024-06-20",
                "--individuals",
                "3.000",
            ],
            "--individuals: số cá nhân '3.000' phải là số nguyên từ 0 đến 100000, viết liền, ví dụ 12",
        ),
        (
            [
                "decision",
                "--issuer",
                "ubnd-tinh",
                "--form",
                "bang-khen",
                "--date",
                "2024-06-20",
                "--names",
                "unpublished",
                "--period",
                "2019-24",
            ],
            "--period: thời gian đạt thành tích '2019-24' phải là một năm (2019) hoặc NĂM-NĂM (2019-2024)",
        ),
        (
            [
                "decision",
                "--issuer",
                "ubnd-tinh",
                "--form",
                "bang-khen",
                "--date",
                "2024-06-20",
                "--names",
                "unpublished",
                "--period",
                "2024-2019",
            ],
            "--period: giai đoạn 2024-2019: năm cuối phải bằng hoặc sau năm đầu",
        ),
        (
            [
                "decision",
                "--issuer",
                "ubnd-tinh",
                "--form",
                "bang-khen",
                "--date",
                "2024-06-20",
                "--names",
                "unpublished",
                "--basis",
                "Quyết định số 521/QĐ-TTg",
                "--basis",
                "",
            ],
            "--basis: căn cứ không được để trống",
        ),
        # The Law's rules, from forms.yaml, with their basis.
        (
            ["decision", "--issuer", "ubnd-tinh", "--form", "co-thi-dua", "--date", "2024-06-20", "--individuals", "3"],
            "--individuals: Cờ thi đua chỉ tặng tập thể, không tặng cá nhân (căn cứ: Luật Thi đua, khen thưởng 2022: "
            "Cờ thi đua là danh hiệu thi đua đối với tập thể); hãy kiểm tra lại hình thức (form) hoặc bỏ danh sách, "
            "số lượng cá nhân",
        ),
        (
            [
                "decision",
                "--issuer",
                "cong-an-tinh",
                "--form",
                "bang-khen",
                "--date",
                "2024-06-20",
                "--names",
                "unpublished",
            ],
            "--form: Giám đốc Công an tỉnh không có thẩm quyền tặng Bằng khen vào ngày 20/6/2024: theo Luật Thi đua, "
            "khen thưởng 2022, Thủ trưởng cơ quan, đơn vị có tư cách pháp nhân thuộc bộ, ngành chỉ quyết định tặng "
            "Chiến sĩ thi đua cơ sở, Tập thể lao động tiên tiến, Lao động tiên tiến, Giấy khen (căn cứ: Luật Thi đua, "
            "khen thưởng 2022, Điều 80 khoản 1); hãy kiểm tra lại hình thức (form) hoặc cơ quan (issuer)",
        ),
        # Refused by the loader's own checks on the whole file, not by the question.
        (
            [
                "decision",
                "--issuer",
                "ubnd-tinh",
                "--form",
                "bang-khen",
                "--date",
                "2018-05-01",
                "--campaign",
                "antq-2019-2024",
            ],
            "--date: ngày 1/5/2018 nằm ngoài giai đoạn 2019 – 2024 của ANTQ",
        ),
        (
            [
                "decision",
                "--issuer",
                "ubnd-tinh",
                "--form",
                "bang-khen",
                "--date",
                "2023-06-20",
                "--id",
                "hoi-ccb-tinh-bang-khen-antq-2024",
            ],
            "--id: mã quyết định 'hoi-ccb-tinh-bang-khen-antq-2024' đã được dùng ở "
            "{data}/decisions/2024/hoi-ccb-tinh-bang-khen-antq-2024.yaml:4:5; mỗi mã chỉ dùng một lần",
        ),
        (["article", "--byline", "Phòng CTĐ và CTCT"], "--title: thiếu tiêu đề (title)"),
        (
            ["campaign", "--name", "Phong trào", "--short-name", "PT", "--start-year", "1900"],
            "--start-year: năm bắt đầu 1900 phải từ 1945 đến 2100",
        ),
        (
            ["campaign", "--name", "Phong trào", "--short-name", "PT", "--start-year", "2024", "--end-year", "2023"],
            "--end-year: năm kết thúc 2023 không được trước năm bắt đầu 2024",
        ),
        (
            ["campaign", "--name", "Phong trào", "--short-name", "ANTQ", "--start-year", "2019", "--end-year", "2024"],
            "--id: tệp {data}/campaigns/antq-2019-2024.yaml đã có; chọn mã khác",
        ),
    ],
)
def test_new_refuses_a_wrong_value_and_writes_nothing(data_copy: Path, args: list[str], reason: str):
    before = _files(data_copy)
    result = bulletin("new", *args, "--data", str(data_copy))
    assert (result.returncode, result.stdout) == (2, ""), result.output
    assert result.stderr.splitlines() == [
        f"bulletin new {args[0]}: {reason.format(data=data_copy)}",
        f"bulletin new {args[0]}: chưa tạo tệp nào.",
    ]
    assert _files(data_copy) == before


def test_new_refuses_options_of_another_kind_and_a_missing_data_folder(data_copy: Path, tmp_path: Path):
    result = bulletin(
        "new", "article", "--data", str(data_copy), "--title", "Tin", "--issuer", "ubnd-tinh", "--form", "x"
    )
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == "bulletin new article: --issuer, --form không dùng cho article; xem: bulletin new --help\n"
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    result = bulletin("new", "campaign", cwd=elsewhere)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == (
        f"bulletin new campaign: không tìm thấy thư mục dữ liệu '{elsewhere / 'data'}'; hãy chạy lệnh ở thư mục gốc "
        "của dự án (nơi có thư mục data/) hoặc chỉ ra thư mục bằng --data\n"
    )


def test_new_writes_values_exactly_as_given(data_copy: Path):
    title = 'Tin "nóng" \\ về khen thưởng: 100% # không phải chú thích'
    result = bulletin(
        "new",
        "article",
        "--data",
        str(data_copy),
        "--title",
        title,
        "--byline",
        "Phòng CTĐ\u00a0và CTCT",
        "--date",
        "2024-07-01",
        "--id",
        "tin-nong",
    )
    assert result.returncode == 0, result.output
    document = yaml.safe_load((data_copy / "articles/2024/tin-nong.yaml").read_text(encoding="utf-8"))
    assert (document["title"], document["byline"]) == (title, "Phòng CTĐ\u00a0và CTCT")


def test_prompts_ask_again_until_the_answer_is_valid(data_copy: Path, capsys):
    from bulletin import scaffold

    answers = iter(["hoi-lhpn", "hoi-lhpn-tinh", "bang-khen", "2024-06-21", "", "12/QĐ-HLHPN", "unpublished"])
    ask = scaffold.Ask(interactive=True, prompt=lambda _: next(answers))
    path, warnings = scaffold.create("decision", data_copy, ROOT, ask)
    assert path == data_copy / "decisions/2024/hoi-lhpn-tinh-bang-khen-12-qd-hlhpn.yaml"
    assert capsys.readouterr().err == (
        "lỗi: không có cơ quan khen thưởng (issuer) 'hoi-lhpn'; có phải ý bạn là 'hoi-lhpn-tinh'? các giá trị hợp lệ: "
        "ubnd-tinh, cong-an-tinh, hoi-nong-dan-tinh, hoi-lhpn-tinh, hoi-ccb-tinh; "
        "nếu là mã mới, hãy thêm vào data/organisations.yaml trước; hãy nhập lại.\n"
    )
    assert "campaign: antq-2019-2024" in path.read_text(encoding="utf-8")
    assert not warnings.items
    assert next(answers, None) is None


def test_prompts_ask_again_what_the_whole_file_check_refuses(data_copy: Path, capsys):
    """The date passes its question, but the loader finds it outside the campaign: date and
    campaign are asked again; an id that is taken is asked for, which normally is not."""
    from bulletin import scaffold

    asked = []
    answers = iter(
        ["Tin thử", "2018-03-01", "antq-2019-2024", "Phòng CTĐ và CTCT", "2024-07-01", "", "tin-thu", "tin-thu-2"]
    )
    (data_copy / "articles/2024/tin-thu.yaml").write_text("id: tin-thu\n", encoding="utf-8")

    def prompt(question: str) -> str:
        asked.append(question)
        return next(answers)

    path, _ = scaffold.create("article", data_copy, ROOT, scaffold.Ask(interactive=True, prompt=prompt))
    today = dt.date.today().isoformat()
    assert asked == [
        "tiêu đề (title): ",
        f"ngày đăng (date) [{today}]: ",
        "phong trào (campaign) (antq-2019-2024, -): ",
        "đơn vị viết bài (byline; bỏ trống nếu tác giả là người hoặc bài không ghi tác giả): ",
        f"ngày đăng (date) [{today}]: ",
        "phong trào (campaign) (antq-2019-2024, -) [antq-2019-2024]: ",
        "mã bài viết (id) [tin-thu]: ",
        "mã bài viết (id) [tin-thu]: ",
    ]
    assert capsys.readouterr().err.splitlines() == [
        "lỗi: ngày 1/3/2018 nằm ngoài giai đoạn 2019 – 2024 của ANTQ; hãy nhập lại.",
        f"lỗi: tệp {data_copy}/articles/2024/tin-thu.yaml đã có; chọn mã khác; hãy nhập lại.",
        f"lỗi: tệp {data_copy}/articles/2024/tin-thu.yaml đã có; chọn mã khác; hãy nhập lại.",
    ]
    assert path == data_copy / "articles/2024/tin-thu-2.yaml"
    assert "date: 2024-07-01\ncampaign: antq-2019-2024\n" in path.read_text(encoding="utf-8")


def _terminal(data: Path, kind: str = "decision") -> Terminal:
    return Terminal([sys.executable, "-m", "bulletin", "new", kind, "--data", str(data)], _env(), ROOT)


ISSUER = "cơ quan khen thưởng (issuer) (ubnd-tinh, cong-an-tinh, hoi-nong-dan-tinh, hoi-lhpn-tinh, hoi-ccb-tinh): "
FORM = f"hình thức khen thưởng (form) ({FORMS}): "
COLLECTIVES = "số tập thể được khen, đúng như bài viết nêu; Enter nếu bài viết không nêu (collectives): "
INDIVIDUALS = "số cá nhân được khen, đúng như bài viết nêu; Enter nếu bài viết không nêu (individuals): "
NAMES = (
    "người, đơn vị được khen: listed nếu bài viết nêu tên, counts nếu chỉ nêu số lượng, unpublished nếu "
    "không nêu (names) (listed, counts, unpublished) [listed]: "
)


def test_new_in_a_terminal_asks_again_after_a_wrong_date(data_copy: Path):
    today = dt.date.today().isoformat()
    day = f"ngày ký (date) [{today}]: "
    campaign = "phong trào (campaign) (antq-2019-2024, -) [antq-2019-2024]: "
    number = "số quyết định, ví dụ 328/QĐ-UBND; Enter nếu chưa có (number): "
    term = _terminal(data_copy)
    term.answer(ISSUER, "ubnd-tinh\n")
    term.answer(FORM, "bang-khen\n")
    term.answer(day, "2024-13-45\n")
    term.answer(day, "2024-06-20\n")
    term.answer(campaign, "\n")
    term.answer(number, "328/QĐ-UBND\n")
    term.answer(NAMES, "counts\n")
    term.answer(COLLECTIVES, "\n")
    term.answer(INDIVIDUALS, "9\n")
    assert term.finish() == 0
    target = data_copy / "decisions/2024/ubnd-tinh-bang-khen-328-qd-ubnd.yaml"
    assert term.output() == (
        f"{ISSUER}ubnd-tinh\n{FORM}bang-khen\n{day}2024-13-45\n"
        "lỗi: ngày ký '2024-13-45' không đúng dạng YYYY-MM-DD hoặc không có ngày này, ví dụ 2024-06-26; hãy nhập lại.\n"
        f"{day}2024-06-20\n{campaign}\n{number}328/QĐ-UBND\n{NAMES}counts\n{COLLECTIVES}\n{INDIVIDUALS}9\n"
        f"Đã tạo {target}. Điền nội dung rồi chạy: bulletin validate\n"
    )
    text = target.read_text(encoding="utf-8")
    assert "date: 2024-06-20\n" in text and 'number: "328/QĐ-UBND"\n' in text
    assert text.endswith("names: unpublished\ncounts:\n  individuals: 9\n")
    from bulletin.model.load import load

    assert load(data_copy).problems.items == []


@pytest.mark.parametrize("at_first_prompt", [True, False])
@pytest.mark.parametrize(("keys", "echo", "status"), [("\x04", "", 1), ("\x03", "^C", 130)])
def test_new_in_a_terminal_stops_cleanly_on_ctrl_d_and_ctrl_c(
    data_copy: Path, keys: str, echo: str, status: int, at_first_prompt: bool
):
    before = _files(data_copy)
    term = _terminal(data_copy)
    if at_first_prompt:
        term.answer(ISSUER, keys)
        shown = f"{ISSUER}{echo}"
    else:
        term.answer(ISSUER, "ubnd-tinh\n")
        term.answer(FORM, keys)
        shown = f"{ISSUER}ubnd-tinh\n{FORM}{echo}"
    assert term.finish() == status
    assert term.output() == f"{shown}\nĐã hủy; chưa tạo tệp nào.\n"  # no traceback
    assert _files(data_copy) == before


# What argparse would say in English; none of it may reach an editor.
ENGLISH = [
    "usage:",
    "positional arguments",
    "optional arguments",
    "options:",
    "show this help message and exit",
    "the following arguments are required",
    "invalid choice",
    "choose from",
    "unrecognized arguments",
    "expected one argument",
    "argument ",
    "error:",
    "invalid int value",
    "ambiguous option",
    "could match",
]


def _parsers() -> dict[str, argparse.ArgumentParser]:
    from bulletin.cli import build_parser

    parser = build_parser()
    found = {"bulletin": parser}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            found.update({f"bulletin {name}": sub for name, sub in action.choices.items()})
    return found


def test_every_help_is_vietnamese_and_describes_every_argument():
    parsers = _parsers()
    assert set(parsers) == {
        "bulletin",
        *(f"bulletin {c}" for c in ("validate", "generate", "new", "init", "schema", "index")),
    }
    for name, parser in parsers.items():
        shown = bulletin(*name.split()[1:], "--help", env={"COLUMNS": "100"})
        assert shown.returncode == 0
        assert shown.stdout.startswith(f"cách dùng: {name} [-h]"), name
        assert [phrase for phrase in ENGLISH if phrase in shown.stdout.lower()] == [], name
        flat = " ".join(shown.stdout.split())
        for action in parser._actions:
            assert action.help, (name, action.dest)
            assert " ".join(action.help.split()) in flat, (name, action.dest)
    assert "in hướng dẫn này rồi thoát" in flat


def test_new_help_says_which_kinds_use_each_option_with_an_example():
    from bulletin import scaffold

    flat = " ".join(bulletin("new", "--help", env={"COLUMNS": "100"}).stdout.split())
    for option in scaffold.OPTIONS:
        kinds = (
            "mọi loại"
            if len(option.kinds) == 3
            else " và ".join(f"{k} ({scaffold.KIND_NAMES[k]})" for k in option.kinds)
        )
        assert option.kinds and set(option.kinds) <= set(scaffold.KIND_NAMES)
        example = f'"{option.example}"' if " " in option.example else option.example
        shown = " ".join(
            f"{option.flag} {option.metavar} {option.help}. Dùng cho: {kinds}. Ví dụ: {option.flag} {example}".split()
        )
        assert shown in flat, shown
    assert (
        "--data THƯ_MỤC thư mục dữ liệu (mặc định: $BULLETIN_DATA hoặc data). Dùng cho: mọi loại. Ví dụ: --data data"
        in flat
    )
    assert "--no-input không hỏi gì" in flat and "Dùng cho: mọi loại. Ví dụ: --no-input" in flat
    assert (
        "mã thoát: 0 đã tạo tệp; 2 giá trị sai hoặc thiếu (không tạo tệp); 1 dừng bằng Ctrl-D; 130 dừng bằng Ctrl-C"
        in flat
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ([], "bulletin: lỗi: thiếu tham số bắt buộc: LỆNH"),
        (
            ["frob"],
            "bulletin: lỗi: tham số LỆNH: không có giá trị 'frob'; chọn một trong: "
            "'validate', 'generate', 'new', 'init', 'schema', 'index'",
        ),
        (["new"], "bulletin new: lỗi: thiếu tham số bắt buộc: LOẠI"),
        (
            ["new", "quyet-dinh"],
            "bulletin new: lỗi: tham số LOẠI: không có giá trị 'quyet-dinh'; "
            "chọn một trong: 'decision', 'article', 'campaign'",
        ),
        (["new", "decision", "--date"], "bulletin new: lỗi: tham số --date: cần một giá trị đi kèm"),
        (["new", "decision", "--dat", "x"], "bulletin new: lỗi: tùy chọn --dat chưa rõ, có thể là: --data, --date"),
        (["new", "decision", "--bogus"], "bulletin: lỗi: không hiểu tham số: --bogus"),
        (
            ["validate", "--format", "xml"],
            "bulletin validate: lỗi: tham số --format: không có giá trị 'xml'; "
            "chọn một trong: 'text', 'github', 'json'",
        ),
    ],
)
def test_usage_errors_are_vietnamese(args: list[str], message: str):
    result = bulletin(*args, env={"COLUMNS": "100"})
    assert (result.returncode, result.stdout) == (2, "")
    lines = result.stderr.splitlines()
    assert lines[0].startswith("cách dùng: bulletin")
    assert lines[-1] == message
    assert [phrase for phrase in ENGLISH if phrase in result.stderr.lower()] == []


def test_a_number_that_is_not_one_is_refused_in_vietnamese(capsys: pytest.CaptureFixture[str]):
    """No command takes a number now; the parser every command uses still says it in Vietnamese."""
    from bulletin.cliparse import Parser

    parser = Parser(prog="bulletin x")
    parser.add_argument("--articles", type=int)
    with pytest.raises(SystemExit) as stop:
        parser.parse_args(["--articles", "nhiều"])
    assert stop.value.code == 2
    assert (
        capsys.readouterr().err.splitlines()[-1]
        == "bulletin x: lỗi: tham số --articles: giá trị 'nhiều' không phải số nguyên"
    )


class _Yaml12Loader(yaml.SafeLoader):
    """Reads YAML as VS Code's YAML extension does: dates stay text."""


_Yaml12Loader.yaml_implicit_resolvers = {
    k: [(tag, regexp) for tag, regexp in v if tag != "tag:yaml.org,2002:timestamp"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.copy().items()
}


def _schema_for(file: Path) -> dict:
    first = file.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("# yaml-language-server: $schema="), file
    # The tests' own copy of the data points at schema/ as if it were the project's data/.
    where = ROOT / "data" / file.relative_to(DATA) if file.is_relative_to(DATA) else file
    target = (where.parent / first.split("=", 1)[1]).resolve()
    return json.loads(target.read_text(encoding="utf-8"))


def test_committed_schemas_match_the_model_and_validate_every_sample_file():
    check = bulletin("schema", "--check")
    assert check.returncode == 0, check.output
    files = sorted(DATA.rglob("*.yaml"))
    assert len(files) == 11
    for file in files + sorted((ROOT / "data").rglob("*.yaml")):  # the sample too, whatever it holds
        schema = _schema_for(file)
        jsonschema.validate(yaml.load(file.read_text(encoding="utf-8"), Loader=_Yaml12Loader), schema)


def test_schema_rejects_a_misspelt_key():
    file = DATA / CCB
    document = yaml.load(file.read_text(encoding="utf-8").replace("reason:", "reasn:"), Loader=_Yaml12Loader)
    with pytest.raises(jsonschema.ValidationError, match="reasn"):
        jsonschema.validate(document, _schema_for(file))


def test_schema_check_fails_when_a_schema_is_stale(tmp_path: Path):
    import shutil

    shutil.copytree(ROOT / "schema", tmp_path / "schema")
    shutil.copytree(ROOT / ".vscode", tmp_path / ".vscode")
    stale = tmp_path / "schema/decision.schema.json"
    stale.write_text(
        stale.read_text(encoding="utf-8").replace("Mã cơ quan có người đứng đầu ký quyết định", "cũ"), encoding="utf-8"
    )
    result = bulletin("schema", "--check", cwd=tmp_path)
    assert result.returncode == 1
    assert (
        result.stderr.strip()
        == "schema/decision.schema.json: khác với mô hình dữ liệu; chạy 'bulletin schema' để cập nhật"
    )


def test_vscode_maps_every_schema_to_its_files_as_the_kinds_declare():
    settings = json.loads((ROOT / ".vscode/settings.json").read_text(encoding="utf-8"))
    mapped = {Path(k).name for k in settings["yaml.schemas"]}
    assert mapped == {p.name for p in (ROOT / "schema").glob("*.schema.json")}
    assert settings["yaml.schemas"]["./schema/decision.schema.json"] == "data/decisions/**/*.yaml"
    assert settings["yaml.schemas"]["./schema/campaign.schema.json"] == "data/campaigns/*.yaml"
    assert settings["yaml.schemas"]["./schema/forms.schema.json"] == "data/forms.yaml"


def test_schema_writes_the_editor_settings_mapping_and_check_finds_it_stale(tmp_path: Path):
    import shutil

    shutil.copytree(ROOT / "schema", tmp_path / "schema")
    (tmp_path / ".vscode").mkdir()
    settings = tmp_path / ".vscode/settings.json"
    settings.write_text(
        '{"files.eol": "\\n", "yaml.schemas": {"./schema/decision.schema.json": "data/*.yaml"}}', encoding="utf-8"
    )
    result = bulletin("schema", "--check", cwd=tmp_path)
    assert (result.returncode, result.stderr.strip()) == (
        1,
        ".vscode/settings.json: khác với mô hình dữ liệu; chạy 'bulletin schema' để cập nhật",
    )
    assert bulletin("schema", cwd=tmp_path).returncode == 0
    written = json.loads(settings.read_text(encoding="utf-8"))
    assert written["files.eol"] == "\n"  # the editor's other settings are kept
    assert (
        written["yaml.schemas"]
        == json.loads((ROOT / ".vscode/settings.json").read_text(encoding="utf-8"))["yaml.schemas"]
    )
    assert bulletin("schema", "--check", cwd=tmp_path).returncode == 0


def test_github_annotations_and_json(data_copy: Path):
    decision = data_copy / CCB
    edit(decision, "  individuals: 5", "  individuals: 6")
    line = line_of(decision, "  individuals: 6")
    github = bulletin("validate", "--format", "github", str(data_copy))
    assert github.returncode == 1
    assert github.stdout.splitlines() == [
        f"::error file={decision},line={line},col=16,title=count-mismatch::counts.individuals ghi 6 cá nhân nhưng "
        "danh sách individuals có 5 cá nhân; hãy sửa số cho khớp hoặc bổ sung danh sách",
        "Dữ liệu có 1 lỗi, 0 cảnh báo.",
    ]
    as_json = bulletin("validate", "--format", "json", str(data_copy))
    assert as_json.returncode == 1
    assert json.loads(as_json.stdout) == [
        {
            "file": str(decision),
            "line": line,
            "column": 16,
            "severity": "error",
            "code": "count-mismatch",
            "message": "counts.individuals ghi 6 cá nhân nhưng danh sách individuals có 5 cá nhân; "
            "hãy sửa số cho khớp hoặc bổ sung danh sách",
        }
    ]


def test_workflows_parse_and_run_commands_the_project_has():
    from bulletin.cli import build_parser

    workflows = sorted((ROOT / ".github/workflows").glob("*.yml"))
    assert [w.name for w in workflows] == ["publish.yml", "pull-request.yml", "tests.yml"]
    commands = []
    for workflow in workflows:
        document = yaml.safe_load(workflow.read_text(encoding="utf-8"))
        assert document["jobs"]
        for job in document["jobs"].values():
            commands += [step["run"] for step in job["steps"] if "run" in step]
    assert "bulletin validate --format github" in commands
    assert "mkdocs build --strict" in commands
    # Every `bulletin` command a workflow runs is one the CLI has (tests/test_workflows.py checks the rest).
    for command in commands:
        for part in (p for line in command.splitlines() for p in line.split("&&")):
            words = part.split()
            if words and words[0] == "bulletin":
                build_parser().parse_args(words[1:])  # exits (fails the test) on an unknown command
            elif words and words[0] == "npm":
                assert (ROOT / "package-lock.json").is_file()
            elif words[:4] == ["python3", "-m", "pip", "install"] and "-r" in words:
                assert (ROOT / words[words.index("-r") + 1]).is_file()


def test_without_a_repository_no_page_has_an_edit_link(built_site: Path):
    # The tests' bulletin names no repository, as the sample does not.
    assert [page for page in built_site.rglob("*.html") if soup(page).select_one("a.md-content__button")] == []
    for data in (ROOT / "data", DATA):
        assert "\nedit_url:" not in (data / "bulletin.yaml").read_text(encoding="utf-8")


def test_edit_links_open_the_yaml_a_page_came_from(tmp_path: Path):
    """With `edit_url` in bulletin.yaml, each page's "Sửa nội dung này" opens its YAML in the repository:
    the data must then be in the project (a copy under build/, git-ignored, for this test)."""
    base = "https://github.com/example/ban-tin-khen-thuong/edit/main/"
    copy = ROOT / "build" / f"test-edit-links-{os.getpid()}"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(DATA, copy)
    try:
        with (copy / "bulletin.yaml").open("a", encoding="utf-8") as out:
            out.write(f"edit_url: {base}\n")
        site = built(tmp_path / "site", copy)
        data = copy.relative_to(ROOT).as_posix()
        expected = {
            ARTICLE_URL: f"{data}/articles/2024/bieu-duong-dien-hinh-antq-2019-2024.yaml",
            "khen-thuong/2024/ubnd-tinh-bang-khen-antq-2024/index.html": f"{data}/decisions/2024/ubnd-tinh-bang-khen-antq-2024.yaml",
            "don-vi/ubnd-tinh/index.html": f"{data}/organisations.yaml",
            "phong-trao/antq-2019-2024/index.html": f"{data}/campaigns/antq-2019-2024.yaml",
            "index.html": f"{data}/bulletin.yaml",
        }
        for url, source in expected.items():
            link = soup(site / url).select_one("a.md-content__button")
            assert link is not None, url
            assert link["href"] == base + source, url
            assert link["title"] == "Sửa nội dung này", url  # our label (vi-custom.html), not Material's
            assert (ROOT / source).is_file()
    finally:
        shutil.rmtree(copy, ignore_errors=True)


def test_build_log_ends_with_a_summary(tmp_path: Path):
    result = mkdocs_build(tmp_path / "site")
    lines = [line for line in result.stderr.splitlines() if line.startswith("INFO")]
    assert lines[-2] == "INFO    -  Đã nạp 1 bài viết, 5 quyết định, 27 tập thể, 45 cá nhân; 0 cảnh báo."
    assert lines[-1].startswith("INFO    -  Documentation built in")


def test_live_preview_rebuilds_on_data_changes_and_survives_invalid_data(data_copy: Path, tmp_path: Path):
    port = free_port()
    log = tmp_path / "serve.log"
    with log.open("w") as out:
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "mkdocs",
                "serve",
                "--livereload",
                "-a",
                f"127.0.0.1:{port}",
                "-f",
                str(ROOT / "mkdocs.yml"),
            ],
            cwd=ROOT,
            env=_env({"BULLETIN_DATA": str(data_copy)}),
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        url = f"http://127.0.0.1:{port}/{ARTICLE_URL.removesuffix('index.html')}"
        wait_for(lambda: "Serving on" in log.read_text(encoding="utf-8"))
        assert "72 tập thể" in fetch(url)
        decision = data_copy / CCB
        edit(decision, "  individuals: 5", "  individuals: 6")
        wait_for(lambda: "vẫn đang hiển thị lần dựng thành công gần nhất" in log.read_text(encoding="utf-8"))
        assert "counts.individuals ghi 6 cá nhân" in log.read_text(encoding="utf-8")
        assert "72 tập thể" in fetch(url)  # the last good site, served at once
        edit(decision, "  individuals: 6", "  individuals: 4")
        edit(
            decision,
            "  - name: Lương Văn Dũng\n    position: Hội viên\n    locality: phường Phước Bình, thị xã Phước Long\n",
            "",
        )
        wait_for(lambda: "71 tập thể" in fetch(url))
        assert server.poll() is None
        assert "Traceback" not in log.read_text(encoding="utf-8")
    finally:
        server.terminate()
        server.wait(timeout=20)
