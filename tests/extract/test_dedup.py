"""Merging repeated reports of one occurrence within a document (pure records)."""

from __future__ import annotations

from axiswatch.extract.dedup import merge_repeats, same_occurrence
from axiswatch.ids import event_id
from axiswatch.model import Event, Evidence

DOC = "d0c"


def ev(start: int, etype: str = "attack", text: str | None = None, **kw: object) -> Event:
    end = start + 10
    return Event(id=event_id(DOC, etype, start, end), doc_id=DOC, type=etype,
                 evidence=Evidence(DOC, start, end, text or f"sentence {start}"),
                 **kw)  # type: ignore[arg-type]


def test_same_day_same_actor_is_one_occurrence() -> None:
    a = ev(0, date="2024-08-25", date_precision="day", actors=["hezbollah"])
    b = ev(100, date="2024-08-25", date_precision="day", actors=["hezbollah"], killed=1)
    [merged] = merge_repeats([a, b])
    assert merged.evidence.start == 0 and merged.killed == 1


def test_conflicts_keep_events_apart() -> None:
    a = ev(0, date="2024-08-25", date_precision="day", actors=["hezbollah"])
    other_day = ev(100, date="2024-08-20", date_precision="day", actors=["hezbollah"])
    other_actor = ev(200, date="2024-08-25", date_precision="day", actors=["houthis"])
    other_type = ev(300, etype="strike", date="2024-08-25", date_precision="day",
                    actors=["hezbollah"])
    assert len(merge_repeats([a, other_day, other_actor, other_type])) == 4
    assert not same_occurrence(a, ev(5, date="2024-08-25", date_precision="day",
                                     actors=["hezbollah"]))  # overlapping spans: one sentence


def test_a_later_more_precise_report_gives_the_evidence_and_date() -> None:
    a = ev(0, "killing", date="2020-01", date_precision="month", target_actors=["x-person"])
    b = ev(100, "killing", date="2020-01-03", date_precision="day", target_actors=["x-person"])
    [merged] = merge_repeats([a, b], explicit=frozenset({a.id, b.id}))
    assert (merged.date, merged.evidence.start) == ("2020-01-03", 100)
    assert merged.id == event_id(DOC, "killing", 100, 110)


def test_a_vague_mention_joins_the_last_event_of_its_type_in_its_section() -> None:
    first = ev(0, "protest", date="2024-08-05", date_precision="day", location="iran")
    vague = ev(100, "protest", date="2024-08", date_precision="month")
    [merged] = merge_repeats([first, vague], explicit=frozenset({first.id}))
    assert merged.date == "2024-08-05"
    sections = {first.id: 1, vague.id: 2}
    apart = merge_repeats([ev(0, "protest", date="2024-08-05", date_precision="day",
                              location="iran"),
                           ev(100, "protest", date="2024-08", date_precision="month")],
                          explicit=frozenset({first.id}),
                          section_of=lambda e: sections[e.id])
    assert len(apart) == 2


def test_a_mention_that_continues_the_story_joins_a_kindred_event() -> None:
    lead = ev(0, "killing", date="2024-07-30", date_precision="day", location="haret-hreik",
              lat=33.85, lon=35.51, actors=["israel"])
    toll = ev(100, "strike", date="2024-07-30", date_precision="day", killed=3)
    [merged] = merge_repeats([lead, toll], explicit=frozenset({lead.id}),
                             dependent=frozenset({toll.id}))
    assert (merged.type, merged.killed, merged.evidence.start) == ("killing", 3, 0)
    # a district a few kilometres from the city named first is no contradiction
    near = ev(100, "strike", location="beirut", lat=33.89, lon=35.50)
    assert len(merge_repeats([lead, near], dependent=frozenset({near.id}))) == 1


def test_a_continuing_mention_that_contradicts_stays_apart() -> None:
    lead = ev(0, "attack", date="2024-01-28", date_precision="day", location="tower-22",
              lat=33.32, lon=38.69)
    far = ev(100, "attack", location="erbil", lat=36.19, lon=44.01)
    other_day = ev(200, "attack", date="2024-01-20", date_precision="day",
                   location="tower-22", lat=33.32, lon=38.69)
    statement = ev(300, "statement", actors=["iran"])
    out = merge_repeats([lead, far, other_day, statement],
                        explicit=frozenset({lead.id, other_day.id}),
                        dependent=frozenset({far.id, other_day.id, statement.id}))
    assert len(out) == 4
    # a date the mention only takes from its context contradicts nothing
    assert len(merge_repeats([lead, other_day], explicit=frozenset({lead.id}),
                             dependent=frozenset({other_day.id}))) == 1
    assert len(merge_repeats([lead, far])) == 2  # without the reference, apart


def test_a_facility_and_the_town_it_stands_in_are_one_site() -> None:
    city = ev(0, "strike", date="2024-04-01", date_precision="day", location="damascus",
              lat=33.51, lon=36.29, geo_precision="city")
    site = ev(100, "strike", date="2024-04", date_precision="month",
              location="iranian-embassy-in-damascus", lat=33.50, lon=36.26,
              geo_precision="facility", actors=["israel"])
    [merged] = merge_repeats([city, site], explicit=frozenset({city.id}))
    assert merged.actors == ["israel"] and merged.date == "2024-04-01"
    other_day = ev(100, "strike", date="2024-03-20", date_precision="day",
                   location="iranian-embassy-in-damascus", lat=33.50, lon=36.26,
                   geo_precision="facility")
    assert len(merge_repeats([city, other_day], explicit=frozenset({city.id, other_day.id}))) \
        == 2


def test_a_continuing_mention_joins_the_event_of_its_day_before_one_of_its_party() -> None:
    killing = ev(0, "killing", date="2024-02-07", date_precision="day", location="baghdad")
    older = ev(100, "attack", date="2024-01", date_precision="month",
               attributed_to=["kataib-hezbollah"])
    strike = ev(200, "strike", date="2024-02-07", date_precision="day",
                actors=["us-central-command"], attributed_to=["kataib-hezbollah"])
    out = merge_repeats([killing, older, strike], explicit=frozenset({killing.id, older.id}),
                        dependent=frozenset({strike.id}))
    assert [(e.type, e.actors) for e in out] == [("killing", ["us-central-command"]),
                                                  ("attack", [])]


def test_a_summary_bullet_and_the_body_tell_one_declaration() -> None:
    bullet = ev(0, "statement", "- The ministry denied any role.", subtype="denial",
                date="2024-01-29", date_precision="day", actors=["a-ministry"])
    body = ev(100, "statement", "Its spokesman said the country played no part.",
              subtype="denial", date="2024-01-29", date_precision="day",
              actors=["a-spokesman"])
    [merged] = merge_repeats([bullet, body])
    assert merged.actors == ["a-ministry", "a-spokesman"]
    plain = ev(0, "statement", "The ministry denied any role.", subtype="denial",
               date="2024-01-29", date_precision="day", actors=["a-ministry"])
    body = ev(100, "statement", "Its spokesman said the country played no part.",
              subtype="denial", date="2024-01-29", date_precision="day",
              actors=["a-spokesman"])
    threat = ev(100, "statement", "- Its spokesman warned of a response.", subtype="threat",
                date="2024-01-29", date_precision="day", actors=["a-spokesman"])
    assert len(merge_repeats([plain, body])) == 2  # no bullet: two voices, two statements
    assert len(merge_repeats([plain, threat])) == 2  # a denial and a threat


def test_whom_a_report_blames_does_not_part_a_continuing_mention_but_another_site_does() -> None:
    lead = ev(0, "attack", date="2024-01-20", date_precision="day", location="a-base",
              lat=33.78, lon=42.44, geo_precision="facility", claimed_by=["a-front"])
    more = ev(100, "attack", date="2024-01", date_precision="month",
              attributed_to=["some-militias"])
    [merged] = merge_repeats([lead, more], explicit=frozenset({lead.id}),
                             dependent=frozenset({more.id}))
    assert merged.attributed_to == ["some-militias"]
    other_site = ev(100, "attack", date="2024-01-20", date_precision="day",
                    location="another-base", lat=33.60, lon=42.44, geo_precision="facility")
    assert len(merge_repeats([lead, other_site], dependent=frozenset({other_site.id}))) == 2


def test_a_dated_reference_to_a_strike_joins_the_killing_it_did_in_another_section() -> None:
    killing = ev(0, "killing", date="2024-03-07", date_precision="day", actors=["united-states"],
                 target_actors=["x-person"])
    later = ev(100, "strike", date="2024-03-07", date_precision="day")
    sections = {killing.id: 1, later.id: 2}
    explicit = frozenset({killing.id, later.id})
    [merged] = merge_repeats([killing, later], explicit=explicit,
                             dependent=frozenset({later.id}), section_of=lambda e: sections[e.id])
    assert (merged.type, merged.evidence.start) == ("killing", 0)
    # a strike told as an event of its own on that day stays apart from the killing
    assert len(merge_repeats([killing, later], explicit=explicit,
                             section_of=lambda e: sections[e.id])) == 2
    other_day = ev(100, "strike", date="2024-03-08", date_precision="day")
    assert len(merge_repeats([killing, other_day], explicit=frozenset({killing.id, other_day.id}),
                             dependent=frozenset({other_day.id}),
                             section_of=lambda e: {killing.id: 1, other_day.id: 2}[e.id])) == 2


def test_a_reference_back_with_nothing_of_its_kind_in_its_section_joins_the_one_before(
) -> None:
    bombing = ev(0, date="2024-08-05", date_precision="day", location="x-town",
                 claimed_by=["x-group"])
    arrest = ev(100, "arrest", date="2024-08-07", date_precision="day")
    reference = ev(200, date="2024-08-07", date_precision="day", actors=["x-branch"])
    sections = {bombing.id: 1, arrest.id: 2, reference.id: 2}
    [merged, _arrest] = merge_repeats(
        [bombing, arrest, reference], anaphoric=frozenset({reference.id}),
        section_of=lambda e: sections[e.id])
    assert (merged.date, merged.actors) == ("2024-08-05", ["x-branch"])
    other = ev(300, date="2024-08-07", date_precision="day", actors=["x-branch"])
    sections[other.id] = 2
    assert len(merge_repeats([bombing, other], section_of=lambda e: sections[e.id])) == 2


def test_a_state_and_its_forces_are_one_side() -> None:
    a = ev(0, "strike", date="2024-08-05", date_precision="day", actors=["x-guards"])
    b = ev(100, "strike", date="2024-08-05", date_precision="day", actors=["x-state"])
    sides = {"x-guards": "XX", "x-state": "XX"}
    assert len(merge_repeats([a, b])) == 2
    [merged] = merge_repeats([a, b], side_of=lambda i: sides.get(i, i))
    assert merged.actors == ["x-guards"]  # the repeat names the same side: no new party


def test_a_repeat_by_a_body_of_the_state_told_adds_no_party_but_another_side_does() -> None:
    sides = {"x-state": "XX", "x-command": "XX", "y-state": "YY"}
    a = ev(0, "strike", date="2024-08-05", date_precision="day", actors=["x-state"])
    b = ev(100, "strike", date="2024-08-05", date_precision="day", actors=["x-command"],
           claimed_by=["x-command"])
    c = ev(200, "strike", date="2024-08-05", date_precision="day", actors=["y-state"])
    [merged] = merge_repeats([a, b], side_of=lambda i: sides.get(i, i))
    assert (merged.actors, merged.claimed_by) == (["x-state"], [])
    joint = ev(300, "strike", date="2024-08-05", date_precision="day",
               actors=["x-state", "y-state"])
    [merged] = merge_repeats([joint, c], side_of=lambda i: sides.get(i, i))
    assert merged.actors == ["x-state", "y-state"]


def test_a_doerless_undated_mention_at_the_town_of_a_killing_is_that_killing() -> None:
    town = {"location": "baghdad", "geo_precision": "town", "lat": 33.34, "lon": 44.4,
            "country": "IQ"}
    told = ev(0, etype="killing", date="2024-02-07", date_precision="day",
              actors=["us-central-command"], **town)
    named_again = ev(100, etype="killing", date="2024-02-07", date_precision="day", **town)
    [merged] = merge_repeats([told, named_again], explicit=frozenset({told.id}))
    assert merged.actors == ["us-central-command"]
    # a country is no site: two killings told only "in Iran" stay apart
    country = {"location": "iran", "geo_precision": "country", "country": "IR"}
    a = ev(0, etype="killing", date="2024-02-07", date_precision="day", actors=["x"],
           **country)
    b = ev(100, etype="killing", date="2022-09", date_precision="month", **country)
    assert len(merge_repeats([a, b], explicit=frozenset({a.id}))) == 2


def test_two_denials_in_the_body_are_two_but_a_key_point_restates_one() -> None:
    body = ev(0, etype="statement", subtype="denial", actors=["iran"], date="2024-01-29",
              date_precision="day", text="Iran denied arming the group.")
    other = ev(100, etype="statement", subtype="denial", actors=["iran"], date="2024-01-29",
               date_precision="day", text="Tehran also denied plotting the killing.")
    assert len(merge_repeats([body, other])) == 2
    bullet = ev(0, etype="statement", subtype="denial", actors=["iran"], date="2024-01-29",
                date_precision="day", text="- Iran's foreign ministry denied any role.")
    told = ev(100, etype="statement", subtype="denial", actors=["iran"], date="2024-01-29",
              date_precision="day", text="A spokesman said Iran played no part in it.")
    assert len(merge_repeats([bullet, told])) == 1


def test_a_day_apart_at_one_site_may_tell_one_blow_but_not_in_one_country() -> None:
    at_base = {"location": "tower-22", "geo_precision": "facility", "country": "JO"}
    a = ev(0, date="2024-01-28", date_precision="day", **at_base)
    b = ev(100, date="2024-01-29", date_precision="day",
           claimed_by=["islamic-resistance-in-iraq"], **at_base)
    [merged] = merge_repeats([a, b])
    assert merged.claimed_by == ["islamic-resistance-in-iraq"]
    two_days = ev(200, date="2024-01-31", date_precision="day", **at_base)
    assert len(merge_repeats([a, two_days])) == 2
    in_country = {"location": "jordan", "geo_precision": "country", "country": "JO"}
    assert len(merge_repeats([ev(0, date="2024-01-28", date_precision="day", **in_country),
                              ev(100, date="2024-01-29", date_precision="day",
                                 **in_country)])) == 2


def test_a_repeat_that_names_the_site_refines_a_country_or_province() -> None:
    a = ev(0, date="2024-08-25", date_precision="day", actors=["hezbollah"],
           location="syria", lat=35.0, lon=38.5, country="SY", geo_precision="country")
    b = ev(100, date="2024-08-25", date_precision="day", actors=["hezbollah"],
           location="palmyra", lat=34.56, lon=38.27, country="SY", geo_precision="town")
    [merged] = merge_repeats([a, b])
    assert merged.location == "palmyra" and merged.geo_precision == "town"


def test_a_site_in_another_country_or_at_sea_does_not_refine() -> None:
    a = ev(0, date="2024-08-25", date_precision="day", actors=["houthis"],
           location="red-sea", lat=20.0, lon=38.5, country=None, geo_precision="region")
    b = ev(100, date="2024-08-25", date_precision="day", actors=["houthis"],
           location="hodeidah", lat=14.8, lon=42.95, country="YE", geo_precision="town")
    merged = merge_repeats([a, b])
    assert merged[0].location == "red-sea"


def test_a_plot_dated_by_its_arrest_takes_the_period_it_was_hatched_in() -> None:
    # "charged on Monday with plotting to kill X", then "the plot began in May 2022"
    charged = ev(0, "plot", date="2024-03-11", date_precision="day", actors=["quds-force"])
    began = ev(100, "plot", date="2022-05", date_precision="month", actors=["quds-force"])
    [merged] = merge_repeats([charged, began], explicit=frozenset({began.id}))
    assert (merged.date, merged.evidence.start) == ("2022-05", 100)


def test_two_plots_with_stated_periods_of_their_own_stay_apart() -> None:
    a = ev(0, "plot", date="2024-03-11", date_precision="day", actors=["quds-force"])
    b = ev(100, "plot", date="2022-05", date_precision="month", actors=["quds-force"])
    assert len(merge_repeats([a, b], explicit=frozenset({a.id, b.id}))) == 2


def test_the_report_that_states_a_plots_date_is_its_evidence() -> None:
    # a plot dated only by the sentence after it, then that sentence's own report of it
    named = ev(0, "plot", date="2021-06", date_precision="month", target="a former envoy",
               actors=["quds-force"])
    dated = ev(100, "plot", date="2021-06", date_precision="month", actors=["quds-force"])
    [merged] = merge_repeats([named, dated], explicit=frozenset({dated.id}))
    assert merged.evidence.start == 100 and merged.target == "a former envoy"


def test_a_denial_of_the_charges_told_before_restates_the_denial_before_it() -> None:
    def denial(start: int, text: str, actor: str = "iran") -> Event:
        return ev(start, etype="statement", subtype="denial", actors=[actor],
                  date="2025-05-06", date_precision="day", text=text)

    first = "The militia denied any part in the shelling."
    cases = [
        ("The group rejected the accusations as lies.", "iran", 1),
        ("Its spokesman dismissed the claim, calling it slander.", "iran", 1),
        ("It rejected the reports that it had bought the drones.", "iran", 2),
        ("It also denied sending fighters to the border.", "iran", 2),
        ("The ministry rejected the accusations as lies.", "syria", 2),
    ]
    for text, actor, told in cases:
        assert len(merge_repeats([denial(0, first), denial(100, text, actor)])) == told, text
