"""History rows (django-simple-history) written by the database, for bulk writes.

simple_history writes a history row on each ``save()``; bulk inserts, updates and deletes send
no signals, so ingestion and extraction record their history here instead: one
``INSERT … SELECT`` per batch copies the rows as they now are into the history table, the rows
simple_history would have written, without building and sending every value from Python.
"""

from __future__ import annotations

import functools

from django.db import connection
from django.utils import timezone
from simple_history.utils import get_history_manager_for_model

CREATED, CHANGED, DELETED = "+", "~", "-"  # simple_history's history_type values
_BATCH = 500


@functools.cache
def history_model(model):
    """The model's history model. simple_history builds a new manager class on every
    ``Model.history`` (its bulk helpers too), which costs more than a small insert, and on
    a public page more than the query it reads the history with (some 1,200 calls)."""
    return get_history_manager_for_model(model).model


def record_history(model, pks: list[int], history_type: str, reason: str | None) -> None:
    """One history row for each row ``pks`` of ``model`` as it now is (``history_type``
    CREATED, CHANGED, or DELETED just before the delete), with ``reason`` as the change
    reason and no user, in one statement per batch of rows."""
    history = history_model(model)
    quote = connection.ops.quote_name
    columns = ", ".join(quote(field.column) for field in history.tracked_fields)
    when = connection.ops.adapt_datetimefield_value(timezone.now())
    pk = quote(model._meta.pk.column)
    for start in range(0, len(pks), _BATCH):
        batch = pks[start : start + _BATCH]
        with connection.cursor() as cursor:
            cursor.execute(
                f"INSERT INTO {quote(history._meta.db_table)} ({columns}, history_date, "
                "history_change_reason, history_type, history_user_id) "
                f"SELECT {columns}, %s, %s, %s, NULL FROM {quote(model._meta.db_table)} "
                f"WHERE {pk} IN ({', '.join(['%s'] * len(batch))}) ORDER BY {pk}",
                [when, reason, history_type, *batch],
            )
