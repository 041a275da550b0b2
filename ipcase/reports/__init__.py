"""Periodic statistics reports: assembly (periodic) and files (Excel, PDF, CSV) for the supervisors."""
