"""设置 › 公文字体 through the page (a picked file is checked, copied and shown as in use; a bad one is refused next
to the table), and the start-up notice of missing official fonts, shown once per computer."""
from __future__ import annotations

from font_helpers import make_font
from shots import chinese_font, shot  # noqa: F401 - fixture

from ipcase.documents.fonts import use_machine_fonts
from ui.admin import font_notice
from ui.admin.fonts_tab import FontsPage


def _page(ctx, qtbot) -> FontsPage:
    page = FontsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 560)
    page.refresh()
    return page


def _row(page: FontsPage, role: str) -> list[str]:
    r = page._roles.index(role)
    return [page.table.item(r, c).text() for c in range(page.table.columnCount())]


def test_an_administrator_picks_a_font_file_and_the_page_shows_it_in_use(make_ctx, staff, qtbot, tmp_path,
                                                                           chinese_font):  # noqa: F811
    ctx = make_ctx(staff.admin)
    use_machine_fonts(ctx.data_dir)
    try:
        page = _page(ctx, qtbot)
        assert page.table.rowCount() == 5 and not page.pick_button.isEnabled()   # nothing selected yet
        page.table.selectRow(page._roles.index("body"))
        assert page.pick_button.isEnabled() and not page.remove_button.isEnabled()

        bad = make_font(tmp_path / "latin.ttf", "IpcaseTestLatin", chars="ABC")
        page.pick("body", str(bad))
        assert page.summary_label.isVisible() or not page.summary_label.isHidden()
        assert "缺少公文常用的汉字或标点" in page.summary_label.text()
        assert not list((ctx.data_dir / "fonts").glob("*.ttf"))

        page.pick("body", str(make_font(tmp_path / "FS_GB2312.ttf", "IpcaseTestFangSong")))
        row = _row(page, "body")
        assert row[1] == "仿宋_GB2312" and row[2].startswith("IpcaseTestFangSong") and row[3] == "管理员为本机选择的字体文件"
        page.table.selectRow(page._roles.index("body"))
        assert page.remove_button.isEnabled()
        shot(page, "settings_fonts.png")
        page.remove_button.click()
        assert _row(page, "body")[3] in ("缺少公文字体，使用内置替代字体", "本机已安装", "本机已安装的相近字体")
    finally:
        use_machine_fonts(None)


def test_an_officer_sees_the_fonts_but_cannot_pick(make_ctx, staff, qtbot):
    page = _page(make_ctx(staff.officer), qtbot)
    page.table.selectRow(0)
    assert page.table.rowCount() == 5 and not page.pick_button.isEnabled() and not page.remove_button.isEnabled()


def test_the_missing_fonts_notice_is_shown_once_on_this_computer(make_ctx, staff, shown, tmp_path):
    ctx = make_ctx(staff.clerk)
    use_machine_fonts(ctx.data_dir)
    try:
        font_notice.tell_once(ctx, None)
        if not shown.infos:   # this computer has every official font installed: nothing to say, ever
            return
        assert len(shown.infos) == 1 and "现用" in shown.infos[0] and "设置 › 公文字体" in shown.infos[0]
        font_notice.tell_once(ctx, None)      # the next start
        assert len(shown.infos) == 1
        make_font(tmp_path / "fs.ttf", "IpcaseTestFangSong")
        from ipcase.documents.font_files import pick_font
        pick_font(ctx.data_dir, "body", str(tmp_path / "fs.ttf"))   # the fonts changed, others still missing
        font_notice.tell_once(ctx, None)
        assert len(shown.infos) == 2 and "仿宋_GB2312" not in shown.infos[1]
    finally:
        use_machine_fonts(None)
