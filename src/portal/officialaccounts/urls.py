from django.urls import path

from portal.officialaccounts import views

app_name = "officialaccounts"
base = "orgs/<slug:org>/accounts/"
one = base + "<int:account_id>/"
urlpatterns = [
    path(base, views.register_page, name="register"),
    path(base + "requests/", views.requests_page, name="requests"),
    path(base + "request/", views.request_page, name="request"),
    path(base + "activity/", views.activity_import, name="activity_import"),
    path(one, views.detail_page, name="detail"),
    path(one + "approve/", views.approve, name="approve"),
    path(one + "refuse/", views.refuse, name="refuse"),
    path(one + "credentials/", views.set_credential, name="set_credential"),
    path(one + "credentials/<int:credential_id>/reveal/", views.reveal, name="reveal"),
    path(one + "access/", views.grant, name="grant"),
    path(one + "access/<int:access_id>/remove/", views.revoke, name="revoke"),
    path(one + "checked/", views.checked, name="checked"),
    path(one + "close/", views.close, name="close"),
    path(one + "approval/", views.approval_document, name="approval_document"),
]
