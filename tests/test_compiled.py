"""compiled_by_id and compiled_rows: a record by id, or the rows of one article, from SQL compiled
once give exactly what get(pk=…) and filter(article_id=…) give."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal
from operator import itemgetter

import pytest
from django.core.exceptions import MultipleObjectsReturned, ObjectDoesNotExist
from django.core.management import call_command
from django.db import connection
from django.db.models import F
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

from articles.history import history_model
from articles.models import Article
from tests.conftest import SEEDS
from tests.exportdata import build_rich_data
from tracker.api import ENDPOINTS, api_records
from tracker.compiled import (
    MAX_STATEMENTS_BY_COUNT,
    compiled_all,
    compiled_by_id,
    compiled_rows,
    compiled_rows_by_ids,
)
from tracker.exports import section_of
from tracker.filtersets import with_public_state
from tracker.models import Commitment, Evidence, Link, ReviewState

pytestmark = pytest.mark.django_db

MODELS = [viewset.queryset.model for viewset in ENDPOINTS.values()]


def typed(row: tuple) -> list:
    # A decimal read back as a float or a date as text would still compare equal (or not
    # at all): compare each value's type too.
    return [(type(value), value) for value in row]


def read(get, pk) -> tuple[object, list[str]]:
    """The row (or the exception's class) and the SQL sent for it."""
    with CaptureQueriesContext(connection) as queries:
        try:
            result = typed(get(pk))
        except (ObjectDoesNotExist, MultipleObjectsReturned) as exc:
            result = type(exc)
    return result, [query["sql"] for query in queries.captured_queries]


def ingest_seeds() -> None:
    call_command("ingest", str(SEEDS), stdout=io.StringIO(), stderr=io.StringIO())


@pytest.mark.parametrize("unreviewed", ["mark", "hide"])
@pytest.mark.parametrize("build", [ingest_seeds, build_rich_data], ids=["seeds", "rich"])
def test_every_record_read_by_id_equals_gets_row_and_statement(build, unreviewed):
    build()
    seen_types: set[type] = set()
    hidden = 0
    with override_settings(PUBLIC_UNREVIEWED=unreviewed):
        for model in MODELS:
            queryset = api_records(model).values_list(*section_of(model).keys)
            compiled = compiled_by_id(queryset)
            ids = list(model.objects.values_list("pk", flat=True))
            assert ids, model
            for pk in [*ids, str(ids[0]), max(ids) + 1]:
                expected, expected_sql = read(lambda pk, rows=queryset: rows.get(pk=pk), pk)
                result, sql = read(compiled, pk)
                assert result == expected, (model, pk)
                assert sql == expected_sql and len(sql) == 1, (model, pk)
                if expected is model.DoesNotExist:
                    hidden += pk in ids
                else:
                    seen_types.update(value_type for value_type, _value in expected)
    # The rows shown held every kind of value the backends convert; some rows were hidden
    # (the rich data's rejected items, and the seeds' unreviewed ones when hidden).
    if unreviewed == "mark":
        assert {type(None), Decimal, dt.date, dt.datetime, bool, int, str} <= seen_types
    if build is build_rich_data or unreviewed == "hide":
        assert hidden


def test_an_id_no_row_has_or_no_column_holds_is_does_not_exist():
    build_rich_data()
    compiled = compiled_by_id(Commitment.objects.records().values_list("id", "quote"))
    for pk in (10**6, 2**63, "99999999999999999999999999", -(2**63) - 1):
        with pytest.raises(Commitment.DoesNotExist):
            compiled(pk)
    with pytest.raises(ValueError):
        compiled("abc")  # as get(pk="abc") says


def test_the_public_unreviewed_setting_is_read_per_request(client):
    data = build_rich_data()
    unreviewed = next(c for c in data["commitments"] if c.review_state == ReviewState.SUGGESTED)
    rejected = next(c for c in data["commitments"] if c.review_state == ReviewState.REJECTED)
    url = f"/api/commitments/{unreviewed.pk}/"
    for setting, status in (("mark", 200), ("hide", 404), ("mark", 200)):
        with override_settings(PUBLIC_UNREVIEWED=setting):
            assert client.get(url).status_code == status, setting
            assert client.get(f"/api/commitments/{rejected.pk}/").status_code == 404


def typed_rows(rows: list[dict]) -> list[list]:
    return [[(name, type(value), value) for name, value in row.items()] for row in rows]


def pages_reads(today: dt.date) -> list[tuple]:
    """The reads the article and commitment pages compile, as querysets, with the column each
    is read by and the model whose ids are its values."""
    return [
        # an article's highlights: commitments with their state's subquery, and evidence
        (
            with_public_state(Commitment.objects.visible(), today, select=False)
            .annotate(due=F("due"), has_evidence=F("has_evidence"))
            .order_by()
            .values("pk", "start", "quote", "review_state", "value", "period_end", "status",
                    "due", "has_evidence"),
            "article_id", Article,
        ),
        (
            Evidence.objects.visible().order_by()
            .values("pk", "quote", "indicator__name", "value", "falls", "period_start"),
            "article_id", Article,
        ),
        # a commitment by id, its links in the timeline's order, its recorded statuses
        (
            with_public_state(Commitment.objects.public(), today, select=False)
            .annotate(due=F("due"))
            .values("pk", "quote", "revises__value", "indicator__name", "article__title",
                    "article__document__name", "due"),
            "pk", Commitment,
        ),
        (
            Link.objects.public_under_commitment()
            .order_by("evidence__period_end", "evidence__article__published_on", "pk")
            .values("pk", "relation", "evidence__value", "evidence__article__published_on"),
            "commitment_id", Commitment,
        ),
        (
            history_model(Commitment).objects.order_by("history_date", "history_id")
            .values("history_date", "status", "status_source", "status_reason"),
            "id", Commitment,
        ),
    ]  # fmt: skip


@pytest.mark.parametrize("unreviewed", ["mark", "hide"])
@pytest.mark.parametrize("build", [ingest_seeds, build_rich_data], ids=["seeds", "rich"])
def test_the_pages_compiled_reads_equal_filters_rows_and_statement(build, unreviewed):
    build()
    with override_settings(PUBLIC_UNREVIEWED=unreviewed):
        for queryset, column, parent in pages_reads(dt.date.today()):
            compiled = compiled_rows(queryset, column)
            ids = list(parent.objects.values_list("pk", flat=True))
            found = 0
            for value in [*ids, max(ids) + 1]:
                with CaptureQueriesContext(connection) as expected_sql:
                    expected = list(queryset.filter(**{column: value}))
                with CaptureQueriesContext(connection) as sql:
                    rows = compiled(value)
                if not queryset.ordered:
                    rows, expected = (sorted(r, key=itemgetter("pk")) for r in (rows, expected))
                assert typed_rows(rows) == typed_rows(expected), (queryset.model, value)
                assert [q["sql"] for q in sql] == [q["sql"] for q in expected_sql], value
                found += len(rows)
            # Some rows to compare (the seeds' items are all unreviewed: hidden).
            assert found or (build is ingest_seeds and unreviewed == "hide"), queryset.model


@pytest.mark.parametrize("unreviewed", ["mark", "hide"])
@pytest.mark.parametrize("build", [ingest_seeds, build_rich_data], ids=["seeds", "rich"])
def test_the_feeds_compiled_reads_equal_the_querysets_rows_and_statement(build, unreviewed):
    # The feed's two reads, its newest rows sliced: they take nothing from the request.
    build()
    with override_settings(PUBLIC_UNREVIEWED=unreviewed):
        for queryset in (
            Evidence.objects.public().order_by("-created_at", "-pk")
            .values("pk", "quote", "created_at", "indicator__name", "value")[:4],
            history_model(Commitment).objects.filter(id__in=Commitment.objects.public().values("pk"))
            .order_by("-history_date", "-history_id")
            .values("id", "history_date", "status", "indicator__name")[:4],
        ):  # fmt: skip
            with CaptureQueriesContext(connection) as expected_sql:
                expected = list(queryset)
            with CaptureQueriesContext(connection) as sql:
                rows = compiled_all(queryset)()
            assert typed_rows(rows) == typed_rows(expected), queryset.model
            assert [q["sql"] for q in sql] == [q["sql"] for q in expected_sql]
            assert rows or (build is ingest_seeds and unreviewed == "hide"), queryset.model


@pytest.mark.parametrize("unreviewed", ["mark", "hide"])
def test_a_lists_rows_read_by_ids_equal_filters_rows_and_statement(unreviewed):
    # The commitment lists' rows (with the state's subquery), a page's ids at a time.
    build_rich_data()
    with override_settings(PUBLIC_UNREVIEWED=unreviewed):
        queryset = (
            with_public_state(Commitment.objects.public(), dt.date.today())
            .order_by()
            .values("pk", "quote", "indicator__name", "article__title", "due", "overdue")
        )
        compiled = compiled_rows_by_ids(queryset)
        ids = list(Commitment.objects.order_by("-pk").values_list("pk", flat=True))
        for page in (ids[:1], ids[:3], ids[3:6], ids, [*ids[:2], max(ids) + 1], []):
            with CaptureQueriesContext(connection) as expected_sql:
                expected = list(queryset.filter(pk__in=page)) if page else []
            with CaptureQueriesContext(connection) as sql:
                rows = compiled(page)
            key = itemgetter("pk")
            assert typed_rows(sorted(rows, key=key)) == typed_rows(sorted(expected, key=key))
            assert [q["sql"] for q in sql] == [q["sql"] for q in expected_sql], page
        assert any(row["overdue"] for row in compiled(ids)) or unreviewed == "hide"


@pytest.mark.parametrize("unreviewed", ["mark", "hide"])
def test_the_apis_page_rows_read_by_ids_equal_filters_tuples_and_statement(unreviewed):
    # The API's lists: a page of records as the export's tuples, every record type.
    build_rich_data()
    with override_settings(PUBLIC_UNREVIEWED=unreviewed):
        for model in MODELS:
            queryset = api_records(model).order_by().values_list(*section_of(model).keys)
            compiled = compiled_rows_by_ids(queryset, tuples=True)
            ids = list(model.objects.order_by("-pk").values_list("pk", flat=True))
            for page in (ids[:1], ids[1:4], ids, [*ids[:2], max(ids) + 1]):
                with CaptureQueriesContext(connection) as expected_sql:
                    expected = list(queryset.filter(pk__in=page))
                with CaptureQueriesContext(connection) as sql:
                    rows = compiled(page)
                assert [typed(row) for row in sorted(rows)] == [
                    typed(row) for row in sorted(expected)
                ], (model, page)
                assert [q["sql"] for q in sql] == [q["sql"] for q in expected_sql], page
                assert all(isinstance(row, tuple) for row in rows)


def test_a_client_asking_for_every_page_size_keeps_a_bounded_number_of_statements():
    # page_size is the client's to choose (up to 500): each size is its own statement, and
    # a worker must not keep one for every size it was ever asked.
    build_rich_data()
    queryset = api_records(Commitment).order_by().values_list("id", "quote")
    compiled = compiled_rows_by_ids(queryset, tuples=True)
    ids = list(queryset.values_list("pk", flat=True))
    for size in range(1, MAX_STATEMENTS_BY_COUNT + 10):
        compiled((ids * size)[:size])
    assert compiled.cache_info().currsize == MAX_STATEMENTS_BY_COUNT
    # A size whose statement was let go is compiled again, and reads the same rows.
    assert sorted(compiled(ids[:2])) == sorted(queryset.filter(pk__in=ids[:2]))
