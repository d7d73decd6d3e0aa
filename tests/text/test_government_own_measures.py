"""Round 35's convention on the government's own measures, on sentences of our own
(docs/QUALITY.md, "Conventions aligned (round 35)").

The government's own measures counted (出台18条措施, 出台稳就业政策24项, 完成46条改革举措) are no
items: its own acts, counted by a package's articles; what the measures do is the item. Counted by
what others made of them (860余项政策实现“免申即享”) or as a pilot zone's innovations (45项全国
首创举措) they stay items."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from tests.text.extracted import extracted

REPORT_DAY = dt.date(2031, 1, 25)


def _figures(text: str) -> list[tuple[Decimal, str]]:
    return [(i.value, i.unit) for i in extracted(text, REPORT_DAY, "day")]


def test_a_package_of_measures_issued_is_no_item_wherever_its_count_stands():
    assert _figures("2030年，出台支持外贸企业稳订单18条措施，外贸进出口增长6%。") == [
        (Decimal(6), "%")
    ]
    assert _figures("2030年，出台稳就业政策24项，新增就业8.5万人。") == [(Decimal("8.5"), "万人")]
    assert _figures("2030年，出台稳增长措施近80条。") == []
    assert _figures("2030年，出台12条举措。") == []


def test_packages_listed_by_their_counts_before_deng_are_no_items():
    assert _figures("2030年，制定实施稳外贸10条、支持消费8条等政策措施，消费增长5%。") == [
        (Decimal(5), "%")
    ]


def test_measures_carried_out_completed_or_reviewed_are_no_items():
    assert _figures("2030年，实施优化营商环境35条升级举措。") == []
    assert _figures("2030年，全面完成数字政府建设46条改革举措。") == []
    assert _figures("2030年，完成210项市级政策文件清理。") == []


def test_measures_counted_by_what_others_made_of_them_stay_items():
    assert _figures("2030年，860余项政策实现“免申即享”。") == [(Decimal(860), "项")]
    assert _figures("2030年，12项创新举措入选全国改革案例。") == [(Decimal(12), "项")]


def test_a_pilot_zones_innovations_counted_stay_an_item():
    assert _figures("2030年，综合保税区推出45项全国首创举措。") == [(Decimal(45), "项")]
