"""调解: mediation on a case, stand-alone mediation cases, the mediator pool."""
