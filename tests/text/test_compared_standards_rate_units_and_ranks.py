"""Round 33b's rules, on sentences of our own (docs/QUALITY.md, "Sets 42, 45–47 after round
33"): a year named as the base a standard is compared with (不低于当地上年度…) dates nothing
after it, and every first figure of a list raised in a target (分别从A、B提高到C、D) is the
standard in force the year before."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from tests.text.extracted import extracted

REPORT_DAY = dt.date(2031, 1, 25)


def _found(text: str, published_on: dt.date = REPORT_DAY):
    return [
        (i.kind, i.value, i.unit, i.period_start.year if i.period_start else None)
        for i in extracted(text, published_on, "day")
    ]


def test_every_first_figure_of_a_list_raised_in_a_target_is_the_year_befores_standard():
    text = (
        "三、2031年工作任务\n基础养老金、高龄津贴标准分别从每人每月150元、100元提高到180元、120元。"
    )
    assert _found(text) == [
        ("evidence", Decimal(150), "元", 2030),
        ("evidence", Decimal(100), "元", 2030),
        ("commitment", Decimal(180), "元", 2031),
        ("commitment", Decimal(120), "元", 2031),
    ]


def test_a_year_the_standard_is_compared_with_dates_no_later_sentence():
    text = (
        "三、2031年工作任务\n"
        "城乡低保补差水平不低于当地上年度水平。特困人员供养标准不低于当地低保标准的1.3倍。"
        "孤儿养育标准从每人每月1500元提高到1600元。"
    )
    assert _found(text) == [
        ("commitment", Decimal("1.3"), "倍", 2031),
        ("evidence", Decimal(1500), "元", 2030),
        ("commitment", Decimal(1600), "元", 2031),
    ]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("2030年，全市机动车安全检验达到56万辆次。", "56", "万辆次"),
        ("2030年，全市垃圾焚烧处理能力提高到1.2万吨/日。", "1.2", "万吨/日"),
        ("2030年，全市危险废物处置能力达到85万吨/年。", "85", "万吨/年"),
        ("2030年，全市污水处理能力达到40万立方米/日。", "40", "万立方米/日"),
        ("2030年，全市举办家政服务培训班12期。", "12", "期"),
    ],
)
def test_a_rate_a_day_or_a_year_and_a_count_of_trips_or_sessions_is_read_whole(text, value, unit):
    ((kind, found_value, found_unit, year),) = _found(text)
    assert (kind, found_value, found_unit, year) == ("evidence", Decimal(value), unit, 2030)


@pytest.mark.parametrize(
    "text",
    ["2031年，污水处理厂一期工程投入运行。", "2031年，项目分3期建设。", "2031年，第2期工程开工。"],
)
def test_a_phase_of_a_project_is_no_count_of_sessions(text):
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2030年，全市新能源汽车保有量提升至全省第三。", 3),
        ("2030年，全市普惠养老床位数全省第一。", 1),
        ("2030年，全市河长制工作考核全省第二。", 2),
        ("2030年，全市森林覆盖率提高到68.2%、居各省区首位。", 1),
    ],
)
def test_a_rank_written_after_its_noun_an_assessment_or_a_rise_is_read(text, value):
    ranks = [item for item in _found(text) if item[2] == ""]
    assert ranks == [("evidence", Decimal(value), "", 2030)]


def test_the_rank_of_a_growth_listed_before_it_stays_no_item():
    assert _found("2030年，全市技改投资增长21.5%、居全省第2位。") == [
        ("evidence", Decimal("21.5"), "%", 2030)
    ]


def test_a_rank_shared_with_均_by_the_figures_of_the_clause_before_is_one_item_each():
    found = extracted("2030年，全市专精特新企业达420家、瞪羚企业达96家，均居全省首位。", REPORT_DAY)
    assert [(i.quote, i.value) for i in found if i.measure == "rank"] == [
        ("全市专精特新企业达420家、瞪羚企业达96家，均居全省首位", Decimal(1)),
        ("瞪羚企业达96家，均居全省首位", Decimal(1)),
    ]


def test_a_rank_shared_with_均_by_growths_of_the_clause_before_stays_no_item():
    found = extracted("2030年，全市出口增长12%、进口增长8%，均居全省第一。", REPORT_DAY)
    assert [i.measure for i in found] == ["growth", "growth"]


@pytest.mark.parametrize(
    "text",
    [
        "2031年，加快构建都市圈“半小时、1小时”通勤圈。",
        "2031年，打造2小时经济圈。",
        "2031年，省内主要城市间实现3小时通达。",
        "2031年，政务热线每天24小时接听群众来电。",
    ],
)
def test_hours_of_a_travel_circle_or_of_a_days_service_are_no_items(text):
    assert _found(text) == []


def test_the_hours_a_thing_takes_are_still_an_item():
    assert _found("2031年，企业开办时间压缩至2小时以内。") == [
        ("commitment", Decimal(2), "小时", 2031)
    ]


def test_pairs_of_twinned_cities_are_counted_before_和_in_a_list_of_respective_figures():
    found = extracted("2030年，全市友好城市和友好交流城市分别增至46对和58个。", REPORT_DAY)
    assert [(i.value, i.unit) for i in found] == [(Decimal(46), "对"), (Decimal(58), "个")]


def test_the_whole_and_the_bounds_of_classes_counted_after_it_are_no_items():
    text = "2030年，全省监测的60种农产品中，我省产量占全国超过5%的有21种、超过15%的有8种。"
    assert [(i.value, i.unit) for i in extracted(text, REPORT_DAY)] == [
        (Decimal(21), "种"),
        (Decimal(8), "种"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "2030年，甲县成为地区生产总值超千亿元县。",
        "2031年，培育一批营收过百亿元食品加工企业。",
    ],
)
def test_the_size_of_a_class_a_member_joins_is_no_item(text):
    assert _found(text) == []


def test_a_level_passed_is_still_an_item():
    assert _found("2030年，甲县地区生产总值突破千亿元。") == [
        ("evidence", Decimal(1000), "亿元", 2030)
    ]
