from django.urls import path

from portal.retention import views

app_name = "retention"
urlpatterns = [
    path("orgs/<slug:org>/retention/", views.overview, name="overview"),
    path("orgs/<slug:org>/retention/holds/<int:hold_id>/release/", views.release, name="release"),
]
