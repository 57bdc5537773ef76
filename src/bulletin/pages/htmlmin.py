"""Built pages without insignificant whitespace: about a fifth of Material's chrome is the
indentation and blank lines of its templates, on every one of thousands of pages.

The page is parsed by Lexbor (through selectolax: a C implementation of the HTML5 parsing
algorithm, as browsers parse) and written back by its HTML5 serializer, which quotes every
attribute and escapes "<", ">" and "&" in text wherever the standard does: what any other
parser reads is what the browser reads. Only text outside <pre>, <textarea>, <code>,
<script> and <style> changes: each run of whitespace becomes one character, a line break
when it held one, which the browser shows exactly as it showed the run (white-space: normal).

Chosen over minify-html (Rust, twice as fast and 0.9 KB a page smaller): it unquotes
attributes and writes "<" unescaped inside <title> and "&amp" without its ";" in attributes,
all valid HTML5 but read differently by parsers that are not browsers (Python's html.parser
sees a <script> element in such a title), and inline SVG no longer parses as XML.
About 1 ms a page.

The same pass sets the text's no-break spaces (bulletin.vietnamese.typography): the page is parsed once.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

from bulletin.vietnamese import typography

# Where whitespace is content (or code): left as written.
VERBATIM = "pre, textarea, code, script, style"
# A run that a browser shows as one space: two or more whitespace characters, or a single
# tab or line break (HTML's ASCII whitespace; a no-break space is text).
_RUN = re.compile(r"[ \t\n\r\f]{2,}|[\t\n\r\f]")


def _one(run: re.Match[str]) -> str:
    return "\n" if "\n" in run.group() else " "


def compact(html: str) -> str:
    """The document `html` as the browser reads it, without whitespace it does not show, and
    with its text held where a line must not break (bulletin.vietnamese.typography)."""
    tree = LexborHTMLParser(html)
    for element in tree.css("pre, textarea"):
        # The parser drops a line break right after <pre> or <textarea> and the serializer does
        # not write one back: a text that starts with one more keeps its own on the next read.
        first = element.child
        leading = first.text_content if first is not None and first.is_text_node else None
        if first is not None and leading and leading.startswith("\n"):
            first.replace_with("\n" + leading)
    kept = {node.mem_id for element in tree.css(VERBATIM) for node in element.traverse(include_text=True)}
    # Listed first: a node replaced while traversing would end the traversal.
    root = tree.root
    if root is None:  # nothing parsed: nothing to compact
        return html
    texts = [node for node in root.traverse(include_text=True) if node.is_text_node and node.mem_id not in kept]
    # A title is one line in a tab, a search result or a shared link: nothing there wraps, and an
    # invisible word joiner would travel with it wherever it is copied.
    titles = {node.mem_id for element in tree.css("title") for node in element.traverse(include_text=True)}
    for node in texts:
        text = node.text_content or ""
        finished = _RUN.sub(_one, text) if _RUN.search(text) else text
        if node.mem_id not in titles:
            finished = typography.hold(finished)
        if finished != text:
            node.replace_with(finished)
    # The serializer writes a no-break space as "&nbsp;", an entity XML does not know (inline
    # SVG is read as XML too) and three times the bytes: the character itself means the same.
    # Text that spelled "&nbsp;" out is serialized as "&amp;nbsp;", so only the serializer's change.
    return (tree.html or "").replace("&nbsp;", "\u00a0")
