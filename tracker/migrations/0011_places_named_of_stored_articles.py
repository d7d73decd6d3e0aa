"""The places each stored article names (articles' new ``places_named``), as the tracker now
stores them when it reads an article: linking compares a figure that names no place of its own
with the places its article names. Without it, figures of articles read before stay
compatible with every place, as they were. Link suggestions made before are not changed here:
``manage.py extract`` makes the machine's suggestions again."""

from django.db import migrations

BATCH = 1000


def forwards(apps, schema_editor):
    fill_places_named(apps)


def fill_places_named(apps) -> None:
    from tracker.text.place_names import article_places

    article_model = apps.get_model("articles", "Article")
    changed = []
    rows = article_model.objects.only("source", "title", "body", "places_named")
    for article in rows.iterator(chunk_size=BATCH):
        names = article_places(article.source, article.title, article.body)
        if article.places_named != names:
            article.places_named = names
            changed.append(article)
        if len(changed) == BATCH:
            article_model.objects.bulk_update(changed, ["places_named"])
            changed = []
    article_model.objects.bulk_update(changed, ["places_named"])


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0008_article_places_named"),
        ("tracker", "0010_search_text_in_simplified_characters"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop, elidable=True)]
