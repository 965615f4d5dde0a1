"""A sentence that lists the sites of several blows gives one event per site, even where
the parse takes an item of the list for an apposition, a second object or a repeated
preposition; a listing or an arrest on each of several dates is one per date. A site
described after its name, or the town a site lies in, is no second site."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction

Run = Callable[..., Extraction]


def _sites(x: Extraction, event_type: str) -> list[tuple[str | None, str | None]]:
    return sorted((e.location, e.date) for e in x.events if e.type == event_type)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a middle item the parse hangs on the place before as an apposition
        ("The Islamic Resistance in Iraq said it targeted a radar site in Eilat, a power "
         "station in Haifa and an airfield in the Golan.",
         ["eilat", "golan-heights", "haifa"]),
        ("The group claimed attacks on Eilat, Haifa, Tiberias, Kiryat Shmona and Safed.",
         ["eilat", "haifa", "kiryat-shmona", "safed", "tiberias"]),
        # a second object after a comma
        ("The Houthis said they targeted the tanker Nordic Star in the Red Sea, a "
         "container ship in the Gulf of Aden and a destroyer in the Arabian Sea.",
         ["arabian-sea", "gulf-of-aden", "red-sea"]),
        # the same preposition told again for each site
        ("Over the weekend, militias attacked US forces five times: at Ain al-Asad, at "
         "Harir, at Erbil airport, at Tanf and at Shaddadi.",
         ["ain-al-asad-air-base", "al-tanf-garrison", "erbil-international-airport",
          "harir-air-base", "shaddadi"]),
        # a list that runs far from its trigger, past the country of its first part
        ("The attacks targeted US bases at Ain al-Asad, Harir, and Erbil airport in Iraq "
         "and at Tanf and Shaddadi in Syria.",
         ["ain-al-asad-air-base", "al-tanf-garrison", "erbil-international-airport",
          "harir-air-base", "shaddadi"]),
        # the sites told by a participle of the blow
        ("The group claimed drone attacks on US forces, attacking Ain al-Asad air base, "
         "Victory Base Complex near Baghdad airport, and Harir air base in Erbil.",
         ["ain-al-asad-air-base", "harir-air-base", "victory-base-complex"]),
    ],
)
def test_each_listed_site_is_an_occurrence(extract: Run, text: str,
                                           expected: list[str]) -> None:
    assert sorted(e.location or "" for e in extract(text).events
                  if e.type == "attack") == expected


def test_later_sites_hung_on_the_reporting_verb_take_their_own_days(extract: Run) -> None:
    x = extract("The militia said it had attacked US forces at Ain al-Asad with drones on "
                "Saturday, at Harir with rockets on Sunday, and at al-Tanf on Monday.")
    assert _sites(x, "attack") == [("ain-al-asad-air-base", "2024-02-03"),
                                   ("al-tanf-garrison", "2024-02-05"),
                                   ("harir-air-base", "2024-02-04")]


def test_a_site_takes_the_day_told_after_it(extract: Run) -> None:
    x = extract("Hezbollah said it attacked Israeli positions in Metula and Misgav Am on "
                "Monday, and an army post near Shtula on Tuesday.")
    assert _sites(x, "attack") == [("metula", "2024-02-05"), ("misgav-am", "2024-02-05"),
                                   ("shtula", "2024-02-06")]


@pytest.mark.parametrize(
    "text",
    [
        "Militants attacked Ain al-Asad, a base in Anbar province, on Friday.",
        "At about 9 p.m., militants fired rockets at Ain al-Asad air base in Anbar "
        "province, officials said.",
        "Washington said the raid answered a rocket attack on Friday on the Harir air base "
        "near Erbil that wounded two soldiers.",
        "On Sunday night, drones were launched at US troops at the Conoco gas field in "
        "Syria's Deir ez-Zor province, a spokesman said.",
        "Drones struck the base and its airstrip in Erbil on Thursday.",
    ],
)
def test_a_described_site_or_its_town_is_one_occurrence(extract: Run, text: str) -> None:
    assert len([e for e in extract(text).events if e.type == "attack"]) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The United States designated the group in 2017 and its leader in 2020.",
         ["2017", "2020"]),
        ("Washington sanctioned the militia in November and its commander in January.",
         ["2023-11", "2024-01"]),
        ("The Treasury sanctioned the firm on Monday and its owner on Wednesday.",
         ["2024-02-05", "2024-02-07"]),
    ],
)
def test_a_listing_on_each_date_is_its_own(extract: Run, text: str,
                                           expected: list[str]) -> None:
    assert sorted(e.date or "" for e in extract(text).events
                  if e.type == "sanction") == expected


def test_one_listing_of_two_names_is_one(extract: Run) -> None:
    x = extract("The Treasury designated an exchange house and two of its managers on "
                "Monday.")
    assert len([e for e in x.events if e.type == "sanction"]) == 1


def test_each_day_takes_the_site_and_weapon_told_before_it(extract: Run) -> None:
    x = extract("The group attacked a US base in Syria with rockets on Monday and the US "
                "embassy in Baghdad with drones on Tuesday.")
    assert sorted((e.location, e.date, e.weapon) for e in x.events if e.type == "attack") \
        == [("syria", "2024-02-05", "rocket"),
            ("us-embassy-in-baghdad", "2024-02-06", "drone")]


def test_one_site_hit_on_two_days_keeps_its_site_and_weapon(extract: Run) -> None:
    x = extract("Militants fired rockets at Ain al-Asad air base on Monday and again on "
                "Wednesday.")
    assert sorted((e.location, e.date, e.weapon) for e in x.events if e.type == "attack") \
        == [("ain-al-asad-air-base", "2024-02-05", "rocket"),
            ("ain-al-asad-air-base", "2024-02-07", "rocket")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police arrested one man in Germany and another in Austria.",
         ["austria", "germany"]),
        ("Police arrested one suspect in Hamburg, while a second was detained in Munich.",
         ["hamburg", "munich"]),
    ],
)
def test_arrests_in_two_places_are_two(extract: Run, text: str,
                                       expected: list[str]) -> None:
    assert sorted(e.location or "" for e in extract(text).events
                  if e.type == "arrest") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested three men in Berlin, Germany.",
        "Police arrested the suspect in Baghdad, Iraqi officials said.",
        "Turkish police detained an Iranian agent in Istanbul and charged him with "
        "spying in Turkey.",
    ],
)
def test_one_arrest_told_with_its_country_is_one(extract: Run, text: str) -> None:
    assert len([e for e in extract(text).events if e.type == "arrest"]) == 1
