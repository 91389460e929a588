"""Chat text as people type it in Discord, turned into the plain question they meant.

Everything here rewrites the *question*, never a fact: mentions, markdown and emoji go; chat
shorthand and contractions are spelt out; and every way of writing a number with its unit becomes
one canonical form ("18 per cent" and "18%" both read "18 percent", "$1bn" and "USD 1 billion" both
"1000000000 usd"). The number rewrite is also applied to fact texts when they are indexed, so a
number typed any way meets the fact that writes it another way.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import cache

from rapidfuzz.distance import OSA

from .memo import per_request
from .quantities import MONTHS, WEEKDAYS
from .text import QUESTION_WORDS, STOPWORDS


def found_in(pattern: re.Pattern[str]) -> Callable[[str], bool]:
    """Whether a case-insensitive pattern is found in a text, tested on the lower-cased text without
    re.I when the text is ASCII: the same answer (ASCII has no other case folds) for a fifth of the
    cost of an alternation of words, which re.I folds at every character it tries. Only for a pattern
    whose literal letters are lower case (checked here, once)."""
    if any(c.isupper() for c in re.sub(r"\\[A-Za-z]", "", pattern.pattern)):
        raise ValueError(f"upper-case letters in {pattern.pattern!r}")
    plain = re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)

    def found(text: str) -> bool:
        return (plain.search(text.lower()) if text.isascii() else pattern.search(text)) is not None
    return found


# -- Discord markup -------------------------------------------------------------------------------
_MENTION = re.compile(r"<@[!&]?\d+>|<#\d+>|<a?:\w+:\d+>|<t:-?\d+(?::\w)?>|</[\w -]+:\d+>|@everyone|@here|"
                      # the bot's own name as a mention typed by hand ("<@factdesk> who is …", "… @factdesk ab kitni")
                      r"<@!?(?:factdesk|bot)>|(?<!\w)@(?:factdesk|bot)\b", re.IGNORECASE)
_LINK = re.compile(r"<(https?://[^\s>]+)>")
_SPOILER_CODE = re.compile(r"\|\|\s*spoilers?\s*\|\||\|\||`+|~~", re.I)  # a spoiler that hides only "spoiler": a label
_EMPHASIS = re.compile(r"(?<![\w*])[*_]+(?=\S)|(?<=\S)[*_]+(?![\w*])")
_LINE_MARK = re.compile(r"^\s*(?:>>>|>|-#|#{1,3}|[-*+]\s)\s*", re.M)
_MARK_CHARS = frozenset(">#-*+")  # what `_LINE_MARK` can begin with
_REPEATED = re.compile(r"([?!.,])[?!.,]+")
_CLOSING_TAGS = re.compile(r"(?:\s+#[^\W\d_]\w*)+[\s.!]*$")  # "… whats the diff #china #shopping"
_HASH = re.compile(r"(?<![\w&])#(?=[^\W\d_])")  # "#alibaba" but not "#1" or "&#39;"


def _untagged(text: str) -> str:
    """Hashtags that close a message tag it, as on any social site ("… on alibaba rn #madeinpakistan");
    they are not part of the question, and an unknown one must not block it. A tag inside the sentence
    ("is #alibaba big in pk") is the word itself."""
    body = _CLOSING_TAGS.sub("", text)
    if len(body.split()) >= 2:
        text = body
    return _HASH.sub("", text)


def _is_emoji(ch: str) -> bool:
    cp = ord(ch)
    return (unicodedata.category(ch) == "So" or 0x1F000 <= cp <= 0x1FAFF or 0x2600 <= cp <= 0x27BF
            or cp in (0xFE0F, 0x200D, 0x20E3) or 0x1F3FB <= cp <= 0x1F3FF)


def strip_markup(text: str) -> str:
    """Mentions, custom and Unicode emoji, markdown, spoilers, code ticks and link brackets removed;
    a quoted line a question points at put in its place ("> …\nwho said that?", "… — who said that")."""
    if ">" in text and "\n" in text:
        text = _quoted(text)
    elif ("who" in (low := text.casefold()) or "kis" in low) and (said := _SAID_THEN_WHO.match(text)) is not None:
        text = f"who said {said['said']}"  # "people of pakistan stand with imran — who said that"
    # each pattern runs only on a text that holds a character it needs (most questions hold none)
    if "<" in text or "@" in text:
        text = _LINK.sub(r"\1", _MENTION.sub(" ", text))
    if "|" in text or "`" in text or "~" in text:
        text = _SPOILER_CODE.sub(" ", text)
    if not _MARK_CHARS.isdisjoint(text):
        text = _LINE_MARK.sub("", text)
    if "*" in text or "_" in text:
        text = _EMPHASIS.sub("", text)
    if "#" in text:
        text = _untagged(text)
    if not text.isascii():
        text = "".join(" " if _is_emoji(ch) else ch for ch in text)
    text = _REPEATED.sub(r"\1", text)
    return " ".join(text.split())  # (what `\s+` → " " and strip() make, at a third of the cost)


# -- shorthand and contractions ------------------------------------------------------------------
# One documented table of how readers abbreviate in chat. Each key is matched as a whole word,
# case-insensitively; the value is what it stands for in the articles' own vocabulary.
SHORTHAND: dict[str, str] = {
    "ppl": "people", "ppls": "people", "peeps": "people", "fig": "figure", "figs": "figures",
    "govt": "government", "gov": "government", "govts": "governments", "gvt": "government",
    "gop": "government",  # a civil servant's "GoP", the Government of Pakistan (all-caps "GOP" is left: `_shorthand`)
    "pm": "prime minister", "pms": "prime ministers", "p.m.": "prime minister",
    "min": "minister", "fm": "finance minister", "minster": "minister", "minsiter": "minister",
    "wat": "what", "wht": "what", "wut": "what", "wot": "what", "wen": "when", "whn": "when", "whr": "where", "hw": "how", "whats": "what is", "wats": "what is", "whos": "who is",
    "abt": "about", "bout": "about", "abut": "about", "info": "information", "wher": "where", "hv": "have", "infra": "infrastructure", "pvt": "private",
    "u": "you", "ur": "your", "r": "are", "y": "why", "n": "and", "w/": "with", "w": "with", "b4": "before",
    "bn": "billion", "mn": "million", "mln": "million", "k": "thousand",
    # e-commerce in every spelling (ecom, e-com, ecomm, ecommerce, "e commerce") is `_E_COMMERCE` below
    "ecom": "e-commerce", "e-com": "e-commerce", "ecommerce": "e-commerce", "ecomm": "e-commerce",
    "pak": "Pakistan", "intl": "international", "int'l": "international", "dept": "department",
    "yr": "year", "yrs": "years", "thx": "thanks", "ty": "thanks", "pls": "please", "plz": "please",
    "tho": "though", "bc": "because", "cuz": "because", "coz": "because", "abt.": "about",
    "pk": "Pakistan", "rn": "right now", "atm": "at the moment", "idk": "", "tbh": "", "imo": "", "ngl": "",
    "fr": "", "smh": "", "lmk": "", "spox": "spokesman", "journos": "journalists", "journo": "journalist",
    "jinab": "", "naam": "name", "sumthin": "something", "sumthing": "something", "somethin": "something",
    "gst": "sales tax", "presser": "press conference", "sme": "smes", "msme": "smes", "msmes": "smes",
    "mr": "", "mr.": "", "mrs": "", "ms": "", "sahab": "", "sahib": "", "saab": "", "sahb": "", "janab": "", "sb": "",
    "barrister": "", "dr": "", "dr.": "", "engr": "", "sir": "", "madam": "", "maam": "",
    "prez": "president", "pres": "president", "sec": "secretary", "ceo's": "ceo",
    # military ranks as the press abbreviates them ("Lt. Gen.", "maj gen")
    "lt": "lieutenant", "gen": "general", "maj": "major", "brig": "brigadier", "col": "colonel", "capt": "captain",
    "natl": "national", "acct": "account", "accts": "accounts", "pax": "people", "tgt": "target",
    "org": "organisation", "orgs": "organisations", "exec": "executive", "execs": "executives", "rep": "representative", "reps": "representatives",
    "convo": "conversation", "ops": "operations", "diff": "different", "hq": "headquarters", "fin": "finance", "approx": "about", "mgmt": "management",
    "teh": "the", "hte": "the", "hwo": "who", "smth": "something", "smthng": "something", "smthing": "something", "sth": "something", "taht": "that", "adn": "and", "waht": "what", "whta": "what",
    "sed": "said", "sez": "says", "sayz": "says",
    "wud": "would", "wld": "would", "wuld": "would", "cud": "could", "shud": "should", "shld": "should",
    "bcoz": "because", "frm": "from", "tht": "that", "wrds": "words", "bdgt": "budget", "bdgts": "budgets",
    "1st": "first", "2nd": "second", "3rd": "third", "stat": "figure", "stats": "figures",
    "statistic": "figure", "statistics": "figures", "rundown": "list", "grp": "group", "biz": "business",
    "cld": "could", "usrs": "users", "usr": "user", "incl": "including", "every1": "everyone",
    "evry": "every", "evrything": "everything", "everythin": "everything",
    "co": "company", "co.": "company", "corp": "corporation", "intl.": "international",
    "est": "estimated", "est.": "estimated", "estd": "estimated",
    # Urdu and Hinglish chat particles: "... in lahore na?" is "..., right?"
    "na": "right", "naa": "right", "yaar": "", "yar": "", "bhai": "", "bro": "", "ji": "", "acha": "", "accha": "",
    "habibi": "", "habibti": "",  # the Gulf's "my dear", as "yaar"
    # "what figure did the analysts cite": what they mentioned (the sources never write "cite")
    "cite": "mention", "cites": "mentions", "cited": "mentioned", "citing": "mentioning",
    "ws": "was", "wid": "with", "dis": "this", "dat": "that", "wanna": "want to", "gonna": "going to", "ez": "",
    "roughly": "about", "approximately": "about", "preceding": "past", "ya": "or", "kuch": "",
    # a developer's shorthand: "dar x alibaba mtg" is the Dar–Alibaba meeting
    "mtg": "meeting", "mtgs": "meetings", "txn": "transaction", "txns": "transactions", "bb": "broadband",
    "src": "source", "srcs": "sources", "ls": "list", "cdf": "chief of defence forces",
    "tf": "", "wtf": "", "em": "them", "pct": "percent", "mkt": "market", "mkts": "markets", "cutoff": "threshold", "cut-off": "threshold",
    "re": "about", "theyd": "they would", "youd": "you would", "portfolio": "role",
    # session 13: a consultant's and a ministry staffer's abbreviations
    "deleg": "delegation", "delegs": "delegations", "collab": "collaboration", "collabs": "collaborations",
    "promo": "promotion", "perf": "performance", "svc": "services", "svcs": "services", "rec": "recommendation",
    "recs": "recommendations", "qna": "question and answer", "q&a": "question and answer", "defmin": "defence minister",
    "moc": "ministry of commerce", "fy26": "2025", "sku": "product", "skus": "products",
    "ajkal": "now", "taqreeban": "about",
    # session 19: departments, through, right, the army chief's office; session 20: true, really
    "depts": "departments", "thru": "through", "rite": "right", "coas": "army chief", "tru": "true", "rly": "really",
    # session 35: the cities by their airport and chat codes ("lahore or isb")
    "isb": "Islamabad", "isl": "Islamabad", "isbd": "Islamabad", "khi": "Karachi", "lhr": "Lahore", "pindi": "Rawalpindi",
    # session 42: something quotable is a quote; the telecom and finance desks' shorthand
    "quotable": "quote", "mbb": "mobile broadband",
    "finmin": "finance minister", "fcst": "forecast", "conf": "conference",
    # session 44: "how many distinct meetings": different ones, as "diff" already is
    "distinct": "different",
    # session 47: "when did the briefing occur", "alibaba x shehbaz meetup", "the Alibaba men"
    "occur": "happen", "occurs": "happens", "occurred": "happened", "occurring": "happening",
    "meetup": "meeting", "meet-up": "meeting", "meetups": "meetings", "men": "people",
    # session 54: a dental technician's and a consultant's shorthand ("ecom proj 1bn", "who led the 2025 alibaba del")
    "proj": "projected", "projs": "projections", "del": "delegation", "lst": "list", "ryt": "right",
    # session 55: a weighbridge operator's shorthand ("dar mtg loc", "pak products on alibaba qty")
    "loc": "location", "qty": "number", "ph": "phone",
}
_WORDISH = re.compile(r"(?<![\w$])[\w'./-]+")
_E_COMMERCE = re.compile(r"\be[ -]?comm?(?:erce)?\b", re.I)


# the office shorthands spelt out before a hyphen ("PM-Alibaba"); no other, so "co-founder" and "re-elected" stay
_BEFORE_HYPHEN = frozenset({"pm", "govt", "gov", "gvt", "fm", "gop"})


def _shorthand(match: re.Match[str]) -> str:
    word = match.group(0)
    bare = word.rstrip(".,") if word.casefold() not in SHORTHAND else word
    if bare.casefold().endswith("'s") and bare[:-2].casefold() in SHORTHAND:
        bare = bare[:-2]  # "govt's vision": the shorthand keeps its possessive
    full = SHORTHAND.get(bare.casefold()) if not bare.startswith("GOP") else None  # (the US party, in capitals)
    if full is None and "/" in bare:  # "month/yr", "skills/infra": each side spelt out ("y/n" is no word)
        parts = bare.split("/")
        if all(len(p) > 1 for p in parts) and any(p.casefold() in SHORTHAND for p in parts):
            full = "/".join(SHORTHAND.get(p.casefold(), p) for p in parts)
    if full is None and "-" in bare:  # "the PM-Alibaba meeting", "govt-side": an office's shorthand before a hyphen
        left, _, right = bare.partition("-")
        if left.casefold() in _BEFORE_HYPHEN and right[:1].isalpha() and left != "GOP":
            full = f"{SHORTHAND[left.casefold()]}-{right}"
    return word if full is None else full + word[len(bare):]


_CONTRACTIONS = (
    (re.compile(r"\b(who|what|where|when|how|why|which|that|there|it|he|she)'s\b", re.I), r"\1 is"),
    (re.compile(r"\bcan't\b", re.I), "can not"),
    (re.compile(r"\bwon't\b", re.I), "will not"),
    (re.compile(r"\b(\w+)n't\b", re.I), r"\1 not"),
    (re.compile(r"\b(\w+)'re\b", re.I), r"\1 are"),
    (re.compile(r"\b(\w+)'ve\b", re.I), r"\1 have"),
    (re.compile(r"\b(\w+)'ll\b", re.I), r"\1 will"),
    (re.compile(r"\b(who|what|where|how|why|i|you|we|they)'d\b", re.I), r"\1 did"),
    (re.compile(r"\b(he|she|it)'d\b", re.I), r"\1 would"),  # "what did Jack Ma say he'd do"
    (re.compile(r"\bi'?m\b", re.I), "i am"),  # "i'm subbing a story", "im guessing"
)
_APOSTROPHES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u02bc": "'", "`": "'"})


# (phrase, what it stands for): matched as one pattern, each alternative in its own group
_SMALL = r"(?:[1-9]|1[0-2]|two|three|four|five|six|seven|eight|nine|ten)"
_LISTED = (r"(?:[\w-]+ ){0,2}(?:taxes|measures|steps|changes|things|articles|outlets|reports|stories|papers|"
           r"meetings|visits|allegations|directives|instructions|orders|reasons|points)\b")
# "as reported", "as written", "as was said": the verbs of a source's account, before where or by whom
_AS_SAID_VERBS = "reported described written mentioned stated given recounted noted said quoted"
_AS_SAID = r",?\s*\bas (?:(?:was|is) )?(?:" + _AS_SAID_VERBS.replace(" ", "|") + ")"
# what a prime minister loses ("lost power", "losing the PM job"): his ouster
_POWER = r"(?:power|office|the (?:pm|premiership|prime minister) (?:job|post|seat|office))\b"
_PHRASE_TABLE = ((r"\bset(?:ting)? up\b", "establish"),
                 (r"\bright now\b|\bat the moment\b|\bthese days\b|\bnowadays\b", "now"),
                 # "PTI figures", "military figures": people of the party or the army, not numbers
                 (r"(?:" + "|".join(f"(?<=\\b{w} )" for w in ("pti", "military", "army", "political", "party",
                                                                "opposition", "government", "govt")) + r")figures\b|"
                  r"\bfigures(?=\s+(?:on|from|of|in)\s+the\s+(?:\w+\s+)?(?:military|army|pti|government|govt)\b)",
                  "people"),
                 # "the previous duty-free threshold": the old one, which the change gives beside the new
                 # ("previous" decorates) — but "the previous DG ISPR", "Dong's previous role" ask who held
                 # an office before, or what someone did before, which the sources never say
                 (r"\bprevious\b(?!\s+(?:[\w-]+\s+)?(?:role|roles|post|job|jobs|position|title|office|chairman|chair|"
                  r"president|pm|prime|minister|dg|chief|head|ceo|leader|spokesman|governor|secretary|employer)\b)",
                  "old"),
                 (r"\b(?:acc|acc\.|acdg|accdg|according) (?:to|2)\b", "according to"),
                 (r"\bwork(?:s|ed|ing)? (?:together )?with\b", "collaborate with"),
                 (r"\bday of (?:the )?week\b", "weekday"),
                 # phrasal verbs readers type for the articles' own verbs
                 (r"\bsat (?:down )?(?:with|w/)", "met"),
                 (r"\bsit(?:s|ting)? (?:down )?(?:with|w/)", "meet"),
                 (r"\b(?:bumped|ran) into\b", "met"),
                 (r"\b(?:bump|bumps|run) into\b", "meet"),
                 (r"\bstuck up for\b", "defended"),
                 (r"\bstick(?:s|ing)? up for\b", "defend"),
                 (r"\b(?:went|gone) after\b", "attacked"),
                 (r"\b(?:go|goes|going) after\b", "attack"),
                 (r"\b(?:kicked|thrown|threw|booted|voted|pushed|forced) out (?:of (?:office|power)|as (?:the )?(?:pm|prime minister))\b|\b(?:removed|ousted) from (?:the )?(?:office|power|"
                  r"government|govt|premiership|prime ministership|pm ?ship)\b|"
                  r"\b(?:lost|lose|loses) " + _POWER, "ousted"),
                 (r"\b(?:kicked|thrown) out\b|\bthrew out\b(?= (?:of|as)\b|\W*$)", "ousted"),
                 (r"\b(?:threw|throws?|throwing) out\b", "gave"),  # "the numbers Dar threw out": gave
                 (r"\b(?:kick|kicks) out\b", "oust"),
                 # "when did they throw imran out", "blame for kicking him out": the one put out, between
                 (r"\b(?:throw|throws|kick|kicks) (him|imran(?: khan)?|khan|ik) out\b", r"oust \1"),
                 (r"\b(?:threw|thrown|kicked) (him|imran(?: khan)?|khan|ik) out\b", r"ousted \1"),
                 (r"\b(?:throwing|kicking) (him|imran(?: khan)?|khan|ik) out\b", r"ousting \1"),
                 (r"\btook over (?:from|as)\b", "succeeded"),
                 (r"\b(?:take|takes|taking) over (?:from|as)\b", "succeed"),
                 (r"\b(?:got |was |been )?booted\b", "ousted"),
                 (r"\bus(?:ed|es|e|ing) the (?:words?|terms?|phrase|expression|label)\b", "said"),
                 (r"\broll(?:ed|s|ing)? out\b", "introduced"),
                 (r"\bdr(?:aw|ew|aws|awn|awing) up\b", "draft"),
                 (r"\bpull(?:ed|s|ing)? (?:out of|from|back from|off)\b", "stopped from"),
                 (r"\bthe point of\b", "the purpose of"),
                 (r"\bput on the table\b", "offered"), (r"\bputs? on the table\b", "offer"),
                 (r"\bst(?:ood|and|ands|anding) up for\b", "defended"),
                 # "stood by / supported the DG ISPR's remarks": defended them (not "support" for sellers)
                 (r"\b(?:st(?:ood|and|ands|anding) by|support(?:ed|s|ing)?)\b(?= (?:the |his |her |their )?(?:dg|ispr|army|"
                  r"military|spokes\w*|remarks?|statements?|comments?|words)\b)", "defended"),
                 (r"\bon what grounds\b", "why"),
                 # "who holds the office of Chief of Defense Forces", "who serves as defense minister": who is
                 (r"\bwho (?:holds|held|occupies|occupied|serves|served|is serving|was serving)(?: as| the "
                  r"(?:office|post|position|role|job) of)(?: the)?\b", "who is the"),
                 # "which party was running the government", "what party ruled pakistan": in power
                 (r"\b(?:(?:was|were|is|are) )?(?:running|ran|runs|ruled|rules|ruling|controlled|controlling|heading|"
                  r"headed) (?:the )?(?:government|govt|gov|country|pakistan|pak)\b", "was in power"),
                 # "what triggered the presser": its cause, which the sources give as a reason
                 (r"\bwhat (?:triggered|prompted|sparked|provoked|led to)\b", "what was the reason for"),
                 (r"\bcount of\b", "number of"),
                 # "was there a Q&A with Evans": the articles' "question and answer session" (not where the
                 # questions in it are asked about — "who asked the questions in the Q&A" — which they never give)
                 (r"^(?!.*\b(?:questions?|ask|asked|asking|moderat\w*|discuss\w*|topics?)\b)(.*?)"
                  r"(?:\bq\s*(?:&|and|n)\s*a\b|\bqn?a\b(?= (?:session|sesh|round|part|segment)\b))", r"\1question and answer"),
                 # "how many exports declined" ("exports kitne gir gaye"): a measure is asked how much of
                 (r"\bhow many (?=(?:annual |total )?(?:exports?|imports?|revenues?|turnover|sales|taxe?s?|duty|money)\b)",
                  "how much "),
                 (r"\b(?:gen(?:eral)?\.?[\s-]sec(?:retary)?|gensec|secgen|sec(?:retary)?[\s-]gen(?:eral)?)\b", "secretary-general"),
                 # "everything Dong said or promised": what someone said, offered or promised is what they said
                 (r"\b(?:said|offered|promised|pledged|announced)(?:\s*(?:\bor\b|\band\b|\bn\b|&|/)\s*"
                  r"(?:said|offered|promised|pledged|announced))+\b", "said"),
                 (r"\bsen(?:d|t|ds|ding) (?:people|ppl|someone|anyone|representatives?|officials?|delegates?) to\b",
                  "attended"),  # "which bank sent people to the meeting"
                 (r"\btax rates?\b", "tax"), (r"\bduty rates?\b", "duty"),  # a tax's rate is its figure
                 # "alibaba delegation size 2025", "size of the team": how many were in it
                 (r"\b(?:the )?alibaba(?:'s)? (?:delegation|deleg|team|group|wafd) size\b", "how many members in the alibaba delegation"),
                 (r"\b(?:the )?(?:delegation|deleg|team|group|wafd) size\b", "how many members in the delegation"),
                 (r"\b(?:the )?size of (?=(?:the |their |its )?(?:(?:[a-z]+ )?(?:19|20)\d\d |[a-z]+ )?(?:alibaba(?:'s)? )?"
                  r"(?:delegation|team|group)\b)", "how many members in "),  # ("the July 2025 …", "the visiting …")
                 (r"\b(?:tax|duty|budget) changes\b", "tax measures"),  # "all the tax changes in the budget"
                 (r"\bwhat rate (?=(?:is|was|are|were) (?:the |a |an )?(?:\w+ ){0,3}(?:tax|taxes|duty|levy)\b)", "how much "),
                 (r"^(?:hey|hi|hello|yo|ok|okay|so)?\s*@?(?:bot|factdesk)\b[,:]?|[,\s]+@?(?:bot|factdesk)(?=\W*$)", ""),
                 (r"\bquick q(?:uestion)?\b[:,]?", ""),
                 # a label before the message ("q: who is …", "**quiz** what fraction …", "📌 pinning: …")
                 # and the reader's purpose after it ("… for my essay", "||asking for a quiz||")
                 (r"^\W*(?:q|qn|ques|quiz|trivia|pinning|pin|fyi|psa)\s*[:.)\-]?[*_]*\s+(?=\w)", ""),
                 # a quiz's framing of a claim: "true or false: ishaq dar was a senator in 2017"
                 (r"^\W*(?:true or false|true ?/ ?false|t ?/ ?f|fact or fiction|real or fake|fake or real)(?:\s*[:?,—–-]+\s*|\s+)",
                  "is it true that "),
                 # a claim heard elsewhere: "saw on twitter the budget put 25% …", "ppl saying ecommerce is 10% …",
                 # "… is what my uncle says", "… thats wat a whatsapp fwd says"
                 (r"^\W*(?:(?:i )?(?:saw|read|heard)(?: (?:on|in) (?:twitter|x|facebook|fb|whatsapp|tiktok|insta(?:gram)?|"
                  r"youtube|the news|a group|a post|the group))?|(?:ppl|people|everyone|some ?(?:one|people)|folks|they)"
                  r"(?: (?:keep|are|r))? (?:saying|say|claim|claiming))(?: that)?\s+(?=\w+ \w+)", ""),
                 (r"[,;.?—–-]?\s*\b(?:that'?s|thats|is) (?:what|wat) (?:my|a|our|some) (?:\w+ ){0,2}(?:says|said|"
                  r"told me|claims|claimed)\W*$", " right"),
                 # session 18: a forwarded message — "got this on whatsapp:", "fwd msg says", "viral:", "someone
                 # posted …": the claim it carries, to be checked ("my cousin says …" is an aside, read below)
                 (r"^\W*(?:(?:got|saw|read|received) this (?:on|in|from) (?:\w+ )?\w+|(?:a |this |the |my )?(?:whatsapp|"
                  r"fwd|forward(?:ed)?|viral|facebook|fb|twitter|tiktok)\b(?:(?: (?:msg|message|post|forward|fwd|uncle|"
                  r"aunty|group|video|claim|tweet))+(?: (?:says|said|claims|claiming|that))?|(?: (?:says|said|claims)))|"
                  r"(?:someone|somebody|somene|some1) (?:posted|shared|wrote|forwarded))"
                  r"(?: that)?\s*[:,—–-]*\s*(?=\W*\w+ \w+)|^\W*(?:whatsapp|fwd|forward|viral)\s*:\s*(?=\W*\w+ \w+)",
                  "is it true that "),
                 # session 21: "I got msg that 500,000 Pakistanis sell …", "received a forward saying …": its claim
                 (r"^\W*(?:i )?(?:got|received|saw|read) (?:a |this |the |an )?(?:whatsapp )?(?:msg|message|forward|fwd|"
                  r"text)(?: (?:that|saying|says|said)\b|\s*[:—–-])\s*[:,—–-]*\s*(?=\W*\w+\W+\w+)", "is it true that "),
                 # a pasted headline to check: "headline: 'Eight-member Alibaba team meets PM' true?"
                 (r"^\W*(?:the |this |a )?headline(?: says| reads| claims)?\s*[:,—–-]?\s*(?:that )?(?=\W*\w)", ""),
                 # "mobile se paise bhejne wale": those who send money by phone, the financial transactions
                 (r"\b(?:paise|paisay|paisa|pese|money)\s+(?:bhejne|bhejte|bhejna|send|sending|transfer|transferring)\b",
                  "financial transactions"),
                 (r"\b(?:asking |it'?s |this is )?for (?:a|my|our|the) (?:quiz|essay|assignment|project|thesis|class|"
                  r"podcast|homework|notes|memo|report)\b", ""),
                 (r"\bon sat\b", "on saturday"), (r"\bon sun\b", "on sunday"), (r"\bfri\b", "friday"),
                 (r"\bthu(?:rs?)?\b", "thursday"), (r"\bon wed\b", "on wednesday"),
                 (r"\btue(?:s)?\b", "tuesday"), (r"\bon mon\b", "on monday"),
                 # "net users 2017": internet users ("net worth", "net exports" are not the internet)
                 (r"\bnet (?=(?:users?|usage|use|access|connections?|penetration|subscribers?)\b)", "internet "),
                 (r"\b(?:kicks?|kicked|kicking) in\b|\bcomes? into (?:force|effect)\b|\bgo(?:es)? into effect\b|"
                  r"\bbecomes? effective\b", "take effect"),
                 (r"\b(?:good|great|beneficial) for\b", "help"),  # "why is e-commerce good for women"
                 # "did Alibaba agree to join the committee": a consent the sources would have to report ("the
                 # articles agree", "agree with him", "agreed on" are read as the sources' accounts, question.FILLER)
                 (r"\bagree(?:s|d)? to\b", "consent to"),
                 (r"\bsided with\b", "supported"),
                 (r"\bsid(?:e|es|ing) with\b", "support"),
                 (r"\btie[- ]?ups?(?: with| w/)?\b", "partnership with"),
                 (r"\b(?:took|taken) place\b", "happened"),
                 (r"\b(?:take|takes|taking) place\b", "happen"),
                 (r"\bbelong(?:s|ed|ing)? to\b", ""),  # "which party does he belong to": his party
                 (r"\bsat in on\b", "attended"),
                 (r"\bsit(?:s|ting)? in on\b", "attend"),
                 (r"\bde minimis\b", "duty-free"),  # the customs term for the duty-free threshold
                 (r"\bonline (?:shopping|commerce|trade|business|retail|retailing|market|marketplaces?)\b", "e-commerce"),
                 (r"\b(?:people|ppl|those|folks|businesses|shops|retailers|sellers) (?:who|that) sell online\b",
                  "online sellers"),
                 (r"\bbehind bars\b", "in prison"),
                 (r"\bshow(?:s|ed|ing)? up\b", "appearing"),  # "the same language shows up where"
                 # "Dar pushed Alibaba to invest": urged it to (not "pushing e-commerce", promoting it)
                 (r"\bpushed\b(?= (?:[\w'’]+ ){1,3}to (?!the\b|a\b|an\b)[a-z])", "urged"),
                 (r"\bpush(?:es)?\b(?= (?:[\w'’]+ ){1,3}to (?!the\b|a\b|an\b)[a-z])", "urge"),
                 (r"\bpushing\b(?= (?:[\w'’]+ ){1,3}to (?!the\b|a\b|an\b)[a-z])", "urging"),
                 (r"\bpress releases?\b", "statement"),
                 (r"\bsit-?downs?\b", "meeting"),  # "his sit-down with Evans"
                 (r"\bbrought up\b", "mentioned"),
                 (r"\b(?:bring|brings|bringing) up\b", "mention"),
                 # "did he go in the end", "at the end of the day": how it turned out, not an "end"
                 (r"\b(?:in the end|at the end of the day|after all)\b", ""),
                 # "did Pakistan actually sign ITA Two as planned": whether it happened; the plan is the reader's
                 (r"[,;]?\s*\bas (?:planned|scheduled|promised|intended|announced)\b", ""),
                 # "what is Alibaba, like in one line": how short, not what about
                 (r"[,;:]?\s*\b(?:like )?in (?:one|a|1) (?:line|sentence)\b|[,;:]?\s*\bin (?:brief|short)\b|"
                  r"[,;:]?\s*\btl;?dr\b", ""),
                 # "Asif backed the DG ISPR": defended him ("back in 2017" is no backing)
                 (r"\bbacked\b(?= (?:the|his|her|their|him|them|up)\b)", "defended"),
                 (r"\bbacking\b(?= (?:the|his|her|their|him|them)\b)", "defending"),
                 (r"\bhit back (?:at|against)\b|\bclapped back (?:at|to)\b", "responded to"),
                 (r"\b(?:hits?|hitting) back (?:at|against)\b|\bclap(?:s|ping)? back (?:at|to)\b", "respond to"),
                 # "what's the gist of Gohar's reaction", "… — gist": a summary asked, not a "gist" in the facts
                 (r"\b(?:what(?:'s| is|s) )?the (?:gist|crux|essence) of\b|[,;:—–-]?\s*\b(?:the )?gist\W*$", ""),
                 # "confirm: the threshold was cut to Rs 1,000", "… — confirm", "fact check: …": a claim to check
                 # ("checking: …", "claim: …", "viral post says …", "my client says …": someone's claim, to check)
                 (r"^(?:pls |please |can you |could you )?(?:confirm(?: or (?:refute|deny))?|verify|verifying|checking|"
                  r"(?:quick |fast )?check(?=\s*[:—–-])|fact[- ]?che?c?k(?:ing)?"
                  r"|claim(?: check)?|rumou?r|(?:a |this |the )?(?:viral )?(?:post|tweet|msg|message|forward) "
                  r"(?:says|said|claims|claimed)|(?:(?:my|a|our|the|one) )?(?:client|friend|boss|editor|colleague|"
                  r"someone|somebody|caller|listener|viewer|reader|cousin|neighbou?r|uncle|aunty|son|daughter|brother|"
                  r"sister|father|mother|dad|mom|student|teacher)s? "
                  r"(?:says|said|claims|claimed|insists|insisted|told me|tells me))\b(?: that| whether)?\s*[:,—–-]?\s*",
                  "is it true that "),  # ("confirm whether …": the claim that follows)
                 (r"[,;:—–-]?\s*\b(?:pls |please |can you |could you )?(?:confirm|verify|claim check|fact[- ]?check)\W*$"
                  r"|\bsach hai\b", " right"),
                 (r"\bcalendar (?=dates?\b)", ""),
                 (r"\bfinance bill\b", "budget"),  # the budget is passed as the finance bill
                 (r"[,;:]?\s*\b(?:lol )?(?:ez|easy) q\b", ""),  # "… lol ez q": an easy question, chat
                 (r"\bexpress(?:ed|es|ing)? (?:his |her |their |its )?(?:gratitude|thanks|appreciation)\b", "thanked"),
                 (r"[,;]?\s*\bya\W*$", " right"),  # "… back in 2017, ya?": yeah, right? ("500 ya 5000": or)
                 (r"\bchief executive(?: officer)?\b", "ceo"),  # an office of its own, not any chief
                 # "would it be fair to state that …", "might one say …", "is it accurate that …": a claim to check
                 (r"^(?:(?:would|will) it be|is it) (?:fair|accurate|correct) to (?:say|state|describe|claim)"
                  r"(?: that)?\b|^might (?:one|we|i) (?:say|state|describe|claim)(?: that)?\b|"
                  r"^is it (?:accurate|correct) (?:that|to say that)\b", "is it true that"),
                 (r"\bused to be\b", "was before"),
                 # "how many pakistani people sell on alibaba": Pakistanis, as the articles write them
                 (r"\bpakistani (?:people|ppl|log|folks|nationals)\b", "pakistanis"),
                 # "how many people in pakistan sell on alibaba", "pakistan se kitne log" (read "how many people
                 # are Pakistan from …"): Pakistanis too
                 (r"\bhow many (?:people|ppl|folks)\b(?: (?:are|do))?(?= pakistani?\b|[^.?!]*\b(?:from|in) pakistan\b)",
                  "how many pakistanis"),
                 # "which govt was in power in 2017", "the ruling party": the party whose government it was
                 (r"\b(?:which|what|who|whose) (?:(?:political )?party(?:'s)? )?(?:govt|government|party|gov)?"
                  r" ?(?:was|is|were) (?:in power|ruling)\b|\b(?:the )?ruling party\b", "which party government was"),
                 # "meet Alibaba instead of going to Iran": what was not done, by its verb ("instead of
                 # Khurram" names a stand-in, and is left)
                 (r"\binstead (?=of \w+ing\b)", ""),
                 (r"[,;.!]*\s*\b(?:that'?s|thats|this is|so) (?:insane|crazy|wild|nuts|ridiculous|unbelievable)\b", ""),
                 # "agree with the DG ISPR ya nahi", "… or nah?": whether he did (and a statement ending so,
                 # "ita two signed or not", is a claim to check, as "… right?" would be)
                 (r"^((?!(?:what|which|who|whom|when|where|why|how|did|does|do|is|was|were|are|has|have|had|can|will)\b)"
                  r"[^?]*?)\s*\b(?:or not|or (?:nah|nope|naw|no))\W*$", r"\1 right"),
                 (r"\bya nahi\b|\bor not\b|\s*\bor (?:nah|nope|naw|no)\b(?=\W*$)", ""),
                 (r"\b(?:does|do) (?:this|the|ur|your) bot\b", "do you"),  # "what topics does this bot know"
                 (r"\b(?:this|the|ur|your) bot\b", "you"),
                 # "could you outline each measure …", "can you summarise …": the request, not what is asked
                 (r"^(?:could|can|would) you (?:please |kindly )?(?:outline|summari[sz]e|set out|walk me through)\b", ""),
                 (r"\bwith (?:respect|regard|reference) to\b|\bin (?:respect|regard) (?:of|to)\b", "about"),
                 (r"\bwhat(?:'s| is) (?:the deal|up) with\b", "what about"),  # "what's the deal with Gohar saying …"
                 # "strictly speaking", "if I may ask", "pray tell", "if you know": how it is asked
                 (r"[,;]?\s*\b(?:strictly(?: speaking)?|if i may ask|may i ask|pray tell|if you know|if you please)\b[,;]?",
                  ""),
                 # "which fiscal measures did the budget bring": its taxes, as the articles name them ("fiscal year"
                 # stays a year)
                 (r"\bfiscal (?=(?:measures?|steps?|changes?|policy|policies|stance|moves?|actions?)\b)", "tax "),
                 # "what would Alibaba's entry create", "the benefits of Alibaba's entry": what its coming would
                 # bring, which the articles say of "this" (not "did the State Bank back Alibaba's entry")
                 (r"\b([a-z][\w-]*)['’]s (?:entry|arrival|entrance)(?: (?:in|into) (?:pakistan|the (?:pakistani |local )?market|"
                 r"the country))?(?= (?:would|will|could|might|may)\b)|(?<=\bof )([a-z][\w-]*)['’]s (?:entry|arrival|entrance)\b",
                  r"\1\2"),
                 # "who is the PTI chairman at present": these days — no one present at anything
                 (r"\bat present\b|\bpresently\b", "these days"),
                 # "Pray, which city …", "Who, pray, led …": the old-fashioned "please", asking nothing
                 (r"^\W*pray\b[,:]?\s*(?=(?:what|which|who|whom|when|where|why|how|did|does|do|is|was|were|in|tell|"
                  r"could|can|would|may)\b)|\s*,\s*pray\s*,(?=\s)", ""),
                 (r"(?<=\w)-wise\b", ""),  # "policy-wise": about policy
                 # "which Alibaba company sent the delegation": the one it came from
                 (r"\bsen(?:t|d|ds|ding) (?=(?:the |a |an |its |their )?(?:\w+ ){0,3}?(?:delegation|team|delegates)\b)", ""),
                 # "when is Imran getting out of jail": his release, which no fact reports
                 (r"\b(?:get|gets|getting|got|come|comes|coming|came) out of (?:jail|prison|custody)\b|"
                  r"\bwalk(?:s|ed|ing)? free\b", "released"),
                 # a skeptic's claim: "prove that …", "… prove me wrong", "… that's what I read", "doubt it"
                 (r"^(?:pls |please |now )?prove(?: to me)?(?: that)?\b", "is it true that"),
                 (r"[,;.!?—–-]*\s*\b(?:(?:so )?prove me wrong|(?:i )?doubt it|(?:that'?s|thats|this is) (?:what|the claim) "
                  r"(?:i|people|they|everyone|twitter|x|the internet)?\s*(?:read|heard|saw|say|says|said|was told|claims?)"
                  r"(?: (?:online|on twitter|somewhere))?)\W*$", " right"),
                 (r"[,;—–-]?\s*\b(?:pls |please )?confirm\s*(?:\+|&|\band\b|\bwith\b|w/)\s*(?:a )?(?:source|sources|citation|"
                  r"link|proof)\W*$", " right"),
                 (r"[,;—–-]?\s*(?:\b(?:pls |please |and |\+ |& )?show me|(?:\+|&|\band\b|\bwith\b|w/)\s*(?:a )?(?:source|"
                  r"sources|citation|link|proof)\b)\W*$", ""),
                 (r"\bconfirmed\s*\W*$", " right"),  # "the 5% tax confirmed?"
                 # where the reader thinks the answer is kept: the sources themselves
                 (r"\b(?:in|on|from|across) (?:ur|your|the|our|this|my) (?:whole |entire )?(?:db|database|fact ?base|base|records?|data ?set|data|"
                  r"files?|archive|corpus)\b|\bon file\b", "in the sources"),
                 (r"^dump (?=all\b|every\b)", "list "),
                 # a board member's framing: "bottom line on …", "headline number", "exec summary of …", "one line: …"
                 (r"\bbottom line\b(?: (?:on|about|for))?\s*[:,—–-]?|^(?:in )?one (?:line|sentence|word)\s*[:,—–-]+|"
                  r"\bexec(?:utive)? summary(?: (?:on|of|about))?\s*[:,—–-]?", ""),
                 (r"\bheadline (?=(?:number|figure|stat)s?\b)|[,;—–-]?\s*\bone number\W*$", ""),
                 # a developer's format hints: "date iso", "yyyy-mm-dd", "(int)"
                 (r"\b(?:in )?(?:iso(?: format)?|yyyy-mm-dd|dd/mm/yyyy|mm/dd/yyyy)\b|\((?:int|integer|str|string|"
                  r"number|float|usd|pkr)\)|\(\s*in \$?\s*(?:bn|billions?|mn|millions?|usd|pkr|rs|rupees|dollars|"
                  r"percent)\s*\)", ""),
                 (r"\bdef(?:ence)? min(?:ister)?\b", "defence minister"),
                 # "dar x alibaba mtg": Dar and Alibaba's meeting ("a post on X" is the platform)
                 (r"(?<=[a-z])(?<!\bon)(?<!\bin)(?<!\bvia)(?<!\bat)(?<!\bto)(?<!\bfrom) x (?=[a-z])", " and "),
                 # "what did Pakistan offer Alibaba, not the other way round": the direction asked, stressed
                 (r"[,;—–-]?\s*\b(?:and )?(?:not|rather than) (?:the other way (?:a?round)|vice versa)\b", ""),
                 # "had around 30 million users?": about that many, as the facts write an estimate
                 (r"\baround (?=(?:rs\.? ?|pkr ?|usd ?|\$)?\d)", "about "),
                 (r"\b(?:what|which) rate of (?=(?:\w+ ){0,2}(?:tax|taxes|duty|levy)\b)", "how much "),
                 # "the Alibaba peoples which came to Pakistan": a relative "which" after a noun, not a question
                 (r"(?<=[a-z]) which (?=(?:is|was|are|were|has|had|came|went|met|led|received|visited|attended|said|"
                  r"gave|made|took|sent|[a-z]+ed)\b)", " that "),
                 # "what else … apart from selling": the rest, which "else" asks (the thing set apart is named)
                 (r"\b(?:apart|aside) from\b|\bbeyond\b", "besides"),
                 (r"\bin charge of\b", "head of"),
                 (r"\b(?:was|were|is|are) not allowed to\b", "was stopped from"),
                 # "prevented (the minister) from travelling": stopped
                 (r"\b(?:prevented|kept|barred|blocked|restrained)\b(?=(?: [\w'-]+){0,4} from (?:going|travelling|traveling|"
                  r"flying|visiting|leaving|attending)\b)", "stopped"),
                 # "held back from what engagement", "why was he kept back?": stopped (a held-back growth is
                 # no one stopped: "holding back e-commerce")
                 (r"\b(?:held|kept|pulled) back(?= from\b|\s*[?.!]*\s*$)", "stopped"),
                 (r"\bwhat good\b", "what benefit"),
                 (r"^(?:good )?(?:morning|afternoon|evening)\b[.,!]*\s*|^good (?:morning|afternoon|evening|day)\b[.,!]*\s*", ""),
                 # "my grandson says …. is that right?": a claim someone made, to check
                 # ("she says …", "homework says …", "my sis wrote that …": the same, by whoever said or wrote it)
                 (r"^(?:(?:my|a|our|her|his) (?:\w+ ){0,2}|(?:she|he|homework|notes) )(?:says|say|said|told me|tells me|"
                  r"claims|claimed|reckons|thinks|wrote|writes)(?: that)?\b\s*(?=(?:\S+\s+){2})", ""),
                 (r"[,;—–-]?\s*\b(?:is that |is this )?accurate\W*$", " right"),
                 (r"\bexact words\b|\b(?:exact )?wording\b", "words"),
                 (r"\b(?:internet|computer) (?:trade|shopping|commerce|business|market|sales?|retail)\b", "e-commerce"),
                 (r"\b(?:internet|online) (?:shops?|stores?)\b", "e-commerce platforms"),
                 (r"\b(?:the )?headcount of\b", "how many people in"),
                 (r"\buser base\b", "users"),
                 # a sarcastic reader's asides: how it is said, not what is asked
                 (r"^(?:wait|hold on|hang on)\b[,.!]*\s*|\bmy foot\b[.!]*|\blet me guess\b[,.:]*|"
                  r"\bsure jan\b|\bas usual\b|\bbold claim\b\W*|[.!?]\s*(?:shocking|tiny|classic|typical|wow|unreal)\W*$", " "),
                 (r"\bcabinet (?=ministers?\b)|\bcabinet members? (?=for\b)", ""),
                 (r"\bcabinet (member|colleague)(s?)\b", r"minister\2"),  # "which cabinet member defended …"
                 # "what is ITA Two short for": what it is, whose full name its facts give
                 (r"\b(?:the )?abbreviation (?=[A-Za-z-]+ stands? for\b)|\s*\bshort for\b", ""),
                 (r"\bwhich (?:publisher|newspaper|paper|publication|news outlet|news site|website)\b", "which outlet"),
                 (r"(?<=\d) ?mil\b", " million"),  # "26 mil people"
                 # (kept as one marker, which the base need not hold: a person's own words are asked for)
                 (r"[,;—–-]?\s*\b(?:word for word|verbatim|in (?:his|her|their) own words)\b(?:\s*[:,—–-])?", " verbatim"),
                 (r"[,;—–-]?\s*\bconfirm (?:the|that|this) (?:figure|number|date|claim)\W*$", " right"),
                 (r"\bvalued at\b", "at"),  # "industry valued at $100mn": the figure it was put at
                 # "James Dong's job", "his job": the post he holds (jobs created are livelihoods)
                 (r"(?<=['’]s) job\b", " role"), (r"\b(?<=his |her |eir )job\b", "role"),
                 (r"\bproportion\b|\bfraction\b", "share"),
                 # an editor checking a draft: "draft says …", "check: …", "… — right title?", "… - check"
                 (r"^(?:(?:our|the|my) )?(?:draft|copy)\b(?: says| reads| has)?\s*[:,—–-]?\s*(?:that )?|^(?:spelling )?check"
                  r"(?: (?:quote|claim|this))?\s*:\s*", "is it true that "),
                 (r"[,;—–-]?\s*\b(?:(?:pls |please )?check|spelling|right (?:title|spelling|name|date))\W*$", " right"),
                 (r"\b(?:what|which) post (?=(?:did|does|do|was|is) )", "what role "),  # the office held
                 (r"\b(?:the )?(?:army|military)(?:['’]s)? (?:pr|media|public relations|press) (?:wing|arm|office)\b", "ISPR"),
                 (r"\bstill valid\b", "still"),
                 # "what are the 3 new ecom taxes", "all 3 outlets": how many items the reader expects, not a
                 # figure the facts must give
                 (rf"\bthe {_SMALL} (?={_LISTED})", "the "), (rf"\ball {_SMALL} (?={_LISTED})", "all "),
                 (r"\b(?:tha|thi|thay|hai|hain)\s+(?=(?:na|naa)\b)", ""),  # "ousted in 2023 tha na": was, right?
                 # "discrepancy: thursday or friday", "— discrepancy?": the reader saw the sources differ
                 (r"^discrepanc(?:y|ies)(?: check)?\s*[:,—–-]\s*|[,;—–-]?\s*\bdiscrepanc(?:y|ies)\W*$|"
                  # "… thursday or friday? im confused", "tbh confused, is it a tax or a limit": the reader's state
                  r"(?<=\S)[,;.!—–-]*\s*\b(?:(?:tbh|honestly|wait|so|im|i'm|i am|am|a bit|bit|kinda|really|very|bohat|bht) )*"
                  r"confused(?: hu| hoon| hun| here| lol| now)?\W*$|"
                  r"^\W*(?:(?:tbh|honestly|wait|so|ok|im|i'm|i am|a bit|bit|kinda|really|very) )*confused\s*[,:;.!—–-]\s*", ""),
                 # "… sellers or products? articles disagree?", "thursday or friday, sources differ?", "do the
                 # outlets agree on whether …": whether the sources differ, which what each says shows (a
                 # disagreement is flagged beside its sides); alone, the line is left as typed
                 (r"(?<=\S)[,;.?!—–-]*\s*\b(?:(?:do|did|does) )?(?:the |these |both |all |all three |the two )?(?:sources?|"
                  r"articles?|outlets?|reports?|papers?)(?: all| both)?(?: seem to)? (?:differ|disagree|conflict|contradict|"
                  r"agree|vary|clash|confused me)(?:s|ed)?(?: (?:here|on (?:this|that|it)|with each other))?\W*$|"
                  # "… in the Alibaba team? do all three agree?"
                  r"(?<=[?.!])\s*\b(?:do|did|does) (?:they|all three|all|both|the two|the three)(?: all| both)? "
                  r"(?:agree|differ|disagree)\W*$|"
                  r"^(?:do|did|does) (?:the |these |both |all )?(?:(?:three|two|2017|2025) )*(?:sources|articles|outlets|"
                  r"reports|papers|ministers) (?:all |both )?(?:agree|differ|disagree) (?:on|about|over|as to|regarding) "
                  r"(?:whether )?|"
                  # "did PhoneWorld and Profit agree on which company sent …": what each outlet says
                  r"^(?:do|did|does) (?:[\w'.-]+ ){1,3}(?:and|&) (?:[\w'.-]+ ){1,3}(?:all |both )?(?:agree|differ|disagree) "
                  r"(?:on|about|over|as to|regarding) (?:whether )?", ""),
                 # session 13: "by what mechanism was Khan ousted", "ouster mechanism": how it happened;
                 # "growth rate": how fast it grew
                 # (session 46: "under what circumstances was Khan removed": how it came about)
                 (r"\b(?:by |through )?(?:what|which) (?:mechanism|procedure|process|method)\b|\bmechanism\b|"
                  r"\b(?:under|in) (?:what|which) (?:circumstances?|conditions?)\b", "how"),
                 (r"\b(?:annual |yearly |the )?growth rate\b", "how fast growing"),
                 # session 19: "in early 2017", "by mid-July": when in the year, which the year or month already
                 # says — not the "early stage" a market is in
                 (r"\b(?:early|late|mid)[- ]?(?=(?:19|20)\d\d\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)",
                  ""),
                 # "the vote count in the April 2022 vote": how many votes, a figure (not "the vote")
                 (r"\b(?:what|which) (?:was|were|is|are) the (?:exact |final )?votes? (?:count|tally|margin)s?\b|"
                  r"\b(?:exact |final )?votes? (?:count|tally|margin)s?\b", "how many votes"),
                 # session 43: "in what (official) capacity did Dastgir meet Evans": in what role ("capacity
                 # building" is the articles' own phrase, kept)
                 (r"\b(?<=in )(?:what|which) (?:official )?capacity\b", "what role"),
                 # session 18: "was the FBR chairman present at the meeting", "who sat in on it": who attended
                 # ("present in the articles" is where a thing is written, not a meeting; session 43: "present
                 # on 10 July", "present when the PM met Alibaba" attend too)
                 (r"\bpresent (?=(?:at|during|from|on|when|while)\b|in (?!(?:the |these |your |ur )?(?:articles?|sources?|data|"
                  r"news|reports?|facts|database|db|country|pakistan|society|world|markets?)\b))", "attending "),
                 (r"\bsat (?:in on|in|on|at|through)\b", "attended"),
                 # "who stood / sat beside Gohar": who was beside him (the fact: "with Raja beside him")
                 (r"\b(?:(?:was|were|is|are) )?(?:stood|sat|seated|standing|sitting) (?:next to|beside|alongside|by the side of)\b",
                  "was beside"),
                 # "Dar's view on women", "the view of the defence minister on this": what they said about it
                 # ("what views did the secretary share" asks for views the articles only say were shared)
                 (r"\bviews? (?=(?:on|of|about|regarding|towards?|re)\b)|\b(?<=\w's )line (?=(?:on|about|regarding)\b)",
                  "remarks "),
                 # "ok real q:", "hr q: who sat in …", "one more q -": a question announced, chat
                 (r"\b(?:real|hr|my|one|another|one more|a|small|dumb|serious|next|random|legit|simple|silly|"
                  r"follow[- ]?up|side) q\b(?!\s*&)\s*[:,.\-–—]?", ""),
                 # "what did the DG ISPR repeatedly call Khan": the sources' "several times"
                 (r"\b(?:repeatedly|again and again|over and over(?: again)?|time and again|multiple times)\b",
                  "several times"),
                 # "the USD equivalent of the old limit", "its equivalent in dollars": its value in that currency
                 (r"(?:(?<=\busd )|(?<=\bdollar )|(?<=\bdollars )|(?<=\bpkr )|(?<=\brupee )|(?<=\brupees ))equivalent\b|"
                  r"\bequivalent(?= (?:in|of)\b)", "value"),
                 # "budget passage date", "the passage of the finance bill": its being passed (not a passage of text)
                 (r"(?:(?<=\bbudget )|(?<=\bbudget's )|(?<=\bbill )|(?<=\bbill's ))passage\b|"
                  r"\bpassage(?= of (?:the |this |that )?(?:\d{4} |\d{4}-\d\d |new |federal )*(?:budget|bill|finance bill|law)s?\b)",
                  "passing"),
                 # "alibaba sent 6 ppl to meet shehbaz", "did alibaba send a six-member delegation": the
                 # delegation it had at the meeting (a minister "sent to Iran" is another thing)
                 (r"\b(?:sent|send|sends|sending)(?= (?:only |just |like |about |around |over |nearly |almost |a |an |its |"
                  r"their )?(?:\d+ |(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+-member) |a |an )?"
                  # ("banks sent reps to the meeting": they attended it, which "had" would not say)
                  r"(?:team|delegation|people|ppl|members|dudes|guys|persons|executives|execs)\b)", "had"),
                 # "the delegation comprised eight members", "the budget containing the new taxes": what it had
                 (r"\b(?:comprised|comprising|comprises|consisted|consisting|consists)(?: of)?\b", "had"),
                 # ("did the delegation comprise eight", "how many members did it comprise (of)": have)
                 (r"\b(?:comprise|consist)(?: of)?\b", "have"),
                 (r"\bcontaining\b", "with"),
                 # "which gentleman led the delegation": which person (elsewhere "gentleman" only decorates)
                 (r"\b(?:which|what) (?:gentleman|gentlemen)\b", "which person"),
                 # "vote winner", "vote getter": the sources' "vote puller"
                 (r"\bvotes? (?:winner|winners|getter|getters|catcher|magnet|grabber)\b", "vote puller"),
                 # "pml n ki govt": the party PML-N (its "n" is no "and")
                 (r"\bpml n\b", "pml-n"),
                 # "list the officials at the April 2017 meeting": who attended it (not every official there is)
                 (r"^(?:(?:please|pls|kindly) )?(?:(?:list|name)(?: (?:all|every|each))?|all|every|each|everyone|everybody)(?: of)?(?: the)? (?:officials|attendees|"
                  r"participants|people|persons|(?:bodies|officials) and (?:officials|bodies))(?: on the \w+ side)?"
                  r"(?: who (?:attended|were (?:present )?at|were in|sat in on)| at| of| present at| represented at| in attendance at| in)"
                  r"(?=(?: [\w'-]+){1,6} (?:meeting|meetings|talks|session|conference|presser|briefing|sit-down|sitdown)\b)",
                  "who attended"),
                 # "who attended it besides them / the two principals": the others there, which is what it lists
                 (r"\s*\bbesides (?:them|those two|these two|the two(?: principals| of them| men)?|both(?: of them)?|the principals)\b",
                  ""),
                 # "did the PM call it a necessity, or is that media spin": the reader's doubt, not a detail
                 (r"[,;]?\s*\bor (?:(?:is|was) (?:that|it|this) )?(?:just |all |only )?(?:(?:the )?(?:media|pti|govt|government|party|"
                  r"political|pr|army|opposition|news) )?(?:spin|propaganda|fake news|made up|a lie|lies|hype)\W*$", ""),
                 # "khawaja asif defended the dg ispr?? what did he say exactly": the first sentence is what
                 # is asked about, and its facts are what he said (the follow-up adds nothing to look for)
                 (r"\s*[?!.,]+\s*(?:so |and |ok )?what(?:'d| did| (?:exactly|exactyl|exacty) did)? (?:he|she|they) (?:say|said)"
                  r"(?: (?:exactly|exactyl|exacty|then|there|about it|abt it))?\W*$", ""),
                 # "where was he supposed to go instead", "what did they recommend instead": the contrast
                 # with what came before, no detail of its own ("instead of Iran" still names one)
                 (r"\s*\binstead\b(?! of\b)", ""),
                 # "where was the minister meant to go instead of the Alibaba meeting": a question's closing
                 # "instead of …" is what the reader already knows was done, the question is what came before
                 # it (a claim keeps it: "did he meet Alibaba instead of Amazon" is what is checked; so does "who
                 # went instead of Khurram", which asks for a stand-in)
                 (r"^(\W*(?:what|where|which|how)\b.*?)\s*\binstead of (?!\w+ing\b)[^?.!,;]+?(?=[\s?.!]*$)", r"\1"),
                 # "when did the DG ISPR address journalists": spoke to them, as the articles write it (an
                 # office's "address" is left)
                 (r"\baddress(?:ed|es|ing)? (?=(?:the )?(?:journalists|reporters|press|media|newsmen|nation|presser)\b)",
                  "speak to "),
                 # "did the PM thank Alibaba at the end": the close of what is asked about, no detail of its
                 # own ("at the end of June" still dates; "in the end", whether it came to pass, is kept)
                 (r"\s*\bat the (?:very )?end\b(?!\s+of\b)", ""),
                 # "the most recent event recorded in your sources", "a quote on record", "in your records": the
                 # sources themselves, not a record (a "sales record", a "cricket record" is still asked about)
                 (r"\s*\b(?:(?:on|for) (?:the )?record|recorded|in (?:your|the|these|our|ur) records)\b", ""),
                 # "does Alibaba run / offer a search engine": a service a company has, which the articles
                 # say it provides ("did Alibaba offer …", a past offer, is a promise made at a meeting)
                 (r"\b(does|do)\s+((?:the\s+)?[\w'’-]+(?:\s+group)?)\s+(?:offer|run|operate)\b", r"\1 \2 provide"),
                 # "how much was Gohar disappointed", "kitna disappoint hue": how deeply someone felt, not a count
                 # ("how many people were impressed" still counts)
                 (r"\bhow (?:much|many)\b(?!\s+(?:people|ppl|persons|times|(?!(?:was|is|has|does)\b)\w+s)\b)"
                  r"(?=(?:\s+\S+){0,6}?\s+(?:disappoint\w*|upset|hurt|angry|annoyed|offended|pleased|impressed|sad)\b)",
                  "how"),
                 # "ousted by a military coup": how he was ousted, which the sources give otherwise (a
                 # parliamentary vote) — the ouster is the claim to check, and its facts say how
                 (r"\b(ousted|removed|toppled|overthrown)\s+(?:by|in|through|via)\s+(?:(?:a|an)\s+)?(?:military\s+|army\s+)?coup\b",
                  r"\1"),
                 # "back in 2017", "back then": how long ago, which the year (or "then") says alone
                 (r"\bback (?=(?:in|then|when)\b)", ""),
                 (r"\b(who|what|why|where|how) on earth\b", r"\1"),
                 # "in what terms did Dar speak of women": how he spoke of them, in his words
                 (r"\bin what (?:terms|words|language|way)\b", "how"),
                 # "why did the DG ISPR go after Imran in the first place": why at all, no first of anything
                 (r",?\s*\bin the first place\b", ""),
                 # "any quotable line from the PM", "his big soundbite": a quote of his ("line" alone reads
                 # otherwise: a party line, a line of text)
                 (r"\bquotable (?:line|lines|bit|bits|remark|remarks)\b|\bsound[ -]?bites?\b", "quote"),
                 # "his exact line", "the full line": his words as quoted; "what was the line": what was said
                 (r"\b(?:exact|full|whole|actual|complete|original) lines?\b|\b(?<=what was )(?:the|his|her|their) line\b|(?<=what is )(?:the|his|her|their) line\b",
                  "exact words"),
                 # "whom did the new taxes target", "which measures targeted foreign platforms": whom they apply to
                 # (not the noun: "the export target"; nor "targeted for June", a date aimed at)
                 (r"^(\W*(?:who|whom)\b[^?,;]*?\b(?:does|did|do|will|would)\b[^?,;]*?)\btarget\b(?=\s*(?:[?,;\-–—]|$|with\b))",
                  r"\1apply to"),
                 (r"\btargeted(?: at)?\b(?=\s+\w)(?!\s+(?:for|by|date|in|on)\b)", "applied to"),
                 # "were the taxes aimed at local sellers": whom they apply to ("aimed at boosting exports" is a purpose)
                 (r"\baimed (?:squarely |mainly |mostly )?at\b(?=\s+\w)(?!\s+\w+ing\b)", "applied to"),
                 # "how did Shehbaz link e-commerce to the economy": what he said about the two ("link up with" is meeting)
                 (r"\blink(?:s|ed)?\s+(?!up\b)((?:[\w-]+\s+){0,4}?[\w-]+)\s+(?:to|with)\b", r"say about \1 and"),
                 # "what Jack Ma told Nawaz Sharif": what he said to him (not "was told to", "told that", "told by", nor
                 # "told reporters", "told Arab News": the sources' own words for speaking to the press)
                 (r"(?<!\bam )(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbe )(?<!\bis )\btold\b"
                  r"(?!\s+(?:to|that|by|us|me|him|her|them|reporters|journalists|media|the media|press|the press|officials|"
                  r"authorities)\b)(?!\s+(?:\w+\s+)?news\b)(?=\s+\w)",
                  "said to"),
                 (r"\b(?:business|service|services|svc|biz|revenue) lines?\b|\blines? of business\b", "services"),
                 # session 44: "as reported in April 2017", "as written by Arab News", "as said at Davos": where or
                 # by whom it was written or said, the article's or the occasion's scope ("as reported." alone
                 # says no more than that it was)
                 (_AS_SAID + r"\s+in\b", " according to reports in"),
                 (_AS_SAID + r"\s+by\b", " according to"),
                 (_AS_SAID + r"(?=\s+at\b)", ""),
                 (_AS_SAID + r"\b(?=\s*(?:[.?!]|$))", ""),
                 # session 44: "why was the government keen on / eager for e-commerce": why it wanted it, which
                 # the sources say as what it felt e-commerce could do and what worried it
                 (r"\b(?:keen|eager|enthusiastic)\s+(?:on|for|about)\b", "wanting"),
                 # "what policy instrument was the ministry preparing": a policy (the articles' "policy framework");
                 # "in which fiscal instrument were the taxes imposed": the budget that brought them
                 (r"\bpolicy instruments?\b", "policy"),
                 (r"\bfiscal instruments?\b", "budget"),
                 # "who attended on behalf of the FBR", "what did Dong reaffirm on behalf of the company": for it
                 (r"\b(?:on|in) (?:the )?behalf of\b", "for"),
                 # session 45: "who does Imran blame for losing power", as "lost power" above is "ousted"
                 (r"\blosing " + _POWER, "ouster"),
                 # "PTI clapped back on what day", "gohar clapped back or nah": responded (to whom, above)
                 (r"\bclapped back\b", "responded"),
                 # "pakistan #1 in mobile banking?", "number 1 hai kya": first in rank, as "number one" is —
                 # not a figure the answer must hold
                 (r"(?<![\w#])#1\b|\bnumber 1\b(?![.,]\d|\s*(?:%|percent|per|million|billion|bn|mn|k\b|thousand|lakh|crore))",
                  "number one"),
                 # "what did the official say the strategy could become": could be (a vote puller)
                 (r"\b(could|would|might|may)\s+become\b", r"\1 be"),
                 # "could the e-commerce strategy win votes / elections": be what the source calls a vote puller
                 (r"\bwin(?:s|ning)?\s+(?:(?:them|it|the party|the government|the govt|the pml-n|pml-n|pmln)\s+)?"
                  r"(?:votes?|elections?|voters)\b", "be a vote puller"),
                 # "did Alibaba want to start work in Pakistan", Urdu "kaam shuru" (work start), "work in Pakistan":
                 # its operations there, as the articles put it
                 (r"\b(?:start(?:s|ed|ing)?|begin(?:s|ning)?|began|commenc\w*)\s+(?:(?:its|their|the)\s+)?work(?:ing)?\b|"
                  r"\bwork\s+start\b", "start operations"),
                 (r"\bwork(?:s|ing)?\s+(?=in\s+(?:pakistan|pk|pak)\b)", "operate "),
                 # "did Khawaja Asif make any reference to Twitter": mention it
                 (r"\b(?:make|made|makes|making) (?:any |a |some )?references? to\b", "mention"),
                 # "whom does Khan hold responsible for his removal": whom he blames
                 (r"\b(?:hold|holds|held|holding) ((?:[\w'-]+ ){0,3}?)(?:responsible|accountable)\b", r"blame \1"),
                 # "beta, …", "…, beta?": Urdu's "child", how an elder addresses the one asked, no word of the question
                 (r"^\W*beta\b\s*[,!:]?\s*(?=\w)|\s*,\s*beta\b(?=\s*[,.?!]|\s*$)", ""),
                 # "the present prime minister", "the present-day government": the current one (not "present at")
                 (r"\bpresent(?:[ -]day)?(?= (?:prime minister|pm|government|govt|gov|administration|cabinet|regime|"
                  r"(?:finance |commerce |it |information technology |defence |interior )?ministers?|chairman|chair|"
                  r"president|head|dg|leadership|set-?up)\b)", "current"),
                 # "what did Dar say about women in connection with e-commerce": about it, as "regarding" is
                 (r"\bin connection (?:with|to)\b|\bwith (?:regard|respect|reference) to\b|"
                  r"\bin (?:regard|respect) (?:to|of)\b", "about"),
                 # "I understand exports fell to $20bn", "i think the tax is 17%?", "I have a note that …": the
                 # reader's own belief, opening a claim to check (not when a question follows: "I recall X; to
                 # which country …" asks that)
                 (r"^\W*(?:(?:hello|hi|salam|salaam|sir|ok|so|well)\W+)?i (?:understand|understood|gather|believe|"
                  r"recall|remember|think|was told|am told|have been told|(?:have |had )?(?:read|heard)|(?:have|had) a note)"
                  r"(?: (?:reading|hearing|saying))?(?: that)?\b(?![^?]*\b(?:what|which|who|whom|whose|when|where|why|how)\b)"
                  r"\s*[:,—–-]?\s*", "is it true that "),
                 # "was the delegation composed of eight members", "the strength of the delegation", "delegation
                 # headcount": how many it had ("Alibaba's headcount" would be its staff, which no fact gives)
                 (r"\b(?:composed|comprised) of\b", "made up of"),
                 (r"\bstrength of (?=(?:the |its |their |that |this )?(?:[\w-]+ ){0,3}?(?:delegation|team|committee)\b)",
                  "size of "),
                 (r"\b(delegation|team|committee)('s)? head ?count\b", r"\1\2 size"),
                 # "tee mall", "tea mall": Tmall as it is said aloud
                 (r"\bt(?:ee|ea) ?mall\b", "Tmall"),
                 # "the spokesperson's language", "the language used by the DG": his words, as the articles say
                 # ("what language was the presser in" asks the tongue; Khan's own "language" is the articles' word)
                 (r"\b(spokes(?:person|man|woman)|dg|ispr|chaudhry)'s language\b", r"\1's words"),
                 (r"\bthe language(?= (?:used|of|by)\b)", "the words"),
                 # "sellers like us", "connect us to customers", "the tax on us": the reader, typed lowercase
                 # after a preposition or verb (the country is written "US", and "pakistan-us" keeps its hyphen)
                 (r"\b(like|for|to|of|on|with|help|helps|helped|give|gives|gave|tell|told|target|targets|targeting|"
                  r"praise|praised|praising|connect|connects|approach|approached|butter|about|among|against)\s+"
                  r"(?-i:us)\b(?![-'’])", r"\1"),
                 # "Tmall B2C share — exact wording pls": a request to be quoted, which every answer is ("… exact
                 # words?" is left: it asks for what someone said)
                 (r"(?:[,;:—–-]|\?)\s*(?:the |in )?(?:exact|precise) wording(?: (?:pls|please|plz))?\s*\??\s*$", "?"),
                 # session 52: "training for our people", "hamare logon ko": the reader's people are Pakistanis
                 (r"\b(?:our|hamare|hamara|humare|humara|sadde|sade)\s+(?:people|log|logo|logon|lok|lokan|bande|banday|"
                  r"awam|awaam)\b", "pakistani people"),
                 # "stopped from travelling abroad": going, to a place the sources name (Iran)
                 (r"\b(travel\w*|going|go|goes|went|fly|flying|flew|flown|trip)\s+abroad\b", r"\1"),
                 # session 53: "does Khan maintain (that) the charges are political": what he says, which the
                 # sources report with "says" — the verb a does-question asks of a name, or one before "that"
                 (r"\b(does|did|do) ((?:[\w.'’-]+ ){1,4}?)(?:maintain|argue|contend|insist)\b", r"\1 \2say"),
                 (r"\b(?:maintain|argue|contend|insist)(?:s|ed|d)?(?= that\b)", "say"),
                 # "small shops like mine", "businesses like ours": the reader, as "like us" above
                 (r"\s*\blike (?:mine|ours)\b", ""),
                 # "what did the army spokesman respond to (exactly)": what he was responding to — with nothing
                 # after "to" ("what did Munir reply to Imran" asks his words)
                 (r"\bwhat (?:did|does|do) ((?:[\w.'’-]+ ){1,5}?)(?:respond|react)\s+to\b(?=(?:\s+(?:exactly|actually|"
                  r"really|then))?\W*$)", r"what was \1responding to"),
                 # "what services did Profit attribute to Alibaba", "the remarks attributed to Gohar": what a
                 # source says of someone, what someone is reported saying
                 # (not a motive one gives a deed: "what motivation does Arab News attribute to the government")
                 (r"^(?!.*\b(?:motivation|motive|motives|reason|reasons|purpose|intent|intention)\b)(.*?)\battributes? to\b",
                  r"\1say of"),
                 (r"\battributed to\b", "by"),
                 # "Senator Dar", "Senator Ishaq Dar": the press's title before a name, not an office asked about
                 (r"\bsenator\s+(?=(?!(?:in|at|of|and|or|when|who|was|is|were|the|thay|tha|hai|did|does|do|met|meet|said|says|say|from|for|to|with|a|an|then|too|also|back)\b)[a-z])", ""),
                 # "james dongs job" (the possessive typed without its apostrophe), "what job does Ahmed
                 # Sharif Chaudhry have": the post held, as "his job" above
                 # — its title: a delegation he led is no post at his company ("max bittners job at alibaba")
                 (r"(?<=[a-z]{3}s) job\b(?!\s+(?:title|creation|openings?|losses|market|opportunit))", " job title"),
                 (r"\bwhat job (?=(?:does|did|do) (?:[\w.'’-]+ ){1,4}?(?:have|has|hold|holds|do)\b)", "what job title "),
                 (r"\bprior to\b", "before"),  # "the threshold prior to the budget"
                 # "who besides the Prime Minister sat in on the meeting": who else sat in, besides him — the
                 # one set apart named last, where the reader names it after the rest
                 (r"\bwho(?: else)? besides ((?:the )?(?:[\w.'’-]+ ){0,3}?[\w.'’-]+) ((?:attended|attend|sat|was|were|came|"
                  r"joined|met|took|participated|accompanied|represented|spoke|is|are)\b.*?)(\W*)$", r"who else \2 besides \1\3"),
                 # "min order qty": the minimum, before an amount — not the shorthand for a minister
                 (r"\bmin\.?(?=\s+(?:order|orders|price|amount|value|wage|limit|qty|quantity|threshold)\b)", "minimum"),
                 # "which minister for IT sat in on the meeting with the PM": the IT minister — the office
                 # in one phrase, so that its "minister" does not ask after the prime minister beside it
                 (r"\bminister (?:for|of) (it|information technology|commerce|finance|defen[cs]e|interior|planning)\b"
                  r"(?!\s*(?:and|&)\b)", r"\1 minister"),
                 # "what did Shehbaz order: a committee, a task force, or something else?": the question before
                 # the reader's guesses, which the answer settles (a guess's words would look for themselves)
                 (r"^(\W*(?:what|which|who|whom)\b[^,:;?]*?)\s*[,:;—–-]\s*[^?]*?\bor (?:something|smth|sth|anything|"
                  r"someone|somebody|some1) else\b\W*$", r"\1?"),
                 (r"\b(\w+)-ish\b", r"\1"))  # "now-ish", "statutory-ish wording": roughly, which asks nothing
# The words a phrase above cannot match without (one of each set), in the table's order: a question
# is matched only against the phrases it could hold — one pattern of fifty alternatives costs a long
# sentence 0.2 ms, and the engine reads a question several times.
_PHRASE_GATES = tuple(frozenset(words.split()) for words in (
    "set setting", "now moment days nowadays", "figures", "previous", "acc acc. acdg accdg according", "with", "week",
    "sat", "sit sits sitting", "into", "into", "stuck", "stick sticks sticking",
    "after", "after", "out power office lost lose loses government govt premiership ministership pmship ship", "out", "out", "out", "out", "out", "out", "over", "over", "booted", "used uses use using", "out", "up",
    "pull pulled pulls pulling", "point", "table", "table", "stood stand stands standing", "stood stand stands standing support supported supports supporting", "grounds",
    "holds held occupies occupied serves served serving",
    "running ran runs ruled rules ruling controlled controlling heading headed", "triggered prompted sparked provoked led", "count", "q qa qna", "many",
    "gen gensec secgen sec secretary general", "said offered promised pledged announced", "send sent sends sending",
    "rate rates", "rate rates", "size", "size", "size", "changes", "rate", "bot factdesk", "quick",
    "q qn ques quiz trivia pinning pin fyi psa", "true false t fact real fake", "saw read heard ppl people everyone someone some folks they", "what wat",
    "whatsapp fwd forward forwarded viral facebook fb twitter tiktok got saw read received someone somebody somene "
    "some1", "msg message forward fwd text", "headline", "paise paisay paisa pese money", "quiz essay assignment project thesis class podcast homework notes memo report",
    "sat", "sun", "fri", "thu thur thurs", "wed", "tue tues", "mon", "net",
    "in into effective", "for", "agree agrees agreed", "with", "with", "tie tie-up tie-ups tieup tieups", "place", "place",
    "belong belongs belonged belonging", "on", "on", "minimis", "online", "online", "bars", "up", "pushed", "push pushes", "pushing", "release releases",
    "sit sitdown sitdowns sit-down sit-downs", "up", "up", "end all", "planned scheduled promised intended announced", "line sentence brief short tldr tl",
    "backed", "backing", "hit clapped", "hit hits hitting clap claps clapping", "gist crux essence",
    "confirm verify verifying checking check fact fact-check fact-checking factcheck claim rumor rumour post tweet msg "
    "message forward client friend boss editor colleague someone somebody caller callers listener listeners viewer "
    "viewers reader readers cousin neighbour neighbor uncle aunty son daughter brother sister father mother dad mom "
    "student students teacher",
    "confirm verify sach check fact-check factcheck", "calendar", "bill", "q", "gratitude thanks appreciation", "ya", "executive",
    "fair accurate correct might", "used", "pakistani", "people ppl folks", "power ruling", "instead", "insane crazy wild nuts ridiculous unbelievable", "not nah nope naw no", "nahi not nah nope naw no", "bot", "bot",
    "outline summarise summarize set walk", "respect regard reference", "deal up", "strictly may pray know please", "fiscal", "entry arrival entrance", "present presently", "pray",
    "policy-wise -wise wise", "send sent sends sending",
    "jail prison custody free", "prove", "prove doubt read heard saw say says said told claim claims",
    "confirm", "show source sources citation link proof", "confirmed", "db database fact base record records data dataset "
    "file files archive corpus", "dump", "bottom one exec executive", "headline number", "iso yyyy-mm-dd dd mm int "
    "integer str string number float usd pkr bn billion billions mn million millions rs rupees dollars percent", "def defence", "x", "round around versa", "around", "rate", "which",
    "apart aside beyond", "charge", "allowed", "prevented kept barred blocked restrained", "held kept pulled", "good", "good morning afternoon evening",
    "says say said told tells claims claimed reckons thinks wrote writes", "accurate", "verbatim exact wording", "internet computer",
    "internet online", "headcount", "base", "wait hold hang foot guess jan usual bold shocking tiny "
    "classic typical wow unreal", "cabinet", "cabinet", "abbreviation short", "publisher newspaper paper publication outlet news "
    "website", "mil", "word verbatim own", "confirm", "valued", "job", "job", "proportion fraction", "draft copy check", "check spelling right", "post",
    "pr media public relations press", "valid", "the", "all", "tha thi thay hai hain", "discrepancy discrepancies confused",
    "differ differs differed disagree disagrees disagreed conflict conflicts conflicted contradict contradicts "
    "contradicted agree agrees agreed vary clash clashes confused",
    "mechanism procedure process method circumstances circumstance conditions condition", "rate", "early late mid", "count counts tally tallies margin margins", "capacity", "present", "sat", "stood sat seated standing sitting", "view views line", "q",
    "repeatedly again over time multiple", "equivalent", "passage", "sent send sends sending",
    "comprised comprising comprises consisted consisting consists", "comprise consist", "containing", "gentleman gentlemen", "vote votes", "pml",
    "list name all every each everyone everybody", "besides", "spin propaganda fake made lie lies hype", "say said", "instead", "instead",
    "address addressed addresses addressing",
    "end", "record recorded records", "offer run operate",
    "disappoint disappointed disappointing upset hurt angry annoyed offended pleased impressed sad", "coup", "back",
    "earth", "terms words language way", "place", "quotable sound soundbite soundbites sound-bite sound-bites", "line lines",
    "target", "targeted", "aimed", "link links linked", "told",
    "line lines",
    _AS_SAID_VERBS, _AS_SAID_VERBS, _AS_SAID_VERBS, _AS_SAID_VERBS,
    "keen eager enthusiastic", "instrument instruments", "instrument instruments", "behalf", "losing", "clapped", "1", "become", "win wins winning",
    "work working", "work works working", "reference references", "responsible accountable", "beta", "present",
    "connection regard respect reference",
    "understand understood gather believe recall remember think told read heard note",
    "composed comprised", "strength", "headcount head", "tee tea teemall teamall", "language", "language", "us",
    "wording", "our hamare hamara humare humara sadde sade", "abroad", "maintain argue contend insist",
    "maintain maintains maintained argue argues argued contend contends contended insist insists insisted",
    "mine ours", "respond react", "attribute attributes attributed", "attributed", "senator", "job", "job", "prior", "besides", "min min.", "minister", "else", "ish"))
assert len(_PHRASE_GATES) == len(_PHRASE_TABLE)
_PHRASE_SPLIT = re.compile(r"[a-z0-9.\-/]+")


@cache
def _phrase_pattern(i: int) -> re.Pattern[str]:
    """Each phrase's pattern, compiled the first time a question holds its gate word — once: a pattern
    of the several phrases one question could hold cost a compile (several ms) for every new mix."""
    return re.compile(_PHRASE_TABLE[i][0], re.I)


def compile_phrases() -> None:
    """Compile every phrase's pattern now, off a question's clock (the engine does it in the background
    while the index is warmed): the first questions after a start otherwise compile theirs, tens of ms."""
    for i in range(len(_PHRASE_TABLE)):
        _phrase_pattern(i)


# "who pays the 5% tax", "who does the sales tax apply to", "the 5% tax is on who": whom a tax falls on,
# which the measure's own sentence says ("a 5% fixed income tax on digital retailers")
_TAX = r"(?P<x>(?:the|this|that|these|those|[\d$])(?:[\w%$.,-]* ){1,5}?(?:tax|taxes|levy|duty))"
_FALLS_ON = (
    (re.compile(rf"\bwho (?:pays|has to pay|have to pay|must pay|will pay|gets charged|is charged) {_TAX}\b", re.I),
     r"what does \g<x> apply to"),
    (re.compile(rf"\bwho (?:does|do|will) {_TAX} (?:apply to|hit|affect|cover)\b", re.I), r"what does \g<x> apply to"),
    (re.compile(rf"\b{_TAX} (?:is|are) (?:on|for) (?:who|whom)\b", re.I), r"what is \g<x> on"),
    # "who were the fresh taxes aimed at", "the 5 percent fixed tax - who pays it"
    (re.compile(rf"\bwho (?:is|are|was|were) {_TAX}(?P<y>(?: [\w]+){{0,5}}?) (?:aimed|targeted|meant|directed) at\b",
                re.I), r"what does \g<x>\g<y> apply to"),
    (re.compile(rf"\b{_TAX}\s*[-–—,:;]+\s*(?:who (?:pays|has to pay|must pay|is charged|gets charged)(?: it| that| this)?|"
                rf"(?:on|for) (?:who|whom))\b",
                re.I), r"what does \g<x> apply to"),
    # "courier tax applies on behalf of whom", "the 18% tax applies to goods delivered by who"
    (re.compile(r"\b(?P<x>(?:[\w%$.,-]+ ){0,4}?(?:tax|taxes|levy|duty)) appl(?:y|ies)(?: only)? (?:to [\w ]{0,30}?)?"
                r"(?:by|on behalf of|to|for) (?:who|whom)\b", re.I), r"what does \g<x> apply to"),
)


_EQUALS = re.compile(r"(?<=[\w%)])\s*=+\s*(?=[$\w])")  # "internet users 2017 = 50 million?": a claim
# a claim with its hearsay after it: "teledensity is over 60% now they say", "…, heard on TV", "… says msg"
_HEARSAY = re.compile(r"[,;.?—–-]?\s*\b(?:(?:they|people|ppl|everyone|folks|some ?(?:one|body|people)) (?:say|says|said|"
                      r"claim|claims|claimed)|(?:i )?(?:heard|saw|read) (?:it |this )?(?:on|in) (?:the )?(?:tv|news|radio|"
                      r"twitter|whatsapp|facebook|fb|tiktok|youtube)|says? (?:a |the |my )?(?:msg|message|forward|fwd|"
                      r"whatsapp|post))\W*$", re.IGNORECASE)
# …but not a question about what was said: "what did they say", "pti ke kon kon log bole" (who all said)
_ASKED_SAID = re.compile(r"^\W*(?:(?:so|ok|and|but)\s+)?(?:who|whom|whose|what|which|when|where|why|how)\b|"
                         r"\b(?:did|do|does)\s*$", re.IGNORECASE)
_HEARD = ("say", "said", "claim", "heard", "saw", "read", "msg", "message", "forward", "fwd", "whatsapp", "post")


def _reordered(text: str) -> str:
    """The rewrites that move words (the phrase table only swaps a phrase for a fixed one): a claim
    stated with "=" or with its hearsay after it, and whom a tax falls on asked as what it applies to."""
    if "=" in text and _EQUALS.search(text):
        # its own tag goes ("dg ispr rank = maj gen? y/n"): the claim is asked once
        text = _TAG.sub("", _EQUALS.sub(" is ", text)).rstrip(" ?") + " right?"
    folded = text.casefold()
    if any(w in folded for w in _HEARD) and (m := _HEARSAY.search(text)) and not _ASKED_SAID.search(text[:m.start()]):
        text = text[:m.start()] + " right"
    if "who" not in text.casefold():
        return text
    for pattern, into in _FALLS_ON:
        text = pattern.sub(into, text)
    return text


def _phrased(text: str) -> str:
    """The text with each phrase of the table swapped, in one left-to-right pass: at each place the
    earliest phrase that starts there (in table order) is swapped, and the pass goes on after it — as
    one pattern of all the phrases, alternatives in table order, would do with `re.sub`."""
    words = {w.rstrip(".") or w for w in _PHRASE_SPLIT.findall(text.casefold())}  # "foot." gates as "foot"
    words |= {part for w in words if "/" in w or "-" in w for part in re.split(r"[/-]", w) if part}
    active = [i for i, gate in enumerate(_PHRASE_GATES) if not gate.isdisjoint(words)]
    if not active:
        return text
    found = {i: _phrase_pattern(i).search(text) for i in active}
    out: list[str] = []
    pos = 0
    while True:
        for i, m in found.items():  # a phrase's next place, once the pass has gone beyond the last one
            if m is not None and m.start() < pos:
                found[i] = _phrase_pattern(i).search(text, pos)
        hits = [(m.start(), i, m) for i, m in found.items() if m is not None]
        if not hits:
            break
        start, i, m = min(hits, key=lambda h: (h[0], h[1]))
        into = _PHRASE_TABLE[i][1]
        out += [text[pos:start], m.expand(into) if "\\" in into else into]  # "oust \1": a group kept
        if m.end() > start:
            pos = m.end()
        else:  # an empty match: swapped in, and the pass steps over the next character
            out.append(text[start:start + 1])
            pos = start + 1
        if pos > len(text):
            break
    out.append(text[pos:])
    return "".join(out)


# Hinglish (Urdu in Latin letters) questions: "pti ka chairman kaun hai", "tmall kya hai". Words only
# Urdu uses, two of which must occur before a line is read as Urdu ("ka", "ne", "ko" alone are too
# easily English typos). No transliteration library covers Roman Urdu chat; the grammar needed is a
# question word, a tense, the postpositions and a few verbs — so a table, kept small.
_URDU_MARKERS = frozenset("""kya kaun kon kab kahan kahaan kyun kyon kiyon kitna kitne kitni kis kisko kisay hai hain tha thi
    hota hoti kiya kiye mein sabse zyada ziada bola boli kaha kaisa kaisi kaise gaya gayi gaye liye rahe raha rahi
    lagaya lagayi konsa kaunsa konsi kaunsi baare walon banayi banaya hui hua bik bikte bikta kidhar naam log
    chahta chahte chahti nahi nahin bana banai tak mile mila mili aye aaye aya bohat bohot bahut lagega lagegi lagta
    lagti bechta bechte bechna bechne kin sab saare sare batao ho shukriya waada wada tareef pehle liye kisne abhi
    sirf mulaqat aap sakte sakti sakta thay jis jisme jiska jinhon milne milkar aaya aayi aanay aane gir gira hataya
    nikala keh kehti kehte bataya bataye mutabiq baad bare baray hoga hogi jayega jayegi kitnay walay diya diye
    kehta wale wali wala nayi naya naye lagi lage maane zaroori milay milega milegi thin waqt ohda ohday afraad
    tareekh bikti cheezain cheezein deta deti wafd karobar tarjuman alfaz hisaab unke karega kaunse konse farmaya
    hamare hamari hamara aajkal ajkal khayal aur farq bechnay anay hadd maani manti ab bhi ya""".split())
# the postpositions: with one marker ("pti ka chairman kon", "parcel ki limit kitni"), a line is Urdu
_URDU_PARTICLES = frozenset("ka ki ke ko ne se pe par mein".split())
# the postpositions that are no English word or abbreviation ("par", "se" are)
_URDU_TERSE = _URDU_PARTICLES - {"par", "se"}
# English words that frame a line as English: "me" is Roman Urdu's "mein" as often, "per" is in "18 per cent"
_ENGLISH_FRAME = STOPWORDS - {"me", "per"}
# the question words no English word is spelt as: one is enough ("2017 me internet users kitne the")
_URDU_ASKING = frozenset("""kya kaun kon kisko kisay kahan kahaan kyun kyon kiyon kitna kitne kitni kitnay konsa kaunsa konsi
    kaunsi kaunse konse kaisa kaisi kaise kittna kittne kittni kia kiski kiska kiske""".split())
_URDU_QUESTION = {"kya": "what", "kaun": "who", "kon": "who", "kisko": "whom", "kisay": "whom", "kab": "when", "kahan": "where", "kahaan": "where",
                  "kidhar": "where", "kyun": "why", "kyon": "why", "kiyon": "why", "kitna": "how much", "kitne": "how many",
                  "kitni": "how much", "kitnay": "how many", "kittna": "how much", "kittne": "how many",
                  "kittni": "how many", "kia": "what", "kis": "which", "kaisa": "how", "kaisi": "how", "kaise": "how", "konsa": "which",
                  "kaunsa": "which", "konsi": "which", "kaunsi": "which",
                  "kaunse": "which", "konse": "which", "kaunsay": "which", "konsay": "which"}
_PAST_SAID = frozenset("said told met led made gave sent took".split())  # the past verbs Urdu's are read into
_URDU_TENSE = {"hai": "is", "h": "is", "hain": "are", "hota": "is", "hoti": "is", "tha": "was", "thi": "was", "thay": "were", "kiya": "did",
               "kiye": "did", "diya": "did", "hui": "was", "hua": "was"}
_URDU_WORDS = {"sabse": "most", "zyada": "", "ziada": "", "bola": "said", "boli": "said", "kaha": "said",
               "cheez": "thing", "ne": "", "ko": "", "se": "from", "bhi": "also", "aur": "and", "gaya": "", "gaye": "",
               "gayi": "", "yaar": "", "yar": "", "bhai": "", "ji": "", "toh": "", "hi": "", "wala": "", "wali": "", "wale": "",
               "walon": "", "pe": "", "par": "", "rahe": "", "raha": "", "rahi": "", "bol": "say",
               "lagaya": "imposed", "lagayi": "imposed", "laga": "imposed", "ilzaam": "accusation", "ilzam": "accusation",
               "jeeta": "won", "jeeti": "won", "jeta": "won", "jiti": "won", "jeet": "win", "itna": "", "itni": "",
               "tarah": "kind", "tarha": "kind",  # "kis tarah ki support": what kind of support (not "Sarah")
               "mulk": "country", "banayi": "formed", "banaya": "formed", "paisa": "money", "ye": "", "yeh": "",
               "woh": "", "kar": "", "di": "", "bik": "sold", "bikte": "sold", "bikta": "sold", "naam": "name",
               "log": "people", "kidhar": "", "sach": "true", "chahta": "want", "chahte": "want", "chahti": "want",
               "chahiye": "", "chahiyay": "", "chahie": "", "chaiye": "",  # "should", "is needed": a modal
               "nahi": "not", "nahin": "not", "bana": "formed", "banai": "formed", "tak": "by", "sa": "", "si": "",
               "mile": "met", "mila": "met", "mili": "met", "aye": "came", "aaye": "came", "aya": "came", "bohat": "",
               "bohot": "", "bahut": "", "ab": "now", "ho": "", "banana": "make", "banane": "make", "shukriya": "thanked",
               "ada": "", "baat": "", "kapray": "clothes", "kapde": "clothes", "bechta": "sell", "bechte": "sell",
               "bechna": "sell", "bechne": "selling", "bech": "sell", "mujh": "me", "mujhe": "me", "lagega": "imposed",
               "lagegi": "imposed", "lagta": "imposed", "lagti": "imposed", "rupay": "rupees", "rupaye": "rupees",
               "hissa": "share", "faida": "benefit", "fayda": "benefit", "socha": "thought", "sheher": "city",
               "shehar": "city", "din": "day", "pehle": "before", "nayi": "new", "naya": "new", "naye": "new",
               "tareef": "praised", "waada": "promised", "wada": "promised", "sath": "with", "saath": "with",
               "kaam": "work", "shuru": "start", "dukandar": "shopkeepers", "sab": "all", "saare": "all", "sare": "all",
               "batao": "", "bataen": "", "bata": "", "barh": "growing", "kin": "whom", "liye": "for", "karne": "",
               "karna": "", "karte": "", "karo": "", "kare": "", "dene": "give", "hun": "", "abhi": "now", "har": "every",
               "saal": "year", "sirf": "only", "maal": "goods", "banengi": "created", "banenge": "created",
               "mangwaya": "", "mulaqat": "meeting", "hidayat": "instructions", "hidayaat": "instructions",
               "hidayaten": "instructions", "bina": "without", "balkay": "but", "balke": "but", "balki": "but", "aap": "", "ap": "", "sakte": "", "sakti": "",
               "sakta": "",
               # session 13: the everyday words four new readers typed (relative pronouns, verbs of coming,
               # meeting, falling and saying, and the nouns of the news) — a vocabulary, not phrasings
               "jis": "", "jisme": "", "jiska": "", "jinhon": "", "jo": "", "jab": "", "wo": "", "uska": "its",
               "thay": "", "hoga": "", "hogi": "", "ga": "", "gi": "", "ge": "", "jaye": "", "jayega": "", "jayegi": "", "reh": "",
               "aa": "", "ja": "", "de": "", "hone": "", "banta": "", "karti": "", "karta": "", "karwata": "",
               "sahab": "", "sahib": "", "dono": "both", "dafa": "times", "milne": "meet", "milkar": "met",
               "mil": "meet", "aaya": "came", "aayi": "came", "aanay": "coming", "aane": "coming", "walay": "",
               "gir": "declined", "gira": "declined", "giri": "declined", "hataya": "ousted", "nikala": "ousted",
               "hakoomat": "government", "hukumat": "government", "wazir": "minister", "fauj": "military",
               "khabar": "news", "kam": "less", "choti": "small", "chote": "small", "keh": "said", "kehti": "say",
               "kehte": "say", "bataya": "said", "bataye": "said", "likha": "said", "bole": "said",
               "mutabiq": "according to", "jawab": "response", "logon": "people", "lafzon": "words",
               "lafz": "words", "irada": "intention", "zahir": "expressed", "paisay": "money", "paise": "money",
               "bhejne": "sending", "naujawan": "youth", "naujawano": "youth", "hukum": "order", "baad": "after",
               "saman": "goods", "samaan": "goods", "dukaan": "shop", "bande": "people", "banday": "people",
               "rakha": "kept", "sahi": "true", "bechein": "sell", "chalta": "sells", "barhe": "increase",
               "barhna": "increase", "khilaf": "against", "khilaaf": "against", "shikayat": "complaint", "shikayaat": "complaints", "tabahi": "destruction", "zikr": "mentioned", "zikar": "mentioned", "bara": "", "badi": "", "bari": "", "lagay": "imposed",
               "bare": "", "baray": "", "baare": "", "diya": "", "diye": "", "kehta": "say", "zaroori": "necessary",
               "aj": "", "aaj": "", "kal": "", "milay": "get", "milega": "get", "milegi": "get", "bas": "",
               "mal": "goods", "lagi": "imposed", "lage": "imposed", "maane": "admitted", "mana": "admitted",
               "haan": "",
               # session 14: two more readers' everyday words (goods, clothes, small, abroad, rigging, week)
               "kapra": "clothes", "kapre": "clothes", "bahir": "abroad", "mangwana": "",
               "dengay": "", "denge": "", "dega": "", "degi": "", "jaisi": "", "jaise": "", "lana": "",
               "chhoti": "small", "chhote": "small", "sunna": "", "samman": "goods", "phaila": "",
               "dukandari": "retail", "jawan": "young", "yaad": "", "aik": "", "ek": "", "bohta": "", "bura": "",
               "dhandli": "rigging", "leke": "", "le": "", "hafte": "week",
               # session 13, round 2: an older reader's Roman Urdu (formal words, greetings, time)
               "us": "", "waqt": "", "beta": "", "iraada": "intention", "pohanch": "reached", "poochh": "",
               "hoon": "", "darkhwast": "urged", "ohda": "title", "ohday": "title", "suna": "", "rok": "stopped",
               "mashwara": "recommended", "kisi": "", "naukriyon": "jobs", "naukriyan": "jobs",
               "tareekh": "date", "afraad": "members", "cheezain": "things", "cheezein": "things",
               "bikti": "sells", "thin": "", "bataayi": "said", "dein": "", "pukara": "called",
               "khatam": "ended", "bayan": "statement", "baaton": "words", "maante": "admit", "ilzamaat": "accusations",
               "deta": "provides", "deti": "provides", "waghera": "", "aati": "coming",
               "mangwane": "", "mangwate": "", "wahan": "", "karegi": "do", "andar": "", "usay": "", "unko": "",
               "naraz": "angry", "apa": "", "kahin": "",
               # round three: the words of three more readers (a grandmother, a vlogger, a mango exporter)
               "unke": "", "unka": "", "unki": "", "hisaab": "", "hisab": "", "wafd": "delegation",
               "karobar": "business", "karobaar": "business", "karega": "", "jee": "", "aata": "", "istemal": "used",
               "istemaal": "used",
               "tarjuman": "spokesman", "alfaz": "words", "alfaaz": "words", "zaroorat": "", "paas": "", "pas": "", "zara": "",
               "meherbani": "", "mehrbani": "", "bahar": "abroad", "baahar": "abroad", "koi": "any", "mera": "",
               "meri": "", "mere": "", "pota": "", "poti": "", "pehli": "first", "pehla": "first", "hum": "we",
               "hukam": "order", "baithi": "", "baitha": "", "baithe": "", "bethi": "", "bethe": "", "jana": "going", "paida": "created",
               "chuka": "", "chuki": "", "chuke": "", "aurton": "women",
               # session 21: three more readers' words (going, clothes, whole, times, way, give-and-take)
               "janay": "going", "kapron": "clothes", "poore": "", "poora": "", "pura": "", "puray": "",
               "baar": "times", "tareeqa": "way", "tariqa": "way", "tareeka": "way", "len": "", "den": "transactions",
               "nojawan": "youth", "nojawano": "youth", "naujawanon": "youth",
               # session 22: another, estimate, about, then, and two auxiliaries' spellings
               "dusri": "another", "doosri": "another",
               "andaza": "forecast", "andaaza": "forecast", "mutaliq": "about", "mutalliq": "about",
               "tab": "then", "rahay": "", "gai": "",
               # session 15: an everyday vocabulary rather than one reader's words — greetings, our/their,
               # family address, counting words, the nouns of office, place and opinion, verbs of saying,
               # writing, using and sending ("sadar" is no misspelt "radar", "hazar" no "hazard")
               "assalam": "", "asalam": "", "assalamu": "", "salam": "", "alaikum": "", "alaikom": "", "alykum": "",
               "aoa": "", "o": "", "walaikum": "", "inshallah": "", "mashallah": "", "jazakallah": "", "bismillah": "", "subhanallah": "", "alhamdulillah": "",
               "hamara": "our", "hamare": "our", "hamari": "our", "humara": "our", "humare": "our", "humari": "our",
               "apna": "", "apne": "", "apni": "", "tumhara": "", "tumhare": "", "tumhari": "", "aapka": "", "aapki": "", "aapke": "",
               "jitne": "all", "jitni": "all", "jitna": "all",
               "iska": "its", "iski": "its", "iske": "its", "uski": "its", "uske": "its", "inka": "their",
               "inki": "their", "inke": "their", "unhon": "", "unhone": "", "inhon": "", "inhone": "", "usne": "",
               "isne": "", "uspe": "", "uspar": "", "ispe": "", "ispar": "", "yahan": "", "idhar": "", "udhar": "",
               "beti": "", "bachon": "children", "bachay": "children", "bache": "children", "bachche": "children",
               "bhaiya": "", "baji": "", "ammi": "", "abbu": "", "nani": "", "dadi": "",
               "hazar": "thousand", "hazaar": "thousand", "lakh": "lakh", "lakhon": "lakhs", "laakh": "lakh",
               "crore": "crore", "karor": "crore", "croron": "crores",
               "farmaya": "said", "farmate": "say", "likhi": "written", "likhe": "written",
               "likhta": "writes", "chalate": "use", "chalata": "uses", "chalati": "uses", "chalana": "use",
               "jaana": "", "jata": "", "jati": "", "jaata": "", "jaati": "", "sun": "", "suno": "", "sunke": "",
               "dekha": "", "dekho": "", "pata": "", "maloom": "", "samajh": "", "lagate": "impose",
               "lagana": "impose", "bechtay": "sell", "bechti": "sell", "kharid": "buy", "kharidte": "buy",
               "kharidna": "buy", "bheja": "sent", "bheji": "sent", "bhejte": "send", "bhej": "send",
               "khatoon": "woman", "khawateen": "women", "khawatin": "women", "aurat": "woman", "auraton": "women",
               "sadar": "president", "sadr": "president", "wazarat": "ministry", "wizarat": "ministry",
               "idara": "institution", "idaray": "institutions", "idare": "institutions", "idaron": "institutions",
               "shamil": "included", "maamla": "matter", "maamle": "matter", "mamla": "matter", "mamle": "matter",
               "jagah": "place", "khayal": "view", "khayaal": "view", "raye": "opinion", "rai": "opinion",
               "mukhalifat": "opposition", "qayadat": "leadership", "qiyadat": "leadership", "sarbarah": "head",
               "maeeshat": "economy", "tijarat": "trade", "mehsool": "duty", "mahsool": "duty", "qeemat": "price",
               "keemat": "price", "raqam": "amount", "duniya": "world", "dunya": "world", "sarkar": "government",
               "sarkari": "government", "adalat": "court", "qaid": "prison", "giraftar": "arrested",
               "intikhabat": "election", "chunav": "election", "aajkal": "now", "ajkal": "now", "phir": "",
               "dobara": "again", "kaafi": "", "thoda": "", "asal": "actually", "asli": "", "bilkul": "",
               "shayad": "",
               "kyunke": "because", "kyunki": "because", "yani": "", "matlab": "",
               # session 16: more of the same everyday vocabulary (army, ships, shops, business people,
               # reason, purpose, fell, ousted, whose, tell, quickly)
               "fouj": "military", "fouji": "military", "fauji": "military",
               "jahaz": "ships", "jahazon": "ships", "jahazoon": "ships", "jahazi": "shipping",
               "dukan": "shop", "dukanon": "shops", "dukaanon": "shops", "dukanain": "shops", "dukanein": "shops",
               "karobari": "business", "tajir": "traders", "tajiron": "traders", "pareshan": "worried",
               "pareshaan": "worried", "wajah": "reason", "waja": "reason", "maqsad": "purpose", "gire": "declined",
               "giray": "declined", "hataye": "ousted", "hatana": "ousted", "kiski": "whose",
               "kiska": "whose", "kiske": "whose", "btao": "", "bataiye": "", "batayen": "", "batain": "",
               "jaldi": "", "guzarish": "urged", "darkhwaast": "urged", "btaya": "said", "batya": "said",
               "lenge": "", "lega": "", "legi": "", "lete": "", "teeno": "all", "teenon": "all",
               "hogayi": "", "hogaya": "", "hogaye": "", "jane": "going", "jaane": "going", "roka": "stopped",
               "roki": "stopped", "roke": "stopped", "umeed": "hope", "ummeed": "hope", "hona": "",
               "jisne": "who", "jinhone": "who", "li": "",
               # session 17: blessings and address (an elder's "Allah khush rakhe", "jeete raho"), chat
               # spellings of kar/raha, weekdays, and the nouns and verbs of news (statement, government,
               # responsible, defended, disappointed, meetings)
               "allah": "", "khush": "", "rakhe": "", "raakhe": "", "rakhay": "", "salamat": "", "reham": "",
               "rehm": "", "dua": "", "duaen": "", "jeete": "", "jeetay": "", "raho": "", "rho": "", "kr": "",
               "rha": "", "rhe": "", "rhi": "", "btaa": "", "bta": "", "btadein": "", "batadein": "",
               "kehna": "said", "hukoomat": "government", "hakumat": "government",
               "zimmedar": "responsible", "zimmedaar": "responsible",
               "difa": "defended", "mayoos": "disappointed", "mayus": "disappointed", "ilzamat": "accusations",
               "mulaqatein": "meetings", "mulaqaten": "meetings", "mulaqatain": "meetings", "khabron": "news",
               "taref": "praised", "tarif": "praised", "lagaa": "imposed", "hue": "", "huay": "", "huye": "",
               "hafta": "saturday", "itwaar": "sunday", "itwar": "sunday", "jumma": "friday", "juma": "friday", "jummah": "friday",
               "jumeraat": "thursday", "jumerat": "thursday", "jumairat": "thursday",
               # session 18: everyday words of three more readers (a shop owner, a rickshaw driver's son, a
               # merchant): coming, selling, sending, limit, small, shops, said, criticism, public, admitted,
               # things, side, words, difference; "walon" after a verb is its doer ("bechne walon": sellers), not
               # "people", and after a name the name's own people ("alibaba walon": Alibaba)
               "anay": "coming", "bechnay": "selling", "bechney": "selling", "bhejnay": "sending",
               "bhejney": "sending", "hadd": "limit", "dukandaron": "shopkeepers",
               "dukandaar": "shopkeepers", "chotay": "small", "chhotay": "small", "chota": "small",
               "dukaanin": "shops", "dukanen": "shops", "banda": "", "kahi": "said", "tanqeed": "criticised",
               "tanqid": "criticised", "awam": "people", "awaam": "people", "manti": "admit", "maanti": "admit",
               "mante": "admit", "maani": "admitted", "maana": "admitted", "mani": "admitted", "bada": "", "barha": "", "cheezen": "things",
               "cheezon": "things", "taraf": "", "lafon": "words",
               "farq": "difference", "fark": "difference", "gya": "", "gyi": "", "gye": "", "siyasi": "political",
               "haq": "defended", "mangwati": "", "mangwata": "", "mangwao": "", "mangwaoon": "",
               "kursi": "", "seekh": "learn", "seekhna": "learn",
               "seekhne": "learn", "hu": "", "waale": "", "waaly": "", "walo": "", "wally": "", "behno": "sisters",
               "behnon": "sisters", "gharelu": "household",
               # session 19: opening, bringing, raising, imposing and spreading
               "khol": "open", "khola": "opened", "kholna": "open", "kholne": "open", "kholay": "open",
               "lane": "", "laane": "", "barhane": "increase", "barhana": "increase", "phela": "", "phaili": "",
               "lagaye": "imposed", "lagai": "imposed", "scene": "", "feesad": "percent", "fisad": "percent",
               "feesadi": "percent", "dhaandli": "rigging", "dhandhli": "rigging", "lag": "imposed",
               # session 20: a poet's and a trucker's words (wish, showed, offer, service, over, claim,
               # impressed, ethnic, sectarian, mentally ill, the matter)
               "khwahish": "interest", "khwaish": "interest", "dikhaya": "", "khwab": "", "khuwab": "",
               "pesh": "offered", "peshkash": "offer", "khidmat": "service", "khidmaat": "services",
               "upar": "over", "oopar": "over", "dawa": "claim", "daawa": "claim", "dawaa": "claim",
               "mutasir": "impressed", "mutassir": "impressed", "mutaasir": "impressed", "nasli": "ethnic",
               "firqa": "sectarian", "firqawarana": "sectarian", "warana": "", "dimaghi": "mentally",
               "zehni": "mentally", "beemar": "ill", "bimar": "ill", "chakkar": "", "fsd": "percent",
               "dilwa": "win", "dilwana": "win", "dilwaye": "win", "jor": "united", "jorr": "united",
               # session 26: leader, mad (the army's "mentally ill"), several, grief, threat, united,
               # newspaper, month, six, and the asides of an elder's message (briefly, in easy words)
               "sardar": "leader", "pagal": "mentally ill", "kai": "several", "dukh": "disappointed",
               "khatra": "threat", "khatrah": "threat", "muttahid": "united", "akhbar": "newspaper",
               "akhbaar": "newspaper", "mahina": "month", "mahine": "month", "chhe": "six",
               "mukhtasar": "", "aasaan": "", "asaan": "", "bhool": "", "zamane": "", "batate": "", "batati": "",
               # session 27: old (the limit before), investment, think, will get
               "purani": "old", "purana": "old", "purane": "old", "sarmaya": "investment", "sarmayakari": "investment",
               "samajhte": "think", "samajhti": "think", "samjhte": "think", "milengi": "get",
               # session 28: not, order, jobs, formed, will grow, sat, people, market, selling, infancy,
               # and Imran Khan's nickname "kaptaan" (the captain)
               "nai": "not", "hukm": "order", "rozgar": "jobs", "rozgaar": "jobs", "bani": "formed",
               "barhenge": "increase", "betha": "", "bandon": "people", "bazaar": "market", "bazar": "market",
               "bikne": "selling", "bachpan": "infancy", "dekh": "", "dena": "", "kaptaan": "imran khan",
               "kaptan": "imran khan",
               # session 36: himself, people, benefits, poor, etc., will have to, if I (order), information,
               # opinion, right
               "khud": "himself", "bando": "people", "faide": "benefits", "fayde": "benefits", "kharab": "poor",
               "wagera": "", "wagaira": "", "waghaira": "", "parega": "", "padega": "", "paregi": "",
               "padegi": "", "karun": "", "karoon": "", "maloomat": "information", "raaye": "opinion", "theek": "right",
               # session 44: people ("hamare logo ko", logon's other spelling), also ("abhi b"), interest, and
               # "dikhaya"'s other spellings (showed)
               "logo": "people", "b": "also", "dilchaspi": "interest", "dilchasbi": "interest",
               "dikhayi": "", "dikhai": "",
               # session 49: falling, former, help, the "v" spelling of minister
               "ghata": "declined", "ghatay": "declined", "ghate": "declined", "ghati": "declined", "sabiq": "former",
               "saabiq": "former", "madad": "support", "vazir": "minister", "abi": "now", "itne": "",
               # session 51: officials ("PM ne afsaron ko kya kaha")
               "afsar": "official", "afsaran": "officials", "afsaron": "officials", "afsaro": "officials",
               "saari": "all", "sari": "all",
               # session 52: use (internet "chalane wale": its users), the honorific's short spelling, leadership,
               # emphasis ("zor diya": stressed), and the delegation's other spelling
               "chalane": "use", "sahb": "", "agwai": "leadership", "zor": "stress", "wafad": "delegation",
               # session 54: last ("sab se aakhri meeting")
               "aakhri": "last", "akhri": "last", "aakhiri": "last", "akhiri": "last", "aakhir": "", "akhir": "",
               # session 55: denial, a message, unity and the nation (its people), and another spelling of
               # responsible
               "inkaar": "denied", "inkar": "denied", "paigham": "message", "ittehad": "united", "qaum": "people",
               "zimmewar": "responsible", "daftar": "office", "mehkama": "ministry", "mehkame": "ministry",
               "mehkamay": "ministry", "mehsoos": "felt", "bhul": "", "rad": "deny", "sahulat": "services",
               "sahoolat": "services", "tabqa": "community", "tabqe": "community", "tabqay": "community"}
# "imran ko kya keh kar pukara", "ki keh ke bulaya": what he was called (named), not where he was summoned
_CALLED_AS = re.compile(r"\b(?:kya|kia|ki)\s+keh?\s*(?:ke|kar|kr|k)\s+(?:bulaya|bulaaya|bulaia|pukara|pukaara)\b",
                        re.IGNORECASE)
# "kitne logon tak pohncha", "1 billion tak kyun pohanchega": reaching a number, in any spelling
_REACHED = re.compile(r"\btak\s+(?P<how>(?:kyun|kyu|kab|kaise|kese)\s+)?(?:pohn?ch|pohanch|pahunch|pohonch|pohunch)\w*",
                      re.IGNORECASE)
# "iran q nahi gaya": chat's "q" is kyun (why) between two words of an Urdu line ("q:" or "quick q"
# opening a line is a question's label)
_WHY_Q = re.compile(r"(?<=\w )q(?= \w)", re.IGNORECASE)
_WAZIR_E_AZAM = re.compile(r"\b[wv]azir[- ]?e[- ]?azam\b", re.IGNORECASE)
# "wazir e tijarat", "wizarat e tijarat": the minister or ministry of a portfolio, in three words
_PORTFOLIO = {"difa": "defence", "difaa": "defence", "tijarat": "commerce", "khazana": "finance", "khazanah": "finance",
              "kharja": "foreign", "kharija": "foreign", "dakhla": "interior", "dakhila": "interior"}
_OF_PORTFOLIO = re.compile(r"\b(?P<who>wazir|wizarat|wazarat)[- ]?e[- ]?(?P<of>" + "|".join(_PORTFOLIO) + r")\b", re.IGNORECASE)
# "sign karna tha", "jana tha": an act that was to be done — planned, not done
_WAS_TO = re.compile(r"\b([a-z]+) ((?:kab(?: tak)? )?)(?:karna|karni|karne) (tha|thi|thay|the)\b", re.IGNORECASE)
# "dg ispr ka difa kiya": defended him — its object as "ko" marks one
_DEFENDED = re.compile(r"\b(?:ka|ki|ke|k) (?:difaa?|himayat|hemayat|himaayat) (?:(?P<did>(?:kiya|kia|ki|kiye)(?: (?:tha|thi|thay|the))?\b)|"
                       r"(?=karna|karte|karta|kar)\b)", re.IGNORECASE)  # "ki himayat ki thi": stood by, the articles' "defended"
_FIGURE = re.compile(r"(?:rs\.?|\$)?[\d,.]+%?", re.IGNORECASE)  # "500", "Rs500", "1%": a figure before "se kam"
_COMPARED = {"zyada": "more than", "ziada": "more than", "kam": "less than", "upar": "over", "oopar": "over"}
_URDU_MEET = frozenset({"mile", "mila", "mili", "mulaqat", "milne", "milnay", "milkar"})

_URDU_ANY = _URDU_MARKERS | _URDU_WORDS.keys() | {"ka", "ki", "ke"}
# every word the Roman Urdu reader has a rule or a translation for (what a short word is respelt into)
_URDU_KNOWN = frozenset(_URDU_ANY | _URDU_TENSE.keys() | _URDU_QUESTION.keys() | _URDU_PARTICLES)
# "tell me", "give me": the English "me" (in a Roman Urdu line any other "me" is "mein", in)
_ENGLISH_TO_ME = frozenset("tell give show let help for to with call text send remind ask teach bata batao btao "
                           "bataen bataiye batayen".split())
# "kya kaha", "kya bola", "kaha": said, asked after what was said of or to someone
_URDU_SAID = re.compile(r"(?:(?:kya|kia) )?(?:kaha|kahi|kahaa|bola|boli|bole|farmaya)\b")


def _urdu_slip(word: str) -> str:
    """"ilazm", "naukriyn", "zarorat": one slip off a longer word of the table, in a word English does
    not have (by the frequency list), is that word — Roman Urdu has no dictionary to correct against."""
    if len(word) < 5 or not word.isalpha():
        return ""
    from .question import zipf  # (question reads chat: imported here, not at the top)

    if zipf(word) > 0:
        return ""
    # a vowel dropped or added, or two letters swapped: how Roman Urdu spellings vary — not a consonant
    # changed, added or dropped, which makes another word ("nawaz" is not "naraz", "salman" not "saman")
    hits = [key for key in _urdu_by_length().get(len(word), ()) if OSA.distance(key, word) <= 1 and (
        sorted(key) == sorted(word) if len(key) == len(word) else _one_vowel_apart(key, word))]
    return hits[0] if len({_URDU_WORDS[key] for key in hits}) == 1 else ""


_DIGRAPHS = frozenset("kh gh sh ch th ph bh dh jh rh zh".split())
_VOWELS = frozenset("aeiouy")
_SHORT_WORD = re.compile(r"(?<![\w'-])[a-z]{2,5}(?![\w'-])")
# "2017 mai", "meeting mei": the other spellings of "mein" (in), no English word
_MEIN = frozenset({"mai", "mei", "mien", "myn"})


def _respelt(word: str) -> str:
    """"pr", "lgta", "krne": a table word typed without the "a" after its first letter; "hy", "thy", "pehly": with "y" for
    its closing "e", "ai" or "ay" — the two ways a short Roman Urdu word is most often spelt otherwise
    (only in a line already read as Urdu, and not for an everyday English word: "my", "by", "any")."""
    table = _URDU_KNOWN
    if word in table:
        return word
    if word in _MEIN:
        return "mein"
    from .question import COMMON_ZIPF, zipf  # (question reads chat: imported here, not at the top)

    if zipf(word) >= COMMON_ZIPF:
        return word
    if word.endswith("y") and (len(word) <= 3 or zipf(word) == 0):  # ("deny" is no "dene")
        for end in ("ai", "ay", "e"):
            if word[:-1] + end in table:
                return word[:-1] + end
    # the "a" of the first syllable, between two consonants that make no one sound ("kh", "sh", "th": "khan")
    if word[0] not in _VOWELS and word[1] not in _VOWELS and word[:2] not in _DIGRAPHS and word[:1] + "a" + word[1:] in table:
        return word[:1] + "a" + word[1:]
    return word


def _one_vowel_apart(a: str, b: str) -> bool:
    """The longer word is the shorter with one vowel more ("naukriyon", "naukriyn")."""
    short, long_ = sorted((a, b), key=len)
    return len(long_) == len(short) + 1 and any(
        long_[i] in "aeiouy" and long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


@cache
def _urdu_by_length() -> dict[int, list[str]]:
    """The table's longer words by every length a one-letter slip of them can have."""
    out: dict[int, list[str]] = {}
    for key in _URDU_WORDS:
        if len(key) >= 5:
            for n in (len(key) - 1, len(key), len(key) + 1):
                out.setdefault(n, []).append(key)
    return out


_MOTION = frozenset({"came", "coming", "going"})


def _destination(bare: list[str], i: int, words: list[str], out: list[str]) -> bool:
    """"jack ma pakistan kab aaye": asked when someone came, Urdu puts where just before the verb
    with no postposition — the word typed there (past the "kab") is the destination, which English
    writes after the verb with "to" ("jack ma came to pakistan" is a visit, not a mention of Pakistan).
    Only when "kab" asks it: without it the word before the verb is as often who came ("2025 mein
    Michael Evans aaye the")."""
    j = i - 1 - (i > 0 and bare[i - 1] == "kab")
    return "kab" in bare and j >= 0 and bool(out) and bare[j] not in _URDU_ANY and bare[j] not in QUESTION_WORDS \
        and bare[j].isalpha() and out[-1] == words[j].strip("?!.,")


_FROM_POWER = re.compile(r"\s+(?:hako+mat|huko+mat|hakumat|hukumat|iqtidar|sarkar|wazarat[- ]e[- ]azma)\s+se\b", re.IGNORECASE)
_WORK_WITH = re.compile(r"\s+(?:ke|k)\s+sa+th\s+(?:mil\s+(?:ke|kar|k)\s+)?kaam(?:\s+(?:karne|karna|karen|karein|karo|kare))?\b",
                        re.IGNORECASE)
_INTENDED = re.compile(r"\bira+dah?\s+zahir\s+(kiya|kia|ki|kar\w*)\b", re.IGNORECASE)
# "alibaba walon se kahan meeting ki", "PM se kab mile": met *with* them, not from them
# ("jack ma se nawaz sharif kahan mila": three words between; "X ke hisaab se": according to X)
_MET_WITH = re.compile(r"(?<!hisaab )(?<!hisab )\bse\s+(?=(?:\w+\s+){0,3}"
                       r"(?:mile|mila|mili|milay|milne|milke|milkar|meeting|mulaqat|mulakat)\b)", re.IGNORECASE)
_THANKED = re.compile(r"\b(?:ka|ki|ko)\s+shukri(?:y|)a\s+(?:ada\s+)?(?:kiya|kia|ki|kar\w*|kaha)\b", re.IGNORECASE)
# "munir pe ilzaam lagaya": accused him (the accusation "applied", not a levy imposed); "bohat bura laga":
# the reader's hurt, no detail
_ACCUSED = re.compile(r"\b(?:(?:ka|ki|ke|k)\s+)?(?:ilzaa?m|ilzamat|ilzaamat|allegations?)\s+(?:laga\w*|lenda|lendi|lende)\b",
                      re.IGNORECASE)
_FELT_BAD = re.compile(r"[,.!?]*\s*\b(?:(?:bohat|bohot|bahut|bohta|boht|bht|itna)\s+)?bura\s+laga(?:\s+sun\s+(?:kar|ke|k))?\b",
                       re.IGNORECASE)
_FOR_WHAT_WORK = re.compile(r"\bkis kaa?m (?:ke|k|kay) (?:liye|liay|lie|lye|liyay)\b", re.IGNORECASE)
_WHAT_WORK_DOES = re.compile(r"\bkis kaa?m (?:ka|ki|ke|k) (hai|h|tha|thi)\b", re.IGNORECASE)
_ITS_WORK = re.compile(r"\b(?:kaa?m kya hai|kya kaa?m hai)\b", re.IGNORECASE)
# "james dong kis mulk ka hai", "kaunse mulk ka", "kehre shehar ton": which country or city he is from (the "ka"
# of origin with no noun after it, or "se" closing the line)
_FROM_WHERE = re.compile(r"\b(?:(?:kis|kaunse|kaunsa|kaunsi|konse|konsa|konsi) (?P<place>mulk|country|shehar|shahar|sheher|city)|"
                         r"(?P<where>kahan|kahaan)) (?:(?:ka|ke|ki|k) (?=(?:hai|hain|tha|thi|the|thay)\b)|se(?=\W*(?:(?:hai|hain|tha|thi|the|thay)\W*)?$))",
                         re.IGNORECASE)
_PRAISED = re.compile(r"\b(?:ka|ki|ko)\s+(?:tareef|tarif|taref|tareaf)\s+(?:kiya|kia|ki|kar\w*)\b", re.IGNORECASE)
# "munir ne kya jawab diya": what he replied (a reply given, so he is the one who replies, not a "response");
# "post ka kya jawab diya": replied to the post (its "ka" marks what was answered, as "ko" does)
_REPLIED = re.compile(r"\b(?:(?P<to>ka|ki|ke|k)\s+)?(?P<mid>(?:(?:khud|kya|koi)\s+)*)"
                      r"(?:jawab|jaawab|jawaab|jaawb|jwab)\s+(?:diya|dia|di|dya|diye|dii)\b", re.IGNORECASE)


# "2020 tak kitna hona tha": how much it was to be — what was expected, not what it became
_WAS_TO_BE = re.compile(r"\b(?:hona|honi|hone(?:\s+wal[aie])?)\s+(?:tha|thi|the|thay)\b", re.IGNORECASE)


_URDU_FUTURE = frozenset("hoga hogi honge hongi dega degi denge karega karegi karenge jayega jayegi jaega".split())


# Roman Punjabi (and Saraiki) is Urdu's grammar with its own small words: read into their Urdu
# equivalents first, the Urdu reading does the rest ("imran khan jail ich kadon ton ae": "… jail mein kab
# se hai"). Only in a line that is Punjabi by a word no English or Urdu line uses ("ich", "kadon",
# "keha"), or by two of its postpositions ("da … nu", "te … ae").
_PUNJABI = {"ich": "mein", "vich": "mein", "da": "ka", "di": "ki", "de": "ke", "dian": "ki",
            "diyan": "ki", "nu": "ko", "nun": "ko", "ae": "hai", "hin": "hain", "te": "pe", "si": "tha",
            "sigey": "thay", "ki": "kya", "kadon": "kab", "kadan": "kab", "kado": "kab", "kithe": "kahan",
            "kithay": "kahan", "kithon": "kahan", "kinna": "kitna", "kinni": "kitni", "kinne": "kitne",
            "kinnay": "kitne", "kehra": "kaunsa", "kehda": "kaunsa", "kehri": "kaunsi", "kehdi": "kaunsi",
            "kehde": "kaunse", "kiven": "kaise", "kivein": "kaise", "keha": "kaha", "kiha": "kaha", "aakhya": "kaha",
            "akhya": "kaha", "dasya": "kaha", "dassya": "kaha", "aakhda": "kehta", "akhda": "kehta",
            "kehnda": "kehta", "kehndi": "kehti", "naal": "se", "nal": "se", "ton": "se", "toon": "se",
            "gal": "baat", "kiti": "kiya", "kita": "kiya", "ditta": "diya", "dita": "diya", "diti": "diya",
            "hoya": "hua", "hoyi": "hui", "hoi": "hui", "thiya": "hua", "milya": "mila", "milan": "milne", "dia": "diya",
            "vikda": "bikta", "vikdi": "bikti", "vikdiyan": "bikti", "vechde": "bechte", "vechda": "bechta",
            "hun": "ab", "pehlan": "pehle", "vaste": "liye", "waste": "liye", "sakda": "sakta", "sakdi": "sakti",
            "hunda": "hota", "hundi": "hoti", "ohne": "usne", "ohnu": "usko", "kinhan": "kin", "devega": "dega",
            "bhejan": "bhejne", "aurtan": "aurton", "cheezan": "cheezein", "laya": "lagaya", "mannde": "maante",
            "ghat": "gire", "walian": "wale", "walay": "wale", "sain": "", "saeen": "", "paaji": "",
            "assan": "hum", "himayat": "defended", "salah": "recommended", "marzi": "choice", "kharab": "poor",
            "adha": "half", "kehnde": "kehte", "lenda": "lagata", "rakhi": "set", "vaddi": "big", "vadda": "big",
            # session 30
            "ch": "mein", "layi": "liye", "lai": "liye", "kol": "se", "keeta": "kiya", "keeti": "kiya",
            "kitti": "kiya", "ditti": "diya", "chahnda": "chahta", "chahndi": "chahti", "chaunda": "chahta",
            "hondi": "hoti", "honda": "hota", "bandeyan": "log", "bande": "log", "banda": "", "kinniyan": "kitni",
            "dinda": "deta", "dindi": "deti", "karda": "karta", "kardi": "karti", "kehre": "kaunse", "oye": "",
            "paji": "", "fer": "phir",
            # session 49
            "lokan": "log", "lokaan": "log", "chahida": "chahiye", "chahidi": "chahiye", "chonaan": "intikhabat",
            "chonan": "intikhabat", "wich": "mein",
            # session 50
            "kad": "kab", "bolya": "bola", "bolia": "bola", "walyan": "walon", "lok": "log",
            # session 51: a farmer's everyday words (tell, sellers, gave, who, stopped, thought, we, also, me,
            # their, all, wanted, work, big)
            "dasso": "batao", "dass": "batao", "dasseyo": "batao", "waleyan": "walon", "waliyan": "walon",
            "vechan": "bechne", "vechna": "bechna", "vechne": "bechne", "vikde": "bikte", "ditte": "diye",
            "jihne": "jisne", "jihde": "jis", "jehri": "jo", "jehra": "jo", "jehda": "jo", "rokya": "roka",
            "socheya": "socha", "sochya": "socha", "agge": "aage", "aggay": "aage", "sachi": "sach", "asi": "hum",
            "vi": "bhi", "aan": "hain", "eh": "ye", "menu": "mujhe", "mainu": "mujhe", "ohna": "unke", "ohnan": "unke",
            "lagdi": "lagti", "lagda": "lagta", "saariyan": "saari", "sariyan": "saari", "chaundi": "chahti",
            "kamm": "kaam", "wadi": "big", "waddi": "big", "wadda": "big", "jaan": "jane",
            # session 52: the budget as Punjabi says it
            "bajat": "budget",
            # session 53: other spellings and forms of words above (which, whom, words, talk, heard, times,
            # raising, doing, giving)
            "kedi": "kaunsi", "kehdiyan": "kaunsi", "jinnu": "jisko", "lafzan": "alfaaz", "gallan": "baat",
            "sunya": "suna", "suneya": "suna", "vaari": "dafa", "vari": "dafa", "vadhan": "barhane",
            "vadhani": "barhane", "vadhaun": "barhane", "karde": "karte", "dende": "dete", "dendi": "deti",
            # session 54: other spellings and forms of words above (of the ones, admit, kept, imposes, were,
            # today, staying)
            "walean": "walon", "mande": "maante", "rakhya": "rakha", "lagaanda": "lagata", "hoye": "hue",
            "ajj": "aaj", "reha": "raha",
            # session 55: other spellings and forms of words above, and Saraiki's (imposed, when, accepted,
            # remove, which, why, of the ones)
            "laaya": "lagaya", "jad": "jab", "mannya": "maana", "manya": "maana", "hataan": "hatane",
            "kehriyan": "kaunsi", "kaein": "kyun", "keyn": "kyun", "aalyan": "walon", "aaleyan": "walon",
            "aale": "wale", "aala": "wala", "ha": "hai", "ohde": "ohda", "keetiyan": "kiya", "aakhdi": "kehti",
            "odon": "tab", "wari": "dafa", "sade": "hamare", "munde": "larke", "vallon": "se"}
# the words only a Punjabi line has; and its postpositions, two of which (or one beside an Urdu word) make
# a line Punjabi
_PUNJABI_ONLY = frozenset(_PUNJABI) - {"da", "di", "de", "dian", "diyan", "nu", "nun", "ae", "hin", "te", "si",
                                      "ki", "ton", "toon", "gal", "hun", "laya", "sain", "saeen",
                                      "paaji", "assan", "himayat", "salah", "marzi", "kharab", "adha", "ghat",
                                      "banda", "bande", "oye", "fer", "lai", "wich",
                                      # words an English or Urdu line has too
                                      "eh", "menu", "jaan", "aan", "sachi", "asi", "vi", "kamm", "reha", "hoye", "ajj",
                                      "jad", "aale", "aala"}
_PUNJABI_POSTPOSITIONS = frozenset({"da", "dian", "diyan", "nu", "nun", "ae", "te", "hin", "ton"})
# an Urdu word beside one postposition makes the line Punjabi; the agent's "ne" counts ("imran ne asim munir te ki
# ilzam laya"), though alone it is no sign of Urdu
_URDU_COMPANIONS = _URDU_MARKERS | {"ne"}


def _from_punjabi(text: str) -> str:
    """A Roman Punjabi line in Roman Urdu, for `_from_urdu` to read; any other line as it is."""
    bare = [w.strip("?!.,").casefold() for w in text.split()]
    # Majhi's "aa" is "hai", but only last in the line: anywhere else it is coming ("aa raha")
    marked = _PUNJABI_POSTPOSITIONS.intersection(bare) | ({"aa"} if bare[-1:] == ["aa"] else set())
    # a closing "ae" is "hai" alone ("taobao ki ae", "asim munir field marshal ae?")
    if _PUNJABI_ONLY.isdisjoint(bare) and len(marked) < 2 and not (marked and not _URDU_COMPANIONS.isdisjoint(bare)) \
            and bare[-1:] != ["ae"]:
        return text
    out = []
    for i, (word, low) in enumerate(zip(text.split(), bare, strict=True)):
        if low == "ke" and bare[i + 1:i + 2] in (["nai"], ["nahi"], ["nahin"]):
            out.append("ya")  # "… ae ke nai": or not
        elif low in ("bare", "baare") and bare[i + 1:i + 2] not in (["mein"], ["me"]) and i and \
                bare[i - 1] not in ("ke", "k", "de"):
            out += ["ke", "baare", "mein"]  # "imran bare ki aakhya": what was said about Imran
        elif low == "aa" and i == len(bare) - 1:
            out.append(word.casefold().replace("aa", "hai", 1))
        elif low in _PUNJABI and not (low == "de" and "minimis" in bare):
            into = _PUNJABI[low]
            if into:
                out.append(word.casefold().replace(low, into, 1))
        else:
            out.append(word)
    return " ".join(out)


# Roman Sindhi, as Punjabi above: Urdu's order with its own small words, read into their Urdu equivalents
# ("Dar saan Alibaba ji mulaqat kadahin thi": "Dar se Alibaba ki mulaqat kab thi"). Only in a line with a word
# no English, Urdu or Punjabi line uses ("saan", "kadahin", "aahe", "chayo").
_SINDHI = {"saan": "se", "san": "se", "khe": "ko", "kadahin": "kab", "kadhin": "kab", "kadahen": "kab",
           "kadhen": "kab", "chha": "kya", "chhaa": "kya", "chho": "kyun", "kair": "kaun", "keru": "kaun",
           "kehro": "kaunsa", "kehriyun": "kaunsi", "ketra": "kitne", "ketro": "kitna", "ketri": "kitni",
           "maanhu": "log", "maanhun": "log", "manhu": "log", "manhun": "log", "milyo": "mila", "miliyo": "mila",
           "mileyo": "mila", "hoyo": "tha", "aahe": "hai", "ahe": "hai", "aahin": "hain", "aahyun": "hain",
           "ahin": "hain", "waro": "wala", "wara": "wale", "wari": "wali", "waari": "wali", "walan": "walon",
           "waran": "walon", "chayo": "kaha", "chyo": "kaha", "chayai": "kaha", "kyo": "kiya", "kayo": "kiya",
           "kiyo": "kiya", "kai": "kiya", "thiyo": "hua", "thyo": "hua", "thio": "hua", "laai": "liye",
           "vanyo": "gaya", "wanyo": "gaya", "viyo": "gaya", "vanyan": "jane", "wanyan": "jane",
           "vanjan": "jane", "roko": "roka", "baabat": "baare mein", "babat": "baare mein", "biya": "doosre",
           "biyan": "doosre", "biye": "aur", "aggu": "pehle", "agu": "pehle", "poi": "baad", "pehriyon": "pehli",
           "pehryon": "pehli", "saain": "", "dayo": "do", "dyo": "do", "batayo": "batao", "hik": "ek",
           "mulaqatun": "mulaqaton", "tareekhun": "tareekhon", "auratun": "aurton", "lagayan": "lagane",
           "banayan": "banane", "diyo": "diya", "dey": "deti", "unhan": "unhon", "naalo": "naam", "ta": "",
           "asaan": "hum", "jehra": "jaise", "wethal": "baithe", "wehthal": "baithe", "aayo": "aaya",
           "ayindi": "aayegi", "jaai": "jagah", "ada": "", "ji": "ki", "ja": "ke", "je": "ke", "jo": "ka",
           "kare": "kar ke", "te": "pe", "hua": "thay",
           # session 55: other spellings and forms of words above, and everyday words (what, and, tell, which,
           # that, day, sold, all, when, go, stopped, thing, invest, doing, thanks, intention, post, jobs, sat,
           # give, was)
           "cha": "kya", "chayaun": "kaha", "chayaoon": "kaha", "ain": "aur", "bodhayo": "batao",
           "bodhaayo": "batao", "jehro": "jo", "uhe": "woh", "uho": "woh", "dihn": "din", "dinh": "din",
           "vikje": "bikta", "vikjan": "bikte", "vikando": "bikta", "vikamdo": "bikta", "sabh": "sab",
           "jadahn": "jab", "jadhan": "jab", "wanjan": "jane", "rokyo": "roka", "shay": "cheez",
           "lagaan": "lagane", "karindey": "karte", "karindo": "karta", "shukriyo": "shukriya", "irado": "irada",
           "ohdo": "ohda", "naukriyun": "naukriyan", "wethi": "baithe", "wethio": "baitha", "dini": "di",
           "dewan": "dene", "tho": "tha", "chahe": "chahte", "chahin": "chahte", "agwaan": "agwai",
           "agwaani": "agwai", "ha": "thay", "gaal": "baat", "bhala": "", "nah": "na", "deyan": "dene",
           "karan": "karna", "kam": "kaam"}
_SINDHI_ONLY = frozenset({"saan", "kadahin", "kadhin", "kadahen", "kadhen", "chha", "chhaa", "kair", "ketra",
                          "ketro", "maanhu", "maanhun", "manhu", "manhun", "milyo", "miliyo", "mileyo", "hoyo",
                          "aahe", "aahin", "aahyun", "walan", "chayo", "chyo", "thiyo", "thyo", "baabat", "vanyo",
                          "laai", "saain", "pehriyon", "mulaqatun", "tareekhun", "auratun", "lagayan", "banayan",
                          "wethal", "ayindi", "khe", "chayaun", "bodhayo", "jehro", "dihn", "vikje", "vikjan",
                          "vikando", "jadahn", "wanjan", "rokyo", "karindey", "shukriyo", "naukriyun"})


def _from_sindhi(text: str) -> str:
    """A Roman Sindhi line in Roman Urdu, for `_from_urdu` to read; any other line as it is. "Khan" is
    Sindhi's "from" only before "aggu" or "poi" ("budget khan aggu": before the budget); a "jo" after the
    verb opens a relative clause, as in Urdu ("IT wazir kon aahe jo … wethal hui")."""
    bare = [w.strip("?!.,").casefold() for w in text.split()]
    if _SINDHI_ONLY.isdisjoint(bare):
        return text
    out = []
    for i, (word, low) in enumerate(zip(text.split(), bare, strict=True)):
        after = bare[i + 1] if i + 1 < len(bare) else ""
        if low == "khan" and after in ("aggu", "agu", "poi"):
            out.append("se" if after != "poi" else "ke")
        elif low == "khan" and i and bare[i - 1] in ("sabh", "sab"):
            out.append("se")  # "sabh khan ziada": most
        elif low == "jo" and i and bare[i - 1] in ("aahe", "ahe", "hai", "kon", "kaun", "kair", "tha", "hoyo"):
            out.append(word)
        elif low in _SINDHI:
            if (into := _SINDHI[low]):
                out.append(word.casefold().replace(low, into, 1) if word.casefold().startswith(low) else into)
        else:
            out.append(word)
    return " ".join(out)


# someone's government going, falling or ending is their ouster ("imran khan ki hukumat kab gayi thi"); bringing
# it down is ousting them ("hakumat girane ka zimmedar")
_GOVERNMENT = r"(?:hukumat|hakumat|hukoomat|hakoomat|hkumat)"
_GOVERNMENT_FELL = re.compile(rf"\b(?:ki|ka) {_GOVERNMENT} (?P<when>kab )?(?:gayi|gai|gyi|giri|gir gayi|khatam hui|toot gayi|tooti)\b",
                              re.I)
_CUT = re.compile(r"\bkam (?P<how>hui|hua|hue|ho gayi|ho gaya|ho gai|hogayi|hogaya|ki|kiya|kia|kar di|kardi|kar diya|"
                  r"kar dia|kardia)\b", re.I)
_GOVERNMENT_FELLED = re.compile(rf"\b{_GOVERNMENT} (?:girane|girana|giraane|hatane|hatana|khatam karne|todne)\b", re.I)


# "… hai kya", "… the na": a yes/no question's verb and its tag, and the participle before them ("laga hai
# kya", "aye the kya")
_TAGGED_VERB = frozenset("hai hain tha thi the thay hua hui hue".split())
_PARTICIPLE = frozenset("""laga lagi lage lagay aya aaya aye aaye ayi aayi gaya gayi gaye mila mile mili kiya kia ki
    diya di kar kardi gire gira giri bheje bheja bana banai banaya nikla nikli""".split())


def _tag_last(text: str) -> str:
    """"teledensity 60% hai kya Pakistan mein?" as "teledensity 60% Pakistan mein hai kya?": a place, time
    or thing said after a yes/no question's verb and tag belongs before them, where Urdu puts it and
    where the reading below looks. Not a tail that asks or offers something of its own ("… thi na ya
    thursday ko", "hai kya ki …", "… na, woh kya karegi"), nor one naming whose ("… tha kya shehbaz ki
    meeting mein", which the reading takes as it stands)."""
    words = text.split()
    bare = [w.strip("?!.,").casefold() for w in words]
    for i in range(2, len(bare) - 1):
        if bare[i] not in ("kya", "kia", "na") or bare[i - 1] not in _TAGGED_VERB or words[i][-1] in "?!.," or \
                words[i - 1][-1] in "?!.,":
            continue
        tail = bare[i + 1:]
        if len(tail) > 6 or not {"ke", "ki", "ka", "k", "keh", "that", "ya"}.isdisjoint(tail) or \
                not _URDU_ASKING.isdisjoint(tail) or any(w[-1:] in "?!.,;" for w in words[i + 1:-1]):
            return text
        start = i - 1 - (bare[i - 2] in _PARTICIPLE)
        end = words[-1][len(words[-1].rstrip("?!.")):]
        moved = [*words[:start], *words[i + 1:-1], words[-1].rstrip("?!."), *words[start:i + 1]]
        return " ".join(moved) + end
    return text


def _from_urdu(text: str) -> str:
    """A Hinglish question in English word order, near enough for the reader: its question word
    first, then its tense, then the rest with postpositions turned ("pti ka chairman kaun hai" →
    "who is pti's chairman"). Any other line is returned as it is."""
    if "waz" in (folded := text.casefold()) or "wiz" in folded:  # (a portfolio is read in any line: "wazir e difa")
        text = _OF_PORTFOLIO.sub(lambda m: _PORTFOLIO[m["of"].casefold()] + (
            " minister" if m["who"].casefold() == "wazir" else " ministry"), text)
    words = text.split()
    bare = [w.strip("?!.,").casefold() for w in words]
    markers = len(_URDU_MARKERS.intersection(bare))
    grammar = not _URDU_PARTICLES.isdisjoint(bare) or not _URDU_ASKING.isdisjoint(bare)
    # "tmall ka share?", "asim munir field marshal hai?": one Urdu word is enough in a line with no
    # English one to frame it
    terse = (markers or not _URDU_TERSE.isdisjoint(bare)) and _ENGLISH_FRAME.isdisjoint(bare) and \
        not _URDU_ANY.issuperset(bare)  # (and something besides: "ne ko se" alone is no Urdu line)
    if markers < 2 and not (markers and grammar) and not terse:
        return text
    text = _SHORT_WORD.sub(lambda m: _respelt(m[0]), text)
    text = _tag_last(text)
    text = _WHY_Q.sub("kyun", text)
    text = _WAZIR_E_AZAM.sub("pm", text)  # the prime minister, in three words
    if "mat" in text:  # "imran ki hukumat kab gayi", "hakumat girane ka": his ouster
        text = _GOVERNMENT_FELL.sub(lambda m: f"{m['when'] or ''}ousted hua", text)
        text = _GOVERNMENT_FELLED.sub("ousting", text)
    if "difa" in text or "ayat" in text:
        text = _DEFENDED.sub(lambda m: "ko defend kiya" if m["did"] else "ko defend ", text)
    if "ula" in text or "ukar" in text or "ukaar" in text:
        text = _CALLED_AS.sub("kya call kiya", text)
    if " tak " in text:  # (a person reaching a place is another verb: "kab pohncha")
        text = _REACHED.sub(lambda m: f"tak {m['how'] or ''}pohanch", text)
    if " tha" in text or " thi" in text:  # "ita 2 sign karna tha": was to sign it, what was planned
        text = _WAS_TO.sub(r"\2supposed to \1 \3", text)
    if " se " in text:
        text = _MET_WITH.sub("with ", text)
    if "shukri" in text:  # "alibaba ka shukriya ada kiya": thanked Alibaba, its object as "ko" marks one
        text = _THANKED.sub("ko thank kiya", text)
    if "kis " in text or "kaha" in text or "kaun" in text or "kon" in text:  # "james dong kis mulk ka hai": from which country
        text = _FROM_WHERE.sub(lambda m: f"kis {m['place']} se " if m["place"] else f"{m['where']} se ", text)
    if "tar" in text:  # "sellers ki tareef ki": praised the sellers, the same object-and-light-verb phrase
        text = _PRAISED.sub("ko praise kiya", text)
    if "wab" in text or "wb" in text:
        text = _REPLIED.sub(lambda m: f"{'ko ' if m['to'] else ''}{m['mid']}reply kiya", text)
    if "zahir" in text:  # "kya irada zahir kiya": what he intended (the intention he expressed)
        text = _INTENDED.sub(r"intend \1", text)
    if "laga" in text or "lend" in text:
        text = _FELT_BAD.sub("", _ACCUSED.sub(" accuse kiya", text))
    if "kaam" in text:  # "private sector ke sath mil ke kaam karne ka kaha": collaboration with it
        text = _WORK_WITH.sub(" collaboration", text)
        # "committee kis kaam ke liye banayi": why; "tmall kis kaam ka hai": what it does; "committee ka kaam
        # kya hai": its purpose — the work a thing is for, which the sources say as its aim
        text = _FOR_WHAT_WORK.sub("kyun", text)
        text = _WHAT_WORK_DOES.sub(r"kya karta \1", text)
        text = _ITS_WORK.sub("maqsad kya hai", text)
    if "hon" in text:
        text = _WAS_TO_BE.sub("expected", text)
    if "kam " in text:  # "limit kam hui": was cut ("kam" alone is "less": "1% se kam")
        text = _CUT.sub(lambda m: f"reduced {m['how']}" if m["how"].casefold().startswith("h") else "reduced", text)
    if "nikal" in text or "hata" in text:  # "kab nikala gaya hakoomat se": ousted (from government, said)
        text = _FROM_POWER.sub("", text)
    words = text.split()
    bare = [w.strip("?!.,").casefold() for w in words]
    question, tense, tail = "", "", ""
    agent_asked = False
    out: list[str] = []
    about: list[str] = []
    according: list[str] = []
    agent_end = object_end = -1  # "A ne B ko V": A did V to B — English puts the verb before B
    skip = since = 0  # since: where the words typed after the last Urdu word begin in `out`
    measured: tuple[int, int] | None = None  # the words "kitna" asks the amount of, as a span of `out`
    kitna_read = False  # (only the first "kitna" is placed)
    for i, word in enumerate(bare):
        if skip:
            skip -= 1
            continue
        if i and bare[i - 1] in _URDU_ANY:
            since = len(out)
        if word in _HOW_MUCH and not kitna_read and not question and "how" not in bare:
            measured, kitna_read = _measured(bare, i, len(out), since), True
        about_at = bare[i] in ("ke", "k") and bare[i + 1:i + 2] in (["baare"], ["bare"], ["baray"]) and bare[
            i + 2:i + 3] in (["mein"], ["me"])
        # "raja ne imran khan bare kya kaha": "bare" alone before what was said is "ke baare mein" too
        bare_about = word in ("baare", "bare", "baray") and i and bare[i - 1] not in _URDU_ANY \
            and (bare[i + 1:i + 2] in (["kya"], ["kia"]) or _URDU_SAID.match(" ".join(bare[i + 1:i + 3])) is not None)
        if about_at or bare_about:
            # "pnsc ke baare mein pm ne kya kaha": what the PM said about PNSC; "… kya bola invest ke
            # baare mein": about what was typed since the last Urdu word
            start = since
            if start >= len(out) > 0:  # "ISPR ke bayan ke baare mein": the phrase ends in an Urdu word —
                start = len(out) - 1  # the noun it ends in, with the possessives before it (ISPR's statement)
            while 0 < start <= len(out) and start > agent_end and out[start - 1].endswith("'s"):
                start -= 1  # "pakistan ke potential ke baare mein": about Pakistan's potential
            if 0 <= (doer := max(agent_end, object_end)) < start and {"kya", "kia"} & set(bare[i:]):
                # "gohar ne dg ispr ke words ke baare mein kya kaha": all between the doer and the question
                # is the topic ("kya kaha dg ispr ke baare mein" had typed the question before it)
                start = doer
            about, out = out[start:], out[:start]
            skip = 2 if about_at else 0
            continue
        if bare[i] in ("ka", "ki", "ke") and _URDU_SAID.match(" ".join(bare[i + 1:i + 3])) and agent_end >= 0 \
                and agent_end < since < len(out):
            # "dong ne pakistan ke potential ka kya kaha": what Dong said of (about) Pakistan's potential
            start = since
            while start > agent_end and out[start - 1].endswith("'s"):
                start -= 1
            about, out = out[start:], out[:start]
            continue
        if word == "se" and _URDU_SAID.match(" ".join(bare[i + 1:i + 3])) and 0 <= agent_end < len(out):
            out.insert(agent_end, "to")  # "dar ne alibaba se kya kaha": what Dar said to Alibaba
            object_end = len(out)
            continue
        if bare[i] in ("ke", "k", "ki") and bare[i + 1:i + 3] in (["hisaab", "se"], ["hisab", "se"]):
            according, out = out[since:], out[:since]  # "Arab News ke hisaab se …": according to Arab News
            skip = 2
            continue
        if word == "arab" and out and out[-1].replace(",", "").replace(".", "").isdigit():
            out.append("billion")  # "20 arab dollar": a thousand million (but "Arab News" is a name)
            continue
        if bare[i:i + 2] == ["kab", "se"]:
            question, skip = question or "since when", 1  # "kab se chairman hain": since when
            continue
        if bare[i:i + 2] in (["ya", "nahi"], ["ya", "nahin"]):
            skip = 1  # "… ya nahi": or not — whether it did
            continue
        if bare[i:i + 2] == ["kya", "kya"]:
            question, skip = question or "what all", 1  # "kya kya": what all, every one of them
            continue
        if word == "kis" and bare[i + 1:i + 2] == ["liye"]:
            question = question or "why"  # "kis liye": for what, why
            skip = 1
            continue
        if word == "kis" and len(bare) > i + 2 and bare[i + 2] in ("mein", "me") and (
                bare[i + 1] not in _URDU_ANY or _URDU_WORDS.get(bare[i + 1])):
            # "kis case mein": in which case; "kis sheher mein": in which city
            question, skip = question or f"in which {_URDU_WORDS.get(bare[i + 1]) or bare[i + 1]}", 2
            continue
        if bare[i:i + 2] == ["sab", "se"]:
            out.append("most")  # "sab se zyada": most of all
            skip = 1
            continue
        if word == "se" and bare[i + 1:i + 2] and bare[i + 1] in _COMPARED and out and _FIGURE.fullmatch(out[-1]):
            out.insert(len(out) - 1, _COMPARED[bare[i + 1]])  # "1% se kam": less than 1%
            skip = 1
            continue
        if word == "kis" and len(bare) > i + 2 and bare[i + 2] == "se" and _URDU_WORDS.get(bare[i + 1]):
            question, skip = question or f"from which {_URDU_WORDS[bare[i + 1]]}", 2  # "kis tareekh se": from which date
            continue
        if word == "se" and not _URDU_MEET.isdisjoint(bare[i + 1:i + 3]):
            continue  # "dar se mile", "dar se kahan mile": met Dar
        if word == "kisne":
            question, agent_asked = question or "who", True
            continue
        if word == "kis" and bare[i + 1:i + 2] == ["ne"]:
            question, agent_asked = question or "who", True  # "kis ne lead kiya": who led it
            skip = 1
            continue
        if word == "kis" and bare[i + 1:i + 2] in (["pe"], ["par"]):
            question, tail = question or "what", "on"  # "kis pe laga": on what was it put
            skip = 1
            continue
        if bare[i:i + 2] in (["ilzaam", "lagaya"], ["ilzam", "lagaya"], ["ilzaam", "lagaye"]):
            out.append("accused")  # "ilzaam lagaya": put an accusation, accused
            skip = 1
            continue
        if word == "ne":
            agent_end = len(out)
        elif word in ("ko", "pe", "par") and agent_end >= 0:
            object_end = len(out)
        elif word == "ko" and agent_end < 0:
            object_end = len(out)  # "imran ko army wale kya bol rahe": what the army says to Imran
        if word in ("kis", "kaunsa", "konsa") and bare[i + 1:i + 2] == ["cheez"]:
            question = question or "what"  # "kis cheez ka minister": minister of what
        elif word == "kab" and bare[i + 1:i + 2] == ["tak"] and not question:
            # "roadmap kab tak ready hoga": by when (will it) — a deadline, not a date met
            question, skip = ("by when will" if _URDU_FUTURE.intersection(bare) else "by when"), 1
        elif word in _URDU_QUESTION and word != "kis":
            # "kya … kaun hain": "kya" opens a question that another word asks ("kya aap bata sakte hain …")
            question = _URDU_QUESTION[word] if question == "what" and word != "kya" else question or _URDU_QUESTION[word]
        elif word in _URDU_TENSE:
            # "fauj ilzam maante hain": a plural habitual verb before "hain" asks what they do ("do … admit")
            # (a singular "chalta hai" stays "is": "is shopify in pakistan")
            habitual = word == "hain" and i and bare[i - 1].endswith(("te", "ti")) \
                and bool(_URDU_WORDS.get(bare[i - 1])) and bare[i - 1] not in _URDU_TENSE
            tense = tense or ("do" if habitual else _URDU_TENSE[word])
        elif word in ("ka", "ki", "ke", "k"):  # ("k": how "ke" is often typed)
            if bare[i + 1:i + 2] in (["pass"], ["paas"]):
                out.append("has")  # "pakistan ke pass 3G tha": Pakistan had 3G
                skip = 1
            elif out and bare[i - 1] != "cheez" and bare[i + 1:i + 2] != ["liye"] \
                    and bare[i + 1:i + 2] not in ([t] for t in _URDU_TENSE):  # "youth ke liye": for youth
                # "pti ka chairman": pti's chairman — not a particle before the tense ("sunday ko ki thi": did
                # on Sunday; "kitne ka tha": worth how much)
                out[-1] += "'s"
        elif word == "mein" or (word == "me" and i and (bare[i - 1].isdigit() or (
                bare[i - 1].isalpha() and bare[i - 1] not in _ENGLISH_TO_ME))):
            at = len(out) - 1 if out else 0
            if 0 < since < at and len(out) - 3 <= since:
                at = since  # "press conference mein": in the press conference, the words typed since the last Urdu word
            while at > 0 and out[at - 1].endswith("'s"):
                at -= 1  # "alibaba ki team mein": in alibaba's team
            out.insert(at, "in")  # "2017 mein", "pakistan mein": in 2017, in Pakistan
        elif word == "cheez" and i and bare[i - 1] in ("kis", "kaunsa", "konsa"):
            continue
        elif key := word if word in _URDU_WORDS else _urdu_slip(word):
            if _URDU_WORDS[key] in _MOTION and _destination(bare, i, words, out):
                out[-1:] = [_URDU_WORDS[key], "to", out[-1]]  # "jack ma pakistan aaye": came to Pakistan
            elif _URDU_WORDS[key]:
                out.append(_URDU_WORDS[key])
        else:
            out.append(words[i].strip("?!.,") if word != "kis" else "which")
    asked: list[str] = []
    if measured is not None:
        start, end = measured if measured[1] >= 0 else (measured[0], _counted_end(bare, out, measured[0]))
        if 0 < start < end <= len(out):  # (a span already first, or none, stays)
            # "income tax kitna lagaya", "kitne log aaye": the amount of what, right after "how much" as
            # English puts it ("how much income tax …"), which is what the reader asks the figure of
            asked, out = out[start:end], out[:start] + out[end:]
            if question == "how much" and asked[0] in _COUNTED:
                question = "how many"  # "kitni baar", "kitni dafa": how many times (a count, as "kitne log")
            if question == "how many" and asked[-1] in _SPANS:
                asked[-1] += "s"  # "kitne saal": how many years, a duration (Urdu counts in the singular)
            if out[start - 1].endswith("'s"):  # "tmall ka kitna hissa": Tmall's share, the share asked first
                out[start - 1] = out[start - 1][:-2]
            agent_end, object_end = (p if p < start else max(start, p - (end - start)) for p in (agent_end, object_end))
    if 0 <= agent_end < object_end < len(out):
        out = out[:agent_end] + out[object_end:] + out[agent_end:object_end]
    elif agent_end < 0 < object_end < len(out):
        out = out[object_end:] + out[:object_end]  # "B ko A V": A V B
    if about:
        out += ["about", *about]
    if according:
        out += ["according", "to", *according]
    if agent_asked and tense == "did":
        tense = ""  # "who did the delegation lead" would ask its object
    if agent_asked and tense in ("was", "were") and any(w.endswith("ed") or w in _PAST_SAID for w in out):
        # "commerce minister ko iran jaane se kis ne roka tha": who had stopped him — the "tha" after a done
        # verb is its past, not "who was" (which asks what someone is)
        tense = ""
    if question == "what" and not tense and agent_end >= 0 and bare[:1] != ["kya"]:  # (a leading "kya" asks yes/no)
        tense = "did"  # "Nawaz ne Davos me kya bola": the ergative "ne" marks a deed done — what did Nawaz say
        out = ["say" if w == "said" else w for w in out]
    # "… laga hai kya", "… thi kya": a "kya" closing the line after its verb asks whether, as a leading
    # one does ("tum kya kar rahe ho" keeps its "kya" before the verb, and asks what)
    whether = bare[:1] in (["kya"], ["kia"]) or (bare[-1:] in (["kya"], ["kia"]) and len(bare) > 2
                                                 and bare[-2] in _URDU_TENSE)
    if question == "what" and whether and sum(w in ("kya", "kia") for w in bare) == 1:
        # "kya fauj ilzamaat maanti hai": a leading "kya" with no other question word asks whether, not
        # what — with a past tense kept ("were … in the meeting"), else as a claim to check: a present
        # "hai" in Urdu is often a verb's ("maanti hai": admits)
        question, tense = ("", tense) if tense in ("was", "were", "did") else ("is it true that", "")
    if not question and not tense and text.rstrip().endswith("?") and agent_end >= 0:
        tense = "did"  # "Asif ne Imran ko mentally ill kaha?": a claim that someone did something
    return " ".join(w for w in (question, *asked, tense, *out, tail) if w) + ("?" if text.rstrip().endswith("?") else "")


_HOW_MUCH = frozenset({"kitna", "kitne", "kitni", "kitnay", "kittna", "kittne", "kittni"})
# what "kitne" counts when an Urdu noun follows it ("kitne log", "kitni dafa"), in English
_COUNTED = frozenset({"people", "members", "times", "jobs", "percent"})
# …and the spans it counts ("kitne saal se jail mein": how many years), made plural as English asks them
_SPANS = frozenset({"year", "month", "week", "day"})
# the light verbs that make an English word before them a verb ("kitna grow kar raha")
# (not "raha", "rahe": after a noun it is "stayed" — "kitne din rahe")
_LIGHT_VERBS = frozenset({"kar", "karna", "karte", "karti", "karta", "kiya", "kia", "ki", "ho", "hota", "hoti", "hua",
                          "hui", "hue"})


def _measured(bare: list[str], i: int, at: int, since: int) -> tuple[int, int] | None:
    """Where the words "kitna" at `i` asks the amount of lie in the English being built (`at` words
    so far, the last Urdu word ending at `since`): the noun after it ("kitne log": (at, -1), its end
    found once read), or, before a verb, the noun typed just before it ("income tax kitna lagaya").
    None for "kitne ka" (worth how much), whose noun is the thing valued, wherever it stands."""
    from .question import zipf  # (question reads chat: imported here, not at the top)

    after = bare[i + 1] if i + 1 < len(bare) else ""
    if after in ("ka", "ki", "ke", "k"):
        return None
    verb_after = i + 2 < len(bare) and bare[i + 2] in _LIGHT_VERBS
    if _URDU_WORDS.get(after) in _COUNTED | _SPANS or (after.isalpha() and after not in _URDU_ANY and after not in _URDU_TENSE
                                              and after != "the" and zipf(after) > 0 and not verb_after):
        return at, -1
    if after in _LIGHT_VERBS or (_URDU_WORDS.get(after) or "").endswith("ed") or verb_after:
        return since, at  # "income tax kitna lagaya", "limit kitni kar di", "tax kitna fix kiya": a deed's amount
    return None


def _counted_end(bare: list[str], out: list[str], start: int) -> int:
    """The end in `out` of the noun "kitne" counts, read from `start`: the English words typed after
    it ("kitne pakistani products") and an Urdu noun of a count ("kitne log"), up to anything else."""
    if start < len(out) and out[start] in _COUNTED | _SPANS:
        return start + 1  # "kitne log": the people, and nothing after them
    end = start
    english = {w for w in bare if w not in _URDU_ANY}
    while end < len(out) and out[end].casefold() in english and not out[end][:1].isdigit():
        end += 1
    return end


# "how did the defence minister characterise the DG ISPR's response": what he said about it ("describe" is
# left as it is: the articles' own "described as", "how did Dar describe Alibaba's standing")
_HOW_CALLED = re.compile(r"^(\W*)how (?:did|does|do|has|have|would) ([\w'’ .-]{2,60}?) (?:characteri[sz]e|"
                         r"portray|depict|assess|view|see)\b(?! (?:it |him |her |them |this |that )?as\b)", re.I)


# "the income tax … with rates", "fixed rate?": a tax's rate is its percentage (a dollar or sugar "rate" is
# a price, and is left)
_LEVY = re.compile(r"\b(?:tax|taxes|taxed|duty|duties|levy|levies|gst)\b", re.I)
_RATE = re.compile(r"\brates?\b", re.I)
# "when does the 18% tax start", "when does the rs500 limit start being applied": a levy's or a limit's
# start is when it takes effect, and its "start date" its effective date (a training's start is not)
_LEVIED = r"(?:tax|taxes|duty|duties|levy|levies|gst|limit|threshold)"
_LEVY_STARTS = re.compile(rf"\b({_LEVIED}\b(?: [\w%$.,-]+){{0,3}}? )"
                          r"(?:start|starts|started|starting|begin|begins|began)(?: (?:to apply|being applied|applying))?\b"
                          r"(?! date)", re.I)
_START_DATE = re.compile(r"\bstart(?:ing)? date\b", re.I)
_LEVY_OR_LIMIT = re.compile(rf"\b{_LEVIED}\b", re.I)


# a blessing after the question ("… kya? Allah barkat de", "Allah sab ko hidayat de"): read before the
# Urdu is put in English order, which would scatter its words through the question
_BLESSING = re.compile(r"[,.!?]*\s*\ballah\b(?: \w+){1,4}? (?:de|dey|dein|kare|kre|karay|kary|rakhe|farmaye|farmae)\b(?: \w{1,4}){0,2}\W*$",
                       re.IGNORECASE)


# "which outlet published the security threat piece", "when was the Nation article published": an
# article's publishing is its reporting (a post or a policy "published" is something else, left as typed)
_PUBLISHED = re.compile(r"\b(?:published|publish|publishes|printed)\b", re.IGNORECASE)
_AN_ARTICLE = re.compile(r"\b(?:articles?|story|stories|piece|outlets?|papers?|newspapers?|publishers?|who)\b", re.IGNORECASE)


# "from 25 to 20 bn", "from 5000 to 1000 rs": a range whose unit only its second end carries (a year is
# no figure of one)
_RANGE = re.compile(r"\b(\$?)(?!(?:19|20)\d\d\b)(\d[\d,.]*)\s+to\s+(\$?\d[\d,.]*)\s*"
                    r"(bn|billion|mn|million|thousand|percent|per cent|rs|rupees?|pkr|dollars?|usd)\b", re.IGNORECASE)


# "gohar kab chairman bana", "munir ko field marshal kab banaya gaya", "kab bana pti chairman": a title and
# "bana" is becoming it (the Urdu table's "bana" is a committee formed); after the title any form of the
# verb, before it only the intransitive ones ("banayi pm ne" is what the PM made)
_TITLE = r"(?:chairman|chairperson|pm|prime minister|field marshal|minister|president|army chief|chief|dg|head|secretary[- ]general|general secretary|secretary)"
_BAN = r"(?:bana|bani|bane|banay|banaya|banayi|banae|banaye)"
_BECAME = re.compile(rf"\b(?P<t>{_TITLE})\b(?P<mid>(?:\s+(?:kab|kaun|kon|kb|kis|ko|ne))?)\s+{_BAN}\b(?:\s+(?:gaya|gayi|gaye|gya|gyi|gye))?|"
                     rf"\b(?:bana|bani|bane|banay)\s+(?=(?:\w+\s+)?{_TITLE}\b(?!\s+ne\b))", re.I)


# "every minister who …": all of that kind; "… with their titles": what each line of a list gives anyway;
# "…, need it for a client memo": the reader's purpose; "18% sales tax se pehle": before that figure
_EACH_PERSON = re.compile(r"\b(?:each|every)\s+(minister|official|person|leader|executive|officer|politician)\b(?=\s+who\b)",
                          re.IGNORECASE)
_PEOPLE_PLURAL = {"person": "people"}
_LISTS_EACH = re.compile(r"\b(?:list|every|each|all|enumerate|name)\b", re.IGNORECASE)
_WITH_DETAILS = re.compile(r",?\s*\b(?:with|and)\s+(?:their|its|the|his|her)\s+(?:titles?|roles?|dates?|years?|portfolios?|"
                           r"designations?|positions?)\b", re.IGNORECASE)
_PURPOSE = re.compile(r"(?:[,;.!?]|\s-)\s*(?:i\s+|we\s+)?(?:need|needed|needs)\s+(?:it|this|them|these|that|the\s+\w+)?\s*"
                      r"for\s+(?:a|an|my|our|the|his|her)\s+[\w'’ -]{1,30}?\W*$", re.IGNORECASE)
# "How many Pakistanis sell on Alibaba? meri cousin bhi bedsheets bechti hai wahan", "…? Freight costs are killing
# us": after the question, a sentence of the reader's own story — it speaks of themselves and asks nothing
_AFTER_QUESTION = re.compile(r"\?+\s*(?P<tail>[^?]+?)\s*$")
_STORY_PERSON = frozenset("""i im ive my me mine we us our ours mera meri mere maine mujhe mujhay hum humara hamara humari
    hamari humare hamare hoon hun""".split())
_STORY_ASKS = QUESTION_WORDS | frozenset("""need needs needed want wants wanted wanna chahiye tell give batao bata bataen
    bataiye bataye clarify explain list confirm correct please pls plz kindly mean meant exact exactly sahi kya kia kyun
    kyu kab kahan kaun kon kitna kitne kitni kaise kis kaunsa konsa or na naa right prove verify check wrong true
    false""".split())
_KITNE_PERCENT = re.compile(r"\b(kitn[aeiy])\s*%", re.IGNORECASE)
_KIA_DID = re.compile(r"\b(kis ?ne\b(?:\s+\w+){1,4}?\s+)kia\b", re.IGNORECASE)
_URDU_BEFORE_FIGURE = re.compile(r"(?<![\w.])((?:rs\.?\s*)?\d[\d,.]*\s*(?:%|percent|pc)?(?:\s+[a-z]+){0,2}?)\s+(?:se|sey)\s+pehle\b",
                                 re.IGNORECASE)

# "paisa lagane ko kaha": putting money into something, to invest in it (only the infinitive: "kitne paise lagenge"
# asks a cost, "kitna paisa lagaya" how much was put in, which no fact gives)
_PUT_MONEY = re.compile(r"\b(?:paisa|paise|paisay|pesa|pese|sarmaya|sarmaaya)\s+lagane\b", re.IGNORECASE)

# "online dukan walon", "online dukandar", "online shop wale": those who keep a shop online — not the shops
# themselves ("online shops" are e-commerce platforms, by the phrase table)
_ONLINE_SELLERS = re.compile(r"\bonline\s+(?:(?:dukaa?n\w*|shops?|stores?)\s+(?:walon|wale|walay|wala|walo|walian|waliyan|"
                             r"walyan|owners?|keepers?)|dukaa?ndaa?r\w*)\b", re.IGNORECASE)

# "limit 5000 se 1000 hui", read "limit 5000 from 1000": the change from the one figure to the other
_URDU_RANGE = re.compile(r"(?<![\w$])((?:rs\.? ?)?\d[\d,.]*(?:k| pkr| rupees)?) from ((?:rs\.? ?)?\d[\d,.]*(?:k| pkr| rupees)?)(?= |$|\?)",
                         re.IGNORECASE)
# "2022 se", "aug 2022 se": since that year (English puts "since" first) — not "2017 se pehle" (before it), nor a
# span ("2017 se 2025 tak")
_URDU_SINCE_YEAR = re.compile(rf"\b((?:(?:{'|'.join(sorted(MONTHS))})\s+)?(?:19|20)\d\d)\s+(?:se|sey)\b"
                              r"(?!\s+(?:pehle|pehlay|phle|tak|lekar|le kar|ab tak|\d))", re.IGNORECASE)

# "meeting ke baad": after a meeting; and what was ordered after it, which the sources give as ordered at it
# (not "how many days after …", which asks the gap between two dates)
_URDU_AFTER = re.compile(r"\b(?:(?:is|us)\s+)?((?:(?:alibaba|press|pti|ispr)\s+)?(?:meeting|mulaqat|conference|budget|"
                         r"presser|briefing))\s+(?:ke|k)\s+baad\b", re.IGNORECASE)
_ORDERED = re.compile(r"\b(?:order|ordered|orders|direct|directed|directive|directives|instruct|instructed|"
                      r"set up|form|formed|announce|announced)\b", re.IGNORECASE)
_HOW_LONG_AFTER = re.compile(r"\bhow (?:many|long|soon)\b|\bdays? after\b", re.IGNORECASE)
_AFTER_MEETING = re.compile(r"\bafter (?:the |this |that |their |his |her )?(?=(?:\w+ )?(?:meeting|meet|mulaqat)\b)",
                            re.IGNORECASE)


# "it minister", "the it ministry": the IT portfolio typed in small letters, which would fold to the
# pronoun "it" ("is it minister Dar who …" keeps its pronoun)
_IT_OFFICE = re.compile(r"(?<!\bis )(?<!\bwas )(?<!\bwere )\bit(?= (?:minister|ministry|ministers|min|minster)\b)",
                        re.IGNORECASE)


_TICKER = re.compile(r"(?<![\w$])\$(?i:baba)\b|(?<![\w$])(?<!(?i:ali) )(?<!(?i:ali)-)BABA\b")


def office_acronyms(text: str) -> str:
    """The IT portfolio in capitals, however it was typed: `/who it minister` asks for Shaza Fatima Khawaja.
    A sales tax as "ST", only in capitals. Alibaba by its stock ticker too ("$BABA", "BABA team"): only in
    capitals or after "$", since "baba" in a Roman Urdu line is an old man."""
    if "BABA" in text or "$" in text:
        text = _TICKER.sub("Alibaba", text)
    if "ST" in text:  # "18% ST on courier deliveries": a sales tax, in capitals only ("st" may be a street)
        text = _SALES_TAX.sub("sales tax", text)
    return _IT_OFFICE.sub("IT", text) if "it " in text.casefold() else text


_SALES_TAX = re.compile(r"(?<![\w.])ST\b(?!\.)")


# who a reader passes a question on for: "my dad asks: …", "nana abu pooch rahe hain …", "… mera pota poochh
# raha hai", "listener asks …" — the question is theirs, the frame is no part of it
_ASKER = (r"(?:(?:my|our|a|the|one|some|mera|meri|mere|hamare) )?(?:dad|mom|mum|father|mother|parents?|boss|editor|"
          r"client|friend|listener|viewer|caller|reader|uncle|aunty|auntie|aunt|nana|nani|dada|dadi|abu|abbu|abba|"
          r"ammi|amma|ami|bhai|bhaiya|baji|appi|sister|brother|son|daughter|wife|husband|grandpa|grandma|granny|"
          r"grandfather|grandmother|grandson|granddaughter|cousin|teacher|colleague|manager|pota|poti|nawasa|nawasi|"
          r"beta|beti|nephew|niece|student|kid|someone|somebody)s?(?: (?:sahab|sahib|ji|jaan))?")
_RELAY_VERB = (r"(?:(?:is|are|r) )?(?:asks?|asking|asked|wants? to know|wanna know|wonders?|wondering)|"
           r"(?:pooch|poochh|puch|puchh|pooc)(?:h)? (?:rahe|raha|rahi|rhe|rha|rhi) (?:hain|hai|hein|hn|he|h|thay|tha|thi)")
_RELAYED = re.compile(rf"^\W*{_ASKER}(?: {_ASKER})? (?:{_RELAY_VERB})\b\s*[:,—–-]?\s*(?:(?:ke|k|that)\s+)?(?=\W*\w+\W+\w)|"
                      rf"[,;:.?—–-]?\s*\b{_ASKER}(?: {_ASKER})? (?:{_RELAY_VERB})\W*$", re.I)
_RELAYED_CLAIM = re.compile(rf"^\W*{_ASKER}(?: {_ASKER})? (?:kehte|kehtay|kehti|kehta|bolte|bolti|bolta|keh rahe|keh rahi)"
                            rf" (?:hain|hai|hein|h)\b\s*[:,—–-]?\s*(?:(?:ke|k)\s+)?(?=\W*\w+\W+\w)", re.I)
_RELAY_GATE = ("ask", "pooc", "puch", "know", "wonder", "keht", "bolt", "keh ")


def _without_story(text: str) -> str:
    """The question without a closing sentence of the reader's own story ("…? my daraz orders rip",
    "…? mera beta easypaisa use karta hai"): it is about them, not the articles, so its words neither
    ask nor decorate. Not a sentence that asks, restates or adds a figure ("I mean the 2025 one",
    "need the exact date", "…? or was he just there"), nor one after a question too short to stand alone."""
    m = _AFTER_QUESTION.search(text)
    if m is None or any(c.isdigit() for c in m["tail"]):
        return text
    tail = re.findall(r"[a-z]+", m["tail"].casefold().replace("'", "").replace("’", ""))
    if _STORY_PERSON.isdisjoint(tail) or not _STORY_ASKS.isdisjoint(tail):
        return text
    head = [w.casefold() for w in re.findall(r"\w+", text[:m.start()])]
    if len(head) < 3 or all(w in STOPWORDS for w in head):
        return text
    return text[:m.start() + 1]


def expand(text: str) -> str:
    """Contractions and chat shorthand spelt out ("who's" → "who is", "govt" → "government")."""
    text = office_acronyms(text)
    if any(g in text for g in _RELAY_GATE):
        text = _RELAYED_CLAIM.sub("is it true that ", _RELAYED.sub("", text))
    if "llah" in text:
        text = _BLESSING.sub("?", text)
    if "ex" in text or "Ex" in text or "EX" in text:  # "the ex-PM", "ex army chief": a former one
        text = _EX.sub("former ", text)
    if "pehle" in text:  # "limit ab kitni hai? pehle 5000 thi na": what it was is the reader's aside
        text = _BEFORE_TAG.sub("?", text)
    if "ban" in text.casefold():
        # "gohar kab chairman bana", "munir ko field marshal kab banaya gaya": when someone became one
        # ("committee kab bani" is formed, by the Urdu table)
        text = _BECAME.sub(lambda m: f"{m['t']}{m['mid'] or ''} became" if m["t"] else "became ", text)
    if (" with " in text or " and " in text) and _LISTS_EACH.search(text):
        # "list every Alibaba official, with their titles": each line of a list gives the title and year
        text = _WITH_DETAILS.sub("", text)
    if "each " in text or "every " in text or "Each " in text or "Every " in text:
        # "list every minister who met Alibaba", "each person who led a delegation": all of that kind, as
        # the plural asks ("every minister" had been read as every one of the people named)
        text = _EACH_PERSON.sub(lambda m: "all " + _PEOPLE_PLURAL.get(m[1].casefold(), m[1] + "s"), text)
    if "?" in text:
        text = _without_story(text)
    if "need" in text:  # "…, need it for a client memo": what the reader wants the answer for, no part of it
        text = _PURPOSE.sub("", text)
    if "%" in text and "kitn" in text.casefold():  # "kitne % log": what percent of people, as "kitne percent" reads
        text = _KITNE_PERCENT.sub(r"\1 percent", text)
    if "kia" in text.casefold() and "ne" in text:  # "kisne lead kia tha": "kia" after the verb is "kiya" (did), not "what"
        text = _KIA_DID.sub(r"\1kiya", text)
    if "lagan" in text:  # "kis cheez mein paisa lagane ko kaha": to invest in what
        text = _PUT_MONEY.sub("invest karne", text)
    if "nline" in text:  # "online dukan walon pe kitna tax": the people who sell online, the articles' digital retailers
        text = _ONLINE_SELLERS.sub("digital retailers", text)
    if " se" in text:  # "imran khan 2022 se jail mein hai": in jail since 2022
        text = _URDU_SINCE_YEAR.sub(r"since \1", text)
    if "pehle" in text:  # "18% sales tax se pehle": before the 18% sales tax (English puts "before" first)
        text = _URDU_BEFORE_FIGURE.sub(r"before the \1", text)
    if "baad" in text:  # "alibaba meeting ke baad": after the Alibaba meeting (English puts "after" first)
        text = _URDU_AFTER.sub(r"after the \1", text)
    text = _from_urdu(_from_punjabi(_from_sindhi(text.translate(_APOSTROPHES))))
    if " from " in text and len(_URDU_RANGE.findall(text)) == 1:  # (two are a choice, read as it stands)
        text = _URDU_RANGE.sub(r"from \1 to \2", text)
    text = _HOW_CALLED.sub(r"\1what did \2 say about", text)
    text = _phrased(_reordered(text))
    if ("ublish" in text or "rinted" in text) and _PUBLISHED.search(text) and _AN_ARTICLE.search(text):
        text = _PUBLISHED.sub("reported", text)
    if "rate" in text.casefold() and _LEVY.search(text):
        text = _RATE.sub("percent", text)
    if ("start" in text or "begin" in text or "began" in text) and _LEVY_OR_LIMIT.search(text):
        text = _START_DATE.sub("effective date", _LEVY_STARTS.sub(r"\1take effect", text))
    if "'" in text or not text.isascii():
        for pattern, repl in _CONTRACTIONS:
            text = pattern.sub(repl, text)
    elif "im" in text.casefold():  # the one contraction typed without its apostrophe ("im guessing")
        text = _CONTRACTIONS[-1][0].sub(_CONTRACTIONS[-1][1], text)
    text = _E_COMMERCE.sub("e-commerce", text)
    text = _ORDINAL.sub(_ordinal_day, text)
    text = _PRE.sub("before the ", text)  # "pre-budget limit": the limit before the budget
    if " to " in text:  # "exports fell from 25 to 20 bn": both ends of a range in the unit the second gives
        text = _RANGE.sub(r"\1\2 \4 to \3 \4", text)
    if "after" in text and _ORDERED.search(text) and not _HOW_LONG_AFTER.search(text):
        # "what did the PM order after the meeting": the orders the sources report were given at it
        text = _AFTER_MEETING.sub("at the ", text)
    if "grateful" in text or "obliged" in text or "thankful" in text:
        text = _GRATEFUL.sub("", text)
    text = _REQUEST.sub(_request, text)
    text = _LIST_WHO.sub(_list_who, text)
    if "list" in text:
        text = _LIST_LAST.sub(r"list \g<what>", text)
    if "before or after" in text or "after or before" in text:
        text = _BEFORE_OR_AFTER.sub(r"which came first, \g<a> or \g<b>", text)
        text = _BEFORE_OR_AFTER_FIRST.sub(r"which came first, \g<a> or \g<b>", text)
    if "allowed" in text or "permitted" in text:
        text = _NOT_ALLOWED.sub(lambda m: f"{m[1] or m[3]} {m[2] or m[4]}stopped from", text)
    if "pecifical" in text and _ASKED_WHETHER.match(text):
        text = _SPECIFICALLY.sub("", text)
    if "ontact" in text or "ngagement" in text or "ncounter" in text:
        text = _FIRST_CONTACT.sub(r"\1\2meeting", text)
    text = _SERVICES_OFFERED.sub(lambda m: m[0] if _NOT_PRESENT & set(m[2].casefold().split())
                                 else f"{m[1]}{m[2]} provide{m[3]}", text)
    if _worded(text):
        text = _WORDS_USED.sub(lambda m: f"how {m[1]} {m[2]} describe ", text)
        text = _WORDS_ASKED.sub(lambda m: f"what {m[1]} {m[2]} say", text)
        text = _PHRASE_USED.sub("said ", text)
    if "who" in text and (named := _NAME_THEN_WHO.match(text)) and \
            STOPWORDS.isdisjoint(named["name"].casefold().split()):  # (the question words are stopwords too)
        text = f"who is {named['name']}?"  # "james dong. who", "imran khan who?": who is he
    return _WORDISH.sub(_shorthand, text)


# a name of a few words and nothing else, then "who" ("james dong. who"): the question word typed last
_NAME_THEN_WHO = re.compile(r"^\W*(?P<name>[^\W\d_][\w'-]*(?:\s+[^\W\d_][\w'-]*){0,3}?)[\s.,:;—-]+who\s*[?!.]*\s*$", re.I)


# A translator's questions about wording: "what term did the spokesperson use for Khan" asks how he
# described him; "which word does Arab News use" what it said; "who used the phrase '…'" who said it
_WORDING = r"(?:exact |precise |specific |actual )?(?:words?|phrases?|terms?|expressions?|language|wording|labels?|adjectives?)"
_WORDING_GATE = re.compile(r"\b(?:words?|phrases?|terms?|expressions?|language|wording|labels?|adjectives?)\b", re.I)
_worded = found_in(_WORDING_GATE)
_WORDS_USED = re.compile(rf"\b(?:what|which) {_WORDING} (did|does|do|was|were) (.+?) us(?:e|ed|ing) (?:to describe|for|about|on|"
                         r"when describing|in describing|to refer to)\s+", re.I)
_WORDS_ASKED = re.compile(rf"\b(?:what|which) {_WORDING} (did|does|do) (.+?) us(?:e|ed)\b(?=\s*(?:[^\w\s]|$|for\b|about\b))", re.I)
_PHRASE_USED = re.compile(rf"\b(?:used|uses|use|using) the {_WORDING}\s+(?=['\"“‘])", re.I)


_PRE = re.compile(r"\bpre-(?=[a-z]{3})", re.IGNORECASE)
# A formal request in front of the question ("Kindly indicate the departments represented …", "Could you
# please enumerate each …"): the verb asks for an answer and names nothing the sources must say; one
# that asks for several ("enumerate", "set out") asks for a list. Only before what names the answer (an
# article, a question word): "confirm the date on which …" asks, "confirm the minister travelled …" is a claim.
_REQUEST = re.compile(r"^\W*(?:(?:kindly|please|pls|could you|can you|would you|will you|may i ask you to)\s+)*"
                      r"(?:(?P<verb>indicate|clarify|specify|state|identify|apprise me of|let me know|(?:tell|remind) (?:me|us)|provide|share|"
                      r"enumerate|set out|outline)\s+(?=(?:the|what|which|who|whom|when|where|why|how|whether|"
                      r"each|all|every|any)\b)|confirm\s+(?=(?:what|which|who|whom|when|where|why|how|whether|the \w+ (?:of|on|in|for|at))\b))",
                      re.IGNORECASE)
_LISTING = frozenset({"enumerate", "set out", "outline"})
# a letter's thanks in front of the question ("I should be most grateful to learn where …", "I would be
# grateful if you could identify the …"): what follows is the question, or a request `_REQUEST` reads
_GRATEFUL = re.compile(r"^\W*i (?:should|would|will|shall) be (?:most |very |really |so |truly |much )?"
                       r"(?:grateful|obliged|thankful)\s+(?:to (?:learn|know|hear|be told)\s+|if you (?:could|would|can|will)\s+"
                       r"(?:(?:kindly|please)\s+)?(?:(?:tell|remind) me\s+|let me know\s+)?)", re.IGNORECASE)


def _request(match: re.Match[str]) -> str:
    return "list " if (match["verb"] or "").casefold() in _LISTING else ""


# "list everyone who attended the 2025 meeting", "name all the officials who met Alibaba": a list whose
# members a relative clause of taking part picks out — asked as "who attended …" / "which officials met
# …", which the search answers from that event, where a list of every person (or official) ignores the
# clause ("list everyone who spoke on …" is left a list of speakers, which it answers)
_LIST_WHO = re.compile(r"^\W*(?:(?:pls|please|plz|kindly|can you|could you)\s+)?(?:(?:list|name|show me|show|give me)\s+"
                       r"(?:(?:all|every|each)\s+)?|(?:all|every)\s+)(?:the\s+)?(?P<kind>(?:[\w'-]+\s+){0,2}?)(?:who|that)\s+"
                       r"(?=(?:attended|met|reacted|responded|commented|visited|participated|sat in|took part|joined|"
                       r"accompanied|warned|advised)\b)", re.IGNORECASE)
# "IK charges list", "charges against imran, full list": a terse line ending in the word "list" asks
# for the list of what it names, as "list IK charges" does (a line with a question word is left alone)
_LIST_LAST = re.compile(r"^(?!\W*(?:what|which|who|whom|when|where|why|how|list|name|give|show|tell|did|does|do|is|was|were|"
                        r"are|can|could|all|every|each)\b)\W*(?P<what>[\w'’-]+(?:\s+[\w'’-]+){0,6}?)[,\s]+"
                        r"(?:full |complete |whole )?list(?:\s+(?:pls|please|plz|them|em|it))?\W*$", re.IGNORECASE)
_EX = re.compile(r"\bex(?:-|\s+)(?=[a-z])", re.IGNORECASE)
# "…? pehle 5000 thi na": after a question, what the reader remembers it was before, to be confirmed
# by the answer (which gives both figures), not another question
# ("limit kitni reh gayi hai pehle to 5000 thi na": the aside need not follow a question mark; Punjabi "si")
_BEFORE_TAG = re.compile(r"(?:\?|,|\s)\s*pehle\s+(?:to\s+|tou\s+)?(?:rs\.?\s*)?[\d,.]+\s*(?:hazar|hazaar|k)?\s+"
                         r"(?:thi|tha|the|thay|si)\s+na\b\W*$", re.IGNORECASE)
# "did the budget pass before or after the Alibaba meeting", "before or after the budget did Alibaba
# visit": which of the two came first, which the two dates answer
_BEFORE_OR_AFTER = re.compile(r"^\W*(?:when\s+)?(?:(?:did|was|were|is|are|has|had)\s+)?(?P<a>\w.*?),?\s+"
                              r"(?:before or after|after or before)\s+(?P<b>\w.+?)(?:[?!.]+.*)?$", re.IGNORECASE)
_BEFORE_OR_AFTER_FIRST = re.compile(r"^\W*(?:before or after|after or before)\s+(?P<a>\w.+?),?\s+"
                                    r"(?:did|was|were|is|are|has|had)\s+(?P<b>\w.+?)(?:[?!.]+.*)?$", re.IGNORECASE)
# "why wasn't the commerce minister allowed to go to Iran": why he was stopped from going (the table's
# "was not allowed to" covers the words side by side; here the subject stands between them)
_NOT_ALLOWED = re.compile(r"\b(was|were|is|are)(?:n't|nt| not) ((?:[\w'-]+ ){1,4}?)(?:allowed|permitted) to\b|"
                          r"\b(was|were|is|are) ((?:[\w'-]+ ){1,4}?)not (?:allowed|permitted) to\b", re.IGNORECASE)
# "did the PM specifically mention SMEs": asked whether, "specifically" only stresses the claim (asked
# what, "what reforms specifically" wants the specifics, and is left)
_ASKED_WHETHER = re.compile(r"^\W*(?:did|does|do|was|were|is|are|has|have|had)\b", re.IGNORECASE)
_SPECIFICALLY = re.compile(r",?\s*\bspecifical?ly\b,?", re.IGNORECASE)
# "the earliest alibaba-pakistan contact", "first contact to latest", "the most recent engagement": the
# first (or last) time they met — the sources' contact is Alibaba's offer of "facilitating contact"
# between businesses, another thing
_FIRST_CONTACT = re.compile(r"\b(first|earliest|initial|last|latest|most recent)\b([\w\s'’–-]{0,40}?)"
                            r"\b(?:contacts?|engagements?|encounters?)\b", re.IGNORECASE)
_ANYONE = frozenset({"everyone", "everybody", "anyone", "people", "persons", "", "one", "ones"})


def _list_who(match: re.Match[str]) -> str:
    kind = match["kind"].strip()
    if kind.casefold() in _ANYONE:
        return "who "
    # ("name the alibaba exec who led …": one, whose name is asked — which one did)
    return f"which {kind} " if kind.casefold().endswith("s") or _NAME_THE.match(match[0]) else match[0]


_NAME_THE = re.compile(r"\W*name\s+the\b", re.IGNORECASE)
# "all the services Alibaba offers": what it provides, not what it offered someone in a meeting
_NOT_PRESENT = frozenset({"did", "could", "would", "will", "can", "might"})  # "services did Alibaba offer": in a meeting
_SERVICES_OFFERED = re.compile(r"\b(services|products|features)((?:\s+[\w']+){1,3}?)\s+offer(s?)\b", re.IGNORECASE)
_MONTH = "(?:{})".format("|".join(sorted(MONTHS, key=len, reverse=True)))  # the month words quantities reads
# "26th june", "the 10th of July", "june 26th": the day of a date, read as "26 june"
_ORDINAL = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)\b(?:\s+of\b)?", re.IGNORECASE)
_MONTH_AFTER = re.compile(rf"\s+{_MONTH}\b", re.IGNORECASE)
_MONTH_BEFORE = re.compile(rf"\b{_MONTH}\s+$", re.IGNORECASE)


def _ordinal_day(match: re.Match[str]) -> str:
    """"26th june", "the 10th of July", "june 26th": the day of a date, read as "26 june"."""
    text, at = match.string, match.start()
    beside = _MONTH_AFTER.match(text, match.end()) or _MONTH_BEFORE.search(text[max(0, at - 12):at])
    return match.group(1) if beside else match.group(0)


# -- numbers and units ---------------------------------------------------------------------------
_NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
}
_SCALES = {
    "k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "million": 1e6, "b": 1e9, "bn": 1e9,
    "billion": 1e9, "trillion": 1e12, "tn": 1e12, "lakh": 1e5, "lac": 1e5, "crore": 1e7,
}
_CURRENCY_BEFORE = {"rs": "pkr", "rs.": "pkr", "pkr": "pkr", "usd": "usd", "us$": "usd", "$": "usd"}
_UNIT_AFTER = {"%": "percent", "$": "usd", "percent": "percent", "per cent": "percent", "pc": "percent", "pct": "percent",
               "rupee": "pkr", "rupees": "pkr", "rs": "pkr", "pkr": "pkr", "dollar": "usd", "dollars": "usd", "usd": "usd"}
_QUANTITY = re.compile(
    r"(?<![\w.])(?P<cur>rs\.?|pkr|usd|us\$|\$)?\s?"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:(?P<scale_tight>k|m|mn|mln|bn|b|tn)\b|\s?(?P<scale>thousand|million|billion|trillion|mn|mln|bn|lakh|lac|crore)\b)?"
    r"(?P<unit>\s?%|\$(?![\d.])|\s?(?:pc|pct|rs)\b|\s(?:percent|per cent|rupees?|dollars?|usd|pkr)\b)?",
    re.I)
_WORD_NUMBER = re.compile(r"\b(" + "|".join(_NUMBER_WORDS) + r")(?=[\s-]+[a-z])", re.I)
_ANY_NUMBER_WORD = re.compile("|".join(_NUMBER_WORDS))  # in lower-case ASCII: where `_WORD_NUMBER` may match
# "one" and "a" are numbers only before a scale ("a billion dollars", "one million users"): elsewhere
# they are "one of the", "which one", "a meeting"
_ONE_SCALE = re.compile(r"\b(?:one|a)(?=[\s-]+(?:thousand|million|billion|trillion|lakh|crore)\b)", re.I)
_SCALE_WORDS = ("thousand", "illion", "lakh", "crore")


def number_text(value: float) -> str:
    """A figure as the reading writes it in a question's text ("1000000000", "2.5"): the form facts'
    figures are compared in."""
    if value == int(value):
        return str(int(value))
    return f"{value:.6f}".rstrip("0").rstrip(".")


def _quantity(match: re.Match[str]) -> str:
    cur = (match.group("cur") or "").casefold()
    scale_word = (match.group("scale_tight") or match.group("scale") or "").casefold()
    unit_word = " ".join((match.group("unit") or "").casefold().split())
    if not (cur or scale_word or unit_word):
        return match.group(0)
    value = float(match.group("num").replace(",", "")) * _SCALES.get(scale_word, 1.0)
    unit = _CURRENCY_BEFORE.get(cur) or _UNIT_AFTER.get(unit_word, "")
    return f"{number_text(value)} {unit}".rstrip()


_BARE_UNITS = re.compile(r"(?<![\d\s])(\s+)(dollars?|usd|rupees?|pkr|per ?cent)\b|^(dollars?|rupees?)\b", re.I)


def _bare_unit(match: re.Match[str]) -> str:
    word = " ".join((match.group(2) or match.group(3)).casefold().split())
    return (match.group(1) or "") + _UNIT_AFTER.get(word, word)


_CALL_FOR = re.compile(r"\bcall(?:s|ed|ing)? for\b|\bcall(?:s|ed|ing)? (?:up)?on\b(?=(?:\s+[\w'’-]+){1,6}?\s+to\s)", re.I)
_CODES = {"business-to-business": "b2b", "business-to-consumer": "b2c", "consumer-to-consumer": "c2c",
          "business-to-government": "b2g"}
_MARKET_CODES = re.compile(r"\b(?:business|consumer)[ -]to[ -](?:business|consumer|government)\b", re.I)
_CALL_ON = re.compile(r"\bcall(?:s|ed|ing)? (?:up)?on\b", re.I)


# "from Rs 5000 to 1000": a range whose unit only its first end carries (after the figures are normalised)
_RANGE_AFTER = re.compile(r"\b(\d+(?:\.\d+)? (pkr|usd|percent))( to \d+(?:\.\d+)?)(?![\d.,]*\d)"
                          r"(?! (?:pkr|usd|percent|\w*illion|thousand))\b")


def normalise_quantities(text: str) -> str:
    """Every written form of a number with its scale and unit as one form: "Rs. 5,000" and
    "5000 rupees" → "5000 pkr"; "$1bn" → "1000000000 usd"; "18 per cent" → "18 percent";
    "six-member" → "6 member". Years and bare numbers are left as they are."""
    # each rewrite runs only on a text that holds what it rewrites (a substring test is a twentieth of
    # a regular expression's scan, and the index rewrites every fact's texts)
    low = text.casefold()
    # number words: looked for first as plain substrings of the folded ASCII text (a fifth of the cost
    # of the pattern's scan); other text is scanned whatever it holds (its case folding is not re.I's)
    if not text.isascii() or _ANY_NUMBER_WORD.search(low):
        text = _WORD_NUMBER.sub(lambda m: str(_NUMBER_WORDS[m.group(1).casefold()]), text)
        low = text.casefold()
    if any(w in low for w in _SCALE_WORDS):
        text = _ONE_SCALE.sub("1", text)
        low = text.casefold()
    if "call" in low:
        # "called for collaboration", "called on X to act" urge; "called on the PM" visits: neither names anything
        text = _CALL_FOR.sub("urged", text)
        text = _CALL_ON.sub("visited", text)
    if "business" in low or "consumer" in low:
        # "business-to-consumer" and "B2C" are one term, kept apart from "consumer-to-consumer"
        text = _MARKET_CODES.sub(lambda m: _CODES[m.group(0).casefold().replace(" ", "-")], text)
    if _DIGIT.search(text):
        text = _DIGIT_HYPHEN.sub(" ", text)  # "6-member" → "6 member"
        text = _QUANTITY.sub(_quantity, text)
    if " to " in text and _DIGIT.search(text):
        text = _RANGE_AFTER.sub(r"\1\3 \2", text)  # "from Rs 5000 to 1000": the second end in the first's unit
    if "%" in text:
        text = _LONE_PERCENT.sub(" percent", text)  # "what % of citizens": the unit asked for
    if any(unit in low for unit in _UNIT_STEMS) and _units_to_rewrite(text):
        text = _BARE_UNITS.sub(_bare_unit, text)  # "in dollars" asks for the figure in usd
    return text


def _units_to_rewrite(text: str) -> bool:
    """Whether `_BARE_UNITS` can change the text: it writes every unit it finds as "usd", "pkr" or
    "percent", so in ASCII text that holds no other spelling of a unit (dollar, rupee, per cent, a
    capital) every match is left as it is — the rewrite of figures above has written most of them
    so. The index rewrites every fact's texts: the scan was a tenth of its analysis."""
    if not text.isascii():
        return True
    low = text.lower()
    return ("dollar" in low or "rupee" in low or "per cent" in low
            or any(low.count(unit) != text.count(unit) for unit in ("usd", "pkr", "percent")))


_DIGIT = re.compile(r"\d")
_DIGIT_HYPHEN = re.compile(r"(?<=\d)-(?=[a-z])")
_UNIT_STEMS = ("dollar", "usd", "rupee", "pkr", "cent")  # what `_BARE_UNITS` can match, as substrings


_LONE_PERCENT = re.compile(r"(?<![\w%])\s?%(?!\w)")


# "size in usd million", "in billion dollars": a scale asked for as the unit of the answer names nothing
# "internet users 2017 mn", "exports 2017 bn": the year asked about, then the scale the answer is wanted in (no
# sum of 2,017 million, which no one writes without its currency)
_YEAR_SCALE = re.compile(r"(?<![$\w.,])((?:19|20)\d\d) ?(?:millions?|billions?|mn|bn|mln)\b(?! (?:dollars|rupees|usd|pkr|people|users)\b)",
                         re.I)
_BARE_SCALE = re.compile(r"(?<=\bin )((?:usd |pkr )?)(?:millions?|billions?|thousands?|lakhs?|crores?)\b", re.I)


# A claim asked as a statement with a tag ("…, didn't he?", "… yeah?", "… is that right"): the tag
# is one word, "right", which reads the line as yes/no; "ok?" and "pls" ask nothing.
_TAG = re.compile(r"[,\s]+(?:(?:is|was|did|does|do|are|were|has|have|had|can|could|will|would|should) ?n[o']?t"
                  r" (?:it|he|she|they|that|there|this|we|you|i)|yeah|yea|ya|yep|yup|yes|no|innit|eh|huh|amirite"
                  r"|(?:is|was) (?:that|it|this) (?:so|right|true|correct)|(?:am i |is that )?(?:right|correct|true)"
                  r"|y ?/ ?n|yes ?/ ?no|true ?/ ?false|t ?/ ?f"
                  # a pasted headline or post asked about: "… real?", "… legit?", "… true or fake", "… verify"
                  r"|(?:true|right|correct|accurate|real) or (?:fake|false|not|wrong)|(?:fake|false) or (?:real|true|legit)"
                  r"|verify|confirm(?: pls| please| plz)?|or (?:have|did) i (?:got|get) (?:that|it|this) wrong|or am i wrong"
                  # radio talk's "affirm" (yes) asked back, and Roman Urdu's "sahi (hai)" (right)
                  r"|affirm(?:ative)?(?: ?/ ?neg(?:ative)?)?|sahi(?: hai| he)?)"
                  r"[\s?!.]*$", re.I)
_tagged = found_in(_TAG)
# The claim inside a claim's frame, asked as a claim: "is it true that …", "was it Max Bittner who
# led …", "… , is that what Evans said?"
_TRUE_THAT = re.compile(r"^\s*(?:so\s+)?(?:(?:am|was) i (?:right|correct) (?:in (?:understanding|thinking|saying|believing)|to "
                        r"(?:understand|think|say|believe))|(?:is|was)\s+it\s+(?:(?:actually|really|indeed)\s+)?(?:true|right|correct|"
                        r"acc?urr?ate|real|so|a fact|the case|factual|legit))\s+that\s+(.+?)[?!.\s]*$", re.I)
_CLEFT = re.compile(r"^\s*(?:so\s+)?(?:is|was)\s+it\s+(\w+(?:\s+\w+){0,3}?)\s+(?:who|that)\s+(.+?)[?!.\s]*$", re.I)
_WHAT_SAID = re.compile(r"^(.+?),?\s+(?:is|was)\s+(?:that|this|it)\s+what\s+(.+?)\s+(?:said|says|meant)[?!.\s]*$", re.I)


def _reframed(text: str) -> str:
    if m := _TRUE_THAT.match(text):
        return f"{m[1]} right"
    if m := _CLEFT.match(text):
        return f"{m[1]} {m[2]} right"
    if m := _WHAT_SAID.match(text):
        return f"did {m[2]} say {m[1]}"
    return text


# "didnt", "wasnt": the negative auxiliaries typed without their apostrophe
_BARE_NOT = re.compile(r"\b(is|was|did|does|do|are|were|has|have|had|could|would|should)nt\b", re.I)


def chat_word(word: str) -> bool:
    """A word of chat's own tables (shorthand, Roman Urdu): a word to read, never a piece of a name
    typed apart ("tha bhai" is not "Taobao")."""
    return word in SHORTHAND or word in _URDU_TENSE or word in _URDU_WORDS


def _quoted(text: str) -> str:
    """"> The people of Pakistan stand with Imran Khan\nwho said that?": a quoted line and a question
    pointing at it ("that", "this", "it") are the question about the quoted words."""
    lines = text.splitlines()
    quoted = " ".join(line.lstrip("> ").strip() for line in lines if line.lstrip().startswith(">"))
    asked = " ".join(line.strip() for line in lines if line.strip() and not line.lstrip().startswith(">"))
    if not quoted or not asked:
        return text
    pointed = _POINTER.sub(f" {quoted} ", asked, count=1)
    return pointed if pointed != asked else text


# the words first and the question after them, on one line: "people of pakistan stand with imran — who said
# that", "'…' — yeh kis ne kaha?"
_SAID_THEN_WHO = re.compile(r"^\s*>?\s*['\"“‘]?(?P<said>[^?\n]{12,}?)['\"”’]?\s*(?:[—–:]+|-{1,2}(?=\s)|,)\s*(?:(?:so|and|but|ok)\s+)?"
                            r"(?:who\s+(?:said|says|wrote|tweeted)|(?:ye|yeh|yah)?\s*(?:kis ?ne|kisne)\s+(?:kaha|bola|likha))"
                            r"(?:\s+(?:that|this|it))?\W*$", re.I)
# "who said that", "is this true", "when was it said": the word standing for a quoted line
_POINTER = re.compile(r"(?<=\bsaid)\s+(?:that|this|it)\b|(?<=\bsay)\s+(?:that|this|it)\b|(?<=\bsays)\s+(?:that|this|it)\b",
                      re.I)


_DOLLARS = re.compile(r"\${2,}(?!\s*\d)")
# "since '22": a year, unless a figure is quoted ("'18%'", "'18 per cent'")
# the units and scales that make a two-digit number a figure rather than a year ("'18 per cent", "25 bn")
_FIGURE_AFTER = r"%|percent|per cent|pc|k|m|mn|bn|million|billion|thousand|lakh|crore|rupees?|dollars?|usd|pkr"
_SHORT_YEAR = re.compile(rf"(?<![\w'’])['’]([012]\d)\b(?!['’%.,]?\d|['’]|\s*(?:{_FIGURE_AFTER})\b|%)", re.I)
_DOTTED = re.compile(r"\b(?:[A-Za-z]\.){2,}(?:[A-Za-z]\b)?")
# a year written with two digits where only a year can stand: "Mar-17" and "jul/25" (a month and its year, as
# spreadsheets write them), "10 jul 25" and "jul 10 25" (a day, a month and a year), "in july 25" (one says
# "on" a day) and "budget 25" / "budget 25-26" (a budget is named by its year); a bare "july 25" is left as
# typed, for answers._year_after_month to read by what the sources date
_UNIT_NEXT = rf"(?!\s*(?:{_FIGURE_AFTER}|pct)\b)"
_TWO_DIGIT_YEAR = re.compile(
    rf"\b(?P<month>{_MONTH})(?:\s*[-/]\s*|\s+(?P<day>\d{{1,2}})\s+)(?P<yy>[0-3]\d)\b(?![-/.,]?\d){_UNIT_NEXT}"
    rf"|\b(?P<day2>\d{{1,2}})\s+(?P<month2>{_MONTH})\s+(?P<yy2>[0-3]\d)\b(?![-/.,]?\d){_UNIT_NEXT}"
    rf"|\b(?P<in>in\s+{_MONTH})\s+(?P<yy3>[0-3]\d)\b(?=\s*(?:$|[?.!,;:)]|mein?\b|main\b))"
    rf"|\b(?P<budget>budgets?)\s+['’]?(?P<yy4>[0-3]\d)\b(?![.,]?\d|\s+{_MONTH}\b){_UNIT_NEXT}", re.IGNORECASE)


def _two_digit_year(match: re.Match[str]) -> str:
    """"Mar-17": "Mar 2017"; "10 jul 25": "10 jul 2025"; "budget 25-26": "budget 2025-26"."""
    if match["month"]:
        return f"{match['month']} {match['day'] + ' ' if match['day'] else ''}20{match['yy']}"
    if match["month2"]:
        return f"{match['day2']} {match['month2']} 20{match['yy2']}"
    if match["in"]:
        return f"{match['in']} 20{match['yy3']}"
    return f"{match['budget']} 20{match['yy4']}"


# what follows a question that asks nothing more: "… under 1% of retail?? after all this hype", "… did he
# mention 3G? Mujhe yaad nahi", "… Thursday or Friday? The sources seem to disagree" (but "… ? yes or no",
# "… ? or was it July" and "… ? and when" still ask)
_ASIDE = re.compile(r"^(?P<q>[^?]*\w[^?]*\?+)\s+(?P<tail>[^?]+?)\s*[.!]*$")
_ASKS_ON = frozenset("""or and n & who whom whose what when where why how which did does do is was were are can could
    will would also plus kya kaun kon kab kahan kyun kitna kitne kitni kis yes no right correct true haan""".split())


# a remark about the reader after a comma ("whats the new duty free limit, a lot of our women sellers import
# packaging"): it speaks of the reader ("we", "our", "my"), asks nothing, and follows a question word's question
_ABOUT_ME = re.compile(r"^(?P<q>\W*(?:what|which|who|whom|when|where|why|how|is|was|did|does|do|are|were|can|could)\b[^,;?]{8,}?)"
                       r"\s*[,;—–]\s+(?P<tail>[^,;?]*\b(?:i|we|our|my|me|us|im|i'm|ours)\b[^,;?]*?)\W*$", re.I)


# a remark about the reader before the question ("i sell lamps online from my studio, whats this fixed income
# tax", "I'm writing about Sino-Pakistani ties: on what date …"): it speaks of the reader, asks nothing, and
# carries no claim ("I heard …", "my cousin says …" are checked, so are kept)
_ME_FIRST = re.compile(r"^\W*(?:(?:so|ok|okay|hi|hey|hello|salam|salaam|bhai)\W+)?"
                       r"(?P<me>(?:i|i'm|im|we|we're|my|our)\b[^?]{6,}?)(?:\s*[,:;.!—–]+\s*(?=\w)|\s+(?=(?:what|which|who|whom|"
                       r"when|where|why|how)\b))"  # (with no stop between, only a question word ends it: "my parcels are …")
                       r"(?P<q>(?:(?:on|in|at|for|from|by|to)\s+)?(?:what|which|who|whom|when|where|why|"
                       r"how|is|are|was|were|did|does|do|can|could)\b.*)$", re.IGNORECASE)
_HEARSAY_VERBS = frozenset("""heard hear hearing read reading saw seen see told tell telling think thought believe believed
    remember remembered recall recalled informed understand understood learnt learned noticed know knew says said say
    claims claimed claim wonder wondering confused sure""".split())


# …and one typed straight after the question, with no stop between, as a voice-typed line runs on ("when was
# imran khan ousted i forgot the year", "who is the army spokesman that called imran khan mentally ill i heard
# it on the radio"): "I" and a verb of the reader's own mind or memory, after a word that is no auxiliary or
# preposition ("what tax do I pay", "parcels I send" go on asking) and no letter of a spelt-out name ("p t i")
_RUN_ON_ASKS = re.compile(r"^\W*(?:what|which|who|whom|whose|when|where|why|how|is|was|did|does|do|are|were)\b", re.I)
_RUN_ON_WH = frozenset("who whom whose what which when where why how".split())
_RUN_ON_BEFORE = frozenset("""do did does can could should would will shall am must may if that so and or as but have
    has had let on for to at in of by""".split())
_RUN_ON_MIND = frozenset("""heard hear forgot forget always want need think thought saw read bet wonder guess assume
    mean hope pray keep never just really remember believe got am was had""".split())


def _run_on(text: str) -> str:
    """The question without a remark about the reader run on after it with no stop between."""
    words = text.split()
    bare = [w.strip(",.!:;'").casefold() for w in words]
    # (a question word may come later: "in his post imran blamed which general … i forgot the name")
    if _RUN_ON_ASKS.match(text) is None and _RUN_ON_WH.isdisjoint(bare):
        return text
    for i in range(3, len(words) - 1):
        if (bare[i] in ("i'm", "im") or (bare[i] == "i" and bare[i + 1] in _RUN_ON_MIND)) and \
                bare[i - 1] not in _RUN_ON_BEFORE and len(bare[i - 1]) > 1 and len(bare[i + 1]) > 1 and \
                bare[i + 1].isalpha():  # ("who was pm im 2017": a slip of "in")
            return text if not _ASKS_ON.isdisjoint(bare[i:]) else " ".join(words[:i])
    return text


def _without_aside(text: str) -> str:
    """The question without a remark typed after its question mark, unless the remark goes on asking, and
    without a remark about the reader typed before it."""
    if (me := _ME_FIRST.match(text)) is not None and len(me["q"].split()) >= 3 and _HEARSAY_VERBS.isdisjoint(
            w.strip(",.!:;'").casefold() for w in me["me"].split()):
        text = me["q"]
    if "," in text or ";" in text or "—" in text or "–" in text:
        about_me = _ABOUT_ME.match(text)
        if about_me is not None and _ASKS_ON.isdisjoint(w.strip(",.!:;'").casefold() for w in about_me["tail"].split()):
            return about_me["q"]
    at = text.find("?")
    if at < 0:
        return _run_on(text)
    end = at + len(text[at:]) - len(text[at:].lstrip("?"))
    if not text[end:end + 1].isspace() or "?" in text[end:]:
        return text  # (what `_ASIDE` needs, tested first: its failing scan is quadratic in the length)
    found = _ASIDE.match(text)
    if found is None or len(found["q"].split()) < 2:
        return text
    if not _ASKS_ON.isdisjoint(w.strip(",.!:;").casefold() for w in found["tail"].split()[:3]):
        return text
    return found["q"]


# A statement typed as a message is a claim to check ("imran khan was ousted in 2021 everyone knows",
# "alibaba sent a 12 person delegation in 2025, big deal"): a subject, then a verb that states something,
# and nothing that asks — no question mark, question word, listing or ordering word, and no clause
# ("the size of the team *that met* Shehbaz" is a noun phrase looked up).
_STATES = re.compile(r"^\W*(?:so |claim: |draft: |everyone knows |apparently )?(?P<subject>(?:[\w'’.%$-]+ ){1,6}?)"
                     r"(?P<verb>is|was|were|are|has|have|had|got|met|sent|said|led(?= (?:the|a|an|his|its)\b)|fell|rose|came|gave|took|told|"
                     r"called|passed|ousted|jailed|agreed|refused|privatised|privatized|hit|won|lost)\b", re.IGNORECASE)
_ASKING = re.compile(r"\?|\b(?:who|whom|whose|what|which|when|where|why|how|list|all|every|each|everything|compare|vs|"
                     r"first|last|latest|earliest|right|correct|true|kya|kaun|kon|kab|kahan|kyun)\b|\b(?:that|who|which) "
                     r"(?:is|was|were|are|met|led|said)\b", re.IGNORECASE)


# "income tax on online sellers is 10 percent?": a statement asked with its question mark, whose copula
# goes first as a question puts it ("is income tax on online sellers 10 percent?")
_STATED_ASKED = re.compile(r"^\W*(?P<subject>(?:[\w'’.%$-]+ ){2,6}?)(?P<verb>is|are|was|were) (?P<rest>[^?]+\?)\s*$",
                           re.IGNORECASE)
_ASKS_FIRST = re.compile(r"^\W*(?:who|whom|whose|what|which|when|where|why|how|is|are|was|were|did|does|do|has|have|"
                         r"had|can|could|will|would|should)\b", re.IGNORECASE)


def as_claim(text: str) -> str:
    """A chat message that states something, tagged "right" so that it is read as the claim it makes,
    and a statement asked with a question mark put as a question. (Only for what a person typed to the
    bot: a sentence given to the claim checker is a claim already.) A letter's greeting and courtesies go
    first: "Sorry if this is a silly question but how much … pay?" states nothing."""
    text = _unframed(text)
    if (stated := _STATED_ASKED.match(text)) is not None and not _ASKS_FIRST.match(text) and not _TAG.search(
            text) and not re.search(r"\b(?:who|whom|what|which|when|where|why|how|reason|said|says|say)\b",
                                    stated["subject"], re.IGNORECASE):
        return f"{stated['verb']} {stated['subject'].strip()} {stated['rest']}"
    if _ASKING.search(text) or _TAG.search(text) or (found := _STATES.match(text)) is None:
        return text
    if found["subject"].split()[0].casefold() in ("the", "a") and len(found["subject"].split()) == 1:
        return text
    return text.rstrip(" .!") + " right"


# -- numbers said aloud ---------------------------------------------------------------------------
# A dictated question writes its numbers as words: "twenty seventeen", "twenty twenty five", "five
# hundred rupees", "the twenty sixth of june". Only the question is read so (the articles write
# digits). Written by hand: the forms are years said in pairs, ordinals beside a month ("may first"
# is left alone: "may" is a verb as often) and compounds
# under a thousand — a general parser (text2num) would read "twenty seventeen" as 20 17.
_UNITS = {w: n for n, w in enumerate("one two three four five six seven eight nine".split(), start=1)}
_TEENS = {w: n for n, w in enumerate("ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen "
                                     "nineteen".split(), start=10)}
_TENS = {w: n * 10 for n, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), start=2)}
_ORDINALS = {w: n for n, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split(), start=1)} | {"thirtieth": 30}
_U, _T = "|".join(_UNITS), "|".join(_TEENS)
_SPOKEN_YEAR = re.compile(rf"\b(?:twenty|two thousand(?: and)?)[\s-]+(?:(?P<teen>{_T})|twenty(?:[\s-]+(?P<unit>{_U}))?)\b"
                          rf"|\btwo thousand(?: and)?[\s-]+(?P<low>{_U})\b", re.I)
_TENS_WORDS = "|".join(_TENS)
# a number of two words or more: "five hundred (and twenty five)", "twenty five" (a lone word is left
# to the quantities' own table)
_SPOKEN_COMPOUND = re.compile(rf"\b(?:(?P<hundreds>{_U})[\s-]+hundred(?:[\s-]+(?:and[\s-]+)?(?:(?P<htens>{_TENS_WORDS})"
                              rf"(?:[\s-]+(?P<hunit>{_U}))?|(?P<hteen>{_T})|(?P<hone>{_U})))?"
                              rf"|(?P<tens>{_TENS_WORDS})[\s-]+(?P<unit>{_U}))\b", re.I)
_SPOKEN_DAY = re.compile(rf"\b(?:(?P<tens>twenty|thirty)[\s-]+)?(?P<ord>{'|'.join(_ORDINALS)})\b"
                         rf"(?=\s+(?:of\s+)?{_MONTH}\b)"
                         rf"|\b(?P<month>{'|'.join(sorted(MONTHS - {'may'}, key=len, reverse=True))})\s+(?:the\s+)?(?:(?P<tens2>twenty|thirty)[\s-]+)?"
                         rf"(?P<ord2>{'|'.join(_ORDINALS)})\b", re.I)
_SPOKEN_GATE = re.compile(rf"\b(?:{_TENS_WORDS}|hundred|thousand|{'|'.join(_ORDINALS)})\b", re.I)
_spoken = found_in(_SPOKEN_GATE)


def _spoken_year(match: re.Match[str]) -> str:
    if match["low"]:
        return str(2000 + _UNITS[match["low"].casefold()])
    if match["teen"]:
        return str(2000 + _TEENS[match["teen"].casefold()])
    return str(2020 + (_UNITS[match["unit"].casefold()] if match["unit"] else 0))


def _spoken_compound(match: re.Match[str]) -> str:
    if match["tens"]:
        return str(_TENS[match["tens"].casefold()] + _UNITS[match["unit"].casefold()])
    value = 100 * _UNITS[match["hundreds"].casefold()]
    if match["htens"]:
        value += _TENS[match["htens"].casefold()] + (_UNITS[match["hunit"].casefold()] if match["hunit"] else 0)
    elif match["hteen"]:
        value += _TEENS[match["hteen"].casefold()]
    elif match["hone"]:
        value += _UNITS[match["hone"].casefold()]
    return str(value)


def _spoken_day(match: re.Match[str]) -> str:
    tens, word = (match["tens"], match["ord"]) if match["ord"] else (match["tens2"], match["ord2"])
    day = (_TENS[tens.casefold()] if tens else 0) + _ORDINALS[word.casefold()]
    return (f"{match['month']} " if match["month"] else "") + f"{day}th" if day <= 31 else match[0]


def spoken_numbers(text: str) -> str:
    """Numbers said aloud, in digits: "twenty seventeen" → 2017, "twenty twenty five" → 2025, "five
    hundred rupees" → 500 rupees, "twenty five percent" → 25 percent, "the twenty sixth of june" →
    the 26th of june (which `_ORDINAL` then reads as the day)."""
    if not _spoken(text):
        return text
    text = _SPOKEN_YEAR.sub(_spoken_year, text)
    text = _SPOKEN_DAY.sub(_spoken_day, text)
    return _SPOKEN_COMPOUND.sub(_spoken_compound, text)


# a letter's framing around a question: "Assalam o Alaikum, …", "Dear bot, …", "… Thank you. JazakAllah."
_SALUTATION = re.compile(r"^\W*(?:(?:as+ala+m+\s*[- ]?\s*[uo]?\s*[- ]?\s*alaik(?:um|om)|as+ala+mu?alaik(?:um|om)|salaam|salam|aoa|"
                         r"good (?:morning|afternoon|evening|day)|dear|respected|hello|hi|hey|beta|beti|jinab|janab|namaste|namaskar|greetings)"
                         r"(?:\s+(?:sir|madam|maam|son|beta|beti|bot|factdesk|friend|all|everyone|ji|sahib|sahab|there))*\s*[,.!:;-]+\s*)+",
                         re.I)
# the courtesies before a question: "hope you're well.", "I'm sorry,", "Sorry if this is a silly question but"
_COURTESY = re.compile(r"^\W*(?:(?:(?:hi|hello|hey)(?: there| all| everyone)?\W+)?(?:i )?hope (?:you|u|ur|you're|all|this|everything)\b[^.!?,]{0,24}?\bwell\b|(?:i'?m |i am )?(?:so |very )?"
                       r"sorry(?: to (?:bother|trouble) (?:you|u))?(?: if this is (?:a |such a )?(?:silly|dumb|stupid|naive|basic|"
                       r"daft|obvious) (?:question|one))?)\s*(?:[,.!:;-]+|\s+but\b)\s*", re.I)
_CLOSING = re.compile(r"(?:(?<=[.!?])|\s*[,;—–-])\s*(?:(?:thank(?:s| you)(?: (?:very much|so much|kindly|in advance|a lot))?|"
                      r"thanking you(?: in (?:advance|anticipation))?|with (?:thanks|regards|prayers|gratitude|respect)|"
                      r"(?:kind |best |warm )?regards|jazak\s?allah(?: khair)?|shukriya|kindly (?:oblige|reply|inform(?: me)?|"
                      r"clarify|correct me|help|advise)|(?:kindly|please|pls|plz) (?:tell|explain|elaborate|inform|reply|help)"
                      r"(?: (?:me|us))?|if you (?:would|could|will) be so kind|if i may(?: ask)?|if you please|"
                      r"i (?:will|would) be (?:very )?grateful|(?:may )?(?:allah|god) bless(?: you)?|allah hafiz|"
                      r"khuda hafiz|(?:much |most )?obliged)\b[.!]*\s*)+$"
                      # "… narrative shukriya": Urdu's thanks closes a line without a stop (English "thanks"
                      # there may be what is asked: "did the pm say thanks")
                      r"|\s+(?:shukriya|shukria|jazak\s?allah(?: khair)?)\W*$", re.I)
_PLAIN_WORDS = ("words", "terms", "english", "language", "urdu")  # (what `_PLAINLY` cannot match without)
_PLAINLY = re.compile(r",?\s*\bin (?:simple|plain|easy|layman'?s?|everyday|basic|short) (?:words|terms|english|language|urdu)\b", re.I)
_NUMBERED = re.compile(r"^(?:q|qn|ques|question)\s*#?\d{1,2}\b\s*[.:)\-–—]*\s*(?:for (?:class|quiz|homework)\s*[.:)\-–—]*\s*)?",
                       re.IGNORECASE)
# a sentence about the reader beside the question ("My daughter runs a small online shop.", "I am old and
# forget these things."): it asks nothing — no question word, no figure, no question mark
_MY_STORY = re.compile(r"\b(?:i|my|me|i'm|im|mine)\b", re.I)
_CHECKING = frozenset("prove wrong right correct true false confirm verify sure".split())  # "… prove me wrong"


def _greeted_off(text: str) -> str:
    """The text without the greeting and courtesies it opens with ("Hi there, hope you're well.")."""
    if (greeting := _SALUTATION.match(text)) is not None:
        text = text[greeting.end():]
    head = text[:80].lower()
    while ("hope" in head or "sorry" in head) and (courtesy := _COURTESY.match(text)) is not None \
            and courtesy.end() < len(text):
        text = text[courtesy.end():]
        head = text[:80].lower()
    return text


def _unframed(text: str) -> str:
    """The question without a letter's greeting, sign-off, or a sentence about the reader."""
    text = _greeted_off(text)
    if " in " in text and any(w in text.lower() for w in _PLAIN_WORDS):
        text = _PLAINLY.sub("", text)  # "…, in simple words?": how to answer, not what
    if text[:1] in "qQ" and (numbered := _NUMBERED.match(text)) is not None and numbered.end() < len(text):
        text = text[numbered.end():]  # "Q2. what rank …", "q3 - on what day …": a quiz's numbering
    text, closed = _CLOSING.subn("", text)
    if closed:
        text = text.rstrip(" ,;")
    parts = re.split(r"(?<=[.!?])\s+", text)
    if len(parts) > 1:
        kept = [p for p in parts if not (_MY_STORY.search(p) and "?" not in p and not any(c.isdigit() for c in p)
                                         and (QUESTION_WORDS | _CHECKING).isdisjoint(
                                             w.strip(",.!;:").casefold() for w in p.split()))]
        if kept and len(kept) < len(parts):
            text = " ".join(kept)
    return text


# chat's "2" for "to" ("wants 2 help", "talked 2 reporters wen", "applies 2 who"): a "2" between two words is
# read as "to" unless it counts the word after it ("2 ppl", "2 main points", "2 members"), is a name's
# number ("ITA 2", "phase 2") or a date's day ("thu 2 mar")
_TWO = re.compile(r"(?<=[a-z] )2(?= [a-z])", re.I)
_TWO_NAMED = frozenset("""ita phase no number like only about around just top sent bheje with of in on than for the a
    every last next first and or model version part round stage article point chapter item""".split()) | MONTHS | WEEKDAYS \
    | frozenset("mon tue tues wed thu thur thurs fri sat sun".split())  # (read before the phrase table spells them out)
_TWO_COUNTED = frozenset("""ppl people main more other new big top key or and per of bn mn k lakh crore million billion
    thousand hundred dollar dollars rupee rupees percent pc pct member person time day year month week hour minute
    meeting article source tax minister x ministers different separate agreement deal by in on at from for to with than is was are
    were""".split())


def _two_as_to(text: str) -> str:
    """The line with each "2" that stands for "to" spelt so; before the numbers are read, so "2" is not a
    figure the answer must give."""
    def to_or_two(m: re.Match[str]) -> str:
        before = text[:m.start()].split()[-1].casefold()
        after = text[m.end():].split()[0].casefold()
        counts = after in _TWO_COUNTED or after in MONTHS or (after.endswith("s") and len(after) > 3)
        return m[0] if before in _TWO_NAMED or counts else "to"
    return _TWO.sub(to_or_two, text)


@per_request
def clean(text: str) -> str:
    """The question as the reader meant it: markup gone, shorthand spelt out, numbers canonical."""
    text = _unframed(spoken_numbers(strip_markup(text)))
    if " 2 " in text:
        text = _two_as_to(text)
    if not text.isascii() or any(w in text.lower() for w in ("snt", "dnt", "ont", "rent", "vent")):
        text = _BARE_NOT.sub(r"\1 not", text)
    text = _reframed(text)
    if "." in text:
        text = _DOTTED.sub(lambda m: m.group(0).replace(".", ""), text)  # "P.N.S.C." is PNSC
    if "'" in text or "’" in text:
        text = _SHORT_YEAR.sub(r"20\1", text)  # "since '22": 2022
    if "$$" in text:
        text = _DOLLARS.sub("", text)  # "size of the industry $$": money asked, which "how much" says
    if _tagged(text) and len(text.split()) > 3:
        text = _TAG.sub(" right", text)
    text = expand(text)
    if any(c.isdigit() for c in text):
        text = _TWO_DIGIT_YEAR.sub(_two_digit_year, text)
        text = _YEAR_SCALE.sub(r"\1", text)
    return " ".join(_BARE_SCALE.sub(r"\1", normalise_quantities(_without_aside(text))).split())
