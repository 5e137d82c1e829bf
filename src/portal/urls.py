from django.contrib import admin
from django.urls import include, path

from portal.api import api

admin.site.site_header = "policyguard administration"
admin.site.site_title = "policyguard"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/", api.urls),
    path("accounts/", include("django.contrib.auth.urls")),
    path("", include("portal.people.urls")),
    path("", include("portal.decisions.urls")),
    path("", include("portal.audit.urls")),
    path("", include("portal.moderation.urls")),
    path("", include("portal.monitoring.urls")),
    path("", include("portal.jobs.urls")),
    path("", include("portal.organisations.urls")),
]
