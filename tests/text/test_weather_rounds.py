"""Round 35's convention on rounds (轮), on sentences of our own (docs/QUALITY.md,
"Conventions aligned (round 35)").

Rounds of weather a year met (应对12轮强降雨) are a count of 轮; rounds of the government's own
campaigns (开展3轮…行动) and 第二轮, 新一轮 are not."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from tests.text.extracted import extracted, span, years

REPORT_DAY = dt.date(2031, 1, 25)


def _figures(text: str) -> list[tuple[Decimal, str]]:
    return [(i.value, i.unit) for i in extracted(text, REPORT_DAY, "day")]


def test_rounds_of_weather_met_are_counted():
    text = "2030年，全市成功应对17轮强降雨和6轮寒潮天气过程，转移群众3.2万人次。"
    found = extracted(text, REPORT_DAY, "day")
    assert [(i.value, i.unit) for i in found] == [
        (Decimal(17), "轮"),
        (Decimal(6), "轮"),
        (Decimal("3.2"), "万人次"),
    ]
    assert {span(i) for i in found} == {years(2030, 2030)}
    assert all(i.kind == "evidence" for i in found)


def test_a_word_between_the_rounds_and_the_weather_keeps_the_count():
    assert _figures("2030年，我们克服持续干旱和8轮区域性暴雨等困难。") == [(Decimal(8), "轮")]


def test_rounds_of_the_governments_own_campaigns_are_no_item():
    assert _figures("2030年，开展4轮食品安全专项检查。") == []
    assert _figures("2030年，组织2轮营商环境暗访督查，整改问题120个。") == [(Decimal(120), "个")]


def test_an_ordinal_round_is_no_count():
    assert _figures("2030年，全面开展第二轮土地承包到期后再延长30年试点。") == []
    assert _figures("2030年，启动新一轮找矿突破战略行动。") == []

