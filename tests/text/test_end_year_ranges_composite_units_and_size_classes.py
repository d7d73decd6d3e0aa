"""Round 29's rules, on sentences of our own (docs/QUALITY.md, "Set 34 after round 29").

A five-year review in a report of year N is N-5..N-1. Two years joined by 到 before a change
(2025年到2030年，…从A提升到B) name the change's end points: A is the first year's, the flows
after it are over the years after the first, as under 过去五年. A plan named as the base of a
multiple (为“十四五”时期的1.8倍) dates nothing; a year named for one side of a change
(从2025年的A提升至2030年的B) dates that side only; what a review says was kept every year
(每年…) is over its years."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from tests.text.extracted import extracted

REPORT_DAY = dt.date(2031, 1, 28)

HEADING = "一、2030年和“十五五”时期工作回顾"
OPENING = (
    "各位代表！2030年主要目标任务的完成，标志着“十五五”规划顺利收官。回望过去五年，"
    "我们锐意进取、攻坚克难。在关键时刻，2026年3月，有关部门出台支持意见。五年来，我们推动工作重心转移。"
)


def _review(*paragraphs: str):
    text = "\n".join([HEADING, OPENING, *paragraphs]) + "\n"
    return {(i.value, i.unit): i for i in extracted(text, REPORT_DAY, "day")}


def _span(item) -> tuple[dt.date, dt.date]:
    return item.period_start, item.period_end


def _years(first: int, last: int) -> tuple[dt.date, dt.date]:
    return dt.date(first, 1, 1), dt.date(last, 12, 31)


def test_the_review_of_a_report_is_the_five_years_before_it():
    found = _review(
        "（一）加快发展工业。新增规模以上企业320家，工业投资年均增长6.3%，电网装机突破5千万千瓦。"
    )
    assert _span(found[(Decimal("320"), "家")]) == _years(2026, 2030)
    assert _span(found[(Decimal("6.3"), "%")]) == _years(2026, 2030)
    assert _span(found[(Decimal("5"), "千万千瓦")]) == _years(2030, 2030)


def test_two_end_years_before_a_change_date_its_sides_and_leave_the_five_years_after():
    found = _review(
        "（二）大抓工业。2025年到2030年，工业投资占比从20.1%提升到30.2%。"
        "旅游业持续提升，新增四星级饭店12家，游客人次年均增长6.1%，公路里程突破8000公里。"
    )
    assert _span(found[(Decimal("20.1"), "%")]) == _years(2025, 2025)
    assert _span(found[(Decimal("30.2"), "%")]) == _years(2030, 2030)
    # the flows after it are the five years', not six; a level reached is the last year's
    assert _span(found[(Decimal("12"), "家")]) == _years(2026, 2030)
    assert _span(found[(Decimal("6.1"), "%")]) == _years(2026, 2030)
    assert _span(found[(Decimal("8000"), "公里")]) == _years(2030, 2030)


def test_the_plan_a_multiple_is_of_dates_nothing():
    found = _review(
        "（三）深化改革。省属企业“十五五”时期利润总额为“十四五”时期的1.8倍。"
        "全市进出口总额年均增长7.5%，铁路营业里程突破3000公里。"
    )
    assert _span(found[(Decimal("1.8"), "倍")]) == _years(2026, 2030)
    assert _span(found[(Decimal("7.5"), "%")]) == _years(2026, 2030)
    assert _span(found[(Decimal("3000"), "公里")]) == _years(2030, 2030)


def test_a_year_named_for_a_side_of_a_change_dates_that_side_only():
    found = _review(
        "（四）发展教育。高等教育毛入学率从2025年的50.1%提升至2030年的60%以上，"
        "12所高校管理体制改革全面完成。"
    )
    assert _span(found[(Decimal("50.1"), "%")]) == _years(2025, 2025)
    assert _span(found[(Decimal("60"), "%")]) == _years(2030, 2030)
    assert _span(found[(Decimal("12"), "所")]) == _years(2026, 2030)


def test_what_a_review_kept_every_year_is_over_its_years():
    found = _review(
        "（五）保障民生。扎实推进稳岗计划，每年城镇新增就业30万人以上，高校毕业生就业率达90%以上。"
    )
    assert _span(found[(Decimal("30"), "万人")]) == _years(2026, 2030)
    assert _span(found[(Decimal("90"), "%")]) == _years(2026, 2030)


def test_a_standard_a_month_or_a_year_keeps_its_unit_and_its_own_quote():
    found = _review(
        "（六）提高保障标准。城乡低保平均标准分别从2025年的700元/月、5200元/年提高到"
        "2030年的860元/月、8100元/年，基础养老金最低标准从120元/月提高到200元/月。"
    )
    assert set(found) >= {
        (Decimal("700"), "元/月"), (Decimal("5200"), "元/年"),
        (Decimal("860"), "元/月"), (Decimal("8100"), "元/年"),
        (Decimal("120"), "元/月"), (Decimal("200"), "元/月"),
    }  # fmt: skip
    assert not any(unit == "元" for _value, unit in found)
    assert _span(found[(Decimal("5200"), "元/年")]) == _years(2025, 2025)
    assert _span(found[(Decimal("8100"), "元/年")]) == _years(2030, 2030)
    assert _span(found[(Decimal("120"), "元/月")]) == _years(2025, 2025)
    assert _span(found[(Decimal("200"), "元/月")]) == _years(2030, 2030)
    # no quote starts on the slash of the figure before
    assert not any(item.quote.startswith("/") for item in found.values())


def test_computing_power_in_eflops_and_stored_energy_in_gwh_are_read():
    found = _review("（七）发展数字经济。全省算力规模突破300Eflops，储能电池产能达80GWh。")
    assert found[(Decimal("300"), "Eflops")].comparator == "more_than"
    assert found[(Decimal("80"), "GWh")].base_unit == "千瓦时"
    assert found[(Decimal("80"), "GWh")].base_value == Decimal("80000000")


def test_a_span_in_years_changed_between_two_named_years_reads_both_spans_not_the_year():
    found = _review(
        "（八）发展教育。劳动年龄人口平均受教育年限从2025年的10.1年提升至2030年的10.8年左右。"
    )
    assert (Decimal("2025"), "年") not in found
    assert _span(found[(Decimal("10.1"), "年")]) == _years(2025, 2025)
    later = found[(Decimal("10.8"), "年")]
    assert _span(later) == _years(2030, 2030)
    assert later.comparator == "about"


TASKS = "三、2031年工作安排"


def _plan_and_tasks(*paragraphs: str):
    text = (
        "\n".join([HEADING, OPENING, "（一）加快发展。新增企业320家。", TASKS, *paragraphs]) + "\n"
    )
    return extracted(text, REPORT_DAY, "day")


def test_size_classes_a_format_and_a_pair_named_before_its_count_are_no_items():
    found = _plan_and_tasks(
        "牢牢守好发展和安全两条底线。",
        "推动燃煤发电等15个百亿元、60个20亿元以上项目建设，加快推进4个百万头生猪养殖项目建设。"
        "建成300个社区健身路径或5人制足球场。",
    )
    values = {(i.value, i.unit) for i in found}
    assert (Decimal("15"), "个") in values and (Decimal("60"), "个") in values
    assert (Decimal("4"), "个") in values and (Decimal("300"), "个") in values
    assert (Decimal("100"), "亿元") not in values  # 百亿元: the class of the projects counted
    assert (Decimal("100"), "万头") not in values
    assert (Decimal("5"), "人") not in values  # 5人制: a format's name
    assert (Decimal("2"), "条") not in values  # 发展和安全两条底线: the pair just named


def test_a_figure_in_digits_after_members_joined_by_he_is_still_an_item():
    found = _plan_and_tasks("新建改扩建中学和小学25所。")
    assert (Decimal("25"), "所") in {(i.value, i.unit) for i in found}


def test_a_member_of_a_list_is_no_whole_because_the_next_one_ends_in_zhong():
    found = _plan_and_tasks("新建公办幼儿园100所以上、义务教育学校300所以上、普通高中20所以上。")
    assert {(i.value, i.unit) for i in found} >= {
        (Decimal("100"), "所"),
        (Decimal("300"), "所"),
        (Decimal("20"), "所"),
    }


def test_a_total_among_the_next_years_tasks_is_a_target_for_that_year():
    found = _plan_and_tasks(
        "（一）发展数字经济。推动数据中心集群建设。累计引进和培育120家以上云生态企业。"
    )
    total = next(i for i in found if i.value == Decimal("120"))
    assert total.kind == "commitment"
    assert _span(total) == _years(2031, 2031)


def test_a_deadline_among_a_plans_goals_leaves_the_plans_years_to_the_next_goal():
    text = (
        "二、“十六五”时期主要目标任务\n"
        "——生态文明建设取得新的重大进展。绿色低碳转型成效明显，2035年前碳中和目标稳步推进。"
        "生态环境质量持续提升，地级及以上城市细颗粒物年平均浓度不高于20微克/立方米。\n"
    )
    goal = next(i for i in extracted(text, REPORT_DAY, "day") if i.value == Decimal("20"))
    assert goal.kind == "commitment"
    assert _span(goal) == _years(2031, 2035)


def test_a_length_ranked_right_after_its_noun_is_a_rank():
    found = _review(
        "（九）畅通交通。高速公路通车里程全国第六、突破9000公里，高速铁路运营里程全国第九。"
    )
    ranks = {item.value for item in found.values() if item.unit in ("", "位", "名")}
    assert {Decimal("6"), Decimal("9")} <= ranks
    assert _span(found[(Decimal("9000"), "公里")]) == _years(2030, 2030)
