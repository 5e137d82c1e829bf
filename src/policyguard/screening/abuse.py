"""Abusive language: slurs, threats, bullying, attacks on protected characteristics,
sexual content, profanity, and what a trained model reads as abusive.

Two sources, each with its own labels:

- the lexicon (``data/abuse_lexicon.txt``): ``slur``, ``threat``, ``sexual``,
  ``profanity``, ``bullying``, ``identity_attack`` and ``insult``. Matching folds case
  and the usual letter-for-digit swaps (``5h1t``), and letters stretched out
  (``fuuuuck``). An insult ("idiot", "fat") alone scores low; aimed at someone ("you
  are so fat", "Jack Smith is an idiot", "creeps like you", a retort ending on it:
  "prove it thug", "shut up idiot") it scores high.
- an identity attack: a protected group named next to a dehumanising or hostile word
  ("all <group> are vermin"), label ``identity_attack``;
- bullying in plain words (``_BULLYING``): someone told they are shut out ("nobody here
  wants you"), laughed at ("everyone is laughing at you"), should go ("do us all a
  favour and leave", "crawl back under your rock") or will never belong, label
  ``bullying`` at 0.75: a review, never a block alone; so too threats, sexual remarks and
  mockery of a body in plain words ("I know which bus you get", "send me more pics like
  that", "needs to lose 3 stone"), labels ``threat``, ``sexual`` and ``bullying``;
- words in an innocent sense (:mod:`policyguard.screening.senses`: blue tits, a Dutch
  hoe, jerk chicken) count for neither the lexicon nor the model;
- the linear model of :mod:`policyguard.screening.abuse_model` (with the transformer's
  student of :mod:`policyguard.screening.student` on every post and, for posts near its
  threshold, the fine-tuned transformer of :mod:`policyguard.screening.encoder`), label
  ``abusive_language``, pointing at the run of words its student weighed most (or,
  without the student, the word that weighed most in its n-gram part).

Scores share one scale: 0.5 is the tuned line between acceptable and abusive.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources

import ahocorasick  # type: ignore[import-not-found]  # ships no type stubs

from policyguard.lookalikes import LOOKALIKES
from policyguard.screening.abuse_model import AbuseModel, bundled_model
from policyguard.screening.base import (
    TRIPLED_LETTER,
    WORDS,
    Detection,
    fold,
    is_word_char,
    remove_overlaps,
    word_set,
)
from policyguard.screening.names import is_first_name
from policyguard.screening.prefilter import Alternation, Alternations, gated
from policyguard.screening.senses import (
    blank,
    counter_speech,
    innocent_spans,
    mentions,
    quotations_not_aimed,
    taken_back,
)

# Words that may sit between the target and the insult: "you are *such a* moron".
_BETWEEN = (
    r"(?:(?:a|an|the|so|such|really|absolute|absolutely|total|totally|complete|completely|"
    r"utter|utterly|proper|fucking|bloody|little|big|biggest|all|just|an absolute|two[- ]faced|"
    r"lying|sneaky|dirty|filthy|ugly|fat|thick|stupid|smelly|nasty|pathetic|useless|old|"
    r"a complete|a total|a proper)\s+){0,3}"
)
# An insult counts as aimed when it is said to or of someone: "you idiot", "you're such
# a moron", "he is a complete knucklehead", "call her a liar", "what an idiot", "bunch of
# losers". Only the words above may come between; "your", "her" and "what" followed by
# any words do not aim ("her stupid cat", "what a hopeless printer" are not attacks).
_TARGET = re.compile(
    r"(?:\b(?:you|u|ya)\s+(?:(?:are|were|r)\s+)?"
    r"|\b(?:you're|youre|you've been|he's|she's|they're|hes|shes|theyre)\s+"
    r"|\b(?:he|she|they)\s+(?:is|was|are|were|really is|really are)\s+"
    r"|\b(?:call|calls|called|calling)\s+(?:him|her|them|you|me)\s+"
    r")" + _BETWEEN + r"$"
    r"|\bwhat\s+an?\s+(?:(?:absolute|total|complete|utter|fucking|bloody)\s+)?$"
    # "look at this numpty tryna do a kickflip"
    r"|\blook\s+at\s+(?:this|that)\s+" + _BETWEEN + r"$"
    r"|\bbunch\s+of\s+$"
)
# Aimed at a handle or a named person: "@jsmith is a", "Mr Jones is such a", "Jack
# Smith is an", "Jack's a". Read on the original text (a name starts with a capital).
# One capitalised word alone counts only inside a sentence: at its start it may be any
# word ("Students were hopeless", "Macbeth is").
_NAME_WORD = r"(?:O'|Mc|Mac)?[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
_NAME = (
    r"(?:@\w+"
    rf"|\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir)\.?\s+{_NAME_WORD}"
    # a title in lower case, with its surname ("mr hooper is a", round 30's read half)
    r"|\b(?:mr|mrs|ms|dr)\.?\s+[a-z]{3,}"
    rf"|\b{_NAME_WORD}\s+{_NAME_WORD}"
    rf"|(?<![.!?:]\s)(?<=\w\s){_NAME_WORD})"
)
_AIMED_AT_NAME = re.compile(
    _NAME + r"(?:\s+(?:is|was|are|were)\s+|['\u2019]s\s+)" + _BETWEEN + r"$"
)
# Said to someone's face without "you": "creeps like you", "people like you", and an
# insult that ends a retort ("prove it thug", "shut up idiot", "nice try, dopey").
# Said of whoever runs a page, a role, or a group, when the insult ends its clause:
# "whoever runs this page is a proper dafty, ...", "that lot out west are gormless gowks.",
# "anyone still using Internet Explorer is a backwards halfwit, ..." (not "the principal is
# a clown today for Red Nose Day", "that lot are thick as thieves").
_ROLE_TARGET = re.compile(
    r"\b(?:whoever\s+(?:runs|posts|wrote|made|manages|put|sent|did|said|reported|took|nicked|"
    r"stole|teaches|taught|marks|marked|organised|organized|designed|picked|chose)\b[^.!?]{0,40}?"
    r"|(?:anyone|anybody|everyone|everybody)\s+(?:who|that|still|else)\b[^.!?]{0,50}?"
    r"|the\s+(?:[a-z]+\s+){0,2}?(?:admin|principal|tutor|teacher|lecturer|head|manager|caretaker|"
    r"receptionist|technician|librarian|coach|assessor)|(?:this|that)\s+(?:principal|tutor|teacher|"
    r"lecturer)|"
    # "dave the caretaker is a", "sarah from student services is a"
    r"[a-z]+\s+(?:the\s+(?:caretaker|receptionist|technician|librarian|cleaner)|from\s+(?:the\s+)?"
    r"(?:student\s+services|reception|finance|admissions|estates|security|the\s+office|"
    r"the\s+canteen|the\s+library|catering|facilities|hr|it))|"
    r"(?:[a-z]+\s+){0,2}fans|"
    r"(?:that|this|you|those)\s+lot(?:\s+[a-z]+){0,3}?)\s+(?:is|was|are|were)\s+"
    + _BETWEEN
    # (and one more word, perhaps hyphenated: "grimsby fans are fish-stinking pondlife")
    + r"(?:[a-z]+(?:-[a-z]+)?\s+)?$"
)
_LIKE_YOU = re.compile(r"\s+like\s+(?:you|u|ya|yourself)\b")
# An insult said of a group before a plural that ends the clause: "Exeter fans are inbred
# turnips, ..." (round 30's read half).
_THEN_PLURAL = re.compile(r"\s+[a-z]{3,}s\s*(?:[.!?,;:)]|$)")
# A group named bare before an insult ("west brom fans thick as mince, ..."), or the insult
# then said of everyone spoken to ("inbred cider swilling turnip heads the lot of ya"; not
# "useless, the lot of them" of pens).
_FANS_BARE = re.compile(r"\b[a-z]+\s+fans[,:]?\s+(?:r\s+)?$")
_LOT_OF_YOU = re.compile(
    r"[^.!?\n]{0,50}?\b(?:the\s+lot\s+of|(?:every|each)\s+(?:last\s+)?one\s+of)\s+(?:ya|you|yous|"
    r"youse|u)\b"
)
# An insult said to be all someone is: "m e l t. thats all you are".
_ALL_YOU_ARE = re.compile(r"[\s.,!]*(?:that'?s|thats)\s+all\s+(?:you|u)\s+(?:are|r)\b")
# Fondness that makes a name a tease: "proper dork, thats all you are 😂 love you sis".
_FOND = re.compile(r"\blove\s+(?:you|u|ya)\b|\bhappy\s+birthday\b|[\u2764\U0001f602\U0001f923]")
# An insult that names its target after it: "numpty of a principal", "clown of a tutor".
_OF_A = re.compile(
    r"\s+of\s+an?\s+(?:principal|tutor|teacher|lecturer|college|head|manager|man|woman|person|"
    r"human|student|page|boss)\s*(?:[.!?,;:)]|$)"
)
_RETORT = re.compile(
    r"\b(?:shut up|shut it|get lost|go away|prove it|piss off|sod off|bugger off|back off|"
    r"grow up|get a life|nice try|try again|keep crying|cry more|dream on|as if|whatever|"
    r"get out|do one|jog on|bye|oi|move|listen)[,!.]*\s+(?:you\s+)?$"
)
_FIRST_NAME_AIM = re.compile(
    r"(?:^|[.!?]\s+|\n)(?P<first>[A-Z][a-z]+)(?:\s+(?:is|was)\s+|['\u2019]s\s+)" + _BETWEEN + r"$"
)
_EXCLAIMED = re.compile(
    r"(?:^|[.!?]\s+|\n)(?:absolute|total|complete|utter|proper|right|such|actual|"
    r"effin'?|fucking|bloody)\s+(?:(?:little|big|massive)\s+)?$"
)
_SENTENCE_END = re.compile(r"\s*(?:[.!?\n]|$)")
_CLAUSE_END = re.compile(r"\s*(?:[.!?,;:)]|$)")
_STARRED = re.compile(r"(?<![\w*])(?=[a-z*]*[a-z])[a-z]*\*+[a-z*]*(?![\w*])")
_STRETCHED = re.compile(r"([a-z])\1{2,}")
# A word spelled out a letter at a time to slip past a filter: "c u n t", "s.l.a.g".
# (the look-behind after the first letter, one character further back: re skips to a
# letter in C instead of trying the pattern at every place; the same matches)
_SPELLED = re.compile(r"[a-z](?<![a-z0-9].)(?:[ .\-_][a-z]){2,}(?![a-z0-9])")
# Whether _SPELLED matches at all (asked of every post): the same test led by the mark
# after the first letter, so that the scan skips in C to marks, fewer than letters (a
# match exists where one of this exists; its span starts a character later).
_SPELLED_LOOK = re.compile(r"[ .\-_](?<=[a-z].)(?<![a-z0-9]..)[a-z](?:[ .\-_][a-z])+(?![a-z0-9])")
# A people's word and who: "the somali girls", "them romanian lads".
_PEOPLE_AND_WHO = (
    r"(?:somali|polish|romanian|pakistani|eritrean|bangladeshi|lithuanian|slovak|kurdish|"
    r"syrian|afghan|albanian|nigerian|indian|chinese|black|asian|muslim|jewish|roma|gypsy|"
    r"bulgarian|czech|arab|african|portuguese|filipino|nepali|ukrainian|jamaican|kashmiri|"
    r"yemeni|sudanese|iraqi|ghanaian|zimbabwean|jock|scottish)\s+(?:girls|lads|boys|women|men|kids|"
    r"students|families|teacher|tutor|"
    r"ones|people|lot)"
)
# Peoples and faiths in the plural ...
_PEOPLES = (
    "muslims|jews|hindus|sikhs|blacks|asians|africans|immigrants|migrants|refugees|foreigners|"
    "poles|romanians|gypsies|travellers|pakistanis|indians|somalis|albanians|kurds|eritreans|"
    "afghans|"
    "nigerians|bangladeshis|slovaks|the roma"
)
# ... and every group an attack may name.
_GROUPS = (
    _PEOPLES + "|muslim|jewish people|jew|christians|black people|asylum seekers|polish people|"
    "gays|gay people|lesbians|homosexuals|trans people|"
    "transgender people|bisexuals|women|girls|feminists|disabled people|the disabled|"
    "autistic people|arabs|chinese people|mexicans|whites|white people|"
    "roma people|roma families|roma camp|roma camps|afghans|syrians|"
    "lithuanians|irish people|bi people|"
    "bisexual people|polish lot|romanian lot|somali lot|pakistani lot|eritrean lot|"
    "eastern europeans|catholics|hindu people|sikh people|lgbt people|esol lot|esol students|"
    "esol learners|esol classes|" + _PEOPLE_AND_WHO
)
# Said of a group, words that dehumanise it or wish it gone: a block. "go back" and "get
# out" as an order ("... go back.", "... go back to where ...", "... get out of our
# country"), not "go back home for Christmas", "get out and vote". (Not "hate": "Afghans
# hate having their coats brushed" is the dogs hating; "hate Muslims" is below.)
_HOSTILE = (
    "animals|vermin|scum|filth|subhuman|inferior|parasites|rats|cockroaches|"
    "terrorists|criminals|rapists|paedos|pedos|savages|evil|a disease|a plague|not human|"
    "should die|should be killed|should be shot|should be banned|should be deported|"
    "scroungers|spongers|groomers|nonces|paedophiles|pedophiles|predators|perverts|leeches|"
    "freeloaders|"
    r"go back(?=\s*(?:[.!?,;]|$)|\s+(?:home\s*(?:[.!?,;]|$|where)|to\s+(?:where|your|their|africa|"
    r"asia|europe|poland|romania|pakistan|syria|somalia|iraq|afghanistan|albania|scotland)|where|"
    # "go back over the border" (round 33's read half)
    r"now|over\s+the\s+border)\b)|"
    r"get out(?=\s*(?:[.!?,;]|$)|\s+of\s+(?:our|this|my|the)\s+(?:country|town|city|college|area)"
    r"|\s+now\b)"
)
# Said of a group, words a person should weigh (a review, not a block): "... nick bikes",
# "... can't even speak English", "... went back where they came from" (a news report of
# people who went home), "... can't be trusted" ("... with a barbecue"), "... don't belong"
# ("... in detention centres") could be either.
_HOSTILE_SOFT = (
    "nick (?:cars|bikes|phones|stuff|things)|attention seekers|can'?t even speak english|"
    "cant even speak english|back where they came from|back to where they came from|"
    "disgusting|don't belong|do not belong|ruin everything|ruining (?:this|our) (?:country|"
    "town|city|area|college)|are all the same|can't be trusted|cannot be trusted|"
    "will (?:nick|steal|rob) (?:everything|anything|all the|your|our|from)|"
    "always start fights|always kick off|nick everything|steal everything|"
    "tak(?:e|ing) (?:all )?our (?:jobs|houses|homes|benefits)|scammers|all scammers|"
    # "these romanians on the course are all thieves, lock up ur lockers"
    "(?:all|just|nothing but|bunch of) (?:thieves|robbers|pickpockets|shoplifters)|thieving"
)
# (read branch by branch, each only where the strings it needs are in the post: most
# posts that name a group name no hostile word, and the first branch, tried at every word
# against every group, cost most of the detector's look for attacks on a group)
_IDENTITY_ATTACK = Alternation(
    re.compile(
        rf"\b(?:{_GROUPS})\b(?:[^.!?]{{0,40}}?)\b(?:{_HOSTILE})\b"
        rf"|\b(?:hate|kill|ban|deport|gas)\s+(?:all\s+)?(?:the\s+)?(?:{_GROUPS})\b"
        # "send the Kurds back" (not "send the Kurds back their forms", "must never send
        # Syrians back": see _negated)
        rf"|\bsend\s+(?:all\s+)?(?:the\s+|them\s+|those\s+)?(?:{_GROUPS})\s+(?:all\s+)?back\b"
        r"(?=\s*(?:[.!?,;]|$)|\s+(?:home|where|to\s+(?:where|their|your|its|africa|asia|europe)|"
        r"now|already)\b)"
        # "the somali lads stink the place out": said to smell, of a people (not "the girls'
        # changing room stinks", "the girls stink at darts")
        rf"|\b(?:{_PEOPLE_AND_WHO}|{_PEOPLES})\b"
        # (not what one "can smell": "the portuguese lads made custard tarts, you can smell
        # them from the car park")
        r"[^.!?]{0,40}?\b(?:stinks?|reeks?|(?<!can\s)(?<!could\s)smells?)\b"
        r"(?!\s+(?:at|nice|lovely|amazing|good|great)\b)"
        # "refugee scroungers": a people named in the singular as what is scorned
        r"|\b(?:refugee|migrant|immigrant|asylum(?:\s+seeker)?)\s+(?:scroungers|spongers|leeches|"
        r"freeloaders|parasites|scum|vermin|rats)\b"
        # "keep ur roma kids away from our bairns" (not "keep the roma families' forms together")
        rf"|\bkeep\s+(?:your|ur|yer|their|them|those|the)\s+(?:{_PEOPLE_AND_WHO}|{_PEOPLES})\s+away\s+"
        r"from\s+(?:our|my|us|here)\b"
    )
)
# A group's word for something else: "Afghans" for the hounds ("Dog grooming L2: Afghans
# hate having their coats brushed").
_NOT_PEOPLE = re.compile(
    r"\bafghans\b(?=[^.!?]{0,60}\b(?:coats?|grooming|groom|brush\w*|breeds?|crufts|walkies)\b)"
    r"|\b(?:dogs?|hounds?|grooming|groomers?|breeds?|pupp(?:y|ies)|crufts)\b[^.!?]{0,60}\bafghans\b"
)
# Words that take the hostility back: "Nigerians aren't scroungers", "we must never send
# Syrians back", "bi people are not attention seekers", "stop saying immigrants are scum".
_NEGATED_WITHIN = re.compile(r"\b(?:not|never|no\s+longer)\b|n'?t\b")
# (the hostile words' own "not": "can't be trusted", "don't belong", "not human")
_OWN_NEGATION = re.compile(
    r"can'?t\s+(?:even\s+speak|be\s+trusted)|cannot\s+be\s+trusted|don'?t\s+belong|"
    r"do\s+not\s+belong|not\s+human"
)
_NEGATED_BEFORE = re.compile(
    r"(?:\b(?:not|never)|n't|\bstop\s+(?:calling|saying)|\bdon'?t\s+(?:call|say))\s+(?:\w+\s+)?$"
)
_IDENTITY_SOFT = gated(re.compile(rf"\b(?:{_GROUPS})\b(?:[^.!?]{{0,40}}?)\b(?:{_HOSTILE_SOFT})\b"))
# Within the sentence before an attack on a group, words that report who said it: "the far
# right tell Somalis to go back", "rioters chanted that ...": news or a post against it, for
# a person to weigh.
_REPORTED = re.compile(
    r"\b(?:far[\s-]right|racists?|trolls?|bigots?|thugs|rioters|protesters|mobs?|crowds?|"
    r"chant\w*|shout\w*|graffiti|headlines?|tabloids?|leaflets?|placards?|banners?)\b"
)
# (each group's telling word: "polish" of "polish lot", not "lot" nor "people")
_GROUP_WORDS = frozenset(
    w for g in _GROUPS.split("|") for w in g.split() if w not in ("the", "lot", "people")
) | {
    "refugee",
    "migrant",
    "immigrant",
    "asylum",
}
# Bullying in plain words: no slur, swear word or insult, but someone is told that they
# are shut out, laughed at or should go (or are a joke). Read on the folded text. Up to
# four words may come between the parts ("nobody *at this college* wants you").
_SOME_WORDS = r"(?:[\w']+\s+){0,4}?"
_WHOLE_GROUP = r"the\s+whole\s+(?:class|year|college|school|group|form|team|course|building)"
# "notice you've gone", "notice when ur gone": not "... gone blonde", "... left early", "...
# gone if you just nip out", "... gone for fifteen minutes", "... gone to the loo".
_NOTICE_GONE = (
    # (and "notice you'd gone", not "... notice you'd left your coat")
    r"notice\s+(?:(?:that|when|if)\s+)?(?:(?:you'?ve|you\s+have|youve|you'?re|you\s+are|youre|ur|"
    r"u'?re|u\s+r|u\s+are)\s+(?:gone|left|not\s+(?:here|there|around))|(?:you'd|youd|u'd|you\s+"
    r"had)\s+gone)\b"
    r"(?!\s+(?:blonde|brunette|ginger|red|grey|gray|bald|pink|blue|purple|vegan|viral|quiet|home|"
    r"early|tomorrow|today|tonight)\b"
    r"|\s+to\s+(?:the\s+)?(?:loo|toilets?|bathroom|shops?|canteen|library|office)\b"
    r"|\s+for\s+(?:a\s+|an\s+|\w+\s+)?(?:mins?|minutes?|secs?|seconds?|hours?|bit|while|coffee|"
    r"break|tea|brew|smoke|fag|wee)\b"
    r"|\s+(?:if|when)\s+you\s+(?:just\s+)?(?:nip|pop|sneak|slip|step|head)\b"
    r"|\s+out\s+(?:for\s+(?:a|an|\w+)|to\s+(?:get|grab|buy))\b)"
)
_BULLYING = re.compile(
    # Shut out: nobody wants, likes, cares about, invited, would miss you.
    r"\b(?:nobody|no\s+one|no-one|noone|none\s+of\s+us)\s+"
    # ("nobody in the group chat actually likes you": five words between, or seven and
    # then "actually", "really" or "honestly": "nobody in the whole of level 3 business
    # actually likes you")
    + r"(?:(?:[\w']+\s+){0,5}?|(?:[\w']+\s+){0,7}?(?:actually|really|honestly)\s+)"
    + r"(?:(?:even\s+)?(?:wants?|likes?|cares?\s+about|invited|asked|needs?|would\s+miss"
    r"|will\s+(?:ever\s+)?(?:want|miss|like))\s+"
    r"(?:to\s+(?:sit|work|be|hang\s+out|talk|play|go)\s+(?:with|near|next\s+to)\s+)?(?:you|u)\b"
    r"(?!\s+to\b)"  # (not "no one ... ever wants you to miss out")
    r"|would\s+(?:care|notice)\s+if\s+you\b"
    # "nobody wants to watch them eat", "no one wants to sit near her"
    r"|wants?\s+to\s+(?:watch|see|look\s+at|hear|sit\s+(?:with|near|next\s+to)|be\s+near)\s+"
    r"(?:you|u|them|him|her)\s+(?:eat|eating|talk|talking|sing|singing|dance|dancing|speak|"
    r"speaking|walk|walking|cry|crying|anywhere|at\s+all|ever)\b"
    # "nobody will notice you've gone"
    r"|(?:will|would)\s+(?:even\s+)?" + _NOTICE_GONE + ")"
    # "nobody'll notice you're gone", "no one'd even notice ur gone"
    r"|\b(?:nobody|no\s+one|no-one|noone)(?:'ll|'d)\s+(?:even\s+)?"
    + _NOTICE_GONE
    +
    # Laughed at, hated, talked about by everyone.
    r"|\b(?:everyone|everybody|we\s+all|we\s+are\s+all|all\s+of\s+us|"
    + _WHOLE_GROUP
    + r")"
    r"\s+" + _SOME_WORDS + r"(?:hates?|(?:is|are)\s+laughing\s+at|laughs?\s+at|laughed\s+at"
    r"|(?:is|are)\s+sick\s+of|(?:talks?|is\s+talking|are\s+talking)\s+about"
    r"|says\s+things\s+about)\s+(?:you|your)\b"
    # "everyone laughs when you leave the room btw", "we all laugh behind your back"
    r"|\b(?:everyone|everybody|we\s+all|the\s+whole\s+(?:class|group|course))\s+(?:just\s+)?"
    r"(?:laughs?|laughed|cracks?\s+up|cringes?|groans?)\s+(?:(?:when|as\s+soon\s+as|whenever|"
    r"after)\s+(?:you|u)\s+(?:leave|walk|talk|speak|open|turn|go|come\s+in)|behind\s+(?:your|ur)\s+"
    r"back)\b"
    # Told to go: "do us all a favour and leave", "crawl back under your rock".
    r"|\bdo\s+(?:us|us\s+all|everyone|everybody|the\s+world|the\s+rest\s+of\s+us)\s+"
    r"a\s+favou?r\s+and\s+(?:just\s+)?(?:leave|go|quit|disappear|die|delete\s+your|stop\s+coming"
    r"|never\s+(?:come|post|show|speak)|stay\s+away|drop\s+out|shut\s+up|don'?t\s+wake\s+up"
    r"|don'?t\s+bother\s+coming\s+back"
    r"|don'?t\s+come\s+back|never\s+wake\s+up)\b(?!\s+(?:the|your|my|his|her|their|before|early|"
    r"late|in|on|at|for|to|and|until|till|when|without)\b)"
    # "hope she never wakes up", not "... doesn't wake up before we finish decorating"
    r"|\b(?:hope|wish)\s+(?:you|u|she|he|they)\s+(?:don'?t|doesn'?t|never)\s+wakes?\s+up"
    r"(?:\s+(?:again|tomorrow|ever))?\s*(?:[.!?,;]|$)"
    r"|\b(?:crawl|slither|slink|creep)\s+back\s+(?:in\s*to|under|to)\s+"
    r"(?:whatever|wherever|your|the\s+\w+\s+you)\b"
    r"|\b(?:go|get)\s+back\s+(?:in\s*to|under)\s+(?:whatever|your|a|the)\s+"
    r"(?:rock|stone|hole|cave|sewer|gutter)\b"
    r"|\b(?:why\s+don't\s+you|you\s+should|just)\s+(?:just\s+)?"
    r"(?:disappear|vanish|leave|quit|drop\s+out)(?:\s+(?:now|already|today))?\s*(?:[,.!?;]|$)"
    r"|\bshould\s+just\s+drop\s+out\b"
    r"|\btake\s+the\s+hint\s+and\s+(?:just\s+|quietly\s+)?(?:leave|go|quit|drop\s+out)\b"
    # "Nobody on this course wants Priya here", "no one wants to be his mate"
    r"|\b(?:nobody|no\s+one|no-one|noone)\s+(?:on|in|at)\s+(?:this|the|our)\s+(?:course|class|"
    r"college|group|year|team|form)\s+wants?\s+[a-z]+\s+(?:here|around)\b"
    r"|\b(?:nobody|no\s+one|no-one|noone)\s+wants\s+to\s+be\s+(?:his|her|your|their)\s+"
    r"(?:mate|friend|partner)\b"
    # said of someone: "nobody actually likes him", "no one would miss her, tbh" (not "nobody
    # likes her cooking", "nobody asked him to, he just did it")
    r"|\b(?:nobody|no\s+one|no-one|noone)\s+" + _SOME_WORDS + r"(?:likes?|wants?|cares?\s+about|"
    r"would\s+miss|will\s+(?:ever\s+)?(?:miss|like)|can\s+stand)\s+(?:him|her)"
    # not asked ("Why does Scrooge think nobody likes him?")
    r"(?=\s*(?:[.!,;:)](?!\?)|$)|\s+(?:and|because|cos|coz|so|tbh|lol|anyway|at\s+all|really|here|"
    r"there|either|for\s+a\s+reason)\b)"
    # Told their say is unwanted: "nobody wants your opinion", "no one asked for ur input"
    # (not "nobody needs your views more than the SU")
    r"|\b(?:nobody|no\s+one|no-one|noone)\s+(?:even\s+|actually\s+|really\s+|here\s+)?"
    r"(?:wants|asked\s+(?:for|about)|cares\s+(?:about|what)|needs|is\s+interested\s+in)\s+"
    r"(?:your|ur|yer|her|his)\s+(?:(?:stupid|silly|pathetic|rubbish|crap|little)\s+)?"
    r"(?:opinions?|input|views?|thoughts|take|two\s+cents|comments?|advice)\b"
    r"(?!\s+(?:more|less|as)\b|\s*\?)"  # not "No one asked for your input? We did!"
    # Told that they do not belong and never will, or will always be alone.
    r"|\byou\s+(?:don't|do\s+not|will\s+never|'ll\s+never|never\s+will)\s+"
    r"(?:belong|fit\s+in)\b"
    r"|\byou(?:'ll|\s+will)\s+(?:always\s+)?be\s+(?:alone|on\s+your\s+own|by\s+yourself)\b"
    # Called a joke: "you're a joke", "you are a total embarrassment".
    r"|\byou(?:'re|\s+are|\s+r)\s+(?:such\s+|just\s+)?(?:an?\s+)?(?:total\s+|complete\s+)?"
    r"(?:joke|embarrassment|laughing\s*stock|waste\s+of\s+(?:space|air|oxygen))\b"
    # Laughed at, and told so by those laughing: "we were all laughing at your
    # presentation, not with you" (not "if they're laughing at you, not with you, report it")
    r"|\b(?:we|we're|we\s+were|we\s+are|everyone\s+(?:was|is)|everyone's)\s+(?:all\s+)?"
    r"laughing\s+at\s+(?:you|u|your\s+[a-z]+)\s*,?\s+not\s+with\s+(?:you|u)\b"
    # Shut out by agreement, or told all would be better without them: "we've all agreed
    # not to talk to you anymore", "it might be better for everyone if you just didn't come
    # back after half term" (round 39's read half)
    r"|\b(?:we'?ve|we\s+have|we|everyone'?s|everyone\s+has|everybody'?s|the\s+whole\s+\w+\s+"
    r"(?:has|have))\s+(?:all\s+)?(?:agreed|decided)\s+(?:not\s+to\s+(?:talk|speak|sit|hang\s+out)\s+"
    r"(?:to|with)|to\s+(?:ignore|blank))\s+(?:you|u)\b"
    r"|\bbetter\s+for\s+(?:everyone|everybody|all\s+of\s+us|us\s+all)\s+if\s+(?:you|u)\s+(?:just\s+)?"
    r"(?:didn'?t\s+come\s+back|never\s+came\s+back|weren'?t\s+here|stayed\s+(?:away|home)|"
    # (left or quit, full stop: not "... if you left your bags in the lockers")
    r"disappeared|dropped\s+out|(?:left|quit)(?=\s*(?:[.!?,;]|$)))\b"
    # Told they are alone for how they smell: "you'd have more pals if you actually washed".
    r"|\b(?:you'?d|you\s+would|u\s+would|ud|u'd)\s+have\s+(?:more|some|any)\s+(?:friends|pals|"
    r"mates)\s+if\s+(?:you|u)\s+(?:actually\s+|ever\s+)?(?:washed|showered|had\s+a\s+(?:wash|"
    r"shower|bath)|brushed\s+your\s+teeth|used\s+deodorant)\b"
)

# Threats and harassment in plain words, read on the folded text like ``_BULLYING`` and,
# like it, a review (0.75), never a block alone: a veiled threat ("I know which bus you
# get", "watch your tyres", "we'll be waiting"), wishing someone harm ("hope you get run
# over"), calling for violence ("he needs a slap"); sexual remarks about a person ("I'd
# give her one", "send me more pics") and mockery of a body ("needs to lose 3 stone").
_PLAIN_THREAT = re.compile(
    # London's "wet up" (stabbed): "any lewisham yute seen in croydon gets wet up", "man
    # will wet you up" (not "we got wet up on the moors": rain)
    r"\b(?:gets?|getting|got|get\s+(?:u|you|him|her|them|dem))\s+wet\s+up\b"
    r"(?!\s+(?:there|the|on|in|at|here|top|by|to)\b)"
    r"|\bwet\s+(?:you|u|him|her|them|dem|man|mans|him\s+and\s+his\s+\w+)\s+up\b|"
    r"\b(?:i|we|they|we\s+all|everyone)\s+knows?\s+(?:where\s+you\s+(?:live|go|work|park|sit|"
    r"hang\s+out)|(?:which|what)\s+(?:bus|stop|train|way|route)\s+you\s+(?:get|take|catch|go|walk)"
    r"|what\s+time\s+(?:you|u|ur|your)\s+(?:(?:class|lesson|shift|course|bus)\s+)?(?:leave|leaves|"
    r"finish|finishes|ends|get\s+off|gets\s+out)(?![^.!?\n]{0,50}?\b(?:save|saving|meet|pick|"
    r"picking|lift|collect|surprise|party|cake|card|present|celebrat\w*|minibus|coach|taxi|"
    r"transport|timetable)\b)"
    r"|where\s+your\s+(?:mum|mom|dad|family|"
    r"house|car)\b)"
    r"|\bwatch\s+your\s+(?:tyres|car|house|windows)\b"
    # (round 39's read half) "people like him don't usually last long round here", "be a
    # shame if your dad saw them" (pictures held over someone)
    r"|\bpeople\s+like\s+(?:you|u|him|her|them)\s+(?:don'?t|never)\s+(?:usually\s+)?last\s+long\b"
    r"|\b(?:be\s+a|would\s+be\s+a|it'?d\s+be\s+a)\s+shame\s+if\s+(?:your|ur)\s+(?:dad|mum|mam|"
    r"parents|nan|boyfriend|girlfriend|bf|gf|husband|wife|family|tutor|teacher|boss)\s+"
    r"(?:saw|seen|found|got)\b"
    r"|\b(?:we|i|me\s+and\s+the\s+(?:boys|lads)|they)(?:'ll|\s+will)\s+be\s+waiting\b"
    # not "we'll be waiting at the gate for the coach", "... to welcome you" (within a few
    # words, and no "you" between: "waiting at the bus you get, for the bus home")
    r"(?!(?:(?!\b(?:you|u|ya)\b)[^.!?\n]){0,40}?\b(?:to\s+(?:welcome|greet|cheer)|for\s+"
    r"(?:the\s+)?(?:coach|coaches|bus|buses|minibus|train|kick[- ]off|match|trip|results|"
    r"doors)|with\s+(?:cake|tea|coffee|refreshments|a\s+smile|open\s+arms|prizes|"
    r"goodies|freebies|a\s+warm)|open\s+arms))"
    r"|\byou\s+won't\s+be\s+(?:smiling|laughing)\b"
    r"|\bwait\s+(?:till|until|til)\s+(?:i|we)\s+(?:see|get|catch)\s+(?:you|u)\b"
    # ("hope u all get jumped walking home", "hope yous get glassed")
    r"|\b(?:hope|wish)\s+(?:you|u|he|she|they|yous|ya)\s+(?:all\s+|lot\s+|both\s+)?(?:gets?|got)\s+"
    r"(?:run\s+over|hit\s+by|stabbed|hurt|beaten|battered|jumped|glassed|shanked|"
    r"merked)\b"
    r"|\b(?:hope|wish)\s+(?:you|u|he|she|they)\s+(?:dies?|drops?\s+dead)\b"
    # "hope the gamekeeping loon gets his heid blown aff" (round 32's read half)
    r"|\b(?:hope|wish)\s+(?:you|u|ye|he|she|they|the\s+\w+(?:\s+\w+)?)\s+(?:gets?|got)\s+"
    r"(?:his|her|their|your|ur|yer|its)\s+(?:head|heid|face|teeth|legs?|neck)\s+(?:blown|kicked|"
    r"smashed|caved|knocked|bashed|battered)\s+(?:off|aff|in)\b"
    # "stop messaging my sister or you'll get it, last warning" (not "... or you'll get it
    # wrong", "revise and you'll get it")
    r"|\bor\s+(?:else\s+)?(?:you'?ll|you\s+will|u'?ll|ull|youll|u\s+will)\s+get\s+it\b"
    r"(?=\s*(?:[.!,]|$|yaar|bro|bruv|mate|last|i\s+swear|trust\s+me))"
    r"|\bstop\s+\w+ing\b[^.!?\n]{0,60}?\b(?:last|final)\s+warning\b"
    # "Leave her alone or you'll regret it" (not "apply now or you'll regret it")
    r"|\bleave\s+(?:her|him|them|my\s+\w+|[a-z]+)\s+alone\b[^.!?\n]{0,20}?\bor\s+(?:else\b|(?:you'?ll|"
    r"u'?ll|you\s+will|ull)\s+(?:regret\s+it|get\s+it|be\s+sorry|see)\b)"
    r"|\bneeds?\s+(?:a\s+(?:good\s+)?)?(?:slap|smack|punch|kicking|beating|battering"
    r"|hiding|good\s+hiding)\b"
    r"|\bteach\s+(?:him|her|them|you)\s+a\s+lesson\b"
    # "Mr Patel better watch his back", "gizza reason not to batter you", "hope your car
    # gets keyed", "hope the ground burns down with you lot in it"
    r"|\b(?:better|best)\s+watch\s+(?:his|her|their|your|ur)\s+backs?\b"
    # "I'll batter you", "gizza reason not to lamp that lad" (not "batter you some fish",
    # "I'll batter him at FIFA")
    r"|\b(?:i'?ll|ill|i\s+will|we'?ll|we\s+will|(?:i'?m|im|we'?re)\s+(?:gonna|going\s+to)|ima|"
    r"imma|i'ma|gonna|gunna|not\s+to)\s+(?:proper\s+|fully\s+|absolutely\s+|just\s+)?(?:batter|"
    r"lamp|deck|leather|glass|bottle|box)\s+(?:you|u|ya|yer|him|her|(?:that|the)\s+(?:lad|lass|"
    r"girl|boy|kid|guy|man|woman|prick|idiot|grass|snitch)|(?:your|ur)\s+(?:boyfriend|girlfriend|"
    r"bf|gf|mate|brother|sister|cousin))\b(?!\s+(?:some|a|an|up|out|at|in|on|lads|boys|girls)\b)"
    r"(?![^.!?\n]{0,40}?(?:\b(?:final|match|game|fifa|pool|darts|league|quiz|tournament|pitch|"
    # (or a game named just after: "I'll batter you all, it's the Tekken tourney", ordinary
    # probe 282; not "(respectfully)" alone, the review)
    r"ring|sparring|chippy|tekken|kombat|mario|kart|smash\s+bros)\b|\d+\s*-\s*\d+))"
    r"|\b(?:hope|wish)\s+(?:your|ur|his|her|their)\s+(?:car|house|bike|van|windows|tyres|flat)\s+"
    r"(?:gets?|get|is|are)\s+(?:keyed|smashed|torched|burnt|burned|nicked|trashed|done\s+in)\b"
    r"(?!\s+time\b|\s*\.{2,}|\s+by\b)"
    r"|\b(?:hope|wish)\s+(?:someone|somebody)\s+(?:keys|smashes|torches|slashes|trashes)\s+(?:your|"
    r"ur|his|her|their)\s+(?:car|house|bike|van|windows|tyres|flat)\b"
    # "hope the ground burns down with you lot in it" (not "hope the candle burns down with
    # the wick still inside")
    r"|\b(?:hope|wish)\b[^.!?]{0,40}?\bburns?\s+(?:down\s+)?with\s+(?:you|u|ya|yous|them|him|her)\b"
    r"|\b(?:hope|wish)\b[^.!?]{0,40}?\bburns?\s+(?:down\s+)?with\s+(?:[^.!?]{0,20}?\s)?(?:you|u|ya|"
    r"yous|them|him|her|everyone|everybody|all\s+(?:of\s+)?(?:the\s+)?[a-z]+|the\s+lot\s+of\s+"
    r"(?:you|them)|staff|teachers|tutors|management|students|governors)\b[^.!?]{0,20}?\b(?:inside|"
    r"in\s+it)\b"
    # "you better watch yourself walking to the Metro tonight", "watch yourself walking home
    # past the park tonight Connor" (not "watch yourself on the icy paths", "... on the
    # video", "watch yourself at the station on Friday, it'll be packed")
    r"|\bwatch\s+(?:yourself|urself|yaself)\b(?![^.!?\n]{0,60}?"
    r"\b(?:ic[ey]|slippery|snow|frost|weather|roads?|traffic|cyclists|flood\w*|video|camera|film|"
    r"mirror|replay|recording|back|perform\w*|brilliant|amazing|stage|screen|tv|youtube|tiktok|"
    r"footage|clip|well-lit|lit|routes?|safe\w*|careful|together|stick\s+to|busy|packed|crowd\w*|"
    r"queues?|fans|pickpockets|thieves|wet|mud\w*|puddles?|potholes?)\b)"
    r"(?=[^.!?\n]{0,40}?\b(?:tonight|friday|monday|tuesday|wednesday|thursday|saturday|sunday|"
    r"after\s+(?:college|school|class)|bus\s+stop|station|gates|when\s+it\s+gets\s+dark|mate|pal|mr|"
    r"mrs|miss)\b)"
    # "you better not be at the bus station on Friday or else", "you'd better sleep with
    # one eye open", "just wait, you'll get what's coming to you" (not "work hard and
    # you'll get what's coming to you: a certificate")
    r"|\b(?:you|u)\s+(?:had\s+|'d\s+)?better\s+not\s+be\s+(?:at|in|near|on|outside|round)\b"
    r"(?=[^\n]{0,50}?\b(?:(?:last|final)\s+warning|or\s+else|i\s+swear|if\s+i\s+see\s+(?:you|u))\b)"
    r"|\b(?:better|best|should|wanna|might\s+want\s+to)\s+sleep\s+with\s+one\s+eye\s+open\b"
    r"|(?:^|(?<=[.!?,;:])\s*|\b(?:just\s+)?wait\s*,?\s*)(?:you'?ll|you\s+will|u'?ll|ur\s+gonna|"
    r"you'?re\s+gonna)\s+get\s+what'?s\s+coming\b(?:\s+to\s+(?:you|u|ya))?(?=\s*(?:[.!?]|$|mate\b"
    r"|pal\b|trust\s+me|i\s+swear|believe\s+me|after\s+(?:college|school|class)|tonight|tomorrow"
    r"|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)))"
    # "someone's gonna smash your car windows in", "I'll put you through the window"
    r"|\b(?:someone|somebody)(?:'s|\s+is)\s+(?:gonna|going\s+to)\s+(?:(?:smash|key|torch|slash|"
    r"trash)\s+(?:your|ur)\s+(?:car|windows?|face|head|tyres|house|bike|van|teeth)|(?:do\s+in|"
    r"batter|jump|stab|knife)\s+(?:you|u))\b"
    r"|\b(?:i'?ll|i\s+will|gonna|ima)\s+(?:come\s+(?:in|round|down|up)\s+and\s+)?put\s+(?:you|u|him|"
    r"her)\s+through\s+(?:a|the|that)\s+"
    r"(?:[a-z]+\s+)?(?:window|table|windscreen|glass|fence)\b"
    # "whoever reported me, I'll find out who you are" (not "... we'll find out who you are
    # and thank you")
    r"|\bwhoever\s+(?:reported|grassed|snitched|told)\b[^.!?]{0,60}?[.!,]?\s*(?:i|we)(?:'ll|\s+will)\s+"
    r"find\s+(?:out\s+who|you)\b(?![^.!?]{0,40}\b(?:thank|reward|prize|credit|congratulat\w*)\b)"
    # "keep running your mouth and see what happens", "grass on me again and see what
    # happens", "see what happens when ur walking to the bus stop on your own" (not "keep
    # posting and see what happens to your reach")
    r"|\b(?:keep|carry\s+on)\s+(?:(?:talking|chatting|posting|telling\s+people|lying)\s+(?:about|"
    r"abt)\s+me|(?:running|mouthing)\s+(?:your|ur|ya)\s+mouth|mouthing(?:\s+off)?|grassing|"
    r"snitching|slagging\s+me(?:\s+off)?)\b[^.!?]{0,40}?\band\s+(?:see|watch)\s+what\s+happens\b"
    r"(?!\s+(?:to|with|in|on|if)\b)"
    # "keep walking past me like that and see what happens to your face"
    r"|\bkeep\s+[a-z]+ing\b[^.!?]{0,20}?\b(?:me|my)\b[^.!?]{0,40}?\band\s+(?:see|watch)\s+what\s+"
    r"happens\s+to\s+(?:your|ur)\s+(?:face|car|teeth|head|legs|nose)\b"
    # doxxing: "got your home address off the register ... it all goes on insta"
    r"|\b(?:got|have|know|found)\s+(?:your|ur)\s+[^.!?]{0,40}?\baddress\b[^.!?]{0,80}?\b(?:goes|go|"
    r"going|put|posting|post|posted|leak\w*|share|sharing)\s+(?:it\s+)?(?:all\s+)?(?:on\s+(?:insta\w*|snap\w*|"
    r"tiktok|facebook|fb|twitter|socials|here|the\s+(?:internet|group\s*chat|gc))|online|everywhere)\b"
    r"|\bdelete\s+(?:this|that|my|it|the)\s+(?:[a-z]+\s+)?again\s+and\s+see\s+what\s+happens\b"
    r"(?!\s+(?:to|with|in|on|if)\b)"
    r"|\b(?:(?:grass|snitch|tell)\s+on\s+me|report\s+me|touch\s+(?:me|my)\s+[a-z]+|(?:say|post)\s+"
    r"(?:that|it|owt|anything)\s+about\s+(?:me|my)\s+[a-z]+)\s+again\s+and\s+see\s+what\s+happens\b"
    r"|\bsee\s+what\s+happens\s+when\s+(?:you'?re|ur|u\s+r|you\s+are)\s+(?:walking\s+(?:home|to|"
    r"back)|on\s+your\s+own|alone|by\s+yourself)\b"
    r"(?=[^.!?\n]{0,40}?\b(?:tonight|later|after\s+(?:college|school|class)|bus\s+stop|station|"
    r"gates)\b)"
    # "wait till Friday, me and the lads will be outside the gates" (not "... outside the
    # Union with a bake sale")
    r"|\bwait\s+(?:till?|until)\s+[a-z]+\b[^.!?\n]{0,40}?\bme\s+and\s+the\s+(?:lads|boys)\s+"
    r"(?:will|'ll)\s+be\s+(?:outside|waiting)\b(?![^.!?\n]{0,40}?\b(?:with|selling|collecting|"
    r"bake|stall|cheer\w*|for\s+the|raising|fundrais\w*|sign|ground|stadium|say\s+hi)\b)"
    # "hope you fall off that scaffolding", "hope he breaks his neck" (not "... the ladder of
    # success", "... his arm-wrestling record")
    r"|\b(?:hope|wish)\s+(?:you|u|he|she|they)\s+(?:falls?\s+(?:off|down|from)\s+(?:that|the|a)\s+"
    r"(?:scaffold\w*|roof|ladder|bridge|cliff|building|balcony|stairs|multi[- ]?storey)\b"
    r"(?!\s*(?:\.{2,}|\u2026)?\s*of\b)|breaks?\s+(?:your|ur|his|her|their)\s+(?:neck|legs?|arms?)\b"
    r"(?!-|[^.!?\n]{0,40}(?:\b(?:tonight|show|stage|theatre|opening|performance)\b|\U0001f3ad)))"
    r"|\bdeserves?\s+(?:a\s+(?:good\s+)?)?(?:slap|smack|punch|kicking|beating|battering|hiding)\b"
    r"(?!\s*-|\s+(?:card|cards|line|lines|bowl|of|place|ram|bag|on)\b)"
    # "say that to my face after college", "try grassing again and you'll find out what
    # happens", "we're coming for you Friday at the gates", "I'll get my cousins on you",
    # "shame if the tyres went flat overnight", "find out who reported me and then ur done"
    r"|\bsay\s+(?:that|it)\s+(?:again\s+)?to\s+my\s+face\b"
    # "i will end you", "think about that before you report me", "cant fight, come to
    # reading and find out"
    # (not "I'll end you at Uno", "gonna end her season on a high")
    r"|\b(?:i'?ll|i\s+will|imma|ima|gonna|i'?m\s+(?:gonna|going\s+to))\s+(?:end|finish)\s+(?:(?:you|u)"
    r"\b|(?:him|her)\b(?=\s*(?:[.!?,]|$))|(?:ur|your)\s+life\b)"
    r"(?![^.!?\n]{0,40}?(?:\b(?:at|in|on)\s+(?:the\s+)?(?:\w+\s+)?(?:fifa|mario|smash|chess|pool|"
    r"darts|quiz|uno|badminton|tennis|round|game|match|monopoly|cards|scrabble)\b|\U0001f602|"
    r"\U0001f923))"
    r"|\bthink\s+(?:about\s+(?:that|it)|twice)\s+before\s+(?:you|u)\s+(?:report|grass|tell|snitch)"
    r"\w*\s+(?:on\s+)?me\b"
    r"|\b(?:grass|snitch|tell)\s+on\s+me\s+and\s+see\s+what\s+happens\b"
    # "cant fight, come to reading and find out", "wanna fight? come down to great yarmouth
    # and find out" (not "think you can fight fires? come to Thetford and find out")
    r"|\b(?:wanna\s+fight|want\s+(?:a|to)\s+(?:fight|scrap)(?!\s+(?:fires?|for|crime|cancer|poverty)\b)|(?:think|reckon)\s+(?:you'?re|ur|youre)"
    r"\s+hard|hard\s+man|can'?t\s+fight|cant\s+fight)\b[^\n]{0,40}?\bcome\s+(?:down\s+|round\s+|up\s+)?"
    r"to\s+(?:[a-z]+\s+){1,3}?and\s+find\s+out\b(?=\s*(?:[.!?,]|$))"
    r"|\btry\s+(?:grassing|snitching|reporting\s+me|that|it)\s+again\b[^.!?]{0,30}?\b(?:see|find\s+"
    r"out|watch)\s+what\s+happens\b"
    r"|\b(?:we'?re|i'?m|im|they'?re)\s+coming\s+for\s+(?:you|u|ya)\b(?=[^.!?\n]{0,30}\b(?:tonight|"
    r"tomorrow|friday|monday|tuesday|wednesday|thursday|saturday|sunday|after\s+(?:college|school|"
    r"class)|gates|outside)\b)"
    r"|\bget\s+my\s+(?:cousins|brothers?|boys|lads|mates|uncles?)\s+(?:on|onto)\s+(?:you|u|him|her)\b"
    r"|\bshame\s+if\s+(?:the|your|ur)\s+(?:tyres|windows?|car|paint(?:work)?|brakes|brake\s+lines?|"
    r"wheels?|wheel\s+nuts)\s+(?:went|got|were|was|failed|came\s+off)\b"
    r"|\bfind\s+out\s+who\s+(?:reported|grassed|snitched)\b[^.!?]{0,30}?\b(?:ur|you'?re|your|they'?re)\s+"
    r"done\b"
    # "teach that receptionist a lesson", "a lesson she won't forget"
    r"|\bteach\s+(?:that|this)\s+[a-z]+\s+a\s+lesson\b(?!\s+(?:on|in|about|of|for|at|with)\b)"
    r"|\bteach\s+[^.!?]{1,30}?\s+a\s+lesson\s+(?:she|he|they|you|u)(?:'ll|\s+will)?\s+"
    r"(?:won'?t|wont|will\s+never|never)\s+forget\b"
)
_PLAIN_SEXUAL = re.compile(
    r"\bsend\s+(?:me\s+)?(?:more\s+)?(?:pics|pictures|nudes|photos|snaps)\s+(?:like\s+that"
    r"|of\s+(?:you|u|yourself)|in\s+your)\b"
    r"|\bsend\s+(?:me\s+)?nudes\b"
    r"|\bshow\s+(?:me|us)\s+(?:your|ur|her|them)\s+(?:breasts?|boobs|tits|bum|arse|body|chest|nudes?|"
    r"bits)\b"
    # "what colour bra you wearing today miss", "get you alone in the store cupboard 😉"
    r"|\bwhat\s+colou?r\s+(?:bra|knickers|pants|thong|underwear)\b"
    r"|\bget\s+(?:you|u|her|him)\s+alone\b(?=[^.!?\n]{0,40}(?:\b(?:cupboard|store\s*room|my\s+car|"
    r"if\s+you\s+know)\b|[\U0001f609\U0001f60f\U0001f975\U0001f924]))"
    r"|\b(?:i'?d|i\s+would|would)\s+(?:give\s+(?:her|him)\s+one|smash|bang\s+(?:her|him))\b"
    r"|\bonlyfans\b"
    # "you'd look better on your knees than behind that desk"
    r"|\b(?:you'?d|you\s+would|u'?d|she'?d|she\s+would|he'?d|he\s+would)\s+look\s+(?:much\s+|way\s+)?"
    r"(?:better|good|great|nicer|fit)\s+on\s+(?:your|ur|her|his)\s+knees\b"
    # "sit at the front just to look down her top", "ur body in that pic tho", "dm me more,
    # ill show u mine" (not "your body in this video is square to the ball", "show me your
    # timetable and I'll show you mine")
    r"|\b(?:look|looking|see|peek|peeking|stare|staring|perv|perving)\s+down\s+(?:her|your|ur)\s+"
    r"(?:top|shirt|blouse|dress)\b"
    r"|\bur\s+body\s+in\s+(?:that|this|the|ur)\s+(?:pic|photo|picture|pik|selfie)\b"
    r"|\byour\s+body\s+in\s+(?:that|this|the|your)\s+(?:pic|photo|picture|selfie)\s+(?:tho|though|"
    r"omg|wow|damn|da+mn|phwoar|mmm+|is\s+(?:unreal|insane|fire|perfect|something\s+else))\b"
    r"|\b(?:dm|pm|snap|pics?|nudes?)\b(?![^\n]{0,40}?\b(?:recipe|timetable|notes|revision|homework|"
    r"essay|results|project|grades|marks|schedule|rota|work)\b)[^\n]{0,40}?\bi'?ll\s+show\s+(?:u|you)"
    r"\s+mine\b"
    # a remark on how someone would look undressed, or asking for pictures so
    r"|\b(?:you|u|ya|she|he|they)(?:'?d|\s+would|\s+wud)?\s+looks?\s+"
    r"(?:even\s+|much\s+|way\s+|a\s+lot\s+|so\s+much\s+)?better\s+"
    r"(?:(?:with|in)\s+(?:less|fewer|no)|without(?:\s+any)?)\s+(?:clothes|clothing)\b"
    # "send me a pic of you in the uniform, bet u look even better out of it"
    r"|\b(?:bet|i\s+bet)\s+(?:you|u|ya|she|he)\s+looks?\s+(?:even\s+|much\s+|way\s+|so\s+much\s+)?"
    r"better\s+(?:out\s+of|without)\s+(?:it|them|that|those)\b"
    r"|\b(?:you|u|ya|she|he|they)(?:'?d|\s+would|\s+wud)?\s+looks?\s+"
    r"(?:even\s+|much\s+|way\s+|a\s+lot\s+|so\s+much\s+)?better\s+with\s+(?:your|ur|her|his)\s+"
    r"(?:clothes|top|shirt|bra)\s+off\b"
    r"|\b(?:pics?|pictures?|photos?|snaps?|vids?|videos?)\s+(?:of\s+(?:you|u|yourself)\s+)?"
    r"(?:(?:without|with\s+no)\s+(?:(?:your|ur|a|any)\s+)?(?:top|clothes|shirt|bra|knickers|pants)"
    r"(?!\s*(?:coat|tier|layer|sheet|soil|dressing|hat|up|on\s+the\s+(?:club|college|team))\b)"
    r"|with\s+(?:your|ur)\s+(?:top|shirt|bra|clothes)\s+off)\b"
    r"|\btake\s+(?:(?:your|ur)\s+(?:top|clothes|shirt|bra|knickers)\s+off|off\s+(?:your|ur)\s+"
    r"(?:top|clothes|shirt|bra|knickers))\s+(?:for|4)\s+(?:me|us)\b"
    r"|\b(?:massive|big|nice|huge|great)\s+(?:rack|boobs|tits|arse|bum|knockers)\b"
    r"(?!\s+of\b)"  # not "a great rack of lamb"
)
_PLAIN_BODY = re.compile(
    r"\bpaper\s+bag\s+over\s+(?:her|his|their|your|its)\s+head\b"
    r"|\bneeds?\s+to\s+lose\s+(?:like\s+)?(?:\d+|a\s+few|some|a\s+couple\s+of)\s+"
    r"(?:stone|pounds|lbs|kilos|kg)\b"
    r"|\bbrain\s+cells?(?:\s+count)?\s*:?\s*(?:zero|0|none)\b"
    # "u could be pretty if ...", "a salad wouldn't hurt you"
    r"|\b(?:you|u|she|he)(?:'d|\s+(?:could|would|might))\s+be\s+(?:pretty|nice[\s-]looking|good[\s-]looking|"
    r"attractive)\s+if\b"
    r"|\ba\s+salad\s+(?:wouldn'?t|won'?t)\s+(?:hurt|kill)\s+(?:you|u|ya|her|him|them)\b"
    # "a whale in that pic", "double chin in your profile pic", "skip a meal or two"
    r"|\b(?:a|like\s+a)\s+(?:whale|beached\s+whale|hippo|heifer)\s+in\s+(?:that|this|ur|your)\s+"
    r"(?:pic|photo|picture|selfie|vid|video)\b"
    r"|\bdouble\s+chins?\s+in\s+(?:your|ur|her|his)\s+(?:profile\s+)?(?:pic|photo|picture|selfie)\b"
    r"|\b(?:skip|miss)\s+a\s+(?:meal|dinner|lunch)\s+or\s+two\b"
    # "look at the state of her in that photo" (not "the state of the car park in this photo")
    r"|\bstate\s+of\s+(?:her|him|you|u)\s+(?:in|on)\s+(?:that|this|the|ur|your|her|his)\s+"
    r"(?:(?:profile\s+)?(?:pic|pics|photo|photos|picture|selfie|vid|video)|story|tracksuit|outfit|"
    r"dress|jeans|leggings|fit)\b"
    # "maybe if you lost a few stone you'd get picked" (not "if you lost 20 pounds on the
    # bus", "if you lost some weight after illness, talk to the nurse")
    r"|\bif\s+(?:you|u|she|he)\s+lost\s+(?:like\s+)?(?:\d+|a\s+few|some|a\s+couple\s+of|a\s+bit\s+of)\s+"
    r"(?:stone|lbs|kilos|kg|weight)\s*,?\s*(?:you'?d|u'?d|she'?d|he'?d|you\s+(?:would|might|could)|"
    r"maybe|then|people|someone|somebody|anyone)\b"
    r"|\bdid\s+(?:she|he)\s+eat\s+(?:the\s+rest\s+of\s+(?:the\s+)?(?:class|group|year|team|us)|"
    r"all\s+the\s+pies|everyone)\b"
)
# Found by posts another hand wrote (round 3), each a family rather than a sentence:
# threats that anyone may make ("we know where you live", "or you'll find out what
# happens", "someone should glass him"); urging self-harm without the words ("the world
# would be better without you", "why are you still here"); shaming ("send them to her
# dad", "let's see her cry", "take the hint"); pressing for pictures; people called
# vermin; a tutor called useless; mocking a family's money; a body or a voice called vile.
_PERSON = r"(?:you|u|him|her|them|that\s+(?:tutor|teacher|lad|girl|boy|kid|guy|woman|man))"
_PLAIN_THREAT_MORE = re.compile(
    r"\b(?:we|they|i|everyone|every1)\s+(?:all\s+)?(?:knows?|kens?)\s+where\s+(?:you|u|ya|ye)\s+"
    r"(?:live|lives|stay|stays|bide|bides)\b"
    # with no one saying it, at a sentence's start, and nothing after but a name ("know
    # where you live Kyle Boyd."): not a heading ("Know where you live, know your rights")
    r"|(?:^|(?<=[.!?\n])\s{0,3})know\s+where\s+(?:you|u|ya)\s+(?:live|lives)\b"
    r"(?=(?:\s+[a-z]+){0,2}\s*(?:[.!]|$))"
    r"|\bor\s+(?:you|u)(?:'ll|\s+will|ll)\s+(?:find\s+out|see)\s+what\s+happens\b"
    r"|\bsomeone\s+(?:should|needs\s+to|ought\s+to|wants\s+to)\s+(?:glass|stab|batter|deck|"
    r"knock\s+out|beat\s+up|kill|smack|slap|punch|bottle|torch)\s+" + _PERSON + r"\b"
    r"|\b(?:i'?ll|i\s+will|we'?ll|we\s+will)\s+(?:glass|stab|bottle|torch|deck)\s+"
    r"(?:you|u|him|her)\b(?!\s+(?:out|up|some|a|an)\b)"
)
_PLAIN_SELF_HARM = re.compile(
    r"\b(?:world|college|class|everyone|everybody|we|we'?d|everyone'?d|life)\s+(?:would\s+be|"
    r"will\s+be|is|be|'?d\s+be)\s+(?:so\s+much\s+|much\s+|a\s+lot\s+)?better\s+(?:off\s+)?"
    r"without\s+(?:you|u)\b"
    r"|\bwhy\s+(?:are|r)\s+(?:you|u)\s+still\s+(?:alive|breathing)\b"
    r"|\b(?:i'?d|i\s+would)\s+(?:have\s+)?(?:jumped|jump|thrown\s+myself)\s+off\s+(?:a|the)\s+"
    r"(?:bridge|cliff|roof|multi[- ]?storey|building|car\s+park)\b"
    r"|\btake\s+a\s+long\s+walk\s+off\s+a\s+short\s+(?:pier|bridge|cliff|plank)\b"
    r"|\bfavou?r\s+and\s+jump\s+off\s+(?:a\s+|the\s+)?(?:[a-z]+\s+){0,2}(?:bridge|cliff|roof|"
    r"multi[- ]?storey|building)\b"
    r"|\b(?:go|just|should)\s+(?:and\s+)?jump\s+off\s+(?:a|the)\s+(?:[a-z]+\s+){0,2}"
    r"(?:bridge|cliff|roof|multi[- ]?storey|building)\b"
    r"(?!\s+(?:into|in\s+to|at\s+the\s+(?:lido|pool|quarry))\b)"
)
# Self-harm urged in plain words, read probe 28's: "maybe cut a bit deeper next time", "go
# walk into the sea", "plenty of bridges in newcastle mate pick one", "stop breathing",
# "take the whole packet", "if i was you id have ended it", "like, alive i mean", "starve
# a bit more", "no one would notice if you disappeared", "the train tracks are right
# behind college, just saying" (not "cut a bit deeper into the timber", "walk into the sea
# for the charity dip").
_PLAIN_SELF_HARM_URGED = re.compile(
    r"\bcut\s+(?:a\s+(?:bit|little)\s+|it\s+|them\s+)?deeper\s+(?:next\s+time|this\s+time)\b"
    r"|\b(?:go|just|pls|please)\s+(?:and\s+)?(?:walk|jump|run)\s+(?:into|in\s+front\s+of|off)\s+(?:the\s+|a\s+)?"
    r"(?:sea|canal|river|train|bus|traffic|motorway|cliff|bridge)\b"
    r"(?!\s+(?:for|with|to\s+raise|in\s+aid|dip|swim)\b)"
    r"|\b(?:plenty|loads|lots)\s+of\s+(?:bridges|cliffs|trains|train\s+tracks|rope|tall\s+buildings)\b"
    r"[^.!?\n]{0,40}?\bpick\s+one\b"
    r"|\b(?:train\s+tracks?|railway|bridge|cliffs?|canal)\s+(?:is|are)\s+(?:right\s+)?"
    r"(?:behind|next\s+to|near|by)\s+(?:the\s+)?(?:college|school|campus|yours?)\b[^.!?\n]{0,20}?"
    r"\bjust\s+say(?:ing|in)\b"
    # (said to someone, not "if they stop breathing, start CPR")
    r"|(?:^|[.!?,]\s*|\b(?:just|pls|please|go|should|could)\s+)stop\s+breathing\b"
    r"(?![^.!?\n]{0,40}\b(?:cpr|999|call|start|check|recovery)\b)"
    r"|\btake\s+the\s+whole\s+(?:packet|bottle|strip|tub)\b(?!\s+(?:of|to|with|home|back)\b)"
    r"|\bif\s+i\s+(?:was|were)\s+(?:you|u)\s+(?:i'?d|id|i\s+would)\s+(?:have\s+)?(?:ended|end)\s+it\b"
    r"|\b(?:still\s+here|still\s+around)\b[^.!\n]{0,12}?\balive\s+i\s+mean\b"
    r"|\bstarve\s+(?:a\s+bit\s+|a\s+little\s+)?more\b[^.!?\n]{0,40}?\bdisappear\b"
    r"|\b(?:no\s+one|nobody|noone|no-one)\s+would\s+(?:even\s+)?(?:notice|care|miss\s+(?:you|u))\s+"
    r"if\s+(?:you|u)\s+(?:disappeared|vanished|were\s+gone|was\s+gone|died|left\s+for\s+good)\b"
    r"|\b(?:your|ur|yer)\s+(?:family|mum|mam|parents|mates)\s+would\s+be\s+(?:relieved|happier|"
    r"better\s+off)\s+if\s+(?:you|u)\s+(?:were|was)\s+(?:gone|dead)\b"
)
# Plain threats of read probe 28: "ima punch u so hard ur teeth fall out", "we're jumping
# dylan after college", "keyed the deputy head's merc, tyres next then him", "beat the
# living daylights out of you", "brick thru ur window tonight", "slash the tutor's tyres",
# "we know which stand you're in ... we'll do the lot of you".
_PLAIN_THREAT_MORE_2 = re.compile(
    r"\b(?:ima|imma|i'?ma|i'?ll|ill|i\s+will|gonna|gonnae|gunna|we'?ll|we\s+will)\s+"
    r"(?:punch|smack|slap|kick|hit|batter|deck|knock)\s+(?:u|you|ya|him|her)\s+so\s+hard\b"
    r"|\b(?:we'?re|were|we\s+are|they'?re|im|i'?m)\s+(?:gonna\s+|going\s+to\s+)?jumping\s+"
    r"(?!(?:in|on|off|up|down|over|the|a|into|around|about|ship|jacks|rope)\b)[a-z]+\s+"
    r"(?:after|before|at|outside|tonight|tomorrow|on)\b"
    r"|\b(?:tyres?|tires?)\s+next\b[^.!?\n]{0,20}?\bthen\s+(?:him|her|you|u|them)\b"
    r"|\bbeat\s+the\s+(?:living\s+)?daylights\s+out\s+of\s+(?:you|u|ya|him|her|them)\b"
    r"|\b(?:brick|bricks|rock|stone)\s+(?:thru|through|through)\s+(?:ur|your|yer|his|her|their)\s+"
    r"(?:window|windscreen|door)\b"
    r"|\b(?:slash|slashing|slashed|let\s+down|letting\s+down)\s+(?:the\s+)?(?:\w+'?s?\s+)?(?:tyres|tires)\b"
    r"[^.!?\n]{0,40}?\b(?:wait|waiting)\s+for\s+(?:him|her|them|you)\b"
    r"|\bwe\s+know\s+(?:which|what|where)\s+(?:stand|end|pub|seats?)\s+(?:you'?re|your|ur|you\s+are)\b"
    r"[^\n]{0,60}?\b(?:do|batter|sort)\s+(?:the\s+lot\s+of\s+)?(?:you|u|yous|ya)\b"
)
# Football's disasters chanted about, from read probe 28: "munich 58 🛫💥", "1985 wasnt
# enough" (Bradford), "remember istanbul", "ibrox 71 🤣"; a player's or a coach's harm
# wished for ("hope saka's leg gets snapped", "hope the supporters coach crashes").
_FOOTBALL_DISASTER = re.compile(
    r"\b(?:munich\s*(?:58|'58)|ibrox\s*(?:71|'71)|hillsborough\s*(?:89|'89)|heysel\s*(?:85|'85))\b"
    r"[^\n]{0,60}?(?:[\U0001f923\U0001f602\U0001f6eb\U0001f4a5\u2708\U0001f525]|\blol\b|\blmao\b|"
    r"\bbest\s+day\b|\bscum\b|\bdo\s+it\s+again\b)"
    r"|\b(?:1985|bradford\s+fire)\b[^.!?\n]{0,30}?\bwasn'?t\s+enough\b"
    r"|\bwasnt\s+enough\b(?=[^\n]{0,30}\b1985\b)"
    r"|\bremember\s+istanbul\b"
    r"|\bhope\s+(?:\w+'s\s+|his\s+|her\s+|their\s+)(?:leg|acl|knee|ankle|neck|back)\s+(?:gets?\s+)?"
    r"(?:snapped|snaps|broken|breaks|shattered)\b"
    r"|\b(?:wants?|needs?)\s+(?:his|her|their)\s+(?:leg|acl|knee|ankle)\s+snapp?ing\b"
    r"|\bhope\s+(?:the|their|your|ur)\s+(?:\w+\s+)?(?:coach|bus|plane|team\s+bus)\s+crashes\b"
)
# Exposing threatened on a condition, read halves and probe 27: "keep posting these pics
# and I'll post the ones from Freya's party", "if you report me again I'll post what you
# sent me", "that video goes round on monday unless u pay up", "screenshotted everything,
# posting it tomorrow unless she says sorry", "keep talking and i'll upload the vid".
_PLAIN_EXPOSING_MORE = re.compile(
    r"\b(?:keep\s+[a-z]+ing|if\s+(?:you|u)\s+(?:[a-z]+\s+){0,2}?(?:report|tell|grass|block|ignore|"
    r"snitch)\w*)\b[^.!?\n]{0,40}?(?:\band\s+|\bn\s+|,\s*|\s)(?:i'?ll|ill|i\s+will|im\s+gonna|"
    r"i'?m\s+gonna|i'?m\s+going\s+to|we'?ll)\s+(?:\w+\s+)?(?:post|upload|share|send|leak|show|"
    r"put\s+up|screenshot)\s+(?:\w+\s+){0,2}?(?:pics?|photos?|vids?|videos?|the\s+ones|what\s+(?:you|u)\s+"
    r"(?:sent|said|did)|screenshots?|stories|messages|texts|dms|chats?|nudes|voice\s+notes?)\b"
    r"|\b(?:video|vid|pics?|photos?|screenshots?|it|that)\s+(?:goes|is\s+going|going|gets\s+sent)\s+"
    r"(?:round|up|out|online|everywhere)\b[^.!?\n]{0,30}?\bunless\b"
    r"|\b(?:posting|sharing|sending|uploading|leaking)\s+(?:it|them|everything|the\s+\w+)\s+"
    r"(?:\w+\s+){0,2}unless\b"
    # "she's trans btw, was called daniel at her old school": someone outed
    r"|\b(?:she'?s|shes|he'?s|hes|they'?re)\s+trans\s+(?:btw|fyi|lol|apparently)\b"
    r"|\bwas\s+called\s+[a-z]+\s+at\s+(?:her|his|their)\s+old\s+(?:school|college)\b"
)
# Pressing for pictures and leering, read probe 27 and round 4: "send us a pic of u in that
# dress later 😉 just for me", "u up? send a selfie from bed", "just one pic, nobody will
# see it", "ill send mine if u send urs", "if u really liked me youd send one", "come sit on
# my lap", "show us whats under the hoodie", "dm me ur snap or ill keep asking", "I'll keep
# messaging till she answers", "can teach me a lesson any day if u know what i mean".
_PLAIN_PRESSING_MORE = re.compile(
    r"\bsend\s+(?:us|me)\s+a\s+(?:pic|selfie|photo|snap)\b[^.!?\n]{0,40}?(?:[\U0001f609\U0001f60f"
    r"\U0001f608]|\bjust\s+for\s+me\b|\bfrom\s+(?:bed|the\s+bath|the\s+shower)\b)"
    r"|\bsend\s+a\s+(?:selfie|pic)\s+from\s+(?:bed|the\s+bath|the\s+shower)\b"
    r"|\bjust\s+one\s+(?:pic|photo|snap|selfie)\b[^.!?\n]{0,30}?\b(?:nobody|no\s+one|noone)\s+"
    r"(?:will|would|gonna)\s+see\b"
    r"|\b(?:i'?ll|ill|i\s+will)\s+send\s+mine\s+if\s+(?:u|you)\s+send\s+(?:urs|yours)\b"
    r"|\bif\s+(?:u|you)\s+(?:really\s+)?(?:liked|loved|trusted)\s+me\s+(?:you'?d|youd|u'?d|ud|u\s+would|"
    r"you\s+would)\s+send\b"
    r"|\bcome\s+(?:and\s+)?sit\s+on\s+my\s+(?:lap|knee|face)\b"
    r"|\bshow\s+(?:us|me)\s+what'?s\s+under\s+(?:the|that|ur|your)\b"
    r"|\b(?:dm|snap|message|text)\s+me\b[^.!?\n]{0,25}?\bor\s+(?:i'?ll|ill)\s+keep\s+(?:asking|"
    r"messaging|texting)\b"
    r"|\b(?:i'?ll|ill)\s+keep\s+(?:messaging|texting|asking|snapping)\s+(?:her|him|you|u)?\s*"
    r"(?:till|until|til)\s+(?:she|he|you|u)\s+(?:answers|replies|says\s+yes)\b"
    r"|\bteach\s+me\s+a\s+lesson\s+any\s+(?:day|time)\b"
    # rumours and ratings of girls: "passed round half the football team", "who's easiest
    # in first year", "lads league table ... relegation zone"
    r"|\b(?:been\s+)?passed\s+round\s+(?:half\s+)?the\s+(?:\w+\s+)?(?:team|lads|boys|year|class)\b"
    r"|\bwho'?s\s+(?:the\s+)?easiest\s+in\b"
    r"|\b(?:lads'?|boys'?)\s+league\s+table\b"
)
# Shutting someone out by group or vote, read probe 27: "new group 'people who cant stand
# megan'", "a poll on who's most annoying, vote kayla", "leave her out of the project
# group, she can work alone".
_PLAIN_SHUT_OUT = re.compile(
    r"\b(?:group|chat|gc|page|club|account)\b[^.!?\n]{0,20}?['\"\u2018\u201c]?people\s+who\s+(?:can'?t|"
    r"cant|cannot)\s+stand\s+(?!(?:the|a|an|it|this|that|being|when|how|waiting)\b)[a-z]+\b"
    r"|\bpoll\b[^.!?\n]{0,40}?\bwho'?s\s+(?:the\s+)?(?:most\s+annoying|ugliest|fattest|weirdest|"
    r"worst|smelliest|biggest\s+loser)\b"
    # (a vote on who looks worst: "everyone's voting who's the ugliest in first year")
    r"|\bvot(?:e|es|ed|ing)\b[^.!?\n]{0,30}?\bwho'?s\s+(?:the\s+)?(?:ugliest|fattest|smelliest|"
    r"weirdest|most\s+annoying)"
    # (of people: at the clause's end, or in a year, class or group; not "the ugliest
    # christmas jumper", "the fattest pumpkin")
    r"(?=\s*(?:$|[.,!?;:)]|\s(?:in|of|on)\s+(?:the\s+|our\s+|this\s+|my\s+|your\s+)?(?:\w+\s+)?"
    r"(?:year|class|group|college|course|form|school|team|us|you|them)\b))"
    r"|\bleave\s+(?:her|him|them)\s+out\s+of\s+(?:the\s+)?(?:\w+\s+)?(?:group|chat|gc|team)\b"
    r"[^.!?\n]{0,30}?\b(?:on\s+(?:her|his|their)\s+own|alone|by\s+(?:her|him)self)\b"
)
# Veiled threats of the rounds' read halves: "I'll wait outside Block C till you do", "you
# and me, round the back of the sports hall after college ... don't bottle it", "don't
# think I won't turn up", "hope you've got good insurance", "wouldn't want to be Mason
# walking home tonight", "3 weeks till your wee secret comes out", "there's 40 of us and 1
# of you", "I'm going to ruin your reputation", "where the grass lives", "so every firm
# knows not to take him on", "we know which one of you reported us".
_PLAIN_THREAT_VEILED_MORE = re.compile(
    r"\b(?:i'?ll|ill|we'?ll|i\s+will)\s+(?:be\s+)?wait(?:ing)?\s+outside\s+(?:\w+\s+){0,3}?(?:till|until|til)\s+"
    r"(?:you|u)\s+(?:do|answer|reply|replies|come\s+out|show\s+up|respond|message\s+back)\b"
    r"|\b(?:you|u)\s+(?:and|n|&)\s+me\b[^.!?\n]{0,40}?\b(?:round\s+the\s+back|behind\s+the|after\s+"
    r"(?:college|school))\b[^\n]{0,50}?\b(?:bottle\s+it|no\s+teachers|come\s+alone|no\s+staff)\b"
    r"|\bdon'?t\s+(?:think|thing)\s+i\s+(?:won'?t|wont)\s+(?:turn\s+up|come\s+round|find\s+(?:you|u)|do\s+it)\b"
    r"|\bhope\s+(?:you'?ve|youve|u'?ve|uve|you\s+have|he'?s|she'?s)\s+got\s+(?:good\s+)?insurance\b"
    r"(?!\s+(?:on|for|cover|quote|sorted)\b)"
    r"|\b(?:wouldn'?t|wudn'?t|wouldnt)\s+want\s+to\s+be\s+[a-z]+\s+walk(?:ing|in'?)\s+home\b"
    r"|\b(?:weeks?|days?)\s+(?:till|until|til)\s+(?:your|ur)\s+(?:\w+\s+)?secret\s+comes\s+out\b"
    r"|\benjoy\s+(?:your|ur)\s+last\s+(?:days?|weeks?)\s+of\s+(?:anyone|people|having|being|friends|"
    r"peace|mates)\b"
    r"|\bthere'?s\s+\d+\s+of\s+us\s+and\s+(?:1|one)\s+of\s+(?:you|u)\b"
    r"|\b(?:going\s+to|gonna|gunna)\s+ruin\s+(?:your|ur)\s+(?:reputation|rep|life|name)\b"
    r"|\bwhere\s+the\s+(?:grass|snitch|rat)\s+lives\b"
    r"|\bso\s+(?:every|no)\s+(?:firm|employer|company|one|business)\s+(?:\w+\s+){0,3}knows\s+not\s+to\s+"
    r"(?:take|hire|employ|trust)\b"
    r"|\bwe\s+know\s+(?:which\s+one\s+of\s+(?:you|yous)|who)\s+(?:reported|grassed|snitched)(?:\s+on)?\s+"
    r"(?:us|me)\b"
    # round 28's read half: "we'll see how brave you are when theres no teachers around",
    # "opp spotted outside the Barnet site, mandem come thru now"
    r"|\b(?:we'?ll|well|i'?ll|ill|we\s+will|let'?s)\s+see\s+how\s+(?:brave|hard|tough|gobby|mouthy|cocky|"
    r"bold)\s+(?:you|u|she|he|they)\s+(?:are|r|is)\s+when\b"
    r"|\bopps?\s+(?:spotted|seen|sighted|outside|about|around|in\s+(?:the|our)\s+ends)\b"
)
# Hostility to a group in plain words, the rounds' read halves: the far right's slogans
# ("the great replacement", "14 words."), a group said to be there only for the
# numbers or the bursary ("the kid in the wheelchair ... just there for the diversity
# points", "the lassies ... only there to make the numbers look good", "got student rep
# cos she's a girl"), "stick to your own areas", "this is England, not Islamabad", "should
# be kept in a cage", "kept away from the normal students", "what about white history
# month", "looks like a terrorist", "still a bloke in a dress", "all girls are gold
# diggers", "why is there a girl on the rugby team".
# Peoples named by an adjective, for the plain-words patterns below.
_PEOPLE_ADJECTIVES = (
    r"(?:indian|polish|romanian|pakistani|bangladeshi|nigerian|chinese|african|foreign|asian|"
    r"syrian|afghan|eritrean|sudanese|somali|lithuanian|latvian|bulgarian|filipino|ukrainian|"
    r"arab|turkish|kurdish|iraqi|iranian|albanian|portuguese|yemeni|slovak|czech|"
    r"congolese|zimbabwean|ghanaian|nepali|nepalese|eastern\s+european)"
)
_PLAIN_GROUP_MORE = re.compile(
    # (round 38's read half) a people said to come only for what they can take: "Filipino lot
    # on nursing access are only here for the visas"
    # (or the people named in the plural: "romanians are only here for the benefits"; not
    # "only here for the free pizza", the review of the thirty-ninth session)
    rf"(?:\b{_PEOPLE_ADJECTIVES}\s+(?:lot|lads|girls|ones|people|students|kids|famil(?:y|ies)|"
    rf"women|men)|\b(?:{_PEOPLES}))\b"
    r"[^.!?\n]{0,60}?\b(?:only|just)\s+(?:here|over\s+here|(?:came|come|comes)\s+(?:here|over"
    r"(?:\s+here)?))\s+(?:for|to\s+(?:get|claim))\s+"
    r"(?:the\s+|our\s+)?(?:visas?|benefits|handouts|dole|money|nhs|council\s+houses?|jobs)\b"
    r"(?!\s+(?:fair|day|event|talk|board|advice|session|workshop|clinic)\b)"
    # ... or one of them scorned, then the rest with them: "sudanese lad in maths resits
    # can't even count to ten, what do you expect from that lot"
    # (one of them, a person: not "roma bottled it again", "african drumming")
    # (someone of the people: "the romanian in my class", "somali mate of hers", "pakistani
    # taxi driver"; not "african drumming", "polish deli")
    rf"|\b{_PEOPLE_ADJECTIVES}\b(?!\s+(?:drumming|deli|food|restaurant|shop|takeaway|music|"
    r"dance|workshop|night|festival|society|club|culture|history|language|lesson|class|market|"
    r"cafe|bakery|church|film|series|show)\b)"
    r"[^.!?\n]{0,80}?[,.!?-]?\s*what\s+(?:do|did|would)\s+(?:you|u|ya)\s+"
    r"expect\s+from\s+(?:that|them|those|their|these)\s+(?:lot|sort|kind|type|types|people)\b"
    # a family scorned for living on benefits: "benefit scrounger family"
    r"|\b(?:benefits?\s+)?(?:scrounger|scrounging|sponging|dole\s*-?\s*scum)\s+famil(?:y|ies)\b"
    r"(?!\s+(?:stereotypes?|myths?|narratives?|tropes?|labels?)\b)"
    # someone's clothes and home mocked: "does your mam not own a washer"
    r"|\bdoes\s+(?:your|ur|his|her|their)\s+(?:mam|mum|ma|mom|family|nan)\s+not\s+own\s+"
    r"an?\s+(?:washer|washing\s+machine|bath|shower|iron|mirror)\b"
    # a club's fans said to stink: "imps fans stink of fish and failure" (not "... smell
    # the barbecue")
    r"|\b[a-z]+\s+fans\s+(?:all\s+)?(?:stink|smell|reek)\b(?!\s+(?:at|nice|lovely|amazing|good|"
    r"great|the|a|that)\b)"
    r"|\bgreat\s+replacement\b"
    r"|(?:^|[.!?]\s*)14\s+words\b"
    r"|\b(?:diversity|quota|token)\s+(?:points|hire|hires|box|tick|numbers)\b"
    r"|\b(?:only|just)\s+(?:there|here|on\s+(?:the|this)\s+\w+)\s+to\s+make\s+the\s+numbers\b"
    r"|\b(?:hijabi|hijab|wheelchair|disabled|refugee|immigrant|foreign)\w*\b[^\n]{0,60}?\b(?:only|just)\s+"
    r"(?:there|here|in\s+(?:the\s+)?(?:photo|pic|poster|video))\s+(?:for|cos|because)\s+(?:the\s+)?"
    r"(?:bursary|free\s+\w+|benefits|diversity|quota|numbers|points)\b"
    r"|\b(?:got|won|passed|picked|chosen|gets)\b[^.!?\n]{0,30}?\b(?:cos|coz|because|cause)\s+"
    r"(?:she'?s|shes|she\s+is)\s+a\s+(?:girl|woman|lass)\b"
    r"|\b(?:don'?t|do\s+not|dont)\s+want\s+(?:any\s+more\s+of\s+)?(?:your|ur|their|them|you)\s+lot\b"
    r"|\bstick\s+to\s+(?:your|ur|their|yer)\s+own\s+(?:areas?|kind|country|side|sort)\b"
    r"|\bthis\s+is\s+(?:england|britain|wales|scotland|the\s+uk),?\s+not\s+(?!(?:a|the|an)\b)[a-z]+\b"
    r"|\bshould\s+be\s+kept\s+in\s+(?:a\s+)?(?:cage|zoo|pen)\b"
    r"|\bkept\s+away\s+from\s+(?:the\s+)?normal\s+(?:students|kids|people|ones)\b"
    r"|\bwhat\s+about\s+(?:a\s+)?white\s+history\s+month\b"
    r"|\blooks?\s+like\s+(?:a\s+)?(?:terrorist|suicide\s+bomber|bomber)\b"
    r"|\b(?:still|just|only)\s+a\s+(?:bloke|man|lad|geezer|fella)\s+in\s+a\s+(?:dress|wig|skirt)\b"
    r"|\ball\s+(?:girls|women|lasses|birds)\s+are\s+(?:gold\s*diggers|liars|crazy|psychos?|slags)\b"
    r"|\bwhy\s+is\s+there\s+a\s+(?:girl|woman|lass)\s+(?:on|in)\s+the\s+\w+\s+(?:team|squad|course|class)\b"
    r"[^.!?\n]{0,40}?\b(?:slow|ruin|useless|can'?t|cant)\b"
    # "indian tutor cannae even speak proper English, how is he allowed tae teach us" (round
    # 32's read half): someone of a nation mocked for their English
    r"|\b(?:indian|polish|romanian|pakistani|bangladeshi|nigerian|chinese|african|foreign|"
    r"asian|syrian|afghan|eritrean|lithuanian|latvian|bulgarian|filipino|ukrainian|arab|turkish|"
    r"portuguese|spanish|italian|french|eastern\s+european)\s+(?:tutor|teacher|lecturer|nurse|"
    r"doctor|staff|lad|girl|kid|woman|man|bloke|guy|lass|student|cleaner|boss|manager)\s+"
    # (scorn said: "even" or "proper" English; not "can't speak English yet, be patient")
    r"(?:can'?t|cant|cannae|canny|cannot|can\s+not)\s+(?:even\s+speak\s+(?:proper\s+|decent\s+|real\s+|"
    r"good\s+)?|speak\s+(?:proper|decent|real)\s+)english\b"
    # (round 33's read half) "maybe if certain people on the course learned to speak proper
    # English they'd pass"
    r"|\bif\s+(?:certain|some)\s+(?:people|students|folk|ones|learners)\b[^.!?\n]{0,60}?"
    r"\b(?:learn(?:ed|t)?|bothered)\s+(?:to\s+)?(?:speak|talk)\s+(?:proper|decent|real|the\s+"
    r"queen'?s|the\s+king'?s)\s+english\b"
    # "enjoy making the brews cos that's all you'll ever be good for": a person said to be
    # fit for nothing more
    r"|\b(?:that'?s|thats|it'?s|its)\s+all\s+(?:you'?ll|youll|u'?ll|ull|they'?ll|theyll|she'?ll|"
    r"shell|he'?ll|you'?re|youre|ur|they'?re|theyre|she'?s|shes|women\s+are|girls\s+are)\s+"
    r"(?:ever\s+)?(?:be\s+)?good\s+for\b"
    # a rumour in scare quotes: "the one always 'staying late' with the supervisor"
    r"|[\"'\u201c\u2018](?:staying\s+late|working\s+late|extra\s+(?:help|lessons|tuition|"
    r"credit)|private\s+(?:lessons|tuition)|one\s+to\s+ones?|meetings?)[\"'\u201d\u2019]\s+with\s+"
    r"(?:the\s+|her\s+|his\s+|their\s+)?(?:supervisor|boss|manager|tutor|teacher|lecturer|gaffer|"
    r"foreman|assessor)\b"
)
# Someone's looks, body, mind or disability mocked in plain words, the rounds' read halves:
# "a whale in a tracksuit", "pig in lipstick", "look at him waddling", "thick as two short
# planks", "deaf as a post", "nowt between his ears", "stick a bag over it", "shame about
# the face", "slept in a skip", "like talking to a brick wall", "walks like a penguin",
# "what's she training to be, a doorstop", "wheelchair boy ... should just stay at home",
# "taken them forever to teach a goldfish", "looks like a melted candle".
_PLAIN_LOOKS = re.compile(
    r"\b(?:whale|hippo|elephant|pig|cow|walrus|heifer)\s+in\s+(?:a\s+)?(?:tracksuit|dress|lipstick|"
    r"leggings|skirt|wig|uniform|kit|onesie)\b"
    r"|\blook\s+at\s+(?:him|her|them|the\s+state\s+of\s+\w+)\s+waddl\w*"
    r"|\bthick\s+as\s+(?:two|2)\s+short\s+planks\b"
    r"|\bdeaf\s+as\s+a\s+post\b"
    r"|\b(?:nowt|nothing|nout)\s+between\s+(?:his|her|their|your|ur)\s+ears\b"
    r"|\b(?:stick|put)\s+a\s+(?:paper\s+)?bag\s+over\s+(?:it|her\s+(?:head|face)|his\s+(?:head|face)|"
    r"your\s+(?:head|face)|ur\s+(?:head|face))\b"
    r"|\bshame\s+about\s+the\s+face\b"
    r"|\bslept\s+in\s+a\s+(?:skip|hedge|bin|ditch)\b"
    r"|\blike\s+talking\s+to\s+a\s+brick\s+wall\b"
    r"|\bwalks?\s+like\s+a\s+(?:penguin|duck|crab|zombie)\b"
    r"|\btraining\s+to\s+be,?\s+a\s+(?:doorstop|ramp|coffee\s+table|speed\s+bump)\b"
    r"|\b(?:wheelchair|disabled|deaf|blind|sped|spaz)\w*\b[^.!?\n]{0,60}?\bshould\s+(?:just\s+)?stay\s+"
    r"(?:at\s+)?home\b"
    r"|\bteach\s+a\s+goldfish\b"
    r"|\blooks?\s+like\s+a\s+melted\s+(?:candle|waxwork)\b"
    r"|\b(?:borrow(?:ed)?|nick(?:ed)?)\s+(?:them|those|it)\s+off\s+a\s+(?:horse|donkey|beaver)\b"
    # round 28's read half: "you'd be prettier if you just didnt talk", "looks like she ate the
    # rest of them" (of one in a photo)
    r"|\b(?:you'?d|youd|u'?d|ud|she'?d|shed|he'?d)\s+be\s+(?:so\s+much\s+|a\s+lot\s+|way\s+|much\s+)?"
    r"(?:prettier|fitter|cuter|hotter|better[- ]looking|nicer[- ]looking|less\s+ugly|"
    r"more\s+attractive)\s+if\s+(?:you|u|she|he)\b"
    r"|\blooks?\s+like\s+(?:s?he|they|you|u|he'?s|she'?s|you'?ve|u'?ve)\s+(?:ate|eaten|has\s+eaten|"
    r"swallowed)\s+(?:the\s+rest|all\s+(?:the|of)|everyone|everybody|the\s+others|half\s+the)\b"
)
# Sneers and insinuations of the rounds' read halves: praise turned ("must've been a very
# short list", "proof that literally anyone can get an apprenticeship", "did Tyler finally
# learn to read? Alert the papers", "only took thee three goes"), "funny how things go
# missing every time she tells", "we all know which ones", "when you look like that",
# "everyone knows what she did to get that merit", "must be nice having a disability";
# a people's habits sneered at ("the Romanian lot ... easier to learn to nick cars", "the
# ramadan lot stinking the classroom out", "smells of curry again", "they'll have the
# copper pipe off the walls"), two women holding hands called grim.
_PLAIN_SNEER = re.compile(
    r"\bmust(?:'ve|\s+have|ve)\s+been\s+a\s+(?:very\s+|really\s+)?(?:short\s+list|slow\s+year|easy\s+year|"
    r"quiet\s+year)\b"
    r"|\bproof\s+that\s+(?:literally\s+)?any(?:one|body)\s+can\s+(?:get|pass|be)\b"
    r"|\b(?:did|has)\s+\w+\s+finally\s+learn(?:ed|t)?\s+to\s+(?:read|write|count|spell|tie)\b"
    r"|[?\U0001f644]\s*alert\s+the\s+(?:papers|press|media)\b"
    r"|\bonly\s+took\s+(?:him|her|thee|you|u)\s+(?:three|four|five|six|3|4|5|6)\s+(?:goes|attempts|"
    r"resits|tries|years)\b(?!\s+to\s+(?!pass))"
    r"|\bevery\s+time\s+(?:she|he|they)\s+(?:tells|grasses|snitches|reports)\b[^\n]{0,30}?\bfunny\s+that\b"
    r"|\bfunny\s+how\s+things\s+go\s+missing\b"
    r"|\bwe\s+all\s+know\s+which\s+ones\b"
    r"|\b(?:when\s+(?:you|u)|for\s+someone\s+who)\s+looks?\s+like\s+that\b"
    r"|\beveryone\s+knows\s+what\s+(?:she|he)\s+did\s+to\s+get\b"
    r"|\bmust\s+be\s+nice\s+(?:having|being|to\s+have)\s+(?:a\s+)?(?:disability|disabled|autis\w+|"
    r"dyslexi\w+|adhd|on\s+benefits)\b"
    r"|\b(?:romanian|albanian|polish|gypsy|gypsies|traveller|roma|eastern\s+european|foreign)s?\s+lot\b"
    r"[^\n]{0,80}?\b(?:nick|steal|rob|thieve)\w*\s+(?:cars?|stuff|things|tools|phones|bikes|everything)\b"
    r"|\b(?:ramadan|muslim|asian|indian|pakistani|bengali|polish|romanian|foreign|esol|new)\s+lot\s+"
    r"(?:stink|stinking|smell|smelling)\w*\b"
    r"|\bsmells?\s+of\s+curry\s+again\b"
    r"|\b(?:they'?ll|they\s+will|theyll)\s+have\s+the\s+(?:copper|lead|pipes?|wires?|tools)\b[^.!?\n]{0,25}?"
    r"\boff\b"
    r"|\b(?:lesbians|two\s+(?:lads|boys|girls|men|women|blokes))\s+holding\s+hands\b[^\n]{0,60}?\b(?:grim|"
    r"disgusting|vile|gross|sick|wrong|do\s+it\s+at\s+home)\b"
)
# Leering at a student or a member of staff, read probe 27: their clothes or body with a
# leer's emoji or words ("miss jenkins in them leggings today tho 👀👀", "megan wears that
# low top, the board's not the best view", "them jeans are doing gods work from behind"),
# "could think of a better use for them", "imagine having a go on that", "well filled
# out", "wild behind closed doors", "some body on her", "sir pls i need extra tuition 🥵",
# "would let mrs hargreaves mark more than my coursework", "wouldn't mind finding out
# where to", "if u keep leaning over my desk like that".
_LEER_EMOJI = (
    "\U0001f440\U0001f975\U0001f351\U0001f346\U0001f60f\U0001f924\U0001f61c\U0001f92d\U0001f608"
)
_PLAIN_LEERING_MORE = re.compile(
    r"\b(?:in\s+(?:them|those|that|her|his)\s+(?:leggings|jeans|skirt|top|dress|shorts|gym\s+kit|kit|"
    r"trousers)|(?:that|her)\s+low\s+top|bending\s+(?:down|over))\b"
    rf"[^\n]{{0,60}}?(?:[{_LEER_EMOJI}]|\b(?:tho|ngl|made\s+my\s+(?:whole\s+)?(?:day|week)|luckiest|"
    r"(?:best|better)\s+view|knows\s+exactly\s+what|nobody\s+was\s+listening)\b)"
    r"|\bdoing\s+god'?s\s+work\s+from\s+behind\b"
    r"|\bbetter\s+use\s+for\s+(?:them|her\s+(?:lips|mouth)|his\s+(?:lips|mouth))\b"
    r"|\b(?:having|have)\s+a\s+go\s+on\s+(?:that|her)\b"
    r"|\bwell\s+filled\s+out\b"
    r"|\b(?:wild|a\s+freak|filthy)\s+behind\s+closed\s+doors\b"
    r"|\bsome\s+body\s+on\s+(?:her|him)\b"
    rf"|[{_LEER_EMOJI}][^\n]{{0,40}}?\bextra\s+(?:tuition|lessons?|help)\b"
    r"|\b(?:mark|teach)\s+(?:me\s+)?more\s+than\s+my\s+(?:coursework|work|essay|homework)\b"
    r"|\bwouldn'?t\s+mind\s+finding\s+out\s+where\b"
    r"|\bkeep\s+leaning\s+over\s+my\s+desk\b"
    r"|\bin\s+the\s+changing\s+rooms?\b[^\n]{0,30}?\U0001f346"
)
# Threats of read probe 28 in plain words: "gonna stab that grass on monday", "ill smash
# mr patel's car windows in tonight, hes done", "you'll regret grassing on us", "next time
# it wont just be words", "id watch my back if i was you", "carry on and see what
# happens", "keep talking, you'll find out", "you've been warned", "screenshot taken", "nice
# car. be a shame", "tell your little brother to be careful walking home", "enjoy your
# last week".
_PEOPLE_WORDS = (
    r"(?:grass|snitch|rat|lad|kid|boy|girl|guy|man|bloke|teacher|tutor|prick|dickhead|twat|idiot|"
    r"wasteman|melt|neek|yute|bitch|slag|lot)"
)
_PLAIN_THREAT_PLAIN = re.compile(
    # a fight offered: "think ur hard? see you at the campus and we'll see, bring ur mates"
    # (not "open day Saturday, bring your mates", "we'll see who wins the quiz, bring your
    # mates")
    r"\b(?:think\s+(?:you'?re|ur|they'?re|theyre|youre|u\s+r)\s+(?:hard|tough|well\s+hard)|"
    r"square\s+up|1v1|sort\s+(?:this|it|you)\s+out\s+(?:proper|outside|after))\b[^\n]{0,80}?\bbring\s+"
    r"(?:ur|your|yer|all\s+(?:ur|your))\s+(?:mates|boys|lads|crew|cousins|gang|brothers)\b"
    r"(?![^.!?\n]{0,30}?\b(?:quiz|match|game|party|open\s+day|tickets?|fun)\b)"
    r"|"
    r"\b(?:gonna|gunna|ima|imma|i'?ll|ill|i\s+will|we'?ll|going\s+to|gonnae)\s+(?:stab|shank|knife|merk|"
    rf"glass|bottle|jump|batter|leather|murder)\s+(?:that|the|this)\s+(?:\w+\s+)?{_PEOPLE_WORDS}\b"
    r"|\bsmash\s+(?:\w+\s+){0,3}(?:car\s+|house\s+)?windows?\s+in\b"
    r"|\b(?:you'?ll|you\s+will|ull|u'?ll)\s+regret\s+(?:grassing|snitching|telling|reporting|ratting|"
    r"crossing|messing)\b"
    r"|\bnext\s+time\s+it\s+(?:won'?t|wont|will\s+not)\s+(?:just\s+)?be\s+words\b"
    r"|\bwatch\s+(?:my|your|ur)\s+back\s+if\s+i\s+(?:was|were)\s+(?:you|u)\b"
    r"|\b(?:carry\s+on|keep\s+(?:going|it\s+up|talking|pushing))\s*,?\s+(?:and|n)?\s*(?:see|watch)\s+what\s+"
    r"happens\s+to\s+(?:you|u)\b"
    r"|\bkeep\s+talking\s*,?\s+(?:you'?ll|ull|you\s+will|u'?ll)\s+find\s+out\b"
    # (not "you've been warned: tuesday's quiz night is fancy dress")
    r"|\byou'?ve\s+been\s+warned\b(?=\s*[.!]*\s*(?:$|last|final|next\s+time))"
    r"|\bscreenshot\s+taken\b"
    r"|\b(?:nice|lovely)\s+(?:car|house|bike|windows)\s*[.,]?\s+(?:would\s+)?be\s+a\s+shame\b"
    r"|\btell\s+(?:your|ur)\s+(?:little\s+|baby\s+|kid\s+)?(?:brother|sister|bro|sis|mum|mam|dad|nan)\s+to\s+"
    r"be\s+careful\b"
    r"|\benjoy\s+(?:your|ur)\s+last\s+(?:week|day|days)\s*(?:[.!x]|$)"
)
# Shut out, read probe 28 and 24: "we made a new one without u", "we're all going bowling.
# not you priya. just so you know", "sit somewhere else from now on, that table is ours",
# "we had a vote and ur not invited", "the class was way better the weeks Callum was off",
# "everyone does impressions of you", "everyone cringes when she starts", "take the hint",
# "everyone goes quiet when you talk".
_PLAIN_SHUT_OUT_MORE = re.compile(
    # "it would be a lot quieter on the course if certain people didn't exist" (not "it'd be
    # easier if people didn't leave bags in the corridor")
    r"\b(?:would|'d|wud|wd)\s+be\s+(?:a\s+lot\s+|so\s+much\s+|way\s+|loads\s+|much\s+)?(?:quieter|"
    r"better|nicer|happier|calmer|easier)\b[^.!?\n]{0,60}?\bif\s+(?:certain\s+people|some\s+people|"
    r"(?:a\s+)?certain\s+someone|you|u|he|she|they|some\s+of\s+(?:you|u|yous))\s+(?:didn'?t|didnt|"
    r"did\s+not|never)\s+(?:exist|existed|show(?:ed)?\s+up|turn(?:ed)?\s+up|come\s+in|came\s+in|"
    r"bother(?:ed)?\s+coming)\b"
    r"(?![^.!?\n]{0,30}?\b(?:ill|sick|poorly|unwell|contagious|symptoms|late)\b)"
    r"|"
    r"\bmade\s+a\s+new\s+(?:one|group|chat|gc)\s+without\s+(?:u|you|her|him|them)\b"
    # (not "a new chat without you needing to sign up")
    r"(?=\s*(?:[.!,]|$|lol|so\b|don'?t|dont|x\b|\U0001f602))"
    r"|\bnot\s+(?:you|u)\s+[a-z]+[.,]\s+just\s+so\s+(?:you|u)\s+know\b"
    r"|\bsit\s+somewhere\s+else\b[^.!?\n]{0,30}?\b(?:table|seat|space|spot)\s+is\s+ours\b"
    r"|\b(?:had|took)\s+a\s+vote\s+(?:and|n)\s+(?:ur|you'?re|youre|u\s+r|you\s+are)\s+not\s+invited\b"
    r"|\b(?:way|so\s+much|loads|heaps)\s+better\s+(?:the\s+(?:weeks?|days?)|when)\s+[a-z]+\s+(?:was|were|is)\s+"
    r"(?:off|away|absent|not\s+here|off\s+sick)\b"
    r"|\beveryone\s+does\s+impressions\s+of\s+(?:you|u|her|him)\b"
    r"|\beveryone\s+cringes\s+when\s+(?:she|he|you|u)\b"
    r"|\btake\s+the\s+hint\b(?=\s*(?:[.!?,]|$|mate|hun|babe|already|x\b))"
    r"|\beveryone\s+(?:in\s+the\s+room\s+)?goes\s+quiet\s+when\s+(?:you|u)\s+(?:talk|speak|walk\s+in)\b"
    # a family's money or home mocked: "does her mum shop at the food bank? tramp", "his
    # family are on benefits and it shows", "they keep sending you back" (a child in care)
    r"|\b(?:food\s*bank|on\s+benefits|on\s+the\s+dole|free\s+(?:school|college)\s+meals)\b[^\n]{0,60}?"
    r"(?:\btramp\b|\bit\s+shows\b|\bonly\s+time\b|\bobviously\b|\bpoundland\b)"
    r"|\bkeep\s+sending\s+(?:you|u|him|her)\s+back\b"
    r"|\bwhy\s+do\s+(?:u|you)\s+wear\s+the\s+same\b"
    r"|\bdoes\s+(?:your|ur)\s+(?:mum|mam|mom)\s+still\s+dress\s+(?:you|u)\b"
    # someone left alone, and that said to be for the best (round 28's read half: "nobody
    # sits with Olga at lunch. Probably best for everyone if it stays that way"; not "nobody
    # parks on the grass now, best for everyone if it stays that way")
    r"|\b(?:nobody|no\s+one|no-one|noone)\s+(?:sits|talks|hangs\s+out|plays|eats|works|partners|"
    r"speaks)\s+(?:with|to)\s+[^\n]{0,80}?\b(?:best|better)\s+for\s+(?:everyone|everybody|all\s+of\s+us|"
    r"us\s+all|the\s+(?:class|group))\s+if\s+(?:it|things)\s+stays?\s+(?:that\s+way|like\s+that)\b"
    # "better for everyone if you just left."
    r"|\b(?:best|better)\s+for\s+(?:everyone|everybody|all\s+of\s+us|us\s+all|the\s+(?:class|group))\s+"
    r"if\s+(?:you|u|she|he|they)\s+(?:just\s+)?(?:left|leave|stayed\s+away|stay\s+away|kept\s+away|"
    r"dropped\s+out|moved\s+(?:college|course|on)|never\s+came\s+back|didn'?t\s+come\s+back)"
    r"(?=\s*(?:[.!?]|$|tbh|honestly|lol|\U0001f602|\U0001f643|\U0001f642))"
)
# Praise turned to a put-down, read probe 28 and 24: "did u do it with your eyes shut",
# "so brave of you to wear that in public", "is it hard being that thick", "for a year 7",
# "ur parents must be thrilled 😂", "the greggs gym", "that face, the confidence is wild",
# "they let toddlers on the level 2 course", "did ur nan do it with the bread knife",
# "imagine being 19 and still doing resits", "thoughts and prayers to whoever has to sit
# next to", "finally made a friend", "so pretty... in the dark", "my dog howls more in
# tune", "love that she thinks she can sing 🙃", "talk so much and say nothing".
_PLAIN_BACKHANDED = re.compile(
    r"\bwith\s+(?:your|ur)\s+eyes\s+shut\b[^\n]{0,5}(?:\?|\U0001f602|\U0001f923)"
    r"|\bso\s+brave\s+(?:of\s+(?:you|u|her|him)\s+)?to\s+wear\s+that\b"
    r"|\bis\s+it\s+hard\s+being\s+(?:that|so)\s+(?:thick|stupid|dumb|ugly|fat|annoying|slow)\b"
    r"|\bfor\s+a\s+year\s+(?:7|8|seven|eight)\b"
    r"|\b(?:ur|your)\s+(?:parents|mum|mam|dad)\s+must\s+be\s+(?:thrilled|so\s+proud)\b[^\n]{0,10}"
    r"(?:\U0001f602|\U0001f923|\U0001f644|\blol\b|\blmao\b)"
    r"|\bthe\s+greggs\s+gym\b"
    r"|\bwith\s+that\s+face\b[^\n]{0,30}?\bconfidence\b"
    r"|\blet\s+(?:toddlers|babies)\s+on\s+the\b"
    r"|\bdid\s+(?:ur|your)\s+(?:nan|mum|mam|dad|dog|little\s+brother)\s+(?:do|cut)\s+it\b"
    r"|\bimagine\s+being\s+\d+\s+and\s+still\b"
    r"|\bthoughts\s+and\s+prayers\s+to\s+whoever\s+has\s+to\b"
    r"|\bfinally\s+made\s+a\s+friend\b"
    r"|\bso\s+pretty\W{0,5}in\s+the\s+dark\b"
    r"|\bmy\s+(?:dog|cat)\s+(?:howls|sings|barks|miaows)\s+more\s+in\s+tune\b"
    r"|\bthinks\s+(?:she|he)\s+can\s+(?:sing|dance|act|rap|play)\b[^\n]{0,5}[\U0001f643\U0001f602\U0001f644]"
    r"|\btalk\s+so\s+much\s+and\s+say\s+nothing\b"
)
_PLAIN_SHAMING = re.compile(
    r"\blet'?s\s+(?:see|make)\s+(?:her|him|them)\s+cry\b"
    r"|\bscreenshot\w*\b[^.!?]{0,40}?\b(?:send|show)\s+(?:it|them|this|these)\s+to\s+"
    r"(?:her|his)\s+(?:mum|mam|mom|dad|parents|boyfriend|girlfriend|family|nan)\b"
    r"|\b(?:post|leak|share)\s+(?:her|his|their)\s+nudes\b"
    r"|\bleak\s+(?:her|his|their)\s+(?:pics|photos|messages)\b"
    r"|\b(?:group\s*|new\s+|other\s+|another\s+)chat\s+without\s+(?:you|u)\b"
    r"(?!\s+(?:needing|having|being|the\s+need|to\s+(?:sign|log|join)))"
    # "made a new group chat ... Chloe you're not in it", "don't tell her where it is",
    # "nobody wants Priya in their group"
    r"|\b(?:group\s*chat|gc|chat)\b[^\n]{0,60}?(?<!if )(?<!when )\b(?:you'?re|ur|you\s+are)"
    r"\s+not\s+in\s+it\b(?!\s+(?:automatically|yet|by\s+default|until|unless))"
    r"|\b(?:made|making|started|set\s+up)\s+(?:a\s+)?(?:new\s+)?(?:gc|group\s*chat|chat)\s+without\s+"
    r"[a-z]+\b(?!\s+(?:needing|having|the\s+need))"
    # "we all voted and decided its better if you sit somewhere else at lunch"
    r"|\bwe\s+(?:all\s+)?(?:voted|decided|agreed)\b[^.!?]{0,50}?\b(?:you|u)\s+(?:can\s+)?(?:go\s+)?"
    r"(?:sit|eat|find\s+(?:a|another|some)\s+\w+)\s+(?:somewhere|elsewhere)"
    # "we all voted and decided youre not coming to the christmas night out"
    r"|\bwe\s+(?:all\s+)?(?:voted|decided|agreed)\b[^.!?]{0,30}?\b(?:you'?re|youre|ur|you\s+are|u\s+r)"
    r"\s+not\s+(?:coming|invited|welcome|allowed)\b"
    # "we've decided you don't sit with us anymore", "no one picks you for the team",
    # "everyone just finds you a bit much", "you always ruin things when you're around",
    # "her voice makes me want to kms"
    r"|\b(?:(?:you|u)\s+(?:don'?t|dont|can'?t|cant|aren'?t|are\s+not)|(?:you'?re|youre|ur)\s+not)\s+"
    r"(?:sit|sitting)\s+with\s+us\s+any\s*more\b"
    r"|\bdon'?t\s+even\s+think\s+about\s+sitting\s+with\s+us\b"
    r"|\b(?:we'?ve|we\s+have|we)\s+(?:all\s+)?(?:decided|agreed|voted)\b"
    r"(?:(?!\b(?:without|until|unless|if|till|when)\b)[^.!?]){0,30}?\b(?:you|u)\s+(?:don'?t|dont|"
    r"can'?t|cant)\s+(?:sit|eat|hang\s+out)\s+with\s+us\b"
    # (not "if no one picks you up after the trip", "nobody picks you for the raffle")
    r"|\b(?:no\s+one|nobody|noone|no-one)\s+(?:ever\s+)?(?:picks|picked|chose|chooses)\s+(?:you|u)\b"
    r"(?=\s*(?:[.!?,]|$)|\s+(?:for\s+(?:the\s+)?(?:team|anything|groups?|partners?)|ever|for\s+a\s+"
    r"reason)\b)"
    r"|\b(?:no\s+one|nobody|noone|no-one)\b[^.!?]{0,30}?\bhas\s+ever\s+liked\s+(?:you|u)\b"
    r"|\b(?:everyone|we\s+all|all\s+of\s+us)\s+(?:just\s+)?finds?\s+(?:you|u)\s+(?:a\s+bit\s+much|"
    r"annoying|weird|cringe|embarrassing|creepy)\b"
    r"|\b(?:you|u)\s+always\s+ruin\s+(?:things|everything|it)\s+when\s+(?:you'?re|ur|u\s+r)\s+"
    r"(?:around|here|there)\b"
    r"|\b(?:her|his|your|ur|their)\s+(?:voice|face|laugh|accent)\s+makes\s+me\s+(?:want\s+to|wanna)\s+"
    r"(?:kms|kill\s+myself)\b"
    r"|\b(?:her|his|your|ur|their)\s+face\s+makes\s+me\s+(?:want\s+to|wanna)\s+(?:throw\s+up|puke|"
    r"vomit|be\s+sick|heave)\b"
    # "everyone unfollow Ellie and block her", "if anyone talks to Tyler they're out too"
    r"|\b(?:everyone|every1|everybody|all\s+of\s+you)\s+(?:unfollow|block|ignore|unadd|remove)\s+"
    r"[a-z]+\b[^.!?\n]{0,20}?\b(?:block|unfollow|ignore|report|remove)\s+(?:her|him|them)\b"
    r"|\bif\s+(?:anyone|any1|anybody)\s+(?:talks|speaks|sits|hangs\s+out)\s+(?:to|with)\s+[a-z]+\b"
    r"[^.!?]{0,30}?\b(?:they'?re|theyre|they\s+are)\s+out\b"
    # "youre very brave posting a selfie with skin like that"
    r"|\b(?:brave|bold)\s+(?:of\s+(?:you|u)\s+)?(?:posting|to\s+post|putting\s+up)\b[^.!?]{0,30}?\bwith\s+"
    r"(?:skin|a\s+face|teeth|hair|a\s+body|legs|arms|a\s+nose)\s+like\s+(?:that|yours|his|hers)\b"
    # "av48213k is a grass, pass it on"
    r"|\b(?:is|are)\s+(?:a\s+)?(?:grass|grasses|snitch|snitches|rat)\b[^\n]{0,30}?(?:pass\s+it\s+on|"
    r"spread\s+the\s+word|\U0001f400)"
    # "you lot from st pauls are all dealers"
    r"|\byou\s+lot\s+from\s+[a-z' ]{2,20}?\s+(?:are|r)\s+all\s+(?:dealers|druggies|thieves|"
    r"criminals|scum|scroungers|tramps|chavs|crackheads|smackheads|inbred|inbreds)\b"
    r"|\bnot\s+invited\b(?![^\n]{0,80}?\b(?:surprise|present|gift|hen\s+do|stag\s+do|hen\s+party|"
    r"stag\s+party)\b)[^\n]{0,60}?\bdon'?t\s+"
    r"tell\s+(?:her|him|them)\s+where\b"
    r"|\bnone\s+of\s+us\s+(?:wants?|wanted)\s+(?:you|u)\s+(?:here|around)\b"
    r"|\b(?:(?:nobody|no\s+one|no-one|noone)\s+wants|none\s+of\s+us\s+(?:wants?|wanted))\s+(?!(?:anyone|anybody|any1|spam|phones?|drama|litter|rubbish|mess|noise|nits|lice|germs|"
    r"colds?|flu|bugs|covid|chickenpox)\b)[a-z]+\s+"
    r"(?:in|on)\s+(?:their|our|the|my)\s+(?:group|team|class|chat)\b"
    # "just ignore Liam everyone, dont reply to him, dont sit with him"
    r"|\b(?:don'?t|dont|do\s+not)\s+(?:sit|talk|speak|reply|hang\s+out)\s+(?:with|to|near)\s+(?:him|"
    r"her)\b[^.!?\n]{0,40}?\b(?:don'?t|dont|do\s+not)\s+(?:sit|talk|speak|reply|pick|invite|add)\b"
    # "have you ever thought about why you don't have any friends", "if you're that sad why
    # are you still here"
    r"|\b(?:ever\s+(?:thought|wondered)\s+(?:about\s+)?why|no\s+wonder)\s+(?:you|u)\s+(?:don'?t|dont|"
    r"do\s+not)\s+have\s+any\s+(?:friends|mates|pals)\b"
    r"|\b(?:that|so)\s+(?:sad|depressed|miserable|unhappy)\b[^.!?]{0,20}?\bwhy\s+(?:are|r)\s+(?:you|u)\s+"
    r"still\s+here\b"
    # a person's distress captured to be shown: "screenshot her crying in the library"
    r"|\bscreenshot\w*\s+(?:her|him|them)\s+(?:crying|being\s+sick|throwing\s+up)\b"
)
_PLAIN_PRESSING = re.compile(
    r"\b(?:just\s+)?send\s+(?:me\s+|us\s+)?(?:one\s+|a\s+|some\s+)?pics?\s+(?:babe|hun|x+)\b"
    # "DM me, I know you want to" (not "I know you want to go to uni", "DM us for a place, I
    # know you want to")
    r"|\b(?:(?:dm|pm|snap|message|send)\s+me|pics?)\b[^\n]{0,40}?\bi\s+know\s+(?:you|u)\s+want\s+"
    r"(?:to|it|me)\b(?!\s+[a-z])"
    # "send me some without your top on" (not "send us some without the watermark")
    r"|\bsend\s+me\s+(?:some|one|a\s+few|more)\s+without\s+(?:the|your|ur|a|any)\s+(?:[a-z']+\s+)?"
    r"(?:clothes|top|towel|bra|shirt|dress|uniform|knickers|pants|whites|apron|overalls|scrubs|"
    r"tabard)\b"
    # grooming: "if ur under 18 dm me ur snap ... no need to tell ur mum"
    r"|\bunder\s+1[468]\b[^\n]{0,100}?\b(?:no\s+need\s+to|don'?t|dont|do\s+not)\s+tell\s+"
    r"(?:ur|your)\s+(?:mum|mam|mom|dad|parents)\b"
    r"|\b(?:dm|snap|message|text)\s+me\b[^\n]{0,80}?\bno\s+need\s+to\s+tell\s+"
    r"(?:ur|your)\s+(?:mum|mam|mom|dad|parents)\b"
    # "add me on snap, dont tell anyone x", "lift home after college, just don't tell your
    # parents", "so mature for ur age ... our secret", "delete our chats"
    r"|\b(?:add|snap|dm|message|text)\s+me\b[^\n]{0,60}?\b(?:don'?t|dont|do\s+not)\s+tell\s+"
    r"(?:anyone|any1|anybody|nobody|ur\s+(?:mum|mam|mom|dad|parents)|your\s+(?:mum|mam|mom|dad|"
    r"parents))\b"
    r"|\blift\s+home\b[^\n]{0,40}?\b(?:don'?t|dont|do\s+not)\s+tell\s+(?:ur|your)\s+(?:mum|mam|mom|"
    r"dad|parents)\b"
    r"|\bmature\s+for\s+(?:ur|your)\s+age\b[^\n]{0,80}?\b(?:secret|delete|don'?t\s+tell|dont\s+tell|"
    r"snap|dm)\b"
    r"|\bdelete\s+(?:our|these|the|ur|your)\s+(?:chats?|messages|texts|dms)\b[^\n]{0,60}?\bour\s+"
    r"(?:little\s+)?secret\b"
    r"|\bour\s+(?:little\s+)?secret\b[^\n]{0,60}?\bdelete\s+(?:our|these|the|ur|your)\s+(?:chats?|"
    r"messages|texts|dms)\b"
    # "ranking all the level 2 girls by how easy they are"
    r"|\b(?:rank\w*|rat(?:e|ing))\b[^.!?]{0,40}?\b(?:girls|lasses|women)\b[^.!?]{0,30}?\b(?:easy|"
    r"easiest|dtf)\b"
    # "a list of the girls most up for it" (not "a list of who's up for it for five-a-side")
    r"|\b(?:chart|list|ranking|rate)\b(?=[^.!?]{0,40}?\b(?:girls|lasses|birds|women|lads|boys|"
    r"fittest|slags?)\b)[^.!?]{0,40}?\b(?:most\s+)?up\s+for\s+it\b"
    r"|\b(?:girls|lasses|birds|women|lads|boys)\b[^.!?]{0,40}?\b(?:chart|list|ranking)\b"
    r"[^.!?]{0,40}?\bmost\s+up\s+for\s+it\b"
    r"|\bsend\s+(?:me\s+|us\s+)?(?:one\s+|a\s+)pic\b[^.!?]{0,30}\bno\s+one\s+will\b"
)
_PLAIN_CONTEMPT = re.compile(
    # "maybe people like you arent really suited to college"
    r"\bpeople\s+like\s+(?:you|u|ya|him|her|them)\s+(?:aren'?t|arent|are\s+not|shouldn'?t|"
    r"don'?t|dont|do\s+not)\s+(?:really\s+|even\s+|exactly\s+)?(?:suited|cut\s+out|made|belong|"
    r"meant)\b"
    r"|"
    r"\b(?:you|u|you\s+lot|the\s+(?:first|second|third|new)\s+years|(?:the\s+)?(?:lads|girls|"
    r"boys|freshers))\s+(?:are|r|is)\s+(?:all\s+)?(?:just\s+)?(?:vermin|animals|rats|"
    r"cockroaches|parasites|scum|trash|rubbish|filth|pests|subhuman|savages|a\s+plague|"
    r"a\s+disease|nonces|paedos|pedos|peados)\b"
    # staff called paedophiles: "half your staff are nonces", "the tutors here are all paedos"
    r"|\b(?:(?:half|all|most|some|loads|lots|a\s+lot|plenty)\s+(?:of\s+)?)?(?:your|ur|the|these|"
    r"those|their|this\s+college'?s|that\s+college'?s)\s+(?:[a-z]+\s+)?(?:staff|teachers|tutors|"
    r"lecturers|management|managers|governors|coaches|caretakers|admins)(?:\s+(?:here|there|"
    r"(?:at|in|on)\s+(?:the\s+|this\s+|that\s+)?[a-z]+))?\s+(?:are|r|were)\s+"
    r"(?:all\s+|just\s+|basically\s+|probably\s+|clearly\s+|obviously\s+|defo\s+|"
    r"definitely\s+)?(?:a\s+bunch\s+of\s+|a\s+load\s+of\s+)?(?:nonces|paedos|pedos|peados|"
    r"kiddie\s+fiddlers|kiddy\s+fiddlers)\b"  # slang: not "the teachers were groomers" in news
    r"|\btaking\s+in\s+(?:rubbish|trash|scum|vermin)\b"
    r"|\b(?:most\s+)?(?:useless|incompetent|pathetic|clueless|lazy)\s+(?:tutor|teacher|"
    r"lecturer|principal|head|manager|assessor|receptionist|staff|management)s?\b"
    # "rats the lot of them", "absolute melts, all of them"
    r"|\b(?:rats|vermin|scum|animals|cockroaches|parasites|filth|trash|melts|muppets|clowns|"
    r"idiots|morons|losers|wasters|wastemen|weapons|scrotes|scallies|numpties|donkeys|"
    r"dossers|halfwits|imbeciles)\b,?\s+(?:the\s+lot|all|every\s+(?:one|last\s+one))\s+of\s+"
    r"(?:them|you|em|'em|yous|ya)\b(?=\s*(?:[.!?,;]|$|(?:lol|haha|tbh|honestly)\b))"
    # "couldn't teach a dog to sit", "couldn't organise a piss-up in a brewery"
    r"|\bcouldn'?t\s+(?:teach\s+a\s+(?:dog|fish|duck)\s+to\s+(?:sit|swim)|organi[sz]e\s+a\s+"
    r"piss[- ]?up|run\s+a\s+bath|find\s+(?:their|his|her)\s+(?:own\s+)?arse)\b"
    r"|\b(?:he|she|they)(?:'s|'re|\s+is|\s+are)\s+(?:clearly\s+|obviously\s+)?not\s+"
    r"qualified\s+to\s+teach\b"
    r"|\b(?:does|do)\s+(?:your|ur|his|her)\s+(?:mum|mam|mom|dad|parents|family)\s+not\s+"
    r"(?:get\s+paid|have\s+(?:a\s+job|money))\b"
    r"|\b(?:her|his|your|ur)\s+(?:accent|voice|face|teeth|nose|skin|body|breath)\s+is\s+"
    r"(?:so\s+)?(?:unbearable|awful|disgusting|horrendous|grim|rank|minging|vile|hideous|"
    r"gross|repulsive)\b"
    r"|\bimagine\s+being\s+(?:as\s+|that\s+|so\s+)?(?:thick|stupid|dumb|ugly|fat|slow|pointless|"
    r"useless)\b"
    r"|\byou(?:'re|\s+are|\s+r)\s+the\s+(?:ugliest|fattest|thickest|stupidest|smelliest|dumbest|"
    r"most\s+(?:useless|pathetic|disgusting))\b"
)
# Found by posts another hand wrote (rounds 7 and 8), each a family again: exposing
# someone, by blackmail ("pay me or the pictures go in the group chat", "do my coursework
# or they go to her mum") or by putting out where they live ("I'll post where she lives",
# "lives by the station, you know what to do"); a pile-on ("everyone report her account
# till it gets banned", "keep sending her DMs till she agrees", "nobody add her"); veiled
# threats ("wait and see what happens", "would be a shame if something happened to it");
# leering at staff; mocking a stammer or an accent.
_PHOTOS = r"(?:pics?|pictures?|photos?|videos?|vids?|screenshots?|nudes|messages|texts|chats?)"
_EXPOSED = (
    r"(?:\b(?:your|ur|ya|her|his)\s+(?:home\s+)?(?:address|addy|number|pics?|photos?|nudes|snaps?|"
    r"details|messages|texts|student\s+number|insta\w*|face)\b|\bscreenshots?\b|\bthe\s+(?:pics|"
    r"photos|nudes|videos?|vids?)\b)"
)
_ONE_MORE = (
    r"(?:\b(?:one\s+more|another)\s+(?:word|post|comment|message|peep|lie|thing)\b|\bkeep\s+"
    r"(?:talking|chatting|posting|going|it\s+up)\b)"
)
_GOES_UP = (
    r"(?:\b(?:post\w*|leak\w*|shar\w*|put(?:ting)?|going|goes|go|see|up|send\w*)\b[^.!?\n]{0,30}?"
    r"(?:\b(?:on|in|up\s+on|onto|round)\s+(?:the\s+|my\s+|our\s+|ur\s+|your\s+|everyone'?s\s+)?"
    r"(?:page|insta\w*|snap\w*|story|stories|group|gc|group\s*chat|internet|socials|tiktok|fb|"
    r"facebook|twitter|college|here)\b|\b(?:online|public|everywhere)\b)|\b(?:leak|expose|dox+)\w*\s+"
    r"(?:your|ur|her|his)\b)"
)
_PLAIN_EXPOSING = re.compile(
    # "got screenshots of your insta and your student number, one more word and its all
    # going on the page", "one more word and I'm posting your address on insta" (not "one
    # more comment like that and it's going on the group chat as quote of the week": nothing
    # of the person's is named)
    _EXPOSED
    + r"[^\n]{0,120}?"
    + _ONE_MORE
    + r"[^.!?\n]{0,60}?"
    + _GOES_UP
    + "|"
    + _ONE_MORE
    + r"(?=[^\n]{0,100}?"
    + _EXPOSED
    + r")[^.!?\n]{0,60}?"
    + _GOES_UP
    + "|"
    r"\b(?:or|unless|otherwise|or\s+else)\s+(?:the|your|ur|her|his|them|those|these|my|all\s+"
    r"(?:the|your|her|his))\s+(?:[a-z]+\s+)?" + _PHOTOS + r"\s+(?:(?:from|of|on)\s+(?:[a-z]+\s+)"
    r"{1,2})?(?:(?:go(?:es)?|will\s+go|are\s+going)\s+(?:in|on|to|out|up|round|everywhere|online|public)|"
    r"gets?\s+(?:sent|posted|shared|leaked))\b"
    r"|\bor\s+(?:they|these|those|it)\s+(?:go(?:es)?|get\s+sent|are\s+going|will\s+go)\s+to\s+"
    r"(?:(?:her|his|your|their)\s+(?:mum|mam|mom|dad|parents|family|boyfriend|girlfriend|tutor|"
    r"teacher|boss)|everyone|the\s+(?:principal|police|whole))\b"
    r"|\bor\s+(?:else\s+)?(?:everyone|everybody)(?:\s+(?:at|in|on)(?:\s+[a-z]+){1,3}?)?\s+"
    r"(?:gets?|sees?|will\s+(?:get|see))\s+(?:them|it|these|those)\b"
    r"|\b(?:post(?:ing)?|shar(?:e|ing)|send(?:ing)?|leak(?:ing)?|upload(?:ing)?)\s+(?:the|your|"
    r"her|his|their|those|these|that)\s+(?:[a-z]+\s+){0,3}?" + _PHOTOS + r"\b[^.!?]{0,60}?"
    r"\b(?:unless\s+(?:she|he|they|you\s+(?:pay|send|give|do))|or\s+else|if\s+(?:she|he|they)\s+"
    r"(?:don'?t|doesn'?t|won'?t))\b"
    r"|\b(?:i'?ll|i\s+will|gonna|going\s+to|we'?ll)\s+(?:post|share|put\s+up|drop|leak)\s+"
    r"(?:where\s+(?:she|he|they|you)\s+lives?|(?:her|his|their|your)\s+(?:address|addy|"
    r"home\s+address))\b"
    r"|\b(?:drop|post|share|leak)\s+(?:(?:his|her|their)\s+)?(?:[a-z]+'s\s+){0,2}(?:number|address|"
    r"addy|home\s+address)\s+"
    r"(?:in\s+here|below|in\s+the\s+(?:comments|replies|(?:group\s*)?chat|gc))\b"
    r"|\b(?:number|address|addy)(?:'s|\s+is)\s+(?:in\s+the\s+(?:comments|replies)|below)\b[^.!?]{0,40}?"
    r"\b(?:ring|call|text|message|spam|visit)\b"
    r"|\blives?\s+(?:on|at|in|by|near|round|next\s+to)\b[^!?]{0,80}?\b(?:you\s+know\s+what\s+to\s+"
    r"do|(?:go\s+)?pay\s+(?:her|him|them)\s+a\s+visit|go\s+round\s+(?:there|hers|his))"
    # "got her home address off the class register, dm me if u want it": someone's address
    # offered round (not "I have her address from the system so I can post her
    # certificate")
    r"|\b(?:got|have|found)\s+(?:her|his|their|[a-z]+'s)\s+(?:home\s+)?(?:address|addy)\b[^!?\n]{0,80}?"
    r"\b(?:dm|pm|inbox|message|msg)\s+me\b[^.!?\n]{0,20}?\bif\s+(?:u|you|ya|anyone)\s+wants?\s+it\b"
    r"(?!\s+(?:to|for)\s+(?:send|post|drop|the)\b)"
    # "I know where he lives now, pm me for the address" (not "party at mine, dm me for the
    # address"), "anyone want Jake's home address?" (not "... for the christmas cards")
    r"|\b(?:know|found\s+out|got)\s+where\s+(?:he|she|they)\s+lives?\b[^\n]{0,60}?\b(?:dm|pm|inbox|"
    r"message|msg)\s+me\b"
    r"|\b(?:anyone|any1|who)\s+wants?\s+(?:[a-z]+'s|his|her|their)\s+(?:home\s+)?(?:address|addy)\b"
    r"(?!\s+for\s+(?:the\s+)?(?:christmas\s+|xmas\s+|birthday\s+)?(?:cards?|invites?|invitations?|"
    r"party|presents?|flowers)\b)"
)
_PLAIN_PILE_ON = re.compile(
    r"\b(?:everyone|every1|everybody|all\s+of\s+you|lads|guys)\s+(?:go\s+(?:on|to)\s+[a-z]+'s\s+"
    r"(?:insta|instagram|tiktok|snap|snapchat|page|account|profile|twitter|fb|facebook)\b"
    r"[^.!?]{0,30}?\b(?:tell|spam|report|slate|roast|abuse|troll)|(?:mass\s+)?report\s+"
    r"(?:[a-z]+'s|her|his|their)\s+(?:account|page|insta|profile)|spam\s+(?:her|him|them))\b"
    r"|\b(?:report|spam|message|dm)\s+(?:her|him|them)\s+(?:till|until)\b"
    r"|\bkeep\s+(?:sending|messaging|texting|dming|calling|ringing)\s+(?:her|him|them|[a-z]+\s+"
    r"(?:dms|messages|texts|pics))\b[^.!?]{0,30}?\b(?:till|until)\b"
    r"|\bring\s+(?:her|him|them)\s+at\s+(?:[1-5]\s*am|midnight)\b"
    r"|\btell\s+(?:her|him|them)\s+what\s+(?:you|we)\s+(?:really\s+)?think\s+of\s+(?:her|him|them)\b"
    r"|\bpile\s+on\s*(?:[,.!?;]|$|(?:her|him|them)\b)"
    r"|\b(?:nobody|no\s+one|no-one|noone)\s+(?:add|invite)\s+(?:her|him|them)\b"
    r"|\b(?:group\s*chat|gc)\b[^.!?]{0,30}?\bwithout\s+[a-z]+\s+in\s+it\b"
    r"|\banyone\s+(?:who|that)\s+(?:sits|talks|hangs\s+out|speaks|walks|is\s+seen)\s+(?:with|to)\s+"
    r"[a-z]+\b[^.!?]{0,40}?\b(?:gets?|will\s+get)\s+(?:the\s+same|it\s+too)\b"
)
_PLAIN_VEILED = re.compile(
    r"\bwait\s+and\s+see\s+what\s+happens\s+(?:to\s+you|when\s+you|if\s+you)\b"
    r"|\b(?:tell|grass|snitch|report)\w*\s+(?:on\s+[a-z]+\s+)?and\s+(?:just\s+)?wait\s+and\s+see\b"
    # (and "nice car miss. be a shame if something happened to it"; not "... happened to the
    # display, so please don't lean on it")
    r"|\b(?:(?:would|it'?d|'d)\s+)?be\s+a\s+(?:real\s+|right\s+|massive\s+|such\s+a\s+|proper\s+)?"
    r"(?:shame|pity)\s+if\s+(?:something|anything)\s+(?:happened|was\s+to\s+happen|were\s+to\s+"
    r"happen)\b(?=\s*(?:[.!?,]|$)|\s+to\s+(?:it|you|u|your|ur|him|her|them|that|this|ya)\b)"
    r"|\b(?:he|she|they)(?:'ll|\s+will)\s+regret\s+it\b"
    r"|\b(?:we|i|they)\s+know\s+which\s+(?:house|flat|street|school)\s+(?:your|ur|his|her|their)\s+"
    r"(?:little\s+|baby\s+|big\s+|younger\s+|older\s+)?(?:brother|sister|kids?|son|daughter|mum|mam|"
    r"mom|dad|family|nan|gran)\b"
    r"|\b(?:we|i|they)\s+know\s+where\s+(?:his|her|their)\s+(?:little\s+|baby\s+|big\s+|"
    r"younger\s+|older\s+)?(?:brother|sister|kids?|son|daughter|mum|mam|mom|dad|family|nan|"
    r"gran)\s+(?:goes|go|lives|live|works|work)\b"
    r"|\bi\s+know\s+which\s+(?:car|house|bike|locker|flat|door)\s+is\s+(?:yours|his|hers)\b"
    r"|\bwatch\s+your\s+back\b"
    # "might be worth checking your brakes before you drive home tonight. Just a thought."
    # (not a safety tip: "check your tyres and brakes before you drive home in the snow")
    r"|\bcheck(?:ing)?\s+(?:your|ur|them|those)\s+(?:brakes|brake\s+lines?|tyres|tires|wheel\s+nuts|"
    r"car(?:\s+over)?)\b[^.!?\n]{0,40}?\bbefore\s+(?:(?:you|u)\s+(?:drive|head|go|set\s+off|leave)|"
    r"the\s+drive)\b(?=[^\n]{0,60}?(?:\b(?:just\s+a\s+thought|if\s+i\s+(?:were|was)\s+you|accidents\s+"
    r"happen)\b|\bjust\s+sayin[g']?\W{0,3}\U0001f609))"
    r"|\bblock(?:ed)?\s+me\b[^\n]{0,60}?\bnew\s+account\b"
    r"|\blet'?s\s+see\s+how\s+(?:hard|tough|brave|big)\s+(?:he|she|you)\s+(?:is|are)\s+"
    r"(?:then|now|without)\b"
    r"|\bbring\s+something\s+(?:to\s+(?:college|school|class|campus|the\s+[a-z]+)\s+)?that\s+"
    r"(?:isn'?t|is\s+not|ain'?t)\s+a\s+(?:pencil|pen|book|ruler|calculator)\b"
)
_PLAIN_LEERING = re.compile(
    r"\brat(?:e|ing)\s+(?:the\s+)?(?:girls|lads|boys|women|lasses)(?!')\b[^.!?]{0,40}?"
    r"\b(?:out\s+of\s+(?:10|ten)|1\s*(?:-|to)\s*10)\b"
    # "wonder what she's like in bed", "I'd give her a lot more than a massage", "she was
    # asking for it", "slide in my dms babe" (not "... like after work", "more than a hug",
    # "slide into my DMs with your questions": a review found those said kindly)
    r"|\bwonder\s+what\s+(?:she'?s|he'?s|she\s+is|he\s+is)\s+like\s+in\s+bed\b"
    # ("the new tutor is fit, wonder what she's like after work"; "bet she's a right goer
    # after a few drinks", not "bet she's a right goer, this old Mini")
    r"|\b(?:fit|hot|sexy|peng|fittie|legs|body|bum|arse|figure|curves|boobs|rack)\b[^.!?]{0,40}?"
    r"\bwonder\s+what\s+(?:she'?s|he'?s|she\s+is|"
    r"he\s+is)\s+like\s+(?:after\s+(?:work|hours|college|dark)|out\s+of\s+(?:work|uniform))\b"
    r"|\b(?:bet|reckon)\s+(?:she'?s|he'?s|she\s+is|he\s+is)\s+a\s+(?:right\s+)?goer\b"
    r"(?=\s*(?:$|[^\w\s,.;:'\"]|(?:after|when|once|in\s+bed|if|lol)\b))"
    r"|\bi'?d\s+give\s+(?:her|him)\s+(?:a\s+lot\s+|loads\s+|way\s+)?more\s+than\s+a\s+(?:trim|lift|"
    r"lesson|massage|ride|wash|blow\s*dry)\b(?!\s*(?:for\s+that|,?\s+(?:a|she|he)\s+(?:medal|needs|"
    r"deserves)))"
    r"|\b(?:she|he)\s+(?:was|is)\s+(?:clearly\s+|totally\s+|obviously\s+)?asking\s+for\s+it\b"
    r"(?!\s+(?:back|to|at|in|on|from|by)\b)"
    # "any girl who wears that to college is asking for it", "a lass dressed like that is
    # asking for it tbh"
    r"|\b(?:(?:any|a|every)\s+(?:girl|woman|lass|bird)|(?:the\s+)?(?:girls|women|lasses))\s+"
    r"(?:who|that|wearing|dressed|in)\b[^.!?]{0,50}?\b(?:is|are|'s|was|were)\s+(?:just\s+|basically\s+|literally\s+)?"
    r"asking\s+for\s+it\b(?!\s+(?:back|to|at|in|on|from|by)\b)"
    r"|\bslide\s+(?:in|into)\s+my\s+dms\s*,?\s*(?:babe|hun|gorgeous|sexy|beautiful|darling|"
    r"sweetheart|x{1,4})\b"
    r"|[\U0001f975\U0001f351\U0001f60f\U0001f924\U0001f445\U0001f346\U0001f4a6][^\n]{0,80}?"
    r"\bslide\s+(?:in|into)\s+my\s+dms\b"
    r"|\bslide\s+(?:in|into)\s+my\s+dms\b[^\n]{0,20}?[\U0001f975\U0001f351\U0001f60f\U0001f924"
    r"\U0001f445\U0001f346\U0001f4a6\U0001f609]"
    r"|\b(?:she'?d|he'?d|she\s+would|he\s+would)\s+be\s+begging\s+for\s+it\b"
    r"|\b(?:get|getting|have|had)\s+(?:miss|mrs|ms|mr|her|him)\s+(?:[a-z]+\s+)?on\s+"
    r"(?:her|his|their)\s+own\b"
    r"|\bslide\s+(?:in|into)\s+(?:her|his)\s+dms\b"
    r"|\b(?:any\s*time|all\s+night|on\s+(?:her|his)\s+own)\b[^.!?]{0,20}?\bif\s+(?:you|u|ya)\s+"
    r"know\s+what\s+i\s+mean\b"
)
_PLAIN_MOCKING = re.compile(
    r"\b(?:stutters?|stammers?|stuttering|stammering)\b[^.!?]{0,60}?\b(?:hilarious|lol|lmao|cringe|"
    r"over\s+by\s+the\s+time)\b"
    # someone else's stammer mimicked: "the lad with the stammer ... r-r-r-ruined it" (not
    # "my stammer is bad today, w-w-w-wish me luck")
    r"|\b(?:with\s+(?:the|a|that)|his|her|their|[a-z]+'s)\s+(?:stutter|stammer)\b[^\n]{0,120}?"
    r"\b([a-z])-\1-\1"
    r"|\b([a-z])-\2-\2-?[a-z]*\b[^\n]{0,120}?\b(?:with\s+(?:the|a|that)|his|her|their|[a-z]+'s)\s+"
    r"(?:stutter|stammer)\b"
    # someone's family's money mocked: "his mum ... still cant afford him new trainers 😭 tramp"
    r"|\b(?:can'?t|cannot|cant)\s+(?:even\s+)?afford\b[^.!?\n]{0,60}?(?:\W|\b)(?:tramp|tramps|"
    r"peasant|peasants|brokie|brokey|scruff|scrounger|tramp\s+family|charity\s+case)\b"
    r"|\bcan'?t\s+understand\s+a\s+word\b[^.!?]{0,40}?\b(?:accent|english)\b"
    r"|\bgo\s+back\s+to\s+(?:teaching\s+)?(?:wherever|where)\s+(?:you|he|she|they)\s+"
    r"(?:came|come)\s+from\b"
    r"|\bgo\s+back\s+to\s+(?:your\s+own\s+country|[a-z]+\s+and\s+learn\s+(?:english|the\s+"
    r"language))\b"
    # "send her back to whatever village she came from"; "can barely speak English ... go
    # back home"
    r"|\bsend\s+(?:her|him|them|em|'em)\s+(?:all\s+)?back\s+(?:to\s+(?:wherever|whatever|where|"
    r"their|her|his)|home)\b"
    # how someone speaks, sung or read likened to choking or a dying animal: "trying to speak
    # Welsh, sounds like he's choking on a bag of marbles", "her accent sounds like a
    # strangled cat" (not "if he's trying to speak but sounds like he's choking, call 999")
    r"|(?<!\bmy\s)(?<!\bour\s)\b(?:speak\w*|spoke|accent|voice|talk\w*|reads?|reading|sings?|"
    r"singing)\b[^.!?\n]{0,60}?\b(?:sounds?|sounded|sounding|talks?|speaks?)\s+like\s+(?:(?:he|she|"
    r"they|you|u|someone|somebody)(?:'s|'re|\s+is|\s+are|\s+has|'ve)?\s+|hes\s+|shes\s+|an?\s+)?"
    r"(?:got\s+)?(?:(?:chok|gargl)\w*\s+(?:on\s+)?(?:a\s+|some\s+)?(?:(?:bag|mouth|gob)\s*(?:ful|full)?\s+"
    r"of\s+)?(?:marbles|gravel|stones|pebbles|a\s+hot\s+potato)|(?:a\s+)?(?:mouth|gob)\s*full\s+of\s+"
    r"(?:marbles|gravel|stones)|having\s+a\s+stroke|(?:strangled|dying|drowning|wounded)\s+(?:cat|"
    r"cow|goat|sheep|seagull|animal|pig|duck|donkey|walrus))\b"
    r"|\b(?:barely|can'?t|cannot|hardly)\s+(?:even\s+)?speak\s+(?:proper\s+|any\s+)?english\b"
    r"[^\n]{0,120}?(?:^|[.!?,;]\s*|\bjust\s+)go\s+back\s+(?:home|to\s+(?:your|their|where))\b"
)
# Two helpers' probes of abuse by family (the twenty-first session, 295 comments of their
# own, none from a benchmark round): the shapes each family's misses shared, in plain
# words. Veiled threats: "keep talking and see what happens", "dont come in tomorrow if you
# know whats good for you", "ur lucky the teachers were there", "ur card is marked", "ur
# getting done in friday", "smashing his face in", "egg his house" (not "see what happens
# if you add salt", "eat your greens if you know what's good for you").
_PLAIN_THREAT_VEILED = re.compile(
    # "keep smiling, it's the last term you'll be smiling, trust me" (not "last day you'll
    # be smiling at these lockers, leavers!"): a term of someone's life said to be ending
    r"\b(?:the\s+)?last\s+(?:term|time|week|day|year|month)\s+(?:you'?ll|you\s+will|u'?ll|"
    r"ull|youll)\s+(?:ever\s+)?(?:be\s+)?(?:smiling|laughing|walking|talking|grinning|smile|"
    r"laugh|walk)\b(?=[^\n]{0,30}?\b(?:trust\s+me|mark\s+my\s+words|watch|believe\s+me|"
    r"promise)\b|\s*(?:[.!]|$))"
    r"|"
    r"\bkeep\s+(?:talking|running\s+(?:your|ur)\s+mouth|chatting|mouthing\s+off)\s+(?:and|n)\s+"
    r"(?:see|watch)\s+what\s+happens\b"
    r"|\b(?:don'?t|dont|do\s+not|stay|keep|shut|back\s+off|leave)\b[^.!?\n]{0,60}?\bif\s+(?:you|u)\s+"
    r"know\s+what'?s\s+good\s+for\s+(?:you|u|ya)\b"
    r"|\b(?:you'?re|ur|you\s+are|u\s+r|he'?s|she'?s|hes|shes)\s+lucky\s+(?:the\s+)?(?:teachers?|"
    r"staff|tutors?|security|cameras|(?:your|ur|his|her)\s+(?:mates|mum|dad))\s+(?:was|were|are)"
    r"\s+(?:there|around|about|watching)\b"
    r"|\bdon'?t\s+bother\s+running\b"
    r"|\b(?:i'?d|id|i\s+would)\s+be\s+careful\s+(?:walking|going|getting|cycling)\s+home\b"
    r"[^.!?\n]{0,40}?\bif\s+i\s+(?:was|were)\s+(?:you|u|him|her)\b"
    r"|\b(?:you'?re|ur|you\s+are|u\s+r|you'?ll\s+be|u'?ll\s+be)\s+in\s+(?:hospital|a&e|a\s+"
    r"wheelchair|a\s+box)\b"
    # "im gonna put you in hospital" (not "put you in the hospital's car park queue")
    r"|\b(?:gonna|gunna|going\s+to|i'?ll|ill|i\s+will|we'?ll|imma|ima)\s+put\s+(?:you|u|ya|him|her|"
    r"them)\s+in\s+(?:hospital|a&e|a\s+wheelchair|a\s+box|the\s+ground|intensive\s+care)\b"
    r"|\b(?:you'?re|ur|you\s+are|u\s+r|he'?s|she'?s|hes|shes|is|are)\s+(?:getting|gonna\s+get|"
    r"going\s+to\s+get)\s+(?:done\s+in|jumped|battered|stabbed|shanked|merked|leathered|glassed|"
    r"bottled|knocked\s+out|beaten\s+up|decked|hurt)\b(?!\s+(?:on|by)\s+(?:the|my|a|our)\s+"
    r"(?:dog|cat|puppy|kitten|kids?|baby)\b)"
    r"|\b(?:your|ur|his|her)\s+card'?s?\s+(?:is\s+)?marked\b"
    r"|\b(?:smash|smashing|smashed|kick|kicking|cave|caving|punch|punching|knock|knocking)\s+"
    r"(?:his|her|your|ur|their|yer)\s+(?:face|head|teeth)\s+in\b"
    r"|\b(?:get|have|has|getting)\s+(?:ur|your|his|her|their)\s+teeth\s+(?:rearranged|knocked\s+"
    r"out|kicked\s+in)\b"
    r"|\b(?:egg|egging|brick|bricking)\s+(?:his|her|their|your|ur|[a-z]+'s)\s+(?:house|car|door|"
    r"windows?|flat)\b"
    r"|\bkey(?:ing)?\s+(?:his|her|their|your|ur|(?:mr|mrs|miss|ms|sir)\s+[a-z]+'s|[a-z]+'s)\s+"
    r"(?:car|van|motor)\b"
    r"|\b(?:i'?m|im|we'?re|were)\s+(?:turning|showing)\s+up\s+at\s+(?:hers|his|theirs|her\s+"
    r"(?:house|flat|door)|his\s+(?:house|flat|door))\b(?=[^.!?\n]{0,40}?\b(?:owes?|reply|replies|"
    r"answer|ignor\w+|blank\w*|whether)\b)"
    r"|\b(?:gonna|going\s+to|will|i'?ll|we'?ll)\s+jump\s+(?:the\s+next\s+(?:one|fan|lad)|any\s+"
    r"[a-z]+\s+fans?)\b"
    r"|\b(?:address|addy|lives|house|where)\b[^\n]{0,60}?\bpay\s+(?:her|him|them)\s+a\s+"
    r"(?:little\s+)?visit\b|\bpay\s+(?:her|him|them)\s+a\s+(?:little\s+)?visit\s+tonight\b"
    # "ik ur nan's house in madeley", "ik ur number, ik ur insta": what one knows of someone,
    # listed at them
    r"|\b(?:ik|i\s+know)\s+(?:ur|your)\s+(?:nan'?s|nana'?s|mum'?s|mam'?s|gran'?s|dad'?s|nans|mums|"
    r"grans)\s+(?:house|address|place|flat)\b(?!\s+(?:is|was|has|'s)\b)"
    r"|\b(?:ik|i\s+know)\s+(?:ur|your)\s+\w+[,.]?\s+(?:(?:and|n|&)\s+)?(?:ik|i\s+know)\s+(?:ur|your)\b"
    # "I've kept a list of everyone who liked this. Remember that." (not "kept a list of who
    # signed up, remember that the trip is Friday")
    r"|\b(?:i'?ve|ive|i\s+have|we'?ve|weve|we\s+have)\s+(?:kept|made|got|saved)\s+a\s+list\s+of\s+"
    r"(?:everyone|everybody|every\s+(?:one|person)|all|who)\b(?=[^\n]{0,80}?(?:\bremember\s+"
    r"(?:that|this)\s*(?:[.!]|$)|\byou\s+know\s+who\s+you\s+are\b|\byour\s+turn\b|\bwatch\s+this"
    r"\s+space\b|\byou'?ll\s+(?:all\s+)?see\b))"
)
# Saying someone would be better off dead, indirectly: "why dont u just end it", "drink
# bleach x", "shouldve finished the job last time", "join the 41%" (not "never drink
# bleach", "let's end it on a high").
_PLAIN_SELF_HARM_MORE = re.compile(
    r"\bwhy\s+(?:don'?t|dont|not)\s+(?:you|u|ya)\s+(?:just\s+)?(?:end\s+it|do\s+(?:it|us\s+all\s+a"
    r"\s+favou?r))\b"
    r"|\b(?:just|go|pls|please)\s+end\s+it\s+(?:already|now|all|ffs|then|lol|x+)\b"
    r"|(?<!never\s)(?<!don't\s)(?<!dont\s)(?<!not\s)(?<!to\s)\b(?:go\s+(?:and\s+)?|just\s+|pls\s+)?"
    r"drink\s+(?:some\s+)?bleach\b(?!\s+(?:by|is|can|could|will|accidentally|bottles?))"
    r"|\b(?:should'?ve|shoulda|should\s+have)\s+finished\s+(?:the\s+job|(?:your|ur|him|her)self)\b"
    r"|\bjoin\s+the\s+41\s*%"
)
# Sexual remarks and pressing: "send pics then if ur that confident", "she'd get it",
# "needs a good seeing to", "bend her over", "ur nothing without a man" (not "she'd get it
# if she revised", "send pics of the display board").
_PLAIN_SEXUAL_MORE = re.compile(
    # "send me pics or i'll tell everyone what you did": pictures asked for under a threat
    r"\bsend\s+(?:(?:me|us)\s+)?(?:a\s+|some\s+|more\s+)?(?:pics?|pix|photos?|nudes|vids?)\s+"
    r"(?:\w+\s+){0,2}?(?:or|or\s+else|otherwise)\s*,?\s+(?:i'?ll|ill|i\s+will|im\s+gonna|i'?m\s+"
    r"(?:gonna|going\s+to|telling|posting|sending)|im\s+(?:telling|posting)|everyone|the\s+whole)\b"
    r"|\bsend\s+(?:(?:me|us)\s+)?(?:a\s+|some\s+|more\s+)?(?:pics?|pix|photos?|nudes)\s+"
    r"(?:then\s+)?(?:babe\b|hun\b|x\b|[\U0001f60f\U0001f608\U0001f346\U0001f609]|if\s+(?:ur|"
    r"you'?re|u\s+r)\s+(?:that|so)\s+)"
    r"|\b(?:she|he|[a-z]+)(?:'d|\s+would)\s+(?:defo\s+|deffo\s+|def\s+|so\s+)?get\s+it\b"
    r"(?!\s+(?:right|wrong|done|back|sorted|fixed|if|in|by|first|eventually|later|soon|again|too|"
    r"though|tho|when|after|once|now|all|from|at|on|for|with|signed|marked))"
    r"(?=[^.!?\n]{0,30}?(?:\b(?:tbh|legs|arse|ass|bum|body|fit|peng|sort|fr|ngl|lads|boys)\b|"
    r"[\U0001f924\U0001f60f\U0001f608\U0001f346\U0001f351\U0001f445]))"
    r"|\b(?:babe|hun|sexy|gorgeous)\b[^.!?\n]{0,30}?\b(?:i'?ll|ill|i\s+will)\s+show\s+(?:u|you)\s+"
    r"something\b"
    r"|\bneeds?\s+a\s+(?:good\s+|proper\s+)?seeing\s+to\b"
    r"|\bbend\s+(?:her|him|you|u)\s+over\b"
    r"|\b(?:ur|you'?re|you\s+are|she'?s|shes|women\s+are|girls\s+are)\s+nothing\s+without\s+a\s+"
    r"(?:man|bloke|fella|boyfriend|husband)\b"
    r"|\brating\s+(?:the\s+|all\s+the\s+)?(?:girls|lads|boys|lasses|women|birds)\s+(?:in|on|from|at)"
    r"\b"
    r"|\brate\s+(?:her|his)\s+(?:selfie|pic|photo|face|outfit|body|legs)\b"
    r"|\b(?:your|ur)\s+(?:mum|mam|mom|nan|sister)\b[^.!?\n]{0,60}?\bhow\s+much\s+(?:did|does|do)\s+"
    r"she\s+charge\b"
    # "cant wait for the new receptionist to bend over the photocopier", "bet ur mom regrets
    # not swallowing"
    r"|\b(?:can'?t|cant|cannot)\s+wait\s+(?:for|till|until)\s+[^.!?\n]{0,40}?\bto\s+bend\s+over\b"
    r"|\bregret(?:s|ted)?\s+not\s+swallowing\b"
    r"|\bshould(?:'?ve|\s+have)\s+swallowed\s+(?:you|u|ya|him|her)\b"
)
# Exposing someone and setting a group on them: "post her address", "spam him all night",
# "she lives on mill lane, go knock", "leaking the gc", "mass report callum's insta", "make
# a gc without her and screenshot it to her", "start a hashtag about her" (not "please
# don't spam him", "a gc without him for his surprise party").
_PLAIN_DOXXING = re.compile(
    r"\b(?:post|drop|dropping|posting|share|sharing|leak|leaking|put)\s+(?:her|his|their|"
    r"(?:(?:that|this)\s+(?:[a-z]+\s+){0,2}?)?(?!(?:venue|college|school|shop|club|cafe|"
    r"church|company|hotel|campus|event|gym|centre|center|office)'s)[a-z]+'s)\s+(?:home\s+)?"
    r"(?:address|addy|postcode)\b"
    r"|(?<!don't\s)(?<!dont\s)(?<!not\s)(?<!stop\s)\b(?:spam|spamming)\s+(?:him|her|them)\b"
    r"(?!\s+(?:folder|filter|emails?))"
    r"|\badd\s+(?:him|her|them)\s+(?:and|n|&)\s+spam\b"
    r"|\b(?:she|he|they)\s+lives?\s+(?:on|at|in)\b[^.!?\n]{0,50}?\b(?:go\s+knock|knock\s+(?:on|"
    r"her|his)|pay\s+(?:her|him|them)|egg|lads|everyone)\b"
    r"|\bsend(?:ing)?\s+(?:her|him|them)\s+all\s+(?:his|her|their)\s+(?:messages|texts|pics|dms|"
    r"chats|snaps)\b"
    r"|(?<!someone's\s)(?<!someones\s)(?<!been\s)(?<!stop\s)(?<!who's\s)\bleak(?:ing)?\s+(?:the|her|his|"
    r"their)\s+(?:gc|group\s*chat|chats?|screenshots?|dms|messages|texts|pics|photos|nudes)\b"
    r"(?=[^\n]{0,60}?\b(?:where\s+(?:she|he|they)|everyone|share|send\s+it|spread|round)\b)"
    r"|\bmass\s+report(?:ing)?\s+(?:[a-z]+'s|her|his|their)\b"
    r"|\b(?:gc|group\s*chat)\s+without\s+(?:her|him|them)\b(?![^.!?\n]{0,40}?\b(?:surprise|party|"
    r"birthday|present|gift|card|collection)\b)(?=[^.!?\n]{0,40}?\b(?:screenshot|laugh|send|"
    r"show|so\s+she|so\s+he)\w*)"
    r"|\b(?:start|make|do)\s+a\s+hashtag\s+(?:about|for|on)\s+(?:her|him|them)\b"
    r"|\b(?:dropping|posting|leaking)\s+(?:his|her|their)\s+(?:home\s+)?(?:address|number|addy)\b"
    # "posting ur address in the group chat if u dont pay me back" (not "never post your
    # address online")
    r"|(?<!never\s)(?<!don't\s)(?<!dont\s)(?<!not\s)\b(?:post|posting|drop|dropping|leak|leaking|"
    r"share|sharing|putting)\s+(?:ur|your|yer)\s+(?:home\s+)?(?:address|addy|postcode|nudes)\b"
    r"(?=[^\n]{0,80}?\b(?:if\s+(?:u|you)\s+(?:don'?t|dont|do\s+not|won'?t|wont)|unless|till|until|"
    r"by\s+(?:friday|monday|tonight|tomorrow))\b)"
)
# Mocking disability and difference in neutral words: "he's on the special needs table
# for a reason", "oi wheelchair boy", "talks like he's had a stroke", "on the short bus"
# (not "the special needs table at the fair raised £50").
_PLAIN_ABLEISM = re.compile(
    r"\b(?:he'?s|she'?s|hes|shes|ur|you'?re|belongs?|should\s+be|put\s+(?:him|her))\s+(?:on|at|"
    r"in)\s+the\s+(?:special\s+needs|special|sen)\s+(?:table|room|class|unit|bus)\b"
    r"(?=[^.!?\n]{0,30}?(?:\bfor\s+a\s+reason\b|\blol\b|\blmao\b|[\U0001f602\U0001f923\U0001f480]))"
    r"|\b(?:on|ride|ridden|belongs\s+on|get\s+on)\s+the\s+short\s+bus\b"
    r"|\b(?:oi|hey|alright|ay|ey)\s+(?:wheelchair|deaf|blind|limpy|crutches|specky|four\s+eyes|"
    r"stutter|stammer)\s+(?:boy|girl|lad|kid|lass)\b"
    r"|\b(?:talks|walks|looks|sounds|writes)\s+like\s+(?:he'?s|she'?s|hes|shes|you'?ve|uve|u'?ve|"
    r"he\s+has|she\s+has)\s+(?:got\s+|had\s+)?a\s+stroke\b"
    # "numpty in supported learning shouldnae even be at college" (round 32's read half)
    r"|\b(?:in|on|from|doing)\s+(?:supported\s+learning|special\s+needs|the\s+sen\s+(?:unit|class))\b"
    r"[^.!?\n]{0,30}?\b(?:shouldn'?t|shouldnt|shouldnae|should\s+not)\s+even\s+be\s+(?:at|in|"
    r"allowed)\b"
    r"|\bwhy\s+is\s+(?:the|that)\s+(?:kid|lad|girl|boy|one)\s+(?:with\s+the|in\s+the)\s+"
    r"(?:hearing\s+aid|wheelchair|crutches|walking\s+frame)\s+(?:even\s+)?(?:on|in|here|at|"
    r"allowed)\b"
)
# Transphobia in plain words: "what's in your pants", "her name's not skye its steven",
# "call him by his real name", "it's a he, always will be", "calling it she", "a bloke in
# a dress" after "they/them", "identifies as an attack helicopter".
_PLAIN_TRANSPHOBIA = re.compile(
    r"\bwhat'?s\s+in\s+(?:your|ur|his|her|their)\s+(?:pants|knickers|trousers|boxers)\b"
    r"(?!\s+pockets?\b)"
    r"|\b(?:her|his|their)\s+name'?s?\s+(?:is\s+)?not\s+[a-z]+\s*,?\s+(?:it'?s|its)\s+[a-z]+\b"
    r"|\b(?:call(?:ing)?|use)\s+(?:him|her|them)\s+(?:by\s+)?(?:his|her|their)\s+(?:real|old|"
    r"actual|birth)\s+name\b"
    r"|\b(?:it'?s|its|she'?s|shes|he'?s|hes)\s+a\s+(?:he|she|bloke|man|geezer|girl|lass)\s*,?\s+"
    r"(?:always\s+will\s+be|always\s+was|end\s+of|full\s+stop|mate|simple)\b"
    r"|\bcall(?:ing)?\s+it\s+(?:she|he|her|him|they)\b"
    r"|\b(?:they\s*/\s*them|pronouns)\b[^.!?\n]{0,40}?\b(?:bloke|man|geezer|lad)\s+in\s+a\s+(?:dress|"
    r"skirt|wig)\b"
    r"|\bidentif(?:y|ies|ying)\s+as\s+an?\s+(?:attack\s+helicopter|toaster|microwave|lamp\s*post)\b"
)
# Hatred in coded words: "send him back to the jungle", "go back to romania", "the dinghy
# lot", "the mosque should be burnt down", "holocaust never happened", disasters thrown at
# fans ("munich 58 ✈️", "should've been more at hillsborough"), and emoji for a group
# ("🏳️‍🌈 = 🤮") (not "going back to Poland for summer", "justice for the 97").
_COUNTRIES = (
    r"(?:romania|poland|pakistan|india|bangladesh|africa|jamaica|nigeria|somalia|syria|"
    r"afghanistan|iraq|iran|albania|bulgaria|lithuania|latvia|turkey|china|ireland|"
    r"your\s+own\s+country|ur\s+own\s+country|your\s+country|ur\s+country|the\s+jungle|"
    r"\U0001f30d|\U0001f30e|\U0001f30f)"
)
_PLAIN_HATE_CODED = re.compile(
    r"\b(?:back|home)\s+to\s+(?:the\s+)?jungle\b"
    # "dinna let the traveller kids on the trip, they'll rob the bus": a people said to be
    # thieves (not "the traveller kids said they'll bring the cake")
    r"|\b(?:travell?ers?|gypsy|gypsies|gyppos?|gippos?|pikeys?|roma|tinkers?|tinks?)\s+"
    r"(?:(?:kids|lot|lads|girls|boys|family|families|ones|people|students)\s+)?"
    r"[^.!?\n]{0,40}?\b(?:they'?ll|they\s+will|they'?d|they\s+would|theyll|will|gonna|always)\s+"
    r"(?:just\s+)?(?:rob|steal|nick|pinch|thieve|take)\s+(?:the|your|our|everything|anything|"
    r"it|stuff)\b"
    rf"|(?:^|[.!?,;]\s*|\b(?:just|should|can|pls|please|so|and|then|now|off)\s+|\U0001f412\s*)"
    rf"go\s+(?:back\s+to|home\s+to)\s+{_COUNTRIES}"
    r"|\bdinghy\s+(?:lot|people|crowd|brigade|invaders)\b|\bsink\s+the\s+boats\b"
    # "... deport the lot", "send em all back": a people to be put out
    r"|\b(?:deport|ship\s+out)\s+(?:the\s+lot(?:\s+of\s+(?:them|em))?|(?:them|em|'em)\s+all|all\s+of\s+"
    r"(?:them|em))\b"
    r"|\bsend\s+(?:them|em|'em)\s+all\s+back\b"
    r"|\b(?:mosque|church|synagogue|temple|gurdwara|mandir)\b[^.!?\n]{0,40}?\bshould\s+(?:be\s+)?"
    r"(?:burnt|burned|torched|bombed|blown\s+up)\b"
    r"|\b(?:burn|torch|bomb)\s+(?:down\s+)?(?:the|that|their)\s+(?:mosque|church|synagogue|temple|"
    r"gurdwara|mandir)\b"
    r"|\bholocaust\s+(?:never\s+happened|didn'?t\s+happen|is\s+a\s+(?:lie|myth|hoax)|was\s+"
    r"(?:fake|a\s+hoax|a\s+lie))\b"
    r"|\b(?:munich|hillsborough|heysel|ibrox)\b[^.!?\n]{0,60}?(?:\bshame\s+(?:the\s+rest|more|they"
    r"|it\s+wasn'?t)|\bweren'?t\s+on\s+it\b|\bwerent\s+on\s+it\b|\u2708)"
    r"|\bshould(?:'?ve|\s+have)\s+been\s+more\s+(?:at|in|on)\s+(?:hillsborough|munich|heysel|the\s+"
    r"plane)\b"
    # "all the turbans in the car park, thought id turned up at the wrong country"
    r"|\b(?:turbans?|hijabs?|burkas?|burqas?|niqabs?|headscarves|saris?|foreigners|immigrants|"
    r"migrants|asians|poles|romanians|eastern\s+europeans|muslims|sikhs|pakistanis|indians|africans)"
    r"\b[^\n]{0,100}?\b(?:thought|felt\s+like|like)\s+(?:i'?d|id|i\s+had|we'?d|i\s+was|we\s+were|"
    r"i'?m|im)\s+(?:turned\s+up|landed|ended\s+up|walked|arrived|gone)?\s*(?:in|at|into)\s+"
    r"(?:the\s+wrong|a\s+different|another|a\s+foreign)\s+country\b"
)
# An insult in emoji said to someone: "ur a 🤡 and a 🐍" (tried only where one is).
_INSULT_EMOJI = "\U0001f921\U0001f40d\U0001f400\U0001f437\U0001f416\U0001f4a9"
_EMOJI_INSULT = re.compile(
    r"\b(?:ur|you'?re|youre|you\s+are|u\s+r)\s+(?:a\s+|an\s+|such\s+a\s+|the\s+biggest\s+)?"
    rf"[{_INSULT_EMOJI}]"
)
# Disgust at a group in emoji alone: "🏳️‍🌈 = 🤮" (no word for the needs-a-word check).
_EMOJI_DISGUST = re.compile(
    r"\U0001f3f3\ufe0f?\u200d\U0001f308(?:\ufe0f)?\s*(?:=|is|are|means)?\s*"
    r"[\U0001f92e\U0001f922\U0001f4a9\U0001f44e\U0001f5d1]"
)
# Put-downs dressed as advice, praise or a question, and insults in emoji: "bit of advice,
# dont come in monday", "just stop coming in, it'd be easier for everyone", "did they feel
# sorry for you?", "did you lose a bet?", "cute that you think anyone's coming", "not you
# thinking you're popular", "they let people like you on the course", "ur a 🤡".
_PLAIN_PUT_DOWN = re.compile(
    r"\b(?:bit\s+of\s+advice|word\s+of\s+advice|friendly\s+advice|if\s+i\s+(?:was|were)\s+(?:you|u))"
    r"\b[^.!?\n]{0,20}?\b(?:don'?t|dont)\s+(?:come|show|turn)\s+(?:in|up)\b"
    r"(?![^.!?\n]{0,30}?\b(?:without|if\s+(?:you'?re|ur)\s+(?:ill|sick|poorly)|ill|sick|poorly|"
    r"covid|strike|snow|closed)\b)"
    r"|\b(?:stop|quit)\s+coming\s+(?:in|to\s+(?:college|class|lessons))\b[^.!?\n]{0,40}?"
    r"\b(?:easier|better|nicer)\s+for\s+(?:everyone|everybody|us\s+all|all\s+of\s+us)\b"
    r"|\bdid\s+(?:they|the\s+\w+|someone|the\s+examiner)\s+feel\s+sorry\s+for\s+(?:you|u|ya)\b"
    r"|\bdid\s+(?:you|u)\s+lose\s+a\s+bet\b"
    r"|\bdid\s+(?:mummy|mommy|mammy|ur\s+mum|your\s+mum)\s+(?:help|do|write)\s+(?:you\s+with\s+)?"
    r"(?:it|your|ur)\s+(?:coursework|homework|assignment|essay)\b"
    r"|\bcute\s+(?:that|how)\s+(?:you|u)\s+(?:think|thought|actually\s+think)\b"
    r"|\bnot\s+(?:you|u)\s+thinking\s+(?:you'?re|ur|u\s+r|youre)\b"
    r"|\b(?:they|college|the\s+college|it)\s+let\s+(?:people|someone|ppl|kids)\s+like\s+(?:you|u)\b"
    r"|\bimagine\s+being\s+(?:proud|happy|chuffed)\s+(?:of|with)\s+(?:a|just\s+a)\s+(?:pass|merit|"
    r"d|e|u)\b"
    # contempt for a people or a place's people: "norfolk inbreds", "inbred farmers kids",
    # "learn a real language", "taffy was a thief"
    r"|\binbreds\b(?!\s+(?:and|vs|versus)\s+outbreds)"
    r"|\binbred\s+(?:farmers?|kids|famil\w+|lot|freaks?|villagers|yokels?|scum|hillbillies)\b"
    r"|\bone\s+family\s+tree\s+(?:and\s+)?no\s+branches\b"
    # "before they embarrass themselves again"
    r"|\bbefore\s+(?:they|you|u|she|he)\s+embarrass\s+(?:themselves|yourself|urself|herself|himself)"
    r"\s+again\b"
    r"|\blearn\s+a\s+(?:real|proper)\s+language\b"
    r"|\btaffy\s+was\s+a\s+thief\b"
)
# Ranking people, women put in their place, exposing and organising (a probe of sexual
# remarks and exposing, 120 comments): "top 5 fittest girls in ...", "smash or pass",
# "hottest to nottest", "body count", "women are too emotional", "women belong at home",
# "this is where ellie lives", "everyone sees what u sent me", "made a gc to roast chloe",
# "everyone message him at once", "raid his live" (not "top 5 fittest teams", "women are
# too often left out of ...").
_PLAIN_RANKING = re.compile(
    r"\btop\s+\d+\s+(?:fittest|hottest|peng(?:est)?|sexiest|ugliest|easiest)\s+(?:girls|lads|"
    r"boys|lasses|women|birds|teachers)\b"
    r"|\b(?:ranking|rating)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}(?:girls|lads|boys|lasses|women|birds)\s+"
    r"(?:out\s+of|by|from)\b"
    r"|\bsmash\s+or\s+pass\b|\bhottest\s+to\s+nottest\b|\bbody\s+count\b"
    r"|\b(?:women|girls|females|lasses|birds)\s+(?:are\s+(?:too\s+emotional|only\s+good\s+for|all\s+"
    r"gold\s+diggers)|belong\s+(?:at\s+home|in\s+the\s+kitchen)|shouldn'?t\s+(?:be\s+(?:allowed|"
    r"lecturers|engineers|on\s+the)|talk|vote|work))\b"
    r"|\bthis\s+is\s+where\s+[a-z]+\s+lives\b"
    r"|\beveryone\s+(?:sees|will\s+see|gets\s+to\s+see)\s+what\s+(?:u|you)\s+sent\b"
    r"|\b(?:made|making|started|new)\s+a\s+(?:gc|group\s*chat|group)\s+to\s+(?:roast|rip|slag|"
    r"mock|laugh\s+at|bully|expose)\b"
    r"|\beveryone\s+(?:message|dm|text|spam)\s+(?:him|her|them)\s+at\s+once\b"
    r"|\braid\s+(?:his|her|their)\s+(?:live|stream|page|insta|tiktok)\b"
    r"|\b(?:all|let'?s\s+all)\s+(?:unfollow|block|ignore)\s+(?:and\s+(?:block|unfollow)\s+)?[a-z]+\s+at\b"
    r"|\b(?:all\s+of\s+)?(?:yous|you\s+lot|everyone)\s+dm\s+[a-z]+\s+tonight\b"
    r"|\bsend\s+it\s+to\s+everyone\s+in\s+(?:her|his|their)\s+(?:tutor\s+group|class|form|year)\b"
)
# A word a post names in order to report or oppose it: "the word pikey is a slur", "got
# called a faggot on the bus, reported it", "he called me 'a dumb blonde', i have
# witnesses", "he called me a grass for reporting it" (read
# only in a post that opposes abuse or speaks of reporting it).
_MENTIONED_BEFORE = re.compile(
    r"\b(?:the\s+(?:word|term|slur|insult)|(?:words?|terms?|slurs?|names?)\s+like"
    r"|(?:got|been|was|were|being|get)\s+called"
    r"(?:\s+(?:me|us|him|her|them|my\s+\w+))?|(?:called|calling|calls)\s+(?:me|us|my\s+\w+|"
    r"someone|somebody|anyone|people|others|him|her|them|(?:a\s+)?(?:girl|boy|woman|man|lad|lass|"
    r"student|girls|boys|women|men|lads|lasses|students))"
    # "if anyone asks you for nudes, tell a member of staff"
    r"|asks?\s+(?:u|you|them|someone|anyone)(?:\s+to\s+send|\s+for))"
    r"\s+['\"\u2018\u201c]?(?:a\s+|an\s+)?['\"\u2018\u201c]?$"
)
# ... or a word said after it not to be said: '"retard" should never be used as an insult',
# '"gay" is not an insult'.
_MENTIONED_AFTER = re.compile(
    r"['\"\u2019\u201d]?\s+(?:should(?:n'?t|\s+not|\s+never)\s+be\s+(?:used|said)|is(?:\s+(?:never|not|"
    r"n'?t)|n'?t)\s+(?:ok|okay|acceptable|banter|a\s+joke|an\s+insult|a\s+compliment|(?:a\s+)?harmless)"
    # '"wog" shouted at players', '"Yid" chants'
    r"|['\"\u2019\u201d]?\s+(?:shouted|chanted|yelled|screamed|sung|sang|directed)\s+at\b"
    r"|is\s+(?:a\s+slur|hate\s+"
    r"speech|sexual\s+harassment|harassment|offensive|a\s+hate\s+crime))\b"
)
# A word quoted just after a verb of saying, in a post against abuse: 'shouting "wog" at
# the telly', 'I used "retard" in a tweet', 'messages saying "watch your back"'
# (counter-speech probe 101; never without the quotation mark).
_QUOTED_AFTER_SAYING = re.compile(
    r"\b(?:shout(?:ed|ing|s)?|yell(?:ed|ing|s)?|heard|hear|used|using|wrote|writing|"
    r"saying|says|said|chant(?:ed|ing|s)?|text(?:ed|ing)?|messag(?:ed|es|ing)|post(?:ed|ing)|"
    r"scream(?:ed|ing)?|call(?:ed|ing|s)?(?:\s+[\w-]+){0,2}|"
    # 'posters portraying Jewish people as "rats"', 'branded them "scroungers"'
    r"(?:portray|depict|describ|label|brand|dismiss)(?:ed|ing|s|es|led|ling)?(?:\s+[\w-]+){0,2}"
    r"\s+as)\s+(?:at\s+\w+\s+)?"
    # (or the next of a list of quotations: 'saying "I'm gonna batter you" and "watch your
    # back"')
    r"(?:[\"\u201c][^\"\u201c\u201d\n]{1,60}[\"\u201d]\s*(?:,|and|or|&)\s*)?"
    r"['\"\u2018\u201c]\s*(?:an?\s+)?$"
)
# Said of someone just before a word: "you're a", "she's a", "ur such a".
_AIMED_BEFORE = re.compile(
    r"\b(?:you(?:'re|\s+are|\s+r)?|youre|ur|u\s+r|(?:he|she|they)(?:'s|\s+is|\s+are|'re))\s+"
    r"(?:a\s+|an\s+|such\s+an?\s+|so\s+|proper\s+|total\s+|absolute\s+)?['\"\u2018\u201c]?$"
)
_REPORTING = gated(re.compile(r"\breport(?:ed|ing)?\b"))
# Between two words in a list: '" or a "', ', ', ' and '.
_LISTED_AFTER = re.compile(
    r"\s*['\"\u2019\u201d]?\s*(?:,|/|or|and|&)\s*(?:an?\s+)?['\"\u2018\u201c]?\s*"
)
# Fondness in words that makes an insult among friends a tease: "love u ya muppet happy
# birthday", "get in ya absolute melt, so proud of u", "dickhead ... u ok tho?" (not a
# heart or a laughing face alone: "ur a fat cow ❤️" is sarcasm as often as not).
# (love said outright: what may soften the model's reading alone, ``_LOVE_SAID``)
_LOVE_WORDS = r"\blove\s+(?:you|u|ya|ye|yez|youse)\b|\bproud\s+of\s+(?:you|u|ya)\b|\bbestie\b"
# ... said of someone after a mild name only ("Wee bampot in my class ate ma piece again 😂
# love him though", ordinary probe 222; not "She's a fat ugly cow, love her though": the
# review of the forty-first session)
_SAID_TO_YOU = re.compile(r"\b(?:you'?re|youre|ur|you\s+are|u\s+r|you)\b")
_LOVE_THIRD = re.compile(r"\blove\s+(?:him|her|them)\s+(?:though|tho|really|to\s+bits)\b")
_FONDNESS = gated(
    re.compile(
        _LOVE_WORDS + r"|\bhappy\s+birthday\b"
        r"|\bwouldn'?t\s+change\s+(?:her|him|you|u)\b|\b(?:u|you)\s+ok\s+(?:tho|though)\b"
        # "you absolute melt, happy 18th!", "ya big dafty, glad ur ok"
        r"|\bhappy\s+(?:\d{1,3}(?:st|nd|rd|th)|bday|b-day)\b"
        r"|\bglad\s+(?:you'?re|youre|ur|u\s+r)\s+(?:ok|okay|alright|safe|fine)\b"
    )
)
# Banter between mates: a mild name, a laugh, and a plan or a kindness after it ("you
# absolute muppet, you left your charger at mine again 😂 see you Monday").
_MILD_NAMES = word_set(
    "muppet muppets melt melts knob plonker plonkers numpty wally div dafty doughnut donut "
    "weapon tube bampot eejit dope doofus nugget lemon clown dork nerd goon wazzock"
)
_LAUGHED = re.compile("[\U0001f602\U0001f923\U0001f62d\U0001f606]" r"|\b(?:lol|lmao|haha\w*)\b")
_MATES = re.compile(
    r"\b(?:see\s+(?:you|u|ya|yous)|meet\s+(?:you|u|at)|swap\s+back|ur\s+coming|you'?re\s+coming|"
    r"u\s+ok\s+tho|pick\s+(?:you|u)\s+up|my\s+round|love\s+(?:you|u|ya)|mate|bro|sis"
    # a mate's forgetting or a mix-up laughed at, or praise after it: "you muppet you left
    # your lunch on the train again 😂", "you melt, it's the other door 🤣 shut up you
    # legend" (round 43's read half)
    r"|(?:you|u|ya)\s+(?:absolute\s+|total\s+|actual\s+)?legend"
    r"|(?:you|u)\s+(?:left|forgot)\s+(?:your|ur|yer)|(?:it'?s|its)\s+the\s+other\s+(?:door|one|way))\b"
)


def _banter(plain: str, found: Sequence[Detection]) -> re.Match[str] | None:
    """Friends teasing: every insult found is a mild name, and the post laughs and makes a
    plan or says a kindness (ordinary posts of the read sets, by family)."""
    names = [d.match.lower() for d in found if d.label == "insult"]
    if not names or any(n not in _MILD_NAMES for n in names) or not _LAUGHED.search(plain):
        return None
    if _NOT_BANTER.search(plain):
        return None  # "you muppet you forgot your meds again 😂 psycho" (the review)
    return _MATES.search(plain)


# What no friend's tease holds: a wish to fail, a waste of space, sent back where one came
# from, a word for mental illness thrown.
_NOT_BANTER = re.compile(
    r"\b(?:hope\s+(?:you|u)\s+(?:fail|die|get\s+kicked)|waste\s+of\s+space|where\s+(?:you|u)\s+"
    r"came\s+from|psycho|nutcase|schizo|everyone\s+(?:at\s+\w+\s+)?(?:thinks|hates)|nobody\s+likes)\b"
)


_LOVE_SAID = gated(re.compile(_LOVE_WORDS))
# Grief said for someone who has died, and the mild words it may carry fondly; but never
# with gloating ("good riddance", "deserved it", a laugh).
_GRIEF = gated(
    re.compile(
        r"\b(?:rest\s+(?:easy|in\s+peace|well)|sorry\s+for\s+your\s+loss|condolences|"
        # (and a goodnight to the dead, said beside a death: "Sleep tight Dai, ... the shed
        # won't be the same without you", "Cysga'n dawel Taid", ordinary probe 287; not to
        # the living, the review)
        r"(?:sleep\s+tight|cysga'?n\s+dawel)(?=[\s\S]*\b(?:rip|passed|funeral|miss(?:ed)?|heaven|"
        r"fly\s+high|gone|died|loss|without\s+you|won'?t\s+be\s+the\s+same)\b)|"
        # (RIP to someone, not "rip her hijab off")
        r"rip(?!\s+(?:it|her|his|their|your|ur|the|them|him|you|u|off|out|up|apart|into|a|an|"
        r"that|this|my|me|em|'em)\b)|"
        r"thinking\s+of\s+(?:you|the\s+family|everyone|his|her|their)|gone\s+(?:far\s+|way\s+)?too\s+soon|"
        r"(?:will|she'?ll|he'?ll)\s+be\s+(?:sadly\s+|so\s+|much\s+)?missed|sending\s+love\s+to)\b"
    )
)
_GLOATING = re.compile(
    r"\b(?:good\s+riddance|deserved|glad|finally|about\s+time|lol|lmao|haha\w*|karma|one\s+less|"
    r"(?:nobody|no\s+one|noone)\s+(?:will|would|can|could)\s+(?:miss|stand)|not\s+sorry|"
    r"hope\s+(?:you|he|she|they)\S*\s+(?:rot|burn\w*|next)|better\s+off|shame\s+it\s+wasn'?t|"
    r"said\s+no\s+one|bully|rob|thief|scum|we'?ll|we'?re\s+coming|gonna|tomorrow|see\s+you|"
    r"get\s+you|casau)\b"
    "|[\U0001f602\U0001f923]"
)
_FOND_OF_THE_DEAD = _MILD_NAMES | word_set("sod sods bugger buggers gobby soppy silly daft beggar")
# What fondness may soften: an insult, and the model's reading of it (not a swear word: "love
# u bitch" is still a swear word under the college's post).
_TEASING = frozenset({"insult", "abusive_language"})
MENTION_LEVEL = 0.45
# A threat said with a joke's mark: at review, below the block line (0.9 in the packs).
JOKED_LEVEL = 0.8
# A word of abuse in quotation marks, said of nobody: at review, below the block line.
QUOTED_LEVEL = 0.8
_NOT_JOKING = re.compile(r"\bnot\s+(?:a\s+)?jok(?:e|ing)\b|\bno\s+joke\b|\bnot\s+kidding\b")
# (never softened, whatever marks it: urging someone to harm themself)
_SELF_HARM_URGED = re.compile(r"yourself|urself|yaself|ursel|kys|kms|die|end\s+it")
_JOKING = re.compile(
    r"\bjk\b|\bj/k\b|\b(?:just|only)\s+(?:kidding|joking|messing)\b|\bkidding\b|\bjoking\b"
    r"|\blo+l+\b|\blmf?a+o+\b|\bha(?:ha)+h?\b|[\U0001f602\U0001f923]"
)
_ECHO = re.compile(
    r"\(\(\(\s*(?!(?:hugs?|love|cuddles|kisses|x+|virtual|big|warm|positive|healing)\b)"
    r"[^()\n]{1,30}?\s*\)\)\)"
)
# Apes' and monkeys' emoji, two or more (or with a banana), beside someone: the old racist
# taunt ("🐒🐒🐒 the new lad on the sport course") ...
_APES = "\U0001f412\U0001f435\U0001f98d\U0001f9a7"
_APE_TAUNT = re.compile(
    rf"[{_APES}](?:\s*[{_APES}])+|[{_APES}]\s*\U0001f34c|\U0001f34c\s*[{_APES}]"
)
_APE_TARGET = re.compile(
    r"\b(?:lad|lads|girl|girls|boy|boys|guy|bloke|man|woman|kid|student|him|her|he|she|them|"
    r"new\s+\w+|you|u|number\s+\d+|striker|keeper|goalie|winger|defender|player)\b"
)
_CAPITALISED_WORD = re.compile(r"\b[A-Z][a-z]+\b")
# ... not in a post about the animals, a child's nickname or one's own ("the monkeys at
# the zoo 🐒🐒", "my cheeky monkey 🐵🐵")
_APES_INNOCENT = re.compile(
    r"\b(?:zoo|safari|twycross|wildlife|jungle|animals?|cheeky|monkeys?|gorillas?|apes?|"
    r"chimps?|chimpanzees?|orangutans?|baboons?|my|our|baby|toddler|birthday|trip|park)\b"
)
# A threat described, not made: "if someone threatens to leak your pictures unless you
# pay, tell a member of staff", "never agree to ...".
_DESCRIBED = re.compile(
    r"\b(?:threat(?:en(?:s|ed|ing)?)?\s+to|never\s+agree|don'?t\s+let\s+anyone)\b[^.!?]{0,40}$"
    # inside a quotation of what someone says: 'criminals say "pay or the pictures go..."'
    r"|\b(?:say|says|said|saying|threaten(?:s|ed|ing)?|message|messages)\s*:?\s*[\"\u201c'][^\"\u201d]{0,30}$"
)
# An attack on trans people in plain words (a review): "its a bloke in a dress", "that trans
# student needs to stop pretending".
_PLAIN_IDENTITY = re.compile(
    r"\b(?:it'?s|its|just|he'?s|hes|she'?s|shes)\s+(?:a|just\s+a)\s+(?:bloke|man|guy|lad|fella)\s+"
    r"in\s+a\s+(?:dress|skirt)\b"
    r"|\btrans(?:gender)?\b[^.!?]{0,50}?\b(?:stop|quit)\s+pretending\b"
    # "she does well for someone from her... background 🙂": a pause that says what is not
    # said (not "for someone from her background, moving country at 16 is hard")
    r"|\bfor\s+(?:someone|somebody|one|a\s+(?:girl|lad|boy|woman|man|kid))\s+(?:from|of)\s+(?:her|his|their|"
    r"your|ur)\s*(?:\.{2,}|\u2026)\s*(?:background|culture|community|estate|area|country|kind|sort)\b"
    r"|\bfor\s+(?:someone|somebody|one)\s+(?:from|of)\s+(?:her|his|their|your|ur)\s+(?:(?:sort|kind)\s+"
    r"of\s+)?(?:background|culture|community|kind|sort)\b[^.!?\n\w]{0,3}(?:[^.!?\n]{0,15}?\s)?"
    r"[\U0001f642\U0001f643\U0001f60f\U0001f440\U0001f62c]"
    # "calling yourself 'they' doesn't make you special, it makes you mentally ill"
    r"|\b(?:call(?:ing|s)?\s+(?:yourself|urself|themselves|himself|herself)|identif(?:y|ies|ying)\s+"
    r"as)\s+(?:a\s+)?[\"'\u201c\u2018]?(?:they|them|they/them|non[- ]?binary|nb|trans|enby)"
    r"[\"'\u201d\u2019]?"
    # (not "... isn't a mental illness", "calling yourself a trans ally")
    r"(?![\w/]|\s+ally)(?:(?!\b(?:not|never|isn'?t|aren'?t|nothing)\b)[^.!?\n]){0,60}?"
    r"\b(?:mentally\s+ill|a\s+mental\s+illness|delusional|attention\s+"
    r"seek\w*|just\s+a\s+phase|a\s+freak|a\s+weirdo|a\s+nutter|sick\s+in\s+the\s+head)\b"
    r"|\b(?:stop|quit)\s+pretending\s+(?:to\s+be|you'?re|ur|youre)\s+a\s+(?:girl|woman|boy|man)\b"
    r"(?=\s*(?:[.!?,]|$))"
    # "so he knows his son's a fairy" (not "my son's a fairy in the panto", "a fairy
    # godmother", "fairy lights")
    r"|\b(?:son|brother|boy|lad|he|you|u|boyfriend|bf|dad|husband|fella|mate)(?:'?s|\s+is|'?re|\s+are|"
    r"\s+r)\s+(?:a\s+)?(?:(?:little|massive|right|proper|total|bit\s+of\s+a)\s+)?fairy\b"
    r"(?!\s*(?:-|godmother|lights?|cakes?|tales?|liquid|wings|costume|dust|in|for|at|on\s+stage|with|"
    r"and)\b)"
    r"(?![^.\n]{0,50}?\b(?:costumes?|outfits?|dressed|dress\s+up|fancy\s+dress|panto\w*|play|show|"
    r"halloween|ballet|world\s+book\s+day|stage)\b)"
    # "get back in the kitchen luv", "women shouldn't be on the course ... back to the
    # kitchen" (not "get back in the kitchen chef, service at 12")
    r"|\b(?:get|go)\s+back\s+(?:in|to|into)\s+(?:the|ur|your)\s+kitchen\b(?=[^\n]{0,20}?\b(?:luv|love|"
    r"sweetheart|darling|hun|woman|girl|babe|where\s+(?:you|u|she|they)\s+belongs?)\b)"
    r"|\b(?:women|woman|girls?)\s+(?:shouldn'?t|shouldnt|should\s+not|can'?t|cant|don'?t\s+belong)"
    r"\b(?!\s+(?:wait|miss|believe|stop|find|get\s+enough))[^\n]{0,60}?\b(?:get|go)\s+back\s+(?:in|to|"
    r"into)\s+(?:the|their|her|ur|your)\s+kitchens?\b"
    # "Women engineers? lol get back in the kitchen", "shouldn't you be in the kitchen,
    # love?", "go make me a sandwich love"
    r"|\b(?:women|woman|girls?)\b[^\n?]{0,30}\?+\s*(?:lol|lmao|haha|\W){0,6}\s*(?:get|go)\s+"
    r"back\s+(?:in|to|into)\s+the\s+kitchen\b"
    r"|\bshouldn'?t\s+(?:you|u|she|ya)\s+be\s+in\s+the\s+kitchen\b"
    r"|\bgo\s+(?:and\s+)?make\s+(?:me|us)\s+a\s+sandwich\b"
    # "special needs lot should have their own college, holding the rest of us back"
    r"|\b(?:special\s+needs|sen|"
    r"disabled|autistic|wheelchair|spec\s+ed|learning\s+support)\s+(?:lot|kids|people|students|ones|"
    r"lads|girls)\b[^.!?\n]{0,20}?\b(?:should|need\s+to|ought\s+to|wants?\s+to|need)\s+(?:have\s+)?"
    r"(?:(?:their|a)\s+(?:own|separate)\s+(?:college|school)|go\s+to\s+(?:a\s+)?(?:special|their\s+own|"
    r"different)\s+(?:school|college)|be\s+(?:kept|put|sent)\s+(?:somewhere\s+else|away|separate))\b"
    r"(?![^.!?\n]{0,60}\b(?:ramp|quieter|quiet|access\w*|approved|support\s+hub|so\s+(?:they|it'?s))\b)"
    r"|\b(?:special\s+needs|sen|disabled|autistic|"
    r"learning\s+support)\s+(?:lot|kids|ones|students)\b[^.!?\n]{0,40}?\b(?:holding\s+(?:the\s+rest\s+"
    r"of\s+)?(?:us|everyone|the\s+(?:whole\s+)?class)\s+back|dragging\s+(?:the\s+rest\s+of\s+)?"
    r"(?:us|everyone|the\s+(?:whole\s+)?class)\s+down)\b"
    # "hes a bit "musical" if you know what i mean 😉", "Mr Davies is a bit 'musical'"
    r"|\b(?:he'?s|hes|he\s+is|him\s+being|[a-z]+\s+is|she'?s|shes|she\s+is)\s+(?:a\s+bit\s+|bit\s+|"
    r"rather\s+|very\s+|quite\s+|definitely\s+|so\s+|proper\s+)?(?:[\"'\u201c\u2018](?:musical|fruity|"
    r"camp|that\s+way|butch)[\"'\u201d\u2019]|(?:musical|fruity|light\s+on\s+his\s+feet|that\s+way\s+"
    r"inclined|camp|butch|a\s+friend\s+of\s+dorothy)\s*,?\s*(?:if\s+(?:you|u|ya)\s+(?:know\s+what\s+i\s+"
    r"mean|catch\s+my\s+drift)|wink\s+wink|nudge\s+nudge))"
    r"|\blight\s+in\s+the\s+loafers\b"
    # "Women, eh. Every time." said of one woman's failing
    r"|\b(?:women|woman|girls)\s*,?\s*eh\b(?:[.!?,\s]|[^\w\s]){0,8}(?:every\s+(?:single\s+)?time|"
    r"typical|always\s+the\s+same)\b(?![^\n.!?]{0,40}\b(?:we|we'?re|us|our)\b)"
)
# Calm bullying in plain words (harmful probe 63, the twenty-sixth session, in families):
# someone left out of a chat or a group "since they wouldn't enjoy it", mocked for clothes
# from a cheap shop or a charity shop, for a voice that "makes the room want to leave", for
# a care worker at parents' evening, for needing easy-read sheets, for an accent that
# "needs subtitles", for a family that does not want them, put to work alone "since it'll
# suit you", a tutor's divorce blamed for a shirt, a favourite said to be fancied, nobody
# having asked them to sing, weight that a lift will refuse, praise that expected little,
# a stammer called a joke, a shape likened to a thing, a chat said to be "not for you".
_PLAIN_CALM_MORE = re.compile(
    r"\bdon'?t\s+(?:worry\s+about|bother)\s+(?:adding|inviting|asking|telling|including)\s+"
    r"\w+[^.!?\n]{0,30}?\b(?:wouldn'?t|won'?t|wont|wouldnt)\s+(?:enjoy|fit\s+in|like|want|get)\b"
    r"|\bwho\s+let\s+\w+\s+(?:pick|choose)\s+(?:his|her|their)\s+own\s+(?:clothes|outfit|fit|"
    r"hair|trainers)\b"
    r"|\bcharity\s+shop\s+(?:clearance|reject|rejects|bargain\s+bin|special)\b"
    r"|\b(?:his|her|their|your|ur)\s+(?:voice|laugh|accent|face|breath)\s+makes\s+(?:the\s+whole\s+"
    r"(?:room|class|bus)|everyone|every\s*one|people|us\s+all)\s+(?:want\s+to\s+)?(?:leave|cringe|"
    r"wince|be\s+sick|gag)\b"
    r"|\bbrave\s+(?:of\s+(?:her|him|you|u)\s+)?(?:posting|to\s+post|wearing|to\s+wear)\b[^.!?\n]{0,40}"
    r"\b(?:i\s+could\s+never|couldn'?t\s+be\s+me|with\s+(?:them|those|that)\s+(?:arms|legs|thighs|"
    r"teeth|skin|belly|stomach|rolls))\b"
    r"|\bimagine\s+(?:having|needing|being)\s+(?:your\s+|a\s+|ur\s+|in\s+|on\s+)?(?:social\s+worker|"
    r"foster\s+\w+|care\s+home|care|free\s+(?:school\s+)?meals|food\s*bank|support\s+worker)\b"
    r"[^\n]{0,60}?(?:couldn'?t\s+be\s+me|\U0001f480|\U0001f602|\U0001f923|\U0001f62d|\blol\b|\blmao\b)"
    r"|\b(?:he'?s|she'?s|\w+'s)\s+the\s+reason\s+(?:they|we|the\s+college|college)\s+(?:print|make|have|"
    r"need)\s+"
    r"(?:the\s+)?(?:easy[- ]read|large[- ]print|simplified|picture)\s+(?:handouts?|sheets?|"
    r"versions?|books?)\b"
    r"|\bunderstands?\s+a\s+(?:single\s+)?word\s+(?:\w+\s+)?(?:says|said|is\s+saying)\b[^.!?\n]{0,30}"
    r"\bsubtitles\b"
    r"|\byou'?re\s+in\s+\w+\s+now\b[^.!?\n]{0,15}?\b(?:talk|speak)\s+(?:properly|english|normal)\b"
    r"|\b(?:even\s+)?(?:your|ur|his|her|their)\s+own\s+(?:family|mum|mam|dad|parents|mother|"
    r"father)\s+(?:don'?t|doesn'?t|didn'?t|dont|doesnt|didnt)\s+want\s+(?:you|u|him|her|them)\b"
    r"|\b(?:you|u)\s+can\s+(?:work|go|sit|be)\s+(?:on\s+(?:your|ur)\s+own|by\s+(?:yourself|urself))"
    r"[^.!?\n]{0,20}?\b(?:it'?ll|that'?ll|it\s+will)\s+suit\s+(?:you|u)\b"
    r"|\b(?:them|those|ur|your|his|her)\s+(?:trainers|shoes|clothes|jeans|coat|jacket|trackies?|"
    r"trousers|uniform)\s+(?:are|is|r)\s+(?:from|off)\s+(?:asda|primark|lidl|aldi|tesco|poundland|"
    r"(?:the|a)\s+charity\s+shop|shein|temu|the\s+market)\b[^.!?\n]{0,6}?(?:aren'?t\s+they|isn'?t\s+it|"
    r"innit|\?|\U0001f62d|\U0001f602|\U0001f480|lol)"
    r"|\b(?:divorce|break\s*-?\s*up|mid-?\s?life\s+crisis)\s+(?:hitting|hit)\s+(?:him\s+|her\s+)?hard\b"
    r"|\bmust\s+be\s+nice\s+(?:having|to\s+have)\s+a\s+(?:tutor|teacher|lecturer|boss|manager|"
    r"assessor)\s+who\s+fancies\s+(?:you|u|him|her)\b"
    r"|\bnobody\s+asked\s+\w+\s+to\s+(?:sing|dance|speak|post|perform|rap|talk|act)\b[^.!?\n]{0,40}"
    r"\byet\s+here\s+we\s+are\b"
    r"|\b(?:put\s+on|gain|gains)\s+(?:a\s+few|any)\s+more\s+(?:pounds|weight|kilos|stone)\b"
    r"[^.!?\n]{0,60}\b(?:lifts?|chairs?|floor|bench(?:es)?|scales?|bus|seats?)\b"
    r"|\b(?:congrats|congratulations|well\s+done)\b[^.!?\n]{0,40}\b(?:wasn'?t|wasnt|weren'?t|"
    r"didn'?t|didnt)\s+(?:expecting|expect)\s+(?:much|anything|a\s+lot)\b"
    r"|\b(?:stammers?|stutters?|stammering|stuttering)\b[^.!?\n]{0,70}\b(?:absolute\s+joke|"
    r"a\s+joke|pathetic|embarrassing|painful\s+to\s+watch)\b"
    r"|\b(?:you'?re|youre|ur|you\s+are|he'?s|hes|she'?s|shes)\s+(?:still\s+)?(?:the\s+)?same\s+"
    r"shape\s+as\s+(?:a|an)\s+\w+"
    r"|\bis\s+for\s+\w+\b[^.!?\n]{0,20}?\bthat\s+means\s+not\s+(?:you|u)\b"
    # "enjoy the flight home reds ✈️✈️": Munich's air crash thrown at United's fans
    r"|\b(?:enjoy\s+the|safe)\s+flight\s+home\b[^\n]{0,20}?\b(?:reds|united|utd|mufc|man\s+u)\b"
    # an insult of Scotland's and a saying aimed at a member of staff
    r"|\b(?:pure|total|absolute|a\s+right)\s+roaster\b"
    r"|\bcouldn'?t\s+organi[sz]e\s+a\s+p[i*!1]ss[- ]?up\s+in\s+a\s+brewery\b"
    # (round 29's read half) a bed-wetting told to all, "everyone's in it except ...",
    # "don't add her, she makes everything awkward"
    r"|\b(?:still\s+)?wets\s+(?:the|his|her|their)\s+bed\b"
    r"|\beveryone'?s\s+in\s+(?:it|the\s+chat|the\s+group)\s+(?:except|apart\s+from)\b"
    r"|\b(?:don'?t|do\s+not|dont)\s+(?:add|invite)\s+(?:her|him)\b[,.]?\s*(?:she|he)\s+(?:makes|is|ruins|"
    r"spoils)\b"
    # (round 30's read half) "everyone mutes the call when you talk", "your voice is so
    # annoying"
    r"|\b(?:everyone|every\s*one|everybody|the\s+whole\s+(?:class|group))\s+(?:mutes?|leaves?|groans?|"
    r"cringes?|switches\s+off|tunes\s+out|zones\s+out|rolls\s+(?:their|there)\s+eyes)\b[^.!?\n]{0,40}?"
    r"\bwhen\s+(?:you|u|he|she)\s+(?:talks?|speaks?|starts?|opens?|sings?)\b"
    r"|\b(?:your|ur)\s+(?:voice|laugh|face)\s+is\s+(?:so\s+)?(?:annoying|irritating|grating|ugly|"
    r"unbearable|painful)\b"
)
# Threats said quietly: "hope your mates are coming, you'll need them", "keep it up and
# you'll see what happens", "carry on and you won't make it to the end of term", someone
# told to "watch his back", a phone smashed "along with your face", "wait till you see
# what gets posted about you", "if I were you I wouldn't come in tomorrow" with nothing
# after it, a location that "makes it easy for us", "we'll sort you out proper", a picture
# shared "unless you do what we say".
_PLAIN_THREAT_QUIET = re.compile(
    # "bring yer brothers cos ye'll need them" (round 32's read half)
    r"\bbring\s+(?:ur|your|yer|yir)\s+(?:big\s+|whole\s+)?(?:mates|boys|brothers|bros|cousins|crew|"
    r"gang)"
    r"\s*(?:,|\.{2,3}|\u2026)?\s*(?:(?:cos|coz|because|cause|cuz|as)\s+)?(?:you'?ll|ye'?ll|u'?ll|ull|"
    r"youll|yell|you\s+will|ye\s+will)\s+need\s+(?:them|em|'em|him)\b"
    # (at the sentence's end: not "..., you'll need them, the escape room is proper hard")
    r"(?=\s*[.!?\U0001f300-\U0001faff]*\s*$)|"
    r"\bhope\s+(?:your|ur)\s+(?:mates|friends|pals|boys|lot|brother)\s+(?:are\s+|is\s+)?(?:coming|there)"
    r"\b[^.!?\n]{0,25}?\b(?:you'?ll|u'?ll|ull|you\s+will)\s+need\s+(?:them|em|'em|him)\b"
    r"|\bknow\s+which\s+(?:bus|train|way|route|door)\s+(?:you|u)\s+"
    r"(?:get|take|walk|use|catch)\b[^\n]{0,40}?\b(?:just\s+saying|jus\s+sayin|that'?s\s+all)\b"
    r"|\b(?:keep|carry\s+on)\s+\w+ing\b[^.!?\n]{0,30}?\band\s+(?:you'?ll|u'?ll|ull|you\s+will)\s+"
    r"see\s+what\s+happens\b"
    r"|\b(?:keep|carry\s+on)\s+\w+ing\b[^.!?\n]{0,30}?\band\s+(?:you|u)\s+(?:won'?t|wont|will\s+not)\s+"
    r"make\s+it\s+to\b"
    r"|\btell\s+(?:that|the|him|her|\w+)\s+(?:\w+\s+)?to\s+watch\s+(?:his|her|their)\s+back\b"
    r"[^.!?\n]{0,40}\b(?:car\s+park|forgotten|after|outside|walk\w*|dark)\b"
    r"|\b(?:smashed|broken|kicked\s+in|battered|wrecked|getting\s+done)\b[^.!?\n]{0,20}?,?\s*along\s+"
    r"with\s+(?:your|ur|his|her)\s+(?:face|head|teeth|nose|jaw|legs)\b"
    r"|\bwait\s+(?:till|til|until)\s+(?:you|u)\s+see\s+what\s+(?:gets|is\s+getting|we|i)\s+"
    r"(?:posted|post|put\s+up|share|shared|upload\w*)\s+(?:about|of)\s+(?:you|u)\b"
    r"|\bif\s+i\s+(?:was|were)\s+(?:you|u)\s+i\s+(?:wouldn'?t|wouldnt|would\s+not)\s+(?:come|show|"
    r"turn\s+up)\s+(?:in\s+|up\s+)?(?:tomorrow|tmrw|tmr|tomoz|monday|tonight|to\s+college)\b"
    r"(?:\s*[.!,]*\s*(?:genuinely|just\s+saying|trust\s+me|i'?m\s+serious|not\s+joking|seriously))?"
    r"\s*[.!]*\s*$"
    r"|\b(?:location|where\s+(?:you|u)\s+(?:are|live)|snap\s*map)\b[^.!?\n]{0,40}\bmakes?\s+it\s+"
    r"(?:easy|easier)\s+for\s+(?:us|me|them)\b"
    r"|\b(?:we'?ll|i'?ll|ill|gonna|going\s+to)\s+sort\s+(?:you|u|him|her|them)\s+out\s+(?:proper|good\s+"
    r"and\s+proper)\b"
    r"(?![^.!?\n]{0,20}\b(?:with|for)\b)"
    r"|\b(?:outside|behind|after\s+college|\d[:.]\d\d)\b[^\n]{0,60}?\bdon'?t\s+bottle\s+it\b(?!\s*up)"
    r"|\b(?:pic|pics|photo|photos|picture|video|vid|nudes?)\b[^.!?\n]{0,60}?\b(?:going|go|goes|get|gets|be|is)\b"
    r"[^.!?\n]{0,30}?\bunless\s+(?:you|u)\b"
    # (round 29's read half) "we know your house", "you'll be put out", "get out of the
    # estate", "would be a shame if someone got a pic of you", "leaving in an ambulance"
    r"|\bwe\s+know\s+(?:your|ur)\s+(?:house|address|door|street|flat)\b(?!\s+(?:is|has|was)\b)"
    r"|\b(?:you'?ll|youll|u'?ll|ull|you\s+will)\s+be\s+put\s+out\b|\bget\s+out\s+of\s+the\s+estate\b"
    r"|\bwould\s+be\s+a\s+(?:real\s+)?shame\s+if\s+(?:someone|somebody|anyone)\s+(?:got|took|posted|"
    r"shared|leaked)\b"
    r"|\b(?:leaving|leave|go(?:ing)?\s+home|carried\s+out)\s+in\s+an?\s+ambulance\b"
    # (round 30's read half) a car damaged, "hope you like walking home"; a fight offered,
    # "we'll see how hard you are"
    r"|\b(?:car|bike|tyres?|moped|scooter|van)\b[^\n]{0,60}?\bhope\s+(?:you|u)\s+(?:like|enjoy)\s+"
    r"walking\b"
    r"|\bsee\s+how\s+(?:hard|tough)\s+(?:you|u)\s+(?:really\s+)?(?:are|r)\b"
    # violence wished as deserved: "she deserved to be raped", "he should get stabbed"
    r"|\b(?:she|he|they|you|u|ur|you'?re|she'?s|he'?s|they'?re|people\s+like\s+(?:you|u|her|him|them|that))"
    r"\s+(?:really\s+|all\s+|totally\s+|honestly\s+)?(?:deserved?|deserves|"
    r"should|needs?\s+to|ought\s+to)\s+(?:to\s+)?(?:be|get)\s+(?:raped|stabbed|killed|murdered|beaten\s+up|"
    r"battered|attacked|jumped|shot|hanged|lynched|gassed|burned|burnt)\b"
)
# Self-harm urged in plain words: "if I looked like that I'd have ended it", "go on then,
# the bridge is right there", "stop moaning about being sad and just do it", "next time
# do it properly and we'll get some peace".
_PLAIN_SELF_HARM_URGED_QUIET = re.compile(
    r"\bif\s+i\s+(?:looked|was|were|sounded)\s+like\s+(?:that|you|u|him|her)\s+i'?d\s+(?:have\s+|of\s+)?"
    r"(?:ended\s+it|kill(?:ed)?\s+myself|top(?:ped)?\s+myself|given\s+up)\b"
    r"|\bgo\s+on\s+then\b[^\n]{0,20}?\b(?:the\s+)?(?:bridge|cliffs?|railway|tracks|canal|roof)\b"
    r"[^\n]{0,40}?\b(?:right\s+there|is\s+there|isn'?t\s+far|round\s+the\s+corner)\b"
    r"|\b(?:moaning|going\s+on|banging\s+on|whinging|crying)\s+about\s+(?:being\s+)?(?:sad|depressed|"
    r"suicidal|wanting\s+to\s+die|ending\s+it)\b[^.!?\n]{0,20}?\b(?:just\s+)?do\s+it\b"
    r"|\b(?:next|this)\s+time\s+do\s+it\s+properly\b[^\n]{0,40}?\b(?:peace|quiet|favour|relief)\b"
)
# Hatred of a group in coded or calm words: "not racist but", "more like Bradford every
# day", "lock your bikes up, the Romanians have started", "whose motors they'll practise
# on", Jews and money, "who owns the banks", Irish flags to burn, a month for LGBT people
# "already", a pronoun in scare quotes at the toilets, "a bloke in a dress is still a
# bloke", "two genders", a teacher "on her period", "where you belong", a room of SEN
# students "like a zoo", a disabled student's "perks", "children" with beards, corner
# shops, bats in a Chinese student's lunch, white-pride slogans and numbers, a town
# called inbred, a rival city's people "treated like rats".
_PLAIN_GROUP_QUIET = re.compile(
    r"\b(?:i'?m\s+)?not\s+(?:being\s+)?(?:racist|homophobic|sexist|transphobic)\s+but\b"
    r"|\b(?:getting|looking)\s+more\s+like\s+(?:bradford|luton|pakistan|londonistan|baghdad|"
    r"kabul|mogadishu|lagos|bucharest|the\s+third\s+world)\b"
    r"|\b(?:lock|hide)\s+(?:up\s+)?(?:your|ur)\s+(?:bikes?|cars?|vans?|phones?|valuables|tools|"
    r"wallets?|sheds?)\b[^.!?\n]{0,30}?\b(?:the\s+)?(?:romanians|gypsies|gipsies|travellers|pikeys|"
    r"albanians|immigrants|foreigners|polish|poles)\b"
    r"|\b(?:travellers|gypsies|gipsies|romanians|albanians|pikeys)\b[^\n]{0,80}?\bwhose\s+(?:motors|"
    r"cars|bikes|vans|phones|stuff|tools|catalytic)\b"
    r"|\bjew(?:ish|s)?\b[^\n]{0,60}?\b(?:bet|typical|of\s+course)\b[^\n]{0,30}?\b(?:fees?|prices?|"
    r"money|membership|charge|cost|tight|stingy|steep)\b"
    r"|\b(?:ask\s+(?:yourself|urself)|look\s+(?:at|into)|wonder|guess)\s+who\s+(?:owns|runs|controls)\s+"
    r"(?:the\s+|all\s+the\s+)?(?:banks|media|money|world)\b"
    r"|\b(?:green|tricolours?|irish\s+flags?|union\s+jacks?)\b[^.!?\n]{0,20}?\bto\s+burn\b"
    r"|\bburn(?:ing)?\s+(?:the\s+)?(?:tricolours?|irish\s+flags?|union\s+jacks?|pride\s+flags?)\b"
    r"|\b(?:they|gays|gay\s+people|lgbt\w*)\s+already\s+(?:get|have|got)\s+(?:the\s+)?(?:whole\s+"
    r"(?:of\s+)?)?(?:june|a\s+whole\s+month|pride\s+month|their\s+own\s+month)\b"
    r"|\bwhich\s+(?:toilets?|loo|changing\s+rooms?)\s+(?:is|are|'?s)\s+[\"'\u201c\u2018](?:they|it|xe|"
    r"ze|zie|he|she)[\"'\u201d\u2019]"
    r"|\b(?:a|any)\s+(?:bloke|man|guy|lad|fella)\s+in\s+a\s+(?:dress|skirt|wig)\s+is\s+(?:still\s+)?"
    r"(?:a|just\s+a)\s+(?:bloke|man|guy|lad|fella)\b"
    r"|\bmade[- ]up\s+pronouns\b"
    r"|(?<!say\s)(?<!says\s)(?<!that\s)\bthere\s+(?:are|is)\s+(?:only\s+)?(?:two|2)\s+genders\b(?!\?)"
    r"|\b(?:must\s+be|she'?s|is\s+she)\s+on\s+(?:her|the)\s+(?:period|rag|blob)\b"
    r"(?![^.!?\n]{0,30}\b(?:pain|cramps|poverty|products|pads|tampons|leave|off\s+sick)\b)"
    r"|\bgo\s+back\s+to\s+[\w\s&]{1,25}?\s+where\s+(?:you|u|she|they)\s+belongs?\b"
    r"|\b(?:sen|special\s+needs|learning\s+support|disabled|autistic)\s+(?:room|unit|base|class|"
    r"kids|lot|students)\s+(?:is|are)\s+(?:like\s+)?a\s+(?:zoo|circus|madhouse|asylum|farm|mental\s+"
    r"home)\b"
    r"|\bwish\s+i\s+could\s+sit\s+down\s+all\s+day\b"
    r"|[\"'\u201c\u2018](?:children|kids|teenagers|minors|teens)[\"'\u201d\u2019]\s+with\s+beards\b"
    r"|\b(?:doesn'?t|doesnt|don'?t|dont|won'?t|wont)\s+need\s+to\b[^\n]{0,60}?\bcorner\s+shops?\b"
    r"|\b(?:chinese|asian|korean|vietnamese)\s+(?:lad|girl|boy|kid|lass|bloke|student|family)\b"
    r"[^\n]{0,40}?\b(?:bats?|dogs?|cats?)\b[^\n]{0,25}?\b(?:lunch|dinner|tea|eat\w*|menu|takeaway|"
    r"cooking)\b"
    r"|\bit'?s\s+(?:ok|okay|alright)\s+to\s+be\s+white\b"
    r"|\bthe\s+14\s+words\b"
    r"|\b(?:whole\s+town|whole\s+city|all\s+of\s+them|lot\s+of\s+them|them\s+lot)\b[^.!?\n]{0,40}?"
    r"\binbred\b"
    r"|\bnobody\s+from\s+\w+\s+should\s+be\s+(?:let|allowed)\s+(?:on|in|into|near)\b"
    # (round 29's read half) a people told to go home, a people called thieves
    r"|\b(?:polish|romanian|roma|bulgarian|lithuanian|latvian|foreign|eastern\s+european|immigrant|"
    r"migrant|nepali|nepalese|filipino|indian|pakistani|bangladeshi|afghan|syrian|ukrainian|chinese|"
    r"african|somali|eritrean|albanian|kurdish|iraqi|asian|muslim)\s+(?:ppl|people|lot|folk)\s+"
    r"(?:need|needs|should|must|ought)\s+(?:to\s+)?go\s+(?:home|back)\b"
    # a woman told where she belongs: "typical woman, can't reverse, should be making tea"
    r"|\btypical\s+(?:woman|women|girl|girls|female|bird)\b[^\n]{0,80}?\bshould\s+(?:be|stay|stick)\s+"
    r"(?:in|at|to|making|doing)\b"
    r"|\b(?:roma|gypsys|gypsies|gipsies|gypsy|travellers|pikeys|romanians)\b[^.!?\n]{0,25}?\b(?:robbing|"
    r"nicking|stealing|thieving|robbed|nicked|stole)\b"
    r"|\b(?:will|gonna|going\s+to)\s+(?:get\s+|be\s+)?treated\s+like\s+(?:one(?!\s+of)|rats?|vermin|dirt|"
    r"scum)\b"
)
# Sexual remarks in calm words: a tutor one "would stay behind for", "whoever the blonde
# is, dm me", "no one else will see it" to press for a picture, a teacher's clothes with a
# hot face, a ranking of classmates "by how fit", "don't be frigid", "I only asked for one
# more", a league table in a lads' chat.
_PLAIN_SEXUAL_QUIET = re.compile(
    r"\bwould\s+(?:defo|def|definitely|deffo|happily|gladly)\s+stay\s+(?:behind|after)\b"
    r"|\bstay\s+(?:behind|after)\s+for\s+(?:some\s+)?(?:extra|private|one[- ]to[- ]one)\s+"
    r"(?:lessons|tuition|help|classes)\b\s*(?:\U0001f440|\U0001f60f|\U0001f609|\U0001f975|\U0001f346|\U0001f61c)"
    r"|\bwhoever\s+the\s+(?:blonde|brunette|redhead|ginger|girl|lad|guy|fit\s+one)\s+is\b[^\n]{0,60}?"
    r"\b(?:dm|message|inbox|snap|add)\s+me\b"
    r"|\bsend\s+(?:one|me\s+one|a\s+pic|it|a\s+photo)\b(?!\s+of\b)[^\n]{0,30}?\b(?:no\s*(?:one|body)|nobody|no-one)"
    r"\s+else\s+(?:will|is\s+going\s+to|is\s+gonna|gonna)\s+see\b"
    r"|\b(?:mr|mrs|miss|ms|sir)\s+\w+'?s\s+(?:skirt|dress|top|leggings|jeans|shirt|trousers|legs|bum|"
    r"arse)\b[^\n]{0,15}?(?:\U0001f975|\U0001f60d|\U0001f924|\U0001f440|\U0001f60f|\U0001f351)"
    r"|\branking\s+(?:the\s+)?(?:lads|girls|boys|lasses|class|year|women|men)\b[^\n]{0,40}?\bby\s+how\s+"
    r"(?:fit|hot|ugly|pretty|fat|sexy)\b"
    r"|\b(?:don'?t|dont|stop)\s+be(?:ing)?\s+(?:so\s+)?frigid\b|\b(?:ur|you'?re|youre|she'?s|shes)\s+(?:so\s+)?frigid\b"
    r"|\b(?:pic|photo|picture|snap)\b[^\n]{0,40}?\bonly\s+asked\s+for\s+(?:one|1)\s+more\b"
    r"|\b(?:lads|boys)\s*'?\s*(?:chat|gc|group)\b[^\n]{0,30}?\b(?:league\s+table|rankings?|ratings?)\b"
    # a woman blamed for what may be done to her: "she's asking for it dressing like that"
    r"|\b(?:she'?s|shes|she\s+is|she\s+was|they'?re|theyre|you'?re|youre|ur)\s+(?:just\s+|basically\s+)?"
    r"asking\s+for\s+it\b[^.!?\n]{0,30}?\b(?:dress\w*|wearing|skirts?|like\s+that|tops?|outfits?)\b"
)
# Harmful probe 70 (the twenty-seventh session), read in families. Shutting out and
# mocking in calm words: "you're not in it", "new chat, no Amy", "don't bother coming in",
# "you know who you are" of a failure, trying "to fit in" with a shame after it, one who
# "ruins every photo", a washing machine "a luxury", "considering he needs a helper", the
# only one still on free dinners, an accent that needed subtitles, "can't see anyone
# behind her", a parent's car "in front of everyone".
_PLAIN_SHUT_OUT_QUIET = re.compile(
    r"(?<!worry,\s)(?<!worry\s)\b(?:you'?re|youre|ur|u\s+r|you\s+are)\s+not\s+in\s+(?:it|this\s+one|the\s+"
    r"(?:new\s+)?(?:chat|group|gc))\b(?![,\s]+(?:automatically|yet|unless|until|by\s+default|if)\b)"
    r"|\bnew\s+(?:group\s+)?(?:chat|gc|group)\b[,.:!\s-]*(?:no|minus|without)\s+\w+\s*(?:[\U0001f44b\U0001f602\U0001f480!.]|$)"
    r"|\bdon'?t\s+bother\s+coming\s+(?:in|back|to\s+college)\b(?![^.!?\n]{0,20}\b(?:without|unless|if)\b)"
    r"|\bthe\s+one\s+(?:person|lad|girl|student)\s+who\b[^.!?\n]{0,60}\byou\s+know\s+who\s+(?:you|u)\s+(?:are|r)\b"
    r"|\b(?:tries|trying)\s+(?:so\s+)?(?:hard\s+)?to\s+fit\s+in\b[^\n]{0,30}\b(?:shame|not\s+working|bless|cringe)\b"
    r"|\b(?:he|she)\s+ruins\s+every\s+(?:single\s+)?(?:one|photo|pic|picture|group\s+pic)\b"
    r"|\b(?:washing\s+machine|soap|shower|deodorant|toothbrush)(?:'s|\s+is)\s+a\s+luxury\b"
    r"|\b(?:well\s+done|proud|congrats|congratulations)\b[^.!?\n]{0,50}\bconsidering\s+(?:he|she|they|you|u)\s+"
    r"(?:needs?|can'?t|has\s+to|have\s+to)\b"
    r"|\bonly\s+(?:one|lad|girl|person|student)\b[^.!?\n]{0,40}\bfree\s+(?:school\s+)?(?:dinners|meals)\b"
    r"|\baccent\b[^.!?\n]{0,60}\bneeded\s+subtitles\b"
    r"|\bcan'?t\s+see\s+(?:anyone|anything|anybody)\s+behind\s+(?:her|him)\b"
    r"|\bimagine\s+(?:your|ur)\s+(?:mam|mum|mom|dad|nan)\b[^.!?\n]{0,60}\bin\s+front\s+of\s+everyone\b"
    r"|\b(?:brave|confidence)\b[^.!?\n]{0,60}\bwith\s+(?:arms|legs|thighs|teeth|skin)\s+like\s+(?:that|those|hers|his)\b"
    # pressing someone to starve, or to do what they said they would
    r"|\bstarve\s+(?:a\s+bit\s+)?(?:harder|more|yourself|urself)\b"
    r"|\bgo\s+on\s+then,?\s+do\s+it\b[^\n]{0,60}\bnobody\s+believes\s+(?:you|u)\b"
    r"|\b(?:no\s+room|no\s+place)\s+for\s+(?:scum|vermin|rats|the\s+likes\s+of\s+(?:you|u|them|him|her))\b"
)
# Threats hinted at: a bus "I know you get", a little brother "haven't you", someone
# "getting done", screenshots the whole college will see, "and you with it", pictures it
# would be a shame to see posted, a knife after "wait till", "watch the news", a shift's
# end known, a face and an address on camera, "I'll find you myself", "stay on your side
# or get put in it", heads to be kicked in.
_PLAIN_THREAT_HINTED = re.compile(
    r"\bi\s+know\s+(?:you|u)\s+(?:get|take|catch)\s+the\s+\d+\b[^\n]{0,30}?(?:just\s+saying|jus\s+sayin|"
    r"that'?s\s+all|\U0001f642|\U0001f609|\U0001f608|\U0001f440|\.\.\.)"
    r"|\bi\s+know\s+what\s+time\s+(?:your|ur)\s+(?:shift|bus|class|lesson|train|work)\b"
    r"|\b(?:you'?ve|youve|you\s+have)\s+got\s+a\s+(?:little|younger|baby|big)\s+(?:brother|sister|bro|sis)\b"
    r"[^\n]{0,50}\b(?:haven'?t\s+you|havent\s+you|innit|right\s*\?)"
    r"|\b(?:you'?re|youre|ur|u\s+r|you\s+are|anyone\b[^.!?\n]{0,60}?\bis)\s+getting\s+(?:done|battered|jumped|"
    r"leathered|merked|stabbed|smashed)\b"
    r"|\bscreenshots\b[^\n]{0,80}\b(?:sees?\s+them|will\s+see|whole\s+(?:college|school|year))\b"
    r"|\bend\s+up\s+in\s+the\s+(?:canal|river|sea|bin|ground|hospital)\b[^.!?\n]{0,20}?\b(?:and\s+)?(?:you|u)\s+with\s+it\b"
    r"|\bbe\s+a\s+(?:real\s+)?shame\s+if\s+(?:they|it|these|those|that|them)\s+(?:ended|end|got|went)\s+(?:up\s+)?"
    r"(?:on\s+here|online|out|posted|shared|round)\b"
    r"|\bwait\s+(?:till|til|until)\b[^\n]{0,40}\U0001f52a"
    r"|\b(?:failed|excluded|kicked|sacked|reported)\b[^\n]{0,60}\bwatch\s+the\s+news\b"
    r"|\bgot\s+(?:your|ur)\s+face\b[^\n]{0,40}\b(?:your|ur)\s+(?:address|addy|house)\b"
    r"|\bi'?ll\s+[^.!?\n]{0,30}?\bfind\s+(?:you|u)\s+(?:myself|meself|mesen)\b"
    r"|\bstay\s+on\s+(?:your|ur|yer)\s+(?:own\s+)?side\b[^\n]{0,30}\bor\s+(?:get|you'?ll|ull)\b"
    r"|\bget\s+(?:their|his|her|your|ur|yer)\s+heads?\s+kicked\s+in\b"
)
# Hatred of a group hinted at: a tutor who "can barely speak English" on one's bursary,
# "they'll be wanting halal next", a watch list, "the same surnames, just noticing", "no
# wonder there's no apprenticeships left for English lads", Travellers and counting the
# laptops, refugees "getting free", the boats "starting with" someone, no Catholics "as
# it should be", "nae huns at this college", rainbows "rammed down our throats", "what is
# a woman? 🤡", pronouns with a clown, "isn't a 'they'", Andrew Tate "was right", "the
# wheelchair kid", conditions in scare quotes, "if you hate our country", flights back,
# "special" in scare quotes, a smell and "guess who".
_PLAIN_GROUP_HINTED = re.compile(
    r"\b(?:tutor|teacher|lecturer|staff|he|she|they)\s+can\s+(?:barely|hardly|'?t\s+even|not\s+even)\s+speak\s+"
    r"english\b[^\n]{0,40}\b(?:is\s+this|pays?|paying|joke|disgrace|bursary|fees)\b"
    r"|\bthey'?ll\s+be\s+wanting\b[^.!?\n]{0,30}\b(?:halal|sharia|mosque|prayer|burkas?|burqas?|next)\b"
    r"|\bon\s+a\s+(?:terror\s+)?watch\s*list\b"
    r"|\bsame\s+surnames?\b[^\n]{0,30}\b(?:just\s+)?notic(?:ing|ed)\b"
    r"|\bno\s+wonder\s+there'?s?\s+no\s+(?:jobs|apprenticeships|places|houses)\b[^\n]{0,30}\b(?:english|british|"
    r"white|our)\b"
    r"|\b(?:travellers|gypsies|gipsies|pikeys|romanians|roma|albanians)\b[^\n]{0,60}\bcount\s+the\s+\w+\b"
    r"|\b(?:refugees|asylum\s+seekers|migrants|immigrants)\s+(?:getting|get|given|gettin)\s+free\b"
    r"|\bstop\s+the\s+boats\b[^\n]{0,40}\b(?:starting\s+with|ones\s+(?:on|in|at))\b"
    r"|\bno\s+(?:catholics|protestants|muslims|jews|taigs|huns|fenians|prods|blacks|asians|gays)\b[^\n]{0,60}"
    r"\b(?:as\s+it\s+should\s+be|thank\s+god|keep\s+it\s+that\s+way)\b"
    r"|\b(?:no|nae)\s+(?:huns|taigs|fenians|prods)\s+(?:at|in|on|allowed)\b"
    r"|\b(?:rainbow|rainbows|pride|gay|lgbt\w*|trans|pronouns)\b[^\n]{0,80}\b(?:rammed|shoved|forced)\s+down\s+"
    r"(?:our|my|your|people'?s)\s+throats?\b"
    r"|\bwhat\s+is\s+a\s+woman\b[^\n]{0,60}(?:\U0001f921|asking\s+for)"
    r"|\bpronouns\b[^\n]{0,40}\U0001f921|\bnot\s+(?:your|their)\s+(?:woke\s+)?ideology\b"
    r"|\bisn'?t\s+a\s+[\"'\u201c\u2018]they[\"'\u201d\u2019]"
    r"|\b(?:andrew\s+)?tate\s+(?:was|is)\s+(?:right|correct)\b"
    r"|\bthe\s+(?:wheelchair|deaf|blind|autistic|spastic|sen)\s+(?:kid|lad|girl|boy|one)\b[^.!?\n]{0,40}\b(?:always|"
    r"like\s+(?:he|she)'?s|thinks)\b"
    r"|[\"'\u201c\u2018](?:anxiety|depression|adhd|autism|mental\s+health|disability|dyslexia|ptsd)[\"'\u201d\u2019]"
    r"|[\"'\u201c\u2018]special[\"'\u201d\u2019]\s+(?:group|class|kids|ones|lot|students|unit)\b"
    r"|\bif\s+(?:you|u)\s+hate\s+(?:our|this)\s+country\b|\bflights?\s+back\s+every\s+day\b"
    r"|\b(?:curry|smell|stink)\w*\b[^\n]{0,60}\bguess\s+who\b"
    r"|\bgirls?\s+on\s+the\b[^\n]{0,40}\bwho'?s\s+making\s+the\s+(?:brews|tea|sandwiches|butties)\b"
)
# Sexual pressure and exposure hinted at: pictures "promised" or else, "only want to see
# one thing", a video from the toilets, "sent his ... anyone else want it", a job got for
# what she is "willing to do".
_PLAIN_SEXUAL_HINTED = re.compile(
    r"\bsend\s+(?:the|me\s+the|them|those)\s+(?:pics|pictures|photos|nudes|vids?)\b[^\n]{0,40}\bor\s+"
    r"(?:i'?m|im|i\s+will|ill|i'?ll|else)\b"
    r"|\bonly\s+want\s+to\s+see\s+one\s+thing\b"
    r"|\b(?:vid|video|pics?|photos?|footage)\s+(?:from|of|in)\s+the\s+(?:toilets?|changing\s+rooms?|showers?|loos?)\b"
    r"|\bsent\s+(?:his|hers)\b[^\n]{0,40}\banyone\s+else\s+want\b"
    r"|\bonly\s+got\s+(?:the|her|his|that)\s+\w+\s+because\b[^\n]{0,40}\b(?:willing\s+to\s+do|on\s+her\s+knees|slept|"
    r"sleeping|did\s+for|does\s+for)\b"
)
# The families that a post against abuse quotes or describes (sexual remarks, pressing
# for pictures, grooming, remarks on a body): not found in a post that speaks against
# abuse (``counter_speech``). Threats and shutting out are found all the same.
_SPOKEN_AGAINST = frozenset(
    (
        _PLAIN_SEXUAL,
        _PLAIN_PRESSING,
        _PLAIN_LEERING,
        _PLAIN_BODY,
        _PLAIN_IDENTITY,
        _PLAIN_SEXUAL_MORE,
        _PLAIN_ABLEISM,
        _PLAIN_TRANSPHOBIA,
        _PLAIN_HATE_CODED,
        _PLAIN_RANKING,
        _PLAIN_GROUP_QUIET,
        _PLAIN_SEXUAL_QUIET,
        _PLAIN_GROUP_HINTED,
        _PLAIN_SEXUAL_HINTED,
    )
)
# What clears a plain-words finding: a pattern over the matched words, and words anywhere
# in the post that show them said innocently (each pair from a review's harmless posts:
# "bet she's a right goer" of a Mini, "you'll get what's coming to you" on results day,
# "slide into my DMs" with questions about a course, "rate the girls' bakes 1-10").
_CLEARED_BY_CONTEXT: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = tuple(
    (re.compile(found), re.compile(context))
    for found, context in (
        (
            r"\bgoer\b",
            r"\b(?:car|mini|bike|motorbike|engine|tuned|triumph|land\s+rover|van|tractor|boat|"
            r"motor|mot|restor\w*)\b|[\U0001f697\U0001f3cd]",
        ),
        (r"what'?s\s+coming", r"\b(?:results|grades|certificates?|exams?|deserve\w*)\b|\U0001f393"),
        (
            r"asking\s+for\s+it",
            r"\b(?:for\s+(?:weeks|ages|months|years)|all\s+(?:term|year|week|month)|santa|christmas|"
            r"birthday|brought|bought|got\s+(?:her|him))\b",
        ),
        (
            r"slide\s+(?:in|into)\s+my\s+dms",
            r"\b(?:questions?|course|open\s+day|enquir\w*|info\w*|applications?|apply|office)\b",
        ),
        (
            r"\brat(?:e|ing)\b",
            r"\b(?:bakes?|jumpers?|cakes?|outfits?|costumes?|designs?|projects?|dishes|pumpkins?)\b",
        ),
        (r"i\s+know\s+(?:you|u)\s+want", r"\b(?:tag|vote|share|sign\s+up|book)\b"),
        (
            r"tell\s+(?:ur|your)",
            r"\b(?:surprise|mother'?s\s+day|father'?s\s+day|absence|revision)\b",
        ),
        (r"more\s+than\s+a", r"\b(?:fringe|restyle|colour|highlights|layers|perm)\b"),
        (r"\blost\b", r"\b(?:doctor|gp|nurse|blood\s+pressure|diabet\w*|proud)\b"),
        (
            r"jump\s+off",
            r"\b(?:zip\s*-?\s*line|abseil\w*|bungee|charity|sponsored|coasteering|with\s+us|"
            r"fundrais\w*)\b",
        ),
        (
            r"(?:gc|group\s*chat|chat)\s+without",
            r"\b(?:surprise|birthday|40th|50th|30th|18th|21st|party|present|gift|shh+)\b",
        ),
        (r"send\s+me\s+[a-z]+\s+without", r"\b(?:prospectus|website|brochure|poster)\b"),
        # a threat's shape said in kindness: "we know where you live, expect a cake", "watch
        # your back... we've stuck a birthday sign on it", "i know which bus you get, i'll
        # save you a seat" (a probe of threats, the twenty-first session)
        (
            r"know\s+where\s+(?:you|u)|know\s+which\s+bus|watch\s+(?:your|ur)\s+back"
            r"|be\s+waiting",
            r"\b(?:cake|birthday|save\s+(?:you|u)\s+a\s+seat|housewarming|balloons|"
            r"surprise|welcome|card|flowers|present)\b|[\U0001f382\U0001f388\U0001f389\U0001f381]",
        ),
        (r"any\s+(?:friends|mates|pals)", r"\b(?:wellbeing|normal|yet|support|advice|tips)\b"),
        # something left off that was never asked of anyone: "no one would notice if you
        # stopped coming to the drop-in, it's optional" (the forty-third session)
        (r"notice\s+if", r"\b(?:optional|drop-?in|flexi\w*)\b"),
        # a home known and a kindness plainly meant, nothing sinister beside it: "we know which
        # flat is yours, we've left a card and balloons" (not "... got a little surprise for
        # it tonight"; the review of the forty-third session)
        (
            r"know\s+which\s+(?:house|flat|door|caravan|room|van|boat|tent|block|locker|desk|peg|car|"
            r"seat)",
            r"^(?![\s\S]*(?:\U0001f525|\U0001f52a|\btonight\b|\bwaiting\b|\bsurprise\b|\bgrass\w*|"
            r"\bpetrol\b|\bfuneral\b|\bgrave\b|\bshame\s+if\b))"
            r"[\s\S]*\b(?:cake|birthday|balloons|housewarming|flowers|welcome\s+pack)\b",
        ),
        (r"not\s+in\s+it", r"\b(?:only|ask\s+your\s+tutor|level\s+\d)\b"),
        (
            r"\b(?:grass|grasses)\b",
            r"\b(?:bamboo|miscanthus|plants?|horticulture|species|botan\w*|lawn|gardens?|"
            r"fun\s+fact)\b",
        ),
        (r"\b(?:brave|bold)\b", r"\b(?:story|sharing|thank\s+you|warriors?|awareness)\b|\u2764"),
        (
            r"watch\s+(?:yourself|urself|yaself)",
            r"\b(?:tv|telly|bbc|itv|look\s+north|channel|make\s+sure|cars?)\b",
        ),
        # (laughter alone clears no threat: menace is often written with a laugh)
        (r"better\s+not\s+be", r"\bwithout\s+me\b"),
        (
            r"sleep\s+with\s+one\s+eye",
            r"\b(?:camp\w*|tent|foxes|dofe|cat|kitten|puppy|baby|seagulls)\b",
        ),
        (
            r"watch\s+(?:his|her|their|your|ur)\s+backs?",
            r"\b(?:season|flying|scored|goals?|league|race|points|title|lando|hamilton|defenders?|"
            r"strikers?|top\s+spot)\b",
        ),
        (r"put\s+(?:you|u|him|her)\s+through", r"\b(?:drill|training|paces|interview)\b"),
        (
            r"whoever",
            r"\b(?:surprise|party|present|gift|thank\w*|buy\s+(?:you|u))\b",
        ),
        (
            r"(?:shame|pity)\s+if",
            r"\b(?:appeal|restoration|please\s+support|roads|helmets?)\b",
        ),
        (
            r"body\s+in\s+(?:that|this|the)",
            r"\b(?:aligned|alignment|form|posture|squat|technique|position|angle)\b",
        ),
        (r"like\s+in\s+bed", r"\b(?:mattress|pillows?|duvet|memory\s+foam|bed\s+linen)\b"),
        (r"\bjump\s+(?:you|u)\b", r"\b(?:queue|line)\b"),
        # (the shutting-out words in posts that support, congratulate or tease a pet)
        (
            r"finds?\s+(?:you|u)",
            r"\b(?:feel\w*|if\s+it\s+feels|might\s+think|talk\s+to|student\s+services|support|"
            r"they\s+don'?t|anti-?bullying)\b",
        ),
        (
            r"sit\s+with\s+us",
            r"\b(?:miss\s+(?:you|u|ya)|congrat\w*|since\s+(?:you|u)|aww+|driving\s+test)\b|\U0001f62d",
        ),
        (
            r"always\s+ruin",
            r"\b(?:rain|weather|snow|wind|cat|dog|kitten|puppy|tree|good\s+(?:boy|girl))\b"
            r"|[\U0001f639\U0001f63a\U0001f436\U0001f431]",
        ),
        (r"\b(?:bloke|man|guy|lad|fella)\s+in\s+a\b", r"\b(?:panto\w*|dame|drag|kilt)\b"),
        # (a review of round 19's read-half families: praise after a mud run, a child in
        # wings for World Book Day, a bake sale, winter driving tips)
        (
            r"\bstate\s+of\b",
            r"\b(?:proud|heroes?|legends?|well\s+done|congrat\w*|amazing|smashed\s+it|mudder|\d+k|"
            r"marathon|charity|raised)\b",
        ),
        (r"\beh\b", r"\b(?:legends?|smash\w*|proud|amazing|queens?|brilliant|superb|won|win)\b"),
        # (said against the idea: "stop saying the SEN kids are holding us back")
        (
            r"\b(?:holding|dragging|own\s+(?:college|school)|special\s+school|kept|separate)\b",
            r"\b(?:stop\s+saying|nobody\s+thinks|no\s+one\s+thinks|myths?|isn'?t\s+true|not\s+true)\b",
        ),
        (
            r"\b(?:musical|light\s+on)\b",
            r"\b(?:piano|cello|guitar|violin|drums?|grade\s+\d|band|sing\w*|sang|choir|danc\w*|comp|"
            r"concert|orchestra|instruments?|ballet)\b",
        ),
        (
            r"\bfairy\b",
            r"\b(?:wings?|wand|world\s+book\s+day|nativity|recital|panto\w*|pillow|tooth|costumes?|"
            r"dress(?:ed|ing)?\s+up|ballet|sugar\s+plum|school\s+play|on\s+stage|fancy\s+dress|"
            r"godmother|halloween)\b",
        ),
        (
            r"\bkitchens?\b",
            r"\b(?:bake|baking|cupcakes?|cakes?|patisserie|chefs?|aprons?|catering|recipes?|"
            r"showroom|worktops?|service|brigade)\b|[\U0001f9c1\U0001f370\U0001f382]",
        ),
        (
            r"\b(?:brakes?|tyres|tires|wheel\s+nuts)\b",
            r"\b(?:ice|icy|snow\w*|frost\w*|black\s+ice|screenwash|pads|tips?|mot|servic\w*|winter|"
            r"fog\w*|weather|long\s+trip|motor\s+vehicle|a\d{1,4})\b|\u2744",
        ),
    )
)


def _cleared_by_context(found: str, folded: str) -> bool:
    """Whether a plain-words finding ``found`` is cleared by words of the post ``folded``
    that show it said innocently (``_CLEARED_BY_CONTEXT``)."""
    return any(
        trigger.search(found) and context.search(folded) for trigger, context in _CLEARED_BY_CONTEXT
    )


# Round 42's read half (the forty-third session): shutting someone out said calmly ("nobody
# in plumbing would even notice if you stopped coming", "it'd be less awkward for
# everyone if you weren't there").
_PLAIN_UNWANTED = re.compile(
    r"\b(?:no\s+one|nobody|noone|no-one)(?:\b(?:\s+[\w']+){0,4}?\s+would|'d)\s+(?:even\s+)?notice\s+"
    r"if\s+(?:you|u)\s+(?:stopped\s+coming|dropped\s+out|quit|never\s+came\s+back|"
    r"weren'?t\s+(?:here|there)|left(?=\s*(?:[.!?,]|$|the\s+(?:group|chat|class|course|team))))\b"
    # "everyone would be happier if you left the group" (the review)
    r"|\b(?:everyone|everybody)\s+would\s+be\s+(?:so\s+much\s+|a\s+lot\s+)?(?:happier|better\s+off)\s+"
    r"if\s+(?:you|u)\s+(?:left|quit|went|weren'?t\s+(?:here|there))\b"
    r"|\b(?:it'?d|it\s+would|it'?ll|it\s+will)\s+be\s+(?:so\s+much\s+|a\s+lot\s+|way\s+|much\s+)?"
    r"(?:less\s+awkward|better|nicer|easier|happier|more\s+fun)\s+for\s+(?:everyone|everybody|"
    r"all\s+of\s+us|us\s+all|the\s+(?:rest\s+of\s+us|group|class))\s+if\s+(?:you|u|she|he)\s+"
    r"(?:(?:weren'?t|wasn'?t)\s+(?:there|here|around|coming|in\s+it)|(?:just\s+)?didn'?t\s+come)\b"
    # (not a time or a job that keeps people out: "if you weren't there before 9, the
    # hall's being set up"; the review of the forty-third session)
    r"(?!\s+(?:before|till|until|after|by|in\s+the|at\s+\d|first|yet|early)\b)"
    r"(?![^.!?\n]*\b(?:set\s+up|setting\s+up|cleaning|install\w*)\b)"
)
# ... a home known and a warning to keep quiet ("we know which caravan is yours", "we
# know which flat in Whitehawk is yours", "i'd keep your mouth shut if i was you").
_PLAIN_DOXXED = re.compile(
    r"\b(?:we|i|they|everyone)\s+(?:all\s+)?(?:know|knows|found\s+out)\s+(?:which|what)\s+"
    r"(?:caravan|house|flat|door|room|tent|van|boat|pitch|plot|block|trailer)\b"
    r"(?:\s+(?:in|on|at)\s+(?:the\s+)?[\w'-]+(?:\s+[\w'-]+)?)?\s+(?:is\s+)?(?:yours|urs|"
    r"you'?re\s+in|you\s+live\s+in|u\s+live\s+in)\b"
    r"|\b(?:i'?d|id|i\s+would)\s+keep\s+(?:your|ur|yer)\s+(?:mouth|gob|trap)\s+shut\s+if\s+i\s+"
    r"(?:was|were)\s+(?:you|u)\b"
)
# ... a group told to learn English before it posts, an asylum seeker called fake or
# sent back on the next boat, Muslim women tied to bombs.
_PLAIN_GROUP_SENT_BACK = re.compile(
    r"(?<!['\"\u2018\u201c])\bfake\s+(?:asylum\s+seekers?|refugees?)\b"
    # (someone said to belong on it, not a trip's travellers: "we're on the next flight home";
    # the review of the forty-third session)
    r"|\b(?:should|needs?\s+to|ought\s+to|wants?\s+to)\s+be\s+(?:put\s+|sent\s+)?on\s+the\s+next\s+"
    r"(?:boat|dinghy|plane|flight)\s+(?:back|home|out)\b"
    r"|\b(?:put|send|stick|get)\s+(?:them|the\s+lot|all\s+of\s+them|those|these)(?:\s+all)?\s+on\s+the\s+"
    r"next\s+(?:boat|dinghy|plane|flight)\s+(?:back|home|out)\b"
    r"|\b(?:need|needs|should|ought)\s+(?:to\s+)?learn\s+(?:english|the\s+language)\s+before\s+"
    r"(?:they|she|he|you|u)\s+(?:post|comment|open\s+their\s+mouths?|speak)\b"
    r"|\b(?:hijabi|hijabis|muzzie|muzzies)\b[^.!?\n]{0,60}\b(?:bomb|bombs|suicide\s+vest|blow\s+(?:us|"
    r"the\s+\w+|it)\s+up)\b"
)
# ... and a picture of someone in their swimwear or underwear asked for.
_PLAIN_PIC_ASKED = re.compile(
    r"\bsend\s+(?:us|me)\s+(?:a\s+)?(?:pic|pics|picture|photo|photos|snap|vid|video)\s+(?:of\s+"
    r"(?:you|u|urself|yourself)\s+in|wearing|in)\s+(?:your|ur|a|the)\s+(?:swimsuit|swimming\s+costume|"
    r"cossie|bikini|underwear|undies|bra|knickers|boxers|lingerie|towel|school\s+uniform)\b"
)

# ... someone told to go back to thieving, an invitation sneered at, a place said to be
# won by a quota (round 43's read half: "moulsecoomb chav ..., go back to robbing bikes
# mate", "Did you really think you got invited to the prom table? Cute.", "sure she got
# on the nursing access course, diversity quota innit")
_PLAIN_SNEERED_AT = re.compile(
    # (told to someone: at a sentence's or a clause's start, not "a man who tries to go back
    # to robbing banks", nor a question or a show stolen: the review)
    r"(?:^|(?<=[,.!?;:\n])|(?<=[,.!?;:\n]\s))go\s+back\s+to\s+(?:robbing|nicking|stealing|"
    r"dealing|shoplifting|begging|twocking)\b(?!\s+the\s+show)(?![^,.!\n]*\?)"
    # (a sneer's mark in the post, and no praise: not "Did you really think you'd get invited
    # to the Palace garden party? Congrats Mum")
    r"|^(?=[\s\S]*(?:\b(?:cute|sweet|bless|aww+|adorable|as\s+if|lol|nobody|no\s+one|imagine|pathetic|"
    r"sad|embarrassing|hilarious|look\s+at\s+(?:you|the\s+state)|pack|go\s+away|freak|here)\b|"
    r"\U0001f602|\U0001f923|\U0001f644))(?![\s\S]*\b(?:congrat\w*|proud|well\s+done|"
    r"he\s+did|she\s+did|you\s+did)\b)[\s\S]*?"
    r"\bdid\s+(?:you|u|she|he)\s+(?:really|actually|seriously|honestly)\s+think\s+(?:you|u|she|he)"
    r"(?:'?d|\s+would|\s+got|\s+were|\s+was|\s+are|\s+r)\s+(?:be\s+|get\s+|getting\s+)?"
    r"(?:invited|wanted|welcome)\b"
    # (a place said won by a quota, with nothing denying it: not "no diversity quota", "not
    # a token pick")
    r"|\b(?:she|he|they|you|u)\s+(?:only\s+)?got\s+(?:on|in|into|onto|the\s+\w+)\b[^.!?\n]{0,50}?"
    r"(?<!\bno\s)(?<!\bnot\s)(?<!\bnot\sa\s)(?<!\bisn't\sa\s)(?<!\bwasn't\sa\s)"
    r"\b(?:diversity|token)\s+(?:quota|hire|pick)\b"
    r"|\b(?:she'?s|he'?s|she\s+is|he\s+is|you'?re|ur)\s+(?:only\s+|just\s+)?(?:a\s+|the\s+)?"
    r"(?:diversity|token)\s+(?:hire|pick|quota)\b"
    # (a hire said so of someone after why they got in: "she only got the apprenticeship cos
    # she's a black woman, tick box hire", round 25)
    r"|\b(?:cos|because|coz|cuz)\b[^.!?\n]{0,40}?\b(?:diversity|token|tick[\s-]?box)\s+hire\b"
)


# Each family with the words of which one must be among the post's words before its
# pattern is tried (a set test: most posts hold none; a test checks that this never
# changes what is found).
_PLAIN_WORDS: tuple[tuple[str, re.Pattern[str], frozenset[str]], ...] = tuple(
    (label, pattern, word_set(words))
    for label, pattern, words in (
        (
            "bullying",
            _BULLYING,
            "nobody no noone none everyone everybody all whole favour favor crawl slither "
            "slink creep back disappear vanish leave quit drop belong fit alone own yourself hope "
            "wish wake wakes notice "
            "joke embarrassment laughing laughingstock waste hint friends pals mates",
        ),
        (
            "threat",
            _PLAIN_THREAT,
            # (each branch needs one of these: "see what happens" its "happens", "say that
            # to my face" its "face"; the test of the gate checks it on every set)
            "know knows watch waiting smiling laughing wait hope wish slap smack punch kicking "
            "beating battering hiding lesson batter lamp chin deck leather glass bottle yourself "
            "urself yaself better sleep coming someone somebody put happens fall falls breaks "
            "address box face get shame find end finish think warning wet alone people",
        ),
        (
            "sexual",
            _PLAIN_SEXUAL,
            "send give smash bang onlyfans rack boobs tits arse bum knockers show better "
            "without take down body colour color alone knees",
        ),
        (
            "bullying",
            _PLAIN_BODY,
            "bag lose lost brain eat pretty fit looking attractive salad whale hippo heifer "
            "double chin chins skip miss state",
        ),
        (
            "threat",
            _PLAIN_THREAT_MORE,
            "know knows ken kens find regret sorry happens get someone glass stab batter "
            "bottle torch deck",
        ),
        ("bullying", _PLAIN_SELF_HARM, "without still jumped jump thrown walk"),
        (
            "threat",
            _PLAIN_EXPOSING_MORE,
            "keep report reporting reported tell telling grass block ignore snitch unless "
            "trans called",
        ),
        (
            "sexual",
            _PLAIN_PRESSING_MORE,
            "send one mine liked loved trusted sit show keep teach passed easiest league",
        ),
        (
            "bullying",
            _PLAIN_SHUT_OUT,
            "group chat gc page club account poll leave vote votes voted voting",
        ),
        (
            "threat",
            _PLAIN_THREAT_PLAIN,
            "stab shank knife merk glass bottle jump batter leather murder windows window regret "
            "bring "
            "words back happens find warned screenshot shame careful last",
        ),
        (
            "bullying",
            _PLAIN_SHUT_OUT_MORE,
            "without know ours invited better impressions cringes hint quiet foodbank food "
            "benefits dole meals back same dress quieter nicer happier calmer easier best",
        ),
        (
            "bullying",
            _PLAIN_BACKHANDED,
            "shut wear hard year thrilled proud gym confidence toddlers babies it still "
            "whoever friend dark tune sing dance act rap play nothing",
        ),
        (
            "sexual",
            _PLAIN_LEERING_MORE,
            "leggings jeans skirt top dress shorts kit trousers bending work use go filled "
            "doors body tuition lessons help coursework essay homework finding desk rooms room",
        ),
        (
            "bullying",
            _PLAIN_SNEER,
            "list year anyone anybody finally papers press media took funny missing ones "
            "looks look knows nice lot again off hands",
        ),
        (
            "bullying",
            _PLAIN_LOOKS,
            "tracksuit dress lipstick leggings skirt wig uniform kit onesie waddling waddles "
            "waddle planks post ears bag face skip hedge bin ditch wall walks walk doorstop ramp "
            "table bump home goldfish candle waxwork horse donkey beaver prettier fitter cuter "
            "hotter looking ugly attractive ate eaten swallowed",
        ),
        (
            "identity_attack",
            _PLAIN_GROUP_MORE,
            "replacement words diversity quota token numbers bursary free benefits points "
            "girl woman lass lot own england britain wales scotland uk cage zoo pen normal "
            "white terrorist bomber dress wig skirt girls women lasses birds fans speak "
            "family families expect washer washing visas visa here came come comes",
        ),
        (
            "threat",
            _PLAIN_THREAT_VEILED_MORE,
            "wait waiting me think thing insurance walking walkin secret last us ruin lives "
            "knows know brave hard tough gobby mouthy cocky bold opp opps",
        ),
        (
            "bullying",
            _PLAIN_SELF_HARM_URGED,
            "deeper walk jump run bridges cliffs trains rope buildings tracks railway bridge "
            "canal stop whole ended end alive starve notice care miss relieved happier better",
        ),
        (
            "threat",
            _PLAIN_THREAT_MORE_2,
            "hard jumping next daylights thru through slash slashing slashed tyres tires stand",
        ),
        (
            "threat",
            _FOOTBALL_DISASTER,
            "munich ibrox hillsborough heysel 1985 enough wasnt istanbul snapped snaps broken "
            "breaks shattered snapping snaping crashes",
        ),
        (
            "identity_attack",
            _PLAIN_IDENTITY,
            "dress skirt wig pretending fairy kitchen kitchens eh sandwich needs sen disabled "
            "yourself urself themselves himself herself identify identifies identifying "
            "background culture community estate area country kind sort "
            "autistic wheelchair spec support musical fruity feet inclined camp butch dorothy "
            "loafers",
        ),
        (
            "bullying",
            _PLAIN_SHAMING,
            "cry screenshot screenshots screenshotted nudes leak chat groupchat gc invited wants "
            "friends mates pals sad depressed miserable unhappy dont don do voted decided agreed "
            "brave bold grass grasses snitch snitches rat lot unfollow block ignore unadd remove "
            "anyone any1 anybody sit sitting picks picked chose chooses liked finds find ruin "
            "voice face laugh accent want wanted",
        ),
        (
            "sexual",
            _PLAIN_PRESSING,
            "send know chart charts list lists ranking rankings table tables rating ratings most "
            "rate under tell add lift mature delete secret rank ranked girls lasses women lads "
            "boys birds",
        ),
        (
            "bullying",
            _PLAIN_CONTEMPT,
            "vermin animals rats cockroaches parasites scum trash rubbish filth pests subhuman "
            "savages plague disease taking useless incompetent pathetic clueless lazy melts "
            "muppets clowns idiots morons losers wasters wastemen weapons scrotes scallies "
            "numpties donkeys dossers halfwits imbeciles couldn couldnt "
            "qualified paid job money unbearable awful disgusting horrendous grim rank minging "
            "vile hideous gross repulsive imagine ugliest fattest thickest stupidest smelliest "
            "weirdest dumbest worst most nonces paedos pedos peados fiddlers people",
        ),
        (
            "threat",
            _PLAIN_EXPOSING,
            "pic pics picture pictures photo photos video videos vid vids screenshot screenshots "
            "nudes messages texts chat chats mum mam mom dad parents family boyfriend girlfriend "
            "tutor teacher boss everyone everybody principal police whole lives live address "
            "addy number word post comment message peep lie another keep",
        ),
        (
            "bullying",
            _PLAIN_PILE_ON,
            "insta instagram tiktok snap snapchat page account profile twitter fb facebook spam "
            "till until ring think pile add invite without same anyone",
        ),
        (
            "threat",
            _PLAIN_VEILED,
            "brakes brake tyres tires nuts car happens shame pity regret brother sister kids "
            "kid son daughter mum mam mom dad family nan gran which watch account hard tough "
            "brave big bring grass grassing snitch snitching tell telling report reporting "
            "tells grasses snitches reports reported grassed snitched",
        ),
        (
            "sexual",
            _PLAIN_LEERING,
            "rate rating begging own slide mean wonder give asking goer",
        ),
        (
            "threat",
            _PLAIN_THREAT_VEILED,
            "ik know talking running chatting mouthing good lucky careful hospital wheelchair "
            "box done last "
            "jumped battered stabbed shanked merked leathered glassed bottled knocked beaten "
            "decked hurt card marked smash smashing smashed kick kicking cave caving punch "
            "punching knock knocking teeth egg egging brick bricking key keying turning showing "
            "jump visit list",
        ),
        ("bullying", _PLAIN_SELF_HARM_MORE, "end bleach finished join favour favor"),
        (
            "bullying",
            _PLAIN_RANKING,
            "top ranking rating smash hottest body women girls females lasses birds lives sees "
            "see made making started new message dm text spam raid unfollow block ignore yous "
            "everyone",
        ),
        (
            "bullying",
            _PLAIN_PUT_DOWN,
            "advice were everyone everybody sorry bet coursework homework assignment essay cute "
            "thinking let imagine inbreds inbred branches language taffy embarrass",
        ),
        (
            "sexual",
            _PLAIN_SEXUAL_MORE,
            "send get show seeing bend nothing rating rate charge swallowing swallowed",
        ),
        (
            "threat",
            _PLAIN_DOXXING,
            "address addy postcode nudes spam spamming lives live sending send leak leaking "
            "report reporting without hashtag",
        ),
        (
            "identity_attack",
            _PLAIN_ABLEISM,
            "special sen short wheelchair deaf blind limpy crutches specky stutter stammer "
            "stroke hearing supported",
        ),
        (
            "identity_attack",
            _PLAIN_TRANSPHOBIA,
            "pants knickers trousers boxers name call calling use he she bloke man geezer girl "
            "lass identify identifies identifying",
        ),
        (
            "identity_attack",
            _PLAIN_HATE_CODED,
            "jungle go dinghy boats mosque church synagogue temple gurdwara mandir burn torch "
            "deport ship send "
            "bomb holocaust munich hillsborough heysel ibrox should country rob steal nick "
            "pinch thieve take",
        ),
        (
            "bullying",
            _PLAIN_CALM_MORE,
            "adding inviting asking telling including pick choose charity makes brave imagine "
            "easy large simplified picture subtitles properly english normal want suit asda "
            "primark lidl aldi tesco poundland shein temu market divorce break breakup crisis "
            "fancies yet more expecting expect stammers stutters stammering stuttering shape "
            "means flight roaster brewery wets except apart add invite mute mutes leaves groans "
            "cringes switches tunes zones rolls annoying irritating grating ugly unbearable "
            "painful",
        ),
        (
            "threat",
            _PLAIN_THREAT_QUIET,
            "need saying sayin all happens make watch along see wouldn wouldnt would easy easier "
            "proper bottle unless know put estate shame ambulance walking raped stabbed killed "
            "murdered beaten battered attacked jumped shot hanged lynched gassed burned burnt",
        ),
        (
            "bullying",
            _PLAIN_SELF_HARM_URGED_QUIET,
            "ended kill killed top topped given bridge cliff cliffs railway tracks canal roof "
            "moaning going banging whinging crying properly",
        ),
        (
            "identity_attack",
            _PLAIN_GROUP_QUIET,
            "racist homophobic sexist transphobic bradford luton pakistan londonistan baghdad "
            "kabul mogadishu lagos bucharest third romanians gypsies gipsies travellers pikeys "
            "albanians immigrants foreigners polish poles whose jew jewish jews owns runs "
            "controls burn burning already toilet toilets loo changing dress skirt wig pronouns "
            "genders period rag blob belong belongs zoo circus madhouse asylum farm mental sit "
            "beards corner bats bat dogs dog cats cat white words inbred nobody treated home "
            "back robbing nicking stealing thieving robbed nicked stole typical",
        ),
        (
            "sexual",
            _PLAIN_SEXUAL_QUIET,
            "stay whoever else skirt dress top leggings jeans shirt trousers legs bum arse "
            "ranking frigid asked league rankings rating ratings asking",
        ),
        (
            "bullying",
            _PLAIN_SHUT_OUT_QUIET,
            "you youre ur new bother one tries trying ruins luxury considering only accent see "
            "imagine arms legs thighs teeth skin starve nobody room place",
        ),
        (
            "threat",
            _PLAIN_THREAT_HINTED,
            "know got getting screenshots end shame wait watch find stay kicked",
        ),
        (
            "identity_attack",
            _PLAIN_GROUP_HINTED,
            "english wanting watch watchlist surnames wonder count free boats catholics "
            "protestants muslims jews taigs huns fenians prods blacks asians gays nae rammed "
            "shoved forced woman pronouns ideology they tate wheelchair deaf blind autistic "
            "spastic sen anxiety depression adhd autism health disability dyslexia ptsd special "
            "hate flights flight curry smell stink smells stinks making",
        ),
        (
            "sexual",
            _PLAIN_SEXUAL_HINTED,
            "send want vid video pic pics photo photos footage sent got",
        ),
        (
            "bullying",
            _PLAIN_MOCKING,
            "stutter stutters stammer stammers stuttering stammering understand came come learn "
            "country send english sounds sound sounded sounding talks speaks afford",
        ),
        ("bullying", _PLAIN_UNWANTED, "notice awkward better nicer easier happier fun"),
        ("threat", _PLAIN_DOXXED, "know knows found keep"),
        (
            "identity_attack",
            _PLAIN_GROUP_SENT_BACK,
            "fake next learn hijabi hijabis muzzie muzzies muslim muslims",
        ),
        ("sexual", _PLAIN_PIC_ASKED, "send"),
        ("bullying", _PLAIN_SNEERED_AT, "back think got diversity token hire"),
    )
)
# Each word of the families' sets, and the families (by place in _PLAIN_WORDS) it lets
# run: a post's words look their families up once, in place of a set test per family.
_FAMILIES_OF_WORD: dict[str, tuple[int, ...]] = {}
for _i, (_label, _pattern, _needs) in enumerate(_PLAIN_WORDS):
    for _word in _needs:
        _FAMILIES_OF_WORD[_word] = (*_FAMILIES_OF_WORD.get(_word, ()), _i)
# Each family's pattern read branch by branch, each branch only where its words are.
_PLAIN_SPLIT = Alternations([Alternation(_pattern) for _, _pattern, _ in _PLAIN_WORDS])


@dataclass(frozen=True, slots=True)
class _Term:
    label: str
    score: float
    term: str


@cache
def _lexicon() -> tuple[_Term, ...]:
    text = resources.files("policyguard.screening.data").joinpath("abuse_lexicon.txt")
    terms = []
    for line in text.read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            label, score, term = line.split("\t")
            term = term.strip()
            terms.append(_Term(label, float(score), term))
            if label == "threat":
                terms += [_Term(label, float(score), t) for t in threat_spellings(term) - {term}]
    return tuple(terms)


# How a threat's "I'll" / "I'm going to" and "you" are written in text speak and dialect.
_THREAT_OPENINGS = {
    "i'll ": ("ill ", "i'l ", "imma ", "ima ", "i'ma ", "im gonna ", "i'm gonna ", "i'm gunna "),
    "i will ": ("ill ", "imma ", "ima "),
    "gonna ": ("gunna ", "gona ", "gonnae "),
}
_THREAT_YOU = {"you": ("u", "ya"), "your": ("ur", "yer")}


def threat_spellings(term: str) -> set[str]:
    """``term`` and its text-speak spellings when it opens with "I'll", "I will" or
    "gonna": "i'll kill you" as "ill kill u", "imma kill ya", "gunna smash ur face in"
    (each opening with each way of writing "you")."""
    if not term.startswith(tuple(_THREAT_OPENINGS)):
        return {
            term
        }  # ("watch your back" alone asks review in plain words: "u best watch ur back")
    spelled = {term}
    for opening, others in _THREAT_OPENINGS.items():
        if term.startswith(opening):
            spelled |= {other + term[len(opening) :] for other in others}
    for word, others in _THREAT_YOU.items():
        spelled |= {
            " ".join(other if w == word else w for w in t.split(" "))
            for t in set(spelled)
            for other in others
        }
    return spelled


REVIEW_LINE = 0.5
COUNTER_SPEECH_CAP = 0.45
# Where the content rule blocks by default (``content.abuse``'s ``block_at``): a level at
# or over it asks a block, one at or over REVIEW_LINE a review, one under it nothing.
BLOCK_LINE = 0.9
# Under the review line a finding keeps its level, raised by the model's probability times
# this (less than a hundredth: the levels there are 0.05 apart); at review, a finding's
# score is the model's (never under the line), and at a block, the line plus the model's
# probability times BLOCK_SPREAD, so that the score orders posts by how abusive the model
# reads them while the outcome stays the term's.
TIE_BREAK = 0.009
BLOCK_SPREAD = 0.09
# What bullying, threats and sexual remarks in plain words score, and an attack on a group
# that a post quotes in order to oppose it: a review, under the block line.
REVIEW_LEVEL = 0.75


def placed(level: float, model_score: float, probability: float) -> float:
    """A lexicon or pattern finding's score: its ``level`` decides the outcome it asks
    (block at BLOCK_LINE or over, review at REVIEW_LINE or over, nothing under it), and
    the model's reading of the whole post (``model_score`` on the common scale, which
    stays under 0.85, and ``probability``) orders posts within that outcome."""
    if level >= BLOCK_LINE:
        # (never under the term's own level: a pack that blocks at 0.95 still blocks a
        # term of 0.95)
        return round(max(level, BLOCK_LINE + BLOCK_SPREAD * probability), 4)
    if level >= REVIEW_LINE:
        return round(max(model_score, REVIEW_LINE + TIE_BREAK * probability), 4)
    return round(min(1.0, level + TIE_BREAK * probability), 4)


class AbuseDetector:
    """Lexicon, identity-attack patterns and (when built) the trained model.

    ``model``: the bundled model (default), another :class:`AbuseModel`, or None for
    lexicon only. ``extra_terms``: label -> terms a pack adds (scored 0.8).
    """

    name = "abuse"

    def __init__(
        self,
        *,
        model: AbuseModel | bool | None = True,
        extra_terms: Mapping[str, Sequence[str]] | None = None,
    ) -> None:
        self._model = bundled_model() if model is True else (model or None)
        terms = list(_lexicon())
        for label, words in (extra_terms or {}).items():
            terms += [_Term(label, 0.8, fold(w)) for w in words]
        self._automaton = ahocorasick.Automaton()
        for term in terms:
            # The leet fold turns digits and some symbols into letters; so must the terms.
            key = term.term.translate(LOOKALIKES)
            current = self._automaton.get(key, None)
            if current is None or current.score < term.score:
                self._automaton.add_word(key, term)
        self._automaton.make_automaton()
        # Single-word terms by length, for words with letters starred out ("b*tch").
        self._by_length: dict[int, list[str]] = {}
        for term in terms:
            if term.term.isalpha():
                self._by_length.setdefault(len(term.term), []).append(term.term)

    @property
    def model(self) -> AbuseModel | None:
        return self._model

    def detect(self, text: str) -> list[Detection]:
        return self._detect(text)[0]

    def rate(self, text: str) -> float:
        """The post's abuse score on the common scale, as :meth:`detect`'s strongest
        finding gives it (a term's outcome, placed within it by the model: ``placed``),
        except that the model's score counts however low it is (a finding needs 0.3): a
        ranking of every post, for measuring (AUC)."""
        found, model_score = self._detect(text)
        return max(abuse_score(found), model_score)

    def _detect(self, text: str) -> tuple[list[Detection], float]:
        """(the findings, the model's score whether or not it makes a finding)."""
        plain = fold(text)
        folded = plain.translate(LOOKALIKES)
        if "*" in plain:
            folded = self._unstarred(plain, folded)
        found = list(self._lexicon_hits(text, folded))
        if TRIPLED_LETTER.search(folded):  # whether _STRETCHED matches at all: quicker
            found.extend(self._stretched_hits(text, folded))
        if _SPELLED_LOOK.search(folded):
            found.extend(self._spelled_hits(text, folded))
        words = frozenset(WORDS.findall(plain))  # for the set tests of the passes below
        # (the lookalikes' words too, and a word before a comma: "Kurds, Syrians, ...")
        if not _GROUP_WORDS.isdisjoint(words) or (
            folded != plain and not _GROUP_WORDS.isdisjoint(WORDS.findall(folded))
        ):
            found.extend(self._identity_attacks(text, plain))
            if folded != plain:  # "d1rty j3w": read with the lookalikes too
                found.extend(self._identity_attacks(text, folded))
        found.extend(self._plain_bullying(text, plain, words))
        found = remove_overlaps(found)
        if (
            found
            and (_REPORTING.search(plain) or counter_speech().search(plain))
            and not taken_back(plain)
        ):
            found = _mentioned_all(found, plain)
        innocent = innocent_spans(plain, text, words)
        if innocent:
            # "A pair of great tits nesting", "Dutch hoe", "spotted dick": not abuse, and
            # the model does not read those words either. An attack on a group is cleared
            # by no word's other sense; quoted in a post against it ('Anti-Bullying Week:
            # "go back to where you came from" ... Words hurt') it asks a person to look
            # instead of blocking, since quotation marks and a hashtag cost an attacker
            # nothing.
            quoted = mentions(plain) if any(d.label == "identity_attack" for d in found) else []
            found = [
                _quoted_attack(d)
                if d.label == "identity_attack"
                and any(d.start < end and start < d.end for start, end in quoted)
                else d
                for d in found
                if d.label == "identity_attack"
                or not any(d.start < end and start < d.end for start, end in innocent)
            ]
        model_score = probability = 0.0
        if self._model is not None:
            # (as model_reading(text), and without the words a post names to report them)
            unread = [*innocent, *((d.start, d.end) for d in found if "mentioned" in d.detail)]
            read = blank(text, unread) if unread else text
            model_score, hit, probability = self._model_hit(text, lexicon_signal(found), read)
            if found:
                # A term's level says which outcome it asks at least; the model's reading of
                # the whole post places it within that outcome ("fucking brilliant result"
                # near the review line, "fuck you" far above it).
                found = [replace(d, score=placed(d.score, model_score, probability)) for d in found]
            found.extend(hit)
        labels = {d.label for d in found}
        # (the model's reading alone too, where love is said: "love ye to bits ya wee
        # bampot, happy 18th"; not a birthday's wishes alone, which sarcasm wears too)
        fond = (
            _FONDNESS.search(plain) or (_banter(plain, found) if model_score < BLOCK_LINE else None)
            if "insult" in labels and labels <= _TEASING
            else _LOVE_SAID.search(plain)
            if labels and labels <= _TEASING
            else None
        )
        insults = [d for d in found if d.label == "insult"]
        if (
            fond is None
            and labels <= _TEASING
            # (a mild name found, said of someone else: not model-only spite, "nobody would
            # miss her if she left, love her tho", nor "you're a clown, love him though";
            # the second review of the forty-first session)
            and insults
            and all(d.match.lower() in _MILD_NAMES for d in insults)
            and not _SAID_TO_YOU.search(plain)
            and model_score < BLOCK_LINE
        ):
            fond = _LOVE_THIRD.search(plain)
        if (
            fond is None
            and labels <= _TEASING
            # (every word read, the model's evidence too, a mild one: not "Thinking of you
            # Noah. Your family are dirty gypsies", the review)
            and found
            and all(d.match.lower() in _FOND_OF_THE_DEAD for d in found)
            and model_score < BLOCK_LINE
            and _GLOATING.search(plain) is None
        ):
            # the dead remembered fondly, a mild word of theirs or about them ("Silly sod,
            # he'd have told us to get the kettle on. Rest easy Mr Hughes", "soppy buggers
            # ... Thinking of you all", ordinary probe 277)
            fond = _GRIEF.search(plain)
        if fond:
            # friends teasing: shown, not sent to review, and the finding says why
            found = [
                replace(
                    d,
                    score=min(d.score, placed(MENTION_LEVEL, model_score, probability)),
                    detail={**d.detail, "fondness": f"said fondly ({fond.group(0)})"},
                )
                for d in found
            ]
            model_score = min(model_score, MENTION_LEVEL)
        joking = _JOKING.search(plain) if "threat" in labels else None
        if joking and not _NOT_JOKING.search(plain):
            # "im gonna kill you for posting that pic (jk its cute)", "watch your back...
            # we've stuck a birthday sign on it 😂": a threat said with a joke's marks is
            # held for a person to read, not blocked (a real one said with "lol" still
            # reaches them)
            found = [
                replace(
                    d,
                    score=min(d.score, placed(JOKED_LEVEL, model_score, probability)),
                    detail={**d.detail, "joking": f"said with a joke's mark ({joking.group(0)})"},
                )
                if d.label == "threat" and not _SELF_HARM_URGED.search(d.match.lower())
                else d
                for d in found
            ]
        if any(d.score >= BLOCK_LINE for d in found) and not taken_back(plain):
            # (not in a post that takes it back: '"Retard" - that's what you are', 'Calling
            # people "p*ki" is not banter. Its true.')
            quoted = quotations_not_aimed(plain)
            if quoted:
                # 'the word "coon" on Victorian posters', 'someone wrote "dyke" on my
                # locker', 'not the "Paki shop"': a word of abuse in quotation marks, said
                # of nobody just before them, is as often named to oppose it as used (the
                # counter-speech probes): held for a person to read, not blocked. Said of
                # someone ('ur such a "gyppo"') it still blocks.
                found = [
                    replace(
                        d,
                        score=min(d.score, placed(QUOTED_LEVEL, model_score, probability)),
                        detail={
                            **d.detail,
                            "quoted": "in quotation marks, said of nobody: a person decides",
                        },
                    )
                    if d.score >= BLOCK_LINE
                    and any(start <= d.start and d.end <= end for start, end in quoted)
                    and not _SELF_HARM_URGED.search(d.match.lower())
                    else d
                    for d in found
                ]
        return found, model_score

    def _unstarred(self, plain: str, folded: str) -> str:
        """``folded`` with each word whose letters are partly starred out ("b*tch",
        "sp*stic", "c**t") spelled as the one lexicon term it can be (same length, the
        same letters where they show); offsets unchanged. A starred word that fits no
        term, or more than one, stays as the lookalike fold reads it ("f*ck": "fuck")."""
        chars = list(folded)
        for m in _STARRED.finditer(plain):
            word = m.group()
            stars = word.count("*")
            if stars * 2 > len(word):
                continue  # more stars than letters: anything at all
            if stars * 2 == len(word) and word.startswith("**"):
                continue  # markdown's bold ("**OK, I've voted"), not two letters starred out
            if len(word) > 2 and word[0] == word[-1] == "*" and "*" not in word[1:-1]:
                continue  # emphasis ("there is *no* speculation"), not letters starred out
            shape = re.compile(re.escape(word).replace(r"\*", "[a-z]"))
            fits = {t for t in self._by_length.get(len(word), ()) if shape.fullmatch(t)}
            if len(fits) == 1:
                chars[m.start() : m.end()] = fits.pop()
        return "".join(chars)

    def _lexicon_hits(
        self, text: str, folded: str, offsets: Sequence[int] = ()
    ) -> Iterator[Detection]:
        for end_index, term in self._automaton.iter(folded):
            end = end_index + 1
            start = end - len(term.term)
            if start > 0 and is_word_char(folded[start - 1]):
                continue
            if end < len(folded) and is_word_char(folded[end]):
                continue
            score, label = term.score, term.label
            real_start = offsets[start] if offsets else start
            real_end = offsets[end - 1] + 1 if offsets else end
            span = text[real_start:real_end]
            if 2 * sum(c.isalpha() for c in span) < len(span):
                continue  # mostly digits or symbols: "A55", "455", not "a55"-as-"ass"
            if (
                label == "insult"
                and (
                    _TARGET.search(folded[max(0, start - 40) : start])
                    or _AIMED_AT_NAME.search(text[max(0, real_start - 40) : real_start])
                    or (
                        _aimed_at_first_name(text[max(0, real_start - 40) : real_start])
                        and _CLAUSE_END.match(folded, end)  # not "Tom is a fool for chocolate"
                    )
                    or _exclaimed(folded, start, end)
                    or _LIKE_YOU.match(folded, end)
                    or (_ALL_YOU_ARE.match(folded, end) and not _FOND.search(folded))
                    or (_LOT_OF_YOU.match(folded, end) and not _FOND.search(folded))
                    or (
                        _FANS_BARE.search(folded[max(0, start - 40) : start])
                        and _CLAUSE_END.match(folded, end)
                    )
                    or (
                        _OF_A.match(folded, end)
                        and not folded.endswith("the ", max(0, start - 4), start)
                    )
                    or (
                        _ROLE_TARGET.search(folded[max(0, start - 90) : start])
                        and (_CLAUSE_END.match(folded, end) or _THEN_PLURAL.match(folded, end))
                    )
                    or (
                        _RETORT.search(folded[max(0, start - 30) : start])
                        and _CLAUSE_END.match(folded, end)
                    )
                )
            ):
                score = 0.8
            elif score < 0.3:
                continue  # an everyday word first ("grass", "knob"): an insult only when aimed
            yield Detection(
                label, real_start, real_end, text[real_start:real_end], score, self.name
            )

    def _stretched_hits(self, text: str, folded: str) -> Iterator[Detection]:
        # "fuuuuck" -> "fuck": squeeze runs of 3+ letters and keep where each came from.
        squeezed, offsets = [], []
        for i, char in enumerate(folded):
            if i >= 2 and char == folded[i - 1] == folded[i - 2] and char.isalpha():
                continue
            squeezed.append(char)
            offsets.append(i)
        twice = "".join(squeezed)
        yield from self._lexicon_hits(text, twice, offsets)
        once, once_offsets = _squeeze_pairs(twice, offsets)
        yield from self._lexicon_hits(text, once, once_offsets)

    def _spelled_hits(self, text: str, folded: str) -> Iterator[Detection]:
        """Terms spelled out a letter at a time ("the c u n t", "ur a s l a g"): each run
        of single letters read as one word, again without a first "a" or "i" that may be
        a word of its own, and without a last letter doubled for effect ("T W A T T");
        only hits within a run count."""
        for m in _SPELLED.finditer(folded):
            starts = [m.start()]
            if folded[m.start()] in "ai" and m.end() - m.start() >= 7:
                starts.append(m.start() + 2)
            # The run with the words just around it (an insult's aim is read from the 40
            # characters before it), not the whole post again for every run.
            left, right = max(0, m.start() - 45), min(len(folded), m.end() + 25)
            for start in starts:
                letters = [i for i in range(start, m.end()) if folded[i].isalpha()]
                spellings = [letters]
                if len(letters) >= 4 and folded[letters[-1]] == folded[letters[-2]]:
                    spellings.append(letters[:-1])  # "T W A T T"; "u s e l e s s" as it is
                for kept in spellings:
                    offsets = [*range(left, start), *kept, *range(m.end(), right)]
                    joined = folded[left:start] + "".join(folded[i] for i in kept)
                    joined += folded[m.end() : right]
                    hits = [
                        hit
                        for hit in self._lexicon_hits(text, joined, offsets)
                        if start <= hit.start and hit.end <= m.end()
                    ]
                    yield from hits
                    if hits:
                        break

    def _plain_bullying(
        self, text: str, folded: str, words: frozenset[str] | None = None
    ) -> Iterator[Detection]:
        """Bullying, threats and harassment in plain words (``_PLAIN_WORDS``): someone
        told that they are shut out, laughed at or should go, threatened, or remarked on
        sexually: a review (0.75), never a block alone."""
        if words is None:
            words = frozenset(WORDS.findall(folded))
        if "(((" in folded:
            # "(((people)))": the echo that marks a name or a word as Jewish, to hate it
            for m in _ECHO.finditer(folded):
                yield Detection(
                    "identity_attack",
                    m.start(),
                    m.end(),
                    text[m.start() : m.end()],
                    REVIEW_LEVEL,
                    self.name,
                )
        for label, pattern, needed in (
            ("identity_attack", _EMOJI_DISGUST, "\u200d\U0001f308" in folded),
            ("bullying", _EMOJI_INSULT, any(c in folded for c in _INSULT_EMOJI)),
        ):
            for m in pattern.finditer(folded) if needed else ():
                yield Detection(
                    label, m.start(), m.end(), text[m.start() : m.end()], REVIEW_LEVEL, self.name
                )
        taunt = ape_taunt(text, folded)
        if taunt:
            yield Detection(
                "identity_attack",
                taunt.start(),
                taunt.end(),
                text[taunt.start() : taunt.end()],
                REVIEW_LEVEL,
                self.name,
            )
        against: bool | None = None  # whether the post speaks against abuse (read once)
        families = _FAMILIES_OF_WORD
        wanted = sorted({i for word in words if word in families for i in families[word]})
        # (the strings every family's branches need, found in one pass for all of them)
        strings = _PLAIN_SPLIT.found(folded) if wanted else set()
        for i in wanted:
            label, pattern, _ = _PLAIN_WORDS[i]
            for m in _PLAIN_SPLIT.finditer(i, folded, strings):
                if pattern in _SPOKEN_AGAINST:
                    if against is None:
                        against = counter_speech().search(folded) is not None
                    if against:
                        # 'Consent week: "she was asking for it" is victim-blaming', "if
                        # someone says no need to tell your mum, that's grooming"
                        break
                if label == "threat" and _DESCRIBED.search(
                    folded, max(0, m.start() - 40), m.start()
                ):
                    continue  # "if someone threatens to leak your pictures unless you pay, ..."
                if _cleared_by_context(m.group(), folded):
                    continue  # "bet she's a right goer" of a Mini being tuned
                yield Detection(
                    label, m.start(), m.end(), text[m.start() : m.end()], REVIEW_LEVEL, self.name
                )

    def _identity_attacks(self, text: str, folded: str) -> Iterator[Detection]:
        for m in _IDENTITY_ATTACK.finditer(folded):
            if _negated(folded, m) or _NOT_PEOPLE.search(folded):
                continue
            before = folded[max(0, m.start() - 60) : m.start()]
            sentence = re.split(r"[.!?\n]", before)[-1]
            reported = _REPORTED.search(sentence)
            yield Detection(
                "identity_attack",
                m.start(),
                m.end(),
                text[m.start() : m.end()],
                REVIEW_LEVEL if reported else 0.9,
                self.name,
                {"reported": f"said by others ({reported.group(0)}): a person should look"}
                if reported
                else {},
            )
        for m in _IDENTITY_SOFT.finditer(folded):
            if _negated(folded, m) or _NOT_PEOPLE.search(folded):
                continue
            yield Detection(
                "identity_attack",
                m.start(),
                m.end(),
                text[m.start() : m.end()],
                REVIEW_LEVEL,
                self.name,
            )

    def _model_hit(
        self, text: str, lexicon_score: float, read: str
    ) -> tuple[float, list[Detection], float]:
        """The model's score for ``text``, which it reads as ``read`` (the same text
        with words in an innocent sense blanked out, offsets unchanged), its detection
        (none under 0.3) and its probability that the post is abusive."""
        assert self._model is not None
        logit, opinion = self._model.logit_and_opinion(read, lexicon_score)
        probability = 1 / (1 + math.exp(-logit))
        score = self._model.score(probability)
        if score < 0.3:
            return score, [], probability
        detail = {
            "probability": f"{probability:.3f}",
            "source": "model" if opinion is None else "model and encoder",
        }
        if score >= REVIEW_LINE and lexicon_score < REVIEW_LINE:
            marker = counter_speech().search(fold(text))
            if marker and opinion is None:
                opinion = self._model.second_opinion(read)  # not run for the blend
            if marker and opinion is not None and opinion < 0:
                # "Racist abuse has no place here": naming abuse to oppose it. The
                # transformer reads the whole post as not abusive, and no explicit term
                # says otherwise, so the word-level guess stays under the review line.
                score = min(score, COUNTER_SPEECH_CAP)
                detail["counter_speech"] = marker.group(0)
                detail["encoder_logit"] = f"{opinion:.2f}"
        start, end = self._model_evidence(text, read)
        score = round(score, 4)
        hit = Detection("abusive_language", start, end, text[start:end], score, self.name, detail)
        return score, [hit], probability

    def _model_evidence(self, text: str, read: str) -> tuple[int, int]:
        """Where the model's finding points in ``text``: the run of words its student
        weighs most (the student carries most of the decision, and reads words in order:
        "talentless clowns"); without the student, the word that weighs most in the
        n-gram part; the whole post when neither finds a word that raises the score."""
        assert self._model is not None
        span = self._model.student_evidence(read) or ngram_evidence(self._model, read)
        return span or (0, len(text))


def ape_taunt(text: str, folded: str) -> re.Match[str] | None:
    """Apes' or monkeys' emoji beside someone in ``folded`` (``_APE_TAUNT``; "the new lad",
    "him", a first name in ``text``), not in a post about the animals or one's own child."""
    if not any(c in folded for c in _APES):
        return None
    taunt = _APE_TAUNT.search(folded)
    if taunt is None or _APES_INNOCENT.search(folded):
        return None
    start, end = max(0, taunt.start() - 40), taunt.end() + 40
    if _APE_TARGET.search(folded, start, end) or any(
        is_first_name(m.group()) for m in _CAPITALISED_WORD.finditer(text, start, end)
    ):
        return taunt
    return None


def _negated(folded: str, m: re.Match[str]) -> bool:
    """Whether an attack on a group at ``m`` is taken back by a word within it or just
    before it ("Nigerians aren't scroungers", "must never send Syrians back")."""
    return bool(
        _NEGATED_WITHIN.search(_OWN_NEGATION.sub("", m.group()))
        or _NEGATED_BEFORE.search(folded, max(0, m.start() - 25), m.start())
    )


def _mentioned_all(found: list[Detection], folded: str) -> list[Detection]:
    """:func:`_mentioned` for each of ``found``; a word listed after one so named is named
    too ('called a slag or a slut', 'words like "dyke" and "poof"')."""
    held: list[Detection] = []
    last_end = -1
    for d in sorted(found, key=lambda d: d.start):
        d = _mentioned(d, folded)
        if (
            "mentioned" not in d.detail
            and 0 <= last_end <= d.start
            and _LISTED_AFTER.fullmatch(folded, last_end, d.start)
        ):
            d = replace(
                d,
                score=min(d.score, MENTION_LEVEL),
                detail={**d.detail, "mentioned": "named to report or oppose it"},
            )
        if "mentioned" in d.detail:
            last_end = d.end
        held.append(d)
    return held


def _mentioned(found: Detection, folded: str) -> Detection:
    """``found``, held under the review line when the post names the word to report or
    oppose it (``_MENTIONED_BEFORE``), or quotes it after a verb of saying ('kept
    shouting "wog" at the telly', 'I used "retard" in a tweet')."""
    start = found.start
    quote = max(found.match.find('"'), found.match.find("\u201c"))
    if quote > 0:
        # 'called Jews "vermin"': the finding runs into the quotation it names
        start = found.start + quote + 1
    aimed = _AIMED_BEFORE.search(folded, max(0, start - 30), start)
    if aimed and not _QUOTED_AFTER_SAYING.search(
        folded, max(0, aimed.start() - 40), aimed.start() + 1
    ):
        # 'You're a faggot isn't banter': said of someone, whatever follows (not a quotation
        # reported: 'when I hear "you're such a spacker" I stop the lesson')
        return found
    if (
        _MENTIONED_BEFORE.search(folded, max(0, start - 40), start)
        or _MENTIONED_AFTER.match(folded, found.end)
        or _QUOTED_AFTER_SAYING.search(folded, max(0, start - 120), start)
        or (aimed is not None)
    ):
        return replace(
            found,
            score=min(found.score, MENTION_LEVEL),
            detail={**found.detail, "mentioned": "named to report or oppose it"},
        )
    return found


def _quoted_attack(found: Detection) -> Detection:
    """An attack on a group quoted in a post against abuse: a review, not a block."""
    return replace(
        found,
        score=min(found.score, REVIEW_LEVEL),
        detail={**found.detail, "quoted": "in a post against abuse: a person should look"},
    )


def _aimed_at_first_name(before: str) -> bool:
    """Whether ``before`` ends "<first name> is (a ...)" or "<first name>'s (such a ...)"
    at a sentence's start, a first name our lists know ("Jordan is an absolute berk",
    "Harry's such a wimp"; not "Macbeth is a traitor")."""
    m = _FIRST_NAME_AIM.search(before)
    return m is not None and is_first_name(m.group("first"))


def _exclaimed(folded: str, start: int, end: int) -> bool:
    """Whether the insult at ``folded[start:end]`` is a sentence of its own, said of
    someone ("Absolute numpty.", "Proper saddo!", "... Total muppet", "Actual melt.")."""
    return bool(
        _EXCLAIMED.search(folded[max(0, start - 30) : start]) and _SENTENCE_END.match(folded, end)
    )


def ngram_evidence(model: AbuseModel, read: str) -> tuple[int, int] | None:
    """Where in ``read`` the word lies that weighs most in ``model``'s n-gram part (the
    evidence without the student), or None when no word raises the score."""
    strongest = model.strongest_word(read)
    if strongest is None:
        return None
    m = re.search(rf"(?<!\w){re.escape(strongest.word)}(?!\w)", fold(read))
    return m.span() if m else None


def model_reading(text: str) -> str:
    """``text`` as the model reads it: words in an innocent sense blanked out (the
    training script reads its posts so too)."""
    innocent = innocent_spans(fold(text), text)
    return blank(text, innocent) if innocent else text


def _squeeze_pairs(text: str, offsets: list[int]) -> tuple[str, list[int]]:
    chars, kept = [], []
    for i, char in enumerate(text):
        if i and char == text[i - 1] and char.isalpha():
            continue
        chars.append(char)
        kept.append(offsets[i])
    return "".join(chars), kept


def lexicon_signal(detections: Iterable[Detection]) -> float:
    """What the lexicon tells the model: its strongest score where that reaches the review
    line (0.5: profanity, slurs, threats, aimed insults), else 0. A lone insult word or a
    mild one ("crap") says little about a post ("the printer is useless"), and the model
    has its own features for words."""
    score = abuse_score(detections)
    return score if score >= REVIEW_LINE else 0.0


def abuse_score(detections: Iterable[Detection]) -> float:
    """The post's abuse score: the strongest detection's (0.0 when there is none)."""
    return max((d.score for d in detections), default=0.0)
