"""Intrinsic sizes of images, so browsers reserve their space before they load."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from functools import lru_cache
from pathlib import Path

_LENGTH = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(px)?\s*$")


@lru_cache(maxsize=None)
def image_size(path: Path) -> tuple[int, int] | None:
    """Width and height of an SVG from its attributes or viewBox; None when unknown.

    Raster images are left to the browser (no width/height attributes) rather than
    pulling in an imaging library for this alone.
    """
    if path.suffix.lower() != ".svg":
        return None
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, OSError):
        return None
    width, height = (_LENGTH.match(root.get(k, "")) for k in ("width", "height"))
    if width and height:
        return round(float(width.group(1))), round(float(height.group(1)))
    box = root.get("viewBox", "").replace(",", " ").split()
    if len(box) == 4:
        return round(float(box[2])), round(float(box[3]))
    return None
