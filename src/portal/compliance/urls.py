from django.urls import path

from portal.compliance import devices_views, filtering_views, views

app_name = "compliance"
urlpatterns = [
    path("orgs/<slug:org>/policy/versions/", views.versions, name="versions"),
    path("orgs/<slug:org>/policy/publish/", views.publish, name="publish"),
    path("orgs/<slug:org>/policy/review/", views.overview, name="overview"),
    path("orgs/<slug:org>/policy/review/<int:review_id>/", views.review, name="review"),
    path("orgs/<slug:org>/policy/impact/<int:assessment_id>/", views.impact, name="impact"),
    path("orgs/<slug:org>/policy/filtering/", filtering_views.filtering, name="filtering"),
    path(
        "orgs/<slug:org>/policy/filtering/<int:review_id>/",
        filtering_views.filtering_record,
        name="filtering_record",
    ),
    path(
        "orgs/<slug:org>/policy/filtering/<int:review_id>/pdf/",
        filtering_views.filtering_record_pdf,
        name="filtering_record_pdf",
    ),
    path("orgs/<slug:org>/policy/devices/", devices_views.devices, name="devices"),
]
