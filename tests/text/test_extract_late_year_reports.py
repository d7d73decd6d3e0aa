"""A work report heard late in the year it reviews, as news reports it: the year's estimates
are its results, the past years end with that year, a growth over a named base year spans
the years after it, and targets aimed at the last of the coming years span those years."""

from __future__ import annotations

import datetime as dt

from articles.text.text_year import year_of_work_report
from tracker.text.extract import extract

NEWS = (
    "清河县第五届人民代表大会第三次会议2日开幕。县长在其政府工作报告中指出,2019年全县地区"
    "生产总值预计超过300亿元,较2015年增长40%,过去四年年均增长8.8%。\n"
    "报告用“极不平凡”概括过去的四年。他说,全县累计实施120项重点项目,单位生产总值能耗累计"
    "下降12%。\n"
    "今后三年,全县将提升产业层次。总体目标是:到2022年,地区生产总值超过400亿元,"
    "城镇居民人均可支配收入4.5万元。\n"
    "报告指出,2020年,全县将新开工50个重点项目。\n"
)
DECEMBER = dt.date(2019, 12, 2)


def _items(text: str, day: dt.date):
    return [
        (i.quote, i.kind, i.period_start.year if i.period_start else None, i.period_end.year)
        for i in extract(text, published_on=day, precision="day")
    ]


def test_a_report_heard_in_november_or_december_reviews_that_year():
    found = year_of_work_report("", NEWS, DECEMBER, "day")
    assert found is not None
    assert (found.reported, found.written, found.review) == (2019, 2019, True)


def test_a_report_heard_in_mid_year_or_without_an_estimate_reviews_no_year():
    assert year_of_work_report("", NEWS, dt.date(2019, 7, 2), "day") is None
    plain = "县长在政府工作报告中指出,全县将新开工50个重点项目。"
    assert year_of_work_report("", plain, DECEMBER, "day") is None


def test_news_of_a_late_year_report_reads_estimates_as_results_and_targets_over_the_years():
    assert _items(NEWS, DECEMBER) == [
        ("2019年全县地区生产总值预计超过300亿元", "evidence", 2019, 2019),
        ("较2015年增长40%", "evidence", 2016, 2019),
        ("过去四年年均增长8.8%", "evidence", 2016, 2019),
        ("全县累计实施120项重点项目", "evidence", 2016, 2019),
        ("单位生产总值能耗累计下降12%", "evidence", 2016, 2019),
        ("地区生产总值超过400亿元", "commitment", 2020, 2022),
        ("城镇居民人均可支配收入4.5万元", "commitment", 2020, 2022),
        ("全县将新开工50个重点项目", "commitment", 2020, 2020),
    ]


def test_a_year_aimed_at_beyond_the_coming_years_keeps_its_year():
    text = "今后三年,全县将提升产业层次。到2030年,地区生产总值超过900亿元。"
    assert _items(text, DECEMBER) == [("地区生产总值超过900亿元", "commitment", 2030, 2030)]
