"""Round 33's units, on sentences of our own (docs/QUALITY.md, "Round 33: the tuning sets'
leftovers").

A concentration may write its volume after the mass with 每 (31.2微克每立方米), computing power
may be counted in PF (petaflops, 万PF as written), and a scale reached in words (达到万亿元规模)
is one 万亿, for each member of a list sharing it with 均. A lone 零 counts nothing (零部件)."""

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
        ("2030年，全市PM2.5平均浓度降至31.2微克每立方米。", (Decimal("31.2"), "微克/立方米")),
        ("2030年，全市二氧化氮年均浓度为18毫克每立方米。", (Decimal("18"), "毫克/立方米")),
        # the volume first, as round 30 reads it, still
        ("2030年，全市PM2.5平均浓度低于每立方米21微克。", (Decimal("21"), "微克/立方米")),
    ],
)
def test_a_concentration_per_volume_in_words_keeps_its_slash_unit(text, figure):
    assert _figures(text) == [figure]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("2030年，全市算力总规模突破2.5万PF。", [(Decimal("2.5"), "万PF")]),
        ("2030年，智能算力达到9000PF。", [(Decimal("9000"), "PF")]),
        ("2030年，超算中心算力达到200P。", [(Decimal("200"), "P")]),
    ],
)
def test_computing_power_in_pf_is_read(text, figures):
    assert _figures(text) == figures


def test_a_pf_inside_a_longer_word_is_no_unit():
    assert _figures("2030年，全市建成3PFA实验平台。") == []


def test_a_trillion_scale_reached_is_one_wanyi_for_each_member():
    found = extracted(
        "2030年，乙省能源化工、先进材料、食品加工等产业集群均达到万亿元规模。", REPORT_DAY, "day"
    )
    assert [(i.value, i.unit) for i in found] == [(Decimal(1), "万亿元")] * 3
    assert _figures("2030年，全市工业总产值迈入万亿规模。") == [(Decimal(1), "万亿")]


@pytest.mark.parametrize(
    "text",
    [
        "2030年，全省着力打造万亿级产业集群。",
        "2030年，全省着力培育万亿元规模的产业集群。",
    ],
)
def test_a_trillion_scale_named_as_a_class_or_an_aim_is_no_figure(text):
    assert _figures(text) == []


@pytest.mark.parametrize(
    "text", ["2030年，加快整车、零部件一体化发展。", "2030年，推进关键零件国产化。"]
)
def test_a_lone_ling_counts_nothing(text):
    assert _figures(text) == []
    assert _figures("2030年，全市新建学校一百零五所。") == [(Decimal(105), "所")]
