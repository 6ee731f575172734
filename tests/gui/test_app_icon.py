from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

from gui.app_icon import app_icon
from gui.resources import icon_files

ARGB = QImage.Format.Format_ARGB32


def test_the_app_icon_offers_every_rendered_size(qapp):
    icon = app_icon()

    assert not icon.isNull()
    assert icon.availableSizes() == [QSize(s, s) for s in icon_files()]


def test_a_small_request_gets_the_crisp_small_render_not_a_shrunk_big_one(qapp):
    shown = app_icon().pixmap(16, 16).toImage().convertToFormat(ARGB)

    assert shown == QImage(str(icon_files()[16])).convertToFormat(ARGB)
