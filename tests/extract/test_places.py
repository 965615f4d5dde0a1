"""Where an event happened and in which country (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.geo import haversine_km
from axiswatch.model import Extraction

Run = Callable[..., Extraction]


# text, event type, expected location id, expected country
PLACES = [
    # "the border town of X", "the outskirts of X": the name after "of" is the place.
    ("Israeli jets struck several depots in eastern Syria, near the border town of Albu "
     "Kamal, killing 12 fighters.", "strike", "albu-kamal", "SY"),
    ("A roadside bomb exploded in the town of Tal Afar on Sunday, killing three soldiers.",
     "attack", "tal-afar", "IQ"),
    ("Militants fired rockets at a base on the outskirts of Erbil on Monday.",
     "attack", "erbil", "IQ"),
    # "on X soil" says where, "on X forces" whom.
    ("The cell planned to bomb a synagogue on Turkish soil last month.", "plot", "turkey", "TR"),
    ("A drone hit a checkpoint on Syrian territory on Monday, killing two fighters.",
     "attack", "syria", "SY"),
    # A thing the pack lacks stands in the town named with it.
    ("A bomb exploded in a market in a village near Kirkuk on Monday, killing two.", "attack",
     "kirkuk", "IQ"),
    # Coordinated verbs tell one scene: the first one's place holds for the second.
    ("A gunman forced his way into a police station in Kirkuk on Monday and shot dead two "
     "officers.", "attack", "kirkuk", "IQ"),
    # A dateline in capitals is a town, not an organization.
    ("NAJAF — A US drone strike on a car in eastern Najaf on Monday night killed a senior "
     "commander of Kata'ib Hezbollah, the US military said.", "killing", "najaf", "IQ"),
    # A transfer happens where it goes.
    ("In 2019, the Iranians moved an air defence battery to the T-4 airbase.", "transfer",
     "t-4-air-base", "SY"),
    # A US state is a first-level division, placed and coded like a province.
    ("A gunman opened fire on a crowd at a rally in Ohio on Saturday.", "attack", "ohio", "US"),
    # A sea under a clause about the target is still where it happened (nobody owns a
    # ship from the sea).
    ("Commandos seized a cargo ship linked to a British company in the Gulf of Oman on "
     "Monday.", "attack", "gulf-of-oman", None),
    # A sea has no country, whoever attacked there.
    ("The Houthis fired two anti-ship missiles at a tanker in the Red Sea on Tuesday.",
     "attack", "red-sea", None),
    # A sea the target was crossing is where it was hit.
    ("The Houthis said they attacked a bulk carrier sailing through the Bab el-Mandeb.",
     "attack", "bab-el-mandeb", None),
    # A town the tagger takes for an organization is still a town where a place goes.
    ("Police in Tajikistan arrested three men in Dushanbe on Monday over an alleged plot.",
     "arrest", "dushanbe", "TJ"),
    ("Government shelling hit several villages in the Hama countryside on Tuesday.",
     "attack", "hama", "SY"),
    # "N km south of X": the place the distance is told from.
    ("An airstrike killed four fighters about 15 km north of Albu Kamal on Sunday.",
     "strike", "albu-kamal", "SY"),
    ("Israeli aircraft struck a depot 8 kilometres west of Palmyra on Monday.",
     "strike", "palmyra", "SY"),
    # A dateline places the opening event when its sentence names no place.
    ("ERBIL, Iraq (AP) — An explosive-laden drone struck a house on Monday, "
     "killing a local commander.", "attack", "erbil", "IQ"),
    ("Kirkuk — Gunmen shot dead a police officer on Tuesday evening, officials said.",
     "attack", "kirkuk", "IQ"),
    # "the X mountains of Y": the range, else the country after "of".
    ("Turkish jets bombed PKK caves in the Qandil mountains on Friday.", "strike",
     "qandil-mountains", "IQ"),
    ("Turkish jets bombed PKK caves in the Zagros hills of northern Iraq on Friday.",
     "strike", "iraq", "IQ"),
    # A site told by its bearing from a town lies near that town.
    ("An explosion hit an arms depot at a militia camp north of Kirkuk on Sunday.",
     "attack", "kirkuk", "IQ"),
    # A quarter named with its town is finer than the town.
    ("An Israeli missile hit an apartment in Beirut's Dahiyeh district on Tuesday.",
     "strike", "dahiyeh", "LB"),
    # A city whose name a small place in a theatre country shares is the known city.
    ("Taliban intelligence detained two Fatemiyoun recruiters in Herat on Sunday.",
     "arrest", "herat", "AF"),
]


@pytest.mark.parametrize(("text", "etype", "location", "country"), PLACES)
def test_event_place(extract: Run, text: str, etype: str, location: str,
                     country: str | None) -> None:
    events = [e for e in extract(text).events if e.type == etype]
    assert events, text
    ev = events[0]
    assert (ev.location, ev.country) == (location, country)
    assert ev.lat is not None and ev.lon is not None and ev.geo_precision is not None


def test_a_facility_the_pack_lacks_stands_in_its_town(extract: Run) -> None:
    ev = extract("A man armed with a pistol forced his way into Norway's embassy in Tehran on "
                 "Friday and shot dead a guard.").events[0]
    assert ev.country == "IR" and ev.lat is not None and ev.lon is not None
    assert haversine_km(ev.lat, ev.lon, 35.69, 51.39) < 15


def test_a_state_is_coded_as_a_province(extract: Run) -> None:
    ev = extract("A gunman opened fire on a crowd at a rally in Ohio on Saturday.").events[0]
    assert ev.geo_precision == "province"


def test_on_a_target_is_not_a_place(extract: Run) -> None:
    ev = extract("Drones attacked US forces in Syria on Monday.").events[0]
    assert ev.location == "syria"


# A report places the event by country and names its site elsewhere in the document.
SITES = [
    ("A drone struck a small US base in western Iraq on Tuesday, wounding two contractors. "
     "The base, known as Ain al-Asad, hosts several hundred troops.", "ain-al-asad-air-base"),
    ("Militants fired rockets at an airbase in Iraq on Tuesday. Officials blamed Kataib "
     "Hezbollah for the Balad attack.", "balad"),
    # Two sites for one kind of occurrence: the text does not say which; the country stays.
    ("Militants fired rockets at an airbase in Iraq on Tuesday. Officials blamed Kataib "
     "Hezbollah for the Balad attack and the Taji attack.", "iraq"),
    # Explosions reported at several places: no one site.
    ("Militants fired rockets at an airbase in Iraq on Tuesday. Witnesses heard explosions "
     "near Balad and in the provinces of Diyala and Kirkuk.", "iraq"),
    # A sentence of placing gives the site told before its place.
    ("Militants fired rockets at an airbase in Iraq on Tuesday. The base lies near Balad, "
     "north of the capital.", "balad"),
    # A site in another country is another occurrence.
    ("Militants fired rockets at an airbase in Iraq on Tuesday. The Tower 22 attack last "
     "month killed three soldiers.", "iraq"),
]


@pytest.mark.parametrize(("text", "location"), SITES)
def test_site_named_elsewhere_in_the_document(extract: Run, text: str, location: str) -> None:
    first = extract(text).events[0]
    assert first.location == location
    assert first.country == "IQ"


@pytest.mark.parametrize(
    ("text", "etype", "location", "precision"),
    [
        # A dated strike that names no place: the country of the side struck.
        ("Israeli jets struck Hezbollah positions on Monday.", "strike", "lebanon", "country"),
        # A statement is made, not placed.
        ("Hezbollah said on Monday it would respond.", "statement", None, None),
    ],
)
def test_country_level_when_only_the_country_is_known(
        extract: Run, text: str, etype: str, location: str | None,
        precision: str | None) -> None:
    ev = next(e for e in extract(text).events if e.type == etype)
    assert (ev.location, ev.geo_precision) == (location, precision)
    assert (ev.lat is None) == (location is None)


@pytest.mark.parametrize(
    ("text", "location"),
    [
        # Where a declaration was made, when the text says so.
        ("A ministry spokesman said in Tehran on Monday that Iran would respond to any attack.",
         "tehran"),
        # A place inside what is declared is not where it was declared.
        ("Hezbollah has denied any role in the Haifa strike.", None),
        ("Hezbollah said on Monday it would respond to the attack in Beirut.", None),
    ],
)
def test_where_a_statement_was_made(extract: Run, text: str, location: str | None) -> None:
    ev = next(e for e in extract(text).events if e.type == "statement")
    assert ev.location == location


@pytest.mark.parametrize(
    ("text", "etype", "location", "country"),
    [
        ("Gunmen stormed the Norwegian embassy in Tehran on Friday, killing a guard. Police "
         "said a suspect was arrested at the scene on Friday.", "arrest",
         "norwegian-embassy-in-tehran", "IR"),
        ("An Israeli strike hit a building in Dahiyeh on Tuesday, killing a commander. In "
         "January, a drone strike in the same district killed a Hamas leader.", "killing",
         "dahiyeh", "LB"),
        # "the dhow": where the text introduced "a dhow"; a sea has no country.
        ("Navy commandos seized rocket parts from a dhow in the Arabian Sea on Monday. The "
         "crew of the dhow were detained.", "arrest", "arabian-sea", None),
        # "the same town" looks for a town, not the district named last.
        ("Militants fired rockets at a base in Erbil on Monday. Israeli jets struck a building "
         "in Dahiyeh on Tuesday. A week earlier, a roadside bomb exploded in the same town, "
         "killing two police officers.", "attack", "erbil", "IQ"),
        # "the same waters": the last sea named, which lies in no country.
        ("Houthi forces attacked a tanker in the Gulf of Aden on Monday. On Tuesday they "
         "struck a second vessel in the same waters.", "attack", "gulf-of-aden", None),
        # "the capital" alone: the capital of the country the report names most.
        ("Iraqi police found a cache of rockets in Basra on Monday. Two days later a "
         "rocket landed in the capital, wounding a guard.", "attack", "baghdad", "IQ"),
    ],
)
def test_places_told_by_reference(extract: Run, text: str, etype: str, location: str,
                                  country: str | None) -> None:
    events = [e for e in extract(text).events if e.type == etype]
    assert events
    assert (events[-1].location, events[-1].country) == (location, country)


@pytest.mark.parametrize("text", [
    "Officials said 12 people were killed in the US strikes on Friday.",
    "Four fighters died in the Israeli raid on Tuesday, medics said.",
])
def test_the_state_that_acts_is_not_where_it_acted(extract: Run, text: str) -> None:
    events = [e for e in extract(text).events if e.type in ("strike", "attack", "killing")]
    assert events
    assert all(e.location not in ("united-states", "israel") for e in events)
    assert all(e.country not in ("US", "IL") for e in events)


@pytest.mark.parametrize(("text", "weapon"), [
    ("Rockets struck the airport compound in Erbil on Monday night.", "rocket"),
    ("Missiles struck a base in Erbil on Monday.", "missile"),
])
def test_a_weapon_opening_a_sentence_is_a_weapon_not_a_name(extract: Run, text: str,
                                                            weapon: str) -> None:
    events = [e for e in extract(text).events if e.type == "attack"]
    assert [(e.weapon, e.actors, e.location) for e in events] == [(weapon, [], "erbil")]


@pytest.mark.parametrize(
    ("text", "etype", "location"),
    [
        # "the same suburbs", plural: the district named before.
        ("An Israeli strike hit an apartment block in the southern suburbs of Beirut on "
         "Friday, killing a commander. A strike on March 3 killed another official in the "
         "same suburbs.", "killing", "dahiyeh"),
        # "the same base": the facility named before.
        ("Rockets hit Camp Taji on Monday, wounding two soldiers. Officials said an earlier "
         "barrage on the same base on Friday had killed a contractor.", "attack", "camp-taji"),
    ],
)
def test_the_same_place_in_the_plural_or_a_facility(extract: Run, text: str, etype: str,
                                                     location: str) -> None:
    events = [e for e in extract(text).events if e.type == etype]
    assert events
    assert events[-1].location == location


@pytest.mark.parametrize(
    ("text", "etype", "location"),
    [
        # "the Red Sea city of X": the city is X, the sea only names where it lies.
        ("The army said it had shot down a drone launched from Lebanon towards the northern "
         "town of Metula before it crossed the border.", "attack", "metula"),
        ("Officials said a missile fired from Yemen towards the Red Sea city of Eilat was "
         "intercepted on Monday.", "attack", "eilat"),
    ],
)
def test_a_kind_noun_target_is_the_place_it_names(extract: Run, text: str, etype: str,
                                                  location: str) -> None:
    events = [e for e in extract(text).events if e.type == etype]
    assert events
    assert events[0].location == location


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("Israeli jets struck what the army called a weapons depot near Homs on Monday.",
         "homs"),
        ("US aircraft bombed what officials described as a command centre in Qaim on "
         "Wednesday.", "al-qaim"),
    ],
)
def test_an_object_told_as_a_free_relative_keeps_its_place(extract: Run, text: str,
                                                           location: str) -> None:
    events = [e for e in extract(text).events if e.type == "strike"]
    assert events
    assert events[0].location == location


def test_an_airport_named_by_its_town_is_the_airport(extract: Run) -> None:
    ev = extract("Rockets struck the airport of Erbil on Monday, wounding a contractor.").events[0]
    assert ev.location == "erbil-international-airport"


def test_the_capital_of_a_country_is_not_the_country(extract: Run) -> None:
    events = [e for e in extract("Drones attacked the capital of Iraq on Monday, setting fire "
                                 "to a depot.").events if e.type == "attack"]
    assert events
    assert events[0].location != "iraq"


@pytest.mark.parametrize(
    ("text", "location"),
    [
        # A march happens where it goes.
        ("Hundreds of militia supporters walked to the edge of the Green Zone and gathered "
         "near the parliament on Friday, demanding the release of a commander.", "green-zone"),
        ("Thousands of people went to the city of Basra and protested against the government "
         "on Sunday.", "basra"),
        # "the streets of X" are X.
        ("Demonstrators took to the streets of Basra on Monday to protest power cuts.",
         "basra"),
    ],
)
def test_a_protest_happens_where_it_goes(extract: Run, text: str, location: str) -> None:
    events = [e for e in extract(text).events if e.type == "protest"]
    assert events
    assert events[0].location == location


def test_the_noun_of_an_attack_says_what_it_hit_and_where(extract: Run) -> None:
    ev = extract("The latest attack of US positions at the Erbil airport, wounding two "
                 "contractors, was claimed by a new group.").events[0]
    assert ev.location == "erbil-international-airport"


@pytest.mark.parametrize(
    ("text", "location"),
    [
        # The place travelled to is where the talks were held, not the visitor's country.
        ("Iraqi Foreign Minister Fuad Hussein visited Beirut on Thursday to see Lebanese leaders.",
         "beirut"),
        ("Qatar's emir held talks with the Iranian president on a visit to Tehran on Monday.",
         "tehran"),
        ("While on a trip to Sanaa last week, an Iranian envoy met Houthi leaders.", "sanaa"),
        ("The Hamas delegation's visit to Baghdad on Sunday was its first in a decade.",
         "baghdad"),
        # a journey whose purpose is the meeting: "flew to X to meet Y"
        ("Iran's foreign minister flew to Muscat on Saturday to meet Omani officials.",
         "muscat"),
        # a journey noun whose purpose is the meeting, and talks a journey went for
        ("Esmail Qaani made a secret trip to Baghdad to meet militia leaders.", "baghdad"),
        ("A Hamas delegation travelled to Cairo for talks with Egyptian officials.", "cairo"),
        ("Prime Minister Mohammed Shia al-Sudani flew to Riyadh on Sunday for talks with the "
         "crown prince.",
         "riyadh"),
    ],
)
def test_a_meeting_happens_where_the_journey_went(extract: Run, text: str,
                                                  location: str) -> None:
    events = [e for e in extract(text).events if e.type == "meeting"]
    assert events
    assert events[0].location == location


@pytest.mark.parametrize(
    ("text", "location"),
    [
        # The plotted act hangs on the plotters, yet its target says where the plot was.
        ("Police said they foiled a plot by a cell of Iranian agents aiming to bomb a "
         "synagogue in Istanbul.", "istanbul"),
        ("Officials uncovered a plot by men recruited by the Quds Force to kill a "
         "journalist in London.", "london"),
    ],
)
def test_a_plot_happens_where_its_act_was_meant(extract: Run, text: str,
                                                location: str) -> None:
    events = [e for e in extract(text).events if e.type == "plot"]
    assert events
    assert events[0].location == location


def test_a_capital_named_with_its_country_is_the_capital(extract: Run) -> None:
    events = [e for e in extract("Security forces arrested two men accused of spying for "
                                 "Iran in Kuwait City on Friday.").events
              if e.type == "arrest"]
    assert events
    assert events[0].location == "kuwait-city"


@pytest.mark.parametrize(
    ("text", "lat", "lon"),
    [
        # A distance in nautical miles from a port puts the event out at sea, there.
        ("A cargo ship was hit by a drone roughly 40 nautical miles south of Mokha on "
         "Sunday, the maritime agency said.", 12.65, 43.25),
        ("Houthi forces launched a missile at an oil tanker 80 nautical miles east of Aden "
         "on Friday.", 12.78, 46.41),
    ],
)
def test_a_ship_hit_nautical_miles_off_a_port_is_at_sea(extract: Run, text: str, lat: float,
                                                        lon: float) -> None:
    events = [e for e in extract(text).events if e.type == "attack"]
    assert events
    ev = events[0]
    assert ev.lat is not None and ev.lon is not None
    assert haversine_km(ev.lat, ev.lon, lat, lon) < 15
    assert ev.country is None


def test_a_point_at_sea_takes_the_name_of_the_sea_the_report_names(extract: Run) -> None:
    events = [e for e in extract("Shipping in the Red Sea has slumped. On Monday the Houthis "
                                 "attacked a bulk carrier 50 nautical miles west of Hodeidah."
                                 ).events if e.type == "attack"]
    assert events
    assert events[-1].location == "red-sea"
    assert events[-1].lon is not None and events[-1].lon < 42.5


@pytest.mark.parametrize(
    ("text", "location"),
    [
        # A town singled out of a wider area is the finer place.
        ("Hezbollah launched drones at army posts across the Galilee on Tuesday, including "
         "at the town of Metula.", "metula"),
        ("Israeli warplanes pounded villages in southern Lebanon overnight, including the "
         "town of Bint Jbeil.", "bint-jbeil"),
        # What a blast passes through is where it struck.
        ("A powerful explosion ripped through a militia depot in the town of Tal Afar on "
         "Sunday.", "tal-afar"),
    ],
)
def test_a_town_singled_out_or_passed_through_is_the_place(extract: Run, text: str,
                                                           location: str) -> None:
    events = [e for e in extract(text).events if e.type in ("attack", "strike")]
    assert events
    assert events[0].location == location


def test_a_charge_with_no_court_named_stays_unplaced(extract: Run) -> None:
    events = [e for e in extract("US prosecutors on Wednesday charged an Iranian "
                                 "national with plotting to murder a dissident.").events
              if e.type == "arrest"]
    assert events
    assert events[0].location is None
    assert events[0].country == "US"


@pytest.mark.parametrize(
    ("text", "location"),
    [
        # "where" names the place just told, even when the parse hangs it on a date.
        ("The Iraqi premier flew to Tehran on Sunday, where he met Iranian President "
         "Masoud Pezeshkian.", "tehran"),
        # "paid a visit to X to meet ...": the journey's end.
        ("Esmail Qaani paid a short visit to Beirut on Friday to meet Hezbollah "
         "commanders.", "beirut"),
    ],
)
def test_a_meeting_at_the_end_of_a_told_journey(extract: Run, text: str,
                                                location: str) -> None:
    events = [e for e in extract(text).events if e.type == "meeting"]
    assert events
    assert events[0].location == location


# text, event type, expected location id, expected country
CAPITALS = [
    ("Drones hit the Saudi capital on Saturday, the Houthis said.", "attack", "riyadh", "SA"),
    ("Protesters gathered in the Bahraini capital on Friday.", "protest", "manama", "BH"),
    ("Police in Yemen's capital arrested two men on Monday.", "arrest", "sanaa", "YE"),
    ("A rocket landed near a bank in the capital of Iraq on Monday.", "attack", "baghdad",
     "IQ"),
    # The capital's own name, given after it, is the place.
    ("The Lebanese capital, Beirut, was hit by an Israeli strike on Monday.", "strike",
     "beirut", "LB"),
]


@pytest.mark.parametrize(("text", "etype", "location", "country"), CAPITALS)
def test_a_capital_named_by_its_country(extract: Run, text: str, etype: str, location: str,
                                        country: str) -> None:
    events = [e for e in extract(text).events if e.type == etype]
    assert events
    assert (events[0].location, events[0].country) == (location, country)


@pytest.mark.parametrize(("text", "location"), [
    # A place that is the subject of a passive force verb is where the blow fell.
    ("The town of Khiam was shelled on Monday.", "khiam"),
    ("Beirut was hit by an Israeli strike on Monday.", "beirut"),
])
def test_a_place_struck_in_the_passive(extract: Run, text: str, location: str) -> None:
    events = [e for e in extract(text).events if e.type in ("attack", "strike")]
    assert [e.location for e in events] == [location]


def test_what_was_fired_is_no_place(extract: Run) -> None:
    events = extract("The coalition said 30 Katyusha rockets were fired at the base on "
                     "Monday.").events
    assert [e.type for e in events] == ["attack"]
    assert events[0].location != "katyusha"


def test_a_country_naming_whose_people_they_are_is_no_place(extract: Run) -> None:
    # the parse may hang "US officials" on the verb; they say nothing of where it happened
    [attack] = extract("Two rockets hit the base on Monday in an attack US officials blamed "
                       "on Kata'ib Hezbollah.").events
    assert attack.location != "united-states"


@pytest.mark.parametrize(("text", "country"), [
    ("Drones attacked Saudi oil facilities on Saturday, halting half of the output.", "SA"),
    ("Rockets hit an Israeli border town on Tuesday, wounding two people.", "IL"),
])
def test_a_struck_site_named_by_its_country_is_in_that_country(
        extract: Run, text: str, country: str) -> None:
    [event] = [e for e in extract(text).events if e.type == "attack"]
    assert event.country == country


@pytest.mark.parametrize(("text", "location"), [
    ("Drones attacked Saudi oil facilities on Saturday, halting half of the output.",
     "saudi-arabia"),
    # posts a state's forces hold, when nothing tells of anywhere else
    ("Fighters fired anti-tank missiles at Turkish positions near the border on Sunday.",
     "turkey"),
    ("Jordan has sealed its northern border. Fighters fired rockets at Jordanian army posts "
     "on Sunday.", "jordan"),
])
def test_a_struck_site_named_by_its_country_is_placed_in_that_country(
        extract: Run, text: str, location: str) -> None:
    [event] = [e for e in extract(text).events if e.type == "attack"]
    assert (event.location, event.geo_precision) == (location, "country")


@pytest.mark.parametrize(("text", "country"), [
    ("Fighting flared in Syria this week. On Monday, militias struck a US outpost with "
     "rockets.", "SY"),
    ("Clashes spread across Iraq on Monday. Gunmen attacked American positions with "
     "mortars.", "IQ"),
    ("Fighting flared in Syria this week. On Monday, militias fired rockets at Turkish "
     "posts.", "SY"),
])
def test_posts_held_where_the_paragraph_tells_of_another_country_stand_there(
        extract: Run, text: str, country: str) -> None:
    [event] = [e for e in extract(text).events if e.type == "attack"]
    assert event.country == country
    assert event.target is not None  # the post, though "with rockets" hangs on it


def test_a_post_stands_in_its_own_country_when_the_paragraph_names_it(extract: Run) -> None:
    [event] = [e for e in extract("Fighting flared in Syria and Turkey this week. On Monday, "
                                  "militias fired rockets at Turkish posts.").events
               if e.type == "attack"]
    assert event.country == "TR"


@pytest.mark.parametrize(("text", "location", "country"), [
    # a town the pack lacks is the namesake in the country the report's places and
    # state bodies belong to, not a larger city elsewhere
    ("Gunmen attacked a gendarmerie post near Mila on Sunday, the Algerian defence ministry "
     "said.", "mila", "DZ"),
    ("A bomb exploded at a market in Arta on Monday, Djiboutian police said.", "arta", "DJ"),
    ("Algerian police arrested three men in Mila on Sunday.", "mila", "DZ"),
    # nothing points elsewhere: the town that bears the name as its own, not Milan,
    # which bears it only in another language
    ("Police arrested three men in Mila on Sunday.", "mila", "DZ"),
])
def test_a_town_is_the_namesake_in_the_reports_country(
        extract: Run, text: str, location: str, country: str) -> None:
    [event] = [e for e in extract(text).events if e.type in ("attack", "arrest")]
    assert (event.location, event.country) == (location, country)


def test_a_base_named_by_its_country_may_stand_abroad(extract: Run) -> None:
    [event] = [e for e in extract("A drone hit a Russian base on Saturday.").events
               if e.type == "attack"]
    assert event.country != "RU"


@pytest.mark.parametrize("text", [
    "Iran said it was ready for talks with the United States.",
    "Talks with the Houthis have stalled since December.",
    "The envoy hoped for talks with Saudi officials next month.",
])
def test_talks_wished_for_or_stalled_are_no_meeting(extract: Run, text: str) -> None:
    assert not [e for e in extract(text).events if e.type == "meeting"]



@pytest.mark.parametrize(("text", "location"), [
    ("A suspected Hezbollah financier was extradited from Paraguay to the United States on "
     "Friday.", "united-states"),
    ("Brazil extradited a Hezbollah operative to the United States on Monday.",
     "united-states"),
])
def test_an_extradition_happens_where_the_man_is_sent(extract: Run, text: str,
                                                       location: str) -> None:
    [event] = [e for e in extract(text).events if e.type == "arrest"]
    assert event.location == location


def test_a_deportation_happens_where_the_man_is_expelled_from(extract: Run) -> None:
    [event] = [e for e in extract("Germany deported a suspected IRGC agent to Iran on "
                                  "Tuesday.").events if e.type == "arrest"]
    assert (event.location, event.country) == ("germany", "DE")


# A sentence that sets the scene places the next one's event even when it uses a word of
# events that tells none ("police were on alert", "factions have clashed for months").
@pytest.mark.parametrize(("text", "location"), [
    ("In Herat, police were on alert. On 10 June 2023 a suicide bomber blew himself up "
     "outside a mosque, killing seven worshippers.", "herat"),
    ("In Basra, rival militias have clashed for months over port revenues. On 2 May 2023 a "
     "bomb exploded outside the office of a local party, wounding three.", "basra"),
])
def test_a_scene_with_a_word_of_events_but_no_event(extract: Run, text: str,
                                                    location: str) -> None:
    [ev] = [e for e in extract(text).events if e.type == "attack"]
    assert ev.location == location


def test_an_event_whose_sentence_names_a_place_keeps_to_it(extract: Run) -> None:
    ev = [e for e in extract("The engineer was charged in a court in Leeds with spying. He "
                             "was detained in May as he tried to leave Britain.").events
          if e.type == "arrest"][-1]
    assert ev.location != "leeds"
