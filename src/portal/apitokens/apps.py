from django.apps import AppConfig


class ApiTokensConfig(AppConfig):
    name = "portal.apitokens"
    label = "apitokens"
    verbose_name = "API tokens"
