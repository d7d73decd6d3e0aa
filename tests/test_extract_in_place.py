"""Reading an article again keeps the rows of the suggestions it reads again as the same item
(same kind and quote): their ids, permalinks and histories survive `manage.py extract`, a
changed file and a changed date; nothing is written for what did not change; and what the
database ends holding is what deleting and inserting every suggestion anew gave."""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from django.db import transaction

from articles.services import ingest_document
from tracker import services
from tracker.models import Commitment, Evidence, Link, Relation, ReviewState

# A year's targets, then a page a year later of its results and the next year's targets.
from .test_extract_command import ingest_both, story

pytestmark = pytest.mark.django_db


def extract(*names: str) -> str:
    out = io.StringIO()
    call_command("extract", *names, stdout=out, stderr=io.StringIO())
    return out.getvalue()


def ids() -> dict[str, list[int]]:
    return {
        "commitments": sorted(Commitment.objects.values_list("pk", flat=True)),
        "evidence": sorted(Evidence.objects.values_list("pk", flat=True)),
        "links": sorted(Link.objects.values_list("pk", flat=True)),
    }


def history_rows() -> tuple[int, int, int]:
    return (
        Commitment.history.count(),
        Evidence.history.count(),
        Link.history.count(),
    )


def test_extract_keeps_every_unchanged_suggestion_its_id_and_permalink_and_writes_nothing(
    client,
):
    ingest_both()
    before, rows = ids(), history_rows()
    assert before["commitments"] and before["evidence"] and before["links"]
    stamps = sorted(Commitment.objects.values_list("pk", "updated_at"))
    permalink = f"/commitments/{before['commitments'][0]}/"
    assert client.get(permalink).status_code == 200

    summary = extract()
    extract()  # and a second time

    assert ids() == before
    assert history_rows() == rows  # no history row: nothing changed
    assert sorted(Commitment.objects.values_list("pk", "updated_at")) == stamps
    assert client.get(permalink).status_code == 200
    assert summary.startswith(
        "Read 4 articles again: 4 commitments and 3 evidence suggested (0 new, 0 changed in "
        "place, 7 unchanged; 0 earlier suggestions removed), "
    )


def test_a_suggestion_whose_period_changed_keeps_its_id_with_the_new_period_and_one_history_row():
    text = story(
        "工作会议",
        "1月10日",
        "力争2023年高新区技术合同成交额突破150亿元。今年新增高新技术企业300家。",
    )
    ingest_document(name="targets.txt", data=text.encode(), page_year=2023)
    firms = Commitment.objects.get(quote__contains="300家")
    assert (firms.period_start, firms.period_end) == (dt.date(2023, 1, 1), dt.date(2023, 12, 31))
    rows = firms.history.count()
    # The article was dated a year too early: 今年 (the year of its date) moves with it.
    article = firms.article
    article.published_on = dt.date(2024, 1, 10)
    article.save()
    # (the text names 2023 for the other target: that one keeps its period)
    other = Commitment.objects.get(quote__startswith="力争2023年")

    extract()

    firms.refresh_from_db()
    assert (firms.period_start, firms.period_end) == (dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    assert firms.history.count() == rows + 1
    latest = firms.history.first()
    assert latest.history_type == "~"
    assert latest.history_change_reason.startswith("机器重新提取：")
    assert "时期起" in latest.history_change_reason
    assert Commitment.objects.filter(pk=other.pk).exists()
    assert Commitment.objects.count() == 2


def test_a_changed_file_keeps_the_ids_of_the_items_its_unchanged_paragraphs_repeat():
    text = story(
        "工作会议", "1月10日",
        "力争2023年高新区技术合同成交额突破150亿元。\n新增高新技术企业300家。",
    )  # fmt: skip
    ingest_document(name="targets.txt", data=text.encode(), page_year=2023)
    firms = Commitment.objects.get(quote__startswith="新增高新技术企业300家")
    contracts = Commitment.objects.get(quote__startswith="力争2023年")
    # The first paragraph now says more (the second's place in the text moves), and the
    # figure of the first changed.
    changed = text.replace(
        "力争2023年高新区技术合同成交额突破150亿元。",
        "会议强调，要抓好科技创新。力争2023年高新区技术合同成交额突破160亿元。",
    )
    ingest_document(name="targets.txt", data=changed.encode(), page_year=2023)

    moved = Commitment.objects.get(quote__startswith="新增高新技术企业300家")
    assert moved.pk == firms.pk
    assert moved.start > firms.start
    assert moved.article.body[moved.start : moved.end] == moved.quote
    new = Commitment.objects.get(quote__startswith="力争2023年")
    assert new.pk != contracts.pk and new.value == 160  # another sentence: a new item
    assert not Commitment.objects.filter(pk=contracts.pk).exists()


def test_a_link_suggestion_read_again_keeps_its_row_and_a_stale_one_goes():
    ingest_both()
    link = Link.objects.get(
        commitment__quote__startswith="力争2023年", evidence__quote__endswith="156亿元"
    )
    # What an earlier version left: a score computed differently, and a link no longer made.
    Link.objects.filter(pk=link.pk).update(score=0.1)
    stale = Link.objects.create(
        commitment=Commitment.objects.get(quote="新增高新技术企业350家"),
        evidence=Evidence.objects.get(quote__endswith="158亿元"),
        relation=Relation.FULFILS,
    )
    rows = link.history.count()

    extract()

    refreshed = Link.objects.get(pk=link.pk)
    assert refreshed.score != 0.1
    assert refreshed.history.count() == rows + 1
    assert not Link.objects.filter(pk=stale.pk).exists()


def test_a_revision_and_a_conflict_note_read_again_keep_what_they_name():
    ingest_both()
    restated = story("高新区调整目标", "6月10日", "力争2023年高新区技术合同成交额突破160亿元。")
    ingest_document(name="restated.txt", data=restated.encode(), page_year=2023)
    later = Commitment.objects.get(quote__startswith="力争2023年高新区技术合同成交额突破160")
    earlier = Commitment.objects.get(quote__startswith="力争2023年高新区技术合同成交额突破150")
    assert later.revises_id == earlier.pk
    noted = Evidence.objects.get(quote__endswith="156亿元")
    named = Evidence.objects.get(quote__endswith="158亿元")
    assert f"证据 #{named.pk}" in noted.conflict_note
    rows = history_rows()

    extract()

    later.refresh_from_db()
    noted.refresh_from_db()
    assert later.revises_id == earlier.pk
    assert f"证据 #{named.pk}" in noted.conflict_note
    assert history_rows() == rows


def state() -> dict[str, list]:
    """Everything a reader sees of the items, links, notes, revisions and statuses, ids left
    out (a revision or link names its items by article and quote)."""
    names = {}
    for model in (Commitment, Evidence):
        for pk, title, quote in model.objects.values_list("pk", "article__title", "quote"):
            names[(model, pk)] = (title, quote)
    read = [name for name in services._READ_FIELDS if name != "indicator"]
    common = ["article__title", *read, "indicator__name", "review_state", "editor_note"]
    statuses = ["status", "suggested_status", "suggested_status_explanation", "status_reason",
                "status_source", "kind", "deadline"]  # fmt: skip
    items = [
        ("Commitment", *row[:-1], names.get((Commitment, row[-1])))
        for row in Commitment.objects.values_list(*common, *statuses, "revises_id")
    ] + [
        # (the figure a note names is told by its article, date and value; replacing a
        # figure left the notes naming it with an id that no longer exists)
        ("Evidence", *row[:-1], re.sub(r"#\d+", "#", row[-1]))
        for row in Evidence.objects.values_list(*common, "is_cumulative", "conflict_note")
    ]
    links = [
        (names[(Commitment, c)], names[(Evidence, e)], *rest)
        for c, e, *rest in Link.objects.values_list(
            "commitment_id",
            "evidence_id",
            "relation",
            "score",
            "explanation",
            "review_state",
            "note",
        )
    ]
    return {"items": sorted(items, key=repr), "links": sorted(links, key=repr)}


def replace_every_suggestion(stored: list, wanted: list, today: dt.date) -> services._Plan:
    """What reading an article again did before: every stored suggestion deleted (with its
    links; later targets revising it no longer do), every new one inserted."""
    return services._Plan(inserted=wanted, changed=[], unchanged=[], removed=list(stored))


def test_reading_in_place_ends_as_deleting_and_inserting_every_suggestion_did(
    seeds_dir, monkeypatch
):
    call_command("ingest", str(seeds_dir), stdout=io.StringIO(), stderr=io.StringIO())
    ingest_both()
    restated = story("高新区调整目标", "6月10日", "力争2023年高新区技术合同成交额突破160亿元。")
    ingest_document(name="restated.txt", data=restated.encode(), page_year=2023)
    editor = User.objects.create_user("ed")
    # An editor's work: an accepted target, an edited figure, a rejected link.
    services.review_item(
        item=Commitment.objects.get(quote__startswith="力争2023年高新区技术合同成交额突破150"),
        state=ReviewState.ACCEPTED, user=editor,
    )  # fmt: skip
    services.update_item(
        item=Evidence.objects.get(quote="新增高新技术企业320家"),
        changes={"editor_note": "口径已核对"}, user=editor,
    )  # fmt: skip
    services.review_item(
        item=Link.objects.filter(review_state=ReviewState.SUGGESTED).order_by("pk").last(),
        state=ReviewState.REJECTED, user=editor,
    )  # fmt: skip
    # What an earlier version left: figures and periods read wrong, links and notes missed
    # or stale, revisions not seen, a status out of date.
    suggested = Evidence.objects.filter(review_state=ReviewState.SUGGESTED).order_by("pk")
    for evidence in suggested[:40:7]:
        Evidence.objects.filter(pk=evidence.pk).update(value=evidence.value + 1)
    for commitment in Commitment.objects.filter(review_state=ReviewState.SUGGESTED)[:30:5]:
        Commitment.objects.filter(pk=commitment.pk).update(
            period_end=dt.date(2030, 12, 31), suggested_status="", status_reason=""
        )
    assert Commitment.objects.count() > 30 and Link.objects.count() > 10
    kept_before = set(Commitment.objects.values_list("pk", flat=True))
    Link.objects.filter(review_state=ReviewState.SUGGESTED, pk__in=list(
        Link.objects.order_by("pk").values_list("pk", flat=True)[:60:3])).delete()  # fmt: skip
    Link.objects.filter(review_state=ReviewState.SUGGESTED).update(score=0.2)
    Evidence.objects.filter(pk__in=list(suggested.values_list("pk", flat=True)[::2])).update(
        conflict_note=""
    )
    Commitment.objects.update(revises=None)
    # stale notes and revisions: a figure no longer disagreeing, a target no longer restating
    lone = Evidence.objects.filter(review_state=ReviewState.SUGGESTED, conflict_note="")
    Evidence.objects.filter(pk__in=list(lone.values_list("pk", flat=True)[:5])).update(
        conflict_note="与《旧文》（2020-01-01，证据 #1）的数值 1亿元不一致，请核实。"
    )
    suggested_targets = Commitment.objects.filter(review_state=ReviewState.SUGGESTED)
    wordless = suggested_targets.filter(indicator=None).order_by("pk").first()
    services.review_item(item=wordless, state=ReviewState.ACCEPTED, user=editor)
    others = list(suggested_targets.order_by("pk")[:10])
    for stale, revised in ((wordless, others[3]), (others[5], others[9])):
        Commitment.objects.filter(pk=stale.pk).update(revises=revised)

    with transaction.atomic(), monkeypatch.context() as before:
        before.setattr(services, "_match", replace_every_suggestion)
        extract()
        replaced = state()
        transaction.set_rollback(True)
    extract()

    assert state() == replaced
    for evidence in Evidence.objects.exclude(conflict_note=""):  # every figure named is there
        for named in re.findall(r"证据 #(\d+)", evidence.conflict_note):
            assert Evidence.objects.filter(pk=int(named)).exists()
    # and every commitment kept its row (those read differently were updated in place)
    assert kept_before <= set(Commitment.objects.values_list("pk", flat=True))
