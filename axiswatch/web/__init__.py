"""The analyst's page and the JSON API over the store.

- :mod:`axiswatch.web.app`: ``create_app(store)``, the FastAPI application;
- :mod:`axiswatch.web.routes`: one router per concept (events and the map,
  actors and the network, stats, search, documents, the review queue, pages);
- :mod:`axiswatch.web.params`: query-string filters validated into an
  :class:`axiswatch.store.queries.EventFilter`;
- :mod:`axiswatch.web.security`: headers on every response, the bearer token
  of writes; :mod:`axiswatch.web.errors`: the JSON error shape (AW6xx);
- :mod:`axiswatch.web.assets`: front-end libraries from ``frontend/node_modules``
  (installed by ``npm ci``) served through an allow-list;
- ``templates/page.html`` and ``static/``: the page, plain ES modules that build
  every element from API data with DOM calls (report text is only ever text).
"""
