"""Round 35's convention on counts of named things, on sentences of our own (docs/QUALITY.md,
"Conventions aligned (round 35)").

A count in digits after its members are all named (甲、乙、丙4条高速) is an item, as one with 等
is; matters or tasks named before their count (甲、乙和丙3件事) are none, as aims are."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from tests.text.extracted import extracted

REPORT_DAY = dt.date(2031, 1, 25)


def _figures(text: str) -> list[tuple[Decimal, str]]:
    return [(i.value, i.unit) for i in extracted(text, REPORT_DAY, "day")]


def test_a_count_of_things_all_named_before_it_is_an_item():
    assert _figures("2030年，东湖至南岭、北山至西港2条高速公路建成通车。") == [(Decimal(2), "条")]
    assert _figures("2030年，甲市精细化工、乙市新材料2个平台获评国家级中试平台。") == [
        (Decimal(2), "个")
    ]


def test_matters_named_before_their_count_are_no_item():
    assert _figures("2031年，重点抓好老旧管网改造、燃气安全排查和电动自行车治理3件事。") == []
