"""Read side of the field laptop (issue 14): check-outs and their status, the conflict queue, a record's 外出办案."""
