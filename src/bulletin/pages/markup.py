"""Safe Markdown and HTML fragments built from editors' text."""

from __future__ import annotations

import html
import re

# Characters that Markdown (and attr_list's braces) would read as syntax.
_MARKDOWN_SYNTAX = re.compile(r"([\\`*_{}\[\]()#+\-.!|~>])")


def text(value: str) -> str:
    """Editor text shown literally inside Markdown: no markup, no HTML."""
    escaped = value.replace("&", "&amp;").replace("<", "&lt;")
    return _MARKDOWN_SYNTAX.sub(r"\\\1", escaped)


def attr(value: str) -> str:
    """Editor text inside an HTML attribute or element we write ourselves."""
    return html.escape(value, quote=True)


def body(markdown: str) -> str:
    """Editor Markdown: formatting allowed, raw HTML shown as text."""
    return markdown.replace("<", "&lt;")
