from django.urls import path

from portal.accounts import views

app_name = "accounts"
urlpatterns = [
    path("two-factor/", views.verify, name="verify"),
    path("two-factor/enrol/", views.enrol, name="enrol"),
]
