"""A project's or a measure's jobs (项目建成后可带动新增就业500人, 吸纳新增就业, 新增就业岗位2000个)
are no place's 城镇新增就业人数: such an item keeps its own words and names no indicator, so it
neither meets nor misses the place's target; a place's 新增就业 still names it. 规模以上工业总产值
and 商品销售总额 are statistics of their own, and output is not value added."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from articles.text.script import reading_of
from tests.text.extracted import extracted
from tracker.text.extract import ExtractedItem
from tracker.text.indicators import find_indicator
from tracker.text.linking import FULFILS, Figure, relate

JOBS = "城镇新增就业人数"
PUBLISHED = dt.date(2031, 2, 1)


def _items(text: str) -> list[ExtractedItem]:
    return extracted(text, PUBLISHED)


def _figure(item: ExtractedItem) -> Figure:
    return Figure(
        indicator=item.indicator, measure=item.measure, comparator=item.comparator,
        value=item.value, value_max=item.value_max, base_value=item.base_value,
        base_unit=item.base_unit, unit=item.unit, period_start=item.period_start,
        period_end=item.period_end, kind="numeric", quote=item.quote, subject="北湖市",
        indicator_text=item.indicator_text,
    )  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "2030年,全市城镇新增就业12.5万人。",
        "2030年,全市新增就业12.5万人。",
        "2030年,全市实现新增就业12.5万人。",
        "2030年,全市新增就业人数12.5万人。",
        "2030年,全市预计全年可新增就业12.5万人。",  # 可 alone: the place's estimate
    ],
)
def test_a_places_new_jobs_name_the_employment_indicator(text):
    [item] = _items(text)
    assert (item.value, item.indicator) == (Decimal("12.5"), JOBS)


def test_a_places_target_of_new_jobs_names_it_too():
    [item] = _items("2031年,全市将新增就业5000人。")
    assert (item.kind, item.value, item.indicator) == ("commitment", 5000, JOBS)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("北湖产业园项目建成后可带动新增就业500人。", "带动新增就业"),
        ("2030年,返乡创业项目带动当地新增就业3200人。", "带动当地新增就业"),
        ("2030年,新落地的8家企业吸纳新增就业1500人。", "吸纳新增就业"),
        ("物流园投产后可新增就业800人。", "投产后可新增就业"),
        ("2030年,数字经济新增就业岗位2000个。", "新增就业岗位"),
        ("2030年,全市新增就业机会1.2万个。", "新增就业机会"),
        ("2030年,重点项目提供就业岗位1200个。", "提供就业岗位"),
    ],
)
def test_jobs_a_project_brings_or_posts_counted_keep_their_own_words(text, words):
    [item] = [i for i in _items(text) if i.unit in ("人", "个", "万个")]
    assert item.indicator is None
    assert words in item.indicator_text


def test_a_projects_jobs_do_not_meet_the_places_target():
    [target] = _items("2030年全市城镇新增就业1000人以上。")
    [effect] = _items("北湖产业园项目建成后可带动新增就业1500人。")
    [result] = _items("2030年,全市新增就业1500人。")
    effect = _figure(effect)
    effect_2030 = Figure(**{**effect.__dict__, "period_start": target.period_start,
                            "period_end": target.period_end})  # fmt: skip
    assert relate(_figure(target), effect_2030) is None
    assert relate(_figure(target), _figure(result)).relation == FULFILS


def test_jobs_of_a_place_after_a_project_sentence_are_still_the_places():
    text = "北湖产业园项目建成后可带动新增就业500人。2030年,全市新增就业12.5万人。"
    by_value = {i.value: i.indicator for i in _items(text)}
    assert by_value == {500: None, Decimal("12.5"): JOBS}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("规模以上工业总产值1.73万亿元", "规模以上工业总产值"),
        ("全年完成规上工业总产值773.76亿元", "规模以上工业总产值"),
        ("規模以上工業總産值達到1萬億元以上", "规模以上工业总产值"),
        ("商品销售总额达到4万亿元左右", "商品销售总额"),
        ("商品銷售總額爭取突破4萬億元", "商品销售总额"),
        # value added is another statistic than output
        ("规模以上工业增加值增长8%", "规模以上工业增加值"),
        ("规上工业增加值增长8%", "规模以上工业增加值"),
    ],
)
def test_the_statistics_names_of_output_and_sales(text, name):
    found = find_indicator(reading_of(text).text)
    assert found is not None and found.name == name


@pytest.mark.parametrize(
    "text",
    [
        "工业总产值突破1万亿元",  # all industry, not the units above the size threshold
        "7家投产企业完成工业总产值17.67亿元",
        "批发业、零售业商品销售额分别比上年同期增长10.0%",  # parts of the sales
        "公共网络实现商品销售额8.66亿元",
    ],
)
def test_output_and_sales_of_other_scopes_name_no_statistic(text):
    assert find_indicator(text) is None


def test_output_never_meets_a_value_added_target():
    [target] = _items("2031年,全市规模以上工业增加值力争达到1000亿元。")
    [result] = _items("2031年,全市规模以上工业总产值达到1200亿元。")
    assert target.indicator != result.indicator
    assert relate(_figure(target), _figure(result)) is None


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "2030年,全市固定资产投资、规模以上工业增加值均增长12%。",
            ["固定资产投资", "规模以上工业增加值"],
        ),
        (
            "2030年,地区生产总值和规模以上工业总产值预计都将突破1万亿元。",
            ["地区生产总值", "规模以上工业总产值"],
        ),
    ],
)
def test_the_last_member_sharing_a_figure_keeps_its_own_name(text, names):
    assert [i.indicator for i in _items(text)] == names
