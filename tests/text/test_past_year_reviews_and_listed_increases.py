"""A text written early in a year that opens on 过去一年 (过去的一年, 刚刚过去的一年) reviews
the calendar year before it, work report or not, so its figures are that year's. 新增就业 and
进出口贸易总额 name the indicators a target calls 城镇新增就业 and 进出口总额. A rank shared by a
list that opens on 新增 (新增面积、产量均居全省第一) ranks increases: no item."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from articles.text.text_year import year_of_past_year_review
from tests.text.extracted import extracted
from tracker.text.indicators import find_indicator

REVIEW = (
    "张三\n"
    "过去一年，是北湖发展史上很不平凡的一年。\n"
    "全省地区生产总值增长5.9%，固定资产投资增长8.1%。\n"
    "今年，全省将力争地区生产总值增长6%左右。\n"
)
YEAR_2030 = (dt.date(2030, 1, 1), dt.date(2030, 12, 31))
YEAR_2031 = (dt.date(2031, 1, 1), dt.date(2031, 12, 31))


def _periods(text: str, published_on: dt.date | None, precision: str = "day"):
    return [
        (i.value, i.kind, (i.period_start, i.period_end))
        for i in extracted(text, published_on, precision)
    ]


def test_a_review_opening_on_the_past_year_in_march_reports_the_year_before():
    assert _periods(REVIEW, dt.date(2031, 3, 12)) == [
        (Decimal("5.9"), "evidence", YEAR_2030),
        (Decimal("8.1"), "evidence", YEAR_2030),
        (Decimal(6), "commitment", YEAR_2031),  # its 今年 stays the year of the date
    ]


@pytest.mark.parametrize(
    "opening", ["过去的一年，是北湖发展史上很不平凡的一年。", "刚刚过去的一年，北湖稳中有进。"]
)
def test_the_past_year_in_other_words_reports_the_year_before_too(opening):
    text = REVIEW.replace("过去一年，是北湖发展史上很不平凡的一年。", opening)
    assert _periods(text, dt.date(2031, 2, 1))[0] == (Decimal("5.9"), "evidence", YEAR_2030)


def test_later_in_the_year_the_past_year_is_no_calendar_year():
    # in July 过去一年 is the twelve months to the day: the figures stand as of the day
    value, kind, (start, end) = _periods(REVIEW, dt.date(2031, 7, 12))[0]
    assert (value, kind, start, end) == (Decimal("5.9"), "evidence", None, dt.date(2031, 7, 12))


@pytest.mark.parametrize(
    ("body", "published_on", "precision"),
    [
        (REVIEW, dt.date(2031, 7, 12), "day"),  # after March
        (REVIEW, None, "unknown"),  # no date
        (REVIEW, dt.date(2031, 1, 1), "year"),  # a year alone: the month is not known
        (REVIEW.replace("过去一年，", "过去一年多来，"), dt.date(2031, 2, 1), "day"),  # a span
        (REVIEW.replace("过去一年，", "一年来，"), dt.date(2031, 2, 1), "day"),  # round 12's rule
        ("北湖召开座谈会。\n" * 60 + REVIEW, dt.date(2031, 2, 1), "day"),  # not in the opening
    ],
)
def test_no_review_of_the_year_before_without_the_past_year_early_in_a_year(
    body, published_on, precision
):
    assert year_of_past_year_review(body, published_on, precision) is None


def test_the_review_says_why_it_is_of_the_year_before():
    found = year_of_past_year_review(REVIEW, dt.date(2031, 3, 12), "day")
    assert (found.reported, found.written, found.review) == (2030, 2031, True)
    assert "过去一年" in found.basis


@pytest.mark.parametrize(
    ("result", "target"),
    [
        ("全年新增就业12.5万人", "城镇新增就业10万人以上"),
        ("进出口贸易总额增长9.2%", "进出口总额增长5%左右"),
    ],
)
def test_a_results_words_name_the_indicator_of_the_targets(result, target):
    named = find_indicator(result)
    assert named is not None
    assert named.name == find_indicator(target).name


RANKS = "新增耕地面积312万亩。新增耕地面积、产量均居全省第一。"


def test_a_rank_shared_by_a_list_opening_on_new_ranks_increases_and_is_no_item():
    items = extracted(RANKS, dt.date(2031, 2, 1))
    assert [(i.value, i.unit) for i in items] == [(Decimal(312), "万亩")]


def test_a_rank_shared_by_levels_is_an_item_per_member():
    text = RANKS.replace("新增耕地面积、", "耕地面积、")
    items = extracted(text, dt.date(2031, 2, 1))
    assert [(i.value, i.unit) for i in items] == [(Decimal(312), "万亩"), (1, ""), (1, "")]
