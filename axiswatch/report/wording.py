"""Sentences of a briefing, built only from stored event values.

One event becomes one or two sentences: what happened, when and where (with
the certainty worded: "reportedly", "likely", "allegedly"), casualties (the
conservative headline figure, and the range when reports differ), who claimed
it, who carried it out or is held responsible, and that group's attribution
chain ("Kata'ib Hezbollah, part of the Islamic Resistance in Iraq and backed
by the Quds Force"). Wording and theatres are data (``report/data/wording.yaml``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import yaml

WORDING_PATH = Path(__file__).parent / "data" / "wording.yaml"
PRONOUNS = frozenset({"it", "them", "this", "that", "these", "those", "him", "her", "us"})
CHAIN_PREDICATES = ("front_for", "part_of", "member_of", "leader_of", "sponsored_by")


@cache
def wording() -> dict[str, Any]:
    """The wording tables (cached)."""
    with WORDING_PATH.open(encoding="utf-8") as fh:
        data: dict[str, Any] = yaml.safe_load(fh)
    return data


def theatre_of(event: Mapping[str, Any]) -> str:
    """The theatre a briefing files an event under."""
    data = wording()
    for theatre in data["theatres"]:
        if event.get("country") in theatre.get("countries", ()) or (
                event.get("location") and event["location"] in theatre.get("locations", ())):
            return str(theatre["name"])
    return str(data["fallback_theatre"])


def theatre_order() -> list[str]:
    """Theatre names in briefing order, the fallback last."""
    data = wording()
    return [t["name"] for t in data["theatres"]] + [data["fallback_theatre"]]


def _date_phrase(event: Mapping[str, Any]) -> str:
    raw = event.get("date_start") or event.get("date")
    if not raw:
        return ""
    try:
        day = date.fromisoformat(str(raw)[:10])
    except ValueError:
        return ""
    precision = event.get("date_precision") or "day"
    if precision == "day":
        return f"On {day.day} {day:%B %Y}"
    if precision == "month":
        return f"In {day:%B %Y}"
    return f"In {day.year}"


def _names(ids: Sequence[str], name: Callable[[str], str]) -> str:
    items = [name(i) for i in ids]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def noun(event: Mapping[str, Any]) -> str:
    """The noun phrase for an event's type and subtype ("drone attack", "air strike")."""
    data = wording()
    etype, sub = event["type"], event.get("subtype")
    if sub and sub in data["subtype_noun"]:
        return str(data["subtype_noun"][sub])
    base = str(data["type_noun"].get(etype, etype))
    return f"{sub.replace('_', ' ')} {base}" if sub else base


def _article(phrase: str) -> str:
    return ("an " if phrase[:1].lower() in "aeiou" else "a ") + phrase


def chain_phrase(steps: Sequence[Mapping[str, Any]], start: str | None = None) -> str:
    """ "part of X and backed by Y": the first links of an attribution chain, hedged.

    Only links that continue from ``start`` through links already worded are kept
    (a person's group's sponsor is not the person's).
    """
    data = wording()
    parts = []
    reached = {start} if start else None
    for step in steps:
        if step["predicate"] not in CHAIN_PREDICATES or step["depth"] > 2:
            continue
        if reached is not None:
            if step["subject"] not in reached:
                continue
            reached.add(step["object"])
        hedge = data["path_hedge"].get(step["path_certainty"], "")
        parts.append(f"{hedge}{data['predicate'][step['predicate']]} {step['object_name']}")
        if len(parts) == 3:
            break
    if not parts:
        return ""
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def event_sentences(event: Mapping[str, Any], name: Callable[[str], str],
                    chains: Mapping[str, Sequence[Mapping[str, Any]]],
                    figures: Mapping[str, Sequence[int]] | None = None) -> list[str]:
    """The sentences that state ``event`` (plain text; the caller escapes and footnotes)."""
    data = wording()
    certainty = event.get("certainty") or "confirmed"
    what = noun(event)
    where = event.get("location_name")
    country = event.get("country")
    country_name = _country_name(country)
    if where and (event.get("geo_precision") in ("country", "region")
                  or where == country_name):
        place = f" in {where}"
    elif where:
        place = f" at {where}" + (f" ({country_name})" if country_name else "")
    else:
        place = f" in {country_name}" if country_name else ""
    when = _date_phrase(event)
    first = f"{when}, " if when else ""
    doers = list(event.get("actors") or [])
    verb = data["actor_verb"].get(event["type"])
    if verb:
        verb = data["subtype_verb"].get(event.get("subtype") or "", verb)
    claimants = list(event.get("claimed_by") or [])
    speakers = doers or claimants  # who made the statement, set the sanction...
    if verb and speakers:
        hedge = data["hedge"].get(certainty, "")
        first += f"{_names(speakers, name)} {hedge}{verb} {_article(what)}{place}"
    else:
        lead = _article(what)
        first += f"{lead if when else lead[0].upper() + lead[1:]} "
        first += f"{data['happened'].get(certainty, 'took place')}{place}"
    target = event.get("target")
    if target and target.strip().lower() in PRONOUNS:
        target = None
    if target and not (where and target.strip().lower() in where.lower()):
        first += f", targeting {target}"
    killed, injured = event.get("killed"), event.get("injured")
    figures = figures or {}
    harm = []
    if killed is not None:
        harm.append(f"killing {killed}" + _range(killed, figures.get("killed")))
    if injured is not None:
        harm.append(f"injuring {injured}" + _range(injured, figures.get("injured")))
    if harm:
        first += ", " + " and ".join(harm)
    sentences = [first + "."]
    second = []
    if claimants and not (verb and not doers):
        second.append(f"{_names(claimants, name)} claimed it")
    if doers and not verb:
        template = data["held_responsible"]["confirmed" if certainty == "claimed"
                                            else certainty]
        second.append(template.format(who=_names(doers, name)))
    held = [a for a in event.get("attributed_to") or [] if a not in doers]
    if held:
        second.append(data["attributed"].format(who=_names(held, name)))
    if second:
        sentences.append(second[0][0].upper() + second[0][1:] +
                         "".join(f"; {s}" for s in second[1:]) + ".")
    for entity in dict.fromkeys([*claimants, *held, *doers]):
        phrase = chain_phrase(chains.get(entity, ()), entity)
        if phrase:
            sentences.append(data["chain"].format(who=name(entity), chain=phrase))
    return sentences


def _country_name(iso2: str | None) -> str:
    if not iso2:
        return ""
    from axiswatch.export.acled import country_info

    return str(country_info(iso2).get("name") or iso2)


def _range(headline: int, values: Sequence[int] | None) -> str:
    if not values:
        return ""
    low, high = min(values), max(values)
    if low == high:
        return ""
    return f" (reports range from {low} to {high}; the lowest figure is used)"
