"""In a real browser, the register's three journeys:

- Tom asks for an account; Mandy, the approver the pack names, approves it with the
  signed permission and keeps its password; it is on the register under its area;
- Tom leaves (HR's people import, run by the worker); Mandy, the custodian, finds the
  duties, removes his access and changes the password, and the account is safe again;
- an account unused for over three months is flagged when the scheduled sweep runs.

Drives Debian's chromium through Playwright; skipped where either is missing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

from django.utils import timezone

from portal.duties.models import Duty, DutyStatus
from portal.jobs.scheduler import sync_jobs
from portal.officialaccounts.actions import grant_access, record_activity, store_credential
from portal.officialaccounts.models import AccountStatus, Credential, OfficialAccount
from portal.officialaccounts.tests.test_register import PDF, approved
from portal.organisations.models import Organisation
from portal.people.models import Person
from portal.testing.auth import second_factor_device
from portal.testing.browser import BROWSER_TEST, sign_in
from portal.types import User

pytestmark = BROWSER_TEST


def _page(browser: Any, base: str, user: User, *, second_factor: bool = False) -> Any:
    page = browser.new_context().new_page()
    page.set_default_timeout(20_000)
    device = second_factor_device(user) if second_factor else None
    sign_in(page, base, user.get_username(), f"{user.get_username()}-password", device=device)
    page.wait_for_url(re.compile(r".*/$"))
    return page


def test_an_account_is_requested_approved_and_kept_on_the_register(
    live_server: Any,
    browser: Any,
    wcuc: Organisation,
    people: dict[str, Person],
    tom: User,
    mandy: User,
    tmp_path: Path,
) -> None:
    base = live_server.url
    asker = _page(browser, base, tom)
    asker.goto(f"{base}/orgs/wcuc/accounts/request/")
    asker.get_by_label("Handle or page name").fill("@WiltsDrama")
    asker.get_by_label("Platform").fill("instagram")
    asker.get_by_label("Kind of account").select_option("departmental")
    asker.get_by_label("Area or department").fill("Performing Arts")
    asker.get_by_label("Purpose").select_option("promotional")
    asker.get_by_label("What it is for").fill("Shows and rehearsals")
    asker.get_by_label("Owners (directory ids)").fill("W-TOM")
    asker.get_by_role("button", name="Send the request").click()
    asker.wait_for_url(re.compile(r".*/accounts/\d+/$"))
    account = OfficialAccount.objects.get(name="@WiltsDrama")
    assert account.status == AccountStatus.REQUESTED

    approver = _page(browser, base, mandy)
    approver.goto(f"{base}/orgs/wcuc/accounts/requests/")
    approver.get_by_role("link", name="@WiltsDrama").first.click()
    signed = tmp_path / "permission.pdf"
    signed.write_bytes(PDF)
    approver.get_by_label("Signed approval (PDF or image)").set_input_files(str(signed))
    approver.get_by_role("button", name="Approve").click()
    approver.locator("h1", has_text="approved").wait_for()
    approver.get_by_label("Password or recovery codes").fill("Curtain-Call-2026!")
    approver.get_by_role("button", name="Keep this credential").click()
    approver.get_by_role("button", name=re.compile("Reveal")).wait_for()
    credential = Credential.objects.get(account=account)
    assert "Curtain-Call" not in credential.secret  # held encrypted

    approver.goto(f"{base}/orgs/wcuc/accounts/")
    row = approver.locator("tr", has_text="@WiltsDrama")
    assert "Performing Arts" in row.inner_text()
    account.refresh_from_db()
    assert account.status == AccountStatus.APPROVED and "WCUC-19" in account.clauses


def test_a_leaver_in_the_people_import_gives_the_custodian_duties_until_put_right(
    live_server: Any,
    browser: Any,
    wcuc: Organisation,
    people: dict[str, Person],
    tom: User,
    mandy: User,
    hana: User,
    tmp_path: Path,
    run_worker: Callable[[], None],
) -> None:
    base = live_server.url
    account = approved(wcuc, tom, mandy, people)
    grant_access(account=account, person=people["tom"], acting_user=mandy)
    store_credential(account=account, kind="password", secret="first-one-1", acting_user=mandy)
    yesterday = timezone.localdate() - timedelta(days=1)
    csv = tmp_path / "people.csv"
    csv.write_text(
        f"id,name,kind,start_date,leaving_date\nW-TOM,Tom Tate,staff,2015-09-01,{yesterday}\n",
        encoding="utf-8",
    )
    hr = _page(browser, base, hana, second_factor=True)
    hr.goto(f"{base}/orgs/wcuc/people/import/")
    hr.locator("input[type=file]").set_input_files(str(csv))
    hr.get_by_role("button", name="Preview import").click()
    hr.get_by_role("button", name="Confirm import").click()
    hr.wait_for_url(re.compile(r".*/orgs/wcuc/work/\d+/$"))
    run_worker()
    hr.get_by_text("Imported 1 people: 0 new, 1 updated.").wait_for()

    custodian = _page(browser, base, mandy)
    custodian.goto(f"{base}/orgs/wcuc/duties/")
    custodian.get_by_role("link", name=re.compile("remove .*access", re.I)).first.wait_for()
    custodian.goto(f"{base}/orgs/wcuc/accounts/{account.pk}/")
    custodian.locator("h1", has_text="at risk").wait_for()
    custodian.get_by_role("button", name="Access removed").click()
    custodian.get_by_label("Password or recovery codes").fill("second-one-2")
    custodian.get_by_role("button", name="Keep this credential").click()
    custodian.locator("h1", has_text="approved").wait_for()
    assert "at risk" not in custodian.locator("h1").inner_text()
    duties = Duty.objects.filter(source_key__startswith=f"accounts.leaver:{account.pk}:")
    assert sorted(d.code for d in duties) == ["revoke_access", "rotate_credentials"]
    assert {d.status for d in duties} == {DutyStatus.DONE}


def test_an_account_idle_past_the_limit_is_flagged_by_the_scheduled_sweep(
    live_server: Any,
    browser: Any,
    wcuc: Organisation,
    people: dict[str, Person],
    tom: User,
    mandy: User,
    run_worker: Callable[[], None],
) -> None:
    base = live_server.url
    account = approved(wcuc, tom, mandy, people)
    record_activity(
        account=account, at=timezone.now() - timedelta(days=95), source="post", acting_user=None
    )
    sync_jobs(now=timezone.now())
    root = User.objects.create_superuser("root", password="root-password")
    operator = _page(browser, base, root, second_factor=True)
    operator.goto(f"{base}/jobs/officialaccounts.inactivity_sweep/")
    operator.get_by_role("button", name="Run now").click()
    operator.get_by_text("is queued").wait_for()
    run_worker()

    manager = _page(browser, base, mandy)
    manager.goto(f"{base}/orgs/wcuc/accounts/{account.pk}/")
    assert "flagged for a check on" in manager.locator("dl.facts").inner_text()
    [duty] = Duty.objects.filter(source_key__startswith=f"accounts.inactive:{account.pk}:")
    assert (duty.code, set(duty.clauses)) == ("close_account", {"WCUC-07", "WCUC-19"})
