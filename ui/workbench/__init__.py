"""工作台: my deadlines, today's hearings and the approvals waiting for me."""
