"""Round 19: a lead of one year's targets (2025年…主要预期目标是：) makes no target of a figure
of a year before (据统计,2024年…; 结构持续优化,…比重分别约为30%和70%); 约为 is 约; two members
sharing one verb of a report (甲和乙预计都将突破X, 分别突破) are two items, and a report's
estimate with 将 reports the year; a 目标 followed by 和 (…确定的年度目标和八项重点工作) is a
noun, no word of effort for the figures after it."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from tests.text.extracted import extracted

YEAR_2024 = (dt.date(2024, 1, 1), dt.date(2024, 12, 31))
YEAR_2025 = (dt.date(2025, 1, 1), dt.date(2025, 12, 31))


def _items(text: str, published_on: dt.date):
    return [
        (i.kind, i.value, i.comparator, (i.period_start, i.period_end))
        for i in extracted(text, published_on)
    ]


LEAD = "2025年全县经济社会发展的主要预期目标是:地区生产总值增长6%以上、达到500亿元。"


def test_a_figure_of_the_year_before_under_a_lead_of_targets_is_reported():
    text = (
        LEAD + "\n\n回顾去年,全县经济稳中有进。\n\n"
        "据统计,2024年全县地区生产总值增长6.5%。产业结构持续优化,"
        "第二产业和第三产业增加值占地区生产总值比重分别约为30%和70%。"
    )
    items = _items(text, dt.date(2025, 1, 20))
    assert [(kind, value, period) for kind, value, _, period in items] == [
        ("commitment", Decimal(6), YEAR_2025),
        ("commitment", Decimal(500), YEAR_2025),
        ("evidence", Decimal("6.5"), YEAR_2024),
        ("evidence", Decimal(30), YEAR_2024),
        ("evidence", Decimal(70), YEAR_2024),
    ]
    assert items[3][2] == "about"  # 约为 is 约


def test_the_leads_own_year_still_makes_targets_without_a_word_of_effort():
    text = LEAD + "\n\n一般公共预算收入增长5%,城镇新增就业8000人。"
    kinds = [(kind, period) for kind, _, _, period in _items(text, dt.date(2025, 1, 20))]
    assert kinds == [("commitment", YEAR_2025)] * 4


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        # the time a fall is counted from stands between the name and its figure
        ("今后三年,全县万元生产总值能耗比“十三五”末下降15%。", "单位生产总值能耗"),
        ("2024年全县单位GDP能耗比2020年下降13.5%。", "单位生产总值能耗"),
        # and so may the word of an estimate
        ("2024年全县生产总值预计超过300亿元。", "地区生产总值"),
        # a thing of its own after 比 is no time: another comparison, no indicator
        ("2024年全县生产总值比全市平均水平高出20亿元。", None),
    ],
)
def test_a_name_parted_from_its_figure_by_a_base_time_or_an_estimate(text, indicator):
    (item,) = extracted(text, dt.date(2024, 12, 20))
    assert item.indicator == indicator


@pytest.mark.parametrize(
    "verb",
    ["预计都将突破", "都突破", "均突破", "分别突破"],
)
def test_two_members_sharing_one_verb_are_two_items_of_the_year(verb):
    # a report of the year just ended: 预计…将 estimates the year, it commits to nothing
    text = f"2024年全市经济稳中有进,其中地区生产总值和规模以上工业总产值{verb}5000亿元大关。"
    items = extracted(text, dt.date(2025, 1, 1))
    assert [(i.kind, i.value, i.comparator, (i.period_start, i.period_end)) for i in items] == [
        ("evidence", Decimal(5000), "more_than", YEAR_2024)
    ] * 2
    assert items[0].indicator == "地区生产总值"
    assert "规模以上工业总产值" in items[1].quote and "地区生产总值" not in items[1].quote


def test_members_and_their_own_figures_after_respectively_stay_one_each():
    text = "2024年,全市财政总收入和地方财政收入分别增长8%和9%。"
    assert [i.value for i in extracted(text, dt.date(2025, 1, 20))] == [Decimal(8), Decimal(9)]


def test_an_estimate_with_will_in_a_plan_for_the_year_ahead_is_still_a_target():
    text = "2025年,全市地区生产总值预计将增长6%左右。"
    (item,) = extracted(text, dt.date(2025, 1, 20))
    assert (item.kind, (item.period_start, item.period_end)) == ("commitment", YEAR_2025)


def test_a_goal_followed_by_and_is_a_noun_not_a_word_of_effort():
    # …确定的年度目标和八项重点工作 names what was done; the figures after it are results
    text = (
        "一、2023年工作回顾\n\n"
        "2023年,我们全面完成县委确定的年度目标和八项重点工作,新建道路12公里,新增就业3000人。"
    )
    items = extracted(text, dt.date(2024, 1, 20))
    assert [(i.kind, i.value) for i in items] == [
        ("evidence", Decimal(12)),
        ("evidence", Decimal(3000)),
    ]
    # 目标 still announces targets where it does (目标是, 目标新增)
    ahead = "2024年,全县的目标是新建道路15公里,目标新增就业3500人。"
    assert [i.kind for i in extracted(ahead, dt.date(2024, 1, 20))] == ["commitment"] * 2


def test_the_level_right_after_a_growth_rate_is_the_same_things():
    text = (
        "2025年全县的主要预期目标是:地区生产总值增长8%以上、突破500亿元;"
        "一般公共预算收入增长6%左右,达到30亿元;固定资产投资增长10%,新开工项目达到50个。"
    )
    assert [(i.value, i.indicator) for i in extracted(text, dt.date(2025, 1, 10))] == [
        (Decimal(8), "地区生产总值"),
        (Decimal(500), "地区生产总值"),
        (Decimal(6), "一般公共预算收入"),
        (Decimal(30), "一般公共预算收入"),
        (Decimal(10), "固定资产投资"),
        # a thing of its own named before the level: not the growth's
        (Decimal(50), None),
    ]
