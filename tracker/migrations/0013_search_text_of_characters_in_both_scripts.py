"""A simplified text holding a character that is simplified and traditional alike (乾 of 乾县,
於, 徵) is no longer read as traditional (乾县 was indexed as 干县, so a search for 乾县 missed
it): the stored tokens of rows holding such a character are made again. Other rows are not
read twice."""

from django.db import migrations

TABLES = {
    ("articles", "Article"): ("title", "body"),
    ("tracker", "Commitment"): ("quote", "subject", "indicator_text", "period_text"),
    ("tracker", "Evidence"): ("quote", "subject", "indicator_text", "period_text"),
}


def forwards(apps, schema_editor):
    reindex_rows_with_characters_of_both_scripts(apps, schema_editor.connection.vendor)


def reindex_rows_with_characters_of_both_scripts(apps, vendor: str) -> None:
    from django.db.models import Q

    from articles.text.script import also_simplified_characters
    from tracker.text import search_tokens

    pattern = f"[{''.join(sorted(also_simplified_characters()))}]"
    for (app_label, model_name), fields in TABLES.items():
        model = apps.get_model(app_label, model_name)
        holding = Q()
        for name in fields:
            holding |= Q(**{f"{name}__regex": pattern})
        for row in model.objects.filter(holding).only(*fields).iterator():
            text = "\n".join(getattr(row, name) or "" for name in fields)
            tokens = (
                search_tokens.tsvector_literal(text)
                if vendor == "postgresql"
                else search_tokens.fts_text(text)
            )
            model.objects.filter(pk=row.pk).update(search_text=tokens)


class Migration(migrations.Migration):
    dependencies = [("tracker", "0012_linking_candidate_indexes")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop, elidable=True)]
