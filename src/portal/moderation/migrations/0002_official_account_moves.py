# OfficialAccount now lives in the officialaccounts app (see its 0001): Post.account points
# there, and this app forgets the model. Nothing changes in the database.

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("moderation", "0001_initial"),
        ("officialaccounts", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="post",
                    name="account",
                    field=models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="posts",
                        to="officialaccounts.officialaccount",
                    ),
                ),
                migrations.DeleteModel(name="OfficialAccount"),
            ],
            database_operations=[],
        ),
    ]
