"""Chinese full-text search over articles, commitments and evidence, on both databases.

The tokens come from tracker/text/search_tokens.py (characters for exact matching, jieba
words for ranking) and are stored in each row's ``search_text`` whenever the row is saved:

- PostgreSQL: ``search_text`` is a tsvector column (articles.fields.SearchTextField),
  written as a tsvector literal; a GIN index answers ``@@`` with a phrase tsquery; ranked
  by ``ts_rank``.
- SQLite: ``search_text`` holds the FTS5 token text; an external-content FTS5 table per
  model (``<table>_fts``) is kept in sync by triggers; ranked by ``bm25``.

Both give the rows whose text contains every query term, exactly as a substring scan would.
"""

from __future__ import annotations

import functools

from django.contrib.postgres.search import SearchQueryField, SearchVectorField
from django.db import connection
from django.db.models import BooleanField, F, FloatField, Func, QuerySet, Value
from django.db.models.expressions import RawSQL
from django.db.models.functions import Cast
from django.db.models.signals import post_migrate, post_save, pre_save
from django.dispatch import receiver

from articles.models import Article
from articles.signals import articles_to_be_inserted

from .models import Commitment, Evidence
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


def searched_text(instance) -> str:
    return "\n".join(getattr(instance, name) or "" for name in SOURCE_FIELDS[type(instance)])


@functools.lru_cache(maxsize=512)
def search_text_for(text: str, vendor: str) -> str:
    """The stored tokens for a text on this database (cached: re-saving an unchanged article
    does not segment it again)."""
    if vendor == "postgresql":
        return search_tokens.tsvector_literal(text)
    return search_tokens.fts_text(text)


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
    if article.body[item.start : item.end] != item.quote:
        return search_text_for(text, vendor)  # not the body's span: segment it as written
    quote_words = search_tokens.words_inside(source, offset + item.start, offset + item.end)
    rest = "\n".join(getattr(item, name) or "" for name in SOURCE_FIELDS[type(item)][1:])
    words = search_tokens.words_of_parts(quote_words, item.quote, rest)
    if vendor == "postgresql":
        return search_tokens.tsvector_literal(text, words)
    return search_tokens.fts_text(text, words)


@receiver(pre_save, sender=Article)
@receiver(pre_save, sender=Commitment)
@receiver(pre_save, sender=Evidence)
def fill_search_text(sender, instance, update_fields=None, **kwargs) -> None:
    if update_fields is not None and not set(update_fields) & set(SOURCE_FIELDS[sender]):
        return
    instance.search_text = search_text_for(searched_text(instance), connection.vendor)


@receiver(articles_to_be_inserted)
def fill_search_text_of_new_articles(sender, *, articles, **kwargs) -> None:
    """A new document's articles, inserted together without ``pre_save``: the same tokens."""
    for article in articles:
        article.search_text = search_text_for(searched_text(article), connection.vendor)


@receiver(post_save, sender=Article)
@receiver(post_save, sender=Commitment)
@receiver(post_save, sender=Evidence)
def store_search_text_of_partial_save(sender, instance, update_fields=None, **kwargs) -> None:
    # save(update_fields=["body"]) writes only "body": write the refreshed tokens too.
    if (
        update_fields is not None
        and "search_text" not in update_fields
        and set(update_fields) & set(SOURCE_FIELDS[sender])
    ):
        sender._base_manager.filter(pk=instance.pk).update(search_text=instance.search_text)


def refresh_search_text(queryset: QuerySet) -> int:
    """Recompute the tokens of rows written without signals (bulk_create, update())."""
    count = 0
    for instance in queryset.iterator():
        text = search_text_for(searched_text(instance), connection.vendor)
        # Compared by the database: PostgreSQL reads back a tsvector in its own order.
        count += (
            type(instance)._base_manager.filter(pk=instance.pk).exclude(search_text=text)
            .update(search_text=text)
        )
    return count


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
    if connection.vendor == "postgresql":
        match, rank = search_tokens.tsquery_literals(query)
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
    expression = search_tokens.fts_match(query)
    return (
        queryset.filter(
            pk__in=RawSQL(f"SELECT rowid FROM {fts} WHERE {fts} MATCH %s", [expression])
        )
        .annotate(
            search_rank=RawSQL(
                f"(SELECT -bm25({fts}) FROM {fts} WHERE {fts} MATCH %s "
                f'AND {fts}.rowid = "{table}"."id")',
                [expression],
                output_field=FloatField(),
            )
        )
        .order_by("-search_rank", "-pk")
    )
