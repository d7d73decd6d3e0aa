"""Search folds traditional characters to simplified ones (億 → 亿) and leaves out a gateway's
pinyin glosses (生產(chǎn)總值): the stored tokens of rows whose searched text holds a traditional
character or a bracket of lower-case letters are made again, so that a search in either
script finds them. Other rows are not read twice."""

from django.db import migrations

from tracker.migrations._search_text import reindex


def forwards(apps, schema_editor):
    reindex_traditional_and_glossed_rows(apps, schema_editor.connection.vendor)


def reindex_traditional_and_glossed_rows(apps, vendor: str) -> None:
    from articles.text.script import traditional_characters

    # CJK characters only: none of them means anything inside a bracket expression.
    characters = "".join(sorted(c for c in traditional_characters() if ord(c) >= 0x2E80))
    toned = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê"
    reindex(apps, vendor, f"[{characters}]|[(（][a-z{toned}]{{1,6}}[1-5]?[)）]")


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0007_document_place_basis"),
        ("tracker", "0009_growth_falls"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop, elidable=True)]
