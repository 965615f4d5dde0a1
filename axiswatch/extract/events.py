"""Event detection: triggers typed into the ontology, filled from the parse.

For each sentence: find triggers, drop those that state no concrete
occurrence (negated, hypothetical, generic plurals, anaphoric "these
attacks", inside a name or a date), type each into the ontology (weapon and
modifiers give the subtype; "strike" by a state is a strike, by a group an
attack; "failed"/"attempted" make a plot), fill its arguments, then merge the
triggers that describe one occurrence and split coordinated targets
("attacks on X in A and Y in B") into one event each.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from axiswatch.extract.arguments import (
    AGAINST,
    AS,
    AT,
    BY,
    DEEDS_ON_PERSONS,
    DENYING,
    FOR,
    FROM,
    IN_AT,
    INTO,
    LATER_ORDINALS,
    LIGHT_VERBS,
    OF,
    PLACE_PREPS,
    PRICE_NOUNS,
    REFUSING,
    SEQUENCE_VERBS,
    TARGET_PREPS,
    THROUGH,
    TO,
    WITH,
    according_voice,
    acted_on,
    answering_noun,
    denied_by_no,
    direct_objects,
    disowned,
    first_conjunct,
    governing_verb,
    inherited_subjects,
    inverted_speaker,
    is_negated,
    is_to_infinitive,
    named_prep_objects,
    np_span,
    passive_agents,
    prep_objects,
    subjects,
    subtree_tokens,
    unbought,
    verb_auxes,
)
from axiswatch.extract.context import DocContext
from axiswatch.extract.draft import (
    ARMED,
    LISTED_TYPES,
    NON_STATE,
    RECORD_TYPES,
    STATE_TYPES,
    VIOLENT,
    Draft,
)
from axiswatch.extract.merge import (
    POSTING,
    TIME_NOUNS,
    VAGUE_SUBTYPES,
    merge_drafts,
    sent_on_after,
    split_added_sites,
    split_occurrences,
    split_targets,
    told_aside,
)
from axiswatch.extract.occurrence import (
    CLAIM_VERBS,
    TARGETING_VERBS,
    claimed_occurrence,
    dated_subtree,
    fellow_victims,
    forestalled,
    in_name_or_date,
    is_blocked,
    is_generic,
    is_headline,
    running_campaign,
)
from axiswatch.extract.places import (
    KIND_NOUNS,
    PAIR_NOUNS,
    RUN_NOUNS,
    aimed_sites,
    antecedent_place,
    based_places,
    bearing_objects,
    body_found_places,
    border_adjective,
    caught_doing_places,
    counted_places,
    entered_places,
    held_for,
    included_places,
    joined_places,
    kind_appositions,
    kind_name,
    names_owner,
    names_vessel,
    near_bearing,
    offshore_point,
    on_area,
    open_waters,
    past_told,
    place_holders,
    place_of,
    place_preps,
    place_span,
    plotted_acts,
    renamed_site,
    said_in,
    scene_conjuncts,
    sea_over_bearing,
    seat_places,
    sent_to,
    sequel_scene,
    stationed_places,
    stood_at,
    travel_places,
    undergone_site,
    users_place,
)
from axiswatch.extract.reference import DEFINITE as TOLD_DETERMINERS
from axiswatch.extract.reference import ORDINALS, told_as_first
from axiswatch.extract.roles import (
    ACCUSING,
    BEHIND_PREPS,
    BODY_HEADS,
    DETAINING,
    GROUP_NOUNS,
    LABELLING,
    NAMING_VERBS,
    PARTNER_PREPS,
    POSSESSIVE_GROUP,
    PRINCIPAL_NOUNS,
    RELATIVE_PRONOUNS,
    SAYING,
    SCHEME_NOUNS,
    SUBJECT_PRONOUNS,
    VOICE_NOUNS,
    Roles,
    accused_doers,
    antecedent,
    backers_of_plotters,
    blamed_on_deed,
    blamers_hung_on_deed,
    capital_states,
    claimants,
    coalition_of_states,
    envoys_of,
    event_noun,
    hands_used,
    meeting_parties,
    named_party,
    party_ids,
    past_time_span,
    plotters,
    principal_phrases,
    principals,
    scheme_makers,
    seizers_before,
    sentence_roles,
    sponsors_of_plot,
    title_owner,
    token_actors,
    tokens_actors,
)
from axiswatch.extract.speakers import (
    BODY_NOUNS,
    SPOKESPEOPLE,
    bodies_of,
    reporting_group,
    saying_verb,
    speakers,
    with_speaker,
)
from axiswatch.extract.titles import hyphen_title
from axiswatch.extract.triggers import MODIFIER_DEPS, TriggerHit, WeaponHit, lemma
from axiswatch.extract.when import (
    NEWS_DAY_KINDS,
    date_host,
    lately_told,
    pick_date,
    record_date,
    said_on,
    tense,
)
from axiswatch.kb.ontology import Trigger
from axiswatch.nlp.dates import DateMatch
from axiswatch.nlp.linking import ACTOR_TYPES, PLACE_TYPES, TITLE_WORDS, LinkedMention
from axiswatch.nlp.metonymy import DIPLOMAT_NOUNS
from axiswatch.nlp.numbers import killed_count
from axiswatch.nlp.tokens import doc_tokens, sentence_before, text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

STATE_WEAPONS = frozenset({"airstrike", "artillery"})
# Warplanes are flown by states: "fighter jets struck X", whoever is named, is a strike.
AIR_FORCE_WEAPONS = frozenset({"airstrike"})


GROUP_WEAPONS = frozenset({"rocket", "ied", "arson", "gunfire", "knife", "mortar"})


STATEMENT_OK_DEPS = frozenset({"ROOT", "conj", "ccomp", "dobj", "nsubj", "nsubjpass"})


PLOT_PREPS = frozenset({"against", "on", "targeting", "to"})
# A list of those sanctioned after the sanctions or their targets.
INCLUDING = frozenset({"including"})
# Verbs by which a plot comes to light, whose day is not the plot's own.
DISCLOSING_VERBS = frozenset({"uncover", "expose", "discover", "reveal", "disclose", "unseal"})
# Verbs whose object is a plot told as an occurrence ("uncovered a plot"), and verbs
# a plot is the subject of when its course is told ("the plot began in October").
PLOT_OBJECT_VERBS = DISCLOSING_VERBS | frozenset({"hatch", "foil", "thwart", "disrupt",
                                                  "devise", "dismantle", "orchestrate",
                                                  # "survived an assassination attempt"
                                                  "survive", "escape", "prevent", "avert",
                                                  "stop"})
PLOT_SUBJECT_VERBS = frozenset({"begin", "start", "unfold", "involve", "fail"})


# Journeys whose purpose infinitive is an act not yet done: "travelled to X to kill Y".
JOURNEY_VERBS = frozenset({"travel", "come", "go", "fly", "arrive", "enter", "return",
                           "move", "relocate", "drive", "sail"})


def _sent_things(verb: Token) -> bool:
    """"drones flew in to strike the base", "Israeli jets flew over X to strike": a
    journey of weapons or craft, not of plotters (the plural may be tagged as a name)."""
    return any(c.dep_ == "nsubj" and (lemma(c) in CRAFT_SUBJECTS or
                                      c.lower_.removesuffix("s") in CRAFT_SUBJECTS)
               for c in verb.children)


# Craft that fly or sail to strike: their journey is the strike's, not a plot's.
CRAFT_SUBJECTS = frozenset({"drone", "missile", "rocket", "jet", "aircraft", "plane",
                            "warplane", "helicopter", "boat", "vessel", "ship", "munition"})


def _toll_of_assault(ctx: DocContext, tok: Token, sent: Span) -> bool:
    """"A gunman forced his way into the embassy and shot dead its head of security": a
    killing joined to an assault on a place is that assault's toll, not a killing of its
    own (a named victim still makes it one)."""
    if tok.dep_ != "conj" or _person_target(ctx, tok, nouns=False, named=True):
        return False
    head = tok.head
    if any(h.head == head.i and h.event_type == "attack" for h in ctx.triggers(sent)):
        return True  # "stormed the consulate and killed a guard"
    return lemma(head) in BREAKING_IN and any(
        c.dep_ == "prep" and c.lower_ == "into" for c in head.children)


# Arms fired at an area, not aimed at a person: whoever they kill, named or not, is the
# toll of the barrage ("was killed when shells struck the hill").
AREA_ARMS = frozenset({"artillery", "rocket", "mortar"})
# Words opening a clause of the time something else happened.
TIME_WORDS = frozenset({"when", "as"})


def _area_arm_indices(weapons: Sequence[WeaponHit]) -> set[int]:
    """The token indices of the arms of area fire (shells, tank fire, mortars) named."""
    return {i for w in weapons if w.weapon.name in AREA_ARMS for i in range(w.start, w.end)}


def _toll_of_barrage(tok: Token, weapons: Sequence[WeaponHit]) -> bool:
    """"A cameraman, X, was killed on Friday when shells struck the hill where he was
    filming": a death told with a clause of the time area fire fell is that fire's toll,
    not a killing of its own, even of a named person (but "was killed when a drone struck
    his car" may be aimed at him); a death that area fire is the subject of is told by
    :func:`_killed_by_area_fire`."""
    arms = _area_arm_indices(weapons)
    return any(c.dep_ == "advcl" and any(g.lower_ in TIME_WORDS and g.dep_ in ("advmod", "mark")
                                         for g in c.children) and
               any(t.i in arms for s in subjects(c) for t in s.subtree)
               for v in (tok, *(c for c in tok.children if c.dep_ == "conj"))
               for c in v.children)  # ("X was killed and four were wounded when ...")


def _killed_by_area_fire(tok: Token, weapons: Sequence[WeaponHit]) -> bool:
    """"Israeli tank fire killed a videographer, X", "shelling killed X": area fire told
    as the doer of a death is a blow whose toll the person is, not a killing aimed at him
    (but "a drone killed X" may be)."""
    arms = _area_arm_indices(weapons)
    return tok.pos_ == "VERB" and any(
        s.dep_ == "nsubj" and any(t.i in arms for t in s.subtree) for s in tok.children)


# The killing verbs that name their weapon: who is "shot dead" or "gunned down" and is no
# one of note was shot in a shooting, an attack by gunfire.
SHOT_DEAD = frozenset({("shoot", "dead"), ("gun", "down")})
# Verbs of getting into a place by force: "forced his way into", "broke into", "burst into".
BREAKING_IN = frozenset({"force", "break", "burst", "storm", "smash", "fight", "push"})


# Verbs that, told as done, stop a plot: "foiled a plot to kill X", "an attack was averted".
STOPPING_PLOTS = frozenset({"foil", "thwart", "disrupt", "avert", "prevent"})


def _plot_subtype(ctx: DocContext, tok: Token) -> str | None:
    """The plot subtype (see :func:`_intent_subtype`); a planned act, or the plan it is
    told in, that a verb tells stopped ("foiled a plot by X to kill Y", "a planned attack
    was averted", "thwarted a plan to bomb X") was foiled."""
    found = _intent_subtype(ctx, tok)
    if found != "planned":
        return found
    cur = tok
    for _ in range(4):
        if cur.dep_ in ("dobj", "nsubjpass") and cur.head.pos_ == "VERB" and \
                lemma(cur.head) in STOPPING_PLOTS and cur.head.tag_ in ("VBD", "VBN") and \
                not is_negated(cur.head):
            return "foiled"
        if cur.dep_ not in ("xcomp", "acl", "relcl", "advcl", "pcomp", "pobj", "prep", "dobj",
                            "nsubjpass") or cur.head.i == cur.i:
            break
        cur = cur.head
    return found


# Verbs by which an act named by its noun comes about: "was to be carried out", "was to
# take place".
COMING_ABOUT = frozenset({"carry", "take", "happen", "occur"})


def _due_to_be_done(tok: Token) -> bool:
    """"The gunman was to kill the journalist", "the assassination was to be carried out by
    a gang", "the attack was to take place on Friday": an act a "be to" construction sets
    as due was not (yet) done."""
    head = tok.head
    if head.i == tok.i or lemma(head) != "be":
        return False
    if tok.dep_ == "xcomp" and tok.pos_ == "VERB":
        return is_to_infinitive(tok)
    return tok.dep_ in ("nsubj", "nsubjpass") and tok.pos_ == "NOUN" and any(
        c.dep_ == "xcomp" and lemma(c) in COMING_ABOUT and is_to_infinitive(c)
        for c in head.children)


# Determiners that point back at a deed told before ("the attack", "this bombing").
BACK_DETERMINERS = frozenset({"the", "this", "that"})


def _done_deed_bought(ctx: DocContext, tok: Token) -> bool:
    """"said the attack had been commissioned by Iranian agencies", "the bombing was
    ordered by the IRGC": a deed told before, named bare as bought or ordered, is that
    deed blamed on its sponsor, not a plot of its own ("an attack was foiled" and "the
    bombing of the consulate was ordered by X" still tell one)."""
    mods = ctx.ontology.plot_modifiers
    return tok.dep_ == "nsubjpass" and tok.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ in BACK_DETERMINERS for c in tok.children) and not any(
        c.dep_ in ("prep", "acl", "relcl", "compound", "amod") for c in tok.children) and \
        mods.get(lemma(tok.head)) == "planned" and bool(passive_agents(tok.head))


def _intent_subtype(ctx: DocContext, tok: Token) -> str | None:
    """The plot subtype when a word of intent, preparation or failure governs the act
    ("a failed attack", "plotted to assassinate X", "a plan to bomb Y", "had been
    preparing attacks"): the act was meant, not done."""
    mods = ctx.ontology.plot_modifiers
    for child in tok.children:
        if child.dep_ in ("amod", "compound") and (lemma(child) in mods or child.lower_ in mods):
            return mods.get(lemma(child)) or mods[child.lower_]
    if _due_to_be_done(tok):
        return "planned"
    verb = governing_verb(tok)
    if verb is not None and forestalled(verb):
        return "foiled"  # "were arrested before they could carry out an attack on X"
    if tok.dep_ == "conj" and tok.head.pos_ == "VERB" and tok.head.i < tok.i:
        shared = _intent_subtype(ctx, tok.head)  # "plots to kidnap or kill X": both intended
        if shared is not None:
            return shared
    if _done_deed_bought(ctx, tok):
        return None
    cur, found = tok, None
    for _ in range(3):
        # "recruited criminals to kill X": a purpose infinitive is the intended act (the
        # parse may hang it on the hired as an infinitive relative: "gangs to attack X")
        purpose = cur.dep_ in ("advcl", "relcl") and any(c.dep_ == "aux" and c.lower_ == "to"
                                                         for c in cur.children)
        if purpose and lemma(cur.head) in JOURNEY_VERBS and cur.head.pos_ == "VERB" and \
                not _sent_things(cur.head):
            return "planned"  # "travelled to Cyprus to kill Israeli businessmen"
        if (purpose or cur.dep_ in ("xcomp", "dobj", "pobj", "pcomp", "acl") or (
                # "a plot Israeli officials linked to Iran to attack X": the parse hangs
                # the act on the plot's relative clause
                cur.dep_ == "relcl" and cur.i != tok.i and cur.head.pos_ == "NOUN" and
                lemma(cur.head) in mods) or (
                cur.dep_ == "nsubjpass" and cur.i == tok.i) or (  # "an attack was foiled"
                cur.dep_ == "prep" and cur.lower_ == "for" and (
                    cur.head.pos_ == "NOUN" or lemma(cur.head) in MEANT_FOR)) or (
                cur.dep_ == "prep" and cur.lower_ == "with" and cur.head.pos_ == "VERB")) \
                and cur.head.i != cur.i:
            # "in preparation for an attack": the act a preparation is for (one who
            # "prepares for an attack" braces for it); "tasked with killing X"
            step, cur = cur, cur.head
            if _set_on_a_person(tok, step, cur) or _assigned_act(ctx, tok, step, cur):
                return "planned"  # "directed two men to kill X": an act set, not (yet) done
            if _failed_act(tok, step, cur):
                return "attempted"  # "the gunmen failed to kill the journalist"
            if cur.pos_ in ("VERB", "AUX", "NOUN") and lemma(cur) in mods and \
                    not unbought(cur, tok) and not _stop_untold(cur, step):
                found = mods[lemma(cur)]
                if lemma(cur) not in MEANS_OF_PLOT:
                    return found
        else:
            break
    scheme = _scheme_before(ctx, tok)
    if found is None and scheme is not None:
        return mods[lemma(scheme)]  # "a plot to bomb X", however the parse hangs it
    return found


# Verbs of coming upon a charge left to go off: "a grenade was found at the embassy".
FINDING_CHARGES = frozenset({"find", "discover", "defuse"})
# Charges left at a site to go off there.
LEFT_CHARGES = frozenset({"grenade", "bomb", "ied"})
# Verbs of stopping or searching a craft, on which arms found are a cargo stopped:
# "boarded a dhow and found rifles on board".
STOPPING_CRAFT = frozenset({"seize", "interdict", "intercept", "stop", "capture", "board",
                            "search", "inspect", "raid"})


def _arms_found_aboard(ctx: DocContext, tok: Token, weapons: Sequence[WeaponHit]) -> bool:
    """"Aboard the vessel, they found missile parts", "intercepted a boat and found
    rifles bound for the Houthis", "discovered ammunition hidden on board": arms found on a
    craft, or found on their way somewhere, are a delivery interdicted, no charge left to
    go off ("found weapons in a warehouse" tells none, nor "found the wreckage of a drone
    aboard the ship", nor "stopped a car and found two rifles")."""
    if tok.pos_ != "VERB" or is_negated(tok):
        return False
    starts = _weapon_indices(weapons)
    found = acted_on(tok)
    found += [c for o in found for c in o.conjuncts]
    arms = [o for o in found if lemma(o) in ctx.ontology.arms_nouns or _military_goods(o) or
            any(t.i in starts for t in (o, *(c for c in o.children if c.dep_ == "compound")))]
    if not arms:
        return False
    if any(c.dep_ == "acl" and lemma(c) in BOUND_VERBS for o in arms for c in o.children):
        return True  # "found explosives destined for the Houthis"
    scope = subtree_tokens(tok, skip_deps=("relcl", "ccomp", "advcl", "conj"))
    if not any(t.lower_ == "aboard" or (t.lower_ == "board" and t.i > 0 and
                                        t.doc[t.i - 1].lower_ == "on") for t in scope):
        return False
    craft = [p for t in scope if t.lower_ == "aboard" for p in t.children if p.dep_ == "pobj"]
    return all(lemma(p) in ctx.ontology.carriers for p in craft)


# Buildings whose grounds a charge may be left on, beside a state's missions.
GUARDED_SITES = frozenset({"embassy", "consulate", "synagogue", "church", "mosque", "temple",
                           "school"})


def _charge_left_at(ctx: DocContext, tok: Token, weapons: Sequence[WeaponHit]) -> bool:
    """"A live hand grenade had been found on the grounds of the embassy", "police
    defused a bomb outside the consulate": a charge found at a mission, a place of
    worship or a named facility was left there to go off, an attempt that failed
    ("found launchers at the site" after a barrage, "found explosives in a warehouse",
    "found no bomb" tell none)."""
    if tok.pos_ != "VERB" or is_negated(tok):
        return False
    found = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    charges = {i for w in weapons if w.weapon.name in LEFT_CHARGES for i in range(w.start, w.end)}
    if not any(t.i in charges for f in found for t in f.subtree):
        return False
    # "found a grenade near the embassy": the place told of the verb or of the charge
    sites = [t for h in (tok, *found) for c in h.children if c.dep_ == "prep" and
             c.lower_ in ("on", "at", "near", "outside", "in", "inside", "beside", "by", "under")
             for t in c.subtree]
    return any(lemma(t) in GUARDED_SITES or (
        t.pos_ == "PROPN" and ctx.etype_of_token(t) == "facility") for t in sites)


# Verbs of praise, whose object is a deed told elsewhere ("praised the attack on X").
PRAISING = frozenset({"praise", "hail", "laud", "glorify", "celebrate", "applaud", "commend",
                      "extol", "salute"})
# Participles of what a thing was meant for: "explosives intended for an attack on X".
MEANT_FOR = frozenset({"intend", "destine", "earmark", "meant"})
# Verbs of stopping an act that tell a plot only when the stop is told as done.
STOPPING_AN_ACT = frozenset({"prevent", "avert", "stop"})


def _stop_untold(verb: Token, act: Token) -> bool:
    """"Police prevented an attack on X", "an attack was averted", "police stopped a car
    bomb attack": a stop told as done makes the act a foiled plot; "steps to prevent
    attacks on shipping" tells an aim, and "stopped its attacks" a course halted (one
    attack, "an attack", is what "stop" foils)."""
    if lemma(verb) not in STOPPING_AN_ACT:
        return False
    if verb.tag_ not in ("VBD", "VBN"):
        return True
    return lemma(verb) == "stop" and not any(c.dep_ == "det" and c.lower_ in ("a", "an")
                                             for c in act.children)


def _set_on_a_person(tok: Token, step: Token, verb: Token) -> bool:
    """"Directed two men to kill X": a handler who directs others, by an infinitive, to kill
    or kidnap someone set an act that, with no toll told, is not (yet) done. "Directed the
    attack on X" (the act as object) or "directed fighters to fire rockets" (no deed on a
    person) tell a done act; "direct" as an adjective ("a direct attack") says nothing of
    intent, so it is no plot modifier."""
    infinitive = step.dep_ in ("xcomp", "advcl", "relcl") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in step.children)
    return infinitive and verb.pos_ == "VERB" and lemma(verb) == "direct" and \
        lemma(tok) in DEEDS_ON_PERSONS and any(c.dep_ == "dobj" for c in verb.children) and \
        killed_count(text_of(verb.sent)) is None


# Verbs that set men on an act by an infinitive: "ordered the men to attack X", "two men
# were sent to kidnap Y", "asked a contact to set fire to a synagogue".
SETTING_ON = frozenset({"order", "command", "tell", "send", "dispatch", "ask"})
# Acts that, set on men by an order or bought with money, are not (yet) done ("set" of
# "set fire to X", "torch" and "firebomb" too).
SET_ACTS = DEEDS_ON_PERSONS | {"attack", "bomb", "assassinate", "set", "torch", "firebomb",
                               "burn"}
# Verbs that give a sum for an act: "money was given to the gang to kill X".
GIVING = frozenset({"give", "hand", "transfer", "promise"})


def _assigned_act(ctx: DocContext, tok: Token, step: Token, verb: Token) -> bool:
    """An act by its infinitive that the sentence tells only as set, bought or imminent:
    "the IRGC ordered the men to attack the consulate", "two men were sent to kidnap an
    activist", "money was given to the gang to kill a diplomat", "the cell was about to
    attack the base". An order to a named force ("ordered the IRGC to attack") is the
    order's own event; a toll told makes the act done."""
    infinitive = step.dep_ in ("xcomp", "advcl", "relcl") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in step.children)
    if not infinitive or tok.i != step.i or killed_count(text_of(verb.sent)) is not None:
        return False
    if verb.lower_ == "about" and verb.dep_ in ("acomp", "advmod"):
        return True  # "were about to attack the base", "about to fire missiles at X"
    if verb.lower_ == "going" and verb.tag_ == "VBG" and any(
            c.dep_ == "aux" and c.lower_ in ("was", "were") for c in verb.children):
        return True  # "the suspects were going to attack a US base"
    if lemma(tok) not in SET_ACTS:
        return False
    if verb.pos_ != "VERB":
        return False
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if lemma(verb) in GIVING:
        given = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        return any(t.tag_ == "$" or t.ent_type_ == "MONEY" or lemma(t) in PRICE_NOUNS
                   for g in given for t in g.subtree)
    if lemma(verb) not in SETTING_ON:
        return False
    if passive:
        return lemma(verb) in ("send", "dispatch") or step.dep_ == "xcomp"
    set_on = direct_objects(verb)
    return bool(set_on) and not any(
        ctx.etype_of_token(o) in FORCE_TYPES or _own_followers(o) or
        lemma(o) in CRAFT_SUBJECTS or o.lower_.removesuffix("s") in CRAFT_SUBJECTS
        for o in set_on)


def _failed_act(tok: Token, step: Token, verb: Token) -> bool:
    """"The gunmen failed to kill the journalist": an act told by its infinitive under a
    verb of failing was tried, not done ("failed to prevent the attack" tells the attack
    done: the act must be the infinitive itself)."""
    return tok.i == step.i and step.dep_ == "xcomp" and verb.pos_ == "VERB" and \
        lemma(verb) == "fail" and any(c.dep_ == "aux" and c.lower_ == "to"
                                       for c in step.children) and not is_negated(verb)


def _aside_before(tok: Token) -> Token | None:
    """The word an infinitive goes on from across an aside of no verb set off by commas
    ("plotting, on the orders of X, to murder Y", "a plan, hatched in Z, to bomb W")."""
    doc = tok.doc
    if tok.pos_ != "VERB" or tok.i < 4 or doc[tok.i - 1].lower_ != "to" or \
            doc[tok.i - 2].text != ",":
        return None
    for i in range(tok.i - 3, max(tok.i - 12, 0), -1):
        if doc[i].text == ",":
            return doc[i - 1] if i >= 1 and doc[i - 1].sent == tok.sent else None
        if doc[i].is_punct or doc[i].pos_ == "VERB":
            return None
    return None


def _scheme_before(ctx: DocContext, tok: Token) -> Token | None:
    """The noun of intent an act's infinitive follows ("a plot to bomb X", "an attempt to
    kill Y"), however the parse hangs the act."""
    doc = tok.doc
    if tok.pos_ == "VERB" and tok.i >= 2 and doc[tok.i - 1].lower_ == "to" and \
            doc[tok.i - 2].pos_ == "NOUN" and lemma(doc[tok.i - 2]) in ctx.ontology.plot_modifiers:
        return doc[tok.i - 2]
    aside = _aside_before(tok)
    if aside is not None and aside.pos_ in ("NOUN", "VERB") and \
            lemma(aside) in ctx.ontology.plot_modifiers:
        return aside  # "plotting, on the orders of X, to murder Y": an aside between
    if tok.dep_ in ("advcl", "acl", "relcl", "xcomp") and tok.head.pos_ == "VERB" and \
            any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        # "devise a plan within a week to kill X": the parse hangs the infinitive on the
        # verb whose object is the plan
        for noun in tok.head.children:
            if noun.dep_ == "dobj" and noun.pos_ == "NOUN" and noun.i < tok.i and \
                    lemma(noun) in ctx.ontology.plot_modifiers:
                return noun
    return None


def _denied(tok: Token) -> bool:
    """"Iran denied plotting to kill X": an intended act the sentence denies is no plot
    (the denial is the event)."""
    cur = tok
    for _ in range(4):
        if cur.dep_ not in ("xcomp", "dobj", "pcomp", "ccomp", "pobj", "acl") or \
                cur.head.i == cur.i:
            return False
        cur = cur.head
        if lemma(cur) in DENYING and cur.pos_ == "VERB":
            return True
    return False


# Words of a plot's means, which a word of intent or failure above them outranks:
# "tried to hire a hitman to kill X" is an attempt.
MEANS_OF_PLOT = frozenset({"hire", "arrange", "recruit", "pay", "offer", "contract", "commission"})


def _person_target(ctx: DocContext, tok: Token, *, nouns: bool, named: bool = False) -> bool:
    """Whether the trigger's object is a named person, a person of rank ("a senior
    commander"), or with ``nouns`` any person ("prisoners"); with ``named`` only a named
    person."""
    objs = direct_objects(tok) + [p for _x, p in prep_objects(tok, OF)]
    if tok.pos_ == "VERB" and any(c.dep_ == "auxpass" for c in tok.children):
        objs += [c for c in tok.children if c.dep_ == "nsubjpass"]  # "X was killed"
    if tok.dep_ in ("acl", "relcl") and tok.pos_ == "VERB":
        objs.append(tok.head)
        if any(c.lower_ in ("who", "whom") for c in tok.children):
            # "Y, the commander of the Force, who was killed": "who" is a person, the
            # parse may hang it on the nearest noun of the title before it
            objs += [a for a in list(tok.head.ancestors)[:4] if a.pos_ in ("NOUN", "PROPN")]
    for obj in objs:
        # "its secretary-general, X", "his brother, X": the name in apposition
        appos = [c for c in obj.children if c.dep_ == "appos"]
        for t in [obj, *obj.conjuncts, *appos]:
            m = ctx.ents.at(t.i)
            if m is not None and m.etype == "person":
                return True
            if named:
                continue
            if nouns and lemma(t) in ctx.ontology.person_nouns:
                return True
            if lemma(t) in ctx.ontology.target_nouns:
                return True
    return False


# Men under arms whose deaths at an armed group's hands tell its blow: "killed three US
# soldiers", "two policemen were killed by gunmen" (not "killed a journalist").
SERVICEMEN = frozenset({"soldier", "troop", "serviceman", "servicemember", "policeman",
                        "sailor", "marine", "personnel", "conscript", "guard"})


def _band_kills_troops(ctx: DocContext, tok: Token) -> bool:
    """"Militants killed four Iraqi soldiers", "three US troops were killed by Iran-backed
    militants", "Houthi fighters killed two sailors": men under arms killed by an armed
    group, or armed men no state owns, are the toll of its attack, not a targeted killing."""
    if tok.pos_ != "VERB" or is_negated(tok):
        return False
    if tok.dep_ == "conj" and any(h.head == tok.head.i for h in ctx.triggers(tok.sent)):
        return False  # "fired a missile at the tanker and killed two sailors": its toll
    victims = direct_objects(tok) + [c for c in tok.children if c.dep_ == "nsubjpass"]
    victims += [p for v in victims if v.like_num or lemma(v) in ("dozen", "score")
                for _x, p in prep_objects(v, OF)]  # "killed dozens of soldiers"
    victims = [v for v in victims if not (v.like_num or lemma(v) in ("dozen", "score"))
               or not prep_objects(v, OF)]
    if not victims or not all(lemma(v) in SERVICEMEN or (lemma(v) == "member" and any(
            lemma(c) == "service" for c in v.children)) for v in victims):
        return False
    doers = [s for s in inherited_subjects(tok) if s.dep_ != "nsubjpass"] + \
        passive_agents(tok)
    if not doers:
        return False
    if all(lemma(d) in ARMED_ANYONES or _own_fighters(d) or _fighters_of(ctx, d)
           for d in doers):
        return True
    named = tokens_actors(ctx, doers)
    return bool(named) and all(ctx.etype(a) in GROUP_TYPES for a in named)


def _state_reading(ctx: DocContext, tok: Token, trig: Trigger) -> tuple[str, str | None] | None:
    """"US forces struck targets": a verb that needs a weapon for a group's attack
    needs none when a state does it to an object; it reads as the state-only trigger
    of the same words."""
    objects = _blow_objects(tok)
    if tok.pos_ == "VERB" and not objects and _army_target_hit(ctx, tok, trig):
        return trig.event_type, trig.subtype  # "a US patrol was hit near the border"
    if tok.pos_ != "VERB" or not objects:
        return None
    subj = [s for s in inherited_subjects(tok) if s.dep_ != "nsubjpass"] or \
        _raised_subjects(tok) or _claimers_of_deed(tok)
    named = tokens_actors(ctx, subj) if subj else []
    side = _state_actor(ctx, named) if subj else None
    if side is None and subj and all(lemma(s) in ARMED_ANYONES for s in subj):
        side = False  # "unidentified gunmen", "the fighters": no state's men, whoever sent them
    # (a relative pronoun stands for a noun the parse may not show: "the strikes, which
    # it said hit positions")
    doers = [] if any(s.tag_ in ("WDT", "WP") for s in subj) else named
    if side is False and trig.armed_subject and doers and all(
            ctx.etype(a) in GROUP_TYPES for a in doers) and any(
            lemma(o) in ARMY_TARGETS or _military_targets(o) for o in objects):
        return trig.event_type, trig.subtype  # "Hezbollah said it struck an Israeli tank"
    if side is False and trig.armed_subject and any(
            _named(ctx, t) or (_sites_hit_by_name(ctx, subj, t))
            for o in objects for t in (o, *(
                c for c in o.children if c.dep_ == "appos"), *(
                p for _x, p in prep_objects(o, OF)), *_named_site_of(ctx, o))):
        return trig.event_type, trig.subtype  # "the Houthis hit the tanker X", "struck a ship"
    if side is not True or any(lemma(p) in MEASURE_NOUNS
                               for _x, p in prep_objects(tok, WITH)):
        return None  # "Washington hit the network with sanctions": a measure, no force
    for alt in ctx.ontology.triggers_starting(trig.lemmas[0]):
        if alt.state_only and alt.lemmas == trig.lemmas and alt.event_type != trig.event_type:
            return alt.event_type, alt.subtype
    if trig.event_type == "attack" and trig.armed_subject and any(
            lemma(o) in ARMY_TARGETS | STRUCK_SITES for o in objects):
        return "strike", None  # "the Israeli air force destroyed a depot": a state's force
    return None


def _named_site_of(ctx: DocContext, obj: Token) -> list[Token]:
    """"Hit the Kiryat Shmona industrial zone", "struck the Haifa oil terminal": the
    place whose name stands before a site's noun; not a kind ("the sales targets")."""
    return [c for c in obj.children if c.dep_ in ("compound", "nmod") and c.i < obj.i and
            _named(ctx, c) and ctx.etype_of_token(c) in PLACE_TYPES]


def _claimers_of_deed(verb: Token) -> list[Token]:
    """"X claimed responsibility for striking a tanker": whoever takes responsibility for
    a deed told as a gerund is the one the claim says did it."""
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or verb.head.lower_ != "for":
        return []
    noun = verb.head.head
    if lemma(noun) != "responsibility" or lemma(noun.head) not in TAKING:
        return []
    return [s for s in subjects(noun.head) if s.dep_ != "nsubjpass"]


def _military_targets(obj: Token) -> bool:
    """"Struck military targets", "hit enemy targets": targets no one is said to own or
    to measure ("hit its targets", "hit the sales targets" reach a goal)."""
    return lemma(obj) == "target" and not any(
        c.dep_ == "poss" or (c.dep_ == "compound" and c.pos_ == "NOUN" and
                             lemma(c) not in ARMY_TARGETS | {"enemy"})
        for c in obj.children)


# Verbs of a blow whose passive subject, a force or its post, tells an attack with no
# weapon told ("a US patrol was hit", "the outpost was struck on Sunday").
PASSIVE_BLOWS = frozenset({"hit", "strike", "pound"})


def _army_target_hit(ctx: DocContext, tok: Token, trig: Trigger) -> bool:
    """"A US convoy was struck near the border", "a tanker was hit off Aden": a force,
    its post, a craft or a plant hit with no doer told, or by an armed group or armed
    men ("the base was hit by the militia"); not
    "the base was hit by a power cut" nor "troops were struck by the heat"."""
    if not (trig.armed_subject and lemma(tok) in PASSIVE_BLOWS and any(
            c.dep_ == "auxpass" for c in tok.children)):
        return False
    hit = [c for c in tok.children if c.dep_ == "nsubjpass"]
    if not hit or not all(lemma(h) in ARMY_TARGETS | HIT_CRAFT_AND_PLANTS for h in hit):
        return False
    if any(c.dep_ == "advmod" and c.lower_ in ("hard", "badly") for c in tok.children):
        return False  # "the refinery was hit hard": a loss, no blow
    if any(lemma(p) in STRUCK_OFF_ROLLS for _x, p in prep_objects(tok, frozenset({"off", "from"}))):
        return False  # "the vessel was struck off the register": removed, not hit
    agents = passive_agents(tok)
    return all(lemma(a) in ARMED_ANYONES or (
        (ids := token_actors(ctx, a)) and all(ctx.etype(i) in GROUP_TYPES for i in ids))
        for a in agents)


# What an armed group's blow hits when it names no weapon: "struck an Israeli tank",
# "hit a gathering of soldiers" (not "struck a deal", "hit a record").
ARMY_TARGETS = frozenset({"tank", "position", "post", "outpost", "base", "barracks", "camp",
                          "garrison", "headquarters", "soldier", "troop", "patrol", "convoy",
                          "vehicle", "jeep", "bulldozer", "warship", "destroyer", "frigate",
                          "battery", "radar", "gathering", "force", "unit", "checkpoint",
                          "military", "army", "airbase", "airfield", "airstrip", "installation",
                          "site"})


# Craft and plants whose being hit with no doer told is a blow ("a tanker was struck off
# Hodeidah", "a gas field near X was hit on Friday"; not "was hit by a wave").
HIT_CRAFT_AND_PLANTS = frozenset({"ship", "vessel", "tanker", "freighter", "carrier", "dhow",
                                  "field", "refinery", "terminal", "pipeline", "facility"})


# Rolls a name is struck off or from ("struck off the sanctions list").
STRUCK_OFF_ROLLS = frozenset({"list", "register", "registry", "roll", "record", "blacklist",
                              "index", "book", "docket"})


# Sites a state's forces destroy or hit in a blow: "destroyed a weapons depot".
STRUCK_SITES = frozenset({"depot", "tunnel", "warehouse", "launcher", "launchpad", "facility",
                          "hideout", "stronghold", "compound", "storage", "cache", "bunker"})


def _datives_to(holder: Token, preps: frozenset[str]) -> list[tuple[str, Token]]:
    """Where "to" leads when the parse takes it for a dative ("sent drones to Moscow"),
    if "to" places the event."""
    if "to" not in preps:
        return []
    return [("to", p) for c in holder.children if c.dep_ == "dative" and c.lower_ == "to"
            for p in c.children if p.dep_ == "pobj"]


def _blow_objects(verb: Token) -> list[Token]:
    """What a verb of force hits: its objects, or what it is aimed "at" ("jets struck at
    militia positions", "struck back at Hezbollah targets"); a gun is also fired "on" or
    "upon" its target ("fired on a patrol"), but not "on Tuesday"."""
    preps = FIRED_UPON if lemma(verb) == "fire" else AT
    aimed = [p for h in (verb, *_back_adverbs(verb)) for _x, p in prep_objects(h, preps)]
    return direct_objects(verb) or [p for p in aimed if p.ent_type_ not in ("DATE", "TIME")]


def _back_adverbs(verb: Token) -> list[Token]:
    """"Struck back at X": the "back" of a verb, which some parses hang its "at" on."""
    return [c for c in verb.children if c.dep_ == "advmod" and c.lower_ == "back"] \
        if verb.pos_ == "VERB" else []


# Prepositions of what is fired at: "fired at / on / upon the convoy".
FIRED_UPON = frozenset({"at", "on", "upon"})
# Prepositions of a place just by another: "shots were fired near the embassy".
BESIDE = frozenset({"near", "outside", "beside", "by"})


# Passive verbs of belief or report that raise the doer of their infinitive to their
# subject: "Israel is believed to have struck", "the group is said to have fired".
RAISING_VERBS = frozenset({"believe", "think", "say", "report", "understand", "suspect",
                           "allege", "know", "presume", "assume", "rumour", "rumor"})


def _raised_subjects(verb: Token) -> list[Token]:
    """"Israel is believed to have struck a convoy": the subject of the passive verb of
    belief is the doer of the infinitive (what they are believed to have done)."""
    head = verb.head
    if verb.dep_ != "xcomp" or lemma(head) not in RAISING_VERBS or not any(
            c.dep_ == "auxpass" for c in head.children):
        return []
    return [c for c in head.children if c.dep_ == "nsubjpass"]


def _sites_hit_by_name(ctx: DocContext, subjects: list[Token], obj: Token) -> bool:
    """"The Houthis struck a second vessel", "the group hit a US base near X": a ship or
    a site (a town's or a force's: a checkpoint, a base, an outpost) hit by a group the
    subject names or stands for ("they"), not by "the strikes" or "a drone boat", which
    tell a blow told elsewhere."""
    onto = ctx.ontology
    return lemma(obj) in onto.vessels | onto.blast_sites | onto.site_nouns \
        and all(_named(ctx, s) or s.lower_ in SUBJECT_PRONOUNS or _fighters_of(ctx, s) or
                lemma(s) in ARMED_ANYONES or _own_fighters(s) for s in subjects)


def _own_fighters(subj: Token) -> bool:
    """"Its fighters", "their forces": armed men of the group a pronoun stands for."""
    return lemma(subj) in FIGHTER_NOUNS and any(
        c.dep_ == "poss" and c.tag_ == "PRP$" for c in subj.children)


# Nouns that say the men are armed whoever they are: "gunmen fired on a patrol",
# "unidentified militants fired at the convoy" (not "forces" or "troops", a state's too).
ARMED_MEN = frozenset({"gunman", "militant", "insurgent", "assailant", "attacker", "jihadist",
                       "militiaman", "sniper"})
# Armed bands no name tells as a state's when they strike a post or a force ("the base
# was hit by the militia", "the fighters hit an Israeli post"); not "forces" or "troops".
ARMED_BANDS = frozenset({"militia", "fighter", "rebel", "guerrilla"})
# Armed men or bands of no state's, told by their kind.
ARMED_ANYONES = ARMED_MEN | ARMED_BANDS
# Nouns of a fight between armed sides: "killed in clashes with gunmen of X".
CLASH_NOUNS = frozenset({"clash", "firefight", "gunbattle", "gunfight", "shootout", "skirmish"})


def _killed_fighting_band(ctx: DocContext, tok: Token) -> bool:
    """"Four members of X were killed in clashes with gunmen of Y", "two policemen were
    killed in a firefight with Houthi fighters": deaths in a fight with armed men or an
    armed group are that band's blow ("killed in clashes between rival families" names no
    band)."""
    return bool(_fighting_band(ctx, tok))


def _fighting_band(ctx: DocContext, tok: Token) -> list[Token]:
    """The armed men or group a death's fight was with (see `_killed_fighting_band`)."""
    if tok.pos_ != "VERB":
        return []
    fights = [p for _x, p in prep_objects(tok, frozenset({"in", "during"}))
              if lemma(p) in CLASH_NOUNS]
    foes = [f for p in fights for _x, f in prep_objects(p, WITH)]
    return [f for f in foes if lemma(f) in ARMED_MEN | ARMED_BANDS or any(
        ctx.etype(a) == "armed_group" for a in token_actors(ctx, f))]


# Nouns of armed men whose group a name before them gives ("Houthi fighters").
FIGHTER_NOUNS = frozenset({"fighter", "force", "militant", "militiaman", "gunman", "rebel",
                           "operative", "member", "unit"})


def _fighters_of(ctx: DocContext, subj: Token) -> bool:
    """"Houthi fighters", "Hezbollah militants": armed men of a group named before them."""
    return lemma(subj) in FIGHTER_NOUNS and any(
        c.dep_ in ("compound", "amod", "poss") and ctx.can_act(ctx.ents.at(c.i))
        for c in subj.children)


def _planted_killer(tok: Token) -> bool:
    """"A bomb planted under his car killed a judge": the participle that says how the
    weapon was laid, when no doer is told on it, is part of the deed the verb of killing
    tells (a killing or an attack), not one of its own."""
    weapon = tok.head
    return tok.dep_ == "acl" and tok.tag_ == "VBN" and weapon.dep_ == "nsubj" and \
        lemma(weapon.head) == "kill" and not passive_agents(tok)


def _firers(ctx: DocContext, tok: Token) -> list[str]:
    """"The base came under rocket fire from X": who fired, told "from" on the verb of
    undergoing or on what was undergone."""
    if lemma(tok) != "come" or tok.pos_ != "VERB":
        return []
    return tokens_actors(ctx, [p for h in (tok, *_objects(tok))
                               for _x, p in prep_objects(h, FROM) if not _fired_from_place(ctx, p)])


def _fired_from_place(ctx: DocContext, tok: Token) -> bool:
    """"came under fire from Lebanon", "from Syrian territory": where the fire came from,
    not who fired it."""
    return tok.ent_type_ in ("GPE", "LOC") or ctx.etype_of_token(tok) == "place" or \
        lemma(tok) in FIRING_GROUNDS


# Nouns of the ground fire comes from ("from Syrian territory", "from the direction of X").
FIRING_GROUNDS = frozenset({"territory", "direction", "side", "area", "soil"})


def _site_under_fire(ctx: DocContext, tok: Token, trig: Trigger) -> bool:
    """"A patrol came under fire near X", "the X base came under fire": troops, craft or
    a site that came under fire were attacked, though no weapon is named; "the minister
    came under fire from critics" or "over his remarks" is blame."""
    onto = ctx.ontology
    if not trig.subject_is_target or lemma(tok) != "come" or tok.pos_ != "VERB" or not any(
            lemma(o) == "fire" for o in _objects(tok)):
        return False
    units = onto.blast_sites | onto.site_nouns | onto.vessels | UNITS_UNDER_FIRE
    if not subjects(tok) or not all(lemma(s) in units or ctx.etype_of_token(s) == "facility"
                                    for s in subjects(tok)):
        return False
    fire = [o for o in _objects(tok) if lemma(o) == "fire"]
    told = [p for h in (tok, *fire) for c in h.children if c.dep_ == "prep"
            for p in c.children if p.dep_ == "pobj"]
    if any(lemma(p) in FORUMS or p.lower_ in FORUMS for p in told):
        return False  # "came under fire on social media", "in parliament"
    armed = any(c.dep_ in ("compound", "amod", "nmod") for f in fire for c in f.children)
    if not armed and any(ctx.etype_of_token(p) == "person" for _x, p in prep_objects(tok, FROM)):
        return False  # "came under fire from Muqtada al-Sadr": a critic, unless "rocket fire"
    return not any(prep in BLAMED_FOR or (prep == "from" and not (
        ctx.can_act(ctx.ents.at(p.i)) or _fired_from_place(ctx, p) or
        lemma(p) in ARMED_MEN | FIGHTER_NOUNS | onto.vessels))
        for prep, p in prep_objects(tok, BLAMED_FOR | FROM) if p.ent_type_ not in (
            "DATE", "TIME"))


# Untold things in the air that air defences stop: "a hostile aerial target", "an
# aerial object", "a flying object", "an air target".
AIRBORNE_HEADS = frozenset({"object", "target", "threat", "craft"})
AIRBORNE_MARKS = frozenset({"aerial", "air", "airborne", "flying"})


def _airborne_threat_stopped(tok: Token, trig: Trigger) -> bool:
    """"Air defences intercepted a hostile aerial target over X", "a second aerial object
    was intercepted over Y": something launched at a side and stopped in the air is an
    attack, though its kind is not told; "intercepted a target list" is none."""
    if not trig.subject_is_target or tok.pos_ != "VERB":
        return False
    stopped = [s for s in subjects(tok) if s.dep_ == "nsubjpass"] + _objects(tok)
    return any(lemma(o) in AIRBORNE_HEADS and any(
        c.dep_ in ("amod", "compound") and c.lower_ in AIRBORNE_MARKS for c in o.children)
        for o in stopped)


# Troops besides the sites of onto.blast_sites that come under fire ("a patrol came under
# fire").
UNITS_UNDER_FIRE = frozenset({"patrol", "troop", "soldier", "unit", "column", "personnel",
                              "force", "convoy", "marine", "sailor", "crew", "contractor",
                              "guard", "fighter", "militiaman", "peacekeeper", "servicemember"})
# Where words, not arms, are fired at a body ("came under fire on social media", "in
# parliament", "in a report").
FORUMS = frozenset({"media", "parliament", "report", "press", "congress", "senate", "hearing",
                    "editorial", "newspaper", "debate", "session", "platform"})
# Prepositions of what a man or body is blamed for ("came under fire over its remarks").
BLAMED_FOR = frozenset({"for", "over"})


def _blast_at_site(ctx: DocContext, tok: Token, sent: Span) -> bool:
    """"Explosions rocked a weapons depot": an explosion that hits a named place or a
    site is an attack even when no weapon or author is told; "the revelations rocked the
    government" has no explosion, "a blast caused by a gas leak" is an accident."""
    if lemma(tok) not in ctx.ontology.blast_nouns or tok.pos_ not in NOUN_POS or any(
            c.dep_ == "prep" and c.lower_ == "of" for c in tok.children) or any(
            c.dep_ in ("compound", "amod") and lemma(c) in ACCIDENTAL_BLASTS for c in tok.children):
        return False  # "an explosion of anger", "a gas explosion"
    if _blast_heard_at_site(ctx, tok, sent):
        return True
    subj = tok.head if tok.dep_ == "pobj" and tok.head.head.dep_ == "nsubj" else tok
    subj = subj.head if subj.dep_ == "prep" else subj  # "a series of explosions rocked"
    verb = subj.head
    if tok.dep_ == "dobj" and lemma(tok.head) == "report" and any(
            lemma(s) in ctx.ontology.reporting_craft for s in subjects(tok.head)):
        return not any(lemma(t) in ACCIDENT_CUES for t in sent)  # a ship's own report
    if subj.dep_ != "nsubj" or verb.pos_ != "VERB" or lemma(verb) not in BLAST_VERBS | TOLL_VERBS:
        return False
    if any(lemma(t) in ACCIDENT_CUES for t in sent):
        return False
    if lemma(verb) in TOLL_VERBS:  # "an explosion killed five people at a market"
        return bool(direct_objects(verb))
    hit = direct_objects(verb) + [p for _x, p in prep_objects(verb, THROUGH)]
    return any(lemma(h) in ctx.ontology.blast_sites or lemma(h) in ctx.ontology.site_nouns or
               lemma(h) in ctx.ontology.arsenal_nouns or
               ctx.etype_of_token(h) in PLACE_TYPES for h in hit)


# Verbs by which a blast is told as heard or reported, and the words that place it at a
# site ("explosions were heard near the base").
HEARD_BLAST_VERBS = frozenset({"hear", "report"})
HEARD_NEAR = frozenset({"near", "at", "inside", "around", "outside", "over"})


def _blast_heard_at_site(ctx: DocContext, tok: Token, sent: Span) -> bool:
    """"Two explosions were heard near the embassy", "an explosion was reported at the
    air base": blasts heard or reported, in the simple past, at or near a site or a named
    facility are an attack, its author untold; not "explosions were heard in the city"
    (no site), "have been heard for weeks" (a record) nor a blast told as an accident."""
    verb = tok.head
    if tok.dep_ != "nsubjpass" or lemma(verb) not in HEARD_BLAST_VERBS or \
            verb.tag_ != "VBN" or is_negated(verb):
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.dep_ == "aux" for a in auxes) or not any(
            a.dep_ == "auxpass" and a.tag_ == "VBD" for a in auxes):
        return False
    if any(lemma(t) in ACCIDENT_CUES for t in sent):
        return False
    onto = ctx.ontology
    sites = [o for h in (verb, tok) for p in h.children
             if p.dep_ == "prep" and p.lower_ in HEARD_NEAR
             for o in p.children if o.dep_ == "pobj"]
    return any(lemma(o) in onto.blast_sites | onto.site_nouns or
               ctx.etype_of_token(o) == "facility" for o in sites)


# Verbs of harm or throwing that are an attack only when a weapon does them or is
# thrown: "a rocket damaged a house", "was wounded by shrapnel of a mortar round",
# "threw a grenade at the embassy".
HARM_VERBS = frozenset({"damage", "wound", "injure", "throw", "hurl"})


# What rallies or shoots up in a market report ("shares rallied", "a rally in oil").
MARKET_WORDS = frozenset({"share", "stock", "market", "price", "dollar", "currency", "bond",
                          "index", "oil", "gold", "rial", "lira", "euro", "yen", "equity",
                          "crude", "commodity", "bourse", "exchange", "rate", "yield"})
# Prepositions after which a rally is support, not a crowd ("rallied behind the leader").
BACKING = frozenset({"behind", "around", "to"})
IN_OF = frozenset({"in", "of"})
# Illnesses told as an attack ("a heart attack").
AILMENTS = frozenset({"heart", "panic", "asthma", "anxiety", "migraine", "epileptic"})
# Kinds of explosion that are accidents ("a gas explosion").
ACCIDENTAL_BLASTS = frozenset({"gas", "boiler", "cylinder", "methane", "chemical", "industrial",
                               "dust"})
# Pronouns for a target or a load already told ("struck it", "handed them over").
REFERRING_PRONOUNS = frozenset({"it", "them"})
# Verbs of arrival that are an attack only when a munition arrives at a place.
ARRIVING = frozenset({"reach"})


def _held_ground(ctx: DocContext, obj: Token, weapons: Sequence[WeaponHit]) -> bool:
    """"attacked Israeli positions", "attacked an army position in X with missiles":
    positions in the plural, at a named place or hit with a weapon are ground a force
    holds, unlike "attacked the minister's position" (a stance)."""
    if lemma(obj) != "position":
        return False
    armed = _weapon_indices(weapons)
    if obj.tag_ == "NNS" or any(t.i in armed for h in (obj, obj.head)
                                for _x, p in prep_objects(h, WITH) for t in p.subtree):
        return True
    return any(ctx.etype_of_token(p) in PLACE_TYPES for _x, p in prep_objects(obj, GROUND_PREPS))


# Prepositions that set held ground at a place ("a position near X"; "a position on X" is
# a stance).
GROUND_PREPS = frozenset({"in", "near", "at", "outside", "inside"})


def _harmed_by_weapon(tok: Token, weapons: Sequence[WeaponHit]) -> bool:
    """Whether the weapon is the doer of a verb of harm (its subject or passive agent)
    or, for a verb of throwing, what is thrown."""
    if tok.tag_ == "VBG" and tok.dep_ in ("advcl", "xcomp", "conj"):
        return False  # "..., wounding three": the toll of the event told before
    if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in TIME_MARKS
                                   for c in tok.children):
        return False  # "hours after a drone wounded three troops": the time of another act
    starts = _weapon_indices(weapons)
    if lemma(tok) in ("throw", "hurl"):  # "threw a grenade", "a grenade was hurled"
        doers = direct_objects(tok) + [s for s in subjects(tok) if s.dep_ == "nsubjpass"]
    else:
        doers = passive_agents(tok) + [s for s in subjects(tok) if s.dep_ != "nsubjpass"]
    return any(t.i in starts for d in doers for t in d.subtree)


def _other_sense(tok: Token) -> bool:
    """A trigger word in a sense that tells no violence or protest: markets that rally or
    shoot up, backers who rally behind a leader, a team that storms to a win (no object
    to storm), a heart attack."""
    word = lemma(tok)
    if word == "rally":
        if tok.pos_ == "VERB":
            return any(lemma(s) in MARKET_WORDS for s in subjects(tok)) or any(
                c.dep_ == "prep" and c.lower_ in BACKING for c in tok.children)
        return any(lemma(c) in MARKET_WORDS for c in tok.children if c.dep_ == "compound") \
            or any(lemma(p) in MARKET_WORDS for _x, p in prep_objects(tok, IN_OF))
    if tok.pos_ == "VERB" and word in ("storm", "shoot") and not direct_objects(tok) and \
            not any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children):
        return word == "storm" or any(c.dep_ == "prt" and c.lower_ == "up" for c in tok.children) \
            or any(lemma(s) in MARKET_WORDS for s in subjects(tok))
    if word == "target" and tok.tag_ == "VBG" and any(
            lemma(o) in AIMING_AIDS for o in direct_objects(tok)):
        return True  # "gave the group targeting data": a noun compound, not an aim
    if word == "capture" and any(lemma(o) in CAPTURED_SENSES for o in direct_objects(tok)):
        return True  # "captured the imagination of young men", "captured images of the base"
    if _controlled_blast(tok) or any(_controlled_blast(p) for _x, p in prep_objects(tok, IN_OF)):
        return True  # "destroyed the grenade in a controlled explosion": its disposal
    return word == "attack" and any(c.dep_ in ("compound", "amod") and lemma(c) in AILMENTS
                                    for c in tok.children)


def _controlled_blast(tok: Token) -> bool:
    """"A controlled explosion", "a controlled detonation": a device set off on purpose
    by those who found it, to make it safe."""
    return lemma(tok) in CONTROLLED_BLASTS and any(
        c.dep_ in ("amod", "compound") and c.lower_ == "controlled" for c in tok.children)


# Nouns of a blast that those who dispose of a device set off ("a controlled explosion").
CONTROLLED_BLASTS = frozenset({"explosion", "blast", "detonation", "demolition"})


# What is "captured" in senses other than seizing a person: a mood, a picture, a prize.
CAPTURED_SENSES = frozenset({"imagination", "attention", "heart", "mood", "spirit", "essence",
                             "image", "footage", "moment", "picture", "photo", "photograph",
                             "video", "scene", "interest", "vote", "market", "share", "title",
                             "prize", "award", "sentiment"})
# What "targeting" qualifies when it names aid to an aim: "targeting data", "targeting
# intelligence" (but "targeting data centres" aims at the centres).
AIMING_AIDS = frozenset({"datum", "data", "information", "intelligence", "coordinate",
                         "assistance", "support", "package", "pod", "system", "guidance"})


def _blow_on_referent(tok: Token) -> bool:
    """"A missile struck it minutes later": a munition's blow on a target only a pronoun
    names, with no date of its own, tells more of an attack already recorded."""
    objects = direct_objects(tok)
    return tok.pos_ == "VERB" and bool(objects) and all(
        o.pos_ == "PRON" and o.lower_ in REFERRING_PRONOUNS for o in objects)


# Words that stand for one more of a munition told before ("a drone hit A, while another
# struck B", "a second hit C", "the other hit D"); unlike DISTINCT_MARKERS, they stand
# alone for the munition, so "separate" is none of them and "other" is.
ONE_MORE_WORDS = LATER_ORDINALS | {"another", "other"}


# Nouns of what a gun fires: "shots were fired at the embassy", "fired rounds at a patrol".
SHOT_NOUNS = frozenset({"shot", "round"})
# A state's missions abroad, which shots are fired at: "at the consulate in Erbil".
MISSIONS = frozenset({"embassy", "consulate"})


def _shots_fired_at(ctx: DocContext, tok: Token) -> bool:
    """"Shots were fired at a US patrol", "someone fired several shots at the consulate":
    gunfire aimed at someone or something ("fired shots into the air" and "warning shots"
    aim at no one; "fired a shot at the referee" and "fired shots at the plan" are jibes)."""
    if tok.pos_ != "VERB" or lemma(tok) != "fire" or is_negated(tok):
        return False
    shots = direct_objects(tok) + [c for c in tok.children if c.dep_ == "nsubjpass"]
    if not shots or not all(lemma(s) in SHOT_NOUNS and s.tag_ == "NNS" and not any(
            c.dep_ in ("amod", "compound") and c.lower_ in HARMLESS_SHOTS for c in s.children)
            for s in shots):
        return False
    aims = [p for h in (tok, *shots) for _x, p in prep_objects(h, FIRED_UPON)]
    if any(lemma(p) in MISSIONS or ctx.etype_of_token(p) == "facility"
           for h in (tok, *shots) for _x, p in prep_objects(h, BESIDE)):
        return True  # "shots were fired near the embassy", "outside the consulate"
    onto = ctx.ontology
    return any(lemma(p) in ARMY_TARGETS | STRUCK_SITES | SERVICEMEN | MISSIONS | onto.site_nouns |
               onto.blast_sites | onto.vessels or ctx.etype_of_token(p) == "facility"
               for p in aims)  # "at a patrol", "at the embassy"; not "at the plan"


def _another_munition(tok: Token, weapons: Sequence[WeaponHit]) -> bool:
    """"A drone hit Tower 22, while another struck al-Tanf": the subject of a blow is one
    more of a munition the sentence named before it."""
    return tok.pos_ == "VERB" and any(
        s.lower_ in ONE_MORE_WORDS and s.dep_ == "nsubj" and
        any(w.end <= s.i for w in weapons) for s in subjects(tok))


# Prepositions of the way a load went: "drones reached Russia via the Caspian".
WAY_PREPS = frozenset({"via", "through"})


def _munition_arrives(ctx: DocContext, tok: Token, weapons: Sequence[WeaponHit]) -> bool:
    """"Missiles reached Tel Aviv": a munition that arrives at a place is its blow; the
    weapon must be the subject, and what it reaches no party ("arms reached the
    militia" is a delivery), nor by way of another place ("drones reached Russia via
    the Caspian Sea": shipped there, no blow)."""
    starts = _weapon_indices(weapons)
    if not any(s.i in starts for s in subjects(tok) if s.dep_ == "nsubj"):
        return False  # "the missile programme reached a milestone"
    if any(ctx.etype_of_token(p) in PLACE_TYPES for _x, p in prep_objects(tok, WAY_PREPS)):
        return False
    return not any(ctx.etype_of_token(o) in ACTOR_TYPES for o in direct_objects(tok))


def _crowd_act(ctx: DocContext, tok: Token) -> bool:
    """"Demonstrators tried to storm the embassy": a storming attempt by a crowd is a
    protest, not armed violence (nor a plot)."""
    if lemma(tok) not in CROWD_ACTS or tok.pos_ != "VERB" or tok.dep_ != "xcomp" or \
            lemma(tok.head) not in ATTEMPT_VERBS:
        return False
    return _by_crowd(ctx, tok)


# Seats of a country's own government that a crowd storms in protest ("stormed the
# parliament", "broke into the presidential palace"); an embassy stormed is assaulted.
SEATS_OF_POWER = frozenset({"parliament", "palace", "legislature", "cabinet", "ministry",
                            "assembly", "congress", "senate", "capitol"})


def _seat_stormed_by_crowd(ctx: DocContext, tok: Token) -> bool:
    """"Thousands of supporters broke through the barriers and stormed the presidential
    palace": a crowd that storms the seat of its own government protests; "protesters
    stormed the embassy" or "gunmen stormed the governor's palace" is an assault."""
    if tok.pos_ != "VERB" or _done_by_armed_men(tok) or not _by_crowd(ctx, tok):
        return False
    stormed = [*_objects(tok), *(p for _x, p in prep_objects(tok, INTO))]
    seats = [o for o in stormed for t in (o, *(c for c in o.children
                                               if c.dep_ in ("compound", "amod")))
             if lemma(t) in SEATS_OF_POWER]
    return bool(seats) and not any(lemma(t) in DIPLOMATIC_SITES for o in stormed
                                   for t in o.subtree)


# Sites of a foreign state that a crowd assaults when it storms them.
DIPLOMATIC_SITES = frozenset({"embassy", "consulate", "mission", "legation"})


def _force_shown_by(tok: Token) -> Token | None:
    """The verb of a show of force ``tok`` ends: the one it is the object of ("staged a
    show of force") or the phrase of ("appeared on the streets in a show of force")."""
    show = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else tok
    verb = show.head if show.dep_ == "dobj" else show.head.head if show.dep_ == "pobj" else None
    return verb if verb is not None and verb.pos_ == "VERB" else None


def _force_showers(tok: Token) -> list[Token]:
    """Who makes the show of force ``tok`` ends: the subject of its verb."""
    verb = _force_shown_by(tok)
    return [] if verb is None else [s for s in inherited_subjects(verb)
                                    if s.dep_ != "nsubjpass"]


def _band_showing_force(ctx: DocContext, tok: Token) -> list[str]:
    """The armed groups named as making a show of force ("Kataib Hezbollah staged ...",
    "the group's fighters appeared ...")."""
    doers = _force_showers(tok)
    named = tokens_actors(ctx, doers) + tokens_actors(ctx, [
        c for s in doers for c in s.children if c.dep_ == "poss"])
    return [a for a in dict.fromkeys(named) if ctx.etype(a) in GROUP_TYPES]


def _band_show_of_force(ctx: DocContext, tok: Token) -> bool:
    """"Armed men of the movement appeared on the streets in a show of force", "Kataib
    Hezbollah staged a show of force in Baghdad": a display an armed band or a group's
    armed men make, not a state's forces."""
    return bool(_band_showing_force(ctx, tok)) or any(
        lemma(t) in ARMED_ANYONES or (lemma(t) == "man" and any(
            lemma(c) == "armed" for c in t.children))
        for s in _force_showers(tok) for t in s.subtree)


def _crowd_told_before(tok: Token) -> bool:
    """"The protesters marched through the square": a crowd the article has already
    introduced (a definite subject), whose march or chants, with no date of their own,
    tell more of the protest already recorded."""
    return any(c.dep_ == "det" and c.lower_ in DEFINITE for s in inherited_subjects(tok)
               for c in s.children)


def _by_things(ctx: DocContext, tok: Token) -> bool:
    """Whether a verb's subject is a common noun that tells no people: "the team rallied",
    "markets rallied" (but "supporters rallied", "tens of thousands of Yemenis rallied",
    "Hezbollah supporters rallied")."""
    subj = inherited_subjects(tok)
    people = ctx.ontology.crowd_nouns | ctx.ontology.person_nouns | \
        ctx.ontology.labor_cues | PEOPLE_WORDS
    return bool(subj) and not any(
        lemma(t) in people or t.pos_ in ("PROPN", "PRON", "NUM") or ctx.ents.at(t.i) is not None
        for s in subj for t in s.subtree)


# Verbs of a protest whose subject, when it is people at all, is a crowd ("hundreds
# rallied"); things rally in another sense ("the team rallied", "prices rallied").
PEOPLES_VERBS = frozenset({"rally"})
# People who turn out as a crowd, besides the ontology's crowds and persons.
PEOPLE_WORDS = frozenset({"resident", "citizen", "villager", "local", "youth", "tribesman",
                          "follower", "loyalist", "partisan", "family", "relative", "voter",
                          "pilgrim", "farmer", "refugee", "veteran", "tribe", "cleric",
                          "lawyer", "doctor", "merchant", "trader", "people", "member"})


# Things a count may count, which gather or march nowhere: "dozens of weapons gathered
# from the depot", "thousands of documents gathered by investigators".
COUNTED_THINGS = frozenset({"weapon", "arm", "document", "file", "paper", "record", "item",
                            "vehicle", "car", "truck", "box", "crate", "sample", "photo",
                            "image", "signature", "body", "remains", "ton", "barrel"})


def _by_crowd(ctx: DocContext, tok: Token) -> bool:
    """Whether a verb's subject, however inherited, is a crowd ("supporters gathered");
    a participle's noun is what was done to ("dozens of weapons gathered from the depot")
    unless it is a crowd of people ("thousands of supporters gathered")."""
    nouns = [tok.head] if tok.dep_ == "acl" and tok.tag_ == "VBN" else inherited_subjects(tok)
    return any(_crowd_noun(ctx, n) for n in nouns)


# People killed or shot at as a crowd that protests: the protest is the occurrence.
PROTESTERS = frozenset({"protester", "protestor", "demonstrator", "marcher"})


def _victims(verb: Token) -> list[Token]:
    """Whom a verb of killing or firing kills or hits: its object, its passive subject,
    or what it fires "on" or "at" ("opened fire on demonstrators")."""
    out = direct_objects(verb) + [c for c in verb.children if c.dep_ == "nsubjpass"]
    out += [p for _x, p in prep_objects(verb, FIRED_UPON)]
    return out + [p for o in list(out) if lemma(o) in ("dozen", "hundred", "score")
                  or o.like_num for _x, p in prep_objects(o, OF)]


def _crowd_noun(ctx: DocContext, noun: Token) -> bool:
    """A noun of a crowd; a count ("thousands", "dozens") is none when it counts arms or
    papers ("dozens of weapons", "thousands of documents gathered by investigators")."""
    if lemma(noun) not in ctx.ontology.crowd_nouns:
        return False
    return not any(lemma(p) in COUNTED_THINGS or any(
        term == (lemma(p),) for term, _w in ctx.ontology.weapons_starting(lemma(p)))
        for _x, p in prep_objects(noun, OF))


# Heads of a subject that speaks for a state ("the foreign ministry", "the envoy").
OFFICIAL_HEADS = BODY_NOUNS | SPOKESPEOPLE | DIPLOMAT_NOUNS | frozenset({"government",
                                                                         "minister", "embassy"})


# Words of protest that, with an object, a clause or an "of" phrase, mean a showing.
SHOWING_WORDS = frozenset({"demonstrate", "demonstration"})
# What "a demonstration of" shows when it is no protest: "a demonstration of force".
MIGHT_NOUNS = frozenset({"force", "strength", "power", "might", "reach", "resolve", "prowess"})
# What people show when they demonstrate, as a crowd does: "residents demonstrated their
# anger outside the governor's office" is a protest.
FEELING_NOUNS = frozenset({"anger", "support", "opposition", "rejection", "solidarity",
                           "outrage", "fury", "rage", "discontent", "frustration", "displeasure",
                           "dissatisfaction", "condemnation", "defiance", "grief", "loyalty",
                           "allegiance"})


def _shows_something(ctx: DocContext, tok: Token) -> bool:
    """"Israel demonstrated its ability to strike", "the drill demonstrated that the navy
    was ready", "a demonstration of Iran's reach": a thing or a fact shown. People who
    demonstrate take no object ("thousands demonstrated in Basra", "demonstrated against
    the war"), are a crowd ("hundreds demonstrated their support") or show what they feel
    ("residents demonstrated their anger"); "a demonstration of support" is one held."""
    if lemma(tok) not in SHOWING_WORDS:
        return False
    if tok.pos_ == "VERB":
        objects = direct_objects(tok)
        return (bool(objects) or any(c.dep_ == "ccomp" for c in tok.children)) and not (
            _by_crowd(ctx, tok) or any(lemma(o) in FEELING_NOUNS for o in objects))
    return any(lemma(p) in MIGHT_NOUNS or lemma(p) in ctx.ontology.generic_heads
               for _x, p in prep_objects(tok, OF))


def _protest_by_state(ctx: DocContext, tok: Token) -> bool:
    """"Lebanon protested to the Security Council", "the ministry protested the decision":
    a state that protests complains through its diplomacy; no crowd takes to the streets.
    The state is named by its proper name; its people ("Lebanese protested outside
    parliament") are a crowd."""
    if tok.pos_ != "VERB" or lemma(tok) != "protest":
        return False
    for subj in inherited_subjects(tok):
        m = ctx.ents.at(subj.i)
        if (m is not None and m.entity_id and m.label != "NORP" and
                ctx.etype(m.entity_id) in STATE_TYPES) or lemma(subj) in OFFICIAL_HEADS:
            return True
    return False


def _named(ctx: DocContext, tok: Token) -> bool:
    """A name: an entity, a proper noun, or a capitalized word inside the sentence that
    the tagger took for a common noun ("hit the Liberian-flagged Tutor")."""
    return tok.pos_ == "PROPN" or ctx.ents.at(tok.i) is not None or (
        tok.text[:1].isupper() and not tok.is_sent_start)


# "wrote that", "replied that", "answered that", "retorted that": words put out as an answer
# or in writing declare as saying does.
DECLARING = frozenset({"say", "tell", "state", "declare", "add", "insist", "signal", "stress",
                       "reiterate", "affirm", "write", "reply", "answer", "retort"})
OWN_DECLARATIONS = frozenset({"reject", "dismiss", "refute", "promise", "pledge"})
# Blows a side promises of its own ("promised more attacks", "pledged further strikes").
PROMISED_BLOWS = frozenset({"attack", "strike", "operation", "raid", "assault", "bombing",
                            "bombardment", "escalation"})
# Words that tell blows promised as more to come ("more attacks", "new strikes").
MORE_TO_COME = frozenset({"more", "further", "new", "additional", "fresh", "wider", "bigger",
                          "larger", "heavier"})


def _blows_promised(obj: Token) -> bool:
    """"promised more attacks", "pledged further strikes on Israel", "promised attacks on
    Haifa": blows as what is promised; "promised an operation to free the hostages
    soon" tells no more to come."""
    if obj.dep_ != "dobj" or lemma(obj) not in PROMISED_BLOWS:
        return False
    return obj.tag_ == "NNS" or any(c.lower_ in MORE_TO_COME for c in obj.children
                                    if c.dep_ in ("amod", "advmod", "det"))


# Nouns of declaring whose clause tells what was declared ("a statement that it would").
DECLARATION_NOUNS = frozenset({"statement", "speech", "announcement", "communique",
                               "communiqué", "message", "address", "interview", "remark"})
# What a promise threatens by its object alone: "promised severe revenge", "pledged a
# crushing response".
REPRISALS = frozenset({"revenge", "retaliation", "retribution", "response", "punishment",
                       "reprisal", "vengeance", "consequence", "reply"})
# Verbs of denial whose object must be a charge ("rejected the accusations").
REFUTING = frozenset({"reject", "dismiss", "refute"})
# Deeds a speaker declares done as a decision ("said it had resumed its attacks"); told
# by the narrator they are the attacks themselves.
DECLARED_DEEDS = frozenset({"resume", "stop"})
ANNOUNCING = DECLARING | {"announce"}
# Verbs that end a declared pause ("lifted the suspension").
ENDING_VERBS = frozenset({"lift", "end"})
DEFINITE = frozenset({"the", "these", "those"})
# Verbs that need a crowd ("supporters gathered").
CROWD_VERBS = frozenset({"gather", "clash", "march", "chant", "block", "burn", "throng",
                         "surround", "besiege", "fill"})
# Verbs whose subject, a noun of fighting, breaks out ("gunfire erupted").
ERUPTING = frozenset({"erupt", "break", "ring"})
# Acts of force that a crowd attempts as a protest ("protesters tried to storm the
# embassy"), by their head verb ("break into", "set fire"); a crowd that did break in
# assaulted the site, and commandos storming a ship attack it.
CROWD_ACTS = frozenset({"storm", "break", "ransack", "set", "torch"})
ATTEMPT_VERBS = frozenset({"try", "attempt", "seek"})
# Verbs of force and the objects that make them idioms ("hit the headlines", "struck a
# deal", "struck a nerve", "hit a record").
FORCE_VERBS = frozenset({"hit", "strike", "pound"})
# What one attacks in words, not by force: "attacked the plan", "attacked his remarks".
CRITICIZED = frozenset({"policy", "decision", "plan", "proposal", "remark", "comment",
                        "statement", "speech", "stance", "position", "approach", "idea",
                        "record", "report", "bill", "law", "budget", "deal", "agreement",
                        "strategy", "claim", "argument", "view", "move", "handling"})
IDIOM_OBJECTS = frozenset({"headline", "headlines", "record", "high", "low", "snag", "nerve",
                           "chord", "note", "deal", "bargain", "agreement", "accord", "balance",
                           "tone", "pose", "jackpot", "stride", "wall", "roadblock", "pavement"})
# An explosion (ontology ``blast_nouns``) that "rocked" or "tore through" a site
# (``blast_sites``, ``site_nouns``) is an attack, its author untold.
BLAST_VERBS = frozenset({"rock", "hit", "strike", "shake", "tear", "rip", "target", "destroy",
                         "damage", "level", "ravage"})
# Verbs of a toll whose subject, an explosion, was an attack ("a blast killed five").
TOLL_VERBS = frozenset({"kill", "wound", "injure", "maim"})
# Words that tell an explosion as an accident ("a gas leak caused the blast").
ACCIDENT_CUES = frozenset({"leak", "accident", "accidental", "accidentally", "malfunction",
                           "negligence", "cylinder", "boiler", "circuit", "technical"})
# Threats whose negation is their meaning: "would not go unanswered".
NEGATED_THREATS = frozenset({"unanswered", "unpunished", "unavenged", "stop", "cease", "halt",
                             "end", "suspend", "pause"})
# Deeds said not to pass without a reply, threats only when negated (trigger phrases):
# "said the crime would not pass without punishment".
UNPAID_PASSINGS = frozenset({"pass without punishment", "pass without a response"})
# Refusals of inaction, threats only when negated: "would not remain silent", "will not
# stand idle" (trigger phrases).
INACTION = frozenset({"remain silent", "stay silent", "keep silent", "stand idle", "remain idle",
                      "stand idly", "sit idly", "stand by", "hesitate", "allow", "tolerate"})
# Verbs of setting captives free: "said it would release the hostages" is a decision,
# "would not free them until ..." holds them against a demand.
RELEASING = frozenset({"release", "free"})
# Verbs of pausing a campaign: "would not halt its attacks" threatens to go on, when
# someone declares it; told by the narrator ("did not halt") it is no statement.
HALTING = frozenset({"halt", "suspend", "pause"})
# Denials whose negation is their meaning: "said it was not involved", "said they were
# not behind the blast", "said it was not responsible".
NEGATED_DENIALS = frozenset({"involve", "behind", "responsible", "control"})
# Partners a patron says it does not control ("said it did not control the militias").
CONTROLLED_PARTNERS = frozenset({"militia", "faction", "group", "proxy", "fighter", "movement",
                                 "ally", "partner", "organization", "organisation"})
# Courses whose negation, declared by the side that takes them, is a position: "said it
# did not seek war", "said it would not take part in the talks" (trigger phrases).
NEGATED_POSITIONS = frozenset({"seek", "want", "negotiate", "take part", "participate",
                               "drag", "draw"})
# Verbs of being pulled into a fight ("would not be dragged into a war"): a position only
# with the war they name.
PULLED_IN = frozenset({"drag", "draw"})
# Courses whose refusal ("refused to halt its attacks", "declined to accept the plan")
# declares that the refusing party keeps its conduct: statement subtypes.
REFUSABLE_COURSES = frozenset({"suspension", "resumption", "decision", "de_escalation",
                               "deployment", "recall", "expulsion", "severance",
                               "resignation"})
# Courses disowned in so many words ("said it had no interest in a wider war").
DISOWNED_COURSES = frozenset({"have no interest"})
# Dangers one warns of that no party deals out: a warning of them is advice, no threat.
HAZARDS = frozenset({"outbreak", "epidemic", "pandemic", "famine", "catastrophe", "disaster",
                     "crisis", "shortage", "collapse", "inflation", "flood", "flooding",
                     "storm", "drought", "recession", "heatwave", "cholera", "disease",
                     "risk", "danger", "starvation", "hunger", "spill", "pollution"})


def _warns_of_hazard(tok: Token) -> bool:
    """"warned of a humanitarian catastrophe", "warned of the risk of a wider war": what
    the warning names is a danger, not the speaker's blow; with a clause of its own
    ("warned of a disaster if the strikes go on, and said it would respond") it may
    still threaten, so only a warning with nothing but that danger counts."""
    warned = [p for _x, p in prep_objects(tok, OF)]
    return bool(warned) and all(lemma(p) in HAZARDS for p in warned) and not any(
        c.dep_ in ("ccomp", "xcomp", "dobj") for c in tok.children)


# What one is denied when "deny" means to withhold, not to deny a charge ("denied the
# crew entry", "denied visas to the delegation", "was denied bail").
GRANTS = frozenset({"entry", "access", "visa", "permission", "passage", "bail", "request",
                    "application", "asylum", "licence", "license", "clearance", "landing",
                    "overflight", "admission", "permit", "service", "treatment", "care"})
# What a denial rejects: "rejected the accusations".
ACCUSATIONS = frozenset({"accusation", "charge", "claim", "allegation", "report", "assertion",
                         "suggestion", "blame", "responsibility", "link", "involvement",
                         "role", "connection", "account", "version", "narrative"})
# What a party refuses when it rejects a demand made of it ("rejected calls to disarm",
# "dismissed the ceasefire proposal"): a declared refusal to change course.
DEMANDS = frozenset({"demand", "call", "proposal", "offer", "plan", "initiative", "roadmap",
                     "request", "ultimatum", "condition", "term", "mediation", "truce",
                     "ceasefire", "warning", "threat", "resolution", "pressure", "deadline",
                     "invitation", "overture"})
# Measures taken against a party that it refuses when it rejects them ("rejected the US
# decision to designate it", "rejected the listing"): a declared refusal to bow to them.
REFUSED_MEASURES = frozenset({"decision", "designation", "listing", "classification", "sanction",
                      "move"})
# What an announcement makes known rather than decides ("announced his death").
REPORTED_FACTS = frozenset({"death", "killing", "toll", "result", "name", "identity",
                            "arrest", "capture"})


def _declared(ctx: DocContext, tok: Token) -> bool:
    """"Fly Baghdad rejected the charge", "the minister said they would retaliate": a
    verb that is a statement only as a past declaration, or as a future act that
    someone is reported to declare (and that no other statement word carries)."""
    if lemma(tok) in DISMISSIVE and _charge_called_false(tok):  # "said the charges were lies"
        depth = 4 if _false_flag(tok) else 3  # "... was a false-flag attack": one step more
        return any(lemma(a) in DECLARING and a.pos_ == "VERB"
                   for a in list(tok.ancestors)[:depth])
    if lemma(tok) in DISMISSIVE and tok.pos_ == "VERB":
        return False  # "Israel fabricated the evidence": no charge a speaker calls false
    if lemma(tok) in OWN_DECLARATIONS:
        if lemma(tok) not in REFUTING and not any(
                c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "dobj" and lemma(c) in REPRISALS)
                or _blows_promised(c) for c in tok.children):
            return False  # "promised an inquiry" declares no act of its own
        if lemma(tok) in REFUTING and not any(
                c.dep_ == "dobj" and lemma(c) in ACCUSATIONS | DEMANDS | REFUSED_MEASURES
                for c in tok.children) \
                and not _rejects_charge_before(tok) and not _refuted_as_false(tok) and \
                not _dismissed_as(ctx, tok):
            return False  # "rejected that explanation" denies nothing
        return tok.tag_ == "VBD" or (tok.tag_ == "VBN" and any(
            lemma(c) == "have" for c in tok.children if c.dep_ == "aux")) or \
            _past_as_participle(tok) or _present_refusal(tok)  # "has pledged"
    if lemma(tok) in DECLARED_DEEDS and _declared_deed_told(tok) and tok.dep_ == "ccomp" and \
            lemma(tok.head) in ANNOUNCING and tok.head.pos_ == "VERB":
        return True
    if lemma(tok) in DECLARED_DEEDS and _declared_deed_told(tok) and _content_of(tok):
        return True  # "said in a statement that it had resumed its attacks"
    if _decided(tok) or _ordered(tok) or _going_on_declared(ctx, tok):
        return True
    if _declared_readiness(tok):
        return True  # "declared its readiness to respond to any attack"
    if _declared_state(tok):
        return True  # "declared the Red Sea closed to Israeli ships"
    if _readied(tok):  # "said its fighters were ready to strike"
        return any(lemma(a) in DECLARING and a.pos_ == "VERB" and not _forecaster(a)
                   for a in list(tok.head.ancestors)[:2])
    if _declared_duty(tok):
        return True  # "said it was Iran's duty to avenge X"
    if tok.dep_ == "xcomp" or not any(a in ctx.ontology.future or a in ("would", "'d")
                                      for a in verb_auxes(tok)):
        return False
    if any(lemma(c) in HEDGES for c in tok.children if c.dep_ == "advmod"):
        return False  # "said Hezbollah would probably respond": a forecast, no declaration
    if _content_of(tok) and tok.head.head.pos_ == "VERB":
        return True  # "sent a message to Washington that attacks would continue"
    for anc in list(tok.ancestors)[:3]:
        if _passes_message(anc):
            return not _forecaster(anc)  # "delivered a message to Israel that ..."
        if label_clause(tok):
            return True  # "called the strike a crime that would not go unanswered"
        if anc.pos_ == "VERB" and lemma(anc) not in DECLARING and any(
                h.head == anc.i for h in ctx.triggers(anc.sent)):
            return False  # "warned it would retaliate": the warning is the statement
            # ("declared it would respond": "declared war" is the trigger, not this)
        if lemma(anc) in DECLARING and anc.pos_ == "VERB":
            return not _forecaster(anc)
    return _said_after(tok) or bool(_colon_voice(tok)) or bool(according_voice(tok))


# What a measure freezes of a party: "an asset freeze", "a freeze on its funds".
HOLDINGS = frozenset({"asset", "fund", "property", "account", "holding"})


def _frozen_holdings(noun: Token) -> bool:
    """Whether a freeze is of a party's holdings ("imposed asset freezes on X", "a freeze
    on the group's funds"), not of anything else ("a hiring freeze")."""
    return any(lemma(c) in HOLDINGS for c in noun.children if c.dep_ in ("compound", "amod")) \
        or any(lemma(p) in HOLDINGS for _x, p in prep_objects(noun, frozenset({"on", "of"})))


# Verbs of offering a sum one has yet to pay: "offered to pay $5 million for information".
OFFERING = frozenset({"offer", "pledge", "promise"})


def _pay_offered(verb: Token) -> bool:
    """Whether "pay" tells a sum offered, yet to be paid ("would pay up to $10 million for
    information", "offered to pay"), not one paid."""
    return any(a.lower_ in ("would", "will", "'ll") for a in verb.children if a.dep_ == "aux") \
        or (verb.dep_ == "xcomp" and lemma(verb.head) in OFFERING)


def _announced_measure(tok: Token) -> bool:
    """"The State Department announced that it would pay up to $15 million for
    information", "offered to pay $10 million for information": a measure a body
    announces it will take, or a sum it offers, is taken by the announcing or offering."""
    if tok.dep_ == "xcomp" and lemma(tok.head) in OFFERING and tok.head.tag_ in ("VBD", "VBN"):
        return True
    return any(a.pos_ == "VERB" and lemma(a) == "announce" and a.tag_ in ("VBD", "VBN")
               for a in list(tok.ancestors)[:2])


# Wrongs of trade a party is held to answer for ("held the supplier responsible for the
# delays"): a claim for damages, no threat of force.
BUSINESS_WRONGS = frozenset({"delay", "debt", "shortfall", "outage", "default", "overrun",
                             "defect", "recall", "bill", "payment", "fee", "overcharge",
                             "shortage", "bankruptcy", "refund"})
ACCOUNTABLE = frozenset({"responsible", "accountable", "liable"})


# A party's own exertions of force that it may declare over ("the mobilisation was over").
ENDED_EFFORTS = frozenset({"mobilisation", "mobilization", "alert", "operation", "campaign",
                           "attack", "offensive", "escalation", "deployment", "retaliation",
                           "response", "measure", "action", "readiness", "strike"})
# Words that make a measure one of force or of a crisis rather than of routine.
EMERGENCY_MEASURES = frozenset({"exceptional", "special", "military", "emergency",
                                "extraordinary", "security", "defensive", "precautionary"})


def _over_declarers(over: Token) -> list[Token]:
    """Who declares that "it was over": the subject of the verb of saying the clause hangs
    from, up the parse ("told supporters in a speech that the mission was accomplished and
    that the measures were over")."""
    for anc in list(over.ancestors)[:5]:
        if anc.pos_ == "VERB" and lemma(anc) in ANNOUNCING | STATE_DECLARING:
            return [] if _forecaster(anc) else [c for c in anc.children if c.dep_ == "nsubj"]
    return []


def _efforts_declared_over(ctx: DocContext, tok: Token) -> bool:
    """"Hezbollah said its mobilisation was over", "told supporters that the exceptional
    measures the group had taken were over": a party that declares its own force stood
    down suspends it; "said the storm was over", "analysts said the crisis was over", "the
    bank said the emergency measures were over" stand nothing down."""
    be = tok.head
    if tok.lower_ != "over" or lemma(be) != "be" or tok.dep_ not in ("advmod", "acomp", "prt",
                                                                      "prep", "advcl"):
        return False
    efforts = [c for c in be.children if c.dep_ in ("nsubj", "nsubjpass")]
    efforts += [c for e in efforts for c in e.conjuncts]
    if not any(lemma(e) in ENDED_EFFORTS for e in efforts):
        return False
    said_by = _over_declarers(tok)
    if not said_by:
        return False
    sides = {ctx.etype(a) for a in _speaking_actors(ctx, said_by)}
    sides |= {ctx.etype(b) for a in _speaking_actors(ctx, said_by)
              if ctx.etype(a) == "person" for b in bodies_of(ctx, a)}
    armed = bool(sides & NON_STATE)
    return any(lemma(e) in ENDED_EFFORTS and (armed or lemma(e) != "measure") and (
        lemma(e) != "measure" or any(lemma(c) in EMERGENCY_MEASURES for c in e.children))
        for e in efforts)


def _truce_declared_over(ctx: DocContext, tok: Token) -> bool:
    """"The group declared that the truce with US forces was over", "said the ceasefire
    was over": a party that declares a truce ended takes up its fight again; "analysts
    said the truce was over" or a truce told as over declares nothing."""
    be = tok.head
    if tok.lower_ != "over" or lemma(be) != "be" or tok.dep_ not in ("advmod", "acomp", "prt",
                                                                      "prep", "advcl"):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") and lemma(c) in TRUCE_NOUNS
               for c in be.children):
        return False
    said_by = _over_declarers(tok)
    return bool(said_by) and bool(_speaking_actors(ctx, said_by))


# Verbs of passing words on, whose object, a message, carries the clause hung on the
# verb ("delivered a message to Israel that ...", "conveyed a message to Washington that").
MESSAGE_PASSING = frozenset({"deliver", "convey", "relay", "send", "pass", "transmit", "issue"})


def _passes_message(verb: Token) -> bool:
    """"Hezbollah delivered a message to Israel that any attack would be answered": the
    parse hangs the clause on the verb, not on the noun; whoever passes the message on
    declares it ("carried a message" is a mediator's errand)."""
    return verb.pos_ == "VERB" and lemma(verb) in MESSAGE_PASSING and any(
        c.dep_ == "dobj" and lemma(c) in DECLARATION_NOUNS for c in verb.children)


# Nouns of an obligation whose "to" clause is a deed a speaker binds a side to.
DUTY_NOUNS = frozenset({"duty", "obligation"})


def _declared_duty(tok: Token) -> bool:
    """"said it was Iran's duty to avenge X", "said it was the duty of all fighters to
    avenge Y": a reprisal a speaker calls a side's duty is vowed (the parse hangs the
    "to" clause on the noun or on its copula)."""
    if tok.pos_ != "VERB" or lemma(tok) not in AVENGING:
        return False
    duties = [tok.head] if tok.dep_ == "acl" else [
        c for c in tok.head.children if c.dep_ == "attr"] if tok.dep_ == "xcomp" else []
    return any(lemma(d) in DUTY_NOUNS for d in duties) and any(
        lemma(a) in DECLARING and a.pos_ == "VERB" for a in list(tok.ancestors)[:3])


# Speakers who forecast what others will do and declare nothing of their own ("analysts
# said the group would retaliate").
FORECASTERS = frozenset({"analyst", "expert", "observer", "commentator", "researcher",
                         "scholar", "tank", "pundit", "forecaster"})
# Papers and writers of the press, whose words report or forecast what others will do
# ("the Washington Post wrote that X would retaliate", "a columnist wrote that ...").
PRESS = frozenset({"newspaper", "paper", "daily", "weekly", "post", "times", "journal",
                   "gazette", "herald", "tribune", "magazine", "columnist", "journalist",
                   "reporter", "correspondent", "editorial", "editor"})


# Words of readiness whose "to" complement is a deed held ready ("ready to strike").
READINESS = frozenset({"ready", "prepared"})


# What a party declares itself ready for when the readiness threatens ("ready for war").
WAR_NOUNS = frozenset({"war", "battle", "confrontation", "showdown", "escalation", "fight",
                       "conflict"})
# Words that make a war noun a contest of another kind ("a long legal battle").
UNARMED_CONTESTS = frozenset({"legal", "court", "courtroom", "judicial", "political",
                              "diplomatic", "electoral", "commercial", "trade", "price",
                              "tariff", "regulatory", "budget", "custody", "verbal", "media",
                              "public", "proxy", "bidding", "takeover", "boardroom"})


# What may come, which a side declared ready for all of is ready for war ("ready for all
# scenarios", "prepared for any eventuality").
OUTCOME_NOUNS = frozenset({"scenario", "eventuality", "possibility", "contingency"})


def _every_outcome(noun: Token) -> bool:
    """"all scenarios", "any eventuality", "every possibility": whatever may come."""
    return lemma(noun) in OUTCOME_NOUNS and any(
        c.dep_ in ("det", "amod", "predet") and c.lower_ in ("all", "any", "every")
        for c in noun.children)


def _ready_for_war(ctx: DocContext, tok: Token) -> bool:
    """"Qassem said the group was ready for war", "said they were prepared for a long
    confrontation": the speaker's own side declared ready for war threatens it."""
    passive = tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in tok.children)
    if tok.lower_ not in READINESS or not (
            (tok.pos_ == "ADJ" and tok.dep_ == "acomp") or passive):
        return False  # (the parse may read "was prepared for war" as a passive)
    if not any((lemma(p) in WAR_NOUNS and not any(
            c.dep_ in ("amod", "compound") and c.lower_ in UNARMED_CONTESTS for c in p.children))
            or _every_outcome(p) for _x, p in prep_objects(tok, FOR)):
        return False  # "ready for a long legal battle": a contest fought in court
    state = tok if passive else tok.head
    return any(lemma(a) in DECLARING and a.pos_ == "VERB" and not _forecaster(a)
               for a in list(state.ancestors)[:2]) and _own_side(ctx, state)


# Verbs of a state held, whose "on alert" tells forces held ready ("remained on alert").
STANDING_VERBS = frozenset({"be", "remain", "stay", "stand"})


def _declared_on_alert(ctx: DocContext, tok: Token) -> bool:
    """"The army said its forces were on high alert", "said its fighters remained on
    alert": the speaker's own forces declared on alert; told by the narrator or an
    analyst ("the troops were on high alert") it is no statement."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "on" or prep.dep_ != "prep":
        return False
    held = prep.head
    if lemma(held) not in STANDING_VERBS or held.dep_ != "ccomp" or \
            lemma(held.head) not in DECLARING or _forecaster(held.head):
        return False
    return bool(_declarer(ctx, held)) and _own_side(ctx, held)


def _readied(tok: Token) -> bool:
    """"its fighters were ready to strike": a deed a party says it stands ready to do."""
    return tok.dep_ == "xcomp" and tok.pos_ == "VERB" and tok.head.pos_ == "ADJ" and \
        lemma(tok.head) in READINESS and tok.head.dep_ == "acomp"


# Verbs that put out a party's readiness ("declared its readiness to respond").
READINESS_VOICING = frozenset({"declare", "announce", "express", "affirm", "reaffirm",
                               "voice", "reiterate", "stress", "confirm"})


def _declared_readiness(tok: Token) -> bool:
    """"Hezbollah declared its readiness to respond to any attack", "expressed its
    readiness to strike": a deed a party declares itself ready to do."""
    noun = tok.head
    return tok.dep_ == "acl" and tok.pos_ == "VERB" and lemma(noun) == "readiness" and \
        noun.dep_ == "dobj" and noun.head.pos_ == "VERB" and \
        lemma(noun.head) in READINESS_VOICING and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


# Verbs that declare a thing to be in a state ("declared the sea closed").
STATE_DECLARING = frozenset({"declare", "proclaim", "pronounce"})


def _declared_state(tok: Token) -> bool:
    """"The Houthis declared the Red Sea closed to Israeli ships": a participle its
    declaring verb puts its object in, with no auxiliary of its own, is done by saying so."""
    return tok.tag_ in ("VBN", "VBD") and tok.dep_ in ("ccomp", "oprd") and \
        tok.head.pos_ == "VERB" and lemma(tok.head) in STATE_DECLARING and \
        not any(c.dep_ in ("aux", "auxpass", "mark") for c in tok.children)


def _forecaster(said: Token) -> bool:
    """Whether the subject of a verb of saying is an analyst, whose words forecast."""
    return any(c.dep_ == "nsubj" and (lemma(c) in FORECASTERS or c.lower_ in PRESS)
               for c in said.children) or (lemma(said) == "write" and any(
                   p.lower_ in PRESS for _x, p in prep_objects(said, frozenset({"in"}))))


def _forecast(tok: Token) -> bool:
    """"analysts said Hamas would likely accept the plan", "the group will probably
    resume its attacks": a decision hedged or told by an analyst is expected, not
    declared."""
    if tok.pos_ == "VERB" and any(c.dep_ == "advmod" and lemma(c) in HEDGES
                                  for c in tok.children):
        return True
    said = next((a for a in list(tok.ancestors)[:3]
                 if lemma(a) in DECLARING and a.pos_ == "VERB"), None)
    return said is not None and _forecaster(said)


def _refuted_as_false(tok: Token) -> bool:
    """"dismissed the statement as lies", "rejected the report as baseless", "dismissed
    as baseless claims that ...": whatever is refused, it is labelled false (read on the
    words just after the verb too, which the parse often garbles)."""
    after = [t for t in tok.doc[tok.i + 1:min(tok.i + 4, tok.sent.end)] if not t.is_punct]
    if len(after) > 1 and after[0].lower_ == "as" and (
            lemma(after[1]) in DISMISSIVE or after[1].lower_ in DISMISSIVE):
        return True
    return any(lemma(p) in DISMISSIVE or p.lower_ in DISMISSIVE or any(
        c.dep_ == "amod" and (lemma(c) in DISMISSIVE or c.lower_ in DISMISSIVE)
        for c in p.children) or any(_false_flag(t) for t in p.subtree)
        for _x, p in prep_objects(tok, AS))


def _dismissed_as(ctx: DocContext, tok: Token) -> bool:
    """"dismissed the sanctions as meaningless", "rejected the plan as a trap": whatever
    is refused and labelled is refused in so many words (but "dismissed him as commander"
    removes an office holder)."""
    labels = [c for prep in tok.children if prep.dep_ == "prep" and prep.lower_ == "as"
              for c in prep.children if c.dep_ in ("pobj", "amod", "acomp")]
    return bool(direct_objects(tok)) and any(
        c.pos_ in ("NOUN", "ADJ") and lemma(c) not in ctx.ontology.official_nouns | OFFICES
        for c in labels)


def _present_refusal(tok: Token) -> bool:
    """"Hezbollah dismisses the claims", "Tehran rejects responsibility": a refusal in
    the present told as the main clause is the party's statement; in a relative clause
    after a charge ("a charge Tehran rejects") it is background (see _standing_denial)."""
    if lemma(tok) not in REFUTING or tok.tag_ not in PRESENT_TAGS or _standing_denial(tok):
        return False
    # "the ministry said Tehran categorically rejects the allegations": a refusal a
    # speaker declares now
    return tok.dep_ == "ROOT" or (tok.dep_ == "ccomp" and lemma(tok.head) in DECLARING and
                                  tok.head.tag_ == "VBD")


# Verbs that lay a charge: "accused X of firing the rocket, which the group rejected".
CHARGING = frozenset({"accuse", "blame", "charge", "allege", "link", "attribute", "tie",
                      "implicate", "suspect"})


# What a party stops as a decision ("said it had stopped its attacks").
CAMPAIGN_NOUNS = frozenset({"attack", "operation", "strike", "targeting", "fire", "campaign",
                            "hostility", "assault", "firing", "launch"})


# What a party keeps up besides a campaign ("vowed to keep up the resistance"); pressure
# kept up on a cabinet is politics.
KEPT_UP_NOUNS = CAMPAIGN_NOUNS | {"resistance", "fight", "struggle", "blockade"}


def _kept_course(ctx: DocContext, tok: Token) -> bool:
    """"would keep up its attacks", "vowed to keep up the resistance": a campaign kept
    going, told by the particle and the campaign's noun ("kept up appearances" keeps
    no campaign); "would keep its weapons", "would keep its troops in Iraq": arms or
    forces a party holds on to."""
    kept = [c for c in tok.children if c.dep_ == "dobj"]
    if any(c.dep_ == "prt" and c.lower_ == "up" for c in tok.children):
        return any(lemma(c) in KEPT_UP_NOUNS for c in kept)
    if any(c.dep_ in ("oprd", "acomp", "xcomp", "ccomp") for c in tok.children):
        return False  # "would keep the coalition informed": kept in a state, not held
    return any(lemma(c) in KEPT_FORCES or lemma(c) in ctx.ontology.arms_nouns for c in kept)


# Verbs with a particle that make a course kept up (trigger phrases).
PRESSING_ON = frozenset({"press on", "press ahead", "push on", "push ahead", "carry on",
                         "forge ahead"})
# Prepositions of what is kept up ("pressed on with its attacks", "persisted in them").
KEPT_UP_PREPS = frozenset({"with", "in"})
# Verbs of force a course kept up may name as a gerund ("would carry on targeting ships").
CAMPAIGN_GERUNDS = frozenset({"attack", "target", "strike", "hit", "fire", "shell", "launch",
                              "fight", "bomb", "resist"})


def _campaign_stopped(tok: Token) -> bool:
    """"Kataib Hezbollah stopped its attacks on US forces", "has ceased operations": a
    campaign told stopped is a halt, as "halted its attacks" is; "would not stop its
    attacks" threatens, and "the rain stopped" or "stopped the car" stops no campaign."""
    return lemma(tok) in ("stop", "cease") and tok.pos_ == "VERB" and \
        not is_negated(tok) and _told_past(tok) and _campaign_kept(tok) and \
        not any(c.dep_ == "auxpass" for c in tok.children)


def _told_past(tok: Token) -> bool:
    """"stopped", "has stopped", "had stopped": a verb told as done."""
    return tok.tag_ == "VBD" or (tok.tag_ == "VBN" and any(
        lemma(c) == "have" for c in tok.children if c.dep_ == "aux"))


def _campaign_kept(tok: Token) -> bool:
    """"would press on with its attacks", "would carry on targeting ships", "its
    operations would not cease": what goes on is a campaign, named as the verb's object,
    its "with" or "in" object, a gerund of force, or (for a verb without one) its
    subject; reforms pressed ahead with or rain that does not cease are none."""
    kept = [*direct_objects(tok), *(p for _x, p in prep_objects(tok, KEPT_UP_PREPS))]
    kept += [p for c in tok.children if c.dep_ == "prt"
             for _x, p in prep_objects(c, KEPT_UP_PREPS)]
    if not kept and not any(c.dep_ in ("xcomp", "pcomp") for c in tok.children):
        kept = [s for s in subjects(tok) if s.dep_ in ("nsubj", "nsubjpass")]
    return any(lemma(k) in KEPT_UP_NOUNS for k in kept) or any(
        c.dep_ in ("xcomp", "pcomp", "advcl") and c.tag_ == "VBG" and
        lemma(c) in CAMPAIGN_GERUNDS for c in tok.children)


# Nouns of a stop to a course that a party may declare there will be none of.
LETUPS = frozenset({"halt", "end", "pause", "stop", "letup", "let-up", "respite", "break"})


def _no_letup(ctx: DocContext, tok: Token) -> bool:
    """"said there would be no halt to their operations", "there will be no end to the
    attacks, the group said": a stop to a campaign that is declared will not come is
    the campaign's threat; "there has been no halt to the fighting" tells of the past,
    and "no end to the talks" is no campaign."""
    if lemma(tok) not in LETUPS or not any(c.dep_ == "det" and c.lower_ == "no"
                                             for c in tok.children):
        return False
    verb = tok.head
    if tok.dep_ != "attr" or lemma(verb) != "be" or \
            not any(c.dep_ == "expl" for c in verb.children) or \
            not any(a in ctx.ontology.future or a in ("would", "'d", "'ll")
                    for a in verb_auxes(verb)):
        return False
    stopped = [p for _x, p in prep_objects(tok, TO | frozenset({"in", "on"}))]
    return any(_campaign_noun(ctx, k) for k in stopped) and \
        bool(_declarer(ctx, tok))


def _campaign_on_hold(ctx: DocContext, tok: Token) -> bool:
    """"would put its operations on hold", "placed its attacks on Israel on hold": what
    the verb puts on hold is a campaign; "put the project on hold" is none."""
    verb = governing_verb(tok)
    if verb is None or tok.head.lower_ != "on":
        return False
    held = direct_objects(verb) + [c for c in verb.children if c.dep_ == "nsubjpass"]
    return any(_campaign_noun(ctx, h) for h in held)


def _campaign_noun(ctx: DocContext, noun: Token) -> bool:
    """A noun of a course of force: "operations", "attacks", "strikes"."""
    return lemma(noun) in KEPT_UP_NOUNS or _armed_act_noun(ctx, noun)


def _refrained_campaign(tok: Token) -> bool:
    """"would refrain from attacking US bases", "would refrain from any attacks": what
    one holds back from is a campaign; "refrain from commenting" holds back none."""
    held = [c for prep in tok.children if prep.dep_ == "prep" and prep.lower_ == "from"
            for c in prep.children if c.dep_ in ("pobj", "pcomp")]
    return any(lemma(h) in KEPT_UP_NOUNS or (h.tag_ == "VBG" and lemma(h) in CAMPAIGN_GERUNDS)
               for h in held)


# Forces a party holds on to ("would keep its troops in Iraq"); the bodies they serve
# ("would keep the coalition informed") are no forces.
KEPT_FORCES = frozenset({"troop", "force", "soldier", "forces", "troops", "soldiers"})


def _declared_deed_told(tok: Token) -> bool:
    """Whether a deed declared done is a change of course: a resumption, or a stop of a
    campaign ("said it had stopped targeting ships"); "said the convoy had stopped at the
    border" tells a halt on the road."""
    if lemma(tok) != "stop":
        return True
    return any((c.dep_ == "dobj" and lemma(c) in CAMPAIGN_NOUNS) or
               (c.dep_ == "xcomp" and c.tag_ == "VBG") for c in tok.children)


def _rejects_charge_before(tok: Token) -> bool:
    """"Israel accused X of firing the rocket, which the group rejected", "..., an
    accusation the group rejected": a relative clause of refusal whose "which" stands
    for the charge its main clause lays, or that hangs from a noun of charge."""
    if tok.dep_ != "relcl":
        return False
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    if not objects:  # "..., an accusation the group rejected"
        return lemma(tok.head) in ACCUSATIONS
    return any(c.lower_ in ("which", "that") for c in objects) and \
        any(lemma(a) in CHARGING and a.pos_ == "VERB" for a in list(tok.ancestors)[:7])


# Marks that open what a clause before them announces ("X's reply was blunt: ...").
ANNOUNCING_MARKS = frozenset({":", "-", "\u2013", "\u2014", "--"})
# Verbs of answering that, before a colon, introduce the answer ("X responded: ...").
ANSWERING_VERBS = frozenset({"respond", "reply", "answer"})
# Nouns of a party's words that, as the subject of a copula before a colon, introduce
# them ("the group's message was clear: ...").
WORDS_NOUNS = DECLARATION_NOUNS | {"answer", "reply", "response", "position", "verdict", "word",
                                   "line", "retort"}


# Verbs of putting words out ("posted a message", "issued a statement").
PUTTING_OUT = frozenset({"post", "issue", "release", "publish", "circulate", "send"})


def _colon_voice(tok: Token) -> list[Token]:
    """"Kataib Hezbollah responded on Telegram: the group was not behind the attack",
    "the Guards' message was clear: it had nothing to do with it": the clause after a
    colon or dash is what the clause before it says was said; who said it is the subject
    of that verb of saying or the owner of that noun of words."""
    for head in (tok, *list(tok.ancestors)[:3]):
        for intro in (c for c in head.children if c.dep_ in ("ccomp", "parataxis") and
                      c.i < head.i):
            between = tok.doc[intro.right_edge.i + 1:min(head.i, tok.i)]
            if not any(t.text in ANNOUNCING_MARKS for t in between):
                continue
            if intro.pos_ == "VERB" and lemma(intro) in DECLARING | ANSWERING_VERBS:
                return [c for c in intro.children if c.dep_ == "nsubj"]
            if intro.pos_ == "VERB" and lemma(intro) in PUTTING_OUT and any(
                    c.dep_ == "dobj" and lemma(c) in WORDS_NOUNS for c in intro.children):
                # "X posted a message on Telegram: ...": who puts the words out
                return [c for c in intro.children if c.dep_ == "nsubj"]
            if lemma(intro) == "be":
                words = [c for c in intro.children if c.dep_ == "nsubj" and
                         lemma(c) in WORDS_NOUNS]
                return [c for w in words for c in w.children if c.dep_ == "poss"] + [
                    p for w in words for _x, p in prep_objects(w, FROM)]
    return []


def _said_after(tok: Token) -> bool:
    """"Iran will not stand idle, the minister said": the declaring verb of a clause
    quoted first hangs from it as a parenthetical."""
    return any(c.dep_ == "parataxis" and lemma(c) in DECLARING and c.pos_ == "VERB"
               for c in tok.children)


# Forms of "be" that make a gerund a progressive ("was reviewing").
BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "'s", "'re", "am"})


# Auxiliaries of a deed still to come ("warning that ships would be hit").
FUTURE_AUXES = frozenset({"will", "would", "'ll", "'d", "shall", "could", "might", "may"})
# Verbs of putting out words, whose participle of warning tells what the words were
# ("released a video, warning ...", "said in a statement, threatening ...").
PUBLISHING = DECLARING | frozenset({"release", "issue", "publish", "post", "air", "broadcast",
                                    "circulate", "send", "deliver", "give", "make", "put"})
# Verbs whose participle adds a declaration to a clause that tells how it was made
# ("released a video, warning that ...", "issued a statement, threatening to ...").
UTTERING = frozenset({"warn", "threaten", "vow", "deny"})


def _uttered_aside(tok: Token) -> bool:
    """"The Houthis released a video, warning that any ship would be targeted": a
    participle of warning that tells what words put out said, with what it warns of, a
    deed to come, is the subject's own declaration; "warning that these steps are
    crucial" threatens nothing, and beside a deed ("struck X, warning ...") the warning
    is told with that deed."""
    return lemma(tok) in UTTERING and _published_by(tok.head) and (
        lemma(tok) == "deny" or _warns_of_deed(tok))  # "issued a statement, denying any role"


# Verbs of mourning the dead: no deed, so a vow told beside them ("buried the commander,
# vowing revenge") is the mourners' own declaration.
MOURNING = frozenset({"mourn", "bury", "eulogize", "eulogise", "commemorate", "lament",
                      "honor", "honour"})
# What is held or attended in mourning ("held a funeral for X, vowing ...").
MOURNING_RITES = frozenset({"funeral", "burial", "memorial", "ceremony", "procession",
                            "service", "wake", "vigil"})


def _vowed_in_mourning(tok: Token) -> bool:
    """"Hezbollah mourned the commander, vowing to avenge his death", "held a funeral
    for him on Friday, vowing revenge": a vow or threat beside the mourning of the dead
    is declared by the mourners; beside a deed ("struck X, vowing more") it is not."""
    head = tok.head
    if lemma(tok) not in VOWING | UTTERING or head.pos_ != "VERB":
        return False
    return lemma(head) in MOURNING or any(
        lemma(o) in MOURNING_RITES for o in (*direct_objects(head), *(
            p for _x, p in prep_objects(head, frozenset({"at"})))))


def _aside_of_report(tok: Token) -> bool:
    """A participle of uttering that the parse hangs on the clause a verb of saying
    reports ("said the strike had hit X, warning that ...")."""
    return tok.tag_ == "VBG" and tok.dep_ == "advcl" and lemma(tok) in UTTERING and \
        tok.head.dep_ == "ccomp" and lemma(tok.head.head) in DECLARING and \
        tok.head.head.pos_ == "VERB" and not subjects(tok)


def _published_by(head: Token) -> bool:
    """The verb of putting out words a participle hangs from: itself, or the one whose
    reported clause the parse hangs it on ("said the drones had not come from its soil,
    denying the militia's claims")."""
    return lemma(head) in PUBLISHING or (head.dep_ == "ccomp" and head.head.pos_ == "VERB"
                                         and lemma(head.head) in DECLARING)


def _warns_of_deed(tok: Token) -> bool:
    """"warning that any ship would be targeted", "threatening to strike", "warned of a
    response": what the words warn of is a deed to come, not a risk or a fact."""
    return any((c.dep_ == "ccomp" and any(a in FUTURE_AUXES for a in verb_auxes(c))) or
               c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ in ("of", "against"))
               for c in tok.children)


# Verbs that bring someone to do something ("prompting the group to vow revenge").
CAUSING = frozenset({"prompt", "lead", "cause", "push", "spur", "drive", "force", "provoke",
                     "trigger"})


def _caused_utterance(tok: Token) -> bool:
    """"Israeli jets struck the depot, prompting Hezbollah to vow revenge": what the deed
    brought a party to utter is that party's own statement, made in reply."""
    return tok.dep_ == "xcomp" and tok.pos_ == "VERB" and lemma(tok) in UTTERING and \
        tok.head.pos_ == "VERB" and lemma(tok.head) in CAUSING and bool(direct_objects(tok.head))


def _long_held(tok: Token) -> bool:
    """"has long called for", "have long rejected": a perfect with "long" tells a
    position held over time, not a decision declared ("as long as the war goes on" is
    a condition, not this)."""
    return tok.pos_ == "VERB" and any(a in ("has", "have", "had") for a in verb_auxes(tok)) \
        and any(c.dep_ == "advmod" and c.lower_ == "long" and not list(c.children)
                for c in tok.children)


def _declared_in_progress(tok: Token) -> bool:
    """"The minister said the government was reviewing the pact", "said they are
    resuming operations": a decided course already under way, as its maker declares it.
    (Only for verbs that need a given object, so that "said they were following events
    closely" declares nothing.)"""
    if tok.tag_ != "VBG" or tok.dep_ not in ("ccomp", "ROOT", "conj") or not any(
            a in BE_FORMS for a in verb_auxes(tok)):
        return False
    return any(lemma(anc) in ANNOUNCING and anc.pos_ == "VERB"
               for anc in list(tok.ancestors)[:2]) or any(
        c.dep_ in ("parataxis", "ccomp") and lemma(c) in DECLARING for c in tok.children)


def _past_as_participle(tok: Token) -> bool:
    """"Iran's judiciary chief promised punishment": a main verb with a subject and no
    auxiliary is a simple past the tagger read as a participle."""
    return tok.tag_ == "VBN" and tok.dep_ == "ROOT" and any(
        c.dep_ == "nsubj" for c in tok.children) and not any(
        c.dep_ in ("aux", "auxpass") for c in tok.children)


# Subjects that make a declared attack the speaker's own: "said they would strike",
# "said its forces would hit ...", "said the group would target ...".
OWN_SUBJECT_NOUNS = frozenset({"group", "movement", "militia", "faction", "organization",
                               "organisation", "resistance"})
# Adverbs that make a declared attack a forecast rather than a threat ("would likely").
HEDGES = frozenset({"likely", "probably", "possibly", "perhaps", "unlikely"})


def _declared_attack(ctx: DocContext, tok: Token) -> bool:
    """"The Houthis said they would target any ship bound for Israel": an attack the
    speaker declares it will carry out is a threat, not an attack; one a speaker
    forecasts of someone else ("officials said the militia would attack again") or
    hedges ("would likely strike") is neither."""
    if tok.pos_ != "VERB" or is_negated(tok) or not _declared(ctx, tok):
        return False
    if any(lemma(c) in HEDGES for c in tok.children if c.dep_ == "advmod"):
        return False
    return _own_side(ctx, tok) or _blow_without_agent(tok)


# Verbs of a plan a side may declare as its own course ("we plan to", "intend to").
DECLARED_PLANS = frozenset({"plan", "intend"})


def _own_plan_declared(ctx: DocContext, tok: Token) -> bool:
    """"The Houthis said they plan to target more ships", "the group intends to strike
    X, its spokesman said": a blow a side says, in the present, it means to deal is its
    threat, not a plot others uncovered ("Hezbollah plans to attack X, Israeli officials
    said" stays one)."""
    plan = tok.head
    if tok.dep_ != "xcomp" or lemma(plan) not in DECLARED_PLANS or plan.tag_ not in (
            "VBP", "VBZ") or is_negated(plan) or not is_to_infinitive(tok):
        return False
    return bool(_declarer(ctx, plan)) and _own_side(ctx, plan)


def _blow_without_agent(tok: Token) -> bool:
    """"The Houthis said any ship bound for Israel would be targeted": a blow declared to
    come, in the passive and by no one named, is the speaker's to deal (one named by
    "by X" is the speaker's forecast of X)."""
    return any(c.dep_ == "auxpass" for c in tok.children) and not passive_agents(tok)


# Verbs of answering a deed with a blow ("would be met with a strike", "will be answered
# with force").
ANSWERING_WITH = frozenset({"meet", "answer", "greet", "counter"})
PROMISING_MODALS = frozenset({"will", "would", "'ll", "shall"})


def _answer_promised(tok: Token) -> bool:
    """"Hezbollah said any attack on Beirut would be met with a strike on Tel Aviv": a
    blow promised, by whoever says it, as the answer to a deed is a threat, not a blow."""
    prep = tok.head
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or prep.lower_ != "with":
        return False
    verb = prep.head
    return lemma(verb) in ANSWERING_WITH and any(
        c.dep_ == "aux" and c.lower_ in PROMISING_MODALS for c in verb.children) and \
        verb.dep_ == "ccomp" and lemma(verb.head) in DECLARING and verb.head.pos_ == "VERB"


def _declared_blow(ctx: DocContext, hit: TriggerHit, tok: Token) -> bool:
    """"Kataib Hezbollah said it would strike US bases again", "expressed its readiness to
    strike Israel": a force verb needs a weapon or a state to tell an attack that happened
    from the verb's other senses, but a blow the speaker declares its own side will deal
    is a threat without either."""
    return hit.trigger.event_type in ("attack", "strike") and lemma(tok) in FORCE_VERBS \
        and tok.pos_ == "VERB" and not any(lemma(o) in IDIOM_OBJECTS
                                           for o in direct_objects(tok)) \
        and (_declared_attack(ctx, tok) or _declared_readiness(tok))


def _own_side(ctx: DocContext, tok: Token) -> bool:
    """Whether the subject of a declared deed is the speaker's own side: a pronoun, "the
    group", "its fighters", or the speaker named again."""
    subj = subjects(tok) or (subjects(tok.head.head) if _readied(tok) else [])
    if not subj:
        return False
    own = subj[0]
    if own.tag_ == "PRP" or lemma(own) in OWN_SUBJECT_NOUNS or any(
            c.dep_ == "poss" and c.tag_ == "PRP$" for c in own.children):
        return True
    if any(c.dep_ == "poss" and lemma(c) in OWN_SUBJECT_NOUNS for c in own.children) and any(
            ctx.etype(s) in NON_STATE for s in _speaking_sides(ctx, tok)):
        return True  # "X said the group's forces were ready": a group's man, of his group
    doer = set(tokens_actors(ctx, subj))
    return bool(doer) and bool(doer & _speaking_sides(ctx, tok))


def _speaking_sides(ctx: DocContext, tok: Token) -> set[str]:
    """Who declares a deed and the groups the speaker leads or belongs to ("Hezbollah will
    strike, the group's leader X said": the leader speaks for the group)."""
    said_by = _declarer(ctx, tok)
    sides = set(said_by).union(*(bodies_of(ctx, p) for p in said_by
                                 if ctx.etype(p) == "person"))
    # "an IRGC commander said Iran would hit Israel": a state body speaks for its state
    states = (ctx.linker.country_entity.get(iso) for b in sides
              if ctx.etype(b) == "state_body" and (iso := ctx.country(b)))
    return sides | {s for s in states if s}


# Verbs of doing a deed told by its noun: "carried out the attack", "staged the raid".
PERPETRATING = frozenset({"carry", "conduct", "launch", "stage", "mount", "perpetrate",
                          "commit", "execute", "orchestrate"})
# Verbs of having a deed done by others, told by its noun: "did not order the attack",
# "had not authorised the strike", "never planned the raid".
COMMISSIONING = frozenset({"order", "direct", "plan", "authorize", "authorise", "approve",
                           "sanction", "organize", "organise", "coordinate", "mastermind"})


def _disowned_deed(ctx: DocContext, tok: Token) -> bool:
    """"The Houthis said they had not targeted the vessel", "insisted the group had not
    fired the rocket": a deed the speaker says its own side did not do is a denial. A
    modal ("would not strike") promises rather than denies, and a deed of another party
    ("said the rocket was not fired from Lebanon") is a finding. A deed told by its noun
    counts through the verb of doing it ("said it did not carry out the attack") or of
    having it done ("said it did not order the attack")."""
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and lemma(tok.head) in COMMISSIONING and \
            any(c.dep_ == "poss" or (c.dep_ in ("amod", "compound") and (
                c.pos_ == "PROPN" or c.ent_type_ in ("NORP", "GPE", "ORG")))
                for c in tok.children):
        return False  # "said it did not approve the Israeli strike": a deed of another
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and \
            lemma(tok.head) in PERPETRATING | COMMISSIONING and tok.head.pos_ == "VERB":
        tok = tok.head
    if tok.pos_ != "VERB" or tok.dep_ != "ccomp" or not is_negated(tok):
        return False
    if lemma(tok.head) not in DISCLAIMING or tok.head.pos_ != "VERB":
        return False  # ("claimed that they had not targeted any vessel" disowns it too)
    if any(a in ctx.ontology.modals or a in ctx.ontology.future or a in ("would", "'d")
           for a in verb_auxes(tok)):
        return False
    if any(c.dep_ == "auxpass" for c in tok.children):
        return _own_agent(ctx, tok)  # "said the ship was not targeted by its forces"
    return _own_side(ctx, tok)


def _own_agent(ctx: DocContext, verb: Token) -> bool:
    """Whether the agent of a passive ("by its forces", "by the group", "by Hezbollah"
    after Hezbollah said) is the speaker's own side."""
    agents = [p for a in verb.children if a.dep_ == "agent" for p in a.children
              if p.dep_ == "pobj"]
    if any(lemma(a) in OWN_SUBJECT_NOUNS or any(c.dep_ == "poss" and c.tag_ == "PRP$"
                                                for c in a.children) for a in agents):
        return True
    doer = set(tokens_actors(ctx, agents))
    return bool(doer) and bool(doer & set(_declarer(ctx, verb)))


# Labels that deny the charge they are given.
DISMISSIVE = frozenset({"baseless", "unfounded", "groundless", "fabricated", "fabrication",
                        "false", "lie", "lies", "fake", "absurd", "ridiculous", "nonsense",
                        "untrue", "propaganda", "slander", "fiction", "motivated",
                        "fabricate", "invented", "lying", "pretext", "ploy", "ludicrous",
                        "preposterous", "laughable", "unsubstantiated", "malicious",
                        "misleading", "disinformation", "misinformation", "smear", "hoax",
                        "fantasy", "delusion", "myth", "bogus", "spurious", "concocted",
                        "distortion", "slanderous", "defamatory", "rubbish", "farce", "fairy"})
# Acts a call to arms asks for ("called on Iraqis to take up arms", "called on his
# fighters to attack the occupiers").
ARMING_ACTS = frozenset({"fight", "mobilize", "mobilise", "resist", "defend", "prepare",
                         "confront", "volunteer", "enlist", "attack", "target", "strike",
                         "respond", "retaliate", "avenge", "escalate", "intensify"})
# Verbs of urging whose object is who is asked to act ("urged Iraqis to rise up",
# "asked its fighters to suspend operations", "instructed his followers to end the
# sit-in"; "appealed to the factions to halt their attacks" names them after "to").
URGING = frozenset({"urge", "appeal", "ask", "exhort", "implore", "encourage", "instruct",
                    "tell"})
# Fights a people is called to join ("called on Arabs to join the battle").
FIGHT_NOUNS = frozenset({"battle", "fight", "war", "confrontation", "struggle", "intifada"})
# Verbs that drive a foe out with their particle ("called on the government to kick out
# US troops", "to throw out the ambassador").
DRIVING_OUT = frozenset({"kick", "drive", "throw", "force", "push", "chase"})
TAKING_PART_IN = frozenset({"in"})


# Peoples a call may address beside a movement's own ("called on the Arab world to
# mobilize", "on the Islamic nation to rise").
PEOPLES = frozenset({"world", "nation", "ummah", "masses", "public", "population"})
# Armed bodies a call may send to fight ("called on the army to confront the incursion").
ARMED_BODIES = frozenset({"army", "military", "force", "troop", "soldier"})
# Acts of widening a fight or breaking with a foe that a call may name by their gerund
# ("called for escalating the confrontation", "for expelling the occupiers").
ESCALATING_ACTS = frozenset({"escalate", "intensify", "attack", "target", "strike", "fight",
                             "resist", "confront", "mobilize", "mobilise", "expel", "evict",
                             "oust", "boycott", "sever"})
# Words of readiness a call asks a people to be in ("to be ready for war").
READY_WORDS = frozenset({"ready", "prepared"})


def _made_ready(act: Token) -> bool:
    """"to be ready for war", "to be prepared for a long battle"."""
    return lemma(act) == "be" and any(c.dep_ == "acomp" and lemma(c) in READY_WORDS
                                      for c in act.children)


# Fights a call may ask a side to keep out of ("to avoid escalation", "to avoid attacks").
AVOIDED_FIGHTS = frozenset({"escalation", "confrontation", "clash", "war", "attack",
                            "operation", "strike", "hostility", "fighting"})


def _avoids_fight(act: Token) -> bool:
    """"to avoid attacks on US forces", "to avoid escalation": a fight kept out of
    ("to avoid civilian casualties" is none)."""
    return lemma(act) == "avoid" and any(lemma(o) in AVOIDED_FIGHTS
                                         for o in direct_objects(act))


def _goes_out(act: Token) -> bool:
    """"to go out in millions", "to go out into the streets": a people taking to the
    streets; "to go out and vote" is none."""
    return lemma(act) == "go" and any(c.dep_ in ("prt", "advmod") and c.lower_ == "out"
                                      for c in act.children) and not any(
        c.dep_ == "conj" for c in act.children)  # "to go out and vote" is an errand


# Verbs of a people joining as one against a foe ("to unite against the occupation").
RALLYING_ACTS = frozenset({"unite", "stand", "rise", "rally", "band", "close"})
# Foes such a people is called to stand against, besides a named party.
FOE_NOUNS = frozenset({"occupation", "enemy", "aggression", "occupier", "invader",
                       "aggressor", "invasion", "oppressor", "occupiers", "invaders"})
# States a call may address as a people when told by their people's name ("Arab
# countries", "Muslim nations").
STATE_NOUNS = frozenset({"country", "state", "nation", "government", "ruler", "regime"})


def _rallies_against_foe(act: Token) -> bool:
    """"to unite against the occupation", "to stand against the aggression": a people
    joined against a foe ("to unite against hatred" names none)."""
    return lemma(act) in RALLYING_ACTS and any(
        lemma(p) in FOE_NOUNS or p.lower_ in FOE_NOUNS or p.ent_type_ in ("GPE", "ORG", "NORP")
        for _x, p in prep_objects(act, AGAINST))


def _states_of_a_people(tok: Token) -> bool:
    """"Arab countries", "Muslim nations": states told by their people's name."""
    return lemma(tok) in STATE_NOUNS and tok.tag_ == "NNS" and any(
        c.dep_ == "amod" and c.ent_type_ == "NORP" for c in tok.children)


def _disarms(act: Token) -> bool:
    """"to lay down their weapons", "to lay down arms": a fight given up."""
    return lemma(act) == "lay" and any(c.dep_ == "prt" and c.lower_ == "down"
                                       for c in act.children) and any(
        lemma(o) in ("weapon", "arm") or o.lower_ == "arms" for o in direct_objects(act))


def _drives_out(act: Token) -> bool:
    """"to kick out US troops", "to drive the occupiers out": a foe driven out."""
    return lemma(act) in DRIVING_OUT and any(c.dep_ == "prt" and c.lower_ == "out"
                                             for c in act.children)


def _joined(act: Token) -> list[Token]:
    """What an act asked of a people takes part in: its objects ("join the protests"),
    their "in" objects and its own ("take part in the protests", "to take part in the
    march")."""
    objs = direct_objects(act)
    return objs + [p for h in (act, *objs) for _x, p in prep_objects(h, TAKING_PART_IN)]


# Acts a call to stop asks for ("called on its fighters to halt attacks").
STOPPING_ACTS = frozenset({"halt", "stop", "cease", "suspend", "end", "refrain", "withdraw"})
# Acts that break with a foe, which a call asks of anyone ("called on Arab states to
# sever ties", "called for US troops to leave").
BREAKING_ACTS = frozenset({"expel", "sever", "cut", "boycott", "evict", "oust", "close", "shut",
                           "ban", "halt", "suspend", "cease", "end", "terminate", "cancel",
                           "revoke", "scrap", "abrogate"})
# Measures against a foe whose imposing a call asks for ("called on Muslim states to impose
# an oil embargo on Israel").
IMPOSED_MEASURES = frozenset({"embargo", "sanction", "boycott", "blockade"})


def _imposes_measure(act: Token) -> bool:
    """"to impose an oil embargo", "to enforce a boycott": a measure against a foe."""
    return lemma(act) in ("impose", "enforce", "declare") and any(
        lemma(o) in IMPOSED_MEASURES for o in direct_objects(act))


# Verbs whose particle makes them a halt ("stand down", "pull back", "hold off").
STOPPING_PARTICLES = {"stand": "down", "pull": "back", "hold": "off", "back": "down"}


def _stands_down(act: Token) -> bool:
    """"called on its fighters to stand down": a phrasal verb of halting."""
    particle = STOPPING_PARTICLES.get(lemma(act))
    return particle is not None and any(c.dep_ == "prt" and c.lower_ == particle
                                        for c in act.children)


# Acts of leaving, which break with a foe only when foreign forces or a state leave
# ("called for US troops to leave"), not when a crowd does ("called on them to leave").
LEAVING_ACTS = frozenset({"leave", "withdraw", "depart", "exit", "pull", "quit"})
# Nouns of the forces whose departure a call asks for.
TROOP_NOUNS = frozenset({"troop", "force", "soldier", "army", "coalition", "military",
                         "occupier", "occupation", "base", "mission", "embassy", "ambassador"})


def _forces_leave(ctx: DocContext, act: Token, addressed: list[Token]) -> bool:
    """Whether who is asked to leave is a force, a mission or a state."""
    leavers = addressed + [c for c in act.children if c.dep_ == "nsubj"]
    return any(lemma(t) in TROOP_NOUNS or ctx.etype_of_token(t) in STATE_TYPES
               for t in leavers)


# What a people is called to join or stage ("called on Iraqis to join the protests").
MASS_ACTIONS = frozenset({"protest", "demonstration", "rally", "march", "sit", "strike",
                          "uprising", "resistance", "jihad", "mobilization", "mobilisation"})
# Nouns of such acts, of taking up arms or of taking to the streets, a call asks for
# ("called for the withdrawal of foreign forces", "called for a general mobilization",
# "called for the resumption of attacks"); a call for calm, dialogue or an inquiry asks
# no one to change course.
CALLED_FOR = MASS_ACTIONS | {"withdrawal", "expulsion", "departure", "exit", "end", "closure",
                             "dissolution", "boycott", "embargo", "halt", "suspension", "severance",
                             "eviction", "ouster", "revenge", "retaliation", "retribution",
                             "vengeance", "punishment", "review", "cancellation",
                             "termination", "attack", "resumption"}
# Verbs of taking to the streets ("called on his followers to protest").
MASS_VERBS = frozenset({"protest", "demonstrate", "rally", "march", "rise", "revolt"})
# Whom a movement calls its own ("its fighters", "his followers", "Iraqis").
FOLLOWER_NOUNS = frozenset({"fighter", "follower", "supporter", "member", "loyalist", "unit",
                            "people", "youth", "citizen", "muslim", "volunteer", "tribe",
                            "faction"})


def _charge_called_false(tok: Token) -> bool:
    """"(said) the accusations were baseless", "the report is a fabrication": the word
    is said of a charge, through a copula whose subject is the charge."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:  # "politically motivated and unfounded"
        tok = tok.head
    if tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in tok.children):
        return any(c.dep_ == "nsubjpass" and (lemma(c) in ACCUSATIONS or
                                              c.lower_ in ACCUSATION_FORMS)
                   for c in tok.children)  # "the report was fabricated"
    if _false_flag(tok):  # "said the attack was a false flag": the deed is the charge
        label = tok.head if tok.head.dep_ != "compound" else tok.head.head
        return label.dep_ == "attr" and lemma(label.head) == "be" and any(
            c.dep_ == "nsubj" for c in label.head.children)
    head = tok.head
    return tok.dep_ in ("acomp", "attr") and lemma(head) == "be" and any(
        c.dep_ == "nsubj" and (lemma(c) in ACCUSATIONS or c.lower_ in ACCUSATION_FORMS)
        for c in head.children)


def _false_flag(tok: Token) -> bool:
    """"a false flag", "a false-flag operation": the label that calls a deed the work of
    its accuser, staged to lay the blame elsewhere; said of a deed, it denies the deed
    as a charge would be denied."""
    if lemma(tok) != "false":
        return False
    after = [t for t in tok.doc[tok.i + 1:tok.i + 3] if t.tag_ != "HYPH"]
    return bool(after) and lemma(after[0]) == "flag"


def _labelled(ctx: DocContext, tok: Token) -> tuple[str, str | None] | None:
    """"called the allegations baseless" denies them; "called on its fighters to halt
    attacks" or "on Iraqis to take up arms" is a call; other labels and calls ("called
    the deal a failure", "called on the world to help") declare nothing."""
    after = [t for t in tok.subtree if t.i > tok.i]
    charge = next((t for t in after if lemma(t) in ACCUSATIONS | LABELLED_WORDS or
                   t.lower_ in ACCUSATION_FORMS), None)
    # what the charge is of is no label ("described reports of misleading figures")
    told = {t.i for c in charge.children if c.dep_ == "prep" and c.lower_ in ("of", "about")
            for t in c.subtree if t.dep_ == "amod"} if charge is not None else set()
    if charge is not None and any(t.i > charge.i and t.i not in told and (
            lemma(t) in DISMISSIVE or t.lower_ in DISMISSIVE) for t in after):
        return "statement", "denial"
    if any(_false_flag(t) for t in after):  # "called the attack a false flag"
        return "statement", "denial"
    if charge is not None and charge.dep_ == "dobj" and charge.head.i == tok.i and any(
            lemma(t) in SMEAR_LABELS for t in _labels_of(tok, charge)):
        return "statement", "denial"  # "called the allegations an attempt to harm ties"
    if lemma(tok) == "call" and _called_to_act(ctx, tok):
        return "statement", "call"
    if lemma(tok) == "call" and _warned_off(ctx, tok):
        return "statement", "threat"
    if lemma(tok) == "call" and _nationals_called_out(ctx, tok):
        return "statement", "decision"
    if lemma(tok) == "call" and _travel_advised_against(ctx, tok):
        return "statement", "travel_warning"  # "called on Bahrainis to avoid travel to Iran"
    return None


# Labels that call a charge a move against the accused rather than a fact ("called the
# report an invention", "described the accusations as psychological warfare", "as part of
# a campaign against Iran", "called the claims an attempt to damage relations").
SMEAR_LABELS = frozenset({"invention", "warfare", "campaign", "conspiracy", "attempt",
                          "scenario", "scheme", "plot", "game"})


def _labels_of(tok: Token, charge: Token) -> list[Token]:
    """What a verb of labelling calls its object: the second object ("called the report
    an invention"), or what follows "as" ("described the charges as a plot"); "part of a
    campaign" names the campaign."""
    labels = [c for c in tok.children if c.dep_ in ("oprd", "attr") and c.i > charge.i]
    labels += [p for h in (tok, charge) for c in h.children
               if c.dep_ == "prep" and c.lower_ == "as" for p in c.children if p.dep_ == "pobj"]
    labels += [p for lab in labels if lemma(lab) == "part" for c in lab.children
               if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    return labels


# What someone said that a label may call false besides a charge ("called the Israeli
# statement a pack of lies", "described the story as a fairy tale").
LABELLED_WORDS = frozenset({"statement", "story", "rumour", "rumor", "insinuation",
                            "speculation"})


# Whom a state tells to leave a country as its own ("urged its nationals to leave Iran").
OWN_NATIONALS = frozenset({"citizen", "national", "expatriate", "diplomat", "staff",
                           "personnel", "dependant", "dependent", "family"})
# Verbs of leaving a country a state's people are told to do.
LEAVING_COUNTRY = frozenset({"leave", "depart", "exit", "evacuate", "quit"})


def _nationals_called_out(ctx: DocContext, tok: Token) -> bool:
    """"Britain urged its nationals to leave Iran", "Canada called on its citizens to
    leave Lebanon": a state that tells its own people to leave a country takes them out
    of it, as "evacuated its diplomats" does; a mayor who asks residents to leave their
    homes, or anyone who asks students to leave a campus, takes no one out of a country."""
    addressed = [*direct_objects(tok), *(p for _x, p in prep_objects(tok, ADDRESSEE_PREPS))]
    addressed += [p for c in tok.children if c.dep_ == "prt" and c.lower_ in ADDRESSEE_PREPS
                  for p in c.children if p.dep_ == "pobj"]
    if not any(lemma(a) in OWN_NATIONALS and (a.ent_type_ == "NORP" or any(
            c.dep_ in ("poss", "amod", "compound") for c in a.children)) for a in addressed):
        return False
    acts = [c for c in tok.children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB" and
            lemma(c) in LEAVING_COUNTRY]
    left = [o for a in acts for o in [*direct_objects(a), *(p for _x, p in prep_objects(a, FROM))]]
    if not any(ctx.etype_of_token(o) == "place" for o in left):
        return False
    urgers = [s for s in inherited_subjects(tok) if s.dep_ == "nsubj"]
    return any(ctx.etype(i) in STATE_TYPES for i in tokens_actors(ctx, urgers))


def _nationals_told_to_leave(ctx: DocContext, tok: Token) -> bool:
    """"raised its travel warning for Istanbul to the highest level, urging Israelis in the
    city to leave", "issued an advisory, telling its citizens to leave Lebanon": a state's
    body that, with its warning, tells its own people to leave declares a decision of its
    own; "urging residents to leave the coast" or a firm telling its staff to leave early
    is no state's."""
    addressed = [*direct_objects(tok), *(p for _x, p in prep_objects(tok, ADDRESSEE_PREPS))]
    if not any(a.ent_type_ == "NORP" or (lemma(a) in OWN_NATIONALS and any(
            c.dep_ in ("poss", "amod", "compound") for c in a.children)) for a in addressed):
        return False
    if not any(c.dep_ == "xcomp" and c.pos_ == "VERB" and lemma(c) in LEAVING_COUNTRY
               for c in tok.children):
        return False
    urgers = [s for s in inherited_subjects(tok) if s.dep_ == "nsubj"]
    return any(ctx.etype(i) in STATE_TYPES for i in tokens_actors(ctx, urgers))


# Nouns of a journey a state's people are told to avoid ("to avoid travel to Iraq").
TRAVEL_NOUNS = frozenset({"travel", "trip", "journey", "visit"})
# Verbs of going a state's people are told not to do ("not to travel to Iraq").
TRAVEL_VERBS = frozenset({"travel", "go", "fly", "journey"})


def _travel_advised_against(ctx: DocContext, tok: Token) -> bool:
    """"Israel's security council urged Israelis to avoid non-essential travel to Iraq",
    "Jordan told its citizens not to travel to Lebanon": a state's body that tells its own
    people to keep out of a country issues a travel warning; "urged drivers to avoid the
    motorway" or a firm telling staff not to fly is no state's warning."""
    addressed = [*direct_objects(tok), *(p for _x, p in prep_objects(tok, ADDRESSEE_PREPS))]
    addressed += [p for c in tok.children if c.dep_ == "prt" and c.lower_ in ADDRESSEE_PREPS
                  for p in c.children if p.dep_ == "pobj"]
    if not any(a.ent_type_ == "NORP" or lemma(a) in OWN_NATIONALS for a in addressed):
        return False
    acts = [c for c in tok.children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB"]
    journeys = [o for a in acts if lemma(a) == "avoid" for o in direct_objects(a)
                if lemma(o) in TRAVEL_NOUNS]
    went = [a for a in acts if lemma(a) in TRAVEL_VERBS and is_negated(a)]
    bound = [p for j in (*journeys, *went) for _x, p in prep_objects(j, frozenset({"to"}))]
    if not any(ctx.etype_of_token(o) == "place" for o in bound):
        return False
    urgers = [s for s in inherited_subjects(tok) if s.dep_ == "nsubj"]
    return any(ctx.etype(i) in STATE_TYPES for i in tokens_actors(ctx, urgers))


# Verbs of keeping off a place that an armed group's call tells people to do before it
# strikes there ("urged Iraqis to stay away from US bases", "to evacuate their homes").
KEEPING_OFF = frozenset({"avoid", "evacuate", "leave", "vacate", "flee"})
# Verbs that keep off a place with "away" ("to stay away from US bases").
AWAY_VERBS = frozenset({"stay", "keep", "move"})
# Places a group warns people off ("US bases", "Israeli ports", "their homes").
KEPT_OFF_PLACES = frozenset({"base", "port", "ship", "vessel", "position", "site", "embassy",
                             "facility", "installation", "camp", "airport", "home", "house",
                             "town", "village", "city", "settlement", "interest",
                             "headquarters", "barracks"})


def _warned_off(ctx: DocContext, tok: Token) -> bool:
    """"Kataib Hezbollah urged Iraqis to stay away from US bases", "Hezbollah called on
    the residents of the north to leave their homes": an armed group telling people off
    the places it means to strike warns as "warned them to keep away" does; the police
    urging residents to leave before a flood, or a state's plea, warns of no blow."""
    acts = [c for c in tok.children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB"]
    kept_off = [o for a in acts if lemma(a) in KEEPING_OFF for o in direct_objects(a)]
    kept_off += [p for a in acts if lemma(a) in AWAY_VERBS and any(
        c.lower_ == "away" for c in a.children) for f in a.subtree
                 if f.dep_ == "prep" and f.lower_ == "from" and f.head.i in (a.i, *(
                     c.i for c in a.children if c.lower_ == "away"))
                 for p in f.children if p.dep_ == "pobj"]
    # "bases" may be read as "basis"; a sea or a country kept off is a danger told
    # ("urged shippers to avoid the Red Sea"), no site marked for a blow
    if not any(lemma(o) in KEPT_OFF_PLACES or o.lower_.rstrip("s") in KEPT_OFF_PLACES
               for o in kept_off):
        return False
    urgers = [s for s in inherited_subjects(tok) if s.dep_ == "nsubj"]
    return any(ctx.etype(i) in GROUP_TYPES for i in tokens_actors(ctx, urgers))


# People of a place an armed force tells to leave it ("ordered residents to evacuate").
RESIDENT_NOUNS = frozenset({"resident", "inhabitant", "civilian", "villager", "population",
                            "people", "dweller", "household"})
# Verbs of leaving that an order to residents names ("to evacuate", "to flee the area").
LEAVING_HOMES = frozenset({"evacuate", "leave", "flee", "vacate", "move"})
# Verbs of going back that an order to residents forbids ("not to return to their homes").
GOING_BACK = frozenset({"return", "go", "come", "head"})
# Words in a force's name that make it an armed one ("the Israeli army", "the Defense
# Forces", "the military").
ARMED_NAME_WORDS = frozenset({"army", "military", "forces", "force", "troops"})


def _armed_speaker(ctx: DocContext, subjects: Sequence[Token]) -> bool:
    """Whether whoever speaks bears arms: an armed group, or a state's army told by its
    noun or by its name ("the Israeli army", "the IDF"); a ministry, the police or a mayor
    does not."""
    if any(ctx.etype(i) in GROUP_TYPES for i in tokens_actors(ctx, list(subjects))):
        return True
    if any(lemma(t) in ARMED_BODIES for s in subjects for t in s.subtree
           if t.dep_ in ("compound", "amod") or t.i == s.i):
        return True
    for i in tokens_actors(ctx, list(subjects)):
        entry = ctx.linker.pack.entries.get(i)
        if entry is not None and ctx.etype(i) == "state_body" and ARMED_NAME_WORDS & set(
                str(getattr(entry, "name", "")).lower().split()):
            return True
    return False


def _residents_ordered_off(ctx: DocContext, tok: Token) -> bool:
    """"The army ordered residents of twenty villages to evacuate", "told residents not to
    return to their homes", "urged the inhabitants of the border towns to flee": an armed
    force that tells the people of a place to leave it, or to keep out of it, decides it
    cleared; the police urging residents to leave before a flood, or a mayor telling
    people to go home, clears no front."""
    addressed = [*direct_objects(tok), *(p for _x, p in prep_objects(tok, ADDRESSEE_PREPS))]
    if not any(lemma(a) in RESIDENT_NOUNS for a in addressed):
        return False
    acts = [c for c in tok.children if c.dep_ in ("xcomp", "advcl", "ccomp") and
            c.pos_ == "VERB"]
    if not any((lemma(a) in LEAVING_HOMES and not is_negated(a)) or
               (lemma(a) in GOING_BACK and any(c.dep_ == "neg" for c in a.children))
               for a in acts):
        return False
    return _armed_speaker(ctx, [s for s in inherited_subjects(tok) if s.dep_ == "nsubj"])


# Plural forms the tagger may read as verbs ("the US claims a fabrication").
ACCUSATION_FORMS = frozenset({"claims", "charges", "reports", "allegations", "accusations"})
# "called on X", "called upon X": who is called to act.
ADDRESSEE_PREPS = frozenset({"on", "upon"})


# Nouns of a party's ruin, which a call asks of whoever fights it ("called for the
# destruction of Israel").
RUIN_NOUNS = frozenset({"destruction", "elimination", "annihilation", "eradication",
                        "obliteration", "downfall", "overthrow"})


def _party_ruined(ctx: DocContext, noun: Token) -> bool:
    """"the destruction of Israel", "the elimination of the Zionist regime", "the downfall
    of the Houthis": the ruin of a state or a group ("the destruction of the old bridge",
    "of illegal buildings" ruins no party)."""
    if lemma(noun) not in RUIN_NOUNS:
        return False
    return any(ctx.can_act(ctx.ents.at(t.i)) for _x, p in prep_objects(noun, OF)
               for t in p.subtree)


# Nouns of armed groups a call may send to fight ("called on the resistance to respond").
CALLED_GROUPS = frozenset({"resistance", "militia", "group", "axis", "front"})
# Verbs that widen, resume or keep up a campaign ("to step up their attacks", "to resume
# operations", "to keep fighting").
WIDENING_VERBS = frozenset({"step", "expand", "widen", "increase", "resume", "continue",
                            "keep", "redouble", "launch", "escalate", "intensify"})


def _campaign_widened(act: Token) -> bool:
    """"to step up their attacks", "to resume operations against US forces", "to keep
    fighting", "for attacks on US bases to continue": a campaign widened, resumed or kept
    up, named as the verb's object, its gerund or its subject; "to step up aid" or "to
    continue the talks" names none."""
    if lemma(act) not in WIDENING_VERBS:
        return False
    named = [*direct_objects(act), *(s for s in subjects(act) if s.dep_ == "nsubj")]
    return any(lemma(n) in CAMPAIGN_NOUNS for n in named) or any(
        c.dep_ in ("xcomp", "pcomp") and c.tag_ == "VBG" and lemma(c) in CAMPAIGN_GERUNDS
        for c in act.children)


def _called_to_act(ctx: DocContext, tok: Token) -> bool:
    """A call (or an urging) on one's own people or a people to take up arms, to take to the streets
    or to stop; a call on anyone, or for anyone, to break with a foe ("called on Arab
    states to cut ties", "called for foreign troops to leave"); a call for such an act
    named by its noun ("called for the expulsion of the ambassador")."""
    if any(lemma(p) in CALLED_FOR or _party_ruined(ctx, p) or (
            p.tag_ == "VBG" and lemma(p) in ESCALATING_ACTS) for _x, p in prep_objects(tok, FOR)):
        return True  # "called for escalating the confrontation": the act as a gerund
    addressed = [p for _x, p in prep_objects(tok, ADDRESSEE_PREPS)]
    # "called on Palestinians to march": the parse may take "on" for the verb's particle
    addressed += [p for c in tok.children if c.dep_ == "prt" and c.lower_ in ADDRESSEE_PREPS
                  for p in c.children if p.dep_ == "pobj"]
    if lemma(tok) in URGING:  # "urged Muslim states to cut ties": whom one urges is its object
        addressed += direct_objects(tok)
    if lemma(tok) == "appeal":  # "appealed to the factions to halt their attacks"
        addressed += [p for _x, p in prep_objects(tok, TO)]
    acts = [c for c in tok.children if c.dep_ in ("xcomp", "advcl") and (
        c.pos_ == "VERB" or _made_ready(c))]  # "to be ready for war": the copula's
    acts += [c for a in addressed for c in a.children if c.dep_ in ("acl", "relcl")]
    # "called for Iraqis to rally": who is asked is the subject of the clause "for" opens
    addressed += [s for a in acts if any(m.dep_ == "mark" and m.lower_ == "for"
                                         for m in a.children)
                  for s in a.children if s.dep_ == "nsubj"]
    if not acts:
        return False
    if any(_campaign_widened(a) and any(m.dep_ == "mark" and m.lower_ == "for"
                                        for m in a.children) for a in acts):
        return True  # "called for attacks on US bases to resume"
    if any(_break_enacted(ctx, a) for a in acts):
        return True  # "to order the withdrawal of US forces", "to recall its ambassador"
    if any(lemma(a) in BREAKING_ACTS or _imposes_measure(a) or _drives_out(a) or
           (lemma(a) == "vote" and _voted_act(a)) for a in acts) or any(
            lemma(a) in LEAVING_ACTS and _forces_leave(ctx, a, addressed) for a in acts):
        return True
    if not addressed:
        return False
    arms = any(lemma(a) in ARMING_ACTS or ((lemma(a) == "take" and any(
        lemma(o) == "arm" or o.lower_ == "arms" for o in direct_objects(a))) or any(
        lemma(p) == "street" for _x, p in prep_objects(a, TO))) for a in acts)
    arms = arms or any(lemma(o) in MASS_ACTIONS | FIGHT_NOUNS for a in acts
                       for o in _joined(a))
    arms = arms or any(lemma(a) in MASS_VERBS for a in acts)  # "called on them to protest"
    arms = arms or any(_made_ready(a) for a in acts)  # "to be ready for war"
    stop = any(lemma(a) in STOPPING_ACTS or _stands_down(a) or _disarms(a) or _avoids_fight(a)
               for a in acts)
    arms = arms or any(_goes_out(a) for a in acts)  # "to go out in millions"
    arms = arms or any(_rallies_against_foe(a) for a in acts)  # "to unite against the occupation"
    arms = arms or any(_campaign_widened(a) for a in acts)  # "to step up their attacks"
    people = any(lemma(a) in FOLLOWER_NOUNS | PEOPLES or a.ent_type_ == "NORP" or any(
        c.dep_ == "poss" and c.tag_ == "PRP$" for c in a.children) or _states_of_a_people(a)
        for a in addressed)
    # "called on the Lebanese army to confront the incursion": a force called to fight
    # "urged Hezbollah to join the war", "called on the resistance to step up attacks": an
    # armed group called to fight
    forces = any(lemma(a) in ARMED_BODIES | CALLED_GROUPS or any(
        ctx.etype(i) in GROUP_TYPES for i in token_actors(ctx, a)) for a in addressed)
    # "called on Iran to retaliate against Israel": a state called to strike a foe
    states = any(ctx.etype(i) in STATE_TYPES for a in addressed for i in token_actors(ctx, a))
    return (people and (arms or stop)) or (forces and (arms or stop)) or (
        states and any(_strikes_back(ctx, a) for a in acts))


# Verbs of striking back a state may be called to ("called on Iran to retaliate").
STRIKING_BACK = frozenset({"retaliate", "respond", "avenge", "strike", "attack", "target",
                           "punish", "confront"})


def _strikes_back(ctx: DocContext, act: Token) -> bool:
    """"to retaliate against Israel", "to respond to the assassination", "to strike the
    occupiers": a blow at a foe, named as an actor, a place or a deed done to the caller's
    side; "to attack corruption" or "to respond to the floods" strikes no one."""
    if lemma(act) not in STRIKING_BACK:
        return False
    aimed = [*direct_objects(act), *(p for _x, p in prep_objects(act, AGAINST | TO))]
    return any(ctx.etype_of_token(t) in ACTOR_TYPES | PLACE_TYPES for o in aimed
               for t in o.subtree) or \
        any(lemma(o) in FOE_DEEDS for o in aimed)


# Deeds a call asks a state to answer ("to respond to the assassination").
FOE_DEEDS = frozenset({"assassination", "aggression", "attack", "strike", "killing", "crime",
                       "massacre", "occupation", "occupier", "enemy", "bombing", "raid"})
# Nouns of a break with a foe that an act may enact ("to order the withdrawal of US forces").
BREAK_NOUNS = frozenset({"withdrawal", "expulsion", "departure", "exit", "closure", "ouster",
                         "eviction", "severance", "boycott", "embargo"})


def _break_enacted(ctx: DocContext, act: Token) -> bool:
    """"to order the withdrawal of US forces", "to pass a law expelling US troops", "to
    recall its ambassador": an act that enacts a break with a foe, by the break's noun, a
    law that makes it or an envoy called home; "to recall the cars" or "to order the
    closure of schools" breaks nothing."""
    objects = direct_objects(act)
    if lemma(act) == "recall":
        return any(lemma(o) in DIPLOMAT_NOUNS for o in objects)
    return any(lemma(o) in BREAK_NOUNS and any(
        lemma(p) in TROOP_NOUNS or ctx.etype_of_token(p) in ACTOR_TYPES
        for _x, p in prep_objects(o, OF)) for o in objects) or any(
        c.dep_ == "acl" and lemma(c) in BREAKING_ACTS for o in objects for c in o.children)


# Acts a vote decides that change what a state does ("voted to expel foreign troops").
VOTED_ACTS = frozenset({"expel", "oust", "end", "remove", "withdraw", "evict", "leave",
                        "sever", "cut", "suspend", "ban", "designate", "close", "terminate",
                        "cancel", "revoke"})


def _voted_act(tok: Token) -> bool:
    """"voted to expel US troops", "voted for foreign troops to leave": a vote is a
    statement only with the act it decides; a vote on a budget or a speaker is none."""
    return any(t.pos_ == "VERB" and lemma(t) in VOTED_ACTS and t.i > tok.i and
               (t.head.i == tok.i or t.head.head.i == tok.i) for t in tok.subtree)


def _demanded_break(ctx: DocContext, tok: Token) -> bool:
    """"Kataib Hezbollah demanded the withdrawal of US forces", "demanded that foreign
    troops leave the country", "demanded that Arab states sever ties with X": a demand
    that forces leave or that a foe be broken with is a call ("demanded an apology", "the
    families demanded answers" are none)."""
    if any(lemma(o) in CALLED_FOR - MASS_ACTIONS for o in direct_objects(tok)):
        return True
    acts = [c for c in tok.children if c.dep_ == "ccomp" and c.pos_ == "VERB"]
    return any(lemma(a) in BREAKING_ACTS or _imposes_measure(a) or (
        lemma(a) in LEAVING_ACTS and _forces_leave(ctx, a, [])) for a in acts)


# Modals that bind the subject of a clause to a deed ("US forces must leave"), and the
# verbs whose "to" complement does so ("they have to leave", "need to withdraw").
OBLIGING_MODALS = frozenset({"must", "should"})
OBLIGING_VERBS = frozenset({"have", "need"})


def _departure_demanded(ctx: DocContext, tok: Token) -> bool:
    """"Kataib Hezbollah said US forces must leave Iraq", "insisted that foreign troops
    should withdraw", "American forces have to leave Syria, a commander said": a
    departure of forces or of a state that a speaker declares due is a demand on them;
    students who must leave a dormitory, a departure forecast by analysts or one told by
    no one are none."""
    if tok.pos_ != "VERB" or is_negated(tok) or lemma(tok) not in LEAVING_ACTS:
        return False
    if lemma(tok) == "pull" and not any(c.lower_ in ("out", "back") for c in tok.children):
        return False  # "must pull its troops out", not "must pull its weight"
    bound = tok.head if tok.dep_ == "xcomp" and lemma(tok.head) in OBLIGING_VERBS and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) else tok
    if bound is tok and not any(c.dep_ == "aux" and c.lower_ in OBLIGING_MODALS
                                for c in tok.children):
        return False
    if is_negated(bound) or not _forces_leave(ctx, bound, []):
        return False
    said = bound.head
    if bound.dep_ == "ccomp" and said.pos_ == "VERB" and lemma(said) in DECLARING:
        return not _forecaster(said)
    return _said_after(bound) or bool(according_voice(bound))


# Verbs of deciding whose "to" complement is the decision ("decided to sever ties").
DECIDING = frozenset({"decide", "agree", "vote", "resolve", "opt", "choose"})


# Nouns of a decision whose "to" complement is what was decided ("took the decision to
# respond").
DECISION_NOUNS = frozenset({"decision"})


def _decided(tok: Token) -> bool:
    """"Bahrain decided to sever relations", "the group took a decision to respond": the
    act a party decides on is declared."""
    if tok.dep_ == "acl" and tok.pos_ == "VERB" and lemma(tok.head) in DECISION_NOUNS:
        return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
    return tok.dep_ == "xcomp" and tok.head.pos_ == "VERB" and lemma(tok.head) in DECIDING


def _deciders(ctx: DocContext, tok: Token) -> list[str]:
    """Who took the decision an act hangs on: "Hezbollah has taken a decision to respond"
    (the subject of "taken"), "X said the decision to suspend operations was taken" (its
    agent, else whoever says so), "the group's decision to halt attacks" (its owner)."""
    if not (tok.dep_ == "acl" and lemma(tok.head) in DECISION_NOUNS):
        return []
    noun = tok.head
    owners = tokens_actors(ctx, [c for c in noun.children if c.dep_ == "poss"])
    if owners:
        return owners
    verb = noun.head
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    if noun.dep_ == "dobj":
        return tokens_actors(ctx, [s for s in inherited_subjects(verb) if s.dep_ == "nsubj"])
    if noun.dep_ == "nsubjpass":
        return tokens_actors(ctx, passive_agents(verb)) or _declarer(ctx, verb)
    return []


# Verbs of commanding whose "to" complement is what the commanded must do ("ordered its
# units to stop firing", "told its fighters to halt attacks").
ORDERING = frozenset({"order", "instruct", "command", "tell", "direct"})
# Acts an order asks that are inquiries or help, no change of armed course.
INQUIRING = frozenset({"investigate", "probe", "examine", "study", "look", "report", "help",
                       "assist", "compensate", "provide", "treat", "identify"})


# Nouns of talks between parties, and the verbs that open them ("would begin talks",
# "agreed to resume negotiations", "would enter into negotiations").
TALK_NOUNS = frozenset({"talk", "negotiation"})
OPENING_TALKS = frozenset({"begin", "start", "resume", "open", "launch", "hold", "enter",
                           "restart", "reopen"})


def _talks_planned(ctx: DocContext, tok: Token) -> bool:
    """"Baghdad and Washington would begin talks on the mission, the ministry said",
    "the two sides agreed to resume negotiations": talks a party declares or decides it
    will open are a decision; talks held are a meeting, and talks an analyst expects
    are a forecast."""
    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "into" else tok.head
    if lemma(tok) not in TALK_NOUNS or tok.pos_ != "NOUN" or verb.pos_ != "VERB" or \
            lemma(verb) not in OPENING_TALKS or is_negated(verb):
        return False
    if tok.dep_ != "dobj" and not (tok.dep_ == "pobj" and verb.i == tok.head.head.i):
        return False
    return _decided(verb) or (_declared(ctx, verb) and not _forecast(verb))


def _ordered(tok: Token) -> bool:
    """"told its fighters to stop attacks": the act a leader orders his own men to do is
    declared by the order."""
    return tok.dep_ == "xcomp" and tok.head.pos_ == "VERB" and lemma(tok.head) in ORDERING \
        and bool(direct_objects(tok.head))


def _orders_force(ctx: DocContext, tok: Token) -> bool:
    """"Khamenei ordered the IRGC to prepare a response", "ordered his followers to leave
    the streets": an order to a named armed body or state body, or to the speaker's own
    men, to act; "ordered the ministry to investigate" orders an inquiry."""
    if tok.pos_ != "VERB":
        return False
    acts = [c for c in tok.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
    if not acts or any(lemma(a) in INQUIRING for a in acts):
        return False
    return any(ctx.etype_of_token(o) in FORCE_TYPES or _own_followers(o)
               for o in direct_objects(tok))


# What one resigns when the verb takes an object ("resigned his post").
OFFICES = frozenset({"post", "seat", "position", "office", "commission", "job", "role",
                     "portfolio", "mandate", "chairmanship", "presidency", "premiership"})
# Warships and groups of them an order sends somewhere ("ordered a carrier strike group to
# the region"); without a destination or a task ("ordered two frigates") it is a purchase.
ORDERED_CRAFT = frozenset({"destroyer", "warship", "frigate", "carrier", "submarine",
                           "squadron", "cruiser", "corvette"})
# Words that make a "group" a naval or air formation ("a carrier strike group").
FORMATION_WORDS = frozenset({"strike", "carrier", "battle", "amphibious"})
# Prepositions of where an order sends its craft.
SENT_TO_PREPS = frozenset({"to", "into", "toward", "towards"})


def _orders_craft(verb: Token) -> bool:
    """"ordered the USS X carrier strike group to remain in the region", "ordered two
    destroyers to the Red Sea": craft sent somewhere or told to act, a deployment."""
    craft = [o for o in direct_objects(verb) if lemma(o) in ORDERED_CRAFT or (
        lemma(o) == "group" and any(lemma(c) in FORMATION_WORDS for c in o.children
                                    if c.dep_ == "compound"))]
    if not craft:
        return False
    return any(c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ in SENT_TO_PREPS)
               for c in verb.children)


# Verbs whose participle tells what an order shuts ("ordered the offices closed").
SHUTTING = frozenset({"close", "shut", "seal", "dissolve", "disband", "evacuate"})


# Nouns of a state's envoys, whom a host state sends away.
ENVOY_NOUNS = frozenset({"ambassador", "envoy", "diplomat", "attache", "attaché", "consul",
                         "d'affaires", "chargé", "charge"})


def _envoy_sent_off(verb: Token) -> bool:
    """"ordered the Swedish ambassador to leave the country", "told the envoy to leave
    within 48 hours": an envoy told to leave is expelled ("told reporters to leave" or
    "ordered the ambassador to attend" sends no envoy away)."""
    return any(lemma(o) in ENVOY_NOUNS for o in direct_objects(verb)) and any(
        c.dep_ in ("xcomp", "ccomp") and lemma(c) in LEAVING_ACTS and not is_negated(c)
        for c in verb.children)


def _orders_shut(verb: Token) -> bool:
    """"ordered all the faction's offices closed", "ordered the crossing sealed": a
    place or body an order shuts, told by the participle after its object (the parse
    hangs it on the verb or on the object)."""
    shut = [c for c in verb.children if c.dep_ in ("ccomp", "oprd", "xcomp")] + [
        c for o in direct_objects(verb) for c in o.children if c.dep_ == "acl"]
    return any(lemma(c) in SHUTTING and c.tag_ in ("VBD", "VBN") and c.i > verb.i
               for c in shut)


def _own_followers(tok: Token) -> bool:
    """"his followers", "its fighters": the men a leader or a movement commands."""
    return lemma(tok) in FOLLOWER_NOUNS and any(c.dep_ == "poss" and c.tag_ == "PRP$"
                                                for c in tok.children)


# Actors that carry out an order by force or by the state's hand.
FORCE_TYPES = frozenset({"armed_group", "state_body", "front_group"})


# Verbs of vowing whose "to" complement is a deed still to come.
VOWING = frozenset({"vow", "pledge", "promise", "swear"})
# Verbs that carry a vowed deed on ("vowed to keep striking").
GOING_ON = frozenset({"continue", "keep"})


def _going_on_declared(ctx: DocContext, tok: Token) -> bool:
    """"Kataib Hezbollah said it continues its operations", "said the group is continuing
    to target the occupiers": a campaign its own side keeps up now, as the speaker
    declares it; "the ministry said the fighting continues" is a finding about others."""
    if lemma(tok) not in GOING_ON or tok.pos_ != "VERB" or tok.dep_ != "ccomp":
        return False
    if tok.tag_ not in PRESENT_TAGS and not (
            tok.tag_ == "VBG" and any(a in BE_FORMS for a in verb_auxes(tok))):
        return False
    if not any((c.dep_ == "dobj" and lemma(c) in KEPT_UP_NOUNS) or
               (c.dep_ == "xcomp" and lemma(c) in ARMING_ACTS) for c in tok.children):
        return False  # "says it continues to support the people of Gaza": no campaign
    said = tok.head
    return said.pos_ == "VERB" and lemma(said) in DECLARING and not _forecaster(said) and \
        _own_side(ctx, tok)


# Conjunctions of a clause that states a condition, not a declaration.
CONDITION_MARKS = frozenset({"if", "unless", "until", "whether"})
# Habitual cues under which a declaration still stands as one statement.
REPEATED_CUES = frozenset({"repeatedly", "more than once", "several times", "many times",
                           "on several occasions"})
# Habitual cues of one long span rather than of deeds again and again: "for years".
SPAN_CUES = frozenset({"for years", "for decades"})


def _content_of(tok: Token) -> bool:
    """"said in a statement that it would resume attacks": the parse may hang the
    declared clause on the noun of declaring; it is then what is declared."""
    if tok.dep_ != "acl" or tok.pos_ != "VERB" or lemma(tok.head) not in DECLARATION_NOUNS:
        return False
    if tok.tag_ == "VBG" and lemma(tok) in UTTERING:  # "issued a statement denying any role"
        return lemma(tok) == "deny" or _warns_of_deed(tok)
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children)


# Verbs under which a negated involvement is the subject's denial ("claimed that it was
# not responsible").
DISCLAIMING = DECLARING | {"claim", "maintain", "assert"}


def _declared_denial(tok: Token) -> bool:
    """"Tehran said it was not involved": a negated involvement is a denial only when
    someone declares it; told by the narrator it is a finding, not a statement."""
    return _negated_predicate(tok) and (any(lemma(anc) in DISCLAIMING and anc.pos_ == "VERB"
                                            for anc in list(tok.ancestors)[:2]) or
                                        bool(_colon_voice(tok)) or bool(according_voice(tok)))


def _negated_predicate(tok: Token) -> bool:
    """"was not involved", and "were not behind", "was not responsible", where the
    negation stands on the copula the word completes."""
    if is_negated(tok):
        return True
    return tok.dep_ in ("prep", "acomp") and lemma(tok.head) == "be" and any(
        c.dep_ == "neg" for c in tok.head.children)


def _relative_denial(tok: Token) -> bool:
    """"blamed X for the strike, which the group denied", "Iran, which denied any role,
    said ...": a denial told in a relative clause is its subject's own statement, beside
    what the main clause tells. In the simple present ("..., a charge Tehran denies",
    "Iran, which denies arming the group, ...") it is a standing position beside a
    standing charge, background rather than a statement made; but a charge that a party
    named in the clause denies ("Washington says Iran arms the militias, which Tehran
    denies") is that party's denial of it, as "Tehran denies it" would be."""
    return tok.dep_ == "relcl" and tok.pos_ == "VERB" and lemma(tok) in DENYING and \
        not is_negated(tok) and (tok.tag_ not in PRESENT_TAGS or charge_denied(tok))


def charge_denied(tok: Token) -> bool:
    """"..., which Tehran denies": the relative stands for the charge told before it,
    which the clause's own named subject denies ("Iran, which denies arming the group"
    is the denier described)."""
    return any(c.dep_ == "dobj" and c.lower_ in RELATIVE_PRONOUNS for c in tok.children) \
        and any(s.dep_ == "nsubj" and s.lower_ not in RELATIVE_PRONOUNS for s in tok.children)


# Tags of the simple present, which tells a standing position.
PRESENT_TAGS = frozenset({"VBZ", "VBP"})


def _standing_denial(tok: Token) -> bool:
    """"Tehran arms the militia, officials say, a charge Iran denies": the reduced
    relative after a standing charge, which the parse may make a main clause with the
    charge fronted as its object; no statement made, as with "which Iran denies"."""
    if lemma(tok) not in DENYING or tok.tag_ not in PRESENT_TAGS:
        return False
    subj = subjects(tok)
    return bool(subj) and any(
        c.dep_ == "dobj" and c.i < subj[0].i and lemma(c) in ACCUSATIONS and any(
            d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children)
        for c in tok.children)


def _relative_speakers(tok: Token) -> list[Token]:
    """Who denies in a relative clause: its named subject ("which Tehran denied"), else
    the noun the relative pronoun stands for ("Iran, which denied ...")."""
    subj = [s for s in subjects(tok) if s.dep_ != "nsubjpass"]
    named = [s for s in subj if s.lower_ not in RELATIVE_PRONOUNS]
    return named or [antecedent(s) for s in subj]


def _refused(ctx: DocContext, tok: Token) -> bool:
    """"X refused to negotiate with Y", "declined to take part in the talks": a course
    that a party which can act refuses is its position, with no verb of saying over it
    ("residents refused to take part" is none)."""
    return bool(_refusers(ctx, tok))


# A truce still sought ("an envoy seeking a ceasefire", "wants a truce") is declared by no one.
TRUCE_NOUNS = frozenset({"ceasefire", "truce", "armistice"})
SOUGHT = frozenset({"seek", "pursue", "want", "desire"})
# Verbs of taking up a deal or a truce ("accept the truce", "abide by the ceasefire").
TAKING_UP = frozenset({"accept", "abide", "respect", "observe", "honor", "honour", "commit",
                       "sign", "join", "agree", "recognize", "recognise"})


def _course_declined(ctx: DocContext, tok: Token) -> bool:
    """"Nujaba said it would not accept any truce", "said they would not abide by the
    deal": the speaker's own side declaring it will not take a course up rejects it."""
    verb = tok if tok.pos_ == "VERB" else tok.head if tok.dep_ == "dobj" else \
        tok.head.head if tok.dep_ == "pobj" else None
    if verb is None or verb.pos_ != "VERB" or lemma(verb) not in TAKING_UP or \
            not is_negated(verb) or not any(a in PROMISING_AUXES for a in verb_auxes(verb)):
        return False
    return _own_side(ctx, verb) and any(lemma(a) in DECLARING and a.pos_ == "VERB"
                                        for a in list(verb.ancestors)[:2])


def _refusers(ctx: DocContext, tok: Token) -> list[str]:
    """Who refuses the course ``tok`` names ("X refused to negotiate"), if anyone does;
    a refusal held over time ("has long refused") is none made."""
    refusal = tok.head
    if tok.dep_ != "xcomp" or refusal.pos_ != "VERB" or lemma(refusal) not in REFUSING or \
            is_negated(refusal) or is_negated(tok) or _long_held(refusal):
        return []
    return tokens_actors(ctx, inherited_subjects(refusal))


def _declarer(ctx: DocContext, tok: Token) -> list[str]:
    """Who declares a future act ("the minister said further action would follow") or a
    denial ("X claimed it was not responsible")."""
    if _declared_readiness(tok):  # "X expressed its readiness to strike"
        return _speaking_actors(ctx, [c for c in tok.head.head.children if c.dep_ == "nsubj"])
    for anc in list(tok.ancestors)[:3]:
        if _passes_message(anc):  # "X delivered a message to Y that ..."
            senders = [s for s in inherited_subjects(anc) if s.dep_ == "nsubj"]
            return _speaking_actors(ctx, senders) or capital_states(ctx, senders)
        if lemma(anc) in LABELLING and anc.pos_ == "VERB" and label_clause(tok):
            # "X described the strike as a crime that would not go unanswered"
            return _speaking_actors(ctx, [c for c in anc.children if c.dep_ == "nsubj"])
        if lemma(anc) in ANNOUNCING | DISCLAIMING | ADMITTING and anc.pos_ == "VERB":
            # "X called the strike a crime and said it would not go unanswered": a
            # joined verb of saying speaks with its first verb's subject
            said_by = [c for c in anc.children if c.dep_ == "nsubj"] or (
                [c for c in anc.head.children if c.dep_ == "nsubj"]
                if anc.dep_ == "conj" and anc.head.pos_ == "VERB" else []) or (
                # "X claimed the attack, saying operations would continue": the
                # participle of saying speaks with its clause's subject
                [s for s in inherited_subjects(anc) if s.dep_ == "nsubj"]
                if anc.dep_ == "advcl" and anc.tag_ == "VBG" else [])
            return _speaking_actors(ctx, said_by)
    for head in (tok, *list(tok.ancestors)[:2]):  # "..., the minister said"
        for said in (c for c in head.children if c.dep_ == "parataxis"):
            if lemma(said) in ANNOUNCING and said.pos_ == "VERB":
                return _speaking_actors(ctx, [c for c in said.children if c.dep_ == "nsubj"])
    if _content_of(tok) and tok.head.head.pos_ == "VERB":
        # "X sent a message that attacks would continue": who puts the words out says them
        return _speaking_actors(ctx, [s for s in inherited_subjects(tok.head.head)
                                      if s.dep_ == "nsubj"])
    return _speaking_actors(ctx, _colon_voice(tok)) or \
        _speaking_actors(ctx, according_voice(tok))


def _speaker_of_joined_verb(ctx: DocContext, tok: Token) -> list[str]:
    """"The Guards said the strike had hit a base and warned that any raid would be
    answered": the parse may join a second verb of warning to the clause the first one
    reports; with no subject of its own and none that can act inherited there, the
    warning of a deed to come is the speaker's."""
    if tok.pos_ != "VERB" or lemma(tok) not in UTTERING or tok.dep_ != "conj" or \
            subjects(tok) or not _warns_of_deed(tok):
        return []  # "... and warned that they risked a war": a risk told, no deed
    reported = tok.head
    said = reported.head
    if reported.dep_ != "ccomp" or lemma(said) not in DECLARING or said.pos_ != "VERB":
        return []
    # "In a statement on its website, the Guards said ... and warned ...": the verb of
    # saying may have lost its subject to the fronted phrase as well
    return _speaking_actors(ctx, [c for c in said.children if c.dep_ == "nsubj"]) or \
        _fronted_speaker(ctx, said)


# What those to blame are brought to ("to bring the killers to justice", "to account").
JUSTICE_NOUNS = frozenset({"justice", "account"})


def _justice_vowed(ctx: DocContext, tok: Token) -> bool:
    """"said Israel would use every means to bring the killers to justice", "said it
    would bring those responsible to account": a declared resolve to punish; "the police
    brought the men to justice" or "a trial that brought them to justice" declares none."""
    if lemma(tok) != "bring" or tok.pos_ != "VERB":
        return False
    # the parse may hang "to justice" on the object ("those responsible to justice")
    held = [tok, *(t for o in direct_objects(tok) for t in o.subtree)]
    if not any(lemma(p) in JUSTICE_NOUNS for h in held for _x, p in prep_objects(h, TO)):
        return False
    top = _resolving_verb(tok)
    return top.pos_ == "VERB" and _declared(ctx, top)


def _resolving_verb(tok: Token) -> Token:
    """The verb a purpose hangs from ("would use every means to bring X to justice",
    "would spare no effort to ..."), else the verb itself."""
    top = tok
    while top.dep_ in ("xcomp", "advcl", "acl") and top.head.pos_ in ("VERB", "NOUN") and \
            top.head.i != top.i:
        top = top.head if top.head.pos_ == "VERB" else top.head.head
    return top


def _justice_resolvers(ctx: DocContext, tok: Token) -> list[str]:
    """Who is said to resolve to bring the guilty to justice ("said Israel would use every
    means to ..."): the subject of the resolving verb, when it names a party."""
    if not _justice_vowed(ctx, tok):
        return []
    return tokens_actors(ctx, [s for s in subjects(_resolving_verb(tok)) if s.dep_ == "nsubj"])


# Nouns that, bare and definite, point back at a decision the text has told ("the
# arrangement", "the deal"): who announces it tells that one again.
TOLD_BACK_NOUNS = frozenset({"arrangement", "deal", "agreement", "decision", "move", "step",
                             "understanding"})


def _told_back(obj: Token) -> bool:
    """"announced the arrangement", "announced the deal first": a bare definite noun of a
    decision, which the text told before; "announced the decision to suspend operations"
    or "announced a deal with X" tells one of its own."""
    return lemma(obj) in TOLD_BACK_NOUNS and all(
        c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in obj.children) and \
        any(c.dep_ == "det" for c in obj.children)


def _means_gerund(tok: Token) -> Token | None:
    """"Amman responded by suspending flights", "reacted to the unrest by closing its
    borders and suspending flights": the gerund (or one joined to it) after "by" that says
    how the verb above was done; the verb, or none."""
    first = tok
    while first.dep_ == "conj" and first.head.pos_ == "VERB" and first.head.i != first.i:
        first = first.head
    prep = first.head
    if first.tag_ != "VBG" or first.dep_ != "pcomp" or prep.lower_ != "by" or \
            prep.dep_ != "prep" or prep.head.pos_ != "VERB" or any(
            c.dep_ == "auxpass" for c in prep.head.children):
        return None  # "was hit by firing": no doer's means
    return prep.head


def _doers_by_means(ctx: DocContext, tok: Token) -> list[str]:
    """Whoever does the verb a "by" gerund tells the means of ("Amman responded by
    suspending flights": Amman suspends)."""
    verb = _means_gerund(tok)
    if verb is None:
        return []
    return tokens_actors(ctx, [s for s in inherited_subjects(verb) if s.dep_ == "nsubj"])


def _fronted_speaker(ctx: DocContext, tok: Token) -> list[str]:
    """"In a statement on Telegram, X denied ...", "Following the strike on Y, X vowed
    ...": the parse may take the name after the comma of a fronted phrase for the last
    item of that phrase (a conjunct or an apposition of its noun), leaving the verb of
    declaring with no subject; the name that closes the phrase right before the verb is
    who declares."""
    if tok.pos_ != "VERB" or lemma(tok) not in UTTERING | ANNOUNCING or subjects(tok):
        return []
    if tok.dep_ == "conj" and tok.head.pos_ == "VERB":
        return _fronted_speaker(ctx, tok.head)  # "In a statement, X said ... and warned ..."
    doc = tok.doc
    for phrase in (c for c in tok.children if c.dep_ == "prep" and c.i < tok.i):
        for cand in phrase.subtree:
            closed = cand.right_edge.i == tok.i - 1 or (  # the comma may be left outside
                cand.right_edge.i == tok.i - 2 and doc[tok.i - 1].text == ",")
            if cand.dep_ in ("conj", "appos") and closed and \
                    cand.left_edge.i > phrase.i and doc[cand.left_edge.i - 1].text == ",":
                return _speaking_actors(ctx, [cand])
    return []


# Words that tell a blow dealt in error ("shot down the airliner by mistake", "was hit
# unintentionally"), and the prepositions of the nouns among them.
ERROR_WORDS = frozenset({"mistakenly", "unintentionally", "inadvertently", "accidentally",
                         "erroneously", "mistake", "error"})
ERROR_PREPS = frozenset({"by", "in"})
# Verbs of owning up, which declare what they take as a speaker's own.
ADMITTING = frozenset({"admit", "acknowledge", "confess", "concede"})


def _admitted_error(ctx: DocContext, tok: Token) -> bool:
    """"The general staff said the aircraft had been hit unintentionally", "the IRGC
    admitted the airliner was shot down by mistake": a blow told in the passive as dealt
    in error, under a verb of saying or owning up, is its dealer's admission (told in the
    active with its dealer, "its forces had shot down the jet by mistake", the blow is
    the event, its dealer's own word on it)."""
    if tok.pos_ == "NOUN":
        if tok.dep_ != "pobj" or tok.head.lower_ not in ERROR_PREPS:
            return False
        verb = tok.head.head
    elif tok.dep_ == "advmod":
        verb = tok.head
    else:
        return False
    if verb.pos_ != "VERB" or not any(h.head == verb.i and h.trigger.event_type in VIOLENT
                                      for h in ctx.triggers(verb.sent)):
        return False
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return False  # "its military had shot down the jet by mistake": the blow, claimed
    clause = first_conjunct(verb)  # "said the jet had turned ... and had been hit ..."
    said = clause.head
    return clause.dep_ == "ccomp" and said.pos_ == "VERB" and \
        lemma(said) in DECLARING | ADMITTING | {"announce", "confirm"}


# Nouns of a stage of a fight, which a side declares begun ("a new phase of the war").
PHASE_NOUNS = frozenset({"phase", "stage"})
# Words that make the stage one now opened.
NEW_STAGE = frozenset({"new", "next", "second", "third", "fourth", "fifth", "final"})
# What a stage declared is a stage of: a fight, or nothing said.
STAGED_FIGHTS = frozenset({"war", "operation", "escalation", "attack", "campaign", "battle",
                           "confrontation", "offensive", "fighting", "resistance", "conflict"})
# Verbs that open a stage, as told ("a new phase was beginning") or as done by its
# declarer ("announced a new phase of escalation", "launched the next stage").
STAGE_OPENING = frozenset({"begin", "start", "open", "launch", "enter", "announce", "declare",
                           "proclaim", "unveil", "kick"})


def _new_phase_declared(ctx: DocContext, tok: Token) -> bool:
    """"Gallant said a new phase of the war was beginning", "the Houthis announced a new
    phase of escalation": a new stage of a fight opened, told by someone who declares it
    ("the second phase of the project was completed" opens no fight)."""
    if not any(c.dep_ in ("amod", "nummod") and lemma(c) in NEW_STAGE for c in tok.children):
        return False
    of = [p for _x, p in prep_objects(tok, OF)]
    if of and not any(lemma(p) in STAGED_FIGHTS or _armed_act_noun(ctx, p) for p in of):
        return False
    verb = governing_verb(tok)
    return verb is not None and lemma(verb) in STAGE_OPENING and bool(_declarer(ctx, tok) or (
        lemma(verb) in ANNOUNCING | {"announce", "proclaim", "unveil"} and
        tokens_actors(ctx, [s for s in subjects(verb) if s.dep_ == "nsubj"])))


# Nouns of a stage's opening ("declared the start of a new phase").
STAGE_START_NOUNS = frozenset({"start", "beginning", "launch", "onset", "opening", "commencement"})


def _phase_begun(ctx: DocContext, tok: Token) -> bool:
    """"The Houthis declared the start of a new phase of their campaign", "announced the
    beginning of the fifth stage of escalation": the opening of a new stage declared is
    the stage declared."""
    return lemma(tok) in PHASE_NOUNS and tok.pos_ == "NOUN" and tok.dep_ == "pobj" and \
        tok.head.lower_ == "of" and lemma(tok.head.head) in STAGE_START_NOUNS and \
        tok.head.head.dep_ in ("dobj", "nsubjpass") and _new_phase_declared(ctx, tok)


def _speaking_actors(ctx: DocContext, said_by: list[Token]) -> list[str]:
    """Who speaks as the subjects of a verb of saying: the person a title's apposition
    names ("the group's leader, X, said": X), with the state body a spokesman's title
    speaks for ("Iran's foreign ministry spokesman, X, said": X and the ministry)."""
    out = tokens_actors(ctx, [_named_speaker(ctx, c) for c in said_by])
    out += [g for c in said_by if _named_speaker(ctx, c) is not c
            for g in title_owner(ctx, c) if g not in out]  # "its spokesman, X, said"
    for subj in said_by:
        if lemma(subj) in VOICE_NOUNS and _named_speaker(ctx, subj) is not subj:
            out += [a for a in token_actors(ctx, subj)
                    if ctx.etype(a) == "state_body" and a not in out]
    return out


def _named_speaker(ctx: DocContext, subj: Token) -> Token:
    """"The group's leader, X, said ...": the person the title's apposition names
    speaks, as when the title stands before the name ("group leader X said"); so does a
    title the tagger took for a name or an adjective ("X's secretary-general, Y, said")."""
    if subj.pos_ != "NOUN" and not hyphen_title(subj):
        return subj
    for app in (c for c in subj.children if c.dep_ == "appos"):
        if any(ctx.etype(a) == "person" for a in token_actors(ctx, app)):
            return app
    return subj


def _type_hit(ctx: DocContext, hit: TriggerHit, sent: Span, weapons: Sequence[WeaponHit],
              dates: list[DateMatch]) -> tuple[str, str | None] | None:
    """The event type and subtype a trigger gives here, or ``None`` when it is no event."""
    typed = _reading(ctx, hit, sent, weapons, dates)
    if typed == ("statement", "accusation") and not _charge_made(ctx, sent.doc[hit.head]):
        return None
    if typed is not None and typed[0] == "plot" and (
            _denied(sent.doc[hit.head]) or _planner_record(sent.doc[hit.head], sent)):
        return None
    return typed


def _charge_made(ctx: DocContext, tok: Token) -> bool:
    """"X accused Washington of violating Iraqi sovereignty": a charge a named side made,
    told in the simple past as the main verb of its clause (or one joined to it) and
    naming what the accused did; "has long accused", "accuses" (a standing charge), "whom
    Israel accused of ...", "an indictment accusing X" and "was accused of" make none."""
    if lemma(tok) == "behind":
        return bool(_charge_behind_speakers(ctx, tok))
    charges = _charge_preps(tok)
    if any(hit.event_type != "statement" and tok.doc[hit.head] in c.subtree
           for hit in ctx.triggers(tok.sent) for c in charges):
        return False  # "accused X of shelling the camp": the deed alleged, told as such
    return bool(_accusers(ctx, tok))


def _charge_preps(verb: Token) -> list[Token]:
    """The "of" that names what a verb of accusing charges: under the verb or, as the
    parse may hang it, joined to another phrase of the verb ("accused the judge in a
    speech of bias and of pursuing an agenda")."""
    preps = [c for c in verb.children if c.dep_ == "prep"]
    return [c for c in preps if c.lower_ == "of"] or [
        c for p in preps for c in p.children if c.dep_ == "conj" and c.lower_ == "of"]


def _charge_behind_speakers(ctx: DocContext, tok: Token) -> list[str]:
    """"The ministry said on Monday that Iran was behind the bombing": a named party
    said, in a report of a day, to stand behind a deed is a charge the speaker made; who
    says so makes it. "US officials have said the group was behind the attack" (a
    standing charge), "said he knew who was behind it" (no one named) and "said they
    were not behind it" (a denial) make none."""
    copula = tok.head
    if tok.dep_ != "prep" or lemma(copula) != "be" or _negated_predicate(tok) or \
            copula.dep_ != "ccomp" or not any(c.dep_ == "pobj" for c in tok.children):
        return []
    said = copula.head
    if lemma(said) not in DECLARING or said.tag_ != "VBD" or not any(
            tokens_actors(ctx, [c]) for c in copula.children if c.dep_ == "nsubj"):
        return []
    return _speaking_actors(ctx, [c for c in said.children if c.dep_ == "nsubj"])


def _behind_told_deed(tok: Token) -> bool:
    """"(said Iran was) behind the bombing / these attacks": a party put behind a deed
    the definite noun points back at."""
    return lemma(tok) == "behind" and any(
        c.dep_ == "pobj" and any(d.dep_ == "det" and d.lower_ in TOLD_DETERMINERS
                                 for d in c.children) for c in tok.children)


def _accusers(ctx: DocContext, tok: Token) -> list[str]:
    """Who makes the charge :func:`_charge_made` reads: the subject of the verb of
    accusing, or of the report the parse joins it to ("X said several of its men were
    killed and accused Washington of ...": a charge with its accused as object, joined
    to a reported passive as if it were a participle, is the speaker's own verb); the
    speaker who puts a party behind a deed (:func:`_charge_behind_speakers`)."""
    if lemma(tok) == "behind":
        return _charge_behind_speakers(ctx, tok)
    if tok.dep_ not in ("ROOT", "conj", "ccomp") or any(
            c.dep_ in ("aux", "auxpass") for c in tok.children if not _told_before(ctx, c)) \
            or not _charge_preps(tok):
        return []
    head = tok.head
    if tok.dep_ == "conj" and tok.tag_ in ("VBD", "VBN") and head.tag_ == "VBN" and \
            head.dep_ == "ccomp" and any(c.dep_ == "auxpass" for c in head.children) and \
            any(c.dep_ == "dobj" for c in tok.children) and lemma(head.head) in SAYING:
        return tokens_actors(ctx, [c for c in head.head.children if c.dep_ == "nsubj"])
    if tok.tag_ != "VBD" and not any(_told_before(ctx, c) for c in tok.children):
        return []
    return tokens_actors(ctx, [c for c in inherited_subjects(tok) if c.dep_ == "nsubj"])


def _told_before(ctx: DocContext, aux: Token) -> bool:
    """"A day earlier, X had accused the judge of bias": the past perfect of a charge
    told before the one just reported is made on a day like the simple past ("had long
    accused" is a standing charge)."""
    return aux.dep_ == "aux" and aux.lower_ == "had" and not any(
        c.dep_ == "advmod" and c.lower_ in ctx.ontology.undated_adverbs
        for c in aux.head.children)


# Words of a part one had in deeds: "involved in planning attacks", "a role in".
PART_IN_DEEDS = frozenset({"involve", "involved", "responsible", "role", "part", "hand"})
# Verbs of doing deeds that, joined to planning, make it a record of deeds done:
# "planned and directed attacks", "planned and carried out attacks".
DOING_DEEDS = frozenset({"direct", "carry", "execute", "conduct", "launch", "lead",
                         "oversee", "coordinate", "orchestrate", "perpetrate"})
# Verbs of holding or charging whose suspect's part in planning is the plot foiled.
SUSPECTING = frozenset({"arrest", "detain", "hold", "charge", "indict", "convict",
                        "sentence", "accuse", "suspect", "seize", "capture", "extradite"})


# Verbs of armed men getting across a border into a land: "crossed into Israel".
CROSSING_VERBS = frozenset({"cross", "infiltrate"})
# Prepositions of the lands a crossing goes from or into.
CROSSING_PREPS = frozenset({"into", "from"})
# Lines a crossing goes over: "crossed the border", "crossed the fence".
BORDER_NOUNS = frozenset({"border", "frontier", "fence", "boundary"})
# Men told as slipping across: "infiltrators crossed the border".
INFILTRATORS = frozenset({"infiltrator", "commando"})


# Places of no one name that a course of blows reaches: "were hitting cities".
KINDS_OF_PLACES = frozenset({"city", "town", "village", "area", "region", "target"})


def _course_of_blows(tok: Token) -> bool:
    """"Within days the drones were hitting cities far from the front": a blow told in
    the past progressive on a bare plural of places, with no day, is a course of days,
    not one blow ("drones hit two cities", "were hitting the port on Monday" stay)."""
    if tok.pos_ != "VERB" or tok.tag_ != "VBG" or not any(
            c.dep_ == "aux" and c.lower_ in ("was", "were") for c in tok.children):
        return False
    objs = direct_objects(tok)
    return bool(objs) and all(
        o.tag_ == "NNS" and lemma(o) in KINDS_OF_PLACES and
        not any(c.dep_ in ("det", "nummod", "poss", "compound") for c in o.children)
        for o in objs)


# Verbs of a state's forces going into another state's land: "troops entered X".
INCURSION_VERBS = frozenset({"enter", "cross"})
# Prepositions of where forces are posted.
POSTED_PREPS = frozenset({"in", "on", "inside"})
# A state's men, arms or formations on the ground: "Israeli ground forces", "Turkish tanks".
GROUND_FORCES = frozenset({"troop", "force", "soldier", "tank", "army", "unit", "infantry",
                           "commando", "brigade", "division", "battalion", "column"})


def _going_done(tok: Token) -> bool:
    """Whether a verb of going in or across tells a going done: not denied, not only
    tried ("tried to cross") and not the time of another deed ("while crossing")."""
    return not is_negated(tok) and not (tok.tag_ in ("VB", "VBG") and
                                        tok.dep_ in ("xcomp", "advcl"))


def _state_incursion(ctx: DocContext, tok: Token) -> bool:
    """"Israeli ground forces entered southern Lebanon", "Turkish troops crossed into
    northern Iraq": a state's forces on the ground that go into another country's land
    are a raid by that state; forces that enter a town of their own country ("Iraqi
    forces entered Mosul"), enter talks, or only try to enter are none."""
    if not _going_done(tok):
        return False
    doers = [s for s in subjects(tok) if s.dep_ == "nsubj"]
    if not doers or not all(lemma(s) in GROUND_FORCES for s in doers):
        return False
    named = tokens_actors(ctx, doers)
    if not named or _state_actor(ctx, named) is not True:
        return False
    own = {ctx.country(a) for a in named} - {None}
    lands = [p for _x, p in prep_objects(tok, INTO)]
    if lemma(tok) == "take":  # "took up positions in villages of X", however hung
        lands += [p for h in (tok, *direct_objects(tok)) for _x, p in prep_objects(h, POSTED_PREPS)]
    if lemma(tok) == "enter":
        lands += direct_objects(tok)
    countries = {ctx.country(m.entity_id) for land in lands for t in land.subtree
                 if (m := ctx.ents.at(t.i)) is not None and m.entity_id and
                 m.etype in PLACE_TYPES}
    countries.discard(None)
    return bool(own) and bool(countries - own)


def _armed_crossing(ctx: DocContext, tok: Token) -> bool:
    """"Gunmen crossed from Lebanon into Israel near X", "militants crossed the border",
    "three fighters infiltrated into Israel": armed men of no state's that cross into a
    land or over its border; "migrants crossed into the country", "trucks crossed the
    border" and "troops crossed into Syria" cross in no armed band's raid."""
    if not _going_done(tok):
        return False
    doers = [s for s in subjects(tok) if s.dep_ == "nsubj"]
    if not doers and tok.dep_ == "acl" and tok.tag_ == "VBD" and tok.head.dep_ == "ROOT":
        doers = [tok.head]  # "Three fighters infiltrated into X", parsed as a description
    if not doers or not all(lemma(s) in ARMED_MEN | ARMED_BANDS | INFILTRATORS or
                            _fighters_of(ctx, s) or _own_fighters(s) for s in doers):
        return False
    lands = [p for _x, p in prep_objects(tok, CROSSING_PREPS)]
    lines = [o for o in direct_objects(tok) if lemma(o) in BORDER_NOUNS]
    return bool(lines) or any(ctx.etype_of_token(p) in PLACE_TYPES for p in lands)


def _planner_record(tok: Token, sent: Span) -> bool:
    """"a leader who was actively involved in planning attacks on US personnel", "was
    responsible for planning attacks on X", "had planned and directed attacks on Y": a
    part in planning deeds named as a bare plural is a record of someone's deeds, not
    one plot; an arrest or charge for it still tells the plot foiled ("arrested a man
    involved in planning attacks on X")."""
    if tok.tag_ not in ("NNS", "NNPS") or any(
            c.dep_ in ("det", "nummod", "poss") for c in tok.children):
        return False
    plan = held = tok.head if tok.dep_ == "dobj" else None
    if plan is None and _planning_told(tok):  # "for planning attacks", parsed as a compound
        plan = next(c for c in tok.children if c.lower_ in PLANNING_GERUNDS)
        held = tok
    if plan is None or held is None or (lemma(plan) not in ("plan", "plot", "prepare") and
                                         plan.lower_ not in PLANNING_GERUNDS):
        return False
    done = any(c.dep_ == "conj" and lemma(c) in DOING_DEEDS for c in plan.children) or (
        plan.dep_ == "conj" and lemma(plan.head) in DOING_DEEDS)
    part = held.dep_ in ("pcomp", "pobj") and held.head.dep_ == "prep" and (
        lemma(held.head.head) in PART_IN_DEEDS or held.head.head.lower_ in PART_IN_DEEDS)
    if not (done or part):
        return False
    return not any(lemma(t) in SUSPECTING for t in sent)


# Idioms of a side ready to strike ("its fighters had their fingers on the trigger",
# "all options were on the table"): a threat only as someone's words.
READY_IDIOMS = frozenset({"finger on the trigger", "finger be on the trigger",
                          "option on the table", "option be on the table",
                          "option remain on the table", "with an iron fist",
                          "with an iron hand", "only the beginning", "just the beginning",
                          "end of the story"})
# Those of them that threaten only negated ("the raids were not the end of the story").
NEGATED_IDIOMS = frozenset({"end of the story"})


def _idiom_clause(tok: Token) -> Token:
    """The verb of the clause an idiom's last noun stands in ("were" of "all options were
    on the table", "had" of "had their fingers on the trigger")."""
    verb = tok
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return verb


# Nouns of watching an attack's targets, which name them: "surveillance of Jewish sites".
SCOUTING_NOUNS = frozenset({("surveillance",), ("reconnaissance",)})
# Phrases of learning about targets: "gathering information on Jewish sites".
GATHERING_ON = frozenset({("gather", "information"), ("collect", "information"),
                          ("gather", "intelligence"), ("collect", "intelligence")})
# What an attack's scouts watch: sites, and the people who may be its victims.
WATCHED_TARGETS = frozenset({"home", "house", "residence", "target", "synagogue", "embassy",
                             "consulate", "office", "site", "building", "school", "centre",
                             "center", "institution", "dissident", "journalist", "activist",
                             "figure", "critic", "opponent", "family", "community", "jew",
                             "israeli", "diplomat", "official", "movement", "whereabouts"})


def _gathered_on_targets(tok: Token) -> bool:
    """"Gathering information on Jewish sites and prominent Jewish figures", "collected
    intelligence about dissidents": information on sites or people an attack might aim
    at ("collected information useful to terrorists" names none)."""
    verb = tok if tok.pos_ == "VERB" else tok.head
    found = [p for h in (verb, *direct_objects(verb))
             for _x, p in prep_objects(h, frozenset({"on", "about"}))]
    return any(lemma(t) in WATCHED_TARGETS for p in found for t in (p, *p.conjuncts))


def _disposed_of(tok: Token) -> bool:
    """"Officers destroyed the grenade in a controlled explosion", "the device was blown up
    in a controlled detonation": a charge made safe by those who found it, no blow."""
    blasts = [tok, *(p for _x, p in prep_objects(tok, WHOLE_PREPS))]
    return any(lemma(b) in ("explosion", "detonation", "blast") and any(
        c.dep_ in ("amod", "compound") and c.lower_ == "controlled" for c in b.children)
        for b in blasts)


def _idiom_declared(ctx: DocContext, tok: Token, phrase: str) -> bool:
    """Whether a speaker says the idiom of readiness, unnegated ("said its fighters had
    their fingers on the trigger"; not "the narrator finds all options on the table", nor
    "said no option was on the table")."""
    verb = _idiom_clause(tok)
    negated = is_negated(verb) or any(c.lower_ in ("no", "not", "never", "n't")
                                      for t in (tok, *verb.children) for c in (t, *t.children))
    if verb.pos_ not in ("VERB", "AUX") or negated != (phrase in NEGATED_IDIOMS):
        return False
    return bool(_declarer(ctx, verb))


def _reading(ctx: DocContext, hit: TriggerHit, sent: Span, weapons: Sequence[WeaponHit],
             dates: list[DateMatch]) -> tuple[str, str | None] | None:
    """The type and subtype of a trigger, before a denial of a plot is set aside."""
    tok = sent.doc[hit.head]
    trig = hit.trigger
    etype, subtype = trig.event_type, trig.subtype
    if lemma(tok) in FORCE_VERBS and tok.pos_ == "VERB" and any(
            lemma(o) in IDIOM_OBJECTS for o in direct_objects(tok)):
        return None  # "hit the headlines", "struck a deal", "struck a nerve"
    if _other_sense(tok):
        return None  # "the dollar rallied", "stormed to victory", "a heart attack"
    if trig.lemmas in SCOUTING_NOUNS and tok.pos_ == "NOUN" and not any(
            p.ent_type_ not in ("DATE", "TIME") for h in (tok, tok.head)
            for _x, p in prep_objects(h, frozenset({"of", "on"}))):
        return None  # "the drone carried out reconnaissance over the base": no target watched
    if trig.lemmas in GATHERING_ON:
        # "collected information useful to terrorists": no target watched
        return (etype, subtype) if _gathered_on_targets(tok) else None
    if etype in ("attack", "strike") and _disposed_of(tok):
        return None  # "destroyed the grenade in a controlled explosion": a charge made safe
    if etype == "plot" and lemma(tok) in FINDING_CHARGES and _arms_found_aboard(ctx, tok, weapons):
        return "transfer", "weapons_delivery"  # "boarded a dhow and found rifles on board"
    if etype in ("attack", "strike") and not dates and _course_of_blows(tok):
        return None  # "within days the drones were hitting cities far from the front"
    if (lemma(tok) in INCURSION_VERBS or trig.lemmas == POSTING) and tok.pos_ == "VERB":
        if _state_incursion(ctx, tok):
            return "strike", "raid"  # "Israeli ground forces entered southern Lebanon"
        if trig.lemmas == POSTING:
            return None  # "fighters took up positions near the border": no state's entry
    if lemma(tok) in CROSSING_VERBS and tok.pos_ == "VERB":
        if _armed_crossing(ctx, tok):
            return "attack", "infiltration"  # "gunmen crossed from Lebanon into Israel"
        if lemma(tok) == "infiltrate":
            return None  # "agents infiltrated the network": no armed men cross
    if lemma(tok) == "infiltration" and prep_objects(tok, OF):
        return None  # "Israel's infiltration of its supply chain": a network got into
    if etype == "plot" and lemma(tok) in FINDING_CHARGES:
        return (etype, subtype) if _charge_left_at(ctx, tok, weapons) else None
    if etype in ("attack", "strike") and _measure_does(tok):
        # "US sanctions hit the group's bank", "firms targeted by new sanctions": the
        # measure reaches them, no blow; "sanctions have hit the economy" tells its effect
        return ("sanction", "sanctions") if _measure_reaches(ctx, tok, dates) else None
    if lemma(tok) == "attack" and tok.pos_ == "VERB" and direct_objects(tok) and all(
            lemma(o) in CRITICIZED and not _held_ground(ctx, o, weapons)
            for o in direct_objects(tok)):
        return None  # "attacked the government's policies": words against words
    if _shot_in_the_air(tok):
        return None  # "fired celebratory gunfire into the air": no one fired upon
    if _justice_vowed(ctx, tok):
        return "statement", "threat"  # "said it would bring the killers to justice"
    if trig.phrase in READY_IDIOMS:
        return ("statement", "threat") if _idiom_declared(ctx, tok, trig.phrase) else None
    doers = [s for s in subjects(tok) if s.dep_ == "nsubj"] \
        if tok.pos_ == "VERB" and trig.event_type in ("attack", "strike") else []
    if doers and all(lemma(s) in POLICY_NOUNS and not any(
            w.start <= t.i < w.end for w in weapons for t in s.subtree) for s in doers):
        return None  # "the new law targeted charities", "the campaign targeted voters"
    if lemma(tok) in FORCE_VERBS and tok.pos_ == "VERB" and any(
            lemma(p) in MEASURE_NOUNS for h in (tok, *direct_objects(tok))
            for _x, p in prep_objects(h, WITH)):
        return None  # "hit three financiers with sanctions": the measure is the event
    if lemma(tok) in INTERDICTING and tok.pos_ == "VERB" and (_carries_weapon(
            ctx, tok, weapons, craft_only=True) or _craft_load_misparsed(ctx, tok, weapons)
            or (_shipment_of_arms(ctx, tok, weapons) and not is_negated(tok))
            or any(c.dep_ == "conj" and lemma(c) in FINDING_CHARGES and
                   _arms_found_aboard(ctx, c, weapons) for c in tok.children)):
        # "intercepted a vessel carrying weapons", "captured a shipment of missile parts",
        # "intercepted weapons bound for Yemen", "seized a dhow and found rifles on board"
        return "transfer", "weapons_delivery"
    if trig.requires_weapon and _airborne_threat_stopped(tok, trig):
        return "attack", None  # "air defences intercepted a hostile aerial target"
    if trig.requires_weapon and trig.objects and not any(
            _object_fits(ctx, trig, o) for o in _objects(tok)):
        alt = _reading_by_object(ctx, tok, trig)
        if alt is not None and not alt.requires_weapon:
            # "intercepted two couriers at the airport": people caught, no munition
            return _type_hit(ctx, replace(hit, trigger=alt), sent, weapons, dates)
    if trig.requires_weapon and not (etype == "transfer" and _arms_moved(ctx, tok, trig)):
        scope = {t.i for t in subtree_tokens(tok)} | {tok.head.i}
        craft = _laden_craft(tok)  # "a drone carrying explosives hit near X"
        laden = {t.i for t in craft.subtree if t.i < tok.i} if craft is not None else set()
        scope |= laden
        if tok.pos_ == "VERB" and tok.dep_ == "xcomp":  # "Israeli jets kept striking X"
            scope |= {t.i for s in inherited_subjects(tok) for t in s.subtree}
        if tok.pos_ == "VERB" and tok.dep_ == "acl" and not any(
                i in scope for w in weapons for i in range(w.start, w.end)):
            return None  # "sites used by the group": a participle that describes a place
        if _planted_killer(tok):
            return None  # "a bomb planted under his car killed X": the killing tells it
        if lemma(tok) in HARM_VERBS and tok.pos_ == "VERB" and \
                not _harmed_by_weapon(tok, weapons):
            return None  # "the storm damaged homes", "wounded in the clashes": no weapon
        if etype == "attack" and not dates and _blow_on_referent(tok):
            return None  # "... and a projectile struck it afterwards": the attack told before
        if lemma(tok) in ARRIVING and tok.pos_ == "VERB" and \
                not _munition_arrives(ctx, tok, weapons):
            # "Iranian missiles reached the Houthis": arms delivered, no blow
            alt = next((t for t in ctx.ontology.triggers_starting(trig.lemmas[0])
                        if t.lemmas == trig.lemmas and t.event_type == "transfer"), None)
            return None if alt is None else _type_hit(ctx, replace(hit, trigger=alt), sent,
                                                      weapons, dates)
        if lemma(tok) in USING_VERBS and tok.pos_ == "VERB" and not _used_weapon(tok, weapons):
            return None  # "the sites were used by X": what is used must be the weapon
        if lemma(tok) in RAMMING and not any(
                w.start in {t.i for s in subjects(tok) for t in s.subtree} for w in weapons):
            return None  # "a small craft rammed the ship": what rams must be the weapon
        if not any(w.start in scope for w in weapons) and not any(
                min(abs(w.start - tok.i), abs(w.end - 1 - tok.i)) <= 8 for w in weapons) \
                and not _another_munition(tok, weapons):
            if _blast_at_site(ctx, tok, sent) or _site_under_fire(ctx, tok, trig):
                return "attack", None
            if _shots_fired_at(ctx, tok):
                return "attack", "gunfire"  # "shots were fired at a US patrol"
            if _targets_finances(ctx, tok):
                return "sanction", "sanctions"  # "the Treasury said it had targeted ..."
            return _state_reading(ctx, tok, trig)
    if tok.pos_ == "VERB" and any(c.dep_ == "prt" and c.lower_ == "down" for c in tok.children) \
            and not trig.subject_is_target and "down" not in trig.lemmas:
        return None  # "shot the plane down" (an aircraft, no munition launched)
    if etype == "transfer" and _civil_goods(tok):
        return None  # "shipped oil to China", "a delivery of aid": no arms, money or men
    if etype == "transfer" and _gives_word_only(tok):
        return None  # "gave no details of what missile was fired": words, not arms
    if etype == "transfer" and _sent_against(tok, weapons):
        return "attack", None  # "sent drones against the palace", "sent drones deeper into X"
    if etype == "transfer" and _negotiated(tok):
        return None  # "struck a deal on the transfer of funds": a transfer agreed, not made
    if etype == "transfer" and _taken_goods(ctx, tok, weapons):
        return None  # "the airline took delivery of two jets"
    if etype in ("attack", "strike") and _targets_finances(ctx, tok):
        return "sanction", "sanctions"  # "the Treasury targeted three money exchangers"
    if lemma(tok) == "charge" and _charged_thing(tok):
        return None  # "charged his phone", "charged a fee": no accusation
    if etype == "plot" and lemma(tok) in FOILING and _foils_transfer(ctx, tok):
        return None  # "foiled an attempt to smuggle arms": the transfer is told
    if etype == "plot" and _foiled_by_blow(ctx, tok):
        return None  # "thwarted a larger attack with pre-emptive strikes": the strikes are told
    if tok.pos_ == "NOUN" and _source_cited(tok):
        return None  # "according to the indictment": where a fact is read, no event
    if etype == "protest" and _protest_by_state(ctx, tok):
        return None  # "Lebanon protested to the Security Council": diplomacy, no crowd
    if lemma(tok) in CROWD_VERBS and tok.pos_ == "VERB" and not _by_crowd(ctx, tok) and \
            etype not in ("attack", "statement"):
        # "crowds gathered" is a demonstration, "officials gathered" is not; "said it would
        # block the strait" is the threat its object tells
        alt = _reading_by_object(ctx, tok, trig)
        return None if alt is None or alt.event_type != "statement" else _type_hit(
            ctx, replace(hit, trigger=alt), sent, weapons, dates)
    if lemma(tok) in PEOPLES_VERBS and tok.pos_ == "VERB" and _by_things(ctx, tok):
        return None  # "the team rallied in the second half", "prices rallied": no crowd
    if _shows_something(ctx, tok):
        return None  # "demonstrated its ability to strike": shown, no crowd in the street
    if trig.phrase == "show of force" and not _band_show_of_force(ctx, tok):
        return None  # "the army held a show of force near the border": a state's drill
    if lemma(tok) in CROWD_VERBS and tok.pos_ == "VERB" and not dates and \
            _crowd_told_before(tok):
        return None  # "The protesters marched to the embassy": the protest told before
    if etype == "attack" and _crowd_act(ctx, tok):
        return "protest", "demonstration"
    if etype == "attack" and subtype == "assault" and _seat_stormed_by_crowd(ctx, tok):
        return "protest", "storming"  # "thousands of supporters stormed the parliament"
    if etype == "attack" and tok.pos_ == "VERB" and not _done_by_armed_men(tok) and any(
            lemma(v) in PROTESTERS for h in (tok, *direct_objects(tok)) for v in _victims(h)) \
            and not (trig.objects and _reading_by_object(ctx, tok, trig)) and not any(
                ctx.etype(a) in GROUP_TYPES for a in tokens_actors(ctx, [
                    s for s in inherited_subjects(tok) if s.dep_ != "nsubjpass"])):
        return None  # "police opened fire on protesters": force against the crowd of a
        # protest, no armed group's attack ("seized several demonstrators" holds them;
        # "Kataib Hezbollah members shot at demonstrators" is the group's attack)
    if lemma(tok) == "announce" and any(  # the object, however parsed, just after the verb
            lemma(t) in REPORTED_FACTS for t in tok.subtree if 0 < t.i - tok.i <= 3):
        return None  # "announced his death": a fact made known, no decision
    if lemma(tok) == "announce" and any(_told_back(o) for o in direct_objects(tok)):
        return None  # "X said it would let tugs reach the ship; Y announced the arrangement"
    if lemma(tok) == "warning" and any(c.dep_ == "compound" for c in tok.children):
        return None  # "a travel warning", "a storm warning": advice, no threat
    if lemma(tok) in TRUCE_NOUNS and tok.dep_ == "dobj" and lemma(tok.head) in SOUGHT:
        return None  # "travelled to Beirut seeking a ceasefire": none declared yet
    if trig.phrase == "over" and _truce_declared_over(ctx, tok):
        return "statement", "resumption"  # "declared that the truce was over"
    if trig.phrase == "over":  # "said the group's mobilisation was over"
        return ("statement", "suspension") if _efforts_declared_over(ctx, tok) else None
    if lemma(tok) == "hold" and tok.pos_ == "VERB" and any(
            lemma(p) in BUSINESS_WRONGS for c in tok.children if lemma(c) in ACCOUNTABLE
            for _x, p in prep_objects(c, FOR)):
        return None  # "would hold the supplier responsible for the delays": a claim in trade
    if etype == "statement" and lemma(tok) in LABELLING and tok.pos_ == "VERB":
        return _labelled(ctx, tok)
    if etype == "statement" and lemma(tok) in ORDERING | URGING and tok.pos_ == "VERB" and \
            _residents_ordered_off(ctx, tok):
        return "statement", "decision"  # "the army ordered residents to evacuate"
    if etype == "statement" and lemma(tok) in ORDERING | URGING and tok.pos_ == "VERB" and \
            _nationals_called_out(ctx, tok):
        return "statement", "decision"  # "told its diplomats to leave Baku": its own, no envoy
    if etype == "statement" and lemma(tok) in ORDERING | URGING and tok.tag_ == "VBG" and \
            tok.dep_ == "advcl" and _nationals_told_to_leave(ctx, tok):
        return "statement", "decision"  # "raised its travel warning, urging Israelis to leave"
    if etype == "statement" and lemma(tok) in ORDERING | URGING and tok.pos_ == "VERB" and \
            _envoy_sent_off(tok):
        return "statement", "expulsion"  # "ordered the Swedish ambassador to leave"
    if etype == "statement" and lemma(tok) in URGING and tok.pos_ == "VERB":
        if _called_to_act(ctx, tok):
            return "statement", "call"
        if _nationals_called_out(ctx, tok):
            return "statement", "decision"  # "urged its nationals to leave Lebanon"
        if _travel_advised_against(ctx, tok):
            return "statement", "travel_warning"  # "urged Israelis to avoid travel to Iraq"
        return ("statement", "threat") if _warned_off(ctx, tok) else None
    if etype == "statement" and lemma(tok) == "demand" and tok.pos_ == "VERB":
        return ("statement", "call") if _demanded_break(ctx, tok) else None
    if etype == "statement" and _departure_demanded(ctx, tok):
        return "statement", "call"  # "said US forces must leave": whatever the verb's senses
    if etype == "statement" and subtype == "call" and lemma(tok) in LEAVING_ACTS:
        return None  # "the students must leave", "said it would leave the talks"
    if etype == "statement" and (lemma(tok) in READINESS or tok.lower_ in READINESS):
        return ("statement", "threat") if _ready_for_war(ctx, tok) else None
    if etype == "statement" and tok.pos_ in ("ADJ", "NOUN") and lemma(tok) in DISMISSIVE \
            and not _charge_called_false(tok):
        return None  # "a false flag", "the lie of the land": no charge denied
    if etype == "statement" and lemma(tok) == "vote" and not _voted_act(tok):
        return None  # "voted on the budget"
    if subtype == "resignation" and tok.pos_ == "VERB" and any(
            lemma(o) not in OFFICES for o in direct_objects(tok)):
        return None  # "resigned himself to defeat", "stepped down its alert"
    if etype == "statement" and _standing_denial(tok):
        return None  # "..., a charge Iran denies": background beside a standing charge
    if lemma(tok) == "warn" and tok.pos_ == "VERB" and _warns_of_hazard(tok):
        return None  # "the WHO warned of a cholera outbreak": a danger no one deals
    if lemma(tok) == "deny" and tok.pos_ == "VERB" and any(
            lemma(o) in GRANTS and o.dep_ in ("dobj", "ccomp", "dative") for o in tok.children):
        return None  # "denied the reporters entry", "denied visas to the delegation"
    if lemma(tok) == "behind" and _charge_behind_speakers(ctx, tok):
        return "statement", "accusation"  # "the ministry said Iran was behind the bombing"
    if lemma(tok) in NEGATED_DENIALS and not _declared_denial(tok):
        return None  # "fighters involved in the attack" denies nothing
    if lemma(tok) == "control" and not (_own_side(ctx, tok) and any(
            lemma(o) in CONTROLLED_PARTNERS or any(
                ctx.etype(i) in GROUP_TYPES for i in token_actors(ctx, o))
            for o in direct_objects(tok))):
        return None  # "said it did not control the militias", not "the army did not
        # control the area" or "said the Houthis did not control the port"
    if lemma(tok) in REFUTING and subtype == "denial" and not any(
            c.dep_ == "dobj" and lemma(c) in ACCUSATIONS for c in tok.children) and \
            not _refuted_as_false(tok) and not _rejects_charge_before(tok):
        subtype = "rejection"  # "rejected the truce offer": a demand refused, no charge denied
    if lemma(tok) in HALTING and tok.pos_ == "VERB" and is_negated(tok):
        return ("statement", "threat") if _declared(ctx, tok) else None
    if lemma(tok) == "end" and tok.pos_ == "VERB" and is_negated(tok):
        # "said its attacks would not end until ...", "would not end its operations"; "the
        # talks would not end soon" ends no campaign
        return ("statement", "threat") if _campaign_kept(tok) and _declared(ctx, tok) \
            else None
    if subtype == "suspension" and lemma(tok) == "hold" and tok.pos_ == "NOUN" and \
            not _campaign_on_hold(ctx, tok):
        return None  # "put the project on hold"
    if etype == "statement" and tok.pos_ == "NOUN" and _no_letup(ctx, tok):
        return "statement", "threat"  # "said there would be no halt to their operations"
    if etype == "statement" and trig.phrase in INACTION:
        last = sent.doc[hit.end - 1]
        if any(c.dep_ == "pobj" for c in last.children):
            return None  # "would not stand by its report": standing by something
        if trig.phrase == "allow" and not _own_side(ctx, tok):
            return None  # "said the department would not allow it": a rule enforced, no threat
        objects = _objects(tok) if trig.objects else []
        if trig.objects and not any(_object_fits(ctx, trig, o) for o in objects):
            return None  # "would not tolerate delays in the talks": no hostile act refused
        refused = is_negated(tok) or any(  # "would tolerate no aggression"
            c.dep_ == "det" and c.lower_ in ("no", "zero") for o in objects for c in o.children)
        return ("statement", "threat") if refused and _declared(ctx, tok) else None
    if etype == "statement" and tok.pos_ in NOUN_POS and lemma(tok) in PROMISED_NOUNS:
        return ("statement", "threat") if _promised_reprisal(tok) and _declarer(ctx, tok) \
            else None
    if lemma(tok) == "refrain" and not _refrained_campaign(tok):
        return None  # "would refrain from commenting"
    if trig.phrase in PRESSING_ON and not _campaign_kept(tok):
        # "would press on with the reforms"; "rifles carried on a dhow": the verb alone
        alone = next((t for t in ctx.ontology.triggers_starting(trig.lemmas[0])
                      if t.lemmas == trig.lemmas[:1]), None)
        return None if alone is None else _type_hit(ctx, replace(hit, trigger=alone), sent,
                                                    weapons, dates)
    if lemma(tok) == "cease" and not _campaign_kept(tok):
        return None  # "the rain would not cease"
    if etype == "statement" and lemma(tok) in ("stop", "cease") and not is_negated(tok):
        subtype = "suspension"  # "would stop its attacks"; "would not stop" threatens
    if lemma(tok) in RELEASING and is_negated(tok):
        subtype = "threat"  # "would not release the hostages until ...": held as a lever
    if lemma(tok) == "keep" and not any(c.dep_ == "xcomp" and c.tag_ == "VBG"
                                        for c in tok.children) and \
            not _kept_being_done(tok) and not _kept_course(ctx, tok):
        return None  # "would keep fighting", "would keep up its attacks", "ships will keep
        # being targeted"
    if lemma(tok) in INTERDICTING and (_carries_weapon(ctx, tok, weapons) or (
            lemma(tok) != "stop" and _arms_on_route(ctx, tok, weapons))):
        return "transfer", "weapons_delivery"  # "seized a boat carrying rockets"
    if etype == "attack" and trig.objects and _intercepts(tok) and not any(
            lemma(o) in trig.objects for o in acted_on(tok)):
        # "intercepted a shipment of rockets": the munition must be what was stopped
        alt = _reading_by_object(ctx, tok, trig)
        return None if alt is None else _type_hit(ctx, replace(hit, trigger=alt), sent,
                                                  weapons, dates)
    if etype == "attack" and _intercepts(tok) and not _launch_told(tok):
        return None  # "has downed enemy drones", "deployed to shoot down missiles"
    if etype == "statement" and lemma(tok) in ORDERING and _orders_force(ctx, tok):
        return "statement", "deployment"  # "ordered the IRGC to prepare a response"
    if etype == "statement" and lemma(tok) == "order" and tok.pos_ == "VERB" and \
            _orders_craft(tok):
        return "statement", "deployment"  # "ordered two destroyers to the Red Sea"
    if etype == "statement" and lemma(tok) == "order" and tok.pos_ == "VERB" and \
            _orders_shut(tok):
        return "statement", "announcement"  # "ordered the group's offices closed"
    if lemma(tok) == "give" and _given_until(tok):
        return "statement", "threat"  # "gave US forces until Friday to leave": an ultimatum
    if trig.phrase == "have until":  # "said US forces had until the end of the year to leave"
        return ("statement", "threat") if _given_until(tok) and _forces_leave(
            ctx, tok, []) and _declarer(ctx, tok) else None
    if lemma(tok) == "pay" and tok.pos_ == "VERB" and not direct_objects(tok) and \
            tok.dep_ in ("ccomp", "xcomp") and lemma(tok.head) == "make" and \
            _declared(ctx, tok.head):
        return "statement", "threat"  # "said they would make Israel pay"
    if lemma(tok) == "escalate" and tok.pos_ == "VERB" and not direct_objects(tok) and \
            _declared(ctx, tok) and _own_side(ctx, tok):
        return "statement", "threat"  # "said the group would escalate if ...": its own course
    if trig.subtype == "arson" and trig.lemmas in FIRE_VERBS and not _set_aflame(tok):
        return None  # "set up a checkpoint", "a fire burned the warehouse"
    if trig.subtype == "arson" and trig.lemmas == ("burn",) and _by_crowd(ctx, tok):
        plain = _plain_reading(ctx, trig)  # "protesters burned the consulate": a protest
        return None if plain is None else _type_hit(ctx, replace(hit, trigger=plain), sent,
                                                    weapons, dates)
    if trig.objects and not any(_object_fits(ctx, trig, o)
                                for o in _objects(tok, loads=etype == "transfer")) and \
            not (etype == "arrest" and _handed_to_authorities(tok)):
        # "recalled its ambassador", not "recalled the attack"; "seized a tanker" is a
        # hijacking, "seized a cargo of rockets" an interdicted transfer
        alt = _reading_by_object(ctx, tok, trig) or _reading_by_subject(ctx, tok, trig)
        if alt is None:  # "received weapons": no delegation, the reading without objects
            # ("blew himself up": the verb's own reading, without its particle)
            plain = _plain_reading(ctx, trig) or _verb_reading(ctx, trig)
            return None if plain is None else _type_hit(
                ctx, replace(hit, trigger=plain), sent, weapons, dates)
        trig = alt
        etype, subtype = trig.event_type, trig.subtype
    if etype == "sanction" and tok.pos_ == "NOUN" and lemma(tok) == "freeze" and \
            not _frozen_holdings(tok):
        return None  # "imposed a hiring freeze": no assets frozen
    if etype == "transfer" and not _transfer_reading_ok(ctx, tok, trig, weapons):
        return None
    if etype == "arrest" and lemma(tok) in KEEPING_FROM and _kept_from_act(tok):
        return None  # "stopped two men from boarding the flight": kept from it, not held
    if etype == "arrest" and trig.lemmas in ESCORTING and _private_doer(ctx, tok):
        return None  # "she picked him up at the airport": a lift, no one held
    if subtype == "alert" and _declared_on_alert(ctx, tok):
        return etype, subtype  # "said its forces were on high alert"
    if trig.verbs and not _object_of(first_conjunct(tok), trig.verbs) and \
            not (etype == "arrest" and _participle_of(tok, trig.verbs)) and \
            not (subtype == "threat" and _authored_threat(ctx, tok)) and \
            not (etype == "sanction" and (_measure_dated_by_sequel(tok) or
                                          _measure_in_force(ctx, tok) or
                                          _dated_participle(tok, trig.verbs, dates) or
                                          _listing_of_party_dated(ctx, tok, dates))):
        return None  # "imposed sanctions", "placed on the sanctions list"
    if lemma(tok) == "drop" and not _dropped_on_place(tok):
        return None  # "two jets dropped seven bombs": how a blow told already was done
    if etype == "sanction" and tok.pos_ == "NOUN" and lemma(tok) == "sanction" and \
            _object_of(first_conjunct(tok), PLACING) and not _placed_under(tok):
        return None  # "the sanctions were put on hold": parties are placed under sanctions
    if etype == "sanction" and lemma(tok) == "name" and not _named_by_state(ctx, tok):
        return None  # "the report named the militia as a terrorist group": no listing
    if etype == "sanction" and lemma(tok) == "measure" and not _measure_on_party(ctx, tok):
        return None  # "adopted measures to curb inflation": no party is reached
    if etype == "sanction" and lemma(tok) in LISTING_ROLLS and not _party_put_on_roll(ctx, tok):
        return None  # "put her name on the register": no party listed
    if etype == "statement" and measure_participle_misread(tok):
        return None  # "new sanctions announced Tuesday target X": the measure is the event
    if lemma(tok) == "deadline" and not _deadline_demands(tok):
        return None  # "set a deadline for voter registration": no act demanded of a foe
    if trig.requires_date and not dates and not _got_from_named(ctx, tok, etype) and \
            not _proceeds_fund(tok):
        return None
    if trig.requires_date and not dates and lemma(tok) in RECEIVING_VERBS and any(
            lemma(o) in FUNDING_WORDS for o in direct_objects(tok)):
        return None  # "such groups received funding from Iran": undated, the writer's record
        # ("received funding from X in 2022" is one)
    if trig.requires_intent:  # "planned to kidnap X"; one told as done has its own reading
        plot = _plot_subtype(ctx, tok)
        if plot is not None:
            return "plot", plot
        done = _plain_reading(ctx, trig)
        return None if done is None else _type_hit(ctx, replace(hit, trigger=done), sent,
                                                   weapons, dates)
    if etype == "statement" and trig.phrase in PULLED_IN and not any(
            lemma(p) in WAR_NOUNS for _x, p in prep_objects(tok, INTO)):
        return None  # "was drawn into the probe": no war refused
    if etype == "statement" and trig.phrase in NEGATED_POSITIONS and _refused(ctx, tok):
        return etype, subtype  # "the Houthis refused to negotiate with Washington"
    if etype == "statement" and subtype in REFUSABLE_COURSES and _course_declined(ctx, tok):
        return "statement", "rejection"  # "said it would not accept any truce"
    if etype == "statement" and _refused(ctx, tok):
        # "refused to halt its attacks", "declined to accept the truce": the course is
        # rejected, not taken; a refused denial or claim states nothing
        return ("statement", "rejection") if subtype in REFUSABLE_COURSES else None
    if etype == "statement" and trig.phrase in NEGATED_POSITIONS | DISOWNED_COURSES:
        disowned = _declared_denial(tok) if trig.phrase in NEGATED_POSITIONS else bool(
            _declarer(ctx, tok))
        return (etype, subtype) if disowned and _own_side(ctx, tok) else None
    if trig.requires_declaration and not _declared(ctx, _verb_of_noun(tok, trig)) and not (
            trig.objects and _declared_in_progress(tok)):
        if _campaign_stopped(tok):
            return "statement", "suspension"  # "stopped its attacks", as "halted" is
        done = _reading_told_done(ctx, tok, trig)
        if done is not None:  # "deployed fighters to Aleppo": the transfer told as done
            return _type_hit(ctx, replace(hit, trigger=done), sent, weapons, dates)
        blow = _blow_told(ctx, hit, tok)
        return None if blow is None else _type_hit(ctx, replace(hit, trigger=blow), sent,
                                                   weapons, dates)
    if lemma(tok) in ERROR_WORDS and not _admitted_error(ctx, tok):
        return None  # "a technical error", "he accidentally fell": no blow owned as an error
    if lemma(tok) in PHASE_NOUNS and tok.pos_ == "NOUN" and not _new_phase_declared(ctx, tok):
        return None  # "the first phase of the project was completed": no course declared
    if trig.requires_speaker and not _declarer(ctx, tok):
        return None  # "the blast had nothing to do with the war": the narrator's finding
    if trig.requires_verb and tok.dep_ not in ("dobj", "pobj") and not (
            tok.dep_ == "nsubj" and lemma(tok.head) in ERUPTING) and \
            not _talks_run(ctx, tok, dates):
        return None  # "gunfire erupted near the parliament" is told as an event
    if trig.state_only:
        # "wages", "pay" as nouns; "paid tribute" is no cue
        words = {lemma(t) for t in sent if t.pos_ != "VERB"}
        if words & ctx.ontology.labor_cues and not _strikes_of_a_state(ctx, tok):
            return "protest", "labor_strike"
    if trig.requires_person_target:
        # "the December 27 killing of ...": a gerund its own date makes a noun
        has_det = any(c.dep_ == "det" for c in tok.children) or (
            tok.tag_ == "VBG" and any(tok.left_edge.idx <= d.start and d.end <= tok.idx
                                      for d in dates))
        if tok.pos_ == "VERB" and tok.tag_ == "VBG" and tok.dep_ in ("advcl", "xcomp", "conj") \
                and not has_det and not (tok.dep_ == "advcl" and _person_target(
                    ctx, tok, nouns=False, named=True)):
            return None  # "..., killing four": the toll of another event, not "killing X"
        if tok.pos_ == "VERB" and trig.subtype != "execution" and any(
                lemma(o) in PROTESTERS for o in _victims(tok)):
            # (a protester executed was put to death by a court, not shot in a crowd)
            return "protest", "demonstration"  # "security forces killed 25 protesters"
        plot = _plot_subtype(ctx, tok)  # "tried to kill officials": a plot on whomever
        if plot is not None and (direct_objects(tok) or _person_target(ctx, tok, nouns=True)):
            return "plot", plot
        if _person_target(ctx, tok, nouns=subtype == "execution"):
            if _toll_of_barrage(tok, weapons):
                return None  # "X was killed when shells struck the hill": the blow's toll
            if _killed_by_area_fire(tok, weapons):
                return "attack", None  # "Israeli shelling killed X": the shelling's toll
            if not _toll_of_assault(ctx, tok, sent):
                return "killing", subtype
            return "attack", "gunfire" if trig.lemmas in SHOT_DEAD else None
        if has_det and dates:
            return "attack", None
        armed = _weapon_indices(weapons)
        if tok.pos_ == "VERB" and _harmed_by_weapon(tok, weapons) and not any(
                t.pos_ == "NOUN" and t.i not in armed and ctx.ontology.triggers_starting(
                    lemma(t)) and not _armed_fire(t, armed)
                for x in subjects(tok) for t in x.subtree):
            # "a car bomb killed four soldiers": the blast's toll ("a drone attack killed
            # six" is the toll of the attack its subject tells); "rocket fire killed two"
            # tells the blow by its arms, with no other trigger drafted for it
            return "attack", None
        if trig.lemmas in SHOT_DEAD:
            return "attack", "gunfire"  # "shot dead three soldiers": a shooting
        if _killed_fighting_band(ctx, tok):
            return "attack", "gunfire"  # "were killed in clashes with gunmen of X"
        if _band_kills_troops(ctx, tok):
            return "attack", None  # "militants killed four soldiers": an armed group's blow
        return None
    if etype == "plot" and tok.pos_ == "NOUN" and not trig.verbs:
        first = sent.doc[hit.start]  # "a murder-for-hire scheme": the noun it qualifies
        if first.i != tok.i and first.dep_ in ("nmod", "compound", "amod") and \
                first.head.pos_ == "NOUN":
            tok = first.head
        preps = {c.lower_ for c in tok.children if c.dep_ == "prep"}
        acl = [c for c in tok.children if c.dep_ in ("acl", "relcl")]
        told = (tok.dep_ == "dobj" and lemma(tok.head) in PLOT_OBJECT_VERBS) or (
            tok.dep_ == "nsubj" and lemma(tok.head) in PLOT_SUBJECT_VERBS) or (
            tok.dep_ == "pobj" and tok.head.lower_ in BEHIND_PREPS) or any(
            c.dep_ == "amod" and lemma(c) in ctx.ontology.plot_modifiers
            for c in tok.children)  # "was behind a failed plot"
        if not preps & PLOT_PREPS and not acl and not told:
            return None
    if etype == "protest" and tok.pos_ == "NOUN" and tok.dep_ == "pobj" and \
            tok.head.lower_ == "in" and not any(c.dep_ == "det" for c in tok.children):
        return None  # "summoned the envoy in protest"
    if etype == "protest" and _purpose_of_diplomacy(ctx, tok):
        return None  # "summoned the envoy to protest against the strikes"
    if lemma(tok) in TALK_NOUNS and etype in ("meeting", "statement"):
        if _talks_planned(ctx, tok):
            return "statement", "decision"
        if etype == "statement" or _refused(ctx, tok.head):
            return None  # "refused to attend the talks": none held
    if etype == "meeting" and tok.pos_ == "VERB" and _refused(ctx, tok):
        return None  # "refused to attend the talks", "declined to meet the envoy": no one met
    if etype == "meeting" and tok.pos_ == "VERB" and _met_with_reprisal(tok):
        return ("statement", "threat") if _declared(ctx, tok) else None
    if etype == "meeting":
        verb = tok if tok.pos_ == "VERB" else None
        if verb is not None and lemma(verb) == "sit" and not prep_objects(verb, WITH):
            return None  # "the protesters sat down in the road": no one met
        if verb is not None and lemma(verb) in ("meet", "speak", "sit"):
            met = direct_objects(verb) + [p for _x, p in prep_objects(verb, WITH)]
            bg = ctx.ontology
            if met and not any(ctx.can_act(ctx.ents.at(m.i)) or lemma(m) in bg.official_nouns or
                               lemma(m) in bg.target_nouns or _named_body(ctx, m) for m in met):
                return None  # "met people he thought were hitmen": no official's meeting
            if lemma(verb) in ("speak", "sit") and met and not any(
                    ctx.etype_of_token(m) == "person" or lemma(m) in bg.official_nouns
                    for m in met):
                return None  # "spoke with reporters", "spoke with Reuters": no one met
        if verb is not None and any(c.dep_ == "auxpass" for c in verb.children) and \
                not _received_by(ctx, verb):
            return None
        if verb is not None and any(lemma(o) in ctx.ontology.premises and ctx.ents.at(o.i) is None
                                    for o in direct_objects(verb)):
            return None  # "visited the scene", "visited the trader's house": no one met
        if verb is not None:  # "the base, which hosts US troops": a place hosts no meeting
            hosts = [c for c in verb.children if c.dep_ == "nsubj"]
            if verb.dep_ == "relcl":
                hosts.append(verb.head)
            if any(ctx.etype_of_token(h) in PLACE_TYPES or lemma(h) in ctx.ontology.site_nouns
                   for h in hosts) and not _hosts_officials(ctx, verb):
                return None
            if lemma(verb) == "host" and not _hosts_officials(ctx, verb) and any(
                    lemma(o) in HOSTED_FORCES for o in direct_objects(verb)):
                return None  # "..., which hosts US forces": a post that houses troops
    if etype in ("attack", "strike", "killing") and _threatened_act(tok):
        return None  # "renewed their threat on Monday to target US warships"
    if etype in ("attack", "killing"):  # "plotted to assassinate X" was not done
        plot = _plot_subtype(ctx, tok)
        if plot is not None and (_foiled_by_blow(ctx, tok) or _feared_by_striker(tok)):
            return None  # "thwarted a larger attack with pre-emptive strikes"
        if plot is not None:
            return "plot", plot
    if etype in ("attack", "killing", "strike"):
        plot = _done_by_plot(ctx, tok)
        if plot is not None:
            return "plot", plot
    return etype, subtype


# Verbs of arson that need a word of fire or a doer other than a fire.
FIRE_VERBS = frozenset({("set",), ("burn",), ("burn", "down")})
# Words that make "set" an arson: "set X on fire", "set X ablaze", "set alight X".
AFLAME = frozenset({"fire", "ablaze", "alight", "afire", "aflame", "alit"})
# Fires that burn things by no one's hand: "a blaze burned the warehouse".
BLAZES = frozenset({"fire", "blaze", "flame", "wildfire", "inferno", "spark", "lightning"})


def _set_aflame(tok: Token) -> bool:
    """"Gunmen set the school on fire", "set the offices ablaze", "the consulate was set
    alight", "burned down the headquarters": a place set burning by someone. "Set up a
    checkpoint" has no word of fire; "a fire burned down the warehouse" names no one."""
    if lemma(tok) == "burn":
        return not any(c.dep_ in ("nsubj", "agent") and (
            lemma(c) in BLAZES or any(lemma(g) in BLAZES for g in c.children if g.dep_ == "pobj"))
            for c in tok.children)
    words = [c for c in tok.children if c.dep_ != "prep"]
    words += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "to")
              for g in c.children if g.dep_ == "pobj"]
    words += [g for c in tok.children if c.dep_ in ("dobj", "nsubjpass") for g in c.children
              if g.dep_ in ("amod", "advmod")]  # "set the consulate alight", parsed on it
    return any(w.lower_ in AFLAME for w in words)


def _blow_told(ctx: DocContext, hit: TriggerHit, tok: Token) -> Trigger | None:
    """"The army struck back at Hezbollah targets": a reply in kind that no one declares
    but the narrator tells as done is the blow of its verb alone ("strike"), read as that
    verb's own trigger."""
    if len(hit.trigger.lemmas) < 2 or tok.pos_ != "VERB" or tok.tag_ not in ("VBD", "VBN"):
        return None
    verb = (hit.trigger.lemmas[0],)
    return next((t for t in ctx.ontology.triggers_starting(verb[0])
                 if t.lemmas == verb and t.event_type in ARMED and t.pos == "VERB"), None)


def _done_by_plot(ctx: DocContext, tok: Token) -> str | None:
    """"A separate plot targeted an activist", "the camp was targeted by an IRGC plot":
    a blow whose doer is a plot is that plot (its subtype from the plot's own words,
    "a foiled plot")."""
    if tok.pos_ != "VERB":
        return None
    doers = [c for c in tok.children if c.dep_ == "nsubj"] + passive_agents(tok)
    for doer in doers:
        # ("a plot run by the IRGC": the parse may take "plot run" for one noun)
        scheme = doer if lemma(doer) in SCHEME_NOUNS else next(
            (c for c in doer.children if c.dep_ == "compound" and lemma(c) in SCHEME_NOUNS and
             doer.pos_ == "NOUN" and any(a.dep_ == "agent" for a in doer.children)), None)
        if scheme is not None:
            mods = ctx.ontology.plot_modifiers
            return next((mods[lemma(c)] for c in scheme.children
                         if c.dep_ == "amod" and lemma(c) in mods), "planned")
    return None


# Nouns of a reprisal or its aim that a declared clause of the future makes a threat
# ("said its response would be decisive", "said US bases would be legitimate targets").
PROMISED_NOUNS = REPRISALS | {"target", "blow"}
# Reprisal nouns that also name a reply in peace ("the response to the outbreak", "the
# government's reply to the proposal"): a threat only as a blow, by what they answer or
# how they are described.
TWO_SIDED = frozenset({"response", "reply", "consequence", "blow"})
# What a blow answers ("a response to any aggression").
HOSTILE_ACTS = frozenset({"aggression", "attack", "strike", "killing", "assassination", "crime",
                          "violation", "escalation", "provocation", "act", "action", "move",
                          "raid", "assault", "bombing", "martyrdom", "murder", "incursion",
                          "adventure", "mistake", "folly", "threat"})
# How a blow is described ("a crushing response", "its response would be decisive").
FORCEFUL = frozenset({"decisive", "crushing", "harsh", "harsher", "firm", "swift", "severe",
                      "strong", "stronger", "painful", "destructive", "devastating",
                      "forceful", "resolute", "heavy", "tough", "fierce", "military",
                      "overwhelming", "stern", "serious", "unprecedented", "proportionate",
                      "proportional", "calculated", "befitting", "appropriate", "resounding",
                      "deterrent", "powerful", "lethal", "deadly", "regrettable"})
# What a blow to come is met with ("any attack would be met with force").
MET_WITH = REPRISALS | {"force", "fire", "firmness"}
# Auxiliaries of a deed declared to come; hedged ones ("could", "might") forecast.
PROMISING_AUXES = frozenset({"will", "would", "'ll", "'d", "shall"})
NOUN_POS = frozenset({"NOUN", "PROPN"})


def _promised_reprisal(tok: Token) -> bool:
    """"Iran said its response would be decisive", "said they would deliver a crushing
    reply", "said the bases would be legitimate targets", "said the group's response
    was coming": a reprisal noun (or the aim of one) in a clause of the future that a
    speaker declares. "In response to the attacks", "would likely be limited" and a
    reprisal told as done ("the strikes were a response") promise none."""
    if tok.pos_ not in NOUN_POS or lemma(tok) not in PROMISED_NOUNS:
        return False
    if _declared_target(tok):
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ == "with":
        verb = tok.head.head  # "would be met with a firm response"
    elif tok.dep_ in ("nsubj", "nsubjpass", "dobj", "attr"):
        verb = tok.head
    else:
        return False
    if verb.pos_ not in ("VERB", "AUX") or any(lemma(c) in HEDGES for c in verb.children
                                               if c.dep_ == "advmod"):
        return False
    if lemma(tok) == "blow" and (lemma(verb) == "be" or tok.dep_ != "dobj"):
        return False  # "the loss would be a heavy blow": a setback, no blow dealt
    coming = _told_as_coming(tok, verb)  # "the response is coming", "was inevitable"
    # "said its response was coming": a reply announced as on its way is a blow, unless it
    # answers something in peace ("the reply to the proposal is coming")
    if lemma(tok) in TWO_SIDED and not (coming and not prep_objects(tok, TO)) and \
            not _told_as_blow(tok, verb):
        return False
    # "said the warships were now legitimate targets"; "said every strike makes ships
    # legitimate targets" tells a rule, no declared aim
    marked = lemma(tok) == "target" and lemma(verb) == "be" and tok.dep_ == "attr"
    if not coming and not marked and not any(a in PROMISING_AUXES for a in verb_auxes(verb)):
        return False
    return _said_after(verb) or any(lemma(a) in DECLARING and a.pos_ == "VERB"
                                    for a in list(verb.ancestors)[:2])


# What a reprisal is said to be when it is bound to come ("retaliation was inevitable").
BOUND_TO_COME = frozenset({"inevitable", "imminent", "unavoidable", "certain", "near"})


def _told_as_coming(noun: Token, verb: Token) -> bool:
    """"The response is coming", "the response will come", "retaliation was inevitable":
    a reprisal told as on its way, which a speaker's words make a threat."""
    if lemma(verb) == "come":
        return verb.tag_ == "VBG" or any(a in PROMISING_AUXES for a in verb_auxes(verb))
    return lemma(verb) == "be" and noun.dep_ == "nsubj" and any(
        c.dep_ == "acomp" and c.lower_ in BOUND_TO_COME for c in verb.children)


# Verbs that make what they take a target by decree ("declared US bases a legitimate
# target", "deemed the ships legitimate targets").
TARGET_DECREEING = frozenset({"declare", "deem"})
# Verbs that do so only as a position someone declares ("said it considered the bases
# legitimate targets"); the narrator's "considers" tells a standing view.
TARGET_REGARDING = frozenset({"consider", "regard"})


def _declared_target(tok: Token) -> bool:
    """"The group declared US bases a legitimate target": a party that names its foe's
    sites legitimate targets by decree threatens them."""
    if lemma(tok) != "target" or not any(lemma(c) == "legitimate" for c in tok.children):
        return False
    for verb in list(tok.ancestors)[:2]:
        if verb.pos_ == "VERB" and lemma(verb) in TARGET_DECREEING:
            return True
        if verb.pos_ == "VERB" and lemma(verb) in TARGET_REGARDING:
            return any(lemma(a) in DECLARING and a.pos_ == "VERB"
                       for a in list(verb.ancestors)[:2])
    return False


def _told_as_blow(noun: Token, verb: Token) -> bool:
    """"a crushing response", "its response would be decisive", "a response to any
    aggression", "would be met with a firm response": a reply that is a blow."""
    answered = [p for _x, p in prep_objects(noun, TO)]
    if answered:  # "its response to the outbreak would be swift" answers no blow
        return any(lemma(p) in HOSTILE_ACTS for p in answered)
    words = [c for c in noun.children if c.dep_ in ("amod", "compound")]
    words += [c for c in verb.children if c.dep_ in ("acomp", "attr") and c.i != noun.i]
    words += [c for w in list(words) for c in w.children if c.dep_ == "conj"]
    if verb.tag_ == "VBG" and noun.dep_ == "nsubj":
        words.append(verb)  # "our response will be crushing", parsed as a progressive
    if any(lemma(w) in FORCEFUL or w.lower_ in FORCEFUL for w in words):
        return True
    if lemma(verb) == "meet" or (noun.dep_ == "pobj" and noun.head.lower_ == "with"):
        return True  # met with a reply: the blow is what it meets
    return any(lemma(p) in HOSTILE_ACTS for _x, p in prep_objects(noun, FOR))


def _met_with_reprisal(verb: Token) -> bool:
    """"Any attack would be met with force", "would meet a harsh response": meeting a
    blow with a reprisal, not meeting a person."""
    return lemma(verb) == "meet" and any(
        lemma(o) in MET_WITH for o in direct_objects(verb) + [p for _x, p in
                                                               prep_objects(verb, WITH)])


# Nouns of a declared intent whose "to" clause is only threatened, not done.
THREAT_NOUNS = frozenset({"threat", "warning", "ultimatum", "vow", "pledge"})


def _threatened_act(tok: Token) -> bool:
    """"issued a warning to attack X", "repeated its threat on Monday to strike X": the
    act a threat names, which the parse hangs on the noun or on the verb that utters
    it, was not done."""
    if tok.pos_ != "VERB" or tok.dep_ not in ("advcl", "acl") or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False
    if tok.dep_ == "acl":
        return lemma(tok.head) in THREAT_NOUNS
    return any(lemma(o) in THREAT_NOUNS for o in direct_objects(tok.head))


def _authored_threat(ctx: DocContext, tok: Token) -> bool:
    """"X's threat to strike Y", "a threat by X to close the strait", "X's warning that
    any ship would be targeted": a threat noun with its author and what it threatens is
    a declaration told as a noun, where "the threat posed by drones" or "the threat of
    war" is a danger that no one declared."""
    if tok.pos_ != "NOUN":
        return False
    authors = [c for c in tok.children if c.dep_ == "poss"]
    authors += [p for _x, p in prep_objects(tok, BY)]
    if not any(ctx.can_act(ctx.ents.at(a.i)) or any(
            c.dep_ in ("poss", "compound") and ctx.can_act(ctx.ents.at(c.i))
            for c in a.children) for a in authors):
        return False
    return any(c.dep_ in ("acl", "relcl", "ccomp") and c.pos_ in ("VERB", "AUX") and any(
        m.dep_ in ("aux", "mark") and m.lower_ in ("to", "that") for m in c.children)
        for c in tok.children)


def _participle_of(tok: Token, verbs: frozenset[str] | Sequence[str]) -> bool:
    """"The death sentence passed on X", "the prison term handed to Y": a noun that one of
    ``verbs``, as a participle after it, acts on."""
    return tok.pos_ == "NOUN" and any(c.dep_ == "acl" and c.tag_ == "VBN" and
                                      lemma(c) in verbs for c in tok.children)


# Whom people are handed over to when they are held: "handed over to the police".
CUSTODIANS = frozenset({"police", "authority", "prosecutor", "judiciary", "court",
                        "investigator"})


def _handed_to_authorities(verb: Token) -> bool:
    """"Were detained in X before being handed over to the Emirati authorities": people
    handed over to the police or the authorities of a state are held, whoever they are
    ("handed over the city to the army" hands over no one)."""
    return lemma(verb) == "hand" and any(c.dep_ == "auxpass" for c in verb.children) and \
        any(lemma(p) in CUSTODIANS for _x, p in prep_objects(verb, TO))


def _object_of(tok: Token, verbs: frozenset[str] | Sequence[str]) -> bool:
    """Whether a noun is what one of ``verbs`` acts on ("imposed sanctions", "placed on
    the sanctions list")."""
    verb = governing_verb(tok) or tok
    if tok.dep_ == "oprd" and _what_named(verb):
        verb = verb.head  # "announced what he called a blockade": the blockade announced
    return tok.dep_ in ("dobj", "pobj", "nsubjpass", "oprd", "ccomp", "acomp") and \
        lemma(verb) in verbs


def _verb_of_noun(tok: Token, trig: Trigger) -> Token:
    """"said it would abide by the agreement": a noun read only under one of its verbs is
    declared as that verb is, or as the verb whose manner that verb's gerund tells ("would
    cooperate with the army in applying the deal"); any other trigger as itself."""
    if not trig.verbs or tok.pos_ != "NOUN":
        return tok
    verb = governing_verb(tok) or tok
    if verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.head.pos_ == "VERB":
        return verb.head.head
    return verb


def _what_named(verb: Token) -> bool:
    """"(announced) what he called a blockade": a verb of naming whose object is "what",
    the clause standing as the object of the verb above it."""
    return lemma(verb) in NAMING_VERBS and verb.dep_ in ("ccomp", "dobj") and \
        verb.head.pos_ == "VERB" and any(c.dep_ == "dobj" and c.lower_ == "what"
                                         for c in verb.children)


def _measure_dated_by_sequel(tok: Token) -> bool:
    """"New sanctions came two days after the attack", "the sanctions came in response
    to the seizure": a measure told by what it came after is one taken ("the sanctions
    have come under criticism" is none)."""
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.pos_ != "VERB" or lemma(verb) != "come":
        return False
    return any(t.lower_ in SEQUENCE_PREPS | {"response"} and t.head.i in (verb.i, *(
        c.i for c in verb.children if c.dep_ in ("npadvmod", "prep", "advmod", "advcl")))
        for t in verb.subtree)


# Prepositions of where dropped munitions fell ("dropped bombs on a depot").
DROPPED_ON = frozenset({"on", "onto", "over", "near"})


def _dropped_on_place(tok: Token) -> bool:
    """"Jets dropped bombs on a militia depot": munitions dropped on or over a place, the
    preposition hung on the verb or on what was dropped; "the jets dropped seven bombs"
    with no place tells how a blow already told was done."""
    return any(t.dep_ == "prep" and t.lower_ in DROPPED_ON and
               any(c.dep_ == "pobj" for c in t.children) and
               (t.head.i == tok.i or t.head.head.i == tok.i) for t in tok.subtree)


# Words of money received that tell a transfer only with its day ("received funding
# from X in 2022").
FUNDING_WORDS = frozenset({"funding", "financing", "salary", "wage", "stipend"})
# Verbs that place a party under a measure ("were placed under sanctions").
PLACING = frozenset({"place", "put"})


def _placed_under(tok: Token) -> bool:
    """"Were placed under sanctions", "put two firms under sanctions": the measure a party
    is placed under ("put the sanctions on hold" places none)."""
    first = first_conjunct(tok)
    return first.dep_ == "pobj" and first.head.lower_ == "under"


# Those a measure is taken against when no name tells them ("dozens of officials").
MEASURED_PARTIES = frozenset({"official", "individual", "entity", "person", "company",
                              "firm", "commander", "leader", "member", "network"})


def _measure_on_party(ctx: DocContext, tok: Token) -> bool:
    """"Adopted similar measures against dozens of Iranian officials": measures taken
    against a party named, told by its people's name, or by a word for officials."""
    reached = [p for _x, p in prep_objects(tok, frozenset({"against", "on"}))]
    return any(ctx.ents.at(t.i) is not None or lemma(t) in MEASURED_PARTIES
               for p in reached for t in p.subtree)


# Rolls a party is put on under a scheme of listing: "placed X on the enhanced tier of
# the scheme", "added X to the register of foreign agents".
LISTING_ROLLS = frozenset({"register", "registry", "tier"})
# What a tier is a tier of, when it lists: "the enhanced tier of the registration scheme".
LISTING_SCHEMES = frozenset({"scheme", "list", "register", "registry", "regime"})


def _party_put_on_roll(ctx: DocContext, tok: Token) -> bool:
    """"The government placed Iran on the enhanced tier of the scheme": a roll (a tier of
    a scheme of listing) a named party is placed on or added to; "put her name on the
    register", "placed the player on the top tier of its wage scale" list none."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("on", "to") or tok.head.head.pos_ != "VERB":
        return False
    if lemma(tok) == "tier" and not any(lemma(p) in LISTING_SCHEMES
                                        for _x, p in prep_objects(tok, OF)):
        return False
    verb = tok.head.head
    placed = [*direct_objects(verb), *(c for c in verb.children if c.dep_ == "nsubjpass")]
    return any((m := ctx.ents.at(t.i)) is not None and ctx.can_act(m)
               for o in placed for t in o.subtree)


# Nouns of a listing that names its party by "of" ("the designation of X").
LISTING_NOUNS = frozenset({"designation", "listing", "blacklisting", "proscription"})


def _listing_of_party_dated(ctx: DocContext, tok: Token, dates: list[DateMatch]) -> bool:
    """"Today's action follows the designation on January 8 of X", "the January 8
    designation of X": a listing of a party given its day in its own phrase is one made
    ("a designation of X would hurt talks" has no day)."""
    if tok.pos_ != "NOUN" or lemma(tok) not in LISTING_NOUNS:
        return False
    listed = [p for _x, p in prep_objects(tok, OF)]
    # "the designation on January 8 of X": the parse may hang the day on the verb and the
    # "of" on the day
    nxt = tok.right_edge.i + 1
    day = [tok.doc[nxt]] if nxt < len(tok.doc) and tok.doc[nxt].lower_ == "on" and \
        tok.doc[nxt].head.i == tok.head.i else []
    listed += [q for d in day for p in d.children if p.dep_ == "pobj"
               for _x, q in prep_objects(p, OF)]
    if not any((m := ctx.ents.at(t.i)) is not None and ctx.can_act(m)
               for p in listed for t in p.subtree):
        return False
    own = [t for t in (*tok.subtree, *(t for d in day for t in d.subtree))
           if t.dep_ != "relcl" and not any(a.dep_ == "relcl" for a in t.ancestors)]
    lo, hi = min(t.idx for t in own), max(t.idx + len(t) for t in own)
    return any(d.precision == "day" and lo <= d.start < hi for d in dates)


def _measure_in_force(ctx: DocContext, tok: Token) -> bool:
    """"The designation of X took effect on Tuesday", "new sanctions on X came into
    force": a measure on a party that comes into force is one taken ("the new speed
    limits took effect" reaches no party)."""
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.pos_ not in ("VERB", "AUX") or \
            lemma(verb) not in FORCE_TAKING:
        return False
    force = direct_objects(verb) + [p for _x, p in prep_objects(verb, IN_OR_INTO)]
    return any(lemma(f) in FORCE_WORDS for f in force) and any(
        (m := ctx.ents.at(t.i)) is not None and ctx.can_act(m) for t in tok.subtree)


# "took effect", "came into force", "went into effect", "entered into force"
FORCE_TAKING = frozenset({"take", "come", "go", "enter"})
FORCE_WORDS = frozenset({"effect", "force"})
IN_OR_INTO = frozenset({"in", "into"})


def _dated_participle(tok: Token, verbs: frozenset[str], dates: list[DateMatch]) -> bool:
    """"sanctions imposed on the airline in May", "the designation imposed in 2019 and
    revoked in 2021": a measure told by a dated participle of its verb is one taken
    ("the sanctions imposed on Iran have hurt its economy" dates none and is none)."""
    acts = [c for c in tok.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD")]
    acts += [c for a in acts for c in a.conjuncts]
    if measure_participle_misread(tok.head) and tok.dep_ == "nsubj":
        acts.append(tok.head)  # "new sanctions announced Tuesday target X"
    return any(lemma(a) in verbs and any(
        a.left_edge.idx <= d.start < a.right_edge.idx + len(a.right_edge) for d in dates)
        for a in acts)


def measure_participle_misread(verb: Token) -> bool:
    """"New US sanctions announced Tuesday target the finance chief": the parse may read
    the participle of a measure as the verb its noun does, with no object of its own; a
    measure announces nothing."""
    # (the true verb may be read as the object: "designations announced Friday cover X")
    return verb.pos_ == "VERB" and verb.tag_ in ("VBD", "VBN") and not any(
        c.dep_ == "ccomp" or (c.dep_ == "dobj" and c.pos_ != "VERB") for c in verb.children) \
        and any(c.dep_ == "nsubj" and lemma(c) in MEASURE_NOUNS for c in verb.children)


# Spans of time given as a limit ("gave the crew 24 hours to leave").
TIME_SPANS = frozenset({"minute", "hour", "day", "week", "month"})


# Acts a deadline may demand by their noun ("a deadline for the withdrawal of US forces",
# "48 hours for the ship's release").
DEMANDED_NOUNS = frozenset({"withdrawal", "expulsion", "departure", "exit", "release",
                            "evacuation", "handover", "surrender", "closure", "end", "halt"})


def _deadline_demands(noun: Token) -> bool:
    """"a deadline for US forces to leave", "a deadline to withdraw its troops", "a
    deadline of 48 hours for the ship's release": a deadline with the act it demands;
    "a deadline for voter registration" demands none."""
    return any((t.pos_ in ("VERB", "AUX") and any(a.dep_ == "aux" and a.lower_ == "to"
                                                 for a in t.children)) or
               (t.pos_ == "NOUN" and lemma(t) in DEMANDED_NOUNS)
               for t in noun.subtree if t.i != noun.i)


def _given_until(verb: Token) -> bool:
    """"gave the ships until midnight to leave", "gave the crew 24 hours to abandon the
    vessel": a time limit with the act demanded by it."""
    limits = [c for c in verb.children if (c.dep_ == "prep" and c.lower_ in ("until", "till"))
              or (c.dep_ in ("npadvmod", "dobj") and lemma(c) in TIME_SPANS)]
    # the parse may hang the demanded act on the limit ("until the end of the month to leave")
    acts = [c for h in (verb, *(t for p in limits for t in p.subtree)) for c in h.children
            if c.dep_ in ("xcomp", "advcl", "acl", "relcl")]
    return bool(limits) and any(a.dep_ == "aux" and a.lower_ == "to"
                                for c in acts for a in c.children)


def _reading_by_subject(ctx: DocContext, tok: Token, trig: Trigger) -> Trigger | None:
    """"said its attacks would resume", "said the operations would expand": a declared
    verb with no object may tell what it acts on as its subject (only for triggers that
    need a declaration, so that "the truce ended" stays the narrator's)."""
    if tok.pos_ != "VERB" or direct_objects(tok) or any(c.dep_ == "auxpass"
                                                         for c in tok.children):
        return None
    subj = [c for c in tok.children if c.dep_ == "nsubj"]
    for alt in ctx.ontology.triggers_starting(trig.lemmas[0]):
        if alt.lemmas == trig.lemmas and alt.objects and alt.requires_declaration and any(
                lemma(s) in alt.objects for s in subj):
            return alt
    return None


def _reading_told_done(ctx: DocContext, tok: Token, trig: Trigger) -> Trigger | None:
    """A transfer reading of the same words, needing no declaration, whose objects this
    verb has: "said it would deploy more fighters" is declared, "deployed fighters to
    Aleppo" told as done moves them."""
    for alt in ctx.ontology.triggers_starting(trig.lemmas[0]):
        if alt.lemmas == trig.lemmas and alt.event_type == "transfer" and alt.objects and \
                not alt.requires_declaration and any(
                    _object_fits(ctx, alt, o) for o in _objects(tok, loads=True)):
            return alt  # ("deployed hundreds of fighters": those counted)
    return None


def _reading_by_object(ctx: DocContext, tok: Token, trig: Trigger) -> Trigger | None:
    """Another trigger of the same words whose objects this verb has, one of the same
    part of speech first ("declared the end of the mission": the noun's reading)."""
    alts = sorted(ctx.ontology.triggers_starting(trig.lemmas[0]),
                  key=lambda alt: alt.pos != trig.pos)
    for alt in alts:
        if alt is not trig and alt.lemmas == trig.lemmas and alt.objects and any(
                _object_fits(ctx, alt, o)
                for o in _objects(tok, loads=alt.event_type == "transfer")) and not (
                alt.subtype == "reward" and lemma(tok) == "pay" and not _pay_offered(tok)):
            return alt  # ("paid the cell $5,000 for information": paid, no reward offered)
    return None


# Verbs that hold people where they were caught, or keep them from doing something.
KEEPING_FROM = frozenset({"stop", "intercept"})
# Phrases of custody that are everyday errands when a private person does them: "picked
# him up", "took her away", "led them away" (not "took them hostage").
ESCORTING = frozenset({("pick", "up"), ("take", "away"), ("lead", "away")})
# Who does a private person's errand: pronouns of single people, kin and companions ("we"
# and "I" are as often a force's spokesman: "'we picked him up,' an army spokesman said").
PRIVATE_PRONOUNS = frozenset({"he", "she"})
KIN_NOUNS = frozenset({"brother", "sister", "wife", "husband", "mother", "father", "son",
                       "daughter", "friend", "relative", "cousin", "uncle", "aunt", "family",
                       "neighbour", "neighbor", "colleague", "driver", "parent"})


def _private_doer(ctx: DocContext, verb: Token) -> bool:
    """Whether who does a verb of custody is a private person, not the police or an armed
    force: "she", "his brother", a person named ("Sara picked him up")."""
    doers = [s for s in subjects(verb) if s.dep_ != "nsubjpass"] + passive_agents(verb)
    return bool(doers) and all(
        d.lower_ in PRIVATE_PRONOUNS or lemma(d) in KIN_NOUNS or
        ctx.etype_of_token(d) == "person" or (d.ent_type_ == "PERSON" and
                                              ctx.etype_of_token(d) is None)
        for d in doers)


def _kept_from_act(verb: Token) -> bool:
    """Whether a verb keeps its object from an act ("stopped women from travelling",
    "stopped the men from boarding"), the parse hanging "from" on the verb or the object."""
    return any(p.tag_ == "VBG" for h in (verb, *direct_objects(verb))
               for _x, p in prep_objects(h, FROM))


# What a base or a country hosts that is no guest: troops, their gear and their posts.
HOSTED_FORCES = frozenset({"troop", "force", "soldier", "personnel", "servicemember",
                           "serviceman", "marine", "contractor", "garrison", "base", "airbase",
                           "aircraft", "jet", "warplane", "drone", "missile", "battery",
                           "headquarters", "fleet", "facility", "presence"})


def _hosts_officials(ctx: DocContext, verb: Token) -> bool:
    """"Iran hosted a delegation", "Doha hosted X", "Cairo hosted talks between X and Y":
    a state or capital that hosts officials, a named person or a meeting holds one,
    where a base that hosts troops does not."""
    return any(lemma(o) in ctx.ontology.official_nouns or ctx.etype_of_token(o) == "person" or
               _names_meeting(ctx, o) for o in _hosted_objects(verb))


def _hosted_objects(verb: Token) -> list[Token]:
    """What a verb of receiving hosts, a portion's whole included ("hosted a round of
    talks": the round and the talks)."""
    objs = direct_objects(verb)
    return objs + [p for o in objs if lemma(o) in PORTION_NOUNS
                   for _x, p in prep_objects(o, OF)]


# Nouns that take a meeting as their part: "a round of talks", "a session of talks".
PORTION_NOUNS = frozenset({"round", "session", "series"})


def _names_meeting(ctx: DocContext, tok: Token) -> bool:
    """Whether a noun is itself a word for a meeting ("a meeting", "talks", "a summit")."""
    return tok.pos_ == "NOUN" and any(
        t.event_type == "meeting" and t.lemmas == (lemma(tok),) and t.pos != "VERB"
        for t in ctx.ontology.triggers_starting(lemma(tok)))


# Verbs of receiving a guest, which the guest's side may tell in the passive: "the
# delegation was received by X", "Hamas officials were hosted in Tehran by Y".
GUEST_VERBS = frozenset({"receive", "host", "welcome"})


def _received_by(ctx: DocContext, verb: Token) -> bool:
    """A guest received in the passive by a named host is a meeting: the host is the
    agent ("were received by the president"); without one ("was received warmly") the
    clause tells no one met."""
    return lemma(verb) in GUEST_VERBS and any(
        ctx.can_act(ctx.ents.at(a.i)) or lemma(a) in ctx.ontology.official_nouns
        for a in passive_agents(verb))


def _named_body(ctx: DocContext, tok: Token) -> bool:
    """"met Hezbollah's leadership", "met the group's negotiators": a noun owned by a
    named party stands for that party's people."""
    return any(c.dep_ in OWNER_DEPS and ctx.can_act(ctx.ents.at(c.i)) for c in tok.children)


# How a noun's owner hangs on it: "Hezbollah's leadership", "the Houthis' envoys" (which
# the parse may take for a modifier).
OWNER_DEPS = frozenset({"poss", "nmod"})


def _owners_met(ctx: DocContext, verb: Token) -> list[str]:
    """The party whose people were met ("met Hezbollah's leadership", "received a Houthi
    delegation"): the owner of a met noun that names no party itself, and the leader a
    participle names ("a delegation led by X")."""
    if lemma(verb) not in ("meet", *GUEST_VERBS):
        return []
    met = [o for o in direct_objects(verb) if named_party(ctx, o) is None]
    owners = [c for o in met for c in o.children if c.dep_ in OWNER_DEPS or (
        c.dep_ == "compound" and lemma(o) in ctx.ontology.official_nouns)]
    leaders = [a for o in met for c in o.children if c.dep_ == "acl" and c.tag_ == "VBN"
               for a in passive_agents(c)]
    return [a for c in owners for a in token_actors(ctx, c)] + [
        p for a in leaders if (p := named_party(ctx, a))]


def _hosted_meetings(ctx: DocContext, verb: Token) -> list[Token]:
    """The meetings a verb of receiving hosts: "hosted talks", "hosted a round of talks"."""
    return [o for o in _hosted_objects(verb) if _names_meeting(ctx, o)]


def _hosted_sides(ctx: DocContext, verb: Token) -> list[Token]:
    """The sides of the meetings a verb of receiving hosts: "hosted talks between X and
    Y", "a meeting of X and Y officials"."""
    return [p for m in _hosted_meetings(ctx, verb)
            for _x, p in prep_objects(m, PARTNER_PREPS | OF)]


# Prepositions by which talks name sides other than their host: "talks between X and Y".
BETWEEN = frozenset({"between", "among"})


def _staged_between(ctx: DocContext, verb: Token) -> bool:
    """Whether a verb of receiving hosts talks between named sides ("Oman hosted indirect
    talks between X and Y", "Cairo hosted a meeting between X and Y"): the host stages
    the others' talks, where "hosted talks with X" are the host's own."""
    return lemma(verb) in GUEST_VERBS and any(
        named_party(ctx, p) or token_actors(ctx, p)
        for m in _hosted_meetings(ctx, verb) for _x, p in prep_objects(m, BETWEEN))


def _hosted_parties(ctx: DocContext, verb: Token) -> list[str]:
    """The guests of a host: the parties of the meeting hosted ("hosted talks between X
    and Y", "a meeting of X and Y officials") and the guest told in the passive ("X
    leaders were received by Y")."""
    if lemma(verb) not in GUEST_VERBS:
        return []
    guests = _hosted_sides(ctx, verb)
    if _received_by(ctx, verb):
        guests += [c for c in verb.children if c.dep_ == "nsubjpass"]
    return party_ids(ctx, guests + [c for g in guests for c in g.conjuncts])


def _hosting_states(ctx: DocContext, verb: Token) -> list[str]:
    """"Tehran hosted X", "Damascus received a delegation": a capital that receives a
    guest stands for its state, which is a party of the meeting (the city stays where
    it was held)."""
    if lemma(verb) not in GUEST_VERBS:
        return []
    return capital_states(ctx, [s for s in subjects(verb) if s.dep_ == "nsubj"] or [
        c for c in verb.children if c.dep_ == "npadvmod" and c.i < verb.i])


def _hosting_places(ctx: DocContext, verb: Token) -> list[LinkedMention]:
    """Where a guest was received when no "in X" says so: the city or state that hosts
    ("Tehran hosted X", "Cairo hosted talks") and where a guest is welcomed to
    ("welcomed X to Baghdad")."""
    if lemma(verb) not in GUEST_VERBS:
        return []
    sites = [s for s in subjects(verb) if s.dep_ == "nsubj"] or [
        # "Damascus on Sunday hosted X": the parse may take the fronted host for a modifier
        c for c in verb.children if c.dep_ == "npadvmod" and c.i < verb.i]
    if lemma(verb) == "welcome":
        sites += [p for _x, p in prep_objects(verb, TO)]
        sites += [p for o in direct_objects(verb) for _x, p in prep_objects(o, TO)]
    return [m for s in sites for m in ctx.mentions_of([s])
            if m.etype in PLACE_TYPES and m.label != "NORP"]


# Words that make any noun of a body one a listing names: "a terrorist group".
TERROR_WORDS = frozenset({"terrorist", "terror"})


def _object_fits(ctx: DocContext, trig: Trigger, obj: Token) -> bool:
    """Whether an object is one a trigger needs: one of its listed words, or for a
    meeting verb of receiving a named person ("received Foreign Minister X in Baghdad"),
    since a guest named rather than described by office is no less an official; so is
    the holder a decision on an office names ("dismissed X from his post")."""
    if trig.event_type == "arrest" and obj.dep_ == "pobj" and obj.head.lower_ == "for":
        return False  # "held a vigil for the protesters": those it is for are not held
    if lemma(obj) in trig.objects or ("attack" in trig.objects and _armed_act_noun(ctx, obj)):
        return True
    if "strait" in trig.objects and _named_waterway(ctx, obj, trig.objects):
        return True  # "would block the Bab al-Mandab": a strait told by its name
    if (lemma(obj) in ctx.ontology.quantifiers or obj.tag_ == "CD") and any(
            _object_fits(ctx, trig, p) for _x, p in prep_objects(obj, OF)):
        return True  # "held dozens of protesters", "caught three of them": those counted
    if trig.event_type == "arrest" and trig.objects & ctx.ontology.person_nouns and \
            _person_held(ctx, obj):
        return True  # "picked up X", "took him away", "seized the organisers"
    if trig.subtype == "funding" and _money_aid(obj):
        return True  # "provided financial support to X": the aid is money
    if trig.subtype == "designation" and "terrorist" in trig.objects and any(
            c.dep_ in ("amod", "compound") and lemma(c) in TERROR_WORDS for c in obj.children):
        return True  # "declared X a terrorist group", "named it a terror outfit"
    if trig.subtype == "training" and "fighter" in trig.objects and \
            ctx.etype_of_token(obj) in NON_STATE:
        return True  # "trained Hezbollah", as "trained its fighters"
    return (trig.event_type == "meeting" or (
        trig.subtype == "decision" and bool(trig.objects & ctx.ontology.official_nouns))) \
        and ctx.etype_of_token(obj) == "person"


def _named_waterway(ctx: DocContext, obj: Token, words: frozenset[str]) -> bool:
    """Whether a named place is a waterway of the kind ``words`` lists: one the pack
    knows by a name that says so ("Bab al-Mandab", also "the Bab el-Mandeb Strait")."""
    m = ctx.ents.at(obj.i)
    entry = ctx.linker.pack.entries.get(m.entity_id) if m and m.entity_id else None
    if entry is None or entry.type != "place":
        return False
    return any(w in words for a in entry.all_aliases() for w in a.text.lower().split())


def _person_held(ctx: DocContext, obj: Token) -> bool:
    """Whether a verb that holds people has a person as its object: a person named, a
    pronoun for people, a people told by their origin ("seized hundreds of Kurds"), or a
    noun of someone's role or trade ("the organisers", "truck drivers"); not when a
    complement tells another sense ("held them responsible")."""
    if obj.dep_ == "pobj" and (lemma(obj.head.head) in ctx.ontology.quantifiers or
                               obj.head.head.tag_ == "CD"):
        verb = obj.head.head.head  # "hundreds of Kurds": the count is the object
    elif obj.dep_ in ("dobj", "nsubjpass"):
        verb = obj.head
    else:
        return False  # "held a vigil for the protesters": no one held
    if lemma(verb) in KEEPING_FROM or any(
            c.dep_ in ("oprd", "acomp", "ccomp") for c in verb.children) or any(
            lemma(c) in ANSWERABLE for c in obj.children):
        return False  # "tried to stop him"; "held the minister responsible" as parsed
    if obj.tag_ == "CD" and obj.dep_ == "dobj" and not list(obj.children):
        return True  # "held 40 in Tehran"
    return lemma(obj) in ctx.ontology.person_nouns or lemma(obj) in HELD_ROLES or \
        lemma(obj) in KIN_NOUNS or obj.lower_ in HELD_PRONOUNS or \
        ctx.etype_of_token(obj) == "person" or (
            obj.ent_type_ == "PERSON" and ctx.etype_of_token(obj) is None) or (
            obj.ent_type_ == "NORP" and obj.tag_ in ("NNS", "NNPS"))


# What "holds" someone to account instead of in custody: "held X responsible".
ANSWERABLE = frozenset({"responsible", "accountable", "liable", "guilty"})
# Pronouns for people held ("took him away", "picked her up"; "handed them over" may
# hand over arms).
HELD_PRONOUNS = frozenset({"him", "her"})
# Roles and trades of people a crowd or a strike is made of, held by the police.
HELD_ROLES = frozenset({"organiser", "organizer", "participant", "driver", "teacher", "nurse",
                        "doctor", "student", "worker", "demonstrator", "protestor",
                        "rioter", "trucker", "retiree", "pensioner", "farmer", "teenager",
                        "youth", "athlete", "artist", "singer", "filmmaker", "rapper",
                        "poet", "musician", "actor", "actress", "reporter", "photographer"})


def _money_aid(obj: Token) -> bool:
    """"financial support", "monetary assistance": aid that its modifier makes money."""
    return lemma(obj) in AID_NOUNS and any(
        c.dep_ in ("amod", "compound") and c.lower_ in MONEY_MODIFIERS for c in obj.children)


# Nouns of help that a modifier of money makes a sum handed over: "financial support".
AID_NOUNS = frozenset({"support", "assistance", "aid", "backing", "help", "contribution"})
MONEY_MODIFIERS = frozenset({"financial", "monetary", "cash"})


def _armed_act_noun(ctx: DocContext, obj: Token) -> bool:
    """Whether a noun is one the ontology gives an attack or a strike ("shelling",
    "airstrike"): where a trigger lists "attack" among its objects, any armed act does."""
    return obj.pos_ == "NOUN" and any(
        t.event_type in ARMED and len(t.lemmas) == 1 and t.pos != "VERB"
        for t in ctx.ontology.triggers_starting(lemma(obj)))


def _verb_reading(ctx: DocContext, trig: Trigger) -> Trigger | None:
    """The trigger of a phrasal verb's verb alone, of the same type and needing no given
    object ("blew himself up" is read as "blow" when "blow up" lists no "himself")."""
    if len(trig.lemmas) != 2 or trig.pos != "VERB":
        return None
    return next((t for t in ctx.ontology.triggers_starting(trig.lemmas[0])
                 if t.lemmas == trig.lemmas[:1] and t.event_type == trig.event_type and
                 not t.objects), None)


def _plain_reading(ctx: DocContext, trig: Trigger) -> Trigger | None:
    """The trigger of the same words that needs no given object, if any."""
    for alt in ctx.ontology.triggers_starting(trig.lemmas[0]):
        if alt is not trig and alt.lemmas == trig.lemmas and not alt.objects:
            return alt
    return None


def _targets_finances(ctx: DocContext, tok: Token) -> bool:
    """Whether a state body "targets" companies, financiers or brokers: a sanction,
    since no armed blow is aimed at a firm's ledger."""
    if tok.pos_ != "VERB" or lemma(tok) != "target":
        return False
    doers = subjects(tok)
    if any(lemma(d) in MEASURE_SUBJECTS and _measure_told(d) for d in doers):
        return True  # "Today's action targets six people": the measure is the doer
    if tok.dep_ == "ccomp" and all(s.tag_ == "PRP" for s in doers):
        doers += subjects(tok.head)  # "the Treasury said it had targeted ..."
    actors = tokens_actors(ctx, doers)
    if not any(ctx.etype(a) == "state_body" for a in actors):
        return False
    if any(a in ctx.ontology.measure_bodies for a in actors) or any(
            lemma(p) in MEASURE_NOUNS for _x, p in prep_objects(tok, WITH)):
        return True  # "the Treasury targeted a network", "targeted two officials with sanctions"
    objs = direct_objects(tok)
    objs += [p for o in objs for _x, p in prep_objects(o, OF)]
    return any(lemma(o) in ctx.ontology.finance_nouns for o in objs)


# Nouns of a financial measure: what a body "targets" someone with, or what "targets"
# them as its subject ("Today's action targets six people").
MEASURE_NOUNS = frozenset({"sanction", "sanctions", "measure", "designation", "penalty",
                           "restriction", "freeze"})
MEASURE_SUBJECTS = MEASURE_NOUNS | {"action"}


def _measure_told(noun: Token) -> bool:
    """Whether a measure noun is told bare or by its day ("today's action", "the
    designations"), not as force ("military action", "Israel's action")."""
    return all(c.dep_ in ("det", "punct") or (c.dep_ == "poss" and c.ent_type_ == "DATE")
               for c in noun.children if c.i < noun.i)


# Goods whose shipment is trade or relief, not the arming of a party.
CIVIL_GOODS = frozenset({"oil", "crude", "fuel", "gas", "diesel", "grain", "wheat", "food",
                         "aid", "medicine", "goods", "electricity", "water", "vaccine",
                         "relief", "flour", "rice", "assistance", "car", "cement",
                         "steel", "fruit", "vegetable", "produce", "commodity", "fertilizer",
                         "fertiliser", "textile", "tea", "sugar", "import", "export"})
# Words that make a supply trade or relief: "medical supplies", "humanitarian cargo".
CIVIL_MODIFIERS = frozenset({"medical", "humanitarian", "relief", "food", "agricultural",
                             "consumer", "civilian"})
# What a sum is "in" or "for" when it is relief or trade: "$50 million in humanitarian
# assistance", "$10 million for reconstruction".
SUM_PURPOSE_PREPS = frozenset({"in", "for", "of"})


def _civil_goods(tok: Token) -> bool:
    """Whether what a shipping word moves is trade goods or relief ("shipped crude to
    Syria", "a delivery of humanitarian aid", "$50 million in humanitarian assistance"),
    told by its object or its "of"."""
    loads = direct_objects(tok) if tok.pos_ == "VERB" else [
        p for _x, p in prep_objects(tok, OF)]
    supplied = [p for h in (tok, *loads) for _x, p in prep_objects(h, WITH)]
    loads = supplied or loads  # "supplied the market with tea": the tea is the load
    if tok.pos_ == "VERB" and any(_civil_load(p) for _x, p in prep_objects(tok, FOR)):
        return True  # "paid Iran $2 billion for gas imports": the price of trade
    return bool(loads) and all(_civil_load(o) or any(
        _civil_load(p) for _x, p in prep_objects(o, SUM_PURPOSE_PREPS)) for o in loads)


# What is given as words, not goods: "gave no details", "gave no indication".
WORD_LOADS = frozenset({"detail", "information", "indication", "word", "account", "clue",
                        "explanation", "description", "comment", "confirmation", "hint",
                        "sign", "signal", "answer", "reason", "briefing", "assurance",
                        "guarantee", "warning", "statement", "figure", "estimate",
                        "timeline", "breakdown", "update"})


def _gives_word_only(tok: Token) -> bool:
    """"gave no details of what missile had been fired", "offered no explanation of
    where the drones came from": what a giving verb hands over is words, not arms."""
    if tok.pos_ != "VERB":
        return False
    loads = direct_objects(tok)
    return bool(loads) and all(lemma(o) in WORD_LOADS for o in loads)


# Prepositions by which munitions sent go at a foe, not to a holder: "sent drones against
# the palace", "sent rockets at the base", "sent drones towards the city".
SENT_AT_PREPS = frozenset({"against", "at", "toward", "towards"})
# Munitions that, sent at a place, are launched: a drone, a rocket, a missile.
SENT_MUNITIONS = frozenset({"drone", "uav", "rocket", "missile", "projectile", "shell"})
DEEPER = frozenset({"deep", "deeper", "far", "further", "farther"})


def _sent_against(tok: Token, weapons: Sequence[WeaponHit]) -> bool:
    """"said it had sent drones against the royal palace", "sent waves of drones deeper
    into Israel": munitions sent at a place are launched at it; "sent drones to the
    Houthis", "sent missiles into Yemen" move arms to a holder."""
    if tok.pos_ != "VERB" or lemma(tok) != "send":
        return False
    loads = direct_objects(tok)
    loads = loads + [p for o in loads for _x, p in prep_objects(o, OF)]
    if not any(lemma(o) in SENT_MUNITIONS for o in loads):
        return False
    if prep_objects(tok, SENT_AT_PREPS):
        return True
    return bool(prep_objects(tok, INTO)) and any(
        c.dep_ == "advmod" and c.lower_ in DEEPER for c in tok.children)


def _civil_load(load: Token) -> bool:
    """Whether a load is trade goods or relief by its noun or its modifier."""
    return (lemma(load) in CIVIL_GOODS and not _money_aid(load) and
            not _military_goods(load)) or any(
        c.dep_ in ("amod", "compound") and c.lower_ in CIVIL_MODIFIERS for c in load.children)


# Nouns of supply that are a transfer only with their load and receiver: "Iran's supply of
# drones to Russia", not "weapons supplies" or "the supply routes".
SUPPLY_NOUNS = frozenset({"supply", "sale", "provision"})
# Verbs of getting that are a transfer only with its source: "obtained drones from Iran".
SOURCED_VERBS = frozenset({"obtain", "acquire", "buy", "purchase", "get"})
# Verbs whose subject receives and whose "from" gives: "received rockets from X".
RECEIVING_VERBS = frozenset({"receive"}) | SOURCED_VERBS
# Particles that give a carrying verb another sense: "carried out an attack", "brought
# down a drone".
IDIOM_PARTICLES = frozenset({"out", "down", "off", "up"})
# Where a carried load goes: "flew weapons to Damascus", "brought rockets into Syria",
# "carried rockets for X".
DESTINATION_PREPS_OF_LOAD = frozenset({"to", "into", "for"})


def _transfer_reading_ok(ctx: DocContext, tok: Token, trig: Trigger,
                         weapons: Sequence[WeaponHit]) -> bool:
    """Whether a transfer trigger has what its sense needs: a carrying verb a load of
    arms, a verb of getting its source, and a verb of handing over no person moved
    into care or custody ("was transferred to a hospital")."""
    if tok.pos_ != "VERB":
        return lemma(tok) not in SUPPLY_NOUNS or bool(
            prep_objects(tok, OF) and _receivers(tok))
    if lemma(tok) in TEACHING_VERBS and trig.subtype == "training":
        return _taught_to_use_arms(ctx, tok, weapons)
    if trig.requires_load and (any(c.dep_ == "prt" and c.lower_ in IDIOM_PARTICLES
                                   for c in tok.children)
                               or not _load_carried(ctx, tok, trig, weapons)):
        return False
    if lemma(tok) in SOURCED_VERBS and not _sources(tok):
        return False
    if lemma(tok) in MAKING_VERBS and not any(token_actors(ctx, r) for r in _receivers(tok)):
        return False  # "drones made for the Houthis"; "Iran makes its own drones" is none
    if any(lemma(o) in WORDS_NOUNS | THREAT_NOUNS | PROMISED_NOUNS for o in acted_on(tok)):
        return False  # "delivered a warning to the militias", "handed them a blow"
    if tok.tag_ == "VBN" and tok.dep_ in ("advcl", "acl", "amod") and not passive_agents(tok) \
            and not any(c.dep_ in ("aux", "auxpass") for c in tok.children) and \
            not _main_verb_as_participle(tok) and not _smuggled_load_stopped(ctx, tok):
        return False  # "armed with knives, the attackers ...": what they carry, not who gave it
        # ("found rifles smuggled from X" were on their way)
    if _civil_goods(tok):
        return False  # read by its objects ("paid Iran $2 billion for gas imports")
    if lemma(tok) == "deliver" and _bare_cargo_delivered(ctx, tok, weapons):
        return False  # "after the tanker had delivered its cargo": no arms told
    if trig.subtype == "funding" and (_bare_fee(ctx, tok, trig) or _count_of_others(tok, trig)):
        return False
    if trig.subtype == "fighters" and lemma(tok) in STATIONING and \
            not prep_objects(tok, TO_OR_INTO) and \
            not any(c.dep_ == "dative" and c.lower_ in TO_OR_INTO for c in tok.children):
        return False  # "deployed fighters along the border": placed, not sent anywhere
        # (the parse may take "to Syria" after "hundreds of fighters" for a dative)
    if trig.subtype == "fighters":
        return not _into_care(tok)
    return trig.subtype == "training" or not _moves_people(ctx, tok)


def _bare_cargo_delivered(ctx: DocContext, tok: Token, weapons: Sequence[WeaponHit]) -> bool:
    """"Only after the tanker had delivered its cargo": a load named only as a load, with
    no arms in it and no party it went to, tells no delivery of arms ("delivered the
    shipment to the Houthis", "delivered a cargo of rifles" do)."""
    starts = _weapon_indices(weapons)
    loads = acted_on(tok)
    return bool(loads) and all(lemma(o) in ctx.ontology.load_nouns and
                               not _is_arms(ctx, o, starts) for o in loads) and not any(
        ctx.can_act(ctx.ents.at(t.i)) for r in _receivers(tok) for t in r.subtree)


# Verbs of showing others how to do something, a training only in the use of arms.
TEACHING_VERBS = frozenset({"help", "teach"})
# Verbs of using arms that a training teaches: "helped the troops operate the drones".
ARMS_USING_VERBS = frozenset({"operate", "use", "fly", "launch", "fire", "assemble",
                              "maintain", "handle", "pilot", "build"})


def _taught_to_use_arms(ctx: DocContext, tok: Token, weapons: Sequence[WeaponHit]) -> bool:
    """"Iranian personnel were in Crimea helping Russian troops operate the drones",
    "instructors taught the fighters to launch the missiles": a giver's men who show
    troops or fighters how to use arms train them ("helped the rebels capture the town",
    "helped the farmers use the water", "taught history" are none)."""
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False  # "were sent to Crimea to help the troops fly drones": the sending's aim
    arms = _weapon_indices(weapons)
    for clause in (c for c in tok.children if c.dep_ in ("xcomp", "ccomp")):
        verbs = [clause, *clause.conjuncts]
        if not any(lemma(v) in ARMS_USING_VERBS for v in verbs):
            continue
        if not any(t.i in arms or lemma(t) in ctx.ontology.arms_nouns
                   for v in verbs for o in direct_objects(v) for t in (o, *o.children)):
            continue
        learners = direct_objects(tok) + [s for s in subjects(clause) if s.dep_ == "nsubj"]
        if any(lemma(t) in FIGHTER_NOUNS | TAKER_NOUNS | ARMED_LEARNERS or ctx.can_act(
                ctx.ents.at(t.i)) for t in learners):
            return True
    return False


# Men under arms who may be taught to use them, beside fighters and armed groups.
ARMED_LEARNERS = frozenset({"troop", "soldier", "crew", "operator", "pilot", "recruit",
                            "technician"})


# Verbs that place men as well as send them: a transfer only "to" or "into" somewhere.
STATIONING = frozenset({"deploy"})
TO_OR_INTO = frozenset({"to", "into"})
# Verbs of making arms, a transfer only when made for a receiver named.
MAKING_VERBS = frozenset({"make", "manufacture", "produce", "build"})


# Where people are taken to be treated or held, not to fight: "brought the wounded
# fighters to a hospital", "sent the militants to prison".
CARE_PLACES = frozenset({"hospital", "clinic", "prison", "jail", "morgue", "court",
                         "custody", "cemetery", "grave", "home"})
# What fighters are when they are carried, not sent to fight.
UNFIT = frozenset({"wounded", "injured", "dead", "sick", "captured", "detained"})


def _into_care(verb: Token) -> bool:
    """Whether a verb that moves fighters takes them to treatment, custody or burial
    ("brought the wounded fighters to a hospital"), not to fight."""
    moved = acted_on(verb)
    return any(lemma(p) in CARE_PLACES for _x, p in prep_objects(verb, DESTINATION_PREPS_OF_LOAD)) \
        or any(c.lower_ in UNFIT for m in moved for c in m.children if c.dep_ == "amod")


def _bare_fee(ctx: DocContext, verb: Token, trig: Trigger) -> bool:
    """"paid them $5,000 as an advance", "paid a gang $30,000": a sum told only by its
    sign, paid to people no name makes a party, is a fee for a service (a hired deed,
    told as its plot), not the funding of a group ("paid Zainabiyoun fighters $500",
    "funded the militia with $20 million")."""
    objects = _objects(verb, loads=True)
    sums = acted_on(verb)
    if not any(o.tag_ == "$" for o in objects) or any(lemma(o) in trig.objects for o in sums):
        return False  # "paid them $5,000 as an advance payment" is still a bare sum
    # (the parse may take a named receiver for the object: "paid Fatemiyoun fighters $400")
    takers = [c for c in verb.children if c.dep_ == "dative"] + [
        p for _x, p in prep_objects(verb, TO)] + [o for o in sums if o.pos_ != "NUM"]
    # "funded the militia with $20 million": a group, named or not, is funded, not hired
    return not any(lemma(r) in GROUP_NOUNS or ctx.can_act(ctx.ents.at(t.i))
                   for r in takers for t in r.subtree)


# Words of a sum that also count anything else ("millions of pilgrims").
COUNT_WORDS = frozenset({"million", "billion", "thousand", "hundred"})


def _count_of_others(verb: Token, trig: Trigger) -> bool:
    """"receives millions of pilgrims": a count word that a money trigger reads as a sum,
    when what it counts ("of" what) is no money, moves no funds."""
    sums = [o for o in _objects(verb, loads=True) if lemma(o) in trig.objects]
    return bool(sums) and all(lemma(o) in COUNT_WORDS and any(
        lemma(p) not in trig.objects for _x, p in prep_objects(o, OF)) for o in sums)


def _main_verb_as_participle(tok: Token) -> bool:
    """"Iraqi militias handed over rockets to X": a past tense the parse took for a
    participle on the noun before it, which then heads a sentence without a verb; a
    participle with an object of its own there is the sentence's verb."""
    if _past_on_object(tok) or _past_after_load(tok) or _clause_after_time_word(tok):
        return True
    return tok.dep_ == "acl" and tok.head.dep_ == "ROOT" and tok.head.pos_ in NOUN_POS and \
        (bool(direct_objects(tok)) or _declared_infinitive(tok)) and (tok.i == tok.head.i + 1 or (
            # "an Israeli strike on a flat in X, in Y, killed Z": after the noun's own
            # phrases and a comma
            tok.doc[tok.i - 1].text == "," and tok.head.right_edge.i >= tok.i))


# Words that open a clause of when ("died after a bomb detonated under their car").
TIME_OPENERS = frozenset({"after", "when", "as", "before", "until"})


def _clause_after_time_word(tok: Token) -> bool:
    """"Four soldiers died after an explosive device detonated under their vehicle": a
    past tense with no object, right after a noun the parse hangs on "after" or "when" as
    its object, is the verb of a clause of when, not a participle on that noun."""
    head = tok.head
    return tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.i == head.i + 1 and \
        head.dep_ == "pobj" and head.head.lower_ in TIME_OPENERS and \
        not direct_objects(tok) and not any(c.dep_ == "agent" for c in tok.children) and \
        any(c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in head.children)


# Verbs of taking an occasion or a medium to speak: "took to television to warn",
# "used a speech to vow", "appeared on state TV to deny", "held a news conference to".
OCCASION_VERBS = frozenset({"take", "use", "seize", "appear", "go", "come", "hold", "call",
                            "convene", "issue", "release", "publish", "post", "break",
                            "address", "speak", "deliver", "give"})


def _said_on_occasion(tok: Token) -> bool:
    """"Nasrallah took to television on Friday to warn that ...", "used the speech to deny
    any role": a verb of warning or denying in the infinitive of purpose of a verb of
    taking an occasion to speak, told as done (not "plans to hold a rally to warn")."""
    head = tok.head
    return tok.tag_ == "VB" and tok.dep_ in ("advcl", "xcomp") and \
        lemma(tok) in UTTERING | VOWING and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in tok.children) and \
        head.pos_ == "VERB" and lemma(head) in OCCASION_VERBS and not is_negated(head) and \
        (head.tag_ in ("VBD", "VBZ", "VBP") or (head.tag_ == "VBN" and any(
            a.dep_ == "aux" and lemma(a) == "have" for a in head.children))) and \
        not any(a.dep_ == "aux" and a.tag_ == "MD" for a in head.children)


def _declared_infinitive(tok: Token) -> bool:
    """"Iraqi militias threatened on Monday to resume attacks": a verb of declaring the
    parse took for a participle, with the infinitive of what is declared and no agent of a
    passive ("militias threatened by the strikes")."""
    return lemma(tok) in UTTERING | VOWING and not any(
        c.dep_ == "agent" for c in tok.children) and any(
        c.dep_ in ("xcomp", "advcl") and c.tag_ == "VB" and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in tok.children)


def _gerund_of_people(ctx: DocContext, tok: Token, hit: TriggerHit) -> bool:
    """"Israeli shelling on the town killed seven", "Turkish bombing of the villages
    went on": a noun of a blow the parse took for a participle on the people's adjective
    before it, which it then made the subject of the sentence's verb."""
    head = tok.head
    return hit.trigger.event_type in ARMED and tok.dep_ == "acl" and tok.tag_ == "VBG" \
        and tok.i == head.i + 1 and head.pos_ == "ADJ" \
        and head.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") \
        and ctx.ents.at(head.i) is not None


def _people_of_gerund(ctx: DocContext, tok: Token, hit: TriggerHit) -> Token | None:
    """The people's adjective of a blow told by a gerund ("Israeli shelling"), however
    the parse hangs the two."""
    if _gerund_of_people(ctx, tok, hit):
        return tok.head
    if hit.trigger.event_type in ARMED and tok.pos_ == "VERB" and tok.tag_ == "VBG" and \
            tok.i > 0 and tok.doc[tok.i - 1].dep_ == "amod" and tok.doc[tok.i - 1].head.i == tok.i \
            and ctx.ents.at(tok.i - 1) is not None:
        return tok.doc[tok.i - 1]
    return None


# What a span or a run of blows is made of: "two days of bombing", "a wave of strikes".
SPAN_NOUNS = RUN_NOUNS | frozenset({"day", "week", "night", "hour", "month", "round",
                                    "salvo", "succession"})


def _subject_told_blow(doc: Doc, verb: Token, owners: frozenset[int]) -> bool:
    """"Two days of Israeli bombing killed nine", "a wave of strikes killed twelve",
    "Israeli shelling killed seven" (parsed with the adjective as subject): the verb's
    subject tells a blow of the sentence, whose toll the verb gives."""
    for c in verb.children:
        if c.dep_ != "nsubj":
            continue
        if c.i in owners or (c.pos_ == "ADJ" and any(
                a.dep_ == "acl" and a.tag_ == "VBG" and a.i in owners and a.i == c.i + 1
                for a in c.children)):
            return True
        if lemma(c) in SPAN_NOUNS and any(p.i in owners for _x, p in prep_objects(c, OF)):
            return True
    return False


# Participles that tell what a craft is laden with: "a drone carrying explosives",
# "a boat packed with explosives".
LADEN_VERBS = frozenset({"carry", "load", "laden", "lade", "pack", "fill", "rig", "arm",
                         "stuff"})
# Where a noun stands as the subject or object of a verb of its own clause.
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "conj", "appos"})


def _past_after_load(tok: Token) -> bool:
    """"A drone carrying explosives hit near the airport, the ministry said": the parse
    may hang the past tense on the load, as a participle; the laden craft is then left
    with no verb, or given the verb of saying, and the past tense is its verb ("a drone
    carrying explosives launched from Iraq hit the base" keeps "hit" for its verb)."""
    return _laden_craft(tok) is not None


def _laden_craft(tok: Token) -> Token | None:
    """The craft whose load a past tense misparsed as a participle hangs on (see
    `_past_after_load`): "drone" in "a drone carrying explosives hit near X"."""
    if tok.dep_ != "acl" or tok.tag_ not in ("VBN", "VBD") or tok.i != tok.head.i + 1:
        return None
    load = tok.head
    laden = load.head.head if load.dep_ == "pobj" and load.head.lower_ == "with" else load.head
    if not (load.dep_ in ("dobj", "pobj") and laden.dep_ in ("acl", "amod") and
            lemma(laden) in LADEN_VERBS and laden.head.pos_ in NOUN_POS):
        return None
    craft = laden.head
    if craft.dep_ not in ARGUMENT_DEPS or (
            craft.dep_ == "nsubj" and lemma(craft.head) in DECLARING and craft.head.i > tok.i):
        return craft
    return None


def _past_on_object(tok: Token) -> bool:
    """"The IRGC trained Houthi fighters": a past tense with its own subject that the
    parse hung on its object as a modifier is the clause's verb, and the noun it hangs
    on is its object."""
    return tok.dep_ == "amod" and tok.tag_ == "VBD" and tok.head.pos_ in NOUN_POS and \
        tok.head.i > tok.i and any(c.dep_ == "nsubj" for c in tok.children)


def _sources(verb: Token) -> list[Token]:
    """Where a load is got from: "received parts from X", "bought drones from Y", "got a
    batch of drones from Z" (the parse may hang the "from" on the load's "of")."""
    objs = direct_objects(verb)
    objs += [p for o in objs for _x, p in prep_objects(o, OF)]
    return [p for h in (verb, *objs) for _x, p in prep_objects(h, FROM)]


def _got_from_named(ctx: DocContext, tok: Token, etype: str) -> bool:
    """"Hezbollah has received training from the Quds Force": a transfer told from its
    receiver, with its giver named, needs no date to be one (whether it is told as done
    is the tense's to say)."""
    # (in the present only between two named parties: "the group receives money from
    # the Quds Force" is the standing supply; "militias receive money from Iran" is not told)
    if etype == "transfer" and tok.pos_ == "VERB" and tok.tag_ == "VBN" and any(
            c.dep_ == "nsubjpass" and ctx.can_act(ctx.ents.at(c.i)) for c in tok.children):
        # "the group is funded by the Quds Force": told from its receiver in the passive
        return any(ctx.can_act(ctx.ents.at(a.i)) for a in passive_agents(tok))
    return etype == "transfer" and tok.pos_ == "VERB" and lemma(tok) in RECEIVING_VERBS and \
        (tok.tag_ not in PRESENT_TAGS or any(ctx.can_act(ctx.ents.at(t.i))
                                             for s in inherited_subjects(tok) for t in s.subtree)) \
        and \
        any(ctx.can_act(ctx.ents.at(t.i)) for s in _sources(tok) for t in s.subtree)


def _moved(tok: Token, trig: Trigger) -> list[Token]:
    """What a transfer verb moves: its objects, passive subject and the "with" of
    "armed X with Y", their conjuncts, and the subject of a verb of arrival."""
    out = acted_on(tok)
    if tok.dep_ == "relcl":  # "rockets, which were handed to X": the noun the clause is on
        out = [tok.head if o.lower_ in RELATIVE_PRONOUNS else o for o in out]
    if tok.dep_ == "amod" and tok.tag_ == "VBG":
        out.append(tok.head)  # "a dhow carrying rifles" as parsed: the load it is on
    # "brought in missiles", "handed over rockets": the parse may take the particle
    # for a preposition and the load for its object
    out += [p for c in tok.children if c.dep_ == "prt" for p in c.children if p.dep_ == "pobj"]
    out += [p for h in (tok, *out) for _x, p in prep_objects(h, WITH)]  # "provided X with Y"
    if trig.load_subject or lemma(tok) in ARRIVING:  # (read as an attack's verb first)
        out += [c for c in tok.children if c.dep_ == "nsubj"]
    if tok.dep_ == "conj" and any(o.lower_ in REFERRING_PRONOUNS for o in out):
        out += direct_objects(tok.head)  # "brought rifles in and handed them to X"
    return out + [c for o in out for c in o.conjuncts]


def _armed_fire(tok: Token, armed: frozenset[int]) -> bool:
    """Whether a noun "fire" is named by the arms it comes from ("rocket fire", "mortar
    fire"): the weapon's own blow, not a fire that burns."""
    return lemma(tok) == "fire" and any(c.dep_ in ("compound", "amod", "nmod") and c.i in armed
                                        for c in tok.children)


def _weapon_indices(weapons: Sequence[WeaponHit]) -> frozenset[int]:
    """The indices of the tokens the weapons of a sentence are named by."""
    return frozenset(i for w in weapons for i in range(w.start, w.end))


def _is_arms(ctx: DocContext, load: Token, weapon_starts: frozenset[int]) -> bool:
    """Whether a load names arms: a weapon, an arms word, or a word for a load whose
    own words name them ("a shipment of rifles", "trucks laden with weapons")."""
    arms = ctx.ontology.arms_nouns
    return any(t.i in weapon_starts or lemma(t) in arms
               for t in subtree_tokens(load, skip_deps=("relcl", "appos"), deep=True))


def _arms_referred(ctx: DocContext, tok: Token, trig: Trigger) -> bool:
    """"Iran built the drones in Isfahan. The Quds Force moved them into Lebanon": a load
    told by a pronoun stands for what the sentence before names as its subject or object,
    arms when that noun names them (but "arrested three men. Officers brought them to
    the station" moves people)."""
    pronouns = [m for m in _moved(tok, trig) if m.lower_ in REFERRING_PRONOUNS]
    before = sentence_before(tok.sent) if pronouns else None
    if before is None:
        return False
    plural = pronouns[0].lower_ == "them"
    told = [t for t in before if t.dep_ in ("nsubj", "nsubjpass", "dobj") and
            t.pos_ in NOUN_POS and (t.tag_ in ("NNS", "NNPS")) == plural]
    if not told:
        return False
    named = _weapon_indices(ctx.weapons(before))
    arms = ctx.ontology.arms_nouns
    return any(t.i in named or lemma(t) in arms
               for t in (told[-1], *[p for _x, p in prep_objects(told[-1], OF)]))


def _arms_moved(ctx: DocContext, tok: Token, trig: Trigger) -> bool:
    """"sent weapons", "received arms and training": a general word for arms in what a
    transfer verb moves stands for the weapon the lexicon would name, and so does a
    pronoun for arms named in the sentence before."""
    arms = ctx.ontology.arms_nouns
    if tok.pos_ == "VERB" and _arms_referred(ctx, tok, trig):
        return True
    if tok.pos_ == "NOUN":  # "the smuggling of weapons to X": what the noun is "of"
        return any(lemma(t) in arms for _x, load in prep_objects(tok, OF)
                   for t in subtree_tokens(load, skip_deps=("relcl", "appos"), deep=True))
    if tok.pos_ != "VERB":
        return False
    return any(lemma(t) in arms or _military_goods(t) for load in _moved(tok, trig)
               for t in subtree_tokens(load, skip_deps=("relcl", "appos"), deep=True))


# Goods that a military modifier makes arms: "military equipment", "military aid",
# "military support".
MILITARY_GOODS = frozenset({"equipment", "hardware", "aid", "assistance", "supply", "support",
                            "technology"})
MILITARY_MODIFIERS = frozenset({"military", "defense", "defence"})


def _military_goods(tok: Token) -> bool:
    """"military equipment", "military aid", "defence hardware": goods told as arms by
    their modifier."""
    return lemma(tok) in MILITARY_GOODS and any(
        c.dep_ in ("amod", "compound") and c.lower_ in MILITARY_MODIFIERS
        for c in tok.children)


# Verbs of driving a craft into a target, an attack only when the craft is a weapon.
RAMMING = frozenset({"ram"})
# Verbs of taking a load off a craft: what is unloaded has arrived.
UNLOADING = frozenset({"unload", "offload"})
# Rounds fired together, which are unloaded on a target rather than off a craft.
SALVO_NOUNS = frozenset({"barrage", "salvo", "volley", "wave"})
# Verbs by which a side sends off a salvo it fires ("fired a heavy barrage at X",
# "unleashed a volley on Y"): their subject fires it.
SALVO_FIRING = frozenset({"fire", "unleash", "loose", "shoot"})


def _load_carried(ctx: DocContext, tok: Token, trig: Trigger,
                  weapons: Sequence[WeaponHit]) -> bool:
    """Whether a verb of carrying or arrival moves a load of arms: an arms word or a
    word for a load does; a weapon that could be fired ("flew drones over the base",
    "missiles reached the city") only on its way to a named party or "to"/"into" a
    place."""
    starts = _weapon_indices(weapons)
    loads = [m for m in _moved(tok, trig) if _is_arms(ctx, m, starts)]
    if not loads and _arms_referred(ctx, tok, trig):  # "brought them into Iraq"
        loads = [m for m in _moved(tok, trig) if m.lower_ in REFERRING_PRONOUNS]
    if not loads:
        # "a ship carrying military equipment from Iran", "flew military hardware to X":
        # military goods on their way from or to somewhere ("said it carried military
        # equipment" tells none)
        return any(_military_goods(m) for m in _moved(tok, trig)) and any(
            prep_objects(h, FROM | DESTINATION_PREPS_OF_LOAD)
            for h in (tok, *_moved(tok, trig)))
    if lemma(tok) in UNLOADING:
        # "unloaded rockets at Hodeidah": arms unloaded have arrived ("unloaded a barrage of
        # rockets on the town" fired them)
        return not any(lemma(m) in SALVO_NOUNS for m in loads)
    if any(lemma(t) in ctx.ontology.arms_nouns or lemma(t) in ctx.ontology.load_nouns
           for m in loads for t in subtree_tokens(m, skip_deps=("relcl", "appos"), deep=True)):
        return True
    if any(lemma(m) in ctx.ontology.carriers for m in loads) or \
            _craft_read_as_modifier(ctx, tok):
        return True  # "trucks carrying rockets crossed into Syria": a craft's cargo of arms
    if trig.load_subject and any(ctx.etype_of_token(p) in PLACE_TYPES
                                 for _x, p in prep_objects(tok, WAY_PREPS)):
        return True  # "drones reached Russia via the Caspian Sea": shipped by way of a place
    ways = [p for t in subtree_tokens(tok, skip_deps=("relcl", "ccomp", "advcl"))
            if t.dep_ in ("prep", "dative") and t.lower_ in DESTINATION_PREPS_OF_LOAD
            for p in t.children if p.dep_ == "pobj"]
    named = (direct_objects(tok) if trig.load_subject else []) + ways
    return any((m := ctx.ents.at(t.i)) is not None and ctx.can_act(m) and
               m.etype not in PLACE_TYPES for t in named) or (
        not trig.load_subject and any(
            ctx.etype_of_token(p) in PLACE_TYPES and ctx.etype_of_token(p) != "facility"
            for p in ways))


def _moves_people(ctx: DocContext, tok: Token) -> bool:
    """"The suspect was transferred to a prison", "moved the wounded to a hospital": a
    person handed on into care or custody, no arms, money or fighters supplied (but
    "provided the operatives with weapons" names whom it arms)."""
    moved = acted_on(tok)
    if any(prep_objects(h, WITH) for h in (tok, *moved)):
        return False
    people = ctx.ontology.moved_people | ctx.ontology.person_nouns
    return bool(moved) and all(
        lemma(m) in people or ctx.etype_of_token(m) == "person" or m.lower_ in (
            "he", "she", "him", "her") for m in moved)


# Words of a bargain or talks: a transfer they are about is agreed or sought, not made.
NEGOTIATING = frozenset({"deal", "agreement", "accord", "arrangement", "talk", "negotiation",
                         "negotiate", "discuss", "discussion", "propose", "proposal", "plan",
                         "approve", "approval", "agree", "condition", "term"})


def _negotiated(tok: Token) -> bool:
    """Whether a transfer noun is what a deal or talks are about ("a deal on the transfer
    of frozen funds", "discussed the transfer of $6 billion")."""
    if tok.pos_ != "NOUN":
        return False
    head = tok.head.head if tok.dep_ == "pobj" else tok.head
    return tok.dep_ in ("pobj", "dobj", "compound") and lemma(head) in NEGOTIATING


def _taken_goods(ctx: DocContext, tok: Token, weapons: Sequence[WeaponHit]) -> bool:
    """"Took delivery of" anything but arms (jets, buses) is trade: a "take delivery"
    transfer needs a weapon or arms word in what is delivered."""
    if lemma(tok) != "delivery" or tok.dep_ != "dobj" or lemma(tok.head) != "take":
        return False
    span = {t.i for t in tok.subtree}
    return not any(w.start in span for w in weapons) and not any(
        lemma(t) in ctx.ontology.arms_nouns for t in tok.subtree)


# Things one charges as a battery or a bill: the verb is then no accusation.
CHARGED_THINGS = frozenset({"phone", "battery", "device", "car", "vehicle", "fee", "price",
                            "rate", "interest", "tax", "account", "card", "toll", "laptop",
                            "computer"})


def _foils_transfer(ctx: DocContext, tok: Token) -> bool:
    """Whether what is foiled is a shipment or smuggling ("thwarted an attempt to smuggle
    rifles"): an interdicted transfer, no attack planned."""
    return any(t.pos_ == "VERB" and any(
        trig.event_type == "transfer" for trig in ctx.ontology.triggers_starting(lemma(t)))
        for o in direct_objects(tok) for t in o.subtree)


def _foiled_by_blow(ctx: DocContext, tok: Token) -> bool:
    """Whether the foiling was done with a blow ("thwarted an attack with pre-emptive
    strikes", "foiled an assault by striking the launchers first"): the blow is the
    occurrence, and what it forestalled was never more than feared."""
    foiler = tok if lemma(tok) in FOILING else tok.head if (
        tok.dep_ == "dobj" and lemma(tok.head) in FOILING) else None
    if foiler is None:
        return False
    return any(c.dep_ == "prep" and c.lower_ in ("with", "by") and any(
        m.dep_ in ("pobj", "pcomp") and any(
            trig.event_type == "strike" for trig in ctx.ontology.triggers_starting(lemma(m)))
        for m in c.children) for h in (foiler, *direct_objects(foiler)) for c in h.children)


# "a pre-emptive strike", "preemptive air strikes": a blow dealt before one feared.
PRE_EMPTIVE_STRIKE = re.compile(r"\bpre-?emptive\s+(?:air\s*)?strikes?\b", re.IGNORECASE)


def _feared_by_striker(tok: Token) -> bool:
    """Whether an attack prepared or tried is told beside a blow called pre-emptive, as its
    reason: "called the raids a pre-emptive strike, saying it had detected X preparing a
    large attack". The blow is the occurrence; the attack was never more than feared."""
    return PRE_EMPTIVE_STRIKE.search(tok.sent.text) is not None


def _charged_thing(tok: Token) -> bool:
    """"charged his phone", "charged a fee": the object is a thing, not a defendant."""
    return tok.pos_ == "VERB" and any(lemma(o) in CHARGED_THINGS for o in direct_objects(tok))


def _source_cited(tok: Token) -> bool:
    """"according to the indictment", "according to the charges", "the indictment said": a
    document the report cites as its source; its own filing is told elsewhere if at all
    ("an indictment unsealed on Monday said" tells the filing by its participle)."""
    prep = tok.head
    if tok.dep_ == "nsubj" and lemma(tok.head) in CITING_VERBS and tok.head.pos_ == "VERB":
        return not any(c.dep_ in ("acl", "relcl", "nummod", "compound") or c.ent_type_ == "DATE"
                       for c in tok.children)
    return tok.dep_ == "pobj" and prep.lower_ == "to" and prep.head.lower_ == "according"


# Verbs by which a cited document tells what it holds: "the indictment says".
CITING_VERBS = frozenset({"say", "allege", "state", "show", "claim", "describe", "detail",
                          "reveal", "add", "note", "accuse", "assert"})


# Measures whose "target" or "hit" tells whom they reach, not a blow struck.
MEASURE_NOUNS = frozenset({"sanction", "measure", "designation", "listing", "restriction",
                           "penalty", "ban", "embargo", "tariff"})
# Verbs of force whose doer, when it is a measure, reaches a party by the measure: "US
# sanctions hit the group's bank", "the sanctions target a shipping network".
MEASURE_VERBS = frozenset({"hit", "target", "strike"})
# Words that tell a measure as one just taken ("new US sanctions target three firms",
# "fresh sanctions hit the bank"); with "the" or "these" it is one told before.
NEW_MEASURE_WORDS = frozenset({"new", "fresh", "further", "additional", "latest"})
# Makers and sellers a measure reaches besides firms and people ("sanctions target two
# drone makers").
MAKER_NOUNS = frozenset({"maker", "manufacturer", "producer", "supplier", "vendor"})


# Shots fired at no one: "celebratory gunfire", "fired into the air", "warning shots".
HARMLESS_SHOTS = frozenset({"celebratory", "warning", "ceremonial"})


def _shot_in_the_air(tok: Token) -> bool:
    """Whether a verb of firing, or the gunfire it fires, shoots at no one: "fired
    celebratory gunfire", "fired into the air", "fired warning shots"."""
    if tok.pos_ == "NOUN" and any(c.dep_ in ("amod", "compound") and c.lower_ in HARMLESS_SHOTS
                                  for c in tok.children):
        return True  # "celebratory gunfire", whatever it hangs on (a capital opening the
        # sentence may make the parse take the word for a name)
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj":
        tok = tok.head  # "fired gunfire into the air": as the firing is
    if tok.pos_ != "VERB" or lemma(tok) != "fire":
        return False
    shots = [tok, *direct_objects(tok)]
    return any(c.dep_ == "amod" and c.lower_ in HARMLESS_SHOTS for s in shots
               for c in s.children) or any(
        p.lower_ == "air" for _x, p in prep_objects(tok, frozenset({"into", "in"})))


# Doers of a verb of force that are a policy or a drive, whose reach is no blow: "the new
# law targeted charities", "the campaign targeted young voters" (a "drone campaign" names
# its weapon, and strikes).
POLICY_NOUNS = frozenset({"law", "decision", "campaign", "policy", "bill", "legislation",
                          "decree", "programme", "program", "initiative", "reform", "rule",
                          "regulation", "crackdown", "order", "directive", "plan", "budget"})


def _measures_of(tok: Token) -> list[Token]:
    return [s for s in [*subjects(tok), *passive_agents(tok)] if lemma(s) in MEASURE_NOUNS]


def _measure_does(tok: Token) -> bool:
    """Whether the doer of a verb of force is a measure ("the sanctions target a shipping
    network", "firms targeted by sanctions"): its reach, not a blow."""
    return tok.pos_ == "VERB" and bool(_measures_of(tok))


def _measure_reaches(ctx: DocContext, tok: Token, dates: Sequence[DateMatch]) -> bool:
    """Whether a measure doing a verb of force is one imposed on those it reaches, told
    as done: dated ("sanctions hit the bank on Monday") or in the past with whose measure
    it is ("US sanctions hit three firms"); on parties named or told as a firm, bank or
    person, not on what it wears down ("sanctions hit Russia's oil revenue", "the
    economy"; "the new sanctions target the network" describes a measure told before,
    "new US sanctions target three firms" one just taken)."""
    if lemma(tok) not in MEASURE_VERBS:
        return False
    parties = ctx.ontology.finance_nouns | ctx.ontology.person_nouns | MAKER_NOUNS
    if any(ctx.etype_of_token(o) is None and lemma(o) not in parties
           for o in direct_objects(tok)):
        return False
    measures = _measures_of(tok)
    if any(_told_new(m) for m in measures):
        return True
    return bool(dates) or (tok.tag_ == "VBD" and any(
        c.dep_ in ("compound", "poss") or c.ent_type_ in ("NORP", "GPE")
        for m in measures for c in m.children))


def _told_new(measure: Token) -> bool:
    """Whether a measure is told as just taken: "new" or "fresh" with no word pointing
    back at it ("new US sanctions", not "the new sanctions", "these fresh sanctions")."""
    kids = list(measure.children)
    return any(c.dep_ == "amod" and c.lower_ in NEW_MEASURE_WORDS for c in kids) and not any(
        c.dep_ in ("det", "poss") for c in kids)


# Participles that make what follows a vessel's load: "a boat carrying rockets",
# "a truck bound for Lebanon".
CARGO_VERBS = frozenset({"carry", "bind", "destine", "head", "transport", "load", "ferry",
                         "laden", "lade"})


# Participles of moving goods in secret, which make what follows a craft's load too: "a
# boat smuggling weapons to Gaza", "a truck trafficking rifles".
SMUGGLING_VERBS = frozenset({"smuggle", "traffic"})


def _carries_weapon(ctx: DocContext, tok: Token, weapons: Sequence[WeaponHit], *,
                    craft_only: bool = False) -> bool:
    """Whether what a seizing verb acts on is a carrier whose load is a weapon: the
    weapon word then names cargo, not the means of an attack. With ``craft_only``, the
    carrier must be a craft or vehicle ("a dhow", "a truck"), not a drone that carries
    its warhead."""
    starts = {w.start for w in weapons}
    # "stopped two men carrying explosives": people caught with arms are held, no cargo
    carriers = [o for o in acted_on(tok) if lemma(o) not in ctx.ontology.person_nouns and (
        not craft_only or lemma(o) in ctx.ontology.carriers)]
    # the participle hangs on the noun, or (as parsed) on the seizing verb itself
    loads = [c for o in carriers for c in o.children if c.dep_ in ("acl", "relcl") or (
        c.dep_ == "amod" and lemma(c) in CARGO_VERBS)]  # "a boat laden with arms"
    if carriers:  # "stopped a dhow laden with rifles": the adjective may hang on the verb
        loads += [c for c in tok.children if (c.dep_ == "advcl" and c.tag_ == "VBG") or (
            c.dep_ == "oprd" and lemma(c) in CARGO_VERBS)]
    if _loaded_with_arms(ctx, loads, starts):
        return True
    # "seized weapons bound for Yemen": arms themselves told as a load on its way; but
    # "intercepted two drones headed for the base" stops munitions in flight
    return any(lemma(o) in ctx.ontology.arms_nouns or (o.i in starts and not _in_flight(tok, c))
               for o in carriers for c in o.children
               if c.dep_ == "acl" and lemma(c) in BOUND_VERBS)


def _loaded_with_arms(ctx: DocContext, loads: list[Token], starts: set[int]) -> bool:
    """Whether a participle of carrying or smuggling ("carrying weapons", "smuggling
    rifles") has arms, by a weapon word or an arms noun, in what it carries."""
    arms = ctx.ontology.arms_nouns
    return any(lemma(v) in CARGO_VERBS | SMUGGLING_VERBS and any(
        t.i in starts or lemma(t) in arms for t in v.subtree) for v in loads)


# Nouns for a load of goods on its way ("a shipment of rifles"; "a cache" lies hidden).
SHIPMENT_NOUNS = frozenset({"shipment", "cargo", "consignment", "delivery", "batch"})


def _shipment_of_arms(ctx: DocContext, tok: Token, weapons: Sequence[WeaponHit]) -> bool:
    """Whether a verb of stopping acts on arms on their way: a shipment of them ("stopped a
    shipment of weapons", "captured a consignment of rockets") or arms told as bound
    somewhere ("intercepted weapons bound for Yemen")."""
    starts = _weapon_indices(weapons)
    seized = acted_on(tok)
    return any(lemma(o) in SHIPMENT_NOUNS and _is_arms(ctx, o, starts) for o in seized) or \
        any(lemma(o) in ctx.ontology.arms_nouns and any(
            c.dep_ == "acl" and lemma(c) in BOUND_VERBS for c in o.children) for o in seized)


def _craft_load_misparsed(ctx: DocContext, tok: Token, weapons: Sequence[WeaponHit]) -> bool:
    """"Intercepted a vessel carrying weapons", "seized a boat smuggling rifles": the
    parse may hang the participle of carrying on the verb with the craft under it, or
    make the craft a modifier of the load and the participle the load's adjective; the
    craft still carries arms."""
    starts = {w.start for w in weapons}
    arms = ctx.ontology.arms_nouns
    carriers = ctx.ontology.carriers
    loads = [c for c in tok.children if c.dep_ == "advcl" and c.tag_ == "VBG" and any(
        g.dep_ in ("npadvmod", "nsubj") and lemma(g) in carriers for g in c.children)]
    if _loaded_with_arms(ctx, loads, starts):
        return True
    return any(lemma(o) in arms or o.i in starts for o in acted_on(tok) for c in o.children
               if c.dep_ == "amod" and c.tag_ == "VBG" and
               lemma(c) in CARGO_VERBS | SMUGGLING_VERBS and c.i > 0 and
               lemma(c.doc[c.i - 1]) in carriers)


def _arms_on_route(ctx: DocContext, tok: Token, weapons: Sequence[WeaponHit]) -> bool:
    """Whether a seizing verb stops arms on their way: "seized rifles en route from Iran to
    Yemen", "seized missiles from a dhow", "weapons shipped from Iran were seized" (a
    craft or a state they come from); arms
    seized "from a house" are a find, no shipment."""
    starts = _weapon_indices(weapons)
    seized = acted_on(tok)
    seized += [p for o in seized for _x, p in prep_objects(o, OF)]  # "thousands of rifles"
    if not any(_is_arms(ctx, o, starts) for o in seized):
        return False
    if any(t.lower_ == "route" and t.i > 0 and t.doc[t.i - 1].lower_ == "en"
           for t in tok.subtree):
        return True
    if any(c.dep_ in ("acl", "amod") and lemma(c) in BOUND_VERBS and
           ctx.ents.at(p.i) is not None for o in seized for c in o.children
           for _x, p in prep_objects(c, DESTINATION_PREPS)):
        return True  # "seized rifles bound for the Houthis", "headed to Yemen": a named end
    # "weapons smuggled from Iran were seized": the participle on the arms says whence
    sent = _sent_on(seized)
    sources = [p for h in (tok, *seized, *sent) for _x, p in prep_objects(h, FROM)]
    return any(lemma(p) in ctx.ontology.carriers or ctx.can_act(ctx.ents.at(p.i))
               for p in sources)


# Participles that tell arms as sent on their way: "rifles smuggled from Iran", "drones
# shipped from X" ("a missile launched from Yemen" is fired, no cargo).
SENDING_PARTICIPLES = frozenset({"smuggle", "ship", "send", "traffic", "supply", "deliver",
                                 "transfer", "provide"})


def _sent_on(seized: list[Token]) -> list[Token]:
    """The participles on seized things that tell them sent ("weapons smuggled from Iran")."""
    return [c for o in seized for c in o.children
            if c.dep_ == "acl" and c.tag_ == "VBN" and lemma(c) in SENDING_PARTICIPLES]


def _in_flight(verb: Token, bound: Token) -> bool:
    """"Intercepted drones headed for the outpost": weapons that an interception stops
    on their way are munitions fired, not a cargo ("bound for", "destined for")."""
    return lemma(verb) == "intercept" and lemma(bound) == "head"


# Participles that send a load somewhere: "bound for", "destined for", "headed to".
BOUND_VERBS = frozenset({"bind", "destine", "head"})
# "a reward of $5 million", "$10 million for information": what a sum is for.
SUM_PREPS = frozenset({"of", "for"})


def _small_clause(verb: Token) -> list[Token]:
    """"Declared the IRGC a terrorist organisation": the parse may make what the object
    is called the head of a clause with no verb, with the object as its subject; both
    are what the verb acts on."""
    return [t for c in verb.children if c.dep_ == "ccomp" and c.pos_ == "NOUN" and
            c.i > verb.i and not any(g.dep_ in ("aux", "auxpass", "mark", "cop")
                                     for g in c.children)
            for t in (*[g for g in c.children if g.dep_ == "nsubj"], c)]


def _objects(tok: Token, *, loads: bool = False) -> list[Token]:
    """What a verb acts on, for triggers that need a given object: its direct objects
    and complements ("held it responsible") and what it is "for" ("pay for the crime");
    with ``loads``, also what a transfer hands over "with" ("funded X with $5 million")."""
    out = direct_objects(tok) + [p for _x, p in prep_objects(
        tok, OBJECT_PREPS | WITH if loads else OBJECT_PREPS)]
    out += [c for c in tok.children if c.dep_ == "nsubjpass"]  # "were trained by X"
    # "listed Hezbollah in its entirety as a terrorist group": the parse may hang the
    # "as" on the phrase before it
    out += [q for _x, p in prep_objects(tok, WHOLE_PREPS) if lemma(p) in WHOLE_NOUNS
            for _y, q in prep_objects(p, frozenset({"as"}))]
    if _declared_state(tok):
        out += [c for c in tok.children if c.dep_ == "nsubj"]  # "declared the sea closed"
    if _past_on_object(tok) or (tok.dep_ == "acl" and tok.tag_ == "VBN"):
        out.append(tok.head)  # "the funds received by Hamas": what the participle is on
    if tok.dep_ == "relcl":  # "fighters who were brought in by X": the noun the clause is on
        out = [tok.head if o.lower_ in RELATIVE_PRONOUNS else o for o in out]
    # "seized the Galaxy Leader, a car carrier": the name's apposition says what it is
    out += [c for o in out for c in o.children if c.dep_ == "appos"]
    # "would hold the US responsible": the parse may make the complement a clause
    out += [c for c in tok.children if c.dep_ == "ccomp" and c.pos_ == "ADJ"]
    out += _small_clause(tok)
    if not out and tok.dep_ == "conj":  # "were recruited by X and sent to Syria"
        out = [c for c in tok.head.children if c.dep_ == "nsubjpass"]
    # "resumed targeting ships": the gerund is what the verb takes up again
    out += [c for c in tok.children if c.dep_ == "xcomp" and c.tag_ == "VBG"]
    if tok.pos_ == "NOUN":  # "the resumption of attacks", "an end to the truce"
        out += [p for _x, p in prep_objects(tok, OF | TO)]
    # "offered $10 million for information": the parse may hang the "for" on the sum
    out += [p for o in out for _x, p in prep_objects(o, SUM_PREPS)]
    if loads:  # "paid the fighters $500": a bare sum is told by its currency sign
        out += [c for o in out if o.pos_ == "NUM" for c in o.children if c.tag_ == "$"]
        # "paid X tens of millions of dollars": the parse may hang the sum on the receiver
        out += [a for c in tok.children if c.dep_ == "dative" for a in c.children
                if a.dep_ == "appos"]
        # "a suitcase containing cash", "a bag full of dollars", "boxes stuffed with
        # money": what a container holds is what is handed over
        out += [p for o in out for c in o.children if c.dep_ in ("acl", "amod")
                for p in direct_objects(c) + [p for _x, p in prep_objects(c, OF | WITH)]]
    return out


# "pay for the crime", "listed it as a terrorist organisation", "came under fire"
OBJECT_PREPS = frozenset({"for", "as", "under"})
# Phrases of the whole of what a verb takes ("in its entirety", "as a whole").
WHOLE_PREPS = frozenset({"in"})
WHOLE_NOUNS = frozenset({"entirety", "totality"})


def _strikes_of_a_state(ctx: DocContext, tok: Token) -> bool:
    """"the US strikes", "Israel's strike": a strike a state carries out is military,
    whatever workers the sentence names."""
    for child in tok.children:
        if child.dep_ in ("amod", "compound", "poss", "nmod"):
            m = ctx.ents.at(child.i)
            if m is not None and m.entity_id and ctx.etype(m.entity_id) in STATE_TYPES:
                return True
    return False


def _purpose_of_diplomacy(ctx: DocContext, tok: Token) -> bool:
    """"summoned the ambassador to protest against X": the purpose of a diplomatic act is
    no demonstration."""
    if tok.pos_ != "VERB" or tok.dep_ not in ("advcl", "xcomp") or not any(
            c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children):
        return False
    head = (lemma(tok.head),)  # the verb itself, not a phrase it starts ("take responsibility")
    return any(t.event_type in ("meeting", "statement") and t.lemmas == head
               for t in ctx.ontology.triggers_starting(lemma(tok.head)))


USING_VERBS = frozenset({"use"})


def _used_weapon(tok: Token, weapons: Sequence[WeaponHit]) -> bool:
    """Whether the thing used ("used drones", "drones were used", "the drones used") is
    a weapon."""
    used = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if tok.dep_ == "acl":
        used.append(tok.head)
    spans = _weapon_indices(weapons)
    return any(t.i in spans for u in used for t in u.subtree)


def _has_party(ctx: DocContext, tok: Token, draft: Draft) -> bool:
    """A meeting or visit needs a named party (or a pronoun standing for one)."""
    heads = inherited_subjects(tok) if tok.pos_ == "VERB" else [
        c for c in tok.children if c.dep_ == "poss"]
    if tok.pos_ != "VERB" and tok.dep_ == "dobj":  # "X and Y opened talks"
        heads += inherited_subjects(tok.head)
        # "held talks with X in Muscat": the partner the parse hangs on the verb
        heads += [p for _x, p in prep_objects(tok.head, PARTNER_PREPS)]
    if tok.pos_ != "VERB" and tok.dep_ == "pobj" and tok.head.lower_ == "for" and \
            tok.head.head.pos_ == "VERB":  # "X flew to Tehran for talks": the traveller
        heads += inherited_subjects(tok.head.head)
    joined = _joining_verb(tok)
    if joined is not None:  # "delegations of X and Y took part in a meeting"
        heads += inherited_subjects(joined)
    if tok.pos_ != "VERB":  # "talks with X", "a meeting between X and Y"
        heads += [p for _x, p in prep_objects(tok, PARTNER_PREPS)]
    guests = _guests(ctx, tok) if tok.pos_ == "VERB" else []
    heads += guests + [c for h in heads for c in h.conjuncts]
    heads += envoys_of(ctx, heads)  # "representatives of X and Y attended the meeting"
    for h in heads:
        m = ctx.ents.at(h.i)
        if ctx.can_act(m) or h.lower_ in ("he", "she", "his", "her"):
            return True
        # "Iraq's foreign ministry", "Hamas officials": a body of a named state or group;
        # a guest or an official may be told by its people ("hosted Saudi and Iranian
        # officials", "the Iranian foreign minister held talks")
        deps = GUEST_PARTS if h in guests or lemma(h) in ctx.ontology.official_nouns \
            else BODY_PARTS
        if any(c.dep_ in deps and ctx.can_act(ctx.ents.at(c.i)) for c in h.children):
            return True
    return bool(draft.target_actors) and any(  # "summoned the US envoy": a state's
        ctx.etype(t) in ACTOR_TYPES or (tok.pos_ == "VERB" and ctx.is_country(t))
        for t in draft.target_actors)


def _joining_verb(tok: Token) -> Token | None:
    """The verb by which parties join a meeting a noun names: "participated in the
    talks", "took part in a meeting" (not "took a seat in the meeting")."""
    if tok.pos_ == "VERB" or tok.dep_ != "pobj" or tok.head.lower_ != "in":
        return None
    holder = tok.head.head
    if holder.pos_ == "VERB" and lemma(holder) == "participate":
        return holder
    if holder.lower_ == "part" and holder.dep_ == "dobj" and lemma(holder.head) == "take":
        return holder.head  # the parse may hang the "in" on "part" ...
    part = [c for c in holder.children if c.dep_ == "dobj" and c.lower_ == "part"]
    return holder if part and lemma(holder) == "take" else None  # ... or on "took"


# Words that make a bare title a named party's ("Iraq's foreign ministry", "Hamas
# officials"), and for a host's guests also the people named ("Saudi officials").
BODY_PARTS = frozenset({"poss", "compound", "nmod"})
GUEST_PARTS = BODY_PARTS | {"amod"}


def _guests(ctx: DocContext, verb: Token) -> list[Token]:
    """Whom a verb of receiving receives: "Doha hosted X", "X was received by Y", and the
    parties of the meeting hosted ("Cairo hosted talks between X and Y"); whom one met."""
    if lemma(verb) not in GUEST_VERBS and lemma(verb) != "meet":
        return []
    out = direct_objects(verb) + passive_agents(verb) + _hosted_sides(ctx, verb)
    return out + [c for g in out for c in g.conjuncts]


# Nouns of a state's armed or security forces, which act for the state they serve.
FORCES_WORDS = frozenset({"force", "forces", "troops", "troop"})


def _forces_say(tok: Token) -> bool:
    """"..., Bahraini security forces said", "a Turkish security official said": whether
    the subject of the verb of saying over ``tok`` is a state's forces or speaks for them."""
    verb = saying_verb(tok)
    return verb is not None and any(c.dep_ == "nsubj" and (c.lower_ in FORCES_WORDS or (
        lemma(c) in SECURITY_VOICES and any(m.lower_ in SECURITY_WORDS for m in c.children)))
        for c in verb.children)


# Those who speak for a state's security forces ("a Turkish security official said", "Greek
# police sources said"; "a Turkish trade official" speaks for none).
SECURITY_VOICES = frozenset({"official", "source", "officer", "spokesman", "spokesperson"})
SECURITY_WORDS = frozenset({"security", "police", "intelligence"})


def _held_abroad(ctx: DocContext, tok: Token, body: str) -> bool:
    """"X was detained in Tehran, the UK Foreign Office said": a body that reports an
    arrest in another country speaks for the detained, it did not arrest him."""
    own = ctx.country(body)
    places = [m for _x, p in prep_objects(tok, IN_AT)
              for m in ctx.mentions_of(list(p.subtree)) if m.etype in PLACE_TYPES]
    countries = {ctx.country(m.entity_id) for m in places if m.entity_id} - {None}
    return own is not None and bool(countries) and own not in countries


def _state_actor(ctx: DocContext, ids: list[str]) -> bool | None:
    kinds = {"state_body" if coalition_of_states(ctx, i) else ctx.etype(i) for i in ids}
    if kinds & NON_STATE:
        return False
    if kinds & STATE_TYPES:
        return True
    return None


def _named_by_state(ctx: DocContext, tok: Token) -> bool:
    """Whether a state names a party (as a terrorist group): "was named by Washington as
    a terrorist organisation", "Canada named the group a terrorist entity"."""
    doers = passive_agents(tok) or [s for s in inherited_subjects(tok) if s.dep_ == "nsubj"]
    return _state_actor(ctx, tokens_actors(ctx, doers)) is True


# "killed in a strike", "by a drone", "with a bomb": the instrument of a death.
INSTRUMENT_PREPS = frozenset({"in", "by", "with"})
# "the killing of X in a drone strike", "with a bomb": the instrument of a killing noun.
KILLING_INSTRUMENT_PREPS = frozenset({"in", "with"})
# Unnamed craft and forces a military names as its own when it reports what they struck.
CRAFT_NOUNS = frozenset({"jet", "warplane", "aircraft", "plane", "bomber", "fighter", "force",
                         "troop", "drone", "helicopter", "warship", "ship", "artillery"})
# Of these, the craft only a state flies: a blow they deal is a state's strike.
WARPLANES = frozenset({"jet", "warplane", "aircraft", "plane", "bomber", "helicopter"})


def _owned(noun: Token) -> bool:
    """Whether a noun says whose it is ("its jets", "Syrian aircraft", "the group's")."""
    return any(c.dep_ in ("poss", "amod", "compound") and (c.pos_ == "PROPN" or
                                                           c.ent_type_ in ("NORP", "GPE", "ORG")
                                                           or c.tag_ == "PRP$")
               for c in noun.children)


def _doers_since(ctx: DocContext, verb: Token) -> list[str]:
    """"Israeli air strikes on Tyre have been rare since May, when an air strike on the
    same port killed Y": a blow told in the "when" clause of the time a deed looks back to
    ("since") is the doer's too, when it is told as the same kind of deed, hits the same
    place and strikes none of the doer's own people."""
    clause = verb.head if verb.dep_ == "conj" else verb
    if clause.dep_ != "relcl" or not any(c.lower_ == "when" for c in clause.children):
        return []
    date = clause.head
    if date.dep_ != "pobj" or date.head.lower_ != "since":
        return []
    held = date.head.head
    deeds = [d for d in (held, *(c for c in held.children if c.dep_ in ("attr", "nsubj")))
             if d.pos_ == "NOUN" and event_noun(ctx, d)]
    blows = [s for s in clause.children if s.dep_ == "nsubj"]
    if not any(b.lemma_.endswith(d.lemma_) for b in blows for d in deeds) or \
            not _same_ground(ctx, held, clause):
        return []
    doers = tokens_actors(ctx, deeds)
    struck = [t for o in verb.children if o.dep_ == "dobj" for t in o.subtree]
    return [] if set(tokens_actors(ctx, struck)) & set(doers) else doers


def _same_ground(ctx: DocContext, held: Token, clause: Token) -> bool:
    """Whether the blow of a "when" clause hits the place of the deed that looks back to
    it: "on the same street", or a place both name."""
    if any(t.lower_ == "same" for t in clause.subtree):
        return True
    told = {t.i for t in clause.subtree}
    looking_back = {t.i for t in held.subtree} - told
    places = [e for e in ctx.doc.ents if e.label_ in ("GPE", "LOC", "FAC")]
    before = {e.text.lower() for e in places if e.start in looking_back}
    return any(e.text.lower() in before for e in places if e.start in told)


def _passive_subject(tok: Token) -> bool:
    """Whether a subject is one of a passive verb, or joined to one ("X and Y were
    extradited": Y too), whom the deed is done to."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "nsubjpass"


def _actors_of(ctx: DocContext, draft: Draft, tok: Token, verb: Token | None,
               weapon_tokens: frozenset[int]) -> None:
    if tok.pos_ == "VERB":
        agents = passive_agents(tok)
        subj = [s for s in inherited_subjects(tok) if not _passive_subject(s)] or \
            _raised_subjects(tok)
        if draft.type == "plot":
            # "police charged two men with planning to bomb X": who accuses or holds the
            # plotters takes no part in the plot, nor does who denies a part in it ("Iran
            # denied any involvement in the plot to bomb X")
            subj = [s for s in subj if s.head.i == tok.i or
                    lemma(s.head) not in ACCUSING | DENYING]
        hands = hands_used(tok) if draft.type in ARMED | {"plot"} else []
        if hands:
            # "Iran used a criminal network to attack X": the hands do it (a state using
            # them is laid behind them once the blows are typed, see blame.hired_bands);
            # "X hired two men to kill Y": a man or a group hiring them does it with them
            subj = hands + [s for s in subj if not any(
                ctx.is_state(a) for a in tokens_actors(ctx, [s]))]
        if not agents and not subj and draft.type == "transfer" and tok.dep_ == "conj":
            agents = passive_agents(tok.head)  # "were recruited by X and sent to Syria"
        if draft.type in ("statement", "sanction") and tok.dep_ == "relcl":
            # "the group, which suspended its attacks"; "the Treasury, which sanctioned X"
            subj = [antecedent(s) for s in subj]
        if draft.type == "statement" and _relative_denial(tok):
            subj = _relative_speakers(tok)
        if draft.type == "statement" and _quick_to(tok):
            subj = [s for s in subjects(tok.head.head) if s.dep_ == "nsubj"]  # "X was quick to"
        if draft.type == "statement" and _caused_utterance(tok):
            subj = direct_objects(tok.head)  # "prompting Hezbollah to vow revenge"
        if draft.type == "statement" and _aside_of_report(tok):
            # "X said the drones had not come from its soil, denying the claims": the
            # participle speaks with the verb of saying, not with the clause reported
            subj = [s for s in subjects(tok.head.head) if s.dep_ != "nsubjpass"]
        found = tokens_actors(ctx, agents or subj, weapons=weapon_tokens)
        people = _people_of_gerund(ctx, tok, draft.hit)
        if people is not None and not agents:
            found = token_actors(ctx, people)  # "Israeli shelling", parsed as a participle
        if not found and agents and subj and draft.type == "transfer":
            # "ferried missiles to X by sea": the route of a load, no agent
            found = tokens_actors(ctx, subj, weapons=weapon_tokens)
        if not found and not subj and tok.dep_ == "acl":
            found = token_actors(ctx, tok.head)  # "the group, following suit"
        if not found and not subj and _content_of(tok) and tok.head.head.pos_ == "VERB":
            # "X issued a statement denying any role": who puts the words out says them
            found = tokens_actors(ctx, [s for s in inherited_subjects(tok.head.head)
                                        if s.dep_ != "nsubjpass"])
        if not found and not subj and tok.i > 0 and tok.doc[tok.i - 1].dep_ == "pobj" and \
                tok.doc[tok.i - 1].head.lower_ == "with":
            found = token_actors(ctx, tok.doc[tok.i - 1])  # "with Canada following suit"
        if not found and subj and all(lemma(x) in GROUP_NOUNS for x in subj):
            found = _listed_groups(ctx, tok.sent)  # "several groups ..., including X, Y"
        if lemma(tok) in RECEIVING_VERBS and draft.type == "transfer":
            # the giver is the actor, the receiver the target ("received a delegation" is
            # a meeting, whose host receives)
            givers = _sources(tok)  # "received parts from X"
            draft.target_actors = found or list(dict.fromkeys(  # "dozens of Hamas members"
                m.entity_id for x in subj for m in ctx.mentions_of(subtree_tokens(
                    x, skip_deps=("relcl", "acl", "appos"))) if m.entity_id and ctx.can_act(m)))
            found = tokens_actors(ctx, givers) + capital_states(ctx, givers)
            for obj in direct_objects(tok):
                for child in obj.children:
                    m = ctx.ents.at(child.i)
                    if m is not None and m.entity_id and m.label == "NORP":
                        found.append(m.entity_id)
        # "foiled a plot to kill X" may hang the infinitive on the verb as its purpose
        foiler = tok if lemma(tok) in FOILING else tok.head if (
            tok.dep_ == "xcomp" or (tok.dep_ == "advcl" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in tok.children))) and \
            lemma(tok.head) in FOILING else None
        if draft.type == "plot" and foiler is not None:
            # "police foiled an Iranian plot by two agents (to kidnap X)": the police stop
            # the plot, whose makers are named on its noun, if at all
            plots = direct_objects(foiler) + [c for c in foiler.children
                                              if c.dep_ == "nsubjpass"]
            found = tokens_actors(ctx, plots + [p for o in plots for _x, p in prep_objects(
                o, BY)])
        if draft.type == "transfer" and lemma(tok) in STOPPED_LOAD_HEADS:
            # "commandos seized Iranian-made missile parts": the supplier is the actor
            loads = [c for c in tok.children if c.dep_ == "advcl" and lemma(c) in CARGO_VERBS]
            found = [m.entity_id for o in direct_objects(tok) + loads for t in o.subtree
                     if (m := ctx.ents.at(t.i)) is not None and m.entity_id and
                     m.label == "NORP"]
            if not found:  # "seized rifles en route from Iran": where they came from
                route = [p for _x, p in prep_objects(tok, IN_AT | {"en"}) if p.lower_ == "route"]
                seized = acted_on(tok)
                route += _sent_on(seized)  # "arms shipped from Iran"
                found = [m.entity_id for h in (tok, *seized, *route)
                         for _x, p in prep_objects(h, FROM)
                         if ctx.can_act(m := ctx.ents.at(p.i)) and m is not None and
                         m.entity_id]
        if draft.type == "transfer" and not found and tok.dep_ == "acl" and \
                lemma(tok.head) in ctx.ontology.carriers:
            # "intercepted a vessel carrying Iranian weapons components": the origin of
            # a craft's cargo of arms supplies it
            found = [m.entity_id for o in direct_objects(tok) for t in o.subtree
                     if (m := ctx.ents.at(t.i)) is not None and m.entity_id and
                     m.label == "NORP"]
        if not found and not subj:  # "X was killed in Israel's strike": the instrument's
            for _prep, inst in named_prep_objects(tok, INSTRUMENT_PREPS):
                # "was charged in an Iranian plot": whose plot it was does not charge
                if ctx.ontology.triggers_starting(lemma(inst)) and \
                        lemma(inst) not in SCHEME_NOUNS:
                    found = token_actors(ctx, inst)
                    break
        sayer = _own_claim(ctx, tok) if _claiming(draft) and foiler is None else []
        if sayer:
            draft.claimed_by += [a for a in claimants(ctx, sayer) if a not in draft.claimed_by]
            # a group's word is its claim; a state that says it struck stays the actor;
            # a group's spokesman telling of what "they" or "its fighters" did speaks of
            # the group's men, not of himself
            found = [a for a in found if a not in sayer or (
                ctx.etype(a) not in GROUP_TYPES and not _voices_a_group(ctx, a))]
            if not found and any(c.dep_ == "poss" and c.lower_ in POSSESSIVE_GROUP
                                 for x in subj for c in x.children):
                # "the Israeli military said its warplanes had struck ...": a state's own
                # craft or troops are the state's, whatever the noun
                found = [a for a in sayer if ctx.etype(a) not in GROUP_TYPES and
                         not _voices_a_group(ctx, a)]
            if not any(c.dep_ == "nsubj" and c.lower_ in ("it", "they", "we")
                       for c in tok.children):  # "its fighters" are the sayer's
                found = [a for a in found if a in sayer and ctx.etype(a) not in GROUP_TYPES]
        elif draft.type == "attack" and foiler is None and (not found or (
                tok.dep_ == "ccomp" and all(ctx.etype(a) in GROUP_TYPES for a in found))):
            # "three rockets hit the base, the group said"; "Kataib Hezbollah fighters
            # attacked X, the Islamic Resistance in Iraq said": the reporting group's claim
            told = [*reporting_group(ctx, tok), *_group_telling_its_deed(ctx, tok)]
            draft.claimed_by += [a for a in dict.fromkeys(told) if a not in draft.claimed_by]
        if draft.type == "statement":
            found = with_speaker(ctx, tok, found)
            found += [b for b in _titled_bodies(ctx, tok) if b not in found]
            found += [p for p in _named_holders(ctx, tok) if p not in found]
        elif draft.type in ("strike", "attack") and not found and subj and all(
                lemma(x) in (CRAFT_NOUNS if draft.type == "strike" else WARPLANES) and
                not _owned(x) for x in subj):
            # "the IDF said fighter jets had struck X": the speaking force's own craft
            found = [a for a in speakers(ctx, tok) if ctx.etype(a) == "state_body"]
        elif draft.type == "arrest" and not found and any(
                c.dep_ == "auxpass" for c in tok.children):
            # "police said the suspect had been arrested", "two men were extradited and
            # charged, the Metropolitan Police said": the body that reports it;
            # "..., Bahraini security forces said": the state whose forces report it
            found = [a for a in speakers(ctx, tok) if (
                ctx.etype(a) == "state_body" or (ctx.is_country(a) and _forces_say(tok))) and
                not _held_abroad(ctx, tok, a)] or seizers_before(ctx, tok)
        elif draft.type == "sanction" and not found:
            # "the sanctions imposed by the EU hit six officials"
            found = [a for x in subj if lemma(x) in MEASURE_NOUNS
                     for a in _measure_makers(ctx, x)] or (
                [] if subj else _sanction_voice(ctx, draft, tok))
        if not found and draft.type in VIOLENT:
            found = _doers_since(ctx, tok)
        if not found and draft.type == "transfer" and not agents and \
                tok.tag_ in ("VBD", "VBN") and \
                lemma(tok) not in RECEIVING_VERBS | STOPPED_LOAD_HEADS:
            # "the Quds Force, which has supplied the drones": the giver the relative
            # pronoun stands for, in the past ("X, which is supplying Y" describes X)
            # (a name: "the factions, which sent fighters to X after 2013" tell a kind's
            # record)
            found = tokens_actors(ctx, [a for s in subj
                                        if s.lower_ in RELATIVE_PRONOUNS and s.i > 0 and
                                        s.head.i == tok.i and s.dep_ == "nsubj"
                                        for a in [antecedent(s)] if a.pos_ == "PROPN"],
                                  weapons=weapon_tokens)
        draft.actors = found
        if not found and draft.type in ARMED:
            # "a drone believed to be Israeli struck a car": whose the craft is believed
            draft.attributed_to += [a for a in _believed_owners(ctx, subj)
                                    if a not in draft.attributed_to]
        return
    found = [] if _own_list(draft, tok) else [
        a for a in token_actors(ctx, tok) if a not in _own_entities(ctx, tok)]
    if draft.type == "sanction":
        # "the Foreign Terrorist Organization designation": a name the text alone gives,
        # on the noun of a listing, is the kind of list, not the body that keeps it
        found = [a for a in found if ctx.etype(a) != "organization" or
                 a in ctx.linker.pack.entries]
    if found and draft.type == "arrest" and lemma(tok) in CAPTIVE_NOUNS:
        draft.target_actors, found = found, []  # "took two Hezbollah fighters prisoner"
    if found and draft.type in ("arrest", "killing"):
        # "her arrest", "Soleimani's killing" name the target; "the US killing" the actor.
        draft.target_actors = [a for a in found if ctx.etype(a) == "person"]
        found = [a for a in found if ctx.etype(a) != "person"]
    if not found and not blamers_hung_on_deed(tok):
        for _prep, pobj in prep_objects(tok, BY):
            found += tokens_actors(ctx, [pobj])
    if not found and draft.type in VIOLENT:
        found = _partakers(ctx, tok)
    if not found and draft.type == "killing":
        # "the killing of X in a US drone strike": the instrument's
        for _prep, inst in named_prep_objects(tok, KILLING_INSTRUMENT_PREPS):
            if ctx.ontology.triggers_starting(lemma(inst)):
                found = token_actors(ctx, inst)
                break
    if not found and draft.type == "sanction":
        found = _measure_makers(ctx, tok)  # "the sanctions, announced by the Treasury"
    if not found and draft.type == "plot":
        found = tokens_actors(ctx, _preparers(tok))
    draft.claimed_by += [a for a in _claimed_in_relative(ctx, tok) if a not in draft.claimed_by]
    draft.claimed_by += [a for a in _claimed_in_list(ctx, tok) if a not in draft.claimed_by]
    if not found and draft.type in ARMED and verb is not None and _instrument_of_harm(tok, verb):
        # "Israel killed six fighters in a drone strike": who kills by the blow deals it
        found = tokens_actors(ctx, [s for s in verb.children if s.dep_ == "nsubj"])
    answer = _answer_phrase(tok)
    if not found and verb is not None and answer.dep_ == "pobj" and answer.head.lower_ == "with" \
            and answer.head.head.i == verb.i and lemma(verb) in ANSWERING:
        # "US troops responded with artillery fire": who answers fires ("answered with
        # tanks and artillery fire", "with a wave of strikes")
        found = tokens_actors(ctx, [s for s in inherited_subjects(verb)
                                    if s.dep_ != "nsubjpass"])
    if not found and verb is not None and (lemma(verb) in LIGHT_VERBS or
                                           lemma(verb) in draft.hit.trigger.verbs or
                                           (lemma(verb) in SALVO_FIRING and
                                            lemma(tok) in SALVO_NOUNS)):
        holder = _phrase_head(draft, tok)  # "on its list of proscribed groups": the list
        while holder.dep_ == "conj" and holder.head.i != holder.i:
            holder = holder.head
        if holder.dep_ == "pobj" and holder.head.lower_ == "of" and \
                lemma(holder.head.head) in RUN_NOUNS | PAIR_NOUNS:
            holder = holder.head.head  # "carried out a wave of strikes": the run is done
        if (holder.dep_ in ("dobj", "nsubjpass", "appos") and holder.head.i == verb.i) or (
                holder.dep_ == "pobj" and verb.i in (holder.head.head.i,
                                                     holder.head.head.head.i) and
                lemma(verb) in draft.hit.trigger.verbs):  # "placed X on its blacklist"
            # "X, which claimed the attack": the relative pronoun stands for X
            # "X was taken into custody", "X was placed on the list": a passive verb's
            # subject is whom the deed befalls, its doer only the agent
            who = tokens_actors(ctx, passive_agents(verb) or [
                antecedent(s) for s in inherited_subjects(verb)
                if not (s.dep_ == "nsubjpass" and s.head.i == verb.i)])
            if lemma(verb) in ("claim", "endorse"):
                if not (verb.dep_ == "xcomp" and lemma(verb.head) in REFUSING):
                    draft.claimed_by += claimants(ctx, who)  # "declined to claim" none
            else:
                found = _claimed_by_sayer(ctx, draft, verb, who)
            if draft.type == "attack" and lemma(verb) in COMMISSIONING and found and \
                    all(ctx.is_state(a) for a in found):
                # "Iran ordered the 1994 bombing": the state that had the blow dealt is
                # held responsible for it, and its bombers' blow stays an attack
                draft.attributed_to += [a for a in found if a not in draft.attributed_to]
                found = []
            if not found and draft.type == "sanction" and holder.dep_ == "nsubjpass":
                found = _sanction_voice(ctx, draft, verb)  # "sanctions were imposed on X,
                # the Treasury said"
    draft.actors = found


# Verbs by which a measure is laid on its targets: "the sanctions, imposed by X".
IMPOSING = frozenset({"impose", "issue", "level", "adopt", "unveil", "introduce"})


def _measure_makers(ctx: DocContext, noun: Token) -> list[str]:
    """"The sanctions, announced by the Treasury on Tuesday, target ...", "the sanctions
    imposed by the EU": who a participle of laying a measure names as its agent."""
    return tokens_actors(ctx, [a for c in noun.children if c.dep_ == "acl" and
                               lemma(c) in ANNOUNCING | IMPOSING for a in passive_agents(c)])


def _sanction_voice(ctx: DocContext, draft: Draft, verb: Token) -> list[str]:
    """"Four firms were sanctioned on Tuesday, the Treasury said", "sanctions were
    imposed on two banks, according to the Treasury": the state or state body that tells
    of a listing told in the passive with no one named to make it makes it; not one of
    the listed, nor a body of the state those listed belong to ("two Iraqi banks were
    sanctioned, Iraq's central bank said")."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return []
    listed = [t for c in verb.children if c.dep_ == "nsubjpass" for t in c.subtree] + \
        [t for _x, p in prep_objects(verb, frozenset({"on"})) for t in p.subtree]
    theirs = {ctx.country(m.entity_id) for m in ctx.mentions_of(listed) if m.entity_id} - {None}
    voices = speakers(ctx, verb) or tokens_actors(ctx, according_voice(verb))
    return [a for a in voices if (ctx.etype(a) == "state_body" or ctx.is_country(a)) and
            a not in draft.target_actors and ctx.country(a) not in theirs]


# Verbs of harm whose doer deals the blow they are done "in" or "with".
HARMING = frozenset({"kill", "wound", "injure", "destroy", "eliminate", "damage"})


def _instrument_of_harm(tok: Token, verb: Token) -> bool:
    """"killed six fighters in a drone strike", "destroyed the depot in an air raid": a
    blow noun told as the means of an active verb of harm."""
    return tok.dep_ == "pobj" and tok.head.lower_ in KILLING_INSTRUMENT_PREPS and \
        tok.head.head.i == verb.i and lemma(verb) in HARMING and verb.pos_ == "VERB"


def _claimed_by_sayer(ctx: DocContext, draft: Draft, verb: Token, doers: list[str]) -> list[str]:
    """"Hezbollah said it carried out an attack on X": the doers of a deed a verb of doing
    tells that a group says it did are its claimants, as with "said it fired rockets"
    (a state that says it did stays the actor); the actors left."""
    sayer = _own_claim(ctx, verb) if _claiming(draft) else []
    if not sayer or _state_actor(ctx, sayer):
        return doers
    draft.claimed_by += [a for a in claimants(ctx, sayer) if a not in draft.claimed_by]
    return [a for a in doers if a not in sayer or ctx.etype(a) not in GROUP_TYPES]


# Verbs of taking part "in" deeds: "participated in attacks", "engaged in bombings".
PARTAKING = frozenset({"participate", "engage"})


def _partakers(ctx: DocContext, tok: Token) -> list[str]:
    """"X had taken part in attacks on US troops", "X played a role in the bombing", "X
    participated in the strikes": who took part in the deeds did them; a part denied
    ("denied playing any role in the attack") is nobody's."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "in":
        return []
    head = tok.head.head
    if lemma(head) in PART_NOUNS and head.dep_ == "dobj" and head.head.pos_ == "VERB":
        verb, part = head.head, head
    elif head.pos_ == "VERB" and (lemma(head) in PARTAKING or any(
            c.dep_ == "dobj" and lemma(c) in PART_NOUNS for c in head.children)):
        # the parse may hang "in attacks" on the verb of "took part"
        verb, part = head, next((c for c in head.children if c.dep_ == "dobj"), head)
    else:
        return []
    if disowned(verb) or denied_by_no(part) or lemma(verb) in DENYING:
        return []  # "X denied any role in the attack"
    return tokens_actors(ctx, [s for s in inherited_subjects(verb) if s.dep_ != "nsubjpass"])


# Nouns a verb makes of the people it seizes ("took them prisoner"): their modifiers
# name the seized, never their captors.
CAPTIVE_NOUNS = frozenset({"prisoner", "captive", "hostage"})


def _believed_owners(ctx: DocContext, subj: list[Token]) -> list[str]:
    """"A drone believed to be Israeli", "an aircraft thought to be Turkish": the state a
    craft is believed to belong to, named after a verb of belief on it."""
    out: list[str] = []
    for s in subj:
        for acl in (c for c in s.children if c.dep_ == "acl" and lemma(c) in RAISING_VERBS):
            for be in (c for c in acl.children if c.dep_ == "xcomp" and lemma(c) == "be"):
                for t in (c for c in be.children if c.dep_ in ("acomp", "attr")):
                    m = ctx.ents.at(t.i)
                    if m is not None and m.entity_id and m.entity_id not in out:
                        out.append(m.entity_id)
    return out


def _own_list(draft: Draft, tok: Token) -> bool:
    """"placed X on its terror list": the list is the placer's, whoever "its" seems to
    point at; the one who places is the actor."""
    return bool(draft.hit.trigger.verbs) and any(
        c.dep_ == "poss" and c.pos_ == "PRON" for c in _phrase_head(draft, tok).children)


def _phrase_head(draft: Draft, tok: Token) -> Token:
    """The word a noun phrase trigger hangs by: its last word ("sanctions list"), or its
    first where the rest hangs from it ("list of proscribed groups")."""
    first = tok.doc[draft.hit.start]
    return first if first.i != tok.i and first.pos_ == "NOUN" and first.is_ancestor(tok) \
        else tok


CLAIM_REACH = 12  # tokens from an event noun to the pronoun of a claim about it


def _claimed_in_relative(ctx: DocContext, tok: Token) -> list[str]:
    """"the bombings in X on May 3, which the group claimed": the subject of a claim in a
    relative clause after the event noun claimed it. The clause may hang from the
    event's date or place; the event is the last one named before its pronoun."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return []
    out: list[str] = []
    for rel in tok.sent:
        if rel.i <= tok.i or rel.dep_ != "relcl" or is_negated(rel):
            continue
        # "which the group claimed", "which the group said it carried out"
        done = [c for c in rel.children if c.dep_ == "ccomp" and lemma(c) in CARRYING_OUT
                and not is_negated(c)] if lemma(rel) in SAID_DONE else []
        if lemma(rel) != "claim" and not done:
            continue
        pronoun = next((c for h in (rel, *done) for c in h.children
                        if c.dep_ == "dobj" and c.lower_ in ("which", "that")), None)
        if pronoun is None or any(event_noun(ctx, t) for t in tok.doc[tok.i + 1:pronoun.i]):
            continue
        if pronoun.i - tok.i <= CLAIM_REACH:
            out += tokens_actors(ctx, [c for c in rel.children if c.dep_ == "nsubj"])
    return claimants(ctx, out)


def _claimed_in_list(ctx: DocContext, tok: Token) -> list[str]:
    """"The group's claims this week included a drone launched at the Tanf garrison",
    "claims by Kataib Hezbollah include a rocket attack on X": a blow a list of claims
    includes is claimed by whose claims they are."""
    head = tok.head if tok.dep_ == "acl" and tok.pos_ == "VERB" else tok
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    verb = head.head
    if head.dep_ != "dobj" or lemma(verb) != "include" or is_negated(verb):
        return []
    claims = [s for s in verb.children if s.dep_ == "nsubj" and lemma(s) == "claim"]
    owners = [c for s in claims for c in s.children if c.dep_ == "poss"]
    owners += [p for s in claims for _x, p in prep_objects(s, BY)]
    return claimants(ctx, tokens_actors(ctx, owners))


def _answer_phrase(tok: Token) -> Token:
    """The head of the phrase a blow is told in: the first of a list it ends ("tanks and
    artillery fire") or the run it is of ("a wave of strikes")."""
    holder = tok
    while holder.dep_ == "conj" and holder.head.i != holder.i:
        holder = holder.head
    if holder.dep_ == "pobj" and holder.head.lower_ == "of" and \
            lemma(holder.head.head) in RUN_NOUNS | PAIR_NOUNS:
        holder = holder.head.head
    return holder


# Saying verbs whose reported deed in a relative clause is claimed ("which X said it
# carried out"), and the verbs of doing that deed.
SAID_DONE = frozenset({"say", "announce", "state", "declare", "confirm", "admit"})
CARRYING_OUT = frozenset({"carry", "conduct", "launch", "execute", "perpetrate", "mount",
                          "stage"})
# Verbs whose "with" names the answer itself: "retaliated with air strikes".
ANSWERING = frozenset({"respond", "retaliate", "reply", "react", "answer", "hit"})
GROUP_TYPES = frozenset({"armed_group", "front_group", "coalition"})
INTERDICTING = frozenset({"seize", "interdict", "intercept", "confiscate", "stop", "capture"})
# The heads of an interdicted transfer: a verb of stopping a load, or of finding arms on a
# craft stopped ("found rifles on board", see `_arms_found_aboard`).
STOPPED_LOAD_HEADS = INTERDICTING | FINDING_CHARGES
# Verbs whose subject stops a plot rather than makes it ("police thwarted a plot").
# Verbs by which a state stops or lays bare a plot, whose subject takes no part in it
# ("Turkish intelligence uncovered a Mossad plot to kidnap X").
FOILING = frozenset({"foil", "thwart", "disrupt", "uncover", "expose", "unearth", "bust"})
LISTING = frozenset({"including", "include", "like", "such", "among"})


def _listed_groups(ctx: DocContext, sent: Span) -> list[str]:
    """Groups a sentence lists after "including" or "such as"."""
    out: list[str] = []
    for tok in sent:
        if tok.lower_ in LISTING and tok.dep_ in ("prep", "amod", "advmod", "cc"):
            for t in sent.doc[tok.i:sent.end]:  # the list runs on past ";" and brackets
                m = ctx.ents.at(t.i)
                if m is not None and m.entity_id and m.etype in NON_STATE and \
                        m.entity_id not in out:
                    out.append(m.entity_id)
            break
    return out


SAY_VERBS = frozenset({"say", "announce", "state", "claim", "declare", "confirm", "post",
                       "write", "boast", "admit", "acknowledge"})


def _claiming(draft: Draft) -> bool:
    """Whether a speaker's word about its own deed is a claim: "Hezbollah said it fired
    rockets" claims the attack, but "X said it would halt its operations" is a
    statement X itself declares (its actor), not a deed it claims, and "Bahrain said it
    arrested 12 people" reports an arrest, a designation or a delivery as done."""
    return draft.type in VIOLENT or (draft.type == "statement" and draft.subtype == "claim")


def _own_claim(ctx: DocContext, tok: Token) -> list[str]:
    """"Hezbollah said it fired rockets": the perpetrator's own word, its claim ("said it
    planned and carried out" shares the subject of the first verb); "the Houthis claimed to
    have fired a missile" likewise."""
    if tok.dep_ == "xcomp" and tok.head.pos_ == "VERB" and lemma(tok.head) in CLAIM_VERBS:
        return tokens_actors(ctx, [s for s in tok.head.children if s.dep_ == "nsubj"])
    subj = [c for c in tok.children if c.dep_ == "nsubj"] or [
        c for c in first_conjunct(tok).children if c.dep_ == "nsubj"]
    # "its fighters", "the group's naval forces": the sayer's own men
    if not subj or (subj[0].lower_ not in ("it", "they", "we") and not any(
            c.dep_ == "poss" and (c.lower_ in ("its", "their", "our") or _own_group_noun(c))
            for c in subj[0].children)):
        return []
    cur = tok
    while cur.dep_ == "conj" and cur.head.i != cur.i:
        cur = cur.head
    if cur.dep_ != "ccomp" or lemma(cur.head) not in SAY_VERBS:
        return []
    sayers = tokens_actors(ctx, [s for s in cur.head.children if s.dep_ == "nsubj"])
    if not any(c.dep_ == "poss" and _own_group_noun(c) for c in subj[0].children):
        return sayers  # a group or a state ("Israel said it killed X"): its own claim
    # "the group's drone hit X, Hezbollah said" is the group's word; "..., the Pentagon
    # said" tells of another's drone
    return [a for a in sayers if ctx.etype(a) in NON_STATE or ctx.etype(a) == "person"]


def _voices_a_group(ctx: DocContext, party: str) -> bool:
    """Whether a party is a person who speaks for an armed group (its spokesman or
    leader), whose "we", "they" and "its fighters" are the group's men."""
    return ctx.etype(party) == "person" and claimants(ctx, [party]) != [party]


def _own_group_noun(tok: Token) -> bool:
    """"the group's", "the movement's": the group that speaks, told by its kind."""
    return lemma(tok) in GROUP_NOUNS and tok.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ == "the" for c in tok.children)


def _group_telling_its_deed(ctx: DocContext, tok: Token) -> list[str]:
    """"Hezbollah fired 200 rockets at X, the group said", "..., Hezbollah said in a
    statement": an armed group named as the doer of a clause its own voice reports claims
    the deed (the group named again, or "the group", "the militia", is the sayer)."""
    if tok.dep_ != "ccomp" or lemma(tok.head) not in SAY_VERBS:
        return []
    named = tokens_actors(ctx, [c for c in tok.children if c.dep_ == "nsubj"])
    said_by = [s for s in tok.head.children if s.dep_ == "nsubj"]
    if not named or not said_by or any(ctx.etype(a) not in GROUP_TYPES for a in named):
        return []
    sayers = tokens_actors(ctx, said_by)
    voice = said_by[0]
    itself = lemma(voice) in GROUP_NOUNS and any(
        c.dep_ == "det" and c.lower_ == "the" for c in voice.children)
    return named if set(sayers) & set(named) or (itself and not sayers) else []


def _own_entities(ctx: DocContext, tok: Token) -> set[str]:
    m = ctx.ents.at(tok.i)
    return {m.entity_id} if m is not None and m.entity_id else set()


def _passive_takers(ctx: DocContext, tok: Token, draft: Draft) -> list[Token]:
    """"Hamas was given $50 million by Iran", "the Houthis were supplied with missiles":
    a named party as the passive subject of a verb of giving receives (a load or the
    fighters sent as passive subject are what moves)."""
    if draft.subtype == "fighters" or not any(c.dep_ == "auxpass" for c in tok.children):
        return []
    return [s for s in tok.children if s.dep_ == "nsubjpass" and
            (m := ctx.ents.at(s.i)) is not None and m.entity_id is not None and
            ctx.can_act(m) and m.etype not in PLACE_TYPES]


def _included(ctx: DocContext, tok: Token, first: Token) -> list[str]:
    """The people and groups a list after "including" names, hung on the sanctions (the
    trigger or its verb's object) or on the sanctioned: "imposed sanctions on six
    officials, including A and B"."""
    ids: list[str] = []
    objects = direct_objects(tok) if tok.pos_ == "VERB" else []  # "imposed sanctions on"
    for holder in (tok, first, *objects):
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ not in INCLUDING:
                continue
            for obj in (g for g in prep.children if g.dep_ == "pobj"):
                for named in (obj, *obj.conjuncts):
                    ids += [m.entity_id for m in ctx.mentions_of(
                        list(named.subtree)) if m.entity_id and m.etype in LISTED_TYPES]
    return ids


# What a measure may freeze or seize of a party: "the assets of X were frozen".
HOLDINGS = frozenset({"asset", "fund", "property", "account", "holding", "wealth"})


def _owners_of_holdings(tok: Token) -> list[Token]:
    """Whose holdings a word names: "the assets of X", "funds belonging to X", "property
    owned by X"."""
    if lemma(tok) not in HOLDINGS:
        return []
    out = [p for _x, p in prep_objects(tok, OF)]
    for acl in (c for c in tok.children if c.dep_ == "acl"):
        out += [p for _x, p in prep_objects(acl, TO)] if lemma(acl) == "belong" else []
        out += [p for c in acl.children if c.dep_ == "agent" for p in c.children
                if p.dep_ == "pobj"] if lemma(acl) in ("own", "hold", "control") else []
    return out + [c for p in out for c in p.conjuncts]


# Verbs of what a craft or a site undergoes after a blow: "sank", "went down", "capsized".
FOUNDERING = frozenset({"sink", "capsize", "founder", "burn"})


def _sunk_by(tok: Token) -> list[Token]:
    """"The Magic Seas went down after an attack with drones", "the tanker sank after a
    two-day assault": what sank after the blow is what it struck."""
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or tok.head.lower_ not in AFTER_PREPS:
        return []
    verb = tok.head.head
    sank = lemma(verb) in FOUNDERING or (lemma(verb) == "go" and any(
        c.dep_ == "prt" and c.lower_ == "down" for c in verb.children))
    return [c for c in verb.children if c.dep_ == "nsubj"] if sank else []


# Prepositions of a blow told as what came before: "sank after an attack".
AFTER_PREPS = frozenset({"after", "following", "in"})


def _targets_of(ctx: DocContext, draft: Draft, tok: Token, weapon_tokens: frozenset[int]
                ) -> list[Token]:
    targets: list[Token] = []
    holders = [tok, *_back_adverbs(tok)]
    if tok.pos_ == "VERB" and (draft.type in ("arrest", "killing", "sanction") or
                               draft.subtype == "training") and any(
            c.dep_ == "auxpass" for c in tok.children):
        for subj in [c for c in tok.children if c.dep_ == "nsubjpass"]:
            owners = _owners_of_holdings(subj) if draft.type == "sanction" else []
            draft.target_actors += [a for t in (subj, *owners) for a in token_actors(ctx, t)
                                    if a not in draft.target_actors]
            if owners:
                targets.append(subj)  # "the assets of X were frozen": whose assets
            if draft.type == "arrest" and subj.pos_ in ("NOUN", "PROPN"):
                targets.append(subj)  # "two men were arrested": whom the arrest takes
    if draft.type == "arrest" and tok.pos_ == "NOUN" and draft.hit.trigger.verbs:
        verb = governing_verb(tok)  # "X was taken into custody", "took X into custody"
        if verb is not None and lemma(verb) in draft.hit.trigger.verbs:
            held = _sought_by_warrant(tok, verb) if draft.subtype == "warrant" else \
                [c for c in verb.children if c.dep_ == "nsubjpass"] + direct_objects(verb)
            for subj in held:
                draft.target_actors += [a for a in token_actors(ctx, subj)
                                        if a not in draft.target_actors]
                if subj.pos_ in ("NOUN", "PROPN"):
                    targets.append(subj)
    if tok.pos_ == "VERB" and draft.type == "transfer" and lemma(tok) not in RECEIVING_VERBS:
        # who receives: "supplied the Houthis with drones", "passed funds to Hezbollah";
        # "sent fighters to Syria": the fighters sent are no receivers
        datives = [c for c in tok.children if c.dep_ == "dative"]  # "gave Hamas $5m"
        # "carried Iranian rocket parts": what a verb of carrying takes is the load
        sent = [] if draft.subtype == "fighters" or lemma(tok) in CARGO_VERBS else \
            direct_objects(tok)
        for obj in sent + datives + _receivers(tok) + _owners_of_sum(tok) + \
                _passive_takers(ctx, tok, draft):
            draft.target_actors += [a for a in token_actors(ctx, obj)
                                    if a not in draft.target_actors]
        # "supplied drones to Moscow": a capital that receives stands for its state
        draft.target_actors += [a for a in capital_states(ctx, _receivers(tok))
                                if a not in draft.target_actors]
    if tok.pos_ != "VERB" and draft.type == "transfer":
        # "the shipment of Iranian weapons to the Houthis", "a cargo bound for X"
        takers = [r for load in _loads(tok, draft.hit.trigger) for r in _receivers(load)]
        if tok.dep_ == "nsubj" and any(t.load_subject for t in ctx.ontology.triggers_starting(
                lemma(tok.head))):  # "the shipment reached the Houthis"
            takers += direct_objects(tok.head) + _receivers(tok.head)
        if tok.dep_ in ("nsubj", "nsubjpass") and lemma(tok.head) in BOUND_VERBS:
            # "the shipment was bound for the Houthis", "the cargo was headed to X"
            takers += [p for _x, p in prep_objects(tok.head, DESTINATION_PREPS)]
        for obj in takers:
            draft.target_actors += [a for a in token_actors(ctx, obj)
                                    if a not in draft.target_actors]
    if draft.type == "sanction" and tok.pos_ != "VERB" and tok.dep_ == "pobj" and \
            draft.hit.trigger.verbs:
        verb = governing_verb(tok)  # "placed X on its terror list": X is listed
        if verb is not None and lemma(verb) in draft.hit.trigger.verbs:
            for obj in direct_objects(verb) + [c for c in verb.children
                                               if c.dep_ == "nsubjpass"]:
                draft.target_actors += [a for a in token_actors(ctx, obj)
                                        if a not in draft.target_actors]
    if tok.pos_ == "VERB" and draft.type == "meeting":
        for obj in direct_objects(tok) + [p for _x, p in prep_objects(tok, WITH)]:
            draft.target_actors += [a for a in token_actors(ctx, obj)
                                    if a not in draft.target_actors]
    if _intercepts(tok):  # "intercepted two drones targeting the base": the base
        for course in _courses(tok):
            holders.append(course)
            if lemma(course) in AIMING_VERBS:
                targets.extend(direct_objects(course))
    if tok.pos_ == "VERB" and draft.type not in ("statement", "meeting", "transfer"):
        objects = direct_objects(tok)
        if not objects and draft.type == "sanction":  # "declared the IRGC a terrorist group"
            objects = [t for t in _small_clause(tok) if t.dep_ == "nsubj"]
        for obj in objects:
            if draft.subtype == "arson" and obj.lower_ in AFLAME:
                # "set the car alight", parsed with the car as a modifier of "alight"
                targets += [c for c in obj.children if c.dep_ == "compound"]
                continue
            means = {p.i for _x, p in prep_objects(obj, WITH)}  # "struck a post with drones"
            near_weapon = any(t.i in weapon_tokens and t.i not in means
                              for t in obj.subtree if abs(t.i - obj.i) <= 3)
            if _craft_struck(tok, obj, weapon_tokens):
                targets.append(obj)
            elif obj.i in weapon_tokens or near_weapon or (ctx.ontology.triggers_starting(
                    lemma(obj)) and not _owned_targets(ctx, obj)) or lemma(obj) in SALVO_NOUNS:
                holders.append(obj)  # "launched a barrage of rockets at X": X is the target
                holders.extend(c for c in obj.subtree if c.i in weapon_tokens)
            else:
                targets.append(obj)
    if tok.pos_ == "VERB" and draft.subtype == "arson":
        # "the school was set on fire", "set fire to the consulate": what burned
        targets += [c for c in tok.children if c.dep_ == "nsubjpass"]
        targets += [p for _x, p in prep_objects(tok, TO) if lemma(p) not in AFLAME]
    for prep, pobj in [po for h in holders for po in prep_objects(h, TARGET_PREPS)]:
        if draft.subtype == "arson" and lemma(pobj) in AFLAME:
            continue  # "set the school on fire": the fire is the means
        if prep == "of" and (tok.pos_ == "VERB" or pobj.i in weapon_tokens or
                             draft.subtype == "alert"):
            continue  # "raised the readiness of its units": its own units, no target
        if prep == "of" and draft.type == "sanction" and tok.pos_ != "VERB" and \
                tok.dep_ == "pobj" and pobj.head.head.i == tok.i and draft.target_actors:
            continue  # "placed X on the enhanced tier of the scheme": X, not the scheme
        if prep == "on" and pobj.lower_ in ctx.ontology.platforms:
            continue  # "claimed the attacks on Telegram": where the claim was posted
        if prep == "on" and pobj in blamed_on_deed(ctx, pobj.head.head):
            continue  # "blamed the attack on X": X is blamed, not hit
        if lemma(pobj) in PRINCIPAL_NOUNS and pobj.pos_ == "NOUN":
            continue  # "fired on behalf of X", "on the orders of X": who sent the doers
        if prep == "into" and ctx.etype_of_token(pobj) != "place" and not any(
                m.etype == "facility" for m in ctx.mentions_of(list(pobj.subtree))):
            continue  # "fired into the sea" is no target; "broke into the embassy" is
        if pobj.ent_type_ in ("DATE", "TIME") or lemma(pobj) in TIME_NOUNS:
            continue
        targets.append(pobj)
    if not targets and tok.pos_ == "VERB" and draft.type in ("plot", "killing"):
        targets = _relative_victim(tok)
    if not targets and draft.type in VIOLENT:
        targets = _sunk_by(tok)
    if not targets:
        return []
    first = antecedent(targets[0])
    s, e = np_span(first, stop=("conj", "cc", "appos", "punct", "relcl"))
    named = [c for c in first.children if c.dep_ == "appos" and c.left_edge.i == e and
             c.pos_ == "PROPN"]
    if named:  # "the activist Jane Doe", parsed as an apposition: one phrase
        e = named[0].i + 1
    sender = {t.i for p in principal_phrases(first) for t in p.subtree}
    if draft.type in VIOLENT:  # "attacked a base in X with drones": the means, no target
        sender |= {t.i for _x, p in prep_objects(first, WITH) if p.i in weapon_tokens
                   for t in p.head.subtree}
    e = min([e, *(i for i in sender if s < i)])  # "a journalist on the orders of X": not X
    if draft.subtype == "arson":  # "set the car alight": the car
        e = min([e, *(t.i for t in tok.doc[s:e] if t.i > first.i and t.lower_ in AFLAME)])
    draft.target = tok.doc[s:e].text
    draft.target_token = first.i
    full = [t for t in subtree_tokens(first, skip_deps=("conj", "cc", "appos", "relcl"),
                                      deep=True) if t.i not in sender]
    if tok.pos_ == "VERB":  # "was designated a terrorist group by X": X designates
        agents = {t.i for a in passive_agents(tok) for t in a.subtree}
        full = [t for t in full if t.i not in agents]
    draft.target_tokens = frozenset(t.i for t in full)
    ids = [m.entity_id for m in ctx.mentions_of(full) if m.entity_id
           and not _nationality_of_person(ctx, m)]
    if draft.type in ("killing", "arrest", "sanction", "meeting"):
        for conj in first.conjuncts:  # "the killing of X and Y": one event, two targets
            ids += [m.entity_id for m in ctx.mentions_of(list(conj.subtree)) if m.entity_id]
        for ap in (c for c in first.children if c.dep_ == "appos"):
            # "sanctioned two officials of X, A and B": the people the apposition names
            ids += [m.entity_id for m in ctx.mentions_of(list(ap.subtree))
                    if m.entity_id and m.etype == "person"]
    if draft.type == "sanction":
        ids += _included(ctx, tok, first)
    if draft.type == "transfer":
        # "seized Iranian missile parts bound for X": the load's maker receives nothing
        ids = [m.entity_id for m in ctx.mentions_of(full) if m.entity_id and not m.modifier]
    if draft.type in VIOLENT:
        ids += [a for agent in _users_told_back(first) for a in token_actors(ctx, agent)]
    draft.target_actors = list(dict.fromkeys([*draft.target_actors, *ids]))
    return targets


def _sought_by_warrant(warrant: Token, verb: Token) -> list[Token]:
    """"Issued an arrest warrant for X", "issued warrants at Y's request for X": the
    people a warrant is for, not the warrant the verb issues."""
    holders = [warrant, verb, *(p for _x, p in prep_objects(verb, AT) if lemma(p) == "request")]
    return [p for h in holders for _x, p in prep_objects(h, FOR)]


def _owned_targets(ctx: DocContext, obj: Token) -> bool:
    """"Struck Houthi targets", "hit the group's targets": targets whose owner the noun
    names are what was hit (bare "targets" leave what was hit to the phrase after them:
    "hit targets at seven sites used by X")."""
    return lemma(obj) == "target" and any(
        c.dep_ in ("compound", "amod", "poss") and c.i < obj.i and
        (c.pos_ == "PRON" or ctx.ents.at(c.i) is not None) for c in obj.children)


def _users_told_back(target: Token) -> list[Token]:
    """"Bombed five depots used by the group", "positions held by the militia": the group
    noun told back as the user of the sites hit (a participle's agent)."""
    return [a for c in target.children if c.dep_ == "acl" and c.tag_ == "VBN"
            for a in passive_agents(c) if lemma(a) in GROUP_NOUNS and a.pos_ == "NOUN"]


def _nationality_of_person(ctx: DocContext, m: LinkedMention) -> bool:
    """"an Iranian dissident", "the Iranian-American journalist X": a people's adjective on
    a private person says who the person is, not that the state was a target."""
    if m.label != "NORP":
        return False
    head = ctx.doc[m.tok_end - 1]
    while head.dep_ in ("amod", "compound") and head.head.i != head.i:
        head = head.head
        if head.pos_ in ("NOUN", "PROPN"):
            break
    return head.i >= m.tok_end and (ctx.etype_of_token(head) == "person" or
                                   lemma(head) in PERSON_TARGETS)


# Private people a plot or killing is aimed at, whose nationality names no state's side
# (unlike "an Iranian commander").
PERSON_TARGETS = frozenset({"dissident", "journalist", "activist", "exile", "defector",
                            "businessman", "rabbi", "writer", "academic", "broadcaster"})


def _relative_victim(verb: Token) -> list[Token]:
    """"X, whom prosecutors said agents planned to kidnap": the person an object relative
    pronoun stands for, when the act deep in the relative clause has no object of its
    own."""
    cur, path = verb, [verb]
    for _ in range(4):
        if cur.dep_ == "relcl":
            # the parse hangs "whom" on any verb of the clause
            whom = any(c.lower_ == "whom" for v in path for c in v.children)
            return [cur.head] if whom and cur.head.pos_ in ("NOUN", "PROPN") else []
        if cur.dep_ not in ("xcomp", "ccomp", "conj") or cur.head.i == cur.i:
            return []
        cur = cur.head
        path.append(cur)
    return []


# Verbs that stop a munition in flight: what was stopped was launched, an attack.
INTERCEPTING = frozenset({"intercept", "shoot", "down"})
# Participles that tell a munition's course: "drones targeting X", "a missile aimed at X".
COURSE_VERBS = frozenset({"target", "aim", "head", "approach", "fire", "launch", "direct",
                          "bind"})
# Of these, the verbs whose direct object is what the munition was sent at.
AIMING_VERBS = frozenset({"target", "approach"})
# Verbs by which a blow told as their subject names what it hit ("the strikes hit radars").
BLOW_HIT_VERBS = frozenset({"hit", "target", "destroy", "damage", "strike"})


def _struck_by_blow_noun(tok: Token, verb: Token | None) -> set[int]:
    """"The strikes hit radars, air defenses and drone launch sites", "the strike targeted
    a drone storage site": the tokens of what a blow told as a noun hit, whose arms are
    its targets, not its means."""
    if verb is None or tok.pos_ != "NOUN" or tok.dep_ != "nsubj" or tok.head.i != verb.i or \
            lemma(verb) not in BLOW_HIT_VERBS:
        return set()
    return {t.i for o in verb.children if o.dep_ == "dobj" for t in o.subtree}


def _craft_struck(verb: Token, obj: Token, weapon_tokens: frozenset[int]) -> bool:
    """"Struck two uncrewed surface vessels", "hit three drone launchers": a verb of force
    lands on its object, so a craft or launcher that is that object is what was hit, not
    what hit it (a verb that launches, "fired two missiles", takes the munition). A verb
    that tells how an interception went ("downed two drones, hitting both") keeps what the
    interception stopped as its weapon."""
    if verb.dep_ == "advcl" and _intercepts(verb.head):
        return False
    return lemma(verb) in FORCE_VERBS and obj.i in weapon_tokens and not any(
        c.dep_ == "prep" and c.lower_ in TARGET_PREPS for c in obj.children)


def _intercepts(tok: Token) -> bool:
    """Whether a verb stops munitions in flight ("intercepted", "shot down", "downed")."""
    return tok.pos_ == "VERB" and lemma(tok) in INTERCEPTING and (
        lemma(tok) != "shoot" or any(c.dep_ == "prt" and c.lower_ == "down"
                                     for c in tok.children))


def _courses(tok: Token) -> list[Token]:
    """The participles that tell where the stopped munitions were going ("drones
    heading for X were downed"), also when the parse hangs one on the stopping verb
    ("two drones were shot down approaching X", "were intercepted approaching X")."""
    return [c for w in acted_on(tok) for c in w.children
            if c.dep_ in ("acl", "relcl") and lemma(c) in COURSE_VERBS] + [
        c for c in tok.children if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VBG" and
        lemma(c) in COURSE_VERBS]


def _launch_told(tok: Token) -> bool:
    """Whether an interception tells one launch: munitions counted or pointed at ("two
    drones", "the missile") or told on their course ("drones aimed at a tanker"). Bare
    plurals ("has downed enemy drones") are a record or the munitions of an attack told
    already, and an interception meant ("to shoot down missiles") is an aim."""
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False
    return bool(_courses(tok)) or any(c.dep_ in ("det", "nummod", "quantmod")
                                      for w in acted_on(tok) for c in w.children)


def _launchers(ctx: DocContext, tok: Token) -> list[str]:
    """Who launched what an interception stopped: a name on the munition ("Houthi
    drones") or the agent of its launch ("a missile fired by X"), never the
    interceptor, who is the side the launch was aimed at."""
    words = [c for w in acted_on(tok) for c in w.children
             if c.dep_ in ("compound", "amod", "nmod", "poss")]
    words += [a for c in _courses(tok) for a in passive_agents(c)]
    return [a for a in tokens_actors(ctx, words) if ctx.etype(a) != "place"]


def _group_downs_state_craft(ctx: DocContext, tok: Token, shooters: list[str]) -> bool:
    """"The Houthis shot down an American MQ-9 drone": a group that downs a state's
    craft deals the blow (a state's drone is flown, not launched at the group); a state
    that intercepts stays the side a launch was aimed at."""
    owners = _craft_owners(ctx, tok) if _intercepts(tok) else []
    return bool(shooters and owners) and _state_actor(ctx, shooters) is False and \
        _state_actor(ctx, owners) is True


def _craft_owners(ctx: DocContext, tok: Token) -> list[str]:
    """Whose the downed craft is, as its modifiers say ("an American drone": the US)."""
    # ("a US MQ-9 Reaper drone": the parse may make the owner a noun modifier, nmod)
    return tokens_actors(ctx, [c for w in acted_on(tok) for c in w.children
                               if c.dep_ in ("amod", "poss") or (
                                   c.dep_ in ("compound", "nmod") and
                                   c.ent_type_ in ("NORP", "GPE"))])


# Words of a handover to another state's courts, which happens where the man is sent
# ("extradited from X to Y"); a deportation expels him from where he was.
EXTRADITING = frozenset({"extradite", "extradition"})


# Verbs whose object is the act planned: "plotted the murder of X", "prepared attacks".
PLANNING_VERBS = frozenset({"plot", "plan", "prepare", "organize", "organise", "orchestrate",
                            "mastermind", "scheme", "arrange", "commission"})


def _alternatives(tok: Token) -> bool:
    """Whether a noun is one of alternatives joined by "or" ("in X or Y")."""
    return any(c.dep_ == "cc" and c.lower_ == "or" for c in tok.children)


def _planned_object(tok: Token) -> bool:
    """Whether a plot's noun is the object of a verb of planning, whose subject plots."""
    return tok.pos_ == "NOUN" and tok.dep_ == "dobj" and lemma(tok.head) in PLANNING_VERBS


def _described_by_participle(verb: Token) -> Token | None:
    """"Two men acting on behalf of X plotted to kill Y": a finite verb the parse hangs as
    a clause on the last noun of a participle phrase describing its true subject; that
    subject."""
    if verb.dep_ != "acl" or verb.tag_ != "VBD":
        return None
    cur = verb.head
    for _ in range(6):
        if cur.dep_ == "acl" and cur.tag_ in ("VBG", "VBN") and \
                cur.head.pos_ in ("NOUN", "PROPN") and cur.head.i < cur.i:
            return cur.head if cur.head.dep_ in ("nsubj", "ROOT") else None
        if cur.dep_ not in ("pobj", "prep") or cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def _plot_makers(ctx: DocContext, tok: Token, top: Token) -> list[str]:
    """Who plots, as the plot verb ``top`` over the trigger tells: the bodies its subjects
    act for, the subjects themselves when the trigger is the planned act's noun ("X had
    plotted the murder of Y"), and the noun a subjectless plot clause describes ("a cell
    plotting attacks")."""
    # "an ISIS cell that was preparing attacks": the cell the pronoun stands for
    told = [s for s in inherited_subjects(top) if s.dep_ != "nsubjpass"]
    if lemma(top) in SAYING:
        # "a man who they say tried to hire hitmen to kill X", parsed with "who" and "they"
        # both subjects of "say": the relative pronoun plots, the speakers only tell it
        told = [s for s in told if s.lower_ in RELATIVE_PRONOUNS]
    subj = [antecedent(s) for s in told]
    described = _described_by_participle(top) if not subj else None
    if described is not None:
        # "two men working for the Iranian state plotted to kill X", parsed as if the
        # state plotted: the men the participle clause describes plot
        subj = [described]
    makers = plotters(ctx, top, subj)
    if described is not None:
        makers = tokens_actors(ctx, subj) + makers
    if tok.pos_ != "VERB" or any(s.lower_ in RELATIVE_PRONOUNS for s in told):
        # "two X operatives who had plotted to bomb Y": the operatives plot
        makers = tokens_actors(ctx, subj) + makers
    if not subj and top.dep_ == "acl" and not ctx.ontology.triggers_starting(lemma(top.head)):
        # not "an Iranian plot to kidnap X"; "X, who was hired by Y, planned to ...": Y too
        makers += token_actors(ctx, top.head) + principals(ctx, top.head)
    return list(dict.fromkeys(makers))


def _loads(tok: Token, trig: Trigger) -> list[Token]:
    """What a transfer moves: a verb's object, passive subject or "with" phrase (the
    subject of a verb of arrival), a noun's "of" phrase, followed down "of" ("a shipment
    of Iranian missiles")."""
    out = _moved(tok, trig) if tok.pos_ == "VERB" else [tok]
    for load in list(out):
        for _x, inner in prep_objects(load, OF):
            out.append(inner)
            out += [p for _y, p in prep_objects(inner, OF)]
    return out


def _load_givers(ctx: DocContext, tok: Token, trig: Trigger,
                 weapon_tokens: frozenset[int]) -> list[str]:
    """The state or people named as an adjective on a load of arms ("a shipment of
    Iranian missiles", "Iranian-made drones"): whose arms they are, so the giver of the
    transfer, never its receiver."""
    out: list[str] = []
    loads = _loads(tok, trig)
    # "a convoy carrying Iranian weapons crossed ...": the carrier's cargo is the load
    loads += [o for c in loads if lemma(c) in ctx.ontology.carriers for v in c.children
              if v.dep_ in ("acl", "relcl") and lemma(v) in CARGO_VERBS
              for o in direct_objects(v)]
    for load in loads:
        if not (load.i in weapon_tokens or lemma(load) in ctx.ontology.arms_nouns or
                lemma(load) in ctx.ontology.load_nouns or any(
                    c.i in weapon_tokens for c in load.children if c.dep_ == "compound")):
            continue  # (the parts of a weapon count: "Iranian drone engines")
        for mod in (c for c in load.children if c.dep_ in ("amod", "compound", "nmod")):
            for t in mod.subtree:
                m = ctx.ents.at(t.i)
                if m is not None and m.entity_id and m.label == "NORP" and \
                        m.entity_id not in out:
                    out.append(m.entity_id)
    return out


def _delivery_takers(ctx: DocContext, tok: Token) -> list[str]:
    """"X took delivery of drones": the subject of "take delivery" receives the load."""
    if lemma(tok) != "delivery" or tok.dep_ != "dobj" or lemma(tok.head) != "take":
        return []
    return tokens_actors(ctx, inherited_subjects(tok.head))


def _capital_givers(ctx: DocContext, tok: Token) -> list[str]:
    """"Tehran transferred millions to X", "Tehran's sale of drones": a capital that acts
    stands for its state."""
    if tok.pos_ != "VERB":
        return capital_states(ctx, [c for c in tok.children if c.dep_ == "poss"])
    return capital_states(ctx, [s for s in inherited_subjects(tok) if s.dep_ == "nsubj"])


def _load_sides(ctx: DocContext, draft: Draft, tok: Token,
                weapon_tokens: frozenset[int]) -> None:
    """Who gives and who receives a transfer as told on its load and its wording: the
    adjective on the arms names the giver, "took delivery of" the receiver, a capital
    subject its state."""
    takers = _delivery_takers(ctx, tok)
    givers = [g for g in _load_givers(ctx, tok, draft.hit.trigger, weapon_tokens)
              if g not in takers]
    draft.target_actors = [a for a in draft.target_actors if a not in givers]
    draft.target_actors += [a for a in takers if a not in draft.target_actors]
    draft.actors = [a for a in draft.actors if a not in takers]
    if not draft.actors:
        draft.actors = givers or [a for a in _capital_givers(ctx, tok)
                                  if a not in draft.target_actors]
    if not draft.actors:
        draft.actors = [a for a in _origin_givers(ctx, tok, draft.hit.trigger)
                        if a not in draft.target_actors]


# People who only carry a load on someone's behalf: "smugglers brought in weapons from
# Iran" names its source, who supplies it, as "a dhow from Iran" does.
COURIERS = frozenset({"smuggler", "trafficker", "courier", "gunrunner", "middleman"})


def _origin_givers(ctx: DocContext, tok: Token, trig: Trigger) -> list[str]:
    """"The vessel was smuggling weapons from Iran to Yemen", "weapons from Iran were
    delivered", "couriers carried cash from Tehran": with no one named as sending it, the
    state or group a load comes from gives it (a capital stands for its state)."""
    bg = ctx.ontology
    if tok.pos_ == "VERB" and any(
            lemma(s) not in bg.carriers | bg.load_nouns | bg.arms_nouns | COURIERS
            for s in subjects(tok) if s.dep_ == "nsubj"):
        return []  # "the defendants shipped parts from the US": the senders are named
    loads = _loads(tok, trig)
    # "weapons smuggled from Iran reached X": the "from" of the participle on the load
    holders = [tok, *loads, *(v for ld in loads for v in ld.children
                             if v.dep_ == "acl" and v.tag_ == "VBN")]
    # "carried millions in cash from Tehran": the form the sum is carried in
    holders += [p for _x, p in prep_objects(tok, IN_AT) if lemma(p) in trig.objects]
    out: list[str] = []
    for _x, p in (po for h in holders for po in prep_objects(h, FROM)):
        m = ctx.ents.at(p.i)
        if m is not None and m.entity_id and ctx.can_act(m) and m.entity_id not in out:
            out.append(m.entity_id)
        # "couriers carried cash from Tehran to Beirut": a capital stands for its state
        out += [s for s in capital_states(ctx, [p]) if s not in out]
    return out


def _owners_of_sum(verb: Token) -> list[Token]:
    """"provides most of Hezbollah's budget", "pays the group's salaries": whose budget
    a sum is, who receives it."""
    objs = direct_objects(verb)
    objs += [p for o in objs for _x, p in prep_objects(o, OF)]
    return [c for o in objs if lemma(o) in OWNED_SUMS for c in o.children if c.dep_ == "poss"]


# Sums that belong to whom they are paid: "its budget", "the fighters' salaries".
OWNED_SUMS = frozenset({"budget", "salary", "wage", "stipend", "payroll", "funding", "finances",
                        "expenses", "operations"})
# Money verbs whose "for" names who gets the money: "laundered funds for X".
FOR_MONEY_VERBS = frozenset({"launder", "raise", "collect"})
# "bound for X", "headed to X": where a load goes.
DESTINATION_PREPS = frozenset({"for", "to"})


# Verbs of money put into a party: "poured billions into X", "funneled cash into Y".
POURING_VERBS = frozenset({"pour", "funnel", "channel", "pump"})


def _receivers(verb: Token) -> list[Token]:
    """Who a transfer goes to: "shipped drones to X" (the parser's "dative" too), and the
    destination of its load: "a boat carrying rockets bound for X", "destined for X"."""
    out = [p for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
           for p in c.children if p.dep_ == "pobj"]
    if lemma(verb) in POURING_VERBS:  # "poured billions of dollars into Hezbollah"
        out += [p for _x, p in prep_objects(verb, INTO)]
    # "provided training to X": the parse may hang the "to" on what is given
    out += [p for o in direct_objects(verb) for c in o.children
            if c.dep_ == "prep" and c.lower_ == "to" for p in c.children if p.dep_ == "pobj"]
    # "delivered a suitcase containing cash to X": the parse may hang the "to" on what
    # the container holds
    out += [p for o in direct_objects(verb) for c in o.children if c.dep_ in ("acl", "amod")
            for held in (c, *direct_objects(c), *[q for _x, q in prep_objects(c, OF | WITH)])
            for _x, p in prep_objects(held, TO)]
    # "from oil sales to the Houthis": the parse may hang the "to" on the "from"
    out += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
            for to in c.children if to.dep_ == "prep" and to.lower_ == "to"
            for p in to.children if p.dep_ == "pobj"]
    accusing = verb.head.head if verb.dep_ == "pcomp" and verb.head.lower_ == "of" else None
    if accusing is not None and lemma(accusing) in ACCUSING:
        # "accused Tehran of shipping drones to Russia": the parse may hang the "to" on
        # the verb of accusing
        out += [p for c in accusing.children if c.dep_ == "prep" and c.lower_ == "to" and
                c.i > verb.i for p in c.children if p.dep_ == "pobj"]
    if lemma(verb) in FOR_MONEY_VERBS | CARGO_VERBS | MAKING_VERBS:
        # "for X" on the verb or its load
        out += [p for h in (verb, *direct_objects(verb))
                for _x, p in prep_objects(h, FOR)]
    for load in (t for t in verb.subtree if t.dep_ in ("acl", "advcl") and
                 t.tag_ in ("VBN", "VBG") and lemma(t) in CARGO_VERBS):
        out += [p for _x, p in prep_objects(load, DESTINATION_PREPS)]
    return out


INNER_PLACE_PREPS = frozenset({"in", "near", "outside", "inside", "across", "throughout",
                               "off"})
TARGET_SIDE_PREPS = frozenset({"on", "at", "against", "targeting", "under", "beneath",
                               "underneath"})


# Clauses that tell what a declaration is about ("denied that it had attacked ...",
# "rejected claims that it struck ..."), not when it was declared.
CONTENT_CLAUSES = frozenset({"ccomp", "acl", "relcl"})


def _deed_dates(ctx: DocContext, draft: Draft, dates: list[DateMatch]) -> list[DateMatch]:
    """The dates that may date a deed: not the day of the report that tells it or of
    the trial that judges it ("arrested in Ahvaz, rights groups said in a report issued
    on Wednesday"); a statement may be that report."""
    if draft.type in RECORD_TYPES:
        return dates
    return [d for d in dates if not record_date(d, ctx.doc, ctx.ontology.record_nouns)]


def _declaration_dates(draft: Draft, tok: Token, dates: list[DateMatch],
                       records: frozenset[str]) -> list[DateMatch]:
    """The dates that may date a denial: "The group denied that it had attacked the base
    last week" was declared on the day the story tells, not last week (the date of the
    act it denies). Other declarations keep all but a deadline they set ("gave X until
    Friday"): "announced it suspended its attacks on Monday" dates the suspension, which
    is the statement."""
    if draft.type == "statement":
        dates = [d for d in dates if not _deadline(tok.doc, d) and
                 not _inner_deed_date(d, tok, records)]
    if draft.type != "statement" or draft.subtype != "denial" or tok.pos_ != "VERB":
        return dates
    heads = [c for c in tok.children if c.dep_ == "ccomp"]
    heads += [g for c in tok.children if c.dep_ == "dobj" for g in c.children
              if g.dep_ in CONTENT_CLAUSES]
    spans = [(h.left_edge.idx, h.right_edge.idx + len(h.right_edge)) for h in heads]
    return [d for d in dates if not any(s <= d.start < e for s, e in spans)]


def _inner_deed_date(date: DateMatch, tok: Token, records: frozenset[str]) -> bool:
    """Whether a date in a statement's words dates a deed the statement is about, not the
    statement: one inside the name of that deed ("denied any role in the October 7
    attack", "would respond to Sunday's strike", "to the strike of March 3", "condemned
    the killing on Friday of its commander", "vowed revenge for the attack in December"),
    or a month or year in the clause of what is vowed or promised ("vowed to avenge the
    killing of its commander in January", "said it would avenge the killing in
    December"). A day right on the verb of saying, or one heading the sentence, is the
    statement's."""
    host = date_host(tok.doc, date)
    span = tok.doc.char_span(date.start, date.end, alignment_mode="expand")
    if host is None or span is None or said_on(date, tok):
        return False
    if host.i == tok.i and tok.pos_ == "NOUN":
        # "a response to the strike on the port last month": the parse may hang the date
        # told after the deed on the noun of answering it; it dates the deed
        return any(c.dep_ == "prep" and c.lower_ in ("to", "for") and
                   c.right_edge.i < span.start and any(
                       lemma(p) in HOSTILE_ACTS for p in c.children if p.dep_ == "pobj")
                   for c in tok.children)
    if host.i == tok.i:
        return date.kind not in NEWS_DAY_KINDS and any(
            a in PROMISING_AUXES for a in verb_auxes(tok))
    if tok not in host.ancestors:
        return False
    if host.pos_ in ("NOUN", "PROPN"):
        if lemma(host) in DECLARATION_NOUNS or lemma(host) in records:
            return False  # "in its March 3 statement": the statement's own day
        return span.end <= host.i or span.root.head.lower_ == "of" or any(
            c.dep_ == "prep" and c.lower_ == "of" and c.i >= span.end for c in host.children
        ) or (lemma(host) in HOSTILE_ACTS and date.kind not in NEWS_DAY_KINDS)
    clause = host
    while clause.dep_ in ("conj", "xcomp") and clause.head.i != tok.i:
        clause = clause.head
    return clause.dep_ == "xcomp" and clause.head.i == tok.i and \
        date.kind not in NEWS_DAY_KINDS


# Prepositions of a time limit: "gave them until Friday", "to leave by September".
DEADLINE_PREPS = frozenset({"by", "until", "till", "within", "before"})


def _deadline(doc: Doc, date: DateMatch) -> bool:
    """"gave US forces until Friday to leave", "would end the mission by September": the
    limit set for the act a party demands or decides is not the day it declared it."""
    first = date.text.split(maxsplit=1)[0].lower() if date.text else ""
    if first in DEADLINE_PREPS:
        return True
    span = doc.char_span(date.start, date.end, alignment_mode="expand")
    return span is not None and span.start > 0 and doc[span.start - 1].lower_ in DEADLINE_PREPS


def _under_place_prep(root: Token, top: Token) -> bool:
    """Whether a place name hangs from ``top`` through "in/at/near ..." ("targets in
    Houthi-held parts of Yemen"), not as the object of "of" or "on" alone."""
    if root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPS:
        return True
    cur = root
    for _ in range(6):
        if cur.i == top.i or cur.head.i == cur.i:
            return False
        if cur.dep_ == "prep" and (cur.lower_ in INNER_PLACE_PREPS or on_area(cur) or (
                cur.lower_ == "of" and near_bearing(cur.head))):  # "a camp south of X"
            return True
        cur = cur.head
    return False


def _town_on_noun(ctx: DocContext, tok: Token) -> list[LinkedMention]:
    """A town's name set before an event's noun ("the Hamburg arrest follows ...", "the
    Odense protest drew thousands"): where it happened. A country's or a
    people's name there ("the Iranian arrests", "the Israel strikes") may name a side, so
    it places nothing here (a town's name the tagger took for a people's still does)."""
    return [m for c in tok.children if c.dep_ in ("compound", "nmod") and c.i < tok.i
            for m in ctx.mentions_of(list(c.subtree))
            if m.etype in PLACE_TYPES and m.entity_id and not ctx.is_country(m.entity_id) and
            ctx.place(m).precision in ("town", "district", "facility")]


def _joined_to_target(root: Token, top: Token) -> bool:
    """Whether a place name is joined to what a blow was aimed at: "fired rockets at
    army sites in the north and the occupied Golan Heights", where the parse makes the
    area one more target. A people or a group so joined is no place."""
    return root.dep_ == "conj" and root.head.i == top.i and root.pos_ == "PROPN"


# Force verbs whose passive subject is what the blow fell on.
STRUCK_VERBS = frozenset({"hit", "strike", "attack", "target", "shell", "bomb", "pound",
                          "raid", "storm", "ambush", "rock", "bombard", "shake"})


# Verbs of the harm a blow did, whose passive subject is where it fell: "the consulate
# building in X was destroyed in an airstrike".
DAMAGED_VERBS = frozenset({"destroy", "damage", "level", "flatten", "raze", "demolish",
                           "gut", "wreck"})


def _passive_site(ctx: DocContext, verb: Token) -> list[LinkedMention]:
    """The place that is the subject of a passive force verb ("the Lebanese capital,
    Beirut, was hit by a strike"; "the town was shelled"; "a building in X was destroyed
    in a strike"): where the blow fell."""
    if lemma(verb) not in STRUCK_VERBS | DAMAGED_VERBS or \
            not any(c.dep_ == "auxpass" for c in verb.children):
        return []  # "rockets were fired": what was fired is no place
    return [m for subj in verb.children if subj.dep_ == "nsubjpass"
            for m in ctx.mentions_of(subtree_tokens(subj, skip_deps=("relcl", "acl")))
            if m.etype in PLACE_TYPES and m.label != "NORP"]


# Types of events that befall a building, whose owner's name may place it.
SEATED_TYPES = VIOLENT | {"protest", "arrest"}


def _named_places(mentions: list[LinkedMention]) -> bool:
    """Whether ``mentions`` hold a place other than a people ("Israeli")."""
    return any(m.label != "NORP" for m in mentions)


def _means_of(tok: Token, verb: Token) -> bool:
    """Whether the event noun ``tok`` is what the passive verb was done in or with ("was
    destroyed in an airstrike", "was damaged by shelling")."""
    return tok.dep_ == "pobj" and tok.head.lower_ in ("in", "by", "with") and \
        tok.head.head.i == verb.i


def _struck_site(ctx: DocContext, tok: Token, verb: Token) -> list[LinkedMention]:
    """The place a force verb, or an event noun as its subject, struck ("a drone attack
    hit the X air base", "the strikes targeted Y", "missiles targeted X's port", "a strike
    hit a depot used by militias near Z"): where the blow fell; "the attack, which
    targeted the X base": the blow's own relative clause says it too."""
    told = next((r for r in tok.children if r.dep_ == "relcl" and lemma(r) in STRUCK_VERBS
                 and any(c.dep_ == "nsubj" and c.lower_ in RELATIVE_PRONOUNS
                         for c in r.children)), None) if tok.pos_ == "NOUN" else None
    if told is not None:
        verb = told
    elif not (tok.i == verb.i or (tok.dep_ == "nsubj" and tok.head.i == verb.i)) or \
            lemma(verb) not in STRUCK_VERBS:
        return []
    stop = ("conj", "cc", "appos", "relcl", "prep", "acl", "punct")
    objects = direct_objects(verb)
    return [m for obj in objects for m in ctx.mentions_in(*place_span(obj, stop))
            if m.etype in PLACE_TYPES and (m.label != "NORP" or border_adjective(ctx, m))] + \
        [m for obj in objects for m in users_place(ctx, obj)]


# Nouns of a settlement or a part of one that an "on" phrase names as where blows fell
# ("strikes were reported on the X district of Damascus"), not as whom they hit.
STRUCK_AREA_NOUNS = frozenset({"area", "district", "neighbourhood", "neighborhood", "quarter",
                               "suburb", "town", "village", "city"})


def _fill(ctx: DocContext, draft: Draft, sent: Span, weapons: Sequence[WeaponHit],
          dates: list[DateMatch], others: frozenset[int] = frozenset()) -> None:
    doc = sent.doc
    tok = doc[draft.hit.head]
    verb = tok if tok.pos_ == "VERB" else governing_verb(tok)
    weapon_tokens = _weapon_indices(weapons)
    _actors_of(ctx, draft, tok, verb, weapon_tokens)
    targets = _targets_of(ctx, draft, tok, weapon_tokens)
    if draft.type == "transfer":
        _load_sides(ctx, draft, tok, weapon_tokens)
        others = others - _cargo_told_on_object(ctx, tok)
    if draft.type == "statement":  # "Iran warned X against any attack on Iranian soil"
        draft.target_actors = [a for a in draft.target_actors if a not in draft.actors]
    else:
        draft.actors = [a for a in draft.actors if a not in draft.target_actors]
    if draft.type == "plot" and (tok.pos_ == "VERB" or _planned_object(tok)):
        top = tok if tok.pos_ == "VERB" else tok.head
        while top.dep_ == "xcomp" and top.head.i != top.i:
            top = top.head  # "plotted to kill": the plot verb names who plots
        draft.actors += [a for a in _plot_makers(ctx, tok, top)
                         if a not in draft.actors and a not in draft.target_actors]
    scheme = _scheme_before(ctx, tok) if draft.type == "plot" else None
    if scheme is not None:
        # "X was charged in an Iranian plot to kill Y", however the parse hangs the act:
        # the plot's noun names who made it
        draft.actors += [a for a in scheme_makers(ctx, scheme)
                         if a not in draft.actors and a not in draft.target_actors]
    if draft.type == "plot":
        draft.actors += [a for a in sponsors_of_plot(ctx, tok) if a not in draft.actors]
        draft.attributed_to = [a for a in [*draft.attributed_to, *backers_of_plotters(ctx, tok)]
                               if a not in draft.actors]
        draft.attributed_to = list(dict.fromkeys(draft.attributed_to))
    elif draft.type == "meeting":
        hosts, partners = meeting_parties(ctx, tok, verb)
        staged = verb is not None and _staged_between(ctx, verb)
        if staged:  # "Oman hosted talks between X and Y": the host takes no part
            hosts = draft.actors = []
        hosts += _hosting_states(ctx, verb) if verb is not None and not staged else []
        partners += _hosted_parties(ctx, verb) if verb is not None else []
        partners += _owners_met(ctx, verb) if verb is not None else []
        draft.actors = list(dict.fromkeys([*(hosts or draft.actors), *partners]))
        draft.target_actors = [a for a in draft.target_actors if a not in draft.actors]
    # Where: a facility in the target, else "in/at/near X" under the trigger or its clause,
    # else the place a relative clause hangs from ("Al Bukamal, which was bombed").
    place_mentions: list[LinkedMention] = []
    if targets:
        named = kind_name(targets[0])  # "towards the Red Sea city of X": X is the target
        past = past_told(targets[0], draft.type)  # "a man who had fought in X"
        for m in ctx.mentions_of([*subtree_tokens(targets[0], skip_deps=("conj", "cc", "appos"),
                                                  deep=True), *kind_appositions(targets[0])]):
            if m.etype not in PLACE_TYPES or m.tok_start in past:
                continue
            # ("towards the X area": the name before a noun of a place's kind is the place)
            head_is_place = m.tok_start <= targets[0].i < m.tok_end or \
                m.tok_start in named or (m.tok_end == targets[0].i and
                                         lemma(targets[0]) in KIND_NOUNS)
            if head_is_place and draft.type == "protest" and m.entity_id and \
                    ctx.is_country(m.entity_id):
                continue  # "rallied against Israel": the state protested against
            root = ctx.doc[m.tok_end - 1]
            in_phrase = _under_place_prep(root, targets[0])
            if m.etype == "facility" or in_phrase or head_is_place:
                place_mentions.append(m)
        if draft.type == "arrest":  # "arrested five men, four in X and one in Y"
            place_mentions += counted_places(ctx, targets[0])
        if not place_mentions:  # "a depot used by the IRGC and its allies in X"
            place_mentions += users_place(ctx, targets[0])
    sites = [*targets[:1], *(direct_objects(verb) if verb is not None else [])]
    for site in dict.fromkeys(sites):  # in order, each once
        place_mentions += renamed_site(ctx, site)
    holders = place_holders(tok, verb, ctx.ontology)
    if draft.type == "plot":
        holders += plotted_acts(ctx.ontology, tok)
    if draft.type in ("attack", "strike", "killing"):
        holders += [c for c in scene_conjuncts(tok, verb, ctx.ontology) if c not in holders]
    for holder in holders:
        bearings = [("of", o) for h in (holder, *direct_objects(holder))
                    for o in bearing_objects(h)]  # "killed two men 10 km south of X"
        bearings += [("of", o) for o in _bearing_after_ship(ctx, holder)]
        preps = place_preps(draft.type)
        if draft.type == "plot" and holder.pos_ == "VERB" and lemma(holder) in JOURNEY_VERBS:
            preps = preps | {"to"}  # "travelled to Cyprus to kill ...": where it was to be
        for prep, pobj in [*prep_objects(holder, preps), *bearings, *_datives_to(holder, preps),
                           *included_places(holder), *joined_places(holder, preps),
                           *_relative_places(holder, preps)]:
            if draft.type == "plot" and _alternatives(pobj):
                continue  # "to kill X in Ottawa or Toronto": where was never settled
            s0, e0 = place_span(pobj, stop=("conj", "cc", "appos", "relcl", "prep", "acl",
                                            "punct"))
            found = [m for m in ctx.mentions_of([ctx.doc[i] for i in range(s0, e0)])
                     if m.etype in PLACE_TYPES] or users_place(ctx, pobj)
            if prep == "on" and not on_area(pobj.head) and \
                    lemma(pobj) not in STRUCK_AREA_NOUNS:  # "on US forces" is a target
                found = [m for m in found if m.etype == "facility"]
            place_mentions += found
        sides = TARGET_SIDE_PREPS | {"of"} if holder.i == tok.i and tok.pos_ == "NOUN" \
            else TARGET_SIDE_PREPS  # "the attack of US positions at X": what it hit
        for _side, pobj in [*prep_objects(holder, sides), *joined_places(holder, sides)]:
            # "a strike on a building in the X district": where its target stands;
            # "strikes on sites straddling the border near X": where they stood (not for
            # the subject of a verb that tells another act: "the attacks follow strikes
            # on sites near X"); "fired at a post and at vehicles near X": each target
            # joined so counts
            stood = stood_at(pobj) if tok.dep_ not in ("nsubj", "nsubjpass") else []
            place_mentions += [m for m in ctx.mentions_of([*subtree_tokens(
                pobj, skip_deps=("relcl", "acl", "appos"), deep=True), *stood])
                if m.etype in PLACE_TYPES and (m.label != "NORP" or border_adjective(ctx, m))
                and m not in place_mentions and (
                    _under_place_prep(ctx.doc[m.tok_end - 1], pobj) or
                    _joined_to_target(ctx.doc[m.tok_end - 1], pobj))]
    if not _named_places(place_mentions) and tok.pos_ == "NOUN" and draft.type not in VIOLENT:
        # "the Aarhus arrest follows ..." (a blow so named is placed with the site the
        # document names for it)
        place_mentions += _town_on_noun(ctx, tok)
    place_mentions = sea_over_bearing(ctx, place_mentions)  # "in the Gulf of X east of Y"
    if draft.type in VIOLENT:  # "airstrikes targeting the X airbase in Y province"
        place_mentions += aimed_sites(ctx, tok, place_mentions)
    # "destroyed in an Israeli airstrike": a people names no place
    if not _named_places(place_mentions) and verb is not None and draft.type in VIOLENT and \
            (tok.i == verb.i or tok in passive_agents(verb) or _means_of(tok, verb)):
        place_mentions += _passive_site(ctx, verb)  # "Beirut was hit by a strike"
    if not place_mentions and draft.type in VIOLENT:
        place_mentions = undergone_site(ctx, tok)  # "the X base came under rocket fire"
    if verb is not None and draft.type in VIOLENT:  # "a strike hit the X base in Y"
        place_mentions += [m for m in _struck_site(ctx, tok, verb) if m not in place_mentions]
    # "a Panama-flagged ship was hit": whose ship it is places nothing, so the phrases
    # that place the blow are still looked for
    place_mentions = [m for m in place_mentions if not names_owner(ctx, m) and
                      not (m.etype == "facility" and names_vessel(ctx, m))]
    held = held_for(targets[0]) if draft.type == "arrest" and targets else frozenset()
    if held and place_mentions and verb and all(m.tok_start in held for m in place_mentions):
        # "police in X arrested a man suspected of plotting an attack in Y": where the
        # police are is where they arrested him; what he is held for happened elsewhere
        place_mentions = [m for subj in verb.children if subj.dep_ == "nsubj"
                          for part in subj.children if part.dep_ == "prep" and part.lower_ == "in"
                          for m in ctx.mentions_of(list(part.subtree))
                          if m.etype in PLACE_TYPES] or place_mentions
    if not place_mentions and draft.type in ("protest", "arrest") and verb:
        for subj in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
            for part in subj.subtree:  # "nurses in 39 cities across Iran have staged protests"
                if part.dep_ == "prep" and part.lower_ in ("in", "across", "throughout"):
                    place_mentions += [m for m in ctx.mentions_of(list(part.subtree))
                                       if m.etype in PLACE_TYPES]
    if not place_mentions and draft.type in ("protest", "arrest") and verb:
        place_mentions = entered_places(ctx, verb)  # "troops entered X and arrested six"
    if not place_mentions and draft.type in ("meeting", "protest", "arrest") and verb:
        for obj in (c for c in verb.children if c.dep_ in ("dobj", "prep")):
            # "received a delegation led by X in Tehran": the parse may hang the place
            # on the participle that names the guest's leader
            # or on the leader named ("led by X in Tehran")
            led = [c for c in obj.children if c.dep_ == "acl" and c.tag_ == "VBN"] \
                if draft.type == "meeting" and obj.dep_ == "dobj" else []
            led += [a for c in led for a in passive_agents(c)]
            for _prep, pobj in [*prep_objects(obj, IN_AT),
                                *(po for a in led for po in prep_objects(a, IN_AT))]:
                place_mentions += [m for m in ctx.mentions_of(list(pobj.subtree))
                                   if m.etype in PLACE_TYPES]  # "visited troops in Gaza"
            if obj.dep_ == "prep":
                for pobj in (c for c in obj.children if c.dep_ == "pobj"):
                    for _prep, inner in prep_objects(pobj, IN_AT):
                        # "for his role in a plan to bomb a rally outside X": the act
                        # a clause tells is no place of this one
                        place_mentions += [m for m in ctx.mentions_of(subtree_tokens(
                            inner, skip_deps=("acl", "relcl"), deep=True))
                            if m.etype in PLACE_TYPES]
    if not place_mentions and draft.type == "meeting":
        place_mentions = travel_places(ctx, holders)
    if not place_mentions and draft.type == "meeting" and verb is not None:
        place_mentions = _hosting_places(ctx, verb)
    if not place_mentions and draft.type == "arrest" and targets:
        place_mentions = based_places(ctx, targets[0])  # "arrested Erbil-based members"
    if not place_mentions and draft.type == "arrest" and targets:
        # "arrested a man who had been filming the embassy in X"
        place_mentions = caught_doing_places(ctx, targets[0])
    if not place_mentions and draft.type == "arrest":
        # "detained him after the X attack", not abroad ("French police arrested a man
        # after the attack in Brussels")
        place_mentions = [m for m in sequel_scene(ctx, holders) if not any(
            ctx.is_state(a) and ctx.country(a) not in (None, ctx.place(m).country)
            for a in draft.actors)]
    if not _named_places(place_mentions) and draft.type in SEATED_TYPES:
        seats = [*targets[:1], *(direct_objects(verb) if verb is not None else []),
                 *(o for h in holders for _p, o in prep_objects(h, place_preps(draft.type)))]
        place_mentions += seat_places(ctx, seats)  # "stormed the X Police headquarters"
    if not place_mentions and draft.type in VIOLENT and verb is not None:
        place_mentions = stationed_places(ctx, verb)  # "the frigate, sailing in X, shot"
    if not place_mentions and draft.type in ("killing", "attack") and targets:
        place_mentions = body_found_places(ctx, targets[0])  # "whose body was found in X"
    if not place_mentions:
        place_mentions = antecedent_place(ctx, tok)
    if not place_mentions:  # "levelled the section of its compound in X"
        objects = direct_objects(tok) if tok.pos_ == "VERB" else []
        for holder in [*place_holders(tok, verb, ctx.ontology), *objects]:
            # "killed one of its commanders in X": a number heads the object too
            if holder.pos_ not in ("NOUN", "PROPN", "NUM") or holder.i == tok.i:
                continue
            place_mentions += [m for m in ctx.mentions_of(subtree_tokens(
                holder, skip_deps=("relcl", "acl", "appos"), deep=True))
                if m.etype in PLACE_TYPES and m.label != "NORP" and
                _under_place_prep(ctx.doc[m.tok_end - 1], holder)]
        if not place_mentions and tok.pos_ == "NOUN":  # "drone attacks targeting Eilat"
            aimed = [o for a in tok.children if a.dep_ == "acl" and lemma(a) in TARGETING_VERBS
                     for o in a.children if o.dep_ == "dobj"]
            place_mentions = [m for o in aimed for m in ctx.mentions_of(subtree_tokens(
                o, skip_deps=("relcl", "acl", "appos"))) if m.etype in PLACE_TYPES and
                m.label != "NORP"]
        if not place_mentions:  # "seized a ship linked to a firm in the Gulf of Oman",
            # "attacked a tanker transiting the Bab el-Mandeb"
            place_mentions = open_waters(ctx, [*objects, *targets[:1]])
    if draft.type == "arrest" and lemma(tok) in EXTRADITING:
        place_mentions = sent_to(ctx, holders) or place_mentions  # "extradited to X"
    if draft.type in VIOLENT:
        place_mentions = _own_sites(doc, tok, place_mentions, others)
    if draft.type in VIOLENT and answering_noun(tok) is not None:
        # "fired rockets at a base in X in response to a strike that killed Y": the deed
        # answered is placed only by its own phrase
        own = {t.i for t in tok.subtree}
        place_mentions = [m for m in place_mentions if m.tok_start in own]
    # "wounded in the US strikes": the state that acts, named on the trigger, is not
    # where it acted ("the Beirut strike" keeps its place: Beirut does not act).
    place_mentions = [m for m in place_mentions if not (
        m.entity_id in draft.actors and doc[m.tok_end - 1].head.i == tok.i and
        doc[m.tok_end - 1].dep_ in ("compound", "amod", "nmod", "poss"))]
    # "killed in what Iran called an Israeli strike": who names the blow is no place of it
    labellers = [m for m in place_mentions if _labeller(doc[m.tok_end - 1])]
    if labellers:  # the place told in the words it names the blow with
        label = doc[labellers[0].tok_end - 1].head
        place_mentions = [m for m in place_mentions if m not in labellers]
        if not _named_places(place_mentions):
            place_mentions += [
                m for m in ctx.mentions_of(subtree_tokens(label, skip_deps=("nsubj",)))
                if m.etype in PLACE_TYPES and m.label != "NORP" and
                _under_place_prep(doc[m.tok_end - 1], label)]
    draft.place = offshore_point(ctx, subtree_tokens(verb or tok, skip_deps=(
        "conj", "ccomp", "relcl"))) or place_of(ctx, place_mentions)
    draft.date = pick_date(_declaration_dates(draft, tok, _deed_dates(ctx, draft, dates),
                                              ctx.ontology.record_nouns), tok, verb, sent, others)
    # With what: the weapon nearest the trigger, not one that is the target.
    if draft.type in VIOLENT or draft.type == "transfer":
        # "brought rocket launchers into Syria": the kit moved is the load, not a target
        moved = {m.i for m in _moved(tok, draft.hit.trigger)} if draft.type == "transfer" \
            else set()
        scope = {t.i for t in subtree_tokens(tok)} | {tok.head.i}
        if draft.type == "transfer" and tok.pos_ == "VERB":
            # "used to bring in weapons and that the strikes answered missile fire": the
            # load is in the verb's own clause, not in one joined to it
            scope -= {t.i for c in tok.children if c.dep_ == "conj" and _own_clause(c)
                      for t in c.subtree}
        if draft.type == "transfer" and tok.pos_ == "VERB":
            # "used to bring in weapons and that the strikes answered missile fire": the
            # load is in the verb's own clause, not in one joined to it
            scope -= {t.i for c in tok.children if c.dep_ == "conj" and _own_clause(c)
                      for t in c.subtree}
        craft = _laden_craft(tok)  # "a drone carrying explosives hit near X"
        laden = {t.i for t in craft.subtree if t.i < tok.i} if craft is not None else set()
        scope |= laden
        if tok.pos_ == "VERB" and tok.dep_ == "xcomp":  # "Israeli jets kept striking X"
            scope |= {t.i for s in inherited_subjects(tok) for t in s.subtree}
        if verb is not None and (tok.pos_ == "VERB" or tok.dep_ in ("dobj", "nsubj",
                                                                    "nsubjpass")):
            scope |= {t.i for t in subtree_tokens(verb, skip_deps=("conj", "advcl", "relcl"))}
        earlier = _earlier_deed_tokens(tok, verb) | _other_clauses(doc, tok, others)
        struck = _struck_by_blow_noun(tok, verb)
        usable = [w for w in weapons if w.start not in draft.target_tokens and
                  (w.start in scope or draft.hit.start <= w.start <= draft.hit.end) and
                  w.start not in earlier and w.start not in struck and
                  not (_arsenal(ctx, doc[w.end - 1], tok) and doc[w.end - 1].head.i not in moved)]
        usable = [w for w in usable if not _modifies_weapon(doc, w, usable)]
        if _intercepts(tok):  # the munition stopped, not the air defence that stopped it
            stopped = {t.i for w in acted_on(tok) for t in w.subtree}
            usable = [w for w in usable if w.start in stopped] or usable
        own = {t.i for t in subtree_tokens(tok)} | laden
        inside = [w for w in usable if w.start in own]
        before = [w for w in weapons if w.start < tok.i]
        if not usable and before and _another_munition(tok, weapons):
            # "a drone hit A, while another struck B": the munition one more of is its own
            usable = [max(before, key=lambda x: x.start)]
        if inside or usable:
            w = inside[0] if inside else min(usable, key=lambda x: abs(x.start - tok.i))
            draft.weapon = w.weapon.moved if draft.type == "transfer" and w.weapon.moved \
                else w.weapon.name
            if draft.type == "transfer" and _parts_moved(doc[w.end - 1]):
                draft.weapon = f"{draft.weapon} components"
            sub = w.weapon.subtypes.get(draft.type)
            if sub and (draft.subtype is None or (draft.type in ARMED and
                                                  draft.subtype == "rocket")):
                draft.subtype = sub
        elif draft.type == "attack" and draft.subtype == "gunfire":
            draft.weapon = "gunfire"  # "militants shot dead three guards": shot, so gunfire
        if draft.subtype == "training":
            draft.weapon = None  # "helped the troops operate the drones": no arms handed over


def _own_clause(verb: Token) -> bool:
    """Whether a joined verb opens a clause of its own ("..., and that the strikes were a
    response"): it has a subject or a subordinating word of its own."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children)


# Nouns for the pieces of a weapon sent to be put together where it arrives.
PIECE_NOUNS = frozenset({"component", "part"})


def _parts_moved(weapon_end: Token) -> bool:
    """"seized drone components", "shipped missile parts", "parts of drones": what moves
    is a weapon's pieces, named as its components ("missile parts" are its components)."""
    head = weapon_end.head
    if weapon_end.dep_ in ("compound", "amod", "nmod") and lemma(head) in PIECE_NOUNS:
        return True
    return weapon_end.dep_ == "pobj" and head.lower_ == "of" and lemma(head.head) in PIECE_NOUNS


def _labeller(tok: Token) -> bool:
    """"in what Iran called a strike", "what Lebanon described as a raid": the subject of
    a verb of naming, who speaks of the blow."""
    return tok.dep_ == "nsubj" and lemma(tok.head) in LABELLING and any(
        c.lower_ == "what" for c in tok.head.children)


# Prepositions that set a deed after another ("struck back after rocket fire on X"; "the
# deadliest since X" compares, and X may be the deed itself).
SEQUENCE_PREPS = frozenset({"after", "before", "following"})


def _earlier_deed_tokens(tok: Token, verb: Token | None) -> set[int]:
    """The tokens of a phrase or clause that tells the deed this one follows or answers
    ("after rocket fire on the Golan", "in response to the drone attack", "hours after a
    drone wounded two soldiers"): its weapon is that deed's, not this one's."""
    out: set[int] = set()
    for head in {tok, verb} - {None}:
        if head is None:
            continue
        for c in head.children:
            if c.left_edge.i <= tok.i <= c.right_edge.i:
                continue
            # "the strike followed a drone attack on X": the object is the deed it follows
            if (c.dep_ == "dobj" and lemma(head) in SEQUENCE_VERBS) or (c.dep_ == "prep" and (
                    c.lower_ in SEQUENCE_PREPS or (c.lower_ == "in" and any(
                        p.dep_ == "pobj" and lemma(p) in REPRISALS for p in c.children)))) or (
                    # "struck a depot hours after a drone wounded two soldiers"
                    c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in SEQUENCE_PREPS
                                              for m in c.children)):
                out.update(t.i for t in c.subtree)
    return out


def _other_clauses(doc: Doc, tok: Token, others: frozenset[int]) -> set[int]:
    """The tokens of the clauses of the sentence's other verbs of force that do not hold
    this trigger ("on May 3 a missile hit A; on May 5 a drone struck B", parsed with the
    first clause under the second verb): the weapon told there is that act's."""
    out: set[int] = set()
    for h in others:
        other = doc[h]
        if other.dep_ in ("nsubj", "nsubjpass") and other.head.pos_ == "VERB":
            other = other.head  # "a missile attack wounded X": the clause the noun heads
        if h == tok.i or other.pos_ != "VERB" or \
                other.left_edge.i <= tok.i <= other.right_edge.i:
            continue
        out.update(range(other.left_edge.i, other.right_edge.i + 1))
    return out


def _bearing_after_ship(ctx: DocContext, holder: Token) -> list[Token]:
    """"a drone struck the X, a Greek-owned ship, southeast of Aden": the parse hangs the
    bearing as one more apposition of a ship's name, yet it tells where the ship was hit
    (near the port, with no distance told). A place struck ("struck Zinjibar, east of
    Aden") keeps its own name."""
    out: list[Token] = []
    # The parse may hang the ship's apposition on the subject instead, though it stands
    # after the verb ("a drone struck the X, another US-owned ship, southeast of Aden").
    subjects = [s for s in holder.children if s.dep_ == "nsubj"] if holder.pos_ == "VERB" \
        else []
    for obj in [*direct_objects(holder), *subjects]:
        if any(m.etype in PLACE_TYPES and not names_vessel(ctx, m)
               for m in ctx.mentions_of([obj])):
            continue
        appos = [a for a in obj.children if a.dep_ == "appos" and a.i > holder.i]
        for a in [*appos, *(b for x in appos for b in x.children if b.dep_ == "appos")]:
            if near_bearing(a):
                out += [o for _p, o in prep_objects(a, OF) if o.dep_ == "pobj"]
    return out


def _relative_places(holder: Token, preps: frozenset[str]) -> list[tuple[str, Token]]:
    """"struck what it called launchers near X": the place the parse hangs on the verb
    of naming is where the object it names stands."""
    return [pair for c in holder.children if c.dep_ == "ccomp" and
            c.left_edge.lower_ == "what" and c.left_edge.i > holder.i
            for pair in prep_objects(c, preps)]


def _own_sites(doc: Doc, tok: Token, mentions: list[LinkedMention],
               others: frozenset[int]) -> list[LinkedMention]:
    """The places that are not told inside the phrase of another event of the sentence:
    in "claimed a rocket attack on A and a drone attack on B", B is the second attack's
    site, however the parse hangs it. The blows a verb of doing tells as its object
    ("launched strikes on what it called bases in X") are its own act, not another."""
    phrases = [(doc[h].left_edge.i, doc[h].right_edge.i) for h in others if h != tok.i
               and not (doc[h].dep_ == "dobj" and doc[h].head.i == tok.i)]
    phrases = [(lo, hi) for lo, hi in phrases if not lo <= tok.i <= hi]
    return [m for m in mentions
            if not any(lo <= m.tok_start and m.tok_end - 1 <= hi for lo, hi in phrases)]


def _retype_by_actor(ctx: DocContext, draft: Draft) -> None:
    """A state's attack is a strike; a group's "strike" is an attack."""
    trig = draft.hit.trigger
    if trig.event_type not in ARMED:  # "struck back at X": the verb's own blow
        trig = _blow_told(ctx, draft.hit, ctx.doc[draft.hit.head]) or trig
    if draft.type not in ARMED or trig.event_type not in ARMED | {"killing"}:
        return  # (a killing read as a blow's toll is that blow: "strikes ... killed X")
    # Who did it decides; whom a report blames decides only for a verb ("was bombed").
    verb_trigger = ctx.doc[draft.hit.head].pos_ == "VERB"
    state = _state_actor(ctx, draft.all_actors() if verb_trigger or not draft.attributed_to
                         else [*draft.actors, *draft.claimed_by])
    if (state is None and _done_by_armed_men(ctx.doc[draft.hit.head])) or \
            hands_used(ctx.doc[draft.hit.head]):
        state = False  # "gunmen raided the office": no state's men, whoever sent them
    if state is None and draft.attributed_to and \
            _state_actor(ctx, draft.attributed_to) is False:
        state = False  # "blamed the group for the drone strike": a group's blow, an attack
    # (the warplanes that shoot a drone down stopped the blow; they did not deal it)
    if draft.type == "attack" and (
            (state is True and draft.weapon not in GROUP_WEAPONS) or
            (state is None and not _intercepts(ctx.doc[draft.hit.head]) and
             _flown(ctx, draft))):
        draft.type = "strike"
        w = ctx.ontology.weapon(draft.weapon) if draft.weapon else None
        if w is not None and verb_trigger and (lemma(ctx.doc[draft.hit.head]),) in w.terms:
            w = draft.weapon = None  # "the United States bombed two depots": a state's
            # bombing is the strike itself, told by its verb, and names no munition
        draft.subtype = w.subtypes.get("strike") if w is not None else None
    elif draft.type == "strike" and (state is False or (
            trig.state_only and state is None and (
                (draft.weapon and draft.weapon not in STATE_WEAPONS) or
                _listed_with_attacks(ctx, ctx.doc[draft.hit.head]))) or (
            state is None and _ranked_with_attacks(ctx.doc[draft.hit.head]))):
        draft.type = "attack"
        w = ctx.ontology.weapon(draft.weapon) if draft.weapon else None
        draft.subtype = w.subtypes.get("attack") if w is not None else None


def _done_by_armed_men(tok: Token) -> bool:
    """"Gunmen raided the office", "a raid by militants", "fighters raided a police
    station", "the group's fighters raided an army post", "militants launched a strike",
    "a militia drone strike": the doers are armed men or an armed band that no name ties
    to a state."""
    if tok.pos_ == "NOUN" and any(c.dep_ in ("compound", "amod") and c.i < tok.i and
                                  lemma(c) in ARMED_ANYONES for c in tok.subtree):
        return True  # "a militia drone strike"
    holder = tok.head if tok.pos_ == "NOUN" and tok.dep_ == "dobj" else tok
    doers = [s for s in inherited_subjects(holder) if s.dep_ != "nsubjpass"] + \
        passive_agents(tok)  # "militants launched a strike on X"
    return bool(doers) and all(lemma(s) in ARMED_ANYONES or _band_of_group(s)
                               for s in doers)


def _band_of_group(subj: Token) -> bool:
    """"Its fighters", "the group's fighters": armed men of a group a pronoun or a noun
    of a group stands for."""
    return lemma(subj) in FIGHTER_NOUNS - {"force", "unit", "member"} and any(
        c.dep_ == "poss" and (c.tag_ == "PRP$" or lemma(c) in ARMED_GROUP_NOUNS)
        for c in subj.children)


# Nouns that stand for an armed group told before: "the group's fighters".
ARMED_GROUP_NOUNS = frozenset({"group", "militia", "movement", "faction", "organization"})


def _listed_with_attacks(ctx: DocContext, tok: Token) -> bool:
    """"Several attacks on US troops, including an attack on A in March and a strike on B
    in April": a "strike" no one is named doing, listed with or among attacks no state is
    named doing, is one of those attacks."""
    if tok.pos_ != "NOUN":
        return False
    kin = list(tok.conjuncts)
    head = first_conjunct(tok)
    if head.dep_ == "pobj" and head.head.lower_ in LISTING:
        kin.append(head.head.head)  # "attacks, including ... a strike on B"
    return any(k.pos_ == "NOUN" and lemma(k) == "attack" and
               _state_actor(ctx, tokens_actors(ctx, [k])) is not True for k in kin)


def _ranked_with_attacks(tok: Token) -> bool:
    """"The deadliest attack on the base since the drone strike on X": the blow an attack
    is ranked against ("since" it) is one of its kind, an attack, when no state is named
    dealing it."""
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or tok.head.lower_ != "since":
        return False
    ranked = tok.head.head
    return lemma(ranked) == "attack" and any(
        c.dep_ == "amod" and (c.tag_ == "JJS" or c.lower_ in ORDINALS) for c in ranked.children)


def _flown(ctx: DocContext, draft: Draft) -> bool:
    """"Fighter jets struck X", "a wave of air strikes hit X": warplanes or their strikes
    as the doers of the act (not a word of the sentence around an assault, "in protest at
    US air strikes")."""
    tok = ctx.doc[draft.hit.head]
    subjects_ = [*inherited_subjects(tok), *passive_agents(tok)]
    # "a wave of air strikes hit X": the run's strikes are its doers
    subjects_ += [p for s in subjects_ if lemma(s) in RUN_NOUNS for _x, p in prep_objects(s, OF)]
    doers = {t.i for t in subjects_}
    # (a model such as the MQ-9 is flown only by air forces, whatever it carries)
    return any((w.weapon.name in AIR_FORCE_WEAPONS or w.weapon.proper) and
               any(w.start <= i < w.end for i in doers)
               for w in ctx.weapons(tok.sent))


def _leaders_as_states(ctx: DocContext, draft: Draft) -> None:
    """"President X ordered strikes on ...": a state's strike is the state's act, not
    that of the leader who ordered it."""
    if draft.type != "strike":
        return
    actors: list[str] = []
    for a in draft.actors:
        state = _led_state(ctx, a)
        actors.append(state or a)
    draft.actors = list(dict.fromkeys(actors))


def _led_state(ctx: DocContext, person: str) -> str | None:
    """The country entity of a person who leads one of its state bodies."""
    entry = ctx.linker.pack.entries.get(person)
    if entry is None or ctx.etype(person) != "person":
        return None
    led = getattr(entry, "leader_of", None) or ()
    if not any(ctx.is_state(link.id) for link in led):
        return None
    iso = ctx.country(person)
    return ctx.linker.country_entity.get(iso) if iso else None


def _counted_summary(ctx: DocContext, tok: Token) -> bool:
    """"Two separate attacks on Saturday underlined ...": counted events that are the
    subject of a comment, not of a report, sum up events told one by one."""
    if tok.tag_ not in ("NNS", "NNPS") or tok.dep_ != "nsubj":
        return False
    if not any(c.dep_ == "nummod" for c in tok.children):
        return False
    verb = tok.head
    return not ctx.ontology.triggers_starting(lemma(verb)) and lemma(verb) not in LIGHT_VERBS \
        and lemma(verb) not in ("kill", "wound", "injure", "hit", "target", "damage", "destroy")


# Words that make a count a round total ("more than 150", "at least 40", "over 2,000").
APPROXIMATORS = frozenset({"more", "than", "over", "least", "nearly", "almost", "about",
                           "around", "some", "roughly", "approximately", "upwards"})
# A count this large told without an approximator is a total too ("60 attacks since ...").
TALLY_SIZE = 10


def _large_count(num: Token) -> bool:
    """A count given as a round total: approximated, or too large for one occurrence."""
    if any(c.lower_ in APPROXIMATORS for c in num.subtree if c.i != num.i):
        return True
    try:
        return float(num.text.replace(",", "")) >= TALLY_SIZE
    except ValueError:
        return False


def _running_tally(tok: Token) -> bool:
    """"more than 150 attacks since October", "have attacked more than 60 vessels since
    November", "has fired over 2,000 rockets at Israel since October 8": a running total
    of a campaign counted from a date or between two ("between October and February"),
    not one occurrence (the ones it sums are told one by one, or not
    at all)."""
    counted = [tok] if tok.pos_ in ("NOUN", "PROPN") else [
        c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if not any(c.dep_ == "nummod" and _large_count(c) for n in counted for c in n.children):
        return False
    scopes = [tok, *list(tok.ancestors)[:2]]
    return any(c.dep_ == "prep" and c.lower_ in TALLY_PERIODS
               for c in [*tok.subtree, *(c for s in scopes for c in s.children)])


def _undated_round_total(tok: Token, etype: str, dates: Sequence[DateMatch]) -> bool:
    """"His service tracked more than a dozen potential plots", "has foiled over 20
    plots": deeds named by a round total, with no day or span in their sentence, are a
    tally, not an occurrence (but "fired more than 50 rockets": a barrage's size; "the
    cell planned more than ten attacks": one plot, however many blows it planned)."""
    if dates or any(t.ent_type_ in ("DATE", "TIME") for t in tok.sent):
        return False  # "over the next two days the air force carried out some 480 strikes"
    if tok.pos_ == "NOUN":
        deeds = [tok]
    else:  # "foiled more than 20 plots", "plots backed by Iran to kill or kidnap people"
        deeds = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass") and
                 lemma(c) in CAMPAIGN_NOUNS | SCHEME_NOUNS]
        deeds += [a for a in list(tok.ancestors)[:4] if a.pos_ == "NOUN" and
                  lemma(a) in SCHEME_NOUNS]
    if etype == "plot":
        deeds = [d for d in deeds if lemma(d) in SCHEME_NOUNS]
    return any(d.tag_ == "NNS" and any(
        c.dep_ == "nummod" and any(x.lower_ in APPROXIMATORS for x in c.subtree if x.i != c.i)
        for c in d.children) for d in deeds)


# Prepositions of a span of time a running total is counted over ("during the night"
# may frame one barrage).
TALLY_PERIODS = frozenset({"since", "between"})


def _times_over(tok: Token) -> bool:
    """"struck X more than 200 times", "attacked the base dozens of times": a verb told
    with a round count of times sums a campaign up."""
    for adv in (c for c in tok.children if c.dep_ in ("npadvmod", "advmod", "dobj")
                and c.lower_ == "times"):
        if any(c.dep_ == "nummod" and _large_count(c) for c in adv.children) or any(
                c.dep_ in ("amod", "quantmod", "det") and c.lower_ in ("many", "several",
                                                                       "countless", "multiple")
                for c in adv.children):
            return True
    return False


QUESTION_WORDS = frozenset({"who", "whom"})


def _asked(tok: Token) -> bool:
    """"officials are trying to establish who sent the drones": a verb whose doer is the
    unknown of an indirect question (an attack asked about still happened; a delivery or
    a decision by no one known is none the text reports), or a verb of a sentence that
    asks."""
    return (tok.pos_ == "VERB" and tok.dep_ in ("ccomp", "xcomp", "pcomp", "dobj") and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in QUESTION_WORDS for c in tok.children)
    ) or _in_question(tok)


def _in_question(tok: Token) -> bool:
    """"Does Iran deny arming the group?": a sentence that asks states nothing."""
    return any(t.text == "?" for t in tok.sent[-3:])


def _dated_before_head(tok: Token, dates: list[DateMatch]) -> bool:
    """"the January 28 attack", "last month's strike": a noun trigger whose own date
    stands before it names one past occurrence, whatever frame it is mentioned in."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    return any(tok.left_edge.idx <= d.start and d.end <= tok.idx for d in dates)


TIME_MARKS = frozenset({"after", "before", "since", "when", "until"})


def _time_clause(tok: Token) -> bool:
    """"The strikes came days after X announced a halt": a finite clause of time states
    its own past occurrence; so does a concessive one ("..., though Tehran denies it")."""
    if tok.tag_ == "VBD" and (tok.dep_ == "advcl" or (
            tok.dep_ == "relcl" and lemma(tok.head) in WHEN_NOUNS)) and any(
            c.dep_ == "advmod" and c.lower_ == "when" for c in tok.children):
        return True  # "the crisis began on Monday afternoon, when X announced ..."
    return tok.dep_ == "advcl" and tok.tag_ in ("VBD", "VBN", "VBZ", "VBP") and not any(
        c.dep_ == "auxpass" for c in tok.children) and any(
        c.dep_ == "mark" and c.lower_ in (TIME_MARKS | CONCESSIVE_MARKS) for c in tok.children)


# Nouns of a time a "when" clause may tell what happened at ("on Monday afternoon, when").
WHEN_NOUNS = TIME_NOUNS | {"midday", "weekend", "hour"}


CONCESSIVE_MARKS = frozenset({"though", "although", "whereas"})


def _verbless_predicate(tok: Token) -> bool:
    """"Thousands of supporters of the militias protested outside X": in a sentence the
    parser left without a verb (a noun at its root), an intransitive past form read as a
    reduced relative is its predicate ("an improvised explosive device detonated next to
    a convoy": a participle that modifies a noun is no verb of the sentence)."""
    root = tok.sent.root
    return tok.dep_ == "acl" and tok.tag_ == "VBN" and root.pos_ in ("NOUN", "PROPN") and \
        not any(t.pos_ in ("VERB", "AUX") and t.i != tok.i and t.dep_ not in MODIFIER_DEPS
                for t in tok.sent) and \
        not any(c.dep_ in ("dobj", "agent") for c in tok.children)


def _cargo_told_on_object(ctx: DocContext, tok: Token) -> frozenset[int]:
    """"Seized a boat carrying rifles off X": the participle of carrying on the craft a
    transfer verb acts on tells its load, where it was and whose, not another act."""
    return frozenset(c.i for o in _objects(tok) if lemma(o) in ctx.ontology.carriers
                     for c in o.children if c.dep_ == "acl" and lemma(c) in CARGO_VERBS)


def _craft_cargo(ctx: DocContext, hit: TriggerHit, tok: Token) -> bool:
    """"A truck carrying rockets for X was stopped": a craft's cargo of arms, told on
    the craft, is a load on its way (the verb of carrying has checked it is arms), even
    when the craft is stopped."""
    return hit.trigger.event_type == "transfer" and tok.tag_ == "VBG" and (
        (tok.dep_ == "acl" and lemma(tok.head) in ctx.ontology.carriers) or
        _craft_read_as_modifier(ctx, tok))


def _cargo_interdicted(ctx: DocContext, tok: Token) -> bool:
    """"Intercepted a boat carrying weapons", "stopped a truck carrying rockets" (the
    participle on the craft, or as parsed on the load, the object of the stopping verb): a
    craft's cargo of arms stopped on its way."""
    on_craft = tok.dep_ == "acl" and tok.tag_ == "VBG" and lemma(tok) in CARGO_VERBS and \
        lemma(tok.head) in ctx.ontology.carriers
    return (on_craft or _craft_read_as_modifier(ctx, tok)) and \
        tok.head.dep_ in ("dobj", "nsubjpass") and lemma(tok.head.head) in INTERDICTING


def _smuggled_load_stopped(ctx: DocContext, tok: Token) -> bool:
    """"seized rockets that had been smuggled across the border", "found rifles smuggled
    from X in a car": a load told as smuggled that a verb of stopping or finding takes is
    a delivery cut short, whoever sent it ("bought rifles that had been smuggled" or
    "the rifles that were smuggled" alone name no party)."""
    if lemma(tok) not in SMUGGLING_VERBS or tok.dep_ not in ("relcl", "acl"):
        return False
    load = tok.head
    return load.dep_ in ("dobj", "nsubjpass") and lemma(load.head) in STOPPED_LOAD_HEADS and \
        _is_arms(ctx, load, _weapon_indices(ctx.weapons(tok.sent)))


def _craft_read_as_modifier(ctx: DocContext, tok: Token) -> bool:
    """"A dhow carrying rifles was seized": the parser may take a craft word it does not
    know for a modifier of the load, and the participle of carrying for the load's
    adjective; the craft still carries that load."""
    return tok.dep_ == "amod" and tok.tag_ == "VBG" and lemma(tok) in CARGO_VERBS and \
        tok.i > 0 and lemma(tok.doc[tok.i - 1]) in ctx.ontology.carriers


def _supplied_by(ctx: DocContext, hit: TriggerHit, tok: Token,
                 typed: tuple[str, str | None] | None) -> bool:
    """"the weapons supplied by Iran to the Houthis", "drones provided by the IRGC", "the
    funds received by Hamas": arms or money told with a party to their handing over, a
    transfer stated in passing (a participle with no party, "the weapons supplied", only
    describes them)."""
    if not (hit.trigger.event_type == "transfer" or (typed is not None and typed[0] == "transfer")):
        return False
    if tok.pos_ != "VERB" or tok.dep_ != "acl" or tok.tag_ != "VBN" or not passive_agents(tok):
        return False
    return (typed is not None and typed[1] == "funding") or _is_arms(
        ctx, tok.head, frozenset(i for w in ctx.weapons(tok.sent) for i in range(w.start, w.end)))


# Words that make a relative clause tell of whoever might do a deed, not of a deed done:
# "any ship that attacks", "every unit that enters", "anyone who targets".
ANY_DETERMINERS = frozenset({"any", "every", "each", "whichever", "whatever"})
ANYONE = frozenset({"anyone", "anybody", "whoever", "everyone", "anything"})


def _accept(ctx: DocContext, hit: TriggerHit, sent: Span,
            typed: tuple[str, str | None] | None) -> tuple[str, str | None] | None:
    """The type and subtype of a trigger that states an occurrence, else ``None``
    (inside a name, a modifier, hypothetical, negated, a gerund of purpose...)."""
    tok = sent.doc[hit.head]
    if in_name_or_date(ctx, tok):
        return None
    if tok.dep_ == "compound" and tok.pos_ in ("NOUN", "PROPN", "VERB"):
        return None  # "arson attacks" (the head carries it), "strike groups", a title
    if tok.pos_ == "VERB" and (tok.dep_ == "amod" or (
            tok.dep_ == "acl" and tok.tag_ in ("VBN", "VBG")
            and not hit.trigger.requires_weapon)) and not _verbless_predicate(tok) \
            and not (_content_of(tok) and hit.trigger.event_type == "statement") \
            and not _craft_cargo(ctx, hit, tok) and not _supplied_by(ctx, hit, tok, typed) \
            and not _main_verb_as_participle(tok) and not _gerund_of_people(ctx, tok, hit) \
            and not (typed is not None and typed[0] == "transfer" and
                     lemma(tok.head.head) in FINDING_CHARGES and _smuggled_load_stopped(ctx, tok)):
        return None  # ("found rifles smuggled from X": a load stopped on its way)
    if tok.pos_ == "VERB" and tok.dep_ == "conj" and tok.head.pos_ in ("NOUN", "PROPN"):
        return None  # "storage and launch sites": a verb tag on a noun of a list
    if tok.pos_ == "VERB" and tok.dep_ == "relcl" and (tok.head.lower_ in ANYONE or any(
            c.dep_ == "det" and c.lower_ in ANY_DETERMINERS for c in tok.head.children)) and \
            not dated_subtree(tok, ctx.dates(sent)):
        return None  # "would sink any ship that attacked them": whoever might, no deed
        # ("every base that was hit on Sunday": a deed its day tells)
    nxt = sent.doc[tok.i + 1] if tok.i + 1 < sent.end else None
    if tok.pos_ == "NOUN" and tok.tag_ == "NN" and nxt is not None and nxt.pos_ == "NOUN" \
            and nxt.ent_type_ not in ("DATE", "TIME") and not list(tok.children) and not (
            typed is not None and typed[0] == "plot" and lemma(nxt) in SCHEME_NOUNS):
        return None  # "drone and launch sites": a bare modifier of the noun after it
        # (but "a murder-for-hire scheme" is the scheme the phrase names)
    if tok.pos_ == "VERB" and tok.dep_ == "acl" and tok.tag_ == "VBN" and \
            tok.head.tag_ in ("NNS", "NNPS") and not any(
            c.dep_ in ("det", "nummod", "poss", "quantmod") for c in tok.head.children) and \
            not dated_subtree(tok, ctx.dates(sent)) and not _supplied_by(ctx, hit, tok, typed) and \
            not _main_verb_as_participle(tok):
        return None  # "drones launched towards the shipping lanes": a kind, not an occurrence
    if tok.pos_ == "VERB" and tok.dep_ == "acl" and tok.tag_ == "VBN" and not list(tok.children):
        return None  # "the drones used were made in Iran": the weapons of an event told
    if typed is None:
        return ("statement", "threat") if _declared_blow(ctx, hit, tok) else None
    if typed[0] in ("attack", "strike") and (_declared_attack(ctx, tok) or
                                             _declared_readiness(tok)):
        return "statement", "threat"  # "said they would strike", "its readiness to strike"
    if typed[0] == "plot" and _own_plan_declared(ctx, tok):
        return "statement", "threat"  # "the Houthis plan to target more ships, they said"
    if (typed[0] in VIOLENT or typed[0] == "transfer") and _disowned_deed(ctx, tok):
        return "statement", "denial"  # "said it had never supplied weapons to X" too
    if typed[0] in VIOLENT and tok.pos_ == "VERB" and tok.dep_ == "xcomp" and (
            lemma(tok.head) in VOWING or (lemma(tok.head) in GOING_ON and
                                          tok.head.dep_ == "xcomp" and
                                          lemma(tok.head.head) in VOWING)):
        return None  # "vowed to (keep) strik(e/ing) American bases": the vow is the event
    if typed[0] in VIOLENT and tok.pos_ == "NOUN" and lemma(tok.head) in VOWING and \
            tok.head.pos_ == "VERB" and _blows_promised(tok):
        return None  # "vowed more attacks in a speech on Thursday": the vow is the event
    etype = typed[0]
    dates = ctx.dates(sent)
    if etype not in VIOLENT and _asked(tok):
        return None  # "trying to establish who sent the drones": a question, not a report
    if _outcome_sought(first_conjunct(tok)):
        return None  # "a reward for information leading to his arrest": none made yet
    if tok.pos_ == "VERB" and tok.tag_ == "VBG" and tok.dep_ == "advcl" and \
            etype not in VIOLENT and not _uttered_aside(tok) and not _vowed_in_mourning(tok) \
            and not (
            etype == "arrest" and any(tense(tok.head, ctx.ontology.undated_adverbs))) and not (
            lemma(tok) in URGING | ORDERING and _nationals_told_to_leave(ctx, tok)) and not (
            etype == "transfer" and lemma(tok) in TEACHING_VERBS):
        # ("were in Crimea helping Russian troops operate the drones": what they were there
        # doing); but "raided the office, arresting two", "have cracked down on the protests,
        # arresting dozens": what the raid or the crackdown did
        return None
    if tok.pos_ == "VERB" and tok.tag_ == "VBG" and tok.dep_ == "pcomp" and not (
            etype in VIOLENT and dated_subtree(tok, dates)) and not (
            etype == "plot" and lemma(tok.head.head) in ctx.ontology.plot_modifiers) and \
            not (etype == "transfer" and _charged_with(tok)) and not (
            hit.trigger.lemmas in GATHERING_ON and _charged_with(tok)) and not (
            etype == "meeting" and tok.head.lower_ in ("after", "before", "upon", "on")) and \
            not (etype == "statement" and _means_gerund(tok) is not None):
        # (nor "responded by suspending flights": how the response was made)
        # but "signed the letter after receiving the envoy": the meeting told as a time
        return None  # "an agenda of targeting ...", "arrested for protesting"
    if etype in VIOLENT and tok.tag_ in ("NNS", "NNPS") and tok.dep_ == "dobj" and \
            lemma(tok.head) in CLAIM_VERBS and not any(
            d.precision == "day" for d in dates if dated_subtree(tok.head, [d])) and \
            not claimed_occurrence(ctx, tok):
        return None  # "groups have endorsed attacks": the claim is the event
    if etype == "sanction" and _effect_of_measure(tok):
        return None  # "today's actions freeze any assets of X": what a listing does
    if etype in VIOLENT and _done_deed_bought(ctx, tok):
        return None  # "said the attack had been commissioned by X": the deed told before
    if etype in VIOLENT and _answer_promised(tok):
        return "statement", "threat"  # "said any attack would be met with a strike on X"
    if etype in VIOLENT and tok.pos_ == "NOUN" and tok.dep_ == "dobj" and \
            lemma(tok.head) in PRAISING and not killed_count(text_of(sent)):
        return None  # "the group praised Hamas's October 7 attack": a deed told as praised
    if etype in VIOLENT and _criticised_course(tok, dates):
        return None  # "while criticising the attacks on coalition forces": a course judged
    if is_blocked(ctx, tok, etype) and not _dated_before_head(tok, dates) and \
            not (_craft_cargo(ctx, hit, tok) and not is_negated(tok.head)) and \
            hit.trigger.lemmas[-1] not in NEGATED_THREATS | NEGATED_DENIALS | RELEASING and \
            hit.trigger.phrase not in INACTION | NEGATED_POSITIONS | UNPAID_PASSINGS and not (
            etype == "sanction" and (_declared(ctx, tok) or _announced_measure(tok))) and not (
            etype == "statement" and _relative_denial(tok) and lemma(tok.head) in ACCUSATIONS) \
            and typed != ("statement", "rejection") and not _justice_vowed(ctx, tok) \
            and not (etype == "transfer" and (_stopped_attempt(tok) or _load_stopped(ctx, tok)
                                              or _found_on_craft_stopped(ctx, tok))):
        return None  # but "efforts to avenge the 2020 killing of X": that killing happened
    if _counted_summary(ctx, tok) or (etype in VIOLENT and (
            _running_tally(tok) or _undated_round_total(tok, etype, dates))):
        return None
    if etype in VIOLENT and _times_over(tok):
        return None  # "has struck Houthi targets more than 200 times this year": a tally
    if etype in VIOLENT and (_titled(tok) or _trend_of(tok) or _campaign_begun(tok, dates) or
                             _going_on_since(tok)):
        return None  # a title, a trend, a campaign: no one occurrence
    if etype in VIOLENT and _part_played_in(tok) and not _partakers(ctx, tok):
        return None  # "sanctioned for their role in attacks on US forces": a kind of deed
    if etype in VIOLENT and fellow_victims(tok):
        return None  # "two aides were killed with him": the blow told before
    if etype in VIOLENT and tok.tag_ == "VBG" and tok.dep_ in ("csubj", "csubjpass") and \
            not dated_subtree(tok, dates):
        return None  # "said killing him was a blow": the deed judged, not told
    if etype in VIOLENT and tok.pos_ == "NOUN" and any(
            c.dep_ == "det" and c.lower_ in NONE_OR_ANY for c in tok.children):
        return None  # "there have been no attacks since", "any attack on Iraq is a crime"
    if etype in ARMED and _prospect(tok):
        return None  # "scouted sites for a possible attack": one that may yet come
    if etype in VIOLENT and (_whoever_does(tok) or _yes_no_question(tok)):
        return None  # "those who attack the pipeline will be ...", "did Iran strike X?"
    if etype in VIOLENT and _no_one_did(tok):
        return None  # "no rockets were fired at the base overnight"
    if (etype in VIOLENT or etype == "transfer") and _standing_in_relative(tok, dates) and \
            not (etype == "transfer" and _load_sent_in_relative(ctx, tok)):
        return None  # "militias that attack its troops", "who are funded by Tehran"
    if etype in VIOLENT and tok.dep_ == "dobj" and lemma(tok.head) in SIMULATING:
        return None  # "a drill simulating a Hezbollah attack": an exercise, no blow
    if etype in VIOLENT and _raid_of_arrest(tok):
        return None  # "members seized in a night raid": the raid is how they were held
    if etype in VIOLENT and _reciprocal(tok):
        return None  # "the two struck militants on each other's soil": two blows summed up
    if etype in VIOLENT and tok.pos_ == "VERB" and _fired_in_drill(tok):
        return None  # "fired missiles at mock targets during the drills": no one hit
    if etype == "statement" and tok.pos_ == "NOUN" and tok.dep_ == "dobj" and \
            lemma(tok.head) in ENDING_VERBS:
        return None  # "lifted its suspension of attacks": what ends is not declared anew
    if etype == "statement" and tok.dep_ == "ccomp" and lemma(tok.head) == "demand" and \
            typed[1] != "call":
        return None  # "demanded that Baghdad expel the ambassador": the demand is the event
    if etype == "statement" and _long_held(tok) and typed[1] != "denial":
        return None  # "has long called for their departure": a standing position
        # ("has long denied arming the group" disowns a charge, as "has always denied" does)
    if etype == "statement" and _recalled_before(tok, dates):
        return None  # "The Guards had vowed revenge after ...": an earlier vow recalled
    if etype == "statement" and _possible_only(tok):
        return None  # "a diplomat said the Houthis could resume attacks": a forecast
    if etype == "statement" and _forecast(tok):
        return None  # "analysts said Hamas would likely accept the plan"
    if etype == "statement" and any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS
                                    for c in tok.children):
        return None  # "would not release them until Israel halts its strikes": a condition
    # "agreed to a truce": a noun that counts only under its verbs is placed by them
    placed = tok.dep_ in STATEMENT_OK_DEPS or _content_of(tok) or _relative_denial(tok) or \
        _quick_to(tok) or _admitted_error(ctx, tok) or bool(inverted_speaker(tok)) or \
        _declared_readiness(tok) or (typed[1] == "call" and _departure_demanded(ctx, tok)) or \
        _caused_utterance(tok) or _readied(tok) or _ready_for_war(ctx, tok) or \
        _declared_duty(tok) or _decided(tok) or _ordered(tok) or _charge_called_false(tok) or \
        (_refused(ctx, tok) and typed == ("statement", "rejection")) or \
        _promised_reprisal(tok) or _clause_after_label(tok) or label_clause(tok) or \
        _contrasted(tok) or (tok.tag_ == "VBG" and (
            _uttered_aside(tok) or _vowed_in_mourning(tok))) or (
        bool(hit.trigger.verbs) and tok.pos_ == "NOUN") or (
        tok.dep_ == "pobj" and _talks_planned(ctx, tok)) or (  # "would enter into negotiations"
        _phase_begun(ctx, tok)) or _efforts_declared_over(ctx, tok) or \
        _truce_declared_over(ctx, tok) or (
        tok.tag_ == "VBG" and lemma(tok) in URGING | ORDERING and
        _nationals_told_to_leave(ctx, tok)) or (  # "raised its travel warning, urging X to leave"
        _means_gerund(tok) is not None) or _justice_vowed(ctx, tok) or \
        hit.trigger.phrase in READY_IDIOMS or _said_on_occasion(tok) or (
        tok.dep_ == "acl" and _main_verb_as_participle(tok)) or (  # "militias vowed on Monday to"
        _dated_aside(ctx, tok, ctx.dates(sent)))
    # ("responded by suspending flights"; "would use every means to bring X to justice")
    if etype == "statement" and (not placed or (any(
            c.dep_ == "auxpass" for c in tok.children) and not _declared(ctx, tok) and
            not _refused(ctx, tok) and not _done_by_party(ctx, tok, hit.trigger) and
            not _ready_for_war(ctx, tok))) \
            and not _time_clause(tok) and lemma(tok) not in NEGATED_DENIALS:
        return None  # but "said X would be held responsible": a declared future act
    return typed


def _dated_aside(ctx: DocContext, tok: Token, dates: list[DateMatch]) -> bool:
    """"The group, which suspended its attacks in late January, warned ...": a decision
    its doer took, told aside in a relative clause of the doer with a day of its own, is
    one more statement beside the sentence's own (undated, "which has long vowed ...",
    it is the doer's standing; "the resolution that endorsed the 2015 deal" is no
    party's clause)."""
    if not told_aside(tok) or not dated_subtree(tok, dates):
        return False
    doer = tok.head
    return lemma(doer) in GROUP_NOUNS or ctx.can_act(ctx.ents.at(doer.i))


def _done_by_party(ctx: DocContext, tok: Token, trig: Trigger) -> bool:
    """"the ambassador was expelled by Bahrain", "ties were severed by Riyadh": a
    decision on its object told in the passive, done by a party named after "by"; "X
    would be held responsible" and "were told by officials" decide nothing. The reading
    is the one its object gives ("the embassy was closed by Bahrain", not a strait)."""
    fitted = _reading_by_object(ctx, tok, trig) if trig.requires_declaration else None
    trig = fitted or trig
    past = any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in tok.children) or any(
        c.dep_ == "aux" and lemma(c) == "have" for c in tok.children)  # "has been expelled"
    return bool(trig.objects) and not trig.requires_declaration and past and \
        any(ctx.can_act(ctx.ents.at(a.i)) for a in passive_agents(tok))


# Words of haste whose "to" complement is done at once ("was quick to deny any role").
HASTE_WORDS = frozenset({"quick", "swift", "fast", "prompt"})


def _kept_being_done(tok: Token) -> bool:
    """"Ships will keep being targeted": a course kept up told in the passive, whose
    subject is what it is done to."""
    return lemma(tok) == "keep" and any(
        c.dep_ == "xcomp" and any(a.dep_ == "auxpass" and a.lower_ == "being"
                                  for a in c.children) for c in tok.children)


def _quick_to(tok: Token) -> bool:
    """"Hezbollah was quick to deny any involvement", "the group was swift to distance
    itself": a declaration made in haste is made."""
    return tok.dep_ == "xcomp" and tok.pos_ == "VERB" and lemma(tok.head) in HASTE_WORDS and \
        tok.head.dep_ == "acomp" and not is_negated(tok.head.head)


# Nouns of a military exercise, and words of the targets one shoots at.
EXERCISE_NOUNS = frozenset({"exercise", "drill", "manoeuvre", "maneuver", "wargame"})
PRACTICE_TARGETS = frozenset({"mock", "dummy", "simulated", "practice", "mockup", "decoy"})


def _fired_in_drill(verb: Token) -> bool:
    """"fired missiles at mock targets during the drills", "held an exercise, firing
    rockets": shots of an exercise hit no one; the verb must be inside the exercise
    (its phrase, the clause it qualifies, or a target made for it)."""
    inside = [t for t in verb.subtree if t.dep_ == "pobj" and t.pos_ == "NOUN"]
    if any(_exercise(t) for t in inside):
        return True
    if verb.dep_ in ("advcl", "conj") and any(
            _exercise(t) for t in (*direct_objects(verb.head), *subjects(verb.head))):
        return True
    # "launched drones at mock bases": the parse may hang the "at" on the munition
    aimed = [p for h in (verb, *direct_objects(verb)) for _x, p in prep_objects(h, AT)]
    return any(lemma(c) in PRACTICE_TARGETS for o in aimed for c in o.children
               if c.dep_ in ("amod", "compound"))


def _raid_of_arrest(tok: Token) -> bool:
    """"the members seized last week in a night raid", "were detained during raids": a
    raid that only says how people were taken into custody is how they were taken, so the
    event is the arrest (a raid told with its own killing stays one)."""
    return lemma(tok) == "raid" and tok.pos_ == "NOUN" and tok.dep_ == "pobj" and \
        tok.head.lower_ in ("in", "during") and lemma(tok.head.head) in DETAINING


def _reciprocal(tok: Token) -> bool:
    """"Iran and Pakistan struck militants on each other's soil", "attacks on one
    another's forces": blows two sides dealt each other, summed up as one, which are
    told one by one where they are events."""
    skip = {t.i for s in subjects(tok) for t in s.subtree} if tok.pos_ == "VERB" else set()
    return any(t.lower_ in ("other", "another") and t.i > 0 and
               tok.doc[t.i - 1].lower_ in ("each", "one") and t.i not in skip
               for t in tok.subtree)


def _exercise(noun: Token) -> bool:
    """"the drills", "a naval exercise", "war games"."""
    return lemma(noun) in EXERCISE_NOUNS or (lemma(noun) == "game" and any(
        c.dep_ == "compound" and lemma(c) == "war" for c in noun.children))


# Conjunctions of a clause set against the main one, whose own assertion stands.
CONTRAST_MARKS = CONCESSIVE_MARKS | {"while"}


def _contrasted(tok: Token) -> bool:
    """"The Houthis claimed the attack, while Iran denied supplying the missiles",
    "though Tehran denies arming the group", "..., while the minister threatened to push
    them back": a denial or a threat set against the main clause by a contrast is its
    subject's own statement, told beside it."""
    return tok.pos_ == "VERB" and tok.dep_ == "advcl" and lemma(tok) in DENYING | UTTERING and \
        bool(subjects(tok)) and any(c.dep_ == "mark" and c.lower_ in CONTRAST_MARKS
                                    for c in tok.children)


def _clause_after_label(tok: Token) -> bool:
    """"Yemen Update: the Houthi leader vowed to ...": the parse may hang the clause that
    follows a bulletin's label and its colon on the label, as if it qualified it; a
    finite verb with a subject of its own after that colon is the entry's main clause."""
    if tok.pos_ != "VERB" or tok.dep_ not in ("acl", "relcl", "appos") or \
            tok.tag_ not in ("VBD", "VBZ", "VBP") or tok.head.i >= tok.i:
        return False
    between = tok.doc[tok.head.i + 1:tok.left_edge.i]
    return any(t.text == ":" for t in between) and bool(subjects(tok))


def label_clause(tok: Token) -> bool:
    """"Iran described the killing as a crime that would not go unanswered", "termed the
    strike an aggression that it would respond to": the future told of the label a
    speaker gives is the speaker's own declaration."""
    if tok.pos_ != "VERB" or tok.dep_ != "relcl":
        return False
    return any(a.pos_ == "VERB" and lemma(a) in LABELLING for a in list(tok.ancestors)[1:4])


# Determiners of no occurrence: none, or whichever might come ("any attack on X").
NONE_OR_ANY = frozenset({"no", "any", "every"})
# Adjectives of a blow that is yet to come ("a potential attack", "an imminent strike").
PROSPECTIVE = frozenset({"potential", "prospective", "future", "eventual", "imminent",
                         "hypothetical", "upcoming", "impending", "would-be"})
# Adjectives of a blow that may come, which tell none when it is what one looks out for
# ("on alert for a possible strike"; "a possible drone attack hit X" tells one, hedged).
LIKELY_ONLY = frozenset({"possible", "likely", "probable"})
# Prepositions of what one prepares or watches for.
WATCHED_FOR = frozenset({"for", "against"})
# Antecedents of a relative clause that stand for whoever does its act ("those who").
WHOEVER = frozenset({"those", "anyone", "anybody", "whoever", "everyone", "everybody",
                     "all"})


def _prospect(tok: Token) -> bool:
    """"a potential attack on the embassy", "scouted sites for a possible attack": a blow
    named as one that may yet come, not one that came."""
    if tok.pos_ != "NOUN":
        return False
    mods = {c.lower_ for c in tok.children if c.dep_ == "amod"}
    return bool(mods & PROSPECTIVE) or (bool(mods & LIKELY_ONLY) and tok.dep_ == "pobj" and
                                        tok.head.lower_ in WATCHED_FOR)


def _whoever_does(tok: Token) -> bool:
    """"Those who attack the pipeline will be arrested", "anyone who strikes our forces":
    an act in the present or to come, told of whoever does it, is a kind of deed (the
    past, "those who attacked the embassy", tells one)."""
    if tok.pos_ != "VERB" or tok.dep_ != "relcl" or tok.head.lower_ not in WHOEVER:
        return False
    return tok.tag_ in ("VBP", "VBZ") or any(c.dep_ == "aux" and c.tag_ == "MD"
                                             for c in tok.children)


# Words for the money a giver moves: "the cash that Iran sends to X".
MONEY_LOADS = frozenset({"cash", "money", "fund", "funding", "payment", "sum", "dollar"})


def _load_sent_in_relative(ctx: DocContext, tok: Token) -> bool:
    """"It handles cash that Iran sends to Hezbollah": a relative clause on the money or
    arms moved, in which a named giver sends them to a named receiver, tells the supply
    itself, not what its antecedent does ("the Houthis, who are armed by Iran")."""
    load = tok.head
    if tok.dep_ != "relcl" or load.pos_ != "NOUN" or not (
            lemma(load) in MONEY_LOADS | ctx.ontology.arms_nouns or
            load.i in _weapon_indices(ctx.weapons(tok.sent))):
        return False
    givers = [s for s in tok.children if s.dep_ == "nsubj"]
    return bool(tokens_actors(ctx, givers)) and bool(tokens_actors(ctx, _receivers(tok)))


def _standing_in_relative(tok: Token, dates: list[DateMatch]) -> bool:
    """"the militias that attack its troops", "the Houthis, who are armed and funded by
    Tehran": a relative clause in the simple present tells what its antecedent does or is,
    a habit or a standing tie, not one occurrence (unless it names its own day; "who have
    fired", "who attacked" tell deeds done)."""
    verb = tok
    while verb.dep_ in ("conj", "acomp") and verb.head.i != verb.i:
        verb = verb.head  # "who are armed and funded by X": the clause's finite verb
    if tok.pos_ != "VERB" or verb.dep_ != "relcl" or dated_subtree(verb, dates):
        return False
    finite = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    return any(t.tag_ in PRESENT_TAGS for t in finite) and not any(
        t.lemma_ == "have" or t.tag_ in ("VBD", "MD", "VBG") for t in finite)


def _no_one_did(tok: Token) -> bool:
    """"no rockets were fired at the base", "no drones hit the port": a blow whose doer or
    weapon is denied by "no" tells that none came."""
    if tok.pos_ != "VERB":
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and denied_by_no(c)
               for c in tok.children)


def _yes_no_question(tok: Token) -> bool:
    """"Did Iran strike the tanker on Monday?": a question that asks whether an act was
    done tells none ("who struck the tanker?" asks about one that was)."""
    first = next((t for t in tok.sent if not t.is_punct and not t.is_space), None)
    return _in_question(tok) and first is not None and first.pos_ == "AUX"
# Verbs of an exercise that plays a blow out ("a drill simulating an attack").
SIMULATING = frozenset({"simulate", "rehearse", "practise", "practice", "mimic", "mock"})


# Verbs that give a work its name: "a report titled 'Attack on the Red Sea'".
TITLING = frozenset({"title", "entitle", "headline", "subtitle", "caption"})
# Verbs of a count that changes: "attacks fell in March", "strikes doubled".
TREND_VERBS = frozenset({"fall", "rise", "drop", "decline", "increase", "decrease", "surge",
                         "soar", "double", "triple", "dwindle", "spike", "slow", "climb",
                         "jump", "plunge", "plummet", "diminish", "grow", "subside"})
# Verbs of a campaign's course: "the attacks, which began in October, ...".
CAMPAIGN_VERBS = frozenset({"begin", "start", "continue", "resume", "escalate", "intensify",
                            "persist"})


# Words of a try whose stopping tells the act was under way: "an attempt to smuggle X".
ATTEMPT_WORDS = frozenset({"attempt", "bid", "try"})
# Verbs that stop an act under way ("stopped an attempt to smuggle arms").
STOPPING = frozenset({"stop", "foil", "thwart", "prevent", "block", "halt", "intercept",
                      "disrupt", "frustrate", "abort", "repel"})


def _stopped_attempt(tok: Token) -> bool:
    """"Troops stopped an attempt to smuggle rifles", "a bid to smuggle drones was foiled":
    a transfer under way that was stopped is an interdicted transfer, which the stopping
    verb does not make a prospect."""
    try_word = tok.head if tok.dep_ in ("acl", "xcomp", "relcl") else None
    if try_word is None or lemma(try_word) not in ATTEMPT_WORDS:
        return False
    if try_word.pos_ == "VERB":  # "troops stopped smugglers who tried to move rockets"
        return False
    stopper = try_word.head
    return try_word.dep_ in ("dobj", "nsubjpass") and lemma(stopper) in STOPPING and \
        stopper.pos_ == "VERB" and not is_negated(stopper)


def _load_stopped(ctx: DocContext, tok: Token) -> bool:
    """"A shipment of rockets was stopped by the navy", "guards halted a consignment of
    rifles": a load on its way that was stopped is an interdicted transfer."""
    return lemma(tok) in ctx.ontology.load_nouns and tok.dep_ in ("dobj", "nsubjpass") and \
        tok.head.pos_ == "VERB" and lemma(tok.head) in STOPPING and \
        not is_blocked(ctx, tok.head, "transfer") and tok.head.dep_ != "xcomp"


def _craft_stopping(ctx: DocContext, sent: Span | None, articles: frozenset[str]
                    ) -> Token | None:
    """The verb of a sentence that stops or boards a craft named with one of
    ``articles`` ("seized a dhow", "boarded the vessel")."""
    if sent is None:
        return None
    for verb in sent:
        if verb.pos_ == "VERB" and lemma(verb) in STOPPING_CRAFT and not is_negated(verb) and \
                any(lemma(o) in ctx.ontology.carriers and any(
                    c.dep_ == "det" and c.lower_ in articles for c in o.children)
                    for o in acted_on(verb)):
            return verb
    return None


INDEFINITE = frozenset({"a", "an"})
DEFINITE = frozenset({"the", "this"})


def _found_by_them(sent: Span) -> bool:
    """"They found rifles and warheads": a sentence that tells what the ones the sentence
    before told acting found."""
    return lemma(sent.root) in FINDING_CHARGES and any(
        c.dep_ == "nsubj" and c.lower_ in ("they", "he", "she", "we") for c in sent.root.children)


def craft_stop_told(ctx: DocContext, span: Span) -> Token | None:
    """Where and when the craft a cargo of arms was on was stopped, told in a sentence
    beside the cargo's: "US forces seized a dhow in the Arabian Sea on May 2. The vessel
    was carrying rifles" (the sentence before stops a craft the cargo's names with
    "the", or whose crew's find it tells: "They found rifles that X had sent"), or
    "Commandos seized missile parts from a vessel. SEALs had boarded the dhow off Yemen
    on May 2" (the sentence after stops the craft the load was seized from)."""
    sent = span.sent
    carriers = ctx.ontology.carriers
    if any(lemma(t) in carriers and t.pos_ != "PROPN" and any(
            c.dep_ == "det" and c.lower_ in DEFINITE for c in t.children) for t in span) or \
            _found_by_them(sent):
        stop = _craft_stopping(ctx, sentence_before(sent), INDEFINITE | DEFINITE)
        if stop is not None:
            return stop
    if any(lemma(t) in INTERDICTING and any(
            lemma(p) in carriers and any(c.dep_ == "det" and c.lower_ in INDEFINITE
                                         for c in p.children)
            for h in (t, *acted_on(t)) for _x, p in prep_objects(h, FROM))
            for t in span) and \
            sent.end < len(sent.doc):
        # (a report's lead may stand alone, the boarding told in the paragraph after it)
        return _craft_stopping(ctx, sent.doc[sent.end].sent, DEFINITE)
    return None


def _found_on_craft_stopped(ctx: DocContext, tok: Token) -> bool:
    """"Stopped a boat and found rifles on board": the stopping is the craft's, and the
    finding that follows it happened."""
    return lemma(tok) in FINDING_CHARGES and tok.dep_ == "conj" and \
        lemma(tok.head) in STOPPING_CRAFT and not is_blocked(ctx, tok.head, "transfer")


def _titled(tok: Token) -> bool:
    """"a report titled 'Attack on the Red Sea'": the name of a work, no occurrence."""
    return tok.dep_ in ("oprd", "dobj", "attr", "xcomp", "ccomp", "appos") and \
        lemma(tok.head) in TITLING


# Verbs that judge what others do: "condemned the attacks on its bases".
CRITICISING = frozenset({"criticise", "criticize", "condemn", "denounce", "decry", "deplore",
                         "censure"})


def _criticised_course(tok: Token, dates: list[DateMatch]) -> bool:
    """"The spokesman also criticised the attacks on coalition forces": a bare or definite
    plural a verb of judging takes, neither counted nor dated, is a course of blows judged,
    not one told ("condemned Sunday's strikes", "condemned the two attacks" tell theirs)."""
    if tok.tag_ not in ("NNS", "NNPS") or tok.dep_ != "dobj" or \
            lemma(tok.head) not in CRITICISING:
        return False
    dets = [c.lower_ for c in tok.children if c.dep_ == "det"]
    if dets not in ([], ["the"]) or any(c.dep_ in ("nummod", "poss") for c in tok.children):
        return False
    return not any(dated_subtree(tok, [d]) for d in dates)


def _trend_of(tok: Token) -> bool:
    """"Attacks on shipping fell sharply in March": a bare plural whose number rises or
    falls is a trend of many occurrences, not one of them."""
    return tok.tag_ in ("NNS", "NNPS") and tok.dep_ == "nsubj" and \
        lemma(tok.head) in TREND_VERBS and not any(
            c.dep_ in ("nummod", "poss") for c in tok.children)


def _campaign_begun(tok: Token, dates: list[DateMatch]) -> bool:
    """"The attacks, which began in October, have forced shippers to reroute", "since
    attacks on US forces resumed in October": plural occurrences told by the course of
    their campaign (begun, continued) sum it up; a day of its own still tells the first
    blow ("the attacks began on February 15, when rockets struck X")."""
    if tok.tag_ not in ("NNS", "NNPS"):
        return False
    if tok.dep_ == "nsubj" and lemma(tok.head) in CAMPAIGN_VERBS and not any(
            c.dep_ in ("nummod", "poss") for c in tok.children):
        return not any(d.precision == "day" for d in dates if dated_subtree(tok.head, [d]))
    return any(c.dep_ in ("relcl", "acl") and lemma(c) in CAMPAIGN_VERBS for c in tok.children)


# Spans a campaign told in the present perfect runs over ("for months", "for weeks"); years
# and decades are a history, not the campaign a report follows.
CAMPAIGN_SPANS = frozenset({"months", "weeks"})


def _campaign_told(hit: TriggerHit, tok: Token) -> bool:
    """"The Houthis have attacked merchant ships for months", "Washington has struck Houthi
    targets repeatedly since January", "the base has been targeted repeatedly since
    October": blows told in the present perfect from a start the report names are the
    campaign it follows, one event (not a habit of the past, "had attacked", nor a history
    told "for years")."""
    if hit.trigger.event_type not in ("attack", "strike") or tok.pos_ != "VERB" or \
            tok.tag_ != "VBN" or not any(c.dep_ == "aux" and c.lower_ in ("has", "have")
                                         for c in tok.children):
        return False
    spans = [c for c in tok.children if c.dep_ == "prep"]
    return any(p.lower_ == "since" for p in spans) or any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since" for m in c.children)
        for c in tok.children) or any(
        p.lower_ == "for" and any(o.dep_ == "pobj" and o.lower_ in CAMPAIGN_SPANS
                                  for o in p.children) for p in spans)


def _going_on_since(tok: Token) -> bool:
    """"The militias have been attacking US forces since October": a deed going on from a
    date is a campaign (its date is where it started, not one occurrence)."""
    return tok.pos_ == "VERB" and tok.tag_ == "VBG" and \
        any(c.dep_ == "aux" and c.lower_ == "been" for c in tok.children) and \
        any(c.dep_ == "prep" and c.lower_ == "since" for c in tok.children)


def _recalled_before(tok: Token, dates: list[DateMatch]) -> bool:
    """"The Guards had vowed revenge after two officers were killed": a declaration the
    narrator tells in the past perfect, with no day of its own, is background to what the
    report tells (reported speech, "said it had stopped", is the speaker's own tense)."""
    if tok.dep_ != "ROOT" or tok.tag_ != "VBN" or not any(
            c.dep_ == "aux" and c.lower_ == "had" for c in tok.children):
        return False
    if lately_told(tok):
        return False  # "had warned earlier in the week", "had vowed days earlier"
    clauses = [c for c in tok.children if c.dep_ == "advcl"]
    return not any(dated_subtree(tok, [d]) and not any(dated_subtree(c, [d]) for c in clauses)
                   for d in dates)


# Modals of what may come to be, not of what a party declares it will do.
POSSIBILITY = frozenset({"may", "might", "could"})


def _possible_only(tok: Token) -> bool:
    """"Iran may deny that it supplied the drones", "the Houthis could resume attacks, a
    diplomat said": a declaration or decision someone may yet make is none made. A
    speaker's own words of what he could do ("said they could resume") keep their
    pronoun; a party named under a modal is someone else's forecast of it."""
    if tok.pos_ != "VERB" or not any(c.dep_ == "aux" and c.lower_ in POSSIBILITY
                                     for c in tok.children):
        return False
    return not any(c.dep_ == "nsubj" and c.tag_ == "PRP" for c in tok.children)


# Nouns of the part someone played in deeds: "their role in attacks".
PART_NOUNS = frozenset({"role", "involvement", "part", "participation", "complicity"})


def _part_played_in(tok: Token) -> bool:
    """"for their role in attacks on US forces", "involvement in bombings": deeds of a
    kind, named as what someone took part in (a bare plural), not one occurrence."""
    return tok.tag_ in ("NNS", "NNPS") and tok.dep_ == "pobj" and tok.head.lower_ == "in" \
        and lemma(tok.head.head) in PART_NOUNS and not any(
            c.dep_ in ("det", "nummod", "poss") or c.lower_ in ("as", "including", "like")
            for c in tok.children)  # "bombings such as the 1994 attack": its examples


def sentence_events(ctx: DocContext, sent: Span, previous_date: tuple[str, str] | None = None,
                    previous_doers: Sequence[str] = ()) -> list[Draft]:
    """The event drafts of one sentence (merged and split, not yet deduplicated);
    ``previous_doers`` are the states the sentence before tells acting (see
    :func:`state_doers`)."""
    if is_headline(sent):
        return []
    hits: Sequence[TriggerHit] = ctx.triggers(sent)
    if not hits:
        return []
    doc = sent.doc
    weapons = ctx.weapons(sent)
    dates = ctx.dates(sent)
    low = text_of(sent).lower()
    cues = {cue for cue in ctx.ontology.habitual if cue in low}
    if cues:
        # "has repeatedly vowed to keep up its attacks": a declaration said again and
        # again is a standing statement ("has repeatedly said it does not arm X" too, a
        # deed disowned); repeated deeds stay background
        standing = cues <= REPEATED_CUES
        # ("The Houthis, who routinely claim launches, said they had nothing to do with
        # it": a cue told only in a relative clause of another noun leaves the rest alone)
        # (but "met X, who received him more than once": the same kind of act told again)
        foreground: list[TriggerHit] = []
        for h in hits:
            kin = frozenset(o.head for o in hits if o.head != h.head and
                            o.trigger.event_type == h.trigger.event_type)
            own = _own_cues(doc[h.head], sent, cues, kin)
            if not own or _dated_apart(ctx, doc[h.head], dates) or (
                    standing and (h.trigger.event_type == "statement" or
                                  _disowned_deed(ctx, doc[h.head]))) or \
                    _campaign_told(h, doc[h.head]) or (
                    own <= SPAN_CUES and _supply_word(ctx, h) and _supply_alleged(doc[h.head])):
                foreground.append(h)
        hits = foreground
        if not hits:
            return []
    typed_of = {h.head: _type_hit(ctx, h, sent, weapons, dates) for h in hits}
    heads = {head for head, typed in typed_of.items() if typed is not None}
    accepted = [(hit, typed) for hit in hits
                if (typed := _accept(ctx, hit, sent, typed_of[hit.head])) is not None]
    owners = frozenset(hit.head for hit, _t in accepted)  # triggers whose phrases own dates
    # "killed X in an airstrike": the airstrike is how the killing was done.
    # A plot is never how another event was done: "charged in a plot" tells both.
    instruments = {hit.head: doc[hit.head].head.head.i for hit, typed in accepted
                   if typed[0] != "plot" and doc[hit.head].dep_ == "pobj"
                   and doc[hit.head].head.lower_ in ("in", "with", "by", "during")
                   and doc[hit.head].head.head.i in owners
                   and (doc[hit.head].head.head.pos_ == "VERB" or _killing_noun(
                       typed_of.get(doc[hit.head].head.head.i)))}
    # A state's instrument ("destroyed in an airstrike") makes the event a strike.
    by_instrument: dict[int, tuple[str, str | None]] = {}
    for inst, verb in instruments.items():
        inst_type = typed_of[inst]
        if inst_type is not None and inst_type[0] == "strike":
            by_instrument[verb] = inst_type
    accepted = [(hit, by_instrument.get(hit.head, typed) if typed[0] == "attack" else typed)
                for hit, typed in accepted if hit.head not in instruments]
    accepted = [(hit, _death_of_named(ctx, doc[hit.head], typed)) for hit, typed in accepted]
    accepted = [(hit, typed) for hit, typed in accepted
                if not _elaborates_measure(doc[hit.head], typed, accepted)]
    # "the strikes hit weapons stores": the verb tells more of the event its subject names.
    # But "a drone strike killed a senior commander" is the targeted killing itself.
    # "BAGHDAD, A US drone strike ... killed": a dateline parsed as the subject, the event
    # as its apposition
    killer_of = {a.i: hit.head for hit, typed in accepted if typed[0] == "killing" and
                 doc[hit.head].pos_ == "VERB" for c in doc[hit.head].children
                 if c.dep_ == "nsubj" for a in (c, *(x for x in c.children if x.dep_ == "appos"))
                 if a.i in owners}
    killer_of.update(_named_killers(ctx, doc, accepted, owners))
    named_kills = set(killer_of.values())
    killers = set(killer_of)
    killer_hits = [(hit, typed) for hit, typed in accepted if hit.head in killers]
    accepted = [(hit, typed) for hit, typed in accepted if hit.head not in killers and
                (typed[0] == "killing" or not (doc[hit.head].pos_ == "VERB" and
                                               _subject_told_blow(doc, doc[hit.head], owners)))
                and (hit.head in named_kills or _detained_in_raid(doc[hit.head], typed)
                     or not _relative_of_event(doc[hit.head], owners))
                and not _setting_of_event(doc[hit.head], typed[0], owners)
                and not _means_of_event(doc[hit.head], hit.trigger, owners)]
    accepted = [(hit, typed) for hit, typed in accepted
                if not _kind_of_blow(doc[hit.head], typed, accepted)]
    owners = frozenset(hit.head for hit, _t in accepted)
    drafts: list[Draft] = []
    generic: list[Draft] = []
    for hit, (etype, subtype) in accepted:
        tok = doc[hit.head]
        for child in tok.children:
            if child.dep_ == "compound" and child.i in heads and subtype is None:
                sub_hit = next(h for h in hits if h.head == child.i)
                subtype = sub_hit.trigger.subtype
        draft = Draft(hit, etype, subtype, _clause_span(tok))
        verb_of = governing_verb(tok)
        _fill(ctx, draft, sent, weapons, dates, owners)
        if etype == "meeting" and not _has_party(ctx, tok, draft) and \
                not _talks_run(ctx, tok, dates):
            continue  # ("talks in Cairo on Sunday ended without a deal": held, by whomever)
        if etype != "statement" and (_refers_back(ctx, tok, draft) or (
                _deed_as_reason(tok) and not _dated_phrase(tok, dates) and
                not _planning_told(tok) and etype != "plot")):
            continue  # "suspected of involvement in the rocket attack": told elsewhere
            # (but "said it did not carry out the attack" is a denial of its own)
        if etype == "plot" and _bare_attempt(tok) and any(t[0] == "arrest" for _h, t in accepted):
            continue  # "convicted the man of attempted arson": the charge's name in law
        if etype == "attack" and not draft.actors and hit.trigger.event_type == "killing":
            draft.actors = tokens_actors(ctx, _fighting_band(ctx, tok))  # "with gunmen of X"
        shown = _force_shown_by(tok) if hit.trigger.phrase == "show of force" else None
        if shown is not None:  # "appeared on the streets of Baghdad in a show of force"
            draft.actors = draft.actors or _band_showing_force(ctx, tok)
            draft.place = place_of(ctx, [
                m for m in ctx.mentions_of(subtree_tokens(shown, skip_deps=("nsubj",)))
                if m.etype in PLACE_TYPES and m.label != "NORP"]) or draft.place
        if etype in ("sanction", "statement"):
            # a designation or a declaration has no place of its own, unless the text
            # says where it was made ("said in Tehran", "agreed in Brussels to list them")
            draft.place = said_in(ctx, tok, own=etype == "statement")
        if etype == "statement" and (hit.trigger.subject_is_target or _kept_being_done(tok)):
            draft.target_actors = draft.actors  # "said Israel would pay": the speaker threatens
            draft.actors = _declarer(ctx, tok)
        if etype in VIOLENT and hit.trigger.subject_is_target and \
                _group_downs_state_craft(ctx, tok, draft.actors or draft.claimed_by):
            draft.target_actors = _craft_owners(ctx, tok)  # the state whose craft was downed
        elif etype in VIOLENT and hit.trigger.subject_is_target:
            draft.target_actors = draft.actors  # "US troops came under fire": not the doers
            draft.actors = _launchers(ctx, tok) if _intercepts(tok) else _firers(ctx, tok)
            if _intercepts(tok):
                draft.claimed_by = []  # "said it shot down a drone" claims no launch
        if etype == "statement" and (hit.trigger.event_type != "statement" or
                                     hit.trigger.requires_speaker) and not _campaign_stopped(tok):
            draft.actors = _declarer(ctx, tok)  # "X said they would strike": X threatens
            draft.claimed_by = []
        if etype == "statement" and _departure_demanded(ctx, tok):
            draft.actors = _declarer(ctx, tok)  # "X said US forces must leave": X demands
        if etype == "statement" and (lemma(tok) in NEGATED_DENIALS or
                                     hit.trigger.phrase in NEGATED_POSITIONS):
            # "X said Y was not involved": X denies; "X refused to negotiate": X refuses
            draft.actors = _declarer(ctx, tok) or _refusers(ctx, tok)
        if etype == "statement" and hit.trigger.phrase == "over":
            draft.actors = _speaking_actors(ctx, _over_declarers(tok))
        if etype == "statement" and lemma(tok) in TALK_NOUNS:
            # "the ministry said X and Y would begin talks": the speaker decides; "X and Y
            # agreed to resume negotiations": the parties that open them
            draft.actors = _declarer(ctx, tok) or tokens_actors(
                ctx, inherited_subjects(governing_verb(tok) or tok))
        if etype == "statement" and lemma(tok) in TRUCE_NOUNS and tok.dep_ == "pobj" and \
                lemma(tok.head.head) == "agree" and tok.head.head.dep_ == "ccomp":
            # "Trump announced that Israel and Iran had agreed to a ceasefire": the
            # announcer declares it ("Hezbollah agreed to a ceasefire": Hezbollah)
            draft.actors = _declarer(ctx, tok) or draft.actors
        if (etype, subtype) == ("statement", "accusation"):
            draft.actors = _accusers(ctx, tok)  # "X ... and accused Y of Z": X accuses
        if etype == "statement" and not (draft.actors or draft.claimed_by):
            draft.actors = _speaker_of_joined_verb(ctx, tok) or _fronted_speaker(ctx, tok) \
                or _doers_by_means(ctx, tok)
        if etype == "statement" and not (draft.actors or draft.claimed_by):
            draft.actors = _declarer(ctx, tok) if (
                hit.trigger.requires_declaration or hit.trigger.objects) else []
        if etype == "statement" and not (draft.actors or draft.claimed_by):
            draft.actors = _justice_resolvers(ctx, tok)  # "said Israel would bring X to justice"
        if etype == "statement" and not draft.actors and tok.pos_ == "NOUN" and verb_of and \
                lemma(tok) not in PROMISED_NOUNS:
            # "X said Washington had no involvement": the speaker's, else whoever has none
            draft.actors = _declarer(ctx, verb_of) or tokens_actors(
                ctx, inherited_subjects(verb_of))
        if etype == "statement" and not draft.actors and _done_by_party(ctx, tok, hit.trigger):
            draft.actors = tokens_actors(ctx, passive_agents(tok))  # "expelled by Bahrain"
        if etype == "statement" and not (draft.actors or draft.claimed_by):
            draft.actors = _deciders(ctx, tok)  # "X has taken a decision to respond"
        if etype == "statement" and not (draft.actors or draft.claimed_by):
            continue  # a declaration is someone's: "aid groups have warned" is not one
        if etype == "statement" and hit.trigger.objects and not _named_doer(ctx, tok):
            continue  # "it recalled its ambassador": whose act only the text before tells
        if etype == "transfer" and _charged_with(tok):
            if draft.subtype == "weapons_delivery" and not _is_arms(
                    ctx, tok, _weapon_indices(weapons)):
                continue  # "accused Damascus of supplying cigarettes": no arms at its door
            # "accused Tehran of ...": the accused; who accuses does not supply ("the
            # Treasury sanctioned a network, accusing it of moving money to X")
            judge = _charging_verb(tok)
            accusers = set(tokens_actors(ctx, [s for s in inherited_subjects(judge)
                                               if s.dep_ == "nsubj"])) if judge else set()
            draft.actors = [a for a in draft.actors or accused_doers(ctx, tok)
                            if a not in accusers]
        if etype == "transfer" and draft.date is None and not _told_done(ctx, tok, draft):
            continue  # "Iran has long supplied the group": background
        killed = etype in VIOLENT and bool(killed_count(text_of(sent)))
        if is_generic(ctx, tok, draft, killed, owners) and not _promised_reprisal(tok) and \
                not (etype == "transfer" and _arriving_load(ctx, tok) and draft.actors and
                     _is_arms(ctx, tok, _weapon_indices(weapons))) and \
                not (etype == "statement" and (_charge_called_false(tok) or
                                               lemma(tok) in TALK_NOUNS)):
            # ("said the claims were lies": a plural label of a charge is no kind, nor are
            # talks, which are held in the plural)
            if not any(lemma(c) in ctx.ontology.quantifiers for c in tok.children):
                generic.append(draft)
            continue
        draft.campaign = running_campaign(ctx, tok, draft) or _campaign_told(hit, tok)
        drafts.append(draft)
    # A bare plural listed with specific events is one of them ("..., and arson attacks on X").
    kept = {d.hit.head for d in drafts}
    for g in generic:
        if any(c.i in kept for c in doc[g.hit.head].conjuncts) and g.target:
            drafts.append(g)
    drafts.sort(key=lambda d: d.hit.head)
    if not drafts:
        return []
    for hit, (etype, subtype) in killer_hits:  # where and how the killing was done
        killing = next((d for d in drafts if d.hit.head == killer_of[hit.head]), None)
        if killing is not None:
            how = Draft(hit, etype, subtype, _clause_span(doc[hit.head]))
            _fill(ctx, how, sent, weapons, dates, owners)
            killing.place = killing.place or how.place
            killing.weapon = killing.weapon or how.weapon
            killing.date = killing.date or how.date
            if _when_clause(doc[hit.head]) and not killing.actors:
                killing.actors = how.actors  # "X was killed when a US drone hit his car"
    roles = sentence_roles(ctx, sent)
    replied = _reply_told_before(sent)
    for d in drafts:
        _apply_roles(d, roles)
        if previous_doers and not d.all_actors() and (
                d.type in ARMED or (replied and d.type == "killing")) and \
                _unowned_blow(ctx, doc[d.hit.head], replied):
            d.actors = list(previous_doers)  # "Israel widened its campaign. Jets hit X."
        _retype_by_actor(ctx, d)
        _leaders_as_states(ctx, d)
        if d.date is None and previous_date is not None:
            d.inherited_date = previous_date
        if d.type == "sanction":
            if not d.actors:
                d.actors = _keeper_of_list_named(ctx, sent)
            _designator_told_before(ctx, d, previous_doers)
    _handed_on_by_holders(doc, drafts)
    # "the fund transferred money to farmers": a transfer with no party of the network
    drafts = [d for d in drafts if d.type != "transfer" or d.all_actors() or d.target_actors
              or lemma(doc[d.hit.head]) in STOPPED_LOAD_HEADS or _pronoun_party(doc[d.hit.head])
              or _cargo_interdicted(ctx, doc[d.hit.head]) or craft_stop_told(ctx, sent)
              or _smuggled_load_stopped(ctx, doc[d.hit.head])
              or (d.subtype == "fighters" and d.place is not None and
                  d.place.precision in ("region", "province"))]
    # ("trainers have been sent to Crimea": armed men sent into a region at war)
    for d in drafts:
        if d.type == "transfer":
            # "seized arms bound for X in the Arabian Sea", "sent fighters to Syria": a
            # sea, a town or the country fighters were sent to is where the load went
            d.target_actors = [a for a in d.target_actors if ctx.etype(a) not in PLACE_TYPES
                               or (ctx.is_country(a) and d.subtype != "fighters")]
    drafts = merge_drafts(ctx, drafts)
    drafts = split_targets(ctx, drafts, sent)
    drafts = split_occurrences(ctx, drafts, sent)
    drafts = split_added_sites(ctx, drafts, sent)
    drafts = _raids_that_detain(ctx, drafts)
    if any(d.type in VIOLENT for d in drafts):
        drafts = [d for d in drafts if not (d.type == "statement" and d.subtype == "claim")]
    # "announced sanctions on X", "announced the arrest of five": what was announced is
    # the event; the bare announcement adds nothing, nor does a charge of a deed told
    # ("accused Iran of supplying the drones": the supply, alleged)
    # ("After strikes on Odesa, the government announced that it was expelling the envoy":
    # a deed told as the occasion is not what was announced)
    # (but "said Iran was behind the bombing" puts a party behind a deed told before:
    # the charge is the speaker's statement)
    told = [doc[d.hit.head] for d in drafts if d.type != "statement"]
    drafts = [d for d in drafts if not (
        d.type == "statement" and d.subtype in VAGUE_SUBTYPES | {"accusation"} and
        not _behind_told_deed(doc[d.hit.head]) and
        any(t.i != d.hit.head and doc[d.hit.head] in t.ancestors and
            not _told_as_occasion(t, doc[d.hit.head]) for t in told))]
    return [d for d in drafts if not (
        d.type == "statement" and _reason_given(doc[d.hit.head], told))]


# Participles that give, in the doer's words, the reason of a deed ("..., saying ...").
REASON_GIVING = DECLARING | frozenset({"call", "argue", "claim", "explain"})


def _reason_given(tok: Token, deeds: Sequence[Token]) -> bool:
    """"The Foreign Office summoned the ambassador, saying Germany would not tolerate
    threats", "seized the ship, saying it carried arms": words told in a participle of
    saying hung on a deed the sentence tells give that deed's reason; they are no
    statement of their own."""
    for cur in (tok, *tok.ancestors):
        if cur.dep_ == "advcl" and cur.tag_ == "VBG" and lemma(cur) in REASON_GIVING and \
                cur.head in deeds:
            return True
    return False


# Prepositions of the time or occasion of a declaration ("after the strikes, X announced").
OCCASION_PREPS = frozenset({"after", "following", "before", "since", "amid", "during",
                            "despite"})


def _told_as_occasion(tok: Token, verb: Token) -> bool:
    """Whether a word under a verb hangs on it through a phrase of the time or occasion
    ("After a series of strikes on the port, the government announced ...") or a clause of
    its own, not through what the verb tells."""
    cur = tok
    while cur.head.i != verb.i and cur.head.i != cur.i:
        cur = cur.head
    return cur.head.i == verb.i and (
        cur.dep_ == "advcl" or (cur.dep_ == "prep" and cur.lower_ in OCCASION_PREPS))


def _designator_told_before(ctx: DocContext, draft: Draft,
                            previous_doers: Sequence[str]) -> None:
    """"The United States designated the group in 2019. Its leader was added to the
    list in 2021": a listing that names no one who makes it is made by the body that made
    the one told before it in the document (which this one, when named, replaces); with
    none told before, by the state the sentence before tells acting ("Britain moved
    against the group's finances on Monday. Two businessmen were sanctioned")."""
    if draft.actors:
        ctx.memo[LAST_DESIGNATORS] = list(draft.actors)
    else:
        draft.actors = list(ctx.memo.get(LAST_DESIGNATORS, [])) or list(previous_doers)


# The lists of the United States' terror designations, by the names reports give them:
# a listing on one of them is the United States' own.
US_LISTS = ("specially designated global terrorist", "foreign terrorist organization", "sdgt",
            "fto")


def _keeper_of_list_named(ctx: DocContext, sent: Span) -> list[str]:
    """"The Houthis were redesignated as a Specially Designated Global Terrorist group":
    a listing that names no one who makes it but names a list only one state keeps is
    that state's."""
    low = sent.text.lower()
    if not any(re.search(rf"\b{name}s?\b", low) for name in US_LISTS):
        return []
    us = ctx.linker.country_entity.get("US")
    return [us] if us else []


# Where the document keeps the bodies that made the last listing it told.
LAST_DESIGNATORS = "designators"


# Verbs whose subject speaks of or judges blows rather than deals them ("Iran blamed
# Israel for the strike").
WORDS_ON_BLOWS = frozenset({"say", "accuse", "blame", "condemn", "deny", "vow", "warn",
                            "threaten", "demand", "call", "claim", "urge", "report", "denounce",
                            "protest", "summon", "tell", "ask", "attribute", "suspect",
                            "believe", "confirm", "comment", "respond", "name", "link"})
# Nouns of blows that, unowned, name no doer ("the raids hit X").
BLOW_NOUNS = frozenset({"strike", "airstrike", "raid", "bombardment", "bombing"})


def state_doers(ctx: DocContext, sent: Span) -> list[str]:
    """The states a sentence tells acting, as the subject of a verb that is no word on
    blows ("Israel has widened its air campaign in Syria"): whose the unowned warplanes
    or raids of the next sentence are; none when a group acts beside them."""
    out: list[str] = []
    if is_headline(sent):
        return out
    for t in sent:
        if t.dep_ != "nsubj" or t.head.pos_ != "VERB" or lemma(t.head) in WORDS_ON_BLOWS:
            continue
        ids = tokens_actors(ctx, [t])
        side = _state_actor(ctx, ids) if ids else None
        if side is False:
            return []
        if side is True:
            out += [i for i in ids if i not in out]
    return out


# Verbs of a reply ("Israel answered two days later", "the army hit back").
REPLYING = frozenset({"answer", "reply", "respond", "retaliate"})
# What a reply is told with in its own sentence ("answered with artillery fire").
REPLY_MEANS = frozenset({"with", "by"})


def _reply_told_before(sent: Span) -> bool:
    """Whether the sentence just before is a reply told alone ("Israel answered again
    two days later."; "The army hit back on Sunday."), whose deed the sentence after
    tells: a reply with no object and no means of its own."""
    before = sentence_before(sent)
    if before is None:
        return False
    verb = before.root
    back = any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in verb.children)
    if lemma(verb) not in REPLYING and not (back and lemma(verb) in ("hit", "strike")):
        return False
    return not any(c.dep_ in ("dobj", "ccomp", "xcomp", "advcl") or (
        c.dep_ == "prep" and c.lower_ in REPLY_MEANS) for c in verb.children)


def _unowned_blow(ctx: DocContext, tok: Token, replied: bool = False) -> bool:
    """"Warplanes hit a convoy", "the raids targeted X", "the strikes hit": a blow whose
    doer is only unowned craft or the blows themselves, told after the sentence that
    names who acts. After a reply told alone ("Israel answered two days later. A strike
    on a car killed X"), any blow its sentence tells unowned is that reply."""
    if tok.pos_ == "VERB":
        doers = [s for s in tok.children if s.dep_ == "nsubj"]
    elif tok.dep_ == "nsubj":
        doers = [tok]
    else:
        return False
    if not doers or any(_owned(d) or ctx.ents.at(d.i) is not None for d in doers):
        return False
    if all(lemma(d) in WARPLANES for d in doers):
        return True
    if replied:
        return all(lemma(d) in WARPLANES | BLOW_NOUNS for d in doers)
    # "the raids destroyed homes" with no day of their own tell again the raids told
    if any(c.dep_ == "det" and c.lower_ in ("a", "an") for d in doers for c in d.children):
        return False  # "an air strike on Saturday destroyed X": a blow of no known doer
    verb = tok if tok.pos_ == "VERB" else tok.head
    return all(lemma(d) in WARPLANES | BLOW_NOUNS for d in doers) and dated_subtree(
        verb, [d for d in ctx.dates(tok.sent) if d.precision == "day"])


def _pronoun_party(tok: Token) -> bool:
    """"It was allocated a budget", "they received rockets": a party told by a pronoun
    that an earlier sentence names."""
    verb = governing_verb(tok)
    if verb is None:
        return False
    near = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "dative")]
    near += [p for _x, p in prep_objects(verb, frozenset({"to", "from"}))]
    return any(t.tag_ == "PRP" and t.lower_ not in ("i", "you", "we") for t in near)


# Words of a raid: forces entering a place to seize people or things.
RAID_LEMMAS = frozenset({"raid", "storm"})
# What only those who hold the law's force do to people (gunmen abduct or capture them).
DETAINING_LEMMAS = frozenset({"arrest", "detain", "apprehend"})


def _raids_that_detain(ctx: DocContext, drafts: list[Draft]) -> list[Draft]:
    """"Troops raided a house in X and detained 14 men", "stormed the office, arresting
    two": a raid told with the detentions it made is that arrest (ACLED's arrests), at
    the raid's place; a raid that kills or destroys stays a strike. A storming by
    forces the text does not name as a state's ("commandos", "police") that detains
    people is such a raid too, unless a group is named as its doer."""
    arrests = [d for d in drafts if d.type == "arrest"]
    if not arrests:
        return drafts
    detaining = lemma(ctx.doc[arrests[0].hit.head]) in DETAINING_LEMMAS
    out: list[Draft] = []
    for d in drafts:
        raid = d.type == "strike" or (
            d.type == "attack" and detaining and
            all(ctx.is_state(a) for a in d.all_actors()))
        if raid and lemma(ctx.doc[d.hit.head]) in RAID_LEMMAS and \
                not killed_count(ctx.doc[d.span[0]:d.span[1]].text):
            arrest = arrests[0]
            if d.place is not None and (arrest.place is None or
                                        arrest.place.precision in ("country", "region")):
                arrest.place = d.place
            arrest.date = arrest.date or d.date
            arrest.actors = arrest.actors or d.actors
            arrest.span = (min(arrest.span[0], d.span[0]), max(arrest.span[1], d.span[1]))
            continue
        out.append(d)
    return out


def _told_done(ctx: DocContext, tok: Token, draft: Draft) -> bool:
    """A transfer with no date is an occurrence when told in the past ("shipped"), as
    what its giver has done ("Iran has supplied the group", "has been smuggling arms")
    or as a standing supply between two named parties ("Iran provides most of the
    group's budget", "is arming the Houthis"); not with an adverb of no particular time
    ("has long supplied") nor in the present between unnamed ones ("arms flow to
    proxies")."""
    verb = _charging_verb(tok) or governing_verb(tok)
    # ("accused Iran of smuggling arms": told as the charge is)
    if verb is not None and verb.dep_ in ("xcomp", "advcl") and lemma(verb.head) in MEANS_VERBS:
        verb = verb.head  # "used front companies to move the money": done as the use was
    if verb is not None and _proceeds_fund(verb):
        verb = verb.head  # "sold oil to fund the group": done as the sale was
    if verb is not None and verb.dep_ == "xcomp" and lemma(verb.head) in CONTINUING_VERBS:
        verb = verb.head  # "continues to arm the group": told as what the giver does
    if verb is not None and lemma(verb) in TEACHING_VERBS and verb.tag_ == "VBG" and \
            verb.dep_ == "advcl":
        verb = verb.head  # "were in Crimea helping the troops operate drones": as they were
    if verb is not None and verb.dep_ in ("xcomp", "ccomp") and \
            lemma(verb.head) in HELPING_VERBS and draft.all_actors():
        verb = verb.head  # "the IRGC helped the group bring missiles into Yemen": as the help was
    if verb is not None and verb.dep_ == "acl" and verb.tag_ in ("VBG", "VBN") and \
            governing_verb(verb.head) is not None:
        if any(c.dep_ == "advmod" and c.lower_ in ctx.ontology.undated_adverbs
               for c in verb.children):
            return False  # "the group, long supplied with rockets by Iran, ...": background
        verb = governing_verb(verb.head)  # "a truck carrying arms was stopped": as it was
        # ("drones supplied by Iran were used in the attack")
    # ("officials say Iran has long supplied the group": the allegation is told, not
    # the writer's background)
    undated = frozenset() if _supply_alleged(tok) else ctx.ontology.undated_adverbs
    past, perfect = tense(verb, undated)
    if past or (perfect and not any(c.dep_ == "auxpass" for c in tok.children)):
        return True
    if perfect and draft.subtype in ("fighters", "weapons_delivery") and any(
            c.dep_ in ("prep", "dative") and c.lower_ in ("to", "into") and
            any(p.dep_ == "pobj" for p in c.children) for c in tok.children):
        return True  # "trainers have been sent to Crimea": moved somewhere, not a standing
        # supply ("the group has been armed by X")
    if verb is None or any(c.dep_ == "advmod" and c.lower_ in undated for c in verb.children):
        return False
    auxes = [a for a in verb.children if a.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBN" and any(a.lower_ == "have" for a in auxes) and \
            verb.dep_ == "xcomp" and lemma(verb.head) in RAISING_VERBS and \
            not is_negated(verb.head):
        return True  # "Iran is believed to have supplied the drones": done, as believed
        # (not "is not believed to have supplied")
    if verb.tag_ == "VBN" and any(a.lower_ == "had" for a in auxes) and draft.actors and \
            draft.target_actors:
        return True  # "the rockets had been smuggled to the Houthis by the IRGC"
    if verb.tag_ == "VBG" and any(a.lower_ == "been" for a in auxes) and any(
            a.lemma_ == "have" and a.tag_ in ("VBZ", "VBP") for a in auxes):
        return True  # "has been smuggling weapons"
    takers = bool(draft.target_actors) or _armed_takers(ctx, tok)
    progressive = verb.tag_ == "VBG" and any(a.tag_ in ("VBZ", "VBP") for a in auxes)
    if progressive and draft.actors and (takers or draft.place is not None) and \
            lemma(verb) not in RECEIVING_VERBS:
        return True  # "the IRGC is bringing in fighters to Aleppo": a movement under way
    # ("the group is armed and funded by the IRGC": the standing supply told in the passive)
    present = verb.tag_ in ("VBZ", "VBP") or progressive or (verb.tag_ == "VBN" and any(
        a.dep_ == "auxpass" and a.tag_ in ("VBZ", "VBP") for a in auxes)) or \
        _finite_base(verb)
    # what a party gets from a named giver is the standing supply told from the other
    # side ("gets $700 million a year from Y", "get their rockets from Y"); "Y arms X,
    # a charge Y denies" is disputed
    # ("officials have long said that Iran gives X money, a charge X plays down": the
    # allegation said is recorded, disputed or not)
    return present and bool(draft.actors) and takers and (_supply_said(tok) or not any(
        lemma(t) in DISPUTE_NOUNS for t in tok.sent))


def _finite_base(verb: Token) -> bool:
    """"The Houthis receive weapons from Iran": a plural subject's present the tagger
    reads as a bare infinitive; no auxiliary, no "to" and a subject of its own."""
    return verb.tag_ == "VB" and verb.dep_ not in ("xcomp", "aux") and not any(
        c.dep_ in ("aux", "auxpass") for c in verb.children) and any(
        c.dep_ == "nsubj" and c.tag_ in ("NNS", "NNPS", "NNP") for c in verb.children)


# Verbs through which a report tells a supply as someone's allegation.
ALLEGING = SAYING | frozenset({"believe", "suspect", "allege", "accuse", "charge"})


def _outcome_sought(tok: Token) -> bool:
    """An act named as what information would lead to ("for information leading to the
    arrest of X", "that leads to his capture"): sought by a reward, not done ("the tip
    led to the arrest of two men" was)."""
    lead = tok.head.head
    return tok.dep_ == "pobj" and tok.head.lower_ == "to" and lemma(lead) == "lead" and \
        lead.dep_ in ("acl", "relcl") and lead.tag_ in ("VBG", "VBZ", "VBP")


def _supply_word(ctx: DocContext, hit: TriggerHit) -> bool:
    """Whether the words of a hit may tell a transfer ("sent" is also a deployment)."""
    return any(t.event_type == "transfer" and t.lemmas == hit.trigger.lemmas
               for t in ctx.ontology.triggers_starting(hit.trigger.lemmas[0]))


# Verbs of the course talks ran, whose subject they are: "talks in Cairo ended without a
# deal", "the talks resumed in Doha on Sunday", "talks were held in Muscat".
TALK_COURSE_VERBS = frozenset({"end", "conclude", "resume", "begin", "open", "start",
                               "close", "hold"})


def _talks_run(ctx: DocContext, tok: Token, dates: Sequence[DateMatch]) -> bool:
    """"Talks in Cairo on August 24 and 25 ended without a deal", "new talks were held in
    Doha on Sunday": talks told as the subject of a verb of their course, in the past and
    at a place or on a day told, were held ("talks have stalled for weeks", "the talks
    ended without a deal", with neither, and talks to come are none)."""
    verb = tok.head
    if lemma(tok) not in TALK_NOUNS or tok.dep_ not in ("nsubj", "nsubjpass") or \
            verb.pos_ != "VERB" or lemma(verb) not in TALK_COURSE_VERBS or \
            verb.tag_ not in ("VBD", "VBN") or is_negated(verb):
        return False
    if lemma(verb) == "hold" and tok.dep_ != "nsubjpass":
        return False  # "talks hold the key": no talks held
    if verb.tag_ == "VBN" and not any(c.dep_ == "auxpass" and c.lower_ in ("was", "were")
                                      for c in verb.children):
        return False  # "will be held", "have ended": not told as past on a day
    placed = any(ctx.etype_of_token(p) in PLACE_TYPES for h in (tok, verb)
                 for _x, p in prep_objects(h, frozenset({"in", "at"})))
    return placed or dated_subtree(verb, list(dates))


def _own_cues(tok: Token, sent: Span, cues: set[str],
              kin: frozenset[int] = frozenset()) -> set[str]:
    """The habitual cues of a sentence that are not told inside a relative clause of some
    other noun ("for years Iran sent arms along the crossings that Israel repeatedly
    bombed": "repeatedly" tells the bombing, not the sending). A relative clause headed by
    a trigger of the same kind (``kin``: their head indices) tells the act again, and its
    cues are the act's own ("met X, who received him more than once": meetings held again
    and again)."""
    skip = {t.i for c in sent if c.dep_ == "relcl" and tok not in c.subtree
            and c.i not in kin for t in c.subtree}
    low = "".join(t.text_with_ws for t in sent if t.i not in skip).lower()
    return {cue for cue in cues if cue in low}


def _supply_alleged(tok: Token) -> bool:
    """A supply told for years as what someone says or charges ("officials say Iran has
    for years supplied the militias", "accused Tehran for years of arming X"), or as what
    officials hold with their source added ("for years X sent arms to Y, according to
    officials"), is the allegation the report records; told as the writer's own
    background ("Hamas has long received arms from Iran", "Iran is believed to have long
    supplied X", with no believer), it is none."""
    return _supply_said(tok) or _supply_sourced(tok)


def _supply_said(tok: Token) -> bool:
    """"Officials say Iran gives X money": a supply told as what a named source says or
    charges, by a verb with its subject."""
    return any(lemma(t) in ALLEGING and t.pos_ == "VERB" and any(
        c.dep_ in ("nsubj", "agent") for c in t.children) for t in tok.ancestors)


def _supply_sourced(tok: Token) -> bool:
    """"For years X sent arms to Y, according to Western officials": a supply told in the
    past with the people who hold it named after "according to" (not the writer's
    history, nor a document's: "according to the indictment")."""
    verb = governing_verb(tok)
    if verb is None or verb.tag_ != "VBD":
        return False
    return any(c.dep_ == "prep" and c.lower_ == "according" and any(
        t.dep_ == "pobj" and lemma(t) in SOURCE_PEOPLE for p in c.children for t in
        (p, *p.children)) for v in (verb, *verb.ancestors) for c in v.children)


# People whose word an "according to" cites ("according to US officials").
SOURCE_PEOPLE = frozenset({"official", "diplomat", "investigator", "officer", "source",
                           "expert", "analyst", "intelligence"})


def _armed_takers(ctx: DocContext, tok: Token) -> bool:
    """"Iran supplies the militias with drones", "arms its proxies", "sends rockets to
    the rebels", "pays the salaries of the militia's fighters": a supply whose receiver
    is told by a noun of armed groups rather than a name, or is the fighters of a group,
    goes to parties of the network all the same."""
    takers = _receivers(tok) + _owners_of_sum(tok)  # "pays the militia's salaries"
    if tok.pos_ == "VERB" and (lemma(tok) in ARMING_VERBS or prep_objects(tok, WITH)):
        takers += direct_objects(tok)  # "supplied the militias with drones"
    takers += [p for o in direct_objects(tok) if lemma(o) in OWNED_SUMS
               for _x, p in prep_objects(o, OF)]  # "the salaries of X fighters"
    if lemma(tok) in RECEIVING_VERBS:
        takers += subjects(tok)  # "the militias get their rockets from Iran"
    if _arriving_load(ctx, tok):
        takers += direct_objects(tok.head)  # "arms shipments reach the militias"
    elif tok.pos_ == "VERB" and _arrival_verb(ctx, tok):
        takers += direct_objects(tok)  # "Iranian rifles reach the rebels"
    return any(lemma(t) in TAKER_NOUNS or (lemma(t) in FIGHTER_NOUNS and (
        _fighters_of(ctx, t) or any(c.dep_ == "poss" and lemma(c) in TAKER_NOUNS
                                    for c in t.children)))
        for r in takers for t in (r, *r.conjuncts))


def _arriving_load(ctx: DocContext, tok: Token) -> bool:
    """"Iranian arms shipments reach the Houthis": a load told as the subject of a verb of
    its arrival."""
    return tok.dep_ == "nsubj" and tok.pos_ == "NOUN" and _arrival_verb(ctx, tok.head)


def _arrival_verb(ctx: DocContext, verb: Token) -> bool:
    """"reach", "arrive": a verb of transfer whose subject is the load."""
    return any(t.load_subject and t.event_type == "transfer"
               for t in ctx.ontology.triggers_starting(lemma(verb)))


# Verbs whose object is who is supplied: "arms the rebels", "funds the militias".
ARMING_VERBS = frozenset({"arm", "rearm", "equip", "supply", "furnish", "fund", "finance",
                          "bankroll", "train"})
# Nouns of armed groups, unnamed, that receive a supply: "the militias", "its proxies".
TAKER_NOUNS = frozenset({"militia", "proxy", "group", "faction", "rebel", "insurgent",
                         "movement", "ally", "partner", "affiliate"})


# Verbs that tell a supply as kept up: "continues to fund the group".
CONTINUING_VERBS = frozenset({"continue", "keep"})
# Verbs of a hand lent to a supply: "helped the Houthis bring missiles into Yemen".
HELPING_VERBS = frozenset({"help", "assist"})


MEASURES = frozenset({"sanction", "statement", "transfer"})
# Nouns that tell a statement of supply as a disputed charge: "..., an allegation X denies".
DISPUTE_NOUNS = frozenset({"allegation", "accusation", "charge", "claim"})
# Verbs of the means by which a transfer was made: "used couriers to smuggle cash".
MEANS_VERBS = frozenset({"use", "employ", "exploit", "rely", "enlist", "hire", "utilize",
                         "leverage"})
# Verbs of selling or raising whose proceeds go where "to fund X" says: "sold oil to fund
# the Quds Force", "smuggled gold to finance the group".
PROCEEDS_VERBS = frozenset({"sell", "export", "ship", "smuggle", "trade", "raise", "launder",
                            "collect"})
# Verbs of paying for a party's upkeep.
FUNDING_VERBS = frozenset({"fund", "finance", "bankroll"})


def _proceeds_fund(verb: Token) -> bool:
    """"The network sold Iranian oil to fund the Quds Force": the proceeds of a sale told
    as done fund the party named, as a sum handed over does."""
    return lemma(verb) in FUNDING_VERBS and verb.dep_ in ("advcl", "xcomp") and \
        any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and \
        lemma(verb.head) in PROCEEDS_VERBS and bool(direct_objects(verb))


# Nouns of a government's step that a measure's effect is told of ("today's actions").
STEP_NOUNS = MEASURE_NOUNS | frozenset({"action", "step", "move", "decision", "order"})
# Verbs of what a measure does to its targets' property, told in the present.
FREEZING = frozenset({"freeze", "block", "bar", "prohibit"})
# Determiners of a measure told before ("the designation", "these actions").
TOLD_MEASURE_DETS = frozenset({"the", "this", "these", "such", "that", "those"})
# Words of a measure just taken ("new sanctions freeze the assets of X").
FRESH_WORDS = frozenset({"new", "fresh", "additional", "further", "latest"})


def _effect_of_measure(tok: Token) -> bool:
    """"Today's actions freeze any assets of X", "the designation blocks all property of
    Y": a measure told before, as the subject of a verb of freezing in the present, tells
    what it does, no measure of its own ("the Treasury froze the assets of X", "the order
    froze the assets of X" and "new sanctions freeze the assets of X" are one)."""
    return tok.pos_ == "VERB" and lemma(tok) in FREEZING and tok.tag_ in ("VBZ", "VBP") and any(
        s.dep_ == "nsubj" and lemma(s) in STEP_NOUNS and any(
            c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in TOLD_MEASURE_DETS)
            for c in s.children) and not any(
            c.dep_ == "amod" and c.lower_ in FRESH_WORDS for c in s.children)
        for s in subjects(tok))


def _elaborates_measure(tok: Token, typed: tuple[str, str | None],
                        accepted: list[tuple[TriggerHit, tuple[str, str | None]]]) -> bool:
    """"added sanctions on Iran, targeting its steel industry": a participle that tells
    whom a measure aims at is no attack of its own."""
    if typed[0] not in ARMED or tok.tag_ != "VBG" or tok.dep_ not in ("advcl", "acl"):
        return False
    verb = tok.head
    return any(t[0] in MEASURES and (h.head == verb.i or tok.doc[h.head].head.i == verb.i)
               for h, t in accepted)


def _dated_apart(ctx: DocContext, tok: Token, dates: list[DateMatch]) -> bool:
    """"X had worked for years with Y, who was killed in January 2020": in a habitual
    sentence, a clause with a date of its own, free of the habitual phrase, still tells
    one occurrence."""
    if tok.dep_ in ("relcl", "acl", "advcl") and dated_subtree(tok, dates):
        clause = tok.doc[tok.left_edge.i:tok.right_edge.i + 1].text.lower()
        return not any(cue in clause for cue in ctx.ontology.habitual)
    return _own_day(ctx, tok, dates)


# Clauses hung on a verb that are not its own: what it tells starts afresh in them.
OTHER_CLAUSES = ("ccomp", "conj", "advcl", "relcl", "parataxis", "xcomp", "acl")
# Habitual cues that introduce a case in point: the case itself is one occurrence.
EXAMPLE_CUES = frozenset({"for example", "for instance"})


def _own_day(ctx: DocContext, tok: Token, dates: list[DateMatch]) -> bool:
    """"X has repeatedly attacked US forces; on Tuesday it struck the Tanf garrison",
    "For example, on March 3 militants attacked the base": a trigger whose own clause
    names its day, free of the habitual phrase (or led by a case-in-point cue), tells
    one occurrence beside the habit."""
    own = subtree_tokens(tok, skip_deps=OTHER_CLAUSES)
    lo, hi = own[0].idx, own[-1].idx + len(own[-1])
    if not any(d.precision == "day" and lo <= d.start and d.end <= hi for d in dates):
        return False
    clause = "".join(t.text_with_ws for t in own).lower()
    return all(cue in EXAMPLE_CUES for cue in ctx.ontology.habitual if cue in clause)


def _killing_noun(typed: tuple[str, str | None] | None) -> bool:
    """"the killing of X in a drone strike": the strike is how the killing was done."""
    return typed is not None and typed[0] == "killing"


def _modifies_weapon(doc: Doc, weapon: WeaponHit, weapons: Sequence[WeaponHit]) -> bool:
    """"an explosive-laden drone", "a bomb-rigged boat": a weapon word among the modifiers
    of another weapon's noun says what that weapon carries; the noun is the means."""
    end = weapon.end - 1
    return any(o.start > end and doc[o.end - 1].pos_ in ("NOUN", "PROPN") and
               doc[o.end - 1].left_edge.i <= weapon.start for o in weapons if o is not weapon)


def _arsenal(ctx: DocContext, weapon: Token, tok: Token) -> bool:
    """"struck rocket launchers", "a strike on a drone factory": a weapon word that
    modifies the noun of what was struck names the target, not the means."""
    head = weapon.head
    return weapon.dep_ == "compound" and lemma(head) in ctx.ontology.arsenal_nouns and \
        head.i != tok.i and (head.head.i == tok.i or head.dep_ == "pobj")


# Nouns that stand for the state named before ("The government said it would ...").
STATE_SUBJECT_NOUNS = frozenset({"government"}) | BODY_HEADS  # "the ministry", "the embassy"


def _named_doer(ctx: DocContext, tok: Token) -> bool:
    """Whether the one who acts, or declares the act, is named ("Kuwait recalled ...",
    "Iraq's government said it would file ...") rather than a pronoun or a bare noun;
    "the militia" stands for the one group named before, when there is one, and "the
    government" for the state the sentence before has as its subject."""
    verb = tok if tok.pos_ == "VERB" else governing_verb(tok)  # "proclaimed the resumption"
    if verb is None:
        return False
    subjects = [s for s in inherited_subjects(verb) if s.dep_ != "nsubjpass"]
    subjects += passive_agents(verb)  # "the ambassador was expelled by Bahrain"
    for anc in list(verb.ancestors)[:3]:
        if anc.pos_ == "VERB" and (lemma(anc) in ANNOUNCING or _passes_message(anc)):
            subjects += [c for c in anc.children if c.dep_ == "nsubj"] or (
                # "X posted a photo and wrote that he would hold Y responsible"
                [c for c in anc.head.children if c.dep_ == "nsubj"]
                if anc.dep_ == "conj" and anc.head.pos_ == "VERB" else [])
    return any(t.pos_ == "PROPN" or ctx.ents.at(t.i) is not None  # "Bahrain" tagged a noun
               for s in subjects for t in s.subtree) or any(
        lemma(s) in OWN_SUBJECT_NOUNS or _state_continued(ctx, s) or _group_voice(ctx, s, verb)
        or _person_continued(ctx, s) for s in subjects)


# Words that stand, as the subject of a verb of saying, for a group told before ("it
# said", "the statement said").
VOICING_SUBJECTS = frozenset({"it", "they", "statement", "communique", "communiqué"})


def _group_voice(ctx: DocContext, subj: Token, verb: Token) -> bool:
    """"X issued a statement. 'We will not stop,' it said": a pronoun or the statement
    that says the group's own words ("we"), standing for a group named before, names the
    group as well ("It said it would file a complaint" is no group's diplomacy)."""
    if not any(s.lower_ == "we" for s in inherited_subjects(verb)):
        return False
    return subj.dep_ == "nsubj" and lemma(subj.head) in ANNOUNCING and \
        (subj.lower_ in VOICING_SUBJECTS or lemma(subj) in VOICING_SUBJECTS) and \
        any(ctx.etype(a) in GROUP_TYPES for a in tokens_actors(ctx, [subj]))


def _person_continued(ctx: DocContext, subj: Token) -> bool:
    """"Prime Minister X spoke in Baghdad. The prime minister said he would expose
    them": a person named before, told again by "he" or "she" or by the office he holds
    ("it recalled its ambassador" leaves a state or a body to the text before)."""
    if subj.lower_ not in ("he", "she") and not (lemma(subj) in TITLE_WORDS and any(
            c.dep_ == "det" and c.lower_ == "the" for c in subj.children)):
        return False
    found = tokens_actors(ctx, [subj])
    return len(found) == 1 and ctx.etype(found[0]) == "person"


def _state_continued(ctx: DocContext, subj: Token) -> bool:
    """"Kuwait expelled two diplomats. The government (or: It) then recalled its
    ambassador": "the government" or a pronoun that continues a state named before; "the
    ministry" or "the embassy" continues the body of that name told before; "his
    government" the leader told before."""
    if lemma(subj) not in STATE_SUBJECT_NOUNS and not (subj.pos_ == "PRON" and
                                                       subj.lower_ in ("it", "they")):
        return False
    led = lemma(subj) == "government" and any(c.dep_ == "poss" and c.lower_ in ("his", "her")
                                              for c in subj.children)
    return any(ctx.etype(a) in STATE_TYPES or (led and ctx.etype(a) == "person")
               for a in tokens_actors(ctx, [subj]))


def _titled_bodies(ctx: DocContext, tok: Token) -> list[str]:
    """"Foreign ministry spokesman X rejected ...": the state body the declarer's title
    names speaks with its holder."""
    out: list[str] = []
    if tok.pos_ != "VERB":
        return out
    for subj in (c for c in tok.children if c.dep_ == "nsubj"):
        named = ctx.ents.at(subj.i)
        if named is None:
            continue  # a named holder only ("the ministry's spokesman said" is the body's)
        for t in subj.subtree:
            m = ctx.ents.at(t.i)
            # the title before the name, not the name's own first word ("US forces")
            if t.i < named.tok_start and m is not None and m.entity_id and \
                    ctx.etype(m.entity_id) == "state_body" and m.entity_id not in out:
                out.append(m.entity_id)
    return out


def _named_holders(ctx: DocContext, tok: Token) -> list[str]:
    """"The ministry's spokesman, X, rejected ...": the person an apposition names
    declares with the body the title speaks for."""
    out: list[str] = []
    if tok.pos_ != "VERB":
        return out
    for subj in (s for s in inherited_subjects(tok) if s.dep_ == "nsubj"):
        for app in (c for c in subj.children if c.dep_ == "appos"):
            m = ctx.ents.at(app.i)
            if m is not None and m.entity_id and m.etype == "person" and \
                    m.entity_id not in out:
                out.append(m.entity_id)
    return out


def _named_killers(ctx: DocContext, doc: Doc,
                   accepted: list[tuple[TriggerHit, tuple[str, str | None]]],
                   owners: frozenset[int]) -> dict[int, int]:
    """"a strike that killed X", "a strike hit a house, killing X": an event whose relative
    clause or participle kills a named person is how that targeted killing was done."""
    found: dict[int, int] = {}
    for hit, typed in accepted:
        tok = doc[hit.head]
        if typed[0] != "killing" or tok.pos_ != "VERB":
            continue
        # "X was killed when a drone hit his car", "a commander was killed when an
        # Israeli strike hit his car": the blow of the clause of time is the killing's
        for clause in (c for c in tok.children if _when_clause(c)):
            for cause in (clause, *(c for c in clause.children if c.dep_ == "nsubj")):
                if cause.i in owners:
                    found[cause.i] = tok.i
        if not _person_target(ctx, tok, nouns=False, named=True):
            continue
        if (tok.dep_ == "relcl" or _main_verb_as_participle(tok)) and tok.head.i in owners:
            found[tok.head.i] = tok.i
        elif tok.dep_ == "advcl" and tok.tag_ == "VBG":
            for cand in (tok.head, *(c for c in tok.head.children if c.dep_ == "nsubj")):
                if cand.i in owners:
                    found[cand.i] = tok.i
    return found


WHEN_MARKS = frozenset({"when", "as"})


def _when_clause(tok: Token) -> bool:
    """An adverbial clause of time ("when a drone hit his car")."""
    return tok.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in WHEN_MARKS
                                       for c in tok.children)


def _death_of_named(ctx: DocContext, tok: Token,
                    typed: tuple[str, str | None]) -> tuple[str, str | None]:
    """"X died when a US drone hit his convoy": the strike a named person died in is told
    as his death, the targeted killing of that person."""
    if typed[0] not in ARMED:
        return typed
    if _when_clause(tok):
        verb = tok.head
    elif tok.dep_ == "pobj" and tok.head.lower_ == "in":
        verb = tok.head.head  # "X died in an Israeli air strike"
    else:
        return typed
    if lemma(verb) not in ctx.ontology.death_verbs:
        return typed
    who = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ == "relcl":
        who.append(verb.head)  # "X, who died when ..."
    for subj in who:
        for t in (subj, *subj.conjuncts, *(c for c in subj.children if c.dep_ == "appos")):
            m = ctx.ents.at(t.i)
            if m is not None and m.etype == "person":
                return "killing", "targeted_killing"
    return typed


def _kind_of_blow(tok: Token, typed: tuple[str, str | None],
                  accepted: Sequence[tuple[TriggerHit, tuple[str, str | None]]]) -> bool:
    """"Israeli shelling and air strikes hit villages": a noun of force the parse hangs
    before another blow noun, as the modifier of its kind, names that same blow, not one
    of its own."""
    if typed[0] not in ARMED or tok.pos_ != "NOUN" or tok.dep_ not in ("nmod", "compound"):
        return False
    head = tok.head
    return head.i > tok.i and head.pos_ == "NOUN" and any(
        hit.head == head.i and other[0] in ARMED for hit, other in accepted)


def _means_of_event(tok: Token, trig: Trigger, owners: frozenset[int]) -> bool:
    """"hit two strongholds, using missiles and drones": a participle that needs a weapon,
    hanging from another event's verb, tells how that event was done; so does a noun of
    force that is what another event's verb was done with ("attacked the post with missiles
    and artillery fire")."""
    if tok.pos_ == "NOUN":
        cur = tok
        while cur.dep_ == "conj" and cur.head.i != cur.i:
            cur = cur.head
        # "charged with attempted murder": the charge, not a means
        return cur.dep_ == "pobj" and cur.head.lower_ == "with" and \
            cur.head.head.i in owners and cur.head.head.pos_ == "VERB" and \
            lemma(cur.head.head) not in CHARGING
    if not (trig.requires_weapon and tok.pos_ == "VERB" and tok.tag_ == "VBG" and
            tok.dep_ == "advcl"):
        return False
    # "came on Tuesday, when the Guards hit what they said were X, using missiles"
    return any(a.i in owners for a in list(tok.ancestors)[:3]) or any(
        c.i in owners for c in tok.head.children if c.dep_ in ("advcl", "conj") and c.i < tok.i)


def _setting_of_event(tok: Token, etype: str, owners: frozenset[int]) -> bool:
    """"the shooting at a campaign rally": a gathering named as where another event took
    place is its setting; "plotted to bomb a rally", "an attack on a meeting": as the
    object of another event it is its target."""
    if etype not in ("protest", "meeting"):
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ in ("at", "during", "on", "against", "targeting"):
        return tok.head.head.i in owners
    return tok.dep_ == "dobj" and tok.head.i in owners


def _detained_in_raid(tok: Token, typed: tuple[str, str | None]) -> bool:
    """"a raid that detained two men", "a raid in which troops arrested X": the detentions
    a raid made are its arrest (the raid joins it, see :func:`_raids_that_detain`), not
    more words on the raid."""
    if typed[0] != "arrest" or tok.pos_ != "VERB":
        return False
    return tok.dep_ in ("relcl", "acl") and lemma(tok.head) in RAID_LEMMAS


def _relative_of_event(tok: Token, owners: frozenset[int]) -> bool:
    """"an air strike that destroyed a building", "the strikes, launched from warships": the
    (reduced) relative clause tells more of the event its antecedent names."""
    if tok.pos_ == "VERB" and tok.dep_ == "acl" and tok.tag_ in ("VBN", "VBG") and \
            tok.head.i in owners:
        return True
    return tok.pos_ == "VERB" and tok.dep_ == "relcl" and tok.head.i in owners and any(
        c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in tok.children)


def _refers_back(ctx: DocContext, tok: Token, draft: Draft) -> bool:
    """"the attack" under "involvement in", "responsibility for"..., with no date of its own;
    a deed told as a first ("it was the first time (since May) that a drone boat had hit a
    ship"), which sets the deed told before against all others."""
    if told_as_first(tok) or _blow_of_the_weapon(ctx, tok, draft):
        return True
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    if draft.date is not None and (tok.left_edge.idx <= draft.date.start <= tok.right_edge.idx +
                                   len(tok.right_edge) or dated_right_after(tok, draft.date)):
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ in TIME_ANCHORS:
        return True  # "hours after the Beirut strike": the time of something else
    if tok.dep_ == "pobj" and tok.head.lower_ in CAUSE_PREPS:
        return True  # "resigned over the strikes": the cause, told where it happened
    if tok.dep_ == "pobj" and tok.head.lower_ in ANSWERED_PREPS and \
            lemma(tok.head.head) in REPRISALS:
        return True  # "in retaliation for the drone attack": the deed a blow answers
    if tok.dep_ == "pobj" and tok.head.lower_ in TOPIC_PREPS:
        return True  # "an article about the attack", "questions regarding the strike"
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in TIME_ANCHORS for c in tok.head.children):
        return True  # "hours before the barrage began": likewise
    if _judged_in_speech(tok):
        return True  # "said the attack on X was a grave escalation": a reaction to it
    if _claimed_with_site(ctx, tok):
        return False
    return any(lemma(a) in ctx.ontology.reference_heads for a in list(tok.ancestors)[:4]) \
        or (draft.type == "killing" and _avenged(tok))


def _blow_of_the_weapon(ctx: DocContext, tok: Token, draft: Draft) -> bool:
    """"Officials said the drone that hit the base came from Iraq": a blow told only to
    pick out the weapon already told ("the drone"), with no day of its own, is the blow
    told before (but "the drone that hit X killed three soldiers" tells it, by its toll)."""
    weapon = tok.head
    if tok.pos_ != "VERB" or tok.dep_ != "relcl" or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in weapon.children) or not any(
            w.start <= weapon.i < w.end for w in ctx.weapons(tok.sent)) or any(
            h.head == weapon.head.i for h in ctx.triggers(tok.sent)):
        return False
    return draft.date is None or not (
        tok.left_edge.idx <= draft.date.start <= tok.right_edge.idx + len(tok.right_edge))


def _judged_in_speech(tok: Token) -> bool:
    """"The spokesman said the attack on its nuclear sites was a grave escalation", "...
    said the strike was illegal": a deed a speaker only judges is one told elsewhere (not
    "said the barrage was a punishment for X", which tells what the deed answered)."""
    verb = tok.head
    judged = [c for c in verb.children if c.dep_ in ("attr", "acomp")]
    return tok.dep_ == "nsubj" and lemma(verb) == "be" and verb.dep_ == "ccomp" and \
        lemma(verb.head) in DECLARING and bool(judged) and \
        not any(lemma(j) in REPRISALS for j in judged)


# Words that open a relative date told right after a noun ("the strike last month").
RELATIVE_DATE_OPENERS = frozenset({"last", "earlier", "previous"})


def dated_right_after(tok: Token, date: DateMatch) -> bool:
    """"a response to the Israeli strike on Hodeidah port last month": a relative date
    right after the noun's phrase, however the parse hangs it, is the deed's own."""
    end = tok.right_edge.idx + len(tok.right_edge)
    text = doc_tokens(tok.doc).text
    return date.start > end and not text[end:date.start].strip() and \
        text[date.start:date.end].split(" ")[0].lower() in RELATIVE_DATE_OPENERS


# Verbs by which a group takes responsibility ("claimed responsibility for X").
TAKING = frozenset({"claim", "take", "assume", "bear"})
# Prepositions of an attack's target or site.
SITE_PREPS = frozenset({"on", "against", "at", "in", "near", "targeting"})
VERB_SITE_PREPS = frozenset({"at", "near", "against"})


def _claimed_with_site(ctx: DocContext, tok: Token) -> bool:
    """"X claimed responsibility for the attack on a border post in Y": an attack told with
    its own target or site in the claim is the attack, claimed; "denied involvement in
    the attack" or a bare "the attack" refers back to one told before."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "for":
        return False
    noun = tok.head.head
    if lemma(noun) != "responsibility" or lemma(noun.head) not in TAKING:
        return False
    sites = [p for _x, p in prep_objects(tok, SITE_PREPS)]
    # the parse may hang the site on the verb ("claimed ... for the shooting at X")
    sites += [p for _x, p in prep_objects(noun.head, VERB_SITE_PREPS)]
    # a named site, or one new to the reader ("on a border post")
    return any(t.pos_ == "PROPN" or (t.dep_ == "det" and t.lower_ in ("a", "an"))
               for p in sites for t in p.subtree) or any(
        m.entity_id is not None for p in sites for m in ctx.mentions_of(list(p.subtree)))


# Words of paying back a deed ("revenge for the killing", "avenge the assassination"), and
# the vows that make it a threat.
AVENGING = REPRISALS | {"avenge", "retaliate", "respond"}
VOWS = VOWING | {"threaten", "warn"}


def _avenged(tok: Token) -> bool:
    """"Iran vowed revenge for the killing of its general", "pledged to avenge the
    assassination": the death a vow pays back is named to say what the threat answers;
    it is told where it happened, not here. (A strike so named keeps its place: its
    doer and target are often told only there.)"""
    chain = list(tok.ancestors)[:5]
    vows = [a for a in chain if lemma(a) in VOWS and a.pos_ == "VERB"]
    return bool(vows) and (any(lemma(a) in AVENGING for a in chain) or any(
        c.dep_ == "dobj" and lemma(c) in REPRISALS for v in vows for c in v.children))


TIME_ANCHORS = frozenset({"after", "before", "since", "following", "until", "ahead"})
# Verbs and adjectives of judging or punishing someone for a deed ("sentenced X for a
# rocket attack", "suspected of the bombings"), and the prepositions of that deed.
JUDGING = ACCUSING | {"try", "execute", "hang", "fine", "sanction", "designate", "suspected",
                      "accused", "guilty", "convicted"}
JUDGED_PREPS = frozenset({"for", "of", "over", "in"})
# Judging verbs that, said of a party rather than of suspects held ("two men suspected
# of the bombings"), blame it: "X accused Y of the attack" tells the attack.
BLAMING_JUDGES = frozenset({"accuse", "suspect"})


def _charged_with(tok: Token) -> bool:
    """"accused Tehran of supplying the rebels with drones", "was accused of shipping
    rifles": a supply laid at a party's door is told, as alleged (a gerund of purpose,
    "arrested for protesting", tells none, and "men suspected of smuggling arms" were
    held for what the arrest names as its reason)."""
    return _charging_verb(tok) is not None


def _charging_verb(tok: Token) -> Token | None:
    """The verb that lays the deed of ``tok`` at a party's door ("accused" in "accused
    Tehran of supplying ..."), else ``None``."""
    judge = past_time_span(tok.head.head)
    if tok.head.lower_ == "of" and lemma(judge) in BLAMING_JUDGES and \
            judge.pos_ == "VERB" and judge.dep_ != "acl":
        return judge
    return None


def _dated_phrase(tok: Token, dates: Sequence[DateMatch]) -> bool:
    """Whether a date of the sentence lies inside the phrase of an event noun ("an air
    strike on its embassy on Monday")."""
    start, end = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge)
    return any(start <= d.start < end for d in dates)


def _deed_as_reason(tok: Token) -> bool:
    """"sentenced two men for a rocket attack on the embassy", "suspected of bombings",
    "in response to Israeli strikes on villages": a deed named as why someone is judged
    or why a blow was struck is told where it happened; with no day of its own here it
    is no occurrence of this sentence (a bare plural is a run of deeds, a "the" one told
    before; both are checked by the caller for their own date)."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in JUDGED_PREPS | ANSWERED_PREPS or any(
            c.dep_ in ("relcl", "acl") for c in tok.children):
        return False  # "the bombing that killed two policemen in Sitra": told as news
    head = tok.head.head
    if head.lower_ in ("role", "involvement", "part", "participation") and head.dep_ == "pobj":
        head = head.head.head  # "sentenced for their role in the bombings"
    if lemma(head) in BLAMING_JUDGES and head.pos_ == "VERB" and head.dep_ != "acl":
        return False  # "Washington accused Tehran of the attack": a blame, the deed stands
    if (lemma(head) in JUDGING or head.lower_ in JUDGING) and tok.head.lower_ in JUDGED_PREPS:
        return head.pos_ in ("VERB", "ADJ", "AUX") or head.tag_ == "VBN"
    bare = not any(c.dep_ == "det" for c in tok.children) and tok.tag_ in ("NNS", "NNPS")
    return bare and tok.head.lower_ in ANSWERED_PREPS and lemma(head) in REPRISALS


# Prepositions that name a deed as the cause of what the clause tells ("protested over
# the killing"), not as an occurrence of its own.
CAUSE_PREPS = frozenset({"over"})
# Prepositions of the deed a reprisal answers ("in response to", "in retaliation for").
ANSWERED_PREPS = frozenset({"to", "for"})
# Prepositions of a topic: what is written or asked about an event told elsewhere.
TOPIC_PREPS = frozenset({"about", "regarding", "concerning"})


def _bare_attempt(tok: Token) -> bool:
    """"convicted the man of attempted arson": an attempt named bare, with no target or
    place of its own, beside a conviction or charge, is the crime's name in law for a
    deed told elsewhere (but "charged over a plot to kill X" and "an attempted arson at
    the centre" tell the plot)."""
    return tok.pos_ == "NOUN" and tok.dep_ == "pobj" and \
        tok.head.lower_ in JUDGED_PREPS | {"with"} and any(
            c.dep_ == "amod" and c.lower_ == "attempted" for c in tok.children) and not any(
            c.dep_ in ("det", "poss", "prep", "acl", "relcl") for c in tok.children)


# Gerunds of planning the parse may take for a noun's modifier ("for planning attacks").
PLANNING_GERUNDS = frozenset({"planning", "plotting", "preparing"})


def _planning_told(tok: Token) -> bool:
    """"arrested for planning attacks on X", the parse taking the gerund for a modifier of
    the noun: the planning is the reason, and the plot is told here."""
    return any(c.dep_ in ("compound", "amod") and c.tag_ in ("VBG", "NN") and c.i == tok.i - 1
               and c.lower_ in PLANNING_GERUNDS for c in tok.children)


def _apply_roles(d: Draft, roles: Roles) -> None:
    if d.type not in VIOLENT or not roles:
        return
    for attr in ("claimed_by", "attributed_to"):
        cur: list[str] = getattr(d, attr)
        cur.extend(x for x in getattr(roles, attr) if x not in cur and x not in d.target_actors
                   and roles.holds_for(x, d.hit.head))  # "blamed X for another attack"
    if not d.actors:
        d.actors = [a for a in roles.actors if a not in d.target_actors]
    d.actors = [a for a in d.actors if a not in d.claimed_by and a not in d.attributed_to]


def _preparers(tok: Token) -> list[Token]:
    """"A Hezbollah cell stockpiled explosives in preparation for an attack": who did what
    prepared the attack plans it (the subject of the verb the preparation hangs on)."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "for" or lemma(prep.head) != "preparation" or \
            prep.head.dep_ != "pobj":
        return []
    # (the parse may hang the preparation on the place: "stockpiled X in a garage in
    # preparation for ...")
    verb = next((a for a in prep.head.ancestors if a.pos_ == "VERB"), None)
    return [] if verb is None else [s for s in inherited_subjects(verb) if s.dep_ == "nsubj"]


def _handed_on_by_holders(doc: Doc, drafts: list[Draft]) -> None:
    """"Were detained in Istanbul, before being handed over to the Emirati authorities":
    those who held the people hand them over, and the seizure's clause ends where the
    hand-over's begins."""
    for later in drafts:
        first = next((d for d in drafts if d is not later and d.type == later.type == "arrest"
                      and sent_on_after(doc[later.hit.head], doc[d.hit.head])), None)
        if first is None:
            continue
        end = doc[later.hit.head].head.i  # "before", "after"
        if end > 0 and doc[end - 1].is_punct:
            end -= 1
        first.span = (first.span[0], min(first.span[1], end))
        if not later.all_actors():
            later.actors = list(first.actors)


def _clause_span(tok: Token) -> tuple[int, int]:
    toks = subtree_tokens(tok, skip_deps=("conj", "cc"))
    return toks[0].i, toks[-1].i + 1
