"""Round 30a's conventions, on sentences of our own (docs/QUALITY.md, "Conventions aligned
(round 30a)").

A rank the subject holds in an evaluation or an assessment is an item as any rank is (the
issue's 在…综合评价中…位列全国第17位 is one), dated over the run it names; a composite ranking
of indicators whose growth the sentence has just ranked ranks that growth, which is no item.
Grades and honours are no items, nor the times they were won in a row, nor a band of the top N
places. A count of the government's yearly programme of practical projects (N件民生实事) is an
item where it is written plain; inside quotation marks it is the programme's name."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from tests.text.extracted import extracted

REPORT_DAY = dt.date(2031, 1, 25)


def _found(text: str, published_on: dt.date = REPORT_DAY):
    return [
        (i.kind, i.value, i.unit, i.period_start, i.period_end)
        for i in extracted(text, published_on, "day")
    ]


def _years(first: int, last: int) -> tuple[dt.date, dt.date]:
    return dt.date(first, 1, 1), dt.date(last, 12, 31)


@pytest.mark.parametrize(
    ("text", "value", "years"),
    [
        ("2030年，全市政府网站绩效评估居全国第一。", 1, (2030, 2030)),
        ("2030年，全市生态文明建设考核居全省第二。", 2, (2030, 2030)),
        ("2030年，全市营商环境评价连续3年居全省首位。", 1, (2028, 2030)),
        ("2030年，甲区群众安全感测评连续两年全国第一。", 1, (2029, 2030)),
        ("2030年，全市不动产登记考评位列全省第3位。", 3, (2030, 2030)),
        ("2030年，全市经济指标综合排名全省第四。", 4, (2030, 2030)),
    ],
)
def test_a_rank_in_an_evaluation_or_an_assessment_is_a_rank_item(text, value, years):
    ((kind, found_value, _unit, start, end),) = _found(text)
    assert (kind, found_value, (start, end)) == ("evidence", Decimal(value), _years(*years))


def test_a_composite_ranking_of_the_growth_just_ranked_is_no_item():
    assert _found("2030年，全市规上工业增加值增速全省第一，经济指标综合排名全省第四。") == []
    assert (
        _found("2030年，全市主要指标增速全面赶超，在12个区县经济指标综合排名中由第9位升至第4位。")
        == []
    )


def test_a_composite_ranking_and_a_rank_of_a_figure_after_it_are_both_items():
    found = _found("2030年上半年，全区项目建设综合排名全市第二，生产总值居全市第3位。")
    assert [(value, unit) for _kind, value, unit, _s, _e in found] == [
        (Decimal(2), ""),
        (Decimal(3), "位"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "2030年，全市安全生产考核连续4次获评优秀。",
        "2030年，全市双拥工作连续5次被评为全国先进。",
        "2030年，全市对口支援工作连续3次获全国先进典型。",
        "2030年，甲县剧团连续6届荣获省戏剧节大奖。",
        "2030年，全市污染防治攻坚战成效考核连续3年优秀。",
    ],
)
def test_honours_and_grades_won_in_a_row_are_no_items(text):
    assert _found(text) == []


def test_a_band_of_the_top_places_is_no_rank():
    found = _found("2030年，全市3家企业跻身全国前十名，甲园区综合考评连年包揽全省前五名。")
    assert [(value, unit) for _kind, value, unit, _s, _e in found] == [(Decimal(3), "家")]


def test_a_count_of_practical_projects_is_an_item_and_its_quoted_name_is_none():
    assert _found("过去五年，我们每年办好十件民生实事。") == [
        ("evidence", Decimal(10), "件", *_years(2026, 2030))
    ]
    assert _found("2030年，全市12件民生实事全部完成。") == [
        ("evidence", Decimal(12), "件", *_years(2030, 2030))
    ]
    assert _found("2031年，全市将办好15件民生实事。") == [
        ("commitment", Decimal(15), "件", *_years(2031, 2031))
    ]
    assert _found("2031年，我们要继续办好“十二件民生实事”。") == []
