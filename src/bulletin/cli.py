"""The `bulletin` command: validate the data, write the pages to disk."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from pathlib import Path
from typing import Any, NoReturn

from bulletin import pipeline
from bulletin.cliparse import EpilogFormatter, Parser
from bulletin.data import reporting
from bulletin.data.problems import Problems
from bulletin.model.load import data_dir_from
from bulletin.vietnamese.text import escape_hidden

EXIT_OK, EXIT_DATA, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report Ctrl-C
CANCELLED = "Đã hủy; chưa tạo tệp nào."
STOPPED = "Đã dừng theo yêu cầu (Ctrl-C)."


def _print_problems(problems: Problems) -> None:
    for problem in problems.sorted():
        print(reporting.text(problem), file=sys.stderr)


def _summary(problems: Problems) -> str:
    return f"{len(problems.errors)} lỗi, {len(problems.warnings)} cảnh báo"


class UsageError(Exception):
    """The command was run in the wrong place or with a wrong argument (exit status 2)."""


def _data_dir(explicit: str | None) -> Path:
    """The data directory: the argument, else $BULLETIN_DATA, else data/ of the current folder."""
    root = Path.cwd()
    data_dir = Path(explicit) if explicit else data_dir_from("data", root)
    if not data_dir.is_dir():
        where = f"'{explicit}'" if explicit else f"'{data_dir}'"
        raise UsageError(
            f"không tìm thấy thư mục dữ liệu {where}; hãy chạy lệnh trong thư mục gốc của bản tin "
            "(nơi có mkdocs.yml và thư mục data/) hoặc ghi rõ thư mục dữ liệu"
        )
    return data_dir


def _check(explicit: str | None) -> pipeline.Checked:
    """The whole front half of a build: load, validate, make every page."""
    return pipeline.check(_data_dir(explicit), Path.cwd())


def _checked_or_refuse(explicit: str | None, refusal: str) -> pipeline.Checked | None:
    """`_check` with its problems printed; None, after `refusal` and the counts, when the data has errors."""
    checked = _check(explicit)
    _print_problems(checked.problems)
    if not checked.ok:
        print(f"{refusal}: {_summary(checked.problems)}.", file=sys.stderr)
        return None
    return checked


def cmd_validate(args: argparse.Namespace) -> int:
    checked = _check(args.data_dir)
    problems = checked.problems
    if args.format == "json":
        print(reporting.as_json(problems.sorted()))
        return EXIT_OK if checked.ok else EXIT_DATA
    if args.format == "github":
        for problem in problems.sorted():
            print(reporting.github(problem))
        print(checked.result.summary())
        return EXIT_OK if checked.ok else EXIT_DATA
    _print_problems(problems)
    if not checked.ok:
        print(f"Dữ liệu chưa hợp lệ: {_summary(problems)}.", file=sys.stderr)
        return EXIT_DATA
    print(f"Dữ liệu hợp lệ: {_summary(problems)}.")
    return EXIT_OK


def cmd_generate(args: argparse.Namespace) -> int:
    checked = _checked_or_refuse(args.data, "Không tạo trang")
    if checked is None:
        return EXIT_DATA
    try:
        written = pipeline.write_docs(checked, Path(args.out_dir), docs_dir=Path(args.docs))
    except pipeline.OutputDirError as error:
        raise UsageError(str(error)) from None
    except pipeline.SiteCheckError as error:  # a generated page links to a page not made: our bug
        for line in error.shown():
            print(line, file=sys.stderr)
        print(str(error), file=sys.stderr)
        return EXIT_DATA
    print(f"Đã ghi {written} tệp vào {args.out_dir}.")
    return EXIT_OK


def cmd_index(args: argparse.Namespace) -> int:
    """After any engine built the generated docs: the same conservation check as the hook, then search."""
    from bulletin.outputs.search_index import SearchIndexError

    site = Path(args.site_dir)
    if not (site / "index.html").is_file():
        raise UsageError(f"'{site}' không phải một trang đã dựng (thiếu index.html)")
    checked = _checked_or_refuse(args.data, "Không tạo chỉ mục")
    if checked is None:
        return EXIT_DATA
    try:
        count = pipeline.finish(site, checked.result.require())
    except pipeline.SiteCheckError as error:
        for line in error.shown():
            print(line, file=sys.stderr)
        print(str(error), file=sys.stderr)
        return EXIT_DATA
    except SearchIndexError as error:
        print(f"bulletin: không tạo được chỉ mục tìm kiếm: {escape_hidden(str(error))}", file=sys.stderr)
        return EXIT_DATA
    print(f"Đã tạo chỉ mục tìm kiếm: các trang và {count} lượt khen thưởng.")
    return EXIT_OK


def cmd_schema(args: argparse.Namespace) -> int:
    from bulletin.data import schema_export as schema

    root = Path.cwd()
    if args.check:
        stale = schema.stale(root)
        for name in stale:
            print(f"{name}: khác với mô hình dữ liệu; chạy 'bulletin schema' để cập nhật", file=sys.stderr)
        return EXIT_DATA if stale else EXIT_OK
    written = schema.write(root)
    print(f"Đã ghi {len(written)} lược đồ vào {schema.SCHEMA_DIR}/.")
    return EXIT_OK


def cmd_init(args: argparse.Namespace) -> int:
    from bulletin import starter
    from bulletin.starter import tool

    target = Path(args.dir)
    try:
        requirement = tool.requirement(args.requirement)
        written = starter.create(target, requirement)
    except (starter.StarterError, tool.RequirementError) as error:
        raise UsageError(str(error)) from None
    print(
        f"Đã tạo bản tin mới trong {target} ({len(written)} tệp). Việc tiếp theo: điền các chỗ ghi ĐIỀN trong "
        f"{target / 'data/bulletin.yaml'}, thay các mục MINH HỌA, rồi trong {target}: "
        "bulletin validate && mkdocs build --strict (xem README.md của bản tin)."
    )
    if not requirement.portable:
        print(f"Lưu ý: {tool.until_published(requirement.line)}.")
    return EXIT_OK


def cmd_new(args: argparse.Namespace) -> int:
    """Exit status: 0 written, 2 a value refused (nothing written), 1 input ended (Ctrl-D),
    130 interrupted (Ctrl-C); nothing is written in any case but 0."""
    from bulletin import scaffold

    root = Path.cwd()
    where = f"bulletin new {args.kind}"
    data_dir = Path(args.data) if args.data else data_dir_from("data", root)
    if not data_dir.is_dir():
        print(
            f"{where}: không tìm thấy thư mục dữ liệu '{data_dir}'; hãy chạy lệnh ở thư mục gốc của dự án "
            "(nơi có thư mục data/) hoặc chỉ ra thư mục bằng --data",
            file=sys.stderr,
        )
        return EXIT_USAGE
    given = {o.dest: getattr(args, o.dest) for o in scaffold.OPTIONS}
    if unused := scaffold.unused_options(args.kind, given):
        print(f"{where}: {', '.join(unused)} không dùng cho {args.kind}; xem: bulletin new --help", file=sys.stderr)
        return EXIT_USAGE
    interactive = sys.stdin.isatty() and not args.no_input
    ask = scaffold.Ask(
        interactive=interactive, given={k: v for k, v in given.items() if k in scaffold.FIELDS[args.kind]}
    )
    try:
        path, warnings = scaffold.create(args.kind, data_dir, root, ask)
    except scaffold.ScaffoldError as error:
        for line in error.lines():
            print(f"{where}: {line}", file=sys.stderr)
        print(f"{where}: chưa tạo tệp nào.", file=sys.stderr)
        return EXIT_USAGE
    except (EOFError, KeyboardInterrupt) as stop:
        # The cursor is still after the prompt (or after ^C): the message gets its own line.
        print(f"\n{CANCELLED}", file=sys.stderr)
        return EXIT_INTERRUPTED if isinstance(stop, KeyboardInterrupt) else EXIT_DATA
    _print_problems(warnings)
    print(f"Đã tạo {path}. {scaffold.next_step(args.kind, ask)}")
    return EXIT_OK


DATA_HELP = "thư mục dữ liệu (mặc định: $BULLETIN_DATA hoặc data)"

NEW_EPILOG = """\
Trong cửa sổ lệnh, giá trị nào chưa ghi bằng tùy chọn sẽ được hỏi lần lượt, kèm các mã hợp lệ;
câu trả lời sai được hỏi lại kèm lý do. Tệp chỉ được ghi khi đã qua mọi kiểm tra của
'bulletin validate' và không bao giờ ghi đè tệp đã có.

ví dụ:
  bulletin new decision --issuer ubnd-tinh --form bang-khen --number 328/QĐ-UBND --date 2024-06-20
  bulletin new decision --issuer cong-an-tinh --form giay-khen --date 2024-06-20 --individuals 12
  bulletin new decision --issuer ubnd-tinh --form bang-khen --date 2024-06-20 --names unpublished
  bulletin new article --title "Sơ kết phong trào năm 2024" --byline "Phòng CTĐ và CTCT"
  bulletin new campaign --name "Phong trào thi đua năm 2025" --short-name TĐ --start-year 2025

mã thoát: 0 đã tạo tệp; 2 giá trị sai hoặc thiếu (không tạo tệp); 1 dừng bằng Ctrl-D;
130 dừng bằng Ctrl-C (cả hai trường hợp đều không tạo tệp)."""


def _add_new(sub: argparse._SubParsersAction[Any]) -> None:
    from bulletin import scaffold

    new = sub.add_parser(
        "new",
        help="tạo tệp dữ liệu mới có chú thích: decision, article, campaign",
        description="Tạo một tệp dữ liệu mới, hợp lệ, có chú thích, đúng thư mục và đúng tên.",
        epilog=NEW_EPILOG,
        formatter_class=EpilogFormatter,
    )
    new.add_argument(
        "kind",
        metavar="LOẠI",
        choices=list(scaffold.KIND_NAMES),
        help="loại tệp: " + ", ".join(f"{k} ({v})" for k, v in scaffold.KIND_NAMES.items()),
    )
    common = new.add_argument_group("tùy chọn cho mọi loại")
    common.add_argument(
        "--data", metavar="THƯ_MỤC", help=f"{DATA_HELP}. Dùng cho: {scaffold.EVERY_KIND}. Ví dụ: --data data"
    )
    common.add_argument(
        "--no-input",
        action="store_true",
        help="không hỏi gì, kể cả khi chạy trong cửa sổ lệnh; thiếu giá trị bắt buộc thì báo lỗi. "
        f"Dùng cho: {scaffold.EVERY_KIND}. Ví dụ: --no-input",
    )
    groups = {scaffold.EVERY_KIND: common}
    for option in scaffold.OPTIONS:
        if option.used_by not in groups:
            groups[option.used_by] = new.add_argument_group(f"tùy chọn cho {option.used_by}")
        example = f'"{option.example}"' if " " in option.example else option.example
        shown = f"{option.flag} {example}".rstrip()
        kind: dict[str, Any] = {"metavar": option.metavar}
        if option.dest in scaffold.SWITCHES:  # no value: "true" when given, else None like any unused option
            kind = {"action": "store_const", "const": "true"}
        elif option.dest in scaffold.REPEATED:
            kind["action"] = "append"
        groups[option.used_by].add_argument(
            option.flag,
            dest=option.dest,
            **kind,
            help=f"{option.help}. Dùng cho: {option.used_by}. Ví dụ: {shown}",
        )
    new.set_defaults(func=cmd_new)


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="bulletin", description="Bản tin khen thưởng: kiểm tra dữ liệu và tạo trang.")
    sub = parser.add_subparsers(
        dest="command",
        required=True,
        metavar="LỆNH",
        title="các lệnh",
        help="một trong các lệnh sau; xem hướng dẫn của từng lệnh: bulletin LỆNH --help",
    )
    validate = sub.add_parser("validate", help="kiểm tra dữ liệu YAML, báo mọi lỗi kèm tệp:dòng:cột")
    validate.add_argument("data_dir", nargs="?", metavar="THƯ_MỤC", help=DATA_HELP)
    validate.add_argument(
        "--format",
        choices=reporting.FORMATS,
        default="text",
        help="text: cho người đọc; github: chú thích trên pull request; json: danh sách cho chương trình",
    )
    validate.set_defaults(func=cmd_validate)
    generate = sub.add_parser("generate", help="ghi các trang Markdown ra đĩa để dựng bằng bất kỳ công cụ nào")
    generate.add_argument("out_dir", metavar="THƯ_MỤC_ĐÍCH", help="thư mục đích (một docs_dir hoàn chỉnh)")
    generate.add_argument("--data", metavar="THƯ_MỤC", help=DATA_HELP)
    generate.add_argument(
        "--docs", default="docs", metavar="THƯ_MỤC", help="trang viết tay được chép kèm (mặc định: docs)"
    )
    generate.set_defaults(func=cmd_generate)
    _add_new(sub)
    init = sub.add_parser("init", help="tạo kho của một bản tin mới: cấu hình, dữ liệu khởi đầu, quy trình xuất bản")
    init.add_argument("dir", metavar="THƯ_MỤC", help="thư mục của bản tin mới (trống hoặc chưa có)")
    init.add_argument(
        "--requirement",
        metavar="NƠI_CÀI",
        help="nơi các quy trình trên GitHub cài công cụ, ghi vào requirements.txt: một địa chỉ git "
        "(git+https://…@MÃ_COMMIT) hoặc địa chỉ một tệp wheel (mặc định: nơi công cụ này được cài)",
    )
    init.set_defaults(func=cmd_init)
    schema_cmd = sub.add_parser("schema", help="ghi JSON Schema của mọi loại tệp dữ liệu vào schema/")
    schema_cmd.add_argument("--check", action="store_true", help="chỉ kiểm tra schema/ có khớp mô hình không")
    schema_cmd.set_defaults(func=cmd_schema)
    index = sub.add_parser("index", help="tạo chỉ mục tìm kiếm (Pagefind) cho một trang đã dựng bằng công cụ khác")
    index.add_argument("site_dir", metavar="THƯ_MỤC_TRANG", help="thư mục trang đã dựng (có index.html)")
    index.add_argument(
        "--data", metavar="THƯ_MỤC", help="thư mục dữ liệu để đối chiếu (mặc định: $BULLETIN_DATA hoặc data)"
    )
    index.set_defaults(func=cmd_index)
    return parser


def run() -> NoReturn:
    """The `bulletin` command: `main`, then leave without tearing the interpreter down. A checked
    archive is millions of objects; freeing them one by one at exit took 1.4 s of a 5 s
    `bulletin validate` at 700 articles, for nothing: every file was written and closed already."""
    code = main()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # a closed pipe (`| head`): nothing more can be said
            stream.flush()
    os._exit(code)


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)  # a usage error exits with 2, in Vietnamese (see cliparse)
    try:
        code: int = args.func(args)
        return code
    except UsageError as error:
        print(f"bulletin {args.command}: {escape_hidden(str(error))}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:  # Ctrl-C during a long run: no traceback
        print(f"\n{STOPPED}", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as error:
        print(
            f"bulletin {args.command}: lỗi nội bộ ({type(error).__name__}: {escape_hidden(str(error))}); "
            "hãy báo lỗi này cho nhóm phát triển kèm tệp dữ liệu vừa sửa.",
            file=sys.stderr,
        )
        return EXIT_INTERNAL
