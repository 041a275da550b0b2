"""Read side of mediation: one host's sessions and agreements, stand-alone mediation cases."""
