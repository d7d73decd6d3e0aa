"""Round 35's rules, on sentences of our own (docs/QUALITY.md, "Sets 54–55 after round 35").

A report may head its parts without numerals, each heading a line of its own naming its period
first and the part last (“十六五”时期主要目标和2031年重点工作,
2031年经济社会发展主要目标和重点工作): such a line heads a part as 二、… does, so the year's tasks
under it are that year's targets, not results of the year reviewed before it. A short line of the
body that names no part (2030年全区发展成绩来之不易) heads nothing.

Under a heading of the plan's review alone (一、“十五五”时期工作回顾) a paragraph opening on the
plan's last year (刚刚过去的2030年…) turns the review to that year: the flows of the paragraphs
after it are the year's, not the five years'.

In a five-year review, 入选, 认证, 执行, 保供, 增设, 减负 and 落地 are verbs of doing: what they
count (入选…集群6个) was done over the years, no level of the last.

现有 reports only before a count in its clause (现有高新技术企业3100家); before a noun and a verb
(现有高耗能项目逐步退出) it is "existing", and a target after it stays a target.

A plan's target naming the plan's last year between its indicator and its verb
(海上风电装机2035年达到3000万千瓦, in 2031) is over the plan's years, as one aimed 到2035年 is.

In a five-year review a clause opening on its years, bare (五年外送电量…), counts over them, and a
rank or a share of a total over the review (累计…超800亿立方米、居全国首位; …，占全国近两成) is
over the review as that total is; the rank of a level reached stays the last year's. Rivers
counted as reaching a water quality (12条主要支流全部达到优良水质) stand so at the review's end.

同比 listed after a target's figure (营收达到1.2万亿元、同比增长6%左右) compares the target: a
target too, no report."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from tests.text.extracted import by_figure, span, years

REPORT_DAY = dt.date(2031, 1, 28)


def _found(*paragraphs: str):
    return by_figure("\n".join(["2031年某自治区政府工作报告", *paragraphs]) + "\n", REPORT_DAY)


def test_an_unnumbered_heading_of_the_plan_and_its_first_year_heads_the_years_tasks():
    found = _found(
        "“十五五”时期发展成就和2030年工作回顾",
        "过去一年，全区新建光伏电站42座，完成植树造林260万亩。",
        "“十六五”时期主要目标和2031年重点工作",
        "规划纲要提出，全区生产总值年均增长5.5%左右。",
        "今年是“十六五”开局之年，要开好局、起好步。",
        "一、推动产业升级",
        "（一）做强能源。新建光伏电站30座，新增储能装机500万千瓦。",
        "二、增进民生福祉",
        "新建社区食堂120个，完成植树造林300万亩。",
    )
    assert span(found[(Decimal("42"), "座")]) == years(2030, 2030)
    assert found[(Decimal("42"), "座")].kind == "evidence"
    assert span(found[(Decimal("5.5"), "%")]) == years(2031, 2035)
    for figure in ((Decimal("30"), "座"), (Decimal("500"), "万千瓦"), (Decimal("120"), "个")):
        assert span(found[figure]) == years(2031, 2031)
        assert found[figure].kind == "commitment"
    assert found[(Decimal("300"), "万亩")].kind == "commitment"


def test_an_unnumbered_heading_of_the_years_targets_and_work_heads_its_tasks():
    found = _found(
        "过去一年，全区新建社区食堂80个。",
        "2031年经济社会发展主要目标和重点工作",
        "新建社区食堂120个，改造老旧小区900个。",
    )
    assert found[(Decimal("80"), "个")].kind == "evidence"
    assert span(found[(Decimal("120"), "个")]) == years(2031, 2031)
    assert found[(Decimal("120"), "个")].kind == "commitment"
    assert found[(Decimal("900"), "个")].kind == "commitment"


def test_a_short_line_of_the_body_naming_a_year_heads_no_part():
    found = _found(
        "过去一年，全区新建社区食堂80个。",
        "2031年经济社会发展主要目标和重点工作",
        "2030年全区发展成绩来之不易",
        "新建社区食堂120个，改造老旧小区900个。",
    )
    assert span(found[(Decimal("120"), "个")]) == years(2031, 2031)
    assert found[(Decimal("120"), "个")].kind == "commitment"
    assert found[(Decimal("900"), "个")].kind == "commitment"


def test_a_plans_review_turns_to_its_last_year_where_a_paragraph_opens_on_it():
    found = _found(
        "一、“十五五”时期工作回顾",
        "“十五五”时期是极不平凡的五年。",
        "——动能加快转换。新建5G基站4.2万个，新增高新技术企业3100家。",
        "刚刚过去的2030年，全区上下攻坚克难。全年生产总值增长5.1%。",
        "稳住工业基本盘。新培育专精特新企业260家，装备制造业增加值增长8.6%。",
        "改善生态环境。完成营造林230万亩。",
        "二、2031年工作安排",
        "新培育专精特新企业300家。",
    )
    for figure in ((Decimal("4.2"), "万个"), (Decimal("3100"), "家")):
        assert span(found[figure]) == years(2026, 2030)
    for figure in ((Decimal("5.1"), "%"), (Decimal("260"), "家"), (Decimal("8.6"), "%")):
        assert span(found[figure]) == years(2030, 2030)
    assert span(found[(Decimal("230"), "万亩")]) == years(2030, 2030)
    assert found[(Decimal("230"), "万亩")].kind == "evidence"
    assert span(found[(Decimal("300"), "家")]) == years(2031, 2031)


def test_a_plans_review_turns_to_no_year_but_its_last():
    found = _found(
        "一、“十五五”时期工作回顾",
        "——动能加快转换。新建5G基站4.2万个。",
        "2028年以来，新增高新技术企业3100家，累计培育专精特新企业900家。",
        "——生态持续改善。完成营造林1200万亩。",
    )
    assert span(found[(Decimal("1200"), "万亩")]) == years(2026, 2030)


def test_things_chosen_certified_carried_out_or_supplied_are_counted_over_the_review():
    found = _found(
        "一、“十五五”时期工作回顾",
        "过去五年，全区入选国家级特色产业集群6个，认证“塞上好物”150个，高新技术企业3800家。"
        "落地执行集采药品900种，为18个省份保供电煤18亿吨。"
        "增设公共充电桩2.6万个，为企业减负310亿元，落地外地企业超400家。",
    )
    for figure in (
        (Decimal("6"), "个"),
        (Decimal("150"), "个"),
        (Decimal("900"), "种"),
        (Decimal("18"), "亿吨"),
        (Decimal("2.6"), "万个"),
        (Decimal("310"), "亿元"),
        (Decimal("400"), "家"),
    ):
        assert span(found[figure]) == years(2026, 2030)
    assert span(found[(Decimal("3800"), "家")]) == years(2030, 2030)


def test_existing_before_a_noun_reports_nothing_but_now_has_before_a_count_does():
    found = _found(
        "二、“十六五”时期主要目标",
        "生态环境持续改善，现有高耗能项目逐步退出，湿地保护率超过60%。",
        "三、2031年工作安排",
        "全区现有高新技术企业3100家，力争新增400家。",
    )
    assert found[(Decimal("60"), "%")].kind == "commitment"
    assert span(found[(Decimal("60"), "%")]) == years(2031, 2035)
    assert found[(Decimal("3100"), "家")].kind == "evidence"
    assert found[(Decimal("400"), "家")].kind == "commitment"


def test_a_plans_target_naming_the_plans_last_year_before_its_verb_is_over_the_plans_years():
    found = _found(
        "二、“十六五”时期主要目标",
        "海上风电装机2035年达到3000万千瓦，粮食综合生产能力稳定在400亿斤以上。",
        "研发经费投入强度2033年达到3%。",
    )
    assert span(found[(Decimal("3000"), "万千瓦")]) == years(2031, 2035)
    assert span(found[(Decimal("400"), "亿斤")]) == years(2031, 2035)
    assert span(found[(Decimal("3"), "%")]) == years(2033, 2033)


def test_a_rank_or_share_of_a_total_over_the_review_is_over_it_too():
    found = _found(
        "一、“十五五”时期工作回顾",
        "——能源保供有力。五年外送电量9000亿千瓦时，占全国近两成。"
        "累计为20个省份保供天然气超800亿立方米、居全国首位。"
        "累计完成造林2200万亩、种草1800万亩，均居全国第二位。"
        "风电装机达到9000万千瓦、居全国第3位。",
    )
    for figure in (
        (Decimal("9000"), "亿千瓦时"),
        (Decimal("2"), "成"),
        (Decimal("1"), ""),
        (Decimal("2200"), "万亩"),
        (Decimal("1800"), "万亩"),
        (Decimal("2"), "位"),
    ):
        assert span(found[figure]) == years(2026, 2030)
    # the rank of a level reached is the last year's
    assert span(found[(Decimal("9000"), "万千瓦")]) == years(2030, 2030)
    assert span(found[(Decimal("3"), "位")]) == years(2030, 2030)


def test_rivers_reaching_a_water_quality_in_a_review_stand_so_at_its_end():
    found = _found(
        "一、“十五五”时期工作回顾",
        "——生态持续改善。干流水质稳定在Ⅱ类，12条主要支流全部达到优良水质，完成治理河道900公里。",
    )
    assert span(found[(Decimal("12"), "条")]) == years(2030, 2030)
    assert span(found[(Decimal("900"), "公里")]) == years(2026, 2030)


def test_a_year_on_year_change_listed_after_a_targets_figure_is_a_target_too():
    found = _found(
        "一、2030年工作回顾",
        "全区规上工业营收达到1.1万亿元、同比增长5.2%。",
        "二、2031年工作安排",
        "实施产业链提升行动，重点产业链营收达到1.2万亿元、同比增长6%左右。",
    )
    assert found[(Decimal("5.2"), "%")].kind == "evidence"
    assert found[(Decimal("1.2"), "万亿元")].kind == "commitment"
    assert found[(Decimal("6"), "%")].kind == "commitment"
    assert span(found[(Decimal("6"), "%")]) == years(2031, 2031)
