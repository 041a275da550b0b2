"""One exception root. Subclasses carry data (field, code, values), never UI sentences:
each feature's ui/<feature>/errors.py turns them into translated messages."""
from __future__ import annotations


class IpcaseError(Exception):
    """Root of every error the core raises on purpose."""


class ValidationFailed(IpcaseError):
    """A field's value is wrong. `field` is the stable field key, `reason` a code such as
    'required', 'format', 'check_digit', 'range'; `detail` is extra data (e.g. expected check char)."""

    def __init__(self, field: str, reason: str, detail: str = "", *, value: object = None):
        super().__init__(f"{field}: {reason}{' (' + detail + ')' if detail else ''}")
        self.field = field
        self.reason = reason
        self.detail = detail
        self.value = value


class ValidationErrors(IpcaseError):
    """Several fields are wrong at once, so a form can mark every one of them."""

    def __init__(self, errors: list[ValidationFailed]):
        super().__init__("; ".join(str(e) for e in errors))
        self.errors = errors


class TransitionRefused(IpcaseError):
    """The state machine refuses an event. `code` names the guard that failed."""

    def __init__(self, event: str, state: str, code: str, detail: str = ""):
        super().__init__(f"{event} refused in {state}: {code}{' (' + detail + ')' if detail else ''}")
        self.event = event
        self.state = state
        self.code = code
        self.detail = detail


class PermissionDenied(IpcaseError):
    def __init__(self, action: str, role: str | None):
        super().__init__(f"{action} not allowed for role {role}")
        self.action = action
        self.role = role


class OfficeRefused(PermissionDenied):
    """A change in another office's record (issue 12). `reason` is "read_only" (a supervising office may look
    at its sub-office's record, not change it) or "other_office" (anything else outside the actor's office)."""

    def __init__(self, action: str, role: str | None, office_id: int | None, reason: str):
        super().__init__(action, role)
        self.args = (f"{action}: office {office_id} {reason}",)
        self.office_id = office_id
        self.reason = reason


class AccountRevoked(IpcaseError):
    """The logged-in user's account is deactivated or gone: the open window loses access at its next action."""

    def __init__(self, user_id: int):
        super().__init__(f"user {user_id} no longer active")
        self.user_id = user_id


class AuthenticationFailed(IpcaseError):
    pass


class AccountLocked(AuthenticationFailed):
    """Too many wrong passwords in a row: the account refuses every password, the right one too, until `until`
    (a naive local datetime) unless an administrator unlocks it first (ipcase.domain.lockout)."""

    def __init__(self, until):
        super().__init__(f"account locked until {until:%Y-%m-%d %H:%M}")
        self.until = until


class NotFound(IpcaseError):
    def __init__(self, kind: str, key: object):
        super().__init__(f"{kind} {key!r} not found")
        self.kind = kind
        self.key = key


class ConcurrentModification(IpcaseError):
    """Someone else saved the record after it was loaded. `changes` lists what they did
    (timeline summaries), so the user is told, not silently overwritten."""

    def __init__(self, kind: str, key: object, expected_version: int, actual_version: int,
                 changes: tuple[str, ...] = ()):
        super().__init__(f"{kind} {key!r} changed: version {expected_version} -> {actual_version}")
        self.kind = kind
        self.key = key
        self.expected_version = expected_version
        self.actual_version = actual_version
        self.changes = changes


class BackupRefused(IpcaseError):
    """A backup cannot be made, read or restored; nothing was replaced. `code`: 'not_a_backup', 'damaged'
    (a file's hash differs from the manifest, a file is missing or added), 'key_required', 'wrong_key',
    'tool_failed' (pg_dump/pg_restore), 'backend_mismatch'; `detail` names the file or the tool's message."""

    def __init__(self, code: str, detail: str = ""):
        super().__init__(f"{code}{': ' + detail if detail else ''}")
        self.code = code
        self.detail = detail


class WrongDatabaseKey(IpcaseError):
    """An encrypted database (SQLCipher) was opened without its passphrase, or with a wrong one."""

    def __init__(self, path: str, *, missing: bool = False):
        super().__init__(f"{'no key' if missing else 'wrong key'} for {path}")
        self.path = path
        self.missing = missing


class StorageFailed(IpcaseError):
    """The database or the disk under it refused to store or read; nothing of this gesture was written (the form
    keeps what was typed). `cause`: 'full', 'read_only', 'not_a_database', 'unavailable'; `where` names the file
    or server, `detail` is the driver's own message (for the log and the details box)."""
    cause = "unavailable"

    def __init__(self, where: str = "", detail: str = ""):
        super().__init__(f"{self.cause}: {where}{' (' + detail + ')' if detail else ''}")
        self.where = where
        self.detail = detail


class StorageFull(StorageFailed):
    """The disk (or PostgreSQL's) is full, or the database reached its size limit."""
    cause = "full"


class StorageReadOnly(StorageFailed):
    """The database file, its folder or the server is read-only (a copied CD, a write-protected share, a standby)."""
    cause = "read_only"


class NotADatabase(StorageFailed):
    """The file is damaged, truncated, or not a database at all."""
    cause = "not_a_database"


class StorageUnavailable(StorageFailed):
    """The database cannot be opened: the file or folder is missing or not permitted, the server unreachable."""
    cause = "unavailable"


class DatabaseBusy(IpcaseError):
    """The database stayed locked past the busy timeout; nothing was written."""


class HearingConflicts(IpcaseError):
    """A hearing plan breaks scheduling rules: `findings` are (code, severity, detail) — refusals always stop
    it, warnings stop it until the officer gives a reason (DOMAIN §8; ipcase.domain.hearings.clashes)."""

    def __init__(self, findings: tuple[tuple[str, str, dict], ...]):
        super().__init__("; ".join(f"{severity}:{code}" for code, severity, _ in findings))
        self.findings = findings


class PackageRefused(IpcaseError):
    """A package file (field laptop, 移送, meeting: ipcase.sync.package) is not taken; nothing of it was applied
    or written. Each refusal is a subclass with its `code` and its data; `path` names the file."""
    code = "refused"

    def __init__(self, path: str = "", detail: str = ""):
        super().__init__(f"{self.code}: {path}{' (' + detail + ')' if detail else ''}")
        self.path = path
        self.detail = detail


class NotAPackage(PackageRefused):
    """Not a package of this application (another file, truncated header, a newer format: `detail`)."""
    code = "not_a_package"


class PackageAltered(PackageRefused):
    """The signature or an encryption tag does not match: the file was changed, truncated or damaged."""
    code = "altered"


class PackageForAnotherOffice(PackageRefused):
    """The package was made for another office (or another office's database) than this one."""
    code = "other_office"

    def __init__(self, path: str, *, office_id: int | None, office_name: str):
        super().__init__(path, f"{office_name} ({office_id})")
        self.office_id = office_id
        self.office_name = office_name


class UnknownCheckout(PackageRefused):
    """The package names a check-out this office does not have (or one whose keys differ)."""
    code = "unknown_checkout"

    def __init__(self, path: str, *, checkout_id: int | None):
        super().__init__(path, f"checkout {checkout_id}")
        self.checkout_id = checkout_id


class PackageAlreadyApplied(PackageRefused):
    """This very package (its id) was checked in before, at `applied_at`."""
    code = "already_applied"

    def __init__(self, path: str, *, package_id: str, applied_at=None):
        super().__init__(path, package_id)
        self.package_id = package_id
        self.applied_at = applied_at


class WrongPassphrase(PackageRefused):
    """The passphrase does not open this package."""
    code = "wrong_passphrase"


class WrongPackageKind(PackageRefused):
    """A package of another kind than the command takes (a 移送 package to `checkin`, a check-in to `unpack`…)."""
    code = "wrong_kind"

    def __init__(self, path: str, *, kind: str, expected: tuple[str, ...]):
        super().__init__(path, f"{kind}, expected {'/'.join(expected)}")
        self.kind = kind
        self.expected = expected


class CheckedOut(IpcaseError):
    """The record is checked out to a field laptop (issue 14): at the office it changes only by that laptop's
    check-in, except what arrives by post (ipcase.sync.guard.BY_POST). `kind` is case | intake | mediation,
    `number` its 案号/收案编号/调解案号, `user` the officer holding it, `laptop` the laptop's name, `since` the
    check-out time, `until` the planned return date (may be None)."""

    def __init__(self, kind: str, number: str, user: str, laptop: str, since, until=None):
        super().__init__(f"{kind} {number} checked out to {user} ({laptop}) since {since}")
        self.kind = kind
        self.number = number
        self.user = user
        self.laptop = laptop
        self.since = since
        self.until = until


class NumbersUsedUp(IpcaseError):
    """On a field laptop (issue 14): the 文号 reserved for this laptop at check-out for `kind` (a `sequences`
    kind, e.g. "doc:evidence_preservation") and `year` are all used ("预留文号已用完"); the document waits for
    check-in or a new check-out with more numbers."""

    def __init__(self, kind: str, year: int):
        super().__init__(f"no reserved number left for {kind} {year}")
        self.kind = kind
        self.year = year


class ReadOnlyCopy(IpcaseError):
    """A change asked of a database opened from a 移送 (`kind` 'transfer') or meeting ('meeting') package: such a
    copy is for reading only (ipcase.sync.read_only). `action` names the gesture refused."""

    def __init__(self, kind: str, action: str = ""):
        super().__init__(f"read-only {kind} copy: {action}")
        self.kind = kind
        self.action = action
