"""`bulletin validate`: exit codes and exact path:line:column messages."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import ARTICLE_YAML, bulletin, edit, line_of

CCB = "decisions/2024/hoi-ccb-tinh-bang-khen-antq-2024.yaml"
LHPN = "decisions/2024/hoi-lhpn-tinh-bang-khen-antq-2024.yaml"


def problems(run_result) -> list[str]:
    """The problem lines of stderr (the last line is the summary)."""
    return run_result.stderr.splitlines()[:-1]


def test_sample_data_is_valid():
    result = bulletin("validate")
    assert result.returncode == 0, result.output
    assert result.stdout.strip() == "Dữ liệu hợp lệ: 0 lỗi, 0 cảnh báo."
    assert result.stderr == ""


def test_usage_error_exits_2():
    assert bulletin("validate", "no/such/dir").returncode == 2
    assert bulletin("frobnicate").returncode == 2


def test_count_mismatch_is_reported_at_the_decision(data_copy: Path):
    decision = data_copy / CCB
    edit(
        decision,
        "  - name: Lương Văn Dũng\n    position: Hội viên\n    locality: phường Phước Bình, thị xã Phước Long\n",
        "",
    )
    line = line_of(decision, "  individuals: 5")
    result = bulletin("validate", str(data_copy))
    assert result.returncode == 1
    assert problems(result) == [
        f"{decision}:{line}:16: lỗi: counts.individuals ghi 5 cá nhân nhưng danh sách individuals có 4 cá nhân; "
        "hãy sửa số cho khớp hoặc bổ sung danh sách"
    ]
    assert result.stderr.splitlines()[-1] == "Dữ liệu chưa hợp lệ: 1 lỗi, 0 cảnh báo."


def test_syntax_error_misspelt_key_and_missing_reference_all_reported_at_once(data_copy: Path):
    lhpn, ccb, article = data_copy / LHPN, data_copy / CCB, data_copy / ARTICLE_YAML
    edit(lhpn, "form: bang-khen", "form: [bang-khen")
    edit(ccb, "reason:", "reasn:")
    edit(article, "  - partner: hoi-ccb-tinh", "  - partner: hoi-cbb-tinh")
    result = bulletin("validate", str(data_copy))
    assert result.returncode == 1
    assert problems(result) == [
        f"{article}:{line_of(article, 'hoi-cbb-tinh')}:14: lỗi: không có cơ quan mã 'hoi-cbb-tinh'; "
        "có phải ý bạn là 'hoi-ccb-tinh'? Nếu là cơ quan, tổ chức mới, hãy thêm vào data/organisations.yaml",
        f"{ccb}:8:1: lỗi: trường 'reasn' không hợp lệ ở đây; có phải ý bạn là 'reason'? các trường hợp lệ: "
        "id, number, date, issuer, form, grade, presented_by, campaign, occasion, extraordinary, period, basis, signer, reason, "
        "names, counts, collectives, individuals, revoked, illustrative",
        f"{lhpn}:7:9: lỗi: lỗi cú pháp YAML: dấu '[' mở ở dòng 6 chưa được đóng bằng ']'",
    ]


def test_paths_are_relative_to_the_project_root_when_inside_it(data_copy: Path):
    edit(data_copy / CCB, "reason:", "reasn:")
    result = bulletin("validate", "data", cwd=data_copy.parent)
    assert problems(result)[0].startswith(f"data/{CCB}:8:1: lỗi: trường 'reasn' không hợp lệ ở đây;")


# One mistake each: (file, text to replace, replacement, line or text on that line, column, message).
SINGLE_MISTAKES = {
    "duplicate key": (
        CCB,
        "form: bang-khen\n",
        "form: bang-khen\nform: giay-khen\n",
        7,
        1,
        "trường 'form' được viết hai lần (lần đầu ở dòng 6); hãy giữ một lần, nếu không giá trị đầu sẽ bị mất",
    ),
    "thousands separator": (
        ARTICLE_YAML,
        "value: 6063",
        "value: 6.063",
        "value: 6.063",
        16,
        "số '6.063' sẽ bị hiểu là số thập phân; trong dữ liệu hãy viết liền, không dấu chấm: 6063",
    ),
    "wrong type": (
        CCB,
        "  collectives: 3",
        "  collectives: ba",
        11,
        16,
        "trường 'collectives' phải là một số nguyên, ví dụ: collectives: 15; đang là 'ba'",
    ),
    "invalid date": (
        ARTICLE_YAML,
        "date: 2024-06-26",
        "date: 2024-06-31",
        6,
        7,
        "ngày '2024-06-31' không có thật; ngày viết dạng YYYY-MM-DD, ví dụ 2024-06-26",
    ),
    "unknown placeholder": (
        ARTICLE_YAML,
        "{{ figure.trao-khen-thuong }}",
        "{{ figure.trao-khen-thuon }}",
        "figure.trao-khen-thuon ",
        3,
        "không có số liệu tên 'figure.trao-khen-thuon'; có phải ý bạn là 'figure.trao-khen-thuong'?",
    ),
    "missing field": (
        ARTICLE_YAML,
        'title: "{{ awards.total }} tập thể, cá nhân được khen thưởng trong phong trào toàn dân bảo vệ '
        'an ninh Tổ quốc, giai đoạn {{ campaign.period }}"\n',
        "",
        4,
        1,
        "thiếu trường bắt buộc 'title', ví dụ: title: {{ awards.total }} tập thể, cá nhân được khen thưởng",
    ),
    "missing campaign": (
        CCB,
        "campaign: antq-2019-2024",
        "campaign: antq-2019",
        7,
        11,
        "không có phong trào mã 'antq-2019'; có phải ý bạn là 'antq-2019-2024'? "
        "Nếu là phong trào mới, hãy tạo tệp trong data/campaigns/ (lệnh: bulletin new campaign)",
    ),
    "unknown metric": (
        ARTICLE_YAML,
        "metric: buoi-tuyen-truyen\n",
        "metric: buoi-tuyen-truyn\n",
        "buoi-tuyen-truyn",
        17,
        "không có chỉ tiêu mã 'buoi-tuyen-truyn'; có phải ý bạn là 'buoi-tuyen-truyen'? "
        "Nếu là chỉ tiêu mới, hãy thêm vào data/metrics.yaml",
    ),
    "figure without alt text": (
        ARTICLE_YAML,
        "    alt: Ảnh minh họa thay cho ảnh gốc; người phát biểu đứng tại bục hội nghị.",
        '    alt: " "',
        '    alt: " "',
        10,
        "trường 'alt' không được để trống",
    ),
    "tab": (
        CCB,
        "  individuals: 5",
        "\tindividuals: 5",
        12,
        1,
        "lỗi cú pháp YAML: có ký tự tab; YAML chỉ cho phép thụt lề bằng dấu cách",
    ),
}


@pytest.mark.parametrize("case", SINGLE_MISTAKES, ids=list(SINGLE_MISTAKES))
def test_single_mistake_gives_one_exact_message(case: str, data_copy: Path):
    relative, old, new, line, column, message = SINGLE_MISTAKES[case]
    path = data_copy / relative
    edit(path, old, new)
    if isinstance(line, str):
        line = line_of(path, line)
    result = bulletin("validate", str(data_copy))
    assert result.returncode == 1
    assert problems(result) == [f"{path}:{line}:{column}: lỗi: {message}"]


def test_duplicate_ids_across_files(data_copy: Path):
    copy = data_copy / "decisions/2024/ban-sao.yaml"
    copy.write_text((data_copy / CCB).read_text(encoding="utf-8"), encoding="utf-8")
    result = bulletin("validate", str(data_copy))
    # Its recipients also look like those of the original (warnings); the id is the error.
    assert [line for line in problems(result) if ": lỗi: " in line] == [
        f"{data_copy / CCB}:4:5: lỗi: mã quyết định 'hoi-ccb-tinh-bang-khen-antq-2024' đã được dùng ở "
        f"{copy}:4:5; mỗi mã chỉ dùng một lần"
    ]


def test_byte_order_mark_and_crlf_are_accepted(data_copy: Path):
    decision = data_copy / CCB
    text = decision.read_text(encoding="utf-8")
    decision.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    assert bulletin("validate", str(data_copy)).returncode == 0


def test_unknown_file_is_a_warning_not_silently_ignored(data_copy: Path):
    stray = data_copy / "decision.yaml"
    stray.write_text("id: x\n", encoding="utf-8")
    result = bulletin("validate", str(data_copy))
    assert result.returncode == 0
    assert result.stderr.splitlines() == [
        f"{stray}:1:1: cảnh báo: tệp hoặc thư mục này không thuộc loại dữ liệu nào nên bị bỏ qua; "
        "các loại hợp lệ: articles, bulletin.yaml, campaigns, decisions, forms.yaml, media, metrics.yaml, organisations.yaml"
    ]
    assert result.stdout.strip() == "Dữ liệu hợp lệ: 0 lỗi, 1 cảnh báo."


def test_a_missing_forms_file_is_reported_once_not_at_every_decision(data_copy: Path):
    (data_copy / "forms.yaml").unlink()
    result = bulletin("validate", str(data_copy))
    assert result.returncode == 1
    assert problems(result) == [f"{data_copy / 'forms.yaml'}:1:1: lỗi: thiếu tệp forms.yaml trong thư mục dữ liệu"]
