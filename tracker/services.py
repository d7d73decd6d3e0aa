"""The tracker's writes. Commands, admin actions and views all call these."""

from __future__ import annotations

from articles.models import Article


def extract_article(*, article: Article) -> None:
    """Find commitments and evidence in an article (filled in by the extraction issue)."""


# Editors' writes
#
# Every write an editor makes in the admin goes through one of these functions, so the admin,
# commands and tests share one set of rules. Each save records who did it and why in the
# object's history (django-simple-history: ``_history_user`` and ``_change_reason``).

from collections.abc import Iterable  # noqa: E402
from typing import Any  # noqa: E402

from django.contrib.auth.models import Group, Permission  # noqa: E402
from django.core.exceptions import ValidationError  # noqa: E402
from django.db import transaction  # noqa: E402
from django.db.models import Model  # noqa: E402
from simple_history.utils import bulk_update_with_history  # noqa: E402

from .models import (  # noqa: E402
    Commitment,
    Evidence,
    Indicator,
    Link,
    Relation,
    ReviewState,
    Status,
    StatusSource,
)

EDITOR_GROUP = "editor"
# (app_label, model, actions): exactly what the editors' work needs. No delete anywhere (a
# rejected item is kept and marked), no user administration, documents are read-only.
EDITOR_PERMISSIONS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("tracker", "commitment", ("view", "add", "change")),
    ("tracker", "evidence", ("view", "add", "change")),
    ("tracker", "link", ("view", "add", "change")),
    ("tracker", "indicator", ("view", "add", "change")),
    ("articles", "article", ("view", "add", "change")),
    ("articles", "document", ("view",)),
)
# Fields of a commitment or evidence item an editor may correct. Changing any of them turns a
# machine suggestion into an "edited" item that extraction never overwrites.
ITEM_EDITABLE_FIELDS = (
    "subject", "indicator", "indicator_text", "measure", "comparator", "value", "value_max",
    "unit", "base_value", "base_unit", "period_text", "period_start", "period_end",
    "period_relative", "editor_note",
)
COMMITMENT_EDITABLE_FIELDS = (*ITEM_EDITABLE_FIELDS, "kind", "deadline", "revises")
EVIDENCE_EDITABLE_FIELDS = (*ITEM_EDITABLE_FIELDS, "is_cumulative", "conflict_note")
# simple_history stores the change reason in a 100-character column.
CHANGE_REASON_LENGTH = 100

ReviewedItem = Commitment | Evidence | Link


def editable_fields(model: type[Commitment] | type[Evidence]) -> tuple[str, ...]:
    return COMMITMENT_EDITABLE_FIELDS if model is Commitment else EVIDENCE_EDITABLE_FIELDS


def _change_reason(text: str) -> str:
    text = " ".join(text.split())
    if len(text) <= CHANGE_REASON_LENGTH:
        return text
    return text[: CHANGE_REASON_LENGTH - 1] + "…"


def _save_with_history(obj: Model, *, user: Any, reason: str) -> None:
    """Validate and save ``obj``, recording ``user`` and ``reason`` in its history."""
    obj.full_clean()
    obj._history_user = user
    obj._change_reason = _change_reason(reason)
    obj.save()


def review_item(*, item: ReviewedItem, state: str, user: Any, reason: str = "") -> ReviewedItem:
    """Accept or reject a commitment, evidence item or link (or put it back to "suggested").

    Accepting an edited item keeps it "edited": the editor's corrections stay marked as such.
    """
    if state not in ReviewState.values:
        raise ValidationError({"review_state": f"未知的审核状态“{state}”。"})
    if state == ReviewState.ACCEPTED and item.review_state == ReviewState.EDITED:
        state = ReviewState.EDITED
    if item.review_state == state:
        return item
    label = ReviewState(state).label
    item.review_state = state
    _save_with_history(item, user=user, reason=f"{label}：{reason}" if reason else label)
    return item


def update_item(
    *, item: Commitment | Evidence, changes: dict[str, Any], user: Any, reason: str = ""
) -> Commitment | Evidence:
    """Correct an item's fields. A real change makes the item "edited" (reviewed).

    ``changes`` maps field names to new values; only the editable fields are allowed (quote
    stays anchored to the article text; status changes go through ``set_status``).
    """
    allowed = editable_fields(type(item))
    unknown = sorted(set(changes) - set(allowed))
    if unknown:
        raise ValueError(f"These fields cannot be edited here: {', '.join(unknown)}")
    changed = [name for name, value in changes.items() if getattr(item, name) != value]
    if not changed:
        return item
    for name in changed:
        setattr(item, name, changes[name])
    if item.review_state != ReviewState.EDITED:
        item.review_state = ReviewState.EDITED
    labels = "、".join(str(item._meta.get_field(name).verbose_name) for name in changed)
    _save_with_history(item, user=user, reason=reason or f"编辑修改：{labels}")
    return item


def link_evidence(
    *,
    commitment: Commitment,
    evidence: Evidence,
    relation: str,
    note: str = "",
    user: Any,
) -> Link:
    """Link an evidence item to a commitment (or correct an existing link), as an editor.

    The link is then reviewed: "accepted" when the editor kept the machine's relation, "edited"
    when they chose another one (or wrote a new link).
    """
    if relation not in Relation.values:
        raise ValidationError({"relation": f"未知的关系“{relation}”。"})
    with transaction.atomic():
        link = (
            Link.objects.select_for_update()
            .filter(commitment=commitment, evidence=evidence)
            .first()
        )
        if link is None:
            link = Link(commitment=commitment, evidence=evidence, relation=relation, note=note,
                        score=1.0, review_state=ReviewState.ACCEPTED)
            _save_with_history(link, user=user, reason=f"编辑关联：{Relation(relation).label}")
            return link
        if link.relation == relation and link.note == note and link.review_state in (
            ReviewState.ACCEPTED, ReviewState.EDITED
        ):
            return link
        relation_changed = link.relation != relation
        link.relation = relation
        link.note = note
        if relation_changed or link.review_state == ReviewState.EDITED:
            link.review_state = ReviewState.EDITED
        else:
            link.review_state = ReviewState.ACCEPTED
        _save_with_history(link, user=user, reason=f"编辑关联：{Relation(relation).label}")
        return link


def set_status(*, commitment: Commitment, status: str, reason: str, user: Any) -> Commitment:
    """Set a commitment's public status as an editor. A reason is required and is kept in the
    commitment (``status_reason``) and in its history; the machine never overrides it after."""
    reason = reason.strip()
    if not reason:
        raise ValidationError({"status_reason": "修改状态时必须填写理由。"})
    if status not in Status.values:
        raise ValidationError({"status": f"未知的状态“{status}”。"})
    commitment.status = status
    commitment.status_source = StatusSource.EDITOR
    commitment.status_reason = reason
    _save_with_history(
        commitment, user=user, reason=f"状态改为“{Status(status).label}”：{reason}"
    )
    return commitment


def _merged_aliases(keep: Indicator, others: Iterable[Indicator]) -> list[str]:
    aliases: list[str] = []
    for name in [*keep.aliases, *(n for o in others for n in (o.name, *o.aliases))]:
        name = name.strip()
        if name and name != keep.name and name not in aliases:
            aliases.append(name)
    return aliases


def merge_indicators(
    *, keep: Indicator, merge: Indicator | Iterable[Indicator], user: Any
) -> Indicator:
    """Merge duplicate indicators into ``keep``: their commitments and evidence move to it
    (each move recorded in the item's history), their names become aliases of ``keep``, and
    the duplicates are deleted."""
    others = [merge] if isinstance(merge, Indicator) else list(merge)
    others = [other for other in others if other.pk != keep.pk]
    if not others:
        raise ValidationError("请至少选择一个要并入的其他指标。")
    reason = _change_reason(f"指标合并：{'、'.join(o.name for o in others)} → {keep.name}")
    with transaction.atomic():
        for model in (Commitment, Evidence):
            items = list(model.objects.filter(indicator__in=others))
            for item in items:
                item.indicator = keep
            bulk_update_with_history(
                items, model, ["indicator"], batch_size=500,
                default_user=user, default_change_reason=reason,
            )
        keep.aliases = _merged_aliases(keep, others)
        for other in others:
            other._history_user = user
            other._change_reason = reason
            other.delete()
        _save_with_history(keep, user=user, reason=reason)
    return keep


def add_indicator_aliases(*, indicator: Indicator, aliases: Iterable[str], user: Any) -> Indicator:
    """Add alias names to an indicator (duplicates and its own name are ignored)."""
    new = _merged_aliases(indicator, [])
    for alias in aliases:
        alias = alias.strip()
        if alias and alias != indicator.name and alias not in new:
            new.append(alias)
    if new == indicator.aliases:
        return indicator
    indicator.aliases = new
    _save_with_history(indicator, user=user, reason="添加别名")
    return indicator


def find_quote(*, body: str, quote: str, start: int | None = None) -> tuple[int, int]:
    """Locate ``quote`` in an article's ``body``; return (start, end) with body[start:end] ==
    quote. With ``start`` the offsets are checked; without, the quote must occur exactly once."""
    if not quote:
        raise ValidationError({"quote": "请填写引语。"})
    if start is not None:
        end = start + len(quote)
        if start < 0 or body[start:end] != quote:
            found = body[start:end] if 0 <= start < len(body) else ""
            raise ValidationError({
                "start": f"正文第 {start} 个字符起并不是这段引语（那里是“{found[:30]}”）。"
                "请核对起点，或清空起点让系统查找。"
            })
        return start, end
    first = body.find(quote)
    if first < 0:
        raise ValidationError({"quote": "文章正文中找不到这段引语：请从正文复制，注意标点与空格。"})
    count = body.count(quote)
    if count > 1:
        raise ValidationError({
            "start": f"这段引语在正文中出现了 {count} 次，请填写起点（字符位置）以指明是哪一处。"
        })
    return first, first + len(quote)


def create_item_from_quote(
    *,
    article,
    kind: str,
    quote: str,
    start: int | None = None,
    user: Any,
    commitment_kind: str | None = None,
    **fields: Any,
) -> Commitment | Evidence:
    """Create, by hand, a commitment (``kind="commitment"``) or evidence item
    (``kind="evidence"``) that the machine missed. The quote's offsets are found (or checked
    when ``start`` is given); the item is reviewed from the start ("accepted").
    ``commitment_kind`` is the commitment's own type (numeric target or dated deliverable)."""
    models_by_kind = {"commitment": Commitment, "evidence": Evidence}
    if kind not in models_by_kind:
        raise ValueError(f"kind must be 'commitment' or 'evidence', not {kind!r}")
    model = models_by_kind[kind]
    if commitment_kind is not None:
        if model is not Commitment:
            raise ValueError("commitment_kind applies to commitments only")
        fields["kind"] = commitment_kind
    allowed = editable_fields(model)
    unknown = sorted(set(fields) - set(allowed))
    if unknown:
        raise ValueError(f"These fields cannot be set here: {', '.join(unknown)}")
    found_start, found_end = find_quote(body=article.body, quote=quote, start=start)
    item = model(
        article=article, quote=quote, start=found_start, end=found_end,
        review_state=ReviewState.ACCEPTED, confidence=1.0, **fields,
    )
    _save_with_history(item, user=user, reason="编辑手工添加")
    return item


def ensure_editor_group() -> Group:
    """Create or correct the "editor" group so it holds exactly ``EDITOR_PERMISSIONS``."""
    group, _ = Group.objects.get_or_create(name=EDITOR_GROUP)
    wanted = []
    for app_label, model, actions in EDITOR_PERMISSIONS:
        for action in actions:
            codename = f"{action}_{model}"
            try:
                wanted.append(
                    Permission.objects.get(content_type__app_label=app_label, codename=codename)
                )
            except Permission.DoesNotExist as error:
                raise RuntimeError(
                    f"Permission {app_label}.{codename} does not exist: run `manage.py migrate`."
                ) from error
    group.permissions.set(wanted)
    return group
