"""Administration: the office, accounts and passwords, holiday years, deadline settings, first-run setup."""
