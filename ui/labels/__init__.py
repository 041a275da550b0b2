"""The one place for the Chinese labels of enum values, workflow actions and form field names, split by
feature (core: the case register; documents; intake). Import it as `from ui import labels`."""
from ui.common.labels_core import *  # noqa: F403
from ui.documents.labels import *  # noqa: F403
from ui.evidence.labels import *  # noqa: F403
from ui.hearings.labels import *  # noqa: F403
from ui.hearings.record_labels import *  # noqa: F403
from ui.intake.labels import *  # noqa: F403
from ui.mediation.case_labels import *  # noqa: F403
from ui.mediation.labels import *  # noqa: F403
