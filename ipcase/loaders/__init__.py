"""Reading what is stored into the domain's terms: the settings and calendar, a case's facts and snapshot, an
intake item's facts, a hearing plan's verdict, a mediation's host facts.

Both sides use these: the write side to decide, the read side to show the same answer. So this package imports
neither `ipcase.services` nor `ipcase.queries`, and nothing here writes to the database."""
