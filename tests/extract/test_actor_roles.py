"""Who acts, who is struck, and where: general patterns (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


@pytest.mark.parametrize(
    ("text", "etype", "actor", "not_actor"),
    [
        # The state that says it killed a group's commander is the actor; the group is the
        # target side.
        ("Israel said it killed Ali Musa, a senior commander of Hezbollah, in an air strike "
         "in Beirut on Monday.", "killing", "israel", "hezbollah"),
        # A nationality before a compound ("US drone strike") names the one who struck.
        ("A US drone strike on a car in Baghdad on Tuesday killed a senior commander of "
         "Kataib Hezbollah.", "killing", "united-states", "kataib-hezbollah"),
        # A state striking targets needs no weapon word to be a strike.
        ("Israeli jets struck a Hezbollah depot near Tyre on Monday.", "strike",
         "israel", "hezbollah"),
    ],
)
def test_actor_and_target_side(extract: Run, text: str, etype: str, actor: str,
                               not_actor: str) -> None:
    events = extract(text).events
    assert [e.type for e in events] == [etype]
    assert actor in events[0].actors
    assert not_actor not in events[0].actors


@pytest.mark.parametrize(
    "text",
    [
        "Beirut carried out the strike on Monday.",
        "Tehran reportedly carried out the drone attack on the tanker on Monday.",
    ],
)
def test_a_city_is_never_an_actor(extract: Run, text: str) -> None:
    for event in extract(text).events:
        assert "beirut" not in event.actors and "tehran" not in event.actors
        assert not any(a in event.claimed_by + event.attributed_to
                       for a in ("beirut", "tehran"))


def test_a_country_acting_as_a_state_is_an_actor(extract: Run) -> None:
    events = extract("Iran launched drones at Israel on Saturday.").events
    assert [e.actors for e in events] == [["iran"]]


@pytest.mark.parametrize(
    ("text", "location"),
    [
        # The place of the target of the instrument: "in an air strike on a building in X"
        # (the quarter, finer than its city).
        ("Israel said it killed Ali Musa, a senior commander of Hezbollah, in an air strike "
         "on a building in the Mezzeh district of Damascus on Monday.", "mezzeh"),
        # "targets in Houthi-held parts of Yemen": the place under the target.
        ("British forces struck dozens of targets in Houthi-held parts of Yemen on Friday.",
         "yemen"),
        # The subject trigger's verb's object carries the place.
        ("An air strike on Saturday destroyed a building in Damascus, killing five people.",
         "damascus"),
    ],
)
def test_place_under_target_or_instrument(extract: Run, text: str, location: str) -> None:
    events = extract(text).events
    assert len(events) == 1
    assert events[0].location == location


def test_a_strike_abroad_takes_the_country_of_the_side_struck(extract: Run) -> None:
    events = extract("Israeli jets struck Hezbollah positions on Monday.").events
    assert [(e.type, e.country) for e in events] == [("strike", "LB")]


def test_targets_linked_to_a_group_do_not_blame_it(extract: Run) -> None:
    events = extract("The United States carried out air strikes on Friday against dozens of "
                     "targets in Syria linked to Kataib Hezbollah.").events
    assert len(events) == 1
    assert events[0].actors == ["united-states"]
    assert "kataib-hezbollah" not in events[0].attributed_to
    assert events[0].location == "syria"


def test_the_one_to_be_punished_for_a_strike_is_held_responsible(extract: Run) -> None:
    events = extract("Iran vowed on Tuesday to punish Israel for an air strike that destroyed "
                     "a building in Damascus on Monday.").events
    strikes = [e for e in events if e.type == "strike"]
    assert len(strikes) == 1
    assert "israel" in strikes[0].attributed_to
    # the relative clause tells when and where
    assert strikes[0].date == "2024-02-05"
    assert strikes[0].location == "damascus"


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("US forces struck dozens of targets in Syria on Friday.", {"united-states"}),
        ("US and British forces struck targets in Yemen on Friday.",
         {"united-states", "united-kingdom"}),
    ],
)
def test_unnamed_forces_of_a_state_act_as_the_state(extract: Run, text: str,
                                                    actors: set[str]) -> None:
    events = extract(text).events
    assert [e.type for e in events] == ["strike"]
    assert set(events[0].actors) == actors


def test_sites_across_a_country_locate_the_strike(extract: Run) -> None:
    events = extract("The United States and Britain bombed Houthi radar and drone sites across "
                     "Yemen on Friday.").events
    assert [(e.type, e.location, set(e.actors)) for e in events] == [
        ("strike", "yemen", {"united-states", "united-kingdom"})]


@pytest.mark.parametrize(
    ("text", "etype", "blamed"),
    [
        # A relative pronoun stands for the group it describes.
        ("Kataib Hezbollah, the militia that Washington holds responsible for the rocket "
         "attack on a base in Erbil on Monday, said it would stop.", "attack",
         "kataib-hezbollah"),
        ("A drone strike in Basra on Tuesday killed a commander of Asa'ib Ahl al-Haq, the "
         "faction that officials blame for a bombing in Baghdad last month.", "attack",
         "asaib-ahl-al-haq"),
        # "X was responsible for the rocket that struck ..."
        ("The army said Hassan Nasrallah was responsible for the rocket that struck a school "
         "in Haifa on Saturday.", "attack", "hassan-nasrallah"),
        # "accused X of a role in the bombing"
        ("The United States accused Hassan Nasrallah of playing a central role in the 1983 "
         "bombing of the embassy in Beirut.", "attack", "hassan-nasrallah"),
        # "bore the hallmarks of X"
        ("A drone attack on a base in Syria on Monday bore the hallmarks of Kataib "
         "Hezbollah.", "attack", "kataib-hezbollah"),
    ],
)
def test_responsibility_cues(extract: Run, text: str, etype: str, blamed: str) -> None:
    events = [e for e in extract(text).events if e.type == etype]
    assert len(events) == 1
    assert blamed in events[0].attributed_to
    assert events[0].certainty in ("alleged", "assessed")


def test_a_blame_in_a_relative_clause_does_not_hedge_the_main_event(extract: Run) -> None:
    events = extract("A drone strike in Basra on Tuesday killed a commander of Asa'ib Ahl "
                     "al-Haq, the faction that officials blame for a bombing in Baghdad last "
                     "month.").events
    killing = next(e for e in events if e.type == "killing")
    assert killing.certainty == "confirmed"
    assert "asaib-ahl-al-haq" not in killing.attributed_to


def test_owners_of_targets_are_not_actors(extract: Run) -> None:
    events = extract("The United States carried out air strikes on Friday against 40 targets "
                     "in Iraq linked to Iran's Revolutionary Guards and the militias they "
                     "back.").events
    assert [(e.type, e.actors, e.attributed_to, e.certainty) for e in events] == [
        ("strike", ["united-states"], [], "confirmed")]


def test_owners_of_targets_in_a_list_of_places_are_not_actors(extract: Run) -> None:
    # The parser reads "... in Iraq and Syria linked to X" as a clause "Syria linked to X".
    events = extract("The navy carried out strikes on Friday against 40 targets in Iraq and "
                     "Syria linked to Iran's Revolutionary Guards, the first wave of a "
                     "response.").events
    strikes = [e for e in events if e.type == "strike"]
    assert strikes and all(e.attributed_to == [] and not e.actors for e in strikes)


def test_the_group_is_the_last_group_named_not_the_last_party(extract: Run) -> None:
    text = ("A drone hit a base in Jordan on Sunday. Kataib Hezbollah later announced a halt "
            "to its attacks on US troops. Officials said the group was behind the drone "
            "attack on the base.")
    events = [e for e in extract(text).events if e.type == "attack"]
    assert [e.attributed_to for e in events] == [["kataib-hezbollah"]]


@pytest.mark.parametrize(
    ("text", "speaker", "not_actor"),
    [
        # "A spokesman" speaks for the body named just before; the state he names as
        # the one who will act is that body's own voice.
        ("The Pentagon reacted coolly on Tuesday. A spokesman said the United States would "
         "still respond to the attack.", "pentagon", "united-states"),
        # A titled official denying for his state.
        ("Foreign ministry spokesman Nasser Kanaani said in Tehran that Iran played no part "
         "in the decision and rejected claims that it directed the attack.",
         "nasser-kanaani", "iran"),
    ],
)
def test_a_statement_is_its_speakers(extract: Run, text: str, speaker: str,
                                     not_actor: str) -> None:
    statements = [e for e in extract(text).events if e.type == "statement"]
    assert len(statements) == 1
    assert speaker in statements[0].actors
    assert not_actor not in statements[0].actors


def test_a_state_declaring_its_own_act_stays_the_actor(extract: Run) -> None:
    events = extract("Iran said on Monday it would retaliate against Israel.").events
    statements = [e for e in events if e.type == "statement"]
    assert len(statements) == 1
    assert "iran" in statements[0].actors + statements[0].claimed_by


def test_a_blame_for_one_event_is_not_a_blame_for_another(extract: Run) -> None:
    events = extract("Israeli jets struck a depot near Tyre on Monday, days after Israel "
                     "blamed Hezbollah for a rocket attack on Haifa.").events
    strike = next(e for e in events if e.type == "strike")
    assert "hezbollah" not in strike.attributed_to
    assert strike.certainty == "confirmed"
    attack = next(e for e in events if e.type == "attack")
    assert attack.attributed_to == ["hezbollah"]


def test_a_statement_is_not_hedged_by_what_it_declares(extract: Run) -> None:
    events = extract("Iran promised on Tuesday to punish Israel for an air strike on its "
                     "embassy in Damascus on Monday.").events
    statement = next(e for e in events if e.type == "statement")
    strike = next(e for e in events if e.type == "strike")
    assert (statement.certainty, strike.certainty) == ("confirmed", "alleged")
    assert strike.attributed_to == ["israel"]


def test_a_titled_speaker_speaks_for_the_body_of_his_title(extract: Run) -> None:
    events = extract("Foreign ministry spokesman Nasser Kanaani said on Monday that Iran would "
                     "respond to any attack.").events
    statements = [e for e in events if e.type == "statement"]
    assert len(statements) == 1
    assert {"nasser-kanaani", "iranian-foreign-ministry"} <= set(statements[0].actors)
    # Without a title naming a body, a person speaks for himself.
    events = extract("Nasser Kanaani said on Monday that Iran would respond to any "
                     "attack.").events
    statements = [e for e in events if e.type == "statement"]
    assert len(statements) == 1
    assert "iranian-foreign-ministry" not in statements[0].actors


def test_the_body_that_reports_an_arrest_made_it(extract: Run) -> None:
    events = extract("Iranian police said on Monday that two men had been arrested in "
                     "Tabriz.").events
    arrests = [e for e in events if e.type == "arrest"]
    assert len(arrests) == 1
    assert arrests[0].actors == ["faraja"]
    # A person who reports an arrest did not make it.
    events = extract("Nasser Kanaani said on Monday that two men had been arrested in "
                     "Tabriz.").events
    assert [e.actors for e in events if e.type == "arrest"] == [[]]


@pytest.mark.parametrize(
    ("text", "etype", "actors"),
    [
        # The people of a body, or a count of them, act as the body.
        ("Members of the Counter-Terrorism Service arrested five men in Basra on Monday.",
         "arrest", ["counter-terrorism-service"]),
        ("Hundreds of armed Kataib Hezbollah fighters gathered outside the parliament in "
         "Baghdad on Sunday.", "protest", ["kataib-hezbollah"]),
        # A country's adjective on a group noun is where the groups come from; the groups
        # listed after "among them" declare.
        ("Several Iraqi factions, among them Harakat al-Nujaba, vowed revenge on Sunday.",
         "statement", ["harakat-hezbollah-al-nujaba"]),
        # Who answers "with artillery fire" fires.
        ("Israeli troops responded with artillery fire at the village on Tuesday.",
         "strike", ["israel"]),
        # Verbs whose object is the event: "unsealed an indictment", "offered a reward",
        # "kept up attacks".
        ("The Justice Department unsealed an indictment against two men on Monday.",
         "arrest", ["us-department-of-justice"]),
        ("Washington has offered a reward of $5 million for information on the financier.",
         "sanction", ["united-states"]),
        ("The Houthis have kept up drone attacks on tankers in the Red Sea since March.",
         "attack", ["houthis"]),
        # A leader who orders a state's strike orders it for the state.
        ("President Joe Biden ordered a strike on militia depots in eastern Syria on Monday.",
         "strike", ["united-states"]),
        # "fighters of the elite X (Y)" parsed with X in apposition to "fighters".
        ("Fighters of the elite Counter-Terrorism Service (CTS) detained six men in Mosul "
         "on Friday.", "arrest", ["counter-terrorism-service"]),
        # "the Lebanese group" is the group named before, not Lebanon.
        ("Hezbollah has fought Israel for decades. The Lebanese group fired rockets at "
         "Israel on Tuesday.", "attack", ["hezbollah"]),
    ],
)
def test_who_acts_through_members_lists_and_light_verbs(extract: Run, text: str, etype: str,
                                                        actors: list[str]) -> None:
    events = [e for e in extract(text).events if e.type == etype]
    assert len(events) == 1
    assert events[0].actors == actors


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # The person an apposition names declares with the body of the title.
        ("Iran's foreign ministry spokesman, Nasser Kanaani, warned on Monday that Iran "
         "would respond to any attack.", {"iranian-foreign-ministry", "nasser-kanaani"}),
        # ... also when the declaring verb is the second of two.
        ("Iran's foreign ministry spokesman, Nasser Kanaani, dismissed the report and warned "
         "on Monday that Iran would respond to any attack.",
         {"iranian-foreign-ministry", "nasser-kanaani"}),
        # A member saying what the group will do declares it with the group.
        ("Yahya Saree, the Houthi spokesman, said on Monday the group would keep attacking "
         "ships.", {"yahya-saree", "houthis"}),
    ],
)
def test_statement_speakers(extract: Run, text: str, actors: set[str]) -> None:
    events = [e for e in extract(text).events if e.type == "statement"]
    assert len(events) == 1
    assert set(events[0].actors) == actors


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        # A group's spokesman claims for the group.
        ("Yahya Saree claimed the drone attack on the tanker in the Red Sea on Monday.",
         "houthis"),
        # A claim in a relative clause after the event (here hanging from its date).
        ("Mourners buried the victims of the bombing in Zahedan on Monday, which the Islamic "
         "State claimed.", "isis"),
    ],
)
def test_claimants(extract: Run, text: str, claimant: str) -> None:
    events = [e for e in extract(text).events if e.type == "attack"]
    assert len(events) == 1
    assert events[0].claimed_by == [claimant]


def test_a_reward_is_its_offerer_s_and_not_the_designation(extract: Run) -> None:
    # The relative clause on the man the reward is for names no target, so the state
    # that offers it stays its actor; the later designation is another act (the plot it
    # accuses him of is an event of its own).
    events = extract("Washington offered a reward of $5 million on Monday for information on "
                     "Ali Rezaei, whom it accused of plotting attacks on American diplomats. "
                     "Washington designated him a global terrorist in 2019.").events
    assert [(e.type, e.subtype, e.actors) for e in events if e.type == "sanction"] == [
        ("sanction", "reward", ["united-states"]),
        ("sanction", "designation", ["united-states"])]


@pytest.mark.parametrize(
    ("text", "etype", "actors"),
    [
        # A dateline parsed as the subject ("CITY, Country —") names no actor.
        ("TYRE, Lebanon \u2014 Hezbollah fired rockets at Israel on Monday.", "attack",
         ["hezbollah"]),
        # ... but a group named after a bare dateline still acts.
        ("BAGHDAD \u2014 Kataib Hezbollah, the Iraqi armed faction, fired rockets at the base "
         "on Monday.", "attack", ["kataib-hezbollah"]),
        # "the killing of X in a US drone strike": the instrument's actor.
        ("Crowds marked the anniversary of the killing of Quds Force commander Qassem "
         "Soleimani in a US drone strike at Baghdad airport in January 2020.", "killing",
         ["united-states"]),
    ],
)
def test_datelines_and_instruments(extract: Run, text: str, etype: str,
                                   actors: list[str]) -> None:
    events = [e for e in extract(text).events if e.type == etype]
    assert len(events) == 1
    assert events[0].actors == actors


@pytest.mark.parametrize(
    ("text", "attributed"),
    [
        # "an attack X blamed on Y": the noun the clause hangs from is the event, not a party.
        ("Rockets hit the base on Monday, wounding a British soldier, an attack Washington "
         "blamed on Kataib Hezbollah.", ["kataib-hezbollah"]),
        # "blamed it on Y": "it" is the event; the blamer is not blamed.
        ("Drones struck the compound in Baghdad on Sunday. Iran's foreign ministry condemned "
         "the attack and blamed it on foreign agents.", []),
        # An attempt to attribute is no attribution.
        ("A bomb exploded at the market in Zahedan on Friday. The governor said attempts to "
         "attribute the bombing to Iran were suspicious.", []),
        ("A bomb exploded at the market in Zahedan on Friday. Officials tried to link the "
         "bombing to Iran.", []),
    ],
)
def test_what_blame_cues_lay_at_whose_door(extract: Run, text: str,
                                           attributed: list[str]) -> None:
    events = [e for e in extract(text).events if e.type == "attack"]
    assert len(events) == 1
    assert events[0].attributed_to == attributed


def test_it_after_a_described_group_is_the_group(extract: Run) -> None:
    # The name inside the apposition describes the group; "it" is the group named.
    events = extract("Jaish al-Adl, a Sunni Baloch militant group, is based in Pakistan. In "
                     "December it claimed a bombing at a police station in Rask that killed "
                     "11 policemen.").events
    assert [e.claimed_by for e in events if e.type == "attack"] == [["jaish-al-adl"]]


@pytest.mark.parametrize(("text", "actor"), [
    # a subject pronoun opening its sentence continues the subject of the one before,
    # not the forces that sentence names as its object
    ("Kata'ib Hezbollah has threatened US forces for weeks. On Tuesday it fired rockets at "
     "a base in Erbil.", "kataib-hezbollah"),
    ("The Houthis attacked a tanker on Monday. On Tuesday they struck a second vessel in "
     "the Red Sea.", "houthis"),
])
def test_a_subject_pronoun_continues_the_subject_before(extract: Run, text: str,
                                                        actor: str) -> None:
    last = [e for e in extract(text).events if e.type == "attack"][-1]
    assert last.actors == [actor]


def test_a_group_that_claimed_an_attack_in_a_relative_clause_claims_it(extract: Run) -> None:
    [attack] = extract("The Islamic Resistance in Iraq, which claimed the drone attack on "
                       "Monday, is backed by Iran.").events
    assert attack.claimed_by == ["islamic-resistance-in-iraq"]


@pytest.mark.parametrize(("text", "actor"), [
    ("Hezbollah-fired rockets hit Kiryat Shmona on Monday.", "hezbollah"),
    ("A Houthi-launched drone struck Eilat on Monday.", "houthis"),
])
def test_the_launcher_named_on_a_weapons_participle_attacks(extract: Run, text: str,
                                                            actor: str) -> None:
    [attack] = extract(text).events
    assert attack.actors == [actor]


def test_the_maker_named_on_a_weapon_does_not_attack(extract: Run) -> None:
    [attack] = extract("Iranian-made drones hit the base on Monday.").events
    assert attack.actors == []


def test_adjectives_joined_on_a_weapon_all_strike(extract: Run) -> None:
    [strike] = extract("British and American jets struck Houthi targets in Yemen on "
                       "Saturday.").events
    assert sorted(strike.actors) == ["united-kingdom", "united-states"]
