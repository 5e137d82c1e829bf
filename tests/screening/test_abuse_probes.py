"""Four probes of abuse by family (the twenty-first session): helpers who had never seen the
code or any benchmark wrote comments a moderator must review and harmless ones in the
same words, in their own sentences. Every one the screen now gets right is kept here, so
that a later change which loses one is seen. (A fifth probe, written the same way, is
held out and only counted.)"""

from __future__ import annotations

import pytest

from policyguard.screening import AbuseDetector


@pytest.fixture(scope="module")
def detector() -> AbuseDetector:
    return AbuseDetector()


# Aimed insults, bullying in plain words, threats, sexual remarks, self-harm urged, hatred
# of a group (coded, in emoji, at football), exposing someone and setting a group on them,
# ableism and put-downs dressed as praise.
PROBED_HARM = [
    "ur a dickhead tbh and everyone knows it",
    "shut up you prick nobody asked",
    "jake ur such a twat honestly",
    "lmaooo imagine being as shit at football as callum, absolute wanker",
    "you're a stupid cow and your post is stupid",
    "fuck off chloe no one cares about ur bake sale",
    "she's a proper bitch to everyone in hair and beauty",
    "wind ur neck in u little shit",
    "oi dickhead stop parking in the staff bays",
    "kieran ur a useless cunt, cost us the match",
    "piss off back to ur own group chat freak",
    "what a knob, who wears crocs to an interview",
    "aye shut yer geggy ya wee bastard",
    "bhai ur a proper ullu ka pattha, sit down and shut up",
    "spierdalaj kamil nobody wants u in our group ya prick",
    "tommy is a lying sack of shit dont trust him",
    "ur an absolute muppet ryan",
    "look at this numpty tryna do a kickflip 😂 embarrassing",
    "what a div, she actually believed it",
    "daniel ur a proper wazzock mate nobody likes u",
    "ur thick as a plank leah, actually painful to listen to",
    "stop being such a melt jordan its cringe",
    "weirdo alert, he's been staring at the girls again",
    "she's a minger mate dont even bother",
    "liam's sister is a scrubber everyone knows",
    "knobhead in block c kept pushing in the lunch queue, it was him ^",
    "ur such a bellend connor",
    "dont leave ur kids near ethan hes a nonce",
    "she's a snake, smiles at u then slates u",
    "absolute rat, sold out his own mates for a merit",
    "nobody wants you here, just so you know",
    "everyone laughs at you behind your back, thought you should hear it from someone",
    "do us all a favour and leave the course",
    "we made a new group chat without amy, she wasnt invited for a reason",
    "maybe if you brushed your teeth people would talk to you",
    "she comes in wearing the same jumper every single day, does she even have another one",
    "the whole class can smell you when you walk in, please have a wash",
    "shes in care so no wonder no one turns up to her presentations",
    "her skin is so bad i cant look at her in lessons",
    "you should probably just stop coming in, it'd be easier for everyone",
    "honestly nobody would notice if megan didnt turn up",
    "sophie's mum cant afford a proper coat for her thats why she looks like that",
    "watch yourself after college",
    "we know where you live",
    "ur getting jumped friday, tell ur mates",
    "keep talking and see what happens",
    "wait til i see u at the bus station, ur done",
    "ur lucky the teachers were there today",
    "say that again to my face at 3:15, go on",
    "we'll be outside the gates, dont bother running",
    "i'd be careful walking home past the park if i was you",
    "one more word about my cousin and ur in hospital",
    "i know what bus you get, 52 right?",
    "bring ur mates if u want, you're still getting battered",
    "ur card is marked pal",
    "gonna stab you with my compass if you touch my bag again",
    "bit of advice, dont come in monday",
    "tu dekh le bas, friday after college ur getting done in",
    "get back in the kitchen love",
    "rating the girls in level 3 childcare, 1st one is a 4 at best 😂",
    "send pics then if ur that confident 😏",
    "she'd get it tbh, them legs 🤤",
    "women shouldnt be doing motor vehicle, leave it to the lads",
    "nice tits in that pic hun 👀",
    "dm me ur snap babe i'll show u something",
    "girls in construction are only there for the lads attention",
    "bet she's easy, look how she dresses",
    "who's got the nudes of jess from the group chat",
    "she's only got a distinction cos she flirts with mr patel",
    "proper sort in the library today, would smash",
    "ur nothing without a man and u know it",
    "smile more love, ur too pretty to look that miserable, come sit on my lap",
    "ur a f*cking l0ser",
    "shut up b!tch",
    "c u n t",
    "go f u c k yourself tyler",
    "ur a d1ckh34d",
    "sh1t for brains",
    "fuuuuuuck offfff ellie",
    "ur a 🤡 and a 🐍",
    "p r i c k",
    "ur such a tw4t lol",
    "kys 🔪",
    "wh0re",
    "stfu u absolute b*llend",
    "g0 d!e",
    "u r a fkn mong",
    "that useless old cow in reception",
    "mr hughes is a creep, always looking at the girls",
    "mrs okafor is a fat lazy cow who cant teach",
    "the new english teacher is thick as mince",
    "miss kowalski is a joke, go back to poland if u cant speak english properly",
    "dave the caretaker is a perv",
    "mr ahmed is a paedo bet u",
    "that dinosaur in the maths dept should have retired 20 years ago, stinks of fags",
    "someone should key mr bennett's car",
    "the head of department is a bent bastard",
    "sarah from student services is a two faced snake",
    "miss evans is so ugly no wonder shes single",
    "mr davies is a knobhead and everyone knows it",
    "look at the fat kid running 😂😂 ground is shaking",
    "she's that big she needs two seats on the bus",
    "he's on the special needs table for a reason lol",
    "autistic freak was flapping his hands again in the canteen",
    "does she need her helper to wipe her nose as well",
    "bet the dyslexic one cant even spell his own name",
    "oi wheelchair boy, race u 😂",
    "he talks like he's got a stroke, cant understand a word",
    "why is the kid with the hearing aid even on this course, he cant hear anything",
    "she's so fat she blocks the projector",
    "what's he on the short bus for then",
    "ADHD my arse, he's just thick",
    "lard arse took the last sausage roll again",
    "stop rocking in ur chair u weirdo, this isnt a special school",
    "kys",
    "honestly just kill yourself",
    "the world would be better off without you",
    "go jump off the multi storey",
    "no one would miss you if u were gone",
    "why dont u just end it already",
    "if i was you i wouldnt bother waking up tomorrow",
    "do everyone a favour and neck yourself",
    "bet ur mum wishes she'd never had u",
    "drink bleach x",
    "shouldve finished the job last time tbh",
    "tie a rope and save us all the hassle",
    "hope you get hit by a bus",
    "wow you actually passed, did they feel sorry for you?",
    "aww bless, did mummy help you with your coursework again",
    "brave of you to post that with your face",
    "didn't know they let people like you on the level 3",
    "imagine being proud of a pass lol",
    "nice new haircut, did you lose a bet?",
    "must be nice being that thick, no worries at all",
    "you tried your best sweetie, and that's the saddest part",
    "cute that you think anyone's coming to your party",
    "not you thinking you're actually popular 💀",
    "go back to where u came from mate nobody wants u at this college",
    "🐒🐒🐒 every time their number 9 touched the ball lmaooo",
    "kayden plays like a monkey fr 🐒🍌 send him back to the jungle",
    "polish lot at the warehouse placement should all go home n stop nickin our jobs",
    "eastern europeans in my class are all thieves dont leave ur bag near them",
    "pikeys been robbing the car park again, wanna torch their caravans",
    "dont sit near the gyppos at the back theyll have ur phone off u",
    "that chinese girl in IT probs eats bats lol 🦇 kung flu",
    "aisha's dad defo a terrorist look at his beard 💣💥",
    "jewish lad in maths counting his pennies again 🤑 typical of them",
    "ching chong in the canteen cant even order a butty in english",
    "roma kids at the bus stop are vermin someone ring pest control",
    "arabs are all camel jockeys n wife beaters, should ban em from the uk",
    "the asian lad on the 42 bus stinks, send him back on the next boat",
    "this town was better before the dinghy lot turned up, should sink the boats",
    "jordan is such a faggot lmao look at the way he walks",
    "whoever put the pride flag up in the sports hall is a proper bender",
    "dont get changed when liam's in there hes a poof hell be staring at u",
    "gays shouldnt be allowed near kids get them off the childcare course",
    "2 lads holding hands outside the su, disgusting, someone should batter them",
    "the lesbo in hair and beauty keeps staring at me, fkn dyke",
    "being gay is a sickness they need curing not a flag",
    "batty boy in the music block again 🤮🤮",
    "callum the bum boy 🍑 everyone knows what he gets up to",
    "ur such a queer mate nobody wants u on the team",
    "hope someone knocks the gay out of him at the weekend",
    "fudge packer ryan at it again in the toilets",
    "keep that shirt lifter away from my little brother",
    "whats in your pants tho 🤔 genuine question sam",
    "IT came in the girls toilets again, get it out before someone gets hurt",
    "her name's not skye its steven, stop pretending ffs",
    "lmao 'they/them' more like a bloke in a dress",
    "tranny in the lecture theatre again 🤢",
    "youll never be a real woman mate just a lad in a wig",
    "alex thinks she can just decide to be a lad 😂 its a mental illness love",
    "trans people are groomers keep them off the nursery placements",
    "everyone call him by his real name daniel 😂 he goes mental",
    "shemale on the bus again, could see the stubble through the makeup",
    "do us all a favour and join the 41% 🙃",
    "identifies as an attack helicopter next 🚁 freak",
    "it's a he, always will be, im not calling it she",
    "women shouldnt be on the engineering course go back to the kitchen",
    "chloe in 2nd year would get it, id bend her over the workbench",
    "send nudes or ill tell everyone u did anyway 😈",
    "she's a slag, been round the whole rugby team",
    "nice tits in that pic ngl 👀🍒🍒",
    "that ginger bird in hair n beauty needs a good seeing to",
    "she was asking for it wearing that to the xmas do",
    "typical woman on her period, shut up and make me a sandwich",
    "rating the girls in level 3 childcare out of 10, ill start: megan 3 fat cow",
    "ellie's a whore n everyone knows it 💯",
    "id smash her back doors in 🍑🍆💦",
    "feminists just need a good slap tbh",
    "if she doesnt reply tonight im turning up at hers, she owes me",
    "women's football is a joke, get back in the stands and show us ur tits",
    "munich 58 ✈️🔥 shame the rest of them werent on it",
    "always the victims, scousers, should've been more at hillsborough",
    "hope ur keeper breaks his neck next week, spurs scum",
    "any celtic fan at this college is getting stabbed on saturday mark my words",
    "orange bastards, hope the rangers bus crashes on the m8",
    "swansea jack scum ill find u after the derby and do u in",
    "see u at the den, ur getting ur head kicked in millwall boy",
    "your mum sucked off the whole leeds bench",
    "hope the heart attack finishes u off ya fat villa c*nt",
    "hibs scum hope ur granny dies before the final",
    "yid army? more like yids to the gas 🔥",
    "newcastle fans beat their wives, hope u go down n die",
    "theres a wolves fan in my class, smashing his face in if we lose",
    "your mum was on the pitch at anfield last nite how much did she charge",
    "mackems hope ur whole family gets cancer",
    "cardiff city fans are scum, gonna jump the next one i see in town",
    "muslims are all terrorists ban them from the college",
    "that mosque on the high street should be burnt down",
    "hindus worship cows lol absolute freaks",
    "jews control the banks and the bbc wake up people",
    "sikh lad in bricklaying with his towel head on",
    "catholics are all nonces every single priest",
    "fenian scum, taigs out of our college",
    "hun bastards, every orange lodge needs torching",
    "rip her hijab off in the canteen and see what she does",
    "islam is a cancer deport every last one of them",
    "mozzies praying in the corridor again, kick em out",
    "holocaust never happened and it shouldve",
    "christians are brain dead sheep, burn their bibles n their church",
    "post her address and we'll pay her a visit tonight",
    "got jake's number its 07700 900461 spam him all night lads",
    "everyone screenshot this and send it round so her mum sees",
    "she lives on mill lane no 14, blue door, go knock 😂",
    "anyone got kayleigh's private insta? dm me want to leak her pics",
    "found his mum's facebook, sending her all his messages 😂",
    "ryan works at the tesco on station rd, go give him grief on his shift",
    "leaking the gc where she said she was bi, everyone share it",
    "who knows where the new lecturer lives? gonna egg his house",
    "her snap is @leahxo_22 add her and spam",
    "dropping his home address in the chat tonight dont say u didnt know",
    "send these nudes round, she deserves it",
    "ive got her dad's number, ringing him to tell him shes a lesbian",
    "tag her boyfriend in this, let him see what shes really like",
    "sheep shagger taffs, fuck off back over the bridge",
    "jock twat go back to scotland n ur deep fried mars bars",
    "plastic paddy aisling thinks shes irish cos her nan drank guinness",
    "inbred farmers kids from the villages, webbed feet the lot of em",
    "paddies are thick as pigshit",
    "english scum, shouldve all been wiped out",
    "typical welsh, cant even speak proper english, learn a real language taff",
    "norfolk inbreds, one family tree no branches",
    "taffy was a welshman taffy was a thief, just like owen in our class",
    "sassenach bastards should all be burnt",
    "bog trotter seamus go back to ur potatoes",
    "she's a proper chav from the estate, council scum",
    "ur a sheep shagging hick, go back to ur farm",
    "everyone go comment on her page and tell her what u think of her",
    "report her account till its gone lads",
    "everyone message her saying she should kill herself",
    "flood his dms with clown emojis 🤡🤡🤡",
    "lets all go on mia's tiktok and spam 'fat' on every vid",
    "get this to 500 shares so the whole town knows what she did",
    "mass report callum's insta hes a grass",
    "everyone leave 1 star reviews on her mum's salon page",
    "rate her selfie 1/10 everyone join in 😂",
    "make a gc without her and screenshot it to her lol",
    "go on his live and tell him hes ugly lmao",
    "lets make him cry again tomoz, everyone in the canteen at 12",
    "start a hashtag about her #sadsophie everybody use it",
    "everyone block her and tell her why, she needs to know nobody likes her",
    "ur such a f4g",
    "n1gg@ get off our bus",
    "p*ki shop on the corner robbed me again",
    "f a g g o t",
    "n i g g e r go home",
    "🐒 go back to 🌍",
    "ur a c*nt and everyone hates u",
    "tr@nny alert in the girls changing 🚨",
    "w0gs out",
    "k1ke",
    "p@k1 b@st@rd",
    "f.a.g.g.o.t",
    "ch1nk",
    "g*ppo scum",
    "🏳️\u200d🌈 = 🤮",
    "k.y.s",
    "dyk3",
    "ur a r3t@rd",
    "k y s  n o w",
    "her in year 1 plumbing is built for one thing and it aint plumbing lol",
    "bet ffion looks even tidier with that uniform off butt",
    "sophie from childcare's proper ripe now, bet the lads are queuing up",
    "all the other girls send them, why u being so frigid about it",
    ("wee mirror selfie for me before ye go tae sleep? nae bother if ye don't... but ye should 😉"),
    "text me when ur mums gone out, wanna facetime u in ur pjs",
    "why wont u meet up, ive asked 5 times now, stop playing hard to get",
    "hop in the car after college bab, ill take u for a drive somewhere quiet x",
    "top 5 fittest girls in level 3 business: 1. leah 2. imogen 3. ... drop ur 4 and 5",
    "ranking the first year lasses out of 10, comment who u think's bottom 😂",
    "everyone knows dylan slept with his tutor to pass, thats how he got a distinction",
    "smash or pass: the girls in my form edition 👇 drop ur answers",
    "out of all the girls in hair and beauty who'd u rather? poll in the chat",
    "caitlin is proper bottom tier, even the lads who'll get with anyone won't",
    "apparently freya's got an onlyfans, she's selling pics to blokes from college",
    "the boys have been ranking everyone's bodies in a spreadsheet, ayesha came last lmaooo",
    "whose body count is highest in media, my money's on paige 🤣",
    "rate the girls in the induction photo 1-10 in the comments 😂",
    "hottest to nottest in the nursing cohort, i'll start: 1. zara, last: the ginger one",
    "women shouldnt be doing engineering, go back to hair and beauty where u belong",
    "typical girl, crying cos she didnt get her own way in the group project",
    "get back in the kitchen love, nobody asked for ur opinion on the footy",
    "girls cant even drive never mind do motor vehicle, waste of a place",
    "must be her time of the month, ignore her lads",
    "women are too emotional, thats why they shouldnt be science lecturers",
    "she's dead mouthy for a lass, needs a fella to put her in her place",
    "females are only good for one thing and it aint maths",
    "dressed like that she was asking for it tbh",
    "another feminist moaning in the student union, shut up and make us a brew",
    "bet she slept her way to course leader, no woman is that good at IT",
    "women belong at home not on a building site, simple as",
    "howay man stop being such a lass about it and man up",
    "female teachers are always the worst, cant control a class cos they're soft",
    "she's too minging to be a feminist, no one'd want her anyway",
    "lasses shouldnt talk in debates, just nod and look pretty",
    "nah ur just a dumb blonde, leave the thinking to the lads",
    "this is where ellie lives btw, 14 mill lane, in case anyone fancies popping round 👀",
    "here's his number 07700 900123, go on give him a ring lads",
    "her private insta is @soph.xo_private if anyone wants to see the real her",
    "ryan's gay btw, seen him on grindr, thought u should all know",
    "i've still got the pics she sent her ex, dont make me post them",
    "posting the chat where leanne slags off her mates, grab ur popcorn 🍿",
    "if u don't pay me back by friday everyone sees what u sent me",
    "dropping marcus's address in the gc, he knows what he did",
    "got liam's mum's number off the class list, gonna tell her what he's been up to",
    (
        "the girl in this pic is jess harrison from level 2 childcare, she lives on the new "
        "estate by the chippy"
    ),
    "forwarding ur nudes to the whole year if u block me again",
    "imagine if her dad found out she's seeing a lad, might just tell him 🤷\u200d♂️",
    "everyone report her account til it gets taken down, spam it",
    "made a gc to roast chloe, add whoever",
    "lads all go on kieran's latest post and comment clown emojis 🤡",
    "nobody talk to her tomorrow, let's see how long she lasts",
    "mass report @jaydenwx_ he's a grass",
    "go rate her selfie 1/10 in the comments, all of yous",
    "everyone message him at once, make his phone blow up 📱💥",
    "ghost her in the canteen, whole table, she'll get the hint",
    "tag everyone u know who thinks imogen's a weirdo",
    "let's all unfollow and block liam at exactly 8pm, make it obvious",
    "send her the screenshot from all ur accounts so she knows we all saw",
    "raid his live tonight, spam it till he ends it 😂",
    "screenshot this and send it to everyone in her tutor group, she needs humbling",
    "everyone duet her vid laughing, it'll go round the whole college",
    "everyone leave a 🐷 under her post, she'll know why",
    "right, all of yous dm shannon tonight and tell her what u really think of her",
    "nobody actually likes you kayleigh, we just feel sorry for you",
    "why does jordan always smell like damp washing lol does his mum not own a dryer",
    "honestly just leave the course mate no one wants you in level 3",
    "thats the care home kid innit, no wonder hes like that",
    "Aleksander ur english is so bad, stay in the polish shop where you belong",
    "no one's gonna pick you for their group again, you drag everyone down",
    (
        "yaar tell Zain to stop following us round at break, its embarrassing, he has no "
        "mates of his own"
    ),
    "unfollow her everyone, shes a loner and just wants attention",
    "we'll sort you out after college dont worry about that",
    "I know which bus you get home. just saying",
    "we know where you live hun. remember that",
    "you won't be smiling on monday",
    "we'll be waiting outside the main entrance at 3:30. all of us",
    "dont come to the bus station tomorrow if you know whats good for you",
    "Mr Hughes thinks he can fail me. hes got kids hasnt he. hope they're ok 🙂",
    "small town innit. you'll run into us sooner or later and your mates wont be there",
    "im going to batter you when i see you",
    "someone should burn miss owen's house down with her in it, i'll do it myself",
    "ill knock you out in front of everyone tomorrow, watch",
    "come near my sister again and i will kick your head in",
    "mate ill end you. proper. hospital job",
    "gonna boot her head in like a football",
    "say that again and ill strangle you with your own lanyard",
    "just kys honestly",
    "world would be better without you in it",
    "why dont you do us all a favour and not wake up",
    "go jump off the multi storey then",
    "nobody would come to your funeral lol",
    "i hope you never wake up tomorrow x",
    "you'd honestly be better off dead, your life is pointless",
    "aww bless her, she really thinks she can sing",
    "cute that you think anyone asked",
    "shoulda locked more of you in at hillsborough, scouse murderers",
    "hope that celtic fan on our course gets his legs broke at the old firm, dirty wee fenian",
    (
        "any villa fans at college, we're coming for you after the derby, blues lads "
        "waiting at the bull ring"
    ),
    "rangers huns should all drown in the clyde",
    "scousers still crying bout the 97, you killed your own, get over it",
    "swansea jacks are sheep shaggers and deserve a proper kicking at the derby butt",
    "newcastle fans are inbred geordie scum, saudi sportswashing rats",
    "🐒🐒🐒 their striker missed again, send him back where he came from",
    "hope their centre back breaks his neck, west ham cockney scum",
    "everton going bust, hope goodison burns down with all the blues inside",
    # round 38's read half (the thirty-ninth session), in our own sentences
    "the Romanian lot in catering are only here for the benefits",
    "nepali girl on the care course cant even spell her name, what do you expect from that lot",
    "proper scrounger family them, never worked a day",
    "same hoodie every day, does your mum not own a washing machine",
]

# Banter with fondness in words, self-mockery, the same words in other senses, reports
# that name abuse in order to report it, and posts against abuse.
PROBED_HARMLESS = [
    "love u ya muppet 😂❤️ happy birthday",
    "ur such a div sometimes but ur my div 🥹",
    "haha numpty, its room 14 not 41! see u there x",
    "ya daft wazzock 😂 best day ever tho, love yous all",
    "get in ya absolute melt, distinction!!! so proud of u 😭",
    "my bestie is the biggest weirdo i know and i wouldnt change her for the world 💕",
    "happy 18th to this absolute legend of a pillock, love ya bro",
    "im such a muppet i forgot my lanyard again",
    "honestly im such a numpty, left my work boots on the bus",
    "gormless me turned up on the wrong day 🤦\u200d♀️",
    "i was a proper plank in that presentation lol, nerves got me",
    "i look like a tramp today, had no time to do my hair",
    "im a saddo who stayed in revising all weekend and i regret nothing",
    "why am i such a melt, cried at the ending of the film again",
    "my spelling is so bad, dyslexia strikes again 😂",
    "i'm fat and happy after that christmas dinner in the refectory 🎄",
    "ngl i'm thick as mince when it comes to spreadsheets, can anyone help?",
    "carpentry students: please collect a plank of pine from the workshop before thursday",
    "biology lab today: we looked at rat dissection diagrams, no live animals used",
    "snake plant on sale in the horticulture shop, £4, great for beginners",
    "grass cutting on the back field monday morning, pe will be in the sports hall",
    ("we're reading 'down and out in paris and london', the tramp characters are so well written"),
    "melt the butter and chocolate over a bain marie, then fold in the flour",
    "jumped a personal best 1.65m in high jump today 🙌 pe dept",
    "the reptile room has a new corn snake, come say hi at open day",
    "don't be a grass?? no, do report vaping in the toilets, it's a fire risk - student union",
    "mole, rat, weasel and badger all appear in wind in the willows 🐀",
    "hair and beauty students: please bring a comb and hair clips tomorrow",
    "killing it on the dance floor last night 🔥",
    "that lasagne was to die for, well done catering lvl2",
    "our team absolutely smashed it at the regional skills competition 🏆",
    "just watched shaun of the dead for film studies, such a good film",
    "the engine died on me again on the way in, sorry i'm late",
    "motor vehicle: please don't leave the jacks under the cars overnight",
    "shoot day for the photography course is friday, bring your cameras",
    "the chemistry practical asks us to cut the magnesium strip with scissors",
    "the wifi in block c has been down all week, can someone from IT look at it please",
    "bit disappointed the canteen ran out of veggie options again by 12:30",
    ("I don't think the grading for unit 4 was explained clearly, could we have a session on it?"),
    "parking is a nightmare, could the college open the overflow car park?",
    (
        "with respect, the timetable change was only announced the night before which is "
        "hard for those of us with childcare"
    ),
    "the toilets on the first floor need fixing, two have been out of order for a fortnight",
    "not happy the trip got cancelled with no refund info, who do i email?",
    "the heating in the art room is broken and we've been sitting in our coats",
    "feedback on my assignment took 5 weeks which feels too long tbh",
    "please could staff stop using the student lift when there's a queue of wheelchair users",
    "tomorrow's tutorial is on cyberbullying: what it looks like and how to report it",
    "public services students will be discussing threats and intimidation in the workplace",
    "health & social care essay: how can carers challenge ableist language in settings?",
    "we looked at how misogyny shows up online in our sociology lesson, really eye opening",
    "criminology: we studied the difference between banter and harassment",
    "law students debate: should threats made online be treated the same as in person?",
    "pshe today covered self harm and where to get support, samaritans number is 116 123",
    ("if you're struggling with your mental health, our wellbeing team is in room g12 every day"),
    "anti bullying week starts monday, wear odd socks to show support 🧦",
    "childcare lvl3: safeguarding refresher on recognising signs of neglect",
    "someone called my son a div on the year 1 group chat, who do I report this to?",
    (
        "my daughter was told to 'kill herself' on instagram by another student, what is "
        "the college doing about this"
    ),
    (
        "a lad on the 52 bus said he'd 'jump' my nephew, i've reported it to the police and "
        "the college"
    ),
    "just to let staff know someone's been writing 'slag' on the toilet doors in block b",
    (
        "can safeguarding please look at the comments under last week's photo, some are "
        "calling a girl fat and ugly"
    ),
    (
        "my son has SEN and has come home saying people call him 'special', please can his "
        "tutor ring me"
    ),
    (
        "screenshot attached - someone posted 'watch yourself after college' to my friend, "
        "who should we tell?"
    ),
    (
        "there's an account rating girls from the college out of 10, I've reported it, "
        "please don't share it"
    ),
    (
        "he called me a grass for reporting it, but I'd do it again - thank you student "
        "services for sorting it"
    ),
    "reporting a comment from last night calling miss kowalski names, it wasn't ok",
    "massive thank you to mr hughes, couldn't have passed without you",
    "miss okafor is the best teacher i've ever had, honestly",
    "shoutout to dave the caretaker who found my lost phone 🙏",
    "reception staff were so kind when i came in crying about my bus pass, thank you",
    "congrats to everyone who got their results today, so proud of this lot 🎉",
    "mrs evans you absolute star ⭐ thanks for the extra revision session",
    "big up the catering lot, the food at the open evening was unreal",
    "well done ellie on your distinction, you worked so hard for it 💪",
    "shukriya to all the staff who helped with the eid event, it was beautiful",
    "dziękuję mrs nowak for helping my mum with the enrolment forms ❤️",
    "yaar the bus was so late today, anyone else miss registration?",
    "oh my days, i'm well chuffed with my grade, cheers everyone",
    "wee reminder that the christmas jumper day is friday, mind and bring a quid for charity",
    "cracking performance at the showcase, tidy work all of yous",
    "ey up, anyone got a spare calculator for maths resit? i'm proper skint",
    "bhai the chicken wraps in the canteen are elite, no cap",
    "kurwa ten test był trudny 😩 but i think i passed lol",
    "me and my lot are proper buzzin for the prom, see yous there",
    "mum says she's made too much biryani so bring a tub tomorrow lads",
    "tyler you absolute madman, you actually finished the whole project in one night 😂",
    "we know where you live now haha, thanks for the housewarming 🏠",
    "watch yourself on the stairs by block a, they're slippery after the rain",
    "keep going and see what happens - you might surprise yourself! good luck with exams",
    "we're getting jumped... into the deep end with this new unit 😂",
    "that exam absolutely killed me but i survived",
    "nobody wants to do the 9am on a monday lol, can we move it?",
    "the whole class was laughing in drama today, best lesson ever",
    "our snake-themed art project got first prize at the county show",
    "Show Racism the Red Card workshop in the sports hall tomorrow at 2, all welcome ✊🏾",
    (
        "Black History Month: this week we're learning about Walter Tull, Spurs player and "
        "one of the first Black officers in the British Army"
    ),
    "Eid Mubarak to all our students and staff celebrating 🌙✨",
    "Happy Diwali everyone! diya painting in the library at lunch 🪔",
    (
        "Holocaust Memorial Day: we remember the six million Jews murdered, and the Roma, "
        "disabled and gay people killed by the Nazis"
    ),
    (
        "Trans Awareness Week: our LGBTQ+ society has a stall in the atrium all week, come "
        "say hi 🏳️\u200d⚧️"
    ),
    "pride month!!! so proud of our lgbt society 🏳️\u200d🌈🏳️\u200d⚧️",
    "im gay and this is the first place ive felt safe saying it tbh ❤️",
    "queer film night thurs 6pm in the su, popcorn provided 🍿",
    (
        "Anti-Bullying Week: wear odd socks on monday 🧦 and if u see someone being picked "
        "on, say something"
    ),
    "Happy Hanukkah to our Jewish students and staff 🕎",
    "Ramadan Mubarak! the prayer room in C block is open all day",
    "iftar meal in the canteen friday, open to everyone not just muslims 😊",
    "Vaisakhi celebrations in the atrium, free langar food from the sikh society 🙏",
    "Gypsy, Roma and Traveller History Month display is up in the library, really interesting",
    "chinese new year in the canteen, dumplings and lanterns 🏮",
    "international womens day panel with our female engineering students 💪",
    "my pronouns are they/them, thanks for asking 💛",
    "coming out as trans at 17 was scary but everyone in my class has been lush",
    "my two mums came to graduation 🥹 proudest day",
    "so proud to be bi and have a college that flies the flag",
    "gay marriage debate in politics was actually so interesting",
    "queer as folk was filmed in manchester, we watched it for media studies",
    "lgbt history month assembly was lovely, well done to jess and the team",
    "just finished the stephen lawrence case in law, so important",
    "learning about the windrush generation in sociology, my nan came over in 1962",
    "our college got an award for tackling racism 🏆 well done everyone",
    "welcome to our new romanian student on the plastering course, make him feel at home",
    "interfaith week: tea and cake with the chaplain, all faiths and none",
    "the girls football team won the cup!!! ⚽🏆",
    "someone wrote a slur on the toilet door in B block, please can site team remove it",
    (
        "reported a comment on the college page calling a student a racist name, sent "
        "screenshots to safeguarding"
    ),
    ("if anyone sends you abuse, screenshot it and report it to your tutor, dont share it round"),
    (
        "someone told my mum to 'go back where you came from' in tesco, she was born in "
        "leeds. proud of her for reporting it"
    ),
    "the word pikey is a slur against travellers, please stop using it, it hurts my family",
    "monkey chants at the game saturday were disgusting, hope the club bans them for life",
    "someone posted my address in a group chat, who do i tell? feel sick",
    "please dont share that video of the fight, its someones kid, report it instead",
    (
        "safeguarding team reminder: doxxing and pile-ons are bullying and can be reported "
        "anonymously"
    ),
    (
        "got called a faggot on the bus home, reported it to the police and student "
        "services, they were great"
    ),
    "in history we looked at how the nazis used words like vermin to dehumanise jews",
    (
        "english lit today: why the n-word appears in Of Mice and Men and how to discuss it "
        "respectfully"
    ),
    "unlucky lads, we'll have you next season 😂",
    "city fans in tears today 😂😂 ill buy u a brew monday tom",
    "3-0 to the arsenal 🔴⚪ sorry kieran x",
    "celtic v rangers sunday, whos watching in the su bar?",
    (
        "wrexham to the prem by 2030 you heard it here first "
        "🏴\U000e0067\U000e0062\U000e0077\U000e006c\U000e0073\U000e007f"
    ),
    "cardiff v swansea tonight, hope its a cracking game and everyone gets home safe",
    "leeds are going down and im gonna cry 😭",
    "97 never forgotten 💙 hillsborough memorial at anfield today",
    "flowers at old trafford for the munich air disaster anniversary, respect from a city fan",
    "ur mum's lasagne at parents evening was class btw 😂",
    "villa fan here, we got battered, fair play to u lot",
    "hearts v hibs derby day, may the best team win 💚❤️",
    "spurs gonna spurs innit 🙃 see u monday",
    "we murdered them 5-1 😂 get in",
    "killed it on the pitch today lads, proper team effort",
    "new polish shop opened by the bus station, best pierogi ever",
    "welsh lamb for the hospitality practical tomorrow, dont forget ur knives",
    "irish dancing society meets in the drama studio wednesdays",
    "work experience on a sheep farm in the brecons, up at 5 every day lol 🐑",
    "anyone a traveller? like backpacking, want tips for thailand",
    "gypsy tart in the canteen today 😍 proper kent classic",
    "paddy's day party at the su 🍀 green fancy dress",
    "the scottish highlands field trip was unreal",
    (
        "proud welsh speaker, diolch i bawb! "
        "🏴\U000e0067\U000e0062\U000e0077\U000e006c\U000e0073\U000e007f"
    ),
    "english language gcse resit is monday 9am sports hall, good luck all",
    "my cousin's a jockey at cheltenham this week 🏇",
    "river taff walk for the duke of edinburgh silver",
    "offa's dyke path walk this weekend for DofE, bring waterproofs",
    "in biology we're using inbred lines of mice to study genetics",
    "sheep dog trials at the agri campus saturday",
    "the farm kids brought the lambs in for open day 🐑🐑",
    "rural life is the best, wouldnt swap the countryside for anything",
    "chinese takeaway after college anyone?",
    "curry night in the su 🍛 veggie options too",
    "black forest gateau in the bakery practical, mine collapsed 😭",
    "took my little brother to monkey world at the weekend 🐒 he loved it",
    "the pipe bender in fabrication is broken again",
    "faggots and peas at my nan's tonight 😋 proper black country tea",
    "anyone got a lighter, going out for a fag",
    "spotted dick and custard in the canteen lmao",
    "nude lip palette tutorial for level 2 make-up, bring ur kits",
    "the arab spring was the topic in politics today",
    "scotch eggs at the bake sale 🥚",
    "french exchange students arriving monday, say bonjour 🇫🇷",
    "whats the address for the open day? cant find it on the site",
    "screenshot this timetable, it changes next week",
    "everyone go comment on the college post to win the festival tickets 🎟️",
    "report writing workshop for level 3 business at 1pm",
    "please share, lost dog near campus, black lab called bramble 🐕",
    "can someone send me the tutor's email? need to hand in late",
    "everyone go vote for jess in the student of the year, link in bio 💜",
    "go on her live tonight she's doing a singing stream, shes amazing 🎤",
    "she absolutely killed that solo in the showcase",
    "mass turnout for the charity run, thank you everyone who came",
    "hot chocolate stand in the atrium, go show them some love",
    "love your hair today! the colour is unreal 😍",
    "omg ur nails are so cute, who did them??",
    "proper smart in that suit for ur interview mate, good luck 🤞",
    "that prom dress was stunning on u hun, u looked like a film star x",
    "lovely pic of you and your nan at graduation, she looks so proud 🥰",
    "she absolutely smashed her presentation, proud of you hun x",
    "our receptionist is the loveliest woman, always sorts my bus pass out x",
    (
        "level 3 hair & beauty need models for full body waxing assessments next week, "
        "message the salon page to book 💅"
    ),
    (
        "fashion students taking bust, waist and hip measurements for the end of year "
        "collection 📏 swipe for the sketches"
    ),
    "life drawing tonight in the art block, nude model booked, L3 art students only pls",
    (
        "make-up artistry final looks: body painting on our models for the showcase 🎨 so "
        "proud of this lot"
    ),
    (
        "nail tech students are practising on each other's hands and feet this week, bring "
        "flip flops"
    ),
    "the spray tan room is open in the salon, £10 for students, all body shapes welcome 🧡",
    (
        "hair and beauty showcase: we're looking at face shapes, body proportions and skin "
        "tones to match the looks"
    ),
    "barbering students need models, short back and sides for free, come to the salon at 1",
    "anatomy today is the muscles of the thigh and hip, sports massage students bring shorts",
    "gorgeous pics from the fashion show, the models smashed it on the catwalk 👗",
    "ur body is gorgeous as it is, don't let anyone tell u otherwise 💕 #bodypositivityweek",
    (
        "beauty therapy students doing free facials for staff this week, booked mrs "
        "hargreaves in lol"
    ),
    ("can someone send me the pics from the awards night? i look decent in like one of them lol"),
    "anyone got the group photo from the barcelona trip? pls dm me it x",
    "send us the vids from sports day, the tug of war was hilarious 😂",
    "drop ur pics in the chat so we can all get the photos from the residential",
    "anyone got a pic of the new timetable? my phone died",
    "photos from the hair show are on the college facebook, tag yourselves 📸",
    "if ur in the group photo and don't want it posted, tell miss roberts before friday",
    "follow the college insta @northgatecollegeofficial for open day updates",
    "our SU snap is @ngc_studentunion, add us for freshers info 🎉",
    "the library has a tiktok now?? @ngclibraryreads go give them a follow",
    "college main line if u need to ring in sick: 01632 960000",
    "can someone post the address for the placement open evening? i lost the email",
    "add me on snap if ur in the same criminology class, i'm lost with the assignment lol",
    "dm me if u want the notes from today's lecture, i typed them up",
    (
        "reminder: if anyone asks u for nudes, screenshot it and tell a member of staff or "
        "the safeguarding team. u won't be in trouble"
    ),
    (
        "sextortion is when someone threatens to share your pics unless you pay. don't pay, "
        "don't reply, report it to CEOP or tell someone you trust 💙"
    ),
    (
        "if someone's shared a pic of you without consent, Childline's Report Remove tool "
        "can get it taken down"
    ),
    (
        "safeguarding drop-in today in room B12, talk to us about online safety, sharing "
        "images, or anything worrying u"
    ),
    (
        "PSHE this week: consent, healthy relationships and what to do if someone pressures "
        "you to send pictures"
    ),
    "if you're worried about a mate, the safeguarding number is on the back of your lanyard",
    (
        "please don't screenshot or share other people's posts without asking, it's in the "
        "college code of conduct"
    ),
    (
        "sir, someone in my class keeps commenting 'send us a pic babe' on my posts, i've "
        "screenshotted it, what do i do?"
    ),
    (
        "hi miss, just reporting that a lad in my group called me 'a dumb blonde who should "
        "be in the kitchen', i have witnesses"
    ),
    (
        "i've reported the account posting a list rating girls in our year to the college, "
        "please don't share it any further"
    ),
    (
        "to whoever made that 'rate the girls' page, it's been reported to student services "
        "and the police. not funny."
    ),
    (
        "someone was messaging me 'i'll send ur pics to everyone', told my tutor and it's "
        "been dealt with, thank u safeguarding team ❤️"
    ),
    "please stop posting about ellie, she's asked for privacy, this is bullying",
    ("made a group chat for everyone on level 2 bricklaying so we can share notes and shift swaps"),
    "new gc for the netball team, add anyone who wants to play thursday 🏐",
    ("made a chat for lifts to the careers fair, say which town ur coming from and we'll sort it"),
    "study group chat for the maths resit, everyone welcome, no judgement 📚",
    "please all vote for jess in the student council elections 🗳️",
    "everyone send marcus a get well message, he broke his leg at rugby 😢",
    "flood the comments with love for the catering team, that christmas dinner was unreal",
    "everyone report that scam account offering free iphones, it's not the college",
    "report any fake accounts pretending to be the college, we'll never ask for ur password",
    "rate my bake 1-10 be honest 🎂 first go at a lemon drizzle",
    "rate my bread out of 10, the bakery lecturer said it was 'rustic' 😭",
    "ranking the canteen paninis best to worst: 1. tuna melt 2. chicken pesto 3. cheese n ham",
    "top 5 lecturers this year? mine's mr davies in history, no contest",
    "who's the best at fifa in the common room, let's settle it with a tournament",
    "i'd rate the freshers fair a solid 8/10, the free pizza did it",
    "my little niece came to the open day and sat on my lap the whole talk, so cute 🥹",
    (
        "santa's grotto at the college nursery, kids can sit on his lap for photos, parent "
        "consent forms needed"
    ),
    "meet up at the library after college for revision? bring snacks",
    "anyone wanna meet at the bus station at 8 for the london trip? 🚌",
    "women in engineering day was amazing!! so many girls in the workshop 👩\u200d🔧",
    "our girls football team won the county cup 🏆 absolute legends",
    "the women's history month display is up in the library, go have a look",
    "we had a debate on feminism in sociology and it got heated but everyone was respectful",
    "she's the best engineer in our class and it isn't even close",
    "that new gym is fit, can't wait to use it",
    "roasting hot today innit, who's going to the beach after college ☀️",
    "nobody talk to me till i've had my coffee ☕😂",
    "my mum found my old baby photos and posted them 😭 delete this woman",
    "screenshotting this to show me mam, she'll be buzzing i got a distinction",
    "shared a screenshot of the timetable change in the class chat, check it",
    "ur such an idiot i love u 😂❤️",
    "bhai you're honestly the worst at fifa, rematch tomorrow x",
    "ugly selfie but i'll allow it cos its your birthday 🥳 love u",
    "wee eejit forgot his lunch again, got you a meal deal mate",
    "we know where you live, expect a cake 🎂",
    "see you friday!! bring your dancing shoes 💃",
    "you've been warned: tuesday's quiz night is fancy dress 🤠",
    "we'll sort you out with a lift home, dont worry about the bus",
    "you'll find out on monday what the surprise is 👀🎁",
    "waiting outside the main entrance at 3:30 with balloons for ur last day!!",
    "last warning: if you don't hand in the permission slip you can't come on the trip",
    "mark my words you're gonna pass that exam, you've worked so hard",
    (
        "don't come to the bus station tomorrow, buses are diverted to the high street stop "
        "cos of roadworks"
    ),
    "I know which bus you get, i'll save you a seat upstairs",
    "your presentation was honestly brilliant, so proud of you",
    "you looked stunning at the showcase, that dress 😍",
    "hope youre ok hun, been quiet in the group chat, here if u need to talk x",
    "congrats on the distinction!! ur parents must be so proud",
    "new haircut suits you so much",
    "proper proud of our level 2 mechanics lot, every single one passed 👏",
    "dzięki za pomoc z assignmentem Ola, you're a star",
    "shabash yaar, you smashed that interview",
    "so brave of you to speak at assembly about your anxiety, massive respect",
    "If you're struggling, Samaritans are free on 116 123, day or night. You're not alone.",
    (
        "Anti-Bullying Week starts Monday 💙 wear odd socks to show support. If anyone is "
        "being picked on, speak to student services."
    ),
    "Reminder: you can text SHOUT to 85258 anytime if you're feeling low.",
    (
        "Papyrus HOPELINE247 is there for anyone under 35 having thoughts of suicide. "
        "Please reach out."
    ),
    (
        "Our wellbeing team are running a self-harm awareness talk Thursday 1pm in the LRC, "
        "all welcome"
    ),
    (
        "Nobody deserves to be told they'd be better off dead. If someone's said that to "
        "you, report it and talk to us."
    ),
    "Childline 0800 1111 if you're under 19 and need to talk, its confidential",
    "lost my cousin to suicide last year. please check on your mates, even the loud ones 💛",
    "Bullying in group chats counts as bullying. Screenshot it and show a tutor.",
    "World Mental Health Day today, the chaplaincy is open all day for a cuppa and a chat",
    "unlucky on saturday lad, united were robbed, pints on me 😂",
    "cmon villa!! up the villa 💜💙",
    "city fans gonna be quiet in class monday 🤫 (love u really dan)",
    "spurs and trophies, name a more iconic duo... oh wait 😂 x",
    "howay the lads!! toon army on tour",
    "celtic absolutely battered rangers 4-0, sorry not sorry wee man 😂",
    "leeds back in the prem, marching on together 💛💙",
    "arsenal bottling it again, see you at fives tuesday anyway",
    "wrexham gonna win the league again, hollywood baby",
    "fair play to your lot, you deserved it today, good game",
    "smashed it at the 5k today, PB 🏃",
    "killed it in the netball final girls 🏆",
    "she jumped 1.60 in high jump, new college record",
    "our rugby lads absolutely murdered them in the scrum today",
    "he took a shot from 30 yards and buried it, top bins",
    "we destroyed them 6-0 in the fives league",
    "gonna hit the gym then smash some revision",
    "knocked out in the semis but so proud of the boxing club 🥊",
    "dead legs after that bleep test 💀💀",
    "PE was brutal, sir made us do burpees till we died lol",
    "i'm dead 💀💀 that video is too funny",
    "this assignment is killing me lol",
    "nobody likes mondays 😩",
    "leave the course? never, best decision i ever made coming here",
    "care leavers bursary applications open now, see student services for help with costs",
    "my nan's slow cooker stew could end wars, 10/10",
    "see you all at the gates at 9 for the trip to Alton Towers 🎢",
    "bhai's wedding this weekend so im off friday, someone send me the notes pls",
    "we'll find you in the library at lunch and go through the maths together",
    "thanks for standing up for me in the canteen today, means a lot",
    "wee reminder the bus to the derby game leaves at 12, dont be late",
    "the fire alarm drill is at 10:30 tomorrow, don't panic",
    "hes been in care most of his life and just got into uni, absolute legend",
    "shoot me a message if u want the notes",
    "cant wait to see you friday!!",
    "kurwa, ten test był trudny 😅 anyone else find it hard?",
    "miss evans deserves teacher of the year, best tutor ever",
    "you'll regret missing the christmas party, it's gonna be class",
    "she's got her nan's laugh and honestly its the best sound in the world",
    # the same words kindly, round 38's read half (the thirty-ninth session)
    "the Romanian students came over for the apprenticeship and we're glad they did",
    "what do you expect from that lot, they've won five on the bounce",
    "my mum doesn't own a washing machine so launderette it is",
]


@pytest.mark.parametrize("text", PROBED_HARM)
def test_probed_abuse_reaches_review(text: str, detector: AbuseDetector) -> None:
    assert detector.rate(text) >= 0.5


@pytest.mark.parametrize("text", PROBED_HARMLESS)
def test_probed_harmless_posts_stay_under_review(text: str, detector: AbuseDetector) -> None:
    assert detector.rate(text) < 0.5


# Our own traps for the probes' families, both ways: what each new rule must pass over.
@pytest.mark.parametrize(
    ("text", "harmful"),
    [
        ("keep going and see what happens, you might surprise yourself", False),
        ("keep talking and see what happens to you", True),
        ("never drink bleach, keep cleaning products locked away", False),
        ("just drink bleach lol", True),
        ("send pics of the display board then!", False),
        ("send pics then babe 😏", True),
        ("made a gc without him so we can plan his surprise party 🎉", False),
        ("made a gc without her, screenshot it and send it to her lol", True),
        ("please don't spam him, he's had enough messages today", False),
        ("got his number, spam him all night", True),
        ("she'd get it if she revised properly", False),
        ("she'd get it tbh, them legs", True),
        ("the special needs table at the summer fair raised £50", False),
        ("he's on the special needs table for a reason lol", True),
        ("going back to Poland for the summer to see my babcia", False),
        ("go back to poland, nobody wants you here", True),
        ("justice for the 97, we remember hillsborough", False),
        ("should've been more at hillsborough", True),
        ("going out for a fag, anyone coming?", False),
        ("stop being such a fag", True),
        ("the word pikey is a slur, please stop using it", False),
        ("report me then, you pikey", True),
        ("love u ya muppet, happy birthday!!", False),
        ("nobody would miss you if you stopped coming, love", True),
        ("bit of advice, don't come in if you're ill", False),
        ("bit of advice, dont come in monday", True),
        ("top 5 fittest teams in the league this season", False),
        ("top 5 fittest girls in level 2, go", True),
        ("women are too often left out of engineering, come to our taster day", False),
        ("women are too emotional to be engineers", True),
        ("we know where you live, expect a card and flowers", False),
        ("we know where you live, dont come in monday", True),
        ("if anyone asks you for nudes, tell a member of staff", False),
        ("he called me 'a dumb blonde', i have witnesses", False),
        ("gonna murder a bacon roll after this lesson", False),
        ("go hang urself, nobody cares", True),
        ("unalive yourself and do us a favour", True),
        ("say that again and ill break your jaw", True),
        ("you'll break your neck on those icy steps, take care", False),
        ("make sure you cut deeper into the dough for the loaf", False),
        ("hope u get cancer", True),
        ("ima deck him in the car park", True),
        ("we'll deck the halls for the christmas fair", False),
        ("get ur tits out for the lads", True),
        ("what are you wearing to prom? need ideas", False),
        ("send me pics of the awards night pls", False),
        ("honestly nobody would miss you", True),
        # round 32's read half (the thirty-third session), in our own words
        ("the lad in supported learning shouldnae even be at college", True),
        ("supported learning students should be at the open day", False),
        ("see you at the bus station, bring yer cousins cos ye'll need them", True),
        ("bring your mates to the open day, you'll need them for the quiz", False),
        ("polish tutor cant even speak proper english, how is she teaching", True),
        ("the polish tutor can speak english, polish and german", False),
        ("hope the new lad gets his head kicked in at the bus stop", True),
        ("hope the new lad gets his head round the timetable soon, it took me weeks", False),
        # the review of the thirty-third session
        ("new Ukrainian student can't speak English yet so please be patient with him", False),
        ("learners in supported learning shouldn't be in college on Friday, staff training", False),
        ("bring your dad cos you'll need him to sign the consent form", False),
        ("Bring your mates, you'll need them, the escape room is proper hard", False),
        ("Pride was just miles of dykes and fairies lol", True),
        # round 33's read half (the thirty-fourth session), in our own words
        ("that jock tutor can go back over the border, nobody asked him", True),
        ("our jock tutor is going back over the border for Hogmanay", False),
        ("funny how the lass who got the job is always 'staying late' with the manager", True),
        ("thanks for staying late with the manager to finish the rota", False),
        ("girls on the plumbing course lol, making tea is all they'll ever be good for", False),
        ("girls on the plumbing course lol, thats all theyll ever be good for is making tea", True),
        ("the old van is scrap, that's all it's good for", False),
        ("maybe if some people in ESOL learned to speak proper English they'd pass", True),
        ("some people in ESOL learned to speak English in six months, amazing", False),
        (
            "the polish families made pierogi for the fair, you can smell them from the car park",
            False,
        ),
    ],
)
def test_the_probes_rules_and_what_they_pass_over(
    text: str, harmful: bool, detector: AbuseDetector
) -> None:
    assert (detector.rate(text) >= 0.5) is harmful


def test_a_held_finding_says_why_it_is_held(detector: AbuseDetector) -> None:
    [teased] = detector.detect("love u ya muppet, happy birthday")
    assert teased.score < 0.5
    assert teased.detail["fondness"] == "said fondly (love u)"
    named = [
        d
        for d in detector.detect("got called a faggot on the bus, reported it")
        if d.label == "slur"
    ]
    assert named and named[0].score < 0.5
    assert named[0].detail["mentioned"] == "named to report or oppose it"
