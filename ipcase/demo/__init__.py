"""Demo data built through the real services: office.py fills an empty default database at first start (the
entry point), one module per feature adds its part; bulk.py generates a large register for load tests."""
