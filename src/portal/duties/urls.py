from django.urls import path

from portal.duties import views

app_name = "duties"
urlpatterns = [
    path("orgs/<slug:org>/duties/", views.duty_list, name="list"),
    path("orgs/<slug:org>/duties/<int:duty_id>/", views.duty_detail, name="detail"),
    path("orgs/<slug:org>/duties/<int:duty_id>/status/", views.duty_status, name="status"),
]
