"""Pages of the compliance app: the policy's versions and publishing a new one, the
review cycle and impact assessments. The filtering review and the device register are
in ``views_filtering`` and ``views_devices``."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone

from portal.compliance.actions import (
    complete_impact_assessment,
    complete_policy_review,
    preview_pack,
    publish_pack,
)
from portal.compliance.forms import ImpactForm, PolicyReviewForm, PublishForm
from portal.compliance.models import ImpactAssessment, PolicyReview, ReviewStatus
from portal.compliance.queries import (
    may_assess_impact,
    may_keep_device_register,
    may_manage_policy,
    may_review_filtering,
    open_assessments,
    review_state,
    versions_of,
)
from portal.errors import NotAllowedNow, Problem, Rejected
from portal.organisations.queries import access_or_404
from portal.people.uploads import keep_upload, take_upload

UPLOAD_PURPOSE = "pack"


@login_required
def versions(request: HttpRequest, org: str) -> HttpResponse:
    access = access_or_404(request.user, org)
    return render(
        request,
        "compliance/versions.html",
        {
            "access": access,
            "organisation": access.organisation,
            "versions": versions_of(access.organisation)[:50],
            "may_publish": may_manage_policy(access),
        },
    )


@login_required
def publish(request: HttpRequest, org: str) -> HttpResponse:
    """Paste or upload a new pack, see what would change and who is asked again, then
    confirm."""
    access = access_or_404(request.user, org)
    if not may_manage_policy(access):
        raise PermissionDenied("Publishing the policy is for its owner and administrators.")
    user_id = request.user.pk or 0
    if request.method == "POST" and "token" in request.POST:
        data = take_upload(request.POST["token"], organisation_slug=org, user_id=user_id)
        if data is None:
            messages.error(request, "That preview has expired; give the pack again.")
            return redirect("compliance:publish", org=org)
        try:
            version = publish_pack(
                organisation=access.organisation, text=data.decode(), acting_user=request.user
            )
        except (Rejected, NotAllowedNow) as exc:
            messages.error(request, exc.message)
            return redirect("compliance:publish", org=org)
        messages.success(
            request,
            f"Version {version.version} is in force"
            + (
                f"; {', '.join(version.asks_again)} are asked to acknowledge it."
                if version.asks_again
                else "."
            ),
        )
        return redirect("compliance:versions", org=org)
    form = PublishForm(request.POST or None, request.FILES or None)
    problems: list[Problem] = []
    preview = None
    token = ""
    if request.method == "POST" and form.is_valid():
        try:
            text = form.pack_text()
            pack, changes = preview_pack(organisation=access.organisation, text=text)
        except Rejected as exc:
            problems = exc.problems
        except Exception as exc:  # the upload could not be read as text
            from django import forms as django_forms

            if not isinstance(exc, django_forms.ValidationError):
                raise
            problems = [Problem(None, "file", str(exc.message))]
        else:
            preview = {
                "pack": pack,
                "changes": changes,
                "asks": sorted({a for c in changes for a in c["audiences"]}),  # type: ignore[attr-defined]
            }
            token = keep_upload(text.encode(), organisation_slug=org, user_id=user_id)
    return render(
        request,
        "compliance/publish.html",
        {
            "access": access,
            "organisation": access.organisation,
            "form": form,
            "problems": problems,
            "preview": preview,
            "token": token,
        },
        status=422 if problems else 200,
    )


@login_required
def overview(request: HttpRequest, org: str) -> HttpResponse:
    """The policy review cycle, impact assessments, and links to the filtering review and
    the device register."""
    access = access_or_404(request.user, org)
    manages = may_manage_policy(access)
    assessments = open_assessments(access)
    if not (
        manages
        or assessments.exists()
        or may_review_filtering(access)
        or may_keep_device_register(access)
    ):
        raise PermissionDenied("This page is for the policy's owner and administrators.")
    today = timezone.localdate()
    return render(
        request,
        "compliance/overview.html",
        {
            "access": access,
            "organisation": access.organisation,
            "pack": access.organisation.pack(),
            "manages": manages,
            "state": review_state(access.organisation, today=today) if manages else None,
            "past": PolicyReview.objects.filter(
                organisation=access.organisation, status=ReviewStatus.DONE
            ).select_related("reviewer", "pack_version")[:20]
            if manages
            else [],
            "assessments": assessments,
            "done_assessments": ImpactAssessment.objects.filter(
                organisation=access.organisation, status=ReviewStatus.DONE
            ).select_related("pack_version")[:20]
            if manages
            else [],
            "form": PolicyReviewForm(initial={"reviewed_on": today}),
            "filtering": may_review_filtering(access),
            "devices": may_keep_device_register(access),
        },
    )


@login_required
def review(request: HttpRequest, org: str, review_id: int) -> HttpResponse:
    access = access_or_404(request.user, org)
    if not may_manage_policy(access):
        raise PermissionDenied("Policy reviews are for the policy's owner and administrators.")
    found = PolicyReview.objects.filter(organisation=access.organisation, pk=review_id).first()
    if found is None or request.method != "POST":
        raise Http404("No such review.")
    form = PolicyReviewForm(request.POST)
    if form.is_valid():
        try:
            complete_policy_review(
                review=found,
                outcome=form.cleaned_data["outcome"],
                reviewed_on=form.cleaned_data["reviewed_on"],
                notes=form.cleaned_data["notes"],
                acting_user=request.user,
            )
        except (Rejected, NotAllowedNow) as exc:
            messages.error(request, str(exc))
        else:
            messages.success(request, "The review is recorded; the next one is scheduled.")
    else:
        messages.error(request, "Give the outcome, the date and what the review found.")
    return redirect("compliance:overview", org=org)


@login_required
def impact(request: HttpRequest, org: str, assessment_id: int) -> HttpResponse:
    access = access_or_404(request.user, org)
    assessment = (
        ImpactAssessment.objects.filter(organisation=access.organisation, pk=assessment_id)
        .select_related("pack_version")
        .first()
    )
    if assessment is None or not (
        may_assess_impact(access, assessment) or may_manage_policy(access)
    ):
        raise Http404("No such impact assessment.")
    form = ImpactForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            complete_impact_assessment(
                assessment=assessment,
                data_protection=form.cleaned_data["data_protection"],
                equality_impact=form.cleaned_data["equality_impact"],
                conclusion=form.cleaned_data["conclusion"],
                acting_user=request.user,
            )
        except Rejected as exc:
            for problem in exc.problems:
                form.add_error(problem.field or None, problem.message)
        except NotAllowedNow as exc:
            messages.error(request, exc.message)
        else:
            messages.success(request, "The impact assessment is recorded.")
            return redirect("compliance:overview", org=org)
    return render(
        request,
        "compliance/impact.html",
        {
            "access": access,
            "organisation": access.organisation,
            "assessment": assessment,
            "form": form,
            "role_title": access.organisation.pack().role_title(assessment.role),
        },
        status=422 if form.errors else 200,
    )
