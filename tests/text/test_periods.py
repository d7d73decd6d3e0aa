"""Time expressions resolved against the article's date: one named case per rule."""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

import pytest

from tracker.text.periods import Period, find_periods, resolve_period

REFERENCE = date(2024, 8, 22)


class P(NamedTuple):
    """The fields of a Period a case checks (dates as ISO strings, None when unresolved)."""

    text: str
    period_start: str | None
    period_end: str | None
    deadline: str | None
    relative: bool = False
    cumulative: bool = False


def seen(period: Period) -> P:
    def iso(day: date | None) -> str | None:
        return None if day is None else day.isoformat()

    return P(
        period.text,
        iso(period.period_start),
        iso(period.period_end),
        iso(period.deadline),
        period.relative,
        period.cumulative,
    )


YEAR = ("2024-01-01", "2024-12-31", "2024-12-31")

# (name, text, reference, precision, expected periods in order)
CASES: list[tuple[str, str, date | None, str, list[P]]] = [
    # --- the reference year
    ("quannian", "力争全年新增300家", REFERENCE, "day", [P("全年", *YEAR)]),
    ("jinnian", "确保今年新建4个小微企业园", REFERENCE, "day", [P("今年", *YEAR)]),
    ("niannei", "年内要实现投资27亿元", REFERENCE, "day", [P("年内", *YEAR)]),
    ("niandi_qian", "年底前完成", REFERENCE, "day", [P("年底前", *YEAR)]),
    ("jinniandi_is_a_point", "到今年底达到1000家", REFERENCE, "day",
     [P("今年底", "2024-12-31", "2024-12-31", "2024-12-31")]),
    ("jinnian_niandi", "今年年底前", REFERENCE, "day", [P("今年年底前", *YEAR)]),
    ("shangbannian", "上半年固定资产投资", REFERENCE, "day",
     [P("上半年", "2024-01-01", "2024-06-30", "2024-06-30")]),
    ("xiabannian", "下半年固定资产投资要完成163.8亿元", REFERENCE, "day",
     [P("下半年", "2024-07-01", "2024-12-31", "2024-12-31")]),
    ("third_quarter", "要在第三季度完成10个在谈项目正式签约", REFERENCE, "day",
     [P("第三季度", "2024-07-01", "2024-09-30", "2024-09-30")]),
    ("third_quarter_short", "三季度", REFERENCE, "day",
     [P("三季度", "2024-07-01", "2024-09-30", "2024-09-30")]),
    ("first_three_quarters", "前三季度", REFERENCE, "day",
     [P("前三季度", "2024-01-01", "2024-09-30", "2024-09-30")]),
    ("month_end_by", "8月底前出台方案", REFERENCE, "day",
     [P("8月底前", "2024-01-01", "2024-08-31", "2024-08-31")]),
    ("month_end_point", "9月末贷款余额", REFERENCE, "day",
     [P("9月末", "2024-09-30", "2024-09-30", "2024-09-30")]),
    ("month_fen", "5月份", REFERENCE, "day",
     [P("5月份", "2024-05-01", "2024-05-31", "2024-05-31")]),
    ("month_and_day", "6月9日，调研", REFERENCE, "day",
     [P("6月9日", "2024-06-09", "2024-06-09", "2024-06-09")]),
    # --- other years
    ("qunian", "去年全年技术合同交易额完成136亿元", REFERENCE, "day",
     [P("去年全年", "2023-01-01", "2023-12-31", "2023-12-31")]),
    ("shangnian", "比上年增长", REFERENCE, "day",
     [P("上年", "2023-01-01", "2023-12-31", "2023-12-31")]),
    ("qiannian", "前年", REFERENCE, "day", [P("前年", "2022-01-01", "2022-12-31", "2022-12-31")]),
    ("mingnian", "明年", REFERENCE, "day", [P("明年", "2025-01-01", "2025-12-31", "2025-12-31")]),
    ("explicit_year", "2023年郑州高新区力争生产总值增长 10%", REFERENCE, "day",
     [P("2023年", "2023-01-01", "2023-12-31", "2023-12-31")]),
    ("explicit_year_du", "2023年度", REFERENCE, "day",
     [P("2023年度", "2023-01-01", "2023-12-31", "2023-12-31")]),
    ("explicit_year_full", "2022年全年对企业兑现", REFERENCE, "day",
     [P("2022年全年", "2022-01-01", "2022-12-31", "2022-12-31")]),
    ("explicit_year_half", "2024年上半年", None, "unknown",
     [P("2024年上半年", "2024-01-01", "2024-06-30", "2024-06-30")]),
    ("chinese_year", "二〇二三年", REFERENCE, "day",
     [P("二〇二三年", "2023-01-01", "2023-12-31", "2023-12-31")]),
    ("year_range_dash", "2024—2026年行动计划", REFERENCE, "day",
     [P("2024—2026年", "2024-01-01", "2026-12-31", "2026-12-31")]),
    ("year_range_hyphen", "2024-2026年", REFERENCE, "day",
     [P("2024-2026年", "2024-01-01", "2026-12-31", "2026-12-31")]),
    ("year_by", "2025年前建成", REFERENCE, "day",
     [P("2025年前", "2025-01-01", "2025-12-31", "2025-12-31")]),
    # --- five-year plans
    ("plan_14", "“十四五”", REFERENCE, "day",
     [P("“十四五”", "2021-01-01", "2025-12-31", "2025-12-31")]),
    ("plan_13", "十三五规划", REFERENCE, "day",
     [P("十三五规划", "2016-01-01", "2020-12-31", "2020-12-31")]),
    ("plan_period_is_cumulative", "十四五期间", None, "unknown",
     [P("十四五期间", "2021-01-01", "2025-12-31", "2025-12-31", False, True)]),
    ("plan_end", "“十四五”末", REFERENCE, "day",
     [P("“十四五”末", "2025-12-31", "2025-12-31", "2025-12-31")]),
    ("plain_fifteen_is_no_plan", "十五家单位", REFERENCE, "day", []),
    # --- cumulative and as-of
    ("months_cumulative", "1—9月累计完成投资", REFERENCE, "day",
     [P("1—9月", "2024-01-01", "2024-09-30", "2024-09-30", False, True)]),
    ("months_hyphen", "1-9月，全区", REFERENCE, "day",
     [P("1-9月", "2024-01-01", "2024-09-30", "2024-09-30")]),
    ("as_of", "截至2020年5月底，平台交易总额累计950余万元", REFERENCE, "day",
     [P("截至2020年5月底", None, "2020-05-31", "2020-05-31", False, True)]),
    ("as_of_with_space", "截止到 2020年5月底", None, "unknown",
     [P("截止到 2020年5月底", None, "2020-05-31", "2020-05-31")]),
    ("full_date_with_spaces", "自 2019年 9月 20日平台正式上线", None, "unknown",
     [P("2019年 9月 20日", "2019-09-20", "2019-09-20", "2019-09-20")]),
    ("since_this_year", "今年以来", REFERENCE, "day",
     [P("今年以来", "2024-01-01", "2024-08-22", "2024-08-22", False, True)]),
    # --- precision
    ("year_precision_resolves_year", "全年", date(2024, 1, 1), "year", [P("全年", *YEAR)]),
    ("year_precision_resolves_half", "上半年", date(2024, 1, 1), "year",
     [P("上半年", "2024-01-01", "2024-06-30", "2024-06-30")]),
    ("year_precision_next_quarter_relative", "下一季度", date(2024, 1, 1), "year",
     [P("下一季度", None, None, None, True)]),
    ("month_precision_next_quarter", "下一季度", date(2024, 8, 1), "month",
     [P("下一季度", "2024-10-01", "2024-12-31", "2024-12-31")]),
    ("next_quarter_wraps_year", "下季度", date(2024, 11, 3), "day",
     [P("下季度", "2025-01-01", "2025-03-31", "2025-03-31")]),
    ("unknown_reference_relative", "全年新增300家，年底前完成", None, "unknown",
     [P("全年", None, None, None, True), P("年底前", None, None, None, True)]),
    ("unknown_precision_ignores_reference", "今年", REFERENCE, "unknown",
     [P("今年", None, None, None, True)]),
    # --- not periods
    ("three_years_within", "三年内", REFERENCE, "day", []),
    ("ordinal_batch", "第一批", REFERENCE, "day", []),
    ("impossible_date", "2月30日", REFERENCE, "day", []),
    ("months_duration", "3个月", REFERENCE, "day", []),
]  # fmt: skip


def test_case_names_are_unique():
    names = [case[0] for case in CASES]
    assert len(names) == len(set(names))


@pytest.mark.parametrize(
    ("name", "text", "reference", "precision", "expected"), CASES, ids=[c[0] for c in CASES]
)
def test_find_periods(name, text, reference, precision, expected):
    found = find_periods(text, reference=reference, precision=precision)
    assert [seen(p) for p in found] == expected
    for period in found:
        assert text[period.start : period.end] == period.text


def test_resolve_period_whole_expression():
    period = resolve_period("年底前", reference=REFERENCE)
    assert (period.period_start, period.deadline) == (date(2024, 1, 1), date(2024, 12, 31))


@pytest.mark.parametrize("expression", ["", "新增300家", "全年新增", "今年 去年"])
def test_resolve_period_rejects_what_is_not_one_period(expression):
    with pytest.raises(ValueError, match="not a period expression"):
        resolve_period(expression, reference=REFERENCE)
