"""What a StorageFailed (ipcase.db.storage: a full disk, a read-only or damaged database, one out of reach) means
to the user, in one table for the message during work and the start-up dialog."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ipcase.errors import StorageFailed
from ui.common.i18n import tr_ctx

CTX = "storage"

# StorageFailed.cause → (what is wrong, what to do); %1 is the database file or server.
CAUSES = {
    "not_a_database": (
        QT_TRANSLATE_NOOP("storage", "数据库文件已损坏，或不是本系统的数据库：%1"),
        QT_TRANSLATE_NOOP("storage", "文件可能被截断（复制或传输中断、磁盘故障），也可能被其他文件替换。"
                                     "请不要继续使用它，用最近的完好备份恢复；恢复时当前文件会另行保留。")),
    "read_only": (
        QT_TRANSLATE_NOOP("storage", "数据库不能写入：%1"),
        QT_TRANSLATE_NOOP("storage", "文件、所在文件夹或数据库服务器是只读的（例如从光盘或只读共享复制来的文件）。"
                                     "请取消文件的“只读”属性、检查文件夹权限，或请管理员处理。")),
    "full": (
        QT_TRANSLATE_NOOP("storage", "磁盘空间已满，数据库无法写入：%1"),
        QT_TRANSLATE_NOOP("storage", "请清理磁盘空间，或请管理员为数据库服务器扩容。")),
    "unavailable": (
        QT_TRANSLATE_NOOP("storage", "无法打开数据库：%1"),
        QT_TRANSLATE_NOOP("storage", "文件或文件夹不存在、无权访问，或数据库服务器无法连接。"
                                     "请检查数据库位置和网络，或请管理员处理。")),
}
DURING_WORK = QT_TRANSLATE_NOOP("storage", "本次操作没有保存任何内容，填写的内容仍保留在窗口中；问题解决后请再次保存。")


def cause_texts(exc: StorageFailed) -> tuple[str, str]:
    """(what is wrong, what to do), translated."""
    problem, advice = CAUSES.get(exc.cause, CAUSES["unavailable"])
    return tr_ctx(CTX, problem).replace("%1", exc.where or "?"), tr_ctx(CTX, advice)


def during_work(exc: StorageFailed) -> str:
    """The message box of a gesture the storage refused."""
    problem, advice = cause_texts(exc)
    return f"{problem}\n{advice}\n{tr_ctx(CTX, DURING_WORK)}"


__all__ = ["CAUSES", "cause_texts", "during_work"]
