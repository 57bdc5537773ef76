"""One benchmark step: a command run with a timeout, its wall time and peak memory.

A step never raises: a failure, a timeout or a missing program is recorded in the result
(with the first and last lines of the command's output), so one broken step does not end
a benchmark that took an hour to get there.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

# Run in a fresh interpreter so that RUSAGE_CHILDREN holds this command alone. The command
# gets its own session so that a timeout also ends what it started (Pagefind, a browser).
_WRAPPER = r"""
import json, os, resource, signal, subprocess, sys, time
timeout = float(sys.argv[1])
started = time.perf_counter()
try:
    child = subprocess.Popen(sys.argv[2:], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                             stdin=subprocess.DEVNULL, start_new_session=True)
except OSError as error:
    print(json.dumps({"rc": None, "seconds": 0.0, "peak_mb": None, "timed_out": False, "output": str(error)}))
    sys.exit(0)
timed_out = False
try:
    output, _ = child.communicate(timeout=timeout)
except subprocess.TimeoutExpired:
    timed_out = True
    os.killpg(child.pid, signal.SIGKILL)
    output, _ = child.communicate()
seconds = time.perf_counter() - started
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(json.dumps({"rc": child.returncode, "seconds": seconds, "peak_mb": peak, "timed_out": timed_out,
                  "output": output.decode("utf-8", "replace")}))
"""

# Lines of output kept: the head says what went wrong first, the tail where a traceback ends.
HEAD_LINES = 12
TAIL_LINES = 12


def head(text: str, lines: int = HEAD_LINES) -> str:
    return "\n".join(text.strip().splitlines()[:lines])


def tail(text: str, lines: int = TAIL_LINES) -> str:
    return "\n".join(text.strip().splitlines()[-lines:])


def failed(reason: str, **extra: Any) -> dict:
    """A step that did not run or did not succeed, for a reason the harness knows."""
    return {"ok": False, "seconds": None, "peak_mb": None, "error": reason, **extra}


def skipped(reason: str) -> dict:
    return {"ok": False, "skipped": True, "seconds": None, "peak_mb": None, "error": reason}


def run(
    args: list[str],
    *,
    env: dict[str, str],
    cwd: Path,
    timeout: float,
    expect: Path | None = None,
    keep_output: bool = False,
) -> dict:
    """Run `args`; ok when it exits 0 within `timeout` (and `expect`, a file it must write, exists).

    Returns seconds, peak_mb (largest resident set among the command and what it waited for),
    rc, and on failure `error` (the output's first lines) and `error_tail` (its last lines)."""
    command = [str(a) for a in args]
    try:
        done = subprocess.run(
            [sys.executable, "-c", _WRAPPER, str(timeout), *command],
            capture_output=True,
            text=True,
            env=env,
            cwd=cwd,
            timeout=timeout + 120,  # the wrapper itself never outlives its command by much
            check=False,
        )
        measured = json.loads(done.stdout.strip().splitlines()[-1])
    except (subprocess.TimeoutExpired, ValueError, IndexError) as error:
        return failed(f"the measuring wrapper failed: {type(error).__name__}", command=command)
    output: str = measured.pop("output")
    result = {"command": command, **measured}
    result["ok"] = measured["rc"] == 0 and not measured["timed_out"]
    if measured["timed_out"]:
        result["error"] = f"timed out after {timeout:.0f} s\n" + head(output)
    elif measured["rc"] is None:
        result["error"] = f"could not start: {output}"
    elif measured["rc"] != 0:
        result["error"] = head(output) or f"exit code {measured['rc']}, no output"
    elif expect is not None and not expect.exists():
        result["ok"] = False
        result["error"] = f"exited 0 but did not write {expect}\n" + head(output)
    if not result["ok"]:
        result["error_tail"] = tail(output)
    if keep_output:
        result["output"] = output
    return result


def total(*steps: dict) -> dict:
    """Several steps as one: summed time, the largest peak memory; failed if any failed."""
    bad = [s for s in steps if not s.get("ok")]
    if bad:
        return failed(bad[0].get("error") or "a step failed")
    return {
        "ok": True,
        "seconds": sum(s["seconds"] for s in steps),
        "peak_mb": max(s["peak_mb"] for s in steps),
    }
