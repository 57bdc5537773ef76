"""data/decisions/<year>/<id>.yaml: one award decision and its recipients, recording what the
source says and no more."""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from pydantic import Discriminator, Field, PlainValidator, Tag, WithJsonSchema, model_validator
from pydantic_core import PydanticCustomError

from bulletin.data.documents.fields import (
    FIRST_YEAR,
    LAST_YEAR,
    Count,
    Date,
    Id,
    Line,
    LongText,
    RecipientId,
    Strict,
    Text,
)


class Signer(Strict):
    """Only when the source names the signer: never invented, never a real official's name as an example."""

    title: Text = Field(examples=["KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"])
    name: Text = Field(examples=["Nguyễn Văn A"])


class Counts(Strict):
    collectives: Count | None = None
    individuals: Count | None = None


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
    if isinstance(value, bool) or (not isinstance(value, int) and found is None):
        raise PydanticCustomError(
            "period",
            "thời gian đạt thành tích phải là một năm (ví dụ 2019) hoặc hai năm nối bằng dấu '-', "
            'đặt trong ngoặc kép (ví dụ "2019-2024")',
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
    WithJsonSchema(
        {
            "anyOf": [
                {"type": "integer", "minimum": FIRST_YEAR, "maximum": LAST_YEAR},
                {"type": "string", "pattern": r"^\d{4}(-\d{4})?$", "examples": ["2019-2024"]},
            ]
        }
    ),
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
        None,
        description="Dịp khen thưởng, theo lời bài viết (sau chữ 'nhân dịp')",
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
