"""`bulletin new KIND`: a valid, commented YAML file in the right folder with the right name.

Values come from flags; in a terminal, missing ones are asked for, with the valid
choices from the data. Editors then fill in the commented examples.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bulletin.problems import Problems
from bulletin.schema import modeline
from bulletin.text import slugify
from bulletin.validation import suggest
from bulletin.yamlsource import load_yaml


class ScaffoldError(Exception):
    """A value is missing or wrong; the message says which and what would be right."""


@dataclass
class Ask:
    """Where values come from: flags first, then (in a terminal) a prompt."""

    interactive: bool
    prompt: Callable[[str], str] = input

    def value(self, given: str | None, label: str, *, choices: list[str] | None = None, default: str | None = None) -> str:
        if given:
            return self.check(given, label, choices)
        if not self.interactive:
            if default is not None:
                return default
            hint = f"; chọn một trong: {', '.join(choices)}" if choices else ""
            raise ScaffoldError(f"thiếu {label}{hint}")
        shown = f" ({', '.join(choices)})" if choices else ""
        suffix = f" [{default}]" if default else ""
        while True:
            answer = self.prompt(f"{label}{shown}{suffix}: ").strip() or (default or "")
            if not answer and default == "":
                return ""  # optional, and nothing to suggest
            try:
                return self.check(answer, label, choices)
            except ScaffoldError as error:
                print(error, file=sys.stderr)

    @staticmethod
    def check(value: str, label: str, choices: list[str] | None) -> str:
        if not value:
            raise ScaffoldError(f"{label} không được để trống")
        if choices and value not in choices:
            near = suggest(value, choices)
            hint = f"có phải ý bạn là '{near}'? " if near else ""
            raise ScaffoldError(f"không có {label} '{value}'; {hint}các giá trị hợp lệ: {', '.join(choices)}")
        return value


def _ids(data_dir: Path, file: str, key: str) -> list[str]:
    document = load_yaml(data_dir / file, file, Problems())
    items = document.data.get(key, []) if document and isinstance(document.data, dict) else []
    return [x["id"] for x in items if isinstance(x, dict) and isinstance(x.get("id"), str)]


def _campaigns(data_dir: Path) -> dict[str, tuple[int, int]]:
    """Campaign id -> (start year, end year), as far as the files can be read."""
    found = {}
    for file in sorted((data_dir / "campaigns").glob("*.yaml")):
        document = load_yaml(file, file.name, Problems())
        data = document.data if document and isinstance(document.data, dict) else {}
        if isinstance(data.get("id"), str):
            found[data["id"]] = (data.get("start_year") or 0, data.get("end_year") or 9999)
    return found


def _campaign_for(campaigns: dict[str, tuple[int, int]], year: int) -> str:
    """The campaign running that year (or the year after its end, when results are announced)."""
    running = [c for c, (start, end) in campaigns.items() if start <= year <= end + 1]
    return running[-1] if running else ""


def _date(value: str, label: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError as error:
        raise ScaffoldError(f"{label} '{value}' không đúng dạng YYYY-MM-DD, ví dụ 2024-06-26") from error


def _day_and_campaign(data_dir: Path, ask: Ask, date: str | None, campaign: str | None, label: str) -> tuple[dt.date, str]:
    """The document's date (default today), then its campaign (default: the one running that year)."""
    day = _date(ask.value(date, f"{label} (date)", default=dt.date.today().isoformat()), label)
    campaigns = _campaigns(data_dir)
    chosen = ask.value(campaign, "phong trào (campaign)", choices=list(campaigns), default=_campaign_for(campaigns, day.year))
    return day, chosen


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _write(target: Path, root: Path, schema: str, lines: list[str]) -> Path:
    if target.exists():
        raise ScaffoldError(f"tệp {target} đã có; chọn mã (--id) khác")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text("\n".join([modeline(target.resolve(), root.resolve(), schema), *lines]) + "\n", encoding="utf-8")
    return target


def new_decision(data_dir: Path, root: Path, ask: Ask, *, issuer=None, form=None, campaign=None, number=None, date=None, reason=None, ident=None) -> Path:
    issuer = ask.value(issuer, "cơ quan khen thưởng (issuer)", choices=_ids(data_dir, "organisations.yaml", "organisations"))
    form = ask.value(form, "hình thức khen thưởng (form)", choices=_ids(data_dir, "forms.yaml", "forms"))
    day, campaign = _day_and_campaign(data_dir, ask, date, campaign, "ngày ký")
    number = ask.value(number, "số quyết định, ví dụ 328/QĐ-UBND (number)", default="-") if ask.interactive or number else None
    number = None if number in (None, "-") else number
    reason = reason or "vì đã có thành tích xuất sắc trong phong trào thi đua"
    ident = slugify(ident or f"{issuer}-{form}-{number or day.isoformat()}")
    lines = [
        "# Quyết định khen thưởng. Điền người, đơn vị được khen ở cuối tệp (xem ví dụ trong các dòng #).",
        "# Hướng dẫn: trang “Hướng dẫn biên tập” của bản tin.",
        f"id: {ident}",
        f"issuer: {issuer}  # mã trong data/organisations.yaml",
        f"form: {form}  # mã trong data/forms.yaml",
    ]
    if campaign:
        lines.append(f"campaign: {campaign}  # mã trong data/campaigns/")
    if number:
        lines.append(f"number: {_quote(number)}")
    lines += [
        f"date: {day.isoformat()}",
        f"reason: {_quote(reason)}",
        "# signer:",
        "#   title: KT. CHỦ TỊCH / PHÓ CHỦ TỊCH",
        "#   name: Nguyễn Văn A",
        "# Khi chưa có danh sách tên, ghi số lượng đã công bố:",
        "# counts:",
        "#   collectives: 3",
        "#   individuals: 5",
        "collectives: []",
        "# collectives:",
        "#   - name: Công an xã Tân Lập, huyện Đồng Phú",
        "#     locality: xã Tân Lập, huyện Đồng Phú",
        "individuals: []",
        "# individuals:",
        "#   - name: Nguyễn Văn An",
        "#     rank: Thiếu tá",
        "#     position: Phó Trưởng Công an xã",
        "#     unit: Công an xã Tân Lập",
        "# Không ghi số căn cước, ngày sinh, số điện thoại, địa chỉ nhà (Luật 91/2025/QH15).",
    ]
    return _write(data_dir / "decisions" / str(day.year) / f"{ident}.yaml", root, "decision", lines)


def new_article(data_dir: Path, root: Path, ask: Ask, *, title=None, date=None, campaign=None, byline=None, ident=None) -> Path:
    title = ask.value(title, "tiêu đề (title)")
    day, campaign = _day_and_campaign(data_dir, ask, date, campaign, "ngày đăng")
    byline = ask.value(byline, "tác giả, đơn vị viết bài (byline)")
    ident = slugify(ident or title)[:60].rstrip("-")
    lines = [
        "# Bài viết. Số liệu tính được (tổng khen thưởng) viết bằng {{ awards.total }}, không gõ tay.",
        f"id: {ident}",
        f"title: {_quote(title)}",
        f"date: {day.isoformat()}",
    ]
    if campaign:
        lines.append(f"campaign: {campaign}")
    lines += [
        f"byline: {_quote(byline)}",
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
        "# Các quyết định được công bố trong bài (mã trong data/decisions/):",
        "decisions: []",
    ]
    return _write(data_dir / "articles" / str(day.year) / f"{ident}.yaml", root, "article", lines)


def new_campaign(data_dir: Path, root: Path, ask: Ask, *, name=None, short_name=None, start_year=None, end_year=None, ident=None) -> Path:
    name = ask.value(name, "tên phong trào (name)")
    short_name = ask.value(short_name, "tên viết tắt (short_name)")
    start = ask.value(start_year, "năm bắt đầu (start_year)")
    end = ask.value(end_year, "năm kết thúc (end_year)", default=start)
    if not (start.isdigit() and end.isdigit()):
        raise ScaffoldError("năm bắt đầu và kết thúc phải là số, ví dụ 2019 và 2024")
    ident = slugify(ident or f"{short_name}-{start}-{end}")
    lines = [f"id: {ident}", f"name: {_quote(name)}", f"short_name: {_quote(short_name)}", f"start_year: {start}", f"end_year: {end}"]
    return _write(data_dir / "campaigns" / f"{ident}.yaml", root, "campaign", lines)


KINDS = {"decision": new_decision, "article": new_article, "campaign": new_campaign}

# Which command-line options each kind takes.
FIELDS = {
    "decision": {"issuer", "form", "campaign", "number", "date", "reason", "ident"},
    "article": {"title", "date", "campaign", "byline", "ident"},
    "campaign": {"name", "short_name", "start_year", "end_year", "ident"},
}
