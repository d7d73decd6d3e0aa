"""Publication dates from the text: day, month, year, or unknown — never invented."""

from __future__ import annotations

import datetime as dt

import pytest

from articles.text.dates import infer_date, infer_page_dates

CASES = {
    "year named in the lead sentence": (
        "8月21日,在高新区召开2024年高质量发展推进会传出消息,高新区要成立科技创新委员会。",
        dt.date(2024, 8, 21),
        "day",
    ),
    "annual meeting named in the lead": (
        "1月16日，郑州高新区2023年度高质量发展大会，锚定建设千亿级世界一流高科技园区。",
        dt.date(2023, 1, 16),
        "day",
    ),
    "full date": ("本报讯 2022年3月5日，高新区召开大会。", dt.date(2022, 3, 5), "day"),
    "month-day without a year is unknown": (
        "本报讯 2月24日，市长侯红到高新区调研科技创新情况。去年新增企业十家。",
        None,
        "unknown",
    ),
    "a plan year is not the year of writing": (
        "本报讯 2月24日，高新区提出到2025年新增企业一千家。",
        None,
        "unknown",
    ),
    "a subtitle line and 过去的一年 date a report without a dateline to the year after": (
        "各位代表：\n2023年全市上下团结奋斗 交出发展新答卷\n过去的一年，我们迎难而上。",
        dt.date(2024, 1, 1),
        "year",
    ),
    "a related link that ends the page gives the page's month": (
        "1—10月份，全市规模以上工业增加值同比增长3.1%。\n\n- 2021年10月份统计月报 2021-11-20",
        dt.date(2021, 11, 1),
        "month",
    ),
    "a reviewed year is not the year of writing: a January meeting reviewing 2022 is in 2023": (
        "本报讯 1月10日，高新区召开大会，总结2022年工作。",
        dt.date(2023, 1, 10),
        "day",
    ),
    "a December meeting reviewing its own year": (
        "12月28日，开发区召开2021年度工作总结会议。",
        dt.date(2021, 12, 28),
        "day",
    ),
    "last year's figures written the next year": (
        "去年，高新区新增企业十家。2023年5月，签订协议。继2024年政府工作报告提出目标后，"
        "高新区先行先试。",
        dt.date(2024, 1, 1),
        "year",
    ),
    "last year without the year before named": (
        "去年，高新区新增企业十家。2024年政府工作报告提出目标。",
        None,
        "unknown",
    ),
    "no date at all": ("高新区新增企业十家。", None, "unknown"),
    "year and month in the lead": (
        "2023年5月，高新区与郑州大学签订协议。",
        dt.date(2023, 5, 1),
        "month",
    ),
    "an impossible day is no date": ("本报讯 2月30日，2024年大会召开。", None, "unknown"),
    "web page metadata line": (
        "某区2023年工作总结和2024年工作打算\n发布时间:2024-01-18  09:30 来源:区政府办\n"
        "2023年,全区上下攻坚克难。",
        dt.date(2024, 1, 18),
        "day",
    ),
    "source and time on one line": (
        "县统计局关于2022年经济运行情况的通报\n来源：县统计局  时间：2023-04-12\n全年经济平稳。",
        dt.date(2023, 4, 12),
        "day",
    ),
    "a date with a time of day": (
        "镇政府召开安全生产工作会议 2023/06/15 16:20 浏览量：\n会议强调。",
        dt.date(2023, 6, 15),
        "day",
    ),
    "a date alone on its line": (
        "园区举办产业对接会\n2022-11-03\n本次对接会签约项目12个。",
        dt.date(2022, 11, 3),
        "day",
    ),
    "a range of years alone on its line is no date": (
        "高质量发展行动计划\n2024-2026\n提出目标。",
        None,
        "unknown",
    ),
    "a labelled date of something else is no dateline": (
        "关于举办技能大赛的通知\n报名日期：2024-03-01至2024-03-15。",
        None,
        "unknown",
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_infer_date(case):
    text, expected, precision = CASES[case]
    guess = infer_date(text)
    assert (guess.published_on, guess.precision) == (expected, precision)
    assert guess.basis or precision == "unknown" and not guess.month_day


def test_unknown_date_keeps_the_month_day_as_a_clue():
    guess = infer_date("本报讯 2月25日，调研组到高新区调研。")
    assert guess.month_day == (2, 25)
    assert "2月25日" in guess.basis


def test_page_lends_its_year_to_nearby_datelines():
    texts = [
        "本报讯 6月9日，区领导到村里调研。",
        "本报讯 6月8日，高新区召开2020年党工委理论学习中心组学习会议。",
        "本报讯 12月30日，另一件事。",
    ]
    guesses = infer_page_dates(texts)
    assert guesses[0].published_on == dt.date(2020, 6, 9)
    assert "2020年" in guesses[0].basis
    assert guesses[1].published_on == dt.date(2020, 6, 8)
    # Six months away from the page's dated story: no year can be justified.
    assert guesses[2].precision == "unknown"


def test_page_year_across_new_year():
    guesses = infer_page_dates(
        ["本报讯 12月30日，年终总结。", "本报讯 1月2日，2021年新年大会召开。"]
    )
    assert guesses[0].published_on == dt.date(2020, 12, 30)


def test_manifest_year_completes_datelines_and_overrides_the_text():
    guesses = infer_page_dates(
        ["本报讯 2月25日，调研。", "没有日期的报道。", "8月21日，召开2024年推进会。"], year=2021
    )
    assert [(g.published_on, g.precision) for g in guesses] == [
        (dt.date(2021, 2, 25), "day"),
        (dt.date(2021, 1, 1), "year"),
        (dt.date(2021, 8, 21), "day"),
    ]
    assert all(g.basis.startswith("manifest") for g in guesses)
