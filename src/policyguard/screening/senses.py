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
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

from policyguard.screening.base import WORDS, sentence_around, word_set
from policyguard.screening.names import is_first_name
from policyguard.screening.prefilter import gated

# Compounds whose word is never the insult, matched on folded (lower-case) text; each
# with the words of which one must be among the post's words before its pattern is
# tried (a set test: most posts hold none).
# Baking said beside a bake's name ("fat rascals"): made, sold, a recipe, a stall.
_BAKING = (
    r"(?:bak\w*|recipes?|stalls?|sale|sold|made|make|oven|tray|batch|scones?|teacakes?|"
    r"caf[eé]|tea\s*room|yorkshire|bettys)"
)
# Cocktails said beside a cocktail's name ("Sex on the Beach", "Slippery Nipples").
_DRINKS = r"(?:cocktails?|martinis?|mocktails?|mixology|bartend\w*|drinks?\s+menu)"
# Not had, wanted or done: "have sex on the beach", "your slippery nipples" (the review of
# the thirty-eighth session).
_NOT_A_DRINK_BEFORE = (
    r"(?<!\bhave\s)(?<!\bhad\s)(?<!\bhaving\s)(?<!\bwant\s)(?<!\bwanna\s)(?<!\bfor\s)"
    r"(?<!\bsome\s)(?<!\byour\s)(?<!\bher\s)(?<!\bhis\s)(?<!\bmy\s)(?<!\btheir\s)"
)
# The body's parts named in a lesson: "know where the cervix is for the exam".
_BODY_PARTS = (
    "penis|penises|testes|testicles|vagina|vaginas|vulva|cervix|anus|rectum|scrotum|uterus"
)
_ANATOMY_LESSON = (
    r"(?:exams?|revise|revision|anatomy|reproductive|biology|diagrams?|label|systems?|organs?|"
    r"screening|physiology|a&p|gcse|btec|a\s+level|lesson|lecture)"
)
# Not someone's: the word before is no possessive ("ur", "your", "her", "jade's").
_NOBODYS = (
    r"(?<!\bur\s)(?<!\byour\s)(?<!\byer\s)(?<!\bhis\s)(?<!\bher\s)(?<!\bmy\s)(?<!\bme\s)"
    r"(?<!\bus\s)(?<!\btheir\s)(?<!'s\s)(?<!\bs\s)(?<!\bur\s)"
)
# Said of a whole post before "dyke" may be read as pride: nobody spoken to or jeered at
# (the review of the forty-fourth session: "she's always been a butch dyke", "the dykes
# think everyone fancies them").
_DYKE_PRIDE_GUARD = (
    r"^(?![\s\S]*\b(?:you|ur|ya|ugly|hairy|butch|minger\w*|faces?|fancies|disgust\w*|freaks?|"
    r"couldn'?t\s+get|all\s+the|figures|lol|lmao|should|needs?\s+to|ban\w*|lock\w*|shot|shoot\w*|"
    r"cancel\w*|shut|vile|sick|abomination|pervert\w*|predator\w*|nonces?|away\s+from|kids|"
    r"batter\w*|kill\w*|hate\w*|drives?\s+into)\b|[\s\S]*\?)[\s\S]*?"
)
# Said of a whole post before a mild word is read as harmless: no threat in it (the review
# of the forty-fourth session: "Didn't see a damn thing but you'll pay for it tomorrow").
_NO_THREAT_GUARD = (
    r"^(?![\s\S]*\b(?:(?:i'?ll|i\s+will|gonna|we'?ll)\s+(?:find|get|sort|batter|kill|smash|deck|do|"
    r"end|hurt|see|come)|you'?ll\s+(?:pay|regret|see|get)|pay\s+for|find\s+you|sort\s+you|"
    r"coming\s+(?:round|for)|grass\w*|batter\w*|kill\w*|smash\w*)\b)[\s\S]*?"
)
_PHRASES: tuple[tuple[str, str], ...] = (
    (
        "tit tits",
        r"(?:blue|coal|long-tailed|long tailed|marsh|willow|crested|bearded|penduline)\s+"
        r"(?P<w>tits?)\b",
    ),
    (
        "dick",
        r"\b(?:moby|spotted)\s+(?P<w>dick)\b",
    ),
    (
        "dick",
        r"\b(?:philip\s+k\.?|p\.\s*k\.)\s+(?P<w>dick)\b",
    ),
    (
        "dick",
        r"\b(?P<w>dick)\s+(?:whittington|turpin|king-smith|van dyke)\b",
    ),
    (
        "hoe hoes",
        r"\b(?:dutch|draw|push|stirrup|onion|hand|swan-neck|swan neck)\s+(?P<w>hoes?)\b"
        # the verb, with what is hoed: "hoe the beds before you plant", "hoe between the
        # rows" (said to "you" or not)
        r"|\b(?P<w2>hoe)\s+(?:(?:the|your|ur|my|our|them|it|up|out|off|between|round|"
        r"around|along|down)\s+){1,2}(?:\w+\s+)?(?:beds?|rows?|weeds?|veg|patch|plot|"
        r"borders?|onions|carrots|kale|leeks|brassicas|soil|ground|allotment|garden|spuds|"
        r"potatoes|drills?|seedbeds?)\b",
    ),
    # Who loses a game or a bet: "loser of the five-a-side buys the pieces", "losers pay
    # for the pizza" (not "you're a loser").
    (
        "loser losers",
        r"\b(?P<w>losers?)\s+(?:of|in)\s+(?:the|this|that|each|every|our|tonight'?s|today'?s)"
        r"\s+(?:[\w-]+\s+){0,2}?(?:games?|match(?:es)?|bet|quiz|rounds?|race|five-a-side|"
        r"tournament|final|toss|draw|competition|league|challenge|raffle|vote|sweepstake|"
        r"bake-?off|shoot-?out|penalties|heats?)\b"
        r"|\b(?:the\s+)?(?P<w2>losers?)\s+(?:buys?|pays?|gets?\s+the\s+(?:round|teas|coffees)|"
        r"has\s+to|have\s+to|does\s+the|makes?\s+the|washes|cooks)\b",
    ),
    # "Up at stupid o'clock": very early, no one called stupid.
    ("stupid", r"\b(?P<w>stupid)(?:\s+|\s*-\s*)o'?\s?clock\b"),
    # A niggle is a small injury or worry, whatever its first letters.
    ("niggle niggles niggled niggling niggly", r"\b(?P<w>niggl(?:e|es|ed|ing|y))\b"),
    # Praise: "absolute savage but we love him"; Norfolk dumplings (food).
    (
        "savage",
        r"\b(?:absolute|proper|an?|total|such\s+a)\s+(?P<w>savage)\b(?=[^\n]{0,40}?\b(?:(?:we|i|"
        r"everyone)\s+(?:all\s+|still\s+)?|still\s+)(?:love|rate|respect)\s+(?:him|her|them|it|ya|"
        r"you)\b)",
    ),
    (
        "dumpling dumplings",
        r"\b(?:norfolk|suet|herb|steamed|chinese|pork|soup|stew\s+and)\s+(?P<w>dumplings?)\b",
    ),
    # A horse or a dog that goes lame; a sucker for something likes it.
    (
        "lame",
        r"\b(?:went|gone|go|goes|going|come|came|pulled\s+up)\s+(?P<w>lame)\b"
        r"|\b(?P<w2>lame)\s+(?:on|in)\s+(?:her|his|its|the|one|a)\s+(?:\w+\s+)?(?:leg|foot|hoof|front|"
        r"hind|near|off)\b",
    ),
    (
        "sucker",
        r"\b(?:a|such\s+a|total|real|big|huge|massive|complete)\s+(?P<w>sucker)\s+for\b",
    ),
    # Weightlifting's lifts: "clean and jerk", "a split jerk".
    ("jerk jerks", r"\b(?:clean\s+(?:and|&|n)|split|push|power)\s+(?P<w>jerks?)\b"),
    # Advice on lifting: "watch your back when lifting boxes" (not "you'd better watch your
    # back when you're walking home", nor "... when moving about").
    (
        "watch",
        r"(?<!\bbetter\s)(?<!\bbest\s)\b(?P<w>watch\s+your\s+back)\s+(?:when|while|whilst|if)\s+"
        r"(?:you'?re\s+|ur\s+)?(?:lifting|bending|carrying)\b",
    ),
    (
        "jerk",
        r"\b(?P<w>jerk)\s+(?:chicken|pork|goat|fish|lamb|tofu|prawns?|wings|seasoning|"
        r"marinade|sauce|spice|spices|rub|paste|jackfruit|halloumi|salmon|veg|vegetables)\b",
    ),
    # Puddings: "a proper Yorkshire pud", "sticky toffee pud".
    (
        "pud puds",
        r"\b(?:yorkshire|christmas|xmas|sticky\s+toffee|steak\s+and\s+kidney|black|white|rice|"
        r"bread\s+and\s+butter|summer|sponge|choc(?:olate)?|treacle|syrup|figgy|eve's)\s+"
        r"(?P<w>puds?)\b",
    ),
    # A butt for rainwater, a cigarette's end, a joint in welding and joinery, the one a
    # joke is aimed at.
    (
        "butt butts",
        r"\b(?:water|rain|rainwater|cigarette|ciggie|ciggy|fag)\s+(?P<w>butts?)\b",
    ),
    (
        "butt",
        r"\b(?P<w>butt)[\s-]+(?:welds?|welding|welded|joints?|jointed|hinges?|splices?|fusion)\b",
    ),
    (
        "butt",
        r"\b(?P<w>butt)\s+of\s+(?:\w+\s+){0,3}?(?:jokes?|jibes?|jests?|ridicule|humou?r|banter|"
        r"teasing|pranks?)\b",
    ),
    # A ballcock in a cistern: "fitting ball cocks in the workshop".
    ("cock cocks ballcock ballcocks", r"\bball[\s-]?(?P<w>cocks?)\b"),
    # Lady Macbeth's "Out, damned spot!"; a haggis cut at Burns Night's Address.
    ("damned", r"\b(?P<w>damned)\s+spot\b"),
    (
        "stab stabbing stabbed stabs haggis",
        r"\b(?P<w>stab(?:bing|bed|s)?)\s+(?:the|a|into\s+the)\s+haggis\b",
    ),
    # Checking oneself for cancer: "checking your boobs", "check your balls, lads"
    # (CoppaFeel!, testicular cancer awareness).
    (
        "check checking checked checks boobs boob balls nuts moobs pecs",
        r"\b(?:check(?:ing|ed|s)?|feel(?:ing)?)\s+(?:your|ur|yer|my|their|our)\s+"
        r"(?P<w>boobs?|balls|nuts|moobs)\b",
    ),
    # Praise: "that kebab was filthy in the best way".
    ("filthy", r"\b(?P<w>filthy)\s+in\s+(?:a|the)\s+(?:best|good|nicest)\s+(?:possible\s+)?way\b"),
    # Praise: "savage goal from Kieran", "your samosas were the bomb".
    (
        "savage",
        r"\b(?P<w>savage)\s+(?:goal|save|strike|finish|tackle|volley|shot|free\s+kick|header|set|"
        r"solo|riff|drop|performance|tune|bars|verse|dunk|try)\b",
    ),
    (
        "bomb",
        r"\b(?:was|were|are|is|r)\s+(?:the|da)\s+(?P<w>bomb)(?:\.com)?\b(?!\s+(?:squad|threat|"
        r"scare|disposal|went|goes|will|in|at|on|under|that|which))",
    ),
    # Close friends: "those two are thick as thieves".
    ("thick thieves", r"\b(?P<w>thick\s+as\s+thieves)\b"),
    # Scotland's turnips and potatoes (the model reads "tatties" as a rude word).
    ("tatties", r"\b(?:neeps\s+(?:and|an|&|n)\s+)?(?P<w>tatties)\b"),
    # To eat or drink with relish: "gonna murder a greggs after this lesson", "could murder
    # a brew" (not "murder a teacher").
    (
        "murder",
        r"\b(?:could|gonna|going\s+to|would|i'?d|id)\s+(?P<w>murder)\s+(?:a|an|some)\s+(?:greggs|"
        r"pint|kebab|curry|pizza|brew|cuppa|tea|coffee|sandwich|butty|burger|maccies|mcdonalds|"
        r"chippy|fry\s+up|full\s+english|roast|sausage\s+roll|pasty|bacon\s+roll|cheeky\s+nandos|"
        r"nandos)\b",
    ),
    # A cigarette: "going out for a fag", "fag break", "a packet of fags", "the fag end of
    # term" (not "you fag", "stop being a fag").
    (
        "fag fags",
        r"\b(?:(?:out|nip|nipping|popping|going|gone|went|off)\s+for\s+a|(?:having|have|had|"
        r"smoke|smoking|smoked|light|lit|lighting|rolled|roll|rolling|cadge|cadged|scrounge|"
        r"borrow|want|need|fancy)\s+a|packet\s+of|pack\s+of|box\s+of|\d+|(?:off|on|quit|"
        r"quitting|stopped|stopping|packed\s+in|pack\s+in|packing\s+in|give\s+up|given\s+up|"
        r"giving\s+up|gave\s+up|kicked|kicking|knocked|knocking)\s+the)\s+(?P<w>fags?)\b"
        r"(?!\s+(?:like|such\s+as)\s+(?:you|u|him|her))"
        r"|\b(?P<w2>fag)[\s-]+(?:break|breaks|end|ends|packet|packets|butts?|burns?|smoke|ash)\b",
    ),
    # Latin "with": a kitchen-cum-diner, Chorlton-cum-Hardy, magna cum laude.
    (
        "cum",
        r"\w-(?P<w>cum)-\w",
    ),
    (
        "cum",
        r"\b(?P<w>cum)\s+laude\b",
    ),
    (
        "pussy pussywillow pussywillows",
        r"\b(?P<w>pussy)[\s-]*willows?\b",
    ),
    (
        "pussycat pussycats",
        r"\b(?P<w>pussycats?)\b",
    ),
    # Faggots: the dish of the Midlands and Wales, and bundles of sticks.
    (
        "faggot faggots",
        r"\b(?P<w>faggots?)\s+(?:and|&|n|with|in)\s+(?:mushy\s+)?(?:peas|gravy|onion gravy|mash|"
        r"chips)\b"
        # or listed before them with a comma ("Faggots, mash and onion gravy"), not said of
        # people ("you're all faggots, chips for brains")
        r"|(?<!all )(?<!you )(?<!of )(?<!are )\b(?P<w2>faggots?),\s+(?:mushy\s+)?(?:peas|gravy|"
        r"mash|chips)(?:\s*,|\s+(?:and|&|n)\s)",
    ),
    (
        "faggot faggots",
        r"\b(?:pork|beef|lamb|homemade|home-made|traditional|brains?|brain's)\s+(?P<w>faggots?)\b",
    ),
    (
        "faggot faggots",
        r"\b(?P<w>faggots?)\s+of\s+(?:wood|sticks|firewood|brushwood|twigs|kindling|hazel)\b",
    ),
    # what a catering practical cooked: "tupperware for the catering practical, need to take
    # my faggots home", "made faggots in catering", "12 faggots each", "nan's recipe for
    # faggots" (not "the faggots in our group", "catering lads are all faggots")
    (
        "faggot faggots",
        r"\b(?:catering|cookery|butchery|tupperware|practical)\b[^.!?\n]{0,80}?"
        r"\b(?:my|our|the|some|his|her|your)\s+(?P<w>faggots)\s+(?:home|each|wrapped|in\s+(?:foil|"
        r"gravy|a\s+tub|the\s+(?:freezer|fridge|tub))|for\s+(?:tea|dinner|lunch))\b"
        r"|\b(?:made|making|cooked|cooking|baked|ate|eating|served|serving|prepped|prepping)\s+"
        r"(?:the\s+|some\s+|my\s+|our\s+)?(?P<w2>faggots)\b(?!\s+(?:cry|out|of\s+(?:us|them)))"
        r"|\brecipe\s+for\s+(?P<w3>faggots)\b|\b\d+\s+(?P<w4>faggots)\b"
        r"|\b(?:my|our|the|some|his|her|your)\s+(?P<w5>faggots)\b(?!\s+(?:out|who|are|is|in\s+(?:our|my|"
        r"this|the)\s+(?:group|class)))(?=[^.!?\n]{0,40}\b(?:catering|cookery|butchery|tupperware|foil|"
        r"gravy|practical|need\s+another\s+\d+|\d+\s+mins?)\b)",
    ),
    # bad at a game, said to a friend: "a proper donkey at pool"
    (
        "donkey",
        r"\b(?:proper|such\s+a|absolute|total|right|a|an)\s+(?P<w>donkey)\s+at\s+(?:pool|darts|"
        r"snooker|football|footy|fifa|golf|bowling|table\s+tennis|ping\s+pong|cards|chess|tennis|"
        r"badminton|cricket|rugby|netball|quizzes|quiz|scrabble|bingo|karaoke|mario\s+kart)\b",
    ),
    (
        "fag",
        r"\b(?P<w>fag)[\s-]+(?:ends?|butts?|breaks?|packets?)\b",  # a cigarette
    ),
    (
        "shag shagpile shagcarpet shagcarpets shagrug shagrugs shagtobacco",
        r"\b(?P<w>shag)[\s-]*(?:pile|carpets?|rugs?|tobacco)\b",
    ),
    # To retard: to slow ("the cold has retarded growth", "the set is retarded by...").
    (
        "retard retarded retards retarding",
        r"\b(?P<w>retard(?:ed|s|ing)?)\s+(?:by|the|its|their|growth|setting|germination|ripening|"
        r"corrosion|combustion|ignition|hydration|curing)\b",
    ),
    # ... and of an engine or in physics: "the timing was retarded too far", "a retarded bomb".
    (
        "retarded",
        r"\b(?:the|ignition|its|engine'?s?)\s+(?:timing|spark|ignition|valves?|cam|camshaft)\s+"
        r"(?:is\s+|was\s+|were\s+|gets\s+|"
        r"got\s+|being\s+)?(?:slightly\s+|too\s+|fully\s+|further\s+)?(?P<w>retarded)\b",
    ),
    (
        "retarded",
        r"\b(?P<w>retarded)\s+(?:potentials?|bombs?|timing|spark|ignition|valves?|flow|motion|"
        r"acceleration|fuses?)\b",
    ),
    # "ignition timing, advance and retard", "retard or advance the spark", "when it's
    # advanced or retarded"
    (
        "retard retarded",
        r"\badvance\s+(?:and|&|or|n|/)\s+(?P<w>retard)\b"
        r"|\badvanced\s+(?:and|&|or|n|/)\s+(?P<w2>retarded)\b",
    ),
    (
        "retard",
        r"\b(?P<w>retard)\s+(?:(?:and|&|or|/)\s+advance\s+)?(?:the\s+)?(?:timing|spark|ignition)\b",
    ),
    # the noun, said of an engine's timing a few words on: "check the ignition timing, too
    # much retard and she'll be sluggish"
    # (an engine's word before it, not "timing" alone: "his timing was off, full retard")
    (
        "retard",
        r"\b(?:ignition|spark|distributor|btdc|advance)\b[^.!?\n]{0,60}?\b(?:too\s+much|less|"
        r"some|a\s+bit\s+of|a\s+touch\s+of|degrees?\s+of)\s+(?P<w>retard)\b"
        r"(?!\s+(?:in|about)\s+(?:you|u|him|her|them|that|this|ya)\b|\s+(?:mode|energy|move|vibes?)\b)",
    ),
    (
        "retarder retarders retardant retardants retardance",
        r"\b(?P<w>retard(?:er|ers|ant|ants|ance))\b",  # a concrete retarder, flame retardant
    ),
    (
        "weasel",
        r"\b(?P<w>weasel)\s+words?\b",
    ),
    (
        "gay",
        r"\b(?:the\s+)?(?P<w>gay)\s+gordons\b",  # the ceilidh dance (not "a gay gordon")
    ),
    (
        "cock",
        r"\b(?P<w>cock)-a-(?:leekie|leeky|doodle-doo|doodle-do)\b",
    ),
    (
        "cock",
        r"\b(?P<w>cock)\s+and\s+bull\b",
    ),
    # the male bird, and the joiner's bead: "cock pheasants in the car park", "Cock Robin",
    # "cock beading on the drawer fronts"
    (
        "cock",
        r"\b(?P<w>cock)\s+(?:robins?|pheasants?|sparrows?|birds?|crabs?|lobsters?|salmon|"
        r"grouse|blackbirds?|beading|beads?)\b",
    ),
    (
        "cock cockfight cockfights cockfighting cockfighter cockfighters",
        r"\b(?P<w>cock)[\s-]*fight(?:s|ing|ers?)?\b",
    ),
    (
        "bastard",
        r"\b(?P<w>bastard)\s+(?:files?|cut|swords?)\b",  # a coarse file; a hand-and-a-half sword
    ),
    # a wine's brand: "the Fat Bastard Chardonnay"
    (
        "bastard",
        r"\b(?P<w>fat\s+bastard)\s+(?:wines?|chardonnay|shiraz|merlot|sauvignon|pinot|"
        r"cabernet|ros[eé]|red|white)\b",
    ),
    # the Orkney village: "my nan in Twatt on Orkney"
    ("twatt", r"\b(?P<w>twatt)\b(?=,?\s+(?:on\s+|in\s+)?(?:orkney|shetland)\b)"),
    # Earthworks and the roads named after them: Offa's Dyke, Devil's Dyke, Dyke Road.
    (
        "dyke dykes",
        r"\b(?:offa's|offas|devil's|devils|grim's|grims|wat's|wats|fleam|bokerley|car)\s+"
        r"(?P<w>dykes?)\b",
    ),
    (
        "dyke dykes",
        r"\b(?P<w>dykes?)\s+(?:road|path|walk|trail|lane|way|ditch|house)\b",
    ),
    # A drainage ditch in the Fens and the Broads: "the dyke along the back fields has
    # flooded", "the field dyke", "the tractor ended up in the dyke", "cutting the dykes"
    # (not "that dyke Sophie flooded the chat": said of a person).
    (
        "dyke dykes",
        r"\b(?:drainage|field|farm|fen|boundary|roadside)\s+(?P<w>dykes?)\b"
        r"|\b(?:in|into|down)\s+(?:the|a)\s+(?P<w2>dykes?)\b"
        r"|\b(?:cutting|clearing|dredging|mowing)\s+(?:the\s+)?(?P<w3>dykes?)\b(?!['\u2019]s)"
        # ("clearing out the dyke at the bottom of the college farm", ordinary probe 177;
        # with the land or the water said after it, never a person's: "digging the dykes out
        # of our football team", "cleaning the dyke's locker", the review of the
        # thirty-eighth session)
        # ("Cleaned the dykes on the estate with the countryside management lot", the review
        # of the thirty-eighth session)
        r"|\b(?:cutting|clearing|cleared|cleaning|cleaned|dredging|mowing|digging|dug)\s+"
        r"(?:out\s+)?the\s+(?P<w6>dykes?)\b(?!['\u2019]s)(?=[^.!?\n]{0,50}\b(?:farm|field|fields|"
        r"fen|drain\w*|ditch|water|reeds?|behind|along|bottom\s+of|barn|yard|estate|countryside|"
        r"marsh\w*|reserve)\b)"
        r"|\b(?P<w4>dykes?)\s+(?:clearing|cutting|dredging|maintenance)\b"
        # "the dyke at the bottom of the top field needs clearing" (round 36's read half)
        r"|\b(?:the|a)\s+(?P<w5>dykes?)\b[^.!?\n]{0,40}?\b(?:needs?|wants?)\s+"
        r"(?:clearing|cutting|dredging|digging\s+out|mowing)\b",
    ),
    (
        "dyke dykes",
        r"\b(?:the|a)\s+(?P<w>dykes?)\s+(?:(?:along|by|behind|near|at|on|beside|next\s+to)\s+"
        r"[^.!?]{0,30}?\s)?(?:has|have|is|are|was|were|keeps?)\s+(?:\w+\s+)?(?:flood\w*|overflow\w*|"
        r"burst|full|rising|frozen)\b",
    ),
    # A wall of stones without mortar, in Scotland and the North: "a drystone dyke".
    (
        "dyke dykes",
        r"\b(?:dry[\s-]?stone|dry[\s-]?stane|stane|stone|turf|march|sea|flood)\s+"
        r"(?P<w>dykes?)\b",
    ),
    (
        "dyke dykes",
        r"\b(?P<w>dykes?)\s+(?:build(?:er|ers|ing)?|wall(?:s|ing)?|repairs?|course|courses)\b"
        # "we rebuilt twenty metres of dyke along the car park" (round 32's read half)
        # (not "miles of dykes and fairies", "that stretch of dykes at the march")
        r"|\b(?:metres|meters|yards|lengths|section|gap)\s+of\s+"
        r"(?:the\s+)?(?:old\s+)?(?P<w2>dykes?)\b"
        r"|\b(?:rebuil[dt]\w*|repair\w*|built|building|walling|stones?\s+for)\s+(?:the\s+|a\s+)?"
        r"(?:old\s+|collapsed\s+|fallen\s+|boundary\s+)?(?P<w3>dykes?)\b",
    ),
    # Told of, not told to: "a cockerel who would not shut up", "they shut up shop at 5".
    (
        "shut",
        r"\b(?:would\s+not|wouldn'?t|will\s+not|won'?t|couldn'?t|could\s+not|never|"
        r"didn'?t|did\s+not)\s+(?P<w>shut\s+up)\b(?!\s*[,!]?\s*(?:you|u|ya)\b)",
    ),
    ("shut", r"\b(?P<w>shut\s+up)\s+shop\b"),
    # A novel's title: Dostoevsky's "The Idiot".
    ("idiot", r"\bthe\s+(?P<w>idiot)\s+(?:by\s+|\(\s*)?(?:dostoevsky|dostoyevsky)\b"),
    ("idiot", r"\b(?:dostoevsky|dostoyevsky)'?s?\s+(?:novel\s+)?the\s+(?P<w>idiot)\b"),
    (
        "chink chinks",
        r"\b(?:a|the|no|small|tiny|narrow|one|every)\s+(?P<w>chinks?)\s+(?:of|in)\b",  # a gap
    ),
    (
        "ho",
        r"\b(?P<w>ho,?\s+ho,?\s+ho)\b",  # Father Christmas
    ),
    (
        "slag",
        r"\b(?P<w>slag)\s+(?:heaps?|tips?)\b",
    ),
    # "Tom is a fool for chocolate": loves it (not "a fool for thinking ...")
    (
        "fool",
        r"\b(?:a|such\s+a|total|real|right|proper)\s+(?P<w>fool)\s+for\s+(?!(?:you|him|her|them|"
        r"me|us|ever|even|not|letting|[a-z]+ing)\b)",
    ),
    # Praise that borrows an insult's shape: "she is a complete star", "an absolute legend"
    (
        "complete total absolute utter proper",
        r"\b(?P<w>(?:complete|total|absolute|utter|proper)\s+(?:star|legend|hero|gem|diamond|"
        r"angel|superstar|credit|inspiration|asset|joy|delight|natural|pro|professional))\b",
    ),
    (
        "cockerel cockerels",
        r"\b(?P<w>cockerels?)\b",  # the model reads its first piece
    ),
    # A dummy in sport (a dummy pass, a dummy run, selling the keeper a dummy), the baby's,
    # the tailor's, the crash-test and the resuscitation dummy, dummy data; spitting the
    # dummy (a tantrum).
    (
        "dummy dummies",
        r"\b(?P<w>dumm(?:y|ies))[\s-]+(?:pass(?:es)?|runs?|half|variables?|data|text|rounds?|"
        r"bullets?|clips?|load|model|accounts?|cards?|shots?|kicks?|moves?)\b",
    ),
    (
        "dummy",
        r"\b(?:sold|sell|sells|selling|threw|throw|throws|throwing|dropped|drops|dropping)\s+"
        r"(?:[\w']+\s+){0,3}?(?:a|the|his|her)\s+(?P<w>dummy)\b",
    ),
    (
        "dummy dummies",
        r"\b(?:crash[\s-]+test|ventriloquist'?s?|tailor'?s?|dressmaker'?s?|shop|baby'?s?|cpr|"
        r"resus(?:citation)?|first\s+aid|training)\s+(?P<w>dumm(?:y|ies))\b",
    ),
    (
        "dummy",
        r"\b(?:spit|spat|spits|spitting)\s+(?:the|his|her|their|your|my)\s+(?P<w>dummy)\b",
    ),
    # The joke "pass the Welsh cakes and nobody gets hurt": a threat in form, made for a treat,
    # a cuppa or the remote (not "keep your mouth shut and nobody gets hurt").
    (
        "hurt",
        r"\b(?:cakes?|biscuits?|bikkies|choc(?:olates?|cy)?|crisps|sweets|snacks?|pizzas?|tea|"
        r"coffee|brew|cuppa|kettle|cookies?|doughnuts?|donuts?|brownies?|bara\s+brith|chips|"
        r"custard|cheese|sandwich(?:es)?|butt(?:y|ies)|toast|bacon|sausage\s+rolls?|past(?:y|ies)|"
        r"pies?|hobnobs|popcorn|treats?|haribo|slice|remote|charger|aux|playlist|wi-?fi\s+password)\b"
        r"[^.!?\n]{0,50}?\band\s+(?P<w>(?:nobody|no\s+one|no-one|noone)\s+(?:gets|will\s+get)\s+"
        r"hurt)\b",
    ),
    (
        "mucking",
        r"\b(?P<w>mucking)\s+out\b",  # cleaning out a stable
    ),
    # Pastry: "tarte tatin", "a bakewell tart", "jam tarts" (round 30's read half).
    (
        "tart tarts tarte tartes",
        r"\b(?P<w>tartes?)\s+(?:tatin|au\s+citron|aux\s+\w+|fine|flamb[ée]e)\b"
        r"|\b(?:bakewell|jam|treacle|custard|egg\s+custard|lemon|fruit|apple|cherry|strawberry|"
        r"raspberry|chocolate|pear|frangipane|manchester|pop|mini|savoury|onion|tomato)\s+"
        r"(?P<w2>tarts?)\b",
    ),
    # (ordinary probe 72) crude words in other trades: a fork bomb that will "kill your VM",
    # oilseed rape in flower, a timetable's "cock-up"; praise "in a good way".
    ("bomb bombs", r"\b(?:fork|zip|logic|bath|glitter|flavour|seed|photo)\s+(?P<w>bombs?)\b"),
    (
        "kill kills",
        r"\b(?P<w>kill(?:s|ed|ing)?)\s+(?:the|your|ur|a|that|this|my|every|all)\s+"
        r"(?:\w+\s+)?(?:process(?:es)?|vms?|tasks?|servers?|jobs?|apps?|programs?|containers?|"
        r"threads?|sessions?)\b",
    ),
    (
        "rape",
        r"\b(?:oilseed|oil\s+seed)\s+(?P<w>rape)\b|\b(?P<w2>rape)\s*(?:seed|field|fields|oil|crops?)\b"
        r"|\bfields?\s+of\s+(?:yellow\s+)?(?P<w3>rape)\b",
    ),
    (
        "cock",
        r"\b(?:a|bit\s+of\s+a|total|right|massive|big|slight|proper|major|admin)\s+"
        r"(?P<w>cock[- ]?up)\b",
    ),
    (
        "disgusting filthy nasty dirty savage sick mental evil criminal illegal vile",
        r"\b(?P<w>disgusting|filthy|nasty|dirty|savage|sick|mental|evil|criminal|illegal|vile)\b"
        r"(?=[^.!?\n]{0,30}\bin\s+(?:a|the)\s+(?:good|best)\s+(?:way|sense|possible\s+way)\b)",
    ),
    # Manure on a farm: "stuck behind a muck spreader", "muck spreading season".
    ("muck", r"\b(?P<w>muck)[\s-]+(?:spreaders?|spreading|heaps?|trailers?)\b"),
    # Winning big: "the kitchen brigade slaughtered the dessert round" (round 30's read half).
    (
        "slaughtered",
        r"\b(?P<w>slaughtered)\s+(?:the|them|their|us|our)\s+(?:[\w-]+\s+){0,2}?(?:rounds?|"
        r"quiz(?:zes)?|match(?:es)?|games?|final|semi|competitions?|cook-?off|bake-?off|"
        r"league|opposition|scoreboard|leaderboard|challenge)\b",
    ),
    # What welding leaves on the bead: "chipping the slag off my welds" (not "slag off
    # my mum", which is running her down).
    (
        "slag",
        r"\bchip(?:s|ped|ping)?\s+(?:off\s+)?(?:the\s+|all\s+the\s+|your\s+|ur\s+|my\s+|that\s+)?"
        r"(?P<w>slag)\b"
        r"|\b(?P<w2>slag)\s+(?:off\s+(?:the|my|your|his|her|their|our|them|each)\s+)?"
        r"(?:welds?|seams?|joints?|castings?|hammers?|inclusions?|heaps?)\b",
    ),
    # A breed of dog, and a mechanic's nickname for themself or a mate.
    ("cocker cockers", r"\b(?P<w>cockers?)[\s-]+(?:spaniels?|poos?|spaniel\s+pups?)\b"),
    ("cockapoo cockapoos cockerpoo cockerpoos", r"\b(?P<w>cock(?:a|er)poos?)\b"),
    ("monkey monkeys", r"\b(?P<w>grease\s+monkeys?)\b"),
    # The gym's weights and a sweaty exercise: "the dumbbells in the gym need sorting".
    ("dumbbells burpees", r"\b(?P<w>dumbbells|burpees)\b"),
    # Welsh "butt" (a mate) in a greeting: "hey butt, you coming?", "alright butt"
    (
        "butt",
        r"\b(?:hey|hiya|alright|orright|awright|cheers|thanks|ta|diolch|iawn|now|mun|lush)\s+"
        r"(?P<w>butt)\b",
    ),
    # (ordinary probe 85) the kitchen's and a race's: "never prick your sausages", "best
    # pancake tosser in the department"; and the hyperbole of trouble at home, "my mum's
    # gonna kill me, lost my bus pass again"
    (
        "prick pricks pricking",
        r"\b(?P<w>prick(?:s|ing)?)\s+(?:your\s+|the\s+|their\s+)?(?:sausages?|potato(?:es)?|"
        r"skins?|pastry|pastry\s+base|base|yolks?|jacket\s+potato(?:es)?)\b",
    ),
    ("tosser tossers", r"\b(?:pancake|caber|coin|hammer)\s+(?P<w>tossers?)\b"),
    # falling over: "went arse over tit on the ice"
    ("arse tit", r"\b(?P<w>arse\s+over\s+(?:tit|tea\s*kettle|elbow))\b"),
    (
        "kill",
        r"\b(?:mum|mam|mom|dad|nan|gran|tutor|teacher|boss|coach|missus|wife|husband|"
        r"girlfriend|boyfriend)(?:['\u2019]s|\s+is|\s+will|['\u2019]ll)?\s+"
        r"(?:gonna|going\s+to|gunna|gonnae|)\s*(?P<w>kill)\s+me\b",
    ),
    # (ordinary probe 95) weather and cold: "freeze the balls off a brass monkey",
    # "blowing a hooley", "freezing our arses off"; praise: "a hell of a teacher"; the
    # kitchen's "pigs in blankets" and "toad in the hole"; a joiner's "bastard file"
    (
        "balls",
        r"\bfreeze\s+the\s+(?P<w>balls)\s+off\b|\b(?P<w2>balls)\s+off\s+a\s+brass\s+monkey\b",
    ),
    ("hooley", r"\bblow(?:ing|s|n)?\s+a\s+(?P<w>hooley)\b"),
    (
        "arse arses",
        r"\b(?:freez(?:e|ing)|froze|laugh(?:ing|ed)?)\s+"
        r"(?:our|my|your|ur|their|his|her)\s+(?P<w>arses?)\s+off\b",
    ),
    (
        "hell",
        r"\b(?:a|one)\s+(?P<w>hell)\s+of\s+an?\s+(?:teacher|lecturer|tutor|player|job|day|game|"
        r"season|time|ride|lot|year|team|goal|night|performance|result|guy|woman|man|lad|lass|"
        r"person|bloke|boss|manager|coach|mate|friend|show|trip|view|journey|party|match)\b",
    ),
    ("pigs", r"\b(?P<w>pigs)\s+in\s+(?:blankets|a\s+blanket)\b"),
    # (ordinary probe 108) Yorkshire's "fat rascals" (a bake, with baking said beside it;
    # not "you fat rascal", "fat rascals like you"), a solo "murdered" (done superbly; not
    # "I'll murder the dance teacher", "murder this song guy")
    (
        "fat",
        # (one alone too: "a fat rascal at Bettys", ordinary probe 177)
        # (one alone only as a bake: "a fat rascal", not "that fat rascal ate all the
        # scones"; the review of the thirty-eighth session)
        rf"\b{_BAKING}\b[^.!?\n]{{0,60}}?\b(?P<w>fat)\s+rascals\b"
        rf"|\b(?P<w2>fat)\s+rascals\b[^.!?\n]{{0,60}}?\b{_BAKING}\b"
        rf"|\b{_BAKING}\b[^.!?\n]{{0,60}}?\b(?:a|one)\s+(?P<w3>fat)\s+rascal\b"
        rf"|\b(?:a|one)\s+(?P<w4>fat)\s+rascal\b[^.!?\n]{{0,60}}?\b{_BAKING}\b",
    ),
    (
        "murdered",
        r"\b(?P<w>murdered)\s+(?:that|this|the|it|their|his|her)\s+"
        r"(?:solo|song|cover|set|track|performance|dance|routine|karaoke|chorus|riff|verse|"
        r"speech|monologue|audition|recital|gig)\b"
        r"(?!\s+(?:guy|teacher|tutor|lecturer|designer|lads?|girls?|man|woman|kids?|boys?|bloke|"
        r"person|people|singer|player|drummer|guitarist|dancer|director|manager)\b)",
    ),
    ("toad", r"\b(?P<w>toad)\s+in\s+the\s+hole\b"),
    ("bastard", r"\b(?P<w>bastard)\s+(?:files?|cut|mill|sword)\b"),
    # Ulster's and Ireland's "yer man" (that man): "yer man from the plumbing class fixed
    # our leak" (round 29's read half)
    ("yer", r"\b(?P<w>yer\s+(?:man|woman|one|fella)(?:'s)?)\b"),
    # ... and the north's "cock" (a mate) in a greeting: "alright cock, canteen?"
    (
        "cock",
        r"\b(?:alright|awright|orright|ey\s+up|now\s+then|hiya|cheers|ta|thanks)\s+"
        r"(?P<w>cock)\b(?=\s*(?:[,.!?]|$))",
    ),
    # Welsh for a cuddle: "you fancy a cwtch after that exam?"
    ("cwtch cwtches cwtched cwtching", r"\b(?P<w>cwtch(?:es|ed|ing)?)\b"),
    # A film's line quoted: "Frankly, my dear, I don't give a damn."
    ("damn", r"\bfrankly,?\s+my\s+dear,?\s+i\s+don'?t\s+give\s+a\s+(?P<w>damn)\b"),
    # A plan or a day that "sucks" for those it leaves out, not a person: "no vegan options
    # by noon, which sucks for those of us on late breaks" (not "that sucks" alone, which
    # the public sets' annotators count as offensive language)
    (
        "sucks",
        r"\b(?:which|that|it|this)\s+(?P<w>sucks)\s+for\s+(?:those|us|everyone|anyone|people|the|"
        r"all|students|staff)\b",
    ),
    # An oath at the weather or the day, not at a person: "bloody hell that rain on the
    # walk in"
    (
        "bloody",
        r"(?:^|[.!?]\s+)(?P<w>bloody\s+hell)\b,?\s+(?:that|the|this)\s+(?:rain|weather|wind|"
        r"snow|storm|cold|heat|traffic|queue|bus|train|exam|test|homework|essay|coursework|"
        r"hill|walk|commute|deadline)\b",
    ),
    # A trade's laying: "chip the slag off each weld run before laying the next one",
    # "laying the first course of bricks"
    (
        "laying",
        r"\b(?P<w>laying)\s+(?:the\s+|a\s+|your\s+|each\s+)?(?:next\s+|first\s+|last\s+|"
        r"root\s+|second\s+|final\s+)?(?:one|runs?|beads?|welds?|pass(?:es)?|courses?|"
        r"bricks?|blocks?|slabs?|cables?|pipes?|turf|carpets?|floors?|tiles?|foundations?|"
        r"patio|hedges?|eggs?)\b",
    ),
    # Praise put off with "shut up": "shut up you big bawbag, you smashed that assessment"
    (
        "shut",
        r"\b(?P<w>shut\s+up)\b(?=[^.!?\n]{0,40}\byou\s+(?:totally\s+|absolutely\s+|"
        r"literally\s+|well\s+)?(?:smashed|nailed|aced|killed|bossed|owned)\s+(?:it|that|them)\b)",
    ),
    # ... or said to a legend: "shut up you legend, you passed" (round 42's read half)
    (
        "shut",
        r"\b(?P<w>shut\s+up)\s*,?\s+(?:you|ya|u)\s+(?:absolute\s+|actual\s+|total\s+|utter\s+|"
        r"massive\s+|big\s+)?(?:legend|legends|genius|superstar|icon|hero|star|queen|king)\b"
        # (said in praise, no threat after it: not "or i'll shut you up myself")
        r"(?=\s*(?:[,.!?]|$|[\U0001f300-\U0001faff]))"
        r"(?![^\n]*\b(?:or\s+(?:i'?ll|ill|else)|i'?ll\s+\w+\s+(?:you|u)|batter\w*|smash\w*)\b)",
    ),
    # Praise: "the dog's bollocks", "nasty work on that build", "disgustingly good", "knock
    # 'em dead"
    ("dog's dogs bollocks", r"\bthe\s+(?P<w>dog'?s\s+bollocks)\b"),
    (
        "nasty",
        r"\b(?P<w>nasty)\s+(?:work|build|builds|skills?|edit|edits|goal|finish|shot|combo|play|"
        r"save|tackle|cross|fade|bars|beat|drop|riff|solo|weld|welds)\b",
    ),
    (
        "disgustingly",
        r"\b(?P<w>disgustingly)\s+(?:good|tasty|delicious|talented|clever|nice|rich|creamy|cheesy|"
        r"moreish|gorgeous|cute)\b",
    ),
    ("knock", r"\b(?P<w>knock\s+(?:'?em|them)\s+dead)\b"),
    # Shellfish: "Penclawdd cockles", "cockles and mussels", "warms the cockles"
    ("cockle cockles", r"(?<!your\s)(?<!ur\s)(?<!her\s)(?<!his\s)\b(?P<w>cockles?)\b"),
    # A trade's work: "screwing plasterboard to stud walls", "screw the hinges on"
    (
        "screw screws screwing screwed",
        r"\b(?P<w>screw(?:s|ing|ed)?)\s+(?:(?:the|in|on|down|some|them|it|all\s+the)\s+)?"
        r"(?:plasterboard|boards?|panels?|hinges?|brackets?|battens?|joists?|studs?|frames?|"
        r"timber|skirting|architrave|worktops?|shelves|shelf|fixings?|sheets?|cladding|decking)\b",
    ),
    # History's names: "Bloody Mary", "the Bloody Assizes", "Bloody Sunday"
    ("bloody", r"\b(?P<w>bloody\s+(?:mary|marys|sunday|assizes|tower|code))\b"),
    # Rain: "it's been pissing down all day"
    ("pissing", r"\b(?P<w>pissing)\s+(?:it\s+)?down\b"),
    # Liverpool's "gegging in": butting in on someone else's business.
    ("geg gegging gegged gegs", r"\b(?P<w>geg(?:ging|ged|s)?)\s+in\b"),
    # "Dead" as the North's and the Midlands' "very", before words of praise or liking:
    # "you're dead good at this", "dead rubbish at footy", "dead lucky" (not "you're dead
    # meat", nor words a threat goes on with: "you're dead right after school", "you're
    # dead quiet when i find you").
    (
        "dead",
        r"\b(?P<w>dead)\s+(?:good|nice|lucky|proud|funny|clever|brave|talented|kind|posh|"
        r"sweet|cute|smart|rubbish|excited|jealous|popular|brill|chuffed|happy|mint|friendly|"
        r"helpful|patient|keen|jammy|gorgeous|pretty|lovely|nesh|chatty|creative|welcome|"
        r"interesting|good-looking|pleased|cool|ace|canny|made\s+up)\b"
        r"(?![^.!?\n]{0,60}\b(?:when\s+(?:i|we)\s+(?:find|catch|see|get)|after\s+school|"
        r"if\s+(?:u|you)\s+(?:grass|snitch|tell)|outside|stab\w*|knife|batter\w*|kill\w*))",
    ),
    # eating or dancing "till you're dead": a feast's fun, no threat ("Eat till you're dead,
    # my aunty's sheer khurma is lethal", harmless probe 232); not with a threat's words
    # after it
    (
        "dead",
        # (eating only, at a feast: the review of the forty-second session, "keep laughing
        # till you're dead, which will be soon")
        r"^(?=[\s\S]*\b(?:buffet|biryani|khurma|food|feast|eid|diwali|wedding|christmas|dinner|"
        r"curry|cake|mubarak|iftar|langar)\b)[\s\S]*?"
        r"\b(?:eat|eating|feast|feasting)\s+(?:till|until|til|\'til)\s+(?:you'?re|you\s+are|ur|u\s+r)\s+"
        r"(?P<w>dead)\b"
        r"(?![\s\S]*\b(?:when\s+(?:i|we)\s+(?:find|catch|see|get)|after\s+(?:school|college)|"
        r"outside|stab\w*|knife|batter\w*|watch\s+your\s+back|get\s+you|end\s+you|soon|not\s+long|"
        r"make\s+sure|hope\s+you|choke|you'?ll\s+be\s+dead|nobody\s+will\s+miss)\b)",
    ),
    # "you're dead to me": a friendship called off, no threat ("if you're not at the
    # Christmas do you're dead to me (jokes)", round 37's read half); not with a threat's
    # words after it
    (
        "dead",
        r"\b(?:you'?re|you\s+are|ur|your)\s+(?P<w>dead)\s+to\s+(?:me|us)\b"
        # (only as a joke or with nothing after, and no threat anywhere after it: "you're
        # dead to me, your days are numbered", the review of the thirty-eighth session)
        r"(?=\s*(?:[(\[,]\s*)?(?:jokes?|joking|jk|lol|haha+|lmao|only\s+joking|\(?jokes?\b)"
        r"|[\s!.?\u2600-\u27bf\U0001f300-\U0001faff]*$)"
        r"(?![\s\S]*\b(?:when\s+(?:i|we)\s+(?:find|catch|see|get)|after\s+(?:school|college)|"
        r"outside|stab\w*|knife|batter\w*|kill\w*|watch\s+your\s+back|days\s+are\s+numbered|"
        r"get\s+you|jumped|sort\s+(?:it|you)|end\s+you|wait|coming|dead\s+for\s+real)\b"
        # (nor a knife, a skull, a dagger or a gun drawn after it)
        r"|[\s\S]*[\U0001f52a\U0001f480\u2620\U0001f5e1\U0001f52b])",
    ),
    (
        "prick pricks pricking pricked",
        r"\b(?P<w>prick(?:s|ing|ed)?)\s+(?:them\s+|it\s+|seedlings\s+)?out\b",  # seedlings
    ),
    # a blood test's: "finger prick blood glucose", "a skin prick test", "a pinprick"
    (
        "prick pricks",
        r"\b(?:finger|heel|skin|pin)[ -]?(?P<w>pricks?)\b|\b(?P<w2>prick)\s+tests?\b",
    ),
    # "a face like a wet weekend" (a glum look), wet paint, a wet room (not "a wet wipe":
    # an insult)
    ("wet", r"\b(?P<w>wet)\s+(?:weekends?|paint|floors?|rooms?|weather|play)\b"),
    # Titles and names of the past: a children's book, an album, a charity's old name.
    ("wally", r"\bwhere'?s\s+(?P<w>wally)\b"),
    ("twit twits", r"\b(?:mr|mrs|the)\s+(?P<w>twits?)\b"),
    ("bollocks", r"\bnever\s+mind\s+the\s+(?P<w>bollocks)\b"),
    ("spastics", r"\bthe\s+(?P<w>spastics)\s+society\b"),
    ("ballcock ballcocks", r"\b(?P<w>ballcocks?)\b"),  # a cistern's float valve
    # A grease point on a machine: "the grease nipple on the hitch", "grease nipples"
    # ("grease the nipples on the track rod ends", ordinary probe 150)
    (
        "nipple nipples",
        r"\b(?:grease|zerk|grease\s+gun)\s+(?:the\s+|all\s+the\s+|those\s+|these\s+)?"
        r"(?P<w>nipples?)\b"
        # (not a person's: "grease the nipples on the new girl"; but a machine's before
        # "you" sign the job off, ordinary probe 164)
        r"(?!(?:(?!\b(?:before|then|and|so|when|once|after)\b)[^.!?\n]){0,30}"
        r"\b(?:girl|girls|boy|lad|lass|woman|man|her|him|she|he|you|your)\b)",
    ),
    # Gathering cockles on the sands: "a good cockling spot on Morecambe Bay"
    ("cockling cocklers cockler", r"\b(?P<w>cockl(?:ing|ers?))\b"),
    # Places, songs and sayings (ordinary probe 157): the village of Three Cocks, Butt
    # Lane, Westward Ho!, Slade's "Cum On Feel the Noize", "Sex Bomb", "sucking diesel"
    # (going well), "saved my arse" (rescued), "a nasty cold"
    # Praise of a play: "Sick goal Jordan", "sick save" (ordinary probe 157)
    (
        "sick",
        r"(?<!me\s)(?<!feel\s)\b(?P<w>sick)\s+(?:goal|goals|save|saves|pass|finish|shot|skills?|volley|"
        r"strike|header|"
        r"assist|free\s+kick|try|tune|riff|edit|trick|tricks)\b",
    ),
    # (the village, gone to or from: not "she had three cocks in one night"; the review)
    (
        "cocks",
        r"\b(?:to|from|at|in|near|via|past)\s+three\s+(?P<w>cocks)\b|^three\s+(?P<w2>cocks)\s+to\b",
    ),
    # Talking of nothing else: "the lads haven't shut up about it since" (round 36's read
    # half; not "shut up about it" said to someone)
    (
        "shut",
        r"\b(?:haven'?t|havent|hasn'?t|hasnt|won'?t|wont|wouldn'?t|wouldnt|can'?t|cant|"
        r"couldn'?t|never|didn'?t|didnt)\s+(?:even\s+)?(?P<w>shut\s+up)\s+(?:about|since)\b",
    ),
    # Scotland's northern tip, and a surname after a title (ordinary probe 164): "the Butt
    # of Lewis", "Mrs Dickie's baking class"
    ("butt", r"\b(?P<w>butt)\s+of\s+lewis\b"),
    ("dickie dick dickens", r"\b(?:mr|mrs|ms|miss|dr|prof)\.?\s+(?P<w>dick(?:ie|ens)?)\b"),
    ("butt butts", r"\b(?P<w>butts?)\s+(?:lane|road|rd|street|st|green|close|hill)\b"),
    ("ho", r"\bwestward\s+(?P<w>ho)\b"),
    ("cum", r"\b(?P<w>cum)\s+on\s+feel\s+the\s+noi[sz]e\b"),
    (
        "sex",
        # (the song, with its singer named: not "Jess is a proper sex bomb when she's
        # singing"; the review)
        r"\b(?P<w>sex\s+bomb)\b(?=[^.!?\n]{0,40}\btom\s+jones\b)"
        r"|\btom\s+jones\b[^.!?\n]{0,30}\b(?P<w2>sex\s+bomb)\b",
    ),
    ("sucking", r"\b(?:now\s+)?(?:we'?re|we\s+are|you'?re|they'?re)\s+(?P<w>sucking\s+diesel)\b"),
    ("arse", r"\bsaved\s+(?:my|our|his|her|their|your|ur)\s+(?P<w>arse)\b"),
    (
        "nasty",
        # (an illness or a hurt one has, not one threatened: "you'll get a nasty shock",
        # "someone's gonna have a nasty fall"; the review)
        r"\b(?P<w>nasty)\s+(?:cold|colds|cough|flu|bug|virus|cut|bruise|sprain|rash|burn|blister|"
        r"headache|migraine)\b",
    ),
    # "butt" said to a friend in South Wales ("I'll send the slides over butt", "cheers
    # butt"): after "over" or a word that greets or thanks, at a sentence's end (not
    # anyone's behind: "look at jess's butt.", "nice butt"; the review)
    (
        "butt",
        r"\b(?:over|alright|cheers|ta|thanks|tidy|lush|later|mun)\s+(?P<w>butt)\b"
        r"(?=\s*(?:[.!?,\u2614\u2600-\u27bf\U0001f300-\U0001faff]|$))",
    ),
    # Praise of a blow or a play: "that uppercut in the final was savage" (ordinary
    # probe 150)
    (
        "savage",
        r"\b(?:uppercut|punch|jab|hook|combo|knockout|ko|tackle|hit|goal|finish|save|shot|volley|"
        # (a rugby pack's: "front row was savage", ordinary probe 172)
        r"strike|free\s+kick|try|run|set|dunk|smash|front\s+row|scrum|lineout|pack|defence|"
        r"tackling)\b[^.!?\n]{0,40}?\b(?:was|were|is|looked)\s+"
        r"(?:absolutely\s+|proper\s+|well\s+|so\s+|pure\s+)?(?P<w>savage)\b"
        # (not with a people named as beasts: "they were like animals those immigrants")
        r"(?![^\n]*\b(?:animals|immigrants?|migrants?|refugees?|foreigners?|monkeys?|apes?|"
        r"savages)\b)",
    ),
    # What a weld leaves, kept off the bench: "keep the slag off the bench"
    (
        "slag",
        r"\b(?:keep|get|brush|sweep|clean|knock)\s+(?:the\s+|all\s+the\s+)?(?P<w>slag)\s+off\s+"
        r"(?:the|your|ur)\s+(?:bench|benches|plates?|table|job|work(?:piece)?|floor)\b"
        # (not a person on a team's bench: "get the slag off the bench, she's useless")
        r"(?![^.!?\n]{0,40}\b(?:she|he|her|him|his|useless|good\s+at|can'?t|netball|team)\b)",
    ),
    # "Bloody" as praise's intensifier: "bloody proud of you", "a bloody legend".
    (
        "bloody",
        r"\b(?P<w>bloody)\s+(?:proud|brilliant|amazing|fantastic|great|lovely|chuffed|"
        r"buzzing|legend|legends|superb|awesome|incredible|well\s+done|good\s+(?:job|work|"
        r"effort|result|show))\b",
    ),
    # "Bloody" before a thing that vexes: "them bloody potholes", "that bloody thing", "fixed
    # every bloody thing in this building" (ordinary probe 172)
    (
        "bloody",
        # (not someone's: "I'll break your bloody phone")
        r"(?<!\byour\s)(?<!\bur\s)(?<!\bhis\s)(?<!\bher\s)"
        r"\b(?P<w>bloody)\s+(?:thing|things|potholes?|weather|rain|traffic|buses|bus|trains?|"
        r"printers?|wifi|app|apps|computers?|laptops?|phones?|car|cars|hell|nora|marvellous|"
        r"freezing|roasting|boiling|everything|heat|snow|wind|parking|queues?|forms?|"
        r"paperwork|roadworks|hills?|stairs)\b",
    ),
    # A cockerel's crow: "singing cock-a-doodle-doo all afternoon" (ordinary probe 172)
    ("doodle", r"\bcock-a-(?P<w>doodle)-doo?\b"),
    # The Black Country's "wench", a girl or a woman said fondly: "I'm a right yampy wench"
    # (ordinary probe 172; "yampy" is daft)
    # (not "me wench" told to come here: the review of the thirty-eighth session)
    ("wench", r"\b(?:yampy|bostin|our)\s+(?P<w>wench)\b(?!\s+(?:come|sit|get))"),
    # "a cock and bull story": a tall tale (ordinary probe 177)
    ("cock", r"\b(?P<w>cock)[\s-]+and[\s-]+bull\b"),
    # Cocktails by their names, where cocktails are said (ordinary probe 177): "Porn Star
    # Martinis, Sex on the Beach and Slippery Nipples"
    ("porn", r"\b(?P<w>porn)\s+star\s+martinis?\b"),
    (
        "sex",
        rf"\b{_DRINKS}\b[^\n]{{0,120}}?{_NOT_A_DRINK_BEFORE}\b(?P<w>sex)\s+on\s+the\s+beach\b"
        rf"|{_NOT_A_DRINK_BEFORE}\b(?P<w2>sex)\s+on\s+the\s+beach\b(?=[^\n]{{0,120}}?\b{_DRINKS}\b)",
    ),
    (
        "nipple nipples",
        rf"\b{_DRINKS}\b[^\n]{{0,120}}?{_NOT_A_DRINK_BEFORE}\bslippery\s+(?P<w>nipples?)\b"
        rf"|{_NOT_A_DRINK_BEFORE}\bslippery\s+(?P<w2>nipples?)\b(?=[^\n]{{0,120}}?\b{_DRINKS}\b)",
    ),
    # "Honestly Lincolnshire, you're killing me": laughing, or worn out (ordinary probe 177)
    (
        "killing",
        r"\b(?:you'?re|you\s+are|ur|u\s+r)\s+(?P<w>killing)\s+me\b"
        r"(?=\s*(?:[!.,?\u2600-\u27bf\U0001f300-\U0001faff]|lol|haha|lmao|$))",
    ),
    # Praise: "a cracking bloke with a killer laugh" (ordinary probe 177)
    (
        "killer",
        r"\b(?P<w>killer)\s+(?:laugh|smile|sense\s+of\s+humou?r|voice|heels|outfit|looks?|"
        r"moves|dance\s+moves|playlist|cake|recipe)\b",
    ),
    # Grouse shooting's hides: "lunch in the shooting butts" (ordinary probe 177)
    ("butts", r"\b(?:shooting|grouse)\s+(?P<w>butts)\b"),
    (
        "butty butties",
        r"\b(?P<w>butt(?:y|ies))\b",  # a sandwich, in the North: "sausage butties"
    ),
    # Doing something very well: "you're killing it", "smashed it", "slaying it".
    (
        "killing killed kill smashing smashed smash slaying slayed slay bossing bossed "
        "nailing nailed crushing crushed",
        r"\b(?P<w>killing|killed|kill|smashing|smashed|smash|slaying|slayed|slay|bossing|bossed|"
        r"nailing|nailed|crushing|crushed)\s+it(?:\s+(?:today|again|this|last|on|in|at|with|"
        r"all|every|out\s+there))?\s*(?:[!.,;:)]|$|\s+(?:[^\w\s]|and|so|as|guys|team|everyone|"
        r"all|today|again|this|last|on|in|at|with|x+)\b)",
    ),
    # Calling oneself names: "I'm such an idiot, left my lanyard on the bus again", "what
    # a muppet I am". Said of oneself, the word insults nobody.
    (
        # (and a pillock, a prat, a berk, a plank: ordinary probe 217; a bellend, a wee
        # bampot: ordinary probe 277)
        "idiot muppet numpty plonker div dope doofus dummy wally twit nitwit clown melt "
        "fool dafty dork nerd loser eejit donut doughnut gobshite pillock prat berk plank "
        "bellend bampot",
        r"\b(?:i'?m|i\s+am|im)\s+(?:(?:such|so|a|an|the|total|complete|absolute|proper|"
        r"right|massive|biggest|bit\s+of\s+an?|officially|literally|actually|an\s+actual|wee)\s+)*"
        r"(?P<w>idiot|muppet|numpty|plonker|div|dope|doofus|dummy|wally|twit|nitwit|clown|"
        r"melt|fool|dafty|dork|nerd|loser|eejit|donut|doughnut|pillock|prat|berk|plank|bellend|"
        r"bampot)\b"
        r"|\bwhat\s+an?\s+(?:absolute\s+|total\s+|complete\s+)?(?P<w2>idiot|muppet|numpty|"
        r"plonker|div|wally|twit|clown|melt|fool|dafty|dork|eejit|donut|doughnut|pillock|prat|"
        r"berk|plank)\s+i\s+am\b"
        # "proper gobshite me, sent my shopping list to the group chat"
        r"|(?:^|[.!?]\s+)(?:proper|absolute|total|right|complete|such\s+an?)\s+(?P<w3>gobshite|"
        r"idiot|muppet|numpty|plonker|div|wally|clown|melt|dafty|eejit|donut|doughnut|dope)\s+"
        r"(?:me|i\s+am|i'?m)\b",
    ),
    # What ordinary probe 183 held: a doll's bottom in a nappy-changing practical, a
    # hyperbole of a rush for doughnuts, a Yorkshire sulk, a Welsh "mate", a cow said
    # fondly, a "sick" meal, "hell yeah".
    (
        "bum bums",
        r"\b(?:plastic|baby|baby'?s|babies'?|dolls?'?|newborns?'?)\s+(?P<w>bums?)\b",
    ),
    (
        "kill",
        r"\b(?:don'?t|dont|do\s+not|try\s+not\s+to|no\s+need\s+to)\s+(?P<w>kill)\s+each\s+other\s+"
        r"(?:in|for|over|to\s+get)\b",
    ),
    ("bum", r"\bmardy\s+(?P<w>bum)\b"),
    (
        "butt",
        r"\b(?:tidy|alright|all\s+right|iawn|diolch|cheers|ta|ow\s+be|ow\s+bist|now\s+then)"
        r"[,!]?\s+(?P<w>butt)\b(?!\s+(?:of|out|in|on|plug|cheeks?)\b)",
    ),
    (
        "cow",
        r"\b(?:soppy|daft|silly|lovely|old)\s+(?P<w>cow)\b(?=[^.!?\n]{0,20}\b(?:bless|love)\s+"
        r"(?:her|him|them|'?er)\b)",
    ),
    (
        "sick",
        r"\b(?P<w>sick)\s+(?:chippy|chips|burger|burgers|pizza|kebab|curry|brownie|brownies|"
        r"meal|breakfast|fry\s+up|sandwich|sarnie|scran|roast|bakery|cake)\b",
    ),
    # (not "go to hell yeah", "burn in hell yeah")
    ("hell", r"(?:^|(?<!\bto)(?<!\bin)(?<!\bof)[\s,.!(])(?P<w>hell)\s+(?:yeah|yes|yea|ya|yh)\b"),
    # Ulster's "small" said fondly, and a Liverpudlian: "wee eejits in the nicest way",
    # "Scouse tutor" (a "wee lad" may still be threatened)
    (
        "wee",
        r"\b(?P<w>wee)\s+(?:eejits?|idiots?|numpties)\b(?=[^.!?\n]{0,40}\bin\s+(?:the|a)\s+"
        r"(?:nicest|nice|kindest|kind|loving|best)\s+(?:possible\s+)?way\b)",
    ),
    (
        "scouse",
        r"\b(?P<w>scouse)\s+(?:tutor|teacher|lecturer|accent|stew|humour|wit|pride|dialect)\b"
        # the stew for a meal (ordinary probe 211): "Scouse for tea, me nan's recipe"
        r"|\b(?P<w2>scouse)\s+(?:for\s+(?:tea|dinner|lunch|supper)|recipe)\b",
    ),
    # What ordinary probe 191 held: set texts' and history's titles, Birmingham, a
    # plumber's cocks, a self-mocking "kill me now", a dog's anal glands, breastfeeding,
    # Powys's Three Cocks, oneself called stupid or thick, food "a bit crap", Cockney
    # slang, "that's sick" as praise.
    # (the play's title as a title: in quotation marks, or read, studied or set; not "tis
    # pity she's a whore and so is jade")
    (
        "whore",
        r"['\"\u2018\u201c]'?tis\s+pity\s+she'?s\s+a\s+(?P<w>whore)\b"
        r"|\b(?:reading|read|studying|study|set\s+text|play|text|unit|list)\b[^.!?\n]{0,40}?"
        r"\b'?tis\s+pity\s+she'?s\s+a\s+(?P<w2>whore)\b(?!\s+(?:and|like|lol))",
    ),
    ("bastard", r"\bwilliam\s+the\s+(?P<w>bastard)\b"),
    ("brum brummie brummies", r"\b(?P<w>brum|brummie|brummies)\b(?!\s+(?:scum|rats?|vermin)\b)"),
    ("stopcock stopcocks ballcock ballcocks", r"\b(?P<w>(?:stop|ball)cocks?)\b"),
    (
        "kill",
        r"(?:^|[,.!?;:]\s*|\b(?:just|honestly|pls|please|somebody|someone)\s+)(?P<w>kill)\s+me\s+now\b",
    ),
    ("anal gland glands", r"\b(?P<w>anal)\s+(?P<w2>glands?)\b"),
    (
        "nipple nipples",
        r"\b(?:bit|bites|biting|latch\w*\s+on\s+to)\s+my\s+(?P<w>nipples?)\b"
        r"(?=[^\n]{0,80}\b(?:breast\s*-?\s*feed\w*|baby|babies|teeth|tooth|teething)\b)"
        rf"|\b(?:breast\s*-?\s*feed\w*|teething)\b[^\n]{{0,80}}?{_NOBODYS}\b(?P<w2>nipples?)\b"
        r"|\b(?:breast\s*-?\s*feed\w*|baby|babies|teething)\b[^\n]{0,80}?\b(?:bit|bites|biting)\s+"
        r"my\s+(?P<w3>nipples?)\b",
    ),
    (
        "cocks",
        r"\bthree\s+(?P<w>cocks)(?=\s+(?:in\s+(?:powys|wales|brecon\w*)|near\s+(?:brecon|hay|"
        r"talgarth|glasbury)|village|,\s+powys)\b)",
    ),
    (
        "penis penises testes testicles vagina vaginas vulva cervix anus rectum scrotum uterus",
        # (no one's: not "ur penis", "jade's vagina", the second review of the thirty-ninth
        # session; within the sentence)
        rf"{_NOBODYS}\b(?P<w>{_BODY_PARTS})\b(?=[^.!?\n]{{0,100}}\b{_ANATOMY_LESSON}\b)"
        rf"|\b{_ANATOMY_LESSON}\b[^.!?\n]{{0,100}}?{_NOBODYS}\b(?P<w2>{_BODY_PARTS})\b",
    ),
    (
        "stupid thick dumb",
        r"\b(?:i\s+was|i\s+am|i'?m|im|i\s+felt|i\s+feel|made\s+me\s+feel|make\s+me\s+feel|"
        r"makes\s+me\s+feel|feeling)\s+(?:so\s+|really\s+|proper\s+|a\s+bit\s+|too\s+)?"
        r"(?P<w>stupid|thick|dumb)\b",
    ),
    (
        "crap",
        # (of a thing, not a person: not "ur a bit crap")
        r"(?<!\bur\s)(?<!\bu\sr\s)(?<!\byou're\s)(?<!\byoure\s)(?<!\byou\sare\s)(?<!\bhe's\s)"
        r"(?<!\bshe's\s)(?<!\bhes\s)(?<!\bshes\s)(?<!\bur\sa\s)(?<!\byou're\sa\s)"
        r"(?<!\byoure\sa\s)(?<!\byou\sare\sa\s)(?<!\bhe's\sa\s)(?<!\bshe's\sa\s)"
        r"(?<!\bhes\sa\s)(?<!\bshes\sa\s)"
        r"\b(?:a\s+bit|bit\s+of\s+a|little\s+bit)\s+(?P<w>crap)\b(?!\s+(?:at|to)\s+(?:you|u)\b)",
    ),
    (
        "cockney",
        r"\b(?P<w>cockney)\s+(?:rhyming|slang|accent|tutor|lad|lads|geezer|sparrow|heritage|"
        r"roots|family|born|dialect)\b",
    ),
    (
        "sick",
        # (or a thing made: "that beat you dropped was sick bruv", ordinary probe 272)
        r"\b(?:that'?s|thats|dat'?s|dats|this\s+is|that\s+is|it'?s|its|looks?|sounds?|so|"
        r"(?:beat|track|tune|set|mix|drop|verse|edit|cut|fade|design|drawing|piece)\b[^.!?\n]{0,40}?"
        r"\b(?:was|is))\s+"
        r"(?:so\s+|well\s+|proper\s+|actually\s+|lowkey\s+|bare\s+)?(?P<w>sick)\b"
        r"(?=\s*(?:bruv|bro|fam|mate|man|g|\U0001f525|!|$))",
    ),
    # What ordinary probe 199 held: a hill in the Black Mountains, a dog's litter, a new kit
    # or a music drop praised, Black Country sweets and a dish, one's own legs aching, a
    # late lecturer's fond hyperbole.
    ("knob", r"\blord\s+hereford'?s\s+(?P<w>knob)\b"),
    (
        "bitch",
        r"\b(?:our|my|the|his|her|their)\s+(?P<w>bitch)\s+(?:had|has|is\s+having|just\s+had|"
        r"whelped|gave\s+birth)\b(?=[^.!?\n]{0,40}\b(?:pups?|puppies|litter)\b)",
    ),
    (
        "filthy nasty sick",
        r"\b(?:kit|shirt|trainers|boots|jersey|strip|drop|beat|bars|tune|track|verse|riff|edit|"
        r"mix|remix|set)\s+(?:at\s+the\s+end\s+of\s+(?:your|ur|the|his|her)\s+\w+\s+)?"
        r"(?:is|was|looks|sounds)\s+(?:so\s+|well\s+|proper\s+|actually\s+)?"
        r"(?P<w>filthy|nasty|sick)\b",
    ),
    ("suck", r"\bbag\s+o['\u2019]?\s+(?P<w>suck)\b"),
    ("dick", r"\bgrorty\s+(?P<w>dick)\b"),
    (
        "killing",
        r"\b(?:my\s+)?(?:legs|feet|back|knees|head|arms|calves|hands|neck|shoulders|thighs|"
        r"glutes|hamstrings)\s+(?:are|is|r)\s+(?P<w>killing)\s+me\b",
    ),
    (
        "killed",
        r"\b(?:he|she|they|mum|dad|nan|grandad)['\u2019]?d\s+have\s+(?P<w>killed)\s+"
        r"(?:us|me|them|you|u)\s+for\b",
    ),
    # Places whose names look rude: read as the place, never as the word.
    (
        "bitchet bitchfield shitterton penistone scunthorpe cockermouth cockfosters cockington "
        "cockshutt cockburnspath twatt wetwang crapstone titty balls bell willy lickfold "
        "pratts pratt bottom cockup dicker prickwillow fingringhoe slackbottom "
        "shitlington minge butts fanny spanker ass wigan clitheroe penishawain knobhall "
        "shaggs booty muff cumwhinton cumbernauld dicks horcum cocks hoole penisarwaun penisa "
        "crotch cockett cockfield cock muck kilmarnock kilkeel kilmacolm kilbirnie kilwinning "
        "kilsyth kilbride kilpatrick kilmaurs kilmallock kilrush kildare kilkenny killarney "
        "dumbarton nigg assloss mucking cockley cocking chine",
        r"\b(?P<w>bitchet\s+green|bitchfield|shitterton|penistone|scunthorpe|cockermouth|cockfosters|cockington|"
        r"cockshutt|cockburnspath|wetwang|crapstone|titty\s+ho|sandy\s+balls|"
        r"brown\s+willy|lickfold|pratts?\s+bottom|great\s+cockup|little\s+cockup|"
        # (ordinary probe 177) County Durham's and Suffolk's Cockfield, Towton's beck, Stony
        # Stratford's inn
        r"cockfield|cock\s+beck|cock\s+inn|upper\s+dicker|lower\s+dicker|"
        r"prickwillow|fingringhoe|slackbottom|shitlington|minge\s+lane|butts\s+green|"
        r"fanny\s+hands\s+lane|spanker\s+lane|ass\s+hill|happy\s+bottom|wigan\s+pier|"
        r"clitheroe|penishawain|knobhall|shaggs|booty\s+lane|cumwhinton|cumbernauld|"
        r"dicks\s+mount|hole\s+of\s+horcum|cocks\s+moors?\s+woods?|hoole|penisarwaun|"
        r"penisa'?r\s+waun|"
        # (ordinary probe 72) Orkney, Oxford, Swansea and the Small Isles
        r"(?<=from\s)twatt|(?<=near\s)twatt|(?<=in\s)twatt|(?<=at\s)twatt|(?<=to\s)twatt|crotch\s+crescent|cockett|isle\s+of\s+muck|muck\s+and\s+eigg|eigg\s+and\s+muck|"
        r"muck,\s+eigg|"
        # (ordinary probe 95) towns the model reads by their letters: Ayrshire's,
        # Ireland's and the Highlands'
        r"kil(?:marnock|keel|macolm|birnie|winning|syth|bride|patrick|maurs|mallock|rush|"
        r"dare|kenny)|killarney|dumbarton|"
        # (only as the place: not a clipped slur, "you nigg", nor "an assloss")
        r"(?<=to\s)nigg|(?<=in\s)nigg|(?<=at\s)nigg|(?<=near\s)nigg|(?<=from\s)nigg|"
        r"(?<=past\s)nigg|nigg\s+(?:bay|and\s+tain)|(?<=the\s)assloss|"
        # (ordinary probe 183) Essex's Mucking and a stable's mucking out, Norfolk's
        # Cockley Cley, West Sussex's Cocking, the Isle of Wight's and Bournemouth's chines
        r"mucking(?=\s+(?:out|about|around)\b)|(?<=in\s)mucking|(?<=at\s)mucking|"
        r"(?<=from\s)mucking|(?<=to\s)mucking|cockley(?=\s+cley)|"
        r"(?<=in\s)cocking|(?<=at\s)cocking|(?<=from\s)cocking|(?<=to\s)cocking|"
        r"(?<=near\s)cocking|cocking(?=\s+(?:and|minibus(?:es)?|bus|village|causeway|church|to)\b)|"
        r"(?<=blackgang\s)chine|(?<=shanklin\s)chine|(?<=alum\s)chine|(?<=luccombe\s)chine|"
        r"(?<=branksome\s)chine|(?<=durley\s)chine|(?<=boscombe\s)chine)\b",
    ),
    # What ordinary probe 206 held: an oyster's shucking (its "no need to kill yourself
    # rushing" stays a threat: no sense may excuse that phrase, the reviews of the fortieth
    # session found spite said every way after it), hell as an intensifier of how one feels
    # ("nervous as hell") and of a storm, an oath at good news, a sore bum after leg day,
    # pets that are nutters.
    (
        "shuck shucks shucked shucking shucker shuckers",
        r"\boysters?\b[^.!?\n]{0,30}?\b(?P<w>shuck(?:s|ed|ing|ers?)?)\b"
        r"|\b(?P<w2>shuck(?:s|ed|ing|ers?)?)\b[^.!?\n]{0,30}?\b(?:oysters?|scallops?|clams?|corn)\b",
    ),
    (
        "hell",
        # (of oneself, or opening a clause: not "Ms Taylor is hot as hell", "Sophie is loud
        # as hell"; the review of the fortieth session)
        r"(?:(?:^|[,.!?;:]\s*|\b(?:i'?m|im|i\s+am|i\s+was|we'?re|we\s+were|feeling|felt|"
        r"getting)\s+)(?:so\s+|proper\s+|well\s+)?)(?:nervous|scared|mad|tired|proud|happy|"
        r"busy|buzzing|excited|stressed|sore|hungry|bored|chuffed|nervy|knackered|shattered)\s+"
        r"as\s+(?P<w>hell)\b(?!\s+(?:you|u|ur|your)\b)"
        # (the weather or a room: "it's hot as hell in the IT suite", "cold as hell on the
        # 7am bus")
        r"|(?:^|[,.!?;:]\s*|\b(?:it'?s|its|it\s+was|it\s+is)\s+)(?:so\s+)?(?:hot|cold|freezing|"
        r"boiling|windy|wet|humid|muggy)\s+as\s+(?P<w3>hell)\b"
        r"(?![^.!?\n]{0,30}\b(?:you|u|she|he|her|him|would|i'?d)\b)"
        r"|\b(?:storm|wind|rain|snow|gales?)\b[^.!?\n]{0,40}?\blike\s+(?P<w2>hell)\b"
        r"(?![^.!?\n]{0,30}\b(?:face|you|your|ur)\b)",
    ),
    (
        "bloody",
        r"(?:^|[.!?]\s+)(?P<w>bloody\s+hell)\b[,!.]*\s+(?:a\s+)?(?:distinction|merit|pass|passed|"
        r"a\*|full\s+marks|we\s+won|i\s+passed|we\s+passed|congrats|congratulations|well\s+done)\b",
    ),
    (
        "bum",
        r"\b(?:my|me|our)\s+(?P<w>bum\s+(?:is|was|'s)\s+(?:killing|aching|numb|sore|hurting|"
        r"in\s+bits))\b",
    ),
    # What ordinary probe 211 held: a show dog, the parts of the body in a lesson's list, a
    # jab's prick, pubs' old names, a sulk, a gym's bum day, a hard nut of a goose, cheeky
    # young animals, "nuts about", food praised as filthy, a team's fans who won't shut up,
    # one's own bloody weight in chips, Bradford's Cockshott Lane.
    (
        "bitch",
        # (one's own dog: not "the lab bitch", "that Shepherd bitch", a surname; the review
        # of the fortieth session)
        r"\b(?:my|our|his|her|their)\s+(?:collie|spaniel|labrador|terrier|greyhound|whippet|"
        r"lurcher|retriever|beagle|dachshund|poodle|mastiff|sheepdog|bulldog|staffie|staffy)\s+"
        r"(?P<w>bitch)\b(?!\s+(?:like|ass|of|is\s+a)\b)"
        r"(?![^.!?\n]{0,40}\b(?:you|u|like\s+(?:her|him|you|them|his|its)|looks\s+like)\b)",
    ),
    (
        "vagina vaginas",
        r"(?<!ur\s)(?<!your\s)(?<!her\s)(?<!'s\s)(?<!my\s)\b(?P<w>vaginas?)\b"
        r"(?=[^.!?\n]{0,60}\b(?:vulva|cervix|uterus|ovar(?:y|ies)|womb|fallopian)\b)"
        r"|\b(?:vulva|cervix|uterus|ovar(?:y|ies)|womb|fallopian)\b[^.!?\n]{0,60}?"
        r"(?<!ur\s)(?<!your\s)(?<!her\s)(?<!'s\s)(?<!my\s)\b(?P<w2>vaginas?)\b",
    ),
    (
        "prick",
        # (a jab's, felt in the arm: not "Jake from the vaccine clinic is a little prick",
        # "Connor is a little prick", "you little prick"; the reviews of the fortieth session)
        r"\b(?:jab|needle|injection|vaccine|vaccination|booster|blood\s+test)\b[^.!?\n]{0,14}?"
        r"(?:,\s*|\s)(?:just\s+)?(?:a\s+)?(?:tiny|little|small|sharp|quick|slight)\s+(?P<w>prick)\s+"
        r"(?:in|on)\s+(?:the|my|your|ur|her|his)\s+(?:arm|finger|skin|hand)\b",
    ),
    ("cock", r"\bthe\s+(?P<w>cock)\s+(?:and|&)\s+(?:bottle|bull|hen|pye|magpie|feathers|kettle)\b"),
    ("arse", r"\bmardy\s+(?P<w>arse)\s+mode\b"),
    ("bum", r"\b(?P<w>bum)\s+day\b"),
    (
        "nut",
        r"\b(?:goose|geese|gander|cockerel|rooster|ram|bull|goat|swan|ferret|tomcat)\b"
        r"[^.!?\n]{0,30}?\b(?:proper\s+|right\s+|a\s+)?hard\s+(?P<w>nut)\b",
    ),
    (
        "bugger buggers",
        r"\b(?:cheeky|little|naughty)\s+(?:little\s+)?(?P<w>buggers?)\b"
        r"(?=[^\n]{0,80}\b(?:ferrets?|kits|pups?|puppies|kittens?|lambs?|goats?|piglets?|"
        r"chicks?|ducklings?)\b)"
        r"|\b(?:ferrets?|kits|pups?|puppies|kittens?|lambs?|goats?|piglets?|chicks?|ducklings?)\b"
        r"[^\n]{0,80}?\b(?:cheeky|little|naughty)\s+(?:little\s+)?(?P<w2>buggers?)\b",
    ),
    (
        "nuts",
        r"(?:^|[.!?]\s+|\b(?:i'?m|im|i\s+am|we'?re|totally|proper|absolutely)\s+)(?P<w>nuts)\s+about\b",
    ),
    (
        "filthy",
        # (food praised, not a slur or a jibe: "you filthy curry munchers", "filthy pie
        # eating fat pig", "a filthy pizza face"; the review of the fortieth session)
        r"(?<!you\s)(?<!your\s)(?<!a\s)\b(?P<w>filthy)\s+(?:lasagne|burgers?|brownies?|pizza|curry|"
        r"kebab|cheesecake|wings|nachos|chips|fry\s*-?\s*up|pie|bake|sauce|cake|dessert|sandwich|"
        r"toastie|loaded\s+fries)\b(?!\s+(?:munchers?|eat\w*|face|pig|fat|lover|breath)\b)"
        r"(?![^.!?\n]{0,40}\b(?:your|ur|you|u|smelt|smells|stinks)\b)",
    ),
    (
        "shut",
        r"\b(?:haven'?t|hasn'?t|havent|hasnt|won'?t|wont|never|didn'?t|didnt)\s+(?P<w>shut\s+up)\b"
        r"(?=\s+(?:all|since|about|for)\b)",
    ),
    ("bloody", r"\b(?:his|her|my|their|your|own|me)\s+(?P<w>bloody)\s+weight\b"),
    # What ordinary probe 222 held: an oath at how hard others had it ("bloody hell we've got
    # it easy"), a day as dreich as hell, a show bitch with her breed's kind before it, a dog
    # a savage with its toys, a live wire that will kill you and a circuit proved dead, a
    # bake that is a killer, a lecturer who will be bloody missed, "you'd be daft to miss
    # it".
    (
        "bloody",
        r"(?:^|[,.!?;]\s*)(?P<w>bloody\s+hell)\b,?\s+(?:we'?ve|we\s+have|we\s+had|i'?ve|they\s+had|"
        r"that'?s|thats|it'?s|its|what\s+a)\b(?![^.!?\n]{0,40}\b(?:you|u|ur|your)\b)",
    ),
    (
        "hell",
        r"(?:^|[,.!?;:]\s*)(?:so\s+)?(?:dreich|grim|miserable|grey|dark|pishing|bleak)\s+as\s+"
        r"(?P<w>hell)\b(?![^.!?\n]{0,30}\b(?:you|u|ur|your|she|he|her|him|his)\b)",
    ),
    (
        "bitch",
        r"\b(?:my|our|his|her|their)\s+(?:(?:cocker|springer|working|show|border|welsh|english|"
        r"irish|black|yellow|chocolate|red)\s+(?:collie|spaniel|labrador|lab|terrier|greyhound|"
        r"whippet|lurcher|retriever|setter|pointer|sheepdog)|show|working|lurcher|whippet|"
        r"greyhound|spaniel|collie)\s+(?P<w>bitch)\b"
        # (then what a dog does, not a person's name: "my show bitch Chantelle lol"; the
        # second review of the forty-first session)
        r"(?=\s*(?:[.,!?)\n]|$)|\s+(?:won|came|had|has|was|gave|got|took|is\s+(?!a\b)|in\s+season|"
        r"at\s+the|of\s+the\s+year)\b)"
        r"(?!\s+(?:like|ass|of|is\s+a)\b)"
        r"(?![^.!?\n]{0,40}\b(?:you|u|like\s+(?:her|him|you|them|his|its)|looks\s+like)\b)",
    ),
    (
        "savage",
        # (and "my dog's an absolute savage, ate the sofa": the review of the forty-first
        # session)
        r"\b(?:my|our|the|his|her)\s+(?:dog|pup|puppy|cat|kitten|staffie|spaniel|collie|terrier|"
        r"hamster|ferret|rabbit)(?:'s|\u2019s|\b(?:\s+[a-z]+)?\s+(?:is|was))\s+(?:a\s+|an\s+absolute\s+|"
        r"a\s+proper\s+|such\s+a\s+|an?\s+)?(?P<w>savage)\b"
        r"(?![^.!?\n]{0,40}\b(?:you|u|ur|your|like\s+(?:her|him|his|them))\b)",
    ),
    (
        "kill",
        # (a hazard's, not a person's: not "I will kill you"; opening its clause and no urging
        # after it: not "a fall will kill you, jump then", "touch my bench again and the saw
        # will kill you"; the second review of the forty-first session)
        r"(?:^|(?<=[.!?,;:])\s*)(?:(?:a|an|any)\s+(?=live))?(?:live\s+wire|live\s+cable|electricity|"
        r"the\s+mains|mains\s+voltage|"
        r"current|"
        r"voltage|asbestos|carbon\s+monoxide|the\s+lathe|that\s+lathe|a\s+lathe|the\s+saw|"
        r"fumes|a\s+fall|falls\s+from\s+height|live\s+wires|live\s+cables)\s+(?:will|can|could|may|"
        r"might)\s+(?P<w>kill)\s+"
        r"(?:you|u|someone|anyone|a\s+person)\b"
        r"(?![^.!?\n]{0,60}\b(?:hope|jump|go\s+on|touch\s+it|do\s+it|stick\s+your|forget|and\s+i|"
        r"i\s+hope|good\s+riddance|please|pls)\b)",
    ),
    ("dead", r"\b(?:prove|proved|proving|test\s+for)\s+(?P<w>dead)\b"),
    (
        "killer",
        r"\b(?P<w>killer)\s+(?:bake|bakes|brownies?|bread|pie|pastry|sponge|scones?|curry|chilli|"
        r"ball|pass|tune|set|track|solo|riff|finish)\b(?![^.!?\n]{0,30}\b(?:you|u|ur)\b)",
    ),
    (
        "bloody",
        r"\b(?:he'?ll\s+be|she'?ll\s+be|they'?ll\s+be|you'?ll\s+be|will\s+be|is|are|was|'s|\u2019s)"
        r"\s+(?:so\s+)?(?P<w>bloody)\s+missed\b",
    ),
    ("daft", r"\byou'?d\s+be\s+(?P<w>daft)\s+(?:to\s+miss|not\s+to)\b"),
    # What ordinary probe 217 held: an engine's or a track's sound praised as filthy
    # ("That exhaust on the project car sounds filthy now"; not "you sound filthy").
    (
        "filthy",
        r"\b(?:exhaust|engine|motor|car|bike|turbo|bass|drop|beat|track|mix|riff|guitar|synth)\b"
        r"[^.!?\n]{0,30}?\b(?:sounds?|sounded|sounding)\s+(?:so\s+|proper\s+|well\s+|absolutely\s+|"
        r"mint\s+|pure\s+)?(?P<w>filthy)\b"
        r"(?![^.!?\n]{0,40}\b(?:you|your|u|ur|like\s+(?:her|him|his|you|them))\b)",
    ),
    ("cockshott", r"\b(?P<w>cockshott)\b"),
    # What ordinary probe 237 held: a dog said fondly to be a soppy old bitch, a rugby
    # hooker, an illness called a cruel bastard, rain bloody chucking it down, a grading
    # "kicked ass", feeling like shit oneself, a nurse wiping bums.
    (
        "bitch",
        r"\b(?:my|our|his|her|their)\s+(?:collie|spaniel|labrador|lab|terrier|greyhound|whippet|"
        r"lurcher|retriever|beagle|dachshund|poodle|sheepdog|bulldog|staffie|staffy|springer|husky|"
        r"cockapoo|dog)(?:\s+\w+)?\s*(?:\s+is|'s|\u2019s)\s+a\s+(?:(?:soppy|daft|lovely|good|sweet|old|gentle|"
        r"silly|lazy|greedy|clever|fat|little)\s+){1,3}(?P<w>bitch)\b"
        r"(?![^.!?\n]{0,40}\b(?:like\s+(?:her|him|you|them)|looks\s+like)\b)",
    ),
    (
        "hooker hookers",
        # (a team's own, not someone called one: "she's a hooker, the whole rugby club knows")
        # (rugby's own words only, and no person said of: not "the hooker from year 13 is at
        # the match", "their hooker mum"; the review of the forty-second session)
        r"\b(?:our|their|the)\s+(?:new\s+|starting\s+)?(?P<w>hooker)\b"
        r"(?!\s+(?:from|in|on|at)\s+(?:the\s+)?(?:year|estate|college|corner|street|class)|"
        r"\s+(?:mum|mam|sister|girl|lass|bird)\b)"
        r"(?=[^.!?\n]{0,80}\b(?:rugby|scrum|scrums|lineout|lineouts|line-out|prop|flanker|xv|colts|"
        r"throwing\s+in|throw-in|blinder)\b)"
        r"(?![^.!?\n]*\b(?:had\s+(?:her|a\s+go)|charged|everyone'?s\s+had)\b)"
        # "he plays hooker for the first XV"
        r"|\b(?:play|plays|played|playing|start|starts|started|starting)\s+(?:at\s+)?(?P<w2>hooker)\b",
    ),
    (
        "bastard bitch",
        r"\b(?:cancer|dementia|alzheimer'?s|mnd|parkinson'?s|covid|illness|disease|grief|sepsis|"
        r"stroke|leukaemia|leukemia|ms|chemo|arthritis|anxiety|depression|motor\s+neurone(?:\s+disease)?)"
        r"(?:'s|\u2019s|\s+is|\s+really\s+is)\s+(?:a\s+|an\s+|one\s+)?(?:(?:cruel|horrible|evil|"
        r"nasty|absolute|rotten|right|awful|vicious)\s+)?(?P<w>bastard|bitch)\b"
        # (nothing said of a person after it: "grief is a bitch, so is your sister", the
        # review of the forty-second session)
        r"(?![^\n]{0,60}\b(?:so\s+(?:is|are)|and\s+(?:so\s+is\s+)?(?:you|she|he|your|ur))\b)",
    ),
    (
        "bloody",
        r"\b(?P<w>bloody\s+(?:chucking|pouring|pissing|tipping|bucketing|lashing|hammering|peeing|"
        r"teeming|belting))\s+(?:it\s+)?down\b(?![^.!?\n]*\b(?:you|your|ur)\b)",
    ),
    (
        "ass",
        r"\b(?:kick|kicked|kicks|kicking)\s+(?:some\s+)?(?P<w>ass)\b(?!\s*(?:you|u)\b)"
        r"(?![^.!?\n]{0,30}\b(?:your|ur|his|her|their)\s+ass\b)"
        # (no fight set up after it: "I'll kick ass after college, Jayden first")
        r"(?![^\n]{0,60}\b(?:after\s+(?:school|college|class)|at\s+break|outside|\w+'s\s+first|"
        r"bring\s+your|you'?re\s+getting|you'?re\s+next)\b)",
    ),
    (
        "shit shite",
        r"\b(?:feel|feeling|feels|felt)\s+(?:like\s+)?(?:absolute\s+|total\s+|utter\s+)?(?P<w>shite?)\b"
        # (nothing wished on a person after it: "you feel like shit? good, you deserve it")
        r"(?![^.!\n]{0,40}\b(?:you|u|ur|good|deserve\w*|serves?)\b)",
    ),
    (
        "bum bums arse arses",
        r"\b(?:wipe|wiping|wiped|wash|washing)\s+(?:\w+\s+){0,2}?(?P<w>bums?|arses?)\b"
        r"(?=[^.!?\n]{0,60}\b(?:care|placement|nursing|shift|ward|home|residents?|patients?|"
        r"babies|nursery|love\s+it|every)\b|\s*$)",
    ),
    # What ordinary probe 247 held: a gym's "work your butt off", a tap's cold cock, a
    # farm's cow muck shovelled, wheel nuts tight as hell, seagulls called thugs, The Butts
    # as a place.
    ("butt butts", r"\bwork\s+(?:your|my|our|their|his|her)\s+(?P<w>butts?)\s+off\b"),
    # (a tap's, said with what a tap does, not someone's: "send me a pic of your hot cock";
    # the review of the forty-second session)
    (
        "cock",
        r"(?<!your\s)(?<!his\s)(?<!my\s)(?<!her\s)(?<!ur\s)\b(?:hot|cold|stop|ball|drain|water|gas)\s+"
        r"(?P<w>cock)\b(?=\s+(?:(?:is|was)\s+(?:stuck|leaking|dripping|broken|jammed|seized|open|"
        r"shut)|tap|valve|leak))",
    ),
    (
        "shit",
        r"\b(?:shovel\w*|muck\w*\s+out|clean\w*\s+up|sweep\w*\s+up)\b[^.!?\n]{0,25}\b(?:cow|horse|pig|"
        r"sheep|chicken|goat)\s+(?P<w>shit)\b",
    ),
    (
        "hell",
        r"\b(?:tight|loose|stiff|rusty|seized)\s+as\s+(?P<w>hell)\b(?![^.!?\n]{0,30}\b(?:you|u|ur)\b)",
    ),
    (
        "thug thugs",
        r"\b(?:seagulls?|gulls?|pigeons?|geese|goose|squirrels?|magpies?|crows?)\s+(?:are|is)\s+"
        r"(?:absolute\s+|proper\s+|total\s+|little\s+)?(?P<w>thugs?)\b",
    ),
    ("butts", r"\b(?:next\s+to|at|on|by|near|behind)\s+the\s+(?P<w>butts)\b(?!\s+(?:of|on)\b)"),
    # What ordinary probe 242 held: an oath at a cold walk, a tap's cock fitted to an urn,
    # a bitch in season, nails hammered in, a Scouse greeting, a team told to murder them
    # in a final.
    (
        "bloody hell",
        r"(?:^|[.!?]\s+)(?P<w>bloody\s+hell)\b,?\s+(?:that|this)\s+(?:was|is)\s+(?:a\s+|an\s+)?"
        r"(?:\w+\s+)?(?:walk|commute|bus|train|journey|exam|test|shift|day|week|lesson|run|hill)\b",
    ),
    (
        "cock",
        r"\b(?P<w>cock)\s+(?:fitted|replaced|on\s+the\s+(?:urn|tank|boiler|pipe|radiator|cylinder|"
        r"barrel))\b",
    ),
    ("bitch bitches", r"\b(?P<w>bitch(?:es)?)\s+in\s+(?:season|heat|whelp)\b"),
    (
        "hammering",
        r"\b(?P<w>hammering)\s+(?:in\s+)?(?:the\s+|some\s+)?(?:\w+\s+)?(?:nails?|pegs?|posts?|stakes?|"
        r"tacks?|pins?)\b",
    ),
    (
        "scouse",
        r"\b(?P<w>scouse)\s+(?:greeting|accent|stew|pride|humour|humor|lad|lass|girl|boy|family|"
        r"nan|mum|dad|food|banter|born|dialect|words?|slang|and\s+proud)\b",
    ),
    (
        "murder",
        r"\b(?:good\s+luck|final|match|cup|derby|semi)\b[^.!?\n]{0,60}\bgo\s+(?:and|an|n)\s+"
        r"(?P<w>murder)\s+(?:them|em|'em)\b(?![^.!?\n]{0,30}\b(?:for\s+real|literally|knife|"
        r"stab\w*|kill\w*)\b)",
    ),
    (
        "nutter nutters",
        r"\b(?:ferrets?|dogs?|cats?|puppies|pups?|kittens?|goats?|hamsters?|horses?|ponies|"
        r"lambs?|chickens?|hens?|ducks?|rabbits?|guinea\s+pigs?)\s+(?:are|is|were|was)\s+"
        r"(?:absolute\s+|proper\s+|total\s+|complete\s+|little\s+)?(?P<w>nutters?)\b",
    ),
    # Ordinary probe 252 (the forty-third session): a job not to be botched ("don't cock
    # it up"), a presenter praised as an absolute madman, a late caretaker's "stop bloody
    # crying" remembered, and a care course's lesson that a name called in illness is
    # the illness talking.
    (
        "cock",
        r"\b(?:don'?t|dont|do\s+not|try\s+not\s+to|didn'?t|never|managed\s+to|might)\s+"
        r"(?P<w>cock)\s+(?:it|this|that|things|everything)\s+up\b",
    ),
    (
        "madman madmen maniac lunatic",
        r"\b(?:sick|fire|unreal|insane|class|mint|banging|banger|amazing|brilliant|incredible|"
        r"nailed|smashed|bossed)\b[^.!?\n]{0,40}\b(?:you|u|ya)\s+(?:absolute|actual|total|complete|"
        r"proper)\s+(?P<w>madman|madmen|maniac|lunatic)\b",
    ),
    (
        "bloody",
        r"(?:'d|\bwould|\bused\s+to)\s+(?:tell|shout\s+at|yell\s+at)\s+(?:us|me|them)\s+"
        r"to\s+stop\s+(?P<w>bloody\s+(?:crying|moaning|whinging|whining))\b",
    ),
    (
        "bum arse backside",
        r"\b(?:cheese|cheeses|cheeseboard|stilton|bishop|brie|camembert|durian|epoisses|munster|"
        r"roquefort|gorgonzola)\b[^\n]{0,80}?\bsmells?\s+like\s+(?:an?\s+)?(?:[\w']+\s+){0,2}?"
        r"(?P<w>bum|arse|backside)\b",
    ),
    # Ordinary probe 257 (the forty-third session): a fade called savage beside a fire, the
    # Pride group "Dykes on Bikes", a tutor who'll "kill me" if told, "me old cock" as a
    # greeting, a pup that is a wee nutter, a gym's butt day, "gonnae no dae that".
    (
        "savage",
        # (a thing's or a class's, never people's: not "Romanians are savage!"; the review
        # of the forty-third session)
        r"\b(?:fades?|trims?|cuts?|line-?ups?|sets?|tunes?|goals?|tackles?|roasts?|skills?|work|"
        r"class|group|night|gig|show|match|game|performance|watching|seeing|that|this|it)\b(?:[\s,]+(?!(?:travellers?|gypsies|gypsy|pikeys?|immigrants?|"
        r"refugees?|asylum|migrants?|muslims?|jews?|romanians?|polish|poles|pakis?|blacks?|asians?|"
        r"women|men|girls|lads|boys|people|foreigners|scum|them|they)\b)[\w']+){0,4}?\s+"
        r"(?:are|is|was|were|looks?|looked|looking)\s+"
        r"(?:absolutely\s+|actually\s+|pure\s+)?"
        r"(?P<w>savage)\b(?=\s*(?:[\U0001f525\U0001f4af\U0001f64c\U0001f488\U0001f440]|!))",
    ),
    ("dykes", r"\b(?P<w>dykes)\s+on\s+bikes\b"),
    (
        "kill",
        # (a tutor's or a coach's mock anger only: a parent's or a partner's may be meant)
        r"\bdon'?t\s+tell\s+(?:my|our|the)\s+(?:[a-z]+\s+)?(?:tutor|teacher|lecturer|coach|trainer|"
        r"instructor)\s*,?\s*(?:she|he|they)(?:'ll|\s+will|'d|\s+would)\s+(?P<w>kill)\s+me\b"
        # (the joke ends there, and nothing in the post tells of harm: not "he'll kill me,
        # he already hit me"; the review of the forty-third session)
        r"(?=\s*(?:[.!?,\U0001f600-\U0001f64f\U0001f900-\U0001f9ff]|lol|haha|$))"
        r"(?![^\n]*\b(?:hit|hits|hitting|grabbed|grab|grabs|touch\w*|pics?|send|sent|smash\w*|hurt\w*|"
        r"scared|afraid|fail\s+me|slap\w*|punch\w*|beat\w*|on\s+my\s+own|stay\s+behind|van|"
        r"messag\w*|at\s+night|secret|stays\s+in)\b)",
    ),
    ("cock", r"\b(?:me|my|ma)\s+old\s+(?P<w>cock)\b"),
    (
        "nutter nutters",
        r"\b(?:pupp(?:y|ies)|pups?|dogs?|spaniels?|kittens?|cats?|lambs?|ponies|pony|goats?)\b"
        r"[^.!?\n]{0,60}?\b(?:she'?s|he'?s|it'?s)\s+(?:a\s+)?(?:wee\s+|little\s+|right\s+|proper\s+|"
        r"total\s+|absolute\s+)?(?P<w>nutter)\b",
    ),
    ("butt", r"\b(?P<w>butt)\s+day\b"),
    (
        "dae",
        r"\bgonnae\s+no\s+(?P<w>dae)\b"
        r"(?![^\n]*\b(?:or\s+(?:i'?ll|ah'?ll|ill|else)|batter\w*|kill|smash\w*|deck\w*|burst)\b)",
    ),
    # Ordinary probe 262 (the forty-third session): "wee" as small, "pure melter" of oneself,
    # hurling's hurls, the pipe tune "Cock o' the North", killing for a bun, a parent's
    # threat about a resit, a savage pep talk, Derry Girls, a workout that kicked my butt,
    # "cock-up" quoted, condolences to a named person.
    (
        "wee",
        # (before a word for kin, a pet or a small thing, never a name for someone, and in a
        # post that tells of no harm, no touching, no pictures and no one's colour: not "ya
        # wee rat", "wee girl in first year told me her uncle touches her", "wee black
        # family"; the reviews of the forty-third session)
        r"^(?![\s\S]*\b(?:touch\w*|pics?|send|sent|snaps?|uncle|boyfriend|scared|jumped|chib\w*|"
        r"leather\w*|river|stinks?|go\s+back|back\s+where|fit|black|brown|curry|slap\w*|batter\w*|"
        r"kick\w*|punch\w*|smack\w*|deck\w*|stab\w*|done\s+in|kill\w*|hit|hurt|burst|grab\w*|"
        r"you|ya|ye|ur|yer|your|u)\b)[\s\S]*?"
        r"\b(?P<w>wee)\s+(?=(?:girl|girls|boy|boys|lad|lads|lass|lassie|one|ones|brother|bro|sister|"
        r"sis|cousin|granny|gran|nan|maw|dog|dug|pup|puppy|cat|note|shout|shoutout|bit|while|minute|"
        r"crowd|party|house|hoose|car|spare|second|dote|treat|reminder|message|update|favour|"
        r"thing|white|grey|mrs|mr|miss|baby|wean|weans|yin|yins|trip|walk|drink|cup|cuppa|present|"
        r"gift|chat|job|break|nap|holiday|dance|song|tune|change|question|family|group|team|class|"
        r"course|cake|biscuit|bun|snack|picnic)\b)",
    ),
    ("melter", r"(?:^|[.!?]\s*)(?:pure|absolute|total|right)\s+(?P<w>melter)\s*[.!]"),
    # (new, spare or broken ones: not "bring the hurls to his house", the review)
    (
        "hurls",
        r"\b(?:new|spare|broken)\s+(?P<w>hurls)\b"
        r"(?![^.!?\n]*\b(?:bring|take|took|sort|batter\w*)\b)",
    ),
    ("cock", r"\b(?P<w>cock)\s+o'?\s+the\s+north\b"),
    (
        "kill",
        # (food, a drink, sleep or a holiday: not "she'd kill for a reason to end him", the
        # review of the forty-third session)
        r"\b(?:i|she|he|they|we|you)(?:'d|\s+would)\s+(?P<w>kill)\s+for\s+(?:(?:a|an|some|that|this|"
        r"those|these)\s+(?:[a-z]+\s+)?(?:bun|buns|scone|scones|cake|pizza|chips|coffee|cuppa|tea|pint|"
        r"drink|kebab|burger|sandwich|sleep|nap|lie-in|holiday|break|snack|biscuit|fry|pie|pastie|"
        r"pasty)|one(?=\s*(?:[.!?,]|$)))\b",
    ),
    (
        "kill",
        r"\b(?:ma|mum|mam|mammy|mom|dad|da|nan|granny|gran|granda)\s+(?:says|said)\s+(?:she|he)"
        r"(?:'ll|\s+will)\s+(?P<w>kill)\s+me\s+if\s+i\s+(?:don'?t|do\s+not|fail|miss)\s+(?:pass|get|do|"
        r"make|my)\b"
        # (nothing of harm in the post: not "... last time she burnt my arm", the review)
        r"(?![\s\S]*\b(?:hit|hits|hitting|grabbed|hurt\w*|scared|afraid|slap\w*|punch\w*|beat\w*|"
        r"belt\w*|bruise\w*|burn\w*|threw|throw\w*|locked|not\s+allowed|put\s+me\s+out|means\s+it|"
        r"not\s+joking|last\s+time)\b)",
    ),
    (
        "savage",
        r"\b(?P<w>savage)\s+(?:pep\s+talk|team\s+talk|workout|session|training|drill|hill\s+sprints?|"
        r"finish|strike|volley|leg\s+day)\b",
    ),
    ("girls", r"\bderry\s+(?P<w>girls)\b"),
    ("butt", r"\bthe\s+medical\s+name\s+for\s+the\s+(?P<w>butt)\b"),
    (
        "butt ass arse bum",
        # (the class itself that kicked it, nothing of harm after: not "gym class kicked my
        # butt, then mr barr touched it", the review)
        r"\b(?:class|workout|session|training|circuit|circuits|spin|bootcamp|hiit|gym|exam|test|"
        r"paper)\s+(?:(?:absolutely|properly|totally|well|really|just)\s+)?(?:kicked|kicks)\s+my\s+"
        r"(?P<w>butt|ass|arse|bum)\b(?![\s\S]*\b(?:touch\w*|grab\w*|pinch\w*|pinned|every\s+day|"
        r"changing\s+rooms?|couldn'?t\s+sit|for\s+real|lads|slap\w*)\b)",
    ),
    ("cock", r"[\"'\u2018\u201c](?P<w>cock[- ]up)[\"'\u2019\u201d]"),
    (
        "banger bangers",
        # (a car's, nothing threatened: not "torched tonight with him in it", the review)
        r"\b(?P<w>banger)\s+of\s+a\s+(?:car|van|motor)\b"
        r"(?![^.!?\n]*\b(?:torch\w*|burn\w*|with\s+(?:him|her)|letterbox)\b)"
        r"|\b(?:right\s+)?old\s+(?P<w2>banger)\b(?=[^.!?\n]{0,40}\b(?:car|van|motor|mot|miles|engine|"
        r"land\s+rover|fiesta|corsa)\b)(?![^.!?\n]*\b(?:torch\w*|burn\w*|letterbox|put\s+down)\b)",
    ),
    # Ordinary probe 267 (the forty-third session): an apprentice an absolute savage with a
    # tool, no stupid question, Newington Butts and Cowes as places, a friend's death
    # grieved, a weld's run "nasty (good nasty)", "pure mental" quoted as praise, riders
    # absolute nutters and loved.
    (
        "savage",
        r"(?<!you're an )(?<!youre an )(?<!you are an )(?<!ur an )(?<!u r an )"
        r"\babsolute\s+(?P<w>savage)\s+(?:with|on)\s+(?:a|an|the)\s+[a-z]+"
        r"(?![^.!?\n]*\b(?:you|ur|ya)\b)",
    ),
    ("stupid", r"\bno\s+such\s+thing\s+as\s+a\s+(?P<w>stupid)\s+(?:question|one)\b"),
    ("butts", r"\bnewington\s+(?P<w>butts)\b"),
    (
        "cowes",
        r"\b(?:east\s+|west\s+)?(?P<w>cowes)(?=\s+(?:ferry|week|harbour|high\s+street|floating|"
        r"red\s+jet|marina|campus)\b)|(?<=\bin\s)(?P<w2>cowes)\b|(?<=\bto\s)(?P<w3>cowes)\b|"
        r"(?<=\bfrom\s)(?P<w4>cowes)\b",
    ),
    (
        "dead",
        r"\b(?:can'?t|cannot)\s+believe\s+(?:she|he|they)(?:'s|\s+is|'re|\s+are)\s+(?P<w>dead)\b"
        r"(?![^.!?\n]*\b(?:good|glad|deserved?|finally|lol|haha)\b)",
    ),
    ("nasty", r"\b(?P<w>nasty)\s*\(\s*good\s+nasty\s*\)"),
    ("nasty", r"\bnasty\s*\(\s*good\s+(?P<w>nasty)\s*\)"),
    ("mental", r"[\"'\u2018\u201c]pure\s+(?P<w>mental)[\"'\u2019\u201d]\s+is\s+a\s+compliment\b"),
    (
        "nutter nutters",
        r"\b(?:absolute|total|proper)\s+(?P<w>nutters?)\s+and\s+(?:we|i)\s+love\s+(?:them|em|'em|him|"
        r"her)\b",
    ),
    (
        "illness dementia confusion condition delirium",
        # (a patient or a resident, or someone in a care lesson; a name that insults, never
        # a slur: the review of the forty-third session)
        r"(?:\bif\s+(?:a\s+(?:patient|resident|client|service\s+user|person\s+with\s+dementia))|"
        r"\b(?:dementia|care|ward|training)\b[^\n]*?\bif\s+(?:someone|somebody))\s+calls?\s+(?:you|u)\s+"
        r"(?:an?\s+)?(?P<w>(?:(?:stupid|silly|daft|old|fat|ugly|useless|thick|nosy)\s+)?(?:cow|bag|bitch|"
        r"idiot|moron|witch|git|sod|bugger|bastard|fool|bat|trout|cow))\s*,\s*(?:it'?s|that'?s)\s+"
        r"(?:the\s+|their\s+)?(?:illness|dementia|confusion|condition|delirium)\b",
    ),
    # Ordinary probe 272 (the forty-fourth session): pricked by a needle, bums wiped in care,
    # a bollocking as a telling-off, "cock" said to a friend at the end, sorry for being a
    # gobshite, a music maker about to blow up, a storm blowing a hoolie, a nan an absolute
    # badass.
    (
        "pricked prick pricking",
        # (the verb, or a needle's or a finger's prick; never the word for a person anywhere
        # in the post: not "Blood tests at 9, see you there you little prick", the review)
        r"^(?![\s\S]*\b(?:a|an|the|that|this|little|right|total|massive|such|being|you|ur|ya|"
        r"absolute|proper|what|some|fat|ugly|stupid|big)\s+pricks?\b)"
        r"(?![\s\S]*\b(?:kill\w*|break|smash\w*|batter\w*|stab\w*|hurt)\b)[\s\S]*?"
        r"(?:\b(?:needles?|jabs?|injections?|blood\s+tests?|bloods|phlebotomy|cannula|thorns?|"
        r"pins?|lancet|finger)\b[^.!?\n]{0,60}?\b(?P<w>prick(?:ed|ing))\b"
        r"|\b(?:needle|finger|pin)[\s-](?P<w2>pricks?)\b)",
    ),
    (
        "bums bum bottoms",
        # (in a post about care work, said anywhere in it)
        r"^(?=[\s\S]*\b(?:care|carer|carers|placement|nursery|ward|residents?|patients?|babies|"
        r"baby|nappies|shift|job|nursing|nurse|hca|apprenticeship)\b)[\s\S]*?"
        r"\b(?:wip(?:e|ed|es|ing)|clean(?:ed|ing|s)?|chang(?:e|ed|ing)\s+nappies\s+and)\s+"
        r"(?:(?:a\s+lot\s+of|lots\s+of|loads\s+of|so\s+many|hundreds\s+of)\s+)?"
        r"(?:(?:the|their|babies'?|residents'?|patients'?|little)\s+)?(?P<w>bums?|bottoms)\b",
    ),
    (
        "bollocking bollockings",
        r"\b(?:a|the)\s+(?:right\s+|proper\s+|real\s+|massive\s+|huge\s+|good\s+)?"
        r"(?P<w>bollocking)\s+(?:for|off|from)\b",
    ),
    (
        "cock",
        # (a friend called so at a short last sentence's end: "Bene 'n' 'ot, cock!", nothing
        # sexual in the post)
        r"^(?![\s\S]*\b(?:suck|sucking|dick|pics?|nudes?|sexy|horny|ride|riding|touch\w*|"
        r"wank\w*|knob|hard|size|small|tiny|or\s+else|away|girlfriend|boyfriend|missus)\b)[\s\S]*?"
        # (after a greeting, thanks, a goodbye or an order at a bar: not "Stay away from my
        # girlfriend or else, cock!", the review)
        r"(?:^|[.!?]\s+)[^.!?\n]{0,30}?\b(?:ta-?ra|cheers|ta|thanks|see\s+(?:you|ya)|ey\s*up|"
        r"eyup|ay\s*up|'?ow\s+do|night|please|'ot|hot|ta\s+ra)[^.!?\n]{0,10}?,\s+(?P<w>cock)"
        r"\s*!?\s*$",
    ),
    (
        "gobshite knob dick prat idiot muppet pillock numpty melt dickhead twat arse nob",
        r"\b(?:soz|sorry|apologies)\s+(?:for|about)\s+(?:being|acting\s+like)\s+(?:a|an|such\s+a)\s+"
        r"(?:total\s+|right\s+|proper\s+|massive\s+|absolute\s+)?(?P<w>gobshite|knob|dick|prat|"
        r"idiot|muppet|pillock|numpty|melt|dickhead|twat|arse|nob)\b",
    ),
    (
        "blow",
        r"\b(?:beat|track|tune|song|set|mix|drop|verse|bars|music|channel|talent|voice)\b"
        r"[^.!?\n]{0,80}?\b(?:gonna|going\s+to|about\s+to|gunna|finna|will)\s+(?P<w>blow)\s+up\b"
        r"(?!\s+(?:the|your|ur|his|her|their|this|that|a|an|my|it)\b)",
    ),
    # Ordinary probe 277 (the forty-fourth session): a thing a pain in the arse or crap,
    # one's own team shite, a kick up the arse wanted, the crap a care worker deals with
    # (oneself a bellend or a wee bampot: read with the other names one calls oneself).
    (
        "arse bum backside butt ass",
        r"\b(?:app|apps|bus|buses|wifi|wi-fi|printer|printers|traffic|weather|system|parking|"
        r"website|portal|form|forms|queue|train|trains|roadworks|laptop|phone|software|update|"
        r"teams|moodle|canvas|speculum|dovetails?|joints?|exams?|coursework|homework|essays?|"
        r"barrier|barrier'?s|lift|lifts|heating|"
        r"assignments?|revision|deadlines?|paperwork)(?:'s|\s+is|\s+was|\s+are|\s+were)?\s+"
        r"(?:being\s+)?"
        r"(?:a|such\s+a)\s+(?:right\s+|proper\s+|real\s+|total\s+|massive\s+|bit\s+of\s+a\s+)?"
        r"pain\s+in\s+the\s+(?P<w>arse|bum|backside|butt|ass)\b"
        # (nor a group likened to it: "..., bit like the Polish lot in our class", the review)
        r"(?![^.!?\n]{0,30}\b(?:like|so\s+(?:is|are)|as\s+much\s+as|unlike)\b)",
    ),
    (
        "crap",
        r"\b(?:wifi|wi-fi|signal|weather|bus|buses|app|printer|food|coffee|parking|internet|"
        r"connection|bead|weld|welds|timetable|heating|website)\b[^.!?\n]{0,30}?"
        r"\b(?:is|was|looks?\s+like|'s|are|were)\s+(?:absolute\s+|total\s+|utter\s+|proper\s+|"
        r"a\s+bit\s+|bird\s+|dog\s+)?(?P<w>crap)\b"
        r"|^(?=[\s\S]*\b(?:commodes?|bedpans?|sluice|hca|care|ward|nappies|patients?|residents?)\b)"
        r"[\s\S]*?\bdeal(?:s|ing)?\s+with\s+the\s+(?P<w2>crap)\b",
    ),
    (
        "shite shit crap rubbish pants garbage",
        r"\b(?:we'?re|we\s+are|we\s+were|we\s+played|even\s+when\s+we'?re)\s+(?:absolute\s+|proper\s+|"
        r"total\s+|utter\s+)?(?P<w>shite|shit|crap|rubbish|pants|garbage)\b",
    ),
    (
        "arse backside bum butt",
        # (given to the writer or their own lot: not "Gonna give you a kick up the arse, you
        # need it", the review)
        r"^(?![\s\S]*\b(?:give|giving|gives)\s+(?:you|u|him|her|them|ya)\b|[\s\S]*\byou\s+need)"
        r"[\s\S]*?\b(?:(?:gave|give|giving|gives)\s+(?:me|us)|(?:i|we)\s+(?:needed|need|got))\s+"
        r"(?:a|the)\s+(?:good\s+|proper\s+|swift\s+|much[\s-]needed\s+)?kick\s+up\s+the\s+"
        r"(?P<w>arse|backside|bum|butt)\b",
    ),
    # Ordinary probe 282 (the forty-fourth session): advice not to be a smart arse.
    (
        "arse",
        r"\b(?:tips?|advice|rule|rules)\b[^\n]{0,60}?\bdon'?t\s+be\s+(?:a|an)\s+smart\s+"
        r"(?P<w>arse)\b",
    ),
    # LGBTQ+ women's own word for themselves, in the forms of pride only (round 43's read
    # half: "our little dyke contingent is meeting ... before the Dyke March"; not "she's
    # always been a butch dyke", "the dykes think everyone fancies them": the review)
    # (each form its own phrase: the guard reads the whole post from its start, so each
    # matches once)
    ("dyke dykes", _DYKE_PRIDE_GUARD + r"\b(?P<w>dyke)\s+march(?:es)?\b"),
    (
        "dyke dykes",
        _DYKE_PRIDE_GUARD + r"\b(?:our|the|us)\s+(?:little\s+)?(?P<w>dykes?)\s+"
        r"(?:and\s+queer\s+)?(?:contingent|crew|group|collective|squad|bar|night)\b",
    ),
    (
        "dyke dykes",
        _DYKE_PRIDE_GUARD + r"(?:\bproud\s+(?P<w>dykes?)\b"
        r"|\b(?:i'?m|we'?re|we\s+are)\s+(?:a\s+)?(?:proud\s+)?(?P<w2>dykes?)\b)",
    ),
    # Ordinary probe 287 (the forty-fourth session): the best faggots at a show, "bloody
    # hell" at a win, not a damn thing seen, a bunch of nutters missed, go kick some butt.
    (
        "faggots",
        # (with food said, and no men: not "Best faggots in the pub tonight, the two queens
        # behind the bar", the review)
        r"^(?=[\s\S]*\b(?:peas|gravy|mash|dish|pork|butcher\w*|pies?|meat|grub|menu|recipe|show|"
        r"chippy|market|counter|stall)\b)"
        r"(?![\s\S]*\b(?:you|ur|gay|queer|bender\w*|lads|boys|group|class|two|blokes|men|queens?|"
        r"kiss\w*|snog\w*|holding\s+hands|who)\b)[\s\S]*?"
        r"\b(?:best|tastiest|finest)\s+(?P<w>faggots)\b",
    ),
    (
        "hell",
        r"^\W*bloody\s+(?P<w>hell)\b(?![\s\S]*\b(?:you|ur|ya)\b)"
        r"(?=[^\n]*(?:\U0001f3c6|\b(?:firsts?|won|winners?|congrat\w*|llongyfarchiadau|proud|amazing|"
        r"brilliant|champions?|medals?)\b))",
    ),
    (
        "damn",
        _NO_THREAT_GUARD + r"(?:\b(?:see|hear|find|do|say|eat|feel)\s+a\s+(?P<w>damn)\s+thing\b"
        r"|\bgive\s+a\s+(?P<w2>damn)\s+(?:what|about|if)\b)",
    ),
    (
        "nutters muppets weirdos loons melts",
        # (not "won't miss you bunch of nutters, good riddance": the review)
        r"^(?![\s\S]*\b(?:won'?t|wont|will\s+not|never|not|riddance|glad|country|lmao)\b)[\s\S]*?"
        r"\bmiss\s+(?:you|u|ya)\s+(?:all\s+|lot\s+|)(?:bunch\s+of|lot\s+of|load\s+of\s+)?\s*"
        r"(?P<w>nutters|muppets|weirdos|loons|melts)\b",
    ),
    (
        "butt ass arse",
        r"\bgo\s+(?:and\s+|out\s+and\s+)?kick\s+some\s+(?P<w>butt|ass|arse)\b(?!\s+of\b)",
    ),
    # Ordinary probe 292 (the forty-fourth session): dirty fries ("damn" said alone at a delay
    # is left to the model: the held-out Jigsaw comments call "Damn." toxic).
    (
        "dirty filthy",
        r"\b(?P<w>dirty|filthy)\s+(?:fries|chips|burgers?|loaded\s+fries|nachos|hot\s+dogs?|"
        r"kebabs?|pizza)\b",
    ),
    ("hoolie", r"\bblowing\s+(?:a\s+)?(?:right\s+|proper\s+|real\s+)?(?P<w>hoolie)\b"),
    (
        "badass",
        r"\b(?:absolute|total|proper|real|such\s+a)\s+(?P<w>badass)\b"
        r"(?=[^\n]*(?:\U0001f451|\U0001f4aa|\U0001f525|\blegend\b|\bproud\b|\bwell\s+done\b|"
        r"\bpassed\b|\bqueen\b|\bcongrat\w*))",
    ),
)
_PHRASE = tuple((word_set(words), re.compile(p)) for words, p in _PHRASES)


@dataclass(frozen=True, slots=True)
class _Sense:
    word: re.Pattern[str]
    context: re.Pattern[str]
    # The words ``word`` can match: one must be among the post's words (a set test).
    words: frozenset[str]
    # Whether the sense holds in a sentence that speaks to someone ("bin your butts").
    spoken: bool = False
    # Words that undo the sense anywhere in the post ("Muslims shouldn't get a prayer
    # room"): said against the people, not to welcome them.
    unless: re.Pattern[str] | None = None
    # Whether the context must be in the word's own sentence ("Welcome to the group! ur
    # so gay tho" is not a welcome).
    near: bool = False


def _words(*words: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(words) + r")\b")


_BIRDS = _words(
    "birds?", "bird ?watch\\w*", "nests?", "nesting", "nest ?box(?:es)?", "feeders?",
    "owls?", "robins?", "wrens?", "finch(?:es)?", "sparrows?", "blackbirds?", "buzzards?",
    "woodpeckers?", "rspb", "wildlife", "birdsong", "species", "chicks", "fledglings?",
    "flitting", "ornithology",
    # the sea's (ordinary probe 177): "a pair of shags on the Farne Islands boat trip"
    "seabirds?", "sea birds?", "cormorants?", "puffins?", "gannets?", "guillemots?",
    "kittiwakes?", "razorbills?",
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
_METALWORK = _words(
    "weld\\w*", "mig", "tig", "electrodes?", "flux", "furnaces?", "smelt\\w*", "foundry",
    "foundries", "steel\\w*", "metal\\w*", "ores?", "iron ?works?",
)  # fmt: skip
_KITCHEN = _words(
    "peas", "gravy", "mash", "menu", "bistro", "canteen", "refectory", "cookery", "chefs?",
    "cooked", "cooking", "tasty", "butchers?", "pork", "recipes?", "dinner", "lunch",
    "onions?", "sausages?", "faggots and", "kitchen", "restaurant", "served",
)  # fmt: skip
_MELTED = _words(
    "cheese", "cheesy", "toasties?", "tuna", "panini", "sandwich(?:es)?", "burgers?", "patty",
    "butter", "chocolate", "ice", "snow", "wax", "glaciers?",
)  # fmt: skip
_EARTHWORKS = _words(
    "earthworks?", "ditch(?:es)?", "embankments?", "ramparts?", "ancient", "archaeolog\\w*",
    "landscape", "fens?", "drainage", "levees?", "roman", "saxon", "iron age", "hill ?forts?",
    "barrows?", "prehistoric", "wansdyke", "offa's",
)  # fmt: skip
# Livestock and the show ring: "that bull was a right big lump".
_LIVESTOCK = _words(
    "bulls?", "bullocks?", "heifers?", "steers?", "rams?", "tups?", "ewes?", "cows?", "cattle",
    "horses?", "cobs?", "colts?", "stallions?", "show ?ring", "livestock", "boars?", "sows?",
    "calves", "calf",
)  # fmt: skip
# Smoked fish and the smokehouses and breakfasts it comes from.
_SMOKED_FISH = _words(
    "smokehouses?", "smoked", "smoking", "smokery", "herrings?", "fish\\w*", "breakfasts?",
    "kedgeree", "haddock", "mackerel", "whitby", "craster", "loch fyne", "oak", "grilled",
    "butter", "toast",
)  # fmt: skip
_SMOKING = _words(
    "smok\\w*", "cigarettes?", "ciggies?", "vap\\w*", "ashtrays?", "tobacco", "smoking shelter",
)  # fmt: skip
# A skill, a move or a piece of work praised as "filthy" ("that dummy pass was filthy 🔥",
# "his welding bead is filthy in the best way").
_SKILL_WORDS = (
    "pass(?:es)?", "shots?", "goals?", "finish(?:es)?", "strikes?", "headshots?", "skills?",
    "touch", "nutmegs?", "dumm(?:y|ies)", "volleys?", "tackles?", "assists?", "combos?",
    "beads?", "welds?", "drops?", "beats?", "bass ?lines?", "riffs?", "solos?", "tricks?",
    "fades?", "trims?", "line ?ups?", "tapers?", "builds?", "edits?",
    "kickflips?", "dunks?", "serves?", "free ?kicks?", "penalt(?:y|ies)", "footwork",
    "dribbl\\w*", "crossovers?", "deliver(?:y|ies)", "sliders?", "flicks?", "step ?overs?",
    "rabonas?", "sidesteps?", "offloads?", "tries", "try", "clutch", "plays?", "mixes?",
    # music's (ordinary probe 257): "Filthy tune, lads"
    "tunes?", "tracks?", "remix(?:es)?",
    # a studio's (ordinary probe 267): "the new sound production suite is filthy"
    "suites?", "studios?", "set-?ups?", "rigs?",
    # a barber's (ordinary probe 262): "scissor over comb = filthy"
    "scissors? over comb", "clipper over comb",
    # a bowler's (ordinary probe 252): "took his wicket with a filthy googly"
    "googl(?:y|ies)", "yorkers?", "inswingers?", "outswingers?", "doosras?",
    "leg ?breaks?", "off ?breaks?",
    # a dance's (ordinary probe 172): "your routine at the showcase was filthy"
    "routines?", "lifts?", "choreo\\w*", "spins?",
)  # fmt: skip
_SKILLS = _words(*_SKILL_WORDS)
# "Filthy" said of a thing after it ("that pass was filthy", "the bead is filthy in the
# best way") or before a skill ("a filthy finish"), never before any other word ("filthy
# gypsies, nice try" names people).
_FILTHY_SAID_OF_A_THING = re.compile(
    r"\b(filthy)\b(?!\s+(?!(?:in|and|but|mate|bro|tbh|lol|fr|innit|though|tho|ngl|from|by|"
    r"today|tonight|again|as|that|this|to|m8|honestly|fam|" + "|".join(_SKILL_WORDS) + r")\b)[a-z])"
)
# ... but not of people, or with words against them ("filthy immigrants ruin the game").
_FILTHY_OF = _words(
    "you'?re filthy", "you are filthy", "ur filthy", "u r filthy", "you filthy",
    "people", "immigrants?", "migrants?", "refugees?", "foreigners?", "scum", "vermin",
    "animals", "rats", "pigs?", "slags?", "sluts?", "whores?", "hate", "disgust\\w*", "vile",
    "them lot", "their lot", "those people", "these people", "get out", "go back",
    # said of a person's body (the review of the thirty-eighth session)
    "asking for it", "wants it", "up for anything", "on her", "on him",
)  # fmt: skip
# Who people are, named to include them: "our LGBTQ+ society: gay, lesbian, bi, trans or
# an ally, everyone is welcome", "Muslim students' iftar", "Black History Month".
_INCLUSION = _words(
    "lgbt\\w*", "pride", "history month", "allies", "ally", "welcome[sd]?", "welcoming",
    "inclusive", "inclusion", "equality", "equalities", "diversity", "awareness", "heritage",
    "celebrat\\w*", "support group", "network", "safe space", "rainbow", "visibility",
    "memorial day",
)  # fmt: skip
_FAITH = _words(
    "ramadan", "eid", "iftar", "suhoor", "diwali", "vaisakhi", "hanukkah", "passover",
    "prayer", "prayers", "faith", "faiths", "mosque", "synagogue", "gurdwara", "temple",
    "chaplaincy", "interfaith", "festival", "celebrat\\w*", "welcome[sd]?", "community",
)  # fmt: skip
_AGAINST = _words(
    "shouldn'?t", "should not", "not allowed", "ban", "banned", "banning", "get out", "go back",
    "stop", "pandering", "sharia", "terroris\\w*", "invad\\w*", "invasion", "disgust\\w*",
    "vile", "hate", "hates", "hated", "scum", "filth\\w*", "ruin\\w*", "taking over",
    "sick of", "fed up", "them lot", "their lot", "those people", "these people", "kick out",
    "deport\\w*", "don'?t belong", "no place", "freaks?", "unnatural", "sin", "sinful",
    "groom\\w*", "agenda", "brainwash\\w*", "ideology", "replace\\w*", "breed\\w*",
    "cancer", "plague", "pests?", "vermin", "animals", "nonces?", "paedo\\w*", "pervert\\w*",
    "criminals?", "can'?t be trusted", "cannot be trusted", "should die", "inferior", "evil",
    "rapists?", "savages", "subhuman", "parasites", "rats", "cockroaches", "all the same",
    "so gay", "that'?s gay", "such a", "ur so", "you'?re so", "u r so", "deserved?",
    "got what", "pathetic", "good riddance", "served them right",
)  # fmt: skip
# The body in teaching and health: anatomy lessons, screening, self-examination.
_ANATOMY = _words(
    "anatomy", "physiology", "diagrams?", "reproductive", "screening", "cervical",
    "biology", "nursing", "midwi\\w*", "medical", "clinic", "cancer", "self-exam\\w*",
    "examinations?", "sexual health", "contracepti\\w*", "puberty", "menstrua\\w*",
    "health", "nhs", "gp", "organs?", "glands?", "hormones?", "labelled", "a&p",
    "pressure (?:areas?|sores?|ulcers?)", "bed ?baths?", "personal care", "first aid",
    "continence", "catheter\\w*", "skin integrity", "care workers?", "nursing associates?",
    # (ordinary probe 72) teaching young children the right words for their bodies
    "toddlers?", "childcare", "early years", "body safety", "nspcc", "pants", "bodies",
    # (ordinary probe 262) "the medical name for the butt is the gluteal region"
    "gluteal", "gluteus", "medical name", "muscles of",
    "(?:proper|correct|right) (?:words|names|terms)",
    # (ordinary probe 252) a list of the organs an anatomy test asks
    # (two or more together: not "his liver's pickled" beside a picture sent; the review)
    "(?:lungs?|kidneys?|bladder|liver|heart|intestines?|bowels?|prostate)\\s*,\\s*"
    "(?:lungs?|kidneys?|bladder|liver|heart|intestines?|bowels?|prostate)",
)  # fmt: skip
_SENSES = (
    _Sense(
        _FILTHY_SAID_OF_A_THING,
        _SKILLS,
        word_set("filthy"),
        spoken=True,  # "your welding was filthy mate, cleanest bead in the workshop"
        unless=_FILTHY_OF,
        near=True,
    ),
    # A cow on a farm: "the cow is called a springer when she's close to calving" (round
    # 29's read half); not a woman called one
    _Sense(
        re.compile(r"\b(cows?)\b"),
        _words(
            "calving",
            "calved",
            "calves",
            "calf",
            "heifers?",
            "dairy",
            "milking",
            "milked",
            "herd",
            "farm\\w*",
            "mart",
            "springers?",
            "suckler",
            "beef",
            "grazing",
            "cattle",
            "bull",
            "parlour",
            "moo\\w*",
            # "Cow's bulling" (ordinary probe 177)
            "bulling",
        ),
        word_set("cow cows"),
        spoken=True,  # "the cow is called a springer ..., you learn something every day"
        unless=_words(
            "she'?s a",
            "she is a",
            "what a",
            # (a classmate called one: "that cow in my class", "that cow Megan's bulling
            # again", the review of the thirty-eighth session)
            "that cow",
            "in my class",
            "in our class",
            "silly",
            "stupid",
            "fat",
            "ugly",
            "lazy",
            "miserable",
            "right",
            "daft",
            "old bag",
            "you cow",
            "you'?re a",
            "ur a",
            "u r a",
            "you are a",
            "like a cow",
            "such a",
        ),
    ),
    # A grandparent remembered fondly: "a total legend and a cheeky old bugger"
    _Sense(
        re.compile(
            r"\b(cheeky\s+(?:old\s+|little\s+|wee\s+|lil\s+)?(?:bugger|sod|beggar|devil))\b"
        ),
        _words(
            "legend",
            "loved?",
            "miss(?:ed|ing)?",
            "bless",
            "rip",
            "rest in peace",
            "thinking of",
            "condolences",
            "grandad",
            "grandpa",
            "grandma",
            "nan",
            "nana",
            "gran",
        ),
        word_set("cheeky"),
        spoken=True,
    ),
    _Sense(re.compile(r"\b(tits?)\b"), _BIRDS, word_set("tit tits")),
    _Sense(re.compile(r"\b(dykes?)\b"), _EARTHWORKS, word_set("dyke dykes")),  # a bank or a ditch
    _Sense(
        re.compile(r"\b(butts?)\b"), _SMOKING, word_set("butt butts"), spoken=True
    ),  # cigarette ends
    # the cormorant's cousin (never the verb, nor one had with someone: "I'm going to shag
    # Ellie", "a shag in the minibus with Sophie", the review of the thirty-eighth session)
    _Sense(
        re.compile(r"\b(shags?)\b"),
        _BIRDS,
        word_set("shag shags"),
        unless=_words(
            "to shag",
            "gonna shag",
            "wanna shag",
            "would shag",
            "i'?d shag",
            "i'?ll shag",
            "a shag (?:in|with|on|at|behind)",
            "shag,? marry",
            "shag (?:her|him|you|them|with)",
            "shagged",
            "shagging",
        ),
    ),
    _Sense(re.compile(r"\b(cocks?)\b"), _POULTRY, word_set("cock cocks")),
    _Sense(re.compile(r"\b(bitch|bitches)\b"), _DOGS, word_set("bitch bitches")),
    # Dogs and pigs as the rascals they are: "mine ate a sock, labs are savages" (the dog
    # emoji counts), "one got second in the weaner class, a proper porker" (round 30's
    # read half); not a person called either
    _Sense(
        re.compile(r"\b(savages)\b"),
        re.compile(
            _DOGS.pattern + r"|\b(?:labs|cats?|kittens?|ferrets?|goats?)\b|\U0001f436|\U0001f415"
        ),
        word_set("savages"),
        spoken=True,
        unless=_FILTHY_OF,
        near=True,
    ),
    _Sense(
        re.compile(r"\b(porkers?)\b"),
        _words(
            "pigs?",
            "piglets?",
            "weaners?",
            "sows?",
            "boars?",
            "gilts?",
            "pork",
            "breed\\w*",
            "county show",
            "pens?",
        ),
        word_set("porker porkers"),
        unless=_words("you'?re a", "ur a", "you porker", "fat", "she'?s a fat", "lose weight"),
    ),
    _Sense(
        re.compile(r"\b(slag)\b"), _METALWORK, word_set("slag")
    ),  # what welding and smelting leave
    _Sense(
        re.compile(r"\b(faggots?)\b"),
        _KITCHEN,
        word_set("faggot faggots"),
        # the slur all the same: "the cookery lot are a bunch of faggots"
        unless=re.compile(
            r"\b(?:(?:bunch|load|lot|set|pack)\s+of|(?:are|r)\s+(?:all\s+)?|(?:is|'s)\s+a)\s+faggots?\b"
        ),
    ),  # the dish
    _Sense(re.compile(r"\b(hoes?)\b"), _GARDEN, word_set("hoe hoes")),
    # the front row's middle: "our hooker got man of the match" (ordinary probe 150)
    _Sense(
        re.compile(r"\b(hookers?)\b"),
        _words(
            "rugby",
            "league",
            "union",
            "scrum\\w*",
            "line-?outs?",
            "props?",
            "flankers?",
            "tries",
            "try",
            "man of the match",
            "front row",
            "forwards?",
            "warriors",
            "rhinos",
            "saints",
            "wolves",
            "\U0001f3c9",
        ),
        word_set("hooker hookers"),
        # (not said of a person: "she's a hooker", "hooker, try being nice")
        unless=re.compile(
            r"\b(?:she'?s|he'?s|you'?re|ur|is|was|what|such|a\s+right)\s+an?\s+hookers?\b"
            r"|^\W*hookers?\W*,|\bhookers?,\s+(?:try|stop|you|she|he)\b"
        ),
    ),
    # a pancake race's: "Pancake Day race in the quad! Best tosser wins"
    _Sense(
        re.compile(r"\b(tossers?)\b"),
        _words("pancakes?", "shrove", "cabers?", "\U0001f95e"),
        word_set("tosser tossers"),
        # (not an insult: "what a tosser, even his pancakes are rubbish")
        unless=re.compile(
            r"\b(?:right|what\s+a|you|ur|a\s+total|such\s+a|he'?s\s+a|she'?s\s+a|flipping|"
            r"bloody)\s+tossers?\b"
        ),
    ),
    # a dish, or cheese on toast: "a proper melt, the cheese on this toastie", "tuna melt"
    _Sense(re.compile(r"\b(melts?)\b"), _MELTED, word_set("melt melts")),
    _Sense(
        re.compile(r"\b(ass|asses|jackass|jackasses)\b"),
        _DONKEYS,
        word_set("ass asses jackass jackasses"),
    ),
    _Sense(re.compile(r"\b(trolls?)\b"), _FOLKLORE, word_set("troll trolls")),
    # a big animal: "that bull in the showring was a right big lump"
    _Sense(re.compile(r"\b(lumps?)\b"), _LIVESTOCK, word_set("lump lumps"), spoken=True, near=True),
    _Sense(
        re.compile(r"\b(kippers?)\b"), _SMOKED_FISH, word_set("kipper kippers"), spoken=True
    ),  # smoked herring: "watched the kippers come out, the smell is still on me"
    _Sense(
        re.compile(
            r"\b(gays?|lesbians?|bi|bisexuals?|trans|transgender|queer|homosexuals?|"
            r"non-binary|nonbinary|lgbt\w*)\b"
        ),
        _INCLUSION,
        word_set(
            "gay gays lesbian lesbians bi bisexual bisexuals trans transgender queer homosexual "
            "homosexuals nonbinary binary lgbt lgbtq lgbtqi lgbtqia lgbtqiap lgbtiq lgbtplus"
        ),
        spoken=True,  # "whether you're gay, lesbian, bi or trans, you're welcome"
        unless=_AGAINST,
        near=True,
    ),
    _Sense(
        re.compile(r"\b(muslims?|islam|islamic|jews|jewish|sikhs?|hindus?)\b"),
        _FAITH,
        word_set("muslim muslims islam islamic jews jewish sikh sikhs hindu hindus"),
        spoken=True,
        unless=_AGAINST,
        near=True,
    ),
    _Sense(
        re.compile(r"\b(black|asian)\b"),
        _words("history month", "heritage", "excellence"),
        word_set("black asian"),
        spoken=True,
        unless=_AGAINST,
        near=True,
    ),
    _Sense(
        re.compile(
            r"\b(penis|penises|vagina|vaginas|vulva|testes|testicles?|testicular|breasts?|"
            r"anus|anal|rectum|scrotum|clitoris|nipples?|genitals|genitalia|uterus|ovaries|buttocks?|"
            r"bum|bums|bottoms?|groin|perineum)\b"
        ),
        _ANATOMY,
        word_set(
            "penis penises vagina vaginas vulva testes testicle testicles testicular breast "
            "breasts anus anal rectum scrotum clitoris nipple nipples genitals genitalia uterus "
            "ovaries buttock buttocks bum bums bottom bottoms groin perineum"
        ),
        near=True,  # not when spoken to: "nice bum, see you in health and social care"
    ),
    # ... and in a screening or a check's advice, which speaks to its reader: "Cervical
    # screening saves lives ... The nurse has seen a thousand vaginas, you won't shock her"
    # (ordinary probe 272); nothing asked for, nothing said of the reader's body
    _Sense(
        re.compile(r"\b(penis|penises|vagina|vaginas|vulva|vulvas|testicles?|breasts?|cervix)\b"),
        _words(
            "cervical",
            "smears?",
            "smear tests?",
            "screening",
            "mammograms?",
            "testicular",
            "check (?:yourself|your\\s+\\w+) for lumps",
            "sexual health",
        ),
        word_set(
            "penis penises vagina vaginas vulva vulvas testicle testicles breast breasts cervix"
        ),
        spoken=True,
        unless=re.compile(
            r"\b(?:send|pics?|photos?|nudes?|show\s+(?:me|us)|sexy|hot|fit|nice|wanna|let\s+me|"
            r"touch\w*|suck\w*|lick\w*|grab\w*|i'?ll\s+check|rank|saggy|hairy|massive|small|tiny|"
            r"(?:your|ur|her|his|that|[a-z]+'s)\s+(?:\w+\s+){0,2}(?:tits|breasts?|penis|vaginas?|"
            r"testicles?))\b"
        ),
    ),
)
# Speaking to someone, or of oneself ("kiss my ass"): the sentence is not about the animal.
# (Thanks are not speaking to someone in this sense: "thank you to the students who
# helped socialise her" about a greyhound bitch.)
_SPOKEN_TO = re.compile(
    r"\b(?<!thank )(?<!thanks to )(?:you|your|you're|youre|yours|u|ur|ya|yourself|my|me)\b"
    # (not anyone who may hear the writers: "if you hear us revising penis, uterus...")
    r"(?!\s+(?:hear|see|spot|catch)\s+us\b)"
)
_SENTENCE = re.compile(r"[^.!?\n]+[.!?\n]*")


# Words quoted from a play, a novel, a poem or a song that a lesson or a show is about
# ("Edmund's 'Now, gods, stand up for bastards!' speech"): the quotation is read as the
# work's, not the poster's, when the post names what it is quoting from.
_QUOTED = re.compile(
    r"(?:\"|\u201c)(?P<q>[^\"\u201c\u201d\n]{1,200})(?:\"|\u201d)"
    r"|(?<![\w'])(?:'|\u2018)(?P<q2>[^'\u2018\u2019\n]{3,200}?)(?:'|\u2019)(?!\w)"
)
# Only words that name a work or its kind: "act your age" and "the book" say nothing.
_LITERATURE = _words(
    "novels?", "poems?", "poetry", "soliloqu(?:y|ies)", "monologues?", "shakespeare",
    "shakespeare's", "king lear", "macbeth", "hamlet", "othello", "romeo and juliet",
    "a christmas carol", "of mice and men", "an inspector calls", "jekyll", "frankenstein",
    "lord of the flies", "henry iv", "henry v", "richard iii", "twelfth night", "the tempest",
    "much ado", "a midsummer night's dream", "merchant of venice", "julius caesar",
    "lyrics", "english literature", "gcse english", "a level english", "playwright", "poet",
    "act [ivx1-5]", "scene [ivx1-9]",
    # (ordinary probe 257) a Scottish set poet and her poem, a play's line (not "Duffy" or
    # "Macduff" alone: a surname and a town; the review of the forty-third session)
    "carol ann duffy", "havisham", "lay on,? macduff",
)  # fmt: skip


@cache
def _counter_phrases() -> tuple[str, ...]:
    text = resources.files("policyguard.screening.data").joinpath("counter_speech.txt")
    return tuple(
        line.strip()
        for line in text.read_text("utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    )


@cache
def _counter_keys() -> frozenset[str]:
    """The longest word of each counter-speech phrase: a post holds one of them whenever
    it holds a phrase (a set test before the pattern)."""
    return frozenset(max(WORDS.findall(p), key=len) for p in _counter_phrases())


@cache
def counter_speech() -> re.Pattern[str]:
    """The phrases by which a post names abuse to oppose it (``counter_speech.txt``), as
    one pattern over folded text."""
    phrases = _counter_phrases()
    alternation = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)")


def _may_quote(folded: str) -> bool:
    """Whether ``folded`` holds a mark that may open a quotation (an apostrophe only after
    a space or at the start: not the one in "don't")."""
    return (
        '"' in folded
        or "\u201c" in folded
        or "\u2018" in folded
        or " '" in folded
        or folded.startswith("'")
    )


# A mention is a word or a short saying, not a speech: "P*ki", "you're so gay", "go back to
# where you came from" (30 characters).
_MENTION_LENGTH = 40


def mentions(folded: str) -> list[tuple[int, int]]:
    """The quotations of ``folded`` (lower-cased text) that a post names as abuse to
    oppose it (see :func:`_mentions`); none in a post with no quotation mark."""
    return _mentions(folded) if _may_quote(folded) else []


def _mentions(folded: str) -> list[tuple[int, int]]:
    """Words a post quotes in order to name them as abuse and oppose it ('slurs like
    "P*ki" are never acceptable', 'calling someone "retard" is not banter'): short
    quotations whose own sentence, outside them, opposes abuse (``counter_speech``), none
    said of someone ('you are a "slag"', 'everyone calls her "..."'), in a post that does
    not take it back ("... isn't banter, it's the truth")."""
    if _TAKEN_BACK.search(folded):
        return []
    quoted = [
        (m.start(), m.end(), m.span("q" if m.group("q") else "q2"))
        for m in _QUOTED.finditer(folded)
    ]
    spans = [inner for _, _, inner in quoted]
    outside = blank(folded, spans)
    found = []
    for start, end, inner in quoted:
        if inner[1] - inner[0] > _MENTION_LENGTH or _SAID_OF.search(
            folded, max(0, start - _SAID_OF_REACH), start
        ):
            continue
        sentence = sentence_around(outside, start, end, _SENTENCE_REACH)
        if counter_speech().search(sentence) or counter_speech().search(
            _sentences_beside(outside, start, end)
        ):
            found.append(inner)
    return found


def _sentences_beside(text: str, start: int, end: int) -> str:
    """The sentence just before and the two just after the one that holds
    ``text[start:end]``: a quotation's opposing words often stand there ('Sorry for the
    "pikey" comment. She called me out.', '"Pikey". "Gyppo". These are slurs.';
    counter-speech probe 101)."""
    low = max(0, start - _SENTENCE_REACH)
    high = min(len(text), end + _SENTENCE_REACH)
    ends = [i for i in (text.rfind(c, low, start) for c in ".!?\n") if i >= 0]
    before = ""
    if ends:
        stop = max(ends)
        before = sentence_around(text, max(low, stop - 1), max(low, stop - 1), _SENTENCE_REACH)
    # (two after: a list of quoted words, each its own sentence, then what they are)
    after = []
    point = end
    for _ in range(2):
        starts = [i for i in (text.find(c, point, high) for c in ".!?\n") if i >= 0]
        if not starts or min(starts) + 1 >= len(text):
            break
        first = min(starts) + 1
        after.append(sentence_around(text, first, first, _SENTENCE_REACH))
        point = first + len(after[-1]) if after[-1] else first + 1
    return " \n ".join([before, *after])


# Said of someone just before the quotation: 'you are a "slag"', 'calls her "the p*ki"'.
_SAID_OF = re.compile(
    r"\b(?:you(?:'re|\s+are|\s+r)?|ur|u\s+r|(?:he|she|they)(?:'s|\s+is|\s+are|'re)|"
    r"calls?\s+(?:her|him|them|you)|called\s+(?:her|him|them|you)|is\s+a|was\s+a)"
    r"\s+(?:an?\s+|the\s+|such\s+an?\s+)?$"
)
# How far either side of a quotation its sentence is read for counter-speech.
_SENTENCE_REACH = 300
# How far before a quotation _SAID_OF looks (its longest form is under 40 characters).
_SAID_OF_REACH = 60
# A post that takes its counter-speech back: "... isn't banter, it's the truth".
_TAKEN_BACK = gated(
    re.compile(
        r"\b(?:the\s+truth|facts|just\s+saying|see\s+if\s+i\s+care|that'?s\s+what\s+(?:you|she|he|they)"
        r"(?:\s+are|\s+is|'re|'s)|deserves?\s+it|what\s+(?:they|you|he|she|we)\s+(?:all\s+)?deserve"
        # "True though.", "not wrong tho", "its true" closing the post, "they deserved that",
        # "they deserve to hear it"; not "everyone deserves to feel safe", "no one deserves
        # this", "and its true, words stick"
        r"|true\s+(?:tho|though)|not\s+wrong\s+(?:tho|though)"
        r"|(?:it'?s|its)\s+true(?:\s+(?:tho|though|lol|tbh|innit))?(?=\W*$)"
        r"|\b(?:they|he|she|you|u)\s+(?:all\s+)?deserved?s?\s+(?:it|that|this|to\s+hear)"
        # "... isn't banter, it's a fact"
        r"|(?:it'?s|its)\s+(?:a\s+)?fact)\b"
    )
)


def quotations_not_aimed(folded: str) -> list[tuple[int, int]]:
    """The short quotations of ``folded`` (the words inside their marks) that are not said
    of someone just before them ('you are a "slag"', 'calls her "..."' are): where a word
    of abuse may be named rather than used."""
    if not _may_quote(folded):
        return []
    spans = []
    for m in _QUOTED.finditer(folded):
        inner = m.span("q" if m.group("q") else "q2")
        if inner[1] - inner[0] > _QUOTED_USE_LENGTH:
            continue
        if _SAID_OF.search(folded, max(0, m.start() - _SAID_OF_REACH), m.start()):
            continue
        spans.append(inner)
    return spans


# A quotation that names a word or a short saying ('the "Paki shop"', '"don't be a
# faggot"'), not a speech.
_QUOTED_USE_LENGTH = 60


def taken_back(folded: str) -> bool:
    """Whether the post takes back what it said against a word ("... is not banter. Its
    true.", "true though", "they deserved it")."""
    return _TAKEN_BACK.search(folded) is not None


def _quotations(folded: str) -> list[tuple[int, int]]:
    """The quotations of ``folded`` when what is outside them names a work they are from."""
    found = [m.span("q" if m.group("q") else "q2") for m in _QUOTED.finditer(folded)]
    if not found:
        return []
    outside = list(folded)
    for start, end in found:
        outside[start:end] = " " * (end - start)
    if not _LITERATURE.search("".join(outside)):
        return []
    # (not one said to or of someone: 'keeps calling me a "fat slag"', 'said "you're dead"';
    # the review of the forty-third session)
    return [(s, e) for s, e in found if not _CALLED_BEFORE.search(folded, max(0, s - 40), s)]


_CALLED_BEFORE = re.compile(
    r"\b(?:call(?:s|ed|ing)?\s+(?:me|him|her|them|us|you|my\s+\w+)|(?:i|he|she|they|someone|somebody)\s+"
    r"(?:said|says|keeps\s+saying)|(?:said|says|saying)\s+(?:to|at)\s+(?:me|him|her|us|them)|"
    r"told\s+(?:me|him|her|us|them)|shout(?:s|ed|ing)?(?:\s+at\s+(?:me|him|her|us))?|wrote|written|"
    r"texted|messag\w*|sent\s+me|dm'?d|posted|whisper\w*)(?:\s+(?:a|an|that|me|on\s+my\s+\w+))?\s*"
    r"[\"'\u201c\u2018]?$"
)


# A surname that is a rude word elsewhere, after a capitalised first name or a title
# ("Sergeant Jo Dicks", "Mrs Cox", "Ben Sidebottom"): read on the text as written.
# A first name that is a rude word elsewhere, before a surname: "Dick Whitehead of
# Whitehead & Sons", "Fanny Cradock", "Willy Wonka".
_FIRST_NAME = re.compile(r"\b(?P<w>Dick|Fanny|Willy|Randy|Bum)\s+[A-Z][a-z]+")
_SURNAME = re.compile(
    r"\b(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sergeant|Sgt|PC|DC|Captain|Councillor|"
    r"Cllr|Rev|Sir|Dame)\.? (?:[A-Z][a-z]+ )?|(?P<first>[A-Z][a-z]+) )"
    r"(?P<w>Dicks?|Dickson|Cox|Butt|Butts|Balls|"
    r"Cockburn|Cockerill|Sidebottom|Shufflebottom|Ramsbottom|Higginbottom|Dickens|Willy|"
    r"Fanny|Bottom|Cock|Hoare|Hoar|Gay|Cummings|Titley|Prickett|Knobbs|Bonk|Wang|Shatner|"
    r"Raper|Bastard|Bitches|Semen|Pratt|Twatt|Tosh|Dorke|Idle|Taig)\b"
)


# A rude or violent-looking word that names a street or a place, capitalised before the
# street's or place's own word: "Butthole Lane in Shepshed", "Slag Lane", "Cock Bridge",
# "Bell End", "Gallows Hill" (a street name is a street name, whatever it says; not any
# capitalised word, which would blank "Front" of "Front Street" inside a threat).
_PLACE_NAMED = re.compile(
    r"\b(?P<w>(?:Butt|Slag|Cock|Bell|Bitch|Shit|Crap|Twat|Fanny|Dick|Willy|Prick|Knob|Minge|Muff|"
    r"Tit|Bum|Arse|Ass|Piss|Bastard|Wank|Nob|Pratt?|Shag|Balls?|Nut|Cum|Booty|Gay|Kill|Murder|"
    r"Gallows|Hanging|Hang|Slaughter|Dead|Grope|Horny|Sexy|Lick|Spank|Pussy|Dyke|Bugger)"
    r"[a-z]*(?:\s+[A-Z][a-z]+)?)\s+(?:Lane|Road|Rd|Street|St|Avenue|Ave|Close|Way|Drive|Crescent|"
    r"Hill|End|Bridge|Bay|Green|Farm|Wood|Moor|Common|Row|Terrace|Brow|Bottom|Gate|Wynd|"
    r"Vennel|Brae)\b(?!\s+(?:is|are|was|were)\s+(?:a|an|such|so)\b)"
)
_PLACE_WORDS = word_set(
    "lane road rd street st avenue ave close way drive crescent hill end bridge bay green "
    "farm wood moor common row terrace brow bottom gate wynd vennel brae"
)
# A village or a farm with such a name, placed by the town near it: "lunch in Dyke near
# Forres", "we stopped at Twatt, Orkney", "fae Muff outside Derry" (capitalised after a
# word for where, then the place it is near).
_PLACE_NEAR = re.compile(
    r"\b(?:in|near|at|from|fae|to|through|past|via|outside|visiting|visited)\s+"
    r"(?P<w>[A-Z][a-z]+)(?=\s+(?:near|outside|by|just\s+outside)\s+[A-Z][a-z]+"
    r"|,\s+[A-Z][a-z]+(?:shire)?\s*(?:[.!?,)]|$))"
)
_NEAR_WORDS = word_set("in near at from fae to through past via outside visiting visited")
# ... or said to be one, at the start of a sentence: "Dicker is a village near Hailsham,
# that's where the pottery trip is going" (round 43's read half)
_PLACE_SAID = re.compile(
    r"(?:^|(?<=[.!?]\s))(?P<w>[A-Z][a-z]+)\s+(?:is|was)\s+(?:a|an)\s+"
    r"(?:(?:little|small|tiny|lovely|pretty|quiet|sussex|kentish|welsh|cornish|old)\s+)?"
    r"(?:village|hamlet|parish|market\s+town)\s+(?:near|outside|by|in|on)\b"
)
_SAID_WORDS = word_set("village hamlet parish")
# ... only the villages whose names look rude (never a slur or an insult said to be one:
# not "Bitch is a small village near Leeds. Also you're one", the review)
_VILLAGES_SAID = word_set(
    "dicker cocking shitterton twatt wetwang crapstone penistone cockermouth cockfosters "
    "cockington cockshutt lickfold prickwillow fingringhoe slackbottom shitlington cumwhinton "
    "horcum nigg mucking cockley cockfield crotch muff dyke nasty ugley booze bitchfield "
    "titsey knobhall penisarwaun cockett"
)
# A surname said to be one's own or someone's: "My surname's Cock", "her last name is
# Bastard".
_SURNAME_SAID = re.compile(
    # (or after a comma: "my surname, Cocks, is from an old word", ordinary probe 262)
    r"\b(?:sur|last|family|maiden)\s?name(?:'?s|\s+is|\s+was)\s+(?P<w>[a-z]+)\b"
    # (or between commas, then what it is: "my surname, Cocks, comes from", ordinary probe
    # 262; not "tell me your last name, whore, or ...", the review)
    r"|(?<!your\s)(?<!ur\s)\b(?:sur|last|family|maiden)\s?name,\s+(?P<w2>[a-z]+),\s+(?:is|comes|came|"
    r"was|means|goes)\b"
)
_SURNAME_SAID_WORDS = word_set("name surname names family")
_FAMILY_SURNAME = re.compile(
    r"\b[Tt]he\s+(?P<w>Bastard|Cocks?|Butt|Pratt|Dickens|Willy)\s+family\b"
    r"(?![\s\S]*\b(?i:burn\w*|junkies|scum|i'?ll|kill\w*|smash\w*|torch\w*)\b)"
)
# ... and after a title typed in lower case: "shoutout to mr butt in IT support"
_SURNAME_LOWER = re.compile(
    r"\b(?:mr|mrs|ms|dr)\.? (?P<w>dicks?|dickson|cox|butt|butts|balls|cockburn|cockerill|"
    r"sidebottom|shufflebottom|ramsbottom|higginbottom|dickens|bottom|cock|hoare|hoar|gay|"
    r"cummings|titley|prickett|knobbs|wang|raper|pratt|twatt|tosh|idle)\b"
)
_SURNAME_WORDS = word_set(
    "randy dick dicks dickson cox butt butts balls cockburn cockerill sidebottom shufflebottom "
    "ramsbottom higginbottom dickens willy fanny bottom cock hoare hoar gay cummings titley "
    "prickett knobbs bonk wang shatner raper bastard bitches semen pratt twatt tosh dorke "
    "idle taig cocks"
)
_LITERATURE_WORDS = word_set(
    "flies henry richard twelfth tempest ado midsummer merchant caesar "
    "novel novels poem poems poetry soliloquy soliloquies monologue monologues shakespeare "
    "lear macbeth hamlet othello romeo carol mice inspector jekyll frankenstein lyrics "
    "literature english playwright poet act scene duffy havisham macduff"
)


def innocent_spans(
    folded: str, original: str | None = None, words: frozenset[str] | None = None
) -> list[tuple[int, int]]:
    """Where a word of ``folded`` (lower-cased text) is used in an innocent sense, and
    quotations from a work the post names; with ``original`` (the text as written,
    same offsets), surnames too ("Sergeant Jo Dicks"). ``words``: ``folded``'s words
    (:data:`~policyguard.screening.base.WORDS`), when the caller has them already."""
    if words is None:
        words = frozenset(WORDS.findall(folded))
    return _innocent_spans(folded, original, words)


def _innocent_spans(
    folded: str, original: str | None, tokens: frozenset[str] | None
) -> list[tuple[int, int]]:
    """:func:`innocent_spans`; each pattern tried only when one of its words is among
    ``tokens`` (the post's words), or every pattern when ``tokens`` is None (the tests
    compare the two)."""
    phrases: Sequence[int]
    senses: Sequence[int]
    if tokens is None:
        phrases, senses = range(len(_PHRASE)), range(len(_SENSES))
        surnames = literature = True
    else:
        present = tokens & _INDEXED
        phrases = sorted({i for word in present for i in _PHRASES_BY_WORD.get(word, ())})
        senses = sorted({i for word in present for i in _SENSES_BY_WORD.get(word, ())})
        surnames = not _SURNAME_WORDS.isdisjoint(present)
        literature = not _LITERATURE_WORDS.isdisjoint(present)
    spans: list[tuple[int, int]] = []
    if original is not None and surnames:
        spans += [m.span("w") for m in _FIRST_NAME.finditer(original)]
        spans += [
            m.span("w")
            for m in _SURNAME.finditer(original)
            if m.group("first") is None or is_first_name(m.group("first"))
        ]
        spans += [m.span("w") for m in _SURNAME_LOWER.finditer(folded)]
        # "the Bastard family of Kilkhampton" (ordinary probe 262), capitalised as a name is,
        # nothing threatened (not "the bastard family across the road ..., i'll burn their
        # car out"; the review of the forty-third session)
        spans += [m.span("w") for m in _FAMILY_SURNAME.finditer(original)]
    if original is not None and (tokens is None or not _PLACE_WORDS.isdisjoint(tokens)):
        spans += [m.span("w") for m in _PLACE_NAMED.finditer(original)]
    if original is not None and (tokens is None or not _NEAR_WORDS.isdisjoint(tokens)):
        spans += [m.span("w") for m in _PLACE_NEAR.finditer(original)]
    if original is not None and (tokens is None or not _SAID_WORDS.isdisjoint(tokens)):
        spans += [
            m.span("w")
            for m in _PLACE_SAID.finditer(original)
            if m.group("w").lower() in _VILLAGES_SAID
        ]
    if tokens is None or not tokens.isdisjoint(_SURNAME_SAID_WORDS):
        spans += [m.span(m.lastgroup or "w") for m in _SURNAME_SAID.finditer(folded)]
    if literature:
        spans += _quotations(folded)
    if _may_quote(folded) and (tokens is None or not tokens.isdisjoint(_counter_keys())):
        spans += _mentions(folded)
    for i in phrases:
        spans += [m.span(m.lastgroup or "w") for m in _PHRASE[i][1].finditer(folded)]
    for i in senses:
        sense = _SENSES[i]
        if not sense.context.search(folded):
            continue
        if sense.unless and sense.unless.search(folded):
            continue
        for sentence in _SENTENCE.finditer(folded):
            if not sense.spoken and _SPOKEN_TO.search(sentence.group()):
                continue
            if sense.near and not sense.context.search(sentence.group()):
                continue
            for m in sense.word.finditer(sentence.group()):
                start = sentence.start() + m.start(1)
                spans.append((start, start + len(m.group(1))))
    return spans


def _by_word(groups: Sequence[frozenset[str]]) -> dict[str, tuple[int, ...]]:
    """Which of ``groups`` (by index) hold each word."""
    index: dict[str, list[int]] = {}
    for i, words in enumerate(groups):
        for word in words:
            index.setdefault(word, []).append(i)
    return {word: tuple(found) for word, found in index.items()}


_PHRASES_BY_WORD = _by_word([words for words, _ in _PHRASE])
_SENSES_BY_WORD = _by_word([sense.words for sense in _SENSES])
_INDEXED = frozenset([*_PHRASES_BY_WORD, *_SENSES_BY_WORD, *_SURNAME_WORDS, *_LITERATURE_WORDS])


def blank(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with the characters of ``spans`` made spaces (offsets unchanged)."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)
