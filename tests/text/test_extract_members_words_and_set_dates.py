"""Extraction round 16 (the classes held-out set 21 showed, each on sentences of its own;
pure, no database): a date that says when targets were set (年初确定的目标) dates no figure;
members of a 分别 list no indicator table knows are measured in their own words, so that a
later figure in the same words is linked to them; a 分别 after a list of figures takes the
members named before that list (城乡居民…达到…和…、分别增长…); a growth rate whose own words
name another thing takes no indicator of the figure before it."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

from tests.text.extracted import extracted
from tracker.text.linking import FULFILS, MISSED, Figure, figure_words, relate

Y2031 = (date(2031, 1, 1), date(2031, 12, 31))


def _periods(items):
    return [(item.quote, (item.period_start, item.period_end)) for item in items]


def test_a_date_of_when_targets_were_set_dates_no_figure_of_the_year_reviewed():
    text = (
        "2031年,全县经济稳中有进,总体完成了年初确定的目标任务。"
        "粮食总产量超过30万吨,税收收入超过12亿元。"
    )
    items = extracted(text, date(2032, 1, 2))
    assert [(i.kind, p) for i, (_q, p) in zip(items, _periods(items), strict=True)] == [
        ("evidence", Y2031),
        ("evidence", Y2031),
    ]


def test_a_plan_set_at_the_start_of_the_year_leaves_its_targets_the_year():
    items = extracted("年初制定的计划提出,全年新增就业1.2万人。", date(2031, 3, 5))
    assert _periods(items) == [("全年新增就业1.2万人", Y2031)]


def _figure(item, *, subject="某县"):
    return Figure(
        indicator=item.indicator, measure=item.measure, comparator=item.comparator,
        value=item.value, base_value=item.base_value, base_unit=item.base_unit, unit=item.unit,
        period_start=item.period_start, period_end=item.period_end, quote=item.quote[:60],
        subject=subject, falls=item.falls, indicator_text=item.indicator_text,
    )  # fmt: skip


def test_members_no_table_knows_are_linked_to_their_results_in_their_own_words():
    targets = extracted("今年主要目标:文旅收入和会展收入分别增长10%和12%左右。", date(2031, 3, 1))
    results = extracted(
        "2031年,全年实现文旅收入52亿元、增长9.1%,实现会展收入8亿元、增长12.5%。",
        date(2032, 3, 1),
    )
    assert [(t.kind, t.indicator, t.value) for t in targets] == [
        ("commitment", None, D(10)), ("commitment", None, D(12)),
    ]  # fmt: skip
    growth = [r for r in results if r.measure == "growth"]
    assert [(r.kind, r.indicator, r.value) for r in growth] == [
        ("evidence", None, D("9.1")), ("evidence", None, D("12.5")),
    ]  # fmt: skip
    tourism, fairs = (_figure(t) for t in targets)
    tourism_result, fairs_result = (_figure(r) for r in growth)
    assert relate(tourism, tourism_result).relation == MISSED  # 9.1 % against 10 % 左右
    assert relate(fairs, fairs_result).relation == FULFILS
    assert relate(tourism, fairs_result) is None  # another thing
    assert relate(fairs, tourism_result) is None


def test_a_later_member_is_paired_on_the_words_the_extractor_read_for_it():
    assert figure_words("和12%左右", "会展收入") == "会展收入"
    assert figure_words("增长9.1%", "实现文旅收入") == "文旅收入"
    # a quote with words of its own keeps them
    assert figure_words("安排市级财政资金86.5亿元", "另一说法") == "市级财政资金"
    assert figure_words("增长9.1%", "") == ""


def test_respectively_after_a_list_of_figures_takes_the_members_named_before_the_list():
    items = extracted(
        "全年城乡居民人均可支配收入达到41000元和19000元、分别增长6.1%和7.3%。",
        date(2032, 2, 1),
    )
    growth = [(i.value, i.indicator) for i in items if i.measure == "growth"]
    assert growth == [
        (D("6.1"), "城镇居民人均可支配收入"), (D("7.3"), "农村居民人均可支配收入"),
    ]  # fmt: skip


def test_a_growth_rate_naming_another_thing_takes_no_indicator_of_the_figure_before():
    items = extracted("全年外贸进出口总额增长3%,货物贸易增长4%,其中出口增长5%。", date(2032, 2, 1))
    assert [(i.value, i.indicator) for i in items] == [
        (D(3), "外贸进出口总额"), (D(4), None), (D(5), None),
    ]  # fmt: skip


def test_a_growth_rate_with_only_words_of_a_change_keeps_the_figure_befores_indicator():
    items = extracted(
        "全年地区生产总值5000亿元,按可比价格计算,比上年增长5.2%;"
        "一般公共预算收入300亿元(同口径增长2.5%),1-11月份同比增长2.1%。",
        date(2032, 2, 1),
    )
    assert [(i.value, i.indicator) for i in items] == [
        (D(5000), "地区生产总值"), (D("5.2"), "地区生产总值"),
        (D(300), "一般公共预算收入"), (D("2.5"), "一般公共预算收入"),
        (D("2.1"), "一般公共预算收入"),
    ]  # fmt: skip


def test_a_count_of_a_plans_indicators_completed_is_an_outcome_over_the_plan():
    items = extracted(
        "“十三五”确定的7项约束性指标全部完成,12项预期性指标基本完成。", date(2031, 3, 1)
    )
    plan = (date(2016, 1, 1), date(2020, 12, 31))
    assert [(i.kind, i.value, i.unit, (i.period_start, i.period_end)) for i in items] == [
        ("evidence", D(7), "项", plan),
        ("evidence", D(12), "项", plan),
    ]


def test_a_count_of_a_plans_indicators_is_no_item_when_the_count_completed_follows():
    items = extracted("规划提出的30项指标完成21项,提出28个主要指标。", date(2031, 3, 1))
    assert [(i.value, i.unit) for i in items] == [(D(21), "项")]
