"""A commitment or evidence item is also found by its indicator's name and aliases (a search
for 高新技术企业 finds "新增300家高企" filed under 新增高新技术企业数): the names of each
indicator are put in the stored tokens of its rows, a statement per indicator and table; the
rows' own tokens are not made again."""

from django.db import migrations


def forwards(apps, schema_editor):
    store_names_of_every_indicator(apps, schema_editor.connection)


def store_names_of_every_indicator(apps, db) -> None:
    from tracker.search import swap_names

    tables = [apps.get_model("tracker", name)._meta.db_table for name in ("Commitment", "Evidence")]
    for pk, name, aliases in apps.get_model("tracker", "Indicator").objects.values_list(
        "pk", "name", "aliases"
    ):
        for table in tables:
            swap_names(db, table, [pk], (name, *aliases))


class Migration(migrations.Migration):
    dependencies = [("tracker", "0013_search_text_of_characters_in_both_scripts")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop, elidable=True)]
