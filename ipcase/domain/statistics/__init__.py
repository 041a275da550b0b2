"""Supervisor statistics (DOMAIN §12): how a closed case counts, derived metrics, report periods."""
