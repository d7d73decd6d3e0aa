"""Time expressions resolved against the article's date: one named case per rule."""

from __future__ import annotations

from datetime import date, datetime
from typing import NamedTuple

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.text import periods as periods_module
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
    # --- more forms
    ("last_year_month", "去年12月份,国内合成生物", REFERENCE, "day",
     [P("去年12月份", "2023-12-01", "2023-12-31", "2023-12-31")]),
    ("year_month", "2023年5月,郑州高新区", None, "unknown",
     [P("2023年5月", "2023-05-01", "2023-05-31", "2023-05-31")]),
    ("this_year_first_half", "今年上半年", REFERENCE, "day",
     [P("今年上半年", "2024-01-01", "2024-06-30", "2024-06-30")]),
    ("year_and_months", "2023年1—9月", None, "unknown",
     [P("2023年1—9月", "2023-01-01", "2023-09-30", "2023-09-30")]),
    ("months_zhi", "今年1至9月", REFERENCE, "day",
     [P("今年1至9月", "2024-01-01", "2024-09-30", "2024-09-30")]),
    ("months_from_yuan", "元至九月,全县完成", REFERENCE, "day",
     [P("元至九月", "2024-01-01", "2024-09-30", "2024-09-30")]),
    ("months_from_yuanyue", "2023年元月至8月", None, "unknown",
     [P("2023年元月至8月", "2023-01-01", "2023-08-31", "2023-08-31")]),
    ("yuan_of_an_amount_is_no_month", "收入5亿元至9月底", REFERENCE, "day",
     [P("9月底", "2024-09-30", "2024-09-30", "2024-09-30")]),
    ("early_month", "8月上旬", REFERENCE, "day",
     [P("8月上旬", "2024-08-01", "2024-08-10", "2024-08-10")]),
    ("late_month", "2月下旬", REFERENCE, "day",
     [P("2月下旬", "2024-02-21", "2024-02-29", "2024-02-29")]),
    ("as_of_year_end", "截至2023年底，累计认定", REFERENCE, "day",
     [P("截至2023年底", None, "2023-12-31", "2023-12-31", False, True)]),
    ("plan_10_quoted", "“十五”期间", None, "unknown",
     [P("“十五”期间", "2001-01-01", "2005-12-31", "2005-12-31", False, True)]),
    ("plan_9_with_word", "九五计划", None, "unknown",
     [P("九五计划", "1996-01-01", "2000-12-31", "2000-12-31")]),
    ("this_year_du", "本年度", REFERENCE, "day", [P("本年度", *YEAR)]),
    ("year_first_quarter", "2024年第一季度", None, "unknown",
     [P("2024年第一季度", "2024-01-01", "2024-03-31", "2024-03-31")]),
    ("year_first_three_quarters", "2023年前三季度", None, "unknown",
     [P("2023年前三季度", "2023-01-01", "2023-09-30", "2023-09-30")]),
    ("iso_date", "发布于2019-09-20", None, "unknown",
     [P("2019-09-20", "2019-09-20", "2019-09-20", "2019-09-20")]),
    ("chinese_month", "二〇二四年三月", None, "unknown",
     [P("二〇二四年三月", "2024-03-01", "2024-03-31", "2024-03-31")]),
    ("year_range_both_years", "2023年至2025年", None, "unknown",
     [P("2023年至2025年", "2023-01-01", "2025-12-31", "2025-12-31")]),
    ("year_end_by", "2025年底前建成", None, "unknown",
     [P("2025年底前", "2025-01-01", "2025-12-31", "2025-12-31")]),
    ("day_by", "12月31日前完成", REFERENCE, "day",
     [P("12月31日前", "2024-01-01", "2024-12-31", "2024-12-31")]),
    ("month_by_is_end_of_month", "9月前出台", REFERENCE, "day",
     [P("9月前", "2024-01-01", "2024-09-30", "2024-09-30")]),
    ("since_year", "2021年以来", REFERENCE, "day",
     [P("2021年以来", "2021-01-01", "2024-08-22", "2024-08-22", False, True)]),
    ("since_month_precision", "今年以来", REFERENCE, "month",
     [P("今年以来", "2024-01-01", "2024-08-31", "2024-08-31", False, True)]),
    ("since_year_precision_open", "今年以来", REFERENCE, "year",
     [P("今年以来", "2024-01-01", None, None, False, True)]),
    ("last_month", "上个月", REFERENCE, "day",
     [P("上个月", "2024-07-01", "2024-07-31", "2024-07-31")]),
    ("this_quarter", "本季度", REFERENCE, "day",
     [P("本季度", "2024-07-01", "2024-09-30", "2024-09-30")]),
    ("explicit_year_end_point", "2024年年底", None, "unknown",
     [P("2024年年底", "2024-12-31", "2024-12-31", "2024-12-31")]),
    ("fullwidth_digits", "２０２３年", None, "unknown",
     [P("２０２３年", "2023-01-01", "2023-12-31", "2023-12-31")]),
    ("two_in_a_sentence", "2022年全年对企业兑现，2023年力争", None, "unknown",
     [P("2022年全年", "2022-01-01", "2022-12-31", "2022-12-31"),
      P("2023年", "2023-01-01", "2023-12-31", "2023-12-31")]),
    ("cumulative_only_in_own_clause", "2023年新增100家，累计达到2000家", None, "unknown",
     [P("2023年", "2023-01-01", "2023-12-31", "2023-12-31")]),
    ("cumulative_in_governed_clause", "1—9月，全区累计完成投资", REFERENCE, "day",
     [P("1—9月", "2024-01-01", "2024-09-30", "2024-09-30", False, True)]),
    ("quarter_end_point", "三季度末贷款余额", REFERENCE, "day",
     [P("三季度末", "2024-09-30", "2024-09-30", "2024-09-30")]),
    ("half_end_point", "2023年上半年末", None, "unknown",
     [P("2023年上半年末", "2023-06-30", "2023-06-30", "2023-06-30")]),
    ("quarter_end_by", "第三季度末前完成", REFERENCE, "day",
     [P("第三季度末前", "2024-01-01", "2024-09-30", "2024-09-30")]),
    # --- not periods
    ("three_years_within", "三年内", REFERENCE, "day", []),
    ("ordinal_batch", "第一批", REFERENCE, "day", []),
    ("impossible_date", "2月30日", REFERENCE, "day", []),
    ("months_duration", "3个月", REFERENCE, "day", []),
    ("every_year_end", "每年底", REFERENCE, "day", []),
    ("ten_years", "十年磨一剑", REFERENCE, "day", []),
    ("year_as_event_name", "2024世界传感器大会", REFERENCE, "day", []),
    ("ordinal_session", "第十五届", REFERENCE, "day", []),
    ("bare_number", "新增300家", REFERENCE, "day", []),
    ("above_scale_is_no_last_year", "规模以上年营业收入", REFERENCE, "day", []),
    ("since_then_annual_average", "十八大以来年均增长", REFERENCE, "day", []),
    ("ahead_of_year_end", "提前年底完成", REFERENCE, "day",
     [P("年底", "2024-12-31", "2024-12-31", "2024-12-31")]),
    ("empty", "", REFERENCE, "day", []),
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


@given(
    st.text(
        alphabet="0123456789-—至到年月日底末前内以来截至第季度上下半全今去明本十四五一二三“” ，",
        max_size=50,
    ),
    st.sampled_from(["day", "month", "year", "unknown"]),
)
@settings(max_examples=300, deadline=None)
def test_find_periods_never_raises_and_offsets_hold(text, precision):
    for period in find_periods(text, reference=REFERENCE, precision=precision):
        assert text[period.start : period.end] == period.text
        assert period.relative == (period.period_end is None and period.period_start is None)
        if period.period_start and period.period_end:
            assert period.period_start <= period.period_end


def test_find_periods_on_long_junk():
    assert find_periods("1" * 100_000, reference=REFERENCE) == []
    assert len(find_periods("2024年" * 10_000, reference=REFERENCE)) == 10_000


def test_a_datetime_reference_gives_dates():
    (period,) = find_periods("今年以来", reference=datetime(2024, 8, 22, 9, 30), precision="day")
    assert period.period_end == date(2024, 8, 22)
    assert type(period.period_end) is date


@given(
    st.text(
        alphabet="0123456789-年月日底末前内以来截至止第季度上下半全今去明本当十四五一二三〇“”",
        max_size=30,
    )
)
@settings(max_examples=300, deadline=None)
def test_every_period_starts_with_a_start_character(text):
    # find_periods only tries the full pattern where _PERIOD_START_RE finds a character:
    # that shortcut must never skip a period.
    for index in range(len(text)):
        match = periods_module._PERIOD_RE.match(text, index)
        if match and match.end() > index:
            assert periods_module._PERIOD_START_RE.match(text, index)
