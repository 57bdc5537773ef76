"""data/forms.yaml: the Law's vocabulary: laws, levels, forms and titles, authorities and what
each may award."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from bulletin.data.documents.fields import Date, Id, Line, Strict, Text

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
    grades: list[Text] = Field(
        [], description="Các hạng, từ cao xuống thấp", examples=[["hạng Nhất", "hạng Nhì", "hạng Ba"]]
    )
    recipients: list[RecipientKind] | None = Field(
        None,
        min_length=1,
        description="Ai được nhận: collectives (tập thể), individuals (cá nhân); không ghi dòng này là cả hai",
        examples=[["collectives"]],
    )
    basis: Line | None = Field(
        None, description="Căn cứ pháp lý về đối tượng được nhận", examples=["Luật Thi đua, khen thưởng 2022, Điều 8"]
    )
    of: Literal["office", "body"] | None = Field(
        None,
        description='Tên gọi theo ai: office (theo chức danh người ký: "Bằng khen của Chủ tịch UBND tỉnh", mặc định) '
        'hoặc body (theo cơ quan: "Cờ thi đua của UBND tỉnh", "Kỷ niệm chương của Bộ Công an"); '
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
