"""Issue 14's benchmark: one command, the same archive, every figure (run by hand; not a test).

    python3 benchmarks/run.py                      # 350, 700 and 1,400 articles, seed 7
    python3 benchmarks/run.py --sizes 20 40 --skip-downloads --out /tmp/bench.json

For each size N (articles; about 70 awards each) on the archive `benchmarks/synth.py DIR --articles N --seed S`:
  - `bulletin validate`, twice (the second run is what an editor sees after a first one: it finds
    the parse cache the first wrote; every other step starts with an empty cache of its own);
  - the hooks build: `mkdocs build` with BULLETIN_DATA (pages, open data, check, both indexes);
  - the same site without hooks: `bulletin generate`, plain `mkdocs build` of that folder,
    then `bulletin index` on the built site (conservation check and both search indexes);
  - the same `generate` output built by Zensical, then `bulletin index` on it (whether the
    pages it writes hold every award);
  - the published site's size and file count, and of du-lieu/ and tra-cuu/;
  - downloads before the first site-search and lookup result (benchmarks/downloads.py);
  - an editor's preview: `mkdocs serve` with the hooks, one name changed in one decision,
    until the served page shows it (benchmarks/preview.py).
Every step has a timeout; a failed step is recorded (with its error's first lines), never fatal.
Writes the results as JSON (--out) and Markdown for BENCHMARKS.md (same name, .md), after every size.
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import facts
import preview
import steps
import tables
import zensical_build

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable


def environment() -> dict[str, str]:
    """This checkout's package first: the benchmark measures the code it lives beside."""
    path = os.pathsep.join(p for p in (str(ROOT / "src"), os.environ.get("PYTHONPATH")) if p)
    return dict(os.environ, NO_MKDOCS_2_WARNING="1", PYTHONPATH=path)


def plain_config(folder: Path, docs: Path, site: Path) -> Path:
    """mkdocs-plain.yml (mkdocs.yml without hooks, the theme named), building the pages `bulletin generate` wrote."""
    config = folder / "mkdocs-plain.yml"
    config.write_text(
        f"INHERIT: {ROOT / 'mkdocs-plain.yml'}\ndocs_dir: {docs}\nsite_dir: {site}\n",
        encoding="utf-8",
    )
    return config


def say(size: int, name: str, step: dict) -> None:
    if step.get("ok"):
        memory = f", peak {step['peak_mb']:.0f} MB" if step.get("peak_mb") else ""
        text = f"{step['seconds']:.1f} s{memory}" if step.get("seconds") is not None else "ok"
    else:
        text = tables.why(step) or "failed"
    print(f"[{size}] {name}: {text}", file=sys.stderr, flush=True)


class Size:
    """Every measurement of one archive size, each step recorded as it ends."""

    def __init__(self, articles: int, folder: Path, options: argparse.Namespace, zensical: dict):
        self.articles = articles
        self.folder = folder
        self.options = options
        self.zensical = zensical
        self.env = environment()
        self.steps: dict[str, dict] = {}
        self.data = folder / "data"

    def cold(self, cache: str, env: dict[str, str] | None = None) -> dict[str, str]:
        """The environment with a parse cache of its own (empty unless `cache` was used before),
        in the work folder: no step finds what an earlier one, or the user, left."""
        return dict(env or self.env, BULLETIN_CACHE_DIR=str(self.folder / "cache" / cache))

    def step(self, name: str, args: list, *, needs: tuple[str, ...] = (), cache: str | None = None, **kwargs) -> dict:
        missing = [n for n in needs if not self.steps.get(n, {}).get("ok")]
        if missing:
            result = steps.skipped(f"{missing[0]} did not succeed")
        else:
            kwargs["env"] = self.cold(cache or name, kwargs.get("env"))
            kwargs.setdefault("cwd", ROOT)
            result = steps.run(args, timeout=self.options.timeout, **kwargs)
        return self.record(name, result)

    def record(self, name: str, result: dict) -> dict:
        self.steps[name] = result
        say(self.articles, name, result)
        return result

    def run(self) -> dict:
        data, folder = self.data, self.folder
        synth = self.step(
            "synth",
            [PY, ROOT / "benchmarks/synth.py", data, "--articles", self.articles, "--seed", self.options.seed],
            expect=data / "bulletin.yaml",
            keep_output=True,
        )
        archive = facts.parse_synth(synth.pop("output", ""))
        validate = [PY, "-m", "bulletin", "validate", data]
        self.step("validate", validate, needs=("synth",))
        self.step("validate_again", validate, needs=("synth",), cache="validate")  # what the first one cached

        hooks_site = folder / "site-hooks"
        self.step(
            "hooks_build",
            [PY, "-m", "mkdocs", "build", "-q", "-f", ROOT / "mkdocs.yml", "-d", hooks_site],
            needs=("synth",),
            env=dict(self.env, BULLETIN_DATA=str(data)),
            expect=hooks_site / "index.html",
        )

        docs, plain_site = folder / "docs", folder / "site-plain"
        self.step(
            "generate",
            [PY, "-m", "bulletin", "generate", docs, "--data", data, "--docs", ROOT / "docs"],
            needs=("synth",),
            expect=docs / "index.md",
        )
        self.step(
            "plain_build",
            [PY, "-m", "mkdocs", "build", "-q", "-f", plain_config(folder, docs, plain_site)],
            needs=("generate",),
            expect=plain_site / "index.html",
        )
        self.step("plain_index", [PY, "-m", "bulletin", "index", plain_site, "--data", data], needs=("plain_build",))

        zensical_site = folder / "site-zensical"
        self.zensical_steps(docs, zensical_site)
        self.measure_downloads(hooks_site)
        self.measure_preview()
        sites = {"hooks": hooks_site, "plain": plain_site, "zensical": zensical_site}
        return {
            "articles": self.articles,
            "seed": self.options.seed,
            "archive": archive,
            "steps": self.steps,
            "pages": {k: facts.pages(s) if (s / "index.html").exists() else None for k, s in sites.items()},
            "site": {k: facts.site_size(s) if (s / "index.html").exists() else None for k, s in sites.items()},
        }

    def zensical_steps(self, docs: Path, site: Path) -> None:
        if self.options.skip_zensical:
            self.record("zensical_build", steps.skipped("--skip-zensical"))
            return
        if not self.zensical.get("ok"):
            self.record("zensical_build", steps.failed(f"Zensical is not installed: {self.zensical.get('error')}"))
            return
        config = zensical_build.write_config(self.folder, docs.name, site.name, ROOT)
        self.step(
            "zensical_build",
            [self.zensical["executable"], "build", "-f", config],
            needs=("generate",),
            cwd=self.folder,
            expect=site / "index.html",
        )
        self.step(
            "zensical_index", [PY, "-m", "bulletin", "index", site, "--data", self.data], needs=("zensical_build",)
        )

    def measure_downloads(self, site: Path) -> None:
        if self.options.skip_downloads:
            self.record("downloads", steps.skipped("--skip-downloads"))
            return
        self.step(
            "downloads",
            [PY, ROOT / "benchmarks/downloads.py", site, "--json"],
            needs=("hooks_build",),
            keep_output=True,
        )
        measured = self.steps["downloads"]
        output = measured.pop("output", "")
        if measured.get("ok"):
            try:
                measured["actions"] = json.loads(output.strip().splitlines()[-1])
            except (ValueError, IndexError):
                measured.update(steps.failed("downloads.py printed no JSON\n" + steps.tail(output)))

    def measure_preview(self) -> None:
        if self.options.skip_preview:
            self.record("preview", steps.skipped("--skip-preview"))
            return
        if not self.steps["synth"].get("ok"):
            self.record("preview", steps.skipped("synth did not succeed"))
            return
        copy = self.folder / "data-preview"  # the edit must not reach the other measurements
        shutil.copytree(self.data, copy)
        try:
            result = preview.measure(
                copy, ROOT / "mkdocs.yml", ROOT, self.cold("preview"), self.options.timeout, self.folder / "serve.log"
            )
        except Exception as error:
            result = steps.failed(f"the preview harness failed: {type(error).__name__}: {error}")
        self.record("preview", result)


def write(data: dict, out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n", encoding="utf-8")
    out.with_suffix(".md").write_text(tables.report(data), encoding="utf-8")


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[350, 700, 1400], help="archive sizes, in articles")
    parser.add_argument("--seed", type=int, default=7, help="benchmarks/synth.py's seed (issue 14 used 7)")
    parser.add_argument(
        "--out",
        type=Path,
        default=Path("benchmark-results.json"),
        help="results as JSON; the Markdown goes beside it with .md (default: %(default)s)",
    )
    parser.add_argument("--work", type=Path, help="make the temporary folder here (default: the system's)")
    parser.add_argument("--keep", action="store_true", help="keep archives, docs and sites (printed at the end)")
    parser.add_argument(
        "--timeout", type=float, default=3600, help="seconds allowed to each step (default: %(default)s)"
    )
    parser.add_argument("--skip-zensical", action="store_true")
    parser.add_argument("--skip-preview", action="store_true")
    parser.add_argument("--skip-downloads", action="store_true")
    parser.add_argument(
        "--zensical-venv",
        type=Path,
        default=zensical_build.default_venv(),
        help="virtual environment for Zensical, installed from the index if missing (default: %(default)s)",
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> None:
    options = parse_args(argv)
    if options.work:
        options.work.mkdir(parents=True, exist_ok=True)
    base = Path(tempfile.mkdtemp(prefix="bulletin-bench-", dir=options.work))
    data: dict = {
        "command": shlex.join(["python3", "benchmarks/run.py", *(argv if argv is not None else sys.argv[1:])]),
        "machine": facts.machine(ROOT),
        "zensical": steps.skipped("--skip-zensical")
        if options.skip_zensical
        else zensical_build.ensure(options.zensical_venv),
        "results": [],
    }
    print(f"work folder: {base}", file=sys.stderr, flush=True)
    try:
        for articles in options.sizes:
            folder = base / f"a{articles}"
            folder.mkdir()
            data["results"].append(Size(articles, folder, options, data["zensical"]).run())
            data["machine"]["load_average_at_end"] = facts.load_average()
            write(data, options.out)
            if not options.keep:  # a 1,400-article size leaves several GB
                shutil.rmtree(folder, ignore_errors=True)
    finally:
        if options.keep:
            print(f"kept: {base}", file=sys.stderr)
        else:
            shutil.rmtree(base, ignore_errors=True)
    print(tables.report(data))
    print(f"Written: {options.out} and {options.out.with_suffix('.md')}", file=sys.stderr)


if __name__ == "__main__":
    main()
