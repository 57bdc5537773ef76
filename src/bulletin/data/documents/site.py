"""data/bulletin.yaml: the bulletin itself and its publisher's public contact details."""

from __future__ import annotations

import re

from pydantic import Field

from bulletin.data.documents.addresses import SiteAddress
from bulletin.data.documents.fields import Line, Strict, Text

_PHONE = re.compile(r"\+?[0-9][0-9 .()-]{2,22}[0-9]")
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+")


class Contact(Strict):
    """The publisher's public contact details: the one place such details belong."""

    address: Text | None = Field(None, description="Địa chỉ trụ sở", examples=["Số 1 đường Trần Hưng Đạo, phường X"])
    phone: str | None = Field(
        None,
        pattern=f"^{_PHONE.pattern}$",
        description="Số điện thoại công khai (đường dây nóng)",
        examples=["0271 3879 123"],
    )
    email: str | None = Field(
        None, pattern=f"^{_EMAIL.pattern}$", description="Thư điện tử công khai", examples=["bantin@congan.example.vn"]
    )


class Site(Strict):
    """data/bulletin.yaml: the bulletin itself."""

    title: Text = Field(description="Tên bản tin", examples=["Bản tin khen thưởng"])
    tagline: Line | None = Field(None, description="Dòng giới thiệu ngắn")
    publisher: Text = Field(description="Cơ quan xuất bản", examples=["Công an tỉnh"])
    url: SiteAddress | None = Field(
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
    edit_url: SiteAddress | None = Field(
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
