"""Chinese full-text search over articles, commitments and evidence, on both databases.

The tokens come from tracker/text/search_tokens.py (characters for exact matching, jieba
words for ranking) and are stored in each row's ``search_text`` whenever the row is saved:

- PostgreSQL: ``search_text`` is a tsvector column (articles.fields.SearchTextField),
  written as a tsvector literal; a GIN index answers ``@@`` with a phrase tsquery; ranked
  by ``ts_rank``.
- SQLite: ``search_text`` holds the FTS5 token text; an external-content FTS5 table per
  model (``<table>_fts``) is kept in sync by triggers; ranked by ``bm25``.

A commitment or evidence item is also found by its indicator's name and aliases (stored after
its own tokens, never ranking it: see search_tokens). ``row_search_text`` decides what a row
is searched by; renaming an indicator, editing its aliases or merging indicators swaps the
names of its rows in one statement per table (``store_indicator_names``), their own tokens
untouched.

Both give the rows whose text contains every query term, exactly as a substring scan would.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence

from django.contrib.postgres.search import SearchQueryField, SearchVectorField
from django.db import connection
from django.db.models import BooleanField, F, FloatField, Func, QuerySet, Value
from django.db.models.expressions import RawSQL
from django.db.models.functions import Cast
from django.db.models.signals import post_migrate, post_save, pre_delete, pre_save
from django.dispatch import receiver

from articles.models import Article
from articles.signals import articles_to_be_inserted

from .models import Commitment, Evidence, Indicator
from .text import search_tokens
from .text.search_tokens import Query, parse_query

SEARCHED_MODELS = (Article, Commitment, Evidence)
SEARCHED_TABLES = tuple(model._meta.db_table for model in SEARCHED_MODELS)

# The fields whose text is searched, per model; saving any of them refreshes the tokens.
SOURCE_FIELDS = {
    Article: ("title", "body"),
    Commitment: ("quote", "subject", "indicator_text", "period_text"),
    Evidence: ("quote", "subject", "indicator_text", "period_text"),
}


# The models whose rows are also found by their indicator's names; saving the indicator
# field refreshes them too.
NAMED_MODELS = (Commitment, Evidence)
INDICATOR_NAME_FIELDS = ("name", "aliases")


def searched_text(instance) -> str:
    return "\n".join(getattr(instance, name) or "" for name in SOURCE_FIELDS[type(instance)])


def indicator_names(indicator: Indicator | None) -> tuple[str, ...]:
    """What an item of this indicator is also found by: its name and its aliases."""
    if indicator is None:
        return ()
    return (indicator.name, *indicator.aliases)


def item_names(item) -> tuple[str, ...]:
    """The names of an item's indicator (read from the database if not loaded with it)."""
    if type(item) not in NAMED_MODELS or item.indicator_id is None:
        return ()
    return indicator_names(item.indicator)


@functools.lru_cache(maxsize=512)
def search_text_for(text: str, vendor: str, names: tuple[str, ...] = ()) -> str:
    """The stored tokens for a text (and an item's indicator's names) on this database
    (cached: re-saving an unchanged article does not segment it again)."""
    if vendor == "postgresql":
        return search_tokens.tsvector_literal(text, names=names)
    return search_tokens.fts_text(text, names=names)


def row_search_text(instance, vendor: str, names: tuple[str, ...] | None = None) -> str:
    """The stored tokens of a row: its searched fields and, for an item, its indicator's
    names (``names``, when the caller has them at hand)."""
    if names is None:
        names = item_names(instance)
    return search_text_for(searched_text(instance), vendor, names)


def item_search_text(item, vendor: str) -> str:
    """The stored tokens of a new commitment or evidence item of an article: the words of its
    quote (``body[start:end]``) are those of the article's own segmentation, not of a second
    jieba run over the quote; its subject, indicator and period are segmented alone. A word
    that crosses the quote's edges in the article is not among its words (matching, by the
    characters, is the same; only ranking may differ by such a word)."""
    article = item.article
    text = searched_text(item)
    source = searched_text(article)
    offset = len(article.title or "") + 1  # the body's place in the article's text
    names = item_names(item)
    if article.body[item.start : item.end] != item.quote:
        # not the body's span: segment it as written
        return search_text_for(text, vendor, names)
    quote_words = search_tokens.words_inside(source, offset + item.start, offset + item.end)
    rest = "\n".join(getattr(item, name) or "" for name in SOURCE_FIELDS[type(item)][1:])
    words = search_tokens.words_of_parts(quote_words, item.quote, rest)
    if vendor == "postgresql":
        return search_tokens.tsvector_literal(text, words, names)
    return search_tokens.fts_text(text, words, names)


def _searched_fields(model) -> set[str]:
    """The fields whose saving refreshes a row's tokens."""
    indicator = ("indicator", "indicator_id") if model in NAMED_MODELS else ()
    return {*SOURCE_FIELDS[model], *indicator}


@receiver(pre_save, sender=Article)
@receiver(pre_save, sender=Commitment)
@receiver(pre_save, sender=Evidence)
def fill_search_text(sender, instance, update_fields=None, **kwargs) -> None:
    if update_fields is not None and not set(update_fields) & _searched_fields(sender):
        return
    instance.search_text = row_search_text(instance, connection.vendor)


@receiver(articles_to_be_inserted)
def fill_search_text_of_new_articles(sender, *, articles, **kwargs) -> None:
    """A new document's articles, inserted together without ``pre_save``: the same tokens."""
    for article in articles:
        article.search_text = row_search_text(article, connection.vendor)


@receiver(post_save, sender=Article)
@receiver(post_save, sender=Commitment)
@receiver(post_save, sender=Evidence)
def store_search_text_of_partial_save(sender, instance, update_fields=None, **kwargs) -> None:
    # save(update_fields=["body"]) writes only "body": write the refreshed tokens too.
    if (
        update_fields is not None
        and "search_text" not in update_fields
        and set(update_fields) & _searched_fields(sender)
    ):
        sender._base_manager.filter(pk=instance.pk).update(search_text=instance.search_text)


def refresh_search_text(queryset: QuerySet) -> int:
    """Recompute the tokens of rows written without signals (bulk_create, update())."""
    count = 0
    if queryset.model in NAMED_MODELS:
        queryset = queryset.select_related("indicator")
    for instance in queryset.iterator():
        text = row_search_text(instance, connection.vendor)
        # Compared by the database: PostgreSQL reads back a tsvector in its own order.
        count += (
            type(instance)._base_manager.filter(pk=instance.pk).exclude(search_text=text)
            .update(search_text=text)
        )
    return count


# --- An indicator's names in its rows' tokens ----------------------------------------------


@receiver(pre_save, sender=Indicator)
def note_stored_indicator_names(sender, instance, update_fields=None, **kwargs) -> None:
    """The names as stored before this save, if it may change them (None: it cannot)."""
    instance._stored_names = None
    if instance.pk is None or (
        update_fields is not None and not set(update_fields) & set(INDICATOR_NAME_FIELDS)
    ):
        return
    stored = sender._base_manager.filter(pk=instance.pk).values(*INDICATOR_NAME_FIELDS).first()
    if stored is not None:
        instance._stored_names = indicator_names(Indicator(**stored))


@receiver(post_save, sender=Indicator)
def store_changed_indicator_names(sender, instance, **kwargs) -> None:
    """A renamed indicator, or one whose aliases changed: its rows are found by the new names
    (and no longer by the old ones)."""
    stored = getattr(instance, "_stored_names", None)
    if stored is not None and stored != indicator_names(instance):
        store_indicator_names(indicator=instance)
    instance._stored_names = None


@receiver(pre_delete, sender=Indicator)
def forget_deleted_indicator_names(sender, instance, **kwargs) -> None:
    """A deleted indicator's rows keep no indicator (SET_NULL), so no longer its names."""
    for model in NAMED_MODELS:
        swap_names(connection, model._meta.db_table, [instance.pk], ())


def store_indicator_names(*, indicator: Indicator, moved_from: Iterable[int] = ()) -> int:
    """Give the commitments and evidence of ``indicator`` (or, with ``moved_from``, those of
    these indicators, about to move to it) the indicator's names in their tokens, a
    statement per table: their own tokens are kept as stored, the names put after them.
    Return the number of rows written."""
    ids = list(moved_from) or [indicator.pk]
    return sum(
        swap_names(connection, model._meta.db_table, ids, indicator_names(indicator))
        for model in NAMED_MODELS
    )


def swap_names(db, table: str, indicator_ids: list[int], names: Sequence[str]) -> int:
    """Replace the names in the tokens of ``table``'s rows of these indicators by ``names``
    (also used by the migration that first stored them; rows without names get them)."""
    quote = db.ops.quote_name
    placeholders = ", ".join(["%s"] * len(indicator_ids))
    where = f"WHERE {quote('indicator_id')} IN ({placeholders})"
    if db.vendor == "postgresql":
        # ts_delete drops the old names' lexemes; || puts the new ones after the last position.
        sql = (
            f"UPDATE {quote(table)} SET search_text = ts_delete(search_text, ARRAY("
            f"SELECT lexeme FROM unnest(search_text) WHERE left(lexeme, 1) = %s)) "
            f"|| CAST(%s AS tsvector) {where}"
        )
        params = [search_tokens.NAME_MARK, search_tokens.names_tsvector_literal(names)]
    else:
        # The row's own tokens are what comes before " NAME_MARK" (all of it without names).
        start = f" {search_tokens.NAME_MARK}"
        sql = (
            f"UPDATE {quote(table)} SET search_text = substr(search_text, 1, "
            f"instr(search_text || %s, %s) - 1) || %s {where}"
        )
        params = [start, start, search_tokens.names_fts_text(names)]
    with db.cursor() as cursor:
        cursor.execute(sql, [*params, *indicator_ids])
        return cursor.rowcount


# --- SQLite: FTS5 tables and the triggers that keep them in sync --------------------------

FTS_TOKENIZER = "unicode61 remove_diacritics 0 tokenchars '|'"


def sqlite_search_sql(table: str) -> list[str]:
    fts = f"{table}_fts"
    return [
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {fts} USING fts5(search_text, content='{table}', "
        f'content_rowid=\'id\', tokenize="{FTS_TOKENIZER}")',
        f"CREATE TRIGGER IF NOT EXISTS {fts}_ai AFTER INSERT ON {table} BEGIN "
        f"INSERT INTO {fts}(rowid, search_text) VALUES (new.id, new.search_text); END",
        f"CREATE TRIGGER IF NOT EXISTS {fts}_ad AFTER DELETE ON {table} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, search_text) "
        f"VALUES ('delete', old.id, old.search_text); END",
        f"CREATE TRIGGER IF NOT EXISTS {fts}_au AFTER UPDATE OF search_text, id ON {table} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, search_text) "
        f"VALUES ('delete', old.id, old.search_text); "
        f"INSERT INTO {fts}(rowid, search_text) VALUES (new.id, new.search_text); END",
    ]


def ensure_sqlite_search(schema_connection) -> None:
    """Create the FTS5 tables and triggers if missing, and rebuild an index whose triggers
    were lost (SQLite migrations that rebuild a table drop its triggers)."""
    with schema_connection.cursor() as cursor:
        for table in SEARCHED_TABLES:
            cursor.execute(
                "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE %s",
                [f"{table}_fts_a_"],
            )
            complete = cursor.fetchone()[0] == 3
            if complete:
                continue
            for statement in sqlite_search_sql(table):
                cursor.execute(statement)
            cursor.execute(f"INSERT INTO {table}_fts({table}_fts) VALUES ('rebuild')")


@receiver(post_migrate)
def restore_sqlite_search(sender, using="default", **kwargs) -> None:
    from django.db import connections

    if sender.name == "tracker" and connections[using].vendor == "sqlite":
        tables = set(connections[using].introspection.table_names())
        if set(SEARCHED_TABLES) <= tables:
            ensure_sqlite_search(connections[using])


# --- Queries ------------------------------------------------------------------------------


def search(queryset: QuerySet, query: Query | str) -> QuerySet:
    """The rows of ``queryset`` that contain every term of the query, best first, each
    annotated with ``search_rank`` (higher is better). An empty query finds nothing."""
    if isinstance(query, str):
        query = parse_query(query)
    if not query:
        return queryset.none()
    names = queryset.model in NAMED_MODELS
    if connection.vendor == "postgresql":
        match, rank = search_tokens.tsquery_literals(query, names=names)
        vector = Cast(F("search_text"), SearchVectorField())
        matches = Func(
            vector,
            Cast(Value(match), SearchQueryField()),
            template="%(expressions)s",
            arg_joiner=" @@ ",
            output_field=BooleanField(),
        )
        ranking = Func(
            vector,
            Cast(Value(rank), SearchQueryField()),
            function="ts_rank",
            output_field=FloatField(),
        )
        return queryset.filter(matches).annotate(search_rank=ranking).order_by(
            "-search_rank", "-pk"
        )
    table = queryset.model._meta.db_table
    fts = f"{table}_fts"
    match = search_tokens.fts_match(query, names=names)
    # A row found by a name alone does not match the ranking expression: it ranks 0, last.
    return (
        queryset.filter(pk__in=RawSQL(f"SELECT rowid FROM {fts} WHERE {fts} MATCH %s", [match]))
        .annotate(
            search_rank=RawSQL(
                f"COALESCE((SELECT -bm25({fts}) FROM {fts} WHERE {fts} MATCH %s "
                f'AND {fts}.rowid = "{table}"."id"), 0)',
                [search_tokens.fts_rank(query)],
                output_field=FloatField(),
            )
        )
        .order_by("-search_rank", "-pk")
    )
