"""The database passphrase kept in the operating system's key store, when the office chooses it (issue 13).

One entry per database file: service "ipcase", user name the file's absolute path, so two databases on one
laptop keep two passphrases. `keyring` picks the platform's store (Windows Credential Manager, macOS Keychain,
the Secret Service on a Linux desktop); where none is usable (a server without a desktop session, this build
machine) `unavailable()` says why and nothing is stored — never a plain-text fallback, which would put the key
beside the database it protects."""
from __future__ import annotations

from pathlib import Path

import keyring
from keyring.backends import fail
from keyring.errors import KeyringError, PasswordDeleteError

SERVICE = "ipcase"


class KeyStoreUnavailable(Exception):
    """No usable key store: `reason` is the store's own words (for the log and the message's detail)."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def _account(db_file: Path | str) -> str:
    return str(Path(db_file).resolve())


def unavailable() -> str | None:
    """None when a key store can be used here; otherwise the reason (the backend's name or its error)."""
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring):
        return "no keyring backend"
    try:
        if backend.priority <= 0:  # keyring's own "not recommended here" (e.g. a null backend)
            return f"{type(backend).__name__} not usable"
    except Exception as exc:  # noqa: BLE001 — a backend that cannot even say its priority is not usable
        return f"{type(backend).__name__}: {exc}"
    return None


def _require() -> None:
    reason = unavailable()
    if reason is not None:
        raise KeyStoreUnavailable(reason)


def stored_passphrase(db_file: Path | str) -> str | None:
    """The passphrase kept for this database file, or None (nothing kept, or no usable key store)."""
    if unavailable() is not None:
        return None
    try:
        return keyring.get_password(SERVICE, _account(db_file)) or None
    except KeyringError:
        return None  # a locked or broken store: the passphrase is asked as if nothing were kept


def remember(db_file: Path | str, passphrase: str) -> None:
    """Keep the passphrase of this database in the key store (KeyStoreUnavailable when there is none)."""
    _require()
    try:
        keyring.set_password(SERVICE, _account(db_file), passphrase)
    except KeyringError as exc:
        raise KeyStoreUnavailable(str(exc)) from exc


def forget(db_file: Path | str) -> bool:
    """Remove the kept passphrase of this database; False when none was kept."""
    _require()
    try:
        keyring.delete_password(SERVICE, _account(db_file))
    except PasswordDeleteError:
        return False
    except KeyringError as exc:
        raise KeyStoreUnavailable(str(exc)) from exc
    return True
