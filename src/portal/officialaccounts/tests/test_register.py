"""Requests, approval by the pack's role, credentials in custody, leavers and inactivity."""

from __future__ import annotations

import io
from datetime import timedelta
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django_otp import DEVICE_ID_SESSION_KEY

from portal.audit.models import AuditEntry
from portal.duties.models import Duty, DutyStatus
from portal.errors import Forbidden, NotAllowedNow
from portal.notifications.models import Notification
from portal.officialaccounts.actions import (
    approve_account,
    grant_access,
    record_activity,
    refuse_account,
    remove_access,
    request_account,
    reveal_credential,
    store_credential,
)
from portal.officialaccounts.models import AccountStatus, Credential, OfficialAccount
from portal.officialaccounts.queries import at_risk_accounts
from portal.officialaccounts.workflows import sweep_inactivity, sweep_leavers
from portal.organisations.models import Organisation
from portal.people.actions import import_people_csv
from portal.people.models import Person
from portal.testing.auth import SecondFactorClient, second_factor_device
from portal.types import User

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def signed() -> SimpleUploadedFile:
    return SimpleUploadedFile("approval.pdf", PDF, content_type="application/pdf")


def ask(wcuc: Organisation, tom: User, people: dict[str, Person], **extra: Any) -> OfficialAccount:
    fields: dict[str, Any] = {
        "name": "@WiltsDrama",
        "platform": "instagram",
        "account_type": "departmental",
        "area": "Performing Arts",
        "purpose": "promotional",
        "description": "Shows and rehearsals",
        "owners": [people["tom"]],
        **extra,
    }
    return request_account(organisation=wcuc, acting_user=tom, **fields)


def approved(
    wcuc: Organisation, tom: User, mandy: User, people: dict[str, Person]
) -> OfficialAccount:
    account = ask(wcuc, tom, people)
    return approve_account(account=account, acting_user=mandy, document=signed())


@pytest.mark.clause("WCUC-07", "WCUC-19")
def test_it_sends_a_request_to_the_approver_the_pack_names(
    wcuc: Organisation, tom: User, mandy: User, people: dict[str, Person]
) -> None:
    account = ask(wcuc, tom, people)
    assert account.status == AccountStatus.REQUESTED
    assert account.approver_roles == ["account_approver"]
    assert {"WCUC-07", "WCUC-19"} <= set(account.clauses)
    duty = Duty.objects.get(code="approve_account")
    assert duty.owner_user is None and duty.role == "account_approver"
    assert duty.role_title == "Marketing & Communications Manager"
    assert duty.link.endswith(f"/accounts/{account.pk}/")


@pytest.mark.clause("WCUC-07", "WCUC-19")
def test_only_the_named_role_approves_and_in_writing_for_a_departmental_account(
    wcuc: Organisation, tom: User, mandy: User, hana: User, people: dict[str, Person]
) -> None:
    account = ask(wcuc, tom, people)
    with pytest.raises(Forbidden):
        approve_account(account=account, acting_user=hana, document=signed())
    with pytest.raises(NotAllowedNow, match="in writing"):
        approve_account(account=account, acting_user=mandy)
    account.refresh_from_db()
    assert account.status == AccountStatus.REQUESTED
    done = approve_account(account=account, acting_user=mandy, document=signed(), note="Go ahead")
    assert done.status == AccountStatus.APPROVED
    assert done.decided_by_name == "Mandy Marsh" and done.approval_document
    assert done.approval_decision is not None and done.approval_decision.outcome == "allow"
    assert Duty.objects.get(code="approve_account").status == DutyStatus.DONE
    assert AuditEntry.objects.filter(verb="officialaccounts.approve").exists()


def test_it_refuses_a_document_that_is_not_one(
    wcuc: Organisation, tom: User, mandy: User, people: dict[str, Person]
) -> None:
    account = ask(wcuc, tom, people)
    fake = SimpleUploadedFile(
        "approval.pdf", b"MZ\x90\x00 not a pdf", content_type="application/pdf"
    )
    with pytest.raises(Exception, match="not one of"):
        approve_account(account=account, acting_user=mandy, document=fake)


@pytest.mark.clause("WCUC-07")
def test_a_refusal_is_the_approvers_and_is_recorded(
    wcuc: Organisation,
    tom: User,
    mandy: User,
    people: dict[str, Person],
    django_capture_on_commit_callbacks: Any,
) -> None:
    account = ask(wcuc, tom, people, name="@Other")
    with pytest.raises(Forbidden):
        refuse_account(account=account, reason="no", acting_user=tom)
    with django_capture_on_commit_callbacks(execute=True):
        refused = refuse_account(
            account=account, reason="One drama account is enough", acting_user=mandy
        )
    assert refused.status == AccountStatus.REFUSED
    assert refused.approval_decision is not None
    told = Notification.objects.get(recipient=tom, kind="officialaccounts.refused")
    assert told.body == "One drama account is enough"


@pytest.mark.clause("WCUC-07")
def test_it_keeps_credentials_encrypted_and_reveals_them_to_the_custodian_only(
    wcuc: Organisation,
    tom: User,
    mandy: User,
    people: dict[str, Person],
    django_capture_on_commit_callbacks: Any,
) -> None:
    account = approved(wcuc, tom, mandy, people)
    with pytest.raises(Forbidden):
        store_credential(account=account, kind="password", secret="x", acting_user=tom)
    credential = store_credential(
        account=account, kind="password", secret="Correct-Horse-42", acting_user=mandy
    )
    stored = Credential.objects.get(pk=credential.pk).secret
    assert "Correct-Horse-42" not in stored and stored.startswith("gAAAA")  # a Fernet token
    with pytest.raises(Forbidden):
        reveal_credential(credential=credential, acting_user=tom)
    with django_capture_on_commit_callbacks(execute=True):
        assert reveal_credential(credential=credential, acting_user=mandy) == "Correct-Horse-42"
    assert AuditEntry.objects.filter(verb="officialaccounts.credential.reveal").exists()
    told = Notification.objects.get(recipient=tom, kind="officialaccounts.revealed")
    assert "mandy" in told.body


def test_revealing_on_the_page_needs_a_second_factor(
    client: SecondFactorClient,
    wcuc: Organisation,
    tom: User,
    mandy: User,
    people: dict[str, Person],
) -> None:
    account = approved(wcuc, tom, mandy, people)
    credential = store_credential(
        account=account, kind="password", secret="s3cret-pass", acting_user=mandy
    )
    url = reverse("officialaccounts:reveal", args=["wcuc", account.pk, credential.pk])
    client.force_login(mandy, second_factor=False)
    response = client.post(url)
    assert response.status_code == 302 and "/accounts/two-factor/" in response["Location"]
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = second_factor_device(mandy).persistent_id
    session.save()
    response = client.post(url)
    assert response.status_code == 200 and b"s3cret-pass" in response.content
    assert response["Cache-Control"] == "no-store"


@pytest.mark.clause("WCUC-07")
def test_a_leaver_in_a_people_import_gives_the_custodian_duties_and_puts_the_account_at_risk(
    wcuc: Organisation,
    tom: User,
    mandy: User,
    hana: User,
    people: dict[str, Person],
    django_capture_on_commit_callbacks: Any,
) -> None:
    account = approved(wcuc, tom, mandy, people)
    grant_access(account=account, person=people["tom"], acting_user=mandy)
    store_credential(account=account, kind="password", secret="first-one-1", acting_user=mandy)
    yesterday = timezone.localdate() - timedelta(days=1)
    csv = f"id,name,kind,start_date,leaving_date\nW-TOM,Tom Tate,staff,2015-09-01,{yesterday}\n"
    with django_capture_on_commit_callbacks(execute=True):
        import_people_csv(organisation=wcuc, file=io.BytesIO(csv.encode()), acting_user=hana)
    duties = Duty.objects.filter(source_key__startswith=f"accounts.leaver:{account.pk}:")
    assert sorted(d.code for d in duties) == ["revoke_access", "rotate_credentials"]
    assert all(d.clauses == ["WCUC-07"] and d.role == "account_approver" for d in duties)
    assert all(d.urgency == "immediately" for d in duties)
    assert list(at_risk_accounts(wcuc)) == [account]
    # The sweep finds nothing more to do: the leaver was handled once.
    sweep_leavers(now=timezone.now())
    assert duties.count() == 2

    row = account.access.get()
    remove_access(access=row, acting_user=mandy)
    assert list(at_risk_accounts(wcuc)) == [account]  # the password is still the old one
    store_credential(account=account, kind="password", secret="second-one-2", acting_user=mandy)
    assert list(at_risk_accounts(wcuc)) == []
    assert {d.status for d in duties.all()} == {DutyStatus.DONE}


@pytest.mark.clause("WCUC-07")
def test_the_sweep_finds_a_leaving_date_that_has_passed(
    wcuc: Organisation, tom: User, mandy: User, people: dict[str, Person]
) -> None:
    account = approved(wcuc, tom, mandy, people)
    grant_access(account=account, person=people["tom"], acting_user=mandy)
    affiliation = people["tom"].affiliations.get()
    affiliation.end = timezone.localdate()
    affiliation.save()
    assert "1 leaver" in sweep_leavers(now=timezone.now())
    assert Duty.objects.filter(code="revoke_access").count() == 1


@pytest.mark.clause("WCUC-07", "WCUC-19")
def test_the_inactivity_sweep_flags_once_and_asks_for_a_departmental_account_to_close(
    wcuc: Organisation,
    tom: User,
    mandy: User,
    people: dict[str, Person],
    django_capture_on_commit_callbacks: Any,
) -> None:
    account = approved(wcuc, tom, mandy, people)
    record_activity(
        account=account, at=timezone.now() - timedelta(days=95), source="post", acting_user=None
    )
    with django_capture_on_commit_callbacks(execute=True):
        assert "1 account" in sweep_inactivity(now=timezone.now())
    assert "0 account" in sweep_inactivity(now=timezone.now())
    [duty] = Duty.objects.filter(source_key__startswith=f"accounts.inactive:{account.pk}:")
    assert (duty.code, duty.role) == ("close_account", "account_approver")
    assert set(duty.clauses) == {"WCUC-07", "WCUC-19"}
    assert Notification.objects.filter(recipient=mandy, kind="duty.assigned").exists()
    fresh = approve_account(
        account=ask(wcuc, tom, people, name="@Fresh"), acting_user=mandy, document=signed()
    )
    record_activity(
        account=fresh, at=timezone.now() - timedelta(days=10), source="check", acting_user=mandy
    )
    sweep_inactivity(now=timezone.now())
    assert not Duty.objects.filter(source_key__startswith=f"accounts.inactive:{fresh.pk}:").exists()


def test_the_register_lists_and_exports_by_area_for_staff_not_students(
    client: Client, wcuc: Organisation, tom: User, mandy: User, sam: User, people: dict[str, Person]
) -> None:
    approved(wcuc, tom, mandy, people)
    client.force_login(tom)
    url = reverse("officialaccounts:register", args=["wcuc"])
    page = client.get(url, {"area": "Performing Arts"})
    assert page.status_code == 200 and b"@WiltsDrama" in page.content
    export = client.get(url, {"area": "Performing Arts", "export": "csv"})
    text = b"".join(export.streaming_content).decode()  # type: ignore[attr-defined]
    assert "@WiltsDrama" in text and "Mandy Marsh" in text
    client.force_login(sam)
    assert client.get(url).status_code == 403


def test_keys_rotate_without_losing_a_credential(
    wcuc: Organisation, tom: User, mandy: User, people: dict[str, Person], settings: Any
) -> None:
    from cryptography.fernet import Fernet

    from portal.officialaccounts.management.commands.rotate_credential_keys import rotate_all

    account = approved(wcuc, tom, mandy, people)
    credential = store_credential(
        account=account, kind="password", secret="keep-me-9", acting_user=mandy
    )
    old = list(settings.POLICYGUARD_CREDENTIAL_KEYS)
    settings.POLICYGUARD_CREDENTIAL_KEYS = [Fernet.generate_key().decode(), *old]
    assert rotate_all() == 1
    settings.POLICYGUARD_CREDENTIAL_KEYS = settings.POLICYGUARD_CREDENTIAL_KEYS[:1]
    credential.refresh_from_db()
    assert reveal_credential(credential=credential, acting_user=mandy) == "keep-me-9"
