"""审计: the audit trail for the 审计员 (filters, export, the full check of the record)."""
