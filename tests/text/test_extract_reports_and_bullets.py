"""Work reports' reviews and targets, and bulleted lists, each rule on sentences of its own
(extraction round 13: the classes blind sets 17 and 18 showed; pure, no database)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tests.text.extracted import extracted
from tracker.text.indicators import find_indicator

FEB_2021 = date(2021, 2, 3)
Y2020 = (date(2020, 1, 1), date(2020, 12, 31))
Y2021 = (date(2021, 1, 1), date(2021, 12, 31))


def items(text: str, published_on: date | None = FEB_2021, precision: str = "day", **options):
    return extracted(text, published_on, precision, **options)


def test_economic_growth_in_a_reports_targets_is_gdp_growth():
    text = (
        "2021年经济社会发展主要预期目标是：经济增长6.5%左右；城镇调查失业率5.5%左右。"
        "去年全省经济增长3.8%。去年实现数字经济增长12%，民营经济增长4.4%。"
    )
    found = items(text)
    assert [(i.kind, i.value, i.indicator, i.measure) for i in found] == [
        ("commitment", Decimal("6.5"), "地区生产总值", "growth"),
        ("commitment", Decimal("5.5"), "城镇调查失业率", "share"),
        ("evidence", Decimal("3.8"), "地区生产总值", "growth"),
        # another economy's growth is no GDP growth
        ("evidence", Decimal("12"), None, "growth"),
        ("evidence", Decimal("4.4"), None, "growth"),
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("经济增长7%左右", "地区生产总值"),
        ("全市经济增长7%", "地区生产总值"),
        ("2022年经济增长7%", "地区生产总值"),
        ("●经济增长7%左右", "地区生产总值"),
        ("县域经济增长7%", None),
        ("海洋经济增长7%", None),
        ("居民收入增长与经济增长同步", None),  # a growth alias names a growth rate only…
    ],
)
def test_economic_growth_names_gdp_only_standing_alone(text, name):
    found = find_indicator(text)
    if name is None and found is not None:
        # …and the extractor gives it to no figure but a rate
        assert found.growth_only
        assert not [i for i in items(text) if i.indicator == "地区生产总值"]
    else:
        assert (found.name if found else None) == name


def test_economic_growth_names_no_level():
    # an amount after 经济增长 is an increase, never GDP's level (which 生产总值 names)
    found = items("2020年全市经济增长达到300亿元，地区生产总值增长3%。")
    assert [(i.value, i.indicator) for i in found] == [
        (Decimal(300), None),
        (Decimal(3), "地区生产总值"),
    ]


def test_a_bullets_indicator_comes_from_its_own_bullet():
    # a bulleted list that reflow ran into one paragraph
    text = (
        "■ 2021年主要预期目标 ●经济增长6%左右 ●城镇新增就业50万人以上 ●居民消费价格涨幅3%左右 "
        "●粮食产量稳定在300亿斤以上 ●单位地区生产总值能耗下降3% ●新增高新技术企业500家"
    )
    found = items(text)
    assert [(i.value, i.unit, i.indicator) for i in found] == [
        (Decimal(6), "%", "地区生产总值"),
        (Decimal(50), "万人", "城镇新增就业人数"),
        (Decimal(3), "%", "居民消费价格涨幅"),
        (Decimal(300), "亿斤", "粮食产量"),
        (Decimal(3), "%", "单位生产总值能耗"),
        (Decimal(500), "家", "新增高新技术企业数"),
    ]
    assert all(i.kind == "commitment" and (i.period_start, i.period_end) == Y2021 for i in found)
    # each quote stays inside its bullet
    assert [i.quote for i in found][3] == "粮食产量稳定在300亿斤以上"


def test_a_bullet_takes_no_indicator_from_the_bullet_before():
    found = items("2020年成绩单 ●社会消费品零售总额增长5% ●增速居全省第2位 ●外贸增长8%")
    assert [(i.value, i.indicator) for i in found if i.unit == "%"] == [
        (Decimal(5), "社会消费品零售总额"),
        (Decimal(8), None),
    ]


def test_a_middle_dot_inside_a_name_is_no_bullet():
    # (a growth rate naming another thing, 营业收入·增长9%, takes no indicator before it: round 16)
    found = items("2020年，全市规模以上工业增加值1200亿元·，比上年·增长9%。")
    assert [(i.value, i.indicator) for i in found] == [
        (Decimal(1200), "规模以上工业增加值"),
        (Decimal(9), "规模以上工业增加值"),
    ]


@pytest.mark.parametrize(
    "heading", ["一、“十三五”时期和2020年工作回顾", "一、2020年及“十三五”时期工作回顾"]
)
def test_a_review_heading_naming_a_plan_and_a_year_reviews_the_year(heading):
    text = (
        f"{heading}\n"
        "刚刚过去的2020年，是“十三五”收官之年。一年来，全省上下攻坚克难，主要目标顺利实现。\n"
        "经济运行稳中有进。地区生产总值增长3.6%，高技术制造业增加值增长12.5%，新增市场主体"
        "50.2万户。\n"
        "二、2021年重点工作\n"
        "主要预期目标是：地区生产总值增长7%左右。"
    )
    found = items(text)
    assert [(i.kind, i.value, (i.period_start, i.period_end)) for i in found] == [
        ("evidence", Decimal("3.6"), Y2020),
        ("evidence", Decimal("12.5"), Y2020),
        ("evidence", Decimal("50.2"), Y2020),
        ("commitment", Decimal(7), Y2021),
    ]


def test_the_five_years_under_such_a_heading_keep_their_own_paragraph():
    text = (
        "一、“十三五”时期和2020年工作回顾\n"
        "过去五年，全省地区生产总值年均增长6.8%，累计完成投资12万亿元。\n"
        "2020年，地区生产总值增长3.6%。"
    )
    found = items(text)
    five_years = (date(2016, 1, 1), date(2020, 12, 31))
    assert [(i.value, (i.period_start, i.period_end)) for i in found] == [
        (Decimal("6.8"), five_years),
        (Decimal(12), five_years),
        (Decimal("3.6"), Y2020),
    ]


def test_a_full_year_in_a_report_titled_in_its_first_line_is_the_reviewed_year():
    # the title copied as the body's first line: 全年 in the review is 2020, not 2021, so the
    # fiscal figures after it report 2020 and are no targets of 2021
    text = (
        "2021年某某省政府工作报告\n"
        "各位代表：\n"
        "一、“十三五”时期工作回顾\n"
        "城镇新增就业超额完成全年任务。财政收入持续增长，地方一般公共预算收入突破3000亿元、"
        "达到3125亿元，其中税收收入增长4%，新兴产业税收增长20%以上。"
    )
    found = items(text)
    assert [(i.kind, i.value, (i.period_start, i.period_end)) for i in found] == [
        ("evidence", Decimal(3000), Y2020),
        ("evidence", Decimal(3125), Y2020),
        ("evidence", Decimal(4), Y2020),
        ("evidence", Decimal(20), Y2020),
    ]


def test_a_rank_written_first_place_is_an_item_and_a_span_of_years_is_not():
    text = (
        "2020年，全省粮食总产量超过600亿斤，稳居全国首位；出口总额连续多年居全国首位；"
        "粮食产量增速居全省首位。"
    )
    found = items(text)
    assert [(i.value, i.unit, i.measure) for i in found] == [
        (Decimal(600), "亿斤", "level"),
        (Decimal(1), "", "rank"),  # the rank of the subject's output, as the text writes it
    ]
    assert found[1].quote.endswith("稳居全国首位")


def test_the_rank_of_a_growth_rate_after_its_gaps_in_points_is_no_item():
    found = items(
        "1-7月，全市规模以上工业增加值增长12.1%，分别高于全国、全省5.2、3.4个百分点，位列全省第2位。",
        date(2020, 8, 25),  # a release of the months just past
    )
    assert [(i.value, i.unit) for i in found] == [(Decimal("12.1"), "%")]


def test_a_threshold_qualifying_a_count_of_kinds_is_no_item():
    text = "2020年，全县20种主要农产品中8种产量增长，玉米、大豆、花生3种产品产量涨幅在20%以上。"
    found = items(text)
    assert [(i.value, i.unit) for i in found] == [(Decimal(8), "种"), (Decimal(3), "种")]


def test_a_meetings_delegates_are_no_figure():
    text = (
        "2021年1月20日，来自各地的680名人大代表肩负重托，会聚一堂。2020年全省新增城镇就业80万人。"
    )
    found = items(text)
    assert [(i.value, i.unit) for i in found] == [(Decimal(80), "万人")]


def test_a_count_in_words_summing_the_tasks_named_before_it_is_no_item():
    text = "2020年，我们抓好稳就业、保民生、防风险三项基本任务，新建学校、医院等项目3个。"
    found = items(text)
    assert [(i.value, i.unit) for i in found] == [(Decimal(3), "个")]


def test_a_province_past_a_level_names_a_class_not_a_figure():
    # the level passed is no figure; being the first to pass it is a rank (the convention of
    # extraction round 14: the Nth to pass a mark is a rank item, unit 个)
    text = "2020年全省地区生产总值达到5.2万亿元，成为中部第一个过5万亿元省份。"
    found = items(text)
    assert [(i.value, i.unit, i.measure) for i in found] == [
        (Decimal("5.2"), "万亿元", "level"),
        (Decimal(1), "个", "rank"),
    ]
