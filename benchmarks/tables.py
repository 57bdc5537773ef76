"""The benchmark's results as Markdown for BENCHMARKS.md: pure functions of the results JSON.

One table per size in the shape of issue 14 (what / now / target), a table of how the cost
grows with the archive, and the machine it ran on. A step that failed or was skipped shows
as such, never as a number.
"""

from __future__ import annotations

from typing import Any

# Issue 14's targets, for 700 articles; shown at every size for reference.
TARGETS = {
    "hooks_build": "under 60 s",
    "preview": "at most 5 s",
    "peak": "under 1 GB",
    "site": "at most 300 MB and 30,000 files",
    "downloads": "under 500 KB each",
    "validate": "under 3 s",
    "ratio": "at most 1.15",
    "doubling": "at most 2.2×",
}
NO_TARGET = "—"
CELL_LIMIT = 140


def cell(text: str) -> str:
    """One line that cannot break a Markdown table."""
    line = (text.strip().splitlines() or [""])[0].replace("|", "\\|")
    return line if len(line) <= CELL_LIMIT else line[: CELL_LIMIT - 1] + "…"


def number(value: float, digits: int = 0) -> str:
    return f"{value:,.{digits}f}"


def why(step: dict | None) -> str | None:
    """None when the step succeeded, else what to show instead of its number."""
    if step is None:
        return "not measured"
    if step.get("skipped"):
        return cell(f"skipped ({step.get('error') or 'option'})")
    if not step.get("ok"):
        return cell(f"failed: {step.get('error') or 'unknown error'}")
    return None


def seconds(step: dict | None) -> str:
    return why(step) or f"{step['seconds']:.1f} s"  # type: ignore[index]


def megabytes(step: dict | None) -> str:
    if why(step) or step.get("peak_mb") is None:  # type: ignore[union-attr]
        return why(step) or "not measured"
    return f"{number(step['peak_mb'])} MB"  # type: ignore[index]


def size_text(size: dict | None) -> str:
    if not size:
        return "not measured"
    total = size["total"]
    parts = [f"{number(total['mb'])} MB in {number(total['files'])} files"]
    parts += [
        f"{name}/ {number(s['mb'])} MB ({number(s['files'])} files)" for name, s in size.items() if name != "total"
    ]
    return "; ".join(parts)


def downloads_text(step: dict | None) -> str:
    if why(step):
        return why(step)  # type: ignore[return-value]
    actions = {a["action"]: a for a in step["actions"]}  # type: ignore[index]
    raw, packed = [], []
    for name in ("site search", "lookup"):
        found = actions.get(name)
        if found is None or "error" in found:
            raw.append(cell(f"failed: {found['error']}") if found else "not measured")
            packed.append("—")
        else:
            raw.append(f"{number(found['raw_kb'])} KB")
            packed.append(number(found["gzip_kb"]))
    return f"{raw[0]} / {raw[1]} (gzip {packed[0]} / {packed[1]} KB)"


def without_hooks(steps: dict) -> dict | None:
    """generate + plain build + index, as one figure (None unless all three succeeded)."""
    parts = [steps.get(k) for k in ("generate", "plain_build", "plain_index")]
    if any(p is None or not p.get("ok") for p in parts):
        return None
    return {"seconds": sum(p["seconds"] for p in parts), "peak_mb": max(p["peak_mb"] or 0 for p in parts)}  # type: ignore[index]


def ratio(steps: dict) -> float | None:
    plain = without_hooks(steps)
    hooks = steps.get("hooks_build")
    if plain is None or hooks is None or not hooks.get("ok") or not plain["seconds"]:
        return None
    return hooks["seconds"] / plain["seconds"]


def _plain_text(steps: dict) -> str:
    plain = without_hooks(steps)
    if plain is None:
        for key in ("generate", "plain_build", "plain_index"):
            if why(steps.get(key)):
                return cell(f"{key}: {why(steps.get(key))}")
        return "not measured"
    parts = " + ".join(f"{steps[k]['seconds']:.1f}" for k in ("generate", "plain_build", "plain_index"))
    return f"{plain['seconds']:.1f} s = {parts} s; peak {number(plain['peak_mb'])} MB"


def _zensical_text(steps: dict, pages: dict) -> str:
    build = steps.get("zensical_build")
    if why(build):
        return why(build)  # type: ignore[return-value]
    text = f"{build['seconds']:.1f} s, {number(pages.get('zensical') or 0)} pages, peak {number(build['peak_mb'])} MB"  # type: ignore[index]
    check = steps.get("zensical_index")
    if check is not None:
        text += f"; `bulletin index` on it: {why(check) or 'passed, ' + seconds(check)}"
    return cell(text)


def _preview_text(step: dict | None) -> str:
    first = f"first serve build {step['first_build_s']:.1f} s" if step and step.get("first_build_s") else None
    if why(step):
        return cell(f"{why(step)}" + (f" ({first})" if first else ""))
    return f"{step['seconds']:.1f} s ({first})"  # type: ignore[index]


def _validate_text(steps: dict) -> str:
    first, again = steps.get("validate"), steps.get("validate_again")
    text = seconds(first)
    if again is not None and not why(first):
        text += f" (run again: {seconds(again)})"
    return text


def size_table(result: dict, zensical_version: str | None = None) -> str:
    """Issue 14's table (what / now / target) for one archive size."""
    steps: dict[str, Any] = result.get("steps", {})
    pages: dict[str, Any] = result.get("pages", {})
    found = ratio(steps)
    page_counts = " / ".join(
        number(pages[k]) if pages.get(k) is not None else "—" for k in ("hooks", "plain", "zensical")
    )
    engine = f"Zensical {zensical_version}" if zensical_version else "Zensical"
    rows = [
        ("full `mkdocs build` (hooks)", seconds(steps.get("hooks_build")), TARGETS["hooks_build"]),
        (
            "an editor's preview: one name changed in one decision, until `mkdocs serve` shows it",
            _preview_text(steps.get("preview")),
            TARGETS["preview"],
        ),
        ("peak memory of the build", megabytes(steps.get("hooks_build")), TARGETS["peak"]),
        ("the published site", size_text(result.get("site", {}).get("hooks")), TARGETS["site"]),
        (
            "downloaded before the first result: site search / lookup",
            downloads_text(steps.get("downloads")),
            TARGETS["downloads"],
        ),
        ("`bulletin validate`", _validate_text(steps), TARGETS["validate"]),
        (
            "hooks build / the same site built without hooks",
            f"{found:.2f}" if found else "not measured",
            TARGETS["ratio"],
        ),
        (
            "the same site without hooks: `generate` + plain `mkdocs build` + `bulletin index`",
            _plain_text(steps),
            NO_TARGET,
        ),
        (f"the same `generate` output built by {engine}", _zensical_text(steps, pages), NO_TARGET),
        ("pages (index.html): hooks / plain / Zensical", page_counts, NO_TARGET),
    ]
    archive = result.get("archive") or {}
    title = f"{number(result['articles'])} articles"
    if archive:
        title += f" ({number(archive['decisions'])} decisions, {number(archive['awards'])} awards)"
    lines = [f"#### {title}", "", "| what | now | target |", "|---|---|---|"]
    lines += [f"| {what} | {now} | {target} |" for what, now, target in rows]
    return "\n".join(lines) + "\n"


def failures(result: dict) -> str:
    """The first lines of every failed step's error, for whoever reads the table next."""
    out = []
    for name, step in result.get("steps", {}).items():
        if step and not step.get("ok") and not step.get("skipped"):
            error = "\n".join((step.get("error") or "").splitlines()[:6])
            out.append(
                f"- {number(result['articles'])} articles, {name}:\n\n  ```\n"
                + "\n".join("  " + line for line in error.splitlines())
                + "\n  ```\n"
            )
    return "\n".join(out)


def scaling_table(results: list[dict]) -> str:
    """How each figure grows from one size to the next (issue 14: doubling costs at most 2.2×)."""
    lines = [
        "| articles | awards | pages | hooks build | × previous | without hooks | × previous | `validate` |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    previous: dict | None = None
    for result in results:
        steps = result.get("steps", {})
        hooks = steps.get("hooks_build")
        plain = without_hooks(steps)
        growth_hooks = growth_plain = NO_TARGET
        if previous is not None:
            factor = result["articles"] / previous["articles"]
            old_hooks, old_plain = (
                previous.get("steps", {}).get("hooks_build"),
                without_hooks(previous.get("steps", {})),
            )
            if not why(hooks) and not why(old_hooks):
                growth_hooks = f"{hooks['seconds'] / old_hooks['seconds']:.2f}× for {factor:g}×"  # type: ignore[index]
            if plain and old_plain:
                growth_plain = f"{plain['seconds'] / old_plain['seconds']:.2f}× for {factor:g}×"
        archive = result.get("archive") or {}
        plain_seconds = f"{plain['seconds']:.1f} s" if plain else "not measured"
        lines.append(
            f"| {number(result['articles'])} | {number(archive['awards']) if archive else '—'} | "
            f"{number(result.get('pages', {}).get('hooks') or 0)} | {seconds(hooks)} | {growth_hooks} | "
            f"{plain_seconds} | {growth_plain} | {seconds(steps.get('validate'))} |"
        )
        previous = result
    return "\n".join(lines) + "\n"


def machine_text(facts: dict, zensical: dict | None) -> str:
    ram = f"{facts['ram_gib']:.0f} GiB RAM" if facts.get("ram_gib") else "RAM unknown"
    parts = [
        f"{facts.get('machine')}, {facts.get('cores')} cores, {ram}",
        f"Python {facts.get('python')}",
        f"MkDocs {facts.get('mkdocs')}",
        f"mkdocs-material {facts.get('material')}",
        f"Pagefind {facts.get('pagefind')}",
    ]
    if facts.get("chromium"):
        parts.append(facts["chromium"])
    if zensical and zensical.get("ok"):
        note = f"Zensical {zensical['version']}"
        if zensical.get("newest_on_index") and zensical["newest_on_index"] != zensical["version"]:
            note += f" (the index's newest, {zensical['newest_on_index']}, does not install: {zensical.get('why_not_newest')})"
        parts.append(note)
    load = facts.get("load_average_at_start"), facts.get("load_average_at_end")
    text = "; ".join(parts) + "."
    text += f" Run {facts.get('date')} on commit {facts.get('commit')}"
    if any(load):
        text += f"; load average (1, 5, 15 min) at start {load[0]}, at end {load[1]}"
    return text + "."


def report(data: dict) -> str:
    """The whole Markdown: machine, command, one table per size, growth, failures."""
    zensical = data.get("zensical")
    version = zensical.get("version") if zensical and zensical.get("ok") else None
    parts = [machine_text(data["machine"], zensical), "", f"Command: `{data['command']}`", ""]
    if zensical and not zensical.get("ok") and not zensical.get("skipped"):
        parts += [f"Zensical could not be installed: {cell(zensical.get('error') or '')}", ""]
    for result in data["results"]:
        parts.append(size_table(result, version))
    if len(data["results"]) > 1:
        parts += ["#### Growth with the archive", "", scaling_table(data["results"])]
    failed = [f for f in (failures(r) for r in data["results"]) if f]
    if failed:
        parts += ["#### Failed steps", "", *failed]
    return "\n".join(parts)
