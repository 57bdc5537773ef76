"""Check the whole file as the loader would, ask again what it refuses, then write it; and
what the editor does next."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from contextlib import suppress
from pathlib import Path

from bulletin.data import kinds
from bulletin.data.files import Sourced, display_path, load_catalog
from bulletin.data.problems import Problems
from bulletin.data.schema_export import modeline
from bulletin.data.validation import validate
from bulletin.data.yamlsource import load_yaml
from bulletin.model.resolve import resolve
from bulletin.scaffold.ask import Ask, ScaffoldError
from bulletin.scaffold.context import Context
from bulletin.scaffold.drafts import DRAFTS, Draft
from bulletin.scaffold.options import DECISION, FIELDS, FLAGS, LISTED


def next_step(kind: str, ask: Ask) -> str:
    """What the editor does after the file is written."""
    if kind == DECISION and ask.answers.get("names") == LISTED:
        return (
            "Điền danh sách người, đơn vị được khen theo các dòng ví dụ trong tệp rồi chạy: bulletin validate "
            "(chưa điền thì validate báo thiếu danh sách)"
        )
    return "Điền nội dung rồi chạy: bulletin validate"


def render(ctx: Context, draft: Draft) -> str:
    return "\n".join([modeline(draft.target.resolve(), ctx.root.resolve(), draft.schema), *draft.lines]) + "\n"


def problems_of(ctx: Context, kind: str, target: Path, text: str) -> tuple[Problems, dict[int, str]]:
    """What the loader would report about `text` written at `target`, and which top-level
    key each line holds. The whole data set is read, so references and duplicate ids count."""
    shown = display_path(target, ctx.root)
    problems = Problems()
    with tempfile.TemporaryDirectory() as folder:
        file = Path(folder, target.name)
        file.write_text(text, encoding="utf-8")
        document = load_yaml(file, shown, problems)
    if document is None:
        return problems, {}
    # A count's line is its option's (counts.collectives is --collectives); otherwise the top-level key's.
    keys: dict[int, str] = {}
    for path, (line, _) in document.source.values.items():
        if (len(path) == 1 or (len(path) == 2 and path[0] == "counts")) and isinstance(path[-1], str):
            keys[line] = path[-1]
    folder_name = kinds.NEW[kind].place
    doc = validate(kinds.NEW[kind].model, document.data, document.source, problems)
    if doc is None:
        return problems, keys
    catalog = load_catalog(ctx.data_dir, ctx.root, Problems())
    getattr(catalog, folder_name).append(Sourced(doc, document.source, target))
    everything = Problems()
    resolve(catalog, everything, ctx.today)
    problems.items += [p for p in everything.items if p.location.path == shown]
    return problems, keys


def _write_new(target: Path, text: str) -> None:
    """Write atomically, and never over an existing file (a hard link fails if the name exists)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.stem}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
        try:
            os.link(temporary, target)
        except FileExistsError:
            raise ScaffoldError(f"tệp {target} đã có; chọn mã khác", FLAGS["ident"]) from None
        except OSError:  # a file system without hard links
            if target.exists():
                raise ScaffoldError(f"tệp {target} đã có; chọn mã khác", FLAGS["ident"]) from None
            os.replace(temporary, target)
    finally:
        with suppress(FileNotFoundError):
            os.unlink(temporary)


def create(kind: str, data_dir: Path, root: Path, ask: Ask, today: dt.date | None = None) -> tuple[Path, Problems]:
    """Ask, check the whole file as the loader would, ask again what it refuses, then write.

    Returns the new file and its warnings; raises ScaffoldError when a flag's value is
    refused (or, without a terminal, any value), EOFError/KeyboardInterrupt when cancelled.
    """
    ctx = Context(data_dir, root, today or dt.date.today())
    while True:
        draft = DRAFTS[kind](ctx, ask)
        if draft.target.exists():
            ask.reject("ident", f"tệp {display_path(draft.target, root)} đã có; chọn mã khác")
            continue
        text = render(ctx, draft)
        problems, keys = problems_of(ctx, kind, draft.target, text)
        if ask.answers.get("names") == LISTED:  # the lists are the editor's to fill in: validate says so until then
            problems.items = [p for p in problems.items if p.code != "no-recipients"]
        if not problems.errors:
            _write_new(draft.target, text)
            return draft.target, Problems(problems.warnings)
        # Each refused value is asked again (or reported against its flag); a problem
        # that no answer caused would be a fault of the template and stops here.
        refused: dict[str, str] = {}
        for problem in problems.errors:
            key = keys.get(problem.location.line)
            dest = "ident" if key == "id" else key
            if dest not in FIELDS[kind]:
                raise ScaffoldError(str(problem))
            refused.setdefault(dest, problem.message)
        ask.reject_all(refused)
