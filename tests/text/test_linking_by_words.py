"""Figures with no canonical indicator are linked only when they name the same thing in the
same words, after a small normalisation (linking round 6: the class held-out set 20 showed;
pure, no database)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tracker.text.linking import (
    BASELINE,
    FULFILS,
    MISSED,
    Figure,
    indicator_words,
    outcome_end_window,
    relate,
    target_window,
)

Y2030 = (date(2030, 1, 1), date(2030, 12, 31))
Y2031 = (date(2031, 1, 1), date(2031, 12, 31))
YI = Decimal(100_000_000)


def figure(quote, value, *, period=Y2031, unit="亿元", base_unit="元", factor=YI, **kwargs):
    return Figure(
        indicator=kwargs.pop("indicator", None), measure="level",
        comparator=kwargs.pop("comparator", "at_least"), value=Decimal(value),
        base_value=Decimal(value) * factor, base_unit=base_unit, unit=unit,
        period_start=period[0], period_end=period[1], quote=quote,
        subject=kwargs.pop("subject", "某市"), **kwargs,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # 安排 says how the money is spent, not what it is
        ("安排市级财政资金86.5亿元", "2030年安排市级财政资金80亿元"),
        # word order of 新增
        ("新增普惠小微贷款300亿元以上", "普惠小微贷款新增280亿元"),
        # 全年, a comparator before the figure, and who a burden is lifted from
        ("为中小企业减负90亿元以上", "全年为经营主体减负超95亿元"),
        # a date part and a comparator around the words
        ("各街道1—6月孵化器面积为8.4万平方米", "2031年孵化器面积达到11万平方米以上"),
    ],
)
def test_the_same_words_after_normalisation_name_one_thing(first, second):
    assert indicator_words(first) and indicator_words(first) == indicator_words(second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("安排市级财政资金86.5亿元", "安排区级财政资金9亿元"),
        ("供应工业用地1.2万亩以上", "供应国有工业用地1.3万亩"),
        ("为中小企业减负90亿元以上", "为中小企业减税90亿元以上"),
        # a total is not a year's flow
        ("新增发明专利授权量500件以上", "发明专利授权量累计达到4800件"),
        # the words are those before the figure's own number, not before a year
        ("各街道2030—2032年孵化器面积目标为11万平方米", "各街道2031年研发经费为4亿元"),
    ],
)
def test_other_words_name_another_thing(first, second):
    assert indicator_words(first) != indicator_words(second)


@pytest.mark.parametrize("quote", ["新增100个以上项目", "完成投资1.5万亿元", "1596个", "资金3亿元"])
def test_too_few_words_name_nothing(quote):
    assert indicator_words(quote) == ""


def test_a_target_with_no_indicator_takes_last_years_figure_in_the_same_words_as_baseline():
    target = figure("安排市级财政资金86.5亿元", "86.5")
    last_year = figure("安排市级财政资金80亿元", 80, period=Y2030)
    assert target_window(last_year) is not None and outcome_end_window(target) is not None
    link = relate(target, last_year)
    assert link is not None and link.relation == BASELINE
    # the editor sees that the words matched, not a canonical indicator
    assert "用语相同" in link.explanation and "市级财政资金" in link.explanation


def test_a_result_in_the_same_words_meets_or_misses_the_target():
    target = figure("为经营主体减负90亿元以上", 90)
    assert relate(target, figure("全年为企业减负超95亿元", 95)).relation == FULFILS
    assert relate(target, figure("全年为企业减负60亿元", 60)).relation == MISSED


@pytest.mark.parametrize(
    "outcome",
    [
        figure("安排区级财政资金80亿元", 80, period=Y2030),  # other words
        figure("安排市级财政资金80亿元", 80, period=Y2030, subject="另一市"),  # another place
        figure(
            "安排市级财政资金80万亩",
            80,
            period=Y2030,
            unit="万亩",
            base_unit="亩",
            factor=Decimal(10000),
        ),  # another unit family
        figure("安排市级财政资金80亿元", 80, period=Y2030, indicator="一般公共预算收入"),
    ],
)
def test_no_link_across_words_places_units_or_a_named_indicator(outcome):
    assert relate(figure("安排市级财政资金86.5亿元", "86.5"), outcome) is None
