from django.apps import AppConfig
from django.utils.module_loading import autodiscover_modules


class DashboardsConfig(AppConfig):
    name = "portal.dashboards"
    label = "dashboards"
    verbose_name = "Dashboards"

    def ready(self) -> None:
        # Each app's ``dashboards.py`` registers its work areas when imported.
        autodiscover_modules("dashboards")
