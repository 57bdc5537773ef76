"""The rule for adding up partners' figures (statistics.sum_key), read directly on the core.

Figures are added only when they measure the same thing over the same time: same metric, same
period, same as-of. Fixture data of its own, so the sample can change.
"""

from __future__ import annotations

import datetime as dt
import re
from types import SimpleNamespace

from bulletin import model
from bulletin.data import documents as d
from bulletin.model import statistics
from bulletin.outputs import charts

SESSIONS = d.Metric(id="buoi", label="Buổi tuyên truyền", unit="buổi", summable=True, headline=True)
MODELS = d.Metric(id="mo-hinh", label="Mô hình tự quản", unit="mô hình", summable=False, headline=True)
FARMERS = d.Organisation(id="hoi-a", name="Hội Nông dân xã X", short_name="Hội ND")
WOMEN = d.Organisation(id="hoi-b", name="Hội Liên hiệp Phụ nữ xã X", short_name="Hội LHPN")
YOUTH = d.Organisation(id="doan-c", name="Đoàn Thanh niên xã X", short_name="Đoàn TN")


def group(partner, items, period="2019-2024", as_of=None):
    """One partner's figures in an article: items are (metric, value, approximate, item as_of)."""
    stats = [
        model.Statistic(d.Statistic(metric=m.id, value=v, approximate=a, as_of=when), m) for m, v, a, when in items
    ]
    return model.StatisticGroup(partner, as_of, stats, period)


def gather(*groups) -> list[statistics.PeriodStats]:
    article = SimpleNamespace(id="bai", date=dt.date(2024, 6, 26), campaign=None, statistics=list(groups))
    return statistics.gather(SimpleNamespace(articles=[article]))


def only(periods: list[statistics.PeriodStats]) -> statistics.PeriodStats:
    assert len(periods) == 1
    return periods[0]


def test_same_metric_period_and_as_of_are_added_and_the_total_says_who_computed_it():
    stats = only(gather(group(FARMERS, [(SESSIONS, 6063, False, None)]), group(WOMEN, [(SESSIONS, 5960, False, None)])))
    [total] = stats.totals
    assert (total.value, total.approximate, total.parts) == (12023, False, 2)
    assert total.when == "giai đoạn 2019 – 2024"
    assert total.source == "tổng do bản tin tính từ số liệu của 2 hội"
    assert stats.figure("buoi") == total
    assert stats.headline() == [total]


def test_an_approximate_part_makes_the_total_approximate():
    stats = only(gather(group(FARMERS, [(SESSIONS, 6063, False, None)]), group(WOMEN, [(SESSIONS, 6000, True, None)])))
    [total] = stats.totals
    assert (total.value, total.approximate) == (12063, True)


def test_a_value_as_of_a_month_is_never_added_to_a_value_for_the_period():
    stats = only(
        gather(
            group(FARMERS, [(SESSIONS, 6063, False, None)]),
            group(WOMEN, [(SESSIONS, 5960, False, "2024-05")]),
        )
    )
    assert stats.totals == []
    assert stats.figure("buoi") is None  # two figures of different times: no single one to headline
    assert [[p.id for p, _ in g] for g in stats.partnered("buoi")] == [["hoi-a"], ["hoi-b"]]


def test_values_as_of_different_months_or_a_month_and_a_day_are_not_added():
    for other in ("2024-04", dt.date(2024, 5, 31)):
        stats = only(
            gather(
                group(FARMERS, [(SESSIONS, 100, False, None)], as_of="2024-05"),
                group(WOMEN, [(SESSIONS, 200, False, other)]),
            )
        )
        assert stats.totals == [], other


def test_values_as_of_the_same_month_are_added_and_labelled_with_that_month():
    stats = only(
        gather(
            group(FARMERS, [(SESSIONS, 100, False, None)], as_of="2024-05"),
            group(WOMEN, [(SESSIONS, 200, False, "2024-05")]),
            group(YOUTH, [(SESSIONS, 50, False, None)]),
        )
    )
    [total] = stats.totals
    assert (total.value, total.as_of, total.when) == (300, "2024-05", "tính đến tháng 5/2024")
    assert [p.id for p in total.partners] == ["hoi-a", "hoi-b"]
    assert stats.total("buoi") is None and stats.total("buoi", "2024-05") == total
    assert stats.figure("buoi") is None  # the youth union's figure for the period is left out of it


def test_different_periods_are_not_added():
    periods = gather(
        group(FARMERS, [(SESSIONS, 1200, False, None)], period="2023"),
        group(WOMEN, [(SESSIONS, 5960, False, None)], period="2019-2024"),
    )
    assert [p.period for p in periods] == ["2019-2024", "2023"]
    assert all(p.totals == [] for p in periods)
    assert [p.figure("buoi").when for p in periods] == ["giai đoạn 2019 – 2024", "năm 2023"]
    assert statistics.sum_key(SESSIONS, "2023", periods[1].partners[0].values["buoi"]) != statistics.sum_key(
        SESSIONS, "2019-2024", periods[0].partners[0].values["buoi"]
    )


def test_a_metric_that_is_not_summable_is_never_added():
    stats = only(gather(group(FARMERS, [(MODELS, 10, False, None)]), group(WOMEN, [(MODELS, 20, False, None)])))
    assert stats.totals == [] and stats.figure("mo-hinh") is None
    assert statistics.sum_key(MODELS, "2019-2024", stats.partners[0].values["mo-hinh"]) is None


def test_a_single_value_with_an_as_of_is_labelled_with_it_not_with_the_period():
    stats = only(gather(group(None, [(MODELS, 1134, False, None)], as_of="2024-05")))
    [figure] = stats.headline()
    assert (figure.value, figure.computed, figure.source) == (1134, False, None)
    assert figure.when == "tính đến tháng 5/2024"


def test_a_general_figure_next_to_a_total_leaves_no_single_figure():
    """A figure of no partner may already include the partners': neither is added nor preferred."""
    stats = only(
        gather(
            group(FARMERS, [(SESSIONS, 100, False, None)]),
            group(WOMEN, [(SESSIONS, 200, False, None)]),
            group(None, [(SESSIONS, 500, False, None)]),
        )
    )
    assert [t.value for t in stats.totals] == [300]
    assert stats.figure("buoi") is None


def test_a_total_from_partners_that_are_not_all_associations_names_them_as_partners():
    stats = only(gather(group(FARMERS, [(SESSIONS, 1, False, None)]), group(YOUTH, [(SESSIONS, 2, False, None)])))
    assert stats.totals[0].source == "tổng do bản tin tính từ số liệu của 2 tổ chức phối hợp"


def test_a_series_labels_as_of_figures_with_their_date_and_keeps_the_labels_inside_the_chart():
    periods = gather(
        *(
            group(None, [(MODELS, 900 + year, False, None)], period=str(year), as_of=f"{year}-12")
            for year in range(2019, 2024)
        ),
        group(None, [(MODELS, 1134, False, None)], period="2024", as_of="2024-05"),
    )
    found = statistics.series(periods, "mo-hinh")
    assert [f.short_when for f in found][-2:] == ["tính đến tháng 12/2023", "tính đến tháng 5/2024"]
    assert found[0].when == "tính đến tháng 12/2019"
    svg = charts.series_chart("Mô hình", "mô hình", [charts.Bar(f.short_when, f.value) for f in found], "x")
    labels = re.findall(r'<text [^>]*x="([\d.]+)"[^>]*>(tính đến[^<]*)</text>', svg)
    assert labels and all(len(text) * 3 <= float(x) <= charts.WIDTH - len(text) * 3 for x, text in labels)
