"""Set 22's small classes as general rules, each with sentences of our own (pure, no
database): a plan whose target was reached early is named as context, not the figures' period.
"""

from __future__ import annotations

from datetime import date

from tests.text.extracted import extracted

JAN_2031 = date(2031, 1, 14)
YEAR_2030 = (date(2030, 1, 1), date(2030, 12, 31))


def test_a_plan_target_reached_early_gives_no_period_to_the_figures_after_it():
    read = extracted(
        "一、2030年工作回顾\n过去一年，全县单位生产总值能耗下降3%，提前一年达到“十五五”规划"
        "控制目标。引进到位资金超530亿元，新增就业1.2万人。",
        JAN_2031,
    )
    assert [(item.quote, item.kind) for item in read] == [
        ("全县单位生产总值能耗下降3%", "evidence"),
        ("引进到位资金超530亿元", "evidence"),
        ("新增就业1.2万人", "evidence"),
    ]
    assert all((item.period_start, item.period_end) == YEAR_2030 for item in read)
