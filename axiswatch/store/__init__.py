"""The store: documents, facts, judgements and logs in SQLite or PostgreSQL.

SQL lives only in this package. :class:`Store` opens and migrates; one module
per concept holds the reads and writes (``documents``, ``ingestlog``...).
"""

from axiswatch.store.db import Store

__all__ = ["Store"]
