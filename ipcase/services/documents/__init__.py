"""Write side of documents: issuing (numbered, immutable), corrections, batches, service records (送达)."""
