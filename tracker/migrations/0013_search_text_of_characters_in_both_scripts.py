"""A simplified text holding a character that is simplified and traditional alike (乾 of 乾县,
於, 徵) is no longer read as traditional (乾县 was indexed as 干县, so a search for 乾县 missed
it): the stored tokens of rows holding such a character are made again. Other rows are not
read twice."""

from django.db import migrations

from tracker.migrations._search_text import reindex


def forwards(apps, schema_editor):
    reindex_rows_with_characters_of_both_scripts(apps, schema_editor.connection.vendor)


def reindex_rows_with_characters_of_both_scripts(apps, vendor: str) -> None:
    from articles.text.script import also_simplified_characters

    reindex(apps, vendor, f"[{''.join(sorted(also_simplified_characters()))}]")


class Migration(migrations.Migration):
    dependencies = [("tracker", "0012_linking_candidate_indexes")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop, elidable=True)]
