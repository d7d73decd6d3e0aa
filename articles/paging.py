"""Reading one page of a long list cheaply (articles' list, and the tracker's lists and API)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from operator import attrgetter, itemgetter
from typing import Any

from django.db.models import QuerySet
from django.http import QueryDict


def rows_between(
    queryset: QuerySet, start: int, stop: int, pk_of: Callable[[Any], int] | None = None,
    *, rows: QuerySet | Callable[[list], Iterable] | None = None,
) -> list:
    """``queryset[start:stop]`` in two queries: the ids first, which the database reads from
    the sort's index alone, then those rows, whole, with their annotations. In one query the
    database would read every row an offset skips (and compute its annotations, such as a
    subquery per row), or, planning for the whole table, compute them for all rows at once.
    ``pk_of`` reads a row's id (a tuple's place, for a values_list; by default a model's pk,
    or a dict's "pk" when ``rows`` are given).

    ``rows``, a values() or values_list() queryset of the rows ``queryset`` filters, reads
    them instead: the columns a page shows, their joins (article__title) made for those
    rows only, not for the ids' query (nor for a count of the queryset). Built once by the
    caller, its columns are not resolved again on each request, nor are the page's filters,
    which the ids already obey, compiled a second time: some 1,600 calls of a list page.
    ``rows`` may also be a function giving the rows of a list of ids (as the tracker's
    compiled_rows_by_ids does, its statement compiled once per number of ids)."""
    ids = list(queryset.values_list("pk", flat=True)[start:stop])
    if not ids:
        return []
    if rows is None:
        rows, pk_of = queryset.order_by(), pk_of or attrgetter("pk")
    else:
        pk_of = pk_of or itemgetter("pk")
    found = {pk_of(row): row for row in (rows(ids) if callable(rows) else rows.filter(pk__in=ids))}
    return [found[pk] for pk in ids if pk in found]


def query_without(query: QueryDict, *names: str) -> str:
    """The query string of ``query`` without ``names``: what a list's page links keep of its
    filters (each link adds its own page number). Made from the lists of values as they are:
    QueryDict.copy() deep-copies each of them, some 200 calls a request."""
    kept = QueryDict(mutable=True)
    for name, values in query.lists():
        if name not in names:
            kept.setlist(name, values)
    return kept.urlencode()
