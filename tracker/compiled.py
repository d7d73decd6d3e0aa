"""Rows of a values() or values_list() queryset by one column's value, the SQL compiled by
Django once.

Compiling a query is the ORM's work in Python, on every request: for the API's record by id
(thirty-odd columns of one table) it cost more than the database's lookup by primary key, and
for an article's highlights (two reads of an article's rows) more than the rest of the page's
view. ``compiled_by_id`` has Django compile ``queryset.get(pk=…)``'s statement, and
``compiled_rows`` the statement of ``queryset.filter(<column>=…)``, once per database, and
then send it with each value on Django's own cursor: the queryset's filters (records()' and
visible()'s rules of what is public) stay written in one place, and query logging,
CaptureQueriesContext and assertNumQueries see the statement as they see the ORM's.

It uses the SQL compiler's as_sql, select, col_count, has_composite_fields, get_converters
and apply_converters, Query.get_meta and get()'s MAX_GET_RESULTS: names without an underscore
but not in Django's documentation, used here as Django's own get() and ValuesListIterable use
them (tests/test_compiled.py checks rows and statements against get() and filter() on SQLite
and PostgreSQL, so an upgrade that changes them fails there).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from django.db import connections
from django.db.models import QuerySet
from django.db.models.query import MAX_GET_RESULTS

# A list's page sizes seen most recently (a site's own pages use one or two, and a last page).
MAX_STATEMENTS_BY_COUNT = 32


def compiled_by_id(queryset: QuerySet) -> Callable[[Any], tuple]:
    """What ``queryset.get(pk=pk)`` returns for a values_list() queryset (a tuple of its
    columns, or the model's DoesNotExist / MultipleObjectsReturned), the statement compiled
    once per database alias rather than on every call. Only for a queryset whose rows are
    tuples (values_list(), not flat or named) and a model with a one-column primary key."""
    model = queryset.model
    # get()'s own statement: no ordering, at most MAX_GET_RESULTS rows.
    rows_by_id = Statement(
        queryset, "pk", 1, lambda pk: queryset.filter(pk=pk).order_by()[:MAX_GET_RESULTS]
    )

    def get(pk: Any) -> tuple:
        rows = rows_by_id.rows(pk)
        if len(rows) == 1:
            return rows[0]
        if not rows:
            raise model.DoesNotExist(f"{model.__name__} matching query does not exist.")
        raise model.MultipleObjectsReturned(f"get() returned more than one {model.__name__}.")

    return get


def compiled_rows(queryset: QuerySet, column: str) -> Callable[[Any], list[dict]]:
    """What ``list(queryset.filter(<column>=value))`` returns for a values() queryset (a dict
    per row, keyed as values() keys it), the statement compiled once per database alias
    rather than on every call: for a page that reads the rows of one parent by its id (an
    article's highlights by article_id). ``column`` is a concrete field of the model (its
    name or, for a foreign key, its attname)."""
    statement = Statement(queryset, column, 1, lambda value: queryset.filter(**{column: value}))
    return statement.dicts


def compiled_rows_by_ids(
    queryset: QuerySet, *, tuples: bool = False
) -> Callable[[list], list[dict] | list[tuple]]:
    """What ``list(queryset.filter(pk__in=ids))`` returns for a values() queryset (or, with
    ``tuples``, a values_list() one), the statement compiled once per number of ids and
    database alias rather than on every call: a list's page of rows read by id
    (articles.paging.rows_between), whose pages all hold the same number of rows but the
    last. The statements kept are bounded: the API's page_size lets a client ask for any
    number of ids up to its maximum."""

    @functools.lru_cache(maxsize=MAX_STATEMENTS_BY_COUNT)
    def statement_for(count: int) -> Statement:
        return Statement(queryset, "pk", count, lambda *pks: queryset.filter(pk__in=pks))

    def rows(ids: list) -> list[dict] | list[tuple]:
        if not ids:
            return []
        statement = statement_for(len(ids))
        return statement.rows(*ids) if tuples else statement.dicts(*ids)

    rows.cache_info = statement_for.cache_info  # how many statements are kept

    return rows


def compiled_all(queryset: QuerySet) -> Callable[[], list[dict]]:
    """What ``list(queryset)`` returns for a values() queryset that takes nothing from the
    request (a feed's newest rows, sliced), the statement compiled once per database alias
    rather than on every call."""
    statement = Statement(queryset, None, 0, lambda: queryset)
    return statement.dicts


class Statement:
    """The statement of ``shaped(*values)`` for a queryset of tuples (values() or
    values_list()), compiled once per database alias, with the ``count`` parameters that are
    the values of ``column``: compiled for two sets of values, the parameters that differ.
    An integer the column cannot hold matches no row, as the ORM's exact lookup reads it
    (IntegerFieldOverflow) rather than sending it. Without a ``column`` (and values), the
    statement of the queryset itself."""

    def __init__(
        self, queryset: QuerySet, column: str | None, count: int, shaped: Callable[..., QuerySet]
    ):
        self.queryset = queryset
        meta = queryset.query.get_meta()
        self.field = None
        if column is not None:
            self.field = meta.pk if column == "pk" else meta.get_field(column)
            # The column an integer must fit: a foreign key's is the key it points to.
            self.integer_field = getattr(self.field, "target_field", self.field)
        self.count = count
        self.shaped = shaped
        self.compiled: dict[str, tuple] = {}

    def compile_for(self, alias: str) -> tuple:
        name = self.queryset.model.__name__
        tries = [range(1, self.count + 1), range(self.count + 1, 2 * self.count + 1)]
        compilers = [self.shaped(*values).query.get_compiler(alias) for values in tries]
        (sql, first), (other_sql, second) = (compiler.as_sql() for compiler in compilers)
        changed = [i for i, (a, b) in enumerate(zip(first, second, strict=True)) if a != b]
        if sql != other_sql or len(changed) != self.count:
            raise ValueError(f"{name}: the query has not one parameter for each value.")
        compiler = compilers[0]
        select = compiler.select[: compiler.col_count]
        columns = [expression for expression, _sql, _alias in select]
        if compiler.has_composite_fields(columns):
            raise ValueError(f"{name}: a composite column is not read here.")
        names = [column_alias for _expression, _sql, column_alias in select]
        return compiler, sql, list(first), changed, compiler.get_converters(columns), names

    def statement(self) -> tuple:
        alias = self.queryset.db
        if alias not in self.compiled:
            self.compiled[alias] = self.compile_for(alias)
        return self.compiled[alias]

    def names(self) -> list[str]:
        """The columns' names, as values() keys them."""
        names = self.statement()[5]
        if None in names:
            raise ValueError(f"{self.queryset.model.__name__}: a column without a name.")
        return names

    def dicts(self, *values: Any) -> list[dict]:
        """The rows as values() gives them, a dict keyed by each column's name."""
        names = self.names()
        return [dict(zip(names, row, strict=True)) for row in self.rows(*values)]

    def rows(self, *values: Any) -> list[tuple]:
        compiler, sql, params, positions, converters, _names = self.statement()
        connection = connections[self.queryset.db]  # this thread's
        params = params.copy()
        for position, value in zip(positions, values, strict=True):
            value = self.field.get_prep_value(value)
            if isinstance(value, int) and not fits(value, self.integer_field, connection):
                return []  # (an id among others comes from the database: it fits)
            params[position] = self.field.get_db_prep_value(value, connection, prepared=True)
        with connection.cursor() as cursor:
            cursor.execute(sql, tuple(params))
            rows = cursor.fetchall()
        if converters:
            # SQLite's dates, decimals and booleans, as the ORM's results_iter converts them
            # (the converters read only the settings of the connection compiled with).
            rows = compiler.apply_converters(rows, converters)
        return list(map(tuple, rows))


def fits(value: int, field, connection) -> bool:
    """Whether the database column of the integer ``field`` can hold ``value``."""
    low, high = connection.ops.integer_field_range(field.get_internal_type())
    return (low is None or value >= low) and (high is None or value <= high)
