"""Ingest: reports in many formats become normalized, dated documents in the store.

- ``inputs``: what the user named (files, folders, ``-``, URLs) and their bytes, within limits;
- ``fetch``: the URL fetcher, the only network code, refusing non-public addresses;
- ``sniff``: which reader an input needs; ``decode``: bytes to text, or a clear refusal;
- one reader per format: ``text``, ``htmlpage``, ``pdf``, ``feed``, ``jsonl``
  (``xmlguard`` refuses entity declarations before any XML parser runs);
- ``metadata``: publication dates, ``sources.jsonl`` sidecars, which source wins;
- ``normalize``: the stored text form, whose hash is the document id;
- ``sections`` and ``topics``: dated headings and bundled articles;
- ``reading``: inputs to documents; ``pipeline``: documents to the store, with the log.
"""
