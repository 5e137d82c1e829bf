"""Personal data in text: contact details, identity numbers, bank details, birth dates.

Labels and what makes a match (UK-first; numbers are validated, not just shaped):

- ``email``: an address; role mailboxes (info@, admissions@...) and allowed addresses
  are not personal.
- ``phone``: a UK number (07..., +44 7..., 01/02/03 landlines), validated by the
  ``phonenumbers`` library; an international number written with ``+``; allowed
  numbers (the institution's switchboard) are skipped.
- ``postcode``: a UK postcode; ``home_address``: a house number and street (optionally
  town and postcode). Allowed postcodes (the campus) are skipped.
- ``date_of_birth``: a date next to words that make it a birth date ("born", "DOB",
  "birthday"); a bare date is an ordinary date and is not reported.
- ``ni_number``: a National Insurance number with a valid prefix and suffix.
- ``bank_details``: a sort code with an account number, or a sort code named as such,
  an IBAN passing its mod-97 check, or a payment card number passing Luhn.

Presidio is not used: its analyser wants spaCy installed (and a model for names), and
its pattern recognisers for what UK colleges need are no better than these, which also
run an order of magnitude faster. Names come from :mod:`policyguard.screening.names`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

import phonenumbers

from policyguard.screening.base import Detection, remove_overlaps

_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_ROLE_MAILBOXES = frozenset(
    [
        "info",
        "enquiries",
        "enquiry",
        "admissions",
        "admin",
        "office",
        "hello",
        "contact",
        "marketing",
        "press",
        "media",
        "reception",
        "support",
        "helpdesk",
        "it",
        "careers",
        "hr",
        "jobs",
        "recruitment",
        "noreply",
        "no-reply",
        "safeguarding",
        "studentservices",
        "student.services",
        "library",
        "finance",
        "exams",
    ]
)
_PHONE = re.compile(
    r"(?<![\w+])(?:\+|00)\d[\d ()./-]{7,17}\d(?!\w)"  # international, with + or 00
    r"|(?<![\w+])\(?0\d{2,4}\)?[ .-]?\d{3,4}[ .-]?\d{3,4}(?![\w])"  # UK national format
)
_POSTCODE = re.compile(
    r"\b(?:GIR ?0AA|[A-PR-UWYZ](?:\d[A-HJKPSTUW\d]?|[A-HK-Y]\d[ABEHMNPRVWXY\d]?)"
    r" ?\d[ABD-HJLNP-UW-Z]{2})\b",
    re.IGNORECASE,
)
_STREET_WORDS = (
    "road|rd|street|st|avenue|ave|lane|ln|close|drive|dr|way|crescent|gardens|court|place|"
    "terrace|grove|hill|park|row|walk|mews|square|sq|green|rise|view|parade|boulevard|"
    "drove|wharf|yard|end|fields|meadow|meadows|chase|gate|vale"
)
# Street and town words must be capitalised (that is what tells an address from "12 good
# reasons to walk"); only the street-type word may be in any case.
_ADDRESS = re.compile(
    r"\b(?:(?i:flat|apartment|apt)\.? ?\d+[a-z]?,? )?\d{1,4}[a-z]?,? (?:[A-Z][a-z'-]+ ){1,3}"
    rf"(?i:{_STREET_WORDS})\b\.?(?:,? [A-Z][a-z'-]+(?: [A-Z][a-z'-]+){{0,2}})?"
)
_MONTHS = (
    "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    "sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_DATE = re.compile(
    r"\b(?:\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)?\d{2}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)? (?:of )?(?:{_MONTHS})\.?(?:,? (?:19|20)\d{{2}})?"
    rf"|(?:{_MONTHS})\.? \d{{1,2}}(?:st|nd|rd|th)?(?:,? (?:19|20)\d{{2}})?"
    r"|(?:19|20)\d{2}-\d{2}-\d{2})\b",
    re.IGNORECASE,
)
_BIRTH_CUE = re.compile(
    r"\b(?:born|birthday|b'?day|d\.?o\.?b|date of birth|birth date|birthdate)\b", re.IGNORECASE
)
_NINO = re.compile(
    r"\b(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b",
    re.IGNORECASE,
)
_SORT_CODE = re.compile(r"\b\d{2}[- ]\d{2}[- ]\d{2}\b")
_ACCOUNT = re.compile(r"(?<![\d-])\d{8}(?![\d-])")
_SORT_CUE = re.compile(r"\b(?:sort ?code|s/c|account|acc|a/c|bank)\b", re.IGNORECASE)
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b")
_CARD = re.compile(r"(?<![\d-])(?:\d[ -]?){12,18}\d(?![\d-])")
_IP = re.compile(r"\b(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)\b")


def _digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


def luhn_valid(number: str) -> bool:
    """The Luhn check that payment card numbers pass."""
    digits = [int(c) for c in _digits(number)]
    total = 0
    for i, digit in enumerate(reversed(digits)):
        if i % 2:
            digit = digit * 2 - 9 if digit > 4 else digit * 2
        total += digit
    return len(digits) >= 13 and total % 10 == 0


def iban_valid(candidate: str) -> bool:
    """The ISO 13616 mod-97 check of an IBAN (spaces ignored)."""
    compact = candidate.replace(" ", "").upper()
    if not 15 <= len(compact) <= 34:
        return False
    rearranged = compact[4:] + compact[:4]
    numeric = "".join(str(int(c, 36)) for c in rearranged)
    return int(numeric) % 97 == 1


@lru_cache(maxsize=4096)
def _phone_valid(candidate: str) -> bool:
    try:
        number = phonenumbers.parse(candidate, "GB")
    except phonenumbers.NumberParseException:
        return False
    if phonenumbers.is_valid_number(number):
        return True
    # Ofcom keeps ranges for drama and examples (07700 900xxx, 01632 960xxx) that the
    # library calls invalid; a number of the right shape written in a post is still one.
    national = str(number.national_number)
    return (
        number.country_code == 44
        and national[:1] in "1237"
        and phonenumbers.is_possible_number(number)
    )


class PersonalDataDetector:
    """Contact details, identity and bank numbers and birth dates (see module docstring).

    ``allowed`` lists values that are the institution's own and not personal: phone
    numbers, email addresses, postcodes. They are compared with spaces and case ignored.
    """

    name = "personal_data"

    def __init__(self, *, allowed: Iterable[str] = ()) -> None:
        self._allowed = frozenset(re.sub(r"[\s()-]", "", a).lower() for a in allowed)
        self._allowed_national = frozenset(
            _national(a) for a in allowed if len(_digits(a)) >= 9 and "@" not in a
        )

    def detect(self, text: str) -> list[Detection]:
        found: list[Detection] = []
        for finder in (
            self._emails,
            self._phones,
            self._addresses,
            self._birth_dates,
            self._ni_numbers,
            self._bank_details,
        ):
            found.extend(finder(text))
        return remove_overlaps(found)

    def _hit(self, label: str, text: str, start: int, end: int, score: float) -> Detection:
        return Detection(label, start, end, text[start:end], score, self.name)

    def _is_allowed(self, value: str) -> bool:
        key = re.sub(r"[\s()-]", "", value).lower()
        return key in self._allowed or (
            len(_digits(value)) >= 9 and _national(value) in self._allowed_national
        )

    def _emails(self, text: str) -> Iterator[Detection]:
        for m in _EMAIL.finditer(text):
            local = m.group().split("@", 1)[0].lower()
            if local in _ROLE_MAILBOXES or self._is_allowed(m.group()):
                continue
            yield self._hit("email", text, m.start(), m.end(), 0.9)

    def _phones(self, text: str) -> Iterator[Detection]:
        for m in _PHONE.finditer(text):
            value = m.group()
            if self._is_allowed(value) or not _phone_valid(value):
                continue
            mobile = _national(value).startswith("07")
            yield self._hit("phone", text, m.start(), m.end(), 0.9 if mobile else 0.8)

    def _addresses(self, text: str) -> Iterator[Detection]:
        for m in _ADDRESS.finditer(text):
            end = m.end()
            after = _POSTCODE.match(text, end + (2 if text[end : end + 2] == ", " else 1))
            if after and text[end : after.start()].strip(", ") == "":
                end = after.end()
            if self._is_allowed(text[m.start() : end]):
                continue
            yield self._hit("home_address", text, m.start(), end, 0.85)
        for m in _POSTCODE.finditer(text):
            if self._is_allowed(m.group()) or (" " not in m.group() and not m.group().isupper()):
                continue
            yield self._hit("postcode", text, m.start(), m.end(), 0.6)

    def _birth_dates(self, text: str) -> Iterator[Detection]:
        cues = [m.span() for m in _BIRTH_CUE.finditer(text)]
        if not cues:
            return
        for m in _DATE.finditer(text):
            # A cue within a few words either side makes the date a birth date.
            near = any(
                -60 <= m.start() - end <= 60 or -60 <= start - m.end() <= 60 for start, end in cues
            )
            if near:
                yield self._hit("date_of_birth", text, m.start(), m.end(), 0.85)

    def _ni_numbers(self, text: str) -> Iterator[Detection]:
        for m in _NINO.finditer(text):
            if sum(c.isupper() for c in m.group()) >= 3:
                yield self._hit("ni_number", text, m.start(), m.end(), 0.9)

    def _bank_details(self, text: str) -> Iterator[Detection]:
        cued = _SORT_CUE.search(text) is not None
        accounts = [m.span() for m in _ACCOUNT.finditer(text)]
        for m in _SORT_CODE.finditer(text):
            near_account = any(
                abs(s - m.end()) < 40 or abs(m.start() - e) < 40 for s, e in accounts
            )
            if near_account or cued:
                yield self._hit("bank_details", text, m.start(), m.end(), 0.9)
        if cued:
            for start, end in accounts:
                if not _looks_like_phone(text[start:end]):
                    yield self._hit("bank_details", text, start, end, 0.8)
        for m in _IBAN.finditer(text):
            if iban_valid(m.group()):
                yield self._hit("bank_details", text, m.start(), m.end(), 0.95)
        for m in _CARD.finditer(text):
            if luhn_valid(m.group()) and not _looks_like_phone(m.group()):
                yield self._hit("bank_details", text, m.start(), m.end(), 0.9)


def _looks_like_phone(value: str) -> bool:
    """A UK phone number starts with 0 or +44; account and card numbers do not."""
    return value.lstrip()[:1] in ("0", "+") and _phone_valid(value)


def _national(value: str) -> str:
    """A UK number in national form (07..., 01...), for comparing two ways of writing it."""
    digits = _digits(value)
    if digits.startswith("44"):
        return "0" + digits[2:]
    if digits.startswith("0044"):
        return "0" + digits[4:]
    return digits


__all__ = ["PersonalDataDetector", "iban_valid", "luhn_valid"]
