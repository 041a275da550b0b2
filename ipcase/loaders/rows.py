"""A row by its id, or the one `NotFound` every gesture and view gives for a missing id."""
from __future__ import annotations

from typing import TypeVar

from sqlalchemy.orm import Session

from ipcase.errors import NotFound

Row = TypeVar("Row")


def existing(s: Session, model: type[Row], entity: str, row_id: int, **get_options) -> Row:
    """The `model` row with `row_id`; `entity` is the name the error gives it ("case", "hearing", …).
    `get_options` go to `Session.get` (e.g. `with_for_update`)."""
    row = s.get(model, row_id, **get_options)
    if row is None:
        raise NotFound(entity, row_id)
    return row
