from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0007_document_place_basis"),
    ]

    operations = [
        migrations.AddField(
            model_name="article",
            name="places_named",
            field=models.CharField(
                blank=True,
                editable=False,
                help_text="正文提到的地名简称；文中未写明地点的数字只与这些地方的数字比较。",
                max_length=400,
                verbose_name="文中地名",
            ),
        ),
    ]
