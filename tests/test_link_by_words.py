"""Figures with no canonical indicator are suggested as linked when they name the same thing
in the same words (tracker.text.linking.indicator_words), read with the other candidates in
one query per kind."""

from __future__ import annotations

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.services import ingest_document
from tracker.models import Commitment, Link, Relation

pytestmark = pytest.mark.django_db


def _report(name: str, day: date, sentences: str) -> None:
    text = f"工作会议\n\n本报讯 {day.month}月{day.day}日，某市召开工作会议。{sentences}"
    ingest_document(name=name, data=text.encode(), published_on=day)


def test_a_target_in_words_no_table_knows_takes_last_years_figure_in_those_words():
    _report("2030.txt", date(2031, 1, 5),
            "2030年，安排市级财政资金80亿元，安排区级财政资金9亿元。")  # fmt: skip
    _report("2031.txt", date(2031, 1, 9), "力争2031年安排市级财政资金86.5亿元。")
    target = Commitment.objects.get(article__document__name="2031.txt")
    assert target.indicator_id is None
    link = Link.objects.get(commitment=target)
    assert link.relation == Relation.BASELINE
    assert "80" in link.evidence.quote
    assert "用语相同" in link.explanation and "市级财政资金" in link.explanation


def test_figures_in_words_are_read_in_as_many_queries_for_forty_as_for_two():
    _report("earlier.txt", date(2031, 1, 2),
            "".join(f"2030年，安排市级财政资金{80 + i}亿元。" for i in range(3)))  # fmt: skip

    def statements(name: str, items: int, day: int) -> int:
        text = "".join(
            f"力争2031年安排市级财政资金{90 + i}亿元，为企业减负{50 + i}亿元以上。"
            for i in range(items)
        )
        with CaptureQueriesContext(connection) as queries:
            _report(name, date(2031, 1, day), text)
        sqls = [query["sql"] for query in queries.captured_queries]
        return sum(
            1 for before, sql in zip(["", *sqls], sqls, strict=False)
            if not (sql.startswith("INSERT INTO") and before.split(" (")[0] == sql.split(" (")[0])
        )  # fmt: skip

    few = statements("few.txt", 2, 5)
    many = statements("many.txt", 40, 9)
    assert Link.objects.filter(commitment__article__document__name="many.txt").exists()
    assert many == few
