"""The data rules live in the database: bad rows are refused on SQLite and PostgreSQL alike."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.core.management import call_command
from django.db import IntegrityError, connection, transaction
from django.test.utils import CaptureQueriesContext

from articles.models import Article, DatePrecision, Document
from tracker.models import Commitment, Evidence, Indicator, Link, Relation

pytestmark = pytest.mark.django_db


@pytest.fixture
def article() -> Article:
    document = Document.objects.create(
        name="a.txt", sha256="0" * 64, encoding="utf-8", raw_text="x"
    )
    return Article.objects.create(
        document=document, position=0, title="t", body="力争全年新增300家高企。",
        span_start=0, span_end=1,
    )


def refused(**kwargs) -> bool:
    try:
        with transaction.atomic():
            kwargs.pop("model").objects.create(**kwargs)
    except IntegrityError:
        return True
    return False


def test_document_hash_is_unique(article):
    assert refused(model=Document, name="b.txt", sha256="0" * 64, encoding="utf-8", raw_text="y")


def test_article_position_is_unique_per_document(article):
    assert refused(model=Article, document=article.document, position=0, body="b",
                   span_start=0, span_end=1)


def test_article_date_and_precision_must_agree(article):
    assert refused(model=Article, document=article.document, position=1, body="b",
                   span_start=0, span_end=1, date_precision=DatePrecision.DAY)
    assert refused(model=Article, document=article.document, position=2, body="b",
                   span_start=0, span_end=1, published_on=dt.date(2024, 1, 1))


def test_commitment_span_must_be_ordered(article):
    assert refused(model=Commitment, article=article, quote="q", start=5, end=5)
    assert not refused(model=Commitment, article=article, quote="新增300家高企", start=4, end=12)


def test_commitment_period_start_must_not_follow_end(article):
    assert refused(model=Commitment, article=article, quote="q", start=0, end=1,
                   period_start=dt.date(2024, 12, 31), period_end=dt.date(2024, 1, 1))


def test_confidence_must_be_a_probability(article):
    assert refused(model=Evidence, article=article, quote="q", start=0, end=1, confidence=1.5)


def test_offsets_cannot_be_negative(article):
    assert refused(model=Evidence, article=article, quote="q", start=-1, end=1)


def test_one_link_per_pair(article):
    commitment = Commitment.objects.create(article=article, quote="q", start=0, end=1)
    evidence = Evidence.objects.create(article=article, quote="q", start=0, end=1)
    Link.objects.create(commitment=commitment, evidence=evidence, relation=Relation.FULFILS)
    assert refused(model=Link, commitment=commitment, evidence=evidence, relation=Relation.BASELINE)


def test_amounts_are_exact_decimals(article):
    commitment = Commitment.objects.create(
        article=article, quote="q", start=0, end=1, value=Decimal("163.8"),
        base_value=Decimal("16380000000"), unit="亿元", base_unit="元",
    )
    commitment.refresh_from_db()
    assert commitment.base_value == Decimal("16380000000")
    assert commitment.value == Decimal("163.8")


def test_indicator_name_is_unique():
    Indicator.objects.create(name="技术合同成交额")
    assert refused(model=Indicator, name="技术合同成交额")


def test_migrations_are_complete():
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)


def test_system_check_is_clean():
    call_command("check", fail_level="WARNING")


def test_a_link_names_both_sides_and_its_relation(db):
    from tests.editor_data import make_article, make_commitment, make_evidence, make_link

    article = make_article()
    link = make_link(make_commitment(article), make_evidence(article), relation="baseline")
    # By its quotes when both sides are loaded; by ids, with no query, when they are not.
    loaded = Link.objects.select_related("commitment", "evidence").get(pk=link.pk)
    assert str(loaded) == ("力争全年技术合同成交额突破170.5亿元 ← "
                           "全年技术合同交易额完成136亿元（基线）")
    bare = Link.objects.get(pk=link.pk)
    with CaptureQueriesContext(connection) as queries:
        assert str(bare) == f"承诺 #{link.commitment_id} ← 证据 #{link.evidence_id}（基线）"
    assert len(queries) == 0
