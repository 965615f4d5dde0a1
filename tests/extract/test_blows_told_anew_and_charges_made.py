"""Blows told as one more of their kind, or as a reply, are blows of their own; a party
said on a day to stand behind a deed told before is the speaker's charge; and what is
no blow told: a clause that describes who the doers are, a course set out as a risk."""

from __future__ import annotations

from collections.abc import Callable

from axiswatch.model import Event, Extraction

Run = Callable[..., Extraction]


def _of(x: Extraction, etype: str) -> list[Event]:
    return [e for e in x.events if e.type == etype]


def test_a_blow_told_as_one_more_points_back_at_none(extract: Run) -> None:
    x = extract("Gunmen attacked an army checkpoint in Homs on Monday, killing two soldiers."
                " Strikes were also reported on the Barzeh district of Damascus.")
    assert [e.type for e in _of(x, "attack")] == ["attack"]
    assert [e.location for e in _of(x, "strike")] == ["barzeh"]


def test_a_blow_told_again_by_a_definite_noun_still_points_back(extract: Run) -> None:
    x = extract("Israeli jets struck the port of Latakia on Monday. The strikes destroyed two"
                " ships.")
    assert len(_of(x, "strike")) == 1


def test_an_on_phrase_naming_a_district_places_the_blow(extract: Run) -> None:
    x = extract("Strikes were reported on the Barzeh district of Damascus on Monday.")
    assert [e.location for e in _of(x, "strike")] == ["barzeh"]


def test_an_on_phrase_naming_troops_places_nothing_but_their_country(extract: Run) -> None:
    x = extract("Strikes were reported on US forces in Syria on Monday.")
    assert [e.location for e in _of(x, "strike")] == ["syria"]


def test_a_blow_claimed_as_a_reply_is_a_blow_of_its_own(extract: Run) -> None:
    x = extract("Drones struck the USS Eisenhower on Friday. US jets struck Houthi sites in"
                " Sanaa on Saturday. The Houthis said they had fired missiles at the"
                " Eisenhower in response.")
    assert len(_of(x, "strike")) == 1
    assert [(e.date, e.claimed_by) for e in _of(x, "attack")] == [
        ("2024-02-02", []), ("2024-02-03", ["houthis"])]


def test_a_blow_claimed_without_a_reply_is_the_one_told_before(extract: Run) -> None:
    x = extract("Drones struck the USS Eisenhower on Saturday. The Houthis said they had fired"
                " drones at the Eisenhower.")
    attack = _of(x, "attack")
    assert len(attack) == 1 and attack[0].claimed_by == ["houthis"]


def test_doers_described_by_their_record_tell_no_blow(extract: Run) -> None:
    x = extract("The envoy pressed the prime minister to rein in the militias that have"
                " attacked American troops in Iraq since October.")
    assert _of(x, "attack") == []


def test_doers_described_by_a_blow_of_a_day_tell_it(extract: Run) -> None:
    x = extract("Militias attacked American troops at a base in western Iraq on Monday.")
    assert len(_of(x, "attack")) == 1


def test_a_course_set_out_as_a_risk_is_no_blow(extract: Run) -> None:
    for text in ("The risk is that a single lucky strike pushes both sides into a wider war.",
                 "The fear is that the militias attack the base again."):
        x = extract(text)
        assert [e for e in x.events if e.type in ("attack", "strike")] == [], text


def test_a_party_put_behind_a_deed_told_before_is_the_speakers_charge(extract: Run) -> None:
    x = extract("A bomb exploded outside the Israeli embassy in Athens on Sunday. Israel's"
                " foreign ministry said on Monday that Iran was behind the bombing.")
    charge = [e for e in _of(x, "statement") if e.subtype == "accusation"]
    assert len(charge) == 1 and charge[0].actors == ["israeli-foreign-ministry"]
    assert len(_of(x, "attack")) == 1


def test_no_charge_is_made_by_a_standing_view_an_unnamed_party_or_a_denial(
        extract: Run) -> None:
    for text in ("A bomb exploded outside the Israeli embassy in Athens on Sunday. US"
                 " officials have said Iran was behind the bombing.",
                 "A bomb exploded outside the Israeli embassy in Athens on Sunday. The"
                 " prime minister said he knew who was behind the bombing.",
                 "Rockets struck the town of Metula on Sunday. Hezbollah said on Monday that"
                 " it was not behind the rocket fire."):
        x = extract(text)
        assert [e for e in _of(x, "statement") if e.subtype == "accusation"] == [], text
