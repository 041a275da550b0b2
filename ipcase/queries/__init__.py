"""Read side: lists, details and figures as SQL projections returning DTOs; one package per feature. Never imports
the write side (ipcase.services)."""
