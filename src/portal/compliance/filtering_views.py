"""Pages of the filtering and monitoring review: the open review with its four parts and
the check run, and each completed review as a printable record."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone

from portal.compliance.filtering import (
    complete_filtering_review,
    next_due,
    open_filtering_review,
    run_filter_checks,
    start_filtering_review,
)
from portal.compliance.forms import FilteringReviewForm
from portal.compliance.models import FilteringReview, ReviewStatus
from portal.compliance.queries import may_review_filtering
from portal.errors import NotAllowedNow, Rejected
from portal.notifications.actions import absolute
from portal.organisations.queries import Access, access_or_404
from portal.pdf import pdf_response, render_pdf
from portal.types import User


def _reviewer(request: HttpRequest, org: str) -> Access:
    access = access_or_404(request.user, org)
    if not may_review_filtering(access):
        raise PermissionDenied(
            "The filtering and monitoring review is for its lead, those who filter the web, "
            "and administrators."
        )
    return access


@login_required
def filtering(request: HttpRequest, org: str) -> HttpResponse:
    """The open review (or starting one), and the reviews done."""
    access = _reviewer(request, org)
    assert isinstance(request.user, User)
    organisation = access.organisation
    review = open_filtering_review(organisation)
    form = FilteringReviewForm(request.POST or None)
    action = request.POST.get("action", "")
    if request.method == "POST":
        try:
            if action == "start":
                start_filtering_review(organisation=organisation, acting_user=request.user)
                messages.success(request, "The review is open: work through its four parts.")
                return redirect("compliance:filtering", org=org)
            if action == "checks":
                run = run_filter_checks(organisation=organisation, acting_user=request.user)
                messages.success(request, f"Checks run: {run.passed} of {run.total} as expected.")
                return redirect("compliance:filtering", org=org)
            if action == "complete" and review is not None and form.is_valid():
                done = complete_filtering_review(
                    review=review, acting_user=request.user, **form.cleaned_data
                )
                messages.success(request, "The review is recorded.")
                return redirect("compliance:filtering_record", org=org, review_id=done.pk)
        except Rejected as exc:
            for problem in exc.problems:
                name = problem.field if problem.field in form.fields else None
                form.add_error(name, problem.message)
        except NotAllowedNow as exc:
            messages.error(request, exc.message)
            return redirect("compliance:filtering", org=org)
    today = timezone.localdate()
    return render(
        request,
        "compliance/filtering.html",
        {
            "access": access,
            "organisation": organisation,
            "pack": organisation.pack(),
            "review": review,
            "run": review.check_run if review is not None else None,
            "results": review.check_run.results.all() if review and review.check_run else [],
            "form": form,
            "due_on": review.due_on if review is not None else next_due(organisation, today=today),
            "today": today,
            "done": FilteringReview.objects.filter(
                organisation=organisation, status=ReviewStatus.DONE
            ).select_related("completed_by")[:20],
        },
        status=422 if form.errors else 200,
    )


def _completed(access: Access, review_id: int) -> FilteringReview:
    review = (
        FilteringReview.objects.filter(
            organisation=access.organisation, pk=review_id, status=ReviewStatus.DONE
        )
        .select_related("check_run", "completed_by", "started_by")
        .first()
    )
    if review is None:
        raise Http404("No such completed review.")
    return review


@login_required
def filtering_record(request: HttpRequest, org: str, review_id: int) -> HttpResponse:
    """A completed review as a record to read, print, or download as a PDF."""
    access = _reviewer(request, org)
    review = _completed(access, review_id)
    return render(
        request,
        "compliance/filtering_record.html",
        {
            "access": access,
            "organisation": access.organisation,
            "review": review,
            "run": review.check_run,
            "results": review.check_run.results.all() if review.check_run else [],
        },
    )


@login_required
def filtering_record_pdf(request: HttpRequest, org: str, review_id: int) -> HttpResponse:
    """A completed review as a PDF made on the server (WeasyPrint, ``portal.pdf``): the
    record to keep with the year's evidence."""
    access = _reviewer(request, org)
    review = _completed(access, review_id)
    pdf = render_pdf(
        "compliance/filtering_record_pdf.html",
        {
            "organisation": access.organisation,
            "review": review,
            "run": review.check_run,
            "results": review.check_run.results.all() if review.check_run else [],
            "clauses": access.organisation.pack().review.filtering.clauses,
            "printed_at": timezone.now(),
            "link": absolute(reverse("compliance:filtering_record", args=[org, review.pk])),
        },
    )
    day = timezone.localdate(review.completed_at) if review.completed_at else review.due_on
    return pdf_response(pdf, filename=f"{org}-filtering-review-{day.isoformat()}.pdf")
