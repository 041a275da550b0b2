"""The shell: application start, main window and navigation, task runner, window state, translations.
Imports no feature: the sections are handed in by the composition root."""
