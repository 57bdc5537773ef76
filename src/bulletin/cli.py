"""The `bulletin` command: validate the data, write the pages to disk."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bulletin import reporting
from bulletin.load import LoadResult, data_dir_from, load
from bulletin.problems import Problems

EXIT_OK, EXIT_DATA, EXIT_USAGE = 0, 1, 2


def _print_problems(problems: Problems) -> None:
    for problem in problems.sorted():
        print(reporting.text(problem), file=sys.stderr)


def _summary(problems: Problems) -> str:
    return f"{len(problems.errors)} lỗi, {len(problems.warnings)} cảnh báo"


def _load(explicit: str | None) -> tuple[Path, LoadResult]:
    """The data directory (argument, else $BULLETIN_DATA, else data/) and what it holds."""
    root = Path.cwd()
    data_dir = Path(explicit) if explicit else data_dir_from("data", root)
    return data_dir, load(data_dir, root)


def cmd_validate(args: argparse.Namespace) -> int:
    _, result = _load(args.data_dir)
    if args.format == "json":
        print(reporting.as_json(result.problems.sorted()))
        return EXIT_OK if result.bulletin is not None else EXIT_DATA
    if args.format == "github":
        for problem in result.problems.sorted():
            print(reporting.github(problem))
        print(result.summary())
        return EXIT_OK if result.bulletin is not None else EXIT_DATA
    _print_problems(result.problems)
    if result.bulletin is None:
        print(f"Dữ liệu chưa hợp lệ: {_summary(result.problems)}.", file=sys.stderr)
        return EXIT_DATA
    print(f"Dữ liệu hợp lệ: {_summary(result.problems)}.")
    return EXIT_OK


def cmd_generate(args: argparse.Namespace) -> int:
    from bulletin.generate import OutputDirError, write_site

    data_dir, result = _load(args.data)
    _print_problems(result.problems)
    if result.bulletin is None:
        print(f"Không tạo trang: {_summary(result.problems)}.", file=sys.stderr)
        return EXIT_DATA
    try:
        written = write_site(result.bulletin, data_dir, Path(args.out_dir), docs_dir=Path(args.docs))
    except OutputDirError as error:
        print(f"bulletin: {error}", file=sys.stderr)
        return EXIT_USAGE
    print(f"Đã ghi {written} tệp vào {args.out_dir}.")
    return EXIT_OK


def cmd_index(args: argparse.Namespace) -> int:
    from bulletin.search_index import SearchIndexError, build_indexes

    site = Path(args.site_dir)
    if not (site / "index.html").is_file():
        print(f"bulletin: '{site}' không phải một trang đã dựng (thiếu index.html)", file=sys.stderr)
        return EXIT_USAGE
    try:
        count = build_indexes(site)
    except SearchIndexError as error:
        print(f"bulletin: không tạo được chỉ mục tìm kiếm: {error}", file=sys.stderr)
        return EXIT_DATA
    print(f"Đã tạo chỉ mục tìm kiếm: các trang và {count} lượt khen thưởng.")
    return EXIT_OK


def cmd_schema(args: argparse.Namespace) -> int:
    from bulletin import schema

    root = Path.cwd()
    if args.check:
        stale = schema.stale(root)
        for name in stale:
            print(f"{schema.SCHEMA_DIR}/{name}: khác với mô hình dữ liệu; chạy 'bulletin schema' để cập nhật", file=sys.stderr)
        return EXIT_DATA if stale else EXIT_OK
    written = schema.write(root)
    print(f"Đã ghi {len(written)} lược đồ vào {schema.SCHEMA_DIR}/.")
    return EXIT_OK


def cmd_new(args: argparse.Namespace) -> int:
    from bulletin import scaffold

    root = Path.cwd()
    data_dir = Path(args.data) if args.data else data_dir_from("data", root)
    ask = scaffold.Ask(interactive=sys.stdin.isatty() and not args.no_input)
    options = {k: v for k, v in vars(args).items() if k in scaffold.FIELDS[args.kind]}
    try:
        path = scaffold.KINDS[args.kind](data_dir, root, ask, **options)
    except scaffold.ScaffoldError as error:
        print(f"bulletin new {args.kind}: {error}", file=sys.stderr)
        return EXIT_USAGE
    print(f"Đã tạo {path}. Điền nội dung rồi chạy: bulletin validate")
    return EXIT_OK


def cmd_synth(args: argparse.Namespace) -> int:
    from bulletin.synth import write_archive

    try:
        counts = write_archive(Path(args.out_dir), args.articles, args.seed)
    except FileExistsError:
        print(f"bulletin synth: thư mục '{args.out_dir}' đã có tệp; hãy chọn thư mục trống", file=sys.stderr)
        return EXIT_USAGE
    print(
        f"Đã tạo kho thử: {counts['articles']} bài viết, {counts['decisions']} quyết định, "
        f"{counts['awards']} lượt khen thưởng trong {args.out_dir}."
    )
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="bulletin", description="Bản tin khen thưởng: kiểm tra dữ liệu và tạo trang.")
    sub = parser.add_subparsers(dest="command", required=True)
    validate = sub.add_parser("validate", help="kiểm tra dữ liệu YAML, báo mọi lỗi kèm tệp:dòng:cột")
    validate.add_argument("data_dir", nargs="?", help="thư mục dữ liệu (mặc định: $BULLETIN_DATA hoặc data)")
    validate.add_argument(
        "--format",
        choices=reporting.FORMATS,
        default="text",
        help="text: cho người đọc; github: chú thích trên pull request; json: danh sách cho chương trình",
    )
    validate.set_defaults(func=cmd_validate)
    generate = sub.add_parser("generate", help="ghi các trang Markdown ra đĩa để dựng bằng bất kỳ công cụ nào")
    generate.add_argument("out_dir", help="thư mục đích (một docs_dir hoàn chỉnh)")
    generate.add_argument("--data", help="thư mục dữ liệu (mặc định: $BULLETIN_DATA hoặc data)")
    generate.add_argument("--docs", default="docs", help="trang viết tay được chép kèm (mặc định: docs)")
    generate.set_defaults(func=cmd_generate)
    new = sub.add_parser("new", help="tạo tệp dữ liệu mới có chú thích: decision, article, campaign")
    new.add_argument("kind", choices=["decision", "article", "campaign"])
    new.add_argument("--data", help="thư mục dữ liệu (mặc định: $BULLETIN_DATA hoặc data)")
    new.add_argument("--no-input", action="store_true", help="không hỏi, kể cả khi chạy trong terminal")
    new.add_argument("--id", dest="ident", help="mã tệp (mặc định: tạo từ các giá trị khác)")
    for flag in ("issuer", "form", "campaign", "number", "date", "reason", "title", "byline", "name"):
        new.add_argument(f"--{flag}")
    new.add_argument("--short-name", dest="short_name")
    new.add_argument("--start-year", dest="start_year")
    new.add_argument("--end-year", dest="end_year")
    new.set_defaults(func=cmd_new)
    synth = sub.add_parser("synth", help="tạo kho dữ liệu giả lập hợp lệ để đo tốc độ (cùng seed, cùng kết quả)")
    synth.add_argument("out_dir")
    synth.add_argument("--articles", type=int, default=700, help="số bài viết (mặc định 700, khoảng 50.000 lượt khen)")
    synth.add_argument("--seed", type=int, default=1)
    synth.set_defaults(func=cmd_synth)
    schema_cmd = sub.add_parser("schema", help="ghi JSON Schema của mọi loại tệp dữ liệu vào schema/")
    schema_cmd.add_argument("--check", action="store_true", help="chỉ kiểm tra schema/ có khớp mô hình không")
    schema_cmd.set_defaults(func=cmd_schema)
    index = sub.add_parser("index", help="tạo chỉ mục tìm kiếm (Pagefind) cho một trang đã dựng bằng công cụ khác")
    index.add_argument("site_dir", help="thư mục trang đã dựng (có index.html)")
    index.set_defaults(func=cmd_index)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)  # argparse exits with 2 on a usage error
    if args.command == "validate" and args.data_dir and not Path(args.data_dir).is_dir():
        parser.error(f"không có thư mục dữ liệu '{args.data_dir}'")
    return args.func(args)
