"""设置 › 公文字体: an administrator picks, for this machine, the font file of a role GB/T 9704 names (方正小标宋,
仿宋_GB2312, 黑体, 楷体, 宋体) — checked and copied by ipcase.documents.font_files — or goes back to the automatic
choice. The files live in the machine's data directory, not in the database; who picked what is an audit entry
('fonts.pick' / 'fonts.remove'), since it changes how every printed document of this machine looks."""
from __future__ import annotations

from pathlib import Path

from ipcase.audit.capture import note
from ipcase.documents import font_files
from ipcase.services.common import actor


def pick_document_font(uow, *, actor_id: int, data_dir: Path, role: str, path: str) -> font_files.PickedFont:
    s = uow.session
    actor(s, actor_id, "settings.edit", "fonts.pick")
    picked = font_files.pick_font(Path(data_dir), role, path)
    note(s, "fonts.pick", detail={"role": role, "family": picked.family, "file": Path(path).name})
    uow.commit()
    return picked


def remove_document_font(uow, *, actor_id: int, data_dir: Path, role: str) -> None:
    s = uow.session
    actor(s, actor_id, "settings.edit", "fonts.remove")
    font_files.remove_font(Path(data_dir), role)
    note(s, "fonts.remove", detail={"role": role})
    uow.commit()
