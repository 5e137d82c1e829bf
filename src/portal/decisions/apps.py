from django.apps import AppConfig


class DecisionsConfig(AppConfig):
    name = "portal.decisions"
    label = "decisions"
    verbose_name = "Decisions"
