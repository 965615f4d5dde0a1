"""axiswatch.ingest"""
