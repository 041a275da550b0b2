"""Frozen data the services and queries return and the inputs the UI hands to services, one module per feature.
No ORM object ever leaves ipcase/."""
