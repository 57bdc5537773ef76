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


# Link targets that run code or smuggle content: shown as text, never as links.
_UNSAFE_SCHEME = r"(?:javascript|vbscript|data|file)\s*:"
_UNSAFE_INLINE = re.compile(r"\[([^\]\n]*)\]\(\s*<?\s*" + _UNSAFE_SCHEME, re.IGNORECASE)
_UNSAFE_REFERENCE = re.compile(r"^(\s{0,3})\[([^\]\n]+)\]:\s*<?\s*" + _UNSAFE_SCHEME, re.IGNORECASE | re.MULTILINE)
_PLACEHOLDER = re.compile(r"(\{\{[^{}]*\}\})")


def body(markdown: str) -> str:
    """Editor Markdown: formatting allowed; raw HTML, attribute lists and script links shown as text.

    `<` becomes an entity (no raw HTML, so no <script> or onerror=); `{` is escaped so that
    attr_list cannot add attributes such as onclick; links to javascript:, data:, ... lose
    their link syntax. {{ placeholders }} are left for the page builder.
    """
    # Entities first: "java&#115;cript:" is still javascript: to a browser.
    text = html.unescape(markdown) if "&" in markdown else markdown
    text = text.replace("&", "&amp;").replace("<", "&lt;")
    text = _UNSAFE_INLINE.sub(lambda m: "\\[" + m.group(1) + "\\](" + m.group(0).split("(", 1)[1], text)
    text = _UNSAFE_REFERENCE.sub(lambda m: m.group(1) + "\\[" + m.group(2) + "\\]:" + m.group(0).split("]:", 1)[1], text)
    parts = _PLACEHOLDER.split(text)
    return "".join(p if i % 2 else p.replace("{", "\\{").replace("}", "\\}") for i, p in enumerate(parts))


def meta(value: str) -> str:
    """Editor text for front matter (title, description): themes print it into HTML
    attributes and <title> without escaping, so no angle brackets or straight quotes."""
    return value.replace("<", "‹").replace(">", "›").replace('"', "”")
