"""Round 34a's rules, on sentences of our own (docs/QUALITY.md, "Sets 51–53 after round 34").

A record set against years (创十年来新高) dates no figure after it: the paragraphs of a year's
review that follow stay that year's. Under a heading of a plan and its first year (二、“十六五”时期
目标任务和2031年工作安排) the plan's paragraphs come first: from the paragraph opening on the
year (今年是“十六五”开局之年, 2031年是…) on, the figures are that year's, not the plan's.
A plan's 以来 in the first quarter after it (“十五五”以来, in January 2031) is the plan's years,
and 预期 after 的 (好的预期不断释放) is a noun, no word of intent. A total (累计) among a list of
the year's tasks reports its own part only: the tasks after the next "；" stay targets. In a
five-year review, 加装, 消除, 追回 and 实际使用 count what was done over the years, and the level a
change reached (增至1200种) is the last year's, whatever verb of doing opens its clause; so is a
count of things in the top band of a ranking (70个学科进入ESI世界学科排名前1%) and of the places a
network reaches (辐射全国80个城市, 通达全球110个国家和地区的500个港口). A change by more than a
figure (运能提升超50%) is over the years, no level passed."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from tests.text.extracted import by_figure, span, years
from tracker.text.periods import find_periods

REPORT_DAY = dt.date(2031, 1, 28)


def _found(*paragraphs: str):
    return by_figure("\n".join(["2031年某省政府工作报告", *paragraphs]) + "\n", REPORT_DAY)


def test_a_record_against_past_years_opens_no_review_of_the_paragraphs_after_it():
    found = _found(
        "一、2030年和“十五五”时期工作回顾",
        "一是投资回升。全年新开工项目增长9.2%，直接融资规模增长27.4%、创八年来新高。",
        "二是创新加快。新建省级技术创新中心16个，引进博士后研究人员730人。",
    )
    assert span(found[(Decimal("27.4"), "%")]) == years(2030, 2030)
    assert span(found[(Decimal("16"), "个")]) == years(2030, 2030)
    assert span(found[(Decimal("730"), "人")]) == years(2030, 2030)


def test_a_section_of_a_plan_and_its_first_year_turns_to_the_year_where_a_paragraph_opens_on_it():
    found = _found(
        "二、“十六五”时期目标任务和2031年工作安排",
        "规划纲要提出，全省生产总值年均增长5.5%左右，研发经费投入年均增长9%以上。",
        "今年是“十六五”开局之年，要开好局、起好步。",
        "全省发展的主要预期目标是：生产总值增长5%左右，城镇新增就业38万人以上。",
        "（一）扩大内需。新建改造城市燃气管网1200公里，举办促消费活动3000场以上。",
        "三、政府自身建设",
        "全年压减一般性支出8%。",
    )
    assert span(found[(Decimal("5.5"), "%")]) == years(2031, 2035)
    assert span(found[(Decimal("9"), "%")]) == years(2031, 2035)
    assert span(found[(Decimal("5"), "%")]) == years(2031, 2031)
    assert span(found[(Decimal("38"), "万人")]) == years(2031, 2031)
    assert span(found[(Decimal("1200"), "公里")]) == years(2031, 2031)
    assert span(found[(Decimal("3000"), "场")]) == years(2031, 2031)
    assert found[(Decimal("1200"), "公里")].kind == "commitment"


def test_a_plans_since_early_in_the_year_after_it_is_the_plans_years_and_reports_them():
    found = _found(
        "各位代表，“十五五”以来，面对复杂形势，发展稳的态势巩固、好的预期不断释放，"
        "生产总值年均增长5.1%，数字经济核心产业增加值占比达到14%以上。",
    )
    assert span(found[(Decimal("5.1"), "%")]) == years(2026, 2030)
    assert span(found[(Decimal("14"), "%")]) == years(2030, 2030)
    assert {found[key].kind for key in found} == {"evidence"}


def test_a_plans_since_later_runs_to_the_day_of_writing():
    (june,) = find_periods("“十五五”以来", reference=dt.date(2031, 6, 30), precision="day")
    assert (june.period_start, june.period_end) == (dt.date(2026, 1, 1), dt.date(2031, 6, 30))
    (later,) = find_periods("“十五五”以来", reference=dt.date(2032, 2, 1), precision="day")
    assert later.period_end == dt.date(2032, 2, 1)
    (early,) = find_periods("“十五五”以来", reference=dt.date(2031, 2, 1), precision="day")
    assert (early.period_start, early.period_end) == years(2026, 2030)


def test_a_total_among_the_years_tasks_reports_its_own_part_only():
    found = _found(
        "三、2031年工作安排",
        "今年，我们将办好12件民生实事，包括：改造老旧小区450个；累计建成社区食堂3000个以上；"
        "为40万名老年人提供健康体检；新建公共充电桩8000个。",
    )
    for key in [(Decimal("450"), "个"), (Decimal("40"), "万名"), (Decimal("8000"), "个")]:
        assert found[key].kind == "commitment"
        assert span(found[key]) == years(2031, 2031)


def test_a_total_in_a_review_still_reports_the_parts_after_it():
    found = _found(
        "一、2030年工作回顾",
        "全年累计建成社区食堂2600个；改造老旧小区410个。",
    )
    assert found[(Decimal("2600"), "个")].kind == "evidence"
    assert found[(Decimal("410"), "个")].kind == "evidence"


def test_installed_removed_recovered_and_used_are_counted_over_the_review():
    found = _found(
        "一、2030年和“十五五”时期工作回顾",
        "2030年，全省生产总值增长5%。",
        "五年来，民生持续改善。更新加装电梯1.2万台，消除易积水点位31处，"
        "为劳动者追回工资12.5亿元，实际使用外资210亿美元。",
    )
    for key in [
        (Decimal("1.2"), "万台"),
        (Decimal("31"), "处"),
        (Decimal("12.5"), "亿元"),
        (Decimal("210"), "亿美元"),
    ]:
        assert span(found[key]) == years(2026, 2030)


def test_the_level_a_change_reached_in_a_review_is_the_last_years():
    found = _found(
        "一、2030年和“十五五”时期工作回顾",
        "2030年，全省生产总值增长5%。",
        "五年来，通道提质。运输货物品类增至1200种，新开国际航线36条。",
    )
    assert span(found[(Decimal("1200"), "种")]) == years(2030, 2030)
    assert span(found[(Decimal("36"), "条")]) == years(2026, 2030)


def test_things_in_the_top_band_of_a_ranking_stand_there_at_the_reviews_end():
    found = _found(
        "一、2030年和“十五五”时期工作回顾",
        "2030年，全省生产总值增长5%。",
        "五年来，教育提质。新增本科高校3所，70个学科进入ESI世界学科排名前1％、8个学科进入前1‰。",
    )
    assert span(found[(Decimal("70"), "个")]) == years(2030, 2030)
    assert span(found[(Decimal("8"), "个")]) == years(2030, 2030)
    assert span(found[(Decimal("3"), "所")]) == years(2026, 2030)


def test_the_places_a_network_reaches_are_counted_at_the_reviews_end():
    found = _found(
        "一、2030年和“十五五”时期工作回顾",
        "2030年，全省生产总值增长5%。",
        "五年来，开放提速。通道网络辐射全国80个城市、150个铁路站点，"
        "通达全球110个国家和地区的500个港口，新开国际航线36条。",
    )
    for key in [(Decimal(n), "个") for n in ("80", "150", "110", "500")]:
        assert span(found[key]) == years(2030, 2030)
    assert span(found[(Decimal("36"), "条")]) == years(2026, 2030)


def test_a_change_by_more_than_a_figure_is_over_the_review():
    found = _found(
        "一、2030年和“十五五”时期工作回顾",
        "2030年，全省生产总值增长5%。",
        "五年来，交通提速。城际全天运能提升超50%，航线总数超过300条。",
    )
    assert span(found[(Decimal("50"), "%")]) == years(2026, 2030)
    assert span(found[(Decimal("300"), "条")]) == years(2030, 2030)
