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
    ("text", "first"),
    [
        # one year's review, the run written with digits or in words, the field before the rank
        ("2030年，全市茶叶产量连续12年居全省首位，外贸进出口总额突破500亿元。", 2019),
        ("一年来，全市地区生产总值迈上8000亿元新台阶，连续九年居全省第一。", 2022),
        ("一年来，龙头企业甲公司连续8年产销量在全国同行业中排名第一。", 2023),
        # a five-year review: the run ends with the review's last year, not the review's span
        ("过去五年，全市小麦种植面积连续四年蝉联全省第一。", 2027),
    ],
)
def test_a_rank_held_for_a_run_of_years_is_dated_over_those_years(text, first):
    (rank,) = [i for i in _found(text) if i.measure == "rank"]
    assert (rank.kind, rank.value, rank.unit) == ("evidence", Decimal("1"), "")
    assert (rank.period_start, rank.period_end) == _years(first, 2030)


def test_a_rank_without_a_run_stays_the_year_reached_and_other_figures_keep_their_year():
    found = {
        i.value: i
        for i in _found("2030年，全市茶叶产量连续12年居全省首位，外贸进出口总额突破500亿元。")
    }
    assert (found[Decimal("500")].period_start, found[Decimal("500")].period_end) == _years(
        2030, 2030
    )
    (rank,) = _found("过去五年，全市小麦种植面积居全省第一。")
    assert (rank.period_start, rank.period_end) == _years(2030, 2030)


def test_a_level_held_for_a_run_of_years_in_one_years_review_is_over_those_years():
    (level,) = _found("2030年，全市粮食产量连续7年稳定在200万吨以上。")
    assert (level.value, level.unit) == (Decimal("200"), "万吨")
    assert (level.period_start, level.period_end) == _years(2024, 2030)


def test_a_target_to_hold_a_level_another_year_stays_the_targets_year():
    (target,) = _found("2031年，确保粮食产量连续10年稳定在200万吨以上。")
    assert target.kind == "commitment"
    assert (target.period_start, target.period_end) == _years(2031, 2031)


def test_a_run_of_months_before_a_rank_is_a_duration_and_no_item():
    assert _found("2030年，全市消费增速连续8个月全省第一。") == []


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
