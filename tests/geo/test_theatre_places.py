"""Small places the fighting is reported from: border villages, desert towns, oil fields,
islands and crossings, spelt as reports spell them (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.extract.pipeline import Extractor
from axiswatch.geo import Geocoder, haversine_km, load_geocoder
from axiswatch.ids import document_id
from axiswatch.model import Document, Extraction


@pytest.fixture(scope="module")
def geo() -> Geocoder:
    return load_geocoder()


# name, the sentence it stands in, the pack place it must be
BY_ID = [
    # Southern Lebanon
    ("Markaba", "Israeli shelling hit the outskirts of Markaba.", "markaba"),
    ("Rmeish", "A drone struck a car near Rmeish.", "rmeish"),
    ("Rmaich", "Residents of Rmaich stayed in their homes.", "rmeish"),
    ("Wazzani", "A strike hit a house in Wazzani.", "wazzani"),
    ("al-Wazzani", "A strike hit a house in al-Wazzani.", "wazzani"),
    ("Maroun al-Ras", "Fighters clashed with troops near Maroun al-Ras.", "maroun-al-ras"),
    ("Maroun el-Ras", "Troops advanced on Maroun el-Ras.", "maroun-al-ras"),
    ("Alma al-Shaab", "Shells fell on Alma al-Shaab overnight.", "alma-al-shaab"),
    ("Alma ash-Shaab", "Shells fell on Alma ash-Shaab overnight.", "alma-al-shaab"),
    ("Tayr Harfa", "An airstrike targeted a building in Tayr Harfa.", "tayr-harfa"),
    ("Jebbayn", "An airstrike targeted a building in Jebbayn.", "jibbain"),
    ("Beit Lif", "Two men were killed in a strike on Beit Lif.", "beit-lif"),
    ("Zibqin", "Artillery hit the edge of Zibqin.", "zibqin"),
    ("Majdal Selm", "A drone hit a motorcycle in Majdal Selm.", "majdal-selm"),
    ("Khirbet Selm", "A drone hit a motorcycle in Khirbet Selm.", "khirbet-selm"),
    ("Ayta ash Shab", "Heavy shelling was reported around Ayta ash Shab.", "aita-al-shaab"),
    ("Kfarshouba hills", "Shells landed on the Kfarshouba hills.", "kfarchouba"),
    ("Ras Naqoura", "A naval vessel was seen off Ras Naqoura.", "ras-naqoura"),
    ("Beaufort Castle", "Jets struck a target near Beaufort Castle.", "beaufort-castle"),
    ("Burj al-Shemali", "A strike hit an apartment in Burj al-Shemali.", "burj-al-shemali"),
    ("Ain al-Hilweh", "Clashes broke out in Ain al-Hilweh.", "ain-al-hilweh"),
    ("Masnaa crossing", "A strike cut the road near the Masnaa crossing.", "masnaa-crossing"),
    ("Riyaq", "Jets struck a depot near Riyaq in the Bekaa.", "riyaq"),
    ("Majdal Zun", "Shelling hit the edge of Majdal Zun.", "majdal-zoun"),
    ("Deir Mimas", "A drone struck a car near Deir Mimas.", "deir-mimas"),
    ("Yater", "A strike destroyed a house in Yater.", "yater"),
    ("Jezzine", "Jets flew low over Jezzine.", "jezzine"),
    ("Hasbaya", "A strike hit a car near Hasbaya.", "hasbaya"),
    # Northern Israel
    ("Yir'on", "A rocket hit a field near Yir'on.", "yiron"),
    ("Shomera", "An interceptor fell near Shomera.", "shomera"),
    ("Biranit barracks", "The group said it shelled the Biranit barracks.", "biranit"),
    ("Yiftah", "Rockets were fired at Yiftah.", "yiftah"),
    ("Hanita", "An anti-tank missile hit a house in Hanita.", "hanita"),
    ("Arab al-Aramshe", "A drone exploded in Arab al-Aramshe.", "arab-al-aramshe"),
    ("Dafna", "Sirens sounded in Dafna.", "dafna"),
    ("Kfar Giladi", "The group targeted a base in Kfar Giladi.", "kfar-giladi"),
    ("Beit Hillel", "Shrapnel fell in Beit Hillel.", "beit-hillel"),
    ("Rosh HaNikra", "Troops were deployed at Rosh HaNikra.", "rosh-hanikra"),
    ("Hatzerim", "Missiles were fired at Hatzerim.", "hatzerim-airbase"),
    # Syria
    ("Khasham", "Fighters crossed the river near Khasham.", "khasham"),
    ("al-Ashara", "A drone struck a car in al-Ashara.", "al-ashara"),
    ("Muhassan", "Clashes erupted in Muhassan.", "muhassan"),
    ("Baghouz", "An airstrike hit a truck near Baghouz.", "baghuz"),
    ("Hamdan airport", "Strikes hit hangars at Hamdan airport.", "hamdan-airport"),
    ("Beit Jinn", "Troops raided Beit Jinn.", "beit-jinn"),
    ("Jusiyah crossing", "A strike hit a truck at the Jusiyah crossing.", "jusiyah-crossing"),
    ("Sukhnah", "A convoy was ambushed near Sukhnah.", "sukhnah"),
    # Iraq
    ("Rumaila", "Workers were evacuated from Rumaila.", "rumaila-oil-field"),
    ("Rumaila oil field", "A drone fell near the Rumaila oil field.", "rumaila-oil-field"),
    ("West Qurna", "A rocket landed near West Qurna.", "west-qurna-oil-field"),
    ("Amerli", "Militia units deployed around Amerli.", "amerli"),
    ("Camp Ashraf", "Security forces surrounded Camp Ashraf.", "camp-ashraf"),
    ("Nineveh Plains", "Militias control checkpoints on the Nineveh Plains.", "nineveh-plains"),
    ("Iskandariya", "A bomb exploded in a market in Iskandariya.", "iskandariya"),
    # Jordan and the Jordan valley
    ("Dead Sea", "The drone fell near the Dead Sea.", "dead-sea"),
    ("Jordan Valley", "Troops patrolled the Jordan Valley.", "jordan-valley"),
    ("Allenby Bridge", "A gunman opened fire at the Allenby Bridge.", "allenby-bridge"),
    ("Erez crossing", "Protesters gathered at the Erez crossing.", "erez-crossing"),
    # Yemen and the Gulf
    ("Khokha", "Fighting was reported south of Khokha.", "khokha"),
    ("Durayhimi", "Coalition jets struck Durayhimi.", "durayhimi"),
    ("Saleef", "Strikes hit the port of Saleef.", "salif"),
    ("Zuqar island", "Forces landed on Zuqar island.", "zuqar-island"),
    ("Harib", "Clashes continued in Harib.", "harib"),
    ("Ras Laffan", "Drones were reported over Ras Laffan.", "ras-laffan"),
    # Afghanistan and Pakistan
    ("Mazar-e-Sharif", "A bomb exploded at a shrine in Mazar-e-Sharif.", "mazar-i-sharif"),
    ("Mazar-i-Sharif", "Gunmen attacked a checkpoint near Mazar-i-Sharif.", "mazar-i-sharif"),
    ("Kech", "Militants ambushed a patrol in Kech district.", "kech-district"),
    # Iran
    ("Imam Khomeini Space Center", "A launch was seen at the Imam Khomeini Space Center.",
     "imam-khomeini-space-center"),
    ("Oshnavieh", "Kurdish fighters were killed near Oshnavieh.", "oshnavieh"),
    ("Shatt al-Arab", "A boat was seized in the Shatt al-Arab.", "shatt-al-arab"),
    # Places GeoNames lacks
    ("Mieh Mieh", "A drone struck a car at the entrance of Mieh Mieh.", "mieh-mieh"),
    ("Zahrani", "Jets struck a depot near Zahrani.", "zahrani"),
    ("Nahal Oz", "Gunmen overran the outpost at Nahal Oz.", "nahal-oz"),
    ("Maghazi", "A strike hit a school in Maghazi.", "maghazi"),
    ("Nuqum", "Bombers struck caves in the Nuqum mountain.", "jabal-nuqum"),
    ("Khurais", "A drone hit a pumping station at Khurais.", "khurais"),
    ("Khojir", "Explosions were heard near Khojir.", "khojir"),
    ("Mar-a-Lago", "Agents searched the grounds of Mar-a-Lago.", "mar-a-lago"),
    ("Jibchit", "A drone struck a motorcycle in Jibchit.", "jibchit"),
    ("Hebbariyeh", "Shells fell on the outskirts of Hebbariyeh.", "hebbariyeh"),
    ("Tal Tamr", "Fighters shelled villages near Tal Tamr.", "tal-tamr"),
    ("Republican Palace", "Crowds stormed the Republican Palace.", "republican-palace"),
    ("Ras Kanatib", "Jets struck the power station at Ras Kanatib.",
     "ras-kanatib-power-station"),
    ("Sirri Island", "A tanker was seized near Sirri Island.", "sirri-island"),
]


@pytest.mark.parametrize(("name", "sentence", "expected"), BY_ID)
def test_resolves_to_the_pack_place(geo: Geocoder, name: str, sentence: str,
                                    expected: str) -> None:
    place = geo.resolve(name, context=sentence)
    assert place is not None and place.id == expected, (name, place)
    assert geo.resolve_phrase(name) is not None


# A pack place beats a namesake elsewhere: name, expected country, (lat, lon), max km
NAMESAKES = [
    ("Rumaila", "IQ", (30.25, 47.35), 40),  # the oil field, not Rmelan in Syria
    ("Madaya", "SY", (33.69, 36.10), 5),  # the besieged Syrian town, not Madaya in Myanmar
    ("Kabri", "IL", (33.02, 35.15), 5),  # the Galilee kibbutz, not the Indian village
    ("Badra", "IQ", (33.12, 45.93), 5),  # the Iraqi border town
    ("Iskandariya", "IQ", (32.89, 44.35), 5),  # south of Baghdad, not Alexandria
    ("Azraq", "JO", (31.83, 36.81), 5),
    ("Qana", "LB", (33.21, 35.30), 5),  # the south Lebanese village, not Qina in Egypt
    ("Qantara", "LB", (33.28, 35.50), 5),  # not El Qantara on the Suez Canal
    ("Chamaa", "LB", (33.16, 35.19), 5),  # not Hama in Syria
    ("Sasa", "IL", (33.03, 35.39), 5),  # the Galilee kibbutz, not a town in Japan
    ("El Rom", "IL", (33.18, 35.77), 5),  # the Golan kibbutz, not Rome
    ("Liman", "IL", (33.05, 35.11), 5),
    ("Caesarea", "IL", (32.50, 34.89), 5),  # not Kayseri in Turkey
    ("Bazan refinery", "IL", (32.80, 35.05), 5),
    ("Ma'an", "JO", (30.20, 35.74), 5),  # not Amman
    ("Taza", "IQ", (35.30, 44.33), 5),  # south of Kirkuk, not Taza in Morocco
    ("Speicher", "IQ", (34.66, 43.54), 5),  # the base at Tikrit, not the Swiss village
    ("Tallil", "IQ", (30.94, 46.09), 5),
    ("Ras al-Ain", "SY", (36.85, 40.07), 5),  # not Ceylanpinar across the Turkish border
    ("Dover Air Force Base", "US", (39.13, -75.47), 5),  # not Dover in England
    ("Arman", "SY", (32.46, 36.76), 5),  # the village in Sweida province
    ("Tell Abyad", "SY", (36.70, 38.96), 5),
    ("Khaldeh", "LB", (33.78, 35.49), 5),  # the coast south of Beirut
]


@pytest.mark.parametrize(("name", "country", "point", "km"), NAMESAKES)
def test_pack_place_beats_a_namesake(geo: Geocoder, name: str, country: str,
                                     point: tuple[float, float], km: float) -> None:
    place = geo.resolve(name)
    assert place is not None and place.country == country, (name, place)
    assert haversine_km(place.lat, place.lon, *point) <= km


@pytest.fixture(scope="module")
def extract() -> Callable[[str], Extraction]:
    extractor = Extractor()

    def run(text: str) -> Extraction:
        return extractor.extract(Document(id=document_id(text), text=text,
                                          published="2024-02-08"))

    return run


# text, event type, expected place id
EVENTS = [
    ("Hezbollah said it targeted an Israeli position in Hanita with guided missiles on "
     "Tuesday.", "attack", "hanita"),
    ("An Israeli drone struck a car in Rmeish on Monday, killing two men.", "strike", "rmeish"),
    ("Israeli jets struck a house in Markaba on Sunday, killing three people.", "strike",
     "markaba"),
    ("Rockets landed in the Rumaila oil field on Wednesday, wounding two workers.", "attack",
     "rumaila-oil-field"),
    ("US aircraft struck a weapons depot near Hamdan airport on Friday.", "strike",
     "hamdan-airport"),
    ("Hezbollah said it fired rockets at the Biranit barracks on Monday.", "attack", "biranit"),
]


@pytest.mark.parametrize(("text", "etype", "location"), EVENTS)
def test_event_placed_at_the_small_place(extract: Callable[[str], Extraction], text: str,
                                         etype: str, location: str) -> None:
    events = [e for e in extract(text).events if e.type == etype]
    assert events, [(e.type, e.location) for e in extract(text).events]
    assert events[0].location == location
