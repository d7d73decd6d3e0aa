"""Which links the machine suggests at ingest: only between figures about compatible places,
at most SUGGESTED_LINKS_CAP unreviewed ones per commitment and per evidence item (the best),
and never touching an editor's decision."""

from __future__ import annotations

from datetime import date

import pytest
from django.contrib.auth import get_user_model

from articles.models import Article
from articles.services import ingest_document
from tracker import services
from tracker.models import Commitment, Evidence, Link, Relation, ReviewState
from tracker.services import SUGGESTED_LINKS_CAP

pytestmark = pytest.mark.django_db


def _report(name: str, day: date, place: str, sentence: str) -> None:
    text = f"工作会议\n\n本报讯 {day.month}月{day.day}日，{place}召开工作会议。{sentence}"
    ingest_document(name=name, data=text.encode(), published_on=day)


def _target(name: str = "target.txt", place: str = "郑州高新区") -> Commitment:
    _report(name, date(2024, 1, 2), place, f"力争2024年{place}技术合同成交额突破170亿元。")
    return Commitment.objects.get(article__document__name=name)


def _baseline(name: str, day: date, value: int, place: str = "郑州高新区") -> Evidence:
    _report(name, day, place, f"2023年{place}技术合同成交额完成{value}亿元。")
    return Evidence.objects.get(article__document__name=name)


def _suggested(commitment: Commitment) -> list[str]:
    links = Link.objects.filter(commitment=commitment, review_state=ReviewState.SUGGESTED)
    return sorted(links.values_list("evidence__article__document__name", flat=True))


def test_a_figure_about_another_place_is_not_suggested_for_a_target():
    target = _target()
    _baseline("luoyang.txt", date(2024, 1, 3), 120, place="洛阳高新区")
    _baseline("province.txt", date(2024, 1, 4), 125, place="河南省")
    _baseline("zone.txt", date(2024, 1, 5), 130, place="高新区")
    assert _suggested(target) == ["zone.txt"]
    assert Link.objects.get(commitment=target).relation == Relation.BASELINE


def test_figures_about_other_places_are_not_flagged_as_conflicts():
    here = _baseline("here.txt", date(2024, 1, 3), 130)
    _baseline("luoyang.txt", date(2024, 1, 4), 120, place="洛阳高新区")
    here.refresh_from_db()
    assert here.conflict_note == ""
    _baseline("again.txt", date(2024, 1, 5), 131)
    here.refresh_from_db()
    assert "131" in here.conflict_note and "120" not in here.conflict_note


def test_a_target_keeps_the_best_five_suggestions_newest_evidence_first():
    target = _target()
    for day in range(3, 10):
        _baseline(f"figure-{day}.txt", date(2024, 1, day), 130 + day)
    assert _suggested(target) == [f"figure-{day}.txt" for day in range(5, 10)]
    # The year's own result scores higher than any baseline: it takes a place.
    _report(
        "result.txt", date(2025, 1, 10), "郑州高新区", "2024年郑州高新区技术合同成交额完成175亿元。"
    )
    assert _suggested(target) == sorted(["result.txt", *(f"figure-{d}.txt" for d in range(6, 10))])
    assert (
        Link.objects.get(commitment=target, evidence__article__document__name="result.txt").relation
        == Relation.FULFILS
    )
    # Each crowded-out suggestion leaves a history row saying so.
    gone = Link.history.filter(history_type="-", commitment_id=target.pk)
    names = Evidence.objects.filter(pk__in=gone.values("evidence_id"))
    assert sorted(names.values_list("article__document__name", flat=True)) == [
        "figure-3.txt", "figure-4.txt", "figure-5.txt"]  # fmt: skip


def test_an_editors_links_stay_and_do_not_count_against_the_cap():
    target = _target()
    for day in range(3, 8):
        _baseline(f"figure-{day}.txt", date(2024, 1, day), 130 + day)
    editor = get_user_model().objects.create_user("editor")
    accepted = Link.objects.get(commitment=target, evidence__article__document__name="figure-3.txt")
    rejected = Link.objects.get(commitment=target, evidence__article__document__name="figure-4.txt")
    services.review_item(item=accepted, state=ReviewState.ACCEPTED, user=editor)
    services.review_item(item=rejected, state=ReviewState.REJECTED, user=editor)
    for day in range(8, 12):
        _baseline(f"figure-{day}.txt", date(2024, 1, day), 130 + day)
    accepted.refresh_from_db()
    rejected.refresh_from_db()
    assert (accepted.review_state, rejected.review_state) == (
        ReviewState.ACCEPTED, ReviewState.REJECTED)  # fmt: skip
    assert _suggested(target) == sorted(f"figure-{day}.txt" for day in range(7, 12))


def test_an_evidence_item_is_suggested_for_at_most_five_targets():
    for day in range(1, 8):
        _report(f"target-{day}.txt", date(2023, 12, day), "郑州高新区",
                f"力争2024年郑州高新区技术合同成交额突破{170 + day}亿元。")  # fmt: skip
    figure = _baseline("figure.txt", date(2024, 1, 3), 136)
    assert Link.objects.filter(evidence=figure).count() == SUGGESTED_LINKS_CAP
    assert Commitment.objects.count() == 7


def test_reingest_of_the_same_corpus_keeps_the_same_suggestions():
    target = _target()
    for day in range(3, 10):
        _baseline(f"figure-{day}.txt", date(2024, 1, day), 130 + day)
    columns = ("commitment__quote", "evidence__article__document__name", "relation", "score")
    before = set(Link.objects.values_list(*columns))
    assert len(_suggested(target)) == SUGGESTED_LINKS_CAP
    for article in Article.objects.order_by("pk"):
        services.extract_article(article=article)  # as after a change of the extractor
    target = Commitment.objects.get()  # extraction replaced the unreviewed suggestion
    assert len(_suggested(target)) == SUGGESTED_LINKS_CAP
    assert set(Link.objects.values_list(*columns)) == before


def test_each_new_conflicting_figure_writes_its_own_note_and_at_most_one_other():
    for day in range(3, 9):
        _baseline(f"figure-{day}.txt", date(2024, 1, day), 130 + day)
    notes = dict(Evidence.objects.values_list("article__document__name", "conflict_note"))
    # The first figure keeps the note of the first disagreement; it is not rewritten. (Values
    # are matched with the words before them: an item's id, also in the note, may hold 133.)
    assert "数值 134" in notes["figure-3.txt"] and "数值 135" not in notes["figure-3.txt"]
    # The newest names the newest three others and counts the rest.
    newest = notes["figure-8.txt"]
    assert all(f"数值 {130 + day}" in newest for day in (5, 6, 7))
    assert "数值 133" not in newest and "另有 2 条" in newest
    rewrites = Evidence.history.filter(history_change_reason="机器发现数据冲突")
    assert rewrites.count() == 6  # figure-4 and figure-3, then one for each later figure


def test_stored_figures_of_every_compatible_place_are_read_for_a_new_target():
    """The database is asked only for figures whose place may be compatible: a name that
    starts or ends the target's, or holds a space (a hard-wrapped name), or none at all."""
    places = {
        "spaced.txt": "郑州 高新区",
        "city.txt": "郑州",
        "office.txt": "郑州高新区管委会",
        "unknown.txt": "",
        "luoyang.txt": "洛阳高新区",
    }
    for day, (name, place) in enumerate(places.items(), 3):
        evidence = _baseline(name, date(2024, 1, day), 120 + day)
        Evidence.objects.filter(pk=evidence.pk).update(subject=place)
    sentence = "力争2024年郑州高新区技术合同成交额突破170亿元。"
    _report("target.txt", date(2024, 2, 1), "郑州高新区", sentence)
    target = Commitment.objects.get(article__document__name="target.txt")
    assert _suggested(target) == ["city.txt", "office.txt", "spaced.txt", "unknown.txt"]


def test_a_figure_conflicts_with_stored_figures_of_every_compatible_place():
    spaced = _baseline("spaced.txt", date(2024, 1, 3), 120)
    Evidence.objects.filter(pk=spaced.pk).update(subject="郑州 高新区")
    other = _baseline("luoyang.txt", date(2024, 1, 4), 121)
    Evidence.objects.filter(pk=other.pk).update(subject="洛阳高新区")
    here = _baseline("here.txt", date(2024, 1, 5), 130)
    assert "120" in here.conflict_note and "121" not in here.conflict_note
