"""Shared helpers: run the real CLI and the real MkDocs build, read the real HTML."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parent.parent
# The tests' own copy of a bulletin: the sample in data/ may change without breaking them.
DATA = ROOT / "tests" / "fixtures" / "data"
# The parse cache (bulletin.data.parsecache) of a test run lives and dies with it, in this process and
# every command it starts, unless a test chooses its own folder.
os.environ.setdefault("BULLETIN_CACHE_DIR", tempfile.mkdtemp(prefix="bulletin-test-cache-"))
# Every statistic of the seed article, as the article writes it.
SEED_FIGURES = [
    "6.063",
    "308.817",
    "800",
    "28.390",
    "668",
    "590",
    "12.920",
    "183",
    "1.396",
    "490",
    "625",
    "5.960",
    "432.829",
    "102",
    "gần 6.000",
    "877",
    "13.460",
    "52",
    "343",
    "2.710",
    "476",
    "1.284",
    "89.343",
    "244",
    "276",
    "1.134",
]

ARTICLE_URL = "tin-tuc/2024/06/bieu-duong-dien-hinh-antq-2019-2024/index.html"
ARTICLE_YAML = "articles/2024/bieu-duong-dien-hinh-antq-2019-2024.yaml"


@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str

    @property
    def output(self) -> str:
        return self.stdout + self.stderr


def _env(extra: dict[str, str] | None = None) -> dict[str, str]:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", PYTHONIOENCODING="utf-8")
    env.pop("BULLETIN_DATA", None)
    env.update(extra or {})
    return env


def run(args: list[str], *, env: dict[str, str] | None = None, cwd: Path = ROOT) -> Run:
    done = subprocess.run(args, cwd=cwd, env=_env(env), capture_output=True, text=True, timeout=600)
    return Run(done.returncode, done.stdout, done.stderr)


def bulletin(*args: str, env: dict[str, str] | None = None, cwd: Path = ROOT) -> Run:
    return run([sys.executable, "-m", "bulletin", *args], env=env, cwd=cwd)


def mkdocs_build(site_dir: Path, *, data: Path | None = None, config: str = "mkdocs.yml", strict: bool = True) -> Run:
    args = [sys.executable, "-m", "mkdocs", "build", "-f", str(ROOT / config), "-d", str(site_dir)]
    if strict:
        args.append("--strict")
    return run(args, env={"BULLETIN_DATA": str(data or DATA)})


def built(site_dir: Path, data: Path | None = None) -> Path:
    """`site_dir` after a strict build of `data` (the tests' own by default) that must succeed."""
    result = mkdocs_build(site_dir, data=data)
    assert result.returncode == 0, result.output
    return site_dir


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str, timeout: float = 20) -> str:
    with urllib.request.urlopen(url, timeout=timeout) as response:
        return response.read().decode("utf-8")


def wait_for(condition: Callable[[], bool], what: str = "the condition", timeout: float = 90) -> None:
    """Poll `condition` (a server may be restarting: connection errors count as "not yet")."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if condition():
                return
        except OSError:
            pass
        time.sleep(0.3)
    raise AssertionError(f"timed out waiting for {what}")


def plain(words: str) -> str:
    """Text as the tests spell it: the no-break spaces and word joiners that keep a number with
    its word and a range whole (bulletin.vietnamese.typography) read as the spaces a reader sees."""
    return words.replace("\u00a0", " ").replace("\u2060", "")


def soup(path: Path) -> BeautifulSoup:
    """A built page, its text in plain spaces (`plain`): tests of where lines may break read the file."""
    return BeautifulSoup(plain(path.read_text(encoding="utf-8")), "html.parser")


def text(element) -> str:
    """An element's text as a reader sees it: whitespace collapsed (a no-break space is one too)
    and without the invisible word joiners that hold a range together (bulletin.vietnamese.typography)."""
    return " ".join(plain(element.get_text()).split())


def sections(page: BeautifulSoup, headings: str = "article h2") -> dict[str, list[str]]:
    """Each heading (without its "¶" link) with the items of the list that follows it."""
    found = {}
    for heading in page.select(headings):
        following = heading.find_next_sibling()
        items = following.select("li") if following is not None and following.name == "ul" else []
        found[text(heading).rstrip(" ¶")] = [text(li) for li in items]
    return found


def page_urls(site_dir: Path) -> set[str]:
    """Every HTML page of a built site, relative to its root (search, 404 and redirects aside)."""
    return {
        p.relative_to(site_dir).as_posix()
        for p in site_dir.rglob("*.html")
        if p.name != "404.html" and not is_redirect(p)
    }


def is_redirect(path: Path) -> bool:
    """A redirect page (bulletin.pages.redirects) at the address of a page dropped by issue 14."""
    from bulletin.pages.redirects import MARK

    return MARK in path.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample data built once through the hooks with --strict."""
    return built(tmp_path_factory.mktemp("site"))


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    """A private copy of the sample data that a test may break."""
    target = tmp_path / "data"
    shutil.copytree(DATA, target)
    return target


def edit(path: Path, old: str, new: str, count: int = 1) -> None:
    """Replace text in a data file, failing loudly if the text is not there."""
    text = path.read_text(encoding="utf-8")
    assert text.count(old) >= count, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def line_of(path: Path, needle: str) -> int:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not in {path}")


@pytest.fixture(scope="session")
def site_url(built_site: Path):
    from browser import serve

    with serve(built_site) as url:
        yield url


@pytest.fixture(scope="session")
def chromium():
    """A real Chromium, headless: $BULLETIN_CHROMIUM, else Debian's (browser.chromium_executable).
    A missing browser fails every test that needs one, with how to provide it: never a skip."""
    from playwright.sync_api import sync_playwright

    from browser import CHROMIUM_ARGS, chromium_executable

    try:
        executable = chromium_executable()
    except LookupError as missing:
        pytest.fail(str(missing), pytrace=False)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # `-m browser` / `-m "not browser"` split the suite for CI: every test that drives Chromium,
    # found by the fixture it needs, so no test has to remember a mark.
    for item in items:
        if "chromium" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.browser)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "browser: drives Chromium (given to every test that needs the chromium fixture)")


@pytest.fixture
def phone(chromium):
    context = chromium.new_context(viewport={"width": 375, "height": 812}, device_scale_factor=1)
    yield context
    context.close()


@pytest.fixture
def desktop(chromium):
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    yield context
    context.close()


# A decision of another year that honours a person of the sample again (same id),
# and a name with đ and a tone for search tests.
EXTRA_DECISION = """\
id: cong-an-tinh-giay-khen-2023
issuer: cong-an-tinh
form: giay-khen
campaign: antq-2019-2024
number: 1234/QĐ-CAT
date: 2023-12-20
reason: vì đã có thành tích trong phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2023
collectives:
  - name: Công an xã Minh Lập, huyện Chơn Thành
    locality: xã Minh Lập, huyện Chơn Thành
individuals:
  - id: dinh-cong-thiep
    name: Đinh Công Thiệp
    rank: Trung tá
    position: Phó Trưởng phòng
    unit: Phòng Tham mưu
  - id: nguyen-van-an-ca-dong-phu
    name: Nguyễn Văn Ân
    rank: Trung tá
    position: Phó Trưởng Công an huyện
    unit: Công an huyện Đồng Phú
"""


def add_extra_decision(data: Path) -> Path:
    """EXTRA_DECISION, and EXTRA_ARTICLE that announces it."""
    target = data / "decisions/2023/cong-an-tinh-giay-khen-2023.yaml"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(EXTRA_DECISION, encoding="utf-8")
    article = data / "articles/2023/so-ket-antq-2023.yaml"
    article.parent.mkdir(parents=True, exist_ok=True)
    article.write_text(EXTRA_ARTICLE, encoding="utf-8")
    return target


@pytest.fixture(scope="session")
def extra_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("extra") / "data"
    shutil.copytree(DATA, data)
    add_extra_decision(data)
    return data


@pytest.fixture(scope="session")
def extra_site(tmp_path_factory: pytest.TempPathFactory, extra_data: Path) -> Path:
    """The sample plus EXTRA_DECISION, built once."""
    return built(tmp_path_factory.mktemp("extra-site"), extra_data)


@pytest.fixture(scope="session")
def extra_url(extra_site: Path):
    from browser import serve

    with serve(extra_site) as url:
        yield url


# An article of another period, so that statistics form a series.
EXTRA_ARTICLE = """\
id: so-ket-antq-2023
title: Sơ kết phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2023
date: 2023-12-25
campaign: antq-2019-2024
byline: Phòng CTĐ và CTCT
lead: Công an tỉnh sơ kết phong trào năm 2023.
body: Nội dung sơ kết.
decisions:
  - cong-an-tinh-giay-khen-2023
statistics:
  - partner: hoi-nong-dan-tinh
    period: "2023"
    items:
      - metric: buoi-tuyen-truyen
        value: 1200
      - metric: luot-tham-gia-tuyen-truyen
        value: 50000
  - partner: hoi-ccb-tinh
    period: "2023"
    items:
      - metric: buoi-tuyen-truyen
        value: 300
        approximate: true
"""
