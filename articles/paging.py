"""Reading one page of a long list cheaply (articles' list, and the tracker's lists and API)."""

from __future__ import annotations

from collections.abc import Callable
from operator import attrgetter
from typing import Any

from django.db.models import QuerySet


def rows_between(
    queryset: QuerySet, start: int, stop: int, pk_of: Callable[[Any], int] = attrgetter("pk")
) -> list:
    """``queryset[start:stop]`` in two queries: the ids first, which the database reads from
    the sort's index alone, then those rows, whole, with their annotations. In one query the
    database would read every row an offset skips (and compute its annotations, such as a
    subquery per row), or, planning for the whole table, compute them for all rows at once.
    ``pk_of`` reads a row's id (a tuple's place, for a values_list)."""
    ids = list(queryset.values_list("pk", flat=True)[start:stop])
    if not ids:
        return []
    found = {pk_of(row): row for row in queryset.filter(pk__in=ids).order_by()}
    return [found[pk] for pk in ids if pk in found]
