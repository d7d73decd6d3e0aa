"""Round 32a's conventions, on sentences of our own (docs/QUALITY.md, "Conventions aligned
(round 32a)").

A total (累计) among the results of a year a report reviews belongs to that year, whatever
opens the review (a heading's year, 这一年, 过去的一年): the stock it reached or the flow it
made, not an open start ending on the report's day. A total with a word of now (截至目前,
目前) stays as of the text's day, and 累计 among the next year's tasks stays that year's target."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from tests.text.extracted import extracted

REPORT_DAY = dt.date(2031, 1, 25)
YEAR_2030 = (dt.date(2030, 1, 1), dt.date(2030, 12, 31))


def _found(text: str):
    return extracted(text, REPORT_DAY, "day")


@pytest.mark.parametrize(
    "text",
    [
        # a heading's year alone
        "一、2030年工作回顾\n\n2030年，全市新开工项目120个，累计引进侨资项目430个。",
        # a paragraph opening on 这一年 under the year's heading
        "一、2030年工作回顾\n\n——这一年，开放合作蹄疾步稳。累计引进侨资项目430个，带动返乡就业2.3万人。",
        # a report with no review heading: the year named, then its results
        "2030年，我们狠抓消费提振。举办促消费活动300场，累计引进侨资项目430个。",
    ],
)
def test_a_total_among_a_reviewed_years_results_is_that_years(text):
    totals = [i for i in _found(text) if i.value == Decimal(430)]
    assert [(i.kind, i.period_start, i.period_end) for i in totals] == [("evidence", *YEAR_2030)]


def test_a_total_as_of_now_stays_at_the_reports_day():
    found = _found("2030年，全市新开工项目120个。截至目前，累计引进侨资项目430个。")
    totals = [i for i in found if i.value == Decimal(430)]
    assert [(i.period_start, i.period_end) for i in totals] == [(None, REPORT_DAY)]


def test_a_total_among_the_next_years_tasks_stays_its_target():
    found = _found(
        "一、2030年工作回顾\n\n2030年，全市新开工项目120个。\n\n"
        "二、2031年工作安排\n\n2031年，累计引进侨资项目500个以上。"
    )
    totals = [i for i in found if i.value == Decimal(500)]
    assert [(i.kind, i.period_start, i.period_end) for i in totals] == [
        ("commitment", dt.date(2031, 1, 1), dt.date(2031, 12, 31))
    ]

