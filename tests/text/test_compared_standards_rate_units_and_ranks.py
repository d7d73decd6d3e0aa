"""Round 33b's rules, on sentences of our own (docs/QUALITY.md, "Sets 42, 45–47 after round
33"): a year named as the base a standard is compared with (不低于当地上年度…) dates nothing
after it, and every first figure of a list raised in a target (分别从A、B提高到C、D) is the
standard in force the year before."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from tests.text.extracted import extracted

REPORT_DAY = dt.date(2031, 1, 25)


def _found(text: str, published_on: dt.date = REPORT_DAY):
    return [
        (i.kind, i.value, i.unit, i.period_start.year if i.period_start else None)
        for i in extracted(text, published_on, "day")
    ]


def test_every_first_figure_of_a_list_raised_in_a_target_is_the_year_befores_standard():
    text = (
        "三、2031年工作任务\n基础养老金、高龄津贴标准分别从每人每月150元、100元提高到180元、120元。"
    )
    assert _found(text) == [
        ("evidence", Decimal(150), "元", 2030),
        ("evidence", Decimal(100), "元", 2030),
        ("commitment", Decimal(180), "元", 2031),
        ("commitment", Decimal(120), "元", 2031),
    ]


def test_a_year_the_standard_is_compared_with_dates_no_later_sentence():
    text = (
        "三、2031年工作任务\n"
        "城乡低保补差水平不低于当地上年度水平。特困人员供养标准不低于当地低保标准的1.3倍。"
        "孤儿养育标准从每人每月1500元提高到1600元。"
    )
    assert _found(text) == [
        ("commitment", Decimal("1.3"), "倍", 2031),
        ("evidence", Decimal(1500), "元", 2030),
        ("commitment", Decimal(1600), "元", 2031),
    ]
