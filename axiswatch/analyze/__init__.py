"""Analysis of the fused record: tempo, comparisons, pauses, change points, the actor network.

- :mod:`axiswatch.analyze.select`: the filters stats, briefings and exports share;
- :mod:`axiswatch.analyze.tempo`: daily/weekly counts, window comparison, gaps, change points;
- :mod:`axiswatch.analyze.stats`: every figure of ``axiswatch stats``;
- :mod:`axiswatch.analyze.network`: ``actor_network(conn)`` with degree and betweenness.
"""
