"""A values_list() queryset's row by primary key, its SQL compiled by Django once.

Compiling a query is the ORM's work in Python, on every request: for the API's record by id
(thirty-odd columns of one table) it cost more than the database's lookup by primary key.
``compiled_by_id`` has Django compile ``queryset.get(pk=…)``'s statement once per database and
then sends it with each id on Django's own cursor: the queryset's filters (records()' rule of
what is public) stay written in one place, and query logging, CaptureQueriesContext and
assertNumQueries see the statement as they see the ORM's.

It uses the SQL compiler's as_sql, get_converters and apply_converters and Query.get_meta:
methods without an underscore but not in Django's documentation, used here as Django's own
ValuesListIterable uses them (tests/test_compiled.py checks the rows against get() on SQLite
and PostgreSQL).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.db import connections
from django.db.models import QuerySet
from django.db.models.query import MAX_GET_RESULTS


def compiled_by_id(queryset: QuerySet) -> Callable[[Any], tuple]:
    """What ``queryset.get(pk=pk)`` returns for a values_list() queryset (a tuple of its
    columns, or the model's DoesNotExist / MultipleObjectsReturned), the statement compiled
    once per database alias rather than on every call. Only for a queryset whose rows are
    tuples (values_list(), not flat or named) and a model with a one-column primary key."""
    pk_field = queryset.query.get_meta().pk
    model = queryset.model
    statements: dict[str, tuple] = {}

    def compile_for(alias: str) -> tuple:
        # get()'s own statement (no ordering, at most MAX_GET_RESULTS rows), compiled for two
        # ids: the one parameter that differs is the id's.
        compilers = [
            queryset.filter(pk=pk).order_by()[:MAX_GET_RESULTS].query.get_compiler(alias)
            for pk in (1, 2)
        ]
        (sql, first), (other_sql, second) = (compiler.as_sql() for compiler in compilers)
        changed = [i for i, (a, b) in enumerate(zip(first, second, strict=True)) if a != b]
        if sql != other_sql or len(changed) != 1:
            raise ValueError(f"{model.__name__}: the query by id has no single id parameter.")
        compiler = compilers[0]
        columns = [expression for expression, _sql, _alias in compiler.select[: compiler.col_count]]
        if compiler.has_composite_fields(columns):
            raise ValueError(f"{model.__name__}: a composite column is not read by id here.")
        return compiler, sql, list(first), changed[0], compiler.get_converters(columns)

    def get(pk: Any) -> tuple:
        alias = queryset.db
        if alias not in statements:
            statements[alias] = compile_for(alias)
        compiler, sql, params, position, converters = statements[alias]
        connection = connections[alias]  # this thread's
        value = pk_field.get_prep_value(pk)
        if isinstance(value, int) and not fits(value, pk_field, connection):
            # The ORM's exact lookup reads an id the column cannot hold as matching no row
            # (IntegerFieldOverflow) rather than sending it.
            raise model.DoesNotExist(f"{model.__name__} matching query does not exist.")
        params = params.copy()
        params[position] = pk_field.get_db_prep_value(value, connection, prepared=True)
        with connection.cursor() as cursor:
            cursor.execute(sql, tuple(params))
            rows = cursor.fetchall()
        if converters:
            # SQLite's dates, decimals and booleans, as the ORM's results_iter converts them
            # (the converters read only the settings of the connection compiled with).
            rows = compiler.apply_converters(rows, converters)
        rows = list(map(tuple, rows))
        if len(rows) == 1:
            return rows[0]
        if not rows:
            raise model.DoesNotExist(f"{model.__name__} matching query does not exist.")
        raise model.MultipleObjectsReturned(f"get() returned more than one {model.__name__}.")

    return get


def fits(value: int, field, connection) -> bool:
    """Whether the database column of the integer ``field`` can hold ``value``."""
    low, high = connection.ops.integer_field_range(field.get_internal_type())
    return (low is None or value >= low) and (high is None or value <= high)
