"""Page: an organisation's audit log, for its administrators."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest
from django.http.response import HttpResponseBase

from portal.audit.queries import entries_for
from portal.audit.tables import AuditFilter, AuditTable
from portal.lists import list_page
from portal.organisations.queries import access_or_404


@login_required
def audit_log(request: HttpRequest, org: str) -> HttpResponseBase:
    access = access_or_404(request.user, org)
    if not access.can_view_audit:
        raise PermissionDenied("The audit log is for the organisation's administrators.")
    return list_page(
        request,
        organisation=access.organisation,
        template="audit/log.html",
        queryset=entries_for(access.organisation),
        table_class=AuditTable,
        filterset_class=AuditFilter,
        context={"access": access, "organisation": access.organisation},
        export="audit",
    )
