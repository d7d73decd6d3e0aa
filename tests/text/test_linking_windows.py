"""The windows the candidate read narrows by (``linking.outcome_windows``,
``linking.target_windows``, ``linking.paired_units``) never leave out a pair that
``linking.relate`` links: checked over every ordering of periods around a year's edges."""

from __future__ import annotations

import itertools
from datetime import date, timedelta
from decimal import Decimal

from tracker.text import linking

_DAY = timedelta(days=1)
_EDGE = date(2024, 1, 1)
# Days around a target year's edges where relate's rules change: the baseline gap (8 days),
# the as-of reach (a year, or the target's length), quarters and a multi-year span.
_DAYS = sorted(
    {_EDGE + timedelta(days=offset) for offset in (-731, -366, -365, -364, -92, -91, -9, -8, -7,
                                                   -1, 0, 1, 90, 181, 364, 365, 366, 730, 1460)}
    | {date(2023, 12, 31), date(2024, 12, 31), date(2024, 6, 30), date(2025, 12, 31)}
)  # fmt: skip
_PERIODS = [(None, end) for end in _DAYS] + [
    (start, end) for start, end in itertools.product(_DAYS, _DAYS) if start <= end
]


def _figure(period: tuple, *, measure: str = "level", unit: str = "亿元") -> linking.Figure:
    start, end = period
    return linking.Figure(
        indicator="地区生产总值", measure=measure, comparator="at_least", value=Decimal(5),
        base_value=Decimal(5), base_unit=unit, unit=unit, period_start=start, period_end=end,
    )  # fmt: skip


def test_every_pair_relate_links_lies_in_the_windows_of_both_sides():
    linked = 0
    for measure in ("level", "growth"):
        outcomes = [_figure(period, measure=measure) for period in _PERIODS]
        for target_period in _PERIODS:
            if target_period[0] is None:
                continue  # a target needs a start (relate links it to nothing)
            target = _figure(target_period, measure=measure)
            windows = linking.outcome_windows(target)
            for outcome in outcomes:
                if linking.relate(target, outcome) is None:
                    continue
                linked += 1
                assert any(w.admits(outcome.period_start, outcome.period_end) for w in windows), (
                    target_period, outcome.period_start, outcome.period_end,
                )  # fmt: skip
                assert any(
                    w.admits(target.period_start, target.period_end)
                    for w in linking.target_windows(outcome)
                ), (target_period, outcome.period_start, outcome.period_end)
    assert linked > 1000  # every relation (result, progress, baselines) is among them


def test_the_windows_leave_out_most_periods_a_target_year_cannot_use():
    target = _figure((date(2024, 1, 1), date(2024, 12, 31)))
    windows = linking.outcome_windows(target)
    admitted = [p for p in _PERIODS if any(w.admits(*p) for w in windows)]
    # the year's own parts, the year just before (2023) and as-of days after 2023-01-01
    assert (date(2023, 1, 1), date(2023, 12, 31)) in admitted
    assert (date(2024, 1, 1), date(2024, 6, 30)) in admitted
    assert (None, date(2023, 1, 1)) in admitted
    # a period running past the target's end, or a part of 2023 that is not as of one day
    assert (date(2024, 1, 1), date(2025, 12, 31)) not in admitted
    assert (date(2023, 7, 2), date(2023, 12, 23)) not in admitted
    assert (date(2023, 1, 1), date(2023, 12, 23)) not in admitted
    assert len(admitted) < len(_PERIODS) / 3


def test_figures_of_different_unit_families_are_not_candidates():
    assert linking.paired_units("元") == frozenset({"元"})
    assert linking.paired_units("%") == frozenset({"%"})
    assert linking.paired_units("个") is None  # counts pair with one another
    year = (date(2024, 1, 1), date(2024, 12, 31))
    assert linking.relate(_figure(year), _figure(year, unit="%")) is None
    assert linking.relate(_figure(year, unit="个"), _figure(year, unit="家")) is not None


def test_a_target_or_outcome_that_relates_to_nothing_has_no_windows():
    assert linking.outcome_windows(_figure((None, date(2024, 12, 31)))) == ()
    no_value = linking.Figure(
        indicator="地区生产总值", measure="level", comparator="at_least", value=None,
        base_value=None, base_unit="元", unit="亿元", period_start=None, period_end=_EDGE,
    )  # fmt: skip
    assert linking.target_windows(no_value) == ()
