"""Every feature's labels and error texts as one set, for the screens that show data of any feature (a case's
timeline, approvals, deadline lists, the message of a failed task).

The set is composed in ui/catalogue.py, which imports the features; the common kit and the shell may not, so the
composition root (main.py, and the tests' and tools' start-up) installs it once with `install`, as it installs
the Qt translators. Before that, only the common labels and error texts are known.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ui.common import labels
from ui.common.labels import FieldScope

if TYPE_CHECKING:
    from ui.common.errors import ErrorTexts


@dataclass(frozen=True)
class Texts:
    actions: Mapping[str, str]          # gestures: workflow actions and every feature's named gestures
    timeline_kinds: Mapping[str, str]   # timeline entries that are not gestures
    deadline_codes: Mapping[str, str]
    fields: FieldScope                  # every feature's field names, where no feature is known
    scopes: Mapping[str, FieldScope]    # feature → its field names first, then every feature's
    kind_feature: Mapping[str, str]     # timeline kind or gesture → the feature that writes it
    errors: ErrorTexts

    def action(self, value) -> str:
        return labels.lookup(self.actions, value)

    def timeline_kind(self, value) -> str:
        if value in self.actions:
            return self.action(value)
        return labels.lookup(self.timeline_kinds, value)

    def deadline_code(self, value) -> str:
        return labels.lookup(self.deadline_codes, value)

    def scope(self, *, feature: str | None = None, kind: str | None = None) -> FieldScope:
        """The field names of a feature, or of the feature that wrote a timeline entry of this kind: the same key
        means different things in different features (recusal's `granted` is 决定回避, a postponement's 准予延期)."""
        name = feature or self.kind_feature.get(kind or "")
        return self.scopes.get(name, self.fields) if name else self.fields

    def describe(self, payload: dict | None, *, feature: str | None = None, kind: str | None = None) -> str:
        return self.scope(feature=feature, kind=kind).describe(payload)


_installed: Texts | None = None


def install(texts: Texts) -> None:
    """Called once by the composition root with ui.catalogue.TEXTS."""
    global _installed
    _installed = texts


def current() -> Texts:
    if _installed is None:
        from ui.common.errors import common_error_texts
        return Texts(actions={}, timeline_kinds={}, deadline_codes={}, fields=labels.COMMON, scopes={},
                     kind_feature={}, errors=common_error_texts())
    return _installed


def action(value) -> str:
    return current().action(value)


def timeline_kind(value) -> str:
    return current().timeline_kind(value)


def deadline_code(value) -> str:
    return current().deadline_code(value)


def describe(payload: dict | None, *, feature: str | None = None, kind: str | None = None) -> str:
    return current().describe(payload, feature=feature, kind=kind)
