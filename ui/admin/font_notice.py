"""At start-up, once per computer: the official fonts GB/T 9704 names that this computer lacks, what printed
documents use instead, and how to add them (ipcase.documents.font_notice decides whether it is due)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ipcase.documents.font_notice import FontNotice, mark_told, notice_due
from ipcase.queries.admin.fonts import fonts_in_use
from ui.admin.fonts_tab import ROLE_TEXT
from ui.shell.context import AppContext


def notice_text(notice: FontNotice) -> str:
    tr = lambda s: QCoreApplication.translate("FontNotice", s)  # noqa: E731
    lines = [tr("本机没有以下公文字体，打印的文书（PDF）暂用替代字体，版式与正式公文略有不同：")]
    for m in notice.missing:
        lines.append(tr("· %1：%2 —— 现用“%3”")
                     .replace("%1", QCoreApplication.translate("FontsPage", ROLE_TEXT[m.role]))
                     .replace("%2", m.official).replace("%3", m.used))
    lines += ["",
              tr("另存的 Word 文件仍写明公文字体，在装有这些字体的电脑上打开即按公文格式显示和打印。"),
              tr("添加字体：在本机安装单位的字体文件（Windows：右键字体文件 › 为所有用户安装；统信 UOS、银河麒麟："
                 "用字体管理器安装，或复制到 ~/.local/share/fonts），然后重新启动本程序；"
                 "或由系统管理员在 设置 › 公文字体 中为本机选择字体文件。"),
              tr("本提示在本机只显示一次，字体变化后如仍有缺少会再次提示。")]
    return "\n".join(lines)


def tell_once(ctx: AppContext, parent: QWidget | None) -> None:
    """Resolve the fonts off the GUI thread; show the notice if it is due on this computer, then remember it."""
    from ui.common import messages

    data_dir = ctx.data_dir

    def due(uow, *, office_id):
        notice = notice_due(data_dir, fonts_in_use(uow, office_id=office_id))
        if notice is not None:
            mark_told(data_dir, notice)   # once: remembered before it is shown, in the worker (a file write)
        return notice

    def show(notice: FontNotice | None) -> None:
        if notice is None:
            return
        messages.info(parent, QCoreApplication.translate("FontNotice", "缺少公文字体"), notice_text(notice))

    if ctx.user is not None:
        ctx.runner.run_db(ctx.db(due, office_id=ctx.user.office_id), on_success=show)
