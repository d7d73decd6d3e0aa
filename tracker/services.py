"""The tracker's writes. Commands, admin actions and views all call these."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.db import transaction as _transaction
from django.db.models import Q
from django.utils import timezone

from articles.models import Article

# Commitment, Evidence, Indicator, Link, ReviewState and StatusSource come with the editors'
# writes' imports below (one import per name in this module).
from .models import REVIEWED_STATES, CommitmentKind
from .text import linking
from .text.extract import ExtractedItem, extract
from .text.indicators import by_name as _indicator_definitions

MACHINE_REASON = "机器提取"
MACHINE_LINK_REASON = "机器建议关联"


@dataclass(frozen=True)
class ExtractionResult:
    """What one extraction run did to an article, for the ingest command's counts."""

    commitments: int  # machine suggestions created
    evidence: int
    kept: int  # reviewed items kept (and re-anchored)
    anchors_lost: int  # reviewed items whose quote is no longer in the text
    removed: int  # unreviewed suggestions replaced
    links: int  # link suggestions created or refreshed


def extract_article(*, article: Article) -> ExtractionResult:
    """Find commitments and evidence in an article and suggest links, conflicts, revisions
    and statuses.

    Only the machine's unreviewed suggestions of this article are replaced. Reviewed items
    (accepted, edited or rejected, or holding a reviewed link) stay: their quotes are found
    again in the new text, or marked ``anchor_lost`` for an editor; a new suggestion that
    repeats one of them is not created again (a rejected item stays rejected).
    """
    found = extract(
        article.body,
        published_on=article.published_on,
        precision=article.date_precision,
        title=article.title,
    )
    with _transaction.atomic():
        kept, lost, removed = _keep_reviewed(article)
        indicators = _indicators_named({item.indicator for item in found if item.indicator})
        created: list[Commitment | Evidence] = []
        for item in found:
            if any(_same_place(item, other) for other in kept):
                continue
            created.append(_save_item(article, item, indicators))
        links = _suggest_links_for(article)
        _mark_conflicts(article)
        _mark_revisions(article)
        for commitment in _commitments_touched(article):
            refresh_commitment_status(commitment=commitment)
    return ExtractionResult(
        commitments=sum(isinstance(i, Commitment) for i in created),
        evidence=sum(isinstance(i, Evidence) for i in created),
        kept=len(kept),
        anchors_lost=lost,
        removed=removed,
        links=links,
    )


def _keep_reviewed(article: Article) -> tuple[list[Commitment | Evidence], int, int]:
    """Delete this article's unreviewed suggestions; re-anchor everything else."""
    kept: list[Commitment | Evidence] = []
    lost = removed = 0
    reviewed_links = Q(links__review_state__in=REVIEWED_STATES)
    for model in (Commitment, Evidence):
        items = model.objects.filter(article=article)
        # Lock the article's items before choosing what to delete: an editor's review that
        # commits while this waits is then seen, and the accepted item is kept.
        list(items.select_for_update().values_list("pk", flat=True))
        stale = items.filter(review_state=ReviewState.SUGGESTED).exclude(reviewed_links)
        removed += stale.count()
        stale.delete()
        for item in items.order_by("pk"):
            anchored = _reanchor(item, article.body)
            lost += not anchored
            kept.append(item)
    return kept, lost, removed


def _reanchor(item: Commitment | Evidence, body: str) -> bool:
    """Find the item's quote in the new body (the occurrence nearest the old place)."""
    if body[item.start : item.end] == item.quote:
        if item.anchor_lost:
            item.anchor_lost = False
            item.save(update_fields=["anchor_lost", "updated_at"])
        return True
    places = []
    position = body.find(item.quote)
    while position != -1 and item.quote:
        places.append(position)
        position = body.find(item.quote, position + 1)
    if not places:
        if not item.anchor_lost:
            item.anchor_lost = True
            item._change_reason = "原文已变，找不到引语"
            item.save(update_fields=["anchor_lost", "updated_at"])
        return False
    start = min(places, key=lambda p: abs(p - item.start))
    item.start, item.end, item.anchor_lost = start, start + len(item.quote), False
    item._change_reason = "原文已变，重新定位引语"
    item.save(update_fields=["start", "end", "anchor_lost", "updated_at"])
    return True


def _same_place(item: ExtractedItem, other: Commitment | Evidence) -> bool:
    """A new suggestion repeating an item that is kept: same kind, same words or place."""
    same_kind = (item.kind == "commitment") == isinstance(other, Commitment)
    overlap = item.start < other.end and other.start < item.end
    same_value = item.value == other.value or (item.value is None and other.value is None)
    return same_kind and (overlap or item.quote == other.quote) and same_value


def _indicators_named(names: set[str]) -> dict[str, Indicator]:
    """The Indicator rows for canonical names, created from the table when missing. A name
    an editor merged into another indicator (now one of its aliases) finds that indicator."""
    if not names:
        return {}
    found = {i.name: i for i in Indicator.objects.filter(name__in=names)}
    missing = names - set(found)
    if missing:
        for indicator in Indicator.objects.exclude(aliases=[]):
            for name in missing & set(indicator.aliases):
                found[name] = indicator
    definitions = _indicator_definitions()
    for name, indicator in found.items():
        # Aliases added to the table reach existing indicators; editors' aliases stay.
        wanted = [a for a in _table_aliases(name) if a != indicator.name]
        added = [a for a in wanted if a not in indicator.aliases]
        if indicator.name == name and added:
            indicator.aliases = [*indicator.aliases, *added]
            indicator._change_reason = "别名表更新"
            indicator.save(update_fields=["aliases"])
    for name in sorted(names - set(found)):
        definition = definitions[name]
        aliases = _table_aliases(name)
        indicator = Indicator(
            name=name,
            unit_family=definition.unit_family,
            unit=definition.unit,
            topic=definition.topic,
            aliases=[a for a in aliases if a != name],
        )
        indicator._change_reason = MACHINE_REASON
        indicator.full_clean()
        indicator.save()
        found[name] = indicator
    return found


def _table_aliases(name: str) -> list[str]:
    """The table's aliases of a canonical name (新增… for a flow indicator)."""
    definition = _indicator_definitions()[name]
    if name != definition.name:
        return [f"新增{a}" for a in definition.aliases]
    return list(definition.aliases)


def _save_item(
    article: Article, item: ExtractedItem, indicators: dict[str, Indicator]
) -> Commitment | Evidence:
    common = dict(
        article=article,
        quote=item.quote,
        start=item.start,
        end=item.end,
        subject=item.subject[:100],
        indicator=indicators.get(item.indicator) if item.indicator else None,
        indicator_text=item.indicator_text[:200],
        measure=item.measure,
        comparator=item.comparator,
        value=item.value,
        value_max=item.value_max,
        unit=item.unit[:20],
        base_value=item.base_value,
        base_unit=item.base_unit[:20],
        period_text=item.period_text[:100],
        period_start=item.period_start,
        period_end=item.period_end,
        period_relative=item.period_relative,
        confidence=item.confidence,
        review_state=ReviewState.SUGGESTED,
    )
    if item.kind == "commitment":
        saved: Commitment | Evidence = Commitment(
            **common,
            kind=CommitmentKind.DELIVERABLE
            if item.commitment_kind == "deliverable"
            else CommitmentKind.NUMERIC,
            deadline=item.deadline,
        )
    else:
        saved = Evidence(**common, is_cumulative=item.is_cumulative)
    saved._change_reason = MACHINE_REASON
    saved.save()
    return saved


def _figure(item: Commitment | Evidence) -> linking.Figure:
    indicator = item.indicator.name if item.indicator_id else None
    is_commitment = isinstance(item, Commitment)
    return linking.Figure(
        indicator=indicator,
        measure=item.measure,
        comparator=item.comparator,
        value=item.value,
        value_max=item.value_max,
        base_value=item.base_value,
        base_unit=item.base_unit,
        unit=item.unit,
        period_start=item.period_start,
        period_end=item.period_end,
        is_cumulative=getattr(item, "is_cumulative", False),
        published_on=item.article.published_on,
        deadline=item.deadline if is_commitment else None,
        kind=item.kind if is_commitment else "numeric",
        quote=item.quote[:60],
    )


def suggest_links(
    *, commitments: list[Commitment], evidence: list[Evidence]
) -> list[tuple[Commitment, Evidence, linking.LinkSuggestion]]:
    """Score every commitment × evidence pair (pure rules in text/linking.py); return the
    pairs that speak to each other. Pairs of different indicators are never returned."""
    pairs = []
    for commitment in commitments:
        target = _figure(commitment)
        for item in evidence:
            if item.indicator_id != commitment.indicator_id or item.indicator_id is None:
                continue
            suggestion = linking.relate(target, _figure(item))
            if suggestion is not None:
                pairs.append((commitment, item, suggestion))
    return pairs


def _visible(model):
    return model.objects.exclude(review_state=ReviewState.REJECTED).select_related(
        "article", "indicator"
    )


def _suggest_links_for(article: Article) -> int:
    """Suggest links between this article's items and every item of the same indicators."""
    own_commitments = list(_visible(Commitment).filter(article=article, indicator__isnull=False))
    own_evidence = list(_visible(Evidence).filter(article=article, indicator__isnull=False))
    indicator_ids = {i.indicator_id for i in [*own_commitments, *own_evidence]}
    if not indicator_ids:
        return 0
    other_commitments = list(
        _visible(Commitment).filter(indicator_id__in=indicator_ids).exclude(article=article)
    )
    other_evidence = list(
        _visible(Evidence).filter(indicator_id__in=indicator_ids).exclude(article=article)
    )
    pairs = suggest_links(commitments=own_commitments, evidence=[*own_evidence, *other_evidence])
    pairs += suggest_links(commitments=other_commitments, evidence=own_evidence)
    existing = {
        (link.commitment_id, link.evidence_id): link
        for link in Link.objects.filter(
            Q(commitment__article=article) | Q(evidence__article=article)
        )
    }
    count = 0
    for commitment, item, suggestion in pairs:
        link = existing.get((commitment.pk, item.pk))
        if link is not None and link.review_state != ReviewState.SUGGESTED:
            continue  # an editor's decision (accepted, edited or rejected) stands
        if link is None:
            link = Link(commitment=commitment, evidence=item)
        link.relation = suggestion.relation
        link.score = suggestion.score
        link.explanation = suggestion.explanation[:500]
        link.review_state = ReviewState.SUGGESTED
        link._change_reason = MACHINE_LINK_REASON
        link.save()
        count += 1
    return count


def _mark_conflicts(article: Article) -> None:
    """Flag evidence giving another value for the same indicator, measure and period."""
    own = list(_visible(Evidence).filter(article=article, indicator__isnull=False))
    for item in own:
        figure = _figure(item)
        others = _visible(Evidence).filter(
            indicator_id=item.indicator_id,
            period_start=item.period_start,
            period_end=item.period_end,
            measure=item.measure,
        ).exclude(pk=item.pk)
        for other in others:
            if not linking.is_conflict(figure, _figure(other)):
                continue
            for this, that in ((item, other), (other, item)):
                if this.conflict_note and this.is_reviewed:
                    continue  # an editor's note stands
                note = (
                    f"与《{that.article.title or that.article.document.name}》"
                    f"（{that.article.published_on or '日期未知'}）的数值 "
                    f"{that.value}{that.unit} 不一致，请核实。"
                )[:500]
                if this.conflict_note != note:
                    this.conflict_note = note
                    this._change_reason = "机器发现数据冲突"
                    this.save(update_fields=["conflict_note", "updated_at"])


def _mark_revisions(article: Article) -> None:
    """A later commitment restating an earlier target with a new value revises it."""
    own = list(_visible(Commitment).filter(article=article, indicator__isnull=False))
    for item in own:
        others = _visible(Commitment).filter(
            indicator_id=item.indicator_id,
            period_start=item.period_start,
            period_end=item.period_end,
            measure=item.measure,
        ).exclude(article=article)
        for other in others:
            for earlier, later in ((other, item), (item, other)):
                if later.revises_id is not None or later.review_state == ReviewState.EDITED:
                    continue
                if linking.is_revision(_figure(earlier), _figure(later)):
                    later.revises = earlier
                    later._change_reason = "机器发现：后来的文章以新数值重申此目标"
                    later.save(update_fields=["revises", "updated_at"])


def _commitments_touched(article: Article):
    return (
        Commitment.objects.filter(
            Q(article=article) | Q(links__evidence__article=article)
        )
        .distinct()
        .select_related("article", "indicator")
    )


def refresh_commitment_status(*, commitment: Commitment, today: date | None = None) -> Commitment:
    """Recompute the machine's suggested status from the commitment's accepted links.

    ``suggested_status`` and its explanation are always refreshed; the public ``status``
    follows them only while ``status_source`` is "machine" (an editor's status always wins).
    """
    today = today or timezone.localdate()
    accepted = (
        commitment.links.filter(review_state__in=REVIEWED_STATES)
        .exclude(evidence__review_state=ReviewState.REJECTED)
        .select_related("evidence", "evidence__article", "evidence__indicator")
    )
    figures = [(link.relation, _figure(link.evidence)) for link in accepted]
    suggestion = linking.suggest_status(_figure(commitment), figures, today=today)
    fields = []
    if commitment.suggested_status != suggestion.status:
        commitment.suggested_status = suggestion.status
        fields.append("suggested_status")
    if commitment.suggested_status_explanation != suggestion.explanation:
        commitment.suggested_status_explanation = suggestion.explanation
        fields.append("suggested_status_explanation")
    if commitment.status_source == StatusSource.MACHINE and commitment.status != suggestion.status:
        commitment.status = suggestion.status
        commitment.status_reason = suggestion.explanation
        fields += ["status", "status_reason"]
    if fields:
        commitment._change_reason = "机器建议状态"
        commitment.save(update_fields=[*fields, "updated_at"])
    return commitment


def refresh_statuses(*, today: date | None = None) -> int:
    """Recompute every commitment's suggested status (deadlines pass without new text)."""
    count = 0
    for commitment in Commitment.objects.select_related("article", "indicator").iterator():
        refresh_commitment_status(commitment=commitment, today=today)
        count += 1
    return count


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
    try:
        # An item a re-ingest replaced meanwhile must not come back as a second copy (a plain
        # save() would INSERT it again): update it, or tell the editor.
        obj.save(force_update=not obj._state.adding)
    except type(obj).NotUpdated:
        raise ValidationError("该条目已在重新导入时被替换，请刷新页面后重新审核。") from None


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
