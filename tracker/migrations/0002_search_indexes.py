"""Full-text search indexes: a GIN index on (search_text::tsvector) on PostgreSQL, FTS5
tables kept in sync by triggers on SQLite; and search tokens for rows saved before."""

from django.db import migrations

from tracker.migrations._search_text import TABLES, reindex


def forwards(apps, schema_editor):
    from tracker.search import ensure_sqlite_search

    vendor = schema_editor.connection.vendor
    reindex(apps, vendor)
    if vendor == "postgresql":
        for (app_label, model_name) in TABLES:
            table = apps.get_model(app_label, model_name)._meta.db_table
            schema_editor.execute(
                f"CREATE INDEX IF NOT EXISTS {table}_search_gin ON {table} "
                f"USING gin ((search_text::tsvector))"
            )
    elif vendor == "sqlite":
        ensure_sqlite_search(schema_editor.connection)


def backwards(apps, schema_editor):
    for (app_label, model_name) in TABLES:
        table = apps.get_model(app_label, model_name)._meta.db_table
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(f"DROP INDEX IF EXISTS {table}_search_gin")
        elif schema_editor.connection.vendor == "sqlite":
            for suffix in ("ai", "ad", "au"):
                schema_editor.execute(f"DROP TRIGGER IF EXISTS {table}_fts_{suffix}")
            schema_editor.execute(f"DROP TABLE IF EXISTS {table}_fts")


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0001_initial"),
        ("tracker", "0001_initial"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
