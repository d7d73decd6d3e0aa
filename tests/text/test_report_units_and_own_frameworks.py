"""Round 25's units and no-items, on sentences of our own.

A content by mass keeps its ratio whole (克/千克), 亩次 and 厘米 are read as written, medals
after a count (8金、3银、4铜) are counted; the government's own campaigns and frameworks
(N个攻坚专项, N个体系), a package of benefits named by its count (两项补贴), a margin over the
government's own target (优于考核目标N个百分点), a plant's size in a project's name and the
name of a show (二人转) are no items."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from tests.text.extracted import extracted

REPORT_DAY = dt.date(2031, 1, 25)


def _figures(text: str) -> set[tuple[Decimal, str]]:
    return {(i.value, i.unit) for i in extracted(text, REPORT_DAY, "day")}


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("2030年，全市耕地土壤有机质平均含量达到31克/千克。", (Decimal("31"), "克/千克")),
        ("2030年，全市累计实施深松整地2.4亿亩次。", (Decimal("2.4"), "亿亩次")),
        ("2030年，耕地黑土层平均厚度达到31.5厘米。", (Decimal("31.5"), "厘米")),
        ("2030年，本市运动员在全运会上贡献8金、3银、4铜。", (Decimal("8"), "金")),
        ("2030年，本市运动员在全运会上贡献8金、3银、4铜。", (Decimal("3"), "银")),
        ("2030年，本市运动员在全运会上贡献8金、3银、4铜。", (Decimal("4"), "铜")),
    ],
)
def test_units_read_as_written(text, figure):
    assert figure in _figures(text)


@pytest.mark.parametrize(
    ("text", "not_figure"),
    [
        ("2030年，全市耕地土壤有机质平均含量达到31克/千克。", (Decimal("31"), "克")),
        ("2030年，全市累计实施深松整地2.4亿亩次。", (Decimal("2.4"), "亿亩")),
    ],
)
def test_ratio_and_passes_are_not_cut_short(text, not_figure):
    assert not_figure not in _figures(text)


def test_metal_words_after_a_count_are_no_medals():
    assert _figures("2030年，新发现3铜矿点，开采5金属矿。") == set()


@pytest.mark.parametrize(
    "text",
    [
        "2030年，我们实施新材料、储能等12个聚力攻坚专项，部署技术攻关项目300个。",
        "科学确定峰值，构建监测评估、政策支撑4个体系。",
        "城乡低保、困难群众两项补贴等民生政策标准稳步提高。",
        "2030年，地表水优良比例优于省考核目标9.2个百分点。",
        "推动河湾45万吨淀粉等项目释放产能，释放东岭80万吨丙烯改造项目新装置产能。",
        "2030年，二人转新剧目荣获文化节剧目奖。",
    ],
)
def test_the_governments_own_frameworks_names_and_margins_are_no_items(text):
    found = _figures(text)
    assert not any(
        unit in ("个", "项", "百分点", "个百分点", "万吨", "人") and value not in (Decimal("300"),)
        for value, unit in found
    ), found


def test_a_capacity_reached_by_a_project_is_still_read():
    assert (Decimal("45"), "万吨") in _figures("2030年，淀粉项目年产能达到45万吨。")


FIVE_YEAR_REVIEW = (
    "一、“十六五”时期和2030年工作回顾\n"
    "“十六五”这五年，我们攻坚克难，基本实现规划目标。\n"
    "这五年，我们全力推动高质量发展，经济实力迈上新台阶。\n"
    "税收收入达到820亿元，3年增长41.2%。果品加工量从全国第9位跃升至第3位。\n"
)


def _review_periods() -> dict[tuple[Decimal, str], tuple[dt.date, dt.date]]:
    return {
        (i.value, i.unit): (i.period_start, i.period_end)
        for i in extracted(FIVE_YEAR_REVIEW, REPORT_DAY, "day")
        if i.kind == "evidence"
    }


def test_a_growth_over_the_last_n_years_of_a_review_is_dated_over_those_years():
    assert _review_periods()[(Decimal("41.2"), "%")] == (dt.date(2028, 1, 1), dt.date(2030, 12, 31))


def test_the_first_rank_of_a_move_is_the_year_before_the_review():
    periods = _review_periods()
    assert periods[(Decimal("9"), "位")] == (dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    assert periods[(Decimal("3"), "位")] == (dt.date(2030, 1, 1), dt.date(2030, 12, 31))


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("2030年，全市棉花产量全国第一。", (Decimal("1"), "")),
        ("2030年，设施农业面积达到80万亩，规模保持全国第一。", (Decimal("1"), "")),
        ("2030年，油菜籽产量120万吨、保持全国第一。", (Decimal("1"), "")),
        ("2030年，回收利用率连续4年保持西部第一。", (Decimal("1"), "")),
        ("2030年，本市成为全国第五个举办该展会的城市。", (Decimal("5"), "个")),
        ("2030年，我省成为全国首个“零碳电网”省份。", (Decimal("1"), "个")),
    ],
)
def test_ranks_held_written_after_their_noun_and_the_nth_to_reach_a_status(text, figure):
    assert figure in _figures(text)


def test_a_rank_in_an_assessment_is_a_rank_as_any_other():
    # (round 30a's convention; it was none until then)
    assert _figures("2030年，全省“美丽乡村行动”考核居东部第一。") == {(Decimal("1"), "")}
    assert _figures("2030年，城乡面貌测评我省连续两年全国第一。") == {(Decimal("1"), "")}


def test_a_rank_within_an_evaluation_is_still_read():
    found = _figures("在2030年度全省开发区综合考评中位列第3位。")
    assert (Decimal("3"), "位") in found


def test_a_merger_in_a_review_dates_what_was_merged_to_the_year_before():
    text = (
        "2030年，将5个部门管理的12支专项基金整合为成长、并购2支基金，"
        "优化资金投向，对接转化项目150余个。"
    )
    found = {
        (i.value, i.unit): (i.kind, i.period_start.year)
        for i in extracted(text, REPORT_DAY, "day")
    }
    assert found[(Decimal("5"), "个")] == ("evidence", 2029)
    assert found[(Decimal("12"), "支")] == ("evidence", 2029)
    assert found[(Decimal("2"), "支")] == ("evidence", 2030)
    assert found[(Decimal("150"), "个")] == ("evidence", 2030)


def test_a_rank_a_capacity_reaches_is_read():
    found = _figures("2030年，光伏组件产能提升至全国第3位，产值首次突破900亿元。")
    assert (Decimal("3"), "位") in found
