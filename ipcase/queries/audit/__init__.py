"""Reading the audit trail (the 审计员; the administrator only where the office turned 三员分立 off)."""
