"""The PySide6 desktop UI of ipcase. Imports ipcase.services/queries/dto/errors/domain, never the database."""
from ui import qt_compat as _qt_compat

# Before any signal is emitted anywhere in the UI (see ui/qt_compat.py for the PySide6 6.12 bug).
_qt_compat.install()
