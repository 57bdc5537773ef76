"""data/organisations.yaml: issuing bodies and partner associations, with their former names."""

from __future__ import annotations

import datetime as dt

from pydantic import Field

from bulletin.data.documents.fields import Date, Id, Line, Strict, Text


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
        None,
        description="Ngày cuối cùng cơ quan còn hoạt động (cơ quan cấp huyện: 2025-06-30); bỏ trống nếu còn hoạt động",
        examples=["2025-06-30"],
    )
    successors: list[Id] = Field(
        [],
        description="Mã các cơ quan kế thừa (sau sáp nhập, giải thể): mã trong data/organisations.yaml",
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
