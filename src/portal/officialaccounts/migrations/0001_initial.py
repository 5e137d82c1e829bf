# The OfficialAccount model moves here from the moderation app. Its table stays where it
# is for this step (only Django's record of the model moves), so no row is copied or
# lost; 0002 renames the table, and moderation's 0002 points Post.account here.

import django.db.models.deletion
import django.utils.timezone
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("moderation", "0001_initial"),
        ("organisations", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="OfficialAccount",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        (
                            "name",
                            models.CharField(
                                help_text="e.g. @OakfieldCollege or Oakfield News",
                                max_length=200,
                            ),
                        ),
                        (
                            "platform",
                            models.CharField(
                                help_text="e.g. x, instagram, facebook", max_length=64
                            ),
                        ),
                        ("created_at", models.DateTimeField(default=django.utils.timezone.now)),
                        (
                            "organisation",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="official_accounts",
                                to="organisations.organisation",
                            ),
                        ),
                    ],
                    options={
                        "ordering": ["name"],
                        "db_table": "moderation_officialaccount",
                        "constraints": [
                            models.UniqueConstraint(
                                fields=("organisation", "name"),
                                name="one_official_account_name_per_org",
                            )
                        ],
                    },
                ),
            ],
            database_operations=[],
        ),
    ]
