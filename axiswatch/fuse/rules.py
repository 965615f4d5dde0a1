"""The fusion rules, read once from ``fuse/data/rules.yaml`` into a frozen object."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml

from axiswatch.errors import AxiswatchError

RULES_PATH = Path(__file__).parent / "data" / "rules.yaml"


@dataclass(frozen=True, slots=True)
class Rules:
    """Thresholds, windows and weights of the fusion decision."""

    type_family: MappingProxyType[str, str]
    day_window: int
    block_precisions: tuple[str, ...]
    radius_km: MappingProxyType[str, float]
    weights: MappingProxyType[str, float]
    threshold: float
    threshold_adjacent_day: float
    ambiguity_margin: float
    subtype_mismatch: float
    side_predicates: tuple[str, ...]
    chain_predicates: tuple[str, ...]

    def family(self, event_type: str) -> str:
        """The family of ``event_type`` (the type itself when it has none)."""
        return self.type_family.get(event_type, event_type)


def rules_from_dict(data: dict[str, Any], origin: str = "rules") -> Rules:
    """Build :class:`Rules` from parsed YAML; AW300 names what is wrong."""
    try:
        family = {t: name for name, types in data["type_families"].items() for t in types}
        weights = {k: float(v) for k, v in data["weights"].items()}
        if abs(sum(weights.values()) - 1.0) > 1e-6:
            raise ValueError(f"weights sum to {sum(weights.values())}, not 1")
        return Rules(
            type_family=MappingProxyType(family),
            day_window=int(data["day_window"]),
            block_precisions=tuple(data["block_precisions"]),
            radius_km=MappingProxyType({k: float(v) for k, v in data["radius_km"].items()}),
            weights=MappingProxyType(weights),
            threshold=float(data["threshold"]),
            threshold_adjacent_day=float(data["threshold_adjacent_day"]),
            ambiguity_margin=float(data["ambiguity_margin"]),
            subtype_mismatch=float(data["subtype_mismatch"]),
            side_predicates=tuple(data["side_predicates"]),
            chain_predicates=tuple(data["chain_predicates"]),
        )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise AxiswatchError("AW300", f"{origin}: invalid fusion rules: {exc}") from exc


@cache
def load_rules(path: str | None = None) -> Rules:
    """The fusion rules (cached)."""
    source = Path(path) if path else RULES_PATH
    with source.open(encoding="utf-8") as fh:
        return rules_from_dict(yaml.safe_load(fh), str(source))
