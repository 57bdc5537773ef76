"""The shape of every data file, one model per kind of real-world document.

Pydantic validates the files and, from the same classes, can emit the JSON Schema
that editors' tools use, so the two can never drift apart. Field names are short
English words; descriptions are in Vietnamese for the editors who read them.
"""

from __future__ import annotations

import datetime as dt
import re
import urllib.parse
from collections.abc import Callable
from functools import lru_cache
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator, BaseModel, ConfigDict, Discriminator, Field, PlainValidator, Tag, ValidationInfo, WithJsonSchema,
    field_validator, model_validator,
)
from pydantic_core import PydanticCustomError

from bulletin.data import personal

MAX_ID_LENGTH = 80
MAX_COUNT = 100_000  # collectives or individuals of one decision
MAX_VALUE = 10**12  # one statistic
FIRST_YEAR, LAST_YEAR = 1945, 2100


@lru_cache(maxsize=1 << 16)
def _personal_in_id(value: str) -> tuple[tuple[int, str], ...]:
    """personal.in_id, once per distinct id: a recipient's id recurs in every decision naming them."""
    return tuple(personal.in_id(value))


def _check_id(value: str) -> str:
    """Ids become file names and addresses: not one of the site's own, and nothing personal."""
    problem = _id_problem(value)
    if problem is not None:
        raise PydanticCustomError(*problem)
    return value


@lru_cache(maxsize=1 << 16)
def _id_problem(value: str) -> tuple[str, str, dict[str, Any]] | None:
    """What is wrong with an id, once per distinct id (50,000 ids at 700 articles, most of them
    an issuer's or a recipient's named again and again)."""
    from bulletin import urls  # urls imports the model, which imports this module

    if urls.is_reserved(value):
        return (
            "reserved_id",
            "'{value}' trùng với tên trang của chính trang web (index, trang-2, chung, pagefind...); "
            "hãy chọn mã khác, ví dụ thêm năm hoặc tên đơn vị",
            {"value": value},
        )
    found = _personal_in_id(value)
    if found:
        return (
            "personal_data",
            "'{value}' có {kind}; {law}, mã chỉ gồm tên và đơn vị",
            {"value": value, "kind": found[0][1], "law": personal.LAW},
        )
    return None


def _reserved_schema(schema: dict[str, Any]) -> None:
    from bulletin import urls

    names = "|".join(sorted(urls.RESERVED_NAMES))
    schema["not"] = {"pattern": f"^({names}|{urls.PAGE_PREFIX}[0-9]+)$"}


def _id_field(description: str, example: str) -> Any:
    # A field, not a whole Annotated type, so that Id and RecipientId stay types mypy accepts.
    return Field(
        pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$",
        max_length=MAX_ID_LENGTH,
        description=description,
        examples=[example],
        json_schema_extra=_reserved_schema,
    )


Id = Annotated[str, _id_field("Mã: chữ thường không dấu, số và dấu '-'", "hoi-nong-dan-tinh"), AfterValidator(_check_id)]
# Lengths that no real name, title or caption reaches, so that a pasted document or a runaway
# value is an error rather than a page of one name. Bodies have their own limit (bulletin.model.body).
MAX_TEXT = 1_000
MAX_LONG_TEXT = 10_000
Text = Annotated[str, Field(min_length=1, max_length=MAX_TEXT)]
Line = Annotated[str, Field(max_length=MAX_TEXT)]
LongText = Annotated[str, Field(min_length=1, max_length=MAX_LONG_TEXT)]
Count = Annotated[int, Field(ge=0, le=MAX_COUNT, examples=[15])]


def _check_year(value: dt.date) -> dt.date:
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise PydanticCustomError(
            "date_range",
            "năm {year} không hợp lý; ngày phải trong khoảng năm {first} đến {last}",
            {"year": value.year, "first": FIRST_YEAR, "last": LAST_YEAR},
        )
    return value


Date = Annotated[dt.date, AfterValidator(_check_year)]

# The public address reaches <head> of every page: allow only what an address needs.
_HOST_LABEL = re.compile(r"[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?")
_PATH = re.compile(r"(/([A-Za-z0-9._~-]|%[0-9A-Fa-f]{2})*)*/")
_URL_EXAMPLE = "https://bantin.congan.example.vn/"
# The same rule for editors' tools (JSON Schema); _check_url is what the build applies.
_URL_SHAPE = rf"^https?://[A-Za-z0-9.-]+(:[0-9]+)?{_PATH.pattern}$"


def _url_error(reason: str) -> PydanticCustomError:
    return PydanticCustomError(
        "site_url", "{reason}; ví dụ: " + _URL_EXAMPLE, {"reason": reason}
    )


def _split_address(value: str, error: Callable[[str], PydanticCustomError], forbidden: str) -> urllib.parse.SplitResult:
    """What the site's own address and a link to another site both refuse: spaces, quotes and
    `forbidden` characters, a host or port that does not parse, a scheme other than http(s),
    a user name or password ('@'). Returns the parts for the checks each makes on top."""
    if any(c.isspace() or not c.isprintable() or c in forbidden for c in value):
        raise error("địa chỉ không được có dấu cách, dấu ngoặc kép, dấu '<', '>' hay '\\'")
    try:
        parts = urllib.parse.urlsplit(value)
        _ = parts.port  # raises on a port that is not a number
    except ValueError:
        raise error("địa chỉ viết sai (tên máy hoặc cổng không hợp lệ)") from None
    if parts.scheme not in ("http", "https"):
        raise error("địa chỉ phải bắt đầu bằng https:// hoặc http://")
    if "@" in parts.netloc:
        raise error("địa chỉ không được chứa tên người dùng hay mật khẩu (phần có '@')")
    return parts


def _check_url(value: str) -> str:
    """http(s), a plain host name (IDNA allowed), an optional port, a safe path ending in '/'."""
    parts = _split_address(value, _url_error, "\"'<>`^{}|")
    port = parts.port
    if parts.query or parts.fragment or "?" in value or "#" in value:
        raise _url_error("địa chỉ không được có phần '?…' hay '#…'")
    host = parts.hostname or ""
    try:
        ascii_host = host.encode("idna").decode("ascii")
    except UnicodeError:
        raise _url_error(f"tên máy '{host}' không hợp lệ") from None
    netloc = parts.netloc.lower()
    if not host or netloc not in (host, f"{host}:{port}") or not all(
        _HOST_LABEL.fullmatch(label) for label in ascii_host.split(".")
    ):
        raise _url_error("tên máy chỉ gồm chữ, số, dấu '.' và '-'")
    if not _PATH.fullmatch(parts.path or ""):
        raise _url_error("đường dẫn chỉ gồm chữ không dấu, số, '-', '.', '_', '~' và phải kết thúc bằng '/'")
    return value


_PHONE = re.compile(r"\+?[0-9][0-9 .()-]{2,22}[0-9]")
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+")


class Strict(BaseModel):
    # Strict types: "15" in quotes is text, not a number; unknown keys are errors, not ignored.
    # Surrounding spaces are dropped, so "  " counts as empty (an alt text of spaces is no alt text).
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True, str_strip_whitespace=True)


class Contact(Strict):
    """The publisher's public contact details: the one place such details belong."""

    address: Text | None = Field(None, description="Địa chỉ trụ sở", examples=["Số 1 đường Trần Hưng Đạo, phường X"])
    phone: str | None = Field(
        None, pattern=f"^{_PHONE.pattern}$", description="Số điện thoại công khai (đường dây nóng)", examples=["0271 3879 123"]
    )
    email: str | None = Field(
        None, pattern=f"^{_EMAIL.pattern}$", description="Thư điện tử công khai", examples=["bantin@congan.example.vn"]
    )


class Site(Strict):
    """data/bulletin.yaml: the bulletin itself."""

    title: Text = Field(description="Tên bản tin", examples=["Bản tin khen thưởng"])
    tagline: Line | None = Field(None, description="Dòng giới thiệu ngắn")
    publisher: Text = Field(description="Cơ quan xuất bản", examples=["Công an tỉnh"])
    url: Annotated[str, AfterValidator(_check_url), Field(json_schema_extra={"pattern": _URL_SHAPE})] | None = Field(
        None,
        description="Địa chỉ công khai của bản tin: http(s), tên máy, đường dẫn kết thúc bằng '/'",
        examples=["https://bantin.example.vn/"],
    )
    sample: bool = Field(
        False,
        description="true nếu cả bản tin là bản mẫu (lời báo trên mọi trang); một mục minh họa thì ghi illustrative: true ở mục đó",
    )
    sample_notice: Line | None = Field(None, description="Lời báo dữ liệu minh họa hiện trên mọi trang")
    contact: Contact | None = Field(None, description="Liên hệ công khai của cơ quan xuất bản")
    edit_url: Annotated[str, AfterValidator(_check_url), Field(json_schema_extra={"pattern": _URL_SHAPE})] | None = Field(
        None,
        description="Địa chỉ sửa tệp trong kho mã của bản tin, trước đường dẫn tệp; có thì mỗi trang có nút sửa mở tệp YAML của trang",
        examples=["https://github.com/OWNER/REPO/edit/main/"],
    )
    responsible: Line | None = Field(
        None,
        description="Dòng chịu trách nhiệm nội dung in ở chân trang, như báo in",
        examples=["Chịu trách nhiệm nội dung: Phòng Công tác đảng và công tác chính trị, Công an tỉnh"],
    )
    licence: Line | None = Field(
        None,
        description="Điều kiện dùng lại nội dung, in ở chân trang",
        examples=["Ghi rõ nguồn “Bản tin Thi đua – Khen thưởng” khi phát hành lại thông tin từ trang này."],
    )


class FormerName(Strict):
    """A name an organisation no longer uses, and the last day it was used."""

    name: Text = Field(examples=["Ủy ban nhân dân thị xã An Khê"])
    until: Date = Field(description="Ngày cuối cùng dùng tên này", examples=["2025-06-30"])


class Organisation(Strict):
    id: Id
    name: Text = Field(description="Tên đầy đủ", examples=["Hội Nông dân tỉnh"])
    short_name: Text = Field(description="Tên ngắn", examples=["Hội ND tỉnh"])
    head: Line | None = Field(
        None,
        description="Chức danh người đứng đầu, người ký quyết định khen thưởng của cơ quan (bỏ trống nếu cơ quan tự ký)",
        examples=["Giám đốc", "Chủ tịch", "Bộ trưởng"],
    )
    level: Id | None = Field(None, description="Cấp của cơ quan: mã trong levels của forms.yaml", examples=["tinh"])
    authority: Id | None = Field(
        None,
        description="Thẩm quyền khen thưởng: mã trong authorities của forms.yaml (quyết định của cơ quan này được kiểm tra theo đó)",
        examples=["chu-tich-ubnd-tinh"],
    )
    names: list[FormerName] = Field(
        [],
        description="Các tên trước đây, mỗi tên kèm ngày cuối cùng còn dùng (until), theo thứ tự thời gian; name là tên mới nhất",
        examples=[[{"name": "Ủy ban nhân dân thị xã An Khê", "until": "2025-06-30"}]],
    )
    ended: Date | None = Field(
        None, description="Ngày cuối cùng cơ quan còn hoạt động (cơ quan cấp huyện: 2025-06-30); bỏ trống nếu còn hoạt động",
        examples=["2025-06-30"],
    )
    successors: list[Id] = Field(
        [], description="Mã các cơ quan kế thừa (sau sáp nhập, giải thể): mã trong data/organisations.yaml",
        examples=[["ubnd-xa-y"]],
    )

    @property
    def gone_from(self) -> dt.date | None:
        """The first day the body no longer existed ("từ ngày 01/7/2025"), or None."""
        return self.ended + dt.timedelta(days=1) if self.ended else None

    def name_on(self, day: dt.date | None) -> str:
        """The name in force on `day` (the first earlier name still used then), else the current name.
        History is never rewritten: a 2020 decision keeps the body's 2020 name."""
        if day is not None:
            for former in sorted(self.names, key=lambda x: x.until):
                if day <= former.until:
                    return former.name
        return self.name

    def office(self, title: str | None = None, day: dt.date | None = None) -> str:
        """The holder of an office: "Giám đốc Công an tỉnh" (the title given, else the head), or the
        body itself when it has no head ("Hội Nông dân tỉnh"); named as on `day`. The one formula."""
        head = title or self.head
        name = self.name_on(day)
        return f"{head} {name}" if head else name


class OrganisationList(Strict):
    """data/organisations.yaml: issuing bodies and partner associations."""

    organisations: list[Organisation] = Field(min_length=1)


RecipientKind = Literal["collectives", "individuals"]


class Law(Strict):
    """A law on emulation and commendation, with the dates it governs decisions."""

    id: Id
    name: Text = Field(examples=["Luật Thi đua, khen thưởng số 06/2022/QH15"])
    short_name: Text = Field(examples=["Luật Thi đua, khen thưởng 2022"])
    start: Date = Field(description="Ngày có hiệu lực", examples=["2024-01-01"])
    end: Date | None = Field(None, description="Ngày cuối cùng còn hiệu lực; bỏ trống nếu còn hiệu lực")


class Level(Strict):
    id: Id
    name: Text = Field(examples=["Cấp tỉnh"])
    end: Date | None = Field(None, description="Ngày cuối cùng cấp này còn tồn tại (cấp huyện: 2025-06-30)")
    basis: Line | None = Field(None, description="Căn cứ pháp lý của ngày kết thúc")


class Form(Strict):
    id: Id
    name: Text = Field(description="Tên hình thức khen thưởng hoặc danh hiệu thi đua", examples=["Bằng khen"])
    kind: Id | None = Field(
        None,
        description="Loại mà hình thức này thuộc về (ví dụ một Kỷ niệm chương cụ thể thuộc ky-niem-chuong); "
        "thứ bậc, đối tượng và thẩm quyền theo loại đó",
        examples=["ky-niem-chuong"],
    )
    family: Literal["khen-thuong", "danh-hieu-thi-dua"] | None = Field(
        None, description="khen-thuong (hình thức khen thưởng) hoặc danh-hieu-thi-dua (danh hiệu thi đua)"
    )
    grades: list[Text] = Field([], description="Các hạng, từ cao xuống thấp", examples=[["hạng Nhất", "hạng Nhì", "hạng Ba"]])
    recipients: list[RecipientKind] | None = Field(
        None,
        min_length=1,
        description="Ai được nhận: collectives (tập thể), individuals (cá nhân); không ghi dòng này là cả hai",
        examples=[["collectives"]],
    )
    basis: Line | None = Field(None, description="Căn cứ pháp lý về đối tượng được nhận", examples=["Luật Thi đua, khen thưởng 2022, Điều 8"])
    of: Literal["office", "body"] | None = Field(
        None,
        description="Tên gọi theo ai: office (theo chức danh người ký: \"Bằng khen của Chủ tịch UBND tỉnh\", mặc định) "
        "hoặc body (theo cơ quan: \"Cờ thi đua của UBND tỉnh\", \"Kỷ niệm chương của Bộ Công an\"); "
        "bỏ trống là theo loại (kind)",
    )


class Rule(Strict):
    """What one authority may award under one law."""

    law: Id = Field(description="Mã luật trong laws", examples=["luat-2022-nd-98"])
    forms: list[Id] = Field(min_length=1, description="Các hình thức, danh hiệu được quyết định tặng")
    basis: Text = Field(description="Căn cứ pháp lý", examples=["Luật Thi đua, khen thưởng 2022, Điều 80"])


class Authority(Strict):
    id: Id
    name: Text = Field(examples=["Chủ tịch Ủy ban nhân dân cấp tỉnh"])
    charter: bool = Field(
        False,
        description="true nếu khen thưởng theo điều lệ riêng (Hội Nông dân, Hội Liên hiệp Phụ nữ, Hội Cựu chiến binh...): "
        "Luật không quy định nên không kiểm tra",
    )
    rules: list[Rule] = []


class FormList(Strict):
    """data/forms.yaml: the Law's vocabulary: forms and titles (highest first), levels, authorities."""

    forms: list[Form] = Field(min_length=1)
    laws: list[Law] = []
    levels: list[Level] = []
    authorities: list[Authority] = []


class Metric(Strict):
    id: Id
    label: Text = Field(description="Tên chỉ tiêu", examples=["Buổi tuyên truyền"])
    unit: Text = Field(description="Đơn vị tính", examples=["buổi"])
    summable: bool = Field(description="true nếu được cộng dồn giữa các hội")
    headline: bool = Field(False, description="true để hiện tổng của chỉ tiêu này trên trang chủ")


class MetricList(Strict):
    """data/metrics.yaml: the statistics that articles may report."""

    metrics: list[Metric] = Field(min_length=1)


class Campaign(Strict):
    """data/campaigns/<id>.yaml: a movement and its period."""

    id: Id
    name: Text = Field(examples=["Phong trào toàn dân bảo vệ an ninh Tổ quốc"])
    short_name: Text = Field(examples=["ANTQ"])
    start_year: int = Field(ge=FIRST_YEAR, le=LAST_YEAR, examples=[2019])
    end_year: int = Field(ge=FIRST_YEAR, le=LAST_YEAR, examples=[2024])
    description: LongText | None = None


def _credit_name(value: str | None) -> str | None:
    """The page prints "Ảnh: " itself: "Ảnh: Ngọc Minh" pasted from the source is the name."""
    if value and value[:4].casefold() == "ảnh:":
        value = value[4:].strip() or None
    return value


Credit = Annotated[Line | None, AfterValidator(_credit_name)]


class Figure(Strict):
    id: Id
    image: Text = Field(description="Đường dẫn ảnh trong data/media/", examples=["media/2024/hoi-nghi.svg"])
    caption: Text = Field(description="Chú thích ảnh")
    alt: Text = Field(description="Mô tả ảnh cho người khiếm thị")
    credit: Credit = Field(
        None, description="Tác giả ảnh, in dưới ảnh sau chữ 'Ảnh:' (chỉ ghi tên)", examples=["Ngọc Minh"]
    )


# "Tính đến tháng 5/2024": a month (2024-05) or, when the article gives one, a day.
AsOf = (
    Annotated[
        str,
        Field(pattern=r"^\d{4}-(0[1-9]|1[0-2])$", description="Tháng: YYYY-MM", examples=["2024-05"]),
    ]
    | Date
)


class Statistic(Strict):
    metric: Id = Field(description="Mã chỉ tiêu trong data/metrics.yaml", examples=["buoi-tuyen-truyen"])
    value: int | float = Field(ge=0, le=MAX_VALUE, examples=[6063])
    approximate: bool = Field(False, description="true nếu bài viết ghi 'gần', 'khoảng'")
    as_of: AsOf | None = None
    detail: Line | None = Field(None, description="Diễn giải theo lời bài viết")


class StatisticGroup(Strict):
    partner: Id | None = Field(None, description="Mã tổ chức phối hợp; bỏ trống nếu là số liệu chung")
    period: str | None = Field(
        None,
        pattern=r"^\d{4}(-\d{4})?$",
        description="Giai đoạn của số liệu: một năm hoặc YYYY-YYYY; mặc định là giai đoạn của phong trào",
        examples=["2019-2024"],
    )
    as_of: AsOf | None = None
    items: list[Statistic] = Field(min_length=1)


# "Sáng 26/6, Công an tỉnh tổ chức Hội nghị...": the part of the day the press writes before a date.
PartOfDay = Literal["sáng", "chiều", "tối"]


class Ceremony(Strict):
    """The ceremony an article reports: only what the article says (every field optional)."""

    organiser: Id | None = Field(
        None, description="Mã cơ quan, đơn vị tổ chức buổi lễ (trong data/organisations.yaml)", examples=["cong-an-tinh"]
    )
    place: Text | None = Field(None, description="Nơi tổ chức, như bài viết ghi", examples=["Hội trường Công an tỉnh"])
    date: Date | None = Field(None, description="Ngày tổ chức, như bài viết ghi", examples=["2024-06-26"])
    part_of_day: PartOfDay | None = Field(
        None, description="Buổi (sáng, chiều hoặc tối) nếu bài viết nêu; cần ghi cả date", examples=["sáng"]
    )

def _link_error(reason: str) -> PydanticCustomError:
    return PydanticCustomError("link", "{reason}; ví dụ: https://baonghean.vn/ten-bai-viet.html", {"reason": reason})


def _check_link(value: str) -> str:
    """A page of another site that readers follow: http(s) and a host they can read (Latin
    letters, no 'user@'), as body links are judged (bulletin.model.body.judge); any safe path."""
    parts = _split_address(value, _link_error, "\"'<>`^{}|\\")
    if not value.startswith(parts.scheme + "://"):  # "HTTPS://" reads as https, but not as readers write it
        raise _link_error("địa chỉ phải bắt đầu bằng https:// hoặc http://")
    host = parts.hostname or ""
    if not host.isascii():
        raise _link_error("tên miền phải viết bằng chữ Latin không dấu (tên miền tiếng Việt viết dạng xn--…)")
    if not host or not all(_HOST_LABEL.fullmatch(label) for label in host.split(".")):
        raise _link_error("tên máy chỉ gồm chữ, số, dấu '.' và '-'")
    return value


Link = Annotated[
    str,
    Field(max_length=2_000, json_schema_extra={"pattern": r"^https?://[A-Za-z0-9.-]+(:[0-9]+)?([/?#][^\s\"'<>`^{}|\\]*)?$"}),
    AfterValidator(_check_link),
]

_CLOCK = re.compile(r"([01]?[0-9]|2[0-3]):([0-5][0-9])")


def _check_clock(value: Any) -> dt.time:
    """"08:30", quoted (unquoted, YAML 1.1 would read a number of minutes: yamlsource refuses it)."""
    found = _CLOCK.fullmatch(value) if isinstance(value, str) else None
    if found is None:
        raise PydanticCustomError(
            "clock", "giờ đăng viết dạng giờ:phút theo đồng hồ 24 giờ, trong ngoặc kép, ví dụ \"08:30\""
        )
    return dt.time(int(found.group(1)), int(found.group(2)))


Clock = Annotated[
    dt.time,
    PlainValidator(_check_clock),
    WithJsonSchema({"type": "string", "pattern": f"^{_CLOCK.pattern}$", "examples": ["08:30"]}),
]

VIETNAM_ZONE = "Asia/Ho_Chi_Minh"
_ZONE_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*")


def _check_zone(value: str) -> str:
    from bulletin.model import bylines  # the zone itself (and the fallback when the system lacks tzdata)

    if not _ZONE_NAME.fullmatch(value) or bylines.zone(value) is None:
        raise PydanticCustomError(
            "timezone",
            "không có múi giờ '{value}'; viết tên múi giờ IANA, ví dụ Asia/Ho_Chi_Minh (giờ Việt Nam, +07:00)",
            {"value": value},
        )
    return value


class Author(Strict):
    """One author as the article prints it: a person (a name or pen name) or a unit."""

    name: Text = Field(description="Họ tên hoặc bút danh của người viết, hoặc tên đơn vị", examples=["Trung Thực"])
    kind: Literal["person", "organisation"] = Field(
        "person",
        description="person (người viết, mặc định) hoặc organisation (đơn vị viết bài, ví dụ Phòng CTĐ và CTCT)",
    )
    unit: Line | None = Field(
        None, description="Đơn vị của người viết, in trong ngoặc sau tên (một lần cho nhiều người cùng đơn vị)",
        examples=["Công an tỉnh"],
    )

    @field_validator("unit")
    @classmethod
    def _unit_of_a_person(cls, value: str | None, info: ValidationInfo) -> str | None:
        if value and info.data.get("kind") == "organisation":
            raise PydanticCustomError(
                "author", "chỉ người viết (kind: person) mới có đơn vị; tác giả là đơn vị thì ghi tên đơn vị ở name"
            )
        return value


class Source(Strict):
    """The newspaper an article is reprinted or retold from: "Theo Báo Nghệ An"."""

    name: Text = Field(description="Tên cơ quan báo chí", examples=["Báo Nghệ An"])
    url: Link | None = Field(None, description="Địa chỉ bài gốc: http(s)://…", examples=["https://baonghean.vn/ten-bai-viet.html"])


class Correction(Strict):
    """"Đính chính": what the newsroom corrected after publication, shown at the end of the article."""

    date: Date = Field(description="Ngày đính chính", examples=["2024-06-28"])
    note: LongText = Field(
        description="Nội dung đính chính, như tòa soạn đăng",
        examples=["Bài viết ghi nhầm số quyết định là 328/QĐ-UBND; đúng là 382/QĐ-UBND."],
    )


class Article(Strict):
    """data/articles/<year>/<id>.yaml: one published article."""

    id: Id
    title: Text = Field(examples=["{{ awards.total }} tập thể, cá nhân được khen thưởng"])
    date: Date = Field(examples=["2024-06-26"])
    time: Clock | None = Field(None, description="Giờ đăng bài, nếu nguồn ghi: \"HH:MM\" trong ngoặc kép")
    timezone: Annotated[str, AfterValidator(_check_zone)] = Field(
        VIETNAM_ZONE, description="Múi giờ của giờ đăng (mặc định giờ Việt Nam, +07:00)", examples=[VIETNAM_ZONE]
    )
    lead: LongText = Field(description="Sapo, in đậm dưới tiêu đề")
    body: Annotated[str, Field(min_length=1)] = Field(description="Nội dung (Markdown; tối đa 100.000 ký tự)")
    byline: Text | None = Field(
        None, description="Cách ghi ngắn cho một tác giả là đơn vị (bằng authors với kind: organisation)",
        examples=["Phòng CTĐ và CTCT"],
    )
    authors: list[Author] = Field(
        [], min_length=1, description="Tác giả: một hoặc nhiều người viết hoặc đơn vị; bài đăng lại có thể không có"
    )
    source: Source | None = Field(None, description="Nguồn của bài đăng lại: hiện \"Theo ...\" cuối bài")
    campaign: Id | None = None
    figures: list[Figure] = []
    ceremony: Ceremony | None = Field(None, description="Buổi lễ trao khen thưởng mà bài viết thuật lại")
    photo_credit: Credit = Field(
        None, description="Tác giả mọi ảnh trong bài, khi nguồn ghi chung (ảnh có credit riêng thì theo credit đó)",
        examples=["Ngọc Minh"],
    )
    decisions: list[Id] = Field([], description="Các quyết định khen thưởng được công bố trong bài")
    statistics: list[StatisticGroup] = []
    corrections: list[Correction] = Field(
        [], min_length=1, description="Các lần đính chính sau khi đăng (ngày, nội dung); hiện cuối bài, mới nhất trước"
    )
    illustrative: bool = Field(
        False,
        description="true nếu bài là bài minh họa (địa danh, cơ quan, sự việc giả định): trang bài hiện lời báo "
        "'Bài minh họa'; bài thật thì bỏ trống",
    )

    @field_validator("authors")
    @classmethod
    def _one_way_of_writing(cls, value: list[Author], info: ValidationInfo) -> list[Author]:
        if value and info.data.get("byline"):
            raise PydanticCustomError(
                "author", "bài đã có byline; ghi tác giả ở một chỗ: bỏ dòng byline và thêm tác giả đó vào authors"
            )
        return value

    @field_validator("photo_credit")
    @classmethod
    def _photos_to_credit(cls, value: str | None, info: ValidationInfo) -> str | None:
        if value and "figures" in info.data and not info.data["figures"]:
            raise PydanticCustomError(
                "author", "bài không có ảnh (figures) nên không có gì để ghi tác giả ảnh; hãy bỏ dòng photo_credit"
            )
        return value

    @property
    def writers(self) -> list[Author]:
        """The authors, a byline read as one unit."""
        if self.byline:
            return [Author(name=self.byline, kind="organisation", unit=None)]
        return list(self.authors)


class Signer(Strict):
    """Only when the source names the signer: never invented, never a real official's name as an example."""

    title: Text = Field(examples=["KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"])
    name: Text = Field(examples=["Nguyễn Văn A"])


class Counts(Strict):
    collectives: Count | None = None
    individuals: Count | None = None


RecipientId = Annotated[
    str,
    _id_field("Mã hồ sơ: giống nhau cho cùng một người hay đơn vị ở mọi quyết định", "nguyen-van-a-cong-an-xa-a"),
    AfterValidator(_check_id),
]


class Collective(Strict):
    id: RecipientId | None = None
    name: Text = Field(examples=["Công an xã A, huyện X"])
    locality: Line | None = Field(None, description="Địa bàn như ghi trong quyết định")
    # The name stays as the decision writes it; the id lets the organisation's page list what it received.
    organisation: Id | None = Field(
        None,
        description="Mã cơ quan, đơn vị trong data/organisations.yaml, khi tập thể được khen là cơ quan, đơn vị đó",
        examples=["cong-an-xa-y"],
    )


class Individual(Strict):
    """Only what may be published: never ID numbers, birth dates, phones or home addresses."""

    id: RecipientId | None = None
    name: Text = Field(description="Họ và tên", examples=["Nguyễn Văn A"])
    given: Line | None = Field(None, description="Tên, khi tên có hai âm tiết", examples=["Bình Minh"])
    rank: Line | None = Field(None, description="Cấp bậc", examples=["Đại tá"])
    position: Line | None = Field(None, description="Chức vụ", examples=["Phó Giám đốc"])
    unit: Line | None = Field(None, description="Đơn vị", examples=["Công an tỉnh"])
    locality: Line | None = None


class Removed(Strict):
    """A recipient whose name was removed at their request (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15):
    only the date is kept, so that counts stay right and the name is in no file, page or index."""

    removed: Date = Field(description="Ngày gỡ tên theo yêu cầu của người được khen", examples=["2026-05-01"])

    @model_validator(mode="before")
    @classmethod
    def _nothing_else(cls, value: Any) -> Any:
        if isinstance(value, dict) and set(value) - {"removed"}:
            fields = ", ".join(str(k) for k in value if k != "removed")
            raise PydanticCustomError(
                "personal_data",
                "mục đã gỡ tên theo yêu cầu (removed) chỉ ghi ngày gỡ; hãy xóa {fields}: "
                "theo Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15, tên và thông tin của người hoặc tập thể đó không được còn trong dữ liệu",
                {"fields": fields},
            )
        return value


def _entry_tag(value: Any) -> str:
    """A list entry with 'removed' is a removal record; anything else is a named recipient."""
    if isinstance(value, dict):
        return "Removed" if "removed" in value else "named"
    return "Removed" if isinstance(value, Removed) else "named"


IndividualEntry = Annotated[
    Annotated[Individual, Tag("named")] | Annotated[Removed, Tag("Removed")], Discriminator(_entry_tag)
]
CollectiveEntry = Annotated[
    Annotated[Collective, Tag("named")] | Annotated[Removed, Tag("Removed")], Discriminator(_entry_tag)
]


_PERIOD = re.compile(r"(\d{4})(?:-(\d{4}))?")


def _check_period(value: Any) -> int | str:
    """A year (bare, as YAML reads 2019, or quoted) or two years "2019-2024", each a plausible year.
    One validator rather than a union, so that a wrong value gets one message that says both forms
    (validation adds the value as written). A range of one year is that year."""
    found = _PERIOD.fullmatch(value) if isinstance(value, str) else None
    if isinstance(value, bool) or not isinstance(value, int) and found is None:
        raise PydanticCustomError(
            "period",
            "thời gian đạt thành tích phải là một năm (ví dụ 2019) hoặc hai năm nối bằng dấu '-', "
            "đặt trong ngoặc kép (ví dụ \"2019-2024\")",
        )
    years = [str(value)] if found is None else [y for y in found.groups() if y]
    for year in years:
        if not FIRST_YEAR <= int(year) <= LAST_YEAR:
            raise PydanticCustomError(
                "date_range",
                "năm {year} không hợp lý; năm phải trong khoảng {first} đến {last}",
                {"year": year, "first": FIRST_YEAR, "last": LAST_YEAR},
            )
    # "2019-2019" is the year 2019: one key for one period in rolls, filters and open data.
    return years[0] if len(years) == 2 and years[0] == years[1] else value


# A year may be written bare (period: 2019): YAML reads it as a number, which is what the editor meant.
Period = Annotated[
    int | str,
    PlainValidator(_check_period),
    WithJsonSchema({
        "anyOf": [
            {"type": "integer", "minimum": FIRST_YEAR, "maximum": LAST_YEAR},
            {"type": "string", "pattern": r"^\d{4}(-\d{4})?$", "examples": ["2019-2024"]},
        ]
    }),
]


class Presenter(Strict):
    """Who handed the award over, as the source says: "Giám đốc Công an tỉnh trao", or
    "thừa ủy quyền của Bộ trưởng Bộ Công an, Giám đốc Công an tỉnh trao"."""

    organisation: Id = Field(
        description="Mã cơ quan của người trao, trong data/organisations.yaml; bắt buộc, kể cả khi thừa ủy quyền",
        examples=["cong-an-tinh"],
    )
    office: Text | None = Field(
        None,
        description="Chức danh người trao, không kèm tên cơ quan; bỏ trống là người đứng đầu cơ quan (head)",
        examples=["Phó Giám đốc"],
    )
    on_behalf: bool = Field(
        False, description="true nếu bài viết ghi người trao 'thừa ủy quyền' của người ký quyết định"
    )


class Revocation(Strict):
    """The decision was revoked (hủy bỏ) by another decision; it stays published, marked as revoked."""

    date: Date = Field(description="Ngày của quyết định hủy bỏ", examples=["2025-03-10"])
    by: Text = Field(
        description="Quyết định hủy bỏ: số quyết định (12/QĐ-UBND) hoặc mã một quyết định của bản tin này",
        examples=["12/QĐ-UBND"],
    )
    reason: LongText | None = Field(None, description="Lý do hủy bỏ, nếu quyết định hủy bỏ công bố")


class Decision(Strict):
    """data/decisions/<year>/<id>.yaml: one award decision, recording what the source says and no more."""

    id: Id
    number: str | None = Field(None, pattern=r"^\d+/[^\s/]+", examples=["328/QĐ-UBND"])
    date: Date | None = Field(None, examples=["2024-06-20"])
    issuer: Id = Field(description="Mã cơ quan có người đứng đầu ký quyết định", examples=["ubnd-tinh"])
    form: Id = Field(description="Mã hình thức khen thưởng hoặc danh hiệu thi đua", examples=["bang-khen"])
    grade: Text | None = Field(None, description="Hạng, khi hình thức có hạng", examples=["hạng Ba"])
    presented_by: Presenter | None = Field(None, description="Người trao, nếu bài viết nêu")
    campaign: Id | None = None
    occasion: Text | None = Field(
        None, description="Dịp khen thưởng, theo lời bài viết (sau chữ 'nhân dịp')",
        examples=["kỷ niệm 75 năm Ngày truyền thống lực lượng Công an nhân dân"],
    )
    extraordinary: bool = Field(False, description="true nếu là khen thưởng đột xuất")
    period: Period | None = Field(
        None,
        description="Thời gian đạt thành tích: một năm (2019) hoặc YYYY-YYYY; mặc định là giai đoạn của phong trào",
    )
    basis: list[Text] = Field([], description="Căn cứ, như quyết định ghi", examples=[["Quyết định số 521/QĐ-TTg"]])
    signer: Signer | None = None
    reason: LongText | None = Field(
        None, examples=["vì đã có thành tích xuất sắc trong phong trào toàn dân bảo vệ an ninh Tổ quốc"]
    )
    names: Literal["unpublished"] | None = Field(
        None,
        description="unpublished nếu bài viết không công bố danh sách người, đơn vị được khen (khi đó không ghi "
        "collectives, individuals; ghi counts nếu bài viết nêu số lượng)",
    )
    counts: Counts | None = Field(None, description="Số lượng bài viết công bố")
    collectives: list[CollectiveEntry] = Field(
        [], description="Tập thể được khen; một mục gỡ tên theo yêu cầu ghi '- removed: <ngày>'"
    )
    individuals: list[IndividualEntry] = Field(
        [], description="Cá nhân được khen; một mục gỡ tên theo yêu cầu ghi '- removed: <ngày>'"
    )
    revoked: Revocation | None = Field(None, description="Nếu quyết định đã bị hủy bỏ: ngày, quyết định hủy bỏ, lý do")
    illustrative: bool = Field(
        False,
        description="true nếu tên người, đơn vị trong danh sách là minh họa, không phải danh sách thật: trang quyết định, "
        "bài công bố và trang hồ sơ của những tên này hiện lời báo; danh sách thật thì bỏ trống",
    )
