"""Gestures on the audit trail: exporting it (an event the trail itself records). It is never changed."""
