"""Round 23's rules, on sentences of our own.

A level a multi-year review reaches, written without a verb (生产总值5.1万亿元), is its last
year's, as after 达 or 突破; what a clause opening on a verb of doing counts (改造危房3万户) or a
flow word (新增, 年均增长) stays over the review's years, and 连续8年稳定在… holds over the eight
years it names."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from articles.text.dates import infer_date
from tests.text.extracted import extracted
from tracker.text.numbers import find_quantities

REPORT_DAY = dt.date(2031, 1, 20)
LAST_YEAR = (dt.date(2030, 1, 1), dt.date(2030, 12, 31))
FIVE_YEARS = (dt.date(2026, 1, 1), dt.date(2030, 12, 31))


def _evidence(text: str, published_on: dt.date | None = REPORT_DAY, precision: str = "day"):
    return {
        i.quote: (i.period_start, i.period_end)
        for i in extracted(text, published_on, precision)
        if i.kind == "evidence"
    }


REVIEW = (
    "过去五年，是北湖发展极不平凡的五年。五年来，综合实力稳步提升。"
    "生产总值5.1万亿元，财政总收入6020亿元。市场主体980.5万户。常住人口城镇化率61%。"
    "创新企业加快集聚，国家级专精特新企业320家、省级以上绿色工厂880家。"
    "改造农村危房3万户，治理水土流失面积5400平方公里，新增国家级产业园9个、特色产业集群6个。"
    "湖区生态廊道860公里全线贯通。居民人均可支配收入年均增长6.2%。"
    "粮食总产量连续8年稳定在1100亿斤以上。"
)


@pytest.mark.parametrize(
    "quote",
    [
        "生产总值5.1万亿元",
        "财政总收入6020亿元",
        "市场主体980.5万户",
        "常住人口城镇化率61%",
        "国家级专精特新企业320家",
        "省级以上绿色工厂880家",  # a later member of a list, no verb either
    ],
)
def test_a_bare_level_in_a_five_year_review_is_the_last_years(quote):
    assert _evidence(REVIEW)[quote] == LAST_YEAR


@pytest.mark.parametrize(
    "quote",
    [
        "改造农村危房3万户",  # the clause opens on a verb of doing
        "治理水土流失面积5400平方公里",
        "新增国家级产业园9个",  # a flow word
        "特色产业集群6个",  # a member of the 新增 list
        "湖区生态廊道860公里全线贯通",  # the figure is what a verb after it did
        "居民人均可支配收入年均增长6.2%",
    ],
)
def test_what_was_done_over_a_review_stays_over_its_years(quote):
    found = _evidence(REVIEW)
    assert found[next(q for q in found if q.endswith(quote) or quote.endswith(q))] == FIVE_YEARS


def test_a_level_held_for_years_it_names_is_dated_over_those_years():
    found = _evidence(REVIEW)
    (quote,) = [q for q in found if "1100亿斤" in q]
    assert found[quote] == (dt.date(2023, 1, 1), dt.date(2030, 12, 31))


def test_a_level_held_without_naming_its_years_stays_over_the_review():
    text = "五年来，粮食产量连年稳定在1100亿斤以上，基本医保参保率稳定在95%。"
    found = _evidence(text)
    assert set(found.values()) == {FIVE_YEARS}, found


def test_a_bare_level_of_one_year_is_untouched():
    text = "2030年，全市生产总值5.1万亿元，增长5.2%。"
    items = extracted(text, REPORT_DAY)
    assert [(i.value, (i.period_start, i.period_end)) for i in items] == [
        (Decimal("5.1"), LAST_YEAR),
        (Decimal("5.2"), LAST_YEAR),
    ]


# News of a report dated by a day without a year takes the year of the targets it sets, also
# where its lead names no year and its years are written with spaces (pangu spacing).
SPACED_NEWS = (
    "2 月 3 日上午,北湖省第九届人民代表大会第二次会议开幕,省长代表省人民政府向大会报告工作。"
    "报告回顾了 2030 年工作,同时提出了 2031 年工作总体要求和目标任务。"
    "过去一年,北湖地区生产总值达 6.2 万亿元、增长 5.4%。"
    "报告也定下了今年经济社会发展主要预期目标:地区生产总值增长 5% 以上,城镇新增就业 60 万人以上。"
)
UNSPACED_NEWS = (
    "据本报消息,1月16日上午,北湖省九届人大一次会议开幕,省长作政府工作报告。"
    "报告指出,2030年北湖全省生产总值预计突破6万亿元。"
    "报告明确了2031年北湖经济社会发展主要预期目标:经济增长5%左右。"
    "报告在部署今年北湖重点工作时指出,力争数字经济规模突破2.5万亿元。"
)


@pytest.mark.parametrize(
    ("text", "day"),
    [(SPACED_NEWS, dt.date(2031, 2, 3)), (UNSPACED_NEWS, dt.date(2031, 1, 16))],
)
def test_a_dateline_without_a_year_takes_the_year_of_the_targets_set(text, day):
    guess = infer_date(text)
    assert (guess.published_on, guess.precision) == (day, "day")


def test_a_dateline_without_a_year_after_march_or_without_targets_stays_undated():
    later = SPACED_NEWS.replace("2 月 3 日", "6 月 3 日")
    no_targets = SPACED_NEWS.replace("同时提出了 2031 年工作总体要求和目标任务", "部署了重点工作")
    assert infer_date(later).published_on is None
    assert infer_date(no_targets).published_on is None


def test_spaced_news_of_a_report_dates_its_results_and_its_targets():
    guess = infer_date(SPACED_NEWS)
    items = extracted(SPACED_NEWS, guess.published_on, guess.precision)
    this_year = (dt.date(2031, 1, 1), dt.date(2031, 12, 31))
    assert [(i.value, i.kind, (i.period_start, i.period_end)) for i in items] == [
        (Decimal("6.2"), "evidence", LAST_YEAR),
        (Decimal("5.4"), "evidence", LAST_YEAR),
        (Decimal(5), "commitment", this_year),
        (Decimal(60), "commitment", this_year),
    ]


def test_this_year_in_news_dated_without_a_year_is_the_targets_year():
    guess = infer_date(UNSPACED_NEWS)
    (item,) = [i for i in extracted(UNSPACED_NEWS, guess.published_on) if i.value == Decimal("2.5")]
    assert (item.kind, item.period_start, item.period_end) == (
        "commitment",
        dt.date(2031, 1, 1),
        dt.date(2031, 12, 31),
    )


def test_a_lead_that_reviewed_a_year_dates_its_day_in_the_year_after():
    # 回顾了 2030 年 is the year reviewed, not the year of writing
    guess = infer_date("1 月 20 日,北湖市全市工作会议回顾了 2030 年工作。会议指出,要抓好重点工作。")
    assert (guess.published_on, guess.precision) == (dt.date(2031, 1, 20), "day")


def test_this_years_targets_named_after_a_review_in_one_paragraph_are_targets():
    text = (
        "过去一年,北湖地区生产总值达6.2万亿元、增长5.4%。"
        "今年经济社会发展主要预期目标也定了,其中地区生产总值增长5%以上。"
    )
    items = extracted(text, dt.date(2031, 2, 3))
    assert [(i.value, i.kind, i.period_start.year) for i in items] == [
        (Decimal("6.2"), "evidence", 2030),
        (Decimal("5.4"), "evidence", 2030),
        (Decimal(5), "commitment", 2031),
    ]


def test_this_years_targets_completed_in_a_review_stay_results():
    text = "今年以来,全市完成了主要目标任务,地区生产总值增长5.1%。"
    (item,) = extracted(text, dt.date(2031, 11, 20))
    assert item.kind == "evidence"


def _values(text: str, published_on: dt.date = dt.date(2031, 2, 3)) -> list[Decimal]:
    # (a task without a figure, 建立…清单, may still be a deliverable: only figures count here)
    return [i.value for i in extracted(text, published_on) if i.value is not None]


@pytest.mark.parametrize(
    "text",
    [
        "北方两省两座省会城市要这么干!",  # the places a text names
        "这三座沿海城市已经明确了经济社会发展目标。",
        "推动西部四个片区内城市共同实施一批合作事项。",
        "推动行政村和30户以上自然村全部通硬化路。",  # size classes qualifying a noun
        "关停淘汰5万千瓦及以下燃煤机组。",
        "推动年运量200万吨以上的物流园区接入铁路专用线。",
        "今年建立120项年度任务清单,开展12项重点事项攻坚。",  # the government's own tasks
        "制定实施六个“行动方案”和三组“若干措施”。",  # packages named with their count
        "实施百亿斤粮食产能提升工程。",  # a project's name
        "全球最大8米直径盾构机成功下线。",  # a product's superlative spec
    ],
)
def test_counts_in_names_and_classes_are_no_items(text):
    assert _values(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("全省地区生产总值万亿之城增至6座。", Decimal(6)),  # a count that changed
        ("全市8个县区规上工业增加值增速全部实现正增长。", Decimal(8)),  # places an outcome covers
        ("外送电力通达沿海各地，惠及9个省份。", Decimal(9)),  # the places a benefit reached
        ("全省9个地市空气质量全面达标。", Decimal(9)),  # places meeting a standard
        ("全年新增规上企业1500家以上。", Decimal(1500)),
        ("地区生产总值增长5%以上。", Decimal(5)),
        ("实施1000个以上省重点项目。", Decimal(1000)),  # a classifier counting its noun
        ("推动60%以上的县级养老机构三级达标。", Decimal(60)),
    ],
)
def test_counts_that_are_figures_stay_items(text, value):
    assert _values(text) == [value]


@pytest.mark.parametrize(
    ("text", "unit", "base_value"),
    [
        ("智能算力规模达到2.5百亿亿次/秒。", "百亿亿次/秒", Decimal("2.5E18")),  # a rate
        ("全年开行中欧班列3000班次。", "班次", Decimal(3000)),
    ],
)
def test_a_rate_per_second_and_train_runs_are_read_with_their_units(text, unit, base_value):
    (quantity,) = find_quantities(text)
    assert (quantity.unit, quantity.base_value) == (unit, base_value)


def test_the_places_a_benefit_reached_in_a_review_are_its_years():
    found = _evidence(
        "一、过去五年工作回顾\n\n"
        "五年来，外送电力通达沿海各地，惠及9个省份。东南四个片区协同发展。\n"
    )
    assert found == {"惠及9个省份": FIVE_YEARS}


def test_the_places_meeting_a_standard_in_a_review_are_its_last_years():
    found = _evidence(
        "一、过去五年工作回顾\n\n"
        "五年来，蓝天保卫战成效明显，9个地市空气质量全面达标，新建污水管网800公里。\n"
    )
    assert found == {"9个地市空气质量全面达标": LAST_YEAR, "新建污水管网800公里": FIVE_YEARS}
