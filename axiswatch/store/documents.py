"""Documents and their dated sections: reads and writes.

A document is stored once, under the hash of its normalized text; its sections
are written in the same transaction, so a document never exists without them.
Every function takes a connection from :meth:`Store.begin` (writes) or
:meth:`Store.connect` (reads) and runs on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from typing import Any, cast

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite

from axiswatch.errors import AxiswatchError
from axiswatch.model import Document, Precision, Section
from axiswatch.store.schema import documents, sections

_BATCH = 100

_LIST_COLUMNS = (
    documents.c.id,
    documents.c.published,
    documents.c.publisher,
    documents.c.title,
    documents.c.n_chars,
    documents.c.fmt,
    documents.c.url,
    documents.c.source_path,
    documents.c.extractor,
    documents.c.ingested_at,
)


def _insert_if_absent(conn: sa.Connection, table: sa.Table) -> Any:
    """An INSERT that does nothing when the primary key is already there."""
    if conn.dialect.name == "postgresql":
        return postgresql.insert(table).on_conflict_do_nothing()
    if conn.dialect.name == "sqlite":
        return sqlite.insert(table).on_conflict_do_nothing()
    raise NotImplementedError(f"unsupported database dialect {conn.dialect.name}")


def add_document(conn: sa.Connection, doc: Document) -> bool:
    """Store ``doc`` with its sections; ``False`` when a document with its id is already stored."""
    row = {
        "id": doc.id,
        "title": doc.title,
        "publisher": doc.publisher,
        "published": doc.published,
        "url": doc.url,
        "source_path": doc.source_path,
        "fmt": doc.fmt,
        "language": doc.language or "en",
        "text": doc.text,
        "n_chars": len(doc.text),
        "ingested_at": datetime.now(UTC),
    }
    stmt = _insert_if_absent(conn, documents).values(**row).returning(documents.c.id)
    if conn.execute(stmt).first() is None:  # the key was there: nothing inserted
        return False
    if doc.sections:
        conn.execute(
            sections.insert(),
            [
                {
                    "doc_id": doc.id,
                    "ordinal": i,
                    "heading": s.heading,
                    "ref_date": s.ref_date,
                    "date_precision": s.date_precision,
                    "start": s.start,
                    "end": s.end,
                }
                for i, s in enumerate(doc.sections)
            ],
        )
    return True


def _sections_of(conn: sa.Connection, doc_ids: list[str]) -> dict[str, list[Section]]:
    found: dict[str, list[Section]] = {i: [] for i in doc_ids}
    if not doc_ids:
        return found
    query = (
        sa.select(sections)
        .where(sections.c.doc_id.in_(doc_ids))
        .order_by(sections.c.doc_id, sections.c.ordinal)
    )
    for r in conn.execute(query).mappings():
        found[r["doc_id"]].append(
            Section(
                heading=r["heading"],
                start=r["start"],
                end=r["end"],
                ref_date=r["ref_date"],
                date_precision=cast(Precision | None, r["date_precision"]),
            )
        )
    return found


def _document(row: sa.RowMapping, secs: list[Section]) -> Document:
    return Document(
        id=row["id"],
        text=row["text"],
        title=row["title"],
        publisher=row["publisher"],
        published=row["published"],
        url=row["url"],
        source_path=row["source_path"],
        fmt=row["fmt"],
        language=row["language"],
        sections=secs,
    )


def get_document(conn: sa.Connection, doc_id: str) -> Document | None:
    """The document ``doc_id`` with its sections, or ``None``."""
    row = conn.execute(sa.select(documents).where(documents.c.id == doc_id)).mappings().first()
    if row is None:
        return None
    return _document(row, _sections_of(conn, [doc_id])[doc_id])


def resolve_document_id(conn: sa.Connection, prefix: str) -> list[str]:
    """The ids of stored documents that start with ``prefix`` (at most 10)."""
    pattern = prefix.lower().replace("\\", "").replace("%", "").replace("_", "") + "%"
    query = (
        sa.select(documents.c.id)
        .where(documents.c.id.like(pattern))
        .order_by(documents.c.id)
        .limit(10)
    )
    return [r[0] for r in conn.execute(query)]


def resolve_document_ids(conn: sa.Connection, prefixes: Iterable[str]) -> list[str]:
    """The one stored id each of ``prefixes`` names (an id or a unique id prefix).

    Raises AW202 naming the first prefix that matches no document or several.
    """
    ids: list[str] = []
    for prefix in prefixes:
        found = resolve_document_id(conn, prefix)
        if prefix in found:
            found = [prefix]
        if len(found) != 1:
            what = "no" if not found else "more than one"
            raise AxiswatchError("AW202", f"{what} document with id {prefix!r}")
        ids.extend(found)
    return ids


def list_documents(
    conn: sa.Connection, *, limit: int = 50, offset: int = 0
) -> list[dict[str, Any]]:
    """One page of documents (without their text), newest publication first, then by id.

    Each dict has ``id, published, publisher, title, n_chars, fmt, url,
    source_path, extractor, ingested_at`` and ``n_sections``.
    """
    n_sections = (
        sa.select(sa.func.count())
        .where(sections.c.doc_id == documents.c.id)
        .scalar_subquery()
        .label("n_sections")
    )
    query = (
        sa.select(*_LIST_COLUMNS, n_sections)
        .order_by(
            documents.c.published.is_(None),
            documents.c.published.desc(),
            documents.c.id,
        )
        .limit(limit)
        .offset(offset)
    )
    return [dict(r) for r in conn.execute(query).mappings()]


def iter_documents(
    conn: sa.Connection,
    *,
    pending_for: str | None = None,
    ids: Iterable[str] | None = None,
) -> Iterator[Document]:
    """Stream stored documents with their sections, in id order, a batch at a time.

    ``pending_for`` keeps the documents that extractor version has not processed
    (their ``extractor`` column differs); ``ids`` keeps only those ids. Memory
    stays bounded: documents are read by keyset pages of a hundred.
    """
    wanted = sorted(set(ids)) if ids is not None else None
    last: str | None = None
    while True:
        query = sa.select(documents).order_by(documents.c.id).limit(_BATCH)
        if pending_for is not None:
            query = query.where(
                sa.or_(documents.c.extractor.is_(None), documents.c.extractor != pending_for)
            )
        if wanted is not None:
            chunk = [i for i in wanted if last is None or i > last][:_BATCH]
            if not chunk:
                return
            query = query.where(documents.c.id.in_(chunk))
            last = chunk[-1]
        elif last is not None:
            query = query.where(documents.c.id > last)
        rows = list(conn.execute(query).mappings())
        if rows:
            secs = _sections_of(conn, [r["id"] for r in rows])
            for row in rows:
                yield _document(row, secs[row["id"]])
        if wanted is None:
            if len(rows) < _BATCH:
                return
            last = rows[-1]["id"]


def mark_extracted(conn: sa.Connection, doc_id: str, extractor: str) -> None:
    """Record that extractor version ``extractor`` has processed document ``doc_id``."""
    conn.execute(
        documents.update()
        .where(documents.c.id == doc_id)
        .values(extractor=extractor, extracted_at=datetime.now(UTC))
    )


def count_documents(conn: sa.Connection) -> int:
    """How many documents the store holds."""
    return int(conn.execute(sa.select(sa.func.count()).select_from(documents)).scalar_one())


def count_sections(conn: sa.Connection) -> int:
    """How many dated sections the stored documents have."""
    return int(conn.execute(sa.select(sa.func.count()).select_from(sections)).scalar_one())
