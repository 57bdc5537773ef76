"""data/metrics.yaml: the statistics that articles may report."""

from __future__ import annotations

from pydantic import Field

from bulletin.data.documents.fields import Id, Strict, Text


class Metric(Strict):
    id: Id
    label: Text = Field(description="Tên chỉ tiêu", examples=["Buổi tuyên truyền"])
    unit: Text = Field(description="Đơn vị tính", examples=["buổi"])
    summable: bool = Field(description="true nếu được cộng dồn giữa các hội")
    headline: bool = Field(False, description="true để hiện tổng của chỉ tiêu này trên trang chủ")


class MetricList(Strict):
    """data/metrics.yaml: the statistics that articles may report."""

    metrics: list[Metric] = Field(min_length=1)
