"""The offline geocoder: GeoNames places plus the knowledge pack's places and facilities.

>>> from axiswatch.geo import load_geocoder
>>> load_geocoder().resolve_phrase("western Anbar province").precision
'province'
"""

from axiswatch.geo.geocoder import Geocoder, load_geocoder
from axiswatch.geo.place import Place, haversine_km

__all__ = ["Geocoder", "Place", "haversine_km", "load_geocoder"]
