"""The relation cue words of the knowledge pack (``kb/data/relations.yaml``), read once."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from axiswatch.errors import AxiswatchError

CUES_PATH = Path(__file__).resolve().parents[2] / "kb" / "data" / "relations.yaml"


@dataclass(frozen=True, slots=True)
class Office:
    """A title that names the state body its holder leads or serves, in one country."""

    titles: tuple[str, ...]
    country: str
    body: str
    role: str


@dataclass(frozen=True, slots=True)
class RelationCues:
    """Cue lemmas for relations stated by the parse rather than by a phrase."""

    joint_action_verbs: frozenset[str]
    offices: tuple[Office, ...] = ()


def read_cues(path: Path) -> RelationCues:
    """Read and check a relation cue file (AW300 when it is malformed)."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise AxiswatchError("AW300", f"{path}: cannot read relation cues ({exc})") from exc
    verbs = data.get("joint_action_verbs") if isinstance(data, dict) else None
    if not isinstance(verbs, list) or not all(isinstance(v, str) and v for v in verbs):
        raise AxiswatchError("AW300", f"{path}: joint_action_verbs must be a list of lemmas")
    offices = []
    for i, row in enumerate(data.get("offices") or []):
        try:
            titles = tuple(str(t).lower() for t in row["titles"])
            office = Office(titles, str(row["country"]), str(row["body"]), str(row["role"]))
        except (KeyError, TypeError) as exc:
            raise AxiswatchError("AW300", f"{path}: offices[{i}] needs titles, country, body "
                                          f"and role ({exc})") from exc
        if office.role not in ("leader_of", "member_of") or not titles:
            raise AxiswatchError("AW300", f"{path}: offices[{i}]: role must be leader_of or "
                                          "member_of, with at least one title")
        offices.append(office)
    return RelationCues(joint_action_verbs=frozenset(v.lower() for v in verbs),
                        offices=tuple(offices))


@lru_cache(maxsize=1)
def load_cues() -> RelationCues:
    """The packaged relation cues (cached)."""
    return read_cues(CUES_PATH)
