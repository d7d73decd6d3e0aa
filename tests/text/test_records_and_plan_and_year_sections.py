"""Round 34a's rules, on sentences of our own (docs/QUALITY.md, "Sets 51–53 after round 34").

A record set against years (创十年来新高) dates no figure after it: the paragraphs of a year's
review that follow stay that year's."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from tests.text.extracted import extracted

REPORT_DAY = dt.date(2031, 1, 28)


def _found(*paragraphs: str):
    text = "\n".join(["2031年某省政府工作报告", *paragraphs]) + "\n"
    return {(i.value, i.unit): i for i in extracted(text, REPORT_DAY, "day")}


def _span(item) -> tuple[dt.date, dt.date]:
    return item.period_start, item.period_end


def _years(first: int, last: int) -> tuple[dt.date, dt.date]:
    return dt.date(first, 1, 1), dt.date(last, 12, 31)


def test_a_record_against_past_years_opens_no_review_of_the_paragraphs_after_it():
    found = _found(
        "一、2030年和“十五五”时期工作回顾",
        "一是投资回升。全年新开工项目增长9.2%，直接融资规模增长27.4%、创八年来新高。",
        "二是创新加快。新建省级技术创新中心16个，引进博士后研究人员730人。",
    )
    assert _span(found[(Decimal("27.4"), "%")]) == _years(2030, 2030)
    assert _span(found[(Decimal("16"), "个")]) == _years(2030, 2030)
    assert _span(found[(Decimal("730"), "人")]) == _years(2030, 2030)
