"""Round 35's rules, on sentences of our own (docs/QUALITY.md, "Sets 54–55 after round 35").

A report may head its parts without numerals, each heading a line of its own naming its period
first and the part last (“十六五”时期主要目标和2031年重点工作, 2031年经济社会发展主要目标和重点
工作): such a line heads a part as 二、… does, so the year's tasks under it are that year's
targets, not results of the year reviewed before it. A short line of the body that names no
part (2030年全区发展成绩来之不易) heads nothing."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from tests.text.extracted import by_figure, span, years

REPORT_DAY = dt.date(2031, 1, 28)


def _found(*paragraphs: str):
    return by_figure("\n".join(["2031年某自治区政府工作报告", *paragraphs]) + "\n", REPORT_DAY)


def test_an_unnumbered_heading_of_the_plan_and_its_first_year_heads_the_years_tasks():
    found = _found(
        "“十五五”时期发展成就和2030年工作回顾",
        "过去一年，全区新建光伏电站42座，完成植树造林260万亩。",
        "“十六五”时期主要目标和2031年重点工作",
        "规划纲要提出，全区生产总值年均增长5.5%左右。",
        "今年是“十六五”开局之年，要开好局、起好步。",
        "一、推动产业升级",
        "（一）做强能源。新建光伏电站30座，新增储能装机500万千瓦。",
        "二、增进民生福祉",
        "新建社区食堂120个，完成植树造林300万亩。",
    )
    assert span(found[(Decimal("42"), "座")]) == years(2030, 2030)
    assert found[(Decimal("42"), "座")].kind == "evidence"
    assert span(found[(Decimal("5.5"), "%")]) == years(2031, 2035)
    for figure in ((Decimal("30"), "座"), (Decimal("500"), "万千瓦"), (Decimal("120"), "个")):
        assert span(found[figure]) == years(2031, 2031)
        assert found[figure].kind == "commitment"
    assert found[(Decimal("300"), "万亩")].kind == "commitment"


def test_an_unnumbered_heading_of_the_years_targets_and_work_heads_its_tasks():
    found = _found(
        "过去一年，全区新建社区食堂80个。",
        "2031年经济社会发展主要目标和重点工作",
        "新建社区食堂120个，改造老旧小区900个。",
    )
    assert found[(Decimal("80"), "个")].kind == "evidence"
    assert span(found[(Decimal("120"), "个")]) == years(2031, 2031)
    assert found[(Decimal("120"), "个")].kind == "commitment"
    assert found[(Decimal("900"), "个")].kind == "commitment"


def test_a_short_line_of_the_body_naming_a_year_heads_no_part():
    found = _found(
        "过去一年，全区新建社区食堂80个。",
        "2031年经济社会发展主要目标和重点工作",
        "2030年全区发展成绩来之不易",
        "新建社区食堂120个，改造老旧小区900个。",
    )
    assert span(found[(Decimal("120"), "个")]) == years(2031, 2031)
    assert found[(Decimal("120"), "个")].kind == "commitment"
    assert found[(Decimal("900"), "个")].kind == "commitment"
