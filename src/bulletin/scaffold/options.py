"""The options of `bulletin new`: which kinds take each, and how the help describes it.

The command line (cli.py) and the questions read the same list, so a flag, its help and the
kinds it applies to are declared once.
"""

from __future__ import annotations

from dataclasses import dataclass

from bulletin.data import documents as d
from bulletin.data import kinds


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
    Option(
        "ident",
        "MÃ",
        (DECISION, ARTICLE, CAMPAIGN),
        f"mã, cũng là tên tệp: chữ thường không dấu, số và dấu '-', tối đa {d.MAX_ID_LENGTH} ký tự "
        "(mặc định: tạo từ các giá trị khác)",
        "ubnd-tinh-bang-khen-328-qd-ubnd",
    ),
    Option(
        "date",
        "NGÀY",
        (DECISION, ARTICLE),
        "ngày ký quyết định hoặc ngày đăng bài, dạng YYYY-MM-DD, không ở tương lai (mặc định: hôm nay)",
        "2024-06-20",
    ),
    Option(
        "campaign",
        "MÃ",
        (DECISION, ARTICLE),
        f"mã phong trào trong {kinds.DATA_DIR}/{kinds.CAMPAIGN.place}/ (mặc định: phong trào đang diễn ra vào năm của ngày; "
        "ghi - để không gắn phong trào nào)",
        "antq-2019-2024",
    ),
    Option("issuer", "MÃ", (DECISION,), f"mã cơ quan khen thưởng trong {kinds.ORGANISATIONS.pattern}", "ubnd-tinh"),
    Option("form", "MÃ", (DECISION,), f"mã hình thức khen thưởng trong {kinds.FORMS.pattern}", "bang-khen"),
    Option(
        "number",
        "SỐ",
        (DECISION,),
        "số quyết định như ghi trên văn bản, dạng số/ký hiệu (không bắt buộc; ghi - nếu chưa có)",
        "328/QĐ-UBND",
    ),
    Option(
        "names",
        "CÁCH",
        (DECISION,),
        f"bài viết công bố người, đơn vị được khen thế nào: {NAMES_HELP} (mặc định: listed, hoặc counts "
        "khi có --collectives, --individuals)",
        "counts",
    ),
    Option(
        "collectives", "SỐ", (DECISION,), "số tập thể được khen, đúng như bài viết nêu (chỉ với --names counts)", "3"
    ),
    Option(
        "individuals", "SỐ", (DECISION,), "số cá nhân được khen, đúng như bài viết nêu (chỉ với --names counts)", "9"
    ),
    Option("grade", "HẠNG", (DECISION,), "hạng, khi hình thức có hạng (hỏi khi chạy trong cửa sổ lệnh)", "hạng Ba"),
    Option(
        "occasion",
        "DỊP",
        (DECISION,),
        "dịp khen thưởng, theo lời bài viết, phần sau chữ “nhân dịp”",
        "kỷ niệm 80 năm Ngày truyền thống lực lượng Công an nhân dân",
    ),
    Option(
        "period",
        "GIAI_ĐOẠN",
        (DECISION,),
        "thời gian đạt thành tích: một năm hoặc NĂM-NĂM, khi khác giai đoạn của phong trào",
        "2019",
    ),
    Option("extraordinary", "", (DECISION,), "khen thưởng đột xuất (không kèm giá trị)", ""),
    Option(
        "basis",
        "CĂN_CỨ",
        (DECISION,),
        "căn cứ như quyết định ghi; ghi nhiều lần nếu có nhiều căn cứ",
        "Quyết định số 521/QĐ-TTg",
    ),
    Option(
        "reason",
        "LÝ_DO",
        (DECISION,),
        "lý do khen thưởng, chỉ khi bài viết hoặc quyết định nêu (mặc định: không ghi)",
        "vì đã có thành tích xuất sắc trong phong trào toàn dân bảo vệ an ninh Tổ quốc",
    ),
    Option("title", "TIÊU_ĐỀ", (ARTICLE,), "tiêu đề bài viết", "Sơ kết phong trào năm 2024"),
    Option(
        "byline",
        "ĐƠN_VỊ",
        (ARTICLE,),
        "đơn vị viết bài, khi tác giả là một đơn vị (không dùng cùng --author)",
        "Phòng CTĐ và CTCT",
    ),
    Option(
        "author",
        "TÊN",
        (ARTICLE,),
        "tên người viết bài; ghi nhiều lần nếu có nhiều người (đơn vị của họ ghi sau trong tệp)",
        "Trung Thực",
    ),
    Option("source_name", "TÊN_BÁO", (ARTICLE,), "bài đăng lại: tên báo nguồn, hiện “Theo …” cuối bài", "Báo Nghệ An"),
    Option(
        "source_url",
        "ĐỊA_CHỈ",
        (ARTICLE,),
        "bài đăng lại: địa chỉ bài gốc, http(s)://… (cùng --source-name)",
        "https://baonghean.vn/ten-bai-viet.html",
    ),
    Option("time", "GIỜ", (ARTICLE,), "giờ đăng bài nếu nguồn ghi, dạng HH:MM theo giờ Việt Nam", "08:30"),
    Option("name", "TÊN", (CAMPAIGN,), "tên đầy đủ của phong trào", "Phong trào Toàn dân bảo vệ an ninh Tổ quốc"),
    Option("short_name", "TÊN_NGẮN", (CAMPAIGN,), "tên viết tắt, dùng trong trang và đường dẫn", "ANTQ"),
    Option("start_year", "NĂM", (CAMPAIGN,), f"năm bắt đầu, từ {d.FIRST_YEAR} đến {d.LAST_YEAR}", "2019"),
    Option(
        "end_year", "NĂM", (CAMPAIGN,), "năm kết thúc, không trước năm bắt đầu (mặc định: bằng năm bắt đầu)", "2024"
    ),
]
FLAGS = {o.dest: o.flag for o in OPTIONS}

# Which command-line options each kind takes.
FIELDS = {kind: {o.dest for o in OPTIONS if kind in o.kinds} for kind in KIND_NAMES}

Given = dict[str, "str | list[str] | None"]


def unused_options(kind: str, given: Given) -> list[str]:
    """Flags given on the command line that `kind` does not take."""
    return [FLAGS[k] for k, v in given.items() if v is not None and k in FLAGS and k not in FIELDS[kind]]
