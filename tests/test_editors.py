"""What editors use: scaffolding, JSON Schema, machine-readable problems, workflows,
edit links, the build summary and the live preview."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import jsonschema
import pytest
import yaml

from conftest import ARTICLE_URL, DATA, ROOT, _env, bulletin, edit, line_of, mkdocs_build, soup

CCB = "decisions/2024/hoi-ccb-tinh-bang-khen-antq-2024.yaml"


def test_new_decision_validates_and_builds(data_copy: Path, tmp_path: Path):
    made = bulletin(
        "new", "decision", "--data", str(data_copy), "--issuer", "ubnd-tinh", "--form", "bang-khen",
        "--number", "328/QĐ-UBND", "--date", "2024-06-20",
    )
    assert made.returncode == 0, made.output
    target = data_copy / "decisions/2024/ubnd-tinh-bang-khen-328-qd-ubnd.yaml"
    assert made.stdout.strip() == f"Đã tạo {target}. Điền nội dung rồi chạy: bulletin validate"
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=")
    assert "#   - name: Nguyễn Văn An" in text  # commented example for the editor
    # The editor fills in one person, as the comments show.
    target.write_text(
        text.replace("individuals: []", "individuals:\n  - name: Nguyễn Văn An\n    rank: Thiếu tá"), encoding="utf-8"
    )
    assert bulletin("validate", str(data_copy)).returncode == 0
    site = tmp_path / "site"
    built = mkdocs_build(site, data=data_copy)
    assert built.returncode == 0, built.output
    page = soup(site / "khen-thuong/2024/ubnd-tinh-bang-khen-328-qd-ubnd/index.html")
    assert "Quyết định số 328/QĐ-UBND" in page.get_text()
    assert [li.strong.get_text() for li in page.select("article ol li")] == ["Nguyễn Văn An"]


def test_new_article_and_campaign_validate(data_copy: Path):
    assert bulletin("new", "campaign", "--data", str(data_copy), "--name", "Phong trào thi đua năm 2025",
                    "--short-name", "TĐ", "--start-year", "2025", "--end-year", "2025").returncode == 0
    assert bulletin("new", "article", "--data", str(data_copy), "--title", "Tin thử: Hội nghị sơ kết",
                    "--byline", "Phòng CTĐ và CTCT", "--date", "2024-07-01").returncode == 0
    assert (data_copy / "articles/2024/tin-thu-hoi-nghi-so-ket.yaml").is_file()
    assert (data_copy / "campaigns/td-2025-2025.yaml").is_file()
    result = bulletin("validate", str(data_copy))
    assert result.returncode == 0, result.output


def test_new_refuses_unknown_ids_with_a_suggestion(data_copy: Path):
    result = bulletin("new", "decision", "--data", str(data_copy), "--issuer", "ubnd-tnh", "--form", "bang-khen")
    assert result.returncode == 2
    assert result.stderr.strip() == (
        "bulletin new decision: không có cơ quan khen thưởng (issuer) 'ubnd-tnh'; có phải ý bạn là 'ubnd-tinh'? "
        "các giá trị hợp lệ: ubnd-tinh, cong-an-tinh, hoi-nong-dan-tinh, hoi-lhpn-tinh, hoi-ccb-tinh"
    )


def test_prompts_ask_again_until_the_answer_is_valid(data_copy: Path, capsys):
    from bulletin import scaffold

    answers = iter(["hoi-lhpn", "hoi-lhpn-tinh", "bang-khen", "2024-06-21", "", "12/QĐ-HLHPN"])
    ask = scaffold.Ask(interactive=True, prompt=lambda _: next(answers))
    path = scaffold.new_decision(data_copy, ROOT, ask)
    assert path == data_copy / "decisions/2024/hoi-lhpn-tinh-bang-khen-12-qd-hlhpn.yaml"
    assert "có phải ý bạn là 'hoi-lhpn-tinh'?" in capsys.readouterr().err
    assert "campaign: antq-2019-2024" in path.read_text(encoding="utf-8")


class _Yaml12Loader(yaml.SafeLoader):
    """Reads YAML as VS Code's YAML extension does: dates stay text."""


_Yaml12Loader.yaml_implicit_resolvers = {
    k: [(tag, regexp) for tag, regexp in v if tag != "tag:yaml.org,2002:timestamp"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.copy().items()
}


def _schema_for(file: Path) -> dict:
    first = file.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("# yaml-language-server: $schema="), file
    target = (file.parent / first.split("=", 1)[1]).resolve()
    return json.loads(target.read_text(encoding="utf-8"))


def test_committed_schemas_match_the_model_and_validate_every_sample_file():
    check = bulletin("schema", "--check")
    assert check.returncode == 0, check.output
    files = sorted(DATA.rglob("*.yaml"))
    assert len(files) == 11
    for file in files:
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
    stale = tmp_path / "schema/decision.schema.json"
    stale.write_text(stale.read_text(encoding="utf-8").replace("Mã cơ quan ký quyết định", "cũ"), encoding="utf-8")
    result = bulletin("schema", "--check", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.strip() == "schema/decision.schema.json: khác với mô hình dữ liệu; chạy 'bulletin schema' để cập nhật"


def test_vscode_maps_every_schema():
    settings = json.loads((ROOT / ".vscode/settings.json").read_text(encoding="utf-8"))
    mapped = {Path(k).name for k in settings["yaml.schemas"]}
    assert mapped == {p.name for p in (ROOT / "schema").glob("*.schema.json")}


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
    assert [w.name for w in workflows] == ["publish.yml", "pull-request.yml"]
    commands = []
    for workflow in workflows:
        document = yaml.safe_load(workflow.read_text(encoding="utf-8"))
        assert document["jobs"]
        for job in document["jobs"].values():
            commands += [step["run"] for step in job["steps"] if "run" in step]
    assert "bulletin validate --format github" in commands
    assert "mkdocs build --strict" in commands
    for command in commands:
        for part in command.split("&&"):
            words = part.split()
            if words[0] == "bulletin":
                build_parser().parse_args(words[1:])  # exits (fails the test) on an unknown command
            elif words[0] == "npm":
                assert (ROOT / "package-lock.json").is_file()
            else:
                assert words[0] in {"python3", "mkdocs", "sudo"}, part


def test_edit_links_open_the_yaml_a_page_came_from(built_site: Path):
    base = "https://github.com/example/ban-tin-khen-thuong/edit/main/"
    expected = {
        ARTICLE_URL: "data/articles/2024/bieu-duong-dien-hinh-antq-2019-2024.yaml",
        "khen-thuong/2024/ubnd-tinh-bang-khen-antq-2024/index.html": "data/decisions/2024/ubnd-tinh-bang-khen-antq-2024.yaml",
        "don-vi/ubnd-tinh/index.html": "data/organisations.yaml",
        "phong-trao/antq-2019-2024/index.html": "data/campaigns/antq-2019-2024.yaml",
        "index.html": "data/bulletin.yaml",
        "huong-dan-bien-tap/index.html": "docs/huong-dan-bien-tap.md",
    }
    for url, source in expected.items():
        link = soup(built_site / url).select_one("a.md-content__button")
        assert link is not None, url
        assert link["href"] == base + source, url
        assert (ROOT / source).is_file()


def test_build_log_ends_with_a_summary(tmp_path: Path):
    result = mkdocs_build(tmp_path / "site")
    lines = [line for line in result.stderr.splitlines() if line.startswith("INFO")]
    assert lines[-2] == "INFO    -  Đã nạp 1 bài viết, 5 quyết định, 27 tập thể, 45 cá nhân; 0 cảnh báo."
    assert lines[-1].startswith("INFO    -  Documentation built in")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=20) as response:
        return response.read().decode("utf-8")


def _wait_for(predicate, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.3)
    raise AssertionError("timed out")


def test_live_preview_rebuilds_on_data_changes_and_survives_invalid_data(data_copy: Path, tmp_path: Path):
    port = _free_port()
    log = tmp_path / "serve.log"
    with log.open("w") as out:
        server = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "--livereload", "-a", f"127.0.0.1:{port}", "-f", str(ROOT / "mkdocs.yml")],
            cwd=ROOT, env=_env({"BULLETIN_DATA": str(data_copy)}), stdout=out, stderr=subprocess.STDOUT,
        )
    try:
        url = f"http://127.0.0.1:{port}/{ARTICLE_URL.removesuffix('index.html')}"
        _wait_for(lambda: "Serving on" in log.read_text(encoding="utf-8"))
        assert "72 tập thể" in _get(url)
        decision = data_copy / CCB
        edit(decision, "  individuals: 5", "  individuals: 6")
        _wait_for(lambda: "vẫn đang hiển thị lần dựng thành công gần nhất" in log.read_text(encoding="utf-8"))
        assert "counts.individuals ghi 6 cá nhân" in log.read_text(encoding="utf-8")
        assert "72 tập thể" in _get(url)  # the last good site, served at once
        edit(decision, "  individuals: 6", "  individuals: 4")
        edit(decision, "  - name: Lương Văn Dũng\n    position: Hội viên\n    locality: phường Phước Bình, thị xã Phước Long\n", "")
        _wait_for(lambda: "71 tập thể" in _get(url))
        assert server.poll() is None
        assert "Traceback" not in log.read_text(encoding="utf-8")
    finally:
        server.terminate()
        server.wait(timeout=20)
