"""The one place for the Chinese labels of enum values, workflow actions and form field names, split by
feature (core: the case register; documents; intake). Import it as `from ui import labels`."""
from ui.labels.core import *  # noqa: F403
from ui.labels.documents import *  # noqa: F403
from ui.labels.evidence import *  # noqa: F403
from ui.labels.hearing_record import *  # noqa: F403
from ui.labels.hearings import *  # noqa: F403
from ui.labels.intake import *  # noqa: F403
from ui.labels.mediation import *  # noqa: F403
from ui.labels.mediation_cases import *  # noqa: F403
