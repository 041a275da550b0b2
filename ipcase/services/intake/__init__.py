"""Write side of the intake register: registering, triage outcomes, letters, routing settings."""
