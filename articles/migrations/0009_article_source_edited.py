from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0008_article_places_named"),
    ]

    operations = [
        migrations.AddField(
            model_name="article",
            name="source_edited",
            field=models.BooleanField(default=False, verbose_name="来源经编辑修改"),
        ),
        migrations.AddField(
            model_name="historicalarticle",
            name="source_edited",
            field=models.BooleanField(default=False, verbose_name="来源经编辑修改"),
        ),
    ]
