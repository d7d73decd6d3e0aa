"""A year's plan lists that year's targets without a word of effort, and 争取 in a review of a
year that is over reports what was obtained (extraction round 15: the classes held-out set 20
showed, each on sentences of its own; pure, no database)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tracker.text.extract import extract

MAR_2031 = date(2031, 3, 12)
JAN_2032 = date(2032, 1, 20)
Y2031 = (date(2031, 1, 1), date(2031, 12, 31))
Y2032 = (date(2032, 1, 1), date(2032, 12, 31))

PLAN_BODY = (
    "市政府印发年度计划，明确七个方面的主要目标。\n"
    "统筹使用市级财政资金86.5亿元，供应工业用地1.2万亩以上。为中小企业降低成本90亿元以上。\n"
)


def figures(text: str, *, title: str = "", published_on: date | None, precision: str = "day"):
    found = extract(text, published_on=published_on, precision=precision, title=title)
    for item in found:
        assert text[item.start : item.end] == item.quote
    return [(i.kind, i.value, i.unit, (i.period_start, i.period_end)) for i in found]


# --- a year's plan: its measures are that year's targets ------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "市政府下达2031年国民经济和社会发展计划",
        "2031年度全市重点工作要点",
        "关于印发2031年重点工作安排的通知",
    ],
)
def test_measures_of_a_years_plan_are_its_targets(title):
    assert figures(PLAN_BODY, title=title, published_on=MAR_2031) == [
        ("commitment", Decimal("86.5"), "亿元", Y2031),
        ("commitment", Decimal("1.2"), "万亩", Y2031),
        ("commitment", Decimal(90), "亿元", Y2031),
    ]


def test_a_plans_title_on_the_bodys_first_line_marks_it_too():
    body = "市政府下达2031年国民经济和社会发展计划\n" + PLAN_BODY
    kinds = {(kind, period) for kind, *_, period in figures(body, published_on=MAR_2031)}
    assert kinds == {("commitment", Y2031)}


@pytest.mark.parametrize(
    "title",
    [
        # a report on how a plan went reviews it
        "关于2031年国民经济和社会发展计划执行情况的报告",
        # a plan of a year already over when the page was written is no list of targets
        "2030年国民经济和社会发展计划",
        # no plan in the title
        "2031年全市财政资金使用情况",
    ],
)
def test_figures_without_a_word_of_effort_stay_facts_elsewhere(title):
    kinds = {kind for kind, *_ in figures(PLAN_BODY, title=title, published_on=MAR_2031)}
    assert kinds == {"evidence"}


def test_a_report_word_in_a_years_plan_still_reports():
    body = "去年全市安排财政资金80亿元。今年统筹使用市级财政资金86.5亿元。\n"
    found = figures(body, title="2031年国民经济和社会发展计划", published_on=MAR_2031)
    assert [(kind, value) for kind, value, *_ in found] == [
        ("evidence", Decimal(80)),
        ("commitment", Decimal("86.5")),
    ]


# --- 争取 in a review of a year that is over: obtained, not sought -------------------------


REPORT = (
    "一、2031年工作回顾\n"
    "多方争取上级支持，争取家电更新补贴资金12.4亿元、农机报废补贴3.1亿元，"
    "争取新增专项债券额度95亿元、支持重点项目131个。\n"
    "二、2032年主要任务\n"
    "争取新增专项债券额度100亿元以上。\n"
)


@pytest.mark.parametrize("precision", ["day", "year"])
def test_zhengqu_in_a_review_of_a_past_year_reports_what_was_obtained(precision):
    published_on = JAN_2032 if precision == "day" else date(2032, 1, 1)
    found = figures(REPORT, published_on=published_on, precision=precision)
    assert found == [
        ("evidence", Decimal("12.4"), "亿元", Y2031),
        ("evidence", Decimal("3.1"), "亿元", Y2031),
        ("evidence", Decimal(95), "亿元", Y2031),
        ("evidence", Decimal(131), "个", Y2031),
        # under the next year's heading 争取 is effort again
        ("commitment", Decimal(100), "亿元", Y2032),
    ]


def test_zhengqu_in_a_years_own_section_is_still_a_target():
    # the same words in a plan of the year still running: what is sought
    text = "2032年，争取家电更新补贴资金12亿元以上。"
    assert figures(text, published_on=JAN_2032) == [("commitment", Decimal(12), "亿元", Y2032)]
