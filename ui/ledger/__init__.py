"""导入台账 (issue 18): the wizard that brings an office's Excel ledger in, and the list of imports with 撤销导入."""
