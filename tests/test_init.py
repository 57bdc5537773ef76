"""`bulletin init DIR`: a second bulletin in minutes. What it writes validates and builds with
--strict through the package's hooks and theme (a real build, read as HTML), its shared files are
this repository's own, and nothing of the sample's content travels with it."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest
import yaml
from packaging.requirements import Requirement

from bulletin import starter, theme
from bulletin.starter import tool
from conftest import ROOT, bulletin, run, soup

NAME = "Bản tin Thi đua – Khen thưởng Thử nghiệm"
WRITTEN = [
    ".github/dependabot.yml",
    ".github/workflows/publish.yml",
    ".github/workflows/pull-request.yml",
    ".gitignore",
    ".vscode/settings.json",
    "README.md",
    "data/articles/.gitkeep",
    "data/bulletin.yaml",
    "data/campaigns/.gitkeep",
    "data/decisions/.gitkeep",
    "data/forms.yaml",
    "data/metrics.yaml",
    "data/organisations.yaml",
    "docs/.gitkeep",
    "hooks/bulletin_hooks.py",
    "mkdocs.yml",
    "requirements.txt",
    *sorted(f"schema/{p.name}" for p in (ROOT / "schema").glob("*.schema.json")),
]


# What `bulletin init` says and writes when GitHub could not install the tool from where it runs.
UNTIL_PUBLISHED = (
    "cho đến khi ban-tin-khen-thuong được phát hành trên PyPI, hãy thay dòng ban-tin-khen-thuong==0.1.0 trong "
    "requirements.txt bằng nơi cài công cụ: một địa chỉ git (ban-tin-khen-thuong @ git+https://…/kho.git@MÃ_COMMIT) "
    "hoặc địa chỉ một tệp wheel (ban-tin-khen-thuong @ https://…/….whl)"
)
HEADER = "# Công cụ dựng bản tin này và nơi cài nó, như bulletin init đã ghi; nâng phiên bản: xem README.md.\n"


def installed_as(folder: Path, direct_url: dict[str, object] | None) -> dict[str, str]:
    """An environment where the tool's installed metadata says it came from `direct_url` (PEP 610;
    None: from a package index): a dist-info first on the path, as pip writes it."""
    info = folder / "ban_tin_khen_thuong-0.1.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: ban-tin-khen-thuong\nVersion: 0.1.0\n", encoding="utf-8"
    )
    if direct_url is not None:
        (info / "direct_url.json").write_text(json.dumps(direct_url), encoding="utf-8")
    return {"PYTHONPATH": os.pathsep.join(filter(None, [str(folder), os.environ.get("PYTHONPATH")]))}


EDITABLE = {"url": "file:///home/bien-tap/ban-tin-khen-thuong", "dir_info": {"editable": True}}


def finished(root: Path) -> str:
    return (
        f"Đã tạo bản tin mới trong {root} ({len(WRITTEN)} tệp). Việc tiếp theo: điền các chỗ ghi ĐIỀN trong "
        f"{root / 'data/bulletin.yaml'}, thay các mục MINH HỌA, rồi trong {root}: "
        "bulletin validate && mkdocs build --strict (xem README.md của bản tin).\n"
    )


@pytest.fixture(scope="module")
def new(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A bulletin made by the tool installed in editable mode, as its developers run it."""
    root = tmp_path_factory.mktemp("init") / "ban-tin-moi"
    result = bulletin("init", str(root), env=installed_as(tmp_path_factory.mktemp("site-packages"), EDITABLE))
    assert (result.returncode, result.stderr) == (0, ""), result.output
    assert result.stdout == finished(root) + f"Lưu ý: {UNTIL_PUBLISHED}.\n"
    return root


@pytest.fixture(scope="module")
def site(new: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The new bulletin, named by its editor, built as its workflows build it."""
    settings = new / "data/bulletin.yaml"
    text = settings.read_text(encoding="utf-8")
    settings.write_text(text.replace("Bản tin Thi đua – Khen thưởng tỉnh X", NAME, 1), encoding="utf-8")
    out = tmp_path_factory.mktemp("init-site") / "site"
    build = run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(out)], cwd=new)
    assert build.returncode == 0, build.output
    return out


def test_init_writes_a_whole_bulletin_and_nothing_else(new: Path):
    assert sorted(p.relative_to(new).as_posix() for p in new.rglob("*") if p.is_file()) == WRITTEN


def test_the_new_bulletin_validates_clean(new: Path):
    checked = bulletin("validate", cwd=new)
    assert (checked.returncode, checked.stdout, checked.stderr) == (0, "Dữ liệu hợp lệ: 0 lỗi, 0 cảnh báo.\n", "")
    assert bulletin("schema", "--check", cwd=new).returncode == 0


def test_the_new_bulletin_builds_strictly_with_the_packages_theme_and_hooks(new: Path, site: Path):
    # Its configuration names only the title MkDocs requires, Material and its language, the hooks,
    # its data and no search plugin: the theme, sections and scripts come from the package.
    config = yaml.safe_load((new / "mkdocs.yml").read_text(encoding="utf-8"))
    assert config == {
        "site_name": "Bản tin",
        "theme": {"name": "material", "language": "vi-custom"},
        "hooks": ["hooks/bulletin_hooks.py"],
        "extra": {"bulletin": {"data": "data"}},
        "plugins": [],
    }
    assert (new / "hooks/bulletin_hooks.py").read_text(encoding="utf-8").count("\n") == 1
    for url in ("index.html", "tin-tuc/index.html", "tra-cuu/index.html", "404.html"):
        page = soup(site / url)
        assert page.select_one(".bulletin-masthead__title").get_text() == NAME, url
        assert NAME in page.title.get_text(), url
        sections = [a.get_text() for a in page.select(".bulletin-sections a")]
        assert sections == ["Trang chủ", "Tin tức", "Vinh danh", "Thống kê", "Phong trào", "Đơn vị", "Tra cứu"], url
    home = soup(site / "index.html")
    # Placeholders are published with the notice until the editor removes `sample: true`.
    assert "chưa phải thông tin chính thức" in home.select_one(".bulletin-sample").get_text()
    assert (site / "assets/bulletin.css").read_bytes() == (Path(theme.DIRECTORY) / "assets/bulletin.css").read_bytes()
    assert (site / "pagefind/pagefind.js").is_file()


def test_materials_chrome_and_scripts_stay_out(site: Path):
    """Each override still applies: our masthead instead of Material's header, none of its inline
    scripts or its settings for them, no web fonts, the palette our stylesheet is written for."""
    for url in ("index.html", "tin-tuc/index.html", "404.html"):
        html = (site / url).read_text(encoding="utf-8")
        page = soup(site / url)
        assert page.select_one("header.bulletin-masthead") is not None, url
        assert page.select(".md-header, .md-tabs, .md-sidebar, .md-search") == [], url
        assert page.select_one("#__config") is None and "__md_scope" not in html and "__md_get" not in html, url
        inline = [s for s in page.select("script") if not s.get("src")]
        assert [s.get("type") for s in inline] in ([], ["application/ld+json"]), url
        scripts = [s["src"].rsplit("/", 1)[-1] for s in page.select("script[src]")]
        assert scripts == ["bulletin.js", "bulletin-search.js", "bulletin-lookup.js"], url  # not Material's bundle
        assert "fonts.googleapis.com" not in html and "fonts.gstatic.com" not in html, url
        assert page.body["data-md-color-primary"] == "custom" and page.body["data-md-color-scheme"] == "default", url
        policy = page.select_one('meta[http-equiv="Content-Security-Policy"]')["content"]
        assert "script-src 'self' 'wasm-unsafe-eval';" in policy, url


def test_shared_files_are_this_repositorys_own(new: Path):
    """One source for both: the workflows, the hooks file and the law's vocabulary a bulletin gets
    are the files this repository runs on, and its editor settings and schemas are ours."""
    for path in (
        ".github/workflows/publish.yml",
        ".github/workflows/pull-request.yml",
        ".github/dependabot.yml",
        "hooks/bulletin_hooks.py",
        "data/forms.yaml",
    ):
        assert (new / path).read_bytes() == (ROOT / path).read_bytes(), path
    ours_only = ["tests.yml"]  # the tool's own tests
    workflows = sorted(p.name for p in (ROOT / ".github/workflows").iterdir())
    assert workflows == ["publish.yml", "pull-request.yml", *ours_only]
    ours = json.loads((ROOT / ".vscode/settings.json").read_text(encoding="utf-8"))
    assert json.loads((new / ".vscode/settings.json").read_text(encoding="utf-8")) == ours
    for schema in (ROOT / "schema").glob("*.json"):
        assert (new / "schema" / schema.name).read_bytes() == schema.read_bytes(), schema.name


def test_an_editable_install_writes_the_pypi_pin_and_says_what_to_put_in_its_place(new: Path):
    """A local folder cannot be installed on GitHub: the PyPI pin, with the note above it, at the
    head of the README's first steps and in init's message (the `new` fixture)."""
    assert (new / "requirements.txt").read_text(encoding="utf-8") == (
        f"{HEADER}# {UNTIL_PUBLISHED[0].upper()}{UNTIL_PUBLISHED[1:]}.\nban-tin-khen-thuong==0.1.0\n"
    )
    readme = (new / "README.md").read_text(encoding="utf-8")
    first_steps = readme.split("## Việc đầu tiên\n\n", 1)[1].split("\n\n", 1)[0]
    assert first_steps == (
        "Trước hết, cho đến khi `ban-tin-khen-thuong` được phát hành trên PyPI, hãy thay dòng "
        "`ban-tin-khen-thuong==0.1.0` trong `requirements.txt` bằng nơi cài công cụ: một địa chỉ git "
        "(`ban-tin-khen-thuong @ git+https://…/kho.git@MÃ_COMMIT`) hoặc địa chỉ một tệp wheel "
        "(`ban-tin-khen-thuong @ https://…/….whl`); các quy trình trên GitHub cài công cụ theo tệp này."
    )
    # Otherwise the README is the starter's own.
    assert readme.replace(f"{first_steps}\n\n", "", 1) == (starter.FILES / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("direct_url", "line"),
    [
        (
            {
                "url": "https://github.com/so-noi-vu/ban-tin.git",
                "vcs_info": {"vcs": "git", "requested_revision": "main", "commit_id": "4f1c2a9e" * 5},
            },
            f"ban-tin-khen-thuong @ git+https://github.com/so-noi-vu/ban-tin.git@{'4f1c2a9e' * 5}",
        ),
        (
            {"url": "https://example.org/dist/ban_tin_khen_thuong-0.1.0-py3-none-any.whl", "archive_info": {}},
            "ban-tin-khen-thuong @ https://example.org/dist/ban_tin_khen_thuong-0.1.0-py3-none-any.whl",
        ),
        (None, "ban-tin-khen-thuong==0.1.0"),  # from a package index
    ],
    ids=["git", "wheel-url", "index"],
)
def test_init_names_where_the_tool_was_installed_from(tmp_path: Path, direct_url: dict[str, object] | None, line: str):
    """Installed from a git address (at the commit that runs), a web address or an index: that
    line, and no note."""
    root = tmp_path / "ban-tin"
    result = bulletin("init", str(root), env=installed_as(tmp_path / "site-packages", direct_url))
    assert (result.returncode, result.stdout, result.stderr) == (0, finished(root), "")
    assert (root / "requirements.txt").read_text(encoding="utf-8") == f"{HEADER}{line}\n"
    assert Requirement(line).name == "ban-tin-khen-thuong"  # pip reads it
    assert (root / "README.md").read_bytes() == (starter.FILES / "README.md").read_bytes()


@pytest.mark.parametrize(
    ("spec", "line"),
    [
        (
            "git+https://github.com/so-noi-vu/ban-tin@v0.1.0",
            "ban-tin-khen-thuong @ git+https://github.com/so-noi-vu/ban-tin@v0.1.0",
        ),
        (
            "https://example.org/ban_tin_khen_thuong-0.1.0-py3-none-any.whl",
            "ban-tin-khen-thuong @ https://example.org/ban_tin_khen_thuong-0.1.0-py3-none-any.whl",
        ),
        (
            "ban_tin_khen_thuong @ git+ssh://git@github.com/so-noi-vu/ban-tin@4f1c2a9e",
            "ban_tin_khen_thuong @ git+ssh://git@github.com/so-noi-vu/ban-tin@4f1c2a9e",
        ),
        ("ban-tin-khen-thuong==0.2.0", "ban-tin-khen-thuong==0.2.0"),
    ],
)
def test_init_requirement_names_the_tool_as_given(tmp_path: Path, spec: str, line: str):
    """--requirement wins over where the tool runs from (here an editable install): a git address
    or a wheel's becomes this distribution's line; a requirement of it is written as it is."""
    root = tmp_path / "ban-tin"
    result = bulletin("init", str(root), "--requirement", spec, env=installed_as(tmp_path / "site-packages", EDITABLE))
    assert (result.returncode, result.stdout, result.stderr) == (0, finished(root), "")
    assert (root / "requirements.txt").read_text(encoding="utf-8") == f"{HEADER}{line}\n"
    assert Requirement(line).name.replace("_", "-") == "ban-tin-khen-thuong"


REFUSED = [
    "./dist/ban_tin_khen_thuong-0.1.0-py3-none-any.whl",
    "git+file:///home/bien-tap/ban-tin",
    "mkdocs==1.6.1",
    "-e .",
    "ban-tin-khen-thuong @ /home/bien-tap/ban-tin",
]


@pytest.mark.parametrize("spec", REFUSED)
def test_init_refuses_a_requirement_github_cannot_install(tmp_path: Path, spec: str):
    root = tmp_path / "ban-tin"
    result = bulletin("init", str(root), "--requirement", spec)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == (
        f"bulletin init: --requirement '{spec}': không cài được trên GitHub; hãy ghi một địa chỉ git "
        "(git+https://…/kho.git@MÃ_COMMIT), địa chỉ một tệp wheel (https://…/….whl) hoặc một dòng "
        "'ban-tin-khen-thuong …'\n"
    )
    assert not root.exists()


def test_a_requirement_is_one_line():
    """Nothing can slip a second line (a pip option) into requirements.txt."""
    for spec in ("git+https://github.com/so-noi-vu/ban-tin@4f1c2a9e\n-e .", "ban-tin-khen-thuong==0.1.0\r--pre"):
        with pytest.raises(tool.RequirementError):
            tool.named(spec)


def test_pep_610_records_that_github_cannot_install_fall_back():
    """A local folder, a local archive or a local git checkout: no line (the PyPI pin and its note)."""
    for record in (
        EDITABLE,
        {"url": "file:///home/bien-tap/dist/ban_tin_khen_thuong-0.1.0.tar.gz", "archive_info": {}},
        {"url": "file:///home/bien-tap/ban-tin", "vcs_info": {"vcs": "git", "commit_id": "4f1c2a9e"}},
        {"url": "https://example.org/ban-tin", "dir_info": {}},
        {"vcs_info": {}},
    ):
        assert tool._direct(json.dumps(record)) is None, record
    assert tool._direct("{không phải JSON") is None
    subdirectory = {
        "url": "https://github.com/so-noi-vu/kho.git",
        "vcs_info": {"vcs": "git", "commit_id": "4f1c2a9e"},
        "subdirectory": "cong-cu",
    }
    assert tool._direct(json.dumps(subdirectory)) == (
        "ban-tin-khen-thuong @ git+https://github.com/so-noi-vu/kho.git@4f1c2a9e#subdirectory=cong-cu"
    )


def test_nothing_of_the_sample_is_copied(new: Path):
    # (forms.yaml is the law's vocabulary, the same for every province: its examples may name offices.)
    written = [p for p in new.rglob("*") if p.is_file() and "schema" not in p.parts and p.name != "forms.yaml"]
    text = "\n".join(p.read_text(encoding="utf-8") for p in written)
    for sample in ("Nguyễn Văn A", "72 tập thể", "Công an tỉnh", "Hội Nông dân", "antq"):
        assert sample not in text, sample
    # Every placeholder the editor must replace is marked as one; no public address until one is given.
    bulletin_yaml = (new / "data/bulletin.yaml").read_text(encoding="utf-8")
    assert "url" not in yaml.safe_load(bulletin_yaml) and yaml.safe_load(bulletin_yaml)["sample"] is True
    assert [line for line in bulletin_yaml.splitlines() if "tỉnh X" in line and "ĐIỀN" not in line] == []
    for name in ("organisations.yaml", "metrics.yaml"):
        assert "MINH HỌA" in (new / "data" / name).read_text(encoding="utf-8"), name
    for folder in ("articles", "decisions", "campaigns"):
        assert [p.name for p in (new / "data" / folder).iterdir()] == [".gitkeep"], folder


def test_init_refuses_a_folder_that_has_files(tmp_path: Path):
    target = tmp_path / "co-san"
    target.mkdir()
    (target / "ghi-chu.txt").write_text("giữ nguyên", encoding="utf-8")
    result = bulletin("init", str(target))
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == (
        f"bulletin init: thư mục '{target}' đã có tệp; bản tin mới chỉ được tạo trong một thư mục trống "
        "hoặc chưa có (không ghi đè tệp nào)\n"
    )
    assert [p.name for p in target.iterdir()] == ["ghi-chu.txt"]


def test_init_refuses_a_file_and_takes_an_empty_folder(tmp_path: Path):
    file = tmp_path / "tep"
    file.write_text("", encoding="utf-8")
    result = bulletin("init", str(file))
    assert result.returncode == 2
    assert result.stderr == f"bulletin init: '{file}' không phải một thư mục; hãy chọn một thư mục trống hoặc chưa có\n"
    empty = tmp_path / "trong"
    empty.mkdir()
    assert bulletin("init", str(empty)).returncode == 0
    assert (empty / "mkdocs.yml").is_file()


def test_init_in_the_current_folder(tmp_path: Path):
    result = bulletin("init", ".", cwd=tmp_path)
    assert result.returncode == 0, result.output
    assert (tmp_path / "mkdocs.yml").is_file() and (tmp_path / "data/forms.yaml").is_file()


def test_a_failed_init_leaves_the_folder_as_it_was(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    def fail(root: Path) -> list[str]:
        raise OSError("đĩa đầy")

    monkeypatch.setattr(starter.schema_export, "write", fail)  # the last step: everything else is written
    empty, absent = tmp_path / "trong", tmp_path / "chua-co"
    empty.mkdir()
    for target in (empty, absent):
        with pytest.raises(OSError):
            starter.create(target)
    assert list(empty.iterdir()) == [] and not absent.exists()
