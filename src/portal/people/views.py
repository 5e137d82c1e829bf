"""Pages: the directory (as far as the reader may see it) and the CSV import."""

from __future__ import annotations

import io

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.http.response import HttpResponseBase
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from portal.errors import Problem, Rejected
from portal.jobs.actions import start_work
from portal.lists import list_page
from portal.organisations.queries import Access, access_or_404
from portal.people import csv_import
from portal.people.actions import ImportPreview, preview_people_csv, record_leaving
from portal.people.csv_import import FIELD_LABELS
from portal.people.forms import ImportPeopleForm, LeavingForm
from portal.people.jobs import PEOPLE_IMPORT
from portal.people.keepers import keeper_view
from portal.people.models import Person
from portal.people.picking import find_people
from portal.people.queries import nameable_by, people_in, people_visible_to
from portal.people.tables import PeopleFilter, PeopleTable
from portal.people.uploads import keep_upload, take_upload
from portal.types import User


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
def pick(request: HttpRequest, org: str) -> JsonResponse:
    """People the asker may name in a question (``nameable_by``) whose name or id matches
    ``?q=``; at most ten, for the search box of the guided questions."""
    access = access_or_404(request.user, org)
    nameable = nameable_by(request.user, access)
    pool = people_in(access.organisation) if nameable is None else nameable
    found = find_people(pool, request.GET.get("q", "")[:100])
    return JsonResponse(
        {"people": [{"id": p.external_id, "label": f"{p.name} ({p.external_id})"} for p in found]}
    )


@login_required
def person(request: HttpRequest, org: str, external_id: str) -> HttpResponse:
    access = access_or_404(request.user, org)
    found = (
        people_visible_to(request.user, access)
        .prefetch_related("affiliations", "relations__other", "related_from__person")
        .filter(external_id=external_id)
        .first()
    )
    if found is None:
        # A register's keeper may open the page for their register's work, and sees
        # only that (portal.people.keepers); anyone else, not found.
        keeper = keeper_view(access, external_id)
        if keeper is None:
            raise Http404("No such person, or you may not see them.")
        context: dict[str, object] = {
            "access": access,
            "organisation": access.organisation,
            "person": keeper.person,
            "keeper": keeper,
            "consents": None,
        }
        if keeper.consents:
            context.update(_consent_section(access, keeper.person))
        return render(request, "people/person_keeper.html", context)
    # Relations only to people the reader may see: a tutor reading a student's page must
    # not learn the names and ids of the student's family from it.
    relations = list(found.relations.all())
    related_from = list(found.related_from.all())
    if not access.sees_whole_directory:
        visible = set(people_visible_to(request.user, access).values_list("pk", flat=True))
        relations = [r for r in relations if r.other_id in visible]
        related_from = [r for r in related_from if r.person_id in visible]
    return render(
        request,
        "people/person.html",
        {
            "access": access,
            "organisation": access.organisation,
            "person": found,
            "relations": relations,
            "related_from": related_from,
            "leaving_form": LeavingForm() if access.can_import_people else None,
            **_consent_section(access, found),
        },
    )


def _consent_section(access: Access, found: Person) -> dict[str, object]:
    """The consents on the page, only for those who keep the register: for anyone
    else the section is left out altogether (not even "none recorded")."""
    from portal.consent.forms import ConsentForm
    from portal.consent.queries import consents_of, parent_needed_until

    consents = consents_of(access, found)
    if consents is None:
        return {"consents": None}
    pack = access.organisation.pack()
    return {
        "consents": consents,
        "consent_form": ConsentForm(people=people_in(access.organisation), pack=pack, person=found),
        "parent_until": parent_needed_until(found, pack),
    }


@login_required
@require_POST
def leaving(request: HttpRequest, org: str, external_id: str) -> HttpResponse:
    """HR records a leaving date (the page's form)."""
    access = access_or_404(request.user, org)
    if not access.can_import_people:
        raise PermissionDenied("Leaving dates are recorded by HR.")
    found = people_visible_to(request.user, access).filter(external_id=external_id).first()
    if found is None:
        raise Http404("No such person, or you may not see them.")
    form = LeavingForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Give the leaving date.")
    else:
        try:
            record_leaving(
                person=found, on=form.cleaned_data["leaving_date"], acting_user=request.user
            )
        except Rejected as exc:
            messages.error(request, exc.message)
        else:
            messages.success(
                request, f"{found.name} leaves on {form.cleaned_data['leaving_date']:%-d %B %Y}."
            )
    return redirect("people:person", org=org, external_id=external_id)


@login_required
def import_people(request: HttpRequest, org: str) -> HttpResponse:
    """Upload, preview (what would be created, updated and cleared), then confirm."""
    access = access_or_404(request.user, org)
    if not access.can_import_people:
        raise PermissionDenied("Importing people needs the HR role or administrator rights.")
    if request.method == "POST" and "token" in request.POST:
        return _confirm_import(request, access)
    problems: list[Problem] = []
    preview: ImportPreview | None = None
    token = ""
    form = ImportPeopleForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        data = upload.read(settings.POLICYGUARD_CSV_MAX_BYTES + 1)
        try:
            preview = preview_people_csv(organisation=access.organisation, file=io.BytesIO(data))
        except Rejected as exc:
            problems = exc.problems
        else:
            token = keep_upload(data, organisation_slug=org, user_id=request.user.pk or 0)
            request.session["people_import_name"] = upload.name
    return _import_page(request, access, form, problems=problems, preview=preview, token=token)


def _confirm_import(request: HttpRequest, access: Access) -> HttpResponse:
    org = access.organisation.slug
    data = take_upload(request.POST["token"], organisation_slug=org, user_id=request.user.pk or 0)
    form = ImportPeopleForm()
    if data is None:
        messages.error(request, "That preview has expired; choose the file again.")
        return _import_page(request, access, form)
    # The worker imports it (a large directory outlasts a request); the work page shows
    # its progress and then the result, with the problems if the directory changed since
    # the preview.
    assert isinstance(request.user, User)
    name = str(request.session.pop("people_import_name", ""))
    work = start_work(
        organisation=access.organisation,
        kind=PEOPLE_IMPORT,
        title=f"Importing people from {name or 'a CSV file'}",
        payload=data,
        options={"source": name},
        acting_user=request.user,
    )
    return redirect("jobs:work", org=org, work_id=work.pk)


def _import_page(
    request: HttpRequest,
    access: Access,
    form: ImportPeopleForm,
    *,
    problems: list[Problem] | None = None,
    preview: ImportPreview | None = None,
    token: str = "",
) -> HttpResponse:
    labels = dict(FIELD_LABELS)
    return render(
        request,
        "people/import.html",
        {
            "access": access,
            "organisation": access.organisation,
            "form": form,
            "problems": problems or [],
            "preview": preview,
            "unchanged": [labels[f] for f in preview.unchanged] if preview else [],
            "clearings": [(c.line, c.person_id, labels[c.field]) for c in preview.clearings]
            if preview
            else [],
            "token": token,
            "columns": csv_import.COLUMNS,
            "required": csv_import.REQUIRED,
        },
        status=422 if problems else 200,
    )
