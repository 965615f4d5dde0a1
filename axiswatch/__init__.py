"""axiswatch: a cited, queryable record of armed-group activity from open-source reporting."""

__version__ = "0.1.0"
