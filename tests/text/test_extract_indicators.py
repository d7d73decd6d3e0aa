"""Which indicator a figure takes when its own words do not name one: the clause before
(预期目标…), the members of a 分别 list, never another thing's indicator (pure, no database)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from tracker.text.extract import extract

REPORT_DAY = date(2025, 1, 20)


def named(text: str) -> list[tuple[Decimal, str, str | None]]:
    """(value, measure, indicator) of every figure of ``text``, in order."""
    found = extract(text, published_on=REPORT_DAY, precision="day")
    return [(item.value, item.measure, item.indicator) for item in found]


def test_a_target_takes_the_indicator_named_in_the_clause_before():
    text = "2024年,预计全市地区生产总值实现稳定增长,2025年预期目标增长6%左右。"
    assert named(text) == [(Decimal(6), "growth", "地区生产总值")]
    text = "今年固定资产投资保持增长,力争增长7%。"
    assert named(text) == [(Decimal(7), "growth", "固定资产投资")]


def test_a_figure_of_another_thing_takes_no_indicator_from_the_clause_before():
    # The clause names what its figure measures (出口), which the table does not know.
    text = "预计全市地区生产总值实现稳定增长,目标出口增长6%左右。"
    assert named(text) == [(Decimal(6), "growth", None)]
    # Without a word of aim the clause is not the same thing's.
    text = "全市地区生产总值实现稳定增长,同比增长5%。"
    assert named(text)[0][2] is None
    # An amount is no growth rate's level: a yuan figure does not take a rate's indicator.
    text = "预计常住人口城镇化率稳步提高,目标达到300亿元。"
    assert named(text) == [(Decimal(300), "level", None)]


def test_respective_figures_take_the_members_in_order():
    text = "全年规模以上工业增加值和固定资产投资分别增长4.2%、3.9%。"
    assert named(text) == [
        (Decimal("4.2"), "growth", "规模以上工业增加值"),
        (Decimal("3.9"), "growth", "固定资产投资"),
    ]


def test_a_shared_name_is_completed_for_the_first_member():
    # 城镇和农村居民人均可支配收入: the first member is 城镇居民人均可支配收入.
    text = "全年城镇和农村居民人均可支配收入分别增长4.6%、6.8%。"
    assert named(text) == [
        (Decimal("4.6"), "growth", "城镇居民人均可支配收入"),
        (Decimal("6.8"), "growth", "农村居民人均可支配收入"),
    ]
    text = "今年城乡居民人均可支配收入分别增长5%和6.5%左右。"
    assert [(v, i) for v, _, i in named(text)] == [
        (Decimal(5), "城镇居民人均可支配收入"),
        (Decimal("6.5"), "农村居民人均可支配收入"),
    ]


def test_figures_after_respectively_never_take_the_figure_befores_indicator():
    text = "全年社会消费品零售总额增长6.1%,电子商务、跨境电商分别增长12.4%、20.5%。"
    assert named(text) == [
        (Decimal("6.1"), "growth", "社会消费品零售总额"),
        (Decimal("12.4"), "growth", None),
        (Decimal("20.5"), "growth", None),
    ]


def test_a_member_whose_name_goes_on_names_nothing():
    # 单位地区生产总值能源消耗 is no 地区生产总值, though it holds the name.
    text = "全年单位地区生产总值能源消耗和用水量分别下降3.1%、2.4%。"
    assert [i for _, _, i in named(text)] == [None, None]


def test_a_shortened_name_is_the_indicator():
    text = "2025年实现地区总值增长5.5%左右,社零额增长6%左右。"
    assert [(v, i) for v, _, i in named(text)] == [
        (Decimal("5.5"), "地区生产总值"),
        (Decimal(6), "社会消费品零售总额"),
    ]
