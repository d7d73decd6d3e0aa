"""Set 22's small classes as general rules, each with sentences of our own (pure, no
database): a plan whose target was reached early is named as context, not the figures' period;
computing power in P (9.4万P); a mark passed (跨过万亿元大关) as 突破万亿元 is read; a rank a
review expects (排名有望上升至第20位) is an item, the places it moved (上升3位) are not."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from tests.text.extracted import extracted

JAN_2031 = date(2031, 1, 14)
YEAR_2030 = (date(2030, 1, 1), date(2030, 12, 31))


def test_a_plan_target_reached_early_gives_no_period_to_the_figures_after_it():
    read = extracted(
        "一、2030年工作回顾\n过去一年，全县单位生产总值能耗下降3%，提前一年达到“十五五”规划"
        "控制目标。引进到位资金超530亿元，新增就业1.2万人。",
        JAN_2031,
    )
    assert [(item.quote, item.kind) for item in read] == [
        ("全县单位生产总值能耗下降3%", "evidence"),
        ("引进到位资金超530亿元", "evidence"),
        ("新增就业1.2万人", "evidence"),
    ]
    assert all((item.period_start, item.period_end) == YEAR_2030 for item in read)


def _review(sentence: str):
    return extracted(f"一、2030年工作回顾\n过去一年，{sentence}", JAN_2031)


def test_computing_power_keeps_its_unit_in_p():
    read = _review(
        "全县算力总规模达到9.4万P，其中智算8.7万P，新建智算中心1200P，存储容量达到20PB。"
    )
    assert [
        (item.quote, item.value, item.unit, item.base_value, item.base_unit) for item in read
    ] == [
        ("全县算力总规模达到9.4万P", Decimal("9.4"), "万P", 94_000, "P"),
        ("其中智算8.7万P", Decimal("8.7"), "万P", 87_000, "P"),
        ("新建智算中心1200P", 1200, "P", 1200, "P"),
    ]
    assert all(item.kind == "evidence" for item in read)


def test_a_mark_passed_without_a_digit_is_read_as_one_of_its_unit():
    read = _review("全县工业增加值跨过万亿元大关，规模以上工业总产值迈过2000亿元大关。")
    assert [(item.quote, item.value, item.unit, item.comparator) for item in read] == [
        ("全县工业增加值跨过万亿元大关", 1, "万亿元", "more_than"),
        ("规模以上工业总产值迈过2000亿元大关", 2000, "亿元", "more_than"),
    ]
    assert all((item.period_start, item.period_end) == YEAR_2030 for item in read)


def test_a_rank_a_review_expects_is_an_item_and_the_places_it_moved_are_not():
    read = _review(
        "预计全县生产总值突破260亿元，总量在全省排名有望上升至第20位；工业增加值全省排名有望"
        "上升3位、居第14位，数量居全省第2位。"
    )
    ranks = [(item.value, item.unit, item.kind) for item in read if item.measure == "rank"]
    assert ranks == [(20, "位", "evidence"), (14, "位", "evidence"), (2, "位", "evidence")]
    assert not any(item.value == 3 for item in read)
    assert all((item.period_start, item.period_end) == YEAR_2030 for item in read)


def test_a_hope_outside_a_review_is_still_no_item():
    read = extracted(
        "2031年，全县将新开工项目30个，未来有望打造新的百亿级产业集群，排名有望上升至第15位。",
        JAN_2031,
    )
    assert [(item.value, item.unit) for item in read] == [(30, "个")]
