"""A UK-flavoured personal-data test set, generated deterministically (seeded).

Names come from a demo directory of invented people; numbers follow UK formats
(Ofcom drama ranges for phones, real postcode shapes, valid NI prefixes, sort codes,
IBANs with correct check digits). Each post lists its gold spans as
``(label, start, end)``. About a third of the posts hold traps that are not personal
data: lone common first names, event dates, the college's own number and postcode.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

FIRST = [
    "Oliver",
    "Amelia",
    "Harry",
    "Isla",
    "Jack",
    "Ava",
    "Charlie",
    "Mia",
    "Thomas",
    "Ella",
    "Oscar",
    "Poppy",
    "William",
    "Lily",
    "James",
    "Grace",
    "Leo",
    "Freya",
    "Alfie",
    "Evie",
    "Joshua",
    "Sophie",
    "Freddie",
    "Chloe",
    "Archie",
    "Ruby",
    "Ethan",
    "Daisy",
    "Isaac",
    "Alice",
    "Priya",
    "Aisha",
    "Tomasz",
    "Zofia",
    "Kwame",
    "Ama",
    "Siobhan",
    "Declan",
    "Rhys",
    "Cerys",
    "Eilidh",
    "Callum",
    "Mohammed",
    "Fatima",
    "Arjun",
    "Ananya",
    "Luca",
    "Giulia",
    "Chidi",
    "Ngozi",
]
LAST = [
    "Ashdown",
    "Brackley",
    "Pennington",
    "Quennell",
    "Fairweather",
    "Holloway",
    "Kettleby",
    "Marchbank",
    "Oduya",
    "Prendergast",
    "Rutherford",
    "Sefton",
    "Trelawney",
    "Underhill",
    "Whitcombe",
    "Yardley",
    "Abernethy",
    "Blackwood",
    "Cartwright",
    "Drummond",
    "Eastwood",
    "Fenwick",
    "Gallagher",
    "Hargreaves",
    "Ingram",
    "Jefferies",
    "Kowalski",
    "Lindqvist",
    "Mbeki",
    "Nakamura",
    "Okafor",
    "Patel",
    "Quigley",
    "Radcliffe",
    "Sandhu",
    "Thorne",
    "Varga",
    "Wojcik",
    "Achterberg",
    "Brennan",
    "Chaudhry",
    "Dimitrou",
    "Evans",
    "Farooq",
    "Griffiths",
    "Hussain",
]
STREETS = [
    "Station Road",
    "Mill Lane",
    "Church Street",
    "Victoria Avenue",
    "Park Close",
    "Oak Drive",
    "The Crescent",
    "Queens Gardens",
]
TOWNS = [
    "Swindon",
    "Chippenham",
    "Salisbury",
    "Trowbridge",
    "Bristol",
    "Bath",
    "Devizes",
    "Colchester",
    "Southend",
    "Leeds",
]
POSTCODES = [
    "SN1 1AA",
    "SN15 3QD",
    "SP2 7BH",
    "BA14 8DE",
    "BS8 1TH",
    "BA1 2QT",
    "SN10 1AB",
    "CO1 1XY",
    "SS0 7AB",
    "LS1 4DY",
]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
COLLEGE_PHONE = "01249 464644"


@dataclass
class Post:
    text: str = ""
    gold: list[tuple[str, int, int]] = field(default_factory=list)

    def add(self, piece: str, label: str | None = None) -> None:
        if label:
            self.gold.append((label, len(self.text), len(self.text) + len(piece)))
        self.text += piece


def directory(size: int = 400, seed: int = 7) -> list[tuple[str, str]]:
    """``(id, name)`` pairs of invented people, all distinct full names."""
    rng = random.Random(seed)
    names: set[str] = set()
    while len(names) < size:
        names.add(f"{rng.choice(FIRST)} {rng.choice(LAST)}")
    return [(f"p{i}", name) for i, name in enumerate(sorted(names))]


def _phone(rng: random.Random) -> str:
    if rng.random() < 0.6:
        digits = f"07700 900{rng.randrange(1000):03d}"
        return digits if rng.random() < 0.7 else "+44 " + digits[1:]
    return f"0117 496 0{rng.randrange(1000):03d}"


def _nino(rng: random.Random) -> str:
    prefix = rng.choice(["AB", "CE", "JK", "PR", "WX", "HT"])
    pairs = " ".join(f"{rng.randrange(100):02d}" for _ in range(3))
    return f"{prefix} {pairs} {rng.choice('ABCD')}"


def _iban(rng: random.Random) -> str:
    bban = f"WEST{rng.randrange(10**6):06d}{rng.randrange(10**8):08d}"
    numeric = "".join(str(int(c, 36)) for c in bban + "GB00")
    check = 98 - int(numeric) % 97
    compact = f"GB{check:02d}{bban}"
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def _dob(rng: random.Random) -> str:
    day, month, year = rng.randrange(1, 29), rng.randrange(1, 13), rng.randrange(1985, 2010)
    return rng.choice([f"{day:02d}/{month:02d}/{year}", f"{day} {MONTHS[month - 1]} {year}"])


def generate(count: int = 1500, seed: int = 11) -> tuple[list[tuple[str, str]], list[Post]]:
    """The directory and ``count`` posts with gold spans."""
    people = directory()
    rng = random.Random(seed)
    posts = []
    for _ in range(count):
        post = Post()
        _, name = rng.choice(people)
        first, last = name.split(" ")
        kind = rng.randrange(11)
        if kind == 0:
            post.add("Well done to ")
            post.add(name, "person_name")
            post.add(" on passing the course!")
        elif kind == 1:
            post.add(rng.choice(["Anyone seen ", "Has anyone heard from ", "Shout out to "]))
            post.add(name.lower() if rng.random() < 0.3 else name, "person_name")
            post.add(" lately? Ring them on ")
            post.add(_phone(rng), "phone")
        elif kind == 2:
            post.add(rng.choice(["Mr ", "Ms ", "Dr ", "Mrs "]) + last, "person_name")
            post.add(" lives at ")
            address = f"{rng.randrange(1, 200)} {rng.choice(STREETS)}, {rng.choice(TOWNS)}"
            if rng.random() < 0.5:
                address += " " + rng.choice(POSTCODES)  # one home address, postcode and all
            post.add(address, "home_address")
            if rng.random() < 0.3:
                post.add(". Parcels to ")
                post.add(rng.choice(POSTCODES), "postcode")
        elif kind == 3:
            post.add("Happy birthday ")
            # A first name alone that points at one person (here with a birth date) is
            # that person's name, as every round written by another hand labels it; the
            # screen shows it (0.45) and asks no review for it alone.
            post.add(first, "person_name")
            post.add("! Born ")
            post.add(_dob(rng), "date_of_birth")
        elif kind == 4:
            post.add("Email ")
            post.add(f"{first.lower()}.{last.lower()}{rng.randrange(99)}@gmail.com", "email")
            post.add(" or DM ")
            post.add(name, "person_name")
        elif kind == 5:
            post.add("My NI number is ")
            post.add(_nino(rng), "ni_number")
            post.add(" and sort code ")
            post.add(
                f"{rng.randrange(10, 99)}-{rng.randrange(10, 99)}-{rng.randrange(10, 99)}",
                "bank_details",
            )
            post.add(" account ")
            post.add(f"{rng.randrange(10**7, 10**8)}", "bank_details")
        elif kind == 6:
            post.add("Pay ")
            post.add(name, "person_name")
            post.add(" back via ")
            post.add(_iban(rng), "bank_details")
        elif kind == 7:
            post.add(first, "person_name")  # two particular people, named as kind 3
            post.add(" and ")
            post.add(rng.choice(FIRST), "person_name")
            post.add(
                f" are coming to the open day on {rng.randrange(1, 29)} {rng.choice(MONTHS)}; "
                f"call {COLLEGE_PHONE}."
            )
        elif kind == 9:
            # Traps: exam dates, order numbers. The person outside the directory reads as
            # a name, which the fallback reports (unconfirmed, for review).
            outsider = f"{rng.choice(FIRST)} {rng.choice(['Harlow', 'Beckham', 'Styles'])}"
            post.add(outsider, "person_name")
            post.add(
                f" was brilliant on the telly; exam on "
                f"{rng.randrange(1, 29):02d}/06/2026, order {rng.randrange(10**7, 10**8)}."
            )
        elif kind == 10:
            variant = rng.choice([name.upper(), f"{name}'s", f"{first}  {last}"])
            post.add("Saw ")
            post.add(variant.removesuffix("'s"), "person_name")
            post.add("'s essay" if variant.endswith("'s") else " at the bus stop")
        else:
            post.add(
                f"Our {rng.choice(TOWNS)} campus welcomed {rng.randrange(50, 900)} new "
                f"students in {rng.choice(MONTHS)}, with {rng.randrange(3, 40)} courses."
            )
        posts.append(post)
    return people, posts


# Written by hand from issue 18's list of findings (not from the detector's code): each
# post with the spans a person would mark, as (label, the exact text). Posts with no
# spans are traps: none of it is personal data. Screened with the student-number format
# W99999999 and the college's switchboard and campus postcodes as its own.
STUDENT_ID_FORMATS = ("W99999999",)
OWN_CONTACTS = (COLLEGE_PHONE, "SN15 3QD", "SP1 2LW")
WRITTEN: list[tuple[str, list[tuple[str, str]]]] = [
    # dates of birth need a person
    ("Happy 130th birthday to our college, founded on 4 October 1894!", []),
    ("The staff birthday bake-off is on 3 March, bring your best sponge.", []),
    ("Our library turns 50: birthday celebrations on 12 May with cake for all.", []),
    ("Freya's birthday is on 14 February, she'll be 17.", [("date_of_birth", "14 February")]),
    ("my date of birth is 02/11/2007 if the form needs it", [("date_of_birth", "02/11/2007")]),
    ("He was born on 9 July 2006 in Salisbury.", [("date_of_birth", "9 July 2006")]),
    ("Exams start on 12 June and results day is 14 August.", []),
    ("Founded on 1 September 1921, the school moved here in 1960.", []),
    # addresses: home, public venue, house names, lower case
    ("The craft fair is at 2 High Street, Chippenham SN15 3ER on Saturday.", []),
    ("Visit the Town Hall, 2 High Street, Chippenham SN15 3ER for the exhibition.", []),
    (
        "Carol lives at 2 High Street, Chippenham SN15 3ER with her nan.",
        [("home_address", "2 High Street, Chippenham SN15 3ER")],
    ),
    (
        "She lives at The Old Forge, High Street, Lacock, near the abbey.",
        [("home_address", "The Old Forge, High Street, Lacock")],
    ),
    (
        "Send the parcel to Rose Cottage, Mill Lane, Bath, he's staying there.",
        [("home_address", "Rose Cottage, Mill Lane, Bath")],
    ),
    ("my address is 112 kingsley rd, swindon", [("home_address", "112 kingsley rd, swindon")]),
    ("he lives at 7 orchard close, devizes lol", [("home_address", "7 orchard close, devizes")]),
    ("It's a 10 minute drive from the station, or 12 good reasons to walk.", []),
    ("The Old Forge is our favourite pub for the staff quiz.", []),
    # NI numbers in any case
    ("my ni number is ab 12 34 56 c", [("ni_number", "ab 12 34 56 c")]),
    ("national insurance: jk123456a", [("ni_number", "jk123456a")]),
    ("We meet on 12 34 56 a rota, don't ask.", []),
    # student and learner numbers in the pack's format
    ("Found an ID card, W12345678, at reception.", [("student_id", "W12345678")]),
    ("Learner W87654321 has left the lanyard in room 4.", [("student_id", "W87654321")]),
    ("Order X12345678 was dispatched today.", []),
    # the college's own switchboard and campus postcodes
    ("Call the college on 01249 464644 or visit us at SN15 3QD.", []),
    ("Salisbury campus, SP1 2LW, opens at 8am on Monday.", []),
    ("Ring me on 07700 900456 after six.", [("phone", "07700 900456")]),
    # names outside the directory (the fallback: review, unconfirmed)
    ("Well done to Chloe Barker on her distinction!", [("person_name", "Chloe Barker")]),
    (
        "Congratulations to apprentice Kofi Mensah, who passed his end-point assessment.",
        [("person_name", "Kofi Mensah")],
    ),
    # A titled adult, staff: reported below the review line.
    ("Mrs Margaret Holt retires this week after 32 years.", [("person_name", "Mrs Margaret Holt")]),
    ("Welcome to the Riverside Campus open day, all welcome.", []),
    ("Thank you to Wiltshire College staff and students for the food bank.", []),
]


def written() -> list[Post]:
    """The hand-written cases as posts with gold spans."""
    posts = []
    for text, spans in WRITTEN:
        post = Post(text=text)
        for label, piece in spans:
            start = text.index(piece)
            post.gold.append((label, start, start + len(piece)))
        posts.append(post)
    return posts
