"""Towns of the Lebanon-Israel front, crossings and bases hosting US forces that reports
name, and the events told there (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.extract.pipeline import Extractor
from axiswatch.geo import Geocoder, load_geocoder
from axiswatch.ids import document_id
from axiswatch.model import Document, Extraction


@pytest.fixture(scope="module")
def geo() -> Geocoder:
    return load_geocoder()


# name as reports spell it, the pack place it must be
BY_ID = [
    ("Kiryat Shemona", "kiryat-shmona"),
    ("Tzfat", "safed"),
    ("Nahariyya", "nahariya"),
    ("Qatzrin", "katzrin"),
    ("Rosh Pinna", "rosh-pina"),
    ("Carmiel", "karmiel"),
    ("Kafr Kila", "kfar-kila"),
    ("Tibnin", "tebnine"),
    ("Rachaya", "rashaya"),
    ("Rafah border crossing", "rafah-crossing"),
    ("Netzarim corridor", "netzarim-corridor"),
    ("Sheikh Hussein crossing", "sheikh-hussein-bridge"),
    ("Sheikh Isa Air Base", "isa-air-base"),
    ("Ahmed al-Jaber Air Base", "ahmad-al-jaber-air-base"),
    ("Camp Patriot", "kuwait-naval-base"),
    ("Minhad Air Base", "al-minhad-air-base"),
    ("Bashur airfield", "bashur-airfield"),
    ("al-Omar", "green-village"),
    ("Ibrahim Khalil border crossing", "ibrahim-khalil-crossing"),
    ("Bab al-Hawa", "bab-al-hawa-crossing"),
    ("al-Yarubiyah", "yarubiyah"),
    ("H-4 air base", "prince-hassan-air-base"),
]


@pytest.mark.parametrize(("name", "expected"), BY_ID)
def test_resolves_to_the_pack_place(geo: Geocoder, name: str, expected: str) -> None:
    place = geo.resolve(name)
    assert place is not None and place.id == expected, (name, place)


@pytest.fixture(scope="module")
def extract() -> Callable[[str], Extraction]:
    extractor = Extractor()

    def run(text: str) -> Extraction:
        return extractor.extract(Document(id=document_id(text), text=text,
                                          published="2025-06-12"))

    return run


# text, event type, expected place id: names the tagger may take for a person's
EVENTS = [
    ("The group claimed a rocket attack on Kiryat Shmona on Tuesday.", "attack",
     "kiryat-shmona"),
    ("Israeli jets struck Tebnine and Kfar Kila on Sunday.", "strike", "kfar-kila"),
    ("Israeli jets struck Tebnine and Kfar Kila on Sunday.", "strike", "tebnine"),
    ("An airstrike hit tents near the Rafah crossing on Thursday.", "strike",
     "rafah-crossing"),
]


@pytest.mark.parametrize(("text", "etype", "location"), EVENTS)
def test_event_placed_at_the_town(extract: Callable[[str], Extraction], text: str,
                                  etype: str, location: str) -> None:
    found = extract(text).events
    assert location in {e.location for e in found if e.type == etype}, \
        [(e.type, e.location) for e in found]


def test_a_person_of_a_towns_name_is_no_place(extract: Callable[[str], Extraction]) -> None:
    found = extract("Shlomi Peretz, a police spokesman, said officers arrested two men in "
                    "Haifa on Monday.").events
    arrests = [e for e in found if e.type == "arrest"]
    assert arrests and all(e.location != "shlomi" for e in arrests)
