"""An article body as HTML (bulletin.model.body parses it): links only to allowed targets, images
refused by the checks dropped to their alt text, placeholders filled in as text, each figure's
HTML where its {{ figure.<id> }} paragraph was."""

from __future__ import annotations

import html
import xml.etree.ElementTree as etree
from collections.abc import Callable

from bulletin.model.body import (
    MARKER,
    MARKER_OUT,
    Placeholder,
    Tokens,
    clean,
    judge,
    normalise,
    parse,
    standalone_figure,
    too_costly,
)


def render(
    text: str,
    *,
    value: Callable[[str], str],
    figure: Callable[[str], str],
    link: Callable[[str], str],
) -> str:
    """Safe HTML for a body that `check` accepted.

    `value(name)` gives a placeholder's text (escaped here), `figure(id)` a figure's HTML
    (inserted as is), `link(target)` the href for an internal target.
    """
    if too_costly(text):  # check() refused it: never spend minutes parsing it
        return ""
    tokens = Tokens(clean(text))
    placed: list[str] = []

    def fill(item: Placeholder) -> str:
        # A figure outside its own paragraph is refused by check(); here it stays plain text.
        text = item.raw if item.figure is not None else clean(value(item.name))
        # The serializer leaves anything shaped like an entity alone: & must mean itself.
        return text.replace("&", "&amp;")

    def transform(root: etree.Element) -> None:
        for el in list(root.iter()):
            if el.tag == "a":
                _safe_link(el, tokens, link)
            elif el.tag == "img":
                _drop_image(el, root)
        for parent in list(root.iter()):
            for index, child in enumerate(list(parent)):
                if (item := standalone_figure(child, tokens)) is not None:
                    marker = etree.Element(MARKER, {"ref": str(len(placed))})
                    marker.tail = child.tail
                    placed.append(item.figure or "")
                    parent.remove(child)
                    parent.insert(index, marker)
        for el in root.iter():
            if el.text:
                el.text = type(el.text)(tokens.fill(el.text, fill))  # keeps AtomicString in code
            if el.tail:
                el.tail = tokens.fill(el.tail, fill)

    out = parse(tokens, transform)
    return MARKER_OUT.sub(lambda m: figure(placed[int(m.group(1))]), out)


def _safe_link(el: etree.Element, tokens: Tokens, link: Callable[[str], str]) -> None:
    """Only allowed targets keep an href; the value written is exactly the one judged."""
    href = el.attrib.pop("href", "")
    title = el.attrib.pop("title", None)
    el.attrib.clear()
    if title is not None and not tokens.pattern.search(normalise(title)):
        el.set("title", html.unescape(title).replace("&", "&amp;"))
    if tokens.pattern.search(normalise(href)):
        return
    verdict = judge(href)
    if verdict.kind == "internal":
        el.set("href", link(verdict.url).replace("&", "&amp;"))
    elif verdict.allowed:
        # The serializer leaves entities alone, so & is written as &amp; to mean itself.
        el.set("href", verdict.url.replace("&", "&amp;"))


def _drop_image(el: etree.Element, root: etree.Element) -> None:
    """Images are refused by check(); here one becomes its alt text."""
    parent = next(p for p in root.iter() if el in list(p))
    index = list(parent).index(el)
    words = (el.get("alt") or "") + (el.tail or "")
    if index:
        previous = parent[index - 1]
        previous.tail = (previous.tail or "") + words
    else:
        parent.text = (parent.text or "") + words
    parent.remove(el)
