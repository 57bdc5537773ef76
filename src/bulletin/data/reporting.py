"""Problems written for people (text), for GitHub Actions (annotations) and for programs (JSON)."""

from __future__ import annotations

import json

from bulletin.data.problems import Problem, Severity
from bulletin.vietnamese.text import escape_hidden, is_hidden

FORMATS = ("text", "github", "json")


def text(problem: Problem) -> str:
    """One problem as a terminal line: control, bidirectional and zero-width characters from
    the data (or a file name) are shown as escapes (\\x1b, \\u202e), never acted on."""
    return escape_hidden(str(problem))


def _github_escape(text: str, property_value: bool = False) -> str:
    # GitHub's workflow-command encoding: %, CR and LF always; ':' and ',' in properties.
    # Hidden characters (CR and LF among them) are first shown as escapes, as in the terminal,
    # so nothing from the data can end the command or start another.
    text = escape_hidden(text)
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if property_value:
        text = text.replace(":", "%3A").replace(",", "%2C")
    return text


def github(problem: Problem) -> str:
    """::error file=PATH,line=N,col=M::message — shown on the lines of the pull request."""
    level = "error" if problem.severity is Severity.ERROR else "warning"
    where = problem.location
    return (
        f"::{level} file={_github_escape(where.path, True)},line={where.line},col={where.column},"
        f"title={_github_escape(problem.code, True)}::{_github_escape(problem.message)}"
    )


def _json_safe(text: str) -> str:
    # json.dumps escapes C0 controls; DEL, C1 controls (\x9b starts a terminal sequence) and
    # bidirectional or zero-width characters pass raw with ensure_ascii=False. Escaping them
    # keeps the same JSON value while the output stays inert on a terminal.
    if text.isascii() and text.isprintable():
        return text
    # (Line breaks here are the indentation's: inside strings json.dumps already wrote \n.)
    return "".join(_json_escape(c) if c != "\n" and is_hidden(c) else c for c in text)


def _json_escape(char: str) -> str:
    code = ord(char)
    if code < 0x10000:
        return f"\\u{code:04x}"
    code -= 0x10000  # outside the basic plane JSON writes a surrogate pair
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"


def as_json(problems: list[Problem]) -> str:
    return _json_safe(
        json.dumps(
            [
                {
                    "file": p.location.path,
                    "line": p.location.line,
                    "column": p.location.column,
                    "severity": p.severity.value,
                    "code": p.code,
                    "message": p.message,
                }
                for p in problems
            ],
            ensure_ascii=False,
            indent=2,
        )
    )
