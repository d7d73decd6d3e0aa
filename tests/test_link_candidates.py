"""The candidate read asks the database for the periods ``linking.PeriodWindow.admits``
admits, no more and no fewer, on SQLite and PostgreSQL alike."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from articles.services import ingest_document
from tracker import services
from tracker.models import Evidence
from tracker.text import linking

pytestmark = pytest.mark.django_db

_EDGE = date(2024, 1, 1)
_DAYS = [_EDGE + timedelta(days=n) for n in (-366, -365, -9, -8, -1, 0, 1, 180, 365, 366)]


def _evidence_of_every_period() -> dict[int, tuple]:
    ingest_document(
        name="results.txt",
        data="经济运行\n\n本报讯 1月15日，2023年高新区技术合同成交额完成156亿元。\n".encode(),
        page_year=2024,
    )
    first = Evidence.objects.get()
    periods = {first.pk: (first.period_start, first.period_end)}
    for start in [None, *_DAYS]:
        for end in _DAYS:
            if start is not None and start > end:
                continue
            first.pk, first.period_start, first.period_end = None, start, end
            first.save()
            periods[first.pk] = (start, end)
    return periods


def test_the_database_reads_exactly_the_periods_the_windows_admit():
    periods = _evidence_of_every_period()
    target = linking.Figure(
        indicator=None, measure="level", comparator="at_least", value=1, base_value=1,
        base_unit="元", unit="元", period_start=date(2024, 1, 1), period_end=date(2024, 12, 31),
        quote="技术合同成交额突破1元",
    )  # fmt: skip
    outcome = linking.Figure(
        indicator=None, measure="level", comparator="at_least", value=1, base_value=1,
        base_unit="元", unit="元", period_start=None, period_end=date(2023, 12, 31),
        quote="技术合同成交额1元",
    )  # fmt: skip
    for windows in (linking.outcome_windows(target), linking.target_windows(outcome)):
        where = services._any_of(Evidence, [([("period__windows", windows)], None)])
        read = set(Evidence.objects.filter(where).values_list("pk", flat=True))
        admitted = {pk for pk, p in periods.items() if any(w.admits(*p) for w in windows)}
        assert read == admitted
        assert 0 < len(read) < len(periods)
