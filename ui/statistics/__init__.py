"""统计: the supervisors' dashboard with drill-down, and the periodic reports."""
