"""Persistence: engine, unit-of-work sessions, the ORM models (one module per feature) and Alembic migrations."""
