"""``manage.py extract`` reads stored articles again: the machine's unreviewed suggestions are
made as the current version makes them; what editors decided stays."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from django.contrib.auth.models import User
from django.core.management import CommandError, call_command

from articles.services import ingest_document
from tracker import services
from tracker.models import Commitment, Evidence, Link, Relation, ReviewState

pytestmark = pytest.mark.django_db

TARGETS = (
    "今年主要预期目标是：地区生产总值增长5%左右，城镇新增就业47万人左右。（青禾省有关部门供稿，青禾省统计部门核实）\n"
)
RESULTS = "2023年，地区生产总值增长5.2%，城镇新增就业48万人。（鹿川省供稿，鹿川省核实）\n"


def extract(*names: str) -> str:
    out, err = io.StringIO(), io.StringIO()
    call_command("extract", *names, stdout=out, stderr=err)
    return out.getvalue()


def test_extract_replaces_an_earlier_versions_suggestions_and_keeps_editors_work():
    ingest_document(name="targets.txt", data=TARGETS.encode(), published_on=dt.date(2023, 1, 15))
    ingest_document(name="results.txt", data=RESULTS.encode(), published_on=dt.date(2024, 1, 20))
    assert not Link.objects.exists()  # two provinces' figures: nothing to suggest
    editor = User.objects.create_user("ed")
    gdp = Commitment.objects.get(indicator__name="地区生产总值")
    jobs = Commitment.objects.get(indicator__name="城镇新增就业人数")
    services.review_item(item=gdp, state=ReviewState.ACCEPTED, user=editor)
    # What an earlier version suggested across the two places, and an editor's own link.
    stale = Link.objects.create(commitment=jobs, relation=Relation.FULFILS,
                                evidence=Evidence.objects.get(indicator__name="城镇新增就业人数"))
    kept = services.link_evidence(
        commitment=gdp, evidence=Evidence.objects.get(indicator__name="地区生产总值"),
        relation=Relation.FULFILS, note="两地口径一致", user=editor,
    )  # fmt: skip

    summary = extract()

    assert summary.startswith("Read 2 articles again:")
    assert not Link.objects.filter(pk=stale.pk).exists()
    assert list(Link.objects.values_list("pk", "note")) == [(kept.pk, "两地口径一致")]
    gdp.refresh_from_db()
    assert gdp.review_state == ReviewState.ACCEPTED  # the same row, still accepted
    assert Commitment.objects.count() == 2 and Evidence.objects.count() == 2


def test_extract_reads_only_the_documents_named_and_refuses_an_unknown_one():
    ingest_document(name="targets.txt", data=TARGETS.encode(), published_on=dt.date(2023, 1, 15))
    ingest_document(name="results.txt", data=RESULTS.encode(), published_on=dt.date(2024, 1, 20))
    assert extract("targets.txt").startswith("Read 1 article again:")
    before = list(Commitment.objects.values_list("pk", flat=True))
    with pytest.raises(CommandError, match="^No stored document named 'nosuch.txt': nothing read"):
        extract("targets.txt", "nosuch.txt")
    assert list(Commitment.objects.values_list("pk", flat=True)) == before
