"""The places a text names, and figures that name no place of their own kept to them (pure)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tracker.text.linking import Figure, is_conflict, places_compatible, relate
from tracker.text.place_names import NATION, places_named, short_names


@pytest.mark.parametrize(
    "text, named",
    [
        ("1月11日，河北省省长作政府工作报告。", ["河北"]),
        ("上海市市长龚正作《政府工作报告》。", ["上海"]),  # 市市: one city
        ("郑州高新区召开会议，郑州市副市长出席。", ["郑州"]),  # the zone's city, and 郑州 itself
        ("大连市全年地区生产总值增长4%。", ["大连"]),  # a city the gazetteer lacks
        ("镇安县和浦东新区", ["浦东", "镇安"]),
        ("內蒙古自治區生產(chǎn)總值增長6%", ["内蒙古", "蒙古"]),  # traditional, a gloss
        ("建设一批省级重点项目，召开市委全会，打造中心城市、经济大省。", []),  # no place
        ("2023年上市公司，上半年市场，去年县域，年底前省级，新增县城", []),
        ("全省上下，全市人民，各县区", []),
        ("国家统计局今天发布，全国规模以上工业增加值增长5%。", [NATION]),
    ],
    ids=["province", "mayor", "zone_and_city", "city_not_in_gazetteer", "county_and_district",
         "traditional", "words_before_suffixes", "times_before_suffixes", "own_place",
         "national"],
)  # fmt: skip
def test_places_named(text, named):
    assert places_named(text) == named


def test_the_most_named_place_comes_first():
    assert places_named("北京报道：河北省省长…河北2022年…河北省将") == ["河北", "北京"]


def test_a_subject_that_names_no_particular_place_has_no_short_name():
    assert short_names("高新区") == frozenset() == short_names("全市")
    assert short_names("郑州高新区") == {"郑州"}


def growth(value: str, *, subject: str = "", places: frozenset = frozenset(), **kw) -> Figure:
    rate = Decimal(value)
    return Figure(
        indicator="地区生产总值", measure="growth", comparator=kw.pop("comparator", "about"),
        value=rate, base_value=rate, base_unit="%", unit="%",
        period_start=date(2024, 1, 1), period_end=date(2024, 12, 31),
        subject=subject, places=places, **kw,
    )  # fmt: skip


HAINAN_TARGET = growth("8", subject="海南省")


@pytest.mark.parametrize(
    "outcome, compatible",
    [
        (growth("6", places=frozenset({"赤峰", "内蒙古"})), False),  # another city's report
        (growth("8.2", places=frozenset({"海南", "三亚"})), True),  # the province's own news
        (growth("6"), True),  # a text naming no place at all: as before, any place's
        (growth("5", places=frozenset({NATION})), False),  # the nation's figure
        (growth("8.2", subject="海南省", places=frozenset({"赤峰"})), True),  # its own subject
        (growth("6", subject="赤峰市"), False),  # two named places
    ],
    ids=["other_city", "own_province", "no_place_named", "national", "subject_named",
         "two_subjects"],
)  # fmt: skip
def test_a_figure_naming_no_place_is_about_a_place_its_article_names(outcome, compatible):
    assert places_compatible(HAINAN_TARGET, outcome) is compatible
    assert places_compatible(outcome, HAINAN_TARGET) is compatible
    assert (relate(HAINAN_TARGET, outcome) is not None) is compatible


def test_two_figures_naming_no_place_meet_only_in_texts_naming_one_place():
    hebei = growth("6", places=frozenset({"河北", "北京"}))
    assert places_compatible(hebei, growth("5.5", places=frozenset({"河北"})))
    assert not places_compatible(hebei, growth("5", places=frozenset({"上海"})))


def test_two_zones_called_by_the_same_generic_name_are_told_apart_by_their_texts():
    zhengzhou = growth("10", subject="高新区", places=frozenset({"郑州", "河南"}))
    assert not places_compatible(zhengzhou, growth("9", subject="高新区",
                                                   places=frozenset({"西安", "陕西"})))
    assert places_compatible(zhengzhou, growth("9", subject="郑州高新区"))


def test_figures_of_other_places_are_no_conflict():
    reported = growth("6", comparator="equal", places=frozenset({"河北"}))
    assert is_conflict(reported, growth("5", comparator="equal", places=frozenset({"河北"})))
    assert not is_conflict(reported, growth("5", comparator="equal",
                                             places=frozenset({"上海"})))
