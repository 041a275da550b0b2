"""Read side of hearings: sessions with their people, calendars, the hearing record."""
