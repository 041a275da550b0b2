"""The column type of every stored file name: the name is cleaned by ipcase.domain.filenames.safe_name on the way
in (whatever wrote it: a service, an import, a script through the ORM or Core) and on the way out (a name planted
in a shared database by other means never reaches a caller as a path)."""
from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.types import TypeDecorator

from ipcase.domain.filenames import safe_name


class FileName(TypeDecorator):
    """A String(length) that only ever holds a plain file name. An empty value stays empty (no file)."""
    impl = String
    cache_ok = True

    def process_bind_param(self, value, dialect):
        return safe_name(value) if value else value

    def process_result_value(self, value, dialect):
        return safe_name(value) if value else value


__all__ = ["FileName"]
