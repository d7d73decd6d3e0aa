"""Figures shared by members, ordinals of passing a mark, numbers and units written loosely,
news of a work report and its list of targets, each rule on sentences of its own (extraction
round 14: the classes held-out set 19 showed; pure, no database)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tests.text.extracted import extracted
from tracker.text.numbers import find_quantities

JAN_2031 = date(2031, 1, 15)
Y2030 = (date(2030, 1, 1), date(2030, 12, 31))
Y2031 = (date(2031, 1, 1), date(2031, 12, 31))


def items(text: str, published_on: date | None = JAN_2031, precision: str = "day", **options):
    return extracted(text, published_on, precision, **options)


def figures(text: str, **kwargs):
    return [(i.kind, i.value, i.unit, i.measure) for i in items(text, **kwargs)]


# --- 均 over named members: one item per member, as 分别 ---------------------------------------


def test_a_figure_shared_with_jun_is_one_item_per_member():
    found = items("2031年目标：全市固定资产投资、工业投资和技改投资均增长8%左右。")
    assert [(i.kind, i.value, i.unit) for i in found] == [("commitment", Decimal(8), "%")] * 3
    # each member's item has a quote of its own, from its name on
    assert len({i.start for i in found}) == 3
    assert all(i.quote.endswith("均增长8%左右") for i in found)


def test_a_rank_shared_by_a_total_and_its_growth_is_the_totals_only():
    assert figures("2030年，全县生产总值总量和增速均居全市第2位。") == [
        ("evidence", Decimal(2), "位", "rank")
    ]


def test_a_figure_held_by_each_of_two_occasions_is_one_item_each():
    found = items("2030年，两届博览会吸引客商再创新高，本市展团签约额均超50亿元。")
    assert [(i.value, i.unit) for i in found] == [(Decimal(50), "亿元")] * 2
    # the first quotes from the count on, so an editor sees why there are two
    assert found[0].quote.startswith("两届") and not found[1].quote.startswith("两届")


@pytest.mark.parametrize(
    "text",
    [
        "2030年，全市人均地区生产总值9万元。",
        "2030年，三次产业结构调整，全市平均工资均达到9万元。",
    ],
)
def test_per_head_and_averages_are_no_members(text):
    assert len(items(text)) == 1


# --- The Nth to pass a mark: a rank; the mark is no item -----------------------------------------


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        ("2030年，全市工业总产值成为全省第三个突破5000亿元大关的城市。", 3),
        ("2030年，本市机场成为全省第2个吞吐量超千万人次的机场。", 2),
    ],
)
def test_the_nth_to_pass_a_mark_is_a_rank_and_the_mark_no_item(text, rank):
    assert figures(text) == [("evidence", Decimal(rank), "个", "rank")]


def test_an_ordinal_passing_nothing_is_no_rank():
    assert figures("2030年，全市建成全省第三个产业园。") == []


# --- Numbers without a digit ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("进出口总额突破万亿元", Decimal(1), "万亿元"),
        ("社会融资规模超万亿元", Decimal(1), "万亿元"),
        ("成交额均超百亿美元", Decimal(100), "亿美元"),
    ],
)
def test_a_number_written_without_a_digit(text, value, unit):
    assert [(q.value, q.unit) for q in find_quantities(text)] == [(value, unit)]


@pytest.mark.parametrize("text", ["万亿元级产业集群", "总额万亿元", "万人助万企"])
def test_a_bare_multiplier_with_no_comparator_is_no_number(text):
    assert find_quantities(text) == []


# --- Units around a bracket and after a list -----------------------------------------------------


def test_kinds_in_brackets_inside_a_unit():
    found = items("2030年，出入境交通工具达12.5万辆（艘、架）次，增长8%。")
    assert [(i.value, i.unit) for i in found] == [(Decimal("12.5"), "万辆次"), (Decimal(8), "%")]


def test_a_lists_last_unit_holds_for_the_bare_figures_before_it():
    found = items("2030年，地铁和公交单日最高客运量分别达120万、95万人次。")
    assert [(i.value, i.unit) for i in found] == [
        (Decimal(120), "万人次"),
        (Decimal(95), "万人次"),
    ]


# --- Shares in 成, ranks written 首位, and what is no item ---------------------------------------


def test_a_share_in_cheng_after_other_percentages_is_an_item():
    found = items("2030年，本省手机产量增长12.5%、占全国超四成，芯片产量增长41%、占全国18%。")
    assert [(i.value, i.unit) for i in found] == [
        (Decimal("12.5"), "%"),
        (Decimal(4), "成"),
        (Decimal(41), "%"),
        (Decimal(18), "%"),
    ]


def test_a_share_in_cheng_rounding_the_percentage_after_it_is_no_item():
    found = items("2030年，超六成行业同比增长，增长面达61.2%。")
    assert [(i.value, i.unit) for i in found] == [(Decimal("61.2"), "%")]


def test_first_place_in_a_sentence_without_a_digit_is_an_item():
    text = "2030年全省工作回顾。\n扩大有效投资，新增专项债券规模居全国首位，获批资金创新高。"
    found = items(text)
    assert [(i.value, i.unit, i.measure) for i in found] == [(Decimal(1), "", "rank")]


@pytest.mark.parametrize(
    "text",
    [
        # the rank of the growth of the figure just given
        "2030年，进出口总额突破3万亿元、增速居全国第5位。",
        # a tier
        "2030年，高新技术企业总数均居全国第一方阵。",
        # a ratio of counts
        "2030年，全国每销售5台空调就有1台本省造。",
        # a rank shared by a growth rate named in the clause before
        "2030年，外贸总额增速、物流园区进出口额再创新高，跃居全省首位。",
    ],
)
def test_ranks_of_changes_tiers_and_ratios_are_no_items(text):
    assert [i for i in items(text) if i.measure == "rank" or i.unit in ("台", "")] == []


# --- News of a work report -----------------------------------------------------------------------


def test_a_list_of_targets_after_baokuo_is_targets():
    text = "市长作政府工作报告时提出了2031年全市主要预期目标，包括地区生产总值同比增长5%左右。"
    found = items(text)
    assert [(i.kind, i.value, (i.period_start, i.period_end)) for i in found] == [
        ("commitment", Decimal(5), Y2031)
    ]


def test_a_compared_figure_in_a_report_stays_evidence():
    found = items("2030年全市地区生产总值同比增长5%。")
    assert [i.kind for i in found] == ["evidence"]


def test_news_of_a_report_dates_its_figures_the_year_before_the_day():
    text = (
        "某市市长15日表示，全市经济稳中有进。\n"
        "市长作政府工作报告。2030年该市工业投资增长6%。\n"
        "同时，技改投资同比增长11%，新设外资企业800户。"
    )
    found = items(text)
    assert [(i.value, (i.period_start, i.period_end)) for i in found] == [
        (Decimal(6), Y2030),
        (Decimal(11), Y2030),
        (Decimal(800), Y2030),
    ]


def test_news_of_a_report_whose_date_is_lost_reads_its_last_year_from_its_targets():
    text = (
        "市长15日作政府工作报告时提出了2031年全市经济社会发展的主要预期目标。\n"
        "去年，全市进出口总额增长9%，新设外资企业800户。"
    )
    found = items(text, published_on=None, precision="unknown")
    assert [(i.kind, i.value, (i.period_start, i.period_end)) for i in found] == [
        ("evidence", Decimal(9), Y2030),
        ("evidence", Decimal(800), Y2030),
    ]
