"""Who strikes decides the type of a blow: a coalition of states' forces strikes as a
state, a state's own craft ("Iran's missiles") are the state's, and a reply in kind
that the narrator tells as done ("struck back at X") is a blow, not a threat. Ground a
force holds ("an army position near X") can be attacked; exercises and "any attack"
tell none."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction
from tests.extract.support import one_event

Run = Callable[..., Extraction]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Coalition warplanes bombed a Houthi arms depot outside Saada on Tuesday.",
         "combined-joint-task-force-operation-inherent-resolve"),
        ("The Saudi-led coalition carried out strikes on a Houthi camp near Marib on Sunday.",
         "saudi-led-coalition"),
    ],
)
def test_a_coalition_of_states_strikes(extract: Run, text: str, actor: str) -> None:
    ev = one_event(extract(text), "strike")
    assert actor in ev.actors


def test_a_coalition_of_groups_attacks(extract: Run) -> None:
    ev = one_event(extract("The Islamic Resistance in Iraq struck a US base near Erbil "
                           "with drones on Monday."), "attack")
    assert ev.actors == ["islamic-resistance-in-iraq"]


def test_a_states_own_missiles_are_its_strike(extract: Run) -> None:
    ev = one_event(extract("Iran's missiles hit a compound near Erbil on Monday night."),
                   "strike")
    assert ev.actors == ["iran"]
    assert ev.location == "erbil"


def test_an_army_position_near_a_place_is_attacked(extract: Run) -> None:
    ev = one_event(extract("Hezbollah fighters attacked an Israeli army position near "
                           "Shebaa Farms on Friday."), "attack")
    assert ev.actors == ["hezbollah"]
    assert ev.location == "shebaa-farms"


def test_a_position_on_a_question_is_attacked_in_words(extract: Run) -> None:
    assert extract("The minister attacked the opposition's position on the budget "
                   "on Friday.").events == []


@pytest.mark.parametrize(
    "text",
    [
        "Israeli forces struck back at Hezbollah launch sites in southern Lebanon on Sunday.",
        "US aircraft struck at militia depots near Al-Qaim on Thursday.",
    ],
)
def test_a_blow_struck_at_targets_is_a_strike(extract: Run, text: str) -> None:
    ev = one_event(extract(text), "strike")
    assert ev.actors


def test_the_weapon_of_the_blow_answered_is_not_the_replys(extract: Run) -> None:
    ev = one_event(extract("The Israeli army struck back at Hezbollah sites near Tyre on "
                           "Monday after rocket fire on Metula."), "strike")
    assert ev.weapon != "rocket"
    assert ev.location == "tyre"


def test_strikes_a_state_retaliated_with_are_one_occurrence(extract: Run) -> None:
    ev = one_event(extract("The United States retaliated with air strikes on Kata'ib "
                           "Hezbollah sites near Al-Qaim on Sunday."), "strike")
    assert ev.actors == ["united-states"]
    assert ev.location == "al-qaim"


@pytest.mark.parametrize(
    "text",
    [
        "Israel often retaliates with strikes on Hezbollah sites.",
        "Baghdad said any attack on its territory would be a breach of sovereignty.",
        "Iranian troops staged an exercise on Monday simulating a missile strike on an "
        "enemy base.",
    ],
)
def test_habits_exercises_and_any_blow_are_no_occurrence(extract: Run, text: str) -> None:
    assert [e for e in extract(text).events if e.type in ("attack", "strike")] == []


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Israel has widened its air campaign in Syria.\n\nOn Monday, warplanes struck an "
         "arms depot near Masyaf.", "israel"),
        ("The US has deployed more bombers to the region. On Sunday, the raids targeted a "
         "Houthi command centre near Saada.", "united-states"),
    ],
)
def test_unowned_craft_are_those_of_the_state_acting_before(extract: Run, text: str,
                                                            actor: str) -> None:
    ev = one_event(extract(text), "strike")
    assert ev.actors == [actor]


@pytest.mark.parametrize(
    "text",
    [
        "Syria blamed Israel for the blast. Warplanes hit a depot near Homs on Friday.",
        "Jordan has tightened its border with Syria. An air strike on Monday hit a farm "
        "near Sweida.",
    ],
)
def test_a_state_that_blames_or_a_new_blow_gives_no_doer(extract: Run, text: str) -> None:
    ev = one_event(extract(text), "strike")
    assert ev.actors == []


def test_strikes_a_speaker_says_were_begun_are_the_days_news(extract: Run) -> None:
    ev = one_event(extract("Late on Sunday the Saudi-led coalition said it had begun air "
                           "strikes on Houthi positions near Marib."), "strike")
    assert ev.actors == ["saudi-led-coalition"]
    assert ev.location == "marib"


def test_strikes_a_state_has_conducted_are_a_record(extract: Run) -> None:
    assert extract("Israel has conducted strikes on Hezbollah targets in Lebanon.").events == []


def test_a_group_that_downs_a_states_craft_deals_the_blow(extract: Run) -> None:
    ev = one_event(extract("Houthi forces shot down an American drone over Saada "
                           "province on Thursday."), "attack")
    assert ev.actors == ["houthis"]
    assert "united-states" in ev.target_actors


def test_a_state_that_downs_a_groups_drone_is_its_target(extract: Run) -> None:
    ev = one_event(extract("US forces shot down two Houthi drones over the Gulf of Aden "
                           "on Friday."), "attack")
    assert ev.actors == ["houthis"]


@pytest.mark.parametrize(
    ("text", "place", "actor"),
    [
        ("Israeli air strikes pounded Hezbollah positions near Khiam.", "khiam", "israel"),
        ("US airstrikes destroyed Houthi launch sites in Saada.", "saada", "united-states"),
        ("Airstrikes blamed on Israel hit a truck convoy near Qusayr.", "qusayr", "israel"),
        ("Strikes hit a weapons depot outside Mayadin.", "mayadin", None),
    ],
)
def test_plural_blows_that_landed_on_a_named_place_are_an_occurrence(
        extract: Run, text: str, place: str, actor: str | None) -> None:
    ev = one_event(extract(text), "strike")
    assert ev.location == place
    if actor is not None:
        assert actor in ev.all_actors()


@pytest.mark.parametrize("text", [
    "Israeli air strikes have pounded Hezbollah positions near Khiam for weeks.",
    "Israeli air strikes pounded southern Lebanon throughout the war.",
    "US airstrikes destroyed much of the Houthi arsenal in Saada over the past year.",
    "Local officials said strikes hit a weapons depot outside Mayadin.",
    "Analysts said US airstrikes could destroy Houthi launch sites in Saada.",
])
def test_plural_blows_as_a_record_a_campaign_or_a_sources_account_are_no_new_event(
        extract: Run, text: str) -> None:
    assert [e for e in extract(text).events if e.type == "strike"] == []


@pytest.mark.parametrize(("text", "place", "actor"), [
    ("Iran launched missile strikes on what it called Jaish al-Adl bases in Pakistan.",
     "pakistan", "iran"),
    ("Jordan carried out strikes against what it called smuggling dens near Sweida.",
     "sweida", "jordan"),
    ("The United States struck what it called Houthi missile launchers near Hodeidah.",
     "hodeidah", "united-states"),
])
def test_blows_on_what_the_striker_called_targets_are_placed_where_those_stand(
        extract: Run, text: str, place: str, actor: str) -> None:
    ev = one_event(extract(text), "strike")
    assert ev.location == place
    assert actor in ev.actors


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen raided the office of a Kurdish party in Baghdad and set it on fire.",
        "Militants raided a police post near Kirkuk on Sunday, killing two officers.",
        "Unidentified assailants raided a checkpoint in Diyala on Monday.",
        "Washington blamed Kataib Hezbollah for the drone strike that killed three US "
        "soldiers in Jordan.",
    ],
)
def test_a_blow_by_armed_men_or_blamed_on_a_group_is_an_attack(extract: Run,
                                                              text: str) -> None:
    assert [e.type for e in extract(text).events] == ["attack"]


@pytest.mark.parametrize(
    "text",
    [
        "Israeli forces raided the Jenin camp on Monday.",
        "The army raided militant hideouts near Mosul on Sunday.",
        "Hezbollah blamed Israel for the drone strike that killed a commander in Tyre on "
        "Monday.",
    ],
)
def test_a_raid_by_an_army_or_a_strike_blamed_on_a_state_is_a_strike(extract: Run,
                                                                    text: str) -> None:
    assert [e.type for e in extract(text).events] == ["strike"]
