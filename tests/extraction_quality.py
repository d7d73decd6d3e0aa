"""Scoring of the extractor against hand-written fixtures (seeds and held-out texts).

An extracted item counts as found only when an expected item of the same document has the
same kind, value, unit, period start and period end, and its quote (a distinctive substring
written by the reader) overlaps the extracted quote. Matching is one to one, so a figure
extracted twice counts once found and once invented.
"""

from __future__ import annotations

import calendar
import json
import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

from articles.text.decode import decode_bytes
from articles.text.reflow import reflow
from tracker.text.extract import ExtractedItem, extract

PUBLISHED = "@published"


@dataclass(frozen=True)
class Story:
    body: str
    published_on: date | None
    precision: str
    title: str = ""


@dataclass
class Score:
    expected: int = 0
    extracted: int = 0
    matched: int = 0
    misses: list[str] = field(default_factory=list)
    inventions: list[str] = field(default_factory=list)
    named: int = 0  # matched items whose expected item names an indicator
    same_indicator: int = 0  # … and the extractor found that indicator
    same_comparator: int = 0

    @property
    def recall(self) -> float:
        return self.matched / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        return self.matched / self.extracted if self.extracted else 1.0

    def report(self, title: str) -> str:
        lines = [
            f"{title}: recall {self.recall:.3f} ({self.matched}/{self.expected}), "
            f"precision {self.precision:.3f} ({self.matched}/{self.extracted}); "
            f"indicator right {self.same_indicator}/{self.named} (where one is expected), "
            f"comparator right {self.same_comparator}/{self.matched}"
        ]
        lines += [f"  missed: {m}" for m in self.misses]
        lines += [f"  invented: {i}" for i in self.inventions]
        return "\n".join(lines)


def stories(path: Path, *, fallback_date: date | None = None) -> list[Story]:
    """The real ingest pipeline's pure stages: decode → split (with reflow) → dates."""
    text = decode_bytes(path.read_bytes(), name=path.name).text
    try:
        from articles.text.dates import infer_page_dates
        from articles.text.split import split_document
    except ImportError:  # until ingestion's splitter lands: one story, the reader's date
        return [Story(reflow(text), fallback_date, "day" if fallback_date else "unknown")]
    found = split_document(text)
    guesses = infer_page_dates([f"{story.title}\n{story.body}" for story in found])
    return [
        Story(story.body, guess.published_on, guess.precision, story.title)
        for story, guess in zip(found, guesses, strict=True)
    ]


def given_stories(path: Path, given: str) -> list[Story]:
    """The same stages with the article date an editor gives in the ingest manifest
    ("2024-02-26", "2024-02" or "2024", precision as written): as in ingest with a manifest
    date, a day or month is taken as given and a year alone leaves each story its own month
    and day. Scored against the same items, it tells extraction errors from errors of date
    inference."""
    from articles.text.dates import infer_page_dates
    from articles.text.manifest import parse_date
    from articles.text.split import split_document

    published_on, precision = parse_date(given, where=path.name)
    text = decode_bytes(path.read_bytes(), name=path.name).text
    found = split_document(text)
    if precision == "year":
        # As ingest does with a year alone: each story keeps its own month and day in it.
        guesses = infer_page_dates([f"{story.title}\n{story.body}" for story in found],
                                   year=published_on.year)
        return [Story(story.body, guess.published_on, guess.precision, story.title)
                for story, guess in zip(found, guesses, strict=True)]
    return [Story(story.body, published_on, precision, story.title) for story in found]


def load_given_dates(path: Path) -> dict[str, str]:
    """The date an editor would give each document of a fixture (its ``given_dates``)."""
    return json.loads(path.read_text(encoding="utf-8")).get("given_dates", {})


def _squash(text: str) -> tuple[str, list[int]]:
    kept = [i for i, ch in enumerate(text) if not ch.isspace()]
    return "".join(text[i] for i in kept), kept


def _spans(body: str, quote: str) -> list[tuple[int, int]]:
    squashed, kept = _squash(body)
    needle = re.sub(r"\s", "", quote)
    spans, pos = [], 0
    while (hit := squashed.find(needle, pos)) != -1:
        spans.append((kept[hit], kept[hit + len(needle) - 1] + 1))
        pos = hit + 1
    return spans


def as_of_date(story: Story) -> date | None:
    """The article's date as an end point, as far as it is known: the day, the last day of the
    month, or None when only the year (or nothing) is known."""
    if story.published_on is None or story.precision not in ("day", "month"):
        return None
    if story.precision == "day":
        return story.published_on
    last = calendar.monthrange(story.published_on.year, story.published_on.month)[1]
    return story.published_on.replace(day=last)


def _day(text: str | None, story: Story) -> date | None:
    if text is None:
        return None
    if text == PUBLISHED:
        return as_of_date(story)
    return date.fromisoformat(text)


def _same(expected: dict, item: ExtractedItem, story: Story) -> bool:
    value = None if expected["value"] is None else Decimal(expected["value"])
    return (
        item.kind == expected["kind"]
        and item.value == value
        and item.unit == expected["unit"]
        and item.period_start == _day(expected["period_start"], story)
        and item.period_end == _day(expected["period_end"], story)
    )


def describe(item: ExtractedItem) -> str:
    return (
        f"{item.kind} {item.quote!r} {item.value} {item.unit} "
        f"{item.period_start}..{item.period_end} [{item.indicator}]"
    )


def score_document(name: str, stories_: list[Story], expected: list[dict]) -> Score:
    score = Score(expected=len(expected))
    extracted = [
        (story, item)
        for story in stories_
        for item in extract(story.body, published_on=story.published_on,
                            precision=story.precision, title=story.title)
    ]  # fmt: skip
    score.extracted = len(extracted)
    used: set[int] = set()
    for wanted in expected:
        hit = None
        for index, (story, item) in enumerate(extracted):
            if index in used or not _same(wanted, item, story):
                continue
            if any(s < item.end and item.start < e for s, e in _spans(story.body, wanted["quote"])):
                hit = index
                break
        if hit is None:
            score.misses.append(
                f"{name} {wanted['kind']} {wanted['quote']!r} {wanted['value']} {wanted['unit']} "
                f"{wanted['period_start']}..{wanted['period_end']}"
            )
        else:
            used.add(hit)
            score.matched += 1
            item = extracted[hit][1]
            if wanted.get("indicator"):
                score.named += 1
                score.same_indicator += item.indicator == wanted["indicator"]
            if item.comparator == wanted["comparator"]:
                score.same_comparator += 1
    score.inventions = [
        f"{name} {describe(item)}" for i, (_, item) in enumerate(extracted) if i not in used
    ]
    return score


def total(scores: list[Score]) -> Score:
    whole = Score()
    for s in scores:
        whole.expected += s.expected
        whole.extracted += s.extracted
        whole.matched += s.matched
        whole.named += s.named
        whole.same_indicator += s.same_indicator
        whole.same_comparator += s.same_comparator
        whole.misses += s.misses
        whole.inventions += s.inventions
    return whole


def load(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["items"]
