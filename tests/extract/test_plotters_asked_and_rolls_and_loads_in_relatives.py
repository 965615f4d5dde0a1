"""Who a plot is asked of plots too ("the handler asked X to attack a synagogue"), and
"the defendant" is the one person the report tells as convicted or charged; a body the
sentence before says used a named plotter plots with him. A party placed on a tier of a
scheme of listing or added to a register is designated. Money or arms a named giver
sends to a named receiver, told in a relative clause on the load, are a transfer
(sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

from axiswatch.model import Extraction
from tests.extract.support import one_event, parties

Extract = Callable[..., Extraction]


def test_the_one_asked_to_do_the_deed_plots_too(extract: Extract) -> None:
    plot = one_event(extract("A handler asked Tomas Berg in March to attack a synagogue in "
                             "Vienna."), "plot")
    assert "tomas-berg" in parties(plot)


def test_the_defendant_is_the_one_person_convicted(extract: Extract) -> None:
    x = extract("A court in Berlin convicted a man, identified only as Karim S., of "
                "attempted arson. Prosecutors said a gang leader, Omid Farahani, first asked "
                "the defendant in May 2023 to set fire to a synagogue in Hamburg.")
    assert {"karim-s", "omid-farahani"} <= parties(one_event(x, "plot"))


def test_no_defendant_is_guessed_among_two_convicted(extract: Extract) -> None:
    x = extract("A court in Berlin convicted Karim Saleh and Jonas Weber of attempted arson. "
                "Prosecutors said a gang leader, Omid Farahani, first asked the defendant in "
                "May 2023 to set fire to a synagogue in Hamburg.")
    found = parties(one_event(x, "plot"))
    assert "karim-saleh" not in found and "jonas-weber" not in found


def test_the_body_that_used_a_named_plotter_plots_with_him(extract: Extract) -> None:
    x = extract("Judges said the trail led to the Quds Force, which they found had used Reza "
                "Tabrizi to recruit gunmen. Reza Tabrizi asked a biker in May 2023 to set fire "
                "to a synagogue in Hamburg.")
    assert {"reza-tabrizi", "quds-force"} <= parties(one_event(x, "plot"))


def test_a_state_placed_on_a_tier_of_a_listing_scheme_is_designated(extract: Extract) -> None:
    x = extract("Britain placed Iran on the enhanced tier of its foreign influence scheme "
                "in March.")
    sanction = one_event(x, "sanction")
    assert sanction.subtype == "designation" and sanction.actors == ["united-kingdom"]
    assert sanction.target_actors == ["iran"]  # the party listed, not the scheme


def test_a_tier_or_register_with_no_party_lists_none(extract: Extract) -> None:
    assert not extract("The club placed the striker on the top tier of its wage scale. "
                       "She put her name on the register for the vote.").events


def test_money_a_giver_sends_told_in_a_relative_clause_is_a_transfer(extract: Extract) -> None:
    x = extract("The army says the charity handles cash that Iran sends to Hezbollah.")
    transfer = one_event(x, "transfer")
    assert transfer.actors == ["iran"] and transfer.target_actors == ["hezbollah"]


def test_a_giver_told_in_a_relative_clause_on_the_takers_stays_background(
        extract: Extract) -> None:
    x = extract("The Houthis, who receive weapons that Iran sends, attacked a tanker.")
    assert [e.type for e in x.events] == ["attack"]
