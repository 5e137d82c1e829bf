from django.apps import AppConfig


class TrainingConfig(AppConfig):
    name = "portal.training"
    label = "training"
    verbose_name = "Training and acknowledgement"

    def ready(self) -> None:
        # A new version of the policy asks people to acknowledge it (on the worker).
        from portal.compliance.actions import on_new_version
        from portal.training.tasks import ask_for_acknowledgements

        on_new_version(ask_for_acknowledgements)
