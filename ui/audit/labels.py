"""The 审计 section's words: what the verification found (ipcase.audit.verify's problem codes) and the kinds of
entry. Translated in the section's context ("AuditView")."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

PROBLEMS = {
    "entries_missing": QT_TRANSLATE_NOOP("AuditView", "审计链缺少条目"),
    "link_broken": QT_TRANSLATE_NOOP("AuditView", "审计链断开（条目被删除、插入或替换）"),
    "entry_altered": QT_TRANSLATE_NOOP("AuditView", "审计条目被改动"),
    "chain_truncated": QT_TRANSLATE_NOOP("AuditView", "审计链被截短（检查点记录的条目已不存在）"),
    "chain_rewritten": QT_TRANSLATE_NOOP("AuditView", "审计链被重写（与检查点记录的哈希不一致）"),
    "checkpoint_forged": QT_TRANSLATE_NOOP("AuditView", "检查点文件签名无效"),
    "no_genesis": QT_TRANSLATE_NOOP("AuditView", "审计链缺少起点条目"),
    "no_checkpoint_of_chain": QT_TRANSLATE_NOOP("AuditView", "检查点目录中没有本数据库的检查点"),
    "row_changed": QT_TRANSLATE_NOOP("AuditView", "记录被绕过系统改动"),
    "row_deleted": QT_TRANSLATE_NOOP("AuditView", "记录被绕过系统删除"),
    "row_inserted": QT_TRANSLATE_NOOP("AuditView", "记录被绕过系统插入"),
    "file_hash_mismatch": QT_TRANSLATE_NOOP("AuditView", "文件内容与其哈希不一致"),
}
OPERATIONS = {
    "insert": QT_TRANSLATE_NOOP("AuditView", "新增"),
    "update": QT_TRANSLATE_NOOP("AuditView", "修改"),
    "delete": QT_TRANSLATE_NOOP("AuditView", "删除"),
    "event": QT_TRANSLATE_NOOP("AuditView", "事件"),
    "genesis": QT_TRANSLATE_NOOP("AuditView", "起点"),
    "baseline": QT_TRANSLATE_NOOP("AuditView", "基线"),
}
