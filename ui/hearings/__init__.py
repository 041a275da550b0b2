"""口审: scheduling, the calendars, hearing rooms, the hearing-record window."""
