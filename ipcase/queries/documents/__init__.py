"""Read side of documents: what a document is built from, issued documents, what waits for service."""
