from django.urls import path

from portal.people import views

app_name = "people"
urlpatterns = [
    path("orgs/<slug:org>/people/", views.directory, name="directory"),
    path("orgs/<slug:org>/people/import/", views.import_people, name="import"),
    path("orgs/<slug:org>/pick/people/", views.pick, name="pick"),
    path("orgs/<slug:org>/people/<str:external_id>/", views.person, name="person"),
    path("orgs/<slug:org>/people/<str:external_id>/leaving/", views.leaving, name="leaving"),
]
