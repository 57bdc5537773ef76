"""Pagefind 1.5's word index cut again into chunks of a bounded size.

Pagefind splits its word index into chunks so that a query downloads only the chunks of its
words. Since 1.5 it folds diacritics and files each accented form ("nguyễn", "người") as a
variant under its folded word ("nguyen"), but 1.5 counts only the folded word's own
occurrences towards a chunk's size (Pagefind issue #1211, fixed upstream by pull request
#1316 after 1.5.2, in no release on PyPI yet). In Vietnamese almost every word is a variant,
so chunks came out at 100-230 KB instead of ~25 KB, and "nguyen van" downloaded 390 KB of
index. `rechunk` regroups a built bundle's words into chunks of about `target` bytes: each
word's entry is copied byte for byte, only the grouping and the list of chunks in the
language's meta file are written anew, the same way Pagefind names and bounds its own.

Formats read (Pagefind 1.5): every file is gzip of b"pagefind_dcd" + CBOR. A chunk is
[[word...]], a word is [folded text, pages, variants]; the meta file is
[version, pages, chunks, filters, sorts, meta fields], a chunk there [from, to, file name].
Any other version is left as Pagefind wrote it.
"""

from __future__ import annotations

import gzip
import hashlib
import itertools
import json
import zlib
from pathlib import Path

SIGNATURE = b"pagefind_dcd"
VERSIONS = ("1.5.",)  # the versions with the miscounted chunks and this layout
TARGET = 12_000  # bytes of CBOR per chunk: 2-5 KB compressed, 259 chunks at 700 articles


class FormatError(Exception):
    """The bundle is not laid out as Pagefind 1.5 lays it out."""


# -- CBOR, as much as Pagefind's index uses: ints, text, arrays ----------------------------


def _head(buf: bytes, at: int) -> tuple[int, int, int]:
    """Major type, argument and the offset after an item's head."""
    if at >= len(buf):
        raise FormatError("hết dữ liệu giữa chừng")
    major, info = buf[at] >> 5, buf[at] & 31
    if info < 24:
        return major, info, at + 1
    width = {24: 1, 25: 2, 26: 4, 27: 8}.get(info)
    if width is None:
        raise FormatError(f"độ dài không xác định ở byte {at}")
    return major, int.from_bytes(buf[at + 1 : at + 1 + width], "big"), at + 1 + width


def _skip(buf: bytes, at: int) -> int:
    """The offset after the item at `at`: a loop, not a call per item (an index holds
    hundreds of thousands of numbers, and this runs in every build)."""
    remaining = 1
    try:
        while remaining:
            remaining -= 1
            major, info = buf[at] >> 5, buf[at] & 31
            at += 1
            if info < 24:
                arg = info
            elif info == 24:
                arg = buf[at]
                at += 1
            elif info < 28:
                width = 1 << (info - 24)
                arg = int.from_bytes(buf[at : at + width], "big")
                at += width
            else:
                raise FormatError(f"độ dài không xác định ở byte {at - 1}")
            if major in (2, 3):
                at += arg
            elif major == 4:
                remaining += arg
            elif major == 5:
                remaining += 2 * arg
            elif major == 6:
                raise FormatError(f"kiểu CBOR {major} không dùng trong chỉ mục")
    except IndexError as error:
        raise FormatError("hết dữ liệu giữa chừng") from error
    if at > len(buf):
        raise FormatError("hết dữ liệu giữa chừng")
    return at


def _array(buf: bytes, at: int) -> tuple[list[tuple[int, int]], int]:
    """The (start, end) of each item of the array at `at`, and the offset after it."""
    major, count, at = _head(buf, at)
    if major != 4:
        raise FormatError(f"cần một mảng ở byte {at}")
    spans = []
    for _ in range(count):
        end = _skip(buf, at)
        spans.append((at, end))
        at = end
    return spans, at


def _text(buf: bytes, at: int) -> str:
    major, length, at = _head(buf, at)
    if major != 3:
        raise FormatError(f"cần một chuỗi ở byte {at}")
    try:
        return buf[at : at + length].decode("utf-8")
    except UnicodeDecodeError as error:
        raise FormatError(f"chuỗi không phải UTF-8 ở byte {at}") from error


def _encode_head(major: int, arg: int) -> bytes:
    if arg < 24:
        return bytes([major << 5 | arg])
    for info, width in ((24, 1), (25, 2), (26, 4), (27, 8)):
        if arg < 1 << (8 * width):
            return bytes([major << 5 | info]) + arg.to_bytes(width, "big")
    raise ValueError(arg)


def _encode_text(text: str) -> bytes:
    data = text.encode("utf-8")
    return _encode_head(3, len(data)) + data


# -- files ---------------------------------------------------------------------------------


def _read(path: Path) -> bytes:
    try:
        data = gzip.decompress(path.read_bytes())
    except (OSError, EOFError, zlib.error) as error:  # gzip says what is wrong in English
        raise FormatError(f"{path.name}: không đọc được ({error})") from error
    if not data.startswith(SIGNATURE):
        raise FormatError(f"{path.name}: không có chữ ký {SIGNATURE.decode()}")
    return data[len(SIGNATURE) :]


def _write(path: Path, body: bytes) -> None:
    path.write_bytes(gzip.compress(SIGNATURE + body, 9, mtime=0))


def _name(prefix: str, body: bytes, length: int, taken: set[str]) -> str:
    """A file name from the content's hash, as Pagefind names its files, longer on a clash."""
    digest = hashlib.sha256(body).hexdigest()
    while f"{prefix}{digest[:length]}" in taken:
        length += 1
    return f"{prefix}{digest[:length]}"


# -- chunks ----------------------------------------------------------------------------------


def _group(words: list[tuple[str, bytes]], target: int) -> list[list[tuple[str, bytes]]]:
    """Words in order, in chunks of at most `target` bytes, or of one word larger than that
    ("năm", "người"): a query then reads a common word's chunk without its neighbours."""
    chunks: list[list[tuple[str, bytes]]] = []
    current: list[tuple[str, bytes]] = []
    size = 0
    for word in words:
        if current and size + len(word[1]) > target:
            chunks.append(current)
            current, size = [], 0
        current.append(word)
        size += len(word[1])
    if current:
        chunks.append(current)
    return chunks


def _prefixes(a: str, b: str) -> tuple[str, str]:
    common = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        common += 1
    return a[: common + 1], b[: common + 1]


def bounds(chunks: list[list[str]]) -> list[list[str]]:
    """Each chunk's [from, to], shortened against its neighbours as Pagefind's chunk_meta does."""
    named = [[words[0], words[-1]] for words in chunks]
    for left, right in itertools.pairwise(named):
        to, start = _prefixes(left[1], right[0])
        if to >= left[0]:  # never a range that ends before it starts
            left[1] = to
        right[0] = start
    return named


def index_chunks(bundle: Path, meta_hash: str) -> list[tuple[str, str, str]]:
    """The word index's chunks listed in a language's meta file: (from, to, file name)."""
    meta = _read(bundle / f"pagefind.{meta_hash}.pf_meta")
    found = []
    for start, _ in _chunk_list(meta, meta_hash):
        low, high, name = (_text(meta, at) for at, _ in _array(meta, start)[0])
        found.append((low, high, name))
    return found


def chunk_words(path: Path) -> list[tuple[str, bytes]]:
    """The words of one chunk file: each one's folded text and its whole CBOR entry."""
    chunk = _read(path)
    (outer,), _ = _array(chunk, 0)
    words = []
    for start, end in _array(chunk, outer[0])[0]:
        major, _count, text = _head(chunk, start)  # [folded text, pages, variants]
        if major != 4:
            raise FormatError(f"{path.name}: một từ không phải mảng ở byte {start}")
        words.append((_text(chunk, text), chunk[start:end]))
    return words


def _chunk_list(meta: bytes, meta_hash: str) -> list[tuple[int, int]]:
    fields, _ = _array(meta, 0)
    if len(fields) < 3:
        raise FormatError(f"pagefind.{meta_hash}.pf_meta: thiếu danh sách phần chỉ mục")
    chunks, _ = _array(meta, fields[2][0])
    for start, _end in chunks:
        if len(_array(meta, start)[0]) != 3:
            raise FormatError(f"pagefind.{meta_hash}.pf_meta: phần chỉ mục không có dạng [từ, đến, tệp]")
    return chunks


def rechunk(bundle: Path, target: int = TARGET) -> bool:
    """Regroup the word index of every language in a Pagefind bundle; False if the bundle's
    version is not one this knows (it is then left as it is)."""
    entry_path = bundle / "pagefind-entry.json"
    entry = json.loads(entry_path.read_text(encoding="utf-8"))
    if not str(entry.get("version", "")).startswith(VERSIONS):
        return False
    for language in entry["languages"].values():
        language["hash"] = _rechunk_language(bundle, language["hash"], target)
    entry_path.write_text(json.dumps(entry, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    return True


def _rechunk_language(bundle: Path, meta_hash: str, target: int) -> str:
    meta_path = bundle / f"pagefind.{meta_hash}.pf_meta"
    meta = _read(meta_path)
    fields, _ = _array(meta, 0)
    old_files = [bundle / "index" / f"{name}.pf_index" for _, _, name in index_chunks(bundle, meta_hash)]
    words = sorted((word for path in old_files for word in chunk_words(path)), key=lambda word: word[0])
    language = meta_hash.split("_", 1)[0] + "_"

    groups = _group(words, target)
    taken: set[str] = set()
    listing = [_encode_head(4, len(groups))]
    written = []
    for group, (start, end) in zip(groups, bounds([[w for w, _ in g] for g in groups]), strict=True):
        body = _encode_head(4, 1) + _encode_head(4, len(group)) + b"".join(raw for _, raw in group)
        name = _name(language, body, 7, taken)
        taken.add(name)
        written.append((bundle / "index" / f"{name}.pf_index", body))
        listing.append(_encode_head(4, 3) + _encode_text(start) + _encode_text(end) + _encode_text(name))
    new_meta = meta[: fields[2][0]] + b"".join(listing) + meta[fields[2][1] :]
    for path in old_files:
        path.unlink(missing_ok=True)
    for path, body in written:
        _write(path, body)
    new_hash = _name(language, new_meta, 10, set())
    meta_path.unlink()
    _write(bundle / f"pagefind.{new_hash}.pf_meta", new_meta)
    return new_hash
