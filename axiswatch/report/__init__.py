"""Briefings: key takeaways by theatre, footnoted to their sources, with a chart and a map.

- :mod:`axiswatch.report.briefing`: the briefing as data, and writing it out;
- :mod:`axiswatch.report.wording`: sentences from stored values (wording as data);
- :mod:`axiswatch.report.render`: Markdown and HTML through Jinja2 templates;
- :mod:`axiswatch.report.chart`, :mod:`axiswatch.report.mapsvg`, :mod:`axiswatch.report.pdf`.
"""
