"""The parse cache: an unchanged file is not parsed again (from memory or from disk), a changed
one is; a corrupt or foreign entry is ignored; BULLETIN_CACHE=0 turns it off; and every answer
from the cache says exactly what a fresh parse says, messages and locations included."""

from __future__ import annotations

import ast
import datetime as dt
import importlib
import importlib.util
import json
import shutil
import sys
from collections.abc import Iterable
from pathlib import Path
from types import ModuleType

import pytest

from bulletin.data import parsecache, personal, yamlcache
from bulletin.data.problems import Problems
from bulletin.data.yamlsource import CACHE, load_yaml
from bulletin.model.body_checks import EXAMINED
from bulletin.model.load import load
from conftest import ARTICLE_YAML, DATA, bulletin, edit


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A cache of this test's own, empty in memory and on disk."""
    folder = tmp_path / "cache"
    monkeypatch.setenv(parsecache.DIR_ENV, str(folder))
    monkeypatch.delenv(parsecache.ENABLE_ENV, raising=False)
    for cache in (CACHE, EXAMINED, personal.FOUND):
        cache.clear_memory()
        cache.flush()
        cache.stats.reset()
    yield folder
    for cache in (CACHE, EXAMINED, personal.FOUND):
        cache.clear_memory()
        cache.stats.reset()


@pytest.fixture
def data(tmp_path: Path) -> Path:
    copy = tmp_path / "data"
    shutil.copytree(DATA, copy)
    return copy


def yaml_files(data: Path) -> int:
    return sum(1 for _ in data.rglob("*.yaml"))


def messages(data: Path) -> list[str]:
    result = load(data, data.parent, today=dt.date(2026, 11, 30))
    return [str(p) for p in result.problems.sorted()]


def shards(cache_dir: Path) -> list[Path]:
    return sorted(cache_dir.glob("parsed/*/*.json"))


def fresh_messages(data: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    with monkeypatch.context() as m:
        m.setenv(parsecache.ENABLE_ENV, "0")
        return messages(data)


def test_an_unchanged_file_is_parsed_once_a_changed_one_again(cache_dir: Path, data: Path):
    count = yaml_files(data)
    first = messages(data)
    assert CACHE.stats.parsed == count and CACHE.stats.disk == 0
    assert shards(cache_dir), "the parses were written for the next process"

    CACHE.stats.reset()
    assert messages(data) == first
    assert (CACHE.stats.parsed, CACHE.stats.memory) == (0, count)  # mkdocs serve's next rebuild

    CACHE.clear_memory()  # as a new process would start
    CACHE.stats.reset()
    assert messages(data) == first
    assert (CACHE.stats.parsed, CACHE.stats.disk) == (0, count)

    edit(data / ARTICLE_YAML, "title:", "title: Đã sửa tiêu đề\nx_title:")
    CACHE.stats.reset()
    changed = messages(data)
    assert CACHE.stats.parsed == 1 and CACHE.stats.memory == count - 1
    assert any("x_title" in m and ARTICLE_YAML.split("/")[-1] in m for m in changed)


def test_answers_from_the_cache_say_what_a_fresh_parse_says(cache_dir: Path, tmp_path: Path):
    file = tmp_path / "x.yaml"
    file.write_text(
        'id: thu\nid: hai\nten: "Công\u00a0an"\nngay: 2024-06-26\nluc: 2024-06-26 08:30:00+07:00\n'
        "so: 6.063\nthan: |\n  dòng một\n  dòng hai\nds:\n  - 1\n  - 2.5\n  - ~\n  - true\n",
        encoding="utf-8",
    )
    fresh = Problems()
    document = load_yaml(file, "x.yaml", fresh)
    assert document is not None and [p.code for p in fresh.items] == [
        "duplicate-key",
        "pasted-character",
        "thousands-separator",
    ]
    CACHE.flush()
    CACHE.clear_memory()
    cached = Problems()
    again = load_yaml(file, "khac/x.yaml", cached)  # the same bytes elsewhere: located there
    assert CACHE.stats.disk == 1
    assert again is not None
    assert (
        again.data == document.data and type(again.data["ngay"]) is dt.date and type(again.data["luc"]) is dt.datetime
    )
    assert again.source.path == "khac/x.yaml"
    for part in ("values", "keys", "raw", "blocks", "quoted", "broken"):
        assert getattr(again.source, part) == getattr(document.source, part), part
    assert [str(p).replace("khac/", "") for p in cached.items] == [str(p) for p in fresh.items]


def test_a_file_that_does_not_parse_is_cached_with_its_message(cache_dir: Path, tmp_path: Path):
    file = tmp_path / "x.yaml"
    file.write_text("a: [1, 2\nb: 3\n", encoding="utf-8")
    first = Problems()
    assert load_yaml(file, "x.yaml", first) is None
    CACHE.flush()
    CACHE.clear_memory()
    second = Problems()
    assert load_yaml(file, "x.yaml", second) is None
    assert CACHE.stats.disk == 1
    assert [str(p) for p in second.items] == [str(p) for p in first.items]
    assert second.items[0].code == "yaml-syntax"


@pytest.mark.parametrize(
    "damage",
    [
        lambda text: text[: len(text) // 2],  # cut short
        lambda text: "\x00\xff not json",
        lambda text: json.dumps({"format": parsecache.FORMAT, "version": "another", "entries": {}}),
        lambda text: text.replace('"values":[', '"values":["x",', 1),  # the wrong shape
        lambda text: text.replace('"values":[', '"values":[-5,1,1,', 1),  # a path that is not there
        lambda text: text.replace('"problems":[', '"problems":[["error","1",1,"a","b"],', 1),
    ],
)
def test_a_corrupt_or_foreign_entry_is_ignored(cache_dir: Path, data: Path, damage, monkeypatch: pytest.MonkeyPatch):
    expected = messages(data)
    assert expected == fresh_messages(data, monkeypatch)
    for shard in shards(cache_dir):
        shard.write_text(damage(shard.read_text(encoding="utf-8")), encoding="utf-8")
    CACHE.clear_memory()
    CACHE.stats.reset()
    assert messages(data) == expected
    assert CACHE.stats.ignored >= 1
    assert CACHE.stats.parsed + CACHE.stats.disk == yaml_files(data) and CACHE.stats.parsed >= 1
    # Rewritten whole: the next process finds every file.
    CACHE.clear_memory()
    CACHE.stats.reset()
    assert messages(data) == expected
    assert (CACHE.stats.parsed, CACHE.stats.ignored) == (0, 0)


def test_bulletin_cache_0_neither_reads_nor_writes(cache_dir: Path, data: Path, monkeypatch: pytest.MonkeyPatch):
    messages(data)  # a cache on disk and in memory
    written = {p: p.read_bytes() for p in shards(cache_dir)}
    assert written
    monkeypatch.setenv(parsecache.ENABLE_ENV, "0")
    for shard in written:  # would be ignored anyway; here they must not even be read
        shard.write_text("{}", encoding="utf-8")
    CACHE.stats.reset()
    messages(data)
    messages(data)
    assert CACHE.stats.parsed == 2 * yaml_files(data)
    assert (CACHE.stats.memory, CACHE.stats.disk, CACHE.stats.ignored) == (0, 0, 0)
    assert all(p.read_text(encoding="utf-8") == "{}" for p in written)


def test_an_unwritable_cache_only_costs_time(cache_dir: Path, data: Path, monkeypatch: pytest.MonkeyPatch):
    cache_dir.parent.mkdir(parents=True, exist_ok=True)
    cache_dir.write_text("a file where the folder would be", encoding="utf-8")
    assert messages(data) == fresh_messages(data, monkeypatch)
    CACHE.clear_memory()
    CACHE.stats.reset()
    messages(data)
    assert CACHE.stats.parsed == yaml_files(data)


def test_the_command_line_reuses_its_cache(tmp_path: Path, data: Path):
    env = {parsecache.DIR_ENV: str(tmp_path / "cli-cache")}
    first = bulletin("validate", str(data), env=env)
    assert list((tmp_path / "cli-cache").glob("parsed/*/*.json"))
    second = bulletin("validate", str(data), env=env)
    assert (second.returncode, second.output) == (first.returncode, first.output)
    edit(data / ARTICLE_YAML, "title:", "title: x\ntitle:")
    third = bulletin("validate", str(data), env=env)
    off = bulletin("validate", str(data), env={**env, parsecache.ENABLE_ENV: "0"})
    assert third.returncode == 1 and "duplicate" not in third.output and "được viết hai lần" in third.output
    assert (third.returncode, third.output) == (off.returncode, off.output)


def test_article_bodies_are_examined_once_with_the_same_messages(
    cache_dir: Path, data: Path, monkeypatch: pytest.MonkeyPatch
):
    edit(data / ARTICLE_YAML, "body: |\n", "body: |\n  Xem [trang](javascript:alert(1)) và <b>đậm</b>.\n\n")
    fresh = fresh_messages(data, monkeypatch)
    assert any(ARTICLE_YAML in m and ":35:" in m for m in fresh), fresh  # the body's own line
    EXAMINED.stats.reset()
    assert messages(data) == fresh
    assert EXAMINED.stats.parsed == 1
    for cache in (CACHE, EXAMINED):  # a new process
        cache.clear_memory()
        cache.stats.reset()
    assert messages(data) == fresh
    assert (EXAMINED.stats.parsed, EXAMINED.stats.disk) == (0, 1)


def test_a_long_text_is_scanned_for_personal_data_once_and_read_back_alike(cache_dir: Path):
    body = ("Liên hệ đường dây nóng 0912.345.678; địa chỉ: số nhà 12, hẻm 5. " * 8) + "Sinh năm 1980."
    expected = list(personal._find.__wrapped__(body))
    assert len(body) >= personal.LONG and expected
    assert personal.find(body) == expected  # scanned
    personal.FOUND.flush()
    personal.FOUND.clear_memory()
    assert personal.find(body) == expected  # read back from disk
    assert (personal.FOUND.stats.parsed, personal.FOUND.stats.disk) == (1, 1)
    assert sorted(p.name for p in cache_dir.glob("personal/*/*.json"))


def _bulletin_imports(name: str) -> set[str]:
    """The bulletin modules that module `name` imports (`from bulletin.data import x` names x)."""
    module = importlib.import_module(name)
    found: set[str] = set()
    for node in ast.walk(ast.parse(Path(module.__file__ or "").read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("bulletin"):
            for alias in node.names:
                part = f"{node.module}.{alias.name}"
                found.add(
                    part if importlib.util.find_spec(node.module or "") and part in sys.modules else node.module or ""
                )
    return found


def test_the_parse_caches_version_covers_every_module_that_parses(monkeypatch: pytest.MonkeyPatch):
    """A change to any module the parse runs through (the YAML reader is several modules) makes
    older entries unreachable: the code version hashes all of them."""
    hashed: list[str] = []

    def version(modules: Iterable[ModuleType], *extra: str) -> str:
        hashed.extend(module.__name__ for module in modules)
        return "v"

    monkeypatch.setattr(parsecache, "code_version", version)
    yamlcache._code_version()
    reached, todo = set(), ["bulletin.data.yamlparse", "bulletin.data.yamlcache"]
    while todo:
        name = todo.pop()
        if name not in reached:
            reached.add(name)
            todo.extend(_bulletin_imports(name))
    assert "bulletin.data.yamlbuild" in reached and "bulletin.data.yamlmessages" in reached
    assert reached <= set(hashed), sorted(reached - set(hashed))
