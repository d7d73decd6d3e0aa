"""Search tokens stored as a tsvector on PostgreSQL (text on SQLite, unchanged): matching and
ranking no longer parse each row's tsvector literal. The GIN indexes are rebuilt on the
converted columns."""

import articles.fields
from django.db import migrations

TABLES = ("tracker_commitment", "tracker_evidence")


def retype(column_type: str):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        for table in TABLES:
            schema_editor.execute(f"DROP INDEX IF EXISTS {table}_search_gin")
            schema_editor.execute(
                f"ALTER TABLE {table} ALTER COLUMN search_text TYPE {column_type} "
                f"USING search_text::{column_type}"
            )
            schema_editor.execute(
                f"CREATE INDEX IF NOT EXISTS {table}_search_gin ON {table} "
                f"USING gin ((search_text::tsvector))"
            )

    return run


class Migration(migrations.Migration):
    dependencies = [
        ("tracker", "0003_filter_indexes"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name=model,
                    name="search_text",
                    field=articles.fields.SearchTextField(
                        blank=True, editable=False, verbose_name="检索词"
                    ),
                )
                for model in ("commitment", "evidence")
            ],
            database_operations=[
                migrations.RunPython(retype("tsvector"), retype("text")),
            ],
        ),
    ]
