"""案件: the case list, a case's detail and tabs, the request dialog, approvals and workflow actions."""
