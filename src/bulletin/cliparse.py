"""argparse in Vietnamese, for editors who do not read English.

argparse builds its words with gettext at module level; changing that would change
every parser in the process. Instead our parser class sets its own headings, its own
-h help and its own "cách dùng:" prefix, and `error()` rewrites the few messages
argparse can produce (a fixed set of templates) before printing them.
"""

from __future__ import annotations

import argparse
import re
import sys
import textwrap
from collections.abc import Callable, Iterable
from typing import Any, NoReturn

USAGE = "cách dùng: "
HELP = "in hướng dẫn này rồi thoát"
POSITIONALS = "tham số"
OPTIONALS = "tùy chọn"

_TYPES = {"int": "số nguyên", "float": "số"}

# Every message argparse (3.10 to 3.13) passes to error(), as a pattern, and its Vietnamese.
_MESSAGES: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = [
    (re.compile(r"argument (.+?): (.*)", re.S), lambda m: f"tham số {m[1]}: {vietnamese(m[2])}"),
    (re.compile(r"the following arguments are required: (.+)"), lambda m: f"thiếu tham số bắt buộc: {m[1]}"),
    (
        re.compile(r"invalid choice: (.+?) \(choose from (.+)\)"),
        lambda m: f"không có giá trị {m[1]}; chọn một trong: {m[2]}",
    ),
    (re.compile(r"unrecognized arguments: (.+)"), lambda m: f"không hiểu tham số: {m[1]}"),
    (re.compile(r"expected one argument"), lambda m: "cần một giá trị đi kèm"),
    (re.compile(r"expected at most one argument"), lambda m: "chỉ nhận tối đa một giá trị"),
    (re.compile(r"expected at least one argument"), lambda m: "cần ít nhất một giá trị"),
    (re.compile(r"expected (\d+) arguments?"), lambda m: f"cần {m[1]} giá trị đi kèm"),
    (re.compile(r"invalid (\w+) value: (.+)"), lambda m: f"giá trị {m[2]} không phải {_TYPES.get(m[1], m[1])}"),
    (re.compile(r"ambiguous option: (\S+) could match (.+)"), lambda m: f"tùy chọn {m[1]} chưa rõ, có thể là: {m[2]}"),
    (re.compile(r"not allowed with argument (.+)"), lambda m: f"không dùng cùng với {m[1]}"),
    (re.compile(r"one of the arguments (.+) is required"), lambda m: f"cần một trong các tham số: {m[1]}"),
    (re.compile(r"ignored explicit argument (.+)"), lambda m: f"tùy chọn này không nhận giá trị {m[1]}"),
    (re.compile(r"unknown parser (.+?) \(choices: (.+)\)"), lambda m: f"không có lệnh {m[1]}; các lệnh: {m[2]}"),
    (re.compile(r"unexpected option string: (.+)"), lambda m: f"tùy chọn không đúng chỗ: {m[1]}"),
]


def vietnamese(message: str) -> str:
    """argparse's English message in Vietnamese; our own (Vietnamese) messages pass unchanged."""
    for pattern, translate in _MESSAGES:
        if match := pattern.fullmatch(message):
            return translate(match)
    return message


class Formatter(argparse.HelpFormatter):
    def _split_lines(self, text: str, width: int) -> list[str]:
        # Ids, dates and flags (ubnd-tinh, 2024-06-20) are never split at their hyphens.
        return textwrap.wrap(" ".join(text.split()), width, break_on_hyphens=False, break_long_words=False)

    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None = None,
    ) -> None:
        super().add_usage(usage, actions, groups, USAGE if prefix is None else prefix)


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose every word a user sees is Vietnamese; sub-commands inherit it."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", Formatter)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        # The two default groups; argparse names them through gettext.
        self._positionals.title = POSITIONALS
        self._optionals.title = OPTIONALS
        self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS, help=HELP)

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: lỗi: {vietnamese(message)}\n")


class EpilogFormatter(Formatter, argparse.RawDescriptionHelpFormatter):
    """Keeps the description's and epilog's lines (examples, exit statuses) as written."""
