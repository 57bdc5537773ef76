"""Run a command in a pseudo-terminal, as an editor does in a terminal window.

The child gets the terminal as its controlling terminal (pty.fork), so Ctrl-C typed
as \\x03 becomes SIGINT and Ctrl-D as \\x04 ends the input, exactly as for a person.
"""

from __future__ import annotations

import os
import pty
import select
import signal
import time
from pathlib import Path


class Terminal:
    def __init__(self, args: list[str], env: dict[str, str], cwd: Path):
        self.pid, self.fd = pty.fork()
        if self.pid == 0:  # the child: become the command
            os.chdir(cwd)
            os.execve(args[0], args, env)
        self.seen = b""
        self._consumed: dict[str, int] = {}  # how many times each awaited text was already seen

    def _read(self, timeout: float) -> bytes:
        ready, _, _ = select.select([self.fd], [], [], timeout)
        if not ready:
            return b""
        try:
            return os.read(self.fd, 4096) or b"\0"
        except OSError:  # the child closed the terminal
            return b"\0"

    def expect(self, text: str, timeout: float = 60) -> None:
        """Wait until `text` has been shown (a prompt, say)."""
        deadline = time.monotonic() + timeout
        while self.output().count(text) <= self._consumed.get(text, 0):
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting for {text!r}; the terminal shows {self.output()!r}")
            chunk = self._read(0.2)
            if chunk == b"\0":
                raise AssertionError(f"the command ended before {text!r}; the terminal shows {self.output()!r}")
            self.seen += chunk
        self._consumed[text] = self._consumed.get(text, 0) + 1

    def type(self, keys: str) -> None:
        os.write(self.fd, keys.encode("utf-8"))

    def answer(self, prompt: str, keys: str) -> None:
        self.expect(prompt)
        self.type(keys)

    def finish(self, timeout: float = 60) -> int:
        """The exit status, once the command has ended (everything it showed is read)."""
        deadline = time.monotonic() + timeout
        while True:
            chunk = self._read(0.1)
            if chunk and chunk != b"\0":
                self.seen += chunk
                continue
            done, status = os.waitpid(self.pid, os.WNOHANG)
            if done:
                os.close(self.fd)
                return os.waitstatus_to_exitcode(status)
            if time.monotonic() > deadline:
                os.kill(self.pid, signal.SIGKILL)
                raise AssertionError(f"the command did not end; the terminal shows {self.output()!r}")

    def output(self) -> str:
        """What the terminal showed, typed echo included, with plain newlines."""
        return self.seen.decode("utf-8", "replace").replace("\r\n", "\n")
