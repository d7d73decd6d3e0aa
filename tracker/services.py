"""The tracker's writes. Commands, admin actions and views all call these."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from decimal import Context as DecimalContext
from typing import Any

from django.contrib.auth.models import Group, Permission
from django.core.exceptions import ValidationError
from django.db import connection, transaction
from django.db.models import BooleanField, Model, Q
from django.db.models.expressions import RawSQL
from django.utils import timezone
from simple_history.utils import (
    bulk_create_with_history,
    bulk_update_with_history,
)

from articles.history import CHANGED, CREATED, DELETED, record_history
from articles.models import Article, Document
from articles.text.script import same_in_both_scripts

from .models import (
    DECIDED_STATES,
    REVIEWED_STATES,
    Commitment,
    CommitmentKind,
    Evidence,
    Indicator,
    Link,
    Relation,
    ReviewState,
    Status,
    StatusSource,
)
from .search import item_search_text, store_indicator_names
from .text import linking
from .text.extract import ExtractedItem, extract
from .text.indicators import by_name as _indicator_definitions
from .text.place_names import article_places

MACHINE_REASON = "机器提取"
MACHINE_LINK_REASON = "机器建议关联"


@dataclass(frozen=True)
class ExtractionResult:
    """What one extraction run did to an article, for the ingest command's counts."""

    commitments: int  # machine suggestions the reading made (new or kept in place)
    evidence: int
    kept: int  # reviewed items kept (and re-anchored)
    anchors_lost: int  # reviewed items whose quote is no longer in the text
    removed: int  # stored suggestions the reading no longer makes, deleted
    links: int  # link suggestions created or refreshed
    changed: int = 0  # stored suggestions read again with new values, updated in place
    unchanged: int = 0  # stored suggestions read again as they were: nothing written


def extract_article(*, article: Article) -> ExtractionResult:
    """Find commitments and evidence in an article and suggest links, conflicts, revisions
    and statuses.

    Only the machine's unreviewed suggestions of this article are replaced, and only where
    the new reading differs: a stored suggestion read again as the same item (same kind and
    quote) keeps its row, updated in place when a value changed, untouched when none did
    (``_match``); so do its link suggestions, revisions and conflict notes. Reviewed items
    (accepted, edited or rejected, or holding a reviewed link) stay: their quotes are found
    again in the new text, or marked ``anchor_lost`` for an editor; a new suggestion that
    repeats one of them is not created again (a rejected item stays rejected).

    The cost follows the article, not the database: items and links go in with one bulk
    insert per table (with their history rows), and links, conflicts and revisions are looked
    for only among the stored figures that can match (same indicator and measure, periods
    within reach), chosen by the database.
    """
    return _extract([article], new=False)[0]


def extract_articles(*, articles: Sequence[Article], new: bool = False) -> list[ExtractionResult]:
    """``extract_article`` for several articles (of one document, or a few), with the same
    result as extracting each in turn, in order, but one set of statements for all of them,
    in one transaction.

    Every article's items go in with one insert per table; links, conflicts and revisions are
    then found article by article, each seeing only the articles before it, as if they had
    been read one by one. With ``new`` (articles just created) no query asks what they held.
    Without it, every article's unreviewed suggestions are replaced first (those read again
    as the same item keep their rows): an article no longer sees, meanwhile, the earlier
    suggestions of the articles after it (read one by one, it would link to them, and they
    would go with their article a moment later).
    """
    return _extract(list(articles), new=new) if articles else []


def _extract(articles: list[Article], *, new: bool) -> list[ExtractionResult]:
    found = [
        extract(
            article.body,
            published_on=article.published_on,
            precision=article.date_precision,
            title=article.title,
        )
        for article in articles
    ]
    today = timezone.localdate()
    # Inside ingestion's transaction no savepoint is needed: a failure rolls the whole
    # document back (all or nothing); called alone, this is a transaction of its own.
    with transaction.atomic(savepoint=False):
        _note_places_named(articles)
        # New articles have nothing to keep or replace (and need no query to say so).
        reviewed = [([], 0, []) for _article in articles] if new else _keep_reviewed(articles)
        indicators = _indicators_named(
            [{item.indicator for item in items if item.indicator} for items in found]
        )
        places = _document_places(articles)
        first = _first_values([item for kept, _lost, _stored in reviewed for item in kept])
        plans = []
        for article, items, (kept, _lost, stored) in zip(articles, found, reviewed, strict=True):
            wanted = [
                _new_item(article, item, indicators, places[article.document_id])
                for item in items
                if not any(_same_place(item, other, first) for other in kept)
            ]
            for item in wanted:
                if isinstance(item, Commitment):
                    # No editor has linked it yet: its suggested status goes in with it.
                    _apply_suggested_status(item, [], today)
            plans.append(_match(stored, wanted, today))
        # Stored suggestions no longer made go first (nothing links to them meanwhile), then
        # those read again with new values are updated in place, and the new ones inserted.
        gone = [item for plan in plans for item in plan.removed]
        for model in (Commitment, Evidence):
            _delete_unreviewed(model, [item.pk for item in gone if isinstance(item, model)])
        rewritten = _rewrite(plans)
        every = [item for plan in plans for item in plan.inserted]
        _insert(Commitment, [item for item in every if isinstance(item, Commitment)],
                MACHINE_REASON)
        _insert(Evidence, [item for item in every if isinstance(item, Evidence)], MACHINE_REASON)
        read_again = [item for plan in plans for item in plan.read_again]
        steps = [
            _Step(article, _own_visible(Commitment, kept, plan.made),
                  _own_visible(Evidence, kept, plan.made))
            for article, plan, (kept, _lost, _stored) in zip(articles, plans, reviewed, strict=True)
        ]  # fmt: skip
        # A suggestion kept in place is compared as a new one would be: its link suggestions,
        # revision and conflict note are found again from nothing, and written only where
        # they differ from what it holds.
        made = {model: {item.pk for plan in plans for item in plan.made if isinstance(item, model)}
                for model in (Commitment, Evidence)}  # fmt: skip
        links_by_article = _suggest_links(
            steps, made[Commitment], made[Evidence], _links_of(read_again)
        )
        _mark_conflicts(steps, fresh=[i for i in read_again if isinstance(i, Evidence)],
                        quiet=rewritten)  # fmt: skip
        _mark_revisions(steps, fresh=[i for i in read_again if isinstance(i, Commitment)],
                        quiet=rewritten)  # fmt: skip
        _refresh_statuses_touched([item for kept, _lost, _stored in reviewed for item in kept],
                                  today)  # fmt: skip
        # One history row per suggestion changed in place, as it ends (values, note, revision).
        for (model, reason), pks in rewritten.items():
            record_history(model, pks, CHANGED, reason)
        results = []
        for plan, (kept, lost, _stored), links in zip(
            plans, reviewed, links_by_article, strict=True
        ):
            results.append(ExtractionResult(
                commitments=sum(isinstance(i, Commitment) for i in plan.made),
                evidence=sum(isinstance(i, Evidence) for i in plan.made),
                kept=len(kept),
                anchors_lost=lost,
                removed=len(plan.removed),
                links=links,
                changed=len(plan.changed),
                unchanged=len(plan.unchanged),
            ))  # fmt: skip
    return results


def _note_places_named(articles: list[Article]) -> None:
    """Store the places each article names (short names, place_names.article_places): its
    figures that name no place of their own are about one of them, and linking compares
    them with later articles' figures (linking.places_compatible). One statement for all."""
    changed = []
    for article in articles:
        names = article_places(article.source, article.title, article.body)
        if article.places_named != names:
            article.places_named = names
            changed.append(article)
    if changed:
        Article.objects.bulk_update(changed, ["places_named"])


def _keep_reviewed(
    articles: list[Article],
) -> list[tuple[list[Commitment | Evidence], int, list[Commitment | Evidence]]]:
    """Re-anchor these articles' reviewed items; read their unreviewed suggestions (for
    ``_match``). Per article: (the items kept, how many lost their quote, the suggestions)."""
    by_pk = {article.pk: article for article in articles}
    kept: dict[int, list[Commitment | Evidence]] = {pk: [] for pk in by_pk}
    stored: dict[int, list[Commitment | Evidence]] = {pk: [] for pk in by_pk}
    lost = dict.fromkeys(by_pk, 0)
    # An item holding a link an editor decided on stays, and with it the decision.
    reviewed_links = Q(links__review_state__in=DECIDED_STATES)
    for model in (Commitment, Evidence):
        items = model.objects.filter(article_id__in=list(by_pk))
        # Lock the articles' items before choosing what to replace: an editor's review that
        # commits while this waits is then seen, and the accepted item is kept.
        list(items.select_for_update().values_list("pk", flat=True))
        suggested = set(
            items.filter(review_state=ReviewState.SUGGESTED)
            .exclude(reviewed_links)
            .values_list("pk", flat=True)
        )
        for item in items.select_related("indicator").order_by("pk"):
            article = item.article = by_pk[item.article_id]
            if item.pk in suggested:
                stored[article.pk].append(item)
                continue
            anchored = _reanchor(item, article.body)
            lost[article.pk] += not anchored
            kept[article.pk].append(item)
    return [(kept[pk], lost[pk], stored[pk]) for pk in by_pk]


def _delete_unreviewed(model, pks: list[int]) -> None:
    """Delete unreviewed suggestions (whose links are all unreviewed suggestions too), with
    the history rows a delete writes, in a few statements: a plain delete would save each
    history row alone, and recompute a status for each link (which none of them counts)."""
    if not pks:
        return
    quote = connection.ops.quote_name
    column = model._meta.model_name  # the link's column: commitment_id or evidence_id
    links = list(
        Link.objects.filter(**{f"{column}_id__in": pks}).order_by().values_list("pk", flat=True)
    )
    for table_model, ids in ((Link, links), (model, pks)):
        if table_model is model and model is Commitment:
            revises = quote(model._meta.get_field("revises").column)
            _execute_by_batch(
                f"UPDATE {quote(model._meta.db_table)} SET {revises} = NULL WHERE {revises} IN ",
                pks,
            )  # on_delete=SET_NULL: later commitments no longer revise a deleted one
        record_history(table_model, ids, DELETED, None)
        table, pk = quote(table_model._meta.db_table), quote(table_model._meta.pk.column)
        _execute_by_batch(f"DELETE FROM {table} WHERE {pk} IN ", ids)


def _execute_by_batch(sql: str, ids: list[int]) -> None:
    """``sql`` ending in ``IN ``, run for each batch of ``ids``."""
    with connection.cursor() as cursor:
        for start in range(0, len(ids), _BATCH):
            batch = ids[start : start + _BATCH]
            cursor.execute(f"{sql}({', '.join(['%s'] * len(batch))})", batch)


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


def _first_values(kept: list[Commitment | Evidence]) -> dict[tuple[type, int], Decimal | None]:
    """Each kept item's value when it was first stored (its history's first record): the
    machine's reading, before an editor corrected it. One query per kind."""
    values: dict[tuple[type, int], Decimal | None] = {}
    for model in (Commitment, Evidence):
        ids = [item.pk for item in kept if isinstance(item, model)]
        if ids:
            records = model.history.filter(id__in=ids, history_type="+").values_list("id", "value")
            values.update(((model, pk), value) for pk, value in records)
    return values


_UNKNOWN = object()  # a kept item whose first record is not found


def _same_place(
    item: ExtractedItem, other: Commitment | Evidence, first: dict[tuple[type, int], Any]
) -> bool:
    """A new suggestion repeating an item that is kept: same kind, same words or place, and
    the kept item's value, or the value it was first stored with (an editor corrected the
    machine's 300 to 320: reading 300 there again is the same reading, not a new one)."""
    same_kind = (item.kind == "commitment") == isinstance(other, Commitment)
    overlap = item.start < other.end and other.start < item.end
    same_value = item.value in (other.value, first.get((type(other), other.pk), _UNKNOWN))
    return same_kind and (overlap or item.quote == other.quote) and same_value


# What the machine reads into an item: a stored suggestion read again is the same item when
# the new reading has its kind and quote; these fields are then taken from the new reading.
_READ_FIELDS = (
    "quote", "start", "end", "subject", "indicator", "indicator_text", "measure", "comparator",
    "value", "value_max", "falls", "unit", "base_value", "base_unit", "period_text",
    "period_start", "period_end", "period_relative", "confidence", "anchor_lost",
)  # fmt: skip
_OWN_READ_FIELDS = {Commitment: ("kind", "deadline"), Evidence: ("is_cumulative",)}
_STATUS_FIELDS = ("suggested_status", "suggested_status_explanation", "status", "status_reason")


def _read_fields(model) -> tuple[str, ...]:
    return (*_READ_FIELDS, *_OWN_READ_FIELDS[model])


@functools.cache
def _read_columns(model) -> tuple[str, ...]:
    """The attributes holding ``_read_fields`` (``indicator_id`` for ``indicator``)."""
    return tuple(model._meta.get_field(name).attname for name in _read_fields(model))


def _reading(item: Commitment | Evidence) -> tuple:
    return tuple(getattr(item, attname) for attname in _read_columns(type(item)))


@dataclass
class _Plan:
    """What one article's new reading does to its stored suggestions."""

    inserted: list  # new items, unsaved
    changed: list  # (stored item, now holding the new reading; fields changed; reason)
    unchanged: list  # stored items read again as they are
    removed: list  # stored items the reading no longer makes

    @property
    def read_again(self) -> list:
        return [item for item, _fields, _reason in self.changed] + self.unchanged

    @property
    def made(self) -> list:
        return [*self.inserted, *self.read_again]


def _match(stored: list, wanted: list, today: date) -> _Plan:
    """Pair the new reading's items with the stored suggestions they repeat, so that those keep
    their rows (ids, permalinks): first the identical ones, then, among the rest, those of the
    same kind and quote (the words; their place may have moved with an edited paragraph),
    nearest place and fewest differences first. A pair's stored item takes the new values."""
    left = {(type(item), item.pk): item for item in stored}  # (a commitment's id may be an
    # evidence item's too)
    identical: dict[tuple, list] = {}
    for item in stored:
        identical.setdefault((type(item), _reading(item)), []).append(item)
    pairs, rest = [], []
    for item in wanted:
        same = identical.get((type(item), _reading(item)))
        if same:
            old = same.pop(0)
            pairs.append((left.pop((type(old), old.pk)), item))
        else:
            rest.append(item)
    options = sorted(
        (abs(old.start - item.start),
         sum(a != b for a, b in zip(_reading(old), _reading(item), strict=True)), index, key)
        for index, item in enumerate(rest)
        for key, old in left.items()
        if type(old) is type(item) and old.quote == item.quote
    )  # fmt: skip
    taken = set()
    for _distance, _differences, index, key in options:
        if index not in taken and key in left:
            taken.add(index)
            pairs.append((left.pop(key), rest[index]))
    inserted = [item for index, item in enumerate(rest) if index not in taken]
    plan = _Plan(inserted, [], [], list(left.values()))
    for old, item in pairs:
        fields, reason = _take_reading(old, item, today)
        if fields:
            plan.changed.append((old, fields, reason))
        else:
            plan.unchanged.append(old)
    return plan


def _take_reading(old: Commitment | Evidence, new: Commitment | Evidence, today: date):
    """Give a stored suggestion the new reading's values (and the status they suggest);
    return the fields that changed and the history's reason naming them."""
    model = type(old)
    fields = [
        name for name, attname in zip(_read_fields(model), _read_columns(model), strict=True)
        if getattr(old, attname) != getattr(new, attname)
    ]  # fmt: skip
    for name in fields:
        setattr(old, name, getattr(new, name))
    labels = "、".join(str(model._meta.get_field(name).verbose_name) for name in fields)
    if fields:
        old.search_text = new.search_text
        fields.append("search_text")
    if model is Commitment:
        fields += _apply_suggested_status(old, [], today)
    reason = _change_reason(f"机器重新提取：{labels}") if labels else "机器建议状态"
    return fields, reason


def _rewrite(plans: list[_Plan]) -> dict[tuple[type, str], list[int]]:
    """Update the suggestions read again with new values, a statement per kind, set of fields
    and batch; their history rows are written at the end of the run, one per item, as it then
    is (with its conflict note and revision). Return the ids by (model, history reason)."""
    groups: dict[tuple[type, tuple[str, ...]], list] = {}
    rewritten: dict[tuple[type, str], list[int]] = {}
    for plan in plans:
        for item, fields, reason in plan.changed:
            groups.setdefault((type(item), tuple(fields)), []).append(item)
            rewritten.setdefault((type(item), reason), []).append(item.pk)
    now = timezone.now()
    for (model, fields), items in groups.items():
        for item in items:
            item.updated_at = now
        for start in range(0, len(items), _BATCH):
            _update_rows(model, items[start : start + _BATCH], list(fields), now)
    return rewritten


def _quiet(rewritten: dict[tuple[type, str], list[int]], model) -> set[int]:
    """The items of ``model`` whose history row waits for the end of the run."""
    return {pk for (kind, _reason), pks in rewritten.items() if kind is model for pk in pks}


def _links_of(items: list) -> dict[tuple[int, int], tuple]:
    """The stored links of suggestions read again (all machine suggestions: an item with a
    link an editor decided on is kept as reviewed), by pair: (pk, relation, score,
    explanation)."""
    commitments = [item.pk for item in items if isinstance(item, Commitment)]
    evidence = [item.pk for item in items if isinstance(item, Evidence)]
    if not commitments and not evidence:
        return {}
    rows = Link.objects.filter(
        Q(commitment_id__in=commitments) | Q(evidence_id__in=evidence)
    ).order_by().values_list("pk", "commitment_id", "evidence_id", "relation", "score",
                             "explanation")  # fmt: skip
    return {(c, e): (pk, relation, score, explanation)
            for pk, c, e, relation, score, explanation in rows}  # fmt: skip


def _indicators_named(groups: list[set[str]]) -> dict[str, Indicator]:
    """The Indicator rows for canonical names (one set per article), created from the table
    when missing, the first article's first, as if they came one at a time. A name an editor
    merged into another indicator (now one of its aliases) finds that indicator."""
    names = set().union(*groups)
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
    missing = []
    for group in groups:
        missing += sorted(group - set(found) - set(missing))
    for name in missing:
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


# Decimal columns keep six places: new items hold their values as the database will return
# them, so that what is computed before and after the insert is the same.
_STORED_PLACES = Decimal("0.000001")
_WIDE = DecimalContext(prec=40)


def _as_stored(value: Decimal | None) -> Decimal | None:
    if value is None:
        return None
    return value.quantize(_STORED_PLACES, rounding=ROUND_HALF_UP, context=_WIDE)


def _document_places(articles: list[Article]) -> dict[int, str]:
    """Document id → its place, from the documents at hand (ingestion's) or one read."""
    places = {a.document_id: a.document.place for a in articles if Article.document.is_cached(a)}
    missing = {a.document_id for a in articles} - set(places)
    if missing:
        places.update(Document.objects.filter(pk__in=missing).values_list("pk", "place"))
    return places


def _new_item(
    article: Article, item: ExtractedItem, indicators: dict[str, Indicator], place: str = ""
) -> Commitment | Evidence:
    """An unsaved machine suggestion, with its search tokens (bulk inserts send no signals).

    A figure whose text names no place of its own is about its document's place (a work
    report's 全年地区生产总值增长5%左右 is the report's province's): the place is stored as its
    subject, so that it is shown, searched and compared like one the text named. A place
    named in the text is kept."""
    common = dict(
        article=article,
        quote=item.quote,
        start=item.start,
        end=item.end,
        subject=(item.subject or place)[:100],
        indicator=indicators.get(item.indicator) if item.indicator else None,
        indicator_text=item.indicator_text[:200],
        measure=item.measure,
        comparator=item.comparator,
        value=_as_stored(item.value),
        value_max=_as_stored(item.value_max),
        falls=item.falls,
        unit=item.unit[:20],
        base_value=_as_stored(item.base_value),
        base_unit=item.base_unit[:20],
        period_text=item.period_text[:100],
        period_start=item.period_start,
        period_end=item.period_end,
        period_relative=item.period_relative,
        confidence=item.confidence,
        review_state=ReviewState.SUGGESTED,
    )
    if item.kind == "commitment":
        new: Commitment | Evidence = Commitment(
            **common,
            kind=CommitmentKind.DELIVERABLE
            if item.commitment_kind == "deliverable"
            else CommitmentKind.NUMERIC,
            deadline=item.deadline,
        )
    else:
        new = Evidence(**common, is_cumulative=item.is_cumulative)
    new._change_reason = MACHINE_REASON
    new.search_text = item_search_text(new, connection.vendor)
    return new


_BATCH = 500


def _insert(model, items: list, reason: str) -> list:
    """Insert new items (or links) and their history rows, a statement per table and batch
    (simple_history's bulk_create_with_history, on databases that return the new ids)."""
    if not items:
        return []
    for item in items:
        item._change_reason = reason
    if not connection.features.can_return_rows_from_bulk_insert:
        return bulk_create_with_history(items, model, batch_size=_BATCH)
    with transaction.atomic(savepoint=False):
        model._default_manager.bulk_create(items, batch_size=_BATCH)
        record_history(model, [item.pk for item in items], CREATED, reason)
    return items


def _save_changed(
    model, items: Iterable, fields: list[str], reason: str, *, quiet: set[int] | None = None
) -> None:
    """Write the given fields of changed rows, with one history row each (but those in
    ``quiet``: theirs is written later). The rows are model instances or plain ones
    (``_Stored``) holding ``pk`` and each field's ``attname``: only those are read (a model
    instance per stored row cost more than the write)."""
    items = list(items)
    if not items:
        return
    now = timezone.now()
    for item in items:
        item.updated_at = now
        item._change_reason = reason
    with transaction.atomic(savepoint=False):  # bulk_update_with_history, without its cost
        for start in range(0, len(items), _BATCH):
            _update_rows(model, items[start : start + _BATCH], fields, now)
        record_history(
            model, [item.pk for item in items if not quiet or item.pk not in quiet], CHANGED,
            reason,
        )


def _update_rows(model, items: list, fields: list[str], now) -> None:
    """The UPDATE that ``bulk_update`` sends (each field set by a CASE on the id, and
    ``updated_at``), written directly: building it from expressions per row and field cost
    more than the statement itself."""
    quote, meta = connection.ops.quote_name, model._meta
    pk = quote(meta.pk.column)
    sets, params = [], []
    for name in fields:
        field = meta.get_field(name)
        cast = field.cast_db_type(connection)
        whens = " ".join([f"WHEN %s THEN CAST(%s AS {cast})"] * len(items))
        sets.append(f"{quote(field.column)} = CASE {pk} {whens} END")
        for item in items:
            params += [item.pk, field.get_db_prep_save(getattr(item, field.attname), connection)]
    updated = meta.get_field("updated_at")
    sets.append(f"{quote(updated.column)} = %s")
    params.append(updated.get_db_prep_save(now, connection))
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {quote(meta.db_table)} SET {', '.join(sets)} "
            f"WHERE {pk} IN ({', '.join(['%s'] * len(items))})",
            [*params, *(item.pk for item in items)],
        )


def _own_visible(model, kept: list, created: list) -> list:
    """The article's items that take part in linking (not rejected, with an indicator or
    words of their own: ``linking.figure_words``), newest first, as the database orders
    them."""
    items = [
        item
        for item in [*kept, *created]
        if isinstance(item, model)
        and (
            item.indicator_id is not None
            or linking.figure_words(item.quote[:60], item.indicator_text)
        )
        and item.review_state != ReviewState.REJECTED
    ]
    return sorted(items, key=lambda item: item.created_at, reverse=True)


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
        subject=item.subject,
        places=_places_of(item.article.places_named),
        falls=item.falls,
        indicator_text=item.indicator_text,
    )


def _places_of(names: str) -> frozenset[str]:
    return frozenset(names.split())


_FIGURE_COLUMNS = (
    "pk", "indicator_id", "measure", "comparator", "value", "value_max", "base_value",
    "base_unit", "unit", "period_start", "period_end", "article__published_on", "quote",
    "subject", "falls", "indicator_text", "article__places_named",
)  # fmt: skip


@functools.cache
def _visible_rows(model, columns: tuple[str, ...]):
    """The visible (not rejected) items of ``model``, newest first, as rows of ``columns``:
    built once, then narrowed per read."""
    return (
        model.objects.exclude(review_state=ReviewState.REJECTED)
        .order_by("-created_at")
        .values_list(*columns)
    )


def _candidate_figures(
    model, where: RawSQL, hidden: list[int], names: dict[int, str]
) -> list[tuple[int, int, linking.Figure]]:
    """(pk, indicator id, figure) of visible items matching ``where``, except those of the
    articles ``hidden`` (ids), newest first, read as plain rows (no model instances)."""
    extra = ("deadline", "kind") if model is Commitment else ("is_cumulative",)
    not_hidden = RawSQL(
        f"{_column(model, 'article')} NOT IN ({', '.join(['%s'] * len(hidden))})", hidden,
        output_field=BooleanField(),
    ) if hidden else Q()  # fmt: skip
    rows = _visible_rows(model, (*_FIGURE_COLUMNS, *extra)).filter(not_hidden, where)
    figures = []
    for row in rows:
        pk, indicator_id, measure, comparator, value, value_max, base_value = row[:7]
        base_unit, unit, start, end, published_on, quote, subject, falls, words = row[7:16]
        places, *rest = row[16:]
        if model is Commitment:
            (deadline, kind), cumulative = rest, False
        else:
            deadline, kind, (cumulative,) = None, "numeric", rest
        figures.append((pk, indicator_id, linking.Figure(
            indicator=names.get(indicator_id), measure=measure, comparator=comparator, value=value,
            value_max=value_max, base_value=base_value, base_unit=base_unit, unit=unit,
            period_start=start, period_end=end, is_cumulative=cumulative,
            published_on=published_on, deadline=deadline, kind=kind, quote=quote[:60],
            subject=subject, places=_places_of(places), falls=falls, indicator_text=words,
        )))  # fmt: skip
    return figures


def _link_key(indicator_id: int | None, figure: linking.Figure) -> int | str:
    """What a figure is paired on: its indicator, or, with none, its own words."""
    if indicator_id is not None:
        return indicator_id
    return linking.figure_words(figure.quote, figure.indicator_text)


def _identity(indicator_id: int | None, figure: linking.Figure) -> tuple:
    """The candidate read's conditions for what a figure measures: its indicator (and the
    base units it may pair with: ``linking.paired_units``), or, with none, no indicator, its
    base unit and the last two characters of its words (a superset of ``linking.relate``'s
    words: the rest is compared in Python)."""
    if indicator_id is not None:
        units = linking.paired_units(figure.base_unit)
        if units is None:
            return (("indicator_id", indicator_id),)
        return (("indicator_id", indicator_id), ("base_unit__in", units))
    words = linking.figure_words(figure.quote, figure.indicator_text)
    # The words are read in simplified characters; a stored quote may be in traditional ones:
    # the condition asks only for characters written the same in both (none, failing that).
    same = [words[i : i + 2] for i in range(len(words) - 2, -1, -1)] + list(words[::-1])
    written = next(
        (part for part in same if part and "◇" not in part and same_in_both_scripts(part)), ""
    )
    return (
        ("indicator_id", None),
        ("base_unit", figure.base_unit),
        ("quote__contains", written),
    )


def _windows(windows: list[tuple]) -> dict[tuple, set[linking.PeriodWindow]]:
    """The period windows (``linking.PeriodWindow``) per (indicator, measure), together."""
    merged: dict[tuple[int, str], set[linking.PeriodWindow]] = {}
    for indicator_id, measure, figure_windows in windows:
        merged.setdefault((indicator_id, measure), set()).update(figure_windows)
    return merged


def _by_window(figures: list[tuple[int, str, tuple, str]]) -> dict[tuple, set[str]]:
    """(indicator, measure, window) → the subjects of the figures asking for it."""
    grouped: dict[tuple, set[str]] = {}
    for indicator_id, measure, window, subject in figures:
        grouped.setdefault((indicator_id, measure, window), set()).add(subject)
    return grouped


# Python's whitespace (str.split), which linking.normalise_subject removes before comparing.
_WHITESPACE = "".join(
    chr(code) for code in (0x9, 0xA, 0xB, 0xC, 0xD, 0x1C, 0x1D, 0x1E, 0x1F, 0x20, 0x85, 0xA0,
                           0x1680, *range(0x2000, 0x200B), 0x2028, 0x2029, 0x202F, 0x205F, 0x3000)
)  # fmt: skip


def _compatible_subjects(model, subjects: set[str]) -> tuple[str, list]:
    """SQL (and its parameters) for the stored subjects that ``linking.subjects_compatible``
    may accept beside one of ``subjects`` (a superset: linking.relate still decides): any, if
    one of them is unknown (empty SQL); else an empty subject, a prefix or suffix of one of
    them, one that starts or ends with one of them, or one holding whitespace (compared
    without it). Written as the lookups Django would write, without building a Q per item."""
    names = {linking.normalise_subject(subject) for subject in subjects}
    if "" in names:
        return "", []
    column = _column(model, "subject")
    ops, operators = connection.ops, connection.operators

    def lookup(name: str) -> str:
        return f"{ops.lookup_cast(name, 'CharField') % column} {operators[name]}"

    parts = {""}
    conditions, params = [lookup("regex")], [f"[{_WHITESPACE}]"]
    for name in sorted(names):
        parts |= {name[:end] for end in range(1, len(name))}
        parts |= {name[start:] for start in range(len(name))}
        conditions += [lookup("startswith"), lookup("endswith")]
        like = ops.prep_for_like_query(name)
        params += [f"{like}%", f"%{like}"]
    conditions.append(f"{column} IN ({', '.join(['%s'] * len(parts))})")
    params += sorted(parts)
    return "(" + " OR ".join(conditions) + ")", params


def _column(model, name: str) -> str:
    return _quoted_column(connection.vendor, model, name)


@functools.cache
def _quoted_column(vendor: str, model, name: str) -> str:
    """``"table"."column"`` as ``vendor`` quotes it (cached: the candidate reads quote the same
    few columns some 70,000 times in an ingest of 1 MB)."""
    quote = connection.ops.quote_name
    return f"{quote(model._meta.db_table)}.{quote(model._meta.get_field(name).column)}"


def _any_of(model, groups: list[tuple[list[tuple[str, Any]], set[str] | None]]) -> RawSQL:
    """One condition for ``model``'s rows matching any group: each group's (field, value)
    pairs all equal (a value None: IS NULL; a (low, high) range under ``__range``, a lower
    bound under ``__gte``, an upper one under ``__lte``, a substring under ``__contains``)
    and, with subjects, a place that may
    be compatible with one of them. Raw SQL with parameters: building the same as Q objects,
    per target and per document, cost more than the read itself."""
    adapt = connection.ops.adapt_datefield_value
    clauses, params = [], []
    for equal, subjects in groups:
        parts = []
        for name, value in equal:
            field, _sep, how = name.partition("__")
            if how == "windows":
                sql, window_params = _period_windows(model, value)
                parts.append(sql)
                params += window_params
                continue
            column = _column(model, field)
            if how == "range":
                parts.append(f"{column} BETWEEN %s AND %s")
                params += [adapt(value[0]), adapt(value[1])]
            elif how in ("gte", "lte"):
                parts.append(f"{column} {'>=' if how == 'gte' else '<='} %s")
                params.append(adapt(value))
            elif how == "contains":
                columns = [column]
                if field == "quote":
                    # a figure's words may be the extractor's (linking.figure_words: a later
                    # member of a 分别 list), not its quote's
                    columns.append(_column(model, "indicator_text"))
                cast = connection.ops.lookup_cast("contains", "CharField")
                like = f"%{connection.ops.prep_for_like_query(value)}%"
                parts.append("(" + " OR ".join(
                    f"{cast % c} {connection.operators['contains']}" for c in columns
                ) + ")")  # fmt: skip
                params += [like] * len(columns)
            elif how == "in":
                parts.append(f"{column} IN ({', '.join(['%s'] * len(value))})")
                params += sorted(value)
            elif how == "isnull":
                parts.append(f"{column} IS {'' if value else 'NOT '}NULL")
            elif value is None:
                parts.append(f"{column} IS NULL")
            else:
                parts.append(f"{column} = %s")
                params.append(adapt(value) if isinstance(value, date) else value)
        if subjects is not None:
            sql, subject_params = _compatible_subjects(model, subjects)
            if sql:
                parts.append(sql)
                params += subject_params
        clauses.append("(" + " AND ".join(parts) + ")")
    return RawSQL("(" + " OR ".join(clauses) + ")", params, output_field=BooleanField())


def _period_windows(model, windows: tuple[linking.PeriodWindow, ...]) -> tuple[str, list]:
    """SQL (and its parameters) for the rows whose period one of ``windows`` admits, as
    ``linking.PeriodWindow.admits`` says (which stays the rule: this only chooses what it
    is shown)."""
    adapt = connection.ops.adapt_datefield_value
    start, end = _column(model, "period_start"), _column(model, "period_end")
    clauses, params = [], []
    for window in sorted(windows, key=lambda w: (w.end_from, w.end_to, str(w))):
        if window.end_to == date.max:
            parts = [f"{end} >= %s"]
            params.append(adapt(window.end_from))
        else:
            parts = [f"{end} BETWEEN %s AND %s"]
            params += [adapt(window.end_from), adapt(window.end_to)]
        if window.as_of:
            parts.append(f"({start} IS NULL OR {start} = {end})")
        if window.start_from is not None:
            parts.append(f"({start} IS NULL OR {start} >= %s)")
            params.append(adapt(window.start_from))
        if window.start_to is not None:
            parts.append(f"({start} IS NULL OR {start} <= %s)")
            params.append(adapt(window.start_to))
        clauses.append("(" + " AND ".join(parts) + ")")
    return "(" + " OR ".join(clauses) + ")", params


@dataclass(frozen=True)
class _Step:
    """One article of an extraction run, with its items that take part in linking."""

    article: Article
    commitments: list[Commitment]
    evidence: list[Evidence]


def _evidence_in_window(figure: linking.Figure, windows: set | None) -> bool:
    """What the candidate read asks of an evidence figure, for the windows of _windows()."""
    return (
        windows is not None
        and figure.base_value is not None
        and any(window.admits(figure.period_start, figure.period_end) for window in windows)
    )


def _commitment_in_window(figure: linking.Figure, windows: set | None) -> bool:
    """What the candidate read asks of a commitment figure, for the windows of _windows()."""
    return (
        windows is not None
        and figure.kind == CommitmentKind.NUMERIC
        and figure.base_value is not None
        and figure.period_start is not None
        and any(window.admits(figure.period_start, figure.period_end) for window in windows)
    )


def _suggest_links(
    steps: list[_Step],
    new_commitments: set[int],
    new_evidence: set[int],
    links_read_again: dict[tuple[int, int], tuple] | None = None,
) -> list[int]:
    """Suggest links between each article's items and the items of other articles that can
    speak to them (linking.relate decides; the windows only choose what it is shown); return
    the number of suggestions per article.

    The articles are taken in order, each seeing the stored items and those of the articles
    before it, as if each had been extracted alone; but the stored candidates and their links
    are read once, and the links written once, at the end (a suggestion that a later article's
    better one crowds out is written and deleted, with its history, as it would have been).
    ``new_commitments`` and ``new_evidence`` are the ids of the items this run inserted or
    read again: they have no stored links yet, or only ``links_read_again`` (``_links_of``),
    which count as gone until the same pair is suggested again (the row is then kept, and
    updated if the relation, score or explanation changed).
    """
    prepared = []
    names: dict[int, str] = {}
    for step in steps:
        targets = [(c, f, linking.outcome_windows(f))
                   for c in step.commitments for f in [_figure(c)]]
        outcomes = [(e, f, linking.target_windows(f)) for e in step.evidence for f in [_figure(e)]]
        items = [*step.commitments, *step.evidence]
        names.update({item.indicator_id: item.indicator.name for item in items
                      if item.indicator_id is not None})
        evidence_windows = _windows([(_link_key(c.indicator_id, f), c.measure, w)
                                     for c, f, w in targets if w])
        commitment_windows = _windows([(_link_key(e.indicator_id, f), e.measure, w)
                                       for e, f, w in outcomes if w])
        prepared.append((targets, outcomes, evidence_windows, commitment_windows))  # fmt: skip

    # The stored candidates of every article at once (this run's articles excepted: their
    # items are at hand), then each article's own share of them below. The database is asked
    # per target's window and place, so that the read does not grow with the database.
    batch = sorted(step.article.pk for step in steps)
    evidence_where = [
        ([*identity, ("measure", measure), ("base_value__isnull", False),
          ("period__windows", windows)], subjects)
        for (identity, measure, windows), subjects in _by_window(
            [(_identity(c.indicator_id, f), c.measure, w, f.subject)
             for p in prepared for c, f, w in p[0] if w]
        ).items()
    ]  # fmt: skip
    commitment_where = [
        ([*identity, ("measure", measure),
          ("kind", CommitmentKind.NUMERIC.value), ("base_value__isnull", False),
          ("period_start__isnull", False), ("period__windows", windows)], subjects)
        for (identity, measure, windows), subjects in _by_window(
            [(_identity(e.indicator_id, f), e.measure, w, f.subject)
             for p in prepared for e, f, w in p[1] if w]
        ).items()
    ]  # fmt: skip
    stored_evidence = (
        _candidate_figures(Evidence, _any_of(Evidence, evidence_where), batch, names)
        if evidence_where else []
    )  # fmt: skip
    stored_commitments = (
        _candidate_figures(Commitment, _any_of(Commitment, commitment_where), batch, names)
        if commitment_where else []
    )  # fmt: skip
    pairs_by_article = []
    for index, (targets, outcomes, evidence_windows, commitment_windows) in enumerate(prepared):
        earlier = prepared[:index][::-1]  # newest first, as the database orders them
        other_evidence = [
            *((e.pk, e.indicator_id, f) for p in earlier for e, f, _w in p[1]
              if _evidence_in_window(f, evidence_windows.get((_link_key(e.indicator_id, f),
                                                              e.measure)))),
            *((pk, i, f) for pk, i, f in stored_evidence
              if _evidence_in_window(f, evidence_windows.get((_link_key(i, f), f.measure)))),
        ]  # fmt: skip
        other_commitments = [
            *((c.pk, c.indicator_id, f) for p in earlier for c, f, _w in p[0]
              if _commitment_in_window(f, commitment_windows.get((_link_key(c.indicator_id, f),
                                                                  c.measure)))),
            *((pk, i, f) for pk, i, f in stored_commitments
              if _commitment_in_window(f, commitment_windows.get((_link_key(i, f), f.measure)))),
        ]  # fmt: skip
        pairs_by_article.append(_pairs(targets, outcomes, other_evidence, other_commitments))

    # Every link of the items paired: the editors' decisions, and the machine's suggestions
    # that the new ones compete with for the places under the cap.
    book = _LinkBook(
        {pair[0] for pairs in pairs_by_article for pair in pairs} - new_commitments,
        {pair[1] for pairs in pairs_by_article for pair in pairs} - new_evidence,
        links_read_again or {},
    )
    counts = [_settle(book, pairs) for pairs in pairs_by_article]
    book.write()
    return counts


@dataclass
class _BookLink:
    """A stored link as the cap ranks it, read as a plain row."""

    pk: int
    commitment_id: int
    evidence_id: int
    relation: str
    score: float
    explanation: str
    review_state: str
    target_end: date | None
    outcome_end: date | None
    outcome_published: date | None


class _LinkBook:
    """The links of the items one extraction run looks at, kept in memory while the run's
    articles are linked one after the other, and written at the end."""

    def __init__(
        self, commitment_ids: set[int], evidence_ids: set[int], earlier: dict | None = None
    ) -> None:
        # The links of suggestions read again: gone, unless the same pair is suggested again.
        self.earlier = dict(earlier or {})
        self.links: dict[tuple[int, int], Link | _BookLink] = {}
        self.by_commitment: dict[int, set[tuple[int, int]]] = {}
        self.by_evidence: dict[int, set[tuple[int, int]]] = {}
        self.created: list[Link] = []
        self.changed: dict[tuple[int, int], Link | _BookLink] = {}
        self.deleted: list[Link | _BookLink] = []
        if not commitment_ids and not evidence_ids:
            return
        # Links of items stored before this run only (the run's new items have none yet),
        # in no particular order (the book is keyed by pair).
        stored = Link.objects.filter(
            Q(commitment_id__in=commitment_ids) | Q(evidence_id__in=evidence_ids)
        ).order_by().values_list(
            "pk", "commitment_id", "evidence_id", "relation", "score", "explanation",
            "review_state", "commitment__period_end", "evidence__period_end",
            "evidence__article__published_on",
        )  # fmt: skip
        gone = {pk for pk, *_rest in self.earlier.values()}
        for row in stored:
            if row[0] not in gone:
                self._add(_BookLink(*row))

    def _add(self, link: Link | _BookLink) -> None:
        key = (link.commitment_id, link.evidence_id)
        self.links[key] = link
        self.by_commitment.setdefault(key[0], set()).add(key)
        self.by_evidence.setdefault(key[1], set()).add(key)

    def around(self, commitment_ids: set[int], evidence_ids: set[int]) -> dict:
        """The links of these commitments and evidence items."""
        keys = set()
        for pk in commitment_ids:
            keys |= self.by_commitment.get(pk, set())
        for pk in evidence_ids:
            keys |= self.by_evidence.get(pk, set())
        return {key: self.links[key] for key in keys}

    def create(self, link: Link, target_end, outcome: linking.Figure) -> None:
        link.target_end = target_end
        link.outcome_end = outcome.period_end
        link.outcome_published = outcome.published_on
        self.created.append(link)
        self._add(link)

    def delete(self, link: Link | _BookLink) -> None:
        key = (link.commitment_id, link.evidence_id)
        del self.links[key]
        self.by_commitment[key[0]].discard(key)
        self.by_evidence[key[1]].discard(key)
        self.deleted.append(link)

    def write(self) -> None:
        """Insert, update, then delete, so that each link's history reads as it happened. A
        new suggestion for the pair of a link read again keeps that link's row."""
        created, renewed = [], []
        for link in self.created:
            earlier = self.earlier.pop((link.commitment_id, link.evidence_id), None)
            if earlier is None:
                created.append(link)
                continue
            link.pk, link._state.adding = earlier[0], False
            if earlier[1:] != (link.relation, link.score, link.explanation):
                renewed.append(link)
        _insert(Link, created, MACHINE_LINK_REASON)
        fields = ["relation", "score", "explanation"]
        changed = [
            Link(pk=link.pk, **{name: getattr(link, name) for name in fields})
            if isinstance(link, _BookLink) else link
            for link in self.changed.values()
        ]  # fmt: skip
        _save_changed(Link, [*changed, *renewed], fields, MACHINE_LINK_REASON)
        _delete_suggestions(self.deleted)
        _delete_suggestions(
            [Link(pk=pk) for pk, *_rest in self.earlier.values()], "机器重新提取，不再建议此关联"
        )


_Pair = tuple[int, int, linking.LinkSuggestion, tuple, date | None, linking.Figure]


def _pairs(
    targets: list[tuple[Commitment, linking.Figure, tuple | None]],
    outcomes: list[tuple[Evidence, linking.Figure, tuple | None]],
    other_evidence: list[tuple[int, int, linking.Figure]],
    other_commitments: list[tuple[int, int, linking.Figure]],
) -> list[_Pair]:
    """One article's possible links, against the candidates it may see: (commitment id,
    evidence id, suggestion, rank, the target's period end, the evidence figure)."""
    evidence_by_indicator: dict[int | str, list[tuple[int, linking.Figure]]] = {}
    own_figures = [(e.pk, e.indicator_id, f) for e, f, _w in outcomes]
    for pk, indicator_id, figure in [*own_figures, *other_evidence]:
        evidence_by_indicator.setdefault(_link_key(indicator_id, figure), []).append((pk, figure))
    pairs: list[_Pair] = []
    for commitment, target, window in targets:
        if not window:
            continue  # relate() links this target to nothing
        key = _link_key(commitment.indicator_id, target)
        for pk, figure in evidence_by_indicator.get(key, ()):
            suggestion = linking.relate(target, figure)
            if suggestion is not None:
                rank = _rank(suggestion.score, target.period_end, figure, pk, commitment.pk)
                pairs.append((commitment.pk, pk, suggestion, rank, target.period_end, figure))
    for pk, indicator_id, target in other_commitments:
        key = _link_key(indicator_id, target)
        for item, figure, _w in outcomes:
            if _link_key(item.indicator_id, figure) == key:
                suggestion = linking.relate(target, figure)
                if suggestion is not None:
                    rank = _rank(suggestion.score, target.period_end, figure, item.pk, pk)
                    pairs.append((pk, item.pk, suggestion, rank, target.period_end, figure))
    return pairs


def _settle(book: _LinkBook, pairs: list[_Pair]) -> int:
    """One article's link suggestions (the best under the cap) entered in ``book``."""
    if not pairs:
        return 0
    existing = book.around({pair[0] for pair in pairs}, {pair[1] for pair in pairs})
    # The candidates for the cap: the suggestions standing and the new ones (a pair with an
    # editor's decision is neither: that decision stands and does not count).
    ranked: dict[tuple[int, int], tuple] = {
        key: _rank(link.score, link.target_end, _Ends(link.outcome_end, link.outcome_published),
                   link.evidence_id, link.commitment_id)
        for key, link in existing.items()
        if link.review_state == ReviewState.SUGGESTED
    }  # fmt: skip
    wanted_by_pair: dict[tuple[int, int], tuple] = {}
    for commitment_id, evidence_id, suggestion, rank, target_end, figure in pairs:
        link = existing.get((commitment_id, evidence_id))
        if link is not None and link.review_state != ReviewState.SUGGESTED:
            continue  # an editor's decision (accepted, edited or rejected) stands
        ranked[(commitment_id, evidence_id)] = rank
        wanted_by_pair[(commitment_id, evidence_id)] = (suggestion, target_end, figure)
    kept_pairs = _best_under_cap(ranked)

    count = 0
    for (commitment_id, evidence_id), (suggestion, target_end, figure) in wanted_by_pair.items():
        if (commitment_id, evidence_id) not in kept_pairs:
            continue
        link = existing.get((commitment_id, evidence_id))
        count += 1
        wanted = (suggestion.relation, suggestion.score, suggestion.explanation[:500])
        if link is None:
            link = Link(
                commitment_id=commitment_id,
                evidence_id=evidence_id,
                relation=wanted[0],
                score=wanted[1],
                explanation=wanted[2],
                review_state=ReviewState.SUGGESTED,
            )
            link._change_reason = MACHINE_LINK_REASON
            book.create(link, target_end, figure)
        elif (link.relation, link.score, link.explanation) != wanted:
            link.relation, link.score, link.explanation = wanted
            book.changed[(commitment_id, evidence_id)] = link
    for key in ranked.keys() - kept_pairs:
        if key in existing:
            book.delete(existing[key])
    return count


def _delete_suggestions(links: list, reason: str = "机器建议被更好的建议取代") -> None:
    """Delete machine suggestions crowded out by better ones (or no longer made), with a
    history row each, in one statement per table (a plain delete would save each history
    row alone)."""
    if not links:
        return
    pks = [link.pk for link in links]
    record_history(Link, pks, DELETED, reason)
    # Only unreviewed suggestions, and nothing refers to a link: no cascade, no signal
    # needed, so one plain DELETE (QuerySet.delete() would collect and signal each row).
    table = connection.ops.quote_name(Link._meta.db_table)
    pk = connection.ops.quote_name(Link._meta.pk.column)
    state = connection.ops.quote_name(Link._meta.get_field("review_state").column)
    with connection.cursor() as cursor:
        cursor.execute(
            f"DELETE FROM {table} WHERE {state} = %s AND {pk} IN ({', '.join(['%s'] * len(pks))})",
            [ReviewState.SUGGESTED.value, *pks],
        )


# Each commitment keeps at most this many machine-suggested links, and each evidence item
# links to at most this many commitments: the best by score, then the nearest period, then
# the newest evidence. Links an editor decided on are neither removed nor counted.
SUGGESTED_LINKS_CAP = 5


@dataclass(frozen=True)
class _Ends:
    """The part of an evidence figure that ranks a stored link."""

    period_end: date | None
    published_on: date | None


def _rank(
    score: float,
    target_end: date | None,
    outcome: linking.Figure | _Ends,
    evidence_id: int,
    commitment_id: int,
) -> tuple:
    """Sort key of a suggested link, best first: score, nearest period, newest evidence."""
    if target_end is None or outcome.period_end is None:
        distance = 10**6
    else:
        distance = abs((target_end - outcome.period_end).days)
    published = outcome.published_on.toordinal() if outcome.published_on else 0
    return (-round(score, 4), distance, -published, -evidence_id, commitment_id)


def _best_under_cap(ranked: dict[tuple[int, int], tuple]) -> set[tuple[int, int]]:
    """The (commitment, evidence) pairs kept, best first, while neither side is full."""
    per_commitment: dict[int, int] = {}
    per_evidence: dict[int, int] = {}
    kept = set()
    for commitment_id, evidence_id in sorted(ranked, key=ranked.__getitem__):
        if (
            per_commitment.get(commitment_id, 0) < SUGGESTED_LINKS_CAP
            and per_evidence.get(evidence_id, 0) < SUGGESTED_LINKS_CAP
        ):
            per_commitment[commitment_id] = per_commitment.get(commitment_id, 0) + 1
            per_evidence[evidence_id] = per_evidence.get(evidence_id, 0) + 1
            kept.add((commitment_id, evidence_id))
    return kept


def _same_figure_key(item) -> tuple:
    return (item.indicator_id, item.period_start, item.period_end, item.measure)


@dataclass
class _Stored:
    """A stored item as conflicts and revisions compare it, read as a plain row (a model
    instance, with its article and document, cost more than the comparison)."""

    pk: int
    article_id: int
    indicator_id: int
    period_start: date | None
    period_end: date | None
    measure: str
    review_state: str
    figure: linking.Figure
    value: Decimal | None
    unit: str
    label: str  # the article's title, or its document's name
    conflict_note: str = ""
    revises_id: int | None = None
    falls: bool = False

    @property
    def is_reviewed(self) -> bool:
        return self.review_state in REVIEWED_STATES


_SAME_FIGURE_COLUMNS = (
    "pk", "article_id", "indicator_id", "indicator__name", "measure", "comparator", "value",
    "value_max", "base_value", "base_unit", "unit", "period_start", "period_end",
    "article__published_on", "quote", "subject", "review_state", "falls",
    "article__places_named",
)  # fmt: skip


def _same_figure(model, own: list, *, places: bool = False) -> dict[tuple, list]:
    """Visible items with the indicator, period and measure of one of ``own``, grouped by
    them, newest first; ``own``'s rows are its instances, the others ``_Stored`` rows. With
    ``places``, only those whose place may be compatible with one of ``own``'s in their group
    (conflicts are between figures about compatible places; revisions need no place)."""
    # Only these groups are ever looked at: ask for them alone, not for every figure of the
    # indicators and period ends (which grows with the database).
    keys: dict[tuple, set[str]] = {}
    for item in own:
        # (a figure with no indicator, linked by its words, is never a conflict or revision)
        if item.period_end is not None and item.indicator_id is not None:
            keys.setdefault(_same_figure_key(item), set()).add(item.subject)
    if not keys:
        return {}  # a conflict or revision needs a period end
    mine = {item.pk: item for item in own}
    extra = (
        ("is_cumulative", "conflict_note", "article__title", "article__document__name")
        if model is Evidence
        else ("deadline", "kind", "revises_id", "article__title")
    )
    where = _any_of(model, [
        ([("indicator_id", indicator_id), ("period_start", start), ("period_end", end),
          ("measure", measure)], subjects if places else None)
        for (indicator_id, start, end, measure), subjects in sorted(
            keys.items(), key=lambda group: str(group[0])
        )
    ])  # fmt: skip
    rows = _visible_rows(model, (*_SAME_FIGURE_COLUMNS, *extra)).filter(where)
    found: dict[tuple, list] = {}
    for row in rows:
        other = mine.get(row[0]) or _stored(model, row)
        found.setdefault(_same_figure_key(other), []).append(other)
    return found


def _stored(model, row: tuple) -> _Stored:
    pk, article_id, indicator_id, indicator, measure, comparator, value, value_max = row[:8]
    base_value, base_unit, unit, start, end, published_on, quote, subject = row[8:16]
    review_state, falls, places, *rest = row[16:]
    note, revises_id = "", None
    if model is Evidence:
        cumulative, note, title, document = rest
        deadline, kind, label = None, "numeric", title or document
    else:
        deadline, kind, revises_id, label = rest
        cumulative = False
    figure = linking.Figure(
        indicator=indicator, measure=measure, comparator=comparator, value=value,
        value_max=value_max, base_value=base_value, base_unit=base_unit, unit=unit,
        period_start=start, period_end=end, is_cumulative=cumulative,
        published_on=published_on, deadline=deadline, kind=kind, quote=quote[:60],
        subject=subject, places=_places_of(places), falls=falls,
    )  # fmt: skip
    return _Stored(
        pk, article_id, indicator_id, start, end, measure, review_state, figure, value, unit,
        label, note, revises_id, falls,
    )  # fmt: skip


def _figure_of(item) -> linking.Figure:
    return item.figure if isinstance(item, _Stored) else _figure(item)


# A conflict note names at most this many other figures, then says how many more there are.
CONFLICT_NOTE_NAMES = 3


def _conflict_note(others: list) -> str:
    def label(other) -> tuple:
        if isinstance(other, _Stored):
            return other.label, other.figure.published_on
        return other.article.title or other.article.document.name, other.article.published_on

    named = "、".join(
        f"《{title}》（{published_on or '日期未知'}，证据 #{other.pk}）的数值 "
        f"{'下降' if other.falls else ''}{other.value}{other.unit}"
        for other in others[:CONFLICT_NOTE_NAMES]
        for title, published_on in [label(other)]
    )
    more = len(others) - CONFLICT_NOTE_NAMES
    return f"与{named}{f'等（另有 {more} 条）' if more > 0 else ''}不一致，请核实。"[:500]


def _mark_conflicts(
    steps: list[_Step], *, fresh: list[Evidence] = (), quiet: dict | None = None
) -> None:
    """Flag evidence giving another value for the same indicator, measure, period and place.

    The article's figures get a note naming the others (the newest few); an earlier figure
    gets one naming this article's only if it has none yet, so that each new figure costs a
    bounded number of writes however many figures disagree with it. The articles are taken
    in order, each seeing the articles before it; the figures are read and written once.

    ``fresh`` are suggestions read again: their notes are made again from nothing, as a new
    suggestion's would be, and written only where they differ from what they hold."""
    was = {item.pk: (item, item.conflict_note) for item in fresh}
    for item in fresh:
        item.conflict_note = ""
    candidates = _same_figure(
        Evidence, [item for step in steps for item in step.evidence], places=True
    )
    changed: dict[int, Evidence] = {}
    for index, step in enumerate(steps):
        unseen = {later.article.pk for later in steps[index + 1 :]}
        mine = {item.pk for item in step.evidence}
        for item in step.evidence:
            figure = _figure(item)
            others = [
                other
                for other in candidates.get(_same_figure_key(item), ())
                if other.pk != item.pk
                and other.article_id not in unseen
                and linking.is_conflict(figure, _figure_of(other))
            ]
            if not others:
                continue
            if not (item.conflict_note and item.is_reviewed):  # an editor's note stands
                note = _conflict_note(others)
                if item.conflict_note != note:
                    item.conflict_note = note
                    changed[item.pk] = item
            for other in others:
                if other.pk not in mine and not other.conflict_note and other.pk not in changed:
                    other.conflict_note = _conflict_note([item])
                    changed[other.pk] = other
    _save_changed(
        Evidence, _differing(changed, was, "conflict_note"), ["conflict_note"], "机器发现数据冲突",
        quiet=_quiet(quiet or {}, Evidence),
    )


def _differing(changed: dict[int, Any], was: dict[int, tuple[Any, Any]], attname: str) -> list:
    """The rows to write: those changed, and those made again from nothing (``was``: pk →
    (row, what it held)), except where they end holding what they held."""
    rows = {
        pk: row for pk, row in changed.items()
        if pk not in was or getattr(row, attname) != was[pk][1]
    }  # fmt: skip
    for pk, (row, held) in was.items():
        if getattr(row, attname) != held:
            rows[pk] = row
    return list(rows.values())


@dataclass
class _Revising:
    """A stored commitment's revision, as ``_save_changed`` writes it."""

    pk: int
    revises_id: int | None


def _mark_revisions(
    steps: list[_Step], *, fresh: list[Commitment] = (), quiet: dict | None = None
) -> None:
    """A later commitment restating an earlier target with a new value revises it. The
    articles are taken in order, each seeing the articles before it (not its own).

    ``fresh`` are suggestions read again: what they revise, and which commitments (not an
    editor's edited or rejected ones) revise them, are found again from nothing, as for a
    new suggestion, and written only where they differ from what is stored."""
    was: dict[int, tuple[Any, int | None]] = {item.pk: (item, item.revises_id) for item in fresh}
    for item in fresh:
        item.revises_id = None
    candidates = _same_figure(Commitment, [item for step in steps for item in step.commitments])
    fresh_ids = {item.pk for item in fresh}
    keep_theirs = (ReviewState.EDITED, ReviewState.REJECTED)
    for group in candidates.values():
        for other in group:
            if (other.revises_id in fresh_ids and other.pk not in was
                    and other.review_state not in keep_theirs):  # fmt: skip
                was[other.pk] = (other, other.revises_id)
                other.revises_id = None
    if fresh_ids:
        revising = Commitment.objects.filter(revises_id__in=fresh_ids).exclude(
            review_state__in=keep_theirs
        )
        for pk, revises_id in revising.values_list("pk", "revises_id"):
            if pk not in was:  # (no longer the same figure: it revises nothing now)
                was[pk] = (_Revising(pk, None), revises_id)
    changed: dict[int, Commitment] = {}
    for index, step in enumerate(steps):
        hidden = {later.article.pk for later in steps[index:]}
        for item in step.commitments:
            for other in candidates.get(_same_figure_key(item), ()):
                if other.article_id in hidden:
                    continue
                for earlier, later in ((other, item), (item, other)):
                    if later.revises_id is not None or later.review_state == ReviewState.EDITED:
                        continue
                    if linking.is_revision(_figure_of(earlier), _figure_of(later)):
                        later.revises_id = earlier.pk
                        changed[later.pk] = later
    _save_changed(
        Commitment, _differing(changed, was, "revises_id"), ["revises"],
        "机器发现：后来的文章以新数值重申此目标", quiet=_quiet(quiet or {}, Commitment),
    )


def _refresh_statuses_touched(kept: list[Commitment | Evidence], today: date) -> None:
    """``refresh_commitment_status`` for the commitments whose suggested status this extraction
    may change: the articles' kept ones, and those editors linked to their kept evidence (an
    article's date may have moved). New items have no reviewed link yet, and the machine's
    own suggestions do not count. Read and written together (a save each cost more than the
    status itself)."""
    if not kept:
        return
    commitments = [item.pk for item in kept if isinstance(item, Commitment)]
    evidence = [item.pk for item in kept if isinstance(item, Evidence)]
    # The ids first, then the rows by id: ORed with the linked ones (through a join or a
    # subquery), the article's own ids made PostgreSQL read every commitment (0.1–0.2 s per
    # article at 100,000 commitments).
    linked = Link.objects.filter(evidence_id__in=evidence, review_state__in=REVIEWED_STATES)
    ids = set(commitments) | set(linked.values_list("commitment_id", flat=True))
    if not ids:
        return
    accepted: dict[int, list[tuple[str, linking.Figure]]] = {}
    for link in _accepted_links(Link.objects.filter(commitment_id__in=ids)):
        accepted.setdefault(link.commitment_id, []).append((link.relation, _figure(link.evidence)))
    changed: dict[tuple[str, ...], list[Commitment]] = {}
    for commitment in Commitment.objects.filter(pk__in=ids).select_related("article", "indicator"):
        fields = _apply_suggested_status(commitment, accepted.get(commitment.pk, []), today)
        if fields:
            changed.setdefault(tuple(fields), []).append(commitment)
    for fields, group in changed.items():
        _save_changed(Commitment, group, list(fields), "机器建议状态")


def _accepted_links(links):
    """The links a commitment's suggested status follows (an editor's, to visible evidence)."""
    return (
        links.filter(review_state__in=REVIEWED_STATES)
        .exclude(evidence__review_state=ReviewState.REJECTED)
        .select_related("evidence", "evidence__article", "evidence__indicator")
    )


def _apply_suggested_status(
    commitment: Commitment, figures: list[tuple[str, linking.Figure]], today: date
) -> list[str]:
    """Set the machine's suggested status (and the public one, while the machine decides it)
    from the accepted links' figures; return the fields that changed."""
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
    return fields


def refresh_commitment_status(*, commitment: Commitment, today: date | None = None) -> Commitment:
    """Recompute the machine's suggested status from the commitment's accepted links.

    ``suggested_status`` and its explanation are always refreshed; the public ``status``
    follows them only while ``status_source`` is "machine" (an editor's status always wins).
    """
    today = today or timezone.localdate()
    accepted = _accepted_links(commitment.links.all())
    figures = [(link.relation, _figure(link.evidence)) for link in accepted]
    fields = _apply_suggested_status(commitment, figures, today)
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

EDITOR_GROUP = "editor"
# (app_label, model, actions): exactly what the editors' work needs. No delete anywhere (a
# rejected item is kept and marked), no user administration; of a document, only its place
# can be changed (the admin shows the rest read-only).
EDITOR_PERMISSIONS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("tracker", "commitment", ("view", "add", "change")),
    ("tracker", "evidence", ("view", "add", "change")),
    ("tracker", "link", ("view", "add", "change")),
    ("tracker", "indicator", ("view", "add", "change")),
    ("articles", "article", ("view", "add", "change")),
    ("articles", "document", ("view", "change")),
)
# Fields of a commitment or evidence item an editor may correct. Changing any of them turns a
# machine suggestion into an "edited" item that extraction never overwrites.
ITEM_EDITABLE_FIELDS = (
    "subject", "indicator", "indicator_text", "measure", "falls", "comparator", "value",
    "value_max", "unit", "base_value", "base_unit", "period_text", "period_start",
    "period_end", "period_relative", "editor_note",
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


def restore_version(*, item: Commitment | Evidence, version: Any, user: Any) -> list[str]:
    """Write an old version's editable fields back as ``user``'s edit, through ``update_item``,
    and a commitment's status, when an editor's differs, through ``set_status`` (the version's
    reason kept after the restore's): the restore is new versions in the history, in one
    transaction, and the item stays (or becomes) an editor's.

    Returns the labels of what was put back (the status as 状态（<its label>）); none when the
    version equals the current values. Ids, the quote and machine provenance are never
    restored (they are not editable).
    """
    if version.id != item.pk:
        raise ValueError(f"Version {version.history_id} is not a version of item {item.pk}")
    changes: dict[str, Any] = {}
    for name in editable_fields(type(item)):
        field = item._meta.get_field(name)
        was = getattr(version, field.attname)
        if was == getattr(item, field.attname):
            continue
        if field.many_to_one and was is not None:
            # Compared by id above; update_item takes the object itself.
            was = field.related_model._default_manager.filter(pk=was).first()
            if was is None:
                raise ValidationError(
                    f"这一版本的“{field.verbose_name}”已不存在（可能已合并或删除），无法恢复。")
        changes[name] = was
    # Only the status is compared: the same status with another reason is no status change.
    # A status the machine still decides is left to it (restoring one would freeze a figure
    # the evidence has since moved on from); an editor's is put back.
    status_back = (isinstance(item, Commitment) and item.status_source == StatusSource.EDITOR
                   and version.status != item.status)
    if not changes and not status_back:
        return []
    labels = [str(item._meta.get_field(name).verbose_name) for name in changes]
    when = timezone.localtime(version.history_date).strftime("%Y-%m-%d %H:%M:%S")
    reason = f"恢复为 {when} 的版本"
    with transaction.atomic():
        if changes:
            update_item(item=item, changes=changes, user=user,
                        reason=f"{reason}：{'、'.join(labels)}")
        if status_back:
            was_reason = version.status_reason.strip()
            set_status(commitment=item, status=version.status, user=user,
                       reason=f"{reason}：{was_reason}" if was_reason else reason)
            labels.append(f"状态（{Status(item.status).label}）")
    return labels


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
        keep.aliases = _merged_aliases(keep, others)
        _save_with_history(keep, user=user, reason=reason)  # its rows found by the new aliases
        # The rows that move are found by keep's names instead of their old indicator's (the
        # move below is a bulk update, which sends no signal).
        store_indicator_names(indicator=keep, moved_from=[other.pk for other in others])
        for model in (Commitment, Evidence):
            items = list(model.objects.filter(indicator__in=others))
            for item in items:
                item.indicator = keep
            bulk_update_with_history(
                items, model, ["indicator"], batch_size=500,
                default_user=user, default_change_reason=reason,
            )
        for other in others:
            other._history_user = user
            other._change_reason = reason
            other.delete()
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
