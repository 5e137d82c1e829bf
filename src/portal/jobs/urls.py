from django.urls import path

from portal.jobs import views

app_name = "jobs"
urlpatterns = [
    path("jobs/", views.job_list, name="list"),
    path("jobs/<str:name>/", views.job_detail, name="detail"),
    path("jobs/<str:name>/control/", views.job_control, name="control"),
    path("orgs/<slug:org>/work/<int:work_id>/", views.work_page, name="work"),
]
