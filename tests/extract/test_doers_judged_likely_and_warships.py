"""Who did an event: a deed judged likely done in a "that" clause, a bare warship joined
to a state's own blow, a state's tank fire, and a run of deeds claimed (sentences written
for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Event, Extraction

Run = Callable[..., Extraction]


def _parties(ev: Event) -> set[str]:
    return {*ev.actors, *ev.claimed_by, *ev.attributed_to}


def _violent(extraction: Extraction) -> list[Event]:
    return [e for e in extraction.events if e.type in ("attack", "strike")]


# --- a deed judged likely done -------------------------------------------------------


@pytest.mark.parametrize(("text", "party"), [
    ("A drone hit the tanker Pacific Zircon off Oman on Tuesday, killing a sailor. Britain "
     "said it was highly likely that Iran carried out the attack.", "iran"),
    ("Two rockets struck the Victory base near Baghdad airport on Monday. US officials "
     "said it was likely that Kataib Hezbollah had fired the rockets.", "kataib-hezbollah"),
    ("A missile slammed into a bulk carrier off Aden on Sunday. It is very likely that the "
     "Houthis conducted the strike, a Western diplomat said.", "houthis"),
])
def test_a_deed_judged_likely_done_lays_it_at_the_door_of_its_doer(
        extract: Run, text: str, party: str) -> None:
    events = _violent(extract(text))
    assert len(events) == 1
    assert party in _parties(events[0])


@pytest.mark.parametrize("text", [
    "Officials said it was likely that the Houthis would attack more ships in the coming weeks.",
    "Kataib Hezbollah is likely to attack US bases again, officials warned.",
    "Analysts said it was likely that the militia will launch drones at the base soon.",
])
def test_a_deed_foreseen_as_likely_is_no_event(extract: Run, text: str) -> None:
    assert _violent(extract(text)) == []


# --- a bare warship joined to a state's blow ------------------------------------------


@pytest.mark.parametrize(("text", "state"), [
    ("The United States struck Houthi targets on Friday, and a submarine fired cruise "
     "missiles at radar sites near Hodeidah.", "united-states"),
    ("Israel bombed the port of Hodeidah on Thursday and a warship shelled the coast near "
     "Salif.", "israel"),
    ("On Saturday British jets hit a drone site near Sanaa, and a destroyer fired missiles "
     "at a launcher on the coast near Hodeidah.", "united-kingdom"),
])
def test_a_bare_warship_joined_to_a_states_blow_is_the_states(extract: Run, text: str,
                                                              state: str) -> None:
    events = _violent(extract(text))
    assert len(events) == 2
    assert all(e.actors == [state] for e in events)


@pytest.mark.parametrize("text", [
    # a group owns no submarine
    ("The Houthis fired a drone at Eilat on Friday, and a submarine fired cruise missiles "
     "at radar sites near Hodeidah."),
    # nothing joined to it names a state
    "A submarine fired cruise missiles at radar sites near Hodeidah on Friday.",
])
def test_a_warship_with_no_state_told_beside_it_has_no_doer(extract: Run, text: str) -> None:
    launches = [e for e in _violent(extract(text)) if "Hodeidah" in e.evidence.text and
                "submarine" in e.evidence.text]
    assert launches and all(e.actors == [] for e in launches)


# --- a state's tank fire --------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Israeli tank fire killed a Reuters cameraman near the border village of Alma on Friday.",
    "A freelance photographer was killed by Israeli tank fire near Khiam on Friday.",
    "Israeli tanks fired on a car near Khan Younis on Friday, killing three people.",
])
def test_tank_fire_is_a_strike_by_the_tanks_state(extract: Run, text: str) -> None:
    events = _violent(extract(text))
    assert len(events) == 1
    assert (events[0].type, events[0].actors) == ("strike", ["israel"])
    assert events[0].weapon == "artillery"


# --- a run of deeds claimed ------------------------------------------------------------


def test_a_claim_of_several_attacks_goes_to_the_attacks_told_after_it(extract: Run) -> None:
    text = ("Saraya Awliya al-Dam claimed several rocket attacks on Sunday. One rocket hit "
            "the Victory base near Baghdad airport, and another struck the Ain al-Asad base.")
    events = _violent(extract(text))
    assert len(events) == 2
    assert all(e.claimed_by == ["saraya-awliya-al-dam"] for e in events)


def test_a_run_claimed_in_another_paragraph_is_not_the_deed_told_before(extract: Run) -> None:
    text = ("Hezbollah said it fired 40 rockets at a base near Safed on Saturday. The army "
            "said a rocket had hit the base but caused no damage.\n\n"
            "Hamas, meanwhile, has used southern Lebanon as a launch pad. Its armed wing has "
            "claimed several rocket barrages on northern Israel since October.")
    events = _violent(extract(text))
    assert len(events) == 1
    assert _parties(events[0]) == {"hezbollah"}
