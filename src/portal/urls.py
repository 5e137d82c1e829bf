from django.contrib import admin
from django.urls import include, path
from django_otp.admin import OTPAdminSite

from portal.accounts.views import ThrottledPasswordResetView
from portal.api import api

# /admin/ only for staff who signed in with a second factor (django-otp's admin site).
admin.site.__class__ = OTPAdminSite
admin.site.site_header = "policyguard administration"
admin.site.site_title = "policyguard"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/", api.urls),
    path("accounts/password_reset/", ThrottledPasswordResetView.as_view(), name="password_reset"),
    path("accounts/", include("portal.accounts.urls")),
    path("accounts/", include("django.contrib.auth.urls")),
    path("", include("portal.people.urls")),
    path("", include("portal.decisions.urls")),
    path("", include("portal.audit.urls")),
    path("", include("portal.officialaccounts.urls")),
    path("", include("portal.moderation.urls")),
    path("", include("portal.consent.urls")),
    path("", include("portal.monitoring.urls")),
    path("", include("portal.jobs.urls")),
    path("", include("portal.notifications.urls")),
    path("", include("portal.duties.urls")),
    path("", include("portal.dashboards.urls")),
    path("", include("portal.cases.urls")),
    path("", include("portal.retention.urls")),
    path("", include("portal.compliance.urls")),
    path("", include("portal.training.urls")),
    path("", include("portal.organisations.urls")),
]
