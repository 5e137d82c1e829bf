"""Innocent senses of words that the abuse lexicon and model read as abuse.

A college's own posts use some of those words in another sense every week: a blue tit
at the bird feeder, a cock among the hens, a bitch and her puppies, a Dutch hoe in the
onion bed, spotted dick for pudding, jerk chicken in the canteen, a donkey that is "not
just an ass", the troll under the Billy Goats Gruff's bridge. :func:`innocent_spans`
finds such uses, and the abuse detector neither reports them from the lexicon nor lets
the model read them (they are blanked out, so the model's evidence can never point at
them either).

Two kinds of evidence for the innocent sense, our own lists:

- a fixed phrase the word is part of ("great tit" is not one: it needs birds nearby);
- a topic word elsewhere in the post (hens, puppies, weeds, a donkey), as long as
  nothing in the word's sentence speaks to someone or of oneself ("you", "your", "u",
  "my"): "you dog, you bitch" stays abuse whatever else the post says about dogs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Compounds whose word is never the insult: matched on folded (lower-case) text.
_PHRASES = (
    r"(?:blue|coal|long-tailed|long tailed|marsh|willow|crested|bearded|penduline)\s+"
    r"(?P<w>tits?)\b",
    r"\b(?:moby|spotted)\s+(?P<w>dick)\b",
    r"\b(?:philip\s+k\.?|p\.\s*k\.)\s+(?P<w>dick)\b",
    r"\b(?P<w>dick)\s+(?:whittington|turpin|king-smith|van dyke)\b",
    r"\b(?:dutch|draw|push|stirrup|onion|hand|swan-neck|swan neck)\s+(?P<w>hoes?)\b",
    r"\b(?P<w>jerk)\s+(?:chicken|pork|goat|fish|lamb|tofu|prawns?|wings|seasoning|"
    r"marinade|sauce|spice|spices|rub|paste|jackfruit|halloumi|salmon|veg|vegetables)\b",
)
_PHRASE = tuple(re.compile(p) for p in _PHRASES)


@dataclass(frozen=True, slots=True)
class _Sense:
    word: re.Pattern[str]
    context: re.Pattern[str]


def _words(*words: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(words) + r")\b")


_BIRDS = _words(
    "birds?", "bird ?watch\\w*", "nests?", "nesting", "nest ?box(?:es)?", "feeders?",
    "owls?", "robins?", "wrens?", "finch(?:es)?", "sparrows?", "blackbirds?", "buzzards?",
    "woodpeckers?", "rspb", "wildlife", "birdsong", "species", "chicks", "fledglings?",
    "flitting", "ornithology",
)  # fmt: skip
_POULTRY = _words(
    "hens?", "chickens?", "poultry", "cockerels?", "roosters?", "coops?", "flock",
    "bantams?", "pheasants?", "eggs?", "crow", "crows", "crowing", "farmyard", "pecking",
)  # fmt: skip
_DOGS = _words(
    "pupp(?:y|ies)", "pups?", "litter", "dogs?", "whelp\\w*", "kennels?", "breeders?",
    "breeding", "labradors?", "spaniels?", "terriers?", "greyhounds?", "collies?",
    "retrievers?", "sheepdogs?", "canine", "vets?", "veterinary",
)  # fmt: skip
_GARDEN = _words(
    "weeds?", "weeding", "rakes?", "trowels?", "spades?", "allotments?", "gardens?",
    "gardening", "horticultur\\w*", "soil", "beds", "planting", "onions?", "vegetables?",
    "seedlings?", "greenhouse", "hedges?", "borders?", "compost",
)  # fmt: skip
_DONKEYS = _words("donkeys?", "mules?", "jenny", "equine", "ponies", "pony", "stables?")
_FOLKLORE = _words(
    "goats?", "gruff", "bridges?", "fairy ?tales?", "fairytales?", "folk ?tales?",
    "folklore", "myths?", "mythology", "legends?", "norse", "norwegian", "panto",
    "pantomimes?", "puppets?", "storytime", "story ?telling", "ogres?", "goblins?", "elves",
    "gnomes?", "giants?", "dragons?", "trolls? dolls?",
)  # fmt: skip
_SENSES = (
    _Sense(re.compile(r"\b(tits?)\b"), _BIRDS),
    _Sense(re.compile(r"\b(cock)\b"), _POULTRY),
    _Sense(re.compile(r"\b(bitch)\b"), _DOGS),
    _Sense(re.compile(r"\b(hoes?)\b"), _GARDEN),
    _Sense(re.compile(r"\b(ass|asses)\b"), _DONKEYS),
    _Sense(re.compile(r"\b(trolls?)\b"), _FOLKLORE),
)
# Speaking to someone, or of oneself ("kiss my ass"): the sentence is not about the animal.
_SPOKEN_TO = re.compile(r"\b(?:you|your|you're|youre|yours|u|ur|ya|yourself|my|me)\b")
_SENTENCE = re.compile(r"[^.!?\n]+[.!?\n]*")
# Cheap test before any pattern runs: the words an innocent sense could be about.
_ANY = re.compile(r"\b(?:tits?|cock|dick|hoes?|jerk|bitch|ass|asses|trolls?)\b")


def innocent_spans(folded: str) -> list[tuple[int, int]]:
    """Where a word of ``folded`` (lower-cased text) is used in an innocent sense."""
    if not _ANY.search(folded):
        return []
    spans = [m.span("w") for phrase in _PHRASE for m in phrase.finditer(folded)]
    for sense in _SENSES:
        if not sense.context.search(folded):
            continue
        for sentence in _SENTENCE.finditer(folded):
            if _SPOKEN_TO.search(sentence.group()):
                continue
            for m in sense.word.finditer(sentence.group()):
                start = sentence.start() + m.start(1)
                spans.append((start, start + len(m.group(1))))
    return spans


def blank(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with the characters of ``spans`` made spaces (offsets unchanged)."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)
