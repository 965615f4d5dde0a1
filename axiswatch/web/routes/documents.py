"""Documents: the list, and one document's text with the evidence spans it holds."""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request

from axiswatch.store.documents import count_documents, get_document, list_documents
from axiswatch.store.queries import evidence_in_document
from axiswatch.web.errors import ApiError

router = APIRouter(prefix="/api", tags=["documents"])


def _plain(row: dict[str, Any]) -> dict[str, Any]:
    return {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in row.items()}


@router.get("/documents")
def documents(
    request: Request,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
) -> dict[str, Any]:
    """Stored documents, newest first."""
    with request.app.state.store.connect() as conn:
        rows = list_documents(conn, limit=limit, offset=offset)
        total = count_documents(conn)
    return {"total": total, "documents": [_plain(r) for r in rows]}


@router.get("/documents/{doc_id}")
def document(request: Request, doc_id: Annotated[str, Path(max_length=64)]) -> dict[str, Any]:
    """A document's text and sections, and every evidence span in it (character offsets)."""
    with request.app.state.store.connect() as conn:
        doc = get_document(conn, doc_id)
        if doc is None:
            raise ApiError(404, "AW603", f"no document {doc_id!r}")
        spans = evidence_in_document(conn, doc_id)
    return {"document": asdict(doc), "evidence": spans}
