"""The year of a text: which year it reports and when it was written (pure, no database)."""

from __future__ import annotations

import pytest

from articles.text.text_year import year_of_text

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
    "any other title names the year it reports": (
        "2023年某县国民经济和社会发展统计公报",
        "全县经济运行总体平稳。",
        2023,
        None,
        False,
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
