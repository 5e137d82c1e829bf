from django.urls import path

from portal.dashboards import views

app_name = "dashboards"
urlpatterns = [
    path("orgs/<slug:org>/dashboard/", views.dashboard, name="dashboard"),
]
