"""data/articles/<year>/<id>.yaml: one published article, with its authors, figures, statistics,
the ceremony it reports and its corrections."""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, Field, PlainValidator, ValidationInfo, WithJsonSchema, field_validator
from pydantic_core import PydanticCustomError

from bulletin.data.documents.addresses import Link
from bulletin.data.documents.fields import MAX_VALUE, Date, Id, Line, LongText, Strict, Text
from bulletin.vietnamese.formatting import VIETNAM_ZONE, zone


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
        None,
        description="Mã cơ quan, đơn vị tổ chức buổi lễ (trong data/organisations.yaml)",
        examples=["cong-an-tinh"],
    )
    place: Text | None = Field(None, description="Nơi tổ chức, như bài viết ghi", examples=["Hội trường Công an tỉnh"])
    date: Date | None = Field(None, description="Ngày tổ chức, như bài viết ghi", examples=["2024-06-26"])
    part_of_day: PartOfDay | None = Field(
        None, description="Buổi (sáng, chiều hoặc tối) nếu bài viết nêu; cần ghi cả date", examples=["sáng"]
    )


_CLOCK = re.compile(r"([01]?[0-9]|2[0-3]):([0-5][0-9])")


def check_clock(value: Any) -> dt.time:
    """ "08:30", quoted (unquoted, YAML 1.1 would read a number of minutes: yamlbuild refuses it)."""
    found = _CLOCK.fullmatch(value) if isinstance(value, str) else None
    if found is None:
        raise PydanticCustomError(
            "clock", 'giờ đăng viết dạng giờ:phút theo đồng hồ 24 giờ, trong ngoặc kép, ví dụ "08:30"'
        )
    return dt.time(int(found.group(1)), int(found.group(2)))


Clock = Annotated[
    dt.time,
    PlainValidator(check_clock),
    WithJsonSchema({"type": "string", "pattern": f"^{_CLOCK.pattern}$", "examples": ["08:30"]}),
]

_ZONE_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*")


def _check_zone(value: str) -> str:
    if not _ZONE_NAME.fullmatch(value) or zone(value) is None:
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
        None,
        description="Đơn vị của người viết, in trong ngoặc sau tên (một lần cho nhiều người cùng đơn vị)",
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
    url: Link | None = Field(
        None, description="Địa chỉ bài gốc: http(s)://…", examples=["https://baonghean.vn/ten-bai-viet.html"]
    )


class Correction(Strict):
    """ "Đính chính": what the newsroom corrected after publication, shown at the end of the article."""

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
    time: Clock | None = Field(None, description='Giờ đăng bài, nếu nguồn ghi: "HH:MM" trong ngoặc kép')
    timezone: Annotated[str, AfterValidator(_check_zone)] = Field(
        VIETNAM_ZONE, description="Múi giờ của giờ đăng (mặc định giờ Việt Nam, +07:00)", examples=[VIETNAM_ZONE]
    )
    lead: LongText = Field(description="Sapo, in đậm dưới tiêu đề")
    body: Annotated[str, Field(min_length=1)] = Field(description="Nội dung (Markdown; tối đa 100.000 ký tự)")
    byline: Text | None = Field(
        None,
        description="Cách ghi ngắn cho một tác giả là đơn vị (bằng authors với kind: organisation)",
        examples=["Phòng CTĐ và CTCT"],
    )
    authors: list[Author] = Field(
        [], min_length=1, description="Tác giả: một hoặc nhiều người viết hoặc đơn vị; bài đăng lại có thể không có"
    )
    source: Source | None = Field(None, description='Nguồn của bài đăng lại: hiện "Theo ..." cuối bài')
    campaign: Id | None = None
    figures: list[Figure] = []
    ceremony: Ceremony | None = Field(None, description="Buổi lễ trao khen thưởng mà bài viết thuật lại")
    photo_credit: Credit = Field(
        None,
        description="Tác giả mọi ảnh trong bài, khi nguồn ghi chung (ảnh có credit riêng thì theo credit đó)",
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
