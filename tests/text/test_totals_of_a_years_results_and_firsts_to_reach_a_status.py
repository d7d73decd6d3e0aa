"""Round 32a's conventions, on sentences of our own (docs/QUALITY.md, "Conventions aligned
(round 32a)").

A total (累计) among the results of a year a report reviews belongs to that year, whatever
opens the review (a heading's year, 这一年, 过去的一年): the stock it reached or the flow it
made, not an open start ending on the report's day. A total with a word of now (截至目前,
目前) stays as of the text's day, and 累计 among the next year's tasks stays that year's target.

The first or Nth to reach a status (成为…首个/第N个 of a class of peers, a class named by a size
too) is a rank of unit 个, in a multi-year review its last year's; a first thing made or set up
(设立全国首个…中心) is none."""

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


# The first or Nth to reach a status stands so at the end of the years a review sums up: its
# last year's, as a rank or a mark reached in the review is. Over the review's years it would
# say the rank was held in each of them, which the sentence does not claim.
def test_the_nth_to_reach_a_status_in_a_five_year_review_is_its_last_years():
    text = (
        "一、“十六五”时期和2030年工作回顾\n"
        "这五年，我们全力推动高质量发展，经济实力迈上新台阶。\n"
        "我省成为全国第7个、西北首个获批的创新型省份。\n"
    )
    periods = {(i.value, i.unit): (i.period_start, i.period_end) for i in _found(text)}
    assert periods[(Decimal("7"), "个")] == YEAR_2030
    assert periods[(Decimal("1"), "个")] == YEAR_2030


def test_a_rank_held_through_a_five_year_review_stays_over_its_years():
    text = (
        "一、“十六五”时期和2030年工作回顾\n"
        "这五年，我们全力推动高质量发展。全省茶叶产量稳居全国第2位。\n"
    )
    (rank,) = [i for i in _found(text) if i.measure == "rank"]
    assert (rank.period_start, rank.period_end) == (dt.date(2026, 1, 1), dt.date(2030, 12, 31))


@pytest.mark.parametrize(
    ("text", "quote_starts"),
    [
        # no other numeral in the sentence
        ("2030年，全市农业稳步发展。本地培育的黑山羊成为我国首个自主培育的肉用山羊品种。", "本地"),
        # a first listed after another status 成为 gives
        ("2030年，某口岸成为我国面向南亚最大的公路口岸、首个获认证的国际卫生陆港。", "首个"),
        # a class named by its size, the field a place's name: the first to pass that mark
        ("2030年，临港园区产值首次突破500亿元，成为该市首个500亿元园区。", "成为"),
    ],
)
def test_the_first_to_reach_a_status_is_a_rank_of_one(text, quote_starts):
    ranks = [i for i in _found(text) if i.measure == "rank"]
    assert [(i.value, i.unit, i.period_start, i.period_end) for i in ranks] == [
        (Decimal(1), "个", *YEAR_2030)
    ]
    assert ranks[0].quote.startswith(quote_starts)


@pytest.mark.parametrize(
    "text",
    [
        "2030年，我省设立全国首个侨胞服务中心。",  # a first thing set up: its novelty
        "2030年，全省首个500亿元园区落户临港。",  # a first thing, no 成为
        "2030年，该项目成为带动全县发展的首要引擎。",  # 首要 is no ordinal
    ],
)
def test_a_first_thing_made_is_no_rank(text):
    assert [i for i in _found(text) if i.measure == "rank"] == []
