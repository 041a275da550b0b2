"""证据: a case's evidence register, investigation records and evidence periods."""
