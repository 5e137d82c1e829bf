# The duplicate check of web-log records keyed by (organisation, time, content hash)
# instead of (organisation, content hash): a record's time is part of its hashed
# content, so the two find the same duplicates, but a new record's entry now goes beside
# the other recent ones instead of at a random place in an index of every record. Its
# prefix (organisation, time) is the index of that name, which goes.
# On a large table this builds one index (minutes at 10^8 records, writes wait).

from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("monitoring", "0008_review_days"),
        ("organisations", "0002_directory_version"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddConstraint(
            model_name="weblogentry",
            constraint=models.UniqueConstraint(
                fields=("organisation", "at", "content_hash"), name="one_web_log_entry_at_content"
            ),
        ),
        migrations.RemoveConstraint(
            model_name="weblogentry",
            name="one_web_log_entry_per_content",
        ),
        migrations.RemoveIndex(
            model_name="weblogentry",
            name="monitoring__organis_c8c2e3_idx",
        ),
    ]
