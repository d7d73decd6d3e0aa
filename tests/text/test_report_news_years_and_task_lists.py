"""News of a work report dated by a day without a year: a report heard in January to March
that estimates the year before (预计2022年…) and sets the next year's targets (2023年…主要预期
目标是…) is of the targets' year, so its estimates are that year before's results. A count of
a report's own list of tasks (在今年的8项重点工作中, 十项重点任务包括) is no item. A copy that
names no year anywhere stays undated."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from articles.text.dates import infer_date
from tests.text.extracted import extracted
from tracker.text.extract import extract

NEWS = (
    "本报记者 张三 报道 2月8日,南山省省长作政府工作报告时表示,预计南山2021年地区生产总值"
    "增长5.2%左右,一般公共预算收入增长4.1%。\n\n"
    "2022年南山经济社会发展主要预期目标是:地区生产总值增长6%左右,"
    "一般公共预算收入增长5%左右。\n"
)
YEAR_2021 = (dt.date(2021, 1, 1), dt.date(2021, 12, 31))
YEAR_2022 = (dt.date(2022, 1, 1), dt.date(2022, 12, 31))


def test_a_reports_news_with_a_day_and_the_estimates_year_is_of_the_targets_year():
    guess = infer_date(NEWS)
    assert (guess.published_on, guess.precision) == (dt.date(2022, 2, 8), "day")
    assert "2022年南山经济社会发展主要预期目标是" in guess.basis


def test_its_estimates_are_the_year_befores_results_and_its_targets_the_years():
    guess = infer_date(NEWS)
    items = extract(NEWS, published_on=guess.published_on, precision=guess.precision)
    assert [(i.value, i.kind, (i.period_start, i.period_end)) for i in items] == [
        (Decimal("5.2"), "evidence", YEAR_2021),
        (Decimal("4.1"), "evidence", YEAR_2021),
        (Decimal(6), "commitment", YEAR_2022),
        (Decimal(5), "commitment", YEAR_2022),
    ]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # no work report: the lead's year stands
        (NEWS.replace("作政府工作报告时表示", "在座谈会上表示"), dt.date(2021, 2, 8)),
        # heard after March: no report setting the next year's targets, the lead's year stands
        (NEWS.replace("2月8日", "7月8日"), dt.date(2021, 7, 8)),
        # targets of the lead's own year: that year
        (NEWS.replace("2022年南山", "2021年南山"), dt.date(2021, 2, 8)),
        # a review's 完成了…主要预期目标 sets none
        (
            NEWS.replace(
                "2022年南山经济社会发展主要预期目标是:",
                "南山完成了2022年经济社会发展主要预期目标,",
            ),
            dt.date(2021, 2, 8),
        ),
    ],
)
def test_the_leads_year_stands_unless_a_report_sets_the_next_years_targets(text, day):
    guess = infer_date(text)
    assert (guess.published_on, guess.precision) == (day, "day"), guess.basis


def test_news_naming_no_year_stays_undated_with_its_day_as_a_clue():
    text = (
        "北湖市第九届人民代表大会第三次会议2月5日上午开幕。市长作政府工作报告。\n"
        "建议今年全市经济社会发展的主要预期目标是:地区生产总值增长5%左右。\n"
    )
    guess = infer_date(text)
    assert (guess.published_on, guess.precision, guess.month_day) == (None, "unknown", (2, 5))


DAY = dt.date(2023, 1, 20)


@pytest.mark.parametrize(
    "text",
    [
        "在2023年全省的8项重点工作中,第一项即推进区域协同发展,新建道路12公里。",
        "今年全市十项重点任务包括:推进区域协同发展,新建道路12公里。",
        "2023年全县6项重点工作分别是:稳增长、促改革、新建道路12公里。",
    ],
)
def test_a_count_of_a_reports_own_list_of_tasks_is_no_item(text):
    assert [(i.value, i.unit) for i in extracted(text, DAY)] == [(Decimal(12), "公里")]


def test_tasks_to_be_done_counted_outside_a_list_are_still_a_target():
    items = extracted("2023年,全市将新建8项重点工程,新建道路12公里。", DAY)
    assert [(i.value, i.unit, i.kind) for i in items] == [
        (Decimal(8), "项", "commitment"),
        (Decimal(12), "公里", "commitment"),
    ]
