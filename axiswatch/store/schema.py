"""The store's tables, declared once with SQLAlchemy Core.

The same schema runs on SQLite (one file, WAL) and PostgreSQL. Alembic
migrations under ``migrations/versions`` build it; a test checks that the
migrations and this module agree.

Layout:
- ``documents``/``sections``: ingested reports, by content hash.
- ``entities``/``aliases``: the knowledge pack plus candidate actors found in text.
- ``mentions``: surface forms in documents linked to entities.
- ``event_sources``: one row per document's report of an occurrence, with the
  values that report gives; ``events`` holds the fused occurrence (headline
  values, what the map shows); ``event_actors`` indexes events by actor role.
- ``relations``: typed links between entities; ``evidence`` holds the sentence
  behind every extracted fact (event source, relation, entity).
- ``judgements``: analysts' confirmations, edits, rejections, merges, splits.
- ``runs``/``ingest_log``: what each command run did, and every rejected input.
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

documents = sa.Table(
    "documents",
    metadata,
    sa.Column("id", sa.String(32), primary_key=True),
    sa.Column("title", sa.Text),
    sa.Column("publisher", sa.Text),
    sa.Column("published", sa.String(10)),  # ISO date, or YYYY-MM
    sa.Column("url", sa.Text),
    sa.Column("source_path", sa.Text),
    sa.Column("fmt", sa.String(16), nullable=False),
    sa.Column("language", sa.String(8), nullable=False, server_default="en"),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("n_chars", sa.Integer, nullable=False),
    sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("extractor", sa.String(64)),  # pipeline version that last processed it
    sa.Column("extracted_at", sa.DateTime(timezone=True)),
    sa.Index("ix_documents_published", "published"),
    sa.Index("ix_documents_extractor", "extractor"),
)

sections = sa.Table(
    "sections",
    metadata,
    sa.Column("doc_id", sa.String(32), sa.ForeignKey("documents.id", ondelete="CASCADE"),
              primary_key=True),
    sa.Column("ordinal", sa.Integer, primary_key=True),
    sa.Column("heading", sa.Text, nullable=False),
    sa.Column("ref_date", sa.String(10)),
    sa.Column("date_precision", sa.String(8)),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
)

entities = sa.Table(
    "entities",
    metadata,
    sa.Column("id", sa.String(128), primary_key=True),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("type", sa.String(32), nullable=False),
    sa.Column("country", sa.String(2)),
    sa.Column("source", sa.String(16), nullable=False),  # "kb" or "extracted"
    sa.Column("lat", sa.Float),
    sa.Column("lon", sa.Float),
    sa.Column("attrs", sa.JSON),  # designations, wikidata id, notes...
    sa.Column("first_seen", sa.DateTime(timezone=True)),
    sa.Column("last_seen", sa.DateTime(timezone=True)),
    sa.Index("ix_entities_type", "type"),
)

aliases = sa.Table(
    "aliases",
    metadata,
    sa.Column("entity_id", sa.String(128), sa.ForeignKey("entities.id", ondelete="CASCADE"),
              primary_key=True),
    sa.Column("norm", sa.String(256), primary_key=True),  # normalized key used for lookup
    sa.Column("alias", sa.Text, nullable=False),
    sa.Column("source", sa.String(16), nullable=False),
    sa.Index("ix_aliases_norm", "norm"),
)

mentions = sa.Table(
    "mentions",
    metadata,
    sa.Column("doc_id", sa.String(32), sa.ForeignKey("documents.id", ondelete="CASCADE"),
              primary_key=True),
    sa.Column("start", sa.Integer, primary_key=True),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("label", sa.String(32), nullable=False),
    sa.Column("entity_id", sa.String(128)),
    sa.Column("score", sa.Float, nullable=False, server_default="1"),
    sa.Column("extractor", sa.String(64), nullable=False),
    sa.Index("ix_mentions_entity", "entity_id"),
)

evidence = sa.Table(
    "evidence",
    metadata,
    sa.Column("id", sa.String(40), primary_key=True),
    sa.Column("doc_id", sa.String(32), sa.ForeignKey("documents.id", ondelete="CASCADE"),
              nullable=False),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("fact_kind", sa.String(16), nullable=False),  # event_source, relation, entity
    sa.Column("fact_id", sa.String(40), nullable=False),
    sa.Column("certainty", sa.String(16)),
    sa.Column("extractor", sa.String(64), nullable=False),
    sa.Index("ix_evidence_fact", "fact_kind", "fact_id"),
    sa.Index("ix_evidence_doc", "doc_id"),
)


def _event_columns() -> list[sa.Column[object]]:
    """The columns an occurrence has, both as one report gives it and as fused."""
    return [
        sa.Column("type", sa.String(16), nullable=False),
        sa.Column("subtype", sa.String(32)),
        sa.Column("date", sa.String(10)),
        sa.Column("date_precision", sa.String(8)),
        sa.Column("date_start", sa.Date),  # first day the stated date covers
        sa.Column("date_end", sa.Date),  # last day it covers
        sa.Column("location", sa.String(128)),
        sa.Column("location_name", sa.Text),
        sa.Column("country", sa.String(2)),
        sa.Column("lat", sa.Float),
        sa.Column("lon", sa.Float),
        sa.Column("geo_precision", sa.String(16)),
        sa.Column("actors", sa.JSON, nullable=False),
        sa.Column("claimed_by", sa.JSON, nullable=False),
        sa.Column("attributed_to", sa.JSON, nullable=False),
        sa.Column("target", sa.Text),
        sa.Column("target_actors", sa.JSON, nullable=False),
        sa.Column("weapon", sa.String(64)),
        sa.Column("killed", sa.Integer),
        sa.Column("injured", sa.Integer),
        sa.Column("certainty", sa.String(16), nullable=False),
    ]


events = sa.Table(
    "events",
    metadata,
    sa.Column("id", sa.String(40), primary_key=True),
    *_event_columns(),
    sa.Column("n_sources", sa.Integer, nullable=False, server_default="1"),
    sa.Column("summary", sa.Text),
    sa.Column("fusion", sa.JSON),  # reasons and scores of the merge decisions
    sa.Column("status", sa.String(16), nullable=False, server_default="extracted"),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    sa.Index("ix_events_date", "date_start"),
    # Covering the map and timeline filters, so a 1M-event store answers
    # from the index and reads rows only for the events that match.
    sa.Index("ix_events_type_date", "type", "date_start", "date_end", "lat", "lon", "status"),
    sa.Index("ix_events_country_date", "country", "date_start", "type", "date_end", "status"),
    sa.Index("ix_events_lat_lon", "lat", "lon"),
)

event_sources = sa.Table(
    "event_sources",
    metadata,
    sa.Column("id", sa.String(40), primary_key=True),
    sa.Column("event_id", sa.String(40), sa.ForeignKey("events.id"), nullable=False),
    sa.Column("doc_id", sa.String(32), sa.ForeignKey("documents.id", ondelete="CASCADE"),
              nullable=False),
    *_event_columns(),
    sa.Column("evidence_id", sa.String(40), nullable=False),
    sa.Column("extractor", sa.String(64), nullable=False),
    sa.Index("ix_event_sources_event", "event_id"),
    sa.Index("ix_event_sources_doc", "doc_id"),
    sa.Index("ix_event_sources_type_date", "type", "date_start"),
)

# The ``event_actors.role`` each list-valued event role is indexed under.
ROLE_ROWS = {"actors": "actor", "claimed_by": "claimed_by", "attributed_to": "attributed_to",
             "target_actors": "target"}

event_actors = sa.Table(
    "event_actors",
    metadata,
    sa.Column("event_id", sa.String(40), sa.ForeignKey("events.id", ondelete="CASCADE"),
              primary_key=True),
    sa.Column("entity_id", sa.String(128), primary_key=True),
    sa.Column("role", sa.String(16), primary_key=True),  # a value of ROLE_ROWS
    # With event_id, an actor's events are read from the index alone.
    sa.Index("ix_event_actors_entity", "entity_id", "role", "event_id"),
)

relations = sa.Table(
    "relations",
    metadata,
    sa.Column("id", sa.String(40), primary_key=True),
    sa.Column("subject", sa.String(128), nullable=False),
    sa.Column("predicate", sa.String(16), nullable=False),
    sa.Column("object", sa.String(128), nullable=False),
    sa.Column("certainty", sa.String(16), nullable=False),
    sa.Column("source", sa.String(16), nullable=False),  # "kb" or "extracted"
    sa.Column("valid_from", sa.String(10)),
    sa.Column("valid_to", sa.String(10)),
    sa.Column("status", sa.String(16), nullable=False, server_default="extracted"),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    sa.Index("ix_relations_subject", "subject", "predicate"),
    sa.Index("ix_relations_object", "object", "predicate"),
)

judgements = sa.Table(
    "judgements",
    metadata,
    sa.Column("id", sa.String(40), primary_key=True),
    sa.Column("target_kind", sa.String(16), nullable=False),  # event, event_source, relation...
    sa.Column("target_id", sa.String(128), nullable=False),
    sa.Column("action", sa.String(16), nullable=False),  # confirm, edit, reject, merge, split
    sa.Column("payload", sa.JSON),  # edited fields, or the ids merged/split
    sa.Column("author", sa.Text, nullable=False),
    sa.Column("reason", sa.Text),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Index("ix_judgements_target", "target_kind", "target_id"),
)

runs = sa.Table(
    "runs",
    metadata,
    sa.Column("id", sa.String(40), primary_key=True),
    sa.Column("command", sa.String(32), nullable=False),
    sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("finished_at", sa.DateTime(timezone=True)),
    sa.Column("stats", sa.JSON),
)

ingest_log = sa.Table(
    "ingest_log",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("run_id", sa.String(40)),
    sa.Column("source", sa.Text, nullable=False),  # file path, URL, or "<stdin>"
    sa.Column("status", sa.String(16), nullable=False),  # new, duplicate, rejected
    sa.Column("doc_id", sa.String(32)),
    sa.Column("code", sa.String(8)),
    sa.Column("message", sa.Text),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Index("ix_ingest_log_run", "run_id"),
    sa.Index("ix_ingest_log_status", "status"),
)
