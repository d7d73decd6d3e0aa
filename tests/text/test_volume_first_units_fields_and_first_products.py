"""Round 30's units, ranks, members and products, on sentences of our own (docs/QUALITY.md,
"Set 35 after round 30").

A concentration may write its volume first (低于每立方米19微克); 组 counts groups and 对 twinned
cities at a clause's end; 近万场 and 突破万列 are one 万 of their unit; a rank may be held in 大陆,
a region's field, and the Nth to reach a status may be 我国's; 第一档 is a tier; 各 before the
verb a list of members shares is 均; and the size of the first product of its kind describes it."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from tests.text.extracted import extracted

REPORT_DAY = dt.date(2031, 1, 25)


def _figures(text: str) -> list[tuple[Decimal, str]]:
    return [(i.value, i.unit) for i in extracted(text, REPORT_DAY, "day")]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("2030年，全市PM2.5平均浓度低于每立方米21微克。", (Decimal("21"), "微克/立方米")),
        ("2030年，全市二氧化硫年均浓度为每立方米6微克。", (Decimal("6"), "微克/立方米")),
        ("2030年，全市5组8家市属企业完成整合。", (Decimal("5"), "组")),
        ("2030年，全市友好城市达64对。", (Decimal("64"), "对")),
        ("2030年，全市举办文化惠民演出近万场。", (Decimal("1"), "万场")),
        ("2030年，中欧班列开行突破万列。", (Decimal("1"), "万列")),
        ("2030年，全市外贸出口额连续3年居大陆首位。", (Decimal("1"), "")),
        ("2030年，乙市新能源车产量居西北首位。", (Decimal("1"), "")),
        ("2030年，甲市成为我国第五个“国际湿地城市”。", (Decimal("5"), "个")),
    ],
)
def test_units_fields_and_ranks_written_otherwise_are_read(text, figure):
    assert figure in _figures(text)


def test_a_volume_first_concentration_keeps_its_ceiling():
    (item,) = extracted("2030年，全市PM2.5平均浓度低于每立方米21微克。", REPORT_DAY, "day")
    assert (item.comparator, item.quote) == ("less_than", "全市PM2.5平均浓度低于每立方米21微克")


@pytest.mark.parametrize(
    "text",
    [
        "2030年，全市文明创建工作稳居全省第一档。",
        "2030年，甲公司推出全球首款量产级6兆瓦时储能系统。",
        "2030年，乙公司下线首台20兆瓦海上风电机组。",
        "2030年，全市1对1帮扶困难家庭，这样一组数据令人鼓舞。",
    ],
)
def test_tiers_first_products_and_words_of_other_uses_are_no_items(text):
    assert _figures(text) == []


def test_each_member_before_ge_gets_the_figure():
    found = extracted("2030年，甲、乙两个榜单中各有12家本市企业上榜。", REPORT_DAY, "day")
    assert len(found) == 1  # (两个榜单 names no members: one item)
    found = extracted("2030年，科技百强、创新百强榜单中各有12家本市企业上榜。", REPORT_DAY, "day")
    assert [(i.value, i.unit) for i in found] == [(Decimal(12), "家"), (Decimal(12), "家")]
    assert _figures("2030年，全市各类市场主体达到80万户。") == [(Decimal(80), "万户")]
