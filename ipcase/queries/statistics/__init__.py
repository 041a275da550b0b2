"""Supervisor statistics as SQL aggregates that run the same on SQLite and PostgreSQL."""
