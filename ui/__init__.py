"""The PySide6 desktop UI of ipcase. Imports ipcase.services/queries/dto/errors/domain, never the database."""
