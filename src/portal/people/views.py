"""Pages: the directory (as far as the reader may see it) and the CSV import."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import redirect, render

from portal.errors import Problem, Rejected
from portal.lists import list_page
from portal.organisations.queries import access_or_404
from portal.people import csv_import
from portal.people.actions import import_people_csv
from portal.people.forms import ImportPeopleForm
from portal.people.queries import people_visible_to
from portal.people.tables import PeopleFilter, PeopleTable


@login_required
def directory(request: HttpRequest, org: str) -> HttpResponseBase:
    access = access_or_404(request.user, org)
    if not access.can_view_people:
        raise PermissionDenied("The directory is for staff.")
    return list_page(
        request,
        organisation=access.organisation,
        template="people/directory.html",
        queryset=people_visible_to(request.user, access).prefetch_related("affiliations"),
        table_class=PeopleTable,
        filterset_class=PeopleFilter,
        context={"access": access, "organisation": access.organisation},
        export="people",
    )


@login_required
def person(request: HttpRequest, org: str, external_id: str) -> HttpResponse:
    access = access_or_404(request.user, org)
    found = (
        people_visible_to(request.user, access)
        .prefetch_related("affiliations", "relations__other", "related_from__person", "consents")
        .filter(external_id=external_id)
        .first()
    )
    if found is None:
        raise Http404("No such person, or you may not see them.")
    return render(
        request,
        "people/person.html",
        {"access": access, "organisation": access.organisation, "person": found},
    )


@login_required
def import_people(request: HttpRequest, org: str) -> HttpResponse:
    access = access_or_404(request.user, org)
    if not access.can_import_people:
        raise PermissionDenied("Importing people needs the HR role or administrator rights.")
    problems: list[Problem] = []
    form = ImportPeopleForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            summary = import_people_csv(
                organisation=access.organisation,
                file=upload,
                acting_user=request.user,
                source=upload.name,
            )
        except Rejected as exc:
            problems = exc.problems
        else:
            messages.success(
                request,
                f"Imported {summary.total} people: {summary.created} new, "
                f"{summary.updated} updated.",
            )
            return redirect("people:directory", org=org)
    return render(
        request,
        "people/import.html",
        {
            "access": access,
            "organisation": access.organisation,
            "form": form,
            "problems": problems,
            "columns": csv_import.COLUMNS,
            "required": csv_import.REQUIRED,
        },
        status=422 if problems else 200,
    )
