"""Backups and restore (issue 13): `create` takes one, `restore` checks and loads one, `store` is the file
format and the folder of backups, `snapshot` the per-backend database copy, `daily` the automatic backup of the
embedded database. Qt-free; the CLI (`ipcase/cli/backup.py`) and the GUI (`ui/admin/backup_dialog.py`) call it."""
