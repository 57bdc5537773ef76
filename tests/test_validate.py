"""`bulletin validate`: exit codes and exact path:line:column messages."""

from __future__ import annotations

from pathlib import Path

from conftest import ARTICLE_YAML, ROOT, bulletin, edit, line_of

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
    edit(decision, "  - name: Lương Văn Dũng\n    position: Hội viên\n    locality: phường Phước Bình, thị xã Phước Long\n", "")
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
        f"{article}:{line_of(article, 'hoi-cbb-tinh')}:14: lỗi: không có tổ chức mã 'hoi-cbb-tinh'; "
        "có phải ý bạn là 'hoi-ccb-tinh'?",
        f"{ccb}:7:1: lỗi: trường 'reasn' không hợp lệ ở đây; có phải ý bạn là 'reason'? các trường hợp lệ: "
        "id, number, date, issuer, form, campaign, signer, reason, counts, collectives, individuals",
        f"{lhpn}:6:9: lỗi: lỗi cú pháp YAML: dấu '[' mở ở dòng 5 chưa được đóng bằng ']'",
    ]


def test_paths_are_relative_to_the_project_root_when_inside_it(data_copy: Path):
    edit(data_copy / CCB, "reason:", "reasn:")
    result = bulletin("validate", "data", cwd=data_copy.parent)
    assert problems(result)[0].startswith(f"data/{CCB}:7:1: lỗi: trường 'reasn' không hợp lệ ở đây;")


def test_duplicate_keys_are_errors_not_silently_merged(data_copy: Path):
    decision = data_copy / CCB
    edit(decision, "form: bang-khen\n", "form: bang-khen\nform: giay-khen\n")
    result = bulletin("validate", str(data_copy))
    assert problems(result) == [
        f"{decision}:6:1: lỗi: trường 'form' được viết hai lần (lần đầu ở dòng 5); "
        "hãy giữ một lần, nếu không giá trị đầu sẽ bị mất"
    ]


def test_thousands_separator_in_a_number_is_caught(data_copy: Path):
    article = data_copy / ARTICLE_YAML
    edit(article, "value: 6063", "value: 6.063")
    result = bulletin("validate", str(data_copy))
    assert problems(result) == [
        f"{article}:{line_of(article, 'value: 6.063')}:16: lỗi: số '6.063' sẽ bị hiểu là số thập phân; "
        "trong dữ liệu hãy viết liền, không dấu chấm: 6063"
    ]


def test_wrong_type_shows_an_example(data_copy: Path):
    decision = data_copy / CCB
    edit(decision, "  collectives: 3", "  collectives: ba")
    result = bulletin("validate", str(data_copy))
    assert problems(result) == [
        f"{decision}:13:16: lỗi: trường 'collectives' phải là một số nguyên, ví dụ: collectives: 15; đang là 'ba'"
    ]


def test_invalid_date_is_reported_where_it_is_written(data_copy: Path):
    article = data_copy / ARTICLE_YAML
    edit(article, "date: 2024-06-26", "date: 2024-06-31")
    result = bulletin("validate", str(data_copy))
    assert problems(result) == [
        f"{article}:5:7: lỗi: giá trị '2024-06-31' không đọc được (day is out of range for month); "
        "ngày viết dạng YYYY-MM-DD, ví dụ 2024-06-26"
    ]


def test_unknown_placeholder_points_at_its_line_in_the_body(data_copy: Path):
    article = data_copy / ARTICLE_YAML
    edit(article, "{{ figure.trao-khen-thuong }}", "{{ figure.trao-khen-thuon }}")
    line = line_of(article, "figure.trao-khen-thuon ")
    result = bulletin("validate", str(data_copy))
    assert problems(result) == [
        f"{article}:{line}:3: lỗi: không có số liệu tên 'figure.trao-khen-thuon'; có phải ý bạn là 'figure.trao-khen-thuong'?"
    ]


def test_duplicate_ids_across_files(data_copy: Path):
    copy = data_copy / "decisions/2024/ban-sao.yaml"
    copy.write_text((data_copy / CCB).read_text(encoding="utf-8"), encoding="utf-8")
    result = bulletin("validate", str(data_copy))
    assert problems(result) == [
        f"{data_copy / CCB}:3:5: lỗi: mã quyết định 'hoi-ccb-tinh-bang-khen-antq-2024' đã được dùng ở "
        f"{copy}:3:5; mỗi mã chỉ dùng một lần"
    ]
