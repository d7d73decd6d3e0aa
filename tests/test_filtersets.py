"""The FilterSets behind the pages and the API: each filter, bad values, shared names."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db.models import F

from articles.models import Article
from tests.public_site_data import build_site
from tracker.filtersets import (
    ArticleFilterSet,
    CommitmentFilterSet,
    EvidenceFilterSet,
    is_overdue,
    with_public_state,
)
from tracker.models import Commitment, Evidence, Link, Relation, Status

pytestmark = pytest.mark.django_db


@pytest.fixture
def site():
    return build_site()


def commitments(params: dict) -> set[int]:
    filterset = CommitmentFilterSet(params, queryset=Commitment.objects.public())
    assert filterset.is_valid(), filterset.errors
    return set(filterset.qs.values_list("pk", flat=True))


def test_export_field_names_are_kept():
    names = set(CommitmentFilterSet.base_filters)
    assert {"status", "review_state", "indicator", "article", "subject", "kind"} <= names
    assert {"year", "topic", "has_evidence", "q", "sort", "overdue"} <= names
    evidence_names = set(EvidenceFilterSet.base_filters)
    assert {"review_state", "indicator", "article", "year", "q"} <= evidence_names


def test_commitment_filters_select_the_right_rows(site):
    s = site
    everyone = {s.target_2024.pk, s.target_2023.pk, s.firms_2024.pk, s.overdue.pk}
    assert commitments({}) == everyone  # the rejected one is not in the public queryset
    assert commitments({"status": "exceeded"}) == {s.target_2023.pk}
    assert commitments({"year": "2024"}) == {s.target_2024.pk, s.firms_2024.pk}
    assert commitments({"year": "2020"}) == {s.overdue.pk}  # by deadline
    assert commitments({"indicator": str(s.contracts.pk)}) == {s.target_2024.pk, s.target_2023.pk}
    assert commitments({"topic": "enterprise"}) == {s.firms_2024.pk}
    assert commitments({"article": str(s.plan_2024.pk)}) == {s.target_2024.pk, s.firms_2024.pk}
    assert commitments({"subject": "高新区管委会"}) == {s.overdue.pk}
    assert commitments({"kind": "deliverable"}) == {s.overdue.pk}
    assert commitments({"has_evidence": "true"}) == {s.target_2023.pk}
    assert commitments({"has_evidence": "false"}) == everyone - {s.target_2023.pk}
    assert commitments({"review_state": "suggested"}) == {s.firms_2024.pk}
    assert commitments({"review_state": "rejected"}) == set()
    assert commitments({"period_after": "2024-01-01"}) == {s.target_2024.pk, s.firms_2024.pk}
    assert commitments({"period_before": "2021-01-01"}) == {s.overdue.pk}
    assert commitments({"q": "成交额"}) == {s.target_2024.pk, s.target_2023.pk}
    assert commitments({"q": "成交额", "year": "2023"}) == {s.target_2023.pk}
    assert commitments({"overdue": "true"}) == {s.target_2024.pk, s.firms_2024.pk, s.overdue.pk}


def test_overdue_works_on_annotated_and_plain_querysets(site):
    plain = CommitmentFilterSet({"overdue": "false"}, queryset=Commitment.objects.public())
    annotated = CommitmentFilterSet(
        {"overdue": "false"}, queryset=with_public_state(Commitment.objects.public())
    )
    assert list(plain.qs) == list(annotated.qs) == [site.target_2023]


def test_sorting(site):
    filterset = CommitmentFilterSet({"sort": "due"}, queryset=Commitment.objects.public())
    assert list(filterset.qs)[0] == site.overdue
    filterset = CommitmentFilterSet({"sort": "-published"}, queryset=Commitment.objects.public())
    assert list(filterset.qs)[0] in (site.target_2024, site.firms_2024)


@pytest.mark.parametrize(
    "params",
    [
        {"status": "nope"},
        {"year": "20x4"},
        {"year": "1"},
        {"indicator": "999999"},
        {"article": "abc"},
        {"topic": "weather"},
        {"period_after": "2024-02-30"},
        {"sort": "quote"},
        {"q": "企" * 501},
    ],
)
def test_unreadable_values_make_the_filterset_invalid(site, params):
    assert not CommitmentFilterSet(params, queryset=Commitment.objects.public()).is_valid()


def test_evidence_and_article_filters(site):
    params = {"year": "2023", "q": "成交额"}
    filterset = EvidenceFilterSet(params, queryset=Evidence.objects.public())
    assert filterset.is_valid() and list(filterset.qs) == [site.outcome_2023]
    params = {"source": "郑州日报", "year": "2024"}
    articles = ArticleFilterSet(params, queryset=Article.objects.public())
    assert articles.is_valid() and list(articles.qs) == [site.report_2023]
    assert not ArticleFilterSet({"year": "x"}, queryset=Article.objects.all()).is_valid()


@pytest.mark.parametrize(
    ("model", "columns"),
    [
        (Commitment, ["status", "review_state", "indicator_id", "article_id", "kind", "subject",
                      "period_end", "deadline"]),
        (Evidence, ["review_state", "indicator_id", "article_id", "subject", "period_end"]),
        (Article, ["document_id", "date_precision", "source", "published_on"]),
    ],
    ids=lambda value: getattr(value, "__name__", ""),
)
def test_every_filtered_column_leads_an_index(model, columns):
    from django.db import connection

    with connection.cursor() as cursor:
        constraints = connection.introspection.get_constraints(cursor, model._meta.db_table)
    leading = {c["columns"][0] for c in constraints.values() if c["index"] and c["columns"]}
    assert set(columns) <= leading, set(columns) - leading


def test_commitments_without_a_due_date_are_not_overdue(site):
    undated = Commitment.objects.create(
        article=site.plan_2024, quote=site.plan_2024.body[:8], start=0, end=8,
        review_state="accepted",
    )
    assert undated.deadline is None and undated.period_end is None
    assert undated.pk in commitments({"overdue": "false"})
    assert undated.pk not in commitments({"overdue": "true"})
    visible = with_public_state(Commitment.objects.public())
    assert visible.get(pk=undated.pk).overdue is False


def test_is_overdue_agrees_with_the_sql_state(site):
    """The article page works a commitment's state out in Python from its due date, status
    and reported outcome: the same answer as with_public_state's ``overdue`` on each side of
    a due date, for open, closed, reported and undated commitments."""
    Commitment.objects.create(  # no due date
        article=site.plan_2024, quote=site.plan_2024.body[:8], start=0, end=8,
        review_state="accepted",
    )
    Commitment.objects.create(  # closed past its deadline, no outcome reported
        article=site.plan_2024, quote=site.plan_2024.body[:8], start=0, end=8,
        review_state="accepted", deadline=dt.date(2024, 6, 30), status=Status.MISSED,
    )
    reported = Commitment.objects.create(  # in progress past its deadline, an outcome reported
        article=site.plan_2024, quote=site.plan_2024.body[:8], start=0, end=8,
        review_state="accepted", deadline=dt.date(2024, 6, 30), period_end=dt.date(2024, 12, 31),
        status=Status.IN_PROGRESS,
    )
    Link.objects.create(commitment=reported, evidence=site.outcome_2023,
                        relation=Relation.PROGRESS, score=0.5, review_state="accepted")
    states = set()
    for today in (dt.date(2020, 8, 31), dt.date(2020, 9, 1), dt.date(2024, 7, 1), dt.date.today()):
        rows = with_public_state(Commitment.objects.public(), today).annotate(
            has_evidence=F("has_evidence")
        )
        for row in rows.values("due", "status", "has_evidence", "overdue"):
            worked_out = is_overdue(due=row["due"], status=row["status"],
                                    has_evidence=row["has_evidence"], today=today)
            assert worked_out == row["overdue"], (today, row)
            states.add((today, row["overdue"]))
    assert (dt.date(2020, 8, 31), True) not in states  # due that day: not yet overdue
    assert {(dt.date(2020, 9, 1), True), (dt.date(2024, 7, 1), True)} <= states
    assert (dt.date(2024, 7, 1), False) in states


def test_a_list_without_indicators_leaves_the_apis_indicator_filter_alone(site):
    """The commitment list offers the indicators it has read (none, on a new site); the
    FilterSet's form is built once per set of options, and the API's, which reads the
    indicator asked for, is not the list's with no option."""
    empty = CommitmentFilterSet({"indicator": str(site.contracts.pk)},
                                queryset=Commitment.objects.public(), indicators=[])
    assert not empty.is_valid()
    assert commitments({"indicator": str(site.contracts.pk)}) == {
        site.target_2024.pk, site.target_2023.pk}
