"""Round 34b's rules on units, counts and what is no item, on sentences of our own
(docs/QUALITY.md, "Sets 51–53 after round 34").

A count in words right after members listed with 、 names them (甲、乙、丙三条主线), as after
members joined by 和; counted in figures (甲、乙、丙3个实验室) it stays an item."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from tests.text.extracted import extracted

REPORT_DAY = dt.date(2031, 1, 25)


def _figures(text: str) -> list[tuple[Decimal, str]]:
    return [(i.value, i.unit) for i in extracted(text, REPORT_DAY, "day")]


def test_a_count_in_words_after_members_listed_with_commas_names_them():
    assert _figures("2031年，物流产业重点抓好仓储配送、冷链运输、跨境集散服务三条主线。") == []
    assert _figures("2031年，打通研发、中试、量产、回收四大环节。") == []


def test_a_count_in_figures_after_members_listed_stays_an_item():
    assert _figures("2030年，建成东湖、西山、南岭3个省级实验室。") == [(Decimal(3), "个")]


def test_the_level_each_thing_counted_passes_is_no_item():
    assert _figures("2030年，全省5个产业集群规模超千亿元。") == [(Decimal(5), "个")]
    assert _figures("2030年，90%以上的行政村集体经营性收入超过20万元。") == [(Decimal(90), "%")]


def test_a_level_qualifying_the_noun_after_it_is_a_size_class():
    assert _figures("2030年，营业收入超过百亿元的企业达到15家。") == [(Decimal(15), "家")]
    # (the first among the province's cities is the item, by the convention on firsts)
    assert _figures("2030年，甲市成为全省首个经济总量超过5000亿元的城市。") == [(Decimal(1), "个")]


def test_a_level_passed_by_the_subject_itself_stays_an_item():
    assert _figures("2030年，全市工业总产值超过5000亿元。") == [(Decimal(5000), "亿元")]


def test_a_count_of_places_reached_across_a_region_is_an_item():
    assert _figures("2030年，国际货运班列覆盖亚欧90多个城市。") == [(Decimal(90), "个")]
    assert _figures("2030年，物流通道辐射全国60个城市。") == [(Decimal(60), "个")]


def test_places_that_passed_an_assessment_are_counted():
    assert _figures("2030年，9个区县通过义务教育优质均衡国家督导评估认定。") == [(Decimal(9), "个")]


def test_a_place_naming_the_kind_of_projects_counted_does_not_hide_the_count():
    assert _figures("2030年，滚动推进12个片区更新项目。") == [(Decimal(12), "个")]


def test_places_merely_named_by_their_count_stay_no_item():
    assert _figures("2030年，推动东部四个片区内城市共同实施一批合作项目。") == []


def test_people_counted_in_wan_with_a_bound_are_an_item_not_a_class():
    assert _figures("2031年，为150万名以上中小学生开展视力筛查。") == [(Decimal(150), "万名")]
    assert _figures("2031年，为不少于3万名困难老人提供助餐服务。") == [(Decimal(3), "万名")]


def test_a_target_restated_as_it_is_explained_is_no_second_item():
    found = extracted(
        "2031年主要预期目标是：地区生产总值增长5%左右，城镇新增就业30万人以上。"
        "确定5%左右的增长目标，兼顾了需要与可能。城镇新增就业30万人以上的目标，体现了就业优先导向。",
        REPORT_DAY,
        "day",
    )
    assert [(i.value, i.unit) for i in found] == [(Decimal(5), "%"), (Decimal(30), "万人")]


def test_trips_of_vehicles_keep_their_unit():
    assert _figures("2030年，跨境货运班车开行量突破2.3万车次。") == [(Decimal("2.3"), "万车次")]


def test_the_band_of_a_ranking_the_things_counted_entered_is_no_item():
    found = _figures("2030年，12个学科进入ESI全球学科排名前1%，3个学科进入前1‰。")
    assert found == [(Decimal(12), "个"), (Decimal(3), "个")]


def test_a_plans_own_indicators_and_fields_of_tasks_are_no_items():
    text = (
        "“十六五”规划纲要共设置24项指标，其中预期性指标16项、约束性指标8项。"
        "为实现上述指标，纲要安排了15个领域的重点任务。"
    )
    assert _figures(text) == []


def test_a_plans_indicators_completed_stay_an_item():
    assert _figures("2030年，规划约束性指标8项全部完成。") == [(Decimal(8), "项")]


def test_an_ordinal_of_an_event_is_no_rank_even_after_a_word_with_pai():
    assert _figures("2031年，办好男排联赛、第十五届省运会等重大赛事。") == []
    assert _figures("2030年，全市经济总量排名全省第十二位。") == [(Decimal(12), "位")]


def test_a_level_reached_named_as_a_mark_is_an_item():
    assert _figures("2030年，全省粮食产量跃上600亿斤台阶。") == [(Decimal(600), "亿斤")]


def test_a_count_of_marks_of_a_class_passed_is_no_item():
    found = _figures("2030年，全市地区生产总值五年跨过2个万亿级关口、突破3万亿元。")
    assert found == [(Decimal(3), "万亿元")]


def test_expectations_steadied_are_no_word_of_intent():
    found = extracted(
        "2030年，全力稳预期，全市招商引资签约项目数增长18.5%。", dt.date(2031, 1, 25), "day"
    )
    assert [(i.kind, i.value) for i in found] == [("evidence", Decimal("18.5"))]


def test_a_change_after_a_share_compares_nothing_and_is_an_item():
    found = _figures("2030年，空气质量优良天数比例达到85%、增加9天。")
    assert found == [(Decimal(85), "%"), (Decimal(9), "天")]


def test_a_place_naming_the_kind_of_parks_counted_does_not_hide_the_count():
    found = _figures("2030年，新建东湖公园、西山公园等8座城市公园和120个口袋公园。")
    assert found == [(Decimal(8), "座"), (Decimal(120), "个")]


def test_the_class_of_the_things_counted_is_no_item():
    assert _figures("2030年，3个1类创新药获批上市。") == [(Decimal(3), "个")]


def test_the_whole_a_share_is_taken_over_is_no_item():
    found = _figures("2030年，全市52个国控断面水质优良比例保持100%。")
    assert found == [(Decimal(100), "%")]


def test_a_depth_class_and_a_band_along_a_river_are_no_items():
    assert _figures("2030年，甲至乙段6米水深航道全线贯通。") == []
    assert _figures("2031年，实施黄河沿线2公里化工企业搬迁治理。") == []
    assert _figures("2030年，治理提升滨江岸线35公里。") == [(Decimal(35), "公里")]


def test_a_total_of_the_object_of_a_task_is_no_report_word():
    found = extracted(
        "2031年，启动甲热电厂改造、完成乙电厂共4台燃煤机组替代，完成25座储油罐深度治理。",
        REPORT_DAY,
        "day",
    )
    assert [(i.kind, i.value) for i in found] == [
        ("commitment", Decimal(4)),
        ("commitment", Decimal(25)),
    ]
    past = extracted("2030年，完成老旧小区改造共500个。", REPORT_DAY, "day")
    assert [(i.kind, i.value) for i in past] == [("evidence", Decimal(500))]
