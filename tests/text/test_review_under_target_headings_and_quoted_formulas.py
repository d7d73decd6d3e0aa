"""Round 28's rules, on sentences of our own (docs/QUALITY.md, "Set 33 after round 28").

A heading may name a plan's achievements and the next plan's targets at once (二、“十四五”时期
发展成就和“十五五”时期主要目标任务): the paragraph opening on 过去五年 under it states results,
whatever word of effort its opening holds, and the targets are the last plan's. Among a year's
tasks, 当前 describes the moment of speaking and dates none of the tasks after it; a sum set
over N years (三年安排…) spans them. A half year named for a change's 从 side dates its own
figure only. A count in words right after a quoted list of as many members names a formula
(“…、…、…”三项机制), no item; a count of whom a measure reaches (帮助8万户以上群众) is a
figure, not a size class."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from tests.text.extracted import extracted

REPORT_DAY = dt.date(2031, 1, 28)

HEADING = "二、“十五五”时期发展成就和“十六五”时期主要目标任务"
REVIEW = (
    "过去五年，我们努力在推动高质量发展上闯出新路子，在改革开放上展现新作为。"
    "经济实力实现新跨越，全市生产总值年均增长5.2%，全部工业增加值超6千亿元、比2025年增加四成以上。"
    "电网装机容量突破4千万千瓦。"
)
GOAL = (
    "根据市委建议，我们编制了规划纲要（草案），提交大会审查。"
    "经济发展方面，提出全市生产总值年均增长5%左右。"
)


def _found(text: str):
    return extracted(text, REPORT_DAY, "day")


def _by_value(text: str):
    return {item.value: item for item in _found(text)}


def _span(item) -> tuple[dt.date, dt.date]:
    return item.period_start, item.period_end


def _years(first: int, last: int) -> tuple[dt.date, dt.date]:
    return dt.date(first, 1, 1), dt.date(last, 12, 31)


def test_a_five_year_review_under_a_heading_of_achievements_and_targets_states_results():
    found = {(i.value, i.unit): i for i in _found(f"{HEADING}\n{REVIEW}\n{GOAL}\n")}
    growth = found[(Decimal("5.2"), "%")]
    industry = found[(Decimal("6"), "千亿元")]
    more = found[(Decimal("4"), "成")]
    capacity = found[(Decimal("4"), "千万千瓦")]
    assert {growth.kind, industry.kind, more.kind, capacity.kind} == {"evidence"}
    # flows over the five years; levels reached (增加值 is value added, no flow) at their end
    assert _span(growth) == _span(more) == _years(2026, 2030)
    assert _span(industry) == _span(capacity) == _years(2030, 2030)
    # the next plan's target, over the next plan's years
    goal = found[(Decimal("5"), "%")]
    assert goal.kind == "commitment"
    assert _span(goal) == _years(2031, 2035)


def test_the_same_paragraph_under_a_heading_of_targets_alone_is_still_read_as_targets():
    # (the rule is the review's opening, not the heading: a targets heading's figures stay aims)
    found = _found("二、“十六五”时期主要目标任务\n全市生产总值年均增长5%左右，研发强度达到3%。\n")
    assert {i.kind for i in found} == {"commitment"}


TASKS = (
    "三、2031年重点工作\n"
    "今年全市经济社会发展主要预期目标是：经济增长5%左右。\n"
    "当前，我市面临的发展机遇前所未有，我们将坚定信心、用好优势。重点抓好以下工作：\n"
    "（一）发展智能经济。深化拓展“人工智能+”，三年安排120亿元支持新质生产力发展。"
    "推出人工智能标志性产品20个，力争新增智能工厂40家。\n"
    "（二）办好民生实事。筹措3亿元实施安居工程，帮助2万户以上群众改善住房。\n"
)


def test_tasks_after_a_sentence_on_the_present_keep_their_year():
    found = _by_value(TASKS)
    for value in ("20", "40", "3", "2"):
        item = found[Decimal(value)]
        assert (item.kind, _span(item)) == ("commitment", _years(2031, 2031)), value


def test_a_sum_set_over_three_years_spans_them_from_the_targets_year():
    found = _by_value(TASKS)
    assert (found[Decimal("120")].kind, _span(found[Decimal("120")])) == (
        "commitment",
        _years(2031, 2033),
    )
    # a sum of the year alone keeps the year
    (single,) = _found("三、2031年重点工作\n安排120亿元支持新质生产力发展。\n")
    assert _span(single) == _years(2031, 2031)


def test_whom_a_measure_reaches_is_counted_and_a_size_class_is_not():
    found = _by_value(TASKS)
    helped = found[Decimal("2")]
    assert (helped.unit, helped.comparator) == ("万户", "at_least")
    # 20户以上自然村 still classes the villages
    assert not [
        i for i in _found("三、2031年重点工作\n推进20户以上自然村通硬化路。\n") if i.unit == "户"
    ]


def test_a_half_year_named_for_a_changes_from_side_dates_its_own_figure_only():
    text = (
        "一、2030年工作回顾\n"
        "城镇新增就业30万人，年末城镇调查失业率从上半年5.6%降到5.2%。落实育儿补贴政策，惠及60万户家庭。\n"
    )
    found = _by_value(text)
    assert _span(found[Decimal("5.6")]) == (dt.date(2030, 1, 1), dt.date(2030, 6, 30))
    assert _span(found[Decimal("5.2")])[1] == dt.date(2030, 12, 31)
    # the next sentence is the year's, not the first half's
    assert _span(found[Decimal("60")]) == _years(2030, 2030)


def test_a_count_in_words_of_the_quoted_members_before_it_is_no_item():
    text = (
        "三、2031年重点工作\n"
        "我们要牢固树立“对标对表、马上就办、久久为功”三种意识，用好“清单工作法、一线工作法”两个方法，"
        "健全“考核、督查、激励”三项机制，新建“口袋公园”五个。\n"
    )
    found = _found(text)
    # only the parks built: their count is no formula (one quoted name, not a list of members)
    assert [(i.value, i.unit) for i in found] == [(Decimal("5"), "个")]
