"""The credit list of 专利领域严重失信 (重复专利侵权行为, 不依法执行行政裁决): its steps, periods and matching."""
