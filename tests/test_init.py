"""`bulletin init DIR`: a second bulletin in minutes. What it writes validates and builds with
--strict through the package's hooks and theme (a real build, read as HTML), its shared files are
this repository's own, and nothing of the sample's content travels with it."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
import yaml

from bulletin import starter, theme
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


@pytest.fixture(scope="module")
def new(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("init") / "ban-tin-moi"
    result = bulletin("init", str(root))
    assert result.returncode == 0, result.output
    assert result.stdout.startswith(f"Đã tạo bản tin mới trong {root} ({len(WRITTEN)} tệp).")
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
    # The tool, pinned: its schema/ and its checks agree until the editors upgrade on purpose.
    assert (new / "requirements.txt").read_text(encoding="utf-8").splitlines()[-1] == starter.requirement()
    assert starter.requirement().startswith("ban-tin-khen-thuong==")


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
