"""Round 36's rules, on sentences of our own (docs/QUALITY.md, "Sets 54–55 after round 35",
"Round 36").

A target raising a standard set per head and per period (由每生每年200元提高至300元, as
由每人每月900元提高到950元 already) names the standard in force on its 由 side: evidence of the
year before, only the 至 side the year's target.

户 is also the measure word of firms: a bound on firms counted in 户 (培育40户以上专精特新企业)
is their count, while before a settlement (20户以上自然村) it still sizes the settlement.
Batches inspected (完成不少于50万批次食品抽检) are a count too, no size of the inspection.

A rate named once after members listed with 、 and held or reached (城乡居民养老、医疗保险参保率
稳定在96%以上; 甲、乙、丙增速保持在9%以上) is each member's, one item per member; a share (占比) may
be the members' together and stays one. 各 right before a figure (新建省级实验室、省级中试基地
各15家) shares it as 均 does; 各地 stays no member.

争创 strives for a title, as 努力 is an effort: it aims only the figures of its own clause, so a
review's 积极争创国家级新区，进出口总值翻番达到3000亿元 reports its figure.

In a five-year review, things counted that hold a rank (光伏玻璃等12种产品产能全国第一, 油茶等9种
农产品产量居全国第1位) stand so at its end: the last year's; a rank after 、 ranks the count
itself (9个中心开诊运营、居全国第2位), and the count keeps the review's years. A rank right after
产能 (产能全国第一) is an item, as after 产量 or 规模. Places counted as reached by a line (9个地市
接通高铁) are an item, of the review's last year, as 通高铁 already was; so are places a task
picks (选择12个左右的县探索…, 遴选5个城市开展试点)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from tests.text.extracted import by_figure, extracted, span, years

REPORT_DAY = dt.date(2031, 1, 28)


def _found(*paragraphs: str):
    return by_figure("\n".join(["2031年某自治区政府工作报告", *paragraphs]) + "\n", REPORT_DAY)


def _tasks_of_2031(part: str, sentence: str):
    return _found("2031年工作安排", part, sentence)


def _assert_minimum_targets_of_2031(found: dict, figures: list) -> None:
    for figure in figures:
        assert found[figure].kind == "commitment"
        assert found[figure].comparator == "at_least"
        assert span(found[figure]) == years(2031, 2031)


def test_the_from_side_of_a_standard_per_head_and_period_is_the_standard_in_force():
    found = _found(
        "2031年工作安排",
        "一、办好民生实事",
        "将校车补贴由每生每年200元提高至300元；住院伙食补助由每床每日30元提高到40元；"
        "特困人员供养标准由每人每月900元提高到950元。",
    )
    for standard_in_force, target in (("200", "300"), ("30", "40"), ("900", "950")):
        before = found[(Decimal(standard_in_force), "元")]
        assert before.kind == "evidence"
        assert span(before) == years(2030, 2030)
        after = found[(Decimal(target), "元")]
        assert after.kind == "commitment"
        assert span(after) == years(2031, 2031)


def test_firms_counted_in_hu_with_a_bound_are_a_count_and_villages_sized_in_hu_are_none():
    found = _tasks_of_2031(
        "一、推动产业升级",
        "新培育40户以上专精特新企业，培育50户以上的省级绿色工厂。实现20户以上自然村通硬化路。",
    )
    _assert_minimum_targets_of_2031(found, [(Decimal("40"), "户"), (Decimal("50"), "户")])
    assert (Decimal("20"), "户") not in found


def test_batches_inspected_with_a_bound_are_a_count():
    found = _tasks_of_2031(
        "一、守护食品安全", "完成不少于50万批次食品抽检，开展药品抽检2万批次以上。"
    )
    _assert_minimum_targets_of_2031(found, [(Decimal("50"), "万批次"), (Decimal("2"), "万批次")])


def test_a_rate_held_after_members_listed_is_each_members():
    found = extracted(
        "2031年某自治区政府工作报告\n2031年工作安排\n一、增进民生福祉\n"
        "确保城乡居民养老、医疗保险参保率稳定在96%以上。"
        "推动数字经济、海洋经济、文旅产业增速保持在9%以上。工业、服务业占比达到60%。\n",
        REPORT_DAY,
    )
    by_value = {}
    for item in found:
        by_value.setdefault(item.value, []).append(item)
    assert [i.quote for i in by_value[Decimal("96")]] == [
        "确保城乡居民养老、医疗保险参保率稳定在96%以上",
        "医疗保险参保率稳定在96%以上",
    ]
    assert len(by_value[Decimal("9")]) == 3
    assert all(
        i.kind == "commitment" and i.comparator == "at_least" for i in by_value[Decimal("9")]
    )
    assert len(by_value[Decimal("60")]) == 1


def test_ge_right_before_a_figure_gives_it_to_every_member():
    found = extracted(
        "2031年某自治区政府工作报告\n2031年工作安排\n一、推动创新\n"
        "新建省级实验室、省级中试基地各15家，各地新建孵化器30个。\n",
        REPORT_DAY,
    )
    shared = [i for i in found if i.value == Decimal("15")]
    assert [i.quote for i in shared][-1] == "省级中试基地各15家"
    assert len(shared) == 2
    assert all(i.kind == "commitment" and span(i) == years(2031, 2031) for i in shared)
    assert len([i for i in found if i.value == Decimal("30")]) == 1


def test_zhengchuang_aims_its_own_clause_only():
    found = _found(
        "“十五五”时期发展成就和2030年工作回顾",
        "这五年，我们积极争创国家级新区，进出口总值翻番达到3000亿元，新增外贸企业800家。",
        "二、2031年工作安排",
        "争创5个国家级示范区。",
    )
    assert found[(Decimal("3000"), "亿元")].kind == "evidence"
    assert found[(Decimal("800"), "家")].kind == "evidence"
    assert span(found[(Decimal("800"), "家")]) == years(2026, 2030)
    assert found[(Decimal("5"), "个")].kind == "commitment"


def test_things_counted_holding_a_rank_stand_at_the_reviews_end():
    found = _found(
        "“十五五”时期发展成就和2030年工作回顾",
        "这五年，我们做强特色产业，光伏玻璃等12种产品产能全国第一，"
        "油茶等9种农产品产量居全国第1位，7个创新中心建成运行、居全国第2位，新建产业园区15个。",
    )
    for counted in ((Decimal("12"), "种"), (Decimal("9"), "种")):
        assert span(found[counted]) == years(2030, 2030)
    for counted in ((Decimal("7"), "个"), (Decimal("15"), "个")):
        assert span(found[counted]) == years(2026, 2030)


def test_a_rank_right_after_capacity_is_an_item():
    found = extracted(
        "2031年某自治区政府工作报告\n“十五五”时期发展成就和2030年工作回顾\n"
        "这五年，我们做强特色产业，多晶硅产能全国第一，新建产业园区15个。\n",
        REPORT_DAY,
    )
    ranks = [i for i in found if i.value == Decimal("1")]
    assert [i.quote for i in ranks] == ["多晶硅产能全国第一"]
    assert ranks[0].kind == "evidence"


def test_places_a_line_reached_are_counted_at_the_reviews_end():
    found = _found(
        "“十五五”时期发展成就和2030年工作回顾",
        "这五年，我们完善交通网络，干线铁路全线贯通，9个地市接通高铁、所有地市互通高速，新建产业园区15个。",
    )
    assert found[(Decimal("9"), "个")].kind == "evidence"
    assert span(found[(Decimal("9"), "个")]) == years(2030, 2030)
    assert span(found[(Decimal("15"), "个")]) == years(2026, 2030)


def test_places_a_task_picks_are_counted():
    found = _tasks_of_2031(
        "一、推进乡村振兴", "选择12个左右的县探索片区化推进，遴选5个城市开展试点。"
    )
    assert found[(Decimal("12"), "个")].comparator == "about"
    for picked in ("12", "5"):
        assert found[(Decimal(picked), "个")].kind == "commitment"
        assert span(found[(Decimal(picked), "个")]) == years(2031, 2031)
