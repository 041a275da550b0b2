"""The common kit every feature uses: table model base, field widgets, messages, drafts. Imports no feature."""
