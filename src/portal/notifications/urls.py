from django.urls import path

from portal.notifications import views

app_name = "notifications"
urlpatterns = [
    path("inbox/", views.inbox, name="inbox"),
    path("inbox/read-all/", views.mark_all_read, name="read_all"),
    path("inbox/settings/", views.settings_view, name="settings"),
    path("inbox/<int:notification_id>/", views.open_notification, name="open"),
]
