from django.urls import path

from portal.training import views

app_name = "training"
urlpatterns = [
    path("orgs/<slug:org>/policy/", views.policy, name="policy"),
    path("orgs/<slug:org>/policy/guide/", views.guide, name="guide"),
    path("orgs/<slug:org>/policy/team/", views.team, name="team"),
    path(
        "orgs/<slug:org>/policy/acknowledgements/", views.acknowledgements, name="acknowledgements"
    ),
]
