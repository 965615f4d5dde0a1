"""Event detection: typing, arguments, filtering, splitting and merging (sentences written
for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import CERTAINTIES, EVENT_TYPES, Extraction

Run = Callable[..., Extraction]


@pytest.mark.parametrize(
    ("text", "etype", "subtype", "date"),
    [
        ("Kataib Hezbollah fighters launched three rockets at Ain al-Asad air base on Tuesday.",
         "attack", "rocket", "2024-02-06"),
        ("Israeli jets carried out an airstrike on a Hezbollah depot in Nabatieh on February 3.",
         "strike", "airstrike", "2024-02-03"),
        ("Police arrested two men suspected of smuggling weapons in Basra on Monday.",
         "arrest", "arrest", "2024-02-05"),
        ("Hundreds of teachers staged a protest outside the education ministry in Baghdad on "
         "Sunday.", "protest", "demonstration", "2024-02-04"),
        ("The US Treasury sanctioned three Kataib Hezbollah financiers on Friday.",
         "sanction", "sanctions", "2024-02-02"),
        ("Azerbaijani authorities foiled a plot to bomb the Israeli embassy in Baku last week.",
         "plot", "foiled", "2024-02"),
        ("Iraqi Prime Minister Mohammed Shia al-Sudani met Iranian President Masoud Pezeshkian "
         "in Tehran on Wednesday.", "meeting", "meeting", "2024-02-07"),
        ("Harakat al-Nujaba announced on Saturday that it would suspend attacks on US forces.",
         "statement", "suspension", "2024-02-03"),
        ("Gunmen assassinated the journalist Hisham al-Hashimi in Baghdad on July 6, 2020.",
         "killing", "assassination", "2020-07-06"),
        ("Iran delivered drones to the Houthis in 2023.", "transfer", "weapons_delivery", "2023"),
        ("The Houthis fired two anti-ship missiles at a commercial vessel in the Red Sea on "
         "January 26, killing one sailor.", "attack", "missile", "2024-01-26"),
        ("A drone struck a US base in Syria on Monday, and the Islamic Resistance in Iraq "
         "claimed responsibility.", "attack", "drone", "2024-02-05"),
        ("Two rockets landed near the US embassy in Baghdad overnight, security sources said.",
         "attack", "rocket", "2024-02-08"),
        ("Israeli forces killed Hezbollah commander Wissam al Tawil in an airstrike in southern "
         "Lebanon on January 8.", "killing", "targeted_killing", "2024-01-08"),
        ("A Bahraini court sentenced 10 men to life in prison on Monday for plotting attacks.",
         "arrest", "sentence", "2024-02-05"),
    ],
)
def test_event_typing(extract: Run, text: str, etype: str, subtype: str, date: str) -> None:
    events = extract(text).events
    assert [(e.type, e.subtype, e.date) for e in events] == [(etype, subtype, date)]


@pytest.mark.parametrize(
    "text",
    [
        "Hezbollah has a long history of attacks against Israel.",
        "The militia could attack US bases if the talks fail.",
        "The group did not launch any rockets on Monday.",
        "These attacks were condemned by the government.",
        "Brown is scheduled to meet senior officials during his visit.",
        "The families have gathered at this barren plot to mourn for decades.",
        "Such groups have carried out attacks on US troops in Iraq and Jordan.",
        "The group has claimed dozens of attacks since October.",
        "If Israel strikes Iran, Tehran will respond with missile attacks.",
        "Officials fear that the militias may launch more drone attacks.",
        "Israel, which rarely comments, did not confirm or deny involvement.",
        "Aid groups have warned that any disruption would hurt millions.",
    ],
)
def test_no_event_in_background_hypothetical_negated_or_anaphoric(extract: Run,
                                                                    text: str) -> None:
    assert extract(text).events == []


def test_the_perpetrators_own_word_is_a_claim(extract: Run) -> None:
    [ev] = extract("Hezbollah said it fired dozens of Katyusha rockets at an Israeli army base "
                   "on Monday.").events
    assert (ev.claimed_by, ev.actors, ev.certainty) == (["hezbollah"], [], "claimed")
    [own] = extract("The Israeli military said its warplanes had struck Hezbollah weapons "
                    "depots near Baalbek overnight.").events
    assert own.type == "strike" and own.actors == ["israel-defense-forces"]
    [strike] = extract("Israeli forces killed Hezbollah commander Wissam al Tawil in an "
                       "airstrike in southern Lebanon on January 8.").events
    assert strike.weapon == "airstrike" and strike.country == "LB"
    assert "wissam-al-tawil" in strike.target_actors


def test_arguments_of_an_attack(extract: Run) -> None:
    [ev] = extract("The Houthis fired two anti-ship missiles at a commercial vessel in the Red "
                   "Sea on January 26, killing one sailor.").events
    assert ev.actors == ["houthis"]
    assert ev.weapon == "anti-ship missile"
    assert ev.killed == 1
    assert ev.location == "red-sea"
    assert ev.certainty == "confirmed"


def test_claims_attributions_and_certainty(extract: Run) -> None:
    [claimed] = extract("A drone struck a US base in Syria on Monday, and the Islamic "
                        "Resistance in Iraq claimed responsibility.").events
    assert claimed.claimed_by == ["islamic-resistance-in-iraq"]
    assert claimed.certainty == "claimed"
    assert claimed.location is not None and claimed.country == "SY"
    [assessed] = extract("The militia likely carried out the bombing of the convoy near Mosul "
                         "on February 2.").events
    assert assessed.certainty == "assessed"
    [reported] = extract("Unknown gunmen opened fire on a police checkpoint in Kirkuk on "
                         "Tuesday, killing two officers, according to local sources.").events
    assert (reported.type, reported.certainty, reported.killed) == ("attack", "reported", 2)
    [alleged] = extract("Iraqi police accused the Tigris Brigade of planting an IED that "
                        "killed three soldiers near Tikrit on Sunday.").events
    assert (alleged.type, alleged.weapon, alleged.certainty) == ("attack", "ied", "alleged")
    assert alleged.killed == 3


def test_a_list_of_incidents_is_one_event_per_target_and_place(extract: Run) -> None:
    text = ("Operations tied to the Tigris Brigade have included a failed shooting attack on the "
            "Danish consulate in Istanbul, an attempted arson at a synagogue in Ankara, and "
            "arson attacks on a bakery in Izmir and a warehouse in Bursa.")
    events = extract(text).events
    assert [(e.type, e.location_name) for e in events] == [
        ("plot", "Danish Consulate in Istanbul"), ("plot", "Ankara"), ("attack", "Izmir"),
        ("attack", "Bursa")]
    assert events[0].country == "TR"  # a state's consulate abroad is where it stands
    assert all(e.certainty == "alleged" for e in events)
    for ev in events:
        assert text[ev.evidence.start:ev.evidence.end] == ev.evidence.text
    assert events[0].evidence.text.startswith("a failed shooting attack")
    assert events[2].weapon == events[3].weapon == "arson"


def test_repeated_reports_in_one_document_become_one_event(extract: Run) -> None:
    text = ("Key takeaways: Kataib Hezbollah launched a drone at Tower 22 in Jordan on "
            "Sunday.\n\nIn the body of the report: the drone that Kataib Hezbollah launched on "
            "Sunday struck Tower 22, killing three soldiers. Separately, Israeli jets struck "
            "Hezbollah positions in Nabatieh on Monday.")
    events = extract(text).events
    assert sorted(e.type for e in events) == ["attack", "strike"]
    attack = next(e for e in events if e.type == "attack")
    assert attack.evidence.text.startswith("Key takeaways")
    assert attack.killed == 3  # the merged report keeps what the repeat adds


def test_relative_dates_follow_the_reference_date(extract: Run) -> None:
    [ev] = extract("Israeli jets struck Hezbollah positions in Nabatieh on Sunday.",
                   "2024-08-26").events
    assert (ev.date, ev.date_precision) == ("2024-08-25", "day")
    [bg] = extract("Rockets hit the base last month.", "2024-08-26").events
    assert (bg.date, bg.date_precision) == ("2024-07", "month")


def test_events_are_valid_and_ids_deterministic(extract: Run, extractor: object) -> None:
    text = ("Kataib Hezbollah fighters launched three rockets at Ain al-Asad air base on "
            "Tuesday. Police arrested two men in Basra on Monday.")
    first, second = extract(text), extract(text)
    assert [e.id for e in first.events] == [e.id for e in second.events]
    for ev in first.events:
        assert ev.type in EVENT_TYPES and ev.certainty in CERTAINTIES
        assert ev.id.startswith("ev-")


def test_a_document_that_cannot_be_parsed_is_reported_and_the_batch_goes_on(
        extractor: object) -> None:
    from axiswatch.errors import AxiswatchError
    from axiswatch.extract.pipeline import Extractor
    from tests.extract.conftest import make_doc

    assert isinstance(extractor, Extractor)
    huge = make_doc("word " * (extractor.nlp.max_length // 5 + 1))
    fine = make_doc("Police arrested two men in Basra on Monday.")
    failed: list[AxiswatchError] = []
    out = list(extractor.pipe([huge, fine], on_error=lambda _d, e: failed.append(e)))
    assert [x.doc_id for x in out] == [fine.id]
    assert [e.code for e in failed] == ["AW400"] and huge.id in failed[0].message
    with pytest.raises(AxiswatchError) as exc:
        list(extractor.pipe([huge]))
    assert exc.value.code == "AW400"


def test_two_attacks_on_one_day_stay_apart(extract: Run) -> None:
    events = extract("Militants fired rockets at Ain al-Asad air base on Monday. Separately, "
                     "gunmen attacked a checkpoint.").events
    assert sorted(e.weapon or "" for e in events) == ["gunfire", "rocket"]


def test_a_title_is_skipped_but_a_one_line_report_is_kept(extract: Run) -> None:
    assert extract("Militants fired rockets at Erbil airport on Monday\n\nThe base was "
                   "quiet on Tuesday.").events == []
    [ev] = extract("Militants fired rockets at Erbil airport on Monday").events
    assert (ev.type, ev.date) == ("attack", "2024-02-05")


@pytest.mark.parametrize(
    ("text", "subtype"),
    [
        ("Kataib Hezbollah reportedly rejected the accusations on Monday.", "denial"),
        ("The defence minister said on Monday that the United States would respond at a time "
         "of its choosing.", "threat"),
        ("Iran promised on Tuesday to punish Israel.", "threat"),
    ],
)
def test_declared_statements(extract: Run, text: str, subtype: str) -> None:
    events = extract(text).events
    assert [(e.type, e.subtype) for e in events] == [("statement", subtype)]


@pytest.mark.parametrize(
    "text",
    [
        "It was unclear on Monday how the militia would respond.",
        "The ministry promised a thorough investigation on Monday.",
        "Iran has long rejected the idea of direct talks.",
        "The president said on Monday that Iran would not retaliate.",
    ],
)
def test_no_declared_statement(extract: Run, text: str) -> None:
    assert [e for e in extract(text).events if e.type == "statement"] == []


def test_a_named_person_killed_in_a_strike_is_a_killing_by_its_owner(extract: Run) -> None:
    events = extract("Hezbollah said on Tuesday that its commander Ali Musa was killed in "
                     "Israel's strike on Tyre.").events
    assert [(e.type, e.actors, e.location) for e in events] == [
        ("killing", ["israel"], "tyre")]


def test_a_strike_named_as_a_time_anchor_is_no_event(extract: Run) -> None:
    events = extract("Hours after the Beirut strike, Hamas political leader Ali Musa was "
                     "killed in Tehran.").events
    assert [(e.type, e.location) for e in events] == [("killing", "tehran")]


def test_trying_to_kill_officials_is_a_plot(extract: Run) -> None:
    events = extract("Prosecutors said on Tuesday the man tried to hire hitmen to kill "
                     "American officials.").events
    assert [(e.type, e.subtype) for e in events] == [("plot", "attempted")]


@pytest.mark.parametrize(
    "text",
    [
        "Two separate attacks on Saturday underlined how far the conflict has spread.",
        "The two attacks were unrelated in their targets.",
        "Gunmen were seen near Ain al-Asad air base, which hosts US and coalition troops.",
    ],
)
def test_summaries_and_hosting_places_are_no_events(extract: Run, text: str) -> None:
    assert [e.type for e in extract(text).events if e.type in ("attack", "meeting")] == []


def test_claiming_the_attack_on_the_base_refers_back(extract: Run) -> None:
    events = extract("Rockets hit Ain al-Asad air base on Saturday. The Islamic Resistance in "
                     "Iraq claimed the attack on the base.").events
    assert [e.type for e in events] == ["attack"]
    assert events[0].claimed_by == ["islamic-resistance-in-iraq"]


def test_a_declaration_is_a_fact_and_a_state_saying_it_struck_claims_it(extract: Run) -> None:
    events = extract("Kataib Hezbollah said on Tuesday it was suspending operations against "
                     "US forces.").events
    assert [(e.type, e.certainty) for e in events] == [("statement", "confirmed")]
    events = extract("Israel said it killed Ali Musa, a commander of Hezbollah, in an air "
                     "strike on Tyre on Monday.").events
    assert [(e.type, e.actors, e.claimed_by, e.certainty) for e in events] == [
        ("killing", ["israel"], ["israel"], "claimed")]


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The US Treasury Department on Monday imposed sanctions on Fly Baghdad.", "sanction"),
        ("Baghdad and Washington opened talks on the future of the coalition on Monday.",
         "meeting"),
    ],
)
def test_sanctions_imposed_and_talks_between_states(extract: Run, text: str,
                                                    etype: str) -> None:
    assert [e.type for e in extract(text).events] == [etype]


@pytest.mark.parametrize(
    ("text", "etype", "subtype"),
    [
        ("A gunman shot dead a guard at the consulate in Erbil on Friday.", "attack", "gunfire"),
        ("Prosecutors on Monday unsealed charges against two Iraqi men.", "arrest", "charges"),
        ("Kataib Hezbollah said on Monday that further action would follow.", "statement",
         "threat"),
        ("Harakat al-Nujaba said on Monday its attacks would go on until US troops leave "
         "Iraq.", "statement", "threat"),
        ("Iraq's foreign ministry summoned the Iranian ambassador on Monday.", "meeting",
         "meeting"),
        ("Baghdad and Washington opened talks on the future of the coalition.", "meeting",
         "meeting"),
        ("Iraqi officials said they would not tolerate efforts to avenge the 2020 killing of "
         "Qassem Soleimani.", "killing", "targeted_killing"),
    ],
)
def test_more_ways_news_states_an_occurrence(extract: Run, text: str, etype: str,
                                             subtype: str) -> None:
    assert [(e.type, e.subtype) for e in extract(text).events] == [(etype, subtype)]


def test_an_interception_is_no_gunfire(extract: Run) -> None:
    events = extract("Air defences shot down two drones over Erbil on Monday.").events
    assert [(e.type, e.subtype, e.actors) for e in events] == [("attack", "drone", [])]


def test_breaking_into_an_embassy_is_an_assault_on_it(extract: Run) -> None:
    [ev] = extract("Protesters broke into the outer compound of the US embassy in Baghdad on "
                   "Tuesday.").events
    assert (ev.type, ev.subtype, ev.location) == ("attack", "assault", "us-embassy-in-baghdad")


def test_a_clause_of_time_states_its_own_declaration(extract: Run) -> None:
    events = extract("The strikes came two days after Harakat al-Nujaba announced a pause in "
                     "its attacks.").events
    assert [(e.type, e.actors) for e in events if e.type == "statement"] == [
        ("statement", ["harakat-hezbollah-al-nujaba"])]


def test_a_dated_claim_of_launches_is_one_attack_per_place(extract: Run) -> None:
    events = extract("The Islamic Resistance in Iraq claimed drone launches against Erbil and "
                     "Haifa on Monday.").events
    assert [(e.type, e.location, e.date) for e in events] == [
        ("attack", "erbil", "2024-02-05"), ("attack", "haifa", "2024-02-05")]
    assert extract("The Houthis have claimed dozens of attacks on ships since November.").events \
        == []


@pytest.mark.parametrize(
    ("text", "etype", "killed"),
    [
        ("Militants fired rockets at Ain al-Asad air base in Anbar province on Saturday. Most "
         "of the rockets were intercepted, but others struck the base.", "attack", None),
        ("Israel said it killed Hezbollah commander Ali Musa in an air strike on Tyre on "
         "Monday. The health ministry said three people were killed in the strike.", "killing",
         3),
        ("A drone struck a US outpost in Jordan on Sunday. The drone hit a housing area, "
         "officials said.", "attack", None),
        ("A drone struck a US base in Syria on Sunday, killing six fighters. The Islamic "
         "Resistance in Iraq claimed a drone attack on the base.", "attack", 6),
        ("An air strike hit the Iranian consulate in Damascus on Monday. His deputy and five "
         "other officers were also killed.", "strike", 6),
        ("Israel said it killed Ali Musa in an air strike on Tyre on Monday. It was the first "
         "Israeli strike on Tyre since January.", "killing", None),
    ],
)
def test_a_sentence_that_goes_on_about_an_occurrence_is_that_occurrence(
        extract: Run, text: str, etype: str, killed: int | None) -> None:
    [ev] = extract(text).events
    assert (ev.type, ev.killed) == (etype, killed)


def test_a_definite_mention_elsewhere_stays_a_new_occurrence(extract: Run) -> None:
    events = extract("Rockets hit Erbil on Monday. The drone struck a base in Haifa on "
                     "Tuesday.").events
    assert [e.location for e in events] == ["erbil", "haifa"]
    events = extract("Police arrested two men in Basra on Monday. Her arrest in 2022 "
                     "sparked protests.").events
    assert [e.type for e in events if e.type == "arrest"] == ["arrest", "arrest"]


def test_a_continuing_mention_joins_the_occurrence_it_agrees_with(extract: Run) -> None:
    events = extract("Iran launched drones and missiles at Israel on Saturday, in response to "
                     "the April 1 strike on its consulate in Damascus. The barrage consisted of "
                     "about 170 drones and 30 cruise missiles.").events
    assert [(e.type, e.location, e.weapon) for e in events] == [
        ("strike", "israel", "drone"), ("strike", "damascus", None)]


def test_a_colon_list_of_places_is_one_attack_each_claimed_by_the_sayer(extract: Run) -> None:
    events = extract("The Houthis said their forces had launched missiles at two ports: Eilat "
                     "and Haifa.").events
    assert [(e.type, e.location, e.claimed_by, e.actors) for e in events] == [
        ("attack", "eilat", ["houthis"], []), ("attack", "haifa", ["houthis"], [])]


@pytest.mark.parametrize(
    "text",
    [
        "Hezbollah denies firing that rocket.",
        "Azerbaijan rejected that explanation on Monday.",
        "He then met people he thought were hitmen.",
        "Militia leaders have long threatened to target drones launched towards the Gulf.",
        "Officials said radar systems, drone and missile storage and launch sites were among "
        "the targets.",
    ],
)
def test_denials_kinds_and_encounters_state_no_attack_or_meeting(extract: Run,
                                                                 text: str) -> None:
    assert [e.type for e in extract(text).events if e.type in ("attack", "meeting")] == []


def test_reduced_relatives_and_settings_tell_more_of_the_event(extract: Run) -> None:
    events = extract("The strikes, launched from warships and jets, hit 30 targets in Yemen on "
                     "Friday.").events
    assert [e.type for e in events] == ["strike"]
    events = extract("A gunman opened fire at a campaign rally in Pennsylvania in July.").events
    assert [e.type for e in events] == ["attack"]
    events = extract("Fly Baghdad rejected the accusations on Monday.").events
    assert [(e.type, e.subtype) for e in events] == [("statement", "denial")]


@pytest.mark.parametrize(
    ("text", "etype", "subtype", "actors"),
    [
        ("Iran's president said on Monday that the killing would not go unanswered.",
         "statement", "threat", ["iran"]),
        ("Harakat al-Nujaba signalled on Monday it would keep fighting.", "statement", "threat",
         ["harakat-hezbollah-al-nujaba"]),
        ("The United States said on Wednesday it would again designate the Houthis as a "
         "terrorist organization.", "sanction", "designation", ["united-states"]),
        ("Israeli officials said on Monday that Israel had no involvement in the blast.",
         "statement", "denial", ["israel"]),
        ("President Biden attended a ceremony at Dover Air Force Base on Friday.", "meeting",
         "visit", ["joe-biden"]),
        ("Crowds of supporters gathered outside the embassy in Baghdad on Tuesday, chanting "
         "slogans.", "protest", "demonstration", []),
    ],
)
def test_threats_denials_visits_and_gatherings(extract: Run, text: str, etype: str,
                                               subtype: str, actors: list[str]) -> None:
    assert [(e.type, e.subtype, e.actors) for e in extract(text).events] == [
        (etype, subtype, actors)]


def test_a_seized_vessel_is_an_act_of_force_but_seized_weapons_are_not(extract: Run) -> None:
    [ev] = extract("IRGC commandos seized a container ship near the Strait of Hormuz on "
                   "Saturday.").events
    assert (ev.type, ev.location) == ("strike", "strait-of-hormuz")
    assert extract("Police seized weapons in Basra on Saturday.").events == []
    assert extract("Officials gathered in Baghdad on Tuesday.").events == []


def test_a_datelined_strike_that_killed_a_commander_is_one_killing_placed_by_it(
        extract: Run) -> None:
    events = extract("Strike in Mosul\n\nMOSUL — A US drone strike on a truck in western Mosul "
                     "on Tuesday night killed a senior commander of Kataib Hezbollah, US "
                     "officials said.").events
    assert [(e.type, e.location, e.weapon) for e in events] == [("killing", "mosul", "drone")]


def test_a_dated_gerund_killing_in_a_list_is_an_occurrence(extract: Run) -> None:
    events = extract("The militia was behind a May 2, 2021, rocket attack on US forces, and "
                     "then the May 9, 2021, killing of an American in Erbil.").events
    assert [(e.type, e.date, e.location) for e in events] == [
        ("attack", "2021-05-02", None), ("attack", "2021-05-09", "erbil")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # the name in apposition to whom the strike killed makes it a targeted killing
        ("The group said on Monday that its spokesman, Karim Hamdi, was killed in an Israeli "
         "air strike in Tyre.", [("killing", "2024-02-05", "tyre")]),
        ("He took over in 2011, after a US drone strike in Mosul killed his brother, Karim "
         "Hamdi.", [("killing", "2011", "mosul")]),
        # a relative clause or a participle that kills a named person
        ("He was appointed after a strike on January 3 that killed Karim Hamdi.",
         [("killing", "2024-01-03", None)]),
        ("A drone strike hit a militia office in Mosul on Tuesday, killing its commander "
         "Karim Hamdi and a guard.", [("killing", "2024-02-06", "mosul")]),
        # whom it killed unnamed: the strike itself, with its toll
        ("A drone strike hit a militia office in Mosul on Tuesday, killing a senior "
         "commander and six guards.", [("strike", "2024-02-06", "mosul")]),
        ("An air strike in Mosul on Tuesday that killed three officers destroyed a depot.",
         [("strike", "2024-02-06", "mosul")]),
    ],
)
def test_a_strike_that_kills_a_named_person_is_a_killing(
        extract: Run, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    events = extract(text).events
    assert [(e.type, e.date, e.location) for e in events] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # rejecting a link or a role is a denial; the body a named declarer's title names
        # speaks with its holder
        ("Defence ministry spokesman Karim Hamdi on Monday rejected any link between Jordan and "
         "the blast.", [("statement", "denial", ["karim-hamdi", "jordanian-defense-ministry"])]),
        ("Jordan on Monday rejected any role in the blast.",
         [("statement", "denial", ["jordan"])]),
        # a complaint filed or lodged by a named party, also one it says it will file
        ("Jordan lodged a complaint with the Security Council on Monday.",
         [("statement", "complaint", ["jordan"])]),
        ("Jordan said on Monday it would file a complaint with the Security Council.",
         [("statement", "complaint", ["jordan"])]),
        # a verb that is a diplomatic act only with its object; a pronoun that continues
        # the state told before names it as the doer
        ("The lawyers filed a motion on Monday.", []),
        ("Jordan reacted angrily. On Monday it said it would file a complaint.",
         [("statement", "complaint", ["jordan"])]),
    ],
)
def test_denials_and_complaints_of_named_parties(
        extract: Run, text: str, expected: list[tuple[str, str, list[str]]]) -> None:
    events = extract(text).events
    assert [(e.type, e.subtype, sorted(e.actors)) for e in events] == [
        (t, s, sorted(a)) for t, s, a in expected]


def test_a_bullet_topic_label_is_no_event(extract: Run) -> None:
    text = ("Daily update\n\nKey points\n\n- Strike in Mosul. A US drone strike in western Mosul "
            "killed militia commander Karim Hamdi on Tuesday.\n- Rocket attacks. Militias fired "
            "rockets at a US base in Syria on Wednesday.\n\nMore follows.\n")
    events = extract(text).events
    assert [(e.type, e.date) for e in events] == [
        ("killing", "2024-02-06"), ("attack", "2024-02-07")]


def test_the_strike_a_killing_noun_was_done_in_is_no_event_of_its_own(extract: Run) -> None:
    events = extract("The bombing fell on the anniversary of the killing of commander Karim "
                     "Hamdi in a US drone strike at Baghdad airport in January 2020.").events
    assert [(e.type, e.date) for e in events] == [("attack", "2020-01"), ("killing", "2020-01")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a crowd that clashes with the police protests; armed men who clash do not
        ("Hundreds of supporters clashed with police outside the parliament in Baghdad on "
         "Sunday.", [("protest", "demonstration")]),
        ("Militants clashed with the army near the border on Sunday.", []),
        # declaring attacks will not stop threatens; that they will stop suspends them
        ("Hezbollah said on Monday it would not stop its attacks on Israel.",
         [("statement", "threat")]),
        ("Kataib Hezbollah said on Monday it would stop its attacks on US forces.",
         [("statement", "suspension")]),
        ("Police said they would stop the traffic on Monday.", []),
    ],
)
def test_crowds_clashing_and_attacks_that_will_not_stop(
        extract: Run, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(e.type, e.subtype) for e in extract(text).events] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a weapon word on the noun of what was struck names the target, not the means
        ("Israeli jets struck Hezbollah rocket launchers in southern Lebanon on Tuesday.",
         [("strike", "airstrike")]),
        ("The Israeli army said it had struck rocket launchers in southern Lebanon on Tuesday.",
         [("strike", None)]),
        ("Israeli jets struck a drone factory near Sanaa on Tuesday.",
         [("strike", "airstrike")]),
        # a weapon word on what was fired is the means
        ("Militants fired rocket salvos at the base on Tuesday.", [("attack", "rocket")]),
    ],
)
def test_a_weapon_word_naming_what_was_struck_is_no_weapon(
        extract: Run, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(e.type, e.weapon) for e in extract(text).events] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # an announcement that makes a fact known decides nothing
        ("The Israeli army had announced his death hours earlier.", []),
        ("Kataib Hezbollah announced the names of its dead on Monday.", []),
        # one that declares a decision is a statement
        ("Kataib Hezbollah announced a truce on Monday.", [("statement", "2024-02-05")]),
    ],
)
def test_an_announced_fact_is_no_statement(
        extract: Run, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(e.type, e.date) for e in extract(text).events] == expected


def test_a_suicide_bombing_is_an_attack_and_a_blow_is_not(extract: Run) -> None:
    bombing = extract("A suicide bomber blew himself up at a market in Quetta on Friday, "
                      "killing nine people.").events
    assert [(e.type, e.subtype, e.killed) for e in bombing] == [("attack", "suicide_bombing", 9)]
    assert extract("The ruling was a heavy blow to the network.").events == []


@pytest.mark.parametrize(
    "text",
    [
        "Ali Musa, a commander of the group, died when an Israeli drone hit his car in Tyre "
        "on Monday.",
        "Ali Musa was killed alongside two aides when an Israeli drone hit their car in Tyre "
        "on Monday.",
        "The group is led by Hassan Karimi, whose deputy, Ali Musa, died on Monday when an "
        "Israeli drone struck his car in Tyre.",
    ],
)
def test_a_named_person_dying_when_a_strike_hit_is_a_targeted_killing(extract: Run,
                                                                       text: str) -> None:
    events = extract(text).events
    assert [(e.type, e.subtype, e.actors, e.location, e.date) for e in events] == [
        ("killing", "targeted_killing", ["israel"], "tyre", "2024-02-05")]


def test_unnamed_dead_leave_the_strike_an_attack(extract: Run) -> None:
    events = extract("Two guards died when a drone hit their post near Erbil on Monday.").events
    assert [e.type for e in events] == ["attack"]


def test_a_dated_clause_in_a_habitual_sentence_is_an_occurrence(extract: Run) -> None:
    events = extract("Hassan Karimi had worked for years beside Ali Musa, the commander of "
                     "the Quds Force, who was killed by a US drone in January 2020.").events
    assert [(e.type, e.actors, e.date) for e in events] == [
        ("killing", ["united-states"], "2020-01")]
    assert extract("For years the militia has attacked convoys on the highway.").events == []


def test_a_participle_describing_a_place_is_no_attack(extract: Run) -> None:
    [ev] = extract("Israeli jets bombed three depots used by the militia near Homs on "
                   "Tuesday.").events
    assert ev.type == "strike"
    [rockets] = extract("Rockets fired by the militia hit the airport on Monday.").events
    assert rockets.type == "attack"


@pytest.mark.parametrize(
    ("text", "actor", "date"),
    [
        ("The commander, Ali Karimi, died when an Israeli drone hit his car near Tyre on "
         "Monday.", "israel", "2024-02-05"),
        ("Karimi, who died last year when a US drone struck his convoy, was buried in Najaf.",
         "united-states", "2023"),
        ("The group's leader, Ali Karimi, was killed alongside his deputy when an American "
         "drone hit their car in Basra in January.", "united-states", "2024-01"),
        ("Hezbollah commander Wissam al Tawil died in an Israeli airstrike in southern Lebanon "
         "on January 8.", "israel", "2024-01-08"),
    ],
)
def test_a_strike_that_is_how_a_named_person_died_is_a_killing(extract: Run, text: str,
                                                                 actor: str, date: str) -> None:
    [ev] = extract(text).events
    assert (ev.type, ev.actors, ev.date) == ("killing", [actor], date)


@pytest.mark.parametrize(
    ("text", "subtype", "actors"),
    [
        ("Hezbollah said on Monday that Israel would pay for the crime.", "threat",
         ["hezbollah"]),
        ("Kataib Hezbollah said on Monday the Americans would face revenge.", "threat",
         ["kataib-hezbollah"]),
        ("Kataib Hezbollah said on Monday that Washington would be held responsible for "
         "any attack.", "threat", ["kataib-hezbollah"]),
        ("Kuwait said on Monday it reserved the right to respond.", "threat", ["kuwait"]),
        ("Kuwait said on Monday it would complain to the Security Council.", "complaint",
         ["kuwait"]),
        ("Kuwait on Monday recalled its ambassador from Tehran.", "recall", ["kuwait"]),
    ],
)
def test_declared_threats_complaints_and_recalls(extract: Run, text: str, subtype: str,
                                                 actors: list[str]) -> None:
    events = extract(text).events
    assert [(e.type, e.subtype, e.actors) for e in events] == [("statement", subtype, actors)]


@pytest.mark.parametrize(
    "text",
    [
        "Kuwait said on Monday it would pay compensation to the families.",
        "Kuwait said on Monday the suspects would be held in custody.",
        "Kuwait said on Monday it would face the Iraqi team in the final.",
        "The minister recalled the attack on the embassy on Monday.",
    ],
)
def test_no_threat_without_its_object(extract: Run, text: str) -> None:
    assert [e for e in extract(text).events if e.type == "statement"] == []


def test_two_speakers_in_one_sentence_make_two_statements(extract: Run) -> None:
    events = extract("Hezbollah said on Monday that Israel would pay for the crime, and "
                     "Kataib Hezbollah said the Americans would face revenge.").events
    assert [(e.type, e.actors) for e in events] == [
        ("statement", ["hezbollah"]), ("statement", ["kataib-hezbollah"])]


@pytest.mark.parametrize(
    ("text", "subtype"),
    [
        ("On Friday, Washington added new sanctions on Iran, targeting its oil industry.",
         "sanctions"),
        ("The firm was placed on the US sanctions list on Monday.", "designation"),
        ("Washington listed the militia as a terrorist organisation on Monday.",
         "designation"),
    ],
)
def test_sanctions_told_with_a_noun_or_a_list(extract: Run, text: str, subtype: str) -> None:
    events = extract(text).events
    assert [(e.type, e.subtype) for e in events] == [("sanction", subtype)]


@pytest.mark.parametrize(
    "text",
    [
        "The economy has suffered under sanctions for a decade.",
        "The minister listed the options on Monday.",
    ],
)
def test_no_sanction_without_its_verb_or_object(extract: Run, text: str) -> None:
    assert [e for e in extract(text).events if e.type == "sanction"] == []


@pytest.mark.parametrize(
    ("text", "subtype", "actors"),
    [
        ("Australia froze the assets of two militia financiers on Monday.", "sanctions",
         ["australia"]),
        ("Britain proscribed the militia on Tuesday.", "designation", ["united-kingdom"]),
        ("The Houthis were redesignated as a terrorist group by the United States on "
         "Friday.", "designation", ["united-states"]),
        ("The militia was designated a terrorist organisation by the United States.",
         "designation", ["united-states"]),
        ("Canada imposed travel bans and financial sanctions on four officials on "
         "Monday.", "sanctions", ["canada"]),
        ("France slapped sanctions on the militia's drone procurement chief.", "sanctions",
         ["france"]),
        ("The United States placed the trading company on its blacklist.", "designation",
         ["united-states"]),
        ("The State Department has offered up to $5 million for information on the "
         "militia's leaders.", "reward", ["us-state-department"]),
    ],
)
def test_sanctions_told_in_common_ways(extract: Run, text: str, subtype: str,
                                       actors: list[str]) -> None:
    events = [e for e in extract(text).events if e.type == "sanction"]
    assert [(e.subtype, e.actors) for e in events] == [(subtype, actors)]


@pytest.mark.parametrize(
    "text",
    [
        "The new sanctions target the militia's oil smuggling network.",
        "The talks turned to sanctions relief on Monday.",
        "The militia issued a list of demands on Monday.",
        "The government offered $5 million in aid to the flood victims.",
        "Since 2015 the Treasury has sanctioned a long list of militia financiers.",
        "Police froze the suspect's bank account on Monday.",
    ],
)
def test_no_sanction_or_attack_from_a_measure_in_passing(extract: Run, text: str) -> None:
    assert [e.type for e in extract(text).events if e.type in ("sanction", "attack",
                                                                 "strike")] == []


def test_transfers_done_passed_on_or_interdicted(extract: Run) -> None:
    [ev] = extract("Iran has supplied the Houthis with drone engines, officials said.").events
    assert (ev.type, ev.actors, ev.target_actors, ev.country) == (
        "transfer", ["iran"], ["houthis"], "YE")
    [ev] = extract("The broker passed funds to Hezbollah in 2019.").events
    assert (ev.type, ev.subtype, ev.target_actors) == ("transfer", "funding", ["hezbollah"])
    [ev] = extract("The navy seized a shipment of Iranian rifles in the Arabian Sea on "
                   "Monday.").events
    assert (ev.type, ev.actors) == ("transfer", ["iran"])
    assert extract("Drones have been sent to distract air defences.").events == []
    assert [e.type for e in extract("Police seized rifles at the house on Monday.").events
            if e.type == "transfer"] == []
    [ev] = extract("Iranian commandos seized the tanker in the Gulf of Oman on Monday.").events
    assert ev.type in ("attack", "strike")


def test_transfers_told_as_cargo_counts_receipt_or_training(extract: Run) -> None:
    [ev] = extract("Sailors seized a boat carrying Iranian rocket parts bound for the Houthis "
                   "off Oman on Friday.").events
    assert (ev.type, ev.actors, ev.target_actors) == ("transfer", ["iran"], ["houthis"])
    [ev] = extract("Iran has sent dozens of drones to Hezbollah via Iraq, diplomats said.").events
    assert (ev.type, ev.actors, ev.target_actors) == ("transfer", ["iran"], ["hezbollah"])
    [ev] = extract("Hezbollah received anti-tank missile kits from Iran, the paper said.").events
    assert (ev.type, ev.actors, ev.target_actors) == ("transfer", ["iran"], ["hezbollah"])
    [ev] = extract("Houthi recruits were trained by Hezbollah advisers in Syria in 2021.").events
    assert (ev.type, ev.subtype, ev.actors, ev.target_actors) == (
        "transfer", "training", ["hezbollah"], ["houthis"])
    assert [e.type for e in extract("Sailors seized a boat carrying wheat bound for Yemen on "
                                    "Friday.").events if e.type == "transfer"] == []
    assert extract("The minister received a medal from Iran on Friday.").events == []
    assert extract("The gunner trained his sights on the road on Friday.").events == []


def test_officials_of_a_body_deny_for_it_and_a_concessive_clause_declares(extract: Run) -> None:
    events = extract("Officials of the Kurdistan Regional Government rejected the claim on "
                     "Monday.").events
    assert [(e.type, e.actors) for e in events] == [
        ("statement", ["kurdistan-regional-government"])]
    events = extract("Iran shipped rockets to the Houthis on Monday, though Tehran denies "
                     "arming the group.").events
    assert sorted(e.type for e in events) == ["statement", "transfer"]


def test_an_armed_group_hitting_a_named_vessel_attacks_it(extract: Run) -> None:
    events = extract("The Houthis hit the tanker Sea Star on Wednesday in the Red Sea.").events
    assert [(e.type, e.actors) for e in events] == [("attack", ["houthis"])]
    assert extract("Hezbollah struck a deal with its rivals on Monday.").events == []


@pytest.mark.parametrize(
    "text",
    [
        "Hezbollah fired dozens of rockets into northern Israel, the army said.",
        "The Houthis launched several missiles at a cargo ship, officials said.",
    ],
)
def test_a_counted_salvo_told_in_the_past_is_one_attack(extract: Run, text: str) -> None:
    [ev] = extract(text).events
    assert ev.type == "attack"
    assert ev.date == "2024-02"  # the month of publication


@pytest.mark.parametrize(
    "text",
    [
        "Hezbollah has fired thousands of rockets at Israel since 2006.",
        "The group fired hundreds of rockets during the last war.",
        "Hezbollah often fires rockets at northern Israel.",
        "The militia usually launches drones at the base.",
    ],
)
def test_a_campaign_or_a_habit_of_salvoes_is_no_event(extract: Run, text: str) -> None:
    assert extract(text).events == []


def test_a_planned_attack_stays_apart_from_the_raid_that_foiled_it(extract: Run) -> None:
    events = extract("Commandos raided a house in Basra on Thursday and detained six men. "
                     "The army said the men had been preparing to fire rockets at the "
                     "airport.").events
    assert "plot" in [e.type for e in events]


def test_a_telephone_call_between_officials_is_a_meeting(extract: Run) -> None:
    events = extract("Iran's foreign minister spoke by telephone with his Kuwaiti "
                     "counterpart on Monday.").events
    assert [(e.type, e.subtype) for e in events] == [("meeting", "call")]
    assert extract("The commander said he had spoken by phone with his family.").events == []


@pytest.mark.parametrize(
    ("text", "subtype", "actors"),
    [
        ("Lebanese officials said on Tuesday that Hezbollah was not involved in the blast.",
         "denial", ["lebanon"]),
        ("Tehran said on Sunday it was not involved in the raid.", "denial", ["iran"]),
        ("Abdul-Malik al-Houthi said on Monday his fighters would widen their attacks to the "
         "Red Sea.", "threat", ["abdul-malik-al-houthi"]),
    ],
)
def test_negated_involvement_and_declared_escalation_are_statements(
        extract: Run, text: str, subtype: str, actors: list[str]) -> None:
    statements = [e for e in extract(text).events if e.type == "statement"]
    assert [(e.subtype, e.actors) for e in statements] == [(subtype, actors)]


@pytest.mark.parametrize(
    "text",
    [
        "Officials said on Monday the operation would last several weeks.",
        "The minister said on Monday the economy would expand next year.",
        "Officials said on Monday the program would be extended to two more provinces.",
        "Police said on Monday that four men were involved in the robbery.",
        "The plant was not involved in the programme, the report found.",
    ],
)
def test_growth_and_plain_involvement_are_no_statements(extract: Run, text: str) -> None:
    assert [e for e in extract(text).events if e.type == "statement"] == []


@pytest.mark.parametrize(("text", "typed"), [
    # a person of note shot dead is a targeted killing, as one killed is
    ("Gunmen shot dead a prominent cleric outside a mosque in Amarah on Friday.",
     ("killing", "targeted_killing")),
    # so is one of the law or of elected office
    ("Two gunmen shot dead an appeals judge in Samawah on Thursday.",
     ("killing", "targeted_killing")),
    ("Gunmen on a motorcycle killed the mayor of a district near Tikrit on Sunday.",
     ("killing", "targeted_killing")),
    # "gunned down" tells the same as "shot dead"
    ("A prominent activist was gunned down in Basra on Monday night by men on a motorcycle.",
     ("killing", "targeted_killing")),
    ("Gunmen gunned down a retired judge outside his home in Kabul on Tuesday.",
     ("killing", "targeted_killing")),
    # soldiers shot dead are a shooting's toll
    ("Militants shot dead three border guards near Saravan.", ("attack", "gunfire")),
    ("Unknown gunmen gunned down three soldiers near Kirkuk on Friday.", ("attack", "gunfire")),
    # a killing joined to breaking into a place is the assault's toll
    ("A gunman forced his way into the Danish consulate in Erbil and killed the head of "
     "security.", ("attack", None)),
])
def test_who_is_shot_dead_tells_a_killing_from_an_attack(extract: Run, text: str,
                                                          typed: tuple[str, str | None]
                                                          ) -> None:
    [ev] = extract(text).events
    assert (ev.type, ev.subtype) == typed


@pytest.mark.parametrize("text", [
    "Militants shot dead three border guards near Saravan.",
    "Insurgents gunned down two policemen at a checkpoint near Kut on Monday.",
])
def test_a_shooting_is_done_with_gunfire(extract: Run, text: str) -> None:
    [ev] = extract(text).events
    assert (ev.type, ev.weapon) == ("attack", "gunfire")
