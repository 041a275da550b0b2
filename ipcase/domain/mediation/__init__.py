"""Mediation (M25 arts 35-37, 63-70): agreements inside a case and stand-alone mediation cases, D16-D21."""
