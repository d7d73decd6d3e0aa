"""Round 27's rules, on sentences of our own.

A five-year review's levels reached are results of its last year, not commitments: 人均预期寿命
is life expectancy (its 预期 is no force word), and a share of places a state reached (覆盖全省
91%的建制镇, 95%的县区建成…) is a level; a plant's size in a member of a list of projects
(…30万吨复合肥造粒、…等项目建设) and a size class before a longer project name
(10万千瓦塔式槽式光热发电项目) are no targets, while capacities reached stay items; rounds of
raising a pension, the government's own rectification campaigns, the matters a cut is measured
over and a natural event's size are no items."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from tests.text.extracted import extracted

REPORT_DAY = dt.date(2031, 1, 25)
LAST_YEAR = (dt.date(2030, 1, 1), dt.date(2030, 12, 31))
THIS_YEAR = (dt.date(2031, 1, 1), dt.date(2031, 12, 31))

OPENING = (
    "一、2030年和“十六五”时期工作回顾\n"
    "过去一年，我们扎实工作。全年地区生产总值增长5%。\n"
    "各位代表！2030年主要目标任务圆满完成，“十六五”规划胜利收官。五年来，我们攻坚克难。\n"
)
FIVE_YEARS = OPENING + (
    "这是民生持续改善的五年。居民收入突破4万元，人均预期寿命提高到79.2岁，"
    "连续5年提高退休人员基本养老金、3次提高城乡居民基础养老金，"
    "所有地市和95%的县区建成全国示范区，社会和谐稳定。\n"
    "这是城乡面貌焕新的五年。城镇化率提高至70.1%，和美小镇建设覆盖全省91%的建制镇，"
    "高速公路通车里程达6200公里。\n"
)


def _items(text: str):
    return {i.quote: i for i in extracted(text, REPORT_DAY, "day")}


def _found(text: str, part: str):
    return [i for q, i in _items(text).items() if part in q]


@pytest.mark.parametrize(
    "part, value",
    [
        ("人均预期寿命提高到79.2岁", Decimal("79.2")),
        ("95%的县区", Decimal("95")),
        ("91%的建制镇", Decimal("91")),
    ],
)
def test_a_five_year_reviews_levels_reached_are_its_last_years_results(part, value):
    (item,) = _found(FIVE_YEARS, part)
    assert item.kind == "evidence"
    assert item.value == value
    assert (item.period_start, item.period_end) == LAST_YEAR


def test_life_expectancy_as_a_target_is_still_a_commitment():
    text = OPENING + "二、2031年工作安排\n今年要着力办好民生实事，人均预期寿命提高到79.5岁。\n"
    (item,) = _found(text, "79.5岁")
    assert item.kind == "commitment"
    assert (item.period_start, item.period_end) == THIS_YEAR


def test_rounds_of_raising_a_pension_are_no_item():
    assert not _found(FIVE_YEARS, "3次")


PLANTS = OPENING + (
    "二、2031年工作安排\n"
    "推动甲化工30万吨复合肥造粒、乙公司碳酸锂装置优化改造、丙储能25万吨熔盐装置技术升级"
    "等项目建设，钾肥产能达到80万吨。新增装机500万千瓦。\n"
)


@pytest.mark.parametrize("part", ["30万吨", "25万吨"])
def test_a_plants_size_in_a_list_of_projects_is_no_target(part):
    assert not _found(PLANTS, part)


def test_capacity_targets_beside_a_list_of_projects_are_kept():
    assert [i.value for i in _found(PLANTS, "钾肥产能达到80万吨")] == [Decimal("80")]
    assert [i.value for i in _found(PLANTS, "新增装机500万千瓦")] == [Decimal("500")]


def test_a_size_class_before_a_long_project_name_is_no_item_but_its_count_is():
    text = OPENING + "全球单机规模最大的2座10万千瓦塔式槽式光热发电项目分别在甲地、乙地开工。\n"
    assert not [i for i in _items(text).values() if i.unit == "万千瓦"]
    assert [i.value for i in _items(text).values() if i.unit == "座"] == [Decimal("2")]


def test_the_governments_own_rectification_campaigns_are_no_items():
    text = OPENING + (
        "持续深化“校园餐”等5个全国整治项目和住房质量问题治理3个省级整治项目，作风持续好转。\n"
    )
    assert not [i for i in _items(text).values() if i.unit == "个"]


def test_the_matters_a_cut_is_measured_over_are_no_item_the_cuts_are():
    text = OPENING + "12个重点事项办理时限压缩60%、申报材料精简70%，新增经营主体3万户。\n"
    units = sorted((i.value, i.unit) for i in _items(text).values() if "增长5%" not in i.quote)
    assert units == [(Decimal("3"), "万户"), (Decimal("60"), "%"), (Decimal("70"), "%")]


def test_a_natural_events_size_is_no_item_the_people_moved_are():
    text = OPENING + "因转移及时，某村2.5亿立方米山体滑坡未造成人员伤亡，转移群众12万人次。\n"
    units = [i.unit for i in _items(text).values() if "增长5%" not in i.quote]
    assert units == ["万人次"]


def test_a_plants_size_after_a_company_name_holding_a_verb_of_reaching_is_no_target():
    text = OPENING + (
        "二、2031年工作安排\n推动宏达化工30万吨复合肥造粒、乙公司碳酸锂装置优化改造等项目建设。\n"
    )
    assert not _found(text, "30万吨")


REVIEW_YEAR = (
    "一、2030年工作回顾\n"
    "过去一年，我们扎实工作。文化事业繁荣发展，某石刻被认定为我国目前已知最早的石刻。"
    "《远山》等4部纪录片入选电视台“精品展播”2031年片单，5家企业入选2031年度全国百强榜单。\n"
)


@pytest.mark.parametrize("part", ["4部纪录片", "5家企业"])
def test_a_count_chosen_for_next_years_list_is_the_review_years_result(part):
    (item,) = _found(REVIEW_YEAR, part)
    assert item.kind == "evidence"
    assert (item.period_start, item.period_end) == LAST_YEAR


def test_a_rank_held_with_chanlian_is_read_without_a_unit():
    text = REVIEW_YEAR + "“丰薯2号”连续四年蝉联全国推广面积第一，对口协作持续深化。\n"
    (item,) = _found(text, "蝉联")
    assert (item.measure, item.value, item.unit) == ("rank", Decimal("1"), "")


def test_counties_and_townships_counted_in_digits_are_read_a_group_named_in_words_is_not():
    text = OPENING + (
        "二、2031年工作安排\n"
        "全面完成甲地东村、西村、南村3乡大电网延伸工程，推动北三县与中心城区一体化发展。\n"
    )
    assert [(i.value, i.unit, i.kind) for i in _items(text).values() if i.unit in ("县", "乡")] == [
        (Decimal("3"), "乡", "commitment")
    ]
    review = REVIEW_YEAR + "甲地2县4乡电网改造工程建成投运，新改建农村公路300公里。\n"
    assert sorted((i.value, i.unit) for i in _items(review).values() if i.unit in ("县", "乡")) == [
        (Decimal("2"), "县"),
        (Decimal("4"), "乡"),
    ]
