"""Round 33's 双双 with its two members at the head of the clause, on sentences of our own
(docs/QUALITY.md, "Set 42 after round 33").

存款、贷款余额连跨…台阶、双双突破9万亿元 and 甲、乙产量从全国第8位、第4位双双跃居第1位 name the two
members at the clause's head, before a first figure: each member has the 双双 figure, and a
later member of a 从 side's list of ranks is the year before's too."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from tests.text.extracted import extracted

REPORT_DAY = dt.date(2031, 1, 25)
REVIEW = "一、过去五年工作回顾\n——这五年，综合实力大幅跃升。"


def _items(text: str) -> list[tuple[Decimal, str, int, int]]:
    return [
        (i.value, i.unit, i.period_start.year, i.period_end.year)
        for i in extracted(REVIEW + text, REPORT_DAY, "day")
    ]


def test_both_members_named_before_a_first_figure_share_the_second():
    found = _items("全市存款、贷款余额连跨2个千亿元台阶、双双突破3万亿元。")
    assert found.count((Decimal(3), "万亿元", 2030, 2030)) == 2


def test_both_ranks_moved_from_a_listed_from_side():
    found = _items("甲、乙两类产品产量从全国第9位、第6位双双跃居第2位。")
    assert sorted(found) == sorted([
        (Decimal(9), "位", 2025, 2025),
        (Decimal(6), "位", 2025, 2025),
        (Decimal(2), "位", 2030, 2030),
        (Decimal(2), "位", 2030, 2030),
    ])  # fmt: skip
