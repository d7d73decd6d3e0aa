"""Round 28a's conventions, on sentences of our own (docs/QUALITY.md, "Conventions aligned
(round 28a)").

A rank held 连续N年 is one rank item over the N years it names, ending with the year reached,
as a level held 连续N年 is: the text claims the rank for each of those years. A figure shared
with 双双 by members named before it is one item per member, as with 均. The investment of one
project named (or of projects named one by one) describes the project and is no item; the
investment of a counted set of projects stays one."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from tests.text.extracted import extracted

REPORT_DAY = dt.date(2031, 1, 25)


def _found(text: str):
    return extracted(text, REPORT_DAY, "day")


def _years(first: int, last: int) -> tuple[dt.date, dt.date]:
    return dt.date(first, 1, 1), dt.date(last, 12, 31)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("2030年，全市货运量、客运量双双超过5000万吨。", Decimal("5000"), "万吨"),
        ("2030年，全市住户存、贷款余额双双突破9000亿元。", Decimal("9000"), "亿元"),
        ("2030年，全市铁路和航空客运量双双超过千万人次。", Decimal("1000"), "万人次"),
    ],
)
def test_a_figure_shared_with_shuangshuang_by_named_members_is_one_item_each(text, value, unit):
    found = _found(text)
    assert [(i.kind, i.value, i.unit, i.comparator) for i in found] == [
        ("evidence", value, unit, "more_than")
    ] * 2
    assert {(i.period_start, i.period_end) for i in found} == {_years(2030, 2030)}
    # each member's item quotes from that member on, so an editor sees whose figure it is
    assert found[0].start < found[1].start


def test_shuangshuang_after_one_member_stays_one_item():
    found = _found(
        "2030年，全市外贸进出口额突破600亿元，增速双双居全省前列；客运量双双超过5000万人次。"
    )
    assert [(i.value, i.unit) for i in found] == [
        (Decimal("600"), "亿元"),
        (Decimal("5000"), "万人次"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "2030年，总投资近300亿元的东湖储能基地、西山抽水蓄能电站开工建设。",
        "2030年，投资45亿元的特种纤维项目完成主体施工。",
    ],
)
def test_the_investment_of_a_project_named_is_no_item(text):
    assert [i for i in _found(text) if i.unit == "亿元"] == []


def test_the_investment_of_a_counted_set_of_projects_stays_an_item():
    found = _found("2030年，投资45亿元的特种纤维项目完成主体施工，全市12个重大项目总投资80亿元。")
    assert [(i.value, i.unit) for i in found if i.unit == "亿元"] == [(Decimal("80"), "亿元")]
