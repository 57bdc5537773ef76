"""The three kinds' files as commented YAML lines, from the answers: what the editor fills in
next is shown as commented examples, never as invented values."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bulletin.data import documents as d
from bulletin.data import kinds, placeholders
from bulletin.scaffold.ask import Ask, ScaffoldError
from bulletin.scaffold.checks import (
    check_choice,
    check_clock,
    check_count,
    check_date,
    check_id,
    check_link,
    check_number,
    check_period,
    check_text,
    check_year,
    quote,
)
from bulletin.scaffold.context import Context
from bulletin.scaffold.options import ARTICLE, CAMPAIGN, COUNTS, DECISION, FLAGS, LISTED, NAMES
from bulletin.vietnamese.text import slugify


def default_id(text: str, limit: int = d.MAX_ID_LENGTH) -> str:
    """The id offered when none is given: the text's slug, cut to `limit` without a trailing '-'."""
    return slugify(text)[:limit].rstrip("-")


@dataclass
class Draft:
    """A file about to be written: where, the schema its modeline names, its lines."""

    target: Path
    schema: str
    lines: list[str]


def _day_and_campaign(ctx: Context, ask: Ask, label: str) -> tuple[dt.date, str]:
    """The document's date (default today), then its campaign (default: the one running that year)."""
    day = dt.date.fromisoformat(
        ask.value("date", f"{label} (date)", check_date(label, ctx.today), default=ctx.today.isoformat())
    )
    campaigns = list(ctx.campaigns)
    label = "phong trào (campaign)"
    chosen = ask.value(
        "campaign",
        label,
        check_choice(label, campaigns, optional=True),
        choices=[*campaigns, "-"],
        default=ctx.campaign_for(day.year),
    )
    return day, chosen


def _recipients(ask: Ask) -> tuple[str, str, str]:
    """How the source publishes the recipients, and the counts it gives when it gives only counts."""
    counted = ("collectives", "individuals")
    while True:
        default = COUNTS if any(ask.given.get(k) is not None for k in counted) else LISTED
        names = ask.value(
            "names", NAMES_LABEL, check_choice("cách công bố", list(NAMES)), choices=list(NAMES), default=default
        )
        if names != COUNTS:
            for key in counted:
                if ask.given.get(key) is not None:
                    raise ScaffoldError("chỉ dùng khi bài viết chỉ nêu số lượng (--names counts)", FLAGS[key])
            return names, "", ""
        collectives = ask.value(
            "collectives", COUNT_LABEL.format("tập thể", "collectives"), check_count("số tập thể"), default=""
        )
        individuals = ask.value(
            "individuals", COUNT_LABEL.format("cá nhân", "individuals"), check_count("số cá nhân"), default=""
        )
        if int(collectives or 0) + int(individuals or 0) > 0:
            return names, collectives, individuals
        ask.reject(
            "names",
            "counts (chỉ nêu số lượng) cần số tập thể hoặc số cá nhân lớn hơn 0; bài viết không nêu "
            "số nào thì chọn unpublished",
        )


NAMES_LABEL = (
    "người, đơn vị được khen: listed nếu bài viết nêu tên, counts nếu chỉ nêu số lượng, "
    "unpublished nếu không nêu (names)"
)
COUNT_LABEL = "số {} được khen, đúng như bài viết nêu; Enter nếu bài viết không nêu ({})"

# Commented examples of the lists, for the kinds a form may go to (illustrative names only).
EXAMPLES = {
    "collectives": ["# collectives:", "#   - name: Công an xã X", "#     locality: xã X"],
    "individuals": [
        "# individuals:",
        "#   - name: Nguyễn Văn A",
        "#     rank: Thiếu tá",
        "#     position: Phó Trưởng Công an xã",
        "#     unit: Công an xã X",
    ],
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
    issuer = ask.value(
        "issuer", label, check_choice(label, issuers, defined_in="data/organisations.yaml"), choices=issuers
    )
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
    occasion = ask.value(
        "occasion", "dịp khen thưởng (occasion)", check_text("dịp khen thưởng"), default="", quiet=True
    )
    period = ask.value("period", "thời gian đạt thành tích (period)", check_period, default="", quiet=True)
    extraordinary = ask.value(
        "extraordinary", "khen thưởng đột xuất (extraordinary)", lambda v: v, default="", quiet=True
    )
    basis = ask.values("basis", check_text("căn cứ"))
    reason = ask.value("reason", "lý do khen thưởng (reason)", check_text("lý do khen thưởng"), default="", quiet=True)
    key = ask.value(
        "ident",
        "mã quyết định (id)",
        check_id,
        default=default_id(f"{issuer}-{form}-{num or day.isoformat()}"),
        quiet=True,
    )
    lines = [
        "# Quyết định khen thưởng: ghi đúng những gì bài viết, văn bản nêu, không hơn.",
        "# Hướng dẫn: trang “Hướng dẫn biên tập” của bản tin.",
        f"id: {key}",
        f"issuer: {issuer}  # mã trong data/organisations.yaml",
        f"form: {form}  # mã trong data/forms.yaml",
    ]
    if grade:
        lines.append(f"grade: {quote(grade)}")
    lines += PRESENTER
    if campaign:
        lines.append(f"campaign: {campaign}  # mã trong data/campaigns/")
    if num:
        lines.append(f"number: {quote(num)}")
    lines += [
        f"date: {day.isoformat()}",
        _optional(
            "occasion",
            occasion and quote(occasion),
            '"kỷ niệm 80 năm Ngày truyền thống lực lượng Công an nhân dân"',
            "dịp khen thưởng, sau chữ “nhân dịp”",
        ),
        _optional("extraordinary", extraordinary, "true", "khen thưởng đột xuất"),
        _optional(
            "period", period and quote(period), "2019", "thời gian đạt thành tích, khi khác giai đoạn của phong trào"
        ),
    ]
    if basis:
        lines += ["basis:", *(f"  - {quote(b)}" for b in basis)]
    else:
        lines += ["# basis:  # căn cứ, như quyết định ghi", '#   - "Quyết định số 521/QĐ-TTg"']
    lines.append(
        _optional(
            "reason", reason and quote(reason), '"vì đã có thành tích xuất sắc ..."', "lý do, chỉ khi bài viết nêu"
        )
    )
    if names == LISTED:
        lines += [
            "# Người, đơn vị được khen, đúng như bài viết nêu: bỏ dấu # ở các dòng ví dụ dưới đây rồi điền.",
            "# Khi chưa điền, bulletin validate báo lỗi thiếu danh sách và bản tin chưa được dựng.",
        ]
        for kind in ctx.recipients(form):
            lines += EXAMPLES[kind]
        lines.append("# Không ghi số căn cước, ngày sinh, số điện thoại, địa chỉ nhà (Luật 91/2025/QH15).")
    elif names == COUNTS:
        lines += [
            "# Bài viết không nêu tên, chỉ nêu số lượng: ghi đúng số bài viết nêu.",
            "names: unpublished",
            "counts:",
        ]
        lines += [f"  {k}: {v}" for k, v in (("collectives", collectives), ("individuals", individuals)) if v]
    else:
        lines += ["# Bài viết không nêu tên, không nêu số người, đơn vị được khen.", "names: unpublished"]
    return Draft(ctx.data_dir / kinds.DECISION.place / str(day.year) / f"{key}.yaml", DECISION, lines)


def draft_article(ctx: Context, ask: Ask) -> Draft:
    title = ask.value("title", "tiêu đề (title)", check_text("tiêu đề"))
    day, campaign = _day_and_campaign(ctx, ask, "ngày đăng")
    authors = ask.values("author", check_text("tác giả"))
    byline = ask.value(
        "byline",
        "đơn vị viết bài (byline; bỏ trống nếu tác giả là người hoặc bài không ghi tác giả)",
        check_text("đơn vị viết bài"),
        default="",
        quiet=bool(authors),
    )
    if authors and byline:
        raise ScaffoldError(
            "ghi tác giả bằng --author (người viết) hoặc --byline (đơn vị), không cả hai", FLAGS["byline"]
        )
    source_name = ask.value("source_name", "báo nguồn (source)", check_text("tên báo nguồn"), default="", quiet=True)
    source_url = ask.value("source_url", "địa chỉ bài gốc (source url)", check_link, default="", quiet=True)
    if source_url and not source_name:
        raise ScaffoldError("địa chỉ bài gốc cần tên báo nguồn: thêm --source-name", FLAGS["source_name"])
    time = ask.value("time", "giờ đăng (time)", check_clock, default="", quiet=True)
    # The id comes from the words of the title, not its placeholders ("{{ awards.total }} tập thể...").
    words = placeholders.render(title, lambda name: "")
    key = ask.value("ident", "mã bài viết (id)", check_id, default=default_id(words, 60), quiet=True)
    lines = [
        "# Bài viết. Số liệu tính được (tổng khen thưởng) viết bằng {{ awards.total }}, không gõ tay.",
        f"id: {key}",
        f"title: {quote(title)}",
        f"date: {day.isoformat()}",
    ]
    if campaign:
        lines.append(f"campaign: {campaign}")
    lines.append(_optional("time", time and quote(time), '"08:30"', "giờ đăng, chỉ khi nguồn ghi (giờ Việt Nam)"))
    if authors:
        lines += ["authors:", *(f"  - name: {quote(a)}" for a in authors)]
        lines.append("    # unit: Công an tỉnh  # đơn vị của người viết, nếu bài ghi")
    elif byline:
        lines.append(f"byline: {quote(byline)}")
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
        lines += ["source:", f"  name: {quote(source_name)}"]
        if source_url:
            lines.append(f"  url: {quote(source_url)}")
    else:
        lines += [
            "# Bài đăng lại: báo nguồn, hiện “Theo …” cuối bài.",
            "# source:",
            "#   name: Báo Nghệ An",
            "#   url: https://baonghean.vn/ten-bai-viet.html",
        ]
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
    end = ask.value(
        "end_year", "năm kết thúc (end_year)", check_year("năm kết thúc", not_before=int(start)), default=start
    )
    years = start if end == start else f"{start}-{end}"  # a one-year campaign: ptt-2025, not ptt-2025-2025
    key = ask.value("ident", "mã phong trào (id)", check_id, default=default_id(f"{short_name}-{years}"), quiet=True)
    lines = [
        f"id: {key}",
        f"name: {quote(name)}",
        f"short_name: {quote(short_name)}",
        f"start_year: {start}",
        f"end_year: {end}",
    ]
    return Draft(ctx.data_dir / kinds.CAMPAIGN.place / f"{key}.yaml", CAMPAIGN, lines)


DRAFTS: dict[str, Callable[[Context, Ask], Draft]] = {
    DECISION: draft_decision,
    ARTICLE: draft_article,
    CAMPAIGN: draft_campaign,
}
