"""Write a synthetic archive (benchmarks/synthetic/) into an empty folder; the same seed, the same bytes.

    python3 benchmarks/synth.py DIR --articles 700 --seed 7

Exit status: 0 written; 2 bad arguments or a folder that is not empty (nothing written).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from synthetic import write_archive


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out_dir", type=Path, help="a new or empty folder")
    parser.add_argument(
        "--articles", type=int, default=700, help="articles, about 70 awards each (default: %(default)s)"
    )
    parser.add_argument(
        "--seed", type=int, default=7, help="the random seed (default: %(default)s, as benchmarks/run.py)"
    )
    options = parser.parse_args(argv)
    if options.articles < 0:
        parser.error("--articles must be zero or more")
    try:
        counts = write_archive(options.out_dir, options.articles, options.seed)
    except FileExistsError as error:
        print(f"synth.py: {error}", file=sys.stderr)
        return 2
    print(
        f"wrote {counts['articles']} articles, {counts['decisions']} decisions, {counts['awards']} awards "
        f"({counts['files']} files) in {options.out_dir}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
