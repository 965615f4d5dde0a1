"""Relations between entities from text patterns over the parse and the mentions.

"X, backed by Y" / "Y-backed X" -> sponsored_by; "X, a front for Y" ->
front_for; "X is part of Y" -> part_of; "X leader Y" -> leader_of;
"operative of X" -> member_of; "founded by" -> founded_by; "alongside" ->
allied_with; "US-designated X" -> designated_by; "FACILITY in PLACE" ->
located_in. One module per family of patterns: the cue table
(``patterns``), one sentence's pairs and appositions (``sentence``), the words
between two names (``spans``), the grammar of a clause (``clauses``), aid told by a
noun ("Iran's sponsorship of X", ``aid``), alliances of two names (``alliances``),
designations told by a noun ("X's designation by Y", ``listings``), the groups a name is
one of ("X is one of the militias that form Y", ``members``), titles,
offices and unit names (``titles``), facilities (``places``), states acting
together (``joint``), words that stand for a name said before (``anaphora``)
and the cue words of the pack (``cues``, ``kb/data/relations.yaml``); and the
relations a designation or a delivery states by itself (``events``).
"""

from axiswatch.extract.relations.events import event_relations
from axiswatch.extract.relations.sentence import sentence_relations

__all__ = ["event_relations", "sentence_relations"]
