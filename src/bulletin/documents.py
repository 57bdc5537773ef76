"""The shape of every data file, one model per kind of real-world document.

Pydantic validates the files and, from the same classes, can emit the JSON Schema
that editors' tools use, so the two can never drift apart. Field names are short
English words; descriptions are in Vietnamese for the editors who read them.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

Id = Annotated[
    str,
    Field(
        pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$",
        description="Mã: chữ thường không dấu, số và dấu '-'",
        examples=["hoi-nong-dan-tinh"],
    ),
]
Text = Annotated[str, Field(min_length=1)]
Count = Annotated[int, Field(ge=0, examples=[15])]


class Strict(BaseModel):
    # Strict types: "15" in quotes is text, not a number; unknown keys are errors, not ignored.
    # Surrounding spaces are dropped, so "  " counts as empty (an alt text of spaces is no alt text).
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True, str_strip_whitespace=True)


class Site(Strict):
    """data/bulletin.yaml: the bulletin itself."""

    title: Text = Field(description="Tên bản tin", examples=["Bản tin khen thưởng"])
    tagline: str | None = Field(None, description="Dòng giới thiệu ngắn")
    publisher: Text = Field(description="Cơ quan xuất bản", examples=["Công an tỉnh"])
    url: str | None = Field(
        None,
        pattern=r"^https?://[^\s/]+(/[^\s]*)?/$",
        description="Địa chỉ công khai của bản tin, kết thúc bằng '/'",
        examples=["https://bantin.example.vn/"],
    )
    sample: bool = Field(False, description="true nếu tên người và đơn vị chỉ là minh họa")
    sample_notice: str | None = Field(None, description="Lời báo dữ liệu minh họa hiện trên mọi trang")


class Organisation(Strict):
    id: Id
    name: Text = Field(description="Tên đầy đủ", examples=["Hội Nông dân tỉnh"])
    short_name: Text = Field(description="Tên ngắn", examples=["Hội ND tỉnh"])


class OrganisationList(Strict):
    """data/organisations.yaml: issuing bodies and partner associations."""

    organisations: list[Organisation] = Field(min_length=1)


class Form(Strict):
    id: Id
    name: Text = Field(description="Tên hình thức khen thưởng", examples=["Bằng khen"])


class FormList(Strict):
    """data/forms.yaml: forms of commendation, highest first."""

    forms: list[Form] = Field(min_length=1)


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
    start_year: int = Field(ge=1945, le=2100, examples=[2019])
    end_year: int = Field(ge=1945, le=2100, examples=[2024])
    description: str | None = None


class Figure(Strict):
    id: Id
    image: Text = Field(description="Đường dẫn ảnh trong data/media/", examples=["media/2024/hoi-nghi.svg"])
    caption: Text = Field(description="Chú thích ảnh")
    alt: Text = Field(description="Mô tả ảnh cho người khiếm thị")


# "Tính đến tháng 5/2024": a month (2024-05) or, when the article gives one, a day.
AsOf = (
    Annotated[
        str,
        Field(pattern=r"^\d{4}-(0[1-9]|1[0-2])$", description="Tháng: YYYY-MM", examples=["2024-05"]),
    ]
    | dt.date
)


class Statistic(Strict):
    metric: Id = Field(description="Mã chỉ tiêu trong data/metrics.yaml", examples=["buoi-tuyen-truyen"])
    value: int | float = Field(ge=0, examples=[6063])
    approximate: bool = Field(False, description="true nếu bài viết ghi 'gần', 'khoảng'")
    as_of: AsOf | None = None
    detail: str | None = Field(None, description="Diễn giải theo lời bài viết")


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


class Article(Strict):
    """data/articles/<year>/<id>.yaml: one published article."""

    id: Id
    title: Text = Field(examples=["{{ awards.total }} tập thể, cá nhân được khen thưởng"])
    date: dt.date = Field(examples=["2024-06-26"])
    lead: Text = Field(description="Sapo, in đậm dưới tiêu đề")
    body: Text = Field(description="Nội dung (Markdown)")
    byline: Text = Field(examples=["Phòng CTĐ và CTCT"])
    campaign: Id | None = None
    figures: list[Figure] = []
    decisions: list[Id] = Field([], description="Các quyết định khen thưởng được công bố trong bài")
    statistics: list[StatisticGroup] = []


class Signer(Strict):
    title: Text = Field(examples=["KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"])
    name: Text = Field(examples=["Nguyễn Văn A"])


class Counts(Strict):
    collectives: Count | None = None
    individuals: Count | None = None


RecipientId = Annotated[
    str,
    Field(
        pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$",
        description="Mã hồ sơ: giống nhau cho cùng một người hay đơn vị ở mọi quyết định",
        examples=["nguyen-van-an-1975"],
    ),
]


class Collective(Strict):
    id: RecipientId | None = None
    name: Text = Field(examples=["Công an xã Tân Lập, huyện Đồng Phú"])
    locality: str | None = Field(None, description="Địa bàn như ghi trong quyết định")


class Individual(Strict):
    """Only what may be published: never ID numbers, birth dates, phones or home addresses."""

    id: RecipientId | None = None
    name: Text = Field(description="Họ và tên", examples=["Đinh Xuân Thiệp"])
    given: str | None = Field(None, description="Tên, khi tên có hai âm tiết", examples=["Bình Minh"])
    rank: str | None = Field(None, description="Cấp bậc", examples=["Đại tá"])
    position: str | None = Field(None, description="Chức vụ", examples=["Phó Giám đốc"])
    unit: str | None = Field(None, description="Đơn vị", examples=["Công an tỉnh"])
    locality: str | None = None


class Decision(Strict):
    """data/decisions/<year>/<id>.yaml: one award decision and its recipients."""

    id: Id
    number: str | None = Field(None, pattern=r"^\d+/[^\s/]+", examples=["328/QĐ-UBND"])
    date: dt.date | None = Field(None, examples=["2024-06-20"])
    issuer: Id = Field(description="Mã cơ quan ký quyết định", examples=["ubnd-tinh"])
    form: Id = Field(description="Mã hình thức khen thưởng", examples=["bang-khen"])
    campaign: Id | None = None
    signer: Signer | None = None
    reason: Text = Field(examples=["vì đã có thành tích xuất sắc trong phong trào toàn dân bảo vệ an ninh Tổ quốc"])
    counts: Counts | None = Field(None, description="Số lượng đã công bố khi chưa nhập tên")
    collectives: list[Collective] = []
    individuals: list[Individual] = []
