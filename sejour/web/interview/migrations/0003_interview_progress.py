from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [("interview", "0002_interview_version")]

    operations = [
        migrations.AddField(model_name="interview", name="pages", field=models.PositiveIntegerField(default=0)),
        migrations.AddField(model_name="interview", name="progress", field=models.PositiveSmallIntegerField(default=0)),
    ]
