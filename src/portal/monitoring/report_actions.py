"""Writes for monitoring reports: make and send a period's report, and a reader's choice
of the daily digest.

The e-mail carries the summary, the charts (inline SVG images) and the report as a PDF,
with a link to the report in the portal. Like the alert e-mail, it names nobody: e-mail
travels and is kept where the portal cannot control it, so the learners with most
blocks or alerts are only in the portal (behind the reader's sign-in), and its PDF.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from email.mime.image import MIMEImage
from typing import Any

from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import mark_safe

from portal.audit.actions import write_audit_entry
from portal.monitoring.models import MonitoringReport, ReportKind, ReportSubscription
from portal.monitoring.queries import report_roles
from portal.monitoring.report_charts import CHARTS, charts_for, draw
from portal.monitoring.reports import Period, report_figures
from portal.notifications.actions import absolute
from portal.notifications.recipients import holders_or_administrators
from portal.organisations.models import Organisation
from portal.pdf import render_pdf
from portal.types import Actor, User

logger = logging.getLogger(__name__)


def report_recipients(organisation: Organisation, kind: str) -> list[User]:
    """Holders of the report roles (administrators when nobody holds them) who want this
    kind: everyone the weekly report unless they turned it off; the daily digest only
    those who asked for it."""
    holders = holders_or_administrators(organisation, report_roles(organisation))
    choices = {
        s.user_id: s
        for s in ReportSubscription.objects.filter(
            organisation=organisation, user__in=[u.pk for u in holders]
        )
    }

    def wants(user: User) -> bool:
        choice = choices.get(user.pk)
        if kind == ReportKind.DAILY:
            return choice is not None and choice.daily
        return choice is None or choice.weekly

    return [u for u in holders if wants(u) and u.email]


def report_context(
    report: MonitoringReport, *, alert_figures: bool, names: bool, alert_names: bool = False
) -> dict[str, Any]:
    """What the page, the PDF and the e-mail templates read."""
    figures = report.figures
    shown = charts_for(alert_figures=alert_figures, names=names)
    return {
        "report": report,
        "organisation": report.organisation,
        "figures": figures,
        "alert_figures": alert_figures,
        "names": names,
        "alert_names": alert_names,
        "charts": {
            name: {
                "name": name,
                "title": CHARTS[name][0],
                # pygal's drawing of numbers and escaped labels (portal.charts).
                "svg": mark_safe(draw(name, figures)),
                "cid": f"chart-{name}@policyguard",
            }
            for name in shown
        },
        # The live page's figures are not a stored report: it has no page of its own.
        "link": absolute(reverse("monitoring:report", args=[report.organisation.slug, report.pk]))
        if report.pk
        else "",
    }


def report_pdf(
    report: MonitoringReport, *, alert_figures: bool, names: bool, alert_names: bool
) -> bytes:
    context = report_context(
        report, alert_figures=alert_figures, names=names, alert_names=alert_names
    )
    return render_pdf("monitoring/report_pdf.html", {**context, "mode": "pdf"})


def make_report(
    *, organisation: Organisation, period: Period, acting_user: Actor
) -> tuple[MonitoringReport, bool]:
    """The report of ``period`` (made now, or the one made before: one per period and
    kind, whoever runs the job); and whether it was made now."""
    existing = MonitoringReport.objects.filter(
        organisation=organisation, kind=period.kind, period_start=period.start
    ).first()
    if existing is not None:
        return existing, False
    figures = report_figures(organisation, period)
    try:
        with transaction.atomic():
            report = MonitoringReport.objects.create(
                organisation=organisation,
                kind=period.kind,
                period_start=period.start,
                period_end=period.end,
                figures=figures,
            )
            write_audit_entry(
                acting_user=acting_user,
                organisation=organisation,
                verb="monitoring.report.make",
                target=report,
                detail={"kind": period.kind, "period": period.label, **figures["totals"]},
            )
    except IntegrityError:
        # Another worker made it between our look and our write: theirs stands.
        report = MonitoringReport.objects.get(
            organisation=organisation, kind=period.kind, period_start=period.start
        )
        return report, False
    return report, True


def send_report(*, report: MonitoringReport, acting_user: Actor) -> int:
    """E-mail ``report`` to its recipients, once: a report already sent is not sent again
    (the job may run twice). The number of e-mails sent."""
    with transaction.atomic():
        # Two workers running the same due job: only the one that takes the row sends.
        locked = MonitoringReport.objects.select_for_update().get(pk=report.pk)
        if locked.sent_at is not None:
            return 0
        recipients = report_recipients(locked.organisation, locked.kind)
        locked.recipients = [u.get_username() for u in recipients]
        locked.sent_at = timezone.now()
        locked.save(update_fields=["recipients", "sent_at"])
        write_audit_entry(
            acting_user=acting_user,
            organisation=locked.organisation,
            verb="monitoring.report.send",
            target=locked,
            detail={"kind": locked.kind, "recipients": locked.recipients},
        )
        if recipients:
            addresses = [u.email for u in recipients]
            transaction.on_commit(lambda: _send_report_mail(locked.pk, addresses))
    return len(recipients)


def _send_report_mail(report_id: int, addresses: Sequence[str]) -> None:
    report = MonitoringReport.objects.select_related("organisation").get(pk=report_id)
    # Every recipient holds a report role: alert counts yes, names never (module docstring).
    context = report_context(report, alert_figures=True, names=False)
    figures = report.figures
    kind = "Weekly monitoring report" if report.kind == ReportKind.WEEKLY else "Daily digest"
    subject = f"[policyguard] {kind}: {figures['organisation']}, {figures['label']}"
    message = EmailMultiAlternatives(
        subject=subject,
        body=render_to_string("monitoring/report_email.txt", context),
        to=list(addresses),
    )
    html = render_to_string("monitoring/report_email.html", {**context, "mode": "email"})
    message.attach_alternative(html, "text/html")
    for name, chart in context["charts"].items():
        image = MIMEImage(str(chart["svg"]).encode("utf-8"), "svg+xml")
        image.add_header("Content-ID", f"<{chart['cid']}>")
        image.add_header("Content-Disposition", "inline", filename=f"{name}.svg")
        message.attach(image)
    pdf = render_pdf("monitoring/report_pdf.html", {**context, "mode": "pdf"})
    name = f"{report.organisation.slug}-{report.kind}-{figures['first_day']}.pdf"
    message.attach(name, pdf, "application/pdf")
    try:
        message.send()
    except Exception:
        # The report is stored and on the page; a mail server being down is logged for
        # the jobs page rather than lost silently.
        logger.exception("could not e-mail monitoring report %s", report_id)
        raise


def set_report_subscription(
    *, organisation: Organisation, user: User, daily: bool, weekly: bool, acting_user: User
) -> ReportSubscription:
    """A report reader's choice of the daily digest and the weekly report."""
    with transaction.atomic():
        choice, _ = ReportSubscription.objects.update_or_create(
            organisation=organisation, user=user, defaults={"daily": daily, "weekly": weekly}
        )
        write_audit_entry(
            acting_user=acting_user,
            organisation=organisation,
            verb="monitoring.report.subscription",
            target=choice,
            detail={"daily": daily, "weekly": weekly},
        )
    return choice
