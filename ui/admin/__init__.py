"""设置 (administrators): office, users, holidays, deadline rules."""
