"""data/campaigns/<id>.yaml: a movement and its period."""

from __future__ import annotations

from pydantic import Field

from bulletin.data.documents.fields import FIRST_YEAR, LAST_YEAR, Id, LongText, Strict, Text


class Campaign(Strict):
    """data/campaigns/<id>.yaml: a movement and its period."""

    id: Id
    name: Text = Field(examples=["Phong trào toàn dân bảo vệ an ninh Tổ quốc"])
    short_name: Text = Field(examples=["ANTQ"])
    start_year: int = Field(ge=FIRST_YEAR, le=LAST_YEAR, examples=[2019])
    end_year: int = Field(ge=FIRST_YEAR, le=LAST_YEAR, examples=[2024])
    description: LongText | None = None
