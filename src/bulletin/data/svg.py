"""What an SVG file is: a tree of drawing and nothing that runs, loads or links.

Files under data/media/ come from editors' pull requests: an SVG is parsed with expat directly,
refusing entity declarations as they are met, then checked element by element against the
drawing vocabulary below. What drawing tools keep for themselves is dropped, not refused.
The published file is written from the checked tree (outputs.images), never copied.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import NoReturn
from xml.parsers import expat

# Drawings nest groups a few levels deep; far deeper is an attack on whatever walks the tree.
MAX_SVG_DEPTH = 100

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"
XML_NS = "http://www.w3.org/XML/1998/namespace"
# What drawing tools write for themselves; not rendered, so dropped rather than refused.
EDITOR_NS = frozenset(
    {
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
    }
)
# SVG elements that only draw. Absent on purpose: script, foreignObject, image, feImage, a,
# iframe, animate, set, animateMotion, animateTransform, switch (they run, load or link).
DRAWING = frozenset(
    {
        "svg",
        "g",
        "defs",
        "symbol",
        "use",
        "title",
        "desc",
        "style",
        "path",
        "rect",
        "circle",
        "ellipse",
        "line",
        "polyline",
        "polygon",
        "text",
        "tspan",
        "textPath",
        "linearGradient",
        "radialGradient",
        "stop",
        "pattern",
        "clipPath",
        "mask",
        "marker",
        "filter",
        "feBlend",
        "feColorMatrix",
        "feComponentTransfer",
        "feComposite",
        "feConvolveMatrix",
        "feDiffuseLighting",
        "feDisplacementMap",
        "feDistantLight",
        "feDropShadow",
        "feFlood",
        "feFuncA",
        "feFuncB",
        "feFuncG",
        "feFuncR",
        "feGaussianBlur",
        "feMerge",
        "feMergeNode",
        "feMorphology",
        "feOffset",
        "fePointLight",
        "feSpecularLighting",
        "feSpotLight",
        "feTile",
        "feTurbulence",
    }
)
DROPPED = frozenset({"metadata"})
# CSS functions a drawing needs; url() only towards the drawing itself (url(#id)).
CSS_FUNCTIONS = frozenset(
    {
        "rgb",
        "rgba",
        "hsl",
        "hsla",
        "url",
        "var",
        "calc",
        "translate",
        "translatex",
        "translatey",
        "rotate",
        "scale",
        "scalex",
        "scaley",
        "skewx",
        "skewy",
        "matrix",
    }
)
_CSS_FUNCTION = re.compile(r"([\w-]*)\(\s*(['\"]?)(.?)", re.ASCII)
_CSS_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
_LENGTH = re.compile(r"^\s*(\d+(?:\.\d+)?|\.\d+)\s*(px|pt|pc|mm|cm|in)?\s*$")
_UNIT_PX = {None: 1.0, "px": 1.0, "pt": 4 / 3, "pc": 16.0, "mm": 96 / 25.4, "cm": 96 / 2.54, "in": 96.0}


class NotSvg(Exception):
    """Well-formed XML whose root is not an SVG drawing."""


class Unsafe(Exception):
    """An SVG that is not plain drawing; the message says what was found."""


def _active(what: str, line: int | None) -> Unsafe:
    at = f" ở dòng {line}" if line else ""
    return Unsafe(
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
            raise Unsafe(f"SVG lồng nhau quá {MAX_SVG_DEPTH} tầng; hãy xuất lại SVG từ phần mềm vẽ")
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
            raise Unsafe(
                "SVG có khai báo DOCTYPE/ENTITY (có thể dùng để phình tệp hoặc đọc tệp khác); "
                "hãy xuất lại SVG không có phần khai báo này"
            )

    def entity(*_: object) -> NoReturn:
        raise Unsafe("SVG có khai báo ENTITY; hãy xuất lại SVG không có phần khai báo này")

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


def split(name: str) -> tuple[str, str]:
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
    ns, local = split(element.tag)
    if ns != SVG_NS or local not in DRAWING:
        raise _active(f"<{local}>", line)
    for name, value in element.attrib.items():
        attr_ns, attr = split(name)
        if attr_ns not in ("", XLINK_NS, XML_NS):
            raise _active(f"thuộc tính {attr}", line)
        if attr.lower().startswith("on"):
            raise _active(f"thuộc tính {attr}", line)
        if attr == "href" and not value.strip().startswith("#"):
            raise _active(f'liên kết {attr}="{value[:40]}"', line)
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
        ns, local = split(child.tag)
        if ns in EDITOR_NS or (ns == SVG_NS and local in DROPPED):
            element.remove(child)
    for name in [n for n in element.attrib if split(n)[0] in EDITOR_NS]:
        del element.attrib[name]


def _compact(text: str) -> str:
    return "".join(c for c in text if not c.isspace() and ord(c) >= 0x20).lower()


def inert(data: bytes) -> ET.Element:
    """The checked tree of an SVG that only draws; Unsafe, NotSvg or expat.ExpatError otherwise."""
    root, lines = _parse_svg(data)
    if split(root.tag) != (SVG_NS, "svg"):
        raise NotSvg
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


def size(root: ET.Element) -> tuple[int, int]:
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


def looks_like_xml(data: bytes) -> bool:
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n")
    return head.startswith(b"<")
