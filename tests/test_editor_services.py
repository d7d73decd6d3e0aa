"""The editors' writes (tracker/services.py, "Editors' writes"): rules and history."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.contrib.auth.models import Group, Permission, User
from django.core.exceptions import ValidationError

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

from .editor_data import (
    OUTCOME,
    TARGET,
    make_article,
    make_commitment,
    make_evidence,
    make_indicator,
    make_link,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor() -> User:
    return User.objects.create_user("editor1", password="x", is_staff=True)


@pytest.fixture
def article():
    return make_article()


def test_accepting_a_suggestion_records_who_in_history(article, editor):
    commitment = make_commitment(article)
    services.review_item(item=commitment, state=ReviewState.ACCEPTED, user=editor)
    commitment.refresh_from_db()
    assert commitment.review_state == ReviewState.ACCEPTED
    latest = commitment.history.latest()
    assert latest.history_user == editor
    assert latest.history_change_reason == "已采纳"


def test_rejecting_keeps_the_item_with_the_reason(article, editor):
    evidence = make_evidence(article)
    services.review_item(item=evidence, state=ReviewState.REJECTED, user=editor,
                         reason="重复的数字")
    evidence.refresh_from_db()
    assert evidence.review_state == ReviewState.REJECTED
    assert evidence.history.latest().history_change_reason == "已驳回：重复的数字"


def test_accepting_an_edited_item_keeps_it_edited(article, editor):
    commitment = make_commitment(article, review_state=ReviewState.EDITED)
    services.review_item(item=commitment, state=ReviewState.ACCEPTED, user=editor)
    commitment.refresh_from_db()
    assert commitment.review_state == ReviewState.EDITED


def test_editing_a_suggestion_makes_it_edited_and_names_the_fields(article, editor):
    commitment = make_commitment(article)
    services.update_item(item=commitment, changes={"value": Decimal("171"), "unit": "亿元"},
                         user=editor)
    commitment.refresh_from_db()
    assert commitment.value == Decimal("171")
    assert commitment.review_state == ReviewState.EDITED
    assert commitment.history.latest().history_change_reason == "编辑修改：数值"


def test_an_edit_that_changes_nothing_leaves_the_suggestion_alone(article, editor):
    commitment = make_commitment(article)
    services.update_item(item=commitment, changes={"unit": "亿元"}, user=editor)
    commitment.refresh_from_db()
    assert commitment.review_state == ReviewState.SUGGESTED
    assert commitment.history.count() == 1


def test_update_refuses_fields_outside_the_editable_set(article, editor):
    commitment = make_commitment(article)
    with pytest.raises(ValueError, match="quote"):
        services.update_item(item=commitment, changes={"quote": "x"}, user=editor)


def test_new_link_by_an_editor_is_accepted(article, editor):
    commitment, evidence = make_commitment(article), make_evidence(article)
    link = services.link_evidence(commitment=commitment, evidence=evidence,
                                  relation=Relation.BASELINE, note="2023年基数", user=editor)
    assert link.review_state == ReviewState.ACCEPTED
    assert link.relation == Relation.BASELINE
    assert link.history.latest().history_user == editor


def test_changing_the_machines_relation_marks_the_link_edited(article, editor):
    commitment, evidence = make_commitment(article), make_evidence(article)
    make_link(commitment, evidence, relation=Relation.CONTEXT)
    link = services.link_evidence(commitment=commitment, evidence=evidence,
                                  relation=Relation.BASELINE, note="", user=editor)
    assert Link.objects.count() == 1
    assert link.review_state == ReviewState.EDITED
    assert link.relation == Relation.BASELINE


def test_keeping_the_machines_relation_accepts_the_link(article, editor):
    commitment, evidence = make_commitment(article), make_evidence(article)
    make_link(commitment, evidence, relation=Relation.BASELINE)
    link = services.link_evidence(commitment=commitment, evidence=evidence,
                                  relation=Relation.BASELINE, note="", user=editor)
    assert link.review_state == ReviewState.ACCEPTED


def test_link_refuses_an_unknown_relation(article, editor):
    commitment, evidence = make_commitment(article), make_evidence(article)
    with pytest.raises(ValidationError):
        services.link_evidence(commitment=commitment, evidence=evidence, relation="proves",
                               user=editor)
    assert not Link.objects.exists()


def test_status_needs_a_reason(article, editor):
    commitment = make_commitment(article)
    with pytest.raises(ValidationError) as raised:
        services.set_status(commitment=commitment, status=Status.ACHIEVED, reason="  ",
                            user=editor)
    assert "理由" in str(raised.value)
    commitment.refresh_from_db()
    assert commitment.status == Status.PENDING


def test_status_by_an_editor_is_kept_with_its_reason_in_history(article, editor):
    commitment = make_commitment(article)
    services.set_status(commitment=commitment, status=Status.MISSED,
                        reason="2024年实际成交额未达170.5亿元", user=editor)
    commitment.refresh_from_db()
    assert commitment.status == Status.MISSED
    assert commitment.status_source == StatusSource.EDITOR
    assert commitment.status_reason == "2024年实际成交额未达170.5亿元"
    record = commitment.history.latest()
    assert record.history_user == editor
    assert record.history_change_reason == "状态改为“未完成”：2024年实际成交额未达170.5亿元"


def test_a_long_status_reason_is_kept_whole_on_the_commitment(article, editor):
    commitment = make_commitment(article)
    reason = "依据" * 80
    services.set_status(commitment=commitment, status=Status.ACHIEVED, reason=reason,
                        user=editor)
    commitment.refresh_from_db()
    assert commitment.status_reason == reason
    assert len(commitment.history.latest().history_change_reason) == 100


def test_merging_indicators_moves_items_and_keeps_names_as_aliases(article, editor):
    keep = make_indicator("技术合同成交额", aliases=["技术合同额"])
    duplicate = make_indicator("技术合同交易额", aliases=["技术交易额"])
    commitment = make_commitment(article, indicator=keep)
    evidence = make_evidence(article, indicator=duplicate)
    services.merge_indicators(keep=keep, merge=duplicate, user=editor)
    evidence.refresh_from_db()
    keep.refresh_from_db()
    assert evidence.indicator == keep
    assert commitment.indicator == keep
    assert keep.aliases == ["技术合同额", "技术合同交易额", "技术交易额"]
    assert not Indicator.objects.filter(name="技术合同交易额").exists()
    moved = evidence.history.latest()
    assert moved.history_user == editor
    assert "技术合同交易额" in moved.history_change_reason


def test_merging_an_indicator_into_itself_is_refused(editor):
    keep = make_indicator()
    with pytest.raises(ValidationError):
        services.merge_indicators(keep=keep, merge=[keep], user=editor)


def test_hand_made_commitment_finds_its_quote(article, editor):
    commitment = services.create_item_from_quote(
        article=article, kind="commitment", quote="力争新增省级以上创新平台48家", user=editor,
        value=Decimal("48"), unit="家",
    )
    assert article.body[commitment.start:commitment.end] == "力争新增省级以上创新平台48家"
    assert commitment.review_state == ReviewState.ACCEPTED
    assert commitment.history.latest().history_user == editor


def test_hand_made_evidence_with_offsets_is_checked(article, editor):
    start = article.body.index(OUTCOME)
    evidence = services.create_item_from_quote(
        article=article, kind="evidence", quote=OUTCOME, start=start, user=editor,
    )
    assert (evidence.start, evidence.end) == (start, start + len(OUTCOME))
    with pytest.raises(ValidationError, match="起"):
        services.create_item_from_quote(article=article, kind="evidence", quote=OUTCOME,
                                        start=start + 1, user=editor)


def test_a_quote_missing_from_the_article_is_refused(article, editor):
    with pytest.raises(ValidationError, match="找不到"):
        services.create_item_from_quote(article=article, kind="commitment",
                                        quote="全年新增500家企业", user=editor)
    assert not Commitment.objects.exists()


def test_an_ambiguous_quote_needs_its_start(editor):
    article = make_article(body="力争新增10家。其后又说：力争新增10家。")
    with pytest.raises(ValidationError, match="出现了 2 次"):
        services.create_item_from_quote(article=article, kind="commitment",
                                        quote="力争新增10家", user=editor)
    second = services.create_item_from_quote(article=article, kind="commitment",
                                             quote="力争新增10家", start=13, user=editor)
    assert second.start == 13


def test_editor_group_has_exactly_the_editors_permissions():
    group = services.ensure_editor_group()
    codenames = {f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.all()}
    assert codenames == {
        *(f"tracker.{a}_{m}" for m in ("commitment", "evidence", "link", "indicator")
          for a in ("view", "add", "change")),
        "articles.view_article", "articles.add_article", "articles.change_article",
        "articles.view_document", "articles.change_document",
    }


def test_editor_group_is_corrected_when_someone_widened_it():
    group = services.ensure_editor_group()
    group.permissions.add(Permission.objects.get(codename="delete_article"))
    services.ensure_editor_group()
    assert not Group.objects.get(name="editor").permissions.filter(
        codename__startswith="delete_"
    ).exists()


def test_unknown_kind_is_refused(article, editor):
    with pytest.raises(ValueError, match="kind"):
        services.create_item_from_quote(article=article, kind="promise", quote=TARGET,
                                        user=editor)
    assert not Evidence.objects.exists()


def test_period_order_is_checked_on_edit(article, editor):
    commitment = make_commitment(article)
    with pytest.raises(ValidationError):
        services.update_item(item=commitment, changes={"period_start": dt.date(2025, 1, 1)},
                             user=editor)


def test_migrate_defines_the_editor_group():
    # The test database was built by `migrate`; its post_migrate hook made the group.
    group = Group.objects.get(name="editor")
    assert group.permissions.count() == 17  # EDITOR_PERMISSIONS: 5 models × 3, documents × 2
