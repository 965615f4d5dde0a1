"""The PostgreSQL server the suite runs its store tests on (see :mod:`axiswatch.scale.pgserver`)."""

from axiswatch.scale.pgserver import PostgresServer, PostgresUnavailable

__all__ = ["PostgresServer", "PostgresUnavailable"]
