"""Reading one page of a long list cheaply (articles' list, and the tracker's lists and API)."""

from __future__ import annotations

from django.db.models import QuerySet


def rows_between(queryset: QuerySet, start: int, stop: int) -> list:
    """``queryset[start:stop]`` in two queries: the ids first, which the database reads from
    the sort's index alone, then those rows, whole, with their annotations. In one query the
    database would read every row an offset skips (and compute its annotations, such as a
    subquery per row), or, planning for the whole table, compute them for all rows at once."""
    ids = list(queryset.values_list("pk", flat=True)[start:stop])
    if not ids:
        return []
    found = {row.pk: row for row in queryset.filter(pk__in=ids).order_by()}
    return [found[pk] for pk in ids if pk in found]
