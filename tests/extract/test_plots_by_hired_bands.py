"""Plots and blows done by bands or hirelings acting for a state: the state or state body a
gang, a criminal network or a hired gunman is told to serve is held behind the deed, how
ever the sentence names the band (the subject of the plot, the agent of "carried out by",
the one "behind" it, the one a plot is "linked to" or "by"); a gang the pack does not know
gives way to its sponsor, a known band keeps its place, a band told with no sponsor stays
the doer, and a state that only denies a part, or whose police foiled the plot, is no
party (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from axiswatch.model import Extraction
from tests.extract.support import parties, plots

Run = Callable[..., Extraction]


@pytest.mark.parametrize(
    ("text", "sponsor"),
    [
        ("Police said a criminal network working for Iran was behind the attempted attack on "
         "the Israeli embassy in Stockholm.", "iran"),
        ("Swedish police said the plot to bomb the embassy was carried out by a local gang "
         "hired by Iran's intelligence services.", "iranian-intelligence-service"),
        ("Authorities linked the attempted bombing of the Israeli embassy to the Zetas gang, "
         "which they say is paid by the Quds Force.", "quds-force"),
        ("Dutch prosecutors said a Colombian gunman hired by a criminal network acting for "
         "Iran had tried to shoot a Spanish politician in Madrid in November.", "iran"),
        ("Greek police said they had dismantled a terrorist network directed from Iran that "
         "planned attacks on Jewish targets in Athens.", "iran"),
        ("Members of the Rumba gang, which Swedish police say works for Tehran, were behind a "
         "failed attempt to bomb the Israeli embassy in Oslo.", "iran"),
        ("According to police, a teenager recruited by a gang working for Iran tried to throw "
         "a grenade at the Israeli embassy in Copenhagen.", "iran"),
        ("Police said a criminal gang used by Iran's security services tried to attack the "
         "Israeli embassy in Brussels.", "iran"),
        ("Prosecutors say the Hells Angels were paid by the Iranian government to kill a "
         "dissident in the Netherlands.", "iranian-government"),
        ("The Israeli embassy in Stockholm was the target of a foiled plot by the Rumba gang, "
         "which police say is directed by Iran's Quds Force.", "quds-force"),
    ],
)
def test_the_state_a_band_serves_is_behind_its_plot(extract: Run, text: str,
                                                      sponsor: str) -> None:
    [ev] = plots(extract(text))
    assert sponsor in parties(ev)


@pytest.mark.parametrize(
    ("text", "sponsor"),
    [
        ("The Rumba network, which police say works for Tehran, tried to attack the Israeli "
         "embassy in Copenhagen.", "iran"),
        ("Swedish police said the Rumba gang had been hired by Iran to attack the Israeli "
         "embassy in Stockholm.", "iran"),
        ("Police said the Dalen gang carried out the attempted attack on the Israeli embassy "
         "in Copenhagen on behalf of the Iranian regime.", "iranian-government"),
    ],
)
def test_a_gang_the_pack_does_not_know_gives_way_to_its_sponsor(
        extract: Run, text: str, sponsor: str) -> None:
    [ev] = plots(extract(text))
    assert parties(ev) == {sponsor}


def test_a_known_band_keeps_its_place_beside_its_sponsor(extract: Run) -> None:
    [ev] = plots(extract("Members of the Foxtrot network, which police say works for Tehran, "
                         "planned to attack the Israeli embassy in Stockholm."))
    assert parties(ev) == {"foxtrot-network", "iran"}


def test_the_unknown_gang_of_a_blow_gives_way_to_its_sponsor(extract: Run) -> None:
    ex = extract("Norwegian police said the attack on the embassy was carried out by the "
                 "Dalen gang, which they believe was recruited by the Quds Force.")
    [ev] = [e for e in ex.events if e.type in ("attack", "plot")]
    assert parties(ev) == {"quds-force"}


@pytest.mark.parametrize(
    "text",
    [
        "Iran denied any role in the attempted attack on the Israeli embassy in Stockholm.",
        "Iran denied involvement in the plot to bomb the Israeli embassy in Oslo.",
        "Tehran rejected any part in the failed bombing of the Israeli embassy in Oslo.",
    ],
)
def test_a_state_that_denies_a_part_in_a_plot_is_no_party(extract: Run, text: str) -> None:
    for ev in plots(extract(text)):
        assert "iran" not in parties(ev)


@pytest.mark.parametrize(
    "text",
    [
        "Swedish police foiled a plot by a criminal gang to attack the Israeli embassy in "
        "Stockholm.",
        "A gang member working for a drug dealer in Uppsala tried to kill a rival in Malmo, "
        "police said.",
        "Police said a gang hired by a businessman tried to bomb a restaurant in Stockholm.",
    ],
)
def test_no_state_is_laid_behind_a_band_told_with_no_state_sponsor(
        extract: Run, text: str) -> None:
    for ev in plots(extract(text)):
        assert not {"sweden", "swedish-police", "iran"} & parties(ev)


def test_a_gang_told_with_no_sponsor_stays_the_doer(extract: Run) -> None:
    [ev] = plots(extract("Swedish police said the Rumba gang had tried to bomb the Israeli "
                         "embassy in Stockholm."))
    assert "rumba" in parties(ev)


@pytest.mark.parametrize(
    "text",
    [
        "The Rumba Network, which Swedish authorities say acts as a proxy for Iran, tried to "
        "bomb the Israeli embassy in Stockholm.",
        "Police said the Rumba Network, an Iranian proxy, tried to bomb the Israeli embassy "
        "in Stockholm.",
        "The Rumba Network, which is led by Ali Kaya and works for Iran's security services, "
        "tried to bomb the Israeli embassy in Stockholm.",
        "Swedish police said the Rumba Network tried to bomb the Israeli embassy in Stockholm. "
        "The security service said the network works for Iran.",
        "Sweden's security service said Iran is using criminal networks to carry out attacks "
        "in Sweden. Police said the Rumba Network tried to bomb the Israeli embassy in "
        "Stockholm in January.",
    ],
)
def test_a_named_network_told_as_the_hand_of_a_state_gives_way_to_it(
        extract: Run, text: str) -> None:
    [ev] = plots(extract(text))
    assert parties(ev) == {"iran"}


def test_a_named_network_told_with_no_state_keeps_its_plot(extract: Run) -> None:
    [ev] = plots(extract("Police said the Rumba Network tried to bomb a rival's restaurant in "
                         "Stockholm."))
    assert parties(ev) == {"rumba-network"}


@pytest.mark.parametrize(
    "text",
    [
        "Swedish authorities accused Iran of using the Rumba Network to attack the Israeli "
        "embassy in Stockholm.",
        "Officials said Iran had hired a criminal gang to attack the Israeli embassy in "
        "Berlin last year.",
    ],
)
def test_a_blow_a_state_sends_hired_hands_to_deal_is_theirs_for_the_state(
        extract: Run, text: str) -> None:
    evs = [e for e in extract(text).events if e.type in ("attack", "strike", "plot")]
    assert evs and all(e.type != "strike" for e in evs)
    assert all(parties(e) == {"iran"} for e in evs)


@pytest.mark.parametrize(
    "text",
    [
        "Israeli officials said Iranian operatives were linked to the attempted bombing of "
        "an Israeli diplomat's car in Tbilisi.",
        "Police said Iranian agents were involved in the plot to bomb the Israeli embassy in "
        "Bangkok.",
        "The Ansar Martyrs Front plotted to bomb an Israeli diplomat's car in Tbilisi, and "
        "Israel believes Iranian agents responsible.",
        "Iran-backed militants of the Salafi Jihad Brigade planned to bomb an Israeli "
        "diplomat's car in New Delhi.",
    ],
)
def test_a_state_whose_agents_a_plot_is_laid_on_is_behind_it(extract: Run, text: str) -> None:
    [ev] = plots(extract(text))
    assert parties(ev) == {"iran"}


@pytest.mark.parametrize(
    "text",
    [
        "Police said Hezbollah was not involved in the plot to bomb the Israeli embassy in "
        "Bangkok.",
        "Israeli officials said Iranian nationals were involved in the plot to bomb the "
        "Israeli embassy in Bangkok.",
    ],
)
def test_a_part_denied_or_a_nationality_lays_no_plot_on_anyone(extract: Run, text: str) -> None:
    [ev] = plots(extract(text))
    assert not parties(ev)
