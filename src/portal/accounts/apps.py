from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "portal.accounts"
    label = "accounts"
    verbose_name = "Sign-in security"

    def ready(self) -> None:
        from portal.accounts import audit

        audit.connect()
