"""Web-log rows store the core's Outcome (allow, review, block) instead of the proxy's
words: a ``warn`` record becomes ``review`` (``Outcome.of_web_action``), in the records
and in the daily rollup. Reversible."""

from typing import Any

from django.db import migrations, models

_FORWARD = {"warn": "review"}
_BACKWARD = {"review": "warn"}


def _rename(apps: Any, mapping: dict[str, str]) -> None:
    for model in ("WebLogEntry", "WebLogDailyCount"):
        rows = apps.get_model("monitoring", model).objects
        for old, new in mapping.items():
            rows.filter(outcome=old).update(outcome=new)


def forward(apps: Any, schema_editor: Any) -> None:
    _rename(apps, _FORWARD)


def backward(apps: Any, schema_editor: Any) -> None:
    _rename(apps, _BACKWARD)


CHOICES = [("allow", "allowed"), ("review", "warned (review)"), ("block", "blocked")]


class Migration(migrations.Migration):
    dependencies = [
        ("monitoring", "0004_reports_and_rollups"),
    ]

    operations = [
        migrations.RunPython(forward, backward),
        migrations.AlterField(
            model_name="weblogdailycount",
            name="outcome",
            field=models.CharField(choices=CHOICES, max_length=8),
        ),
        migrations.AlterField(
            model_name="weblogentry",
            name="outcome",
            field=models.CharField(choices=CHOICES, max_length=8),
        ),
    ]
