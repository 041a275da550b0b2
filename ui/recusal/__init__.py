"""回避: applications and decisions on a case's panel."""
