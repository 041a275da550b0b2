"""Read side of the ledger import: the mapping proposed for a sheet, the office's imports."""
