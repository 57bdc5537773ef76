"""What a media file really is, checked: the one image pipeline's first half.

Files under data/media/ come from editors' pull requests, so nothing is trusted by its name.
Rasters are recognised by their content and proved whole; an SVG must be plain drawing
(data.svg). `inspect` is cheap enough for `bulletin validate` (headers and a structural check;
only GIFs, which are small, are decoded). The names of the files the site publishes from an
image (`Image.published`, `srcset`) are decided here, where the model checks them for clashes;
their bytes are made by outputs.images, which re-encodes rasters (EXIF, GPS, XMP and comments
never reach the site) and writes SVGs from their checked tree.
"""

from __future__ import annotations

import errno
import io
import os
import re
import stat
import warnings
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from xml.parsers import expat

from PIL import Image as PILImage
from PIL import ImageSequence

from bulletin.data import svg
from bulletin.vietnamese import formatting

MAX_FILE_BYTES = 20 * 1024 * 1024
# A 40-megapixel photo is more than any page needs; beyond it decoding costs memory that
# a crafted header (a "decompression bomb") could claim without a large file.
MAX_PIXELS = 40_000_000
# Animations: all frames together.
MAX_ANIMATION_PIXELS = 100_000_000
MAX_FRAMES = 1000
# Widths offered to browsers through srcset; never wider than the original.
WIDTHS = (480, 960, 1600)

# Pillow format -> (kind, extension the site publishes it under).
RASTERS = {
    "JPEG": ("jpeg", ".jpg"),
    "PNG": ("png", ".png"),
    "WEBP": ("webp", ".webp"),
    "AVIF": ("avif", ".avif"),
    "GIF": ("gif", ".gif"),
}

NOT_AN_IMAGE = (
    "không phải ảnh JPEG, PNG, WebP, AVIF, GIF hay SVG (dù tên tệp thế nào); "
    "hãy xuất lại ảnh ở một trong các định dạng đó"
)
DAMAGED = "tệp ảnh bị hỏng hoặc thiếu phần cuối; hãy xuất lại ảnh từ bản gốc"


class MediaError(Exception):
    """A file that cannot be published; the message is for editors."""


@dataclass(frozen=True)
class Image:
    """A checked media file."""

    rel: str  # path under data/ as the article names it, e.g. media/2024/anh.JPG
    kind: str  # jpeg, png, webp, avif, gif or svg
    width: int  # as displayed, after the EXIF orientation is applied
    height: int
    published: str  # site path of the full-size file, with its real type's extension
    frames: int = 1


# -- reading files safely ------------------------------------------------------------------


def _read(file: Path) -> bytes:
    """The bytes of a regular file, never following a link or blocking on a FIFO."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(file, flags)
    except OSError as error:
        raise MediaError(_open_failure(error)) from None
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise MediaError("không phải tệp thường (thiết bị, FIFO hay socket); hãy commit chính tệp ảnh")
        if info.st_size > MAX_FILE_BYTES:
            raise MediaError(too_large_message(info.st_size))
        data = handle.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise MediaError(too_large_message(len(data)))
    return data


def _open_failure(error: OSError) -> str:
    if error.errno == errno.ELOOP:  # what O_NOFOLLOW answers for a link
        return "tệp là liên kết (symlink); hãy commit chính tệp ảnh thay cho liên kết"
    return unreadable_message(error)


def unreadable_message(error: OSError) -> str:
    """Why a file could not be read, in Vietnamese (the system's own words are English)."""
    if error.errno == errno.ENOENT:
        return "không tìm thấy tệp (có thể vừa bị xóa hoặc đổi tên)"
    if error.errno in (errno.EACCES, errno.EPERM):
        return "không có quyền đọc tệp này; hãy kiểm tra quyền truy cập"
    return "không đọc được tệp này"


def too_large_message(size: int) -> str:
    n = formatting.number
    return f"tệp quá lớn ({n(size)} byte, tối đa {n(MAX_FILE_BYTES)}); hãy giảm kích thước hoặc chất lượng ảnh"


def _published(rel: str, extension: str) -> str:
    path = PurePosixPath(rel)
    return path.with_name(path.stem + extension).as_posix()


# -- rasters -------------------------------------------------------------------------------


def _available() -> list[str]:
    """Our raster formats that this Pillow can read (AVIF needs a build with libavif)."""
    PILImage.init()
    return [fmt for fmt in RASTERS if fmt in PILImage.OPEN]


def open_raster(data: bytes) -> PILImage.Image | None:
    """Pillow's image over `data` when the content is one of our raster types; None otherwise."""
    with warnings.catch_warnings():
        warnings.simplefilter("error", PILImage.DecompressionBombWarning)
        try:
            return PILImage.open(io.BytesIO(data), formats=_available())
        except (PILImage.DecompressionBombError, PILImage.DecompressionBombWarning):
            raise MediaError(_too_many_pixels(None)) from None
        # Pillow parses untrusted bytes here; any failure means "not an image we accept",
        # or a damaged one when the file starts like one of our types.
        except Exception:
            if any(_starts_like(fmt, data) for fmt in _available()):
                raise MediaError(DAMAGED) from None
            return None


def _starts_like(fmt: str, data: bytes) -> bool:
    accept = PILImage.OPEN[fmt][1]
    try:
        return bool(accept and accept(data[:16]) is True)
    except Exception:
        return False


def _too_many_pixels(size: tuple[int, int] | None, frames: int = 1) -> str:
    n = formatting.number
    shown = (
        f" ({n(size[0])} × {n(size[1])} điểm ảnh{f', {n(frames)} khung hình' if frames > 1 else ''})" if size else ""
    )
    return (
        f"ảnh quá lớn{shown}, tối đa {n(MAX_PIXELS)} điểm ảnh"
        f"{f' (ảnh động: {n(MAX_ANIMATION_PIXELS)} cho mọi khung hình)' if frames > 1 else ''}; "
        "hãy thu nhỏ ảnh, rộng 2.000 đến 4.000 điểm ảnh là đủ cho trang tin"
    )


def check_pixels(im: PILImage.Image, frames: int) -> None:
    width, height = im.size
    if width < 1 or height < 1:
        raise MediaError(DAMAGED)
    if width * height > MAX_PIXELS or width * height * frames > MAX_ANIMATION_PIXELS:
        raise MediaError(_too_many_pixels(im.size, frames))


_JPEG_SCAN_END = re.compile(rb"\xff+[^\x00\xd0-\xd7\xff]")


def _jpeg_complete(data: bytes) -> bool:
    """Walk the JPEG's segments and scans to its end-of-image marker, without decoding.

    A truncated photo would otherwise pass validation and fail only in the build.
    """
    pos = 2  # after SOI
    while pos + 2 <= len(data):
        if data[pos] != 0xFF:
            return False
        while pos + 1 < len(data) and data[pos + 1] == 0xFF:  # fill bytes
            pos += 1
        if pos + 2 > len(data):
            return False
        code = data[pos + 1]
        if code == 0xD9:
            return True
        if 0xD0 <= code <= 0xD7 or code == 0x01:
            pos += 2
            continue
        if pos + 4 > len(data):
            return False
        pos += 2 + int.from_bytes(data[pos + 2 : pos + 4], "big")
        if code == 0xDA:  # entropy-coded data runs to the next real marker
            found = _JPEG_SCAN_END.search(data, pos)
            if found is None:
                return False
            pos = found.start()
    return False


def frame_count(im: PILImage.Image) -> int:
    """Frames of an animation, refused past MAX_FRAMES before they are all counted."""
    if not getattr(im, "is_animated", False):
        return 1
    try:
        im.seek(MAX_FRAMES)
    except EOFError:
        return int(getattr(im, "n_frames", 1))
    finally:
        im.seek(0)
    n = formatting.number
    raise MediaError(
        f"ảnh động có quá nhiều khung hình (tối đa {n(MAX_FRAMES)}); hãy rút ngắn ảnh động hoặc dùng ảnh tĩnh"
    )


def _check_structure(im: PILImage.Image, data: bytes, fmt: str) -> None:
    """Prove the file is whole without decoding pixels, so validate and build agree."""
    try:
        if fmt == "JPEG" and not _jpeg_complete(data):
            raise MediaError(DAMAGED)
        if fmt == "PNG":
            PILImage.open(io.BytesIO(data), formats=["PNG"]).verify()  # chunk CRCs up to IEND
        if fmt == "GIF":
            # GIFs are small; decoding every frame is the only complete check.
            for frame in ImageSequence.Iterator(PILImage.open(io.BytesIO(data), formats=["GIF"])):
                frame.load()
    except MediaError:
        raise
    except Exception:  # Pillow on untrusted bytes: any failure is damage
        raise MediaError(DAMAGED) from None


def _displayed_size(im: PILImage.Image) -> tuple[int, int]:
    """Width and height once the EXIF orientation is applied (tags 5-8 turn the photo)."""
    try:
        orientation = im.getexif().get(0x0112, 1)
    except Exception:  # a damaged EXIF block is dropped by publishing anyway
        orientation = 1
    width, height = im.size
    return (height, width) if orientation in (5, 6, 7, 8) else (width, height)


def _inspect_raster(im: PILImage.Image, data: bytes, rel: str) -> Image:
    fmt = im.format or ""
    kind, extension = RASTERS[fmt]
    check_pixels(im, 1)
    frames = frame_count(im)
    check_pixels(im, frames)
    _check_structure(im, data, fmt)
    width, height = _displayed_size(im) if frames == 1 else im.size
    return Image(rel, kind, width, height, _published(rel, extension), frames)


# -- SVG -----------------------------------------------------------------------------------


def checked_svg(data: bytes) -> ET.Element:
    """The inert tree of an SVG, or MediaError saying why it is not one."""
    try:
        return svg.inert(data)
    except svg.Unsafe as unsafe:
        raise MediaError(str(unsafe)) from None
    except svg.NotSvg:
        raise MediaError(NOT_AN_IMAGE) from None
    except expat.ExpatError as error:
        if b"<svg" not in data[:4096]:
            raise MediaError(NOT_AN_IMAGE) from None
        line = getattr(error, "lineno", 0)
        raise MediaError(
            f"tệp SVG sai cú pháp XML{f' ở dòng {line}' if line else ''}; hãy xuất lại SVG từ phần mềm vẽ"
        ) from None


def _inspect_svg(data: bytes, rel: str) -> Image:
    width, height = svg.size(checked_svg(data))
    # Its nominal size becomes the page's width and height attributes: the same bound as photos.
    if width * height > MAX_PIXELS:
        raise MediaError(_too_many_pixels((width, height)))
    return Image(rel, "svg", width, height, _published(rel, ".svg"))


# -- inspecting ----------------------------------------------------------------------------

# Same file, same answer: `mkdocs serve` rebuilds often and photos do not change between.
_CACHE: dict[tuple[str, str, int, int, int], Image | str] = {}


def _inspect(data: bytes, rel: str) -> Image:
    im = open_raster(data)
    if im is not None:
        return _inspect_raster(im, data, rel)
    if svg.looks_like_xml(data):
        return _inspect_svg(data, rel)
    raise MediaError(NOT_AN_IMAGE)


def inspect(file: Path, rel: str) -> Image | str:
    """The checked image in `file` (named `rel` under data/), or why it cannot be published."""
    try:
        info = os.lstat(file)
        key = (str(file), rel, info.st_size, info.st_mtime_ns, info.st_ino)
        if key in _CACHE:
            return _CACHE[key]
        result: Image | str = _inspect(_read(file), rel)
    except MediaError as error:
        return str(error)
    except OSError as error:
        return unreadable_message(error)
    _CACHE[key] = result
    return result


# -- what the site publishes ---------------------------------------------------------------


def srcset(image: Image) -> list[tuple[str, int]]:
    """Every published file of `image` as (site path, width), narrowest first; the last is
    the full-size file at `image.published`. outputs.images makes their bytes."""
    if image.kind == "svg" or image.frames > 1:
        return [(image.published, image.width)]
    path = PurePosixPath(image.published)
    smaller = [(path.with_name(f"{path.stem}-{w}w{path.suffix}").as_posix(), w) for w in WIDTHS if w < image.width]
    return [*smaller, (image.published, image.width)]


def read(image: Image, data_dir: Path) -> bytes:
    """The bytes of `image` to publish from, read as safely as `inspect` reads them."""
    return _read(data_dir / image.rel)
