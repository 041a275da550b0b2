"""Write side of mediation: sessions and agreements on either host, stand-alone mediation cases, mediators."""
