"""Pagefind's word index regrouped (bulletin.outputs.pagefind_chunks): same words, bounded chunks, and
Pagefind's own search code still finds them in a browser."""

from __future__ import annotations

import gzip
import json
import shutil
from pathlib import Path

import pytest

from bulletin import urls
from bulletin.outputs import pagefind_chunks
from test_search import ARTICLE, PROFILE, site_search


def test_bounds_are_those_pagefind_gives_its_own_chunks():
    # Pagefind's chunk_meta test: apple | apricot banana | peach.
    assert pagefind_chunks.bounds([["apple"], ["apricot", "banana"], ["peach"]]) == [
        ["apple", "apple"],  # not "app": a range never ends before it starts
        ["apr", "b"],
        ["p", "peach"],
    ]
    assert pagefind_chunks.bounds([["cath"], ["cathartic"]]) == [["cath", "cath"], ["catha", "cathartic"]]


def test_a_word_larger_than_a_chunk_has_a_chunk_of_its_own():
    words = [("a", b"x" * 4), ("b", b"x" * 4), ("nam", b"x" * 30), ("nga", b"x" * 4), ("ngay", b"x" * 12)]
    groups = pagefind_chunks._group(words, 10)
    assert [[w for w, _ in g] for g in groups] == [["a", "b"], ["nam"], ["nga"], ["ngay"]]


def _bundle(site: Path) -> tuple[Path, str]:
    bundle = site / urls.SEARCH_INDEX
    return bundle, json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))["languages"]["vi"]["hash"]


def _words(bundle: Path, meta_hash: str) -> dict[str, tuple[str, str]]:
    """Each word's CBOR entry (hex) and the chunk whose bounds must hold it."""
    found = {}
    for start, end, name in pagefind_chunks.index_chunks(bundle, meta_hash):
        for word, raw in pagefind_chunks.chunk_words(bundle / "index" / f"{name}.pf_index"):
            assert start <= word and (word <= end or word.startswith(end)), (word, start, end)
            found[word] = raw.hex()
    return found


@pytest.fixture
def small_chunks(extra_site: Path, tmp_path: Path) -> Path:
    """The sample site with its index cut in chunks of 600 bytes: dozens instead of a few."""
    site = tmp_path / "site"
    shutil.copytree(extra_site, site)
    bundle, before = _bundle(site)
    words = _words(bundle, before)
    assert pagefind_chunks.rechunk(bundle, 600)
    bundle, after = _bundle(site)
    assert after != before and not (bundle / f"pagefind.{before}.pf_meta").exists()
    assert _words(bundle, after) == words  # every word, byte for byte, each within its chunk's bounds
    chunks = pagefind_chunks.index_chunks(bundle, after)
    assert len(chunks) > 20
    assert sorted(p.stem for p in (bundle / "index").iterdir()) == sorted(name for _, _, name in chunks)
    for _, _, name in chunks:
        sizes = [len(raw) for _, raw in pagefind_chunks.chunk_words(bundle / "index" / f"{name}.pf_index")]
        assert sum(sizes) <= 600 or len(sizes) == 1
    return site


def test_pagefind_still_finds_every_word_in_the_regrouped_index(chromium, small_chunks: Path):
    from browser import serve

    with serve(small_chunks) as url:
        context = chromium.new_context()
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto(url + "tim-kiem/")
        for query, wanted in [
            ("thiep", ARTICLE),
            ("nguyen van an", PROFILE),
            ("cấp uỷ", ARTICLE),
            ("dinh xuan thiep", ARTICLE),
        ]:
            _, links = site_search(page, query)
            assert wanted in links, (query, links)
        assert site_search(page, "Thiệpxyz") == ("Không tìm thấy kết quả nào cho “Thiệpxyz”", [])
        context.close()
        assert errors == []


def test_the_site_index_is_built_in_chunks_of_the_target_size(extra_site: Path):
    bundle, meta_hash = _bundle(extra_site)
    for _, _, name in pagefind_chunks.index_chunks(bundle, meta_hash):
        sizes = [len(raw) for _, raw in pagefind_chunks.chunk_words(bundle / "index" / f"{name}.pf_index")]
        assert sum(sizes) <= pagefind_chunks.TARGET or len(sizes) == 1


def test_a_bundle_of_another_version_is_left_as_pagefind_wrote_it(extra_site: Path, tmp_path: Path):
    bundle = tmp_path / "pagefind"
    shutil.copytree(extra_site / urls.SEARCH_INDEX, bundle)
    entry = bundle / "pagefind-entry.json"
    entry.write_text(
        entry.read_text(encoding="utf-8").replace('"version":"1.5.2"', '"version":"1.6.0"'), encoding="utf-8"
    )
    before = {p: p.read_bytes() for p in bundle.rglob("*") if p.is_file()}
    assert pagefind_chunks.rechunk(bundle) is False
    assert {p: p.read_bytes() for p in bundle.rglob("*") if p.is_file()} == before


@pytest.mark.parametrize(
    "content,message",
    [
        (b"not gzip", "không đọc được"),
        (gzip.compress(b"pagefind_dcd\x83\x01\x02\x03"), "cần một mảng"),  # the chunk list is a number
        (gzip.compress(b"something else"), "không có chữ ký pagefind_dcd"),
    ],
)
def test_a_bundle_not_laid_out_as_pagefind_1_5_is_refused_with_a_message(
    extra_site: Path, tmp_path: Path, content: bytes, message: str
):
    bundle = tmp_path / "pagefind"
    shutil.copytree(extra_site / urls.SEARCH_INDEX, bundle)
    _, meta_hash = _bundle(tmp_path)
    (bundle / f"pagefind.{meta_hash}.pf_meta").write_bytes(content)
    with pytest.raises(pagefind_chunks.FormatError, match=message):
        pagefind_chunks.rechunk(bundle)
