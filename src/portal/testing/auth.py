"""Signing in with a second factor, for tests (``portal/conftest.py``'s ``client`` and the
browser tests' ``sign_in``)."""

from __future__ import annotations

from typing import Any

from django.test import Client
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from portal.accounts.secondfactor import needs_second_factor


def second_factor_device(user: Any) -> Any:
    """``user``'s confirmed authenticator, made now if they have none (a TOTPDevice)."""
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="test authenticator", confirmed=True)
    return device


def current_code(device: Any) -> str:
    """The code ``device``'s authenticator app shows now."""
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


class SecondFactorClient(Client):
    """The test client; ``force_login`` also proves a second factor for a user who needs
    one (``portal.accounts.secondfactor``), as signing in on the page would. Pass
    ``second_factor=False`` to sign in with the password alone."""

    def force_login(
        self, user: Any, backend: str | None = None, *, second_factor: bool = True
    ) -> None:
        super().force_login(user, backend)
        if second_factor and needs_second_factor(user):
            session = self.session
            session[DEVICE_ID_SESSION_KEY] = second_factor_device(user).persistent_id
            session.save()
