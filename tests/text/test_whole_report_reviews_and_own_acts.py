"""Round 24's rules, on sentences of our own.

A five-year review laid out as sub-headings (这五年，我们…。) over paragraphs keeps its years
past a sentence that names its last year inside it; what was done (开工项目超8000个, 补充耕地,
提请审议法规) and what a clause opening on 累计 totals stay over the years, while levels reached
(近, 跨越…大关, N个州通高铁) are the last year's; a quarter in the name of a campaign dates
nothing after it; 由上年A增加到B gives A to the year before; capacities reached, cubic metres
(亿方), concentrations (微克/立方米), temperatures and counts of cases, twinned cities and lines
are read; the government's and leaders' own acts, labels, grades and a facility's size in its
name are no items."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from tests.text.extracted import extracted

REPORT_DAY = dt.date(2031, 1, 25)
LAST_YEAR = (dt.date(2030, 1, 1), dt.date(2030, 12, 31))
YEAR_BEFORE = (dt.date(2029, 1, 1), dt.date(2029, 12, 31))
FIVE_YEARS = (dt.date(2026, 1, 1), dt.date(2030, 12, 31))
BEFORE_THE_FIVE = (dt.date(2025, 1, 1), dt.date(2025, 12, 31))


def _items(text: str):
    return {i.quote: i for i in extracted(text, REPORT_DAY, "day") if i.kind == "evidence"}


def _periods(text: str):
    return {quote: (i.period_start, i.period_end) for quote, i in _items(text).items()}


def _found(text: str, quote_part: str):
    return [i for q, i in _items(text).items() if quote_part in q]


FIVE_YEAR_REVIEW = (
    "一、“十六五”时期和2030年工作回顾\n"
    "“十六五”这五年，我们攻坚克难，基本实现规划目标。\n"
    "这五年，我们全力推动高质量发展，经济实力迈上新台阶。\n"
    "文旅融合成为大产业，2030年游客人数超600万、人均停留9天。"
    "零售总额年均增长6%。融资平台授信超4200亿元、服务客户超90万次。"
    "开工项目超8000个、完成投资近9000亿元。"
    "东湖机场年度旅客吞吐量近3000万人次。地区生产总值跨越4000亿元大关。"
    "口岸发展远超预期，累计发送旅客超5000万人次、运输货物超6000万吨。\n"
    "这五年，我们深入践行以人民为中心的发展思想，民生福祉得到新改善。\n"
    "一般公共预算支出2.6万亿元，70%以上用于民生。城镇更新改造惠及210万人。"
    "补充耕地12.5万亩。提请审议地方性法规31件，废止政府规章20件，办结率100%。"
    "4个自治州通高铁，城镇新增就业累计超过35万人。"
    "居民人均可支配收入由2.1万元增加到2.9万元。供热标准由16℃提高到18℃。"
    "天然气产能达到15亿方，煤炭产能突破0.9亿吨。\n"
)


@pytest.mark.parametrize(
    "quote",
    [
        "零售总额年均增长6%",  # after a sentence naming the review's last year
        "融资平台授信超4200亿元",
        "服务客户超90万次",
        "开工项目超8000个",  # what was done, though after 超
        "完成投资近9000亿元",
        "运输货物超6000万吨",  # 累计 opening the clause totals every member
        "一般公共预算支出2.6万亿元",  # spending over the years
        "城镇更新改造惠及210万人",
        "补充耕地12.5万亩",
        "提请审议地方性法规31件",
        "废止政府规章20件",
        "办结率100%",  # the completion rate of what was done in them
        "城镇新增就业累计超过35万人",
    ],
)
def test_a_five_year_reviews_flows_keep_its_years(quote):
    assert _periods(FIVE_YEAR_REVIEW)[quote] == FIVE_YEARS


@pytest.mark.parametrize(
    "quote",
    [
        "2030年游客人数超600万",  # the year named dates its own sentence
        "东湖机场年度旅客吞吐量近3000万人次",
        "地区生产总值跨越4000亿元大关",
        "4个自治州通高铁",
        "天然气产能达到15亿方",
        "煤炭产能突破0.9亿吨",
    ],
)
def test_levels_a_five_year_review_reaches_are_its_last_years(quote):
    periods = _periods(FIVE_YEAR_REVIEW)
    found = [period for q, period in periods.items() if quote in q]
    assert found and all(period == LAST_YEAR for period in found), periods


@pytest.mark.parametrize(
    ("first", "second"), [(Decimal("2.1"), Decimal("2.9")), (Decimal("16"), Decimal("18"))]
)
def test_a_change_over_five_years_runs_from_the_year_before_them_to_the_last(first, second):
    periods = {i.value: (i.period_start, i.period_end) for i in _items(FIVE_YEAR_REVIEW).values()}
    assert periods[first] == BEFORE_THE_FIVE
    assert periods[second] == LAST_YEAR


def test_units_of_gas_and_temperature_are_read():
    units = {(i.value, i.unit) for i in _items(FIVE_YEAR_REVIEW).values()}
    assert (Decimal("15"), "亿方") in units
    assert (Decimal("16"), "℃") in units and (Decimal("18"), "℃") in units


ONE_YEAR = (
    "一、2030年工作回顾\n"
    "过去一年，我们稳中求进。常住人口由上年615万人增加到618万人。"
    "殡葬基本服务费由平均2600元下降到900元左右。\n"
    "（一）经济运行稳中有进。接续实施一季度开门红、夏季攻势、百日攻坚等行动，经济持续向好。"
    "向社会资本推介项目210个、总投资近1800亿元。新增规模以上工业企业420户。\n"
    "PM2.5浓度为21.3微克/立方米。全年36起成功避险案例。缔结12对友城，建成8回跨境输电线路。\n"
)


def test_a_one_year_changes_first_figure_is_the_year_befores():
    assert [
        (i.period_start, i.period_end)
        for i in _items(ONE_YEAR).values() if i.value == Decimal("615")
    ] == [YEAR_BEFORE]  # fmt: skip
    first = [i for i in _items(ONE_YEAR).values() if i.value == Decimal("2600")]
    assert [(i.period_start, i.period_end) for i in first] == [YEAR_BEFORE]
    second = [i for i in _items(ONE_YEAR).values() if i.value == Decimal("618")]
    assert [(i.period_start, i.period_end) for i in second] == [LAST_YEAR]


@pytest.mark.parametrize("quote", ["推介项目210个", "总投资近1800亿元", "工业企业420户"])
def test_a_quarter_naming_a_campaign_dates_nothing_after_it(quote):
    found = [p for q, p in _periods(ONE_YEAR).items() if quote in q]
    assert found == [LAST_YEAR]


@pytest.mark.parametrize(
    ("value", "unit"),
    [("21.3", "微克/立方米"), ("36", "起"), ("12", "对"), ("8", "回")],
)
def test_concentrations_cases_twinned_cities_and_lines_are_read(value, unit):
    assert (Decimal(value), unit) in {(i.value, i.unit) for i in _items(ONE_YEAR).values()}


def test_together_and_words_of_a_start_are_no_cases():
    text = "一、2030年工作回顾\n过去一年，各方一起推动发展，项目起步良好，完成投资5亿元。\n"
    assert {i.unit for i in _items(text).values()} == {"亿元"}


OWN_ACTS = (
    "一、2030年工作回顾\n"
    "过去一年，总书记2次亲临考察、3次回信，市政府12次调度推进重大项目。"
    "这一年至少有八个突出亮点。组织开展40个专项行动，办成民生实事30件。"
    "8条重点排水沟整治率达100%。长江水生生物完整性指数提升2个等级。"
    "建成国家500万千瓦光伏大基地。\n"
    "二、2031年重点工作\n"
    "积极推进144小时过境免签政策落地。完成四类村庄认定。开展0—3岁婴幼儿健康筛查。"
    "开工建设300兆瓦储能电站。新建储能电站装机20万千瓦。\n"
)


@pytest.mark.parametrize(
    ("value", "unit"),
    [
        ("2", "次"),
        ("3", "次"),
        ("12", "次"),
        ("8", "个"),
        ("40", "个"),
        ("8", "条"),
        ("2", "个"),
        ("500", "万千瓦"),
        ("144", "小时"),
        ("4", "类"),
        ("0", "岁"),
        ("300", "兆瓦"),
    ],
)
def test_own_acts_labels_grades_and_names_sizes_are_no_items(value, unit):
    items = extracted(OWN_ACTS, REPORT_DAY, "day")
    assert (Decimal(value), unit) not in {(i.value, i.unit) for i in items}, [
        i.quote for i in items
    ]


@pytest.mark.parametrize("quote", ["办成民生实事30件", "整治率达100%", "装机20万千瓦"])
def test_what_the_acts_achieved_is_still_an_item(quote):
    quotes = [i.quote for i in extracted(OWN_ACTS, REPORT_DAY, "day")]
    assert [q for q in quotes if quote in q], quotes
