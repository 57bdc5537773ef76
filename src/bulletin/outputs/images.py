"""The files the site publishes from checked media: the one image pipeline's second half.

Rasters are decoded and re-encoded with only the pixels (and the colour profile): EXIF, GPS,
XMP and comments never reach the site. Narrower copies for phones are made at each width of
`media.srcset`. An SVG is written out from its re-checked tree. The same input gives the same
bytes, build after build. `cover` makes what a share preview shows of a photo.
"""

from __future__ import annotations

import io
import warnings
import xml.etree.ElementTree as ET
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from PIL import Image as PILImage
from PIL import ImageOps, ImageSequence

from bulletin.data.media import (
    DAMAGED,
    NOT_AN_IMAGE,
    RASTERS,
    Image,
    MediaError,
    check_pixels,
    checked_svg,
    frame_count,
    open_raster,
    read,
    srcset,
)
from bulletin.data.svg import SVG_NS, XLINK_NS, XML_NS, split

# The Pillow format each kind is written in.
FORMAT_OF = {kind: fmt for fmt, (kind, _) in RASTERS.items()}


# -- SVG -----------------------------------------------------------------------------------

_PREFIX = {"": "", XLINK_NS: "xlink:", XML_NS: "xml:"}


def _serialise(root: ET.Element) -> bytes:
    """The checked tree written out: only elements and attributes that passed the check."""
    out: list[str] = ['<?xml version="1.0" encoding="UTF-8"?>\n']

    def write(element: ET.Element, top: bool) -> None:
        name = split(element.tag)[1]
        attrs = [f' xmlns="{SVG_NS}"', f' xmlns:xlink="{XLINK_NS}"'] if top else []
        for key, value in element.attrib.items():
            ns, local = split(key)
            attrs.append(
                f" {_PREFIX[ns]}{local}={quoteattr(value, {chr(10): '&#10;', chr(13): '&#13;', chr(9): '&#9;'})}"
            )
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


# -- rasters -------------------------------------------------------------------------------


def _encode(
    im: PILImage.Image,
    kind: str,
    icc: bytes | None,
    frames: list[PILImage.Image] | None = None,
    durations: list[int] | None = None,
    loop: int = 0,
) -> bytes:
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
    im = open_raster(data)
    if im is None or RASTERS.get(im.format or "", ("",))[0] != image.kind:
        raise MediaError(NOT_AN_IMAGE)
    kind = image.kind
    icc = im.info.get("icc_profile")
    frames = frame_count(im)
    check_pixels(im, frames)
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
    data = read(image, data_dir)
    if image.kind == "svg":
        return [(image.published, _serialise(checked_svg(data)))]
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", PILImage.DecompressionBombWarning)
            return _publish_raster(image, data)
    except MediaError:
        raise
    except Exception:  # Pillow decoding untrusted bytes
        raise MediaError(DAMAGED) from None


# -- share images ---------------------------------------------------------------------------


def cover(image: Image, data: bytes, size: tuple[int, int], quality: int = 82) -> bytes:
    """A raster `image` (its bytes from `read`) upright, cropped to fill `size` around its
    centre and scaled, as a JPEG with no metadata: what a share preview shows of a photo.
    The first frame of an animation. Raises MediaError when the bytes are not that image."""
    if image.kind == "svg":
        raise MediaError(NOT_AN_IMAGE)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", PILImage.DecompressionBombWarning)
            im = open_raster(data)
            if im is None or RASTERS.get(im.format or "", ("",))[0] != image.kind:
                raise MediaError(NOT_AN_IMAGE)
            check_pixels(im, 1)
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
