"""An indicator's name parted from its figure by adverbs, words of effort or a qualifier of
how it is counted (…也将力争增长, …扣除…因素增长, …按可比口径增长) is still the figure's; 累计 in a
review section that opened on one year (一年来) totals that year in its later paragraphs; a
count of tasks set where they were set (会议确定的…八项重点工作) is no item."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from tests.text.extracted import extracted

DAY = dt.date(2024, 1, 15)
YEAR_2023 = (dt.date(2023, 1, 1), dt.date(2023, 12, 31))


def _indicators(text: str) -> list[tuple[Decimal | None, str | None]]:
    return [(i.value, i.indicator) for i in extracted(text, DAY)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # adverbs and words of effort between the name and its figure
        (
            "2024年,全县一般公共预算收入也将力争增长6%左右,地区生产总值还要努力增长5.5%。",
            [(Decimal(6), "一般公共预算收入"), (Decimal("5.5"), "地区生产总值")],
        ),
        # a qualifier of how the figure is counted: the same thing, counted otherwise
        (
            "2023年,全市一般公共预算收入扣除留抵退税因素增长7.5%,"
            "一般公共预算收入按可比口径增长3.2%,地区生产总值同口径增长2%。",
            [
                (Decimal("7.5"), "一般公共预算收入"),
                (Decimal("3.2"), "一般公共预算收入"),
                (Decimal(2), "地区生产总值"),
            ],
        ),
        ("2023年,全市一般公共预算收入(剔除一次性因素)增长4%。", [(Decimal(4), "一般公共预算收入")]),
        # a noun of its own between names another thing: no indicator
        ("2023年,全市一般公共预算收入中非税收入也将增长2%。", [(Decimal(2), None)]),
        # nor does a second thing take the first one's name (货物贸易 is no 进出口总额)
        (
            "2023年,全市进出口总额增长3%,货物贸易增长4%。",
            [(Decimal(3), "外贸进出口总额"), (Decimal(4), None)],
        ),
    ],
)
def test_a_name_parted_from_its_figure_by_adverbs_or_a_qualifier_is_its_indicator(text, expected):
    assert _indicators(text) == expected


REVIEW = "一、2023年工作回顾\n\n{opening}\n\n(一)产业加快升级。全年新签约项目60个。{total}"
TOTAL = "引导金融支持实体经济,累计发放创业担保贷款12.5亿元。"


def _periods(text: str, published_on: dt.date | None, precision: str = "day"):
    return [
        (i.value, (i.period_start, i.period_end)) for i in extracted(text, published_on, precision)
    ]


@pytest.mark.parametrize(
    ("published_on", "precision"), [(DAY, "day"), (dt.date(2024, 1, 1), "year")]
)
def test_a_total_in_a_review_opened_on_one_year_is_that_years(published_on, precision):
    text = REVIEW.format(opening="一年来,我们攻坚克难,较好完成了年度目标任务。", total=TOTAL)
    assert _periods(text, published_on, precision) == [
        (Decimal(60), YEAR_2023),
        (Decimal("12.5"), YEAR_2023),
    ]


def test_a_total_is_the_years_without_a_one_year_opening_and_to_a_day_named():
    # under the heading's year alone, 累计 is that year's too (convention round 32a)
    text = REVIEW.format(opening="我们攻坚克难,较好完成了年度目标任务。", total=TOTAL)
    assert _periods(text, DAY)[1] == (Decimal("12.5"), (dt.date(2023, 1, 1), dt.date(2023, 12, 31)))
    # and so is a total after a year's review opened outside a review section (its year)
    text = (
        "2023年工作成绩\n\n过去一年,我们攻坚克难。\n\n(一)产业加快升级。全年新签约项目60个。"
        + TOTAL
    )
    assert _periods(text, DAY)[1] == (Decimal("12.5"), (dt.date(2023, 1, 1), dt.date(2023, 12, 31)))
    # a total to a day the text names is to that day
    text = REVIEW.format(
        opening="一年来,我们攻坚克难。", total="截至目前,累计发放创业担保贷款12.5亿元。"
    )
    assert _periods(text, DAY)[1] == (Decimal("12.5"), (None, DAY))


@pytest.mark.parametrize(
    "text",
    [
        "一、2023年工作回顾\n\n一年来,全县较好完成县人代会确定的年度目标和八项重点工作。新建道路12公里。",
        "一、2023年工作回顾\n\n一年来,全县扎实推进县委部署的五项重点任务,新建道路12公里。",
    ],
)
def test_a_count_of_tasks_set_where_they_were_set_is_no_item(text):
    assert [(i.value, i.unit) for i in extracted(text, DAY)] == [(Decimal(12), "公里")]
