"""A country named again by a description: "the kingdom", "the island", "the Gulf
state", "the Jewish state", "the country" (sentences invented for these tests)."""

from __future__ import annotations

import pytest

from axiswatch.extract.pipeline import Extractor
from axiswatch.kb.pack import load_pack
from axiswatch.nlp.descriptions import DescriptionIndex


def _described(extractor: Extractor, text: str) -> dict[str, str | None]:
    """Each mention opening with "the" (lowercase text) -> its entity."""
    ents = extractor.linker.link(extractor.nlp(text))
    return {m.text.lower(): m.entity_id for m in ents.mentions
            if m.text.lower().startswith("the ")}


def test_the_pack_says_which_countries_each_description_fits() -> None:
    index = DescriptionIndex.from_entries(load_pack().entries.values())
    assert index.fit(("kingdom",), "bahrain") and index.fit(("kingdom",), "jordan")
    assert not index.fit(("kingdom",), "iraq")
    assert index.fit(("island",), "cyprus") and not index.fit(("island",), "lebanon")
    assert index.fit(("sultanate",), "oman") and index.fit(("jewish", "state"), "israel")
    assert index.fit(("gulf", "state"), "qatar") and not index.fit(("gulf", "state"), "iran")
    assert index.fit(("country",), "iraq") and index.fit(("country",), "lebanon")


@pytest.mark.parametrize(("text", "phrase", "entity"), [
    # by the country's adjective, past another country that does not fit
    ("Jordanian police said a cell had planned to bomb Israeli tourists in the kingdom.",
     "the kingdom", "jordan"),
    # by its name, in the next sentence
    ("Police in Cyprus detained two men on Sunday. They had watched hotels on the island.",
     "the island", "cyprus"),
    ("Oman said the sultanate had stopped a dhow bound for Yemen.", "the sultanate", "oman"),
    ("Gunmen crossed into Israel at dawn. The Jewish state sealed the border.",
     "the jewish state", "israel"),
    ("Qatari mediators flew to Cairo. The Gulf state wants a truce.", "the gulf state",
     "qatar"),
    # "the country" fits any country: the one named last
    ("Lebanese troops deployed in Tyre after clashes in the south of the country.",
     "the country", "lebanon"),
    # by its capital
    ("Officials in Manama said the kingdom would expel the diplomat.", "the kingdom",
     "bahrain"),
    # inside a quotation
    ('Kuwaiti officials met the envoy. "We will defend the country," the minister said.',
     "the country", "kuwait"),
    # the place a traveller set out from is not where he then is
    ("He flew to Canada from Turkey in May. Once in the country, he bought a rifle.",
     "the country", "canada"),
])
def test_a_description_names_the_country_named_before(extractor: Extractor, text: str,
                                                      phrase: str, entity: str) -> None:
    assert _described(extractor, text).get(phrase) == entity


@pytest.mark.parametrize(("text", "phrase"), [
    # no country named before
    ("Protests spread across the country after fuel prices rose.", "the country"),
    # none that fits: Iraq is no kingdom
    ("Iraqi officials said the kingdom had not been consulted.", "the kingdom"),
    # named too long before
    ("Jordan closed its airspace.\n\nOne.\n\nTwo.\n\nThree.\n\nFour.\n\n"
     "The kingdom later reopened it.", "the kingdom"),
    # two countries joined: either may be meant
    ("Iran and Iraq signed a border accord. Protests spread across the country.",
     "the country"),
    # a name, not a description
    ("Iran accused the Kingdom of Bahrain of hosting spies.", "the kingdom"),
    # an island named after the country is that island
    ("Bahrain protested after Iran sent troops to Abu Musa Island. The island is disputed.",
     "the island"),
])
def test_a_description_without_a_fitting_country_stays_unlinked(
        extractor: Extractor, text: str, phrase: str) -> None:
    assert _described(extractor, text).get(phrase) is None


def test_a_description_modifying_a_noun_is_no_reference(extractor: Extractor) -> None:
    text = "Syrian officials met the charity. The country director said aid was blocked."
    assert not any(p.startswith("the country") and e == "syria"
                   for p, e in _described(extractor, text).items())


def test_a_body_of_the_country_named_by_description(extractor: Extractor) -> None:
    text = ("Police in Bahrain held four men on Sunday. The kingdom's interior ministry "
            "said they had trained in Iran.")
    ents = extractor.linker.link(extractor.nlp(text))
    ids = {m.text: m.entity_id for m in ents.mentions}
    assert ids.get("The kingdom's interior ministry") == "bahraini-interior-ministry"


def test_a_description_opening_a_sentence_goes_on_with_the_subject(
        extractor: Extractor) -> None:
    text = ("Iraq summoned the American envoy on Monday. The country's foreign ministry "
            "called the strike a violation.")
    ents = extractor.linker.link(extractor.nlp(text))
    ids = {m.text: m.entity_id for m in ents.mentions}
    assert ids.get("The country's foreign ministry") == "iraqi-foreign-ministry"


def test_a_named_body_owned_by_a_description(extractor: Extractor) -> None:
    text = ("Uzbek police held two men on Monday. The country's State Security Service "
            "said they had spied for a foreign power.")
    ents = extractor.linker.link(extractor.nlp(text))
    ids = {m.text: m.entity_id for m in ents.mentions}
    assert ids.get("State Security Service") == "uzbekistan-state-security-service"
