from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from portal.jobs.models import BackgroundWork, Job, JobRun


class _ReadOnly(admin.ModelAdmin[Any]):
    # Runs and work are records of what happened: the portal's pages change jobs (with
    # an audit row); the admin only reads.
    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(Job)
class JobAdmin(_ReadOnly):
    list_display = ["name", "cron", "enabled", "next_run_at", "registered"]


@admin.register(JobRun)
class JobRunAdmin(_ReadOnly):
    list_display = ["job", "due_at", "status", "started_at", "finished_at", "summary"]
    list_filter = ["status", "job"]


@admin.register(BackgroundWork)
class BackgroundWorkAdmin(_ReadOnly):
    list_display = ["kind", "organisation", "started_by", "status", "done", "total", "created_at"]
    list_filter = ["status", "kind"]
    exclude = ["payload"]
