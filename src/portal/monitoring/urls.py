from django.urls import path

from portal.monitoring import history_views, ingest_views, report_views, views

app_name = "monitoring"
urlpatterns = [
    path("blocked", views.blocked, name="blocked"),
    path("blocked/requested", views.requested, name="requested"),
    path("orgs/<slug:org>/monitoring/requests/", views.unblock_requests, name="requests"),
    path(
        "orgs/<slug:org>/monitoring/requests/<int:request_id>/decide/",
        views.decide_request,
        name="decide",
    ),
    path("orgs/<slug:org>/monitoring/lists/", views.lists_page, name="lists"),
    path("orgs/<slug:org>/monitoring/lists/status/", views.lists_status_view, name="lists_status"),
    path("orgs/<slug:org>/monitoring/test-url/", views.url_check_page, name="url_check"),
    path("orgs/<slug:org>/monitoring/ingest/", ingest_views.ingest_page, name="ingest"),
    path(
        "orgs/<slug:org>/monitoring/lists/<int:entry_id>/remove/",
        views.remove_entry,
        name="remove_entry",
    ),
    path("orgs/<slug:org>/monitoring/alerts/", views.alerts_page, name="alerts"),
    path("orgs/<slug:org>/monitoring/alerts/<int:alert_id>/", views.alert_page, name="alert"),
    path(
        "orgs/<slug:org>/monitoring/alerts/<int:alert_id>/handle/",
        views.handle_alert_view,
        name="handle_alert",
    ),
    path("orgs/<slug:org>/monitoring/review/", views.review_page, name="review"),
    path("orgs/<slug:org>/monitoring/review/print/", views.review_print, name="review_print"),
    path("orgs/<slug:org>/monitoring/review/entries/", views.review_entries, name="review_entries"),
    path("orgs/<slug:org>/monitoring/review/mark/", views.mark_reviewed_view, name="mark_reviewed"),
    path(
        "orgs/<slug:org>/monitoring/people/<str:external_id>/",
        history_views.person_history,
        name="person_history",
    ),
    path(
        "orgs/<slug:org>/monitoring/people/<str:external_id>/chart.svg",
        history_views.person_history_chart,
        name="person_history_chart",
    ),
    path("orgs/<slug:org>/monitoring/reports/", report_views.reports, name="reports"),
    path("orgs/<slug:org>/monitoring/reports/live/", report_views.live, name="live"),
    path(
        "orgs/<slug:org>/monitoring/reports/live/<slug:name>.svg",
        report_views.live_chart,
        name="live_chart",
    ),
    path("orgs/<slug:org>/monitoring/reports/<int:report_id>/", report_views.report, name="report"),
    path(
        "orgs/<slug:org>/monitoring/reports/<int:report_id>/report.pdf",
        report_views.report_pdf_view,
        name="report_pdf",
    ),
    path(
        "orgs/<slug:org>/monitoring/reports/<int:report_id>/<slug:name>.svg",
        report_views.report_chart,
        name="report_chart",
    ),
]
