"""Scheduled jobs, their runs, and the progress of long work started from a page.

- :class:`Job`: one row per registered scheduled job (``registry``), kept in line with
  the code by the scheduler; holds the next run, and whether an administrator paused it.
- :class:`JobRun`: one run of a job, unique per job and due time, so two schedulers
  (two worker processes) can never run the same due time twice.
- :class:`BackgroundWork`: a long piece of work a person started from a page (a people
  import, a comment import): its progress, shown on that page while it runs, and its
  result. Only the person who started it and the organisation's administrators see it.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models
from django.utils import timezone


class RunStatus(models.TextChoices):
    QUEUED = "queued", "queued"
    RUNNING = "running", "running"
    SUCCEEDED = "succeeded", "succeeded"
    FAILED = "failed", "failed"


class Job(models.Model):
    name = models.CharField(max_length=100, unique=True)
    cron = models.CharField(max_length=100)
    summary = models.CharField(max_length=300, blank=True)
    enabled = models.BooleanField(default=True)
    next_run_at = models.DateTimeField(null=True, blank=True)
    registered = models.BooleanField(
        default=True, help_text="False when the code no longer defines this job."
    )

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class JobRun(models.Model):
    job = models.ForeignKey(Job, on_delete=models.CASCADE, related_name="runs")
    due_at = models.DateTimeField(help_text="The time this run was scheduled for.")
    status = models.CharField(max_length=16, choices=RunStatus.choices, default=RunStatus.QUEUED)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    enqueued_at = models.DateTimeField(default=timezone.now)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    summary = models.TextField(blank=True)
    error = models.TextField(blank=True)

    class Meta:
        ordering = ["-due_at", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["job", "due_at"], name="one_run_per_job_and_due_time")
        ]
        indexes = [models.Index(fields=["job", "status", "-due_at"])]

    def __str__(self) -> str:
        return f"{self.job.name} {self.due_at:%Y-%m-%d %H:%M} {self.status}"


class BackgroundWork(models.Model):
    organisation = models.ForeignKey(
        "organisations.Organisation", on_delete=models.CASCADE, related_name="background_work"
    )
    kind = models.CharField(max_length=64, help_text="e.g. people.import, moderation.import")
    title = models.CharField(max_length=300)
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    status = models.CharField(max_length=16, choices=RunStatus.choices, default=RunStatus.QUEUED)
    done = models.PositiveIntegerField(default=0)
    total = models.PositiveIntegerField(null=True, blank=True)
    stage = models.CharField(max_length=200, blank=True)
    payload = models.BinaryField(blank=True, help_text="The uploaded file, until the work ends.")
    options: models.JSONField[Any] = models.JSONField(default=dict, blank=True)
    result: models.JSONField[Any] = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["organisation", "started_by", "-created_at"])]

    def __str__(self) -> str:
        return f"{self.kind} #{self.pk} {self.status}"

    @property
    def is_finished(self) -> bool:
        return self.status in (RunStatus.SUCCEEDED, RunStatus.FAILED)

    @property
    def percent(self) -> int | None:
        if not self.total:
            return None
        return min(100, round(100 * self.done / self.total))
