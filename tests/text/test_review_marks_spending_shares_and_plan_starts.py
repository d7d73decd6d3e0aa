"""Round 30's dating within a five-year review and around a plan, on sentences of our own
(docs/QUALITY.md, "Set 35 after round 30").

Marks a total passes in a review (连跨A、B两个台阶) are levels of its last year, and their count
is no item; awards won, laboratories restructured in, passengers and freight carried and the
share of spending that went to a field are the review's years'. A year named for an aim with no
figure beyond a plan (到2040年要…走在前列) leaves the plan's years to the sentences after it, and a
heading that names a plan for its start (推动“十六五”开好局) is the plan's first year."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from tests.text.extracted import extracted

REPORT_DAY = dt.date(2031, 1, 25)


def _found(text: str):
    return [
        (i.kind, i.value, i.unit, i.period_start, i.period_end)
        for i in extracted(text, REPORT_DAY, "day")
    ]


def _years(first: int, last: int) -> tuple[dt.date, dt.date]:
    return dt.date(first, 1, 1), dt.date(last, 12, 31)


def test_marks_passed_in_a_review_are_its_last_years_and_their_count_no_item():
    found = _found("过去五年，全市经济总量连跨8000亿元、9000亿元两个台阶。")
    assert found == [
        ("evidence", Decimal(8000), "亿元", *_years(2030, 2030)),
        ("evidence", Decimal(9000), "亿元", *_years(2030, 2030)),
    ]


def test_awards_laboratories_and_spending_shares_are_the_reviews_years():
    found = _found(
        "过去五年，重组入列全国重点实验室5家，获国家科学技术奖6项，财政支出近八成投向民生领域。"
    )
    assert found == [
        ("evidence", Decimal(5), "家", *_years(2026, 2030)),
        ("evidence", Decimal(6), "项", *_years(2026, 2030)),
        ("evidence", Decimal(8), "成", *_years(2026, 2030)),
    ]
    # a level the review reaches stays its last year's
    assert _found("过去五年，省级重点实验室达到60家。") == [
        ("evidence", Decimal(60), "家", *_years(2030, 2030))
    ]


def test_passengers_and_freight_carried_are_the_reviews_years():
    found = _found("过去五年，中欧班列运送旅客120万人次，港口运输货物3.5亿吨。")
    assert found == [
        ("evidence", Decimal(120), "万人次", *_years(2026, 2030)),
        ("evidence", Decimal("3.5"), "亿吨", *_years(2026, 2030)),
    ]
    # a level of visitors the review reaches stays its last year's
    assert _found("过去五年，全市接待游客达到8000万人次。") == [
        ("evidence", Decimal(8000), "万人次", *_years(2030, 2030))
    ]


def test_an_aim_beyond_the_plan_leaves_the_plans_years_to_the_next_sentence():
    text = (
        "市委提出，全市“十六五”时期要实现“五个新”，到2040年要在现代化建设中走在前列。"
        "《纲要草案》据此设定了今后五年的主要指标，包括地区生产总值年均增长5%左右。"
    )
    assert _found(text) == [("commitment", Decimal(5), "%", *_years(2031, 2035))]
    # an aim with a figure of its own keeps its year
    text = "全市“十六五”时期要加快发展，到2040年人均地区生产总值达到20万元。"
    assert _found(text) == [("commitment", Decimal(20), "万元", *_years(2040, 2040))]


def test_a_heading_naming_a_plan_for_its_start_is_the_plans_first_year():
    text = (
        "三、奋力推动“十六五”开好局、起好步\n"
        "今年的主要目标是：地区生产总值增长5%左右。\n"
        "四、建设人民满意的服务型政府\n"
        "我们将扎实推进20项为民办实事项目。\n"
    )
    assert _found(text) == [
        ("commitment", Decimal(5), "%", *_years(2031, 2031)),
        ("commitment", Decimal(20), "项", *_years(2031, 2031)),
    ]
