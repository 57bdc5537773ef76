"""Where answers come from: flags first, then (in a terminal) a prompt that asks again until
the answer passes its check."""

from __future__ import annotations

import os
import select
import sys
from collections.abc import Callable
from dataclasses import dataclass, field

from bulletin.scaffold.checks import Check, Invalid
from bulletin.scaffold.options import FLAGS, Given


class ScaffoldError(Exception):
    """Values are missing or wrong; each reason names the option it came from, if one did."""

    def __init__(self, message: str, flag: str | None = None):
        super().__init__(message)
        self.reasons: list[tuple[str | None, str]] = [(flag, message)]

    @classmethod
    def many(cls, reasons: list[tuple[str | None, str]]) -> ScaffoldError:
        error = cls(reasons[0][1], reasons[0][0])
        error.reasons = reasons
        return error

    def lines(self) -> list[str]:
        """One line per reason: "--flag: reason"."""
        return [f"{flag}: {message}" if flag else message for flag, message in self.reasons]

    def __str__(self) -> str:
        return "\n".join(self.lines())


def terminal_prompt(question: str) -> str:
    """input(), except that Ctrl-C is never lost: a SIGINT arriving just before a blocking
    read would wait for the next line, so we wait in short select() slices, after each of
    which Python raises the pending KeyboardInterrupt. Ctrl-D at an empty line is EOFError."""
    sys.stdout.write(question)
    sys.stdout.flush()
    if os.name == "posix":  # select() on a terminal is POSIX only; elsewhere plain reading
        while not select.select([sys.stdin], [], [], 0.2)[0]:
            pass
    line = sys.stdin.readline()
    if not line:
        raise EOFError
    return line.rstrip("\r\n")


@dataclass
class Ask:
    """Where values come from: flags first, then (in a terminal) a prompt.

    Answers are kept by key, so that after the whole file is checked one question can
    be asked again (`reject`) without asking the others. EOFError (Ctrl-D) and
    KeyboardInterrupt (Ctrl-C) from the prompt propagate: the caller cancels.
    """

    interactive: bool
    prompt: Callable[[str], str] = terminal_prompt
    given: Given = field(default_factory=dict)
    answers: dict[str, str] = field(default_factory=dict)
    prompted: set[str] = field(default_factory=set)
    rejected: set[str] = field(default_factory=set)

    def value(
        self,
        key: str,
        label: str,
        check: Check,
        *,
        choices: list[str] | None = None,
        default: str | None = None,
        quiet: bool = False,
    ) -> str:
        """The answer for `key`. A `quiet` question takes its default without asking,
        unless its value was rejected once."""
        if key in self.answers:
            return self.answers[key]
        given = self.given.get(key)
        if isinstance(given, list):  # a repeated option: see values()
            given = given[-1]
        if given is not None and key not in self.rejected:
            try:
                answer = check(given)
            except Invalid as error:
                raise ScaffoldError(str(error), FLAGS.get(key)) from None
        elif not self.interactive or (quiet and key not in self.rejected):
            if default is None:
                hint = f"; chọn một trong: {', '.join(choices)}" if choices else ""
                raise ScaffoldError(f"thiếu {label}{hint}", FLAGS.get(key))
            answer = default
        else:
            answer = self._ask(label, check, choices, default)
            self.prompted.add(key)
        self.answers[key] = answer
        return answer

    def values(self, key: str, check: Check) -> list[str]:
        """Every value of an option that may be given more than once (--basis); never asked."""
        given = self.given.get(key) or []
        out = []
        for value in [given] if isinstance(given, str) else given:
            try:
                out.append(check(value))
            except Invalid as error:
                raise ScaffoldError(str(error), FLAGS.get(key)) from None
        return out

    def _ask(self, label: str, check: Check, choices: list[str] | None, default: str | None) -> str:
        shown = f" ({', '.join(choices)})" if choices else ""
        suffix = f" [{default}]" if default else ""
        while True:
            answer = self.prompt(f"{label}{shown}{suffix}: ").strip()
            if not answer and default is not None:
                return default
            try:
                return check(answer)
            except Invalid as error:
                print(f"lỗi: {error}; hãy nhập lại.", file=sys.stderr, flush=True)

    def reject(self, key: str, reason: str) -> None:
        """The file as a whole refused the value of `key`: ask again, or stop with the reason."""
        self.reject_all({key: reason})

    def reject_all(self, refused: dict[str, str]) -> None:
        """Values only a prompt gave are asked again; a refused flag (or any value without
        a terminal) stops everything, with every reason."""
        fixed = [
            k for k in refused if not self.interactive or (self.given.get(k) is not None and k not in self.prompted)
        ]
        if fixed:
            raise ScaffoldError.many([(FLAGS.get(k), refused[k]) for k in fixed])
        for key, reason in refused.items():
            print(f"lỗi: {reason}; hãy nhập lại.", file=sys.stderr, flush=True)
            self.answers.pop(key, None)
            self.rejected.add(key)
            for later in DEPENDS.get(key, ()):  # their defaults follow from this answer
                if later in self.prompted:
                    self.answers.pop(later, None)


# A question whose default follows from another answer is asked again with it.
DEPENDS = {"date": ("campaign",), "names": ("collectives", "individuals")}
