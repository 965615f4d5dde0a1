"""Within one document, repeated reports of one occurrence become one event.

Reports repeat their news: a "Key Takeaways" paragraph and the body, a
headline and its lead, "the protests" after the protests were told. Two events
of a document are one occurrence when they have the same type, come from
different sentences of the same section, contradict each other in nothing
(date, place, actors, targets) and agree on something (the same date, an
actor, a target or the place). A later mention that names nothing of its own
(no date of its own, no actor, target or place: "the executions were carried
out...") joins the last event of its type.

The first evidence is kept, unless the later report states the date more
precisely, or dates a plot told first undated or dated only by the day of its
arrest or charge (then its sentence is the better evidence and the event takes
it; a plot is dated by when it was hatched, which comes before those days);
the merged event takes the other's values where it had none.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from datetime import date
from itertools import pairwise

from axiswatch.extract.events import ACCUSATION_FORMS
from axiswatch.ids import event_id
from axiswatch.model import ROLE_LISTS, Event, Precision

_PRECISION_RANK = {"year": 0, "month": 1, "day": 2}
# Two places this close may be named for one occurrence (a district and its city).
NEAR_KM = 30.0
# Two sites this close may be one ("the consulate", "the embassy compound").
SITE_KM = 2.0
# A place this far from a region's or province's centre lies outside it.
OUTSIDE_REGION_KM = 300.0
# Types one occurrence may be told as: "Israel killed X in a strike", "the strike".
_VIOLENT_FAMILY = frozenset({"attack", "strike", "killing", "plot"})
# Types told apart only by their doer (a group's attack, a state's strike).
_FORCE = frozenset({"attack", "strike"})
# A plot told beside a strike on the plotters: two acts, never one.
_PLOT_AND_STRIKE = frozenset({"plot", "strike"})


def _agreement(kept: Event, ev: Event) -> int:
    """How well ``ev`` fits ``kept``: its own type first, then the same day, then a shared
    weapon, party or place."""
    shared = bool((kept.weapon and kept.weapon == ev.weapon) or
                  (kept.location and kept.location == ev.location) or _overlap(
                      [*kept.actors, *kept.claimed_by, *kept.attributed_to],
                      [*ev.actors, *ev.claimed_by, *ev.attributed_to]))
    return 4 * (kept.type == ev.type) + 2 * bool(kept.date and kept.date == ev.date) + shared


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _sided(ids: list[str], side_of: Callable[[str], str] | None) -> list[str]:
    """The sides that ids stand for: a state's ministry, forces or command act for the
    state ("CENTCOM" and "the United States" are one side), any other actor for itself."""
    return ids if side_of is None else [side_of(i) for i in ids]


def _fits(kept: Event, ev: Event, places: frozenset[str], stated: bool = True,
          side_of: Callable[[str], str] | None = None,
          is_person: Callable[[str], bool] | None = None) -> bool:
    """Whether ``ev`` may tell more of ``kept``: a kindred type and nothing contradicting
    (a date ``ev`` only takes from its context contradicts nothing)."""
    if kept.type != ev.type and not (kept.type in _VIOLENT_FAMILY and
                                     ev.type in _VIOLENT_FAMILY):
        return False
    if {kept.type, ev.type} == _PLOT_AND_STRIKE:
        return False  # "commandos raided the house; the suspects had planned to fire rockets"
    if _distinct_acts(kept, ev, is_person) or _other_detainees(kept, ev):
        return False
    if _spans_overlap(kept, ev) or (stated and not _dates_compatible(kept, ev)) or \
            not _places_compatible(kept, ev) or _other_town_other_arms(kept, ev):
        return False
    # whom a report blames may be told differently ("the umbrella group", "militias")
    actors_k = _sided([*kept.actors, *kept.claimed_by], side_of)
    actors_e = _sided([*ev.actors, *ev.claimed_by], side_of)
    return not _disjoint(actors_k, actors_e) and not _disjoint(
        _people(kept.target_actors, places), _people(ev.target_actors, places))


def _other_town_other_arms(a: Event, b: Event) -> bool:
    """Whether two blows fell on two towns each named, with other arms: "a firebomb hit a
    school in X. Around the same time, shots were fired at a house in Y" (a town nearby)
    tells a second blow, not more of the first."""
    return a.location is not None and b.location is not None and a.location != b.location \
        and a.geo_precision == b.geo_precision == "town" and a.weapon is not None and \
        b.weapon is not None and a.weapon != b.weapon


def _dates_compatible(a: Event, b: Event) -> bool:
    if a.date is None or b.date is None:
        return True
    if a.date.startswith(b.date) or b.date.startswith(a.date):
        return True
    # "late on Sunday" and "on Monday": a day apart at one named site is one blow told
    # by two sources, as the scorer's own ±1 day allows
    return a.type in _VIOLENT_FAMILY and bool(a.location) and a.location == b.location \
        and a.geo_precision in _TOWN_SITES and _days_apart(a.date, b.date) == 1


def _plot_day_lent(a: Event, b: Event, stated_a: bool, stated_b: bool) -> bool:
    """Whether two reports of a plot differ in date only because one took the day of an
    arrest, charge or announcement its sentence told ("arrested on Monday over a plot"),
    which says nothing of when the plot was hatched ("the plot began in 2022")."""
    return a.type == b.type == "plot" and not (stated_a and stated_b)


def _day_lent_to_recall(a: Event, unstated_recall: bool) -> bool:
    """Whether a violent occurrence is recalled by a definite noun whose day is only the
    one its paragraph tells ("Monday's blow came ... The Turkish strike in Iraq followed
    the shelling late on Sunday"): that day says nothing of which occurrence it is."""
    return unstated_recall and a.type in _VIOLENT_FAMILY


def _days_apart(a: str, b: str) -> int | None:
    """Days between two day-precise ISO dates, else ``None``."""
    if len(a) != 10 or len(b) != 10:
        return None
    try:
        return abs((date.fromisoformat(a) - date.fromisoformat(b)).days)
    except ValueError:
        return None


def _places_compatible(a: Event, b: Event) -> bool:
    if not a.location or not b.location or a.location == b.location:
        return True
    if a.lat is not None and a.lon is not None and b.lat is not None and b.lon is not None \
            and _km(a.lat, a.lon, b.lat, b.lon) <= (
                SITE_KM if a.geo_precision in _SITES and b.geo_precision in _SITES else NEAR_KM):
        return True  # a district and its city, a base and the town beside it
    broad = ("country", "region", "province")
    return bool(a.country and a.country == b.country and (
        a.geo_precision in broad or b.geo_precision in broad)) and not _outside_region(a, b)


def _disjoint(x: list[str], y: list[str]) -> bool:
    return bool(x) and bool(y) and not set(x) & set(y)


def _overlap(x: list[str], y: list[str]) -> bool:
    return bool(set(x) & set(y))


def _spans_overlap(a: Event, b: Event) -> bool:
    return a.evidence.start < b.evidence.end and b.evidence.start < a.evidence.end


def _people(ids: list[str], places: frozenset[str]) -> list[str]:
    return [i for i in ids if i not in places]


def same_occurrence(a: Event, b: Event, places: frozenset[str] = frozenset(), *,
                    stated_a: bool = True, stated_b: bool = True,
                    refers: bool = False, recalled: bool = False,
                    side_of: Callable[[str], str] | None = None,
                    is_person: Callable[[str], bool] | None = None,
                    summed_up: bool = False, both_summary: bool = False,
                    one_summary: bool = False) -> bool:
    """Whether two events of one document report the same occurrence.

    ``places``: entity ids that are places, left out of the target comparison;
    ``stated_a``/``stated_b``: whether each report states its date (a date taken from
    the context says nothing about which occurrence it is); ``refers``: whether ``b`` is
    told as a reference back ("Thursday's strike"), which may name a killing as its strike;
    ``recalled``: whether ``b`` is told by a definite noun ("the Iranian strike in
    Pakistan"), whose day, unless its sentence states it, is the paragraph's, not its own;
    ``side_of``: the side an actor id acts for (a state body -> its state);
    ``is_person``: whether an actor id is a person (whose declarations of one day are
    one speech); ``summed_up``: whether one of the two is told undated in a report's key
    takeaways, which sum up what its body tells; ``both_summary``: whether both are told
    there, as two points of the summary; ``one_summary``: whether just one of the two is
    told there, dated or not.
    """
    if a.doc_id != b.doc_id or _spans_overlap(a, b):
        return False
    if a.type != b.type and not (refers and _killing_told_as_strike(a, b, stated_a and stated_b)) \
            and not _blow_told_without_doer(a, b):
        return False
    if not (_dates_compatible(a, b) or _plot_day_lent(a, b, stated_a, stated_b) or
            _day_lent_to_recall(a, recalled and not stated_b) or
            (a.type == b.type == "arrest" and not stated_a and _held_again(b))) or \
            not _places_compatible(a, b):
        # ("have arrested two men" on the dateline's day, "officers detained the suspects
        # on Wednesday": the day the context lent says nothing of which arrest it was)
        return False
    if _distinct_acts(a, b, is_person, summed_up, one_summary) or _other_victims(a, b):
        return False
    actors_a = _sided([*a.actors, *a.claimed_by, *a.attributed_to], side_of)
    actors_b = _sided([*b.actors, *b.claimed_by, *b.attributed_to], side_of)
    targets_a, targets_b = _people(a.target_actors, places), _people(b.target_actors, places)
    # a summary bullet tells the body's declaration in brief, perhaps by another voice of
    # the same side ("the ministry denied any role" / "its spokesman said ...")
    # (two points of one summary are each their own declaration)
    summary = a.type in ("statement", "meeting") and (_bulleted(a) or _bulleted(b)) and \
        not (_bulleted(a) and _bulleted(b)) and not both_summary and \
        a.subtype is not None and a.subtype == b.subtype and a.date == b.date
    # "charged a member of X with trying to arrange the murder of Y", then "accuses Z of
    # offering money to kill Y": one plot against one named victim, told by the body the
    # accused serves and by his name
    one_victim = a.type == "plot" and _overlap(targets_a, targets_b)
    date_a = a.date if stated_a else None
    date_b = b.date if stated_b else None
    undated = date_a is None or date_b is None
    # "the arrest of a man in X last week" and "police detained him in X on 26 June": a
    # month that holds the other's day tells no other occurrence of one kind at a place
    # both name (a charge on a day of the month of an arrest is another act)
    within = not undated and date_a != date_b and (
        str(date_a).startswith(str(date_b)) or str(date_b).startswith(str(date_a)))
    # "Key takeaways: A drone attack killed three US soldiers at a base in Jordan" sums
    # up the body's dated attack on Tower 22 that killed three: the same toll, or the same
    # kind of weapon in the same country, or where one names none ("missiles" for "three
    # cruise missiles"); a key point names its targets broadly ("US forces" for "US and
    # coalition forces")
    summed = summed_up and undated and a.type in _VIOLENT_FAMILY and (
        (a.killed is not None and a.killed == b.killed) or
        (a.weapon is not None and b.weapon is not None and _same_arms(a, b) and
         (a.country == b.country or None in (a.country, b.country))))
    # "a German court jailed a man ... the Higher Regional Court convicted the man": the
    # people held told again as those already named, whoever the second telling names
    # as holding them
    held_again = a.type == b.type == "arrest" and (_held_again(a) or _held_again(b))
    if (_disjoint(actors_a, actors_b) and not summary and not one_victim and
            not held_again) or \
            (_disjoint(targets_a, targets_b) and not summed and
             not _members_and_group(a, targets_a, targets_b, is_person)):
        return False
    if a.weapon and b.weapon and a.weapon != b.weapon and a.type in ("attack", "strike") \
            and date_a is None and date_b is None:
        return False
    if a.type in ("attack", "strike") and not (refers or recalled or summed_up) and \
            a.weapon and b.weapon and not _same_arms(a, b) and \
            a.location and b.location and a.location != b.location:
        return False  # "jets struck positions in the south ... A drone strike killed two
        # men near Tyre": a blow of other arms at another named place is another blow
    same_date = date_a is not None and date_a == date_b and \
        a.date_precision in ("day", "month")
    shared_actor = _overlap(actors_a, actors_b)
    shared_target = _overlap(targets_a, targets_b)
    if a.type in ("statement", "meeting"):
        return (shared_actor or summary) and (same_date or date_a is None or date_b is None)
    if a.type == "transfer" and not refers and (date_a is None) != (date_b is None):
        # "Iran has supplied the Houthis with missiles" beside "in January, SEALs seized
        # Iranian missile parts": a standing supply is no dated shipment by the same giver
        # unless the two name the same receiver
        return same_date or shared_target
    return same_date or shared_target or (shared_actor and undated) or summed or (
        undated and a.type != b.type) or (
        _same_site(a, b) and undated) or (
        # "an assassination carried out in the capital": no doer, no date of its own,
        # the place of the killing told before
        a.type in _VIOLENT_FAMILY and a.location == b.location and (undated or within) and
        not (actors_a and actors_b) and a.geo_precision in _TOWN_SITES) or (
        # "police arrested four men, one in Z ... Dutch police detained Y. in Z": an
        # arrest told on, in the town of one told before, with no day of its own
        a.type == "arrest" and (undated or (within and a.subtype == b.subtype)) and
        a.location == b.location and
        a.geo_precision in _TOWN_SITES) or (
        # "police have arrested two men ... officers detained the suspects in X on
        # Wednesday": the people held told again as those already named
        a.type == "arrest" and undated and (_held_again(a) or _held_again(b)))


# "the suspects", "the two men", "the pair": the people an arrest holds, told again.
_HELD_AGAIN = re.compile(r"^the\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?"
                         r"(?:suspects?|men|man|women|woman|pair|detainees?|accused|brothers)\b(?![’'])",
                         re.I)


def _held_again(ev: Event) -> bool:
    """Whether an arrest names whom it holds as people already told of ("officers detained
    the suspects in X"): its report tells an arrest told before, not another."""
    return bool(ev.target) and _HELD_AGAIN.match(ev.target or "") is not None


def _members_and_group(a: Event, x: list[str], y: list[str],
                       is_person: Callable[[str], bool] | None) -> bool:
    """Whether an arrest of a group's members and one of named people may take the same
    men ("police arrested four suspected members of X ... police detained Y. in Z"): the
    people named may be those members."""
    if a.type != "arrest" or is_person is None:
        return False
    return (all(map(is_person, x)) and not any(map(is_person, y))) or \
        (all(map(is_person, y)) and not any(map(is_person, x)))


def _blow_told_without_doer(a: Event, b: Event) -> bool:
    """"The Guards said they had fired missiles at Erbil ... Officials said 12 missiles hit
    the city": only the doer tells a strike from an attack, so a blow ``b`` told later
    with none may be the blow ``a`` told with its doer as the other type, when it was
    dealt with the same weapon or at the same site."""
    if {a.type, b.type} != _FORCE or [*b.actors, *b.claimed_by, *b.attributed_to] or \
            not [*a.actors, *a.claimed_by, *a.attributed_to]:
        return False
    return (a.weapon is not None and a.weapon == b.weapon) or (
        a.location is not None and a.location == b.location)


def _other_site(a: Event, b: Event) -> bool:
    """Two named places, neither a country, region or province that might hold the
    other: two towns or sites, however near, are two scenes; so are a town and a region
    or province too far from it to hold it ("claimed a drone attack on Eilat ... It also
    claimed an attack on a base in the Golan"), and a town and a region when the later
    one is told as another blow ("jets struck the X valley. In a separate strike, a
    commander was killed in the town of Y")."""
    if not (a.location and b.location) or a.location == b.location:
        return False
    if "country" in (a.geo_precision, b.geo_precision):
        return False
    return "province" not in (a.geo_precision, b.geo_precision) or _outside_region(a, b)


def _outside_region(a: Event, b: Event) -> bool:
    """Whether one of two places is a region or province too far from the other to hold
    it: Eilat is in no "Golan", whose centre lies hundreds of kilometres north."""
    return "country" not in (a.geo_precision, b.geo_precision) and \
        a.lat is not None and a.lon is not None and b.lat is not None and \
        b.lon is not None and _km(a.lat, a.lon, b.lat, b.lon) > OUTSIDE_REGION_KM


_SITES = frozenset({"facility", "district", "neighbourhood", "neighborhood"})
_TOWN_SITES = _SITES | {"town"}
_KILLERS = frozenset({"strike", "attack"})


# Subtypes that never name the same act as another subtype of their type: a reward
# offered for a man is not his designation.
_OWN_ACTS = frozenset({"reward"})
# Declarations that answer a charge about the past, never one with a declaration of what
# the speaker will do: "X threatened to strike ... The group denied that it had attacked
# the base" are two statements (a group's communiques), though both are X's. A state's
# diplomatic measures are each their own act: "Iraq recalled its ambassador ... The
# government said it would file a complaint" are two. So are a state's measures on its
# own people and ground: "X said Israel would bring the killers to justice ... X's
# security council urged Israelis to avoid travel to Y"; a curfew declared.
# A charge made against another side answers for no act of the speaker's either: "X
# accused Washington of violating Iraqi sovereignty. The group warned it would respond"
# are two.
_OWN_DECLARATIONS = frozenset({"denial", "recall", "expulsion", "complaint", "severance",
                               "travel_warning", "curfew", "accusation"})


def _distinct_acts(a: Event, b: Event,
                   is_person: Callable[[str], bool] | None = None,
                   summed_up: bool = False, one_summary: bool = False) -> bool:
    """Whether two events of one type are told as different acts by their subtypes. A
    denial is its own statement, unless one person speaks both: a leader's speech that
    denies one thing and warns of another is one occurrence told point by point (his
    group, which his warning may speak for too, does not make it two). Two denials told in
    the body of a report are two, each of its own charge; a key point restates one, and so
    does the same speaker rejecting "the accusations" after denying them. A
    group's communique and a person's speech (its leader's, say) are two declarations,
    whatever each declares, unless one is a key takeaway that sums up the other in the same
    kind of declaration ("X warned it would escalate" above "X's leader said on Friday the
    group would target US interests")."""
    if a.type == b.type == "statement" and a.subtype == b.subtype == "denial" and \
            not (_bulleted(a) or _bulleted(b) or one_summary or
                 (_rejects_told_charge(b) and _overlap(a.actors, b.actors))):
        return True  # two denials in the body deny two charges (a key point sums one up)
    if a.type == b.type == "statement" and is_person is not None and \
            not (_bulleted(a) or _bulleted(b) or (summed_up and a.subtype == b.subtype)) and \
            any(map(is_person, a.actors)) != any(map(is_person, b.actors)):
        return True  # a group's communique and a person's speech are two declarations
    if a.type != b.type or a.subtype is None or b.subtype is None or a.subtype == b.subtype:
        return False
    if {a.subtype, b.subtype} & _OWN_ACTS:
        return True
    if a.type == "transfer":
        return True  # "funded the group" and "armed the group": money and arms, two supplies
    if a.type != "statement" or not {a.subtype, b.subtype} & _OWN_DECLARATIONS:
        return False
    return is_person is None or not any(is_person(s) for s in set(a.actors) & set(b.actors))


# The charges a denial may name by a definite noun, singular or plural.
_CHARGE_WORDS = ACCUSATION_FORMS | {form[:-1] for form in ACCUSATION_FORMS}


def _evidence_words(ev: Event) -> list[str]:
    """An event's evidence in lower-case words, commas and full stops apart."""
    return ev.evidence.text.lower().replace(",", " , ").replace(".", " . ").split()


def _rejects_told_charge(ev: Event) -> bool:
    """Whether a denial rejects a charge by a definite noun that points back ("The group
    rejected the accusations as lies"): the charge its speaker denied before, so no charge
    of its own (its state's ministry saying so is another account);
    one that spells its charge out ("the claims that it armed X") denies a new one."""
    words = _evidence_words(ev)
    return any(word in ("the", "these", "those", "such") and noun in _CHARGE_WORDS and
               after not in ("that", "of")
               for word, noun, after in zip(words, words[1:], [*words[2:], ""], strict=False))


# What a denial points back with at the charge told just before ("dismissed them as lies").
_CHARGE_POINTERS = frozenset({"them", "it"})
# Subtypes of a statement that denies a charge.
_DENYING = frozenset({"denial", "rejection"})
_DISMISSING = frozenset({"dismissed", "rejected", "denied", "called", "branded", "labelled",
                         "labeled"})


def _points_at_told_charge(ev: Event) -> bool:
    """Whether a denial names its charge only as the one told before: "the accusations",
    "such claims", or a pronoun ("dismissed them as ridiculous")."""
    return _rejects_told_charge(ev) or any(
        word in _DISMISSING and after in _CHARGE_POINTERS
        for word, after in pairwise(_evidence_words(ev)))


def denials_told_on(events: list[Event], sentence_of: Callable[[Event], int]) -> list[Event]:
    """The events with a denial told twice in a row kept once: "Tehran has rejected the
    accusations. Its foreign ministry spokesman, X, dismissed them as ridiculous" is one
    denial, first in brief, then in full by whoever spoke it, whose telling (its speaker,
    and its day, "in a statement after the attack") stands for both. A denial that spells
    out a charge of its own ("denied that it had armed the group") is another."""
    denials = [ev for ev in events if ev.type == "statement" and ev.subtype in _DENYING]
    told_again: set[str] = set()
    for brief in denials:
        full = next((ev for ev in denials if ev.id not in told_again and
                     sentence_of(ev) == sentence_of(brief) + 1 and
                     _points_at_told_charge(ev)), None)
        if full is not None:
            told_again.add(brief.id)
            if full.date is None:
                full.date, full.date_precision = brief.date, brief.date_precision
    return [ev for ev in events if ev.id not in told_again]


# Words that count the people an arrest takes ("two men", "15 suspects", "several others").
_COUNTING = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                       "eleven", "twelve", "dozens", "several", "another"})


# Counts that give no number, which any number may tell more exactly.
_VAGUE_COUNTS = frozenset({"several", "dozens"})


_DETERMINERS = frozenset({"the", "this", "that", "these", "those", "his", "her", "its", "their",
                          "both", "all", "some", "one"})


def _counted(target: str) -> str | None:
    """The word an indefinite description of people begins with ("two men from X": two;
    "15 suspects": 15; "a man": one), or ``None`` for a name or a definite phrase ("the two
    men")."""
    words = target.split()
    first = words[0].lower() if words else ""
    if first in _SINGLE and any(w.lower() in _ONE_PERSON for w in words[1:3]):
        return "one"  # "a man suspected of being the gunman": one person more
    return first if first in _COUNTING or first.isdigit() else None


# Articles that tell one person newly introduced ("a Danish man"; not "a cell").
_SINGLE = frozenset({"a", "an", "one"})
_ONE_PERSON = frozenset({"man", "woman", "person", "suspect", "national", "citizen",
                         "teenager", "youth", "boy", "girl"})


# Words that may stand inside a person's name without a capital ("Ali al-Sadr", "Omar bin
# Laden") or before it ("Dr. X").
_NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "bint", "abu", "de", "van", "von", "der"})


def _person_named(target: str) -> frozenset[str]:
    """The words of a target told by a name alone ("Reza Karimi", "Ali al-Sadr"); none for
    one told by a description, even one that ends in a name ("a man with ties to Iran")."""
    words = target.replace(",", " ").split()
    if not words or any(not w[:1].isupper() and w.split("-")[0].lower() not in _NAME_PARTICLES
                        for w in words):
        return frozenset()
    return frozenset(w.lower() for w in words)


def _other_detainees(a: Event, b: Event) -> bool:
    """"X was charged with the plot. Two men from New York were arrested for their role":
    an arrest told with a new count of people ("two men", "three others") after one of a
    named person or of another count takes other people. So does one of a person told by
    another name ("Police arrested Reza Karimi ... Omid Sadeghi was detained in Bremen")."""
    if a.type != "arrest" or b.type != "arrest" or not a.target or not b.target:
        return False
    name_a, name_b = _person_named(a.target), _person_named(b.target)
    if name_a and name_b and not name_a & name_b:
        return True
    x, y = _counted(a.target), _counted(b.target)
    if y is None:
        return False
    if y == "another":
        return True  # "another man was detained"
    if {x, y} & _VAGUE_COUNTS:
        return False  # "police detained several people ... eight suspects were held"
    first = a.target.split(maxsplit=1)[0]
    named = x is None and first[:1].isupper() and first.lower() not in _DETERMINERS
    # "two Pakistani men" and "two men from New York": as many people of other origins
    origins = bool(a.target_actors) and bool(b.target_actors) and not (
        set(a.target_actors) & set(b.target_actors))
    return named or (x is not None and (x != y or origins))


def _other_victims(a: Event, b: Event) -> bool:
    """Two plots against people told by different names ("the plot to kill X", "Y, whom
    agents planned to kidnap") are two plots, whoever is behind both; two arrests of
    people told apart (:func:`_other_detainees`) are two arrests."""
    if _other_detainees(a, b):
        return True
    if a.type != "plot" or not a.target or not b.target:
        return False
    x, y = _victim_name(a.target), _victim_name(b.target)
    if x or y:
        return bool(x) and bool(y) and not x & y
    # "a plot to kill a former adviser" and "a plan to kill a former secretary of state",
    # "diplomats" and "schools": two descriptions of whom or what by different nouns
    return _target_noun(a.target) != _target_noun(b.target)


_TARGET_BOUNDS = frozenset({"of", "in", "at", "near", "on", "outside", "inside", "from", "who",
                            "which", "that", ","})


def _target_noun(target: str) -> str:
    """The noun a description of a target ends its head phrase with ("a former secretary
    of state": secretary; "Israeli diplomats in Baku": diplomat), in the singular."""
    words: list[str] = []
    for word in target.lower().replace(",", " , ").split():
        if word in _TARGET_BOUNDS:
            break
        words.append(word)
    noun = words[-1] if words else ""
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun


def _victim_name(target: str) -> set[str]:
    """The words of the name that ends a target ("the exiled writer John Smith": John,
    Smith); none for a description ("a dissident in London")."""
    name: list[str] = []
    for word in reversed(target.split()):
        if not word[:1].isupper():
            break
        name.append(word)
    return set(name)


def _killing_told_as_strike(a: Event, b: Event, stated: bool) -> bool:
    """"X was killed in a strike on Thursday" and "Thursday's strike": a targeted killing
    and the strike or attack that did it, on the same stated day."""
    types = {a.type, b.type}
    return "killing" in types and len(types & _KILLERS) == 1 and stated and \
        a.date is not None and a.date == b.date and a.date_precision == "day"


def _same_site(a: Event, b: Event) -> bool:
    """Two mentions placed at one site: the same facility, or a facility and the town it
    stands in ("the consulate in Damascus", "the strike in Damascus")."""
    if not a.location or not b.location or not (a.geo_precision in _SITES or
                                                b.geo_precision in _SITES):
        return False
    if a.location == b.location:
        return True
    broad = ("country", "region", "province")
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None or \
            a.geo_precision in broad or b.geo_precision in broad:
        return False
    both = a.geo_precision in _SITES and b.geo_precision in _SITES
    return _km(a.lat, a.lon, b.lat, b.lon) <= (SITE_KM if both else NEAR_KM)


_BULLETS = ("- ", "* ", "\u2022", "\u2013 ", "\u2014 ")


def _bulleted(ev: Event) -> bool:
    """Whether an event is told on a bulleted line (key points, takeaways)."""
    return ev.evidence.text.lstrip().startswith(_BULLETS)


# A line that opens a report's summary: "Key Takeaways:", "Key points".
_SUMMARY_HEADING = re.compile(
    r"^[ \t]*key[ \t]+(?:takeaways|points|judgments|findings)[ \t]*:?[ \t]*(.*)$",
    re.IGNORECASE | re.MULTILINE)
_ITEM = re.compile(r"[ \t]*(?:[-*\u2022\u2013\u2014]|\d+[.)])[ \t]")


def takeaway_spans(text: str) -> list[tuple[int, int]]:
    """The character spans of a report's key takeaways: what follows a "Key Takeaways"
    line (or its own colon), its first paragraph and every further one that opens as a
    listed item ("- ...", "2. ..."), up to the first paragraph that does not."""
    spans: list[tuple[int, int]] = []
    for head in _SUMMARY_HEADING.finditer(text):
        start = head.start(1) if head.group(1).strip() else head.end()
        pos, end, first = start, start, True
        for para in re.finditer(r"\S[^\n]*(?:\n[ \t]*\S[^\n]*)*", text[start:]):
            if not first and not _ITEM.match(para.group()):
                break
            if first and head.group(1).strip() and para.start() > 0:
                break  # "Key Takeaways: X warned ..." ends with its own paragraph
            end = start + para.end()
            first = False
        if end > pos:
            spans.append((head.start(), end))  # ("Key Takeaways: X warned": from the line)
    return spans


_POINTING = ("these ", "those ", "this ", "that ", "such ")


def _vague(ev: Event, explicit: bool) -> bool:
    """A mention that names nothing of its own: no date, party, target, place or weapon."""
    target = ev.target if ev.target and not ev.target.lower().startswith(_POINTING) else None
    return not explicit and not (ev.actors or ev.claimed_by or ev.attributed_to or
                                 ev.target_actors or ev.location or target or ev.weapon)


# Precisions a repeat's site refines: a telling that names the site is the better
# evidence of where ("troops in eastern Syria came under fire", then "rockets hit the
# X oil field in Syria").
_BROAD_PLACES = frozenset({"province", "region", "country"})


def _site_within(other: Event, kept: Event) -> bool:
    """Whether ``other`` names a site or town of the country ``kept`` is placed in only
    broadly (a sea, which has no country, is kept)."""
    return kept.geo_precision in _BROAD_PLACES and other.geo_precision in _TOWN_SITES and \
        other.lat is not None and kept.country is not None and other.country == kept.country


def _absorb(kept: Event, other: Event, other_explicit: bool = True,
            side_of: Callable[[str], str] | None = None, kept_explicit: bool = True,
            own_evidence: bool = False) -> None:
    """Fold ``other`` into ``kept``: its parties, and its date, place and the rest
    where ``kept`` lacks them or tells them less precisely; the more precisely dated
    report is the evidence, unless ``own_evidence`` keeps ``kept``'s telling (the body's
    over a key point that dates it)."""
    # A repeat that names a body of a state already told as the doer ("US forces
    # struck ...", then "Central Command said its forces hit ...") adds no party.
    told = {side_of(a) for a in kept.actors} if side_of is not None else set()
    for attr in ROLE_LISTS:
        cur: list[str] = getattr(kept, attr)
        new = [x for x in getattr(other, attr) if x not in cur]
        if attr in ("actors", "claimed_by") and side_of is not None:
            new = [x for x in new if side_of(x) == x or side_of(x) not in told]
        cur.extend(new)
    finer = _PRECISION_RANK.get(other.date_precision or "", 0) > _PRECISION_RANK.get(
        kept.date_precision or "", 0)
    dates_plot = kept.type == "plot" and not kept_explicit and kept.date == other.date
    lent = not kept_explicit and kept.date != other.date  # a day the context lent
    if other.date and other_explicit and (kept.date is None or finer or dates_plot or lent or
                                          _hatched_before(kept, other)):
        # the more precise report is the better evidence; for a plot, first told by the
        # charge that names it ("charged with plotting"), the report that dates it itself
        if (kept.date is not None or kept.type == "plot") and not own_evidence:
            kept.evidence = other.evidence
            kept.id = event_id(kept.doc_id, kept.type, other.evidence.start, other.evidence.end)
        kept.date, kept.date_precision = other.date, other.date_precision
    if (kept.location is None and other.location) or _site_within(other, kept):
        kept.location, kept.location_name = other.location, other.location_name
        kept.lat, kept.lon, kept.geo_precision = other.lat, other.lon, other.geo_precision
        kept.country = other.country if _at_sea(other) else other.country or kept.country
    if not _at_sea(kept):
        kept.country = kept.country or other.country
    kept.subtype = kept.subtype or other.subtype
    kept.target = kept.target or other.target
    kept.weapon = kept.weapon or other.weapon
    kept.killed = _more_dead(kept, other) or (
        kept.killed if kept.killed is not None else other.killed)
    kept.injured = kept.injured if kept.injured is not None else other.injured


# "Three other fighters were also killed in the strike": more dead than those told before.
_OTHERS_ALSO = re.compile(r"\bother\b[^.;]*\balso\b|\balso\b[^.;]*\bother\b", re.I)


def _more_dead(kept: Event, other: Event) -> int | None:
    """"An Israeli strike killed X on Tuesday. Three other fighters were also killed in
    the strike": the others a later telling adds to the dead told first (the one a
    targeted killing names, when it gave no number)."""
    if other.killed is None or kept.evidence.start > other.evidence.start or \
            not _OTHERS_ALSO.search(other.evidence.text):
        return None
    told = kept.killed if kept.killed is not None else int(kept.type == "killing")
    return other.killed + told if told else None


def _hatched_before(kept: Event, other: Event) -> bool:
    """Whether ``other`` dates a plot before the period ``kept`` gives it: a plot is dated
    by when it was hatched or tried, which comes before the arrests, charges and
    announcements that tell of it ("charged on Monday with plotting", then "the plot
    began in October 2021"), however precise their days."""
    if kept.type != "plot" or not kept.date or not other.date:
        return False
    return not _dates_compatible(kept, other) and other.date < kept.date


def _arrest_of_other_day(kept: Event, ev: Event, stated: bool = False) -> bool:
    """Whether an arrest told after another falls on another day ("his brother was
    detained two days later"): people are seized one by one, so an arrest of another
    day is another arrest, though its date be reckoned from the first. A seizure whose
    sentence tells its own time, after charges of another date ("X was charged on
    Tuesday ... He was arrested in July"), is the arrest that came before them."""
    if kept.type != "arrest" or ev.type != "arrest" or kept.date == ev.date:
        return False
    if stated and {kept.subtype, ev.subtype} == {"charges", "arrest"}:
        return True
    return kept.date_precision == "day" and ev.date_precision == "day"


def _caught_anew(plot: Event, kept: list[Event],
                 sentence_of: Callable[[Event], object] | None, anaphoric: bool) -> bool:
    """Whether a plot that names nothing of its own is told as what an arrest of its own
    sentence suspects, an arrest that is no repeat of one told before ("In X, police
    detained three people on suspicion of planning an act of terrorism", after the arrest
    of others elsewhere): the plot of those caught, not the plot told before. A plot told
    by a definite noun ("arrested over the plot") is still the one told before."""
    if anaphoric or sentence_of is None:
        return False
    sent = sentence_of(plot)
    return any(k.type == "arrest" and k.subtype == "arrest" and sentence_of(k) == sent
               for k in kept)


def _at_sea(ev: Event) -> bool:
    """Whether an event is placed at sea, which lies in no country, whatever the coast
    named nearby or the side of its doers say."""
    return ev.lat is not None and ev.geo_precision == "region" and ev.country is None


def merge_repeats(events: list[Event], *, explicit: frozenset[str] = frozenset(),
                  places: frozenset[str] = frozenset(),
                  anaphoric: frozenset[str] = frozenset(),
                  dependent: frozenset[str] = frozenset(),
                  others: frozenset[str] = frozenset(),
                  definite: frozenset[str] = frozenset(),
                  counts: Mapping[str, int] | None = None,
                  sentence_of: Callable[[Event], object] | None = None,
                  section_of: Callable[[Event], object] | None = None,
                  side_of: Callable[[str], str] | None = None,
                  is_person: Callable[[str], bool] | None = None,
                  summaries: frozenset[str] = frozenset()) -> list[Event]:
    """The events of one document with repeated reports merged.

    ``explicit``: ids of events whose date the sentence states; ``anaphoric``: ids of
    events told as a reference back ("X claimed the attack"); ``dependent``: ids of
    events that continue the story of one told before ("the drone struck a training
    area"), which join the last event of a kindred type that nothing contradicts in
    their section; ``others``: ids of events told as one more of their kind ("also",
    "another", "in a separate strike"), never merged with one at another named place;
    ``definite``: ids of events told by a definite noun ("the strike in X"), whose day,
    unless their sentence states it, does not tell them from one told before;
    ``counts``: how many occurrences a counted event sums up ("claimed two drone
    attacks"): as many later reports that fit it, each with its own place or date, are
    those occurrences told one by one, and replace it;
    ``places``:
    place entity ids; ``sentence_of``/``section_of`` map an event to its
    sentence and section (events of one sentence never merge, events of two
    sections only when they name the same things); ``side_of``: the side an actor id
    acts for (a state body -> its state); ``is_person``: whether an actor id is a person;
    ``summaries``: ids of events told in a report's key takeaways (see
    :func:`takeaway_spans`).
    """
    out: list[Event] = []
    summed = counts or {}
    parts: dict[str, list[Event]] = {}  # a counted event's occurrences told one by one
    for ev in events:
        sent = sentence_of(ev) if sentence_of else None
        sect = section_of(ev) if section_of else None
        borrowed = _day_of_other_deed(ev, events, explicit, anaphoric, sentence_of)
        if borrowed:
            ev.date, ev.date_precision = None, None

        def eligible(kept: Event, sent: object = sent, sect: object = sect,
                     same_section: bool = False, ev: Event = ev) -> bool:
            if sentence_of is not None and sentence_of(kept) == sent:
                return False
            if ev.id in others and _other_site(kept, ev):
                return False  # "Israeli forces also arrested a man in Nablus"
            if len(parts.get(kept.id, ())) >= summed.get(kept.id, 1) > 1:
                return False  # "claimed two attacks": both already told one by one
            return not same_section or section_of is None or section_of(kept) == sect

        # A report told twice is one event in the whole document; a mention that names
        # nothing of its own refers back only within its own section.
        target = next((k for k in out if eligible(k) and same_occurrence(
            k, ev, places, stated_a=k.id in explicit, stated_b=ev.id in explicit,
            refers=ev.id in anaphoric or ev.id in dependent, recalled=ev.id in definite,
            side_of=side_of,
            is_person=is_person, summed_up=any(
                e.id in summaries and e.id not in explicit for e in (k, ev)),
            both_summary=k.id in summaries and ev.id in summaries,
            one_summary=(k.id in summaries) != (ev.id in summaries))), None)
        # (a mention told as one more of its kind, "strikes were also reported on X",
        # points back at none)
        if target is None and ((_vague(ev, ev.id in explicit) and ev.id not in others) or
                               ev.id in anaphoric) and ev.type != "statement" and \
                not (ev.type == "plot" and _caught_anew(ev, out, sentence_of,
                                                        ev.id in anaphoric)):
            told = [k for k in reversed(out) if k.type == ev.type and
                    eligible(k, same_section=True) and not _arrest_of_other_day(k, ev)]
            # a reference in the body points at a blow the body told, not at a key point
            # told above it, and at one dealt with what it names ("downed both drones")
            target = next((k for k in told if k.id not in summaries and
                           _same_arms(k, ev)), None) if ev.id not in summaries else None
            target = target or next(iter(told), None)
            if target is None and ev.type == "strike" and ev.subtype == "raid":
                # "forces stormed a building and detained 14 men ... The raid was the
                # first such move": a raid told back is the arrest it made
                target = next((k for k in reversed(out) if k.type == "arrest" and
                               eligible(k, same_section=True)), None)
            if target is None and ev.type in _FORCE and not (
                    ev.actors or ev.claimed_by or ev.attributed_to or ev.weapon or
                    ev.location):
                # "condemned the attack" after a state's strike: a bare reference names
                # no doer, and only the doer tells an attack from a strike (one that
                # names a weapon or place is left to the rules that compare them)
                target = next((k for k in reversed(out) if k.type in _FORCE and
                               eligible(k, same_section=True)), None)
        if target is None and ev.id in anaphoric and ev.type != "statement" and not any(
                k.type == ev.type and eligible(k, same_section=True) for k in out):
            # "the attack was carried out by X" in a later part of a bundle, where nothing
            # of its kind was told: the one told before, whichever part told it
            target = next((k for k in reversed(out) if k.type == ev.type and eligible(k)), None)
        if target is None and ev.type == "plot" and (ev.id in definite or ev.id in anaphoric):
            # "X was shot in Madrid in November 2023 ... the 2023 plot against X": the
            # deed told before, recalled as the plot that led to it
            target = next((k for k in reversed(out) if eligible(k) and
                           _deed_on_victim(k, ev)), None)
        if target is None and ev.id in dependent:
            stated = ev.id in explicit
            earlier = [k for k in reversed(out) if eligible(k, same_section=True) and
                       not _arrest_of_other_day(k, ev, stated)]
            fitting = [k for k in earlier if k.type == ev.type and
                       _fits(k, ev, places, stated, side_of, is_person)]
            fitting += [k for k in earlier if k.type != ev.type and
                        _fits(k, ev, places, stated, side_of, is_person)]
            # the nearest that agrees best (its own type, the same day, a weapon, party or
            # place), a count of occurrences first, whose one it may be
            target = max(fitting, key=lambda k: (summed.get(k.id, 1) > 1, _agreement(k, ev)),
                         default=None)
        if target is None and borrowed:
            ev.date, ev.date_precision = borrowed
        if target is None and ev.type == "strike" and any(
                k.type == "attack" and eligible(k, same_section=True) and
                _stops_arms_of(k, ev, ev.id in explicit) for k in out):
            continue  # "Drones attacked the base. US forces destroyed two drones near it"
        if target is not None and summed.get(target.id, 1) > 1 and \
                _one_of_count(target, ev, ev.id in explicit, ev.id in anaphoric):
            parts.setdefault(target.id, []).append(ev)
            out.append(ev)
        elif target is not None and target.id in summaries and ev.id not in summaries and \
                (target.id not in explicit or target.type == "statement" or (
                    ev.id in explicit and _one_of_list(target, events, sentence_of))) and \
                target.type == ev.type and \
                target.id not in parts and summed.get(target.id, 1) == 1:
            # a key point the body tells in full (undated, or a dated one of a list of
            # sites the body tells with its own day), or a declaration it tells again
            # however dated: the body's telling is the evidence, and names the parties
            # and the place as the body does
            _absorb(ev, target, target.id in explicit, side_of, ev.id in explicit,
                    own_evidence=True)
            out[out.index(target)] = ev
        elif target is not None and _plan_carried_out(target, ev, ev.id in explicit):
            # "accused of surveillance of journalists ... a presenter was stabbed outside
            # his home in March": the deed done is the occurrence, the plan told first a
            # step towards it (whom the plan watched is not told as whom the deed hit)
            aimed = ev.target, list(ev.target_actors)
            _absorb(ev, target, target.id in explicit, side_of, True)
            ev.target, ev.target_actors = aimed
            out[out.index(target)] = ev
        elif target is not None:
            if target.type == "arrest" and ev.type == "strike":
                ev.attributed_to = []  # whom a raid was "against" is no party to the arrest
            # "the 1994 bombing ... The ruling, made public on Thursday, classed the attack
            # as a crime": a deed referred back to keeps the date told of it, not the day
            # of what is now said or done about it
            recalled = ev.id in anaphoric and target.id in explicit and \
                not _dates_compatible(target, ev)
            _absorb(target, ev, ev.id in explicit and not recalled, side_of,
                    target.id in explicit)
        else:
            out.append(ev)
    return _settle_counts(out, parts, summed, explicit, side_of)


def _deed_on_victim(deed: Event, plot: Event) -> bool:
    """Whether an attack or killing told before was done on the one a plot recalled by a
    definite noun is against, named in its report, at no other time."""
    if deed.type not in ("attack", "killing") or not plot.target or \
            not _dates_compatible(deed, plot):
        return False
    name = _victim_name(plot.target)
    words = set(re.findall(r"[\w'-]+", deed.evidence.text))
    return bool(name) and name <= words


def _plan_carried_out(plan: Event, deed: Event, stated: bool) -> bool:
    """Whether a report that tells more of a planned plot tells the deed done, with a day
    of its own: an attack or killing carried out, told by how it was done ("was
    stabbed", "was shot dead"), which the plan led to ("tasked X with the killing in
    March" tells no deed done)."""
    return plan.type == "plot" and plan.subtype == "planned" and \
        deed.type in ("attack", "killing") and stated and deed.date is not None and \
        deed.subtype is not None


def _one_of_list(ev: Event, events: list[Event],
                 sentence_of: Callable[[Event], object] | None) -> bool:
    """Whether ``ev`` is one of several blows of its kind its sentence tells, one for
    each site of a list ("jets hit the ports of A, B and C on Thursday")."""
    return sentence_of is not None and any(
        o is not ev and o.type == ev.type and sentence_of(o) == sentence_of(ev)
        for o in events)


# Arms launched at a side, which it may destroy in flight.
_MUNITIONS = ("drone", "uav", "missile", "rocket", "projectile")


def _stops_arms_of(attack: Event, strike: Event, stated: bool) -> bool:
    """Whether a strike that hits nothing but arms ("US forces destroyed two drones near
    the base") stops those of an attack told before, at its place and on its day: an
    interception is part of the attack it stops, not a blow of its own."""
    if strike.target or not strike.weapon or not attack.weapon or \
            not strike.weapon.lower().rstrip("s").endswith(_MUNITIONS) or \
            not _same_arms(attack, strike) or \
            _overlap(strike.actors, [*attack.actors, *attack.claimed_by, *attack.attributed_to]):
        return False
    if not _dates_compatible(attack, strike) or (stated and attack.date != strike.date):
        return False
    return not (strike.location and attack.location and strike.location != attack.location)


def _day_of_other_deed(ev: Event, events: list[Event], explicit: frozenset[str],
                       anaphoric: frozenset[str],
                       sentence_of: Callable[[Event], object] | None
                       ) -> tuple[str, Precision | None] | None:
    """The day a reference back takes from another deed its sentence dates ("The
    arrests come two months after the group stormed the town on October 7": October 7
    is the storming's), which is no day of the deed referred to."""
    if ev.id not in anaphoric or ev.date is None or sentence_of is None:
        return None
    sent = sentence_of(ev)
    if any(o is not ev and o.type != ev.type and o.date == ev.date and o.id in explicit and
           sentence_of(o) == sent for o in events):
        return ev.date, ev.date_precision
    return None


def _same_arms(kept: Event, ev: Event) -> bool:
    """Whether two tellings may name the same arms: one names none, or both name the
    same kind ("missiles" and "three cruise missiles")."""
    if not kept.weapon or not ev.weapon:
        return True
    a, b = kept.weapon.lower().rstrip("s"), ev.weapon.lower().rstrip("s")
    return a == b or a.endswith(" " + b) or b.endswith(" " + a)


def _one_of_count(summary: Event, ev: Event, explicit: bool, anaphoric: bool) -> bool:
    """Whether a report that fits a counted event ("claimed two drone attacks on Israel")
    tells one of its occurrences: of its type, not a reference back, and naming a place
    or date of its own."""
    return ev.type == summary.type and not anaphoric and (
        bool(ev.location) or (explicit and ev.date is not None))


def _settle_counts(out: list[Event], parts: dict[str, list[Event]],
                   summed: Mapping[str, int], explicit: frozenset[str],
                   side_of: Callable[[str], str] | None) -> list[Event]:
    """A counted event whose occurrences are all told one by one gives each of them what
    it names (who claimed them, where) and goes; one told only in part takes the parts
    back as repeats of itself, as before they were told apart."""
    gone: set[str] = set()
    for sid, told in parts.items():
        summary = next((k for k in out if k.id == sid), None)
        if summary is None:
            continue
        if len(told) >= summed[sid]:
            for p in told:
                _absorb(p, summary, False, side_of)
            gone.add(sid)
        else:
            for p in told:
                _absorb(summary, p, p.id in explicit, side_of)
                gone.add(p.id)
    return [k for k in out if k.id not in gone]
