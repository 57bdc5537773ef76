"""Problems written for people (text), for GitHub Actions (annotations) and for programs (JSON)."""

from __future__ import annotations

import json

from bulletin.problems import Problem, Severity

FORMATS = ("text", "github", "json")


def _github_escape(text: str, property_value: bool = False) -> str:
    # GitHub's workflow-command encoding: %, CR and LF always; ':' and ',' in properties.
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


def as_json(problems: list[Problem]) -> str:
    return json.dumps(
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


def clean(text: str) -> str:
    """Text safe to print on a terminal: control, zero-width and direction characters shown
    as escapes, so a value from the data can never move the cursor, ring or reverse a line."""
    return "".join(c if c.isprintable() or c == " " else c.encode("unicode_escape").decode("ascii") for c in text)


def text(problem: Problem) -> str:
    """A problem as one line for a person reading a terminal or a build log."""
    return clean(str(problem))
