from django.apps import AppConfig


class ConsentConfig(AppConfig):
    name = "portal.consent"
    label = "consent"
    verbose_name = "Consent and takedown"
