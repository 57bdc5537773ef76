"""Build-cost benchmark for a growing archive (run by hand; not part of the tests).

For each size N (articles; about 70 awards each) it measures, in one run:
  a) `mkdocs build` of the synthetic archive through the hooks (everything: pages, open data,
     conservation check, search indexes);
  b) `bulletin generate` (same pages as Markdown) built by plain MkDocs without hooks;
  c) `bulletin validate` on the archive;
with wall time and peak memory of each, the page count, and the ratio a/b.

    python3 benchmarks/run.py --sizes 350 700 1400 --out BENCHMARKS-results.json

Prints a Markdown table for BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ENV = dict(os.environ, NO_MKDOCS_2_WARNING="1")


def measure(args: list[str], env: dict[str, str] | None = None, cwd: Path = ROOT) -> dict:
    """Wall time and peak RSS of one command, in a fresh wrapper process."""
    wrapper = (
        "import resource, subprocess, sys, time, json;"
        "t = time.perf_counter();"
        "r = subprocess.run(sys.argv[1:], capture_output=True, text=True);"
        "print(json.dumps({'seconds': time.perf_counter() - t, 'rc': r.returncode,"
        " 'peak_mb': resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 'err': r.stderr[-2000:]}))"
    )
    done = subprocess.run([sys.executable, "-c", wrapper, *args], capture_output=True, text=True, env=env or ENV, cwd=cwd)
    result = json.loads(done.stdout)
    if result["rc"] != 0:
        raise SystemExit(f"failed: {' '.join(args)}\n{result['err']}")
    return result


def pages(site: Path) -> int:
    return sum(1 for _ in site.rglob("index.html"))


def plain_config(folder: Path, docs: Path, site: Path) -> Path:
    config = folder / "mkdocs-plain.yml"
    config.write_text(
        f"INHERIT: {ROOT / 'mkdocs.yml'}\ndocs_dir: {docs}\nsite_dir: {site}\nhooks: []\n"
        f"theme:\n  name: material\n  custom_dir: {ROOT / 'docs/overrides'}\n",
        encoding="utf-8",
    )
    return config


def run_size(articles: int, seed: int, work: Path) -> dict:
    data = work / f"data-{articles}"
    synth = measure([sys.executable, "-m", "bulletin", "synth", str(data), "--articles", str(articles), "--seed", str(seed)])
    validate = measure([sys.executable, "-m", "bulletin", "validate", str(data)])
    hooked_site = work / f"site-hooks-{articles}"
    hooked = measure(
        [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(ROOT / "mkdocs.yml"), "-d", str(hooked_site)],
        env=dict(ENV, BULLETIN_DATA=str(data)),
    )
    docs = work / f"docs-{articles}"
    generate = measure([sys.executable, "-m", "bulletin", "generate", str(docs), "--data", str(data)])
    plain_site = work / f"site-plain-{articles}"
    plain = measure([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(plain_config(work, docs, plain_site))])
    count = sum(1 for _ in (data / "decisions").rglob("*.yaml"))
    total_awards = json.loads((hooked_site / "du-lieu/tat-ca.json").read_text(encoding="utf-8"))["count"]
    return {
        "articles": articles,
        "decisions": count,
        "awards": total_awards,
        "pages_hooks": pages(hooked_site),
        "pages_plain": pages(plain_site),
        "synth_s": synth["seconds"],
        "validate_s": validate["seconds"],
        "validate_mb": validate["peak_mb"],
        "hooks_s": hooked["seconds"],
        "hooks_mb": hooked["peak_mb"],
        "generate_s": generate["seconds"],
        "plain_s": plain["seconds"],
        "plain_mb": plain["peak_mb"],
        "ratio": hooked["seconds"] / plain["seconds"],
        "ratio_with_generate": hooked["seconds"] / (plain["seconds"] + generate["seconds"]),
    }


def table(results: list[dict]) -> str:
    head = (
        "| articles | awards | pages | validate | (a) hooks build | peak MB | (b) plain build | peak MB | a/b | generate |\n"
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n"
    )
    rows = "".join(
        f"| {r['articles']:,} | {r['awards']:,} | {r['pages_hooks']:,} | {r['validate_s']:.1f} s | {r['hooks_s']:.1f} s | "
        f"{r['hooks_mb']:.0f} | {r['plain_s']:.1f} s | {r['plain_mb']:.0f} | {r['ratio']:.2f} | {r['generate_s']:.1f} s |\n"
        for r in results
    )
    return head + rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[350, 700, 1400])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, help="also write the raw results as JSON")
    parser.add_argument("--keep", type=Path, help="keep the archives and sites in this folder")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="bulletin-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    results = []
    for size in args.sizes:
        result = run_size(size, args.seed, work)
        results.append(result)
        print(json.dumps(result), flush=True)
    machine = f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}"
    print(f"\nMachine: {machine}\n")
    print(table(results))
    if args.out:
        args.out.write_text(json.dumps({"machine": machine, "results": results}, indent=2), encoding="utf-8")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
