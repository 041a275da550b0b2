"""Write side of hearings: rooms, scheduling and moving sessions, 回执 and postponements, the hearing record."""
