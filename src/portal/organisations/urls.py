from django.urls import path

from portal.organisations import views

app_name = "organisations"
urlpatterns = [
    path("", views.landing, name="landing"),
    path("orgs/<slug:org>/", views.home, name="home"),
]
