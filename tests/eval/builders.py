"""Builders for small hand-written gold and prediction documents."""

from __future__ import annotations

from typing import Any

from axiswatch.eval.gold import GoldDoc, GoldEntity, GoldEvent, GoldRelation


def entity(id: str, name: str, type: str = "armed_group", aliases: tuple[str, ...] = (),
           country: str | None = None) -> GoldEntity:
    return GoldEntity(id=id, name=name, type=type, aliases=list(aliases), country=country)


def event(type: str = "attack", evidence: str = "", **kw: Any) -> GoldEvent:
    return GoldEvent(type=type, evidence=evidence, **kw)


def doc(name: str = "a.txt", *, entities: list[GoldEntity] | None = None,
        events: list[GoldEvent] | None = None,
        relations: list[GoldRelation] | None = None) -> GoldDoc:
    return GoldDoc(doc=name, published="2024-01-10", entities=entities or [],
                   events=events or [], relations=relations or [])
