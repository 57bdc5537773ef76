"""`bulletin new KIND`: a valid, commented YAML file in the right folder with the right name.

Values come from flags; in a terminal, missing ones are asked for, with the valid
choices from the data, and a wrong answer is asked again with the reason. The file
is rendered in memory and put through the loader's own checks (YAML, model, references
against data/) before it is written; nothing that fails them reaches data/, and an
existing file is never overwritten.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import select
import sys
import tempfile
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from pydantic import BaseModel
from pydantic_core import PydanticCustomError

from bulletin.data import documents as d
from bulletin.data import kinds
from bulletin.model import placeholders
from bulletin.data.files import Sourced, display_path, load_catalog
from bulletin.data.problems import Problems
from bulletin.model.resolve import resolve
from bulletin.data.schema_export import modeline
from bulletin.vietnamese.text import slugify
from bulletin.data.validation import suggest, validate
from bulletin.data.yamlsource import load_yaml


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


class Invalid(Exception):
    """An answer is not acceptable; the message says why, in the editor's words."""


# -- options ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Option:
    """One `bulletin new` option: which kinds take it and how the help describes it."""

    dest: str
    metavar: str
    kinds: tuple[str, ...]
    help: str
    example: str

    @property
    def used_by(self) -> str:
        """The kinds that take it, as the help names them."""
        if len(self.kinds) == len(KIND_NAMES):
            return EVERY_KIND
        return " và ".join(f"{k} ({KIND_NAMES[k]})" for k in self.kinds)

    @property
    def flag(self) -> str:
        return "--" + ("id" if self.dest == "ident" else self.dest.replace("_", "-"))


DECISION, ARTICLE, CAMPAIGN = kinds.DECISION.name, kinds.ARTICLE.name, kinds.CAMPAIGN.name
# How the source publishes the recipients: named, only counted, or not at all (documents.Decision.names).
LISTED, COUNTS, UNPUBLISHED = "listed", "counts", "unpublished"
NAMES = {LISTED: "nêu tên từng người, đơn vị", COUNTS: "chỉ nêu số lượng", UNPUBLISHED: "không nêu tên, không nêu số"}
NAMES_HELP = "; ".join(f"{k} ({v})" for k, v in NAMES.items())
# Options that take no value (--extraordinary) and options given more than once (--basis).
SWITCHES = {"extraordinary"}
REPEATED = {"basis", "author"}
KIND_NAMES = {name: kind.label for name, kind in kinds.NEW.items()}
EVERY_KIND = "mọi loại"

OPTIONS = [
    Option("ident", "MÃ", (DECISION, ARTICLE, CAMPAIGN),
           f"mã, cũng là tên tệp: chữ thường không dấu, số và dấu '-', tối đa {d.MAX_ID_LENGTH} ký tự "
           "(mặc định: tạo từ các giá trị khác)", "ubnd-tinh-bang-khen-328-qd-ubnd"),
    Option("date", "NGÀY", (DECISION, ARTICLE),
           "ngày ký quyết định hoặc ngày đăng bài, dạng YYYY-MM-DD, không ở tương lai (mặc định: hôm nay)",
           "2024-06-20"),
    Option("campaign", "MÃ", (DECISION, ARTICLE),
           "mã phong trào trong data/campaigns/ (mặc định: phong trào đang diễn ra vào năm của ngày; "
           "ghi - để không gắn phong trào nào)", "antq-2019-2024"),
    Option("issuer", "MÃ", (DECISION,), "mã cơ quan khen thưởng trong data/organisations.yaml", "ubnd-tinh"),
    Option("form", "MÃ", (DECISION,), "mã hình thức khen thưởng trong data/forms.yaml", "bang-khen"),
    Option("number", "SỐ", (DECISION,),
           "số quyết định như ghi trên văn bản, dạng số/ký hiệu (không bắt buộc; ghi - nếu chưa có)",
           "328/QĐ-UBND"),
    Option("names", "CÁCH", (DECISION,),
           f"bài viết công bố người, đơn vị được khen thế nào: {NAMES_HELP} (mặc định: listed, hoặc counts "
           "khi có --collectives, --individuals)", "counts"),
    Option("collectives", "SỐ", (DECISION,), "số tập thể được khen, đúng như bài viết nêu (chỉ với --names counts)", "3"),
    Option("individuals", "SỐ", (DECISION,), "số cá nhân được khen, đúng như bài viết nêu (chỉ với --names counts)", "9"),
    Option("grade", "HẠNG", (DECISION,), "hạng, khi hình thức có hạng (hỏi khi chạy trong cửa sổ lệnh)", "hạng Ba"),
    Option("occasion", "DỊP", (DECISION,), "dịp khen thưởng, theo lời bài viết, phần sau chữ “nhân dịp”",
           "kỷ niệm 80 năm Ngày truyền thống lực lượng Công an nhân dân"),
    Option("period", "GIAI_ĐOẠN", (DECISION,),
           "thời gian đạt thành tích: một năm hoặc NĂM-NĂM, khi khác giai đoạn của phong trào", "2019"),
    Option("extraordinary", "", (DECISION,), "khen thưởng đột xuất (không kèm giá trị)", ""),
    Option("basis", "CĂN_CỨ", (DECISION,), "căn cứ như quyết định ghi; ghi nhiều lần nếu có nhiều căn cứ",
           "Quyết định số 521/QĐ-TTg"),
    Option("reason", "LÝ_DO", (DECISION,),
           "lý do khen thưởng, chỉ khi bài viết hoặc quyết định nêu (mặc định: không ghi)",
           "vì đã có thành tích xuất sắc trong phong trào toàn dân bảo vệ an ninh Tổ quốc"),
    Option("title", "TIÊU_ĐỀ", (ARTICLE,), "tiêu đề bài viết", "Sơ kết phong trào năm 2024"),
    Option("byline", "ĐƠN_VỊ", (ARTICLE,), "đơn vị viết bài, khi tác giả là một đơn vị (không dùng cùng --author)",
           "Phòng CTĐ và CTCT"),
    Option("author", "TÊN", (ARTICLE,), "tên người viết bài; ghi nhiều lần nếu có nhiều người (đơn vị của họ ghi sau trong tệp)",
           "Trung Thực"),
    Option("source_name", "TÊN_BÁO", (ARTICLE,), "bài đăng lại: tên báo nguồn, hiện “Theo …” cuối bài", "Báo Nghệ An"),
    Option("source_url", "ĐỊA_CHỈ", (ARTICLE,), "bài đăng lại: địa chỉ bài gốc, http(s)://… (cùng --source-name)",
           "https://baonghean.vn/ten-bai-viet.html"),
    Option("time", "GIỜ", (ARTICLE,), "giờ đăng bài nếu nguồn ghi, dạng HH:MM theo giờ Việt Nam", "08:30"),
    Option("name", "TÊN", (CAMPAIGN,), "tên đầy đủ của phong trào", "Phong trào Toàn dân bảo vệ an ninh Tổ quốc"),
    Option("short_name", "TÊN_NGẮN", (CAMPAIGN,), "tên viết tắt, dùng trong trang và đường dẫn", "ANTQ"),
    Option("start_year", "NĂM", (CAMPAIGN,), f"năm bắt đầu, từ {d.FIRST_YEAR} đến {d.LAST_YEAR}", "2019"),
    Option("end_year", "NĂM", (CAMPAIGN,), "năm kết thúc, không trước năm bắt đầu (mặc định: bằng năm bắt đầu)",
           "2024"),
]
FLAGS = {o.dest: o.flag for o in OPTIONS}

# Which command-line options each kind takes.
FIELDS = {kind: {o.dest for o in OPTIONS if kind in o.kinds} for kind in KIND_NAMES}


Given = dict[str, "str | list[str] | None"]


def unused_options(kind: str, given: Given) -> list[str]:
    """Flags given on the command line that `kind` does not take."""
    return [FLAGS[k] for k, v in given.items() if v is not None and k in FLAGS and k not in FIELDS[kind]]


# -- checks for single answers --------------------------------------------------------------

Check = Callable[[str], str]
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_PERIOD = re.compile(r"\d{4}(-\d{4})?")  # documents.Period


def _bounds(model: type[BaseModel], name: str) -> tuple[int, int]:
    """The model's own limits for a number field, so that questions and validation agree."""
    low, high = -d.MAX_VALUE, d.MAX_VALUE
    for rule in model.model_fields[name].metadata:
        ge: int | None = getattr(rule, "ge", None)
        le: int | None = getattr(rule, "le", None)
        low = ge if ge is not None else low
        high = le if le is not None else high
    return low, high


def _shown(value: str) -> str:
    """A value as it may be echoed to a terminal: control characters escaped, never sent."""
    return _quote(value)[1:-1]


def _pattern(model: type[BaseModel], name: str) -> re.Pattern[str]:
    rule = next(r for r in model.model_fields[name].metadata if getattr(r, "pattern", None))
    return re.compile(rule.pattern)


def check_text(label: str) -> Check:
    def check(value: str) -> str:
        if not value.strip():
            raise Invalid(f"{label} không được để trống")
        return value.strip()
    return check


def _model_check(validator: Callable[[str], object]) -> Check:
    """A documents.py validator as a question's check: its Vietnamese message, asked again."""
    def check(value: str) -> str:
        try:
            validator(value.strip())
        except PydanticCustomError as error:
            raise Invalid(str(error)) from None
        return value.strip()
    return check


check_link = _model_check(d._check_link)
check_clock = _model_check(d._check_clock)


def check_id(value: str) -> str:
    if not value:
        raise Invalid("mã không được để trống")
    if slugify(value) != value:
        hint = f", ví dụ: {slugify(value)}" if slugify(value) else ""
        raise Invalid(f"mã '{_shown(value)}' chỉ được gồm chữ thường không dấu, số và dấu '-'{hint}")
    if len(value) > d.MAX_ID_LENGTH:
        raise Invalid(f"mã dài {len(value)} ký tự; tối đa {d.MAX_ID_LENGTH}")
    return value


def check_choice(label: str, choices: list[str], *, optional: bool = False, defined_in: str = "") -> Check:
    """`defined_in`: the file where a new value belongs ("data/organisations.yaml"), said when none fits."""
    def check(value: str) -> str:
        if optional and value == "-":
            return ""
        if not value:
            raise Invalid(f"{label} không được để trống")
        if value not in choices:
            near = suggest(value, choices)
            hint = f"có phải ý bạn là '{near}'? " if near else ""
            listed = ", ".join(choices) or "(chưa có)"
            where = f"; nếu là mã mới, hãy thêm vào {defined_in} trước" if defined_in else ""
            raise Invalid(f"không có {label} '{_shown(value)}'; {hint}các giá trị hợp lệ: {listed}{where}")
        return value
    return check


def check_date(label: str, today: dt.date) -> Check:
    def check(value: str) -> str:
        try:
            day = dt.date.fromisoformat(value) if _DATE.fullmatch(value) else None
        except ValueError:
            day = None
        if day is None:
            raise Invalid(f"{label} '{_shown(value)}' không đúng dạng YYYY-MM-DD hoặc không có ngày này, ví dụ 2024-06-26")
        if day > today:
            raise Invalid(f"{label} {day.isoformat()} ở tương lai; hôm nay là {today.isoformat()}")
        return day.isoformat()
    return check


def check_year(label: str, *, not_before: int | None = None) -> Check:
    low, high = _bounds(d.Campaign, "start_year")

    def check(value: str) -> str:
        if not (value.isascii() and value.isdigit()):
            raise Invalid(f"{label} '{_shown(value)}' phải là số có bốn chữ số, ví dụ 2024")
        number = int(value)
        if not low <= number <= high:
            raise Invalid(f"{label} {number} phải từ {low} đến {high}")
        if not_before is not None and number < not_before:
            raise Invalid(f"{label} {number} không được trước năm bắt đầu {not_before}")
        return str(number)
    return check


def check_number(value: str) -> str:
    if value == "-":
        return ""
    if not _pattern(d.Decision, "number").match(value):
        raise Invalid(f"số quyết định '{_shown(value)}' phải có dạng số/ký hiệu, ví dụ 328/QĐ-UBND")
    return value


def check_count(label: str) -> Check:
    low, high = 0, d.MAX_COUNT

    def check(value: str) -> str:
        if value in ("", "-"):
            return ""
        if not (value.isascii() and value.isdigit()) or not low <= int(value) <= high:
            raise Invalid(f"{label} '{_shown(value)}' phải là số nguyên từ {low} đến {high}, viết liền, ví dụ 12")
        return str(int(value))
    return check


def check_period(value: str) -> str:
    if not _PERIOD.fullmatch(value):
        raise Invalid(f"thời gian đạt thành tích '{_shown(value)}' phải là một năm (2019) hoặc NĂM-NĂM (2019-2024)")
    return value


# -- where answers come from --------------------------------------------------------------------


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

    def value(self, key: str, label: str, check: Check, *, choices: list[str] | None = None,
              default: str | None = None, quiet: bool = False) -> str:
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
        fixed = [k for k in refused if not self.interactive or (self.given.get(k) is not None and k not in self.prompted)]
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


# -- what the data offers ---------------------------------------------------------------------------


@dataclass
class Context:
    data_dir: Path
    root: Path
    today: dt.date = field(default_factory=dt.date.today)

    def ids(self, file: str, key: str) -> list[str]:
        document = load_yaml(self.data_dir / file, file, Problems())
        items = document.data.get(key, []) if document and isinstance(document.data, dict) else []
        return [x["id"] for x in items if isinstance(x, dict) and isinstance(x.get("id"), str)]

    @cached_property
    def forms(self) -> dict[str, dict[str, object]]:
        """forms.yaml's forms as written, by id, as far as the file can be read."""
        document = load_yaml(self.data_dir / kinds.FORMS.place, kinds.FORMS.place, Problems())
        items = document.data.get("forms", []) if document and isinstance(document.data, dict) else []
        return {x["id"]: x for x in items if isinstance(x, dict) and isinstance(x.get("id"), str)}

    def grades(self, form: str) -> list[str]:
        grades = self.forms.get(form, {}).get("grades")
        return [g for g in grades if isinstance(g, str)] if isinstance(grades, list) else []

    def recipients(self, form: str) -> list[str]:
        """Who may receive the form (its own rule, else its kind's; both when neither says)."""
        own = self.forms.get(form, {})
        kind = self.forms.get(str(own.get("kind")), {})
        allowed = own.get("recipients", kind.get("recipients"))
        return [k for k in allowed if k in ("collectives", "individuals")] if isinstance(allowed, list) else [
            "collectives", "individuals"]

    @cached_property
    def campaigns(self) -> dict[str, tuple[int, int]]:
        """Campaign id -> (start year, end year), as far as the files can be read."""
        found = {}
        for file in sorted((self.data_dir / kinds.CAMPAIGN.place).glob("*.yaml")):
            document = load_yaml(file, file.name, Problems())
            data = document.data if document and isinstance(document.data, dict) else {}
            if isinstance(data.get("id"), str):
                start, end = data.get("start_year"), data.get("end_year")
                found[data["id"]] = (start if isinstance(start, int) else 0, end if isinstance(end, int) else 9999)
        return found

    def campaign_for(self, year: int) -> str:
        """The campaign running that year (or the year after its end, when results are announced)."""
        running = [c for c, (start, end) in self.campaigns.items() if start <= year <= end + 1]
        return running[-1] if running else ""


def _day_and_campaign(ctx: Context, ask: Ask, label: str) -> tuple[dt.date, str]:
    """The document's date (default today), then its campaign (default: the one running that year)."""
    day = dt.date.fromisoformat(ask.value("date", f"{label} (date)", check_date(label, ctx.today), default=ctx.today.isoformat()))
    campaigns = list(ctx.campaigns)
    label = "phong trào (campaign)"
    chosen = ask.value("campaign", label, check_choice(label, campaigns, optional=True), choices=campaigns + ["-"],
                       default=ctx.campaign_for(day.year))
    return day, chosen


def _quote(value: str) -> str:
    """A YAML double-quoted scalar that loads back as exactly `value`: anything not plainly
    printable is escaped, so the loader's checks see control characters instead of the
    file silently folding or refusing them."""
    out = []
    for char in value:
        if char in '"\\':
            out.append("\\" + char)
        elif char.isprintable() and char not in "\x85\u2028\u2029\ufeff":
            out.append(char)
        else:
            code = ord(char)
            out.append(f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}")
    return '"' + "".join(out) + '"'


# -- the three kinds ------------------------------------------------------------------------------------


@dataclass
class Draft:
    target: Path
    schema: str
    lines: list[str]


def _recipients(ask: Ask) -> tuple[str, str, str]:
    """How the source publishes the recipients, and the counts it gives when it gives only counts."""
    counted = ("collectives", "individuals")
    while True:
        default = COUNTS if any(ask.given.get(k) is not None for k in counted) else LISTED
        names = ask.value("names", NAMES_LABEL, check_choice("cách công bố", list(NAMES)), choices=list(NAMES),
                          default=default)
        if names != COUNTS:
            for key in counted:
                if ask.given.get(key) is not None:
                    raise ScaffoldError("chỉ dùng khi bài viết chỉ nêu số lượng (--names counts)", FLAGS[key])
            return names, "", ""
        collectives = ask.value("collectives", COUNT_LABEL.format("tập thể", "collectives"), check_count("số tập thể"),
                                default="")
        individuals = ask.value("individuals", COUNT_LABEL.format("cá nhân", "individuals"), check_count("số cá nhân"),
                                default="")
        if int(collectives or 0) + int(individuals or 0) > 0:
            return names, collectives, individuals
        ask.reject("names", "counts (chỉ nêu số lượng) cần số tập thể hoặc số cá nhân lớn hơn 0; bài viết không nêu "
                            "số nào thì chọn unpublished")


NAMES_LABEL = ("người, đơn vị được khen: listed nếu bài viết nêu tên, counts nếu chỉ nêu số lượng, "
               "unpublished nếu không nêu (names)")
COUNT_LABEL = "số {} được khen, đúng như bài viết nêu; Enter nếu bài viết không nêu ({})"

# Commented examples of the lists, for the kinds a form may go to (illustrative names only).
EXAMPLES = {
    "collectives": ["# collectives:", "#   - name: Công an xã X", "#     locality: xã X"],
    "individuals": ["# individuals:", "#   - name: Nguyễn Văn A", "#     rank: Thiếu tá",
                    "#     position: Phó Trưởng Công an xã", "#     unit: Công an xã X"],
}


# Who presented the awards (documents.Presenter): only what the article says, so always an example.
PRESENTER = [
    "# presented_by:  # người trao, chỉ khi bài viết nêu",
    "#   organisation: cong-an-tinh  # mã cơ quan của người trao, trong data/organisations.yaml",
    "#   office: Phó Giám đốc  # chức danh người trao; bỏ dòng này nếu là người đứng đầu cơ quan",
    "#   on_behalf: true  # chỉ khi bài viết ghi “thừa ủy quyền” của người ký quyết định",
]


def _optional(key: str, value: str, example: str, note: str) -> str:
    """The line of an optional field: written when given, else a commented example."""
    return f"{key}: {value}" if value else f"# {key}: {example}  # {note}"


def draft_decision(ctx: Context, ask: Ask) -> Draft:
    label = "cơ quan khen thưởng (issuer)"
    issuers = ctx.ids(kinds.ORGANISATIONS.place, kinds.ORGANISATIONS.items)
    issuer = ask.value("issuer", label, check_choice(label, issuers, defined_in="data/organisations.yaml"), choices=issuers)
    label = "hình thức khen thưởng (form)"
    forms = ctx.ids(kinds.FORMS.place, kinds.FORMS.items)
    form = ask.value("form", label, check_choice(label, forms, defined_in="data/forms.yaml"), choices=forms)
    grades = ctx.grades(form)
    if grades:
        label = "hạng (grade)"
        grade = ask.value("grade", label, check_choice(label, grades), choices=grades)
    elif ask.given.get("grade") is not None:
        raise ScaffoldError(f"hình thức '{form}' không có hạng; hãy bỏ tùy chọn này", FLAGS["grade"])
    else:
        grade = ""
    day, campaign = _day_and_campaign(ctx, ask, "ngày ký")
    num = ask.value("number", "số quyết định, ví dụ 328/QĐ-UBND; Enter nếu chưa có (number)", check_number, default="")
    names, collectives, individuals = _recipients(ask)
    occasion = ask.value("occasion", "dịp khen thưởng (occasion)", check_text("dịp khen thưởng"), default="", quiet=True)
    period = ask.value("period", "thời gian đạt thành tích (period)", check_period, default="", quiet=True)
    extraordinary = ask.value("extraordinary", "khen thưởng đột xuất (extraordinary)", lambda v: v, default="", quiet=True)
    basis = ask.values("basis", check_text("căn cứ"))
    reason = ask.value("reason", "lý do khen thưởng (reason)", check_text("lý do khen thưởng"), default="", quiet=True)
    key = ask.value("ident", "mã quyết định (id)", check_id, default=slugify(f"{issuer}-{form}-{num or day.isoformat()}")[:d.MAX_ID_LENGTH].rstrip("-"), quiet=True)
    lines = [
        "# Quyết định khen thưởng: ghi đúng những gì bài viết, văn bản nêu, không hơn.",
        "# Hướng dẫn: trang “Hướng dẫn biên tập” của bản tin.",
        f"id: {key}",
        f"issuer: {issuer}  # mã trong data/organisations.yaml",
        f"form: {form}  # mã trong data/forms.yaml",
    ]
    if grade:
        lines.append(f"grade: {_quote(grade)}")
    lines += PRESENTER
    if campaign:
        lines.append(f"campaign: {campaign}  # mã trong data/campaigns/")
    if num:
        lines.append(f"number: {_quote(num)}")
    lines += [
        f"date: {day.isoformat()}",
        _optional("occasion", occasion and _quote(occasion), '"kỷ niệm 80 năm Ngày truyền thống lực lượng Công an nhân dân"',
                  "dịp khen thưởng, sau chữ “nhân dịp”"),
        _optional("extraordinary", extraordinary, "true", "khen thưởng đột xuất"),
        _optional("period", period and _quote(period), "2019", "thời gian đạt thành tích, khi khác giai đoạn của phong trào"),
    ]
    if basis:
        lines += ["basis:", *(f"  - {_quote(b)}" for b in basis)]
    else:
        lines += ["# basis:  # căn cứ, như quyết định ghi", '#   - "Quyết định số 521/QĐ-TTg"']
    lines.append(_optional("reason", reason and _quote(reason), '"vì đã có thành tích xuất sắc ..."',
                           "lý do, chỉ khi bài viết nêu"))
    if names == LISTED:
        lines += [
            "# Người, đơn vị được khen, đúng như bài viết nêu: bỏ dấu # ở các dòng ví dụ dưới đây rồi điền.",
            "# Khi chưa điền, bulletin validate báo lỗi thiếu danh sách và bản tin chưa được dựng.",
        ]
        for kind in ctx.recipients(form):
            lines += EXAMPLES[kind]
        lines.append("# Không ghi số căn cước, ngày sinh, số điện thoại, địa chỉ nhà (Luật 91/2025/QH15).")
    elif names == COUNTS:
        lines += ["# Bài viết không nêu tên, chỉ nêu số lượng: ghi đúng số bài viết nêu.", "names: unpublished", "counts:"]
        lines += [f"  {k}: {v}" for k, v in (("collectives", collectives), ("individuals", individuals)) if v]
    else:
        lines += ["# Bài viết không nêu tên, không nêu số người, đơn vị được khen.", "names: unpublished"]
    return Draft(ctx.data_dir / kinds.DECISION.place / str(day.year) / f"{key}.yaml", DECISION, lines)


def draft_article(ctx: Context, ask: Ask) -> Draft:
    title = ask.value("title", "tiêu đề (title)", check_text("tiêu đề"))
    day, campaign = _day_and_campaign(ctx, ask, "ngày đăng")
    authors = ask.values("author", check_text("tác giả"))
    byline = ask.value("byline", "đơn vị viết bài (byline; bỏ trống nếu tác giả là người hoặc bài không ghi tác giả)",
                       check_text("đơn vị viết bài"), default="", quiet=bool(authors))
    if authors and byline:
        raise ScaffoldError("ghi tác giả bằng --author (người viết) hoặc --byline (đơn vị), không cả hai", FLAGS["byline"])
    source_name = ask.value("source_name", "báo nguồn (source)", check_text("tên báo nguồn"), default="", quiet=True)
    source_url = ask.value("source_url", "địa chỉ bài gốc (source url)", check_link, default="", quiet=True)
    if source_url and not source_name:
        raise ScaffoldError("địa chỉ bài gốc cần tên báo nguồn: thêm --source-name", FLAGS["source_name"])
    time = ask.value("time", "giờ đăng (time)", check_clock, default="", quiet=True)
    # The id comes from the words of the title, not its placeholders ("{{ awards.total }} tập thể...").
    words = placeholders.render(title, lambda name: "")
    key = ask.value("ident", "mã bài viết (id)", check_id, default=slugify(words)[:60].rstrip("-"), quiet=True)
    lines = [
        "# Bài viết. Số liệu tính được (tổng khen thưởng) viết bằng {{ awards.total }}, không gõ tay.",
        f"id: {key}",
        f"title: {_quote(title)}",
        f"date: {day.isoformat()}",
    ]
    if campaign:
        lines.append(f"campaign: {campaign}")
    lines.append(_optional("time", time and _quote(time), '"08:30"', "giờ đăng, chỉ khi nguồn ghi (giờ Việt Nam)"))
    if authors:
        lines += ["authors:", *(f"  - name: {_quote(a)}" for a in authors)]
        lines.append("    # unit: Công an tỉnh  # đơn vị của người viết, nếu bài ghi")
    elif byline:
        lines.append(f"byline: {_quote(byline)}")
    else:
        lines += [
            "# Tác giả như bài ghi (bài đăng lại có thể không có): người viết, kèm đơn vị nếu bài ghi; hoặc một đơn vị.",
            "# authors:",
            "#   - name: Trung Thực  # người viết (họ tên hoặc bút danh)",
            "#     unit: Công an tỉnh  # đơn vị của người viết, nếu bài ghi",
            "#   - name: Phòng CTĐ và CTCT",
            "#     kind: organisation  # tác giả là một đơn vị",
        ]
    if source_name:
        lines += ["source:", f"  name: {_quote(source_name)}"]
        if source_url:
            lines.append(f"  url: {_quote(source_url)}")
    else:
        lines += ["# Bài đăng lại: báo nguồn, hiện “Theo …” cuối bài.", "# source:", "#   name: Báo Nghệ An",
                  "#   url: https://baonghean.vn/ten-bai-viet.html"]
    lines += [
        "lead: >-",
        "  Sapo: một hai câu tóm tắt, in đậm dưới tiêu đề.",
        "body: |",
        "  Nội dung bài viết. Mỗi đoạn cách nhau một dòng trống.",
        "# Ảnh: đặt tệp vào data/media/ rồi khai báo; đặt ảnh vào bài bằng một dòng {{ figure.<id> }}.",
        "# figures:",
        "#   - id: hoi-nghi",
        "#     image: media/2024/hoi-nghi.jpg",
        "#     caption: Các đại biểu dự hội nghị.",
        "#     alt: Mô tả ảnh cho người khiếm thị",
        "#     credit: Ngọc Minh  # tác giả ảnh, hiện “Ảnh: …” dưới ảnh",
        "# photo_credit: Ngọc Minh  # tác giả mọi ảnh của bài, khi bài ghi chung (cần có figures)",
        "# Buổi lễ trao khen thưởng mà bài thuật lại: chỉ ghi điều bài viết nêu (cần có decisions).",
        "# ceremony:",
        "#   organiser: cong-an-tinh  # đơn vị tổ chức, mã trong data/organisations.yaml",
        "#   place: Hội trường Công an tỉnh  # nơi tổ chức, như bài viết ghi",
        f"#   date: {day.isoformat()}  # ngày tổ chức, không sau ngày đăng bài",
        "#   part_of_day: sáng  # sáng, chiều hoặc tối (cần có date)",
        "# Các quyết định được công bố trong bài (mã trong data/decisions/):",
        "decisions: []",
    ]
    return Draft(ctx.data_dir / kinds.ARTICLE.place / str(day.year) / f"{key}.yaml", ARTICLE, lines)


def draft_campaign(ctx: Context, ask: Ask) -> Draft:
    name = ask.value("name", "tên phong trào (name)", check_text("tên phong trào"))
    short_name = ask.value("short_name", "tên viết tắt (short_name)", check_text("tên viết tắt"))
    start = ask.value("start_year", "năm bắt đầu (start_year)", check_year("năm bắt đầu"))
    end = ask.value("end_year", "năm kết thúc (end_year)", check_year("năm kết thúc", not_before=int(start)), default=start)
    key = ask.value("ident", "mã phong trào (id)", check_id, default=slugify(f"{short_name}-{start}-{end}")[:d.MAX_ID_LENGTH].rstrip("-"), quiet=True)
    lines = [f"id: {key}", f"name: {_quote(name)}", f"short_name: {_quote(short_name)}", f"start_year: {start}", f"end_year: {end}"]
    return Draft(ctx.data_dir / kinds.CAMPAIGN.place / f"{key}.yaml", CAMPAIGN, lines)


def next_step(kind: str, ask: Ask) -> str:
    """What the editor does after the file is written."""
    if kind == DECISION and ask.answers.get("names") == LISTED:
        return ("Điền danh sách người, đơn vị được khen theo các dòng ví dụ trong tệp rồi chạy: bulletin validate "
                "(chưa điền thì validate báo thiếu danh sách)")
    return "Điền nội dung rồi chạy: bulletin validate"


DRAFTS: dict[str, Callable[[Context, Ask], Draft]] = {DECISION: draft_decision, ARTICLE: draft_article, CAMPAIGN: draft_campaign}


# -- checking and writing -----------------------------------------------------------------------------------


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
