"""The knowledge pack: actors, places and facilities as data (YAML under ``kb/data``).

>>> from axiswatch.kb import load_pack
>>> pack = load_pack()
>>> pack.lookup("Kataib Hezbollah")
['kataib-hezbollah']
"""

from axiswatch.kb.normalize import alias_key
from axiswatch.kb.pack import Pack, PackProblem, UnknownEntry, load_pack

__all__ = ["Pack", "PackProblem", "UnknownEntry", "alias_key", "load_pack"]
