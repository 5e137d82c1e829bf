from django.urls import path

from portal.training import declarations_views, records_views, views

app_name = "training"
urlpatterns = [
    path("orgs/<slug:org>/policy/", views.policy, name="policy"),
    path("orgs/<slug:org>/policy/guide/", views.guide, name="guide"),
    path("orgs/<slug:org>/policy/team/", views.team, name="team"),
    path(
        "orgs/<slug:org>/policy/acknowledgements/", views.acknowledgements, name="acknowledgements"
    ),
    path("orgs/<slug:org>/training/", records_views.courses, name="courses"),
    path("orgs/<slug:org>/training/mine/", declarations_views.mine, name="mine"),
    path(
        "orgs/<slug:org>/training/declarations/",
        declarations_views.declarations,
        name="declarations",
    ),
    path(
        "orgs/<slug:org>/training/sessions/<int:session_id>/",
        records_views.session,
        name="session",
    ),
    path("orgs/<slug:org>/training/<slug:course_key>/", records_views.course, name="course"),
]
