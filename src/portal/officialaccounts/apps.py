from django.apps import AppConfig


class OfficialAccountsConfig(AppConfig):
    name = "portal.officialaccounts"
    label = "officialaccounts"
    verbose_name = "Official accounts"

    def ready(self) -> None:
        from portal.officialaccounts.workflows import check_leavers
        from portal.people.changes import on_affiliations_changed

        # A people import or HR's "record leaving" checks leavers at once; the daily
        # sweep catches leaving dates that pass later.
        on_affiliations_changed(check_leavers)
