"""Round 28a's conventions, on sentences of our own (docs/QUALITY.md, "Conventions aligned
(round 28a)").

A rank held 连续N年 is one rank item over the N years it names, ending with the year reached,
as a level held 连续N年 is: the text claims the rank for each of those years. A figure shared
with 双双 by members named before it is one item per member, as with 均. The investment of one
project named (or of projects named one by one) describes the project and is no item; the
investment of a counted set of projects stays one."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from tests.text.extracted import extracted

REPORT_DAY = dt.date(2031, 1, 25)


def _found(text: str):
    return extracted(text, REPORT_DAY, "day")


def _years(first: int, last: int) -> tuple[dt.date, dt.date]:
    return dt.date(first, 1, 1), dt.date(last, 12, 31)


@pytest.mark.parametrize(
    "text",
    [
        "2030年，总投资近300亿元的东湖储能基地、西山抽水蓄能电站开工建设。",
        "2030年，投资45亿元的特种纤维项目完成主体施工。",
    ],
)
def test_the_investment_of_a_project_named_is_no_item(text):
    assert [i for i in _found(text) if i.unit == "亿元"] == []


def test_the_investment_of_a_counted_set_of_projects_stays_an_item():
    found = _found("2030年，投资45亿元的特种纤维项目完成主体施工，全市12个重大项目总投资80亿元。")
    assert [(i.value, i.unit) for i in found if i.unit == "亿元"] == [(Decimal("80"), "亿元")]
