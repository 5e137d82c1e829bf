"""Pages of the second factor: enrol an authenticator, enter a code, recovery codes."""

from __future__ import annotations

from base64 import b32encode
from typing import Any

import segno
from django import forms
from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import PasswordResetView
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django_otp import login as otp_login
from django_otp import match_token, user_has_device
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from portal.accounts.throttle import allow
from portal.audit.actions import write_audit_entry
from portal.clientip import client_ip
from portal.types import User

RECOVERY_CODES = 10


class CodeForm(forms.Form):
    code = forms.CharField(
        label="Code",
        max_length=16,
        help_text="The 6-digit code your authenticator app shows, or one of your recovery codes.",
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "autofocus": True}),
    )


def _next(request: HttpRequest) -> str:
    wanted = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(wanted, {request.get_host()}, request.is_secure()):
        return wanted
    return "/"


def _user(request: HttpRequest) -> User:
    user = request.user
    assert isinstance(user, User)
    return user


@login_required
def verify(request: HttpRequest) -> HttpResponse:
    """Enter a code from the authenticator (or a recovery code) to finish signing in."""
    user = _user(request)
    if not user_has_device(user):
        return redirect(f"/accounts/two-factor/enrol/?next={_next(request)}")
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device = match_token(user, form.cleaned_data["code"].replace(" ", ""))
        if device is not None:
            otp_login(request, device)
            write_audit_entry(
                acting_user=user,
                organisation=None,
                verb="signin.second_factor",
                target=user,
                detail={"device": type(device).__name__},
            )
            return redirect(_next(request))
        write_audit_entry(
            acting_user=user,
            organisation=None,
            verb="signin.second_factor_failed",
            target=user,
        )
        form.add_error("code", "That code is not right, or it has been used. Try the next one.")
    return render(request, "accounts/verify.html", {"form": form, "next": _next(request)})


@login_required
def enrol(request: HttpRequest) -> HttpResponse:
    """Set up an authenticator app: scan the code (or type the key), enter one code."""
    user = _user(request)
    if TOTPDevice.objects.filter(user=user, confirmed=True).exists():
        return redirect(f"/accounts/two-factor/?next={_next(request)}")
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="authenticator", confirmed=False)
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if device.verify_token(form.cleaned_data["code"].replace(" ", "")):
            codes = _confirm(user, device)
            otp_login(request, device)
            return render(
                request, "accounts/recovery_codes.html", {"codes": codes, "next": _next(request)}
            )
        form.add_error(
            "code", "That code is not right. Check the clock on your phone and try again."
        )
    key = b32encode(device.bin_key).decode()
    return render(
        request,
        "accounts/enrol.html",
        {
            "form": form,
            "key": " ".join(key[i : i + 4] for i in range(0, len(key), 4)),
            "qr": segno.make(device.config_url, error="m").svg_inline(scale=4),
            "next": _next(request),
        },
    )


def _confirm(user: User, device: TOTPDevice) -> list[str]:
    """Confirm the authenticator and make fresh recovery codes; the codes, shown once."""
    with transaction.atomic():
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        StaticDevice.objects.filter(user=user).delete()
        recovery = StaticDevice.objects.create(user=user, name="recovery codes", confirmed=True)
        codes = [StaticToken.random_token() for _ in range(RECOVERY_CODES)]
        StaticToken.objects.bulk_create(StaticToken(device=recovery, token=c) for c in codes)
        write_audit_entry(
            acting_user=user,
            organisation=None,
            verb="signin.second_factor_enrol",
            target=user,
            detail={"recovery_codes": len(codes)},
        )
    return codes


class ThrottledPasswordResetView(PasswordResetView):
    """Django's password reset, at most ``POLICYGUARD_PASSWORD_RESETS_PER_HOUR`` requests
    an hour from one address and for one e-mail address (then 429): the form sends mail
    to anyone's address, so unthrottled it is a way to flood an inbox."""

    def form_valid(self, form: Any) -> HttpResponse:
        limit = settings.POLICYGUARD_PASSWORD_RESETS_PER_HOUR
        email = str(form.cleaned_data.get("email", "")).strip().lower()
        keys = [f"reset-ip:{client_ip(self.request)}", f"reset-email:{email}"]
        # Both counters count every attempt, so neither can be dodged by varying the other.
        allowed = [allow(key, limit=limit, per=3600) for key in keys]
        if not all(allowed):
            form.add_error(None, "Too many reset requests; try again in an hour.")
            response = self.form_invalid(form)
            response.status_code = 429
            return response
        return super().form_valid(form)
