"""Extraction in the database: the seeds' items, re-extraction, links, conflicts, statuses."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model

from articles.models import Article, Document
from articles.services import ingest_document
from tests.extraction_quality import Story, as_of_date, load
from tracker import services
from tracker.models import (
    Commitment,
    Evidence,
    Indicator,
    Link,
    Relation,
    ReviewState,
    Status,
    StatusSource,
)

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
FIXTURE = Path(__file__).resolve().parent / "data" / "seed_items.json"

pytestmark = pytest.mark.django_db


def _ingest_file(path: Path) -> list[Article]:
    """Store a seed as ingestion does (its signal then runs extraction)."""
    ingest_document(name=path.name, data=path.read_bytes())
    return list(Article.objects.filter(document__name=path.name).order_by("position"))


@pytest.fixture
def seeds() -> dict[str, list[Article]]:
    return {path.name[:3]: _ingest_file(path) for path in sorted(SEEDS.glob("*.txt"))}


def _find(model, doc: str, quote: str):
    squashed = quote.replace(" ", "")
    for item in model.objects.filter(article__document__name__startswith=doc):
        if squashed in item.quote.replace(" ", "") or item.quote.replace(" ", "") in squashed:
            yield item


def test_database_holds_every_fixture_item_with_its_value_and_period(seeds):
    missing = []
    for wanted in load(FIXTURE):
        model = Commitment if wanted["kind"] == "commitment" else Evidence
        value = None if wanted["value"] is None else Decimal(wanted["value"])
        found = False
        for item in _find(model, wanted["doc"], wanted["quote"]):
            story = Story(item.article.body, item.article.published_on, item.article.date_precision)
            start = wanted["period_start"]
            end = wanted["period_end"]
            start = (
                None
                if start is None
                else as_of_date(story)
                if start == "@published"
                else date.fromisoformat(start)
            )
            end = (
                None
                if end is None
                else as_of_date(story)
                if end == "@published"
                else date.fromisoformat(end)
            )
            if (item.value, item.unit, item.period_start, item.period_end) == (
                value,
                wanted["unit"],
                start,
                end,
            ):
                found = True
                break
        if not found:
            missing.append(f"{wanted['doc']} {wanted['quote']}")
    total = len(load(FIXTURE))
    assert len(missing) <= total * 0.05, missing


def test_every_item_points_into_its_article_body(seeds):
    for model in (Commitment, Evidence):
        for item in model.objects.select_related("article"):
            assert item.article.body[item.start : item.end] == item.quote


def test_indicators_are_created_from_the_alias_table(seeds):
    indicator = Indicator.objects.get(name="技术合同成交额")
    assert "技术合同交易额" in indicator.aliases
    assert indicator.unit_family == "money"
    flow = Indicator.objects.get(name="新增高新技术企业数")
    assert flow.topic == "enterprise"


def _item(model, doc: str, quote: str):
    items = list(_find(model, doc, quote))
    assert len(items) == 1, (doc, quote, items)
    return items[0]


def test_2024_contract_target_gets_the_2023_figure_as_baseline(seeds):
    target = _item(Commitment, "002", "技术合同成交额突破170.5亿元")
    figure = _item(Evidence, "004", "全年技术合同交易额完成136亿元")
    link = Link.objects.get(commitment=target, evidence=figure)
    assert link.relation == Relation.BASELINE
    assert link.review_state == ReviewState.SUGGESTED
    assert "技术合同成交额" in link.explanation


def test_2024_provincial_specialised_target_gets_the_121_of_2023_as_baseline(seeds):
    target = _item(Commitment, "002", "省专精特新企业达到100家")
    figure = _item(Evidence, "004", "企业121家")
    link = Link.objects.get(commitment=target, evidence=figure)
    assert link.relation == Relation.BASELINE


def test_links_never_join_different_indicators(seeds):
    assert Link.objects.exists()
    for link in Link.objects.select_related("commitment", "evidence"):
        assert link.commitment.indicator_id is not None
        assert link.commitment.indicator_id == link.evidence.indicator_id
        assert link.commitment.measure == link.evidence.measure


def test_rerunning_extraction_keeps_reviewed_items_and_replaces_suggestions(seeds):
    article = _item(Commitment, "002", "新增300家高企").article
    accepted = _item(Commitment, "002", "新增300家高企")
    rejected = _item(Commitment, "002", "首批436亩土地")
    user = get_user_model().objects.create_user("editor")
    services.review_item(item=accepted, state=ReviewState.ACCEPTED, user=user)
    services.review_item(item=rejected, state=ReviewState.REJECTED, user=user)
    before = Commitment.objects.filter(article=article).count()

    result = services.extract_article(article=article)

    assert Commitment.objects.filter(article=article).count() == before
    accepted.refresh_from_db()
    rejected.refresh_from_db()
    assert accepted.review_state == ReviewState.ACCEPTED
    assert rejected.review_state == ReviewState.REJECTED
    assert result.kept >= 2
    assert (
        not Commitment.objects.filter(article=article, quote=rejected.quote)
        .exclude(pk=rejected.pk)
        .exists()
    )


def test_an_item_whose_value_an_editor_corrected_is_not_suggested_again_with_the_old_one(seeds):
    corrected = _item(Commitment, "002", "新增300家高企")
    article = corrected.article
    user = get_user_model().objects.create_user("editor")
    services.update_item(item=corrected, changes={"value": Decimal("320")}, user=user)
    before = Commitment.objects.filter(article=article).count()

    services.extract_article(article=article)

    # the machine reads 300 there again: that is the reading the editor corrected
    assert Commitment.objects.filter(article=article).count() == before
    assert not Commitment.objects.filter(
        article=article, start=corrected.start, value=Decimal("300")
    ).exists()
    corrected.refresh_from_db()
    assert (corrected.value, corrected.review_state) == (Decimal("320"), ReviewState.EDITED)


def test_changed_text_reanchors_reviewed_items_or_flags_them(seeds):
    accepted = _item(Commitment, "002", "新增300家高企")
    lost = _item(Commitment, "002", "组建省级实验室1家")
    user = get_user_model().objects.create_user("editor")
    services.review_item(item=accepted, state=ReviewState.ACCEPTED, user=user)
    services.review_item(item=lost, state=ReviewState.ACCEPTED, user=user)
    article = accepted.article
    article.body = "编者按：本文有更新。\n" + article.body.replace(
        lost.quote, "组建省级实验室若干家"
    )
    article.save()

    services.extract_article(article=article)

    accepted.refresh_from_db()
    lost.refresh_from_db()
    assert article.body[accepted.start : accepted.end] == accepted.quote
    assert not accepted.anchor_lost
    assert lost.anchor_lost


def test_accepting_a_link_sets_the_machine_status_with_an_explanation(seeds):
    target = _item(Commitment, "002", "技术合同成交额突破170.5亿元")
    article = target.article
    evidence_article = Article.objects.create(
        document=article.document,
        position=99,
        title="2024年成绩单",
        body="2024年全年技术合同成交额完成172亿元。",
        published_on=date(2025, 2, 1),
        date_precision="day",
        span_start=0,
        span_end=0,
    )
    services.extract_article(article=evidence_article)
    figure = Evidence.objects.get(article=evidence_article)
    link = Link.objects.get(commitment=target, evidence=figure)
    assert link.relation == Relation.FULFILS
    user = get_user_model().objects.create_user("editor")
    services.review_item(item=link, state=ReviewState.ACCEPTED, user=user)

    target.refresh_from_db()  # accepting the link recomputed the status
    assert target.suggested_status == Status.ACHIEVED
    assert target.status == Status.ACHIEVED
    assert "170.5" in target.suggested_status_explanation
    assert "172" in target.suggested_status_explanation


def test_editor_status_wins_over_the_machine(seeds):
    target = _item(Commitment, "002", "新增300家高企")
    user = get_user_model().objects.create_user("editor")
    services.set_status(commitment=target, status=Status.MISSED, reason="核实后未完成", user=user)

    services.refresh_commitment_status(commitment=target, today=date(2025, 3, 1))

    target.refresh_from_db()
    assert target.status == Status.MISSED
    assert target.status_source == StatusSource.EDITOR
    assert target.suggested_status == Status.PENDING
    assert "逾期" in target.suggested_status_explanation


def test_two_figures_for_one_indicator_and_period_are_flagged_as_a_conflict(seeds):
    first = _item(Evidence, "004", "全年技术合同交易额完成136亿元")
    document = first.article.document
    other = Article.objects.create(
        document=document,
        position=98,
        title="另一篇",
        body="去年技术合同成交额完成140亿元。",
        published_on=date(2024, 3, 1),
        date_precision="day",
        span_start=0,
        span_end=0,
    )
    services.extract_article(article=other)
    second = Evidence.objects.get(article=other)
    first.refresh_from_db()
    assert "140" in first.conflict_note
    assert "136" in second.conflict_note


def test_a_later_target_with_a_new_value_revises_the_earlier_one(seeds):
    earlier = _item(Commitment, "002", "新增300家高企")
    later_article = Article.objects.create(
        document=earlier.article.document,
        position=97,
        title="年中调整",
        body="力争全年新增350家高企。",
        published_on=date(2024, 9, 30),
        date_precision="day",
        span_start=0,
        span_end=0,
    )
    services.extract_article(article=later_article)
    later = Commitment.objects.get(article=later_article)
    assert later.revises == earlier


def test_rejecting_the_link_again_takes_the_status_back(seeds):
    target = _item(Commitment, "002", "技术合同成交额突破170.5亿元")
    evidence_article = Article.objects.create(
        document=target.article.document, position=96, title="成绩单",
        body="2024年全年技术合同成交额完成120亿元。", published_on=date(2025, 2, 1),
        date_precision="day", span_start=0, span_end=0,
    )  # fmt: skip
    services.extract_article(article=evidence_article)
    link = Link.objects.get(commitment=target, evidence__article=evidence_article)
    assert link.relation == Relation.MISSED
    user = get_user_model().objects.create_user("editor")
    services.review_item(item=link, state=ReviewState.ACCEPTED, user=user)
    target.refresh_from_db()
    assert target.status == Status.MISSED
    services.review_item(item=link, state=ReviewState.REJECTED, user=user)
    target.refresh_from_db()
    assert target.status == Status.PENDING


def test_refresh_statuses_command_reports_its_count(seeds):
    from io import StringIO

    from django.core.management import call_command

    out = StringIO()
    call_command("refresh_statuses", stdout=out)
    assert out.getvalue() == (
        f"Refreshed the suggested status of {Commitment.objects.count()} commitments.\n"
    )


def test_a_new_article_date_resolves_the_periods_again():
    from articles.signals import article_date_changed

    document = Document.objects.create(name="x.txt", sha256="0" * 64, encoding="utf-8", raw_text="")
    article = Article.objects.create(
        document=document, position=1, title="", body="力争全年新增300家高企。",
        date_precision="unknown", span_start=0, span_end=0,
    )  # fmt: skip
    services.extract_article(article=article)
    item = Commitment.objects.get(article=article)
    assert item.period_relative and item.period_end is None

    article.published_on, article.date_precision = date(2024, 8, 21), "day"
    article.save()
    article_date_changed.send(sender=Article, article=article)

    item = Commitment.objects.get(article=article)
    assert not item.period_relative
    assert (item.period_start, item.period_end) == (date(2024, 1, 1), date(2024, 12, 31))


def test_existing_indicator_gains_table_aliases_and_keeps_the_editors():
    Indicator.objects.create(name="技术合同成交额", unit_family="money", aliases=["技术交易总额"])
    document = Document.objects.create(name="y.txt", sha256="1" * 64, encoding="utf-8", raw_text="")
    article = Article.objects.create(
        document=document, position=1, title="", body="2023年技术合同成交额完成136亿元。",
        published_on=date(2024, 3, 1), date_precision="day", span_start=0, span_end=0,
    )  # fmt: skip
    services.extract_article(article=article)
    indicator = Indicator.objects.get(name="技术合同成交额")
    assert "技术交易总额" in indicator.aliases
    assert "技术合同交易额" in indicator.aliases
    assert Evidence.objects.get(article=article).indicator == indicator


def test_reading_an_article_again_refreshes_the_statuses_its_reviewed_items_take_part_in():
    """The article's own kept commitments and the commitments editors linked to its kept
    evidence get their suggested status again; a commitment with only a machine's link does
    not (what the machine suggests does not count)."""
    editor = get_user_model().objects.create_user("ed")

    def article(name: str, body: str, day: date) -> Article:
        ingest_document(name=name, data=body.encode(), published_on=day)
        return Article.objects.get(document__name=name)

    plan = article("plan.txt", "力争全年新增高新技术企业300家。", date(2024, 2, 1))
    other = article("other.txt", "全年新增高新技术企业300家以上。", date(2024, 2, 2))
    report = article("report.txt", "2024年新增高新技术企业320家。", date(2025, 1, 20))
    target = Commitment.objects.get(article=plan)
    other_target = Commitment.objects.get(article=other)
    outcome = Evidence.objects.get(article=report)
    services.review_item(item=outcome, state=ReviewState.ACCEPTED, user=editor)
    services.link_evidence(commitment=target, evidence=outcome, relation=Relation.FULFILS,
                           user=editor)  # fmt: skip
    assert Link.objects.get(commitment=other_target).review_state == ReviewState.SUGGESTED
    Commitment.objects.update(suggested_status=Status.PENDING)

    services.extract_article(article=report)

    target.refresh_from_db()
    other_target.refresh_from_db()
    assert target.suggested_status == Status.EXCEEDED  # linked by an editor: refreshed
    assert other_target.suggested_status == Status.PENDING  # a machine's link: not touched
