"""Round 34b's rules on units, counts and what is no item, on sentences of our own
(docs/QUALITY.md, "Sets 51–53 after round 34").

A count in words right after members listed with 、 names them (甲、乙、丙三条主线), as after
members joined by 和; counted in figures (甲、乙、丙3个实验室) it stays an item."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from tests.text.extracted import extracted

REPORT_DAY = dt.date(2031, 1, 25)


def _figures(text: str) -> list[tuple[Decimal, str]]:
    return [(i.value, i.unit) for i in extracted(text, REPORT_DAY, "day")]


def test_a_count_in_words_after_members_listed_with_commas_names_them():
    assert _figures("2031年，物流产业重点抓好仓储配送、冷链运输、跨境集散服务三条主线。") == []
    assert _figures("2031年，打通研发、中试、量产、回收四大环节。") == []


def test_a_count_in_figures_after_members_listed_stays_an_item():
    assert _figures("2030年，建成东湖、西山、南岭3个省级实验室。") == [(Decimal(3), "个")]
