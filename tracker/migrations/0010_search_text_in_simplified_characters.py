"""Search folds traditional characters to simplified ones (億 → 亿) and leaves out a gateway's
pinyin glosses (生產(chǎn)總值): the stored tokens of rows whose searched text holds a traditional
character or a bracket of lower-case letters are made again, so that a search in either
script finds them. Other rows are not read twice."""

from django.db import migrations

TABLES = {
    ("articles", "Article"): ("title", "body"),
    ("tracker", "Commitment"): ("quote", "subject", "indicator_text", "period_text"),
    ("tracker", "Evidence"): ("quote", "subject", "indicator_text", "period_text"),
}


def forwards(apps, schema_editor):
    reindex_traditional_and_glossed_rows(apps, schema_editor.connection.vendor)


def reindex_traditional_and_glossed_rows(apps, vendor: str) -> None:
    from django.db.models import Q

    from articles.text.script import traditional_characters
    from tracker.text import search_tokens

    # CJK characters only: none of them means anything inside a bracket expression.
    characters = "".join(sorted(c for c in traditional_characters() if ord(c) >= 0x2E80))
    toned = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê"
    pattern = f"[{characters}]|[(（][a-z{toned}]{{1,6}}[1-5]?[)）]"
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
    dependencies = [
        ("articles", "0007_document_place_basis"),
        ("tracker", "0009_growth_falls"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop, elidable=True)]
