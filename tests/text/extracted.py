"""The extractor's items for a test's sentence, each checked to quote the text at its span."""

from __future__ import annotations

from datetime import date

from tracker.text.extract import extract


def extracted(text: str, published_on: date | None, precision: str = "day", **options):
    found = extract(text, published_on=published_on, precision=precision, **options)
    for item in found:
        assert text[item.start : item.end] == item.quote
    return found
