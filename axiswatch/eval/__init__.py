"""Evaluation: scoring the extraction against gold annotations (``spec/ANNOTATION.md``).

- :mod:`~axiswatch.eval.gold`: the gold JSON Lines format, read and validated
  (``AW401``), and the writer of the system's predictions in that format;
- :mod:`~axiswatch.eval.normalize`: how names, evidence, dates, places and
  weapons are compared;
- :mod:`~axiswatch.eval.score`: the scorer, pure functions from gold and
  predictions to figures;
- :mod:`~axiswatch.eval.baseline`: the spaCy-only baseline;
- :mod:`~axiswatch.eval.runner`: ingest → extract → score, as ``axiswatch eval`` runs it;
- :mod:`~axiswatch.eval.report` and :mod:`~axiswatch.eval.explain`: the tables
  and the per-document details.
"""
