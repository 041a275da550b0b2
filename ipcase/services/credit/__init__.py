"""Write side of the credit list (认定 → 列入 → 移出 / 信用修复) and of the enforcement steps of a ruling (D15)."""
