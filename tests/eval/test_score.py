"""The scorer on small hand-written gold/prediction pairs."""

from __future__ import annotations

import copy

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from axiswatch.eval.gold import GoldDoc, GoldRelation, read_gold
from axiswatch.eval.score import link_entities, linking_scores, score

from .builders import doc, entity, event

KH = entity("kataib-hezbollah", "Kata'ib Hezbollah", aliases=("Kataib Hezbollah", "KH"))
IRAN = entity("iran", "Iran", type="place", aliases=("Iran",), country="IR")
BAGHDAD = entity("baghdad", "Baghdad", type="place", aliases=("Baghdad",), country="IQ")

E1 = event("attack", "Rockets struck the base near Baghdad on Monday, officials said.",
           date="2024-01-08", date_precision="day", location="Baghdad", country="IQ",
           lat=33.3152, lon=44.3661, attributed_to=["kataib-hezbollah"], weapon="rocket",
           killed=2, certainty="reported")
E2 = event("arrest", "Police detained three men suspected of planning the attack.",
           date="2024-01", date_precision="month", country="IQ", certainty="confirmed")
E3 = event("statement", "The group announced a suspension of its operations.",
           date="2024-01-09", date_precision="day", actors=["kataib-hezbollah"])


def gold_doc() -> GoldDoc:
    return doc(entities=[KH, IRAN, BAGHDAD], events=[E1, E2, E3],
               relations=[GoldRelation("kataib-hezbollah", "sponsored_by", "iran")])


def test_perfect_prediction_scores_one() -> None:
    result = score([gold_doc()], [gold_doc()])
    assert result["events"]["f1"] == 1.0
    assert set(result["arguments"].values()) == {1.0}
    assert result["relations"]["f1"] == 1.0
    assert result["linking"] == 1.0
    assert result["geocoding"] == {"within_25km": 1.0, "country": 1.0, "located": 1}


def test_one_missing_event_lowers_recall_only() -> None:
    pred = gold_doc()
    pred.events = pred.events[:2]
    result = score([gold_doc()], [pred])
    assert result["events"]["precision"] == 1.0
    assert result["events"]["recall"] == pytest.approx(2 / 3, abs=1e-4)
    assert result["events"]["by_type"]["statement"]["recall"] == 0.0
    assert result["events"]["by_type"]["attack"]["f1"] == 1.0
    assert result["by_document"]["a.txt"]["events"]["recall"] == pytest.approx(2 / 3, abs=1e-4)


def test_wrong_type_does_not_match() -> None:
    pred = gold_doc()
    pred.events[0] = copy.deepcopy(E1)
    pred.events[0].type = "strike"
    result = score([gold_doc()], [pred])
    assert result["events"]["matched"] == 2
    assert result["events"]["by_type"]["strike"]["precision"] == 0.0
    assert result["events"]["by_type"]["attack"]["recall"] == 0.0


def test_missing_prediction_document_predicts_nothing() -> None:
    result = score([gold_doc()], [])
    assert result["events"]["recall"] == 0.0
    assert result["events"]["predicted"] == 0
    assert result["linking"] == 0.0


@pytest.mark.parametrize(
    ("pred_date", "matches"),
    [("2024-01-08", True), ("2024-01-09", True), ("2024-01-07", True),
     ("2024-01-10", False), ("2024-01-06", False), (None, False)],
)
def test_date_and_place_match_within_one_day(pred_date: str | None, matches: bool) -> None:
    # Evidence shares nothing: only the date-and-location rule can match.
    pred = doc(entities=[BAGHDAD], events=[
        event("attack", "An unrelated wording entirely.", date=pred_date, location="baghdad")])
    gold = doc(entities=[BAGHDAD], events=[E1])
    assert score([gold], [pred])["events"]["matched"] == int(matches)


@pytest.mark.parametrize(
    ("lat", "lon", "matches"),
    [(33.3152, 44.3661, True), (33.60, 44.40, True), (33.74, 44.37, True),
     (33.80, 44.37, False), (None, None, False)],
)
def test_location_within_fifty_km_matches(lat: float | None, lon: float | None,
                                          matches: bool) -> None:
    # 33.74 N is ~47 km north of Baghdad, 33.80 N ~54 km.
    pred = doc(events=[event("attack", "Other words here.", date="2024-01-08",
                             location="Somewhere", lat=lat, lon=lon)])
    gold = doc(entities=[BAGHDAD], events=[E1])
    assert score([gold], [pred])["events"]["matched"] == int(matches)


def test_location_by_alias_of_gold_entity_matches() -> None:
    city = entity("baghdad", "Baghdad", type="place", aliases=("Baghdad", "Bagdad"))
    pred = doc(events=[event("attack", "Other words here.", date="2024-01-08",
                             location="Bagdad")])
    gold = doc(entities=[city], events=[E1])
    result = score([gold], [pred])
    assert result["events"]["matched"] == 1
    assert result["arguments"]["location"] == 1.0


def test_one_prediction_matches_at_most_one_gold_event() -> None:
    twin = copy.deepcopy(E1)
    twin.weapon = "drone"
    gold = doc(entities=[KH, BAGHDAD], events=[E1, twin])
    pred = doc(entities=[KH, BAGHDAD], events=[copy.deepcopy(twin)])
    result = score([gold], [pred])
    assert result["events"]["matched"] == 1
    assert result["events"]["recall"] == 0.5
    # and the pair chosen is the best one: the weapon agrees
    assert result["arguments"]["weapon"] == 1.0


def test_arguments_after_linking_predicted_ids() -> None:
    # The system calls the group by its own id; its alias links it to the gold entity.
    sys_kh = entity("kh-system-id", "Kataib Hezbollah", aliases=("KH",))
    pred_ev = copy.deepcopy(E1)
    pred_ev.attributed_to = ["kh-system-id"]
    pred_ev.date = "2024-01-08"
    pred_ev.weapon = "rockets"
    pred_ev.killed = 3
    pred_ev.certainty = "confirmed"
    pred = doc(entities=[sys_kh, BAGHDAD], events=[pred_ev])
    result = score([doc(entities=[KH, BAGHDAD], events=[E1])], [pred])
    args = result["arguments"]
    assert args["actors"] == 1.0
    assert args["weapon"] == 1.0
    assert args["killed"] == 0.0
    assert args["certainty"] == 0.0
    assert args["date"] == 1.0


def test_date_argument_uses_gold_precision() -> None:
    pred = gold_doc()
    pred.events[1] = copy.deepcopy(E2)
    pred.events[1].date = "2024-01-20"  # gold says month 2024-01
    pred.events[0] = copy.deepcopy(E1)
    pred.events[0].date = "2024-01"  # gold says a day: a month is not enough
    result = score([gold_doc()], [pred])
    assert result["arguments"]["date"] == pytest.approx(2 / 3, abs=1e-4)


def test_relations_match_after_alias_linking() -> None:
    sys_kh = entity("kataib-hizbollah-x", "Kataib Hezbollah")
    sys_iran = entity("islamic-republic", "Islamic Republic", aliases=("Iran",))
    pred = doc(entities=[sys_kh, sys_iran], relations=[
        GoldRelation("kataib-hizbollah-x", "sponsored_by", "islamic-republic"),
        GoldRelation("kataib-hizbollah-x", "front_for", "islamic-republic"),
    ])
    result = score([gold_doc()], [pred])
    assert result["relations"]["matched"] == 1
    assert result["relations"]["precision"] == 0.5
    assert result["relations"]["recall"] == 1.0
    links = link_entities(gold_doc(), pred)
    assert links == {"kataib-hizbollah-x": "kataib-hezbollah", "islamic-republic": "iran"}


def test_allied_with_is_symmetric() -> None:
    a, b = entity("a-group", "A Group"), entity("b-group", "B Group")
    gold = doc(entities=[a, b], relations=[GoldRelation("a-group", "allied_with", "b-group")])
    pred = doc(entities=[a, b], relations=[GoldRelation("b-group", "allied_with", "a-group")])
    assert score([gold], [pred])["relations"]["f1"] == 1.0


def test_linking_share_of_aliases_resolved_to_one_entity() -> None:
    gold = doc(entities=[KH, IRAN])
    table = {"Kataib Hezbollah": "kh", "KH": "kh", "Iran": "iran"}
    assert linking_scores(gold, lambda _d, a: table.get(a)) == [(2, 2), (1, 1)]
    # "Kata'ib Hezbollah" (the name) is not an alias here: aliases are what is scored
    split = {"Kataib Hezbollah": "kh", "KH": "other", "Iran": "iran"}
    assert linking_scores(gold, lambda _d, a: split.get(a)) == [(1, 2), (1, 1)]
    # two gold entities cannot both claim one system entity
    merged = {"Kataib Hezbollah": "x", "KH": "x", "Iran": "x"}
    assert linking_scores(gold, lambda _d, a: merged.get(a)) == [(2, 2), (0, 1)]
    assert linking_scores(gold, lambda _d, _a: None) == [(0, 2), (0, 1)]
    result = score([gold], [], resolve=lambda _d, a: split.get(a))
    assert result["linking"] == pytest.approx((1 / 2 + 1) / 2, abs=1e-4)
    assert result["linking_aliases"] == pytest.approx(2 / 3, abs=1e-4)


@pytest.mark.parametrize(
    ("level", "lat", "lon", "country", "right"),
    [
        (None, 33.40, 44.40, "IQ", True),        # ~10 km
        (None, 33.60, 44.40, "IQ", False),       # ~32 km
        ("province", 33.60, 44.40, "IQ", True),  # within 50 km for a province
        ("province", 33.80, 44.40, "IQ", False),
        ("region", 33.60, 44.40, "IQ", True),
        ("country", 36.19, 44.01, "IQ", True),   # Erbil: same country is enough
        ("country", 33.3, 44.4, "IR", False),
        (None, None, None, "IQ", False),
    ],
)
def test_geocoding_thresholds(level: str | None, lat: float | None, lon: float | None,
                              country: str, right: bool) -> None:
    pred_ev = copy.deepcopy(E1)
    pred_ev.lat, pred_ev.lon, pred_ev.country = lat, lon, country
    gold = doc(entities=[KH, BAGHDAD], events=[E1])
    pred = doc(entities=[KH, BAGHDAD], events=[pred_ev])
    geo = score([gold], [pred], place_level=lambda _name: level)["geocoding"]
    assert geo["located"] == 1
    assert geo["within_25km"] == (1.0 if right else 0.0)
    assert geo["country"] == (1.0 if country == "IQ" else 0.0)


def test_gold_file_against_itself_scores_one(gold_path: object) -> None:
    gold = read_gold(str(gold_path))
    result = score(gold, copy.deepcopy(gold))
    assert result["documents"] == len(gold)
    assert result["events"]["f1"] == 1.0
    assert all(v["f1"] == 1.0 for v in result["events"]["by_type"].values())
    assert set(result["arguments"].values()) == {1.0}
    assert result["relations"]["f1"] == 1.0
    assert result["linking"] == 1.0
    assert result["geocoding"]["within_25km"] == 1.0
    assert result["geocoding"]["located"] > 0


# --- properties ------------------------------------------------------------

TYPES = ["attack", "strike", "arrest"]
WORDS = ["rockets", "struck", "base", "militia", "drone", "police", "detained", "men",
         "airstrike", "hit", "convoy", "border"]

events_st = st.builds(
    lambda t, words, day: event(t, " ".join(words), date=f"2024-01-{day:02d}",
                                date_precision="day"),
    st.sampled_from(TYPES),
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=8),
    st.integers(min_value=1, max_value=28),
)


@settings(max_examples=60, deadline=None)
@given(gold=st.lists(events_st, max_size=6), pred=st.lists(events_st, max_size=6),
       pick=st.integers(min_value=0, max_value=5))
def test_scores_stay_in_range_and_a_correct_prediction_never_lowers_recall(
    gold: list, pred: list, pick: int
) -> None:
    g = doc(events=gold)
    before = score([g], [doc(events=pred)])["events"]
    for key in ("precision", "recall", "f1"):
        assert 0.0 <= before[key] <= 1.0
    if gold:
        extra = copy.deepcopy(gold[pick % len(gold)])
        after = score([g], [doc(events=[*pred, extra])])["events"]
        assert after["recall"] >= before["recall"]
        for key in ("precision", "recall", "f1"):
            assert 0.0 <= after[key] <= 1.0


def test_ids_referenced_without_an_entity_entry_still_link() -> None:
    gold = doc(entities=[KH], relations=[GoldRelation("kataib-hezbollah", "sponsored_by",
                                                      "iran")])
    pred = doc(relations=[GoldRelation("kataib-hezbollah", "sponsored_by", "iran")])
    assert link_entities(gold, pred) == {"kataib-hezbollah": "kataib-hezbollah", "iran": "iran"}
    assert score([gold], [pred])["relations"]["f1"] == 1.0

