from django.apps import AppConfig
from django.utils.module_loading import autodiscover_modules


class JobsConfig(AppConfig):
    name = "portal.jobs"
    label = "jobs"
    verbose_name = "Background work"

    def ready(self) -> None:
        # Each app's ``jobs.py`` registers its scheduled jobs when imported.
        autodiscover_modules("jobs")
