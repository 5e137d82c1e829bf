from django.urls import path

from portal.consent import views

app_name = "consent"
base = "orgs/<slug:org>/"
urlpatterns = [
    path(base + "consents/", views.register, name="register"),
    path(base + "consents/import/", views.import_consents, name="import"),
    path(base + "consents/pick/", views.pick, name="pick"),
    path(base + "consents/<int:consent_id>/withdraw/", views.withdraw, name="withdraw"),
    path(base + "people/<str:external_id>/consents/", views.record_for, name="record_for"),
    path(base + "takedown/", views.takedown_list, name="takedowns"),
    path(base + "takedown/new/", views.takedown_new, name="takedown_new"),
    path(base + "takedown/<int:request_id>/", views.takedown_detail, name="takedown"),
    path(base + "takedown/<int:request_id>/link/", views.takedown_link, name="takedown_link"),
    path("takedown/<slug:slug>/", views.public_takedown, name="public"),
    path("takedown/<slug:slug>/sent/", views.public_sent, name="public_sent"),
]
