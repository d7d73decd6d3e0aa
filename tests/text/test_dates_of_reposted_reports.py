"""A report re-posted on a web page years later is dated by its own words, not the page's."""

from __future__ import annotations

import datetime as dt

import pytest

from articles.text.dates import infer_date
from articles.text.text_year import year_of_text
from tracker.text.extract import extract

REPORT = (
    "2019年政府工作报告\n"
    "——2019年1月20日在清河区第三届人民代表大会第四次会议上\n"
    "发布日期: 2023-05-10 09:12      来源: 区政府办\n"
    "各位代表:\n"
    "一、2018年工作回顾\n"
    "过去一年,我们攻坚克难。预计全区生产总值650亿元,增长7%;一般公共预算收入52亿元,增长6%。\n"
)

CASES = {
    "the report's delivery line beats the page's publication line": (
        REPORT,
        dt.date(2019, 1, 20),
        "day",
    ),
    "a delivery line in brackets under the title": (
        "2021年政府工作报告\n（2021年2月3日在南湖市第九届人民代表大会第五次会议上）\n"
        "发布时间:2024-11-02 16:40\n各位代表:\n",
        dt.date(2021, 2, 3),
        "day",
    ),
    "without a delivery line, a review heading dates a re-posted report to the year after": (
        "发布日期: 2023-05-10 09:12\n各位代表:\n一、2018年工作回顾\n过去一年,我们攻坚克难。",
        dt.date(2019, 1, 1),
        "year",
    ),
    "the page's date stands where the text names no year of writing": (
        "发布日期: 2023-05-10 09:12\n今年以来,全区新增企业50家。",
        dt.date(2023, 5, 10),
        "day",
    ),
    "the page's date stands for a report posted in the year it was given": (
        "2019年政府工作报告\n发布日期: 2019-02-01 10:00\n各位代表:\n一、2018年工作回顾\n",
        dt.date(2019, 2, 1),
        "day",
    ),
    "a date of a meeting that is not the report's own line is no delivery line": (
        "发布日期: 2023-05-10 09:12\n会议定于2023年6月1日召开。今年以来,全区新增企业50家。",
        dt.date(2023, 5, 10),
        "day",
    ),
}


@pytest.mark.parametrize("name", CASES)
def test_date_of_a_reposted_report(name):
    text, day, precision = CASES[name]
    guess = infer_date(text)
    assert (guess.published_on, guess.precision) == (day, precision), guess.basis


def test_a_review_heading_as_title_is_a_review_written_the_year_after():
    found = year_of_text("一、2018年工作回顾", "过去一年,我们攻坚克难。")
    assert (found.reported, found.written, found.review) == (2018, 2019, True)


@pytest.mark.parametrize(
    "text",
    [
        REPORT,
        REPORT.replace("——2019年1月20日在清河区第三届人民代表大会第四次会议上\n", ""),
    ],
)
def test_a_reposted_reports_figures_are_of_the_year_it_reviews(text):
    guess = infer_date(text)
    items = extract(text, published_on=guess.published_on, precision=guess.precision)
    assert [(i.quote, i.kind, i.period_start, i.period_end) for i in items] == [
        (quote, "evidence", dt.date(2018, 1, 1), dt.date(2018, 12, 31))
        for quote in ("预计全区生产总值650亿元", "增长7%", "一般公共预算收入52亿元", "增长6%")
    ]
