"""The 行政裁决书 told from the case record: procedure, requests, reasoning, orders, parties (pure)."""
