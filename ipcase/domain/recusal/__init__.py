"""Recusal (回避, M25 art 5): who may be challenged, on which grounds, and whether an application is in time."""
