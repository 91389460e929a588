"""Read a question once: the typed `Question` every later step (retrieve → judge → compose) takes.

A question is read as a person wrote it: chat markup, shorthand and number forms are normalised
(`chat.clean`), then its intent (who, when, where, how many, why, yes/no, what X said, list,
compare) and its *focus* — the detail it asks for ("ships" in "how many ships does PNSC have",
"chairs" in "who chairs PNSC", "salary" in "what is James Dong's salary") — are found from the words
around the question word. The focus is what an answer must carry: facts about the subject that do
not carry it are related, not an answer.

Which words matter is decided by the fact base's own vocabulary plus an English word-frequency
list (pyspellchecker's, chosen over wordfreq because it is pure Python, maintained, and also gives
us spelling): an unknown word that is very common in English ("actually", "guy", "exactly") is
conversational filler; a rarer unknown word ("salary", "blockchain", "Daraz") names something the
sources would have to speak to.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from .chat import clean
from .memo import per_request
from .quantities import MONTHS, WEEKDAYS
from .text import NUMBER, QUESTION_WORDS, STOPWORDS, YEAR, kept_acronyms, stem, tokens

# Words that shape a question without naming its subject ("what did X *put* on Y", "when did it
# *happen*"). They are ignored when judging whether the base knows the question's words.
FILLER = frozenset(
    stem(w)
    for w in """happen happened happening go went gone make made making get got take took taken put hold held holds holding against
    puts mean meant exactly really much many long often like article articles source sources news saga story stories report
    reported reports mention mentioned mentions thing things anyone someone something one ones time
    times first last latest earliest newest oldest recent recently kind type sort did does doing done
    involved involve involving play played part parts number numbers figure figures amount amounts quantity quantities level levels exist
    exists existed year years day days weekday date dates month months detail details information info regarding
    concerning current currently now today main major key important give given gave see seen look looks
    lot lots way ways name named names thing whom percentage percent worth else actually ever still yet new
    old big tiny huge massive enormous purpose reason reasons rationale motive motives justification explanation behind function count rs outlet
    outlets publication publications why result value values
    results state stated states want wanted wants think
    thought believe believed feel felt claim claimed describe described apply applies applied affect
    affects affected relate relates related cover covers covered include includes included
    concern concerns concerned regard regards stand stands full form means city town venue location building setting
    position positions designation lol lmao pls please thanks thank hey hi hello yo bro guys guy folks
    gentleman gentlemen consider considers considered considering merely mere solely angle through thru via basically literally quick quickly briefly exact precise precisely ok okay hmm um uh right correct true
    hmmm umm ummm uhh uhhh erm soo sooo wish wishes wished principal
    seriously honestly totally definitely probably simply generally himself herself themselves itself anywhere
    carry carries carried gimme lemme database suddenly large travel travels travelled traveled fly flies flying flew flown below above beneath
    already control controls controlled controlling dominate dominates dominated dominating
    facts stuff somewhere anything everything loads tons bunch incl including
    wonder wondering curious know knew remind reminder again anyway though btw also even just some talk talked
    talking speak spoke spoken speaks speaking discuss discussed discussing role roles announce announced jan feb mar apr jun jul
    aug sep sept oct nov dec january february march april june july august september october november
    december come came coming every everything each billion billions million millions thousand trillion supposed etc deadline deadlines
    $
    attribute attributes attributed ascribe ascribes ascribed outline
    mandate remit engagement engagements
    enumerate framing frame framed envisage envisaged envision envisioned basis chronology sequence
    possible possibly
    haha hahaha hehe lolz xd omg smh tbh imo ngl ikr bruh dude genuinely truly legit huh
    respected dear honourable honorable respectfully sincerely regards mian context confirm
    spell spelt spelled spelling spellings
    agree agrees agreed disagree disagrees disagreed differ differs differed differently discrepancy discrepancies
    consistent consistently inconsistent inconsistency conflicting contradict contradicts contradictory verbatim
    fellow chap chaps bloke blokes confuse confused""".split()
)
# Small, hand-checked synonym groups: how readers ask versus how reporters write.
_SYNONYM_GROUPS = (
    "lead led leads leading leader leaders leadership head heads headed chair chairs chairman chairmen chaired chairperson run runs ran "
    "front fronted",
    "meet met meeting encounter encounters visit visited talk talks trip arrive arrived delegation chat chats receive received host hosted",
    "expect expected projected project forecast forecasts estimate estimated predicted likely",
    "accuse accused accusation accusations allegation allegations allege alleged blame blamed",
    "attack attacked criticise criticised criticize criticized slam slammed target targeted",
    "tax taxes duty duties levy",
    "sell sold sale sales seller sellers listed vendor vendors merchant merchants",
    "goal goals aim aims vision target plan intend intends intended intention objective objectives interest interested",
    "job jobs livelihood employment",
    "prison jail jailed jailing imprisoned imprisonment locked detained detention custody gaol gaoled incarcerate "
    "incarcerated incarceration",
    "oust ousted ouster removed remove removal",
    "say said says state stated told note noted remark remarks comment comments reckon reckons reckoned cite cited cites "
    "words identify identified identifies assert asserted asserts contend contended contends convey conveyed conveys "
    "opine opined argue argued argues argument arguments assess assessed assessment maintain maintained maintains "
    "observe observed observes",
    "minister ministry",
    "spokesman spokesmen spokesperson spokespersons spokeswoman spokespeople",
    "company firm",
    "help support assist assistance benefit benefits beneficiary beneficiaries",
    "cut reduce reduced reduction lower lowered decline declined declining drop dropped fall fell slump slumped "
    "plunge plunged shrink shrank shrunk shrinking fallen slide slid slides sliding dip dipped nerf nerfed nerfs "
    "revise revised revision",  # ("the revised threshold": the one the budget cut to)
    "limit limits threshold thresholds cap ceiling exemption exemptions allowance allowances",
    "people persons member members",
    "briefing brief presser conference",
    "early earliest infant infancy nascent initial fledgling maturity mature",
    "collaborate collaboration cooperate cooperation partner partnership",
    "cross surpass surpassed exceed exceeded overtake overtook hit reach reached pass",
    "executive executives boss bosses bigwig bigwigs chief president",
    "respond responded responding response responses reply replied react reaction answering",
    "top leading foremost biggest largest dominant dominate dominates dominating",
    "share shares slice portion",
    "transaction transactions transfer transfers",
    "account accounts handle handles",
    "fix improve improved improvement reform reforms overhaul restructure",
    "upset disappointed unhappy angry",
    "online digital",
    "establish established establishment create created creation formation form formed forming",
    "cancel cancelled canceled stop stopped halt halted skip skipped skips block blocked blocks prevent prevented "
    "prevents",
    "train training trained teach teaches taught teaching learn learning",
    "push pushed pushing promote promoted promoting boost boosted drive drives driving",
    "matter matters mattered important importance significant key",
    # "called on"/"called for" are read as visited/urged before this: what is left of "call" is naming
    "call called calls describe described describes refer referred label labelled labeled brand branded "
    "characterise characterised characterize characterized dub dubbed term termed",
    "thank thanked thanks grateful gratitude appreciate appreciated appreciation",
    "order ordered orders direct directed directive directives instruct instructed instruction instructions ask asks asked "
    "request requested urge urged urges",
    "deliver delivers delivered delivery deliveries",
    "fixed flat",
    "abroad overseas import imports imported",
    "platform platforms site sites website websites portal portals",
    "impose imposed imposes imposing slap slapped slaps introduce introduced introduces introducing",
    "promise promised promises pledge pledged vow vowed commit committed commits commitment commitments assure "
    "assured",
    "propose proposed proposal suggest suggested suggestion recommend recommended recommendation",
    "collapse collapsed wreck wrecked wrecking destroy destroyed destruction ruin ruined",
    "grow grew grown growing increase increased increasing expand expanded",
    "internet broadband",
    "foreign international",
    "usual traditional conventional",
    # session 11: how readers name what the articles call products, phones, limits, meetings and rigging
    "product products goods merchandise",
    "phone phones telephone telephones",
    "gathering gatherings forum",
    "rig rigged rigging steal stole stolen fraud fraudulent",
    # session 12: who was at a meeting
    "attend attended attending attends attendee attendees attendance accompany accompanied accompanies accompanying",
    # session 17: what a committee is to produce, and what readers call textiles
    "produce produces produced draft drafted prepare prepared",
    "textile textiles clothes clothing garment garments apparel fabric fabrics",
    # session 18: "how did the minister justify the remarks" — the articles' "defended"; how mature a
    # market is, which they answer with "infant stage"
    "defend defended defends defending justify justified justifies justifying",
    # session 19: praise as the articles write it ("impressed by Pakistan's progress"), and the shops
    # they call retailers
    "praise praised praises laud lauded commend commended hail hailed impressed admire admired compliment "
    "complimented",
    "retailer retailers shopkeeper shopkeepers",
    "necessary necessity essential indispensable",
    # session 28: an article's summary as readers name it ("the Arab News highlights")
    "summary summaries highlight highlights",
    # session 29: the people the articles count ("11 percent of Pakistani citizens"; not "Pakistanis", whose
    # adjective "Pakistani" would then read as people)
    "people citizen citizens",
    # session 29: what someone holds as a view ("the 2017 govt's view": what it "felt")
    "view views feel feels felt believe believes believed",
    # session 28: "who represented Alibaba": the people of its delegation, as the articles write it
    "represent represented represents representing representative representatives delegation delegations "
    "delegate delegates",
    # session 34: what internet growth did to retailers as readers say it ("pushed retailers to move
    # online"), which the article writes "forced several retailers to shift to digital platforms"
    "shift shifted shifting shifts move moved moving moves switch switched switching migrate migrated",
    "force forced forcing forces push pushed pushing compel compelled",
    # "isn't a choice anymore": the article's "no longer a choice"
    "anymore longer",
    # "what did Raja say about national unity": "kept the people of this country united"
    "unity unite united unites uniting unified",
    # session 47: a government's e-commerce plan is what the articles call its policy framework (2017) and
    # its roadmap (2025)
    "plan plans roadmap roadmaps framework frameworks blueprint blueprints",
    # session 52: what the PM "stressed" as readers ask it ("did the PM emphasise SMEs", Urdu's "zor diya")
    "stress stressed stresses stressing emphasise emphasised emphasises emphasising emphasize emphasized emphasizes "
    "emphasizing emphasis underline underlined underscore underscored",
    # session 55: "why was the government anxious": the article's "worried"
    "worried worry worries worrying anxious anxiety",
)
SYNONYMS: dict[str, frozenset[str]] = {}
for _group in _SYNONYM_GROUPS:
    _stems = frozenset(stem(w) for w in _group.split())
    for _s in _stems:
        SYNONYMS[_s] = SYNONYMS.get(_s, frozenset()) | _stems
# One way only (session 21): "broadband users / subscribers" are the articles' "people with access", but
# "how many people came to the meeting" asks for no users
SYNONYMS.update(dict.fromkeys({stem(w) for w in "user users subscriber subscribers".split()},
                              frozenset({stem(w) for w in "user subscriber people".split()})))
# One way (session 40): "the e-commerce market in 2017" is the articles' "e-commerce industry" or "sector"; an
# industry is not a market ("Taobao's share of the C2C market")
for _word in ("market", "markets"):
    SYNONYMS[stem(_word)] = SYNONYMS.get(stem(_word), frozenset()) | {stem(w) for w in ("industry", "sector")}
# One way (session 41): "Imran's cases", "apne cases" are the charges he is held on; a charge is not every
# case ("the case for e-commerce")
SYNONYMS[stem("case")] = SYNONYMS.get(stem("case"), frozenset()) | {stem("case"), stem("charge")}
# One way (session 42): "payments by mobile" are the articles' "financial transactions" on mobile phones; a
# transaction asked about need not be a payment
SYNONYMS[stem("payment")] = SYNONYMS.get(stem("payment"), frozenset()) | {stem("payment"), stem("transaction")}
# One way (session 50): "the PM's economic vision" is his "vision for an export-led economy" (Snowball keeps the
# adjective's stem apart from the noun's); the economy asked about is not everything "economic" (the World
# Economic Forum)
SYNONYMS[stem("economic")] = SYNONYMS.get(stem("economic"), frozenset()) | {stem("economic"), stem("economy")}
# One way (session 51): "what's driving e-commerce", "the driver of its growth" is the analysts' "fuelling"
# (what fuels it is asked as it was before)
for _word in "drive drives driving driver drivers".split():
    SYNONYMS[stem(_word)] = SYNONYMS.get(stem(_word), frozenset()) | {stem(_word), stem("fuelling"), stem("fueling")}
# One way (session 51): "stopped from proceeding / travelling to Iran" is the article's "going"; "go" asked is
# no journey ("when he goes to jail")
for _word in "travel travels travelled traveled travelling traveling proceed proceeds proceeded proceeding".split():
    SYNONYMS[stem(_word)] = SYNONYMS.get(stem(_word), frozenset()) | {stem(_word), stem("go")}
# One way (session 34): "people who used the internet" are its users ("30 million internet users"); a
# user is not said to "use" anything in particular
SYNONYMS[stem("use")] = frozenset({stem("use"), stem("user")})
# One way (session 54): what someone "offered" is also what they promised ("did Dong offer tech training": he
# promised it); a promise asked about is not every offer. (Not "provide": "what support did the government offer
# Alibaba" then found what Dar said e-commerce could provide.)
SYNONYMS[stem("offer")] = SYNONYMS.get(stem("offer"), frozenset()) | {stem("offer"), stem("promise")}  # (offers, offered …)
# One way (session 54): "tech training" is the articles' technical training, "tech giants" their technology
# ones
SYNONYMS[stem("tech")] = SYNONYMS.get(stem("tech"), frozenset()) | {stem(w) for w in "tech technical technology".split()}
# One way (session 34): a strategy's political or electoral use is what the articles call a "vote puller"
# (its "puller": a vote is not every political thing, "ousted in a parliamentary vote")
for _word in ("political", "politically", "electoral", "electorally"):
    SYNONYMS[stem(_word)] = SYNONYMS.get(stem(_word), frozenset()) | {stem(_word), stem("puller")}

# Verbs whose subject is the agent of what a fact reports: "what did X say / offer / order".
SAY_WORDS = frozenset({"say", "said", "says", "statement", "statements", "quote", "quotes", "remark", "remarks",
                       "promise", "promised", "stress", "stressed", "noted", "told", "described", "urged",
                       "tell", "offer", "offered", "offers", "order", "ordered", "orders", "direct",
                       "directed", "announce", "announced", "pledge", "pledged", "propose", "proposed",
                       "ask", "asked", "accuse", "accused", "warn", "warned", "emphasise", "emphasize",
                       "emphasised", "emphasized", "express", "expressed", "urge", "note", "describe",
                       "praise", "praised", "claim", "claimed", "demand", "demanded", "words", "comment",
                       "comments", "commented", "reply", "replied", "replies", "thank", "thanked",
                       "appreciate", "appreciated", "welcome", "welcomed", "commit", "committed", "assure",
                       "assured", "respond", "responded", "responds", "react", "reacted", "reacts", "tweet", "tweeted",
                       "retort", "retorted", "request", "requested", "requests"})
# Nouns and verbs of office: "who chairs X" asks for a holder of that office.
ROLE_WORDS = frozenset(stem(w) for w in """chair chairs chairman chairmen chairperson chaired head heads headed lead leads
    led leader president ceo founder founded owner owns run runs chief boss director secretary minister governor
    spokesman spokesperson commander manager member members dg""".split())
LIST_KINDS = {
    "people": "person", "person": "person", "persons": "person", "officials": "person", "names": None,
    "executives": "person", "executive": "person",
    "organisations": "organisation", "organizations": "organisation", "orgs": "organisation",
    "companies": "organisation", "company": "organisation", "bodies": "body", "institutions": "body",
    "platforms": "platform",
    "platform": "platform", "places": "place",
    "topics": "topic", "topic": "topic", "subjects": "topic", "policies": "policy", "policy": "policy",
    "events": "event", "event": "event", "meetings": "event",
    "parties": "party", "party": "party",
    "countries": "place", "cities": "place", "outlets": "article", "publishers": "article", "papers": "article",
    "years": "year", "articles": "article", "sources": "article", "entities": None, "everything": None,
}
AUXILIARIES = frozenset("did does do is are was were has have had can could will would should shall may".split())
# the verbs after "who" that ask who held an office ("who became finance minister"), not who acted on one
_BEING = frozenset("be been being became become becomes becoming serve served serves serving remain remained remains "
                   "named appointed elected act acted acting hold held holds holding s".split())
_ADVERBS = frozenset("actually really exactly personally first originally ever then later eventually finally also even "
                     "just initially still".split())
LEADING_CHAT = frozenset("so ok okay hey hi hello yo and but well um uh quick question tell me pls please bot actually wait btw "
                         "factdesk can could you u i want to know wondering".split())
FIRST_WORDS = frozenset({"first", "earliest", "oldest", "initial", "initially", "originally"})
LAST_WORDS = frozenset({"last", "latest", "recent", "recently", "newest"})

# the names of measures, which ask for their figure when asked by name ("what were pakistan's exports")
_MEASURES = "(?:exports|imports|revenues?|turnover|gdp|population|teledensity|inflation|deficit|reserves)"
_HOW_MANY = re.compile(r"\bhow (?:many|much|big|large|high|low|fast|quickly|rapidly|far|long|old)\b|(?:^|\bthe |\btotal |\bexact |\bprecise |\bactual )(?:number|quantity|count) of\b|"
                       r"\b(?:team|delegation|market|industry|sector) size\b|\bwhat (?:percentage|percent|share|fraction|"
                       r"proportion|number|quantity|amount|rate|value|size|figure|level(?! of))\b|\bwhat (?:is|was|were|are) the "
                       r"(?:number|amount|size|value|share|rate|percentage|figure|total|count|level)\b|"
                       r"\bwhat (?:is|was|were|are) (?:the |\w+'s |\w+ )?total\b|"  # "what were pakistan's total exports"
                       # a measure's own name asks its figure: "what were pakistan's exports in 2025"
                       r"\bwhat (?:is|was|were|are) (?:the |\w+'s |\w+s' |\w+ )?(?:annual |yearly |current )?"
                       rf"{_MEASURES}\b|"
                       r"^(?:the |\w+'s |\w+s' |\w+ )?(?:annual |yearly |current )?"  # "pakistan's exports in 2025?"
                       rf"{_MEASURES}(?: (?:in|for) \d{{4}})?\W*$|"
                       # "pakistan ecommerce worth in 2025 in $": a figure wanted in a unit
                       r"\b(?:worth|size|value)(?: (?:in|for) \d{4})?(?: in (?:\$|usd|pkr|dollars?|rupees?|percent))?\W*$|"
                       # "khan charges count", "2025 exports figure", "alibaba investment amount pakistan": a terse line
                       # ending in what it wants (and perhaps one word more: a year or a place)
                       r"^(?:(?:[a-z]\w*|(?:19|20)\d\d) ){1,4}(?:count|figure|amount|tally|headcount|total)(?: (?:in |for )?(?:\d{4}|[a-z]+))?\W*$")
# "ispr presser time", "alibaba meeting time": a terse line (no question word) ending in "time" asks
# the time of day of what it names; "first time", "each time", "jail time" are not that time
TERSE_TIME = (r"^(?!(?:what|which|when|who|how|did|does|do|is|was|were|are)\b)(?:[a-z][\w-]* ){1,5}"
              r"(?<!\bfirst )(?<!\blast )(?<!\bthis )(?<!\bthat )(?<!\beach )(?<!\bevery )(?<!\bsame )(?<!\bjail )"
              r"(?<!\bprison )(?<!\bthe )(?<!\bany )(?<!\bfull )(?<!\bpart )(?<!\bfree )(?<!\bscreen )(?<!\breal )time\W*$")
_WHEN = re.compile(r"\bwhen\b|\bdeadlines?\b|(?<!\bto )\bdates?$|^(?:the )?(?:exact |effective |start(?:ing)? )?(?:dates?|days?) of\b|^(?:the )?(?:last|first) time\b|\b(?:what|which) (?:date|day|weekday|year|month|time)\b|\bhow long ago\b|\bwhat year\b|"
                   r"\b(?:exact|precise) (?:date|day|time)\b|\b(?:what|which) (?:is|was) the (?:date|day|year|month)\b|"
                   # "please state the date on which ITA Two was signed"
                   r"\bthe (?:actual |precise )?(?:date|day) (?:on|in) which\b|"
                   # "ispr presser time", "alibaba meeting time": a terse line ending in the time it wants
                   rf"{TERSE_TIME}")
_WHERE = re.compile(r"\bwhere\b|\b(?:what|which) (?:other )?(?:[a-z]+ani )?(?:city|town|country|place|venue|location|building|setting|forum|cities|"
                    r"towns|countries|places|venues|locations|buildings|settings|jail|prison|province|hotel)\b|"
                    # "venue of the 2017 meeting?", "PTI presser location?": a place, asked by its noun
                    r"^(?:the )?(?:venue|location) of\b|\b(?:venue|location)(?:\W+(?:in )?(?:19|20)\d\d)?\W*$")  # ("mtg loc 2025")
# ("what for" asks why, not "promised what for small businesses": whom something was for)
_WHY = re.compile(r"\bwhy\b|\bwhat for\b(?!\s+(?!(?:did|does|do|was|were|is|are|has|have|had)\b)"
                  r"(?:the\s+|a\s+|an\s+|all\s+)?[a-z]{3,})|\bfor what (?:reason|purpose)\b|\bhow come\b|"
                  # "what was the government's reasoning for …", "what is their rationale"
                  r"\bwhat (?:was|is|were|are) (?:the |their |its |his |her )?(?:[\w-]+(?:'s| s)? )?(?:reasons?|reasoning|"
                  r"rationale|motives?|justification|logic)\b|"
                  # "what was the purpose of the visit", "what was the meeting with Dong about"
                  r"\bwhat (?:is|was|were|are) the (?:purpose|point|aim|goal|objective|agenda)s? of\b|"
                  r"^what (?:was|were|is) (?:the |their |his |her )?(?:\w+ ){0,5}(?:meeting|meetings|visit|trip|talks|"
                  r"conference|briefing|presser|session)\b(?: \w+){0,4}? (?:mainly |really |all |actually )?about\b|"
                  # "reason X was in the room", "reasons given for the tax"
                  r"^(?:the )?(?:reasons?|purpose|motive) (?:given |stated )?(?:for|of|behind|why|that|"
                  r"(?:\w+ ){1,3}(?:was|is|were|did|got))\b")
_WHO = re.compile(r"\bwho\b|\bwhom\b|\bwhose\b|\bwhich (?:person|official|minister|people|officials)\b|"
                  r"\bwhat (?:is|was|are|were) (?:the )?\w+(?: \w+){0,3}? names?\b|\bname of the\b|"
                  # "name of fbr chairman?", "the commerce secretary's name": a name asked for
                  r"^(?:the )?name of\b|\w's names?\b|"
                  # "board of investment chairman name in 2017": an office and its holder's name (how a name
                  # is spelt is asked of the name, as test_a_question_about_spelling_is_answered_by_the_name has it)
                  r"^(?!.*\bspel(?:l|t|led|ling)\b).*?\b(?:chairman|chairperson|minister|secretary|president|chief|ceo|head|leader|spokesperson|"
                  r"spokesman|governor|director|commander) names?\b")
_COMPARE = re.compile(r"\bvs\.?\b|\bversus\b|\bcompare[ds]?\b|\bcomparison\b|\bdifference between\b|\bchanged? since\b|"
                      r"\bdiffer(?:s|ed)? from\b|\bdifferent from\b|"
                      # "how do Arab News and Profit differ on …": the two sides and what they differ on
                      r"\band\b.+\b(?:differ|disagree)(?:s|ed)? (?:on|in|about|over|regarding|as to)\b")


@lru_cache(maxsize=1)
def _frequencies() -> tuple[dict[str, int], float]:
    """The English list's counts, lower-cased as `SpellChecker().word_frequency` has them, read
    the way its constructor reads them but without the copies it keeps (a second lower-cased
    string per word, a Counter and a set of letters: 33 MB resident against 17 MB at a start)."""
    import gzip
    import json
    import pkgutil

    try:
        packed = pkgutil.get_data("spellchecker", "resources/en.json.gz")
    except (OSError, ValueError):
        packed = None
    if not packed:  # another layout of the package: through its own reader
        from spellchecker import SpellChecker

        freq = SpellChecker(distance=1).word_frequency
        return freq.dictionary, float(freq.total_words)
    raw: dict[str, int] = json.loads(gzip.decompress(packed).decode("utf-8"))
    counts: dict[str, int] = {}
    for word, n in raw.items():
        low = word.lower()
        counts[word if low == word else low] = counts.get(low, 0) + n  # words differing in case: summed
    return counts, float(sum(counts.values()))


def zipf(word: str) -> float:
    """How common a word is in English on the Zipf scale (about 7 for "the", 3 for "salary", 0 unknown)."""
    counts, total = _frequencies()
    n = counts.get(word, 0)
    return math.log10(n * 1e9 / total) if n else 0.0


COMMON_ZIPF = 5.0  # at or above: an everyday word that decorates rather than names ("actually", "guy")
SPELLING_ZIPF = 3.0  # a correction must be at least this common ("sugested" → "suggested", not a rare word)
ADJECTIVE_ZIPF = 4.0  # "personal", "public": an adjective this common makes an adverb that only says how
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


@lru_cache(maxsize=4096)
def english_spelling(word: str) -> str | None:
    """The common English word one slip away from a word English does not have ("diffrent",
    "sugested", "represnted"): a deletion, an insertion, a swap of neighbours or one letter changed —
    the candidates pyspellchecker itself tries first, ranked by the same frequency list. None for a
    word under five letters (too many neighbours: "ceo", "pti") or with no such neighbour."""
    if len(word) < 5 or not word.isalpha() or zipf(word) > 0:
        return None
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    candidates = {a + b[1:] for a, b in splits if b} | {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1} | {
        a + c + b[1:] for a, b in splits if b for c in _LETTERS} | {a + c + b for a, b in splits for c in _LETTERS}
    counts, _ = _frequencies()
    best = max(candidates, key=lambda w: counts.get(w, 0))
    return best if zipf(best) >= SPELLING_ZIPF else None


def comparative_roots(word: str) -> tuple[str, ...]:
    """The adjective a comparative is made from ("smaller" → small, "bigger" → big, "larger" →
    large, "earlier" → early), or () for a word that is no comparative. A word in -er is one only
    when English also has its superlative in -est ("smallest", "biggest"); that keeps "owner",
    "caller", "matter" and "power" — nouns and verbs in -er — what they are."""
    if len(word) < 5 or not word.endswith("er") or not word.isalpha() or zipf(word[:-2] + "est") == 0:
        return ()
    stem_ = word[:-2]
    roots = [stem_, stem_ + "e"]
    if len(stem_) > 2 and stem_[-1] == stem_[-2]:
        roots.append(stem_[:-1])  # "bigger": big
    if stem_.endswith("i"):
        roots.append(stem_[:-1] + "y")  # "earlier": early
    return tuple(r for r in roots if zipf(r) > 0)


def nominal_roots(word: str) -> tuple[str, ...]:
    """The verb a noun in -sion or -ation is made from ("collusion" → collude, "expansion" → expand,
    "creation" → create, "formation" → form), or (): the stemmer leaves these apart from the verb the
    articles use ("colluded"). Only English words count, and only long ones: "station" is no "state"."""
    if len(word) < 8 or not word.isalpha():
        return ()
    if word.endswith("sion"):
        roots = [word[:-4] + "de", word[:-3] + "d", word[:-4] + "d"]  # collude, expand, …
    elif word.endswith("ation"):
        roots = [word[:-3] + "e", word[:-5]]  # create, form
    else:
        return ()
    return tuple(r for r in roots if zipf(r) > 0)


_VOWELS = frozenset("aeiou")


def skeleton(word: str) -> str:
    """A word as a hurried thumb types it: its first letter, then its consonants once each in a row
    ("prcls" for "parcels", "shpng" for "shipping", "mtng" for "meeting")."""
    out = word[:1]
    for c in word[1:]:
        if c not in _VOWELS and c != out[-1]:
            out += c
    return out


def vowels_dropped_from(typed: str, word: str) -> bool:
    """Whether `typed` is `word` with vowels (or a doubled letter) left out: the same skeleton, and
    every typed letter in order ("retl" is "retail"; "trde" is "trade", not "tried")."""
    if len(typed) >= len(word) or typed[:1] != word[:1] or skeleton(typed) != skeleton(word):
        return False
    letters = iter(word)
    return all(c in letters for c in typed)


@lru_cache(maxsize=1)
def english_skeletons() -> dict[str, tuple[str, ...]]:
    """The common English words (`SPELLING_ZIPF` and up) by their skeleton, most common first: made
    once (~40 ms), in the engine's background warm-up (`search.warm`) rather than on a question's clock."""
    counts, total = _frequencies()
    floor = 10 ** SPELLING_ZIPF * total / 1e9
    return skeleton_table((word for word, n in counts.items() if n >= floor and word.isascii()), lambda w: counts[w])


def skeleton_table(words: Iterable[str], used: Callable[[str], int]) -> dict[str, tuple[str, ...]]:
    """Words of three letters and more by their skeleton, each group the most `used` first: grouped
    before sorting, so no copy of the whole list is sorted (160,000 English words, 17 MB at its peak)."""
    by: dict[str, list[str]] = defaultdict(list)
    for word in words:
        if len(word) >= 3 and word.isalpha():
            by[skeleton(word)].append(word)
    return {key: tuple(sorted(group, key=lambda w: (-used(w), w))) for key, group in by.items()}


def vowel_count(word: str) -> int:
    """The vowels after a word's first letter: a word typed without its vowels keeps one at most."""
    return sum(c in _VOWELS for c in word[1:])


# someone's kin ("imran khan wife name", "nawaz sharif's daughter"): a person the sources would have to
# name, however common the word — never decoration (the reader's own kin is their story, read before this)
KIN = frozenset("""wife husband spouse son daughter father mother brother sister child children kid kids parent
    parents family married marriage""".split())


def is_filler(word: str) -> bool:
    """A word that shapes or decorates a question without naming anything the sources must say."""
    if word in FILLER or stem(word) in FILLER:
        return True
    if word in KIN:
        return False
    return zipf(word) >= COMMON_ZIPF


def manner_adverb(word: str) -> bool:
    """An adverb made from a common adjective ("personally", "publicly", "directly"): it says how
    something was done, where the sources say what was done — a word the base never uses decorates
    the claim when it is one of these."""
    if len(word) < 6 or not word.endswith("ly"):
        return False
    root = word[:-3] + "y" if word.endswith("ily") else word[:-2]
    # "gently", "humbly", "simply": an adjective in -le drops its "e"
    return zipf(root) >= ADJECTIVE_ZIPF or zipf(word[:-1] + "e") >= ADJECTIVE_ZIPF


@dataclass(frozen=True)
class Question:
    """A question read once. `words` are the folded content words (no stopwords, years or numbers);
    `focus` the words naming the detail asked for; `intent` what kind of answer fits."""

    raw: str
    text: str  # cleaned: markup gone, shorthand and numbers normalised
    tokens: tuple[str, ...]  # every folded token of `text`
    words: tuple[str, ...]
    years: tuple[int, ...]
    numbers: tuple[str, ...]
    intent: str  # who | when | where | how_many | why | yes_no | list | compare | what
    focus: tuple[str, ...]
    order: str | None  # "first" | "last" | None
    list_kind: str | None = None  # for intent "list": person, organisation, topic … (None: everything)
    list_rest: str = ""  # "list the people at the 2025 meeting": what the list is narrowed to

    @property
    def folded(self) -> str:
        return " ".join(self.tokens)

    def as_typed(self, toks: tuple[str, ...]) -> str:
        """Some of the question's tokens with the capitals the reader gave them ("IT minister", "the
        president of Pakistan"): a refusal naming them quotes the reader."""
        typed = {t.casefold(): t for t in re.findall(r"[\w'-]+", self.text)}
        return " ".join(typed.get(t, t) for t in toks)


def _strip_leading_chat(toks: list[str]) -> list[str]:
    i = 0
    # ("would you list …", "will you tell me …": a request, as "could you" is; "would Alibaba invest" asks)
    while i < len(toks) - 1 and ((toks[i] in LEADING_CHAT and toks[i] not in AUXILIARIES - {"can", "could"})
                                 or (toks[i] in ("would", "will") and toks[i + 1] == "you")):
        i += 1
    return toks[i:]


# first match wins: "how many people did X meet when" counts, "who … when" asks a date. Each pattern
# is searched only in a line holding one of the substrings every alternative of it needs (a plain
# substring test is a small part of the scan, and a claim or a statement holds none of most)
_INTENTS = ((_COMPARE, "compare", ("vs", "versus", "compar", "differ", "change", "disagree")),
            (_HOW_MANY, "how_many", ("how ", "number of", "quantity of", "count", "size", "what ", "worth",
                                     "value", "figure", "amount", "tally", "export", "import", "revenue", "turnover", "gdp", "population",
                                     "teledensity", "inflation", "deficit", "reserves")),
            (_WHEN, "when", ("when", "deadline", "date", "day", "time", "year", "month", "ago")),
            (_WHERE, "where", ("where", "what ", "which ", "venue", "location")),
            (_WHY, "why", ("why", "what ", "how come", "reason", "purpose", "motive")),
            (_WHO, "who", ("who", "which ", "what ", "name")))


# "who was present *when Shehbaz met Alibaba*", "what did Dar say when he met them": another question
# word comes first, and "when" opens a clause that dates what is asked — it asks no date ("who met
# Jack Ma and when", "when and where" still do)
_WHEN_CLAUSE = re.compile(r"^(?:\W*\w+\W+){0,3}?(?:who|whom|what|which|where|why)\b.*?(?<!\band)(?<!\bor)(?<!,)"
                          r"( when\b)(?= \w+ \w+)")


# "at what level did Khurram propose collaborating": the level of a partnership is a kind ("strategic and
# technical"), not a figure as the level of exports is
_KIND_OF_LEVEL = re.compile(r"\b(?:collaborat|cooperat|co-operat|partner|engag|relation|ties\b)", re.IGNORECASE)


def _intent(toks: list[str], line: str, asked: bool = False, compounded: Sequence[str] = ()) -> str:
    if (clause := _WHEN_CLAUSE.search(line)) is not None:
        line = line[:clause.start(1)] + " while" + line[clause.end(1):]
    head = _strip_leading_chat(toks)
    dated_claim = "when" in head[1:] and head[0] not in QUESTION_WORDS and (
        head[0] in AUXILIARIES or not AUXILIARIES.isdisjoint(head[1:head.index("when")]))
    if dated_claim:
        # "was Khurram the finance minister when he met Evans", "Dar was foreign minister when Alibaba
        # came": a claim the clause dates, not a question asking when
        line = line.replace(" when ", " while ", 1)
    if "level" in line and _KIND_OF_LEVEL.search(line):
        line = line.replace("what level", "what levels")  # (the plural asks no figure, as the fact gives none)
    for pattern, intent, needs in _INTENTS:
        if any(w in line for w in needs) and pattern.search(line):
            return intent
    if dated_claim and not _COPULAS.isdisjoint(head[1:head.index("when")]):
        return "yes_no"  # "Dar was foreign minister when …": a statement dated by its clause, "?" or not
    if head and (head[0] in AUXILIARIES or line.endswith((" right", " correct", " true", " yes or no"))):
        return "yes_no"
    if head and (asked or len(head) <= 4) and _names_an_office(head):
        return "who"  # "commerce minister 2025?", "pakistan's foreign minister?": its holder asked
    if (asked or _claims_a_figure(head)) and _states_claim(head, compounded):
        # "nawaz sharif met jack ma in beijing?": a statement asked; "budget imposes a 17% sales tax on
        # couriers": a figure stated, to be checked
        return "yes_no"
    if head and head[0] not in QUESTION_WORDS and QUESTION_WORDS.isdisjoint(head) and not _STANCE_VERBS.isdisjoint(head[1:]):
        return "yes_no"  # "army accept rigging?", "army + govt admit it": whether someone takes a stance
    if "since" in head and QUESTION_WORDS.isdisjoint(head) and _SINCE_DATE.search(line) and _ORDERS.isdisjoint(head):
        # "imran khan in prison since 2022?": a claim dated by when it began, "?" or not
        return "yes_no"
    if asked and "or" not in head and _claims_a_figure(head, least=3):
        # "sales tax 17% on courier parcels?", "teledensity over 90% in pakistan?": a figure asked ("18% or
        # 17%?" is a choice, which the plain search answers)
        return "yes_no"
    return "what"


# verbs a statement is made with, beyond the auxiliaries and the regular "-ed" past
# irregular past forms (the regular ones end in "-ed"): what a clause or a claim is told by
PAST_IRREGULAR = frozenset("""met led said sent made took gave sold won lost told left came went got had paid fell
    rose grew shrank held kept became began brought built chose found knew ran saw spent stood thought threw
    wrote spoke""".split())
STATEMENT_VERBS = PAST_IRREGULAR | frozenset("has have says sells leads wants holds pay pays owns runs been".split())


OFFICE_NOUNS = frozenset(stem(w) for w in """minister ministers president chairman chairperson ceo spokesman
    spokesperson governor secretary chief""".split())


# the verbs a statement before "when" is made with ("Dar *was* foreign minister when …")
_COPULAS = frozenset({"was", "were", "is", "are"})
# the verbs of a stance taken on a claim, which a short line asks about whatever its length
_STANCE_VERBS = frozenset("""accept accepts accepted admit admits admitted acknowledge acknowledges acknowledged deny
    denies denied concede concedes conceded""".split())
_SINCE_DATE = re.compile(r"\bsince (?:(?:early |late |mid )?[a-z]+ )?(?:19|20)\d\d\b")


def _names_an_office(head: list[str]) -> bool:
    """A line that is only an office and what qualifies it ("commerce minister during the 2025 visit",
    "it & telecom minister back in 2017"): no question word, no verb, and an office noun — asking who
    held it, not for any fact that uses the words."""
    return len(head) <= 8 and not QUESTION_WORDS.intersection(head) and sum(stem(t) in OFFICE_NOUNS for t in head) == 1 \
        and not any(t in STATEMENT_VERBS or t in AUXILIARIES or t in _BARE_VERBS or (t.endswith("ed") and len(t) > 4)
                    or t in _HOLDERS_WORDS for t in head)


# what an office holder said or ordered, which a line naming it asks for ("pm quote about modern trade?",
# "pm instruction re SMEs?") rather than who holds the office
_HOLDERS_WORDS = frozenset("""quote quotes statement statements remark remarks comment comments words instruction
    instructions directive directives order orders message speech stance view views""".split())


def _states_claim(head: list[str], compounded: Sequence[str] = ()) -> bool:
    """A line of four words or more with a verb after its first word, ended by "?": a claim put as
    a question, not a topic ("alibaba 2025 delegation?") or a question word's question. A verb form
    `compounded` after a hyphen makes an adjective, no verb ("PM quote on export-*led* economy?")."""
    return len(head) >= 4 and head[0] not in QUESTION_WORDS and any(
        t in AUXILIARIES or t in STATEMENT_VERBS or (t.endswith("ed") and len(t) > 4) or _present_verb(t)
        or t in _BARE_VERBS for t in head[1:] if t not in compounded)


# the word after a hyphen inside a compound ("export-led", "state-owned"), which is no verb of the line
_COMPOUND_TAIL = re.compile(r"(?<=[a-z]-)([a-z]+)\b")


# verbs typed bare in a chat claim ("shahbaz meet alibaba in lahore?") that are no noun of a topic line
_BARE_VERBS = frozenset("meet impose allege reduce sell blame accuse thank praise sign".split())


def _present_verb(word: str) -> bool:
    """"alleges", "imposes", "says": a verb of saying or doing in the present, by its "-s" form."""
    return len(word) > 3 and word.endswith("s") and (word[:-1] in _DOING or (word.endswith("es") and word[:-2] in _DOING))


# verbs a claim is made with in the present ("the budget *imposes* …", "Taobao *holds* …", "khan *alleges* …")
_DOING = frozenset("""impose allege claim say state hold own cut raise reduce levy charge lead sell meet want plan
    set""".split())


def _claims_a_figure(head: list[str], least: int = 5) -> bool:
    """A statement that gives a figure ("budget imposes a 17% sales tax", "exports dropped by 50 billion"),
    not an order ("tell me …"), a gathering or a topic: typed without "?", still a claim; with "?", a
    shorter line is one too (`least`: "sales tax 17% on parcels?"). (A year alone does not make one:
    "trade talks country minister didnt go 2017" asks where.)"""
    return len(head) >= least and _ORDERS.isdisjoint(head) and QUESTION_WORDS.isdisjoint(head) \
        and any(NUMBER.match(t) and not YEAR.match(t) and day_month(head, i) is None for i, t in enumerate(head)
                if i or head[1] in UNIT_WORDS)  # ("21% of pakistanis use phones …": a figure may open the claim)


# an order or a gathering, which a statement with a figure is not: "list every tax in 2025"
_ORDERS = frozenset("""tell list show give explain compare name names describe summarise summarize find get all every each
    everything kindly please pls""".split())


# a line that ends in "?", perhaps followed by chat or emoji ("slammed the dg ispr? lol")
_ASKED = re.compile(r"\?[\W_]*(?:(?:lol|lmao|haha+|pls|please|plz|bro|yaar|right|no)\b[\W_]*)*$", re.IGNORECASE)


def _after(toks: list[str], starts: tuple[str, ...]) -> list[str]:
    """The tokens after the first occurrence of the phrase `starts`."""
    n = len(starts)
    for i in range(len(toks) - n + 1):
        if tuple(toks[i:i + n]) == starts:
            return toks[i + n:]
    return []


_WEEKDAY_WORDS = WEEKDAYS | {"today", "yesterday"}  # "said on Thursday": a day, not a topic


def _noun_run(toks: list[str], most: int = 3) -> tuple[str, ...]:
    """The content words at the start of `toks`, up to an auxiliary, a preposition or a verb-like stop."""
    out: list[str] = []
    for tok in toks:
        if tok in AUXILIARIES or tok in ("of", "in", "on", "for", "to", "by", "with", "at", "from", "that", "which",
                                         "against", "about", "over", "into", "during", "after", "before", "between"):
            break
        if tok in ("the", "a", "an", "all", "each", "every", "exact", "total"):
            if out:
                break
            continue
        if YEAR.match(tok) or NUMBER.match(tok):
            if not out and tok.isdigit() and int(tok) <= 12:
                continue  # "the 3 measures": a count of the things, which are the nouns after it
            break
        out.append(tok)
        if len(out) == most:
            break
    return tuple(out)


def counted_before(toks: Sequence[str]) -> tuple[str, ...]:
    """The last two content words of `toks`: what a "how many" typed after its noun counts."""
    back: list[str] = []
    for tok in reversed(toks):
        if tok in AUXILIARIES or tok in STOPWORDS or YEAR.match(tok) or NUMBER.match(tok) or len(back) == 2:
            break
        back.insert(0, tok)
    return tuple(back)


def _focus(intent: str, toks: list[str]) -> tuple[str, ...]:
    """The words naming the asked detail, for the intents that have one."""
    if intent == "how_many":
        if "old" in _after(toks, ("how",))[:1]:
            return ("age",)  # "how old is X": an age, which no figure gives unless it says so
        for phrase in (("how", "many"), ("how", "much"), ("number", "of"), ("count", "of"), ("quantity", "of")):
            rest = _after(toks, phrase)
            if rest and (run := _noun_run(rest)):
                return run
            if phrase == ("how", "many") and rest and (back := counted_before(toks[:len(toks) - len(rest) - 2])):
                return back  # "pakistan internet users how many 2017": chat puts the counted noun first
            if rest:
                return ()
        for word in ("percentage", "percent", "share", "proportion", "fraction"):
            if word in toks:
                return ("percent",)
        bare = [t for t in toks if not YEAR.match(t) and t not in ("in", "for")]
        if len(bare) > 1 and bare[-1] in ("count", "tally", "headcount"):
            return _noun_run(bare[-2:-1])  # "khan charges count": the charges, counted
        return ()
    if intent == "who":
        roles = [i for i, t in enumerate(toks) if stem(t) in ROLE_WORDS]
        at = toks.index("who") + 1 if "who" in toks else len(toks)
        while at < len(toks) and toks[at] in _ADVERBS:
            at += 1  # "who actually runs the accounts": the verb is "runs"
        if roles and "who" in toks[:roles[0]] and at < roles[0] and (
                toks[at] not in AUXILIARIES and toks[at] not in _BEING and toks[at] not in STOPWORDS
                and not YEAR.match(toks[at])):
            return ()  # "who stopped the minister …": the one who did it, not the minister (its object)
        return tuple(toks[i] for i in roles[:1])
    said = [i for i, t in enumerate(toks) if t in SAY_WORDS and t != "tell"]
    if said and "about" in toks[said[0]:]:
        return _noun_run(toks[toks.index("about", said[0]) + 1:])
    if said and said[0] + 1 < len(toks) and toks[said[0] + 1] in ("on", "regarding", "concerning") and (
            topic := _noun_run(toks[said[0] + 2:])) and topic[0] not in MONTHS and topic[0] not in _WEEKDAY_WORDS:
        return topic  # "what did Asif say on e-commerce": the topic, as "about" gives it ("said on Thursday" is a day)
    if intent in ("what", "why", "where", "when"):
        for q in ("what", "which"):
            rest = _after(toks, (q,))
            if rest and rest[0] not in AUXILIARIES and rest[0] not in STOPWORDS - {"the"}:
                return _noun_run(rest)
            # "what is X's Y" / "what is the Y of X": the nouns after the verb (the words that name
            # X are set aside by the caller, which knows the names)
            if rest and rest[0] in ("is", "was", "are", "were"):
                return _noun_run(rest[1:], 5)
    return ()


LIST_VERBS = frozenset({"list", "show", "name", "enumerate", "browse", "index", "give"})
_KNOW = re.compile(r"\b(?:do|can|does) (?:you|u|the bot|factdesk) (?:know|cover|have|answer)\b|"
                   r"\b(?:you|u) (?:got|have got|know of)\b|\bhave (?:you|u) got\b")
LIST_NOISE = frozenset({"all", "every", "the", "me", "of", "mentioned", "named", "covered", "in", "sources",
                        "articles", "you", "u", "know", "about", "cover", "have", "do", "can", "does", "what",
                        "who", "which", "pls", "please", "are", "is", "there", "any", "a", "an", "your", "ur",
                        "data", "database", "records", "list", "base", "facts", "come", "up", "appear", "political",
                        "appears", "appearing", "show", "shows", "showing", "feature", "features", "featured",
                        "ask", "i"})


_REPORTING = frozenset({"say", "says", "said", "report", "reports", "reported", "write", "writes", "wrote"})
# what readers call the bot's knowledge: "which places do *you* know", "which ministers are in ur *base*"
BOT_WORDS = frozenset({"you", "u", "your", "ur", "sources", "data", "articles", "base", "database", "facts"})
MENTIONED = frozenset({"mentioned", "named", "listed", "covered", "featured", "there"})


_SCOPE = frozenset({"in", "across", "from", "throughout", "within"})
_SCOPE_DETERMINERS = frozenset({"all", "the", "these", "those", "both", "each", "your", "ur", "our", "my", "of",
                                "two", "three", "four", "five", "six"})


def _in_scope(head: list[str], at: int) -> bool:
    """Whether the word at `at` ("articles") closes a phrase of where to look ("across all the
    articles", "in these sources") that follows something else to list."""
    i = at - 1
    while i > 0 and (head[i] in _SCOPE_DETERMINERS or YEAR.match(head[i])):  # ("in the 2017 articles")
        i -= 1
    return i > 1 and head[i] in _SCOPE


def _list_request(toks: list[str]) -> tuple[str | None, str, bool]:
    """"list all people", "who do you know about", "pti people?", "list the ministers mentioned":
    (the entity type wanted, the words narrowing it, whether this is a list request at all)."""
    head = _strip_leading_chat(toks)
    if not head:
        return None, "", False
    line = " ".join(head)
    # "who are all the people from 2017", "all the places": every entity of a kind, not facts with the word
    every = next((t for t in ("all", "every") if t in head), None)
    # "every *time* Alibaba people met …" counts the times, not a kind
    # ("every minister in your sources": people by office, asked of the bot)
    every_kind = every is not None and head[head.index(every) + 1:][:1] not in (["time"], ["times"]) and any(
        LIST_KINDS.get(t) or (stem(t) in ROLE_WORDS and not BOT_WORDS.isdisjoint(head))
        for t in head[head.index(every) + 1:][:3])
    # "what news outlets are ur sources from", "which places do u know", "which Alibaba executives are
    # in the sources": a kind asked of the bot itself
    every_kind = every_kind or (head[0] in ("what", "which") and any(
        LIST_KINDS.get(t) or (t.endswith("s") and stem(t[:-1]) in ROLE_WORDS) for t in head[1:4])
        and (not BOT_WORDS.isdisjoint(head) or head[-1] in MENTIONED))  # "which Alibaba platforms are mentioned"
    # "who are the Alibaba people in your data": the people of what is named, asked of the bot
    every_kind = every_kind or (head[:2] == ["who", "are"] and any(LIST_KINDS.get(t) == "person" for t in head[2:6]))
    asks_list = (head[0] in LIST_VERBS and len(head) > 1) or bool(_KNOW.search(line)) or every_kind or (
        len(head) <= 3 and head[-1] in ("people", "persons", "officials", "organisations", "organizations", "companies"))
    if not asks_list or (head[0] == "name" and head[1:2] == ["of"]) or (
            head[0] not in LIST_VERBS and not _REPORTING.isdisjoint(head)):
        return None, "", False  # "what do the sources say of CPEC": a question to them, not a listing
    kind: str | None = None
    rest: list[str] = []
    # "which ministers are in your sources": people by office, the sources only where they are found
    offices = any(stem(t) in ROLE_WORDS or (t.endswith("s") and stem(t[:-1]) in ROLE_WORDS) for t in head)
    for at, tok in enumerate(head[1:] if head[0] in LIST_VERBS else head, 1 if head[0] in LIST_VERBS else 0):
        if offices and tok in BOT_WORDS:
            continue
        if LIST_KINDS.get(tok) == "article" and _in_scope(head, at):
            continue  # "every mobile banking figure across the articles": where to look, not what to list
        if tok in LIST_KINDS and LIST_KINDS[tok] is not None:  # "which policies/measures": one kind, twice
            kind = kind or LIST_KINDS[tok]
        elif tok not in LIST_NOISE and tok not in LIST_VERBS and not (kind == "policy" and tok in ("measures", "measure")):
            rest.append(tok)  # "which policies/measures": one kind in two words
    if _KNOW.search(line) and head[0] == "who":
        kind = kind or "person"
    if kind is None and not rest and not _KNOW.search(line):
        return None, "", False
    return kind, " ".join(rest), True


def day_month(toks: list[str] | tuple[str, ...], i: int) -> str | None:
    """The month beside token i when it is a day of that month ("10 july", "july 10") — a day of a
    date, which the month and year date, not a figure to find; None otherwise."""
    if not (toks[i].isdigit() and 1 <= int(toks[i]) <= 31):
        return None
    return next((toks[k] for k in (i + 1, i - 1) if 0 <= k < len(toks) and toks[k] in MONTHS), None)


def _counts_items(toks: list[str] | tuple[str, ...], i: int) -> bool:
    """"What were *the three* measures", "name all 6 members": a small count of the things asked for,
    said the way a reader recalls the list — not a figure the answer must give. (A claim keeps it: "were
    there 3 measures" asks whether the count is right.)"""
    return (toks[i].isdigit() and int(toks[i]) <= 12 and 0 < i < len(toks) - 1
            and toks[i - 1] in _BEFORE_COUNT
            and toks[i + 1] not in UNIT_WORDS and any(t.endswith("s") for t in toks[i + 1:i + 4])
            and (toks[0] in ("list", "name") or (toks[0] in ("what", "which", "who") and toks[1] in ("is", "are", "was",
                                                                                                 "were"))
                 # "name two Alibaba platforms", "which two officials forecast …", "in which three fields":
                 # a list asked for by its length, the count right after the word that asks for it
                 or toks[i - 1] in _ASKING_COUNT))


_ASKING_COUNT = frozenset({"list", "name", "give", "enumerate", "which", "what"})
_BEFORE_COUNT = frozenset({"the", "all", "those", "these", "its", "his", "their"}) | _ASKING_COUNT


UNIT_WORDS = frozenset("percent billions millions thousands lakhs crores rs usd pkr dollars rupees years days "
                       "months weeks hours minutes times".split())


# a letter typed three times or more in a row, which no English word has ("heyyy", "meeeting", "lmaooo")
_STRETCH = re.compile(r"([a-z])\1{2,}", re.IGNORECASE)
_STRETCHED = re.compile(r"[a-z]*([a-z])\1{2,}[a-z]*", re.IGNORECASE)
_RUNS_KEPT = frozenset({"www", "iii", "xxx"})  # a web address, a numeral, a placeholder


def unstretched(text: str) -> str:
    """Chat's drawn-out words as written once: a run of one letter becomes two where that makes an
    English word ("pressser" → "presser", "callling" → "calling"), else one ("heyyy" → "hey",
    "sooo" → "so", "lmaooo" → "lmao") — the word the reader meant, before any table is asked."""
    if _STRETCH.search(text) is None:
        return text

    def one(match: re.Match[str]) -> str:
        word = match[0]
        if word.casefold() in _RUNS_KEPT:
            return word
        doubled = _STRETCH.sub(r"\1\1", word)
        return doubled if zipf(doubled.casefold()) > 0 else _STRETCH.sub(r"\1", word)

    return _STRETCHED.sub(one, text)


@per_request
def read(raw: str) -> Question:
    """Read a question as typed; pure text work — entities are found against the index later."""
    text = clean(unstretched(raw))
    toks = tokens(text)
    line = " ".join(toks)
    keep = kept_acronyms(text)
    words: list[str] = []
    years: list[int] = []
    numbers: list[str] = []
    for i, tok in enumerate(toks):
        unit_next = i + 1 < len(toks) and toks[i + 1] in ("pkr", "usd", "percent")
        if YEAR.match(tok) and not unit_next:
            years.append(int(tok))
        elif NUMBER.match(tok) and day_month(toks, i) is None and not _counts_items(toks, i):
            numbers.append(tok)
        elif tok not in STOPWORDS or tok in keep:
            words.append(tok)
    compounded = _COMPOUND_TAIL.findall(text.casefold()) if "-" in text else ()
    intent = _intent(toks, line, bool(_ASKED.search(text)), compounded)
    list_kind: str | None = None
    list_rest = ""
    list_kind, list_rest, is_list = _list_request(toks)
    if is_list:
        intent = "list"
    order = "first" if FIRST_WORDS & set(toks) else "last" if LAST_WORDS & set(toks) - _verb_last(toks) else None
    return Question(raw, text, tuple(toks), tuple(words), tuple(years), tuple(numbers), intent,
                    _possessed_focus(intent, text) or _focus(intent, toks), order, list_kind, list_rest)


_OWNERS = frozenset("the a an its his her their this that our my your".split())
_DO_WILL = frozenset("did does do will would could can should".split())


def _verb_last(toks: list[str]) -> set[str]:
    """{"last"} when it is the verb ("how many hours did the meeting *last*", "will the tax last for
    long"): a question of how long, which asks for no latest one; or a time before now ("did Munir visit
    China *last month*", "sales last yr"), which orders nothing either."""
    for i, tok in enumerate(toks):
        if tok == "last" and toks[i + 1:i + 2] and toks[i + 1] in _TIME_BEFORE_NOW:
            return {"last"}
        if tok == "last" and i > 1 and toks[i - 1] not in _OWNERS and not _DO_WILL.isdisjoint(toks[:i - 1]) \
                and (i == len(toks) - 1 or toks[i + 1] in ("for", "long", "longer", "beyond", "until", "till")):
            return {"last"}
    return set()


_TIME_BEFORE_NOW = frozenset("week weeks month months year years yr yrs night weekend summer winter spring autumn".split())


_WHOSE = re.compile(r"^\W*who(?:['’]s| is| was| are| were) (?:the )?(?:[\w.-]+ ){0,3}?[\w.-]+['’]s (\w+)\W*$", re.I)


def _possessed_focus(intent: str, text: str) -> tuple[str, ...]:
    """"who is the PTI chairman's wife", "who is James Dong's boss": the person asked is the one the
    last word names, which an answer must carry — not the chairman or James Dong themselves."""
    match = _WHOSE.match(text) if intent == "who" else None
    return (match.group(1).casefold(),) if match else ()
