"""Counters for throttling, kept in the database so every process shares them."""

from __future__ import annotations

from django.db import models


class RateCount(models.Model):
    """How often ``key`` was used in time window number ``period`` (see ``throttle``)."""

    key = models.CharField(max_length=200)
    period = models.BigIntegerField()
    count = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["key", "period"], name="one_count_per_key_and_period")
        ]

    def __str__(self) -> str:
        return f"{self.key} #{self.period}: {self.count}"
