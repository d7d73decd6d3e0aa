"""The extractor's items for a test's sentence, each checked to quote the text at its span."""

from __future__ import annotations

from datetime import date

from tracker.text.extract import extract


def extracted(text: str, published_on: date | None, precision: str = "day", **options):
    found = extract(text, published_on=published_on, precision=precision, **options)
    for item in found:
        assert text[item.start : item.end] == item.quote
    return found


def by_figure(text: str, published_on: date | None, precision: str = "day") -> dict:
    """The extracted items of a text keyed by their (value, unit)."""
    return {(i.value, i.unit): i for i in extracted(text, published_on, precision)}


def span(item) -> tuple[date, date]:
    return item.period_start, item.period_end


def years(first: int, last: int) -> tuple[date, date]:
    """1 January of ``first`` to 31 December of ``last``."""
    return date(first, 1, 1), date(last, 12, 31)
