"""The year of a text: which year it reports and when it was written (pure, no database)."""

from __future__ import annotations

from datetime import date

import pytest

from articles.text.text_year import year_of_text, year_of_work_report

# name: (title, body, reported, written, a review)
CASES = {
    "a work report's title names the year of writing; it reviews the year before": (
        "2025年某区政府工作报告",
        "各位代表：\n现在，我代表区人民政府向大会报告工作。",
        2024,
        2025,
        True,
    ),
    "a work report's title copied as the body's first line": (
        "",
        "2026 年某县政府工作报告\n各位代表：\n现在我代表县政府报告工作。",
        2025,
        2026,
        True,
    ),
    "a communiqué's title names the year all its figures report": (
        "2023年某县国民经济和社会发展统计公报",
        "全县经济运行总体平稳。",
        2023,
        None,
        True,
    ),
    "any other title names the year it reports": (
        "2023年某县招商引资工作纪实",
        "全县招商引资稳步推进。",
        2023,
        None,
        False,
    ),
    "an opening that says it reviewed a named year (回顾了2012年)": (
        "",
        "县长作政府工作报告,回顾了2012年的政府工作,也提出了2013年的目标。",
        2012,
        None,
        True,
    ),
    "a first review heading run into its paragraph by reflow": (
        "",
        "各位代表：\n现在我代表区政府报告工作。一、2023年工作回顾2023年，全区上下团结奋斗。",
        2023,
        2024,
        True,
    ),
    "a plan's execution heading reports its year": (
        "",
        "一、2022年计划执行情况\n全市经济稳中有进。",
        2022,
        2023,
        True,
    ),
    "a summary heading reports its year, written maybe in that year": (
        "",
        "一、2021年工作总结\n全镇项目建设提速。",
        2021,
        None,
        True,
    ),
    "a subtitle line with 过去的一年 in the opening": (
        "",
        "各位代表：\n2022年全县上下团结奋斗 书写发展新篇章\n过去的一年，我们迎难而上。",
        2022,
        2023,
        True,
    ),
    "a subtitle line alone reports its year": (
        "",
        "2020年农业农村工作亮点\n粮食生产再获丰收。",
        2020,
        None,
        False,
    ),
    "an opening that reviews a named year": (
        "",
        "1月9日，某园区召开大会，总结2021年工作成果，部署新一年任务。",
        2021,
        None,
        True,
    ),
    "a named year beside 一年来": (
        "",
        "2020年，面对疫情冲击，一年来全镇上下攻坚克难。",
        2020,
        None,
        True,
    ),
    "a named year beside 过去的一年: the speaker is in the year after": (
        "",
        "2019年是极不平凡的一年，过去的一年里我们奋力拼搏。",
        2019,
        2020,
        True,
    ),
    "今年 beside a named year gives only the year of writing": (
        "",
        "今年是2026年，是新规划的开局之年。",
        None,
        2026,
        False,
    ),
    "a year aimed at is no evidence": (
        "",
        "到2027年，全区力争建成一批重点项目。",
        None,
        None,
        False,
    ),
    "a full date in a subtitle is a date, not a year reported": (
        "",
        "政府工作报告\n——2023年3月5日在某县人民代表大会上\n各位代表：",
        None,
        None,
        False,
    ),
    "news of a work report that set a named year's targets reviews the year before": (
        "",
        "某市市长12日表示,预计上年经济平稳。\n市长作政府工作报告时提出了2031年全市经济社会发展的主要预期目标。",
        2030,
        2031,
        True,
    ),
    "a year's targets named outside a work report say nothing of the year reviewed": (
        "",
        "会议提出了2031年全市经济社会发展的主要预期目标。",
        None,
        None,
        False,
    ),
    "a sentence mentioning a work report is no title": (
        "",
        "去年，高新区新增企业十家。2024年政府工作报告提出目标。",
        None,
        None,
        False,
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_year_of_text(name):
    title, body, reported, written, review = CASES[name]
    found = year_of_text(title, body)
    assert (found.reported, found.written, found.review) == (reported, written, review)
    assert found.known == (reported is not None or written is not None)
    if found.known:
        assert found.basis  # editors see what the year rests on


# name: (title, body, date, precision, reported year or None)
WORK_REPORT_CASES = {
    "a report heard in January reviews the year before, which it never names": (
        "",
        "某区第二届人民代表大会第三次会议开幕,区长作政府工作报告。\n"
        "过去一年,区政府统筹推进各项工作,圆满完成了全年主要目标任务。",
        date(2021, 1, 20),
        "day",
        2020,
    ),
    "a news report of it in March, 一年来": (
        "县长作政府工作报告",
        "一年来,全县上下克难奋进。预计地区生产总值增长7%。",
        date(2022, 3, 2),
        "day",
        2021,
    ),
    "a month alone is enough": (
        "",
        "市长作政府工作报告时说,预计全年地区生产总值增长6%左右。",
        date(2019, 2, 1),
        "month",
        2018,
    ),
    "after March a report is no longer the year's opening review": (
        "",
        "区长作政府工作报告。一年以来,全区经济稳步向好。",
        date(2021, 6, 20),
        "day",
        None,
    ),
    "a year alone does not say the month": (
        "",
        "区长作政府工作报告。一年以来,全区经济稳步向好。",
        date(2021, 1, 1),
        "year",
        None,
    ),
    "no work report in the title or opening": (
        "",
        "一年来,园区新增企业十家。",
        date(2021, 1, 20),
        "day",
        None,
    ),
    "news of a report naming the year before beside its figures (2030年该市…)": (
        "",
        "市长作政府工作报告。\n2030年该市工业投资增长6%。\n同时,技改投资增长11%。",
        date(2031, 1, 15),
        "day",
        2030,
    ),
    "a year before named only as the start of a span aimed ahead is no review": (
        "",
        "市长作政府工作报告,部署2030—2032年三年行动。",
        date(2031, 1, 15),
        "day",
        None,
    ),
    "a work report with no review of an unnamed year": (
        "",
        "区长作政府工作报告,部署今年八个方面的工作。",
        date(2021, 1, 20),
        "day",
        None,
    ),
}


@pytest.mark.parametrize("name", sorted(WORK_REPORT_CASES))
def test_year_of_work_report(name):
    title, body, published_on, precision, reported = WORK_REPORT_CASES[name]
    found = year_of_work_report(title, body, published_on, precision)
    if reported is None:
        assert found is None
    else:
        assert (found.reported, found.written, found.review) == (reported, reported + 1, True)
        assert found.basis
