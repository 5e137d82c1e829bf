from django.apps import AppConfig
from django.utils.module_loading import autodiscover_modules


class RetentionConfig(AppConfig):
    name = "portal.retention"
    label = "retention"
    verbose_name = "Retention"

    def ready(self) -> None:
        # Each app's ``retention.py`` registers its kinds of record and its holds.
        autodiscover_modules("retention")
        from portal.retention import holds  # noqa: F401  (this app's own legal holds)
