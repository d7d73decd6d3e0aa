"""Set 33's leftovers in round 30, on sentences of our own (docs/QUALITY.md, "Set 35 after round
30", set 33's leftovers).

Industries listed with 、 before one 产业 (or 行业) and a mark passed (超, 突破) each pass it: one
item per industry, as with 均; 与 inside a member joins one industry's name; a list closed by 等
or a sum (合计) stays one item. 上 before a bare 万, 千 or 百 is a floor (上万支: at least 1 万)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from tests.text.extracted import extracted

REPORT_DAY = dt.date(2031, 1, 25)


def _figures(text: str) -> list[tuple[Decimal, str]]:
    return [(i.value, i.unit) for i in extracted(text, REPORT_DAY, "day")]


def test_each_industry_listed_before_a_mark_passes_it():
    found = _figures("过去五年，纺织、造纸与印刷、化工产业超2千亿元，建材产业超千亿元。")
    assert found == [(Decimal(2), "千亿元")] * 3 + [(Decimal(1000), "亿元")]


@pytest.mark.parametrize(
    "text",
    [
        "2030年，纺织、化工等产业超2千亿元。",
        "2030年，纺织、化工产业合计超2千亿元。",
        "2030年，纺织、化工产业达到2千亿元。",
    ],
)
def test_a_list_closed_by_deng_a_sum_or_a_level_stays_one_item(text):
    assert _figures(text) == [(Decimal(2), "千亿元")]


def test_shang_before_a_bare_multiplier_is_a_floor():
    (item,) = extracted("2030年，全市马拉松吸引参赛选手上万名。", REPORT_DAY, "day")
    assert (item.value, item.unit, item.comparator) == (Decimal(1), "万名", "at_least")
    assert _figures("2030年，全市举办文化活动上千场。") == [(Decimal(1000), "场")]
    assert _figures("2030年，全市工业产值比上年增长5%。") == [(Decimal(5), "%")]
