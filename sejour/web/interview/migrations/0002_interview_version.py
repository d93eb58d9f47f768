from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [("interview", "0001_initial")]

    operations = [
        migrations.AddField(model_name="interview", name="version", field=models.PositiveIntegerField(default=0)),
    ]
