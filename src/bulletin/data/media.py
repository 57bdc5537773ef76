"""The one image pipeline: what a media file really is, and the files the site publishes from it.

Files under data/media/ come from editors' pull requests, so nothing is trusted by its name.
Rasters are recognised by their content and re-encoded by the build (EXIF, GPS, XMP and
comments never reach the site); an SVG is published only when its parsed tree holds nothing
but drawing, and then re-serialised from that tree. `inspect` is cheap enough for
`bulletin validate` (headers and a structural check; only GIFs, which are small, are
decoded); `publish` decodes and encodes.
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
from typing import NoReturn
from xml.parsers import expat
from xml.sax.saxutils import escape, quoteattr

from PIL import Image as PILImage
from PIL import ImageOps, ImageSequence

from bulletin.vietnamese import formatting

MAX_FILE_BYTES = 20 * 1024 * 1024
# A 40-megapixel photo is more than any page needs; beyond it decoding costs memory that
# a crafted header (a "decompression bomb") could claim without a large file.
MAX_PIXELS = 40_000_000
# Animations: all frames together.
MAX_ANIMATION_PIXELS = 100_000_000
MAX_FRAMES = 1000
# Drawings nest groups a few levels deep; far deeper is an attack on whatever walks the tree.
MAX_SVG_DEPTH = 100
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
FORMAT_OF = {kind: fmt for fmt, (kind, _) in RASTERS.items()}

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


def _open_raster(data: bytes) -> PILImage.Image | None:
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
    shown = f" ({n(size[0])} × {n(size[1])} điểm ảnh{f', {n(frames)} khung hình' if frames > 1 else ''})" if size else ""
    return (
        f"ảnh quá lớn{shown}, tối đa {n(MAX_PIXELS)} điểm ảnh"
        f"{f' (ảnh động: {n(MAX_ANIMATION_PIXELS)} cho mọi khung hình)' if frames > 1 else ''}; "
        "hãy thu nhỏ ảnh, rộng 2.000 đến 4.000 điểm ảnh là đủ cho trang tin"
    )


def _check_pixels(im: PILImage.Image, frames: int) -> None:
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


def _frame_count(im: PILImage.Image) -> int:
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
    raise MediaError(f"ảnh động có quá nhiều khung hình (tối đa {n(MAX_FRAMES)}); hãy rút ngắn ảnh động hoặc dùng ảnh tĩnh")


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
    _check_pixels(im, 1)
    frames = _frame_count(im)
    _check_pixels(im, frames)
    _check_structure(im, data, fmt)
    width, height = _displayed_size(im) if frames == 1 else im.size
    return Image(rel, kind, width, height, _published(rel, extension), frames)


# -- SVG -----------------------------------------------------------------------------------

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"
XML_NS = "http://www.w3.org/XML/1998/namespace"
# What drawing tools write for themselves; not rendered, so dropped rather than refused.
EDITOR_NS = frozenset({
    "http://www.inkscape.org/namespaces/inkscape",
    "http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "http://creativecommons.org/ns#",
    "http://purl.org/dc/elements/1.1/",
    "http://ns.adobe.com/AdobeIllustrator/10.0/",
    "http://ns.adobe.com/Graphs/1.0/",
    "http://ns.adobe.com/SaveForWeb/1.0/",
    "http://ns.adobe.com/Extensibility/1.0/",
    "http://ns.adobe.com/Variables/1.0/",
    "http://ns.adobe.com/ImageReplacement/1.0/",
})
# SVG elements that only draw. Absent on purpose: script, foreignObject, image, feImage, a,
# iframe, animate, set, animateMotion, animateTransform, switch (they run, load or link).
DRAWING = frozenset({
    "svg", "g", "defs", "symbol", "use", "title", "desc", "style",
    "path", "rect", "circle", "ellipse", "line", "polyline", "polygon",
    "text", "tspan", "textPath",
    "linearGradient", "radialGradient", "stop", "pattern", "clipPath", "mask", "marker",
    "filter", "feBlend", "feColorMatrix", "feComponentTransfer", "feComposite",
    "feConvolveMatrix", "feDiffuseLighting", "feDisplacementMap", "feDistantLight",
    "feDropShadow", "feFlood", "feFuncA", "feFuncB", "feFuncG", "feFuncR", "feGaussianBlur",
    "feMerge", "feMergeNode", "feMorphology", "feOffset", "fePointLight",
    "feSpecularLighting", "feSpotLight", "feTile", "feTurbulence",
})
DROPPED = frozenset({"metadata"})
# CSS functions a drawing needs; url() only towards the drawing itself (url(#id)).
CSS_FUNCTIONS = frozenset({
    "rgb", "rgba", "hsl", "hsla", "url", "var", "calc",
    "translate", "translatex", "translatey", "rotate", "scale", "scalex", "scaley",
    "skewx", "skewy", "matrix",
})
_CSS_FUNCTION = re.compile(r"([\w-]*)\(\s*(['\"]?)(.?)", re.ASCII)
_CSS_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
_LENGTH = re.compile(r"^\s*(\d+(?:\.\d+)?|\.\d+)\s*(px|pt|pc|mm|cm|in)?\s*$")
_UNIT_PX = {None: 1.0, "px": 1.0, "pt": 4 / 3, "pc": 16.0, "mm": 96 / 25.4, "cm": 96 / 2.54, "in": 96.0}


class _NotSvg(Exception):
    """Well-formed XML whose root is not an SVG drawing."""


class _Unsafe(Exception):
    """An SVG that is not plain drawing; the message says what was found."""


def _active(what: str, line: int | None) -> _Unsafe:
    at = f" ở dòng {line}" if line else ""
    return _Unsafe(
        f"SVG có thành phần chạy được hoặc tải nội dung từ ngoài ({what}{at}); "
        "chỉ nhận SVG thuần hình vẽ: hãy xuất lại SVG không có thành phần đó, hoặc dùng ảnh PNG/JPEG"
    )


def _parse_svg(data: bytes) -> tuple[ET.Element, dict[int, int]]:
    """The parsed tree and each element's line. Built with expat directly so that a
    declaration able to define entities is refused as it is met, before any use."""
    parser = expat.ParserCreate(namespace_separator="}")
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.buffer_text = True  # one call per run of text, not one per entity reference
    stack: list[ET.Element] = []
    top: list[ET.Element] = []
    lines: dict[int, int] = {}

    def qualified(name: str) -> str:
        return "{" + name if "}" in name else name

    def start(name: str, attrs: dict[str, str]) -> None:
        if len(stack) >= MAX_SVG_DEPTH:
            raise _Unsafe(f"SVG lồng nhau quá {MAX_SVG_DEPTH} tầng; hãy xuất lại SVG từ phần mềm vẽ")
        element = ET.Element(qualified(name), {qualified(k): v for k, v in attrs.items()})
        lines[id(element)] = parser.CurrentLineNumber
        (stack[-1] if stack else top).append(element)
        stack.append(element)

    def end(_: str) -> None:
        stack.pop()

    def text(chunk: str) -> None:
        if not stack:
            return
        element = stack[-1]
        if len(element):
            element[-1].tail = (element[-1].tail or "") + chunk
        else:
            element.text = (element.text or "") + chunk

    def doctype(name, system_id, public_id, internal_subset):  # type: ignore[no-untyped-def]
        if internal_subset:  # a bare <!DOCTYPE svg PUBLIC ...>, as old exporters write, defines nothing
            raise _Unsafe(
                "SVG có khai báo DOCTYPE/ENTITY (có thể dùng để phình tệp hoặc đọc tệp khác); "
                "hãy xuất lại SVG không có phần khai báo này"
            )

    def entity(*_: object) -> NoReturn:
        raise _Unsafe("SVG có khai báo ENTITY; hãy xuất lại SVG không có phần khai báo này")

    def instruction(target: str, _: str) -> None:
        raise _active(f"chỉ thị <?{target}?>", parser.CurrentLineNumber)

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = text
    parser.StartDoctypeDeclHandler = doctype
    parser.EntityDeclHandler = entity
    parser.UnparsedEntityDeclHandler = entity
    parser.ExternalEntityRefHandler = entity
    parser.ProcessingInstructionHandler = instruction
    parser.Parse(data, True)
    if not top:
        raise expat.ExpatError("no element")
    return top[0], lines


def _split(name: str) -> tuple[str, str]:
    if name.startswith("{"):
        ns, _, local = name[1:].partition("}")
        return ns, local
    return "", name


def _check_css(text: str, what: str, line: int | None) -> None:
    plain = _CSS_COMMENT.sub("", text)
    if "\\" in plain or "@" in plain or "<" in plain:  # escapes, @import/@font-face, markup
        raise _active(f"CSS đặc biệt trong {what}", line)
    for found in _CSS_FUNCTION.finditer(plain):
        name = found.group(1).lower()
        if name and (name not in CSS_FUNCTIONS or (name == "url" and found.group(3) != "#")):
            raise _active(f"{found.group(1) or 'hàm'}(…) trong {what}", line)


def _check_element(element: ET.Element, line: int | None) -> None:
    ns, local = _split(element.tag)
    if ns != SVG_NS or local not in DRAWING:
        raise _active(f"<{local}>", line)
    for name, value in element.attrib.items():
        attr_ns, attr = _split(name)
        if attr_ns not in ("", XLINK_NS, XML_NS):
            raise _active(f"thuộc tính {attr}", line)
        if attr.lower().startswith("on"):
            raise _active(f"thuộc tính {attr}", line)
        if attr == "href" and not value.strip().startswith("#"):
            raise _active(f"liên kết {attr}=\"{value[:40]}\"", line)
        if attr == "style":
            _check_css(value, "style", line)
        elif "url(" in value.lower() or "\\" in value:  # presentation attributes are CSS: url() loads
            _check_css(value, f"thuộc tính {attr}", line)
    if local == "style":
        if len(element):
            raise _active("phần tử bên trong <style>", line)
        _check_css(element.text or "", "<style>", line)


def _strip_editor_parts(element: ET.Element) -> None:
    """Drop what drawing tools keep for themselves (never rendered, so never published)."""
    for child in list(element):
        ns, local = _split(child.tag)
        if ns in EDITOR_NS or (ns == SVG_NS and local in DROPPED):
            element.remove(child)
    for name in [n for n in element.attrib if _split(n)[0] in EDITOR_NS]:
        del element.attrib[name]


def _compact(text: str) -> str:
    return "".join(c for c in text if not c.isspace() and ord(c) >= 0x20).lower()


def _inert_svg(data: bytes) -> ET.Element:
    """The checked tree of an SVG that only draws; _Unsafe or ET.ParseError otherwise."""
    root, lines = _parse_svg(data)
    if _split(root.tag) != (SVG_NS, "svg"):
        raise _NotSvg
    for element in root.iter():
        _strip_editor_parts(element)
    for element in root.iter():
        line = lines.get(id(element))
        _check_element(element, line)
        texts = [element.text or "", element.tail or "", *element.attrib.values()]
        if any("javascript:" in _compact(t) for t in texts):
            raise _active("javascript:", line)
    return root


def _svg_length(value: str | None) -> float | None:
    found = _LENGTH.match(value or "")
    return float(found.group(1)) * _UNIT_PX[found.group(2)] if found else None


def _svg_size(root: ET.Element) -> tuple[int, int]:
    """Width and height from the attributes, else the viewBox, else the browser default."""
    width, height = _svg_length(root.get("width")), _svg_length(root.get("height"))
    box = root.get("viewBox", "").replace(",", " ").split()
    try:
        box_size = (float(box[2]), float(box[3])) if len(box) == 4 else None
    except ValueError:
        box_size = None
    if box_size and box_size[0] > 0 and box_size[1] > 0:
        if width and not height:
            height = width * box_size[1] / box_size[0]
        elif height and not width:
            width = height * box_size[0] / box_size[1]
        elif not width and not height:
            width, height = box_size
    if not width or not height:
        return 300, 150
    return max(1, round(width)), max(1, round(height))


def _looks_like_xml(data: bytes) -> bool:
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n")
    return head.startswith(b"<")


def _checked_svg(data: bytes) -> ET.Element:
    """The inert tree of an SVG, or MediaError saying why it is not one."""
    try:
        return _inert_svg(data)
    except _Unsafe as unsafe:
        raise MediaError(str(unsafe)) from None
    except _NotSvg:
        raise MediaError(NOT_AN_IMAGE) from None
    except expat.ExpatError as error:
        if b"<svg" not in data[:4096]:
            raise MediaError(NOT_AN_IMAGE) from None
        line = getattr(error, "lineno", 0)
        raise MediaError(
            f"tệp SVG sai cú pháp XML{f' ở dòng {line}' if line else ''}; hãy xuất lại SVG từ phần mềm vẽ"
        ) from None


_PREFIX = {"": "", XLINK_NS: "xlink:", XML_NS: "xml:"}


def _serialise(root: ET.Element) -> bytes:
    """The checked tree written out: only elements and attributes that passed the check."""
    out: list[str] = ['<?xml version="1.0" encoding="UTF-8"?>\n']

    def write(element: ET.Element, top: bool) -> None:
        name = _split(element.tag)[1]
        attrs = [f' xmlns="{SVG_NS}"', f' xmlns:xlink="{XLINK_NS}"'] if top else []
        for key, value in element.attrib.items():
            ns, local = _split(key)
            attrs.append(f" {_PREFIX[ns]}{local}={quoteattr(value, {chr(10): '&#10;', chr(13): '&#13;', chr(9): '&#9;'})}")
        if not element.text and not len(element):
            out.append(f"<{name}{''.join(attrs)}/>")
            return
        out.append(f"<{name}{''.join(attrs)}>")
        out.append(escape(element.text or ""))
        for child in element:
            write(child, False)
            out.append(escape(child.tail or ""))
        out.append(f"</{name}>")

    write(root, True)
    return "".join(out).encode("utf-8")


def _inspect_svg(data: bytes, rel: str) -> Image:
    width, height = _svg_size(_checked_svg(data))
    # Its nominal size becomes the page's width and height attributes: the same bound as photos.
    if width * height > MAX_PIXELS:
        raise MediaError(_too_many_pixels((width, height)))
    return Image(rel, "svg", width, height, _published(rel, ".svg"))


# -- inspecting ----------------------------------------------------------------------------

# Same file, same answer: `mkdocs serve` rebuilds often and photos do not change between.
_CACHE: dict[tuple[str, str, int, int, int], Image | str] = {}


def _inspect(data: bytes, rel: str) -> Image:
    im = _open_raster(data)
    if im is not None:
        return _inspect_raster(im, data, rel)
    if _looks_like_xml(data):
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


# -- publishing ----------------------------------------------------------------------------


def srcset(image: Image) -> list[tuple[str, int]]:
    """Every published file of `image` as (site path, width), narrowest first; the last is
    the full-size file at `image.published`."""
    if image.kind == "svg" or image.frames > 1:
        return [(image.published, image.width)]
    path = PurePosixPath(image.published)
    smaller = [(path.with_name(f"{path.stem}-{w}w{path.suffix}").as_posix(), w) for w in WIDTHS if w < image.width]
    return smaller + [(image.published, image.width)]


def _encode(im: PILImage.Image, kind: str, icc: bytes | None, frames: list[PILImage.Image] | None = None,
            durations: list[int] | None = None, loop: int = 0) -> bytes:
    """Encode with only what we pass: no EXIF, XMP, comments or text chunks from the source."""
    options: dict[str, object] = {}
    if icc and kind != "gif":
        options["icc_profile"] = icc  # colours stay right; a profile says nothing about the person
    if kind == "jpeg":
        options.update(quality=85, progressive=True, optimize=True)
    elif kind == "png":
        options.update(optimize=True)
    elif kind == "webp":
        options.update(quality=85, method=4)
    elif kind == "avif":
        options.update(quality=70, speed=6, max_threads=1)  # one thread: the same bytes every build
    if frames:
        options.update(save_all=True, append_images=frames, duration=durations, loop=loop)
    out = io.BytesIO()
    im.save(out, format=FORMAT_OF[kind], **options)
    return out.getvalue()


def _clean(im: PILImage.Image, kind: str) -> PILImage.Image:
    """Pixels only: info (EXIF, XMP, comments, text) is emptied so no encoder copies it."""
    if kind == "jpeg" and im.mode not in ("RGB", "L"):
        im = im.convert("RGB")
    elif kind != "jpeg" and im.mode not in ("RGB", "RGBA", "L", "LA", "P", "1", "I;16"):
        im = im.convert("RGBA")
    transparency = im.info.get("transparency")
    im.info = {} if transparency is None else {"transparency": transparency}
    return im


def _publish_raster(image: Image, data: bytes) -> list[tuple[str, bytes]]:
    im = _open_raster(data)
    if im is None or RASTERS.get(im.format or "", ("",))[0] != image.kind:
        raise MediaError(NOT_AN_IMAGE)
    kind = image.kind
    icc = im.info.get("icc_profile")
    frames = _frame_count(im)
    _check_pixels(im, frames)
    if frames > 1:
        loop = int(im.info.get("loop", 0) or 0)
        durations, loaded = [], []
        for frame in ImageSequence.Iterator(im):
            durations.append(int(frame.info.get("duration", 100) or 100))
            loaded.append(_clean(frame.convert("RGBA"), kind))
        return [(image.published, _encode(loaded[0], kind, icc, loaded[1:], durations, loop))]
    im.load()
    if im.mode == "CMYK":
        icc = None  # the profile describes CMYK; the published pixels are RGB
    upright = _clean(ImageOps.exif_transpose(im), kind)
    # Palette and bilevel pixels are resized in full colour, then re-encoded.
    resizable = upright.convert("RGBA" if upright.mode == "P" else "L") if upright.mode in ("P", "1") else upright
    files = []
    for path, width in srcset(image):
        sized = upright
        if width != upright.width:
            height = max(1, round(upright.height * width / upright.width))
            sized = _clean(resizable.resize((width, height), PILImage.Resampling.LANCZOS), kind)
        files.append((path, _encode(sized, kind, icc)))
    return files


def publish(image: Image, data_dir: Path) -> list[tuple[str, bytes]]:
    """The files to publish for `image` as (path from the site root, bytes).

    Rasters are decoded and re-encoded at each width of `srcset(image)`; an SVG is written
    from its re-checked tree. The same input gives the same bytes. Raises MediaError (with a
    message for editors) when the file changed since `inspect` and is no longer acceptable.
    """
    data = _read(data_dir / image.rel)
    if image.kind == "svg":
        return [(image.published, _serialise(_checked_svg(data)))]
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", PILImage.DecompressionBombWarning)
            return _publish_raster(image, data)
    except MediaError:
        raise
    except Exception:  # Pillow decoding untrusted bytes
        raise MediaError(DAMAGED) from None


# -- share images ---------------------------------------------------------------------------


def read(image: Image, data_dir: Path) -> bytes:
    """The bytes of `image` as published from, read as safely as `publish` reads them."""
    return _read(data_dir / image.rel)


def cover(image: Image, data: bytes, size: tuple[int, int], quality: int = 82) -> bytes:
    """A raster `image` (its bytes from `read`) upright, cropped to fill `size` around its
    centre and scaled, as a JPEG with no metadata: what a share preview shows of a photo.
    The first frame of an animation. Raises MediaError when the bytes are not that image."""
    if image.kind == "svg":
        raise MediaError(NOT_AN_IMAGE)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", PILImage.DecompressionBombWarning)
            im = _open_raster(data)
            if im is None or RASTERS.get(im.format or "", ("",))[0] != image.kind:
                raise MediaError(NOT_AN_IMAGE)
            _check_pixels(im, 1)
            im.load()
            upright = ImageOps.exif_transpose(im)
            if upright.mode in ("RGBA", "LA", "P", "PA"):  # transparency goes on white, as the page shows it
                rgba = upright.convert("RGBA")
                flat = PILImage.new("RGB", rgba.size, "white")
                flat.paste(rgba, mask=rgba.getchannel("A"))
                upright = flat
            fitted = ImageOps.fit(upright.convert("RGB"), size, PILImage.Resampling.LANCZOS)
            fitted.info = {}
            out = io.BytesIO()
            fitted.save(out, format="JPEG", quality=quality, progressive=True, optimize=True)
            return out.getvalue()
    except MediaError:
        raise
    except Exception:  # Pillow decoding untrusted bytes
        raise MediaError(DAMAGED) from None
