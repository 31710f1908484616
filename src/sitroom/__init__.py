"""sitroom: conflict reports in, a sourced, geolocated, queryable record of events and claims out."""

__version__ = "0.1.0"
