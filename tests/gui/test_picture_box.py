"""The picture box: a square that fits its space, and its placeholder's words inside it."""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics

from gui.picture_box import PLACEHOLDER_FLAGS, PictureBox

WORDS = "what pushed which way"


def words_fit(box: PictureBox) -> bool:
    room = box.placeholder_rect()
    metrics = QFontMetrics(box.placeholder_font(room))
    return room.contains(metrics.boundingRect(room, PLACEHOLDER_FLAGS, WORDS))


def test_a_small_box_shrinks_its_placeholder_words_to_fit_and_a_large_one_keeps_them(qtbot):
    box = PictureBox(side=160, minimum=56)
    qtbot.addWidget(box)
    box.set_placeholder(WORDS)
    box.resize(64, 64)  # the try-it column at 800×600
    box.show()
    full = QFontMetrics(box.font()).boundingRect(box.placeholder_rect(), PLACEHOLDER_FLAGS, WORDS)
    assert not box.placeholder_rect().contains(full)  # at the window's font, cut
    assert words_fit(box)
    box.resize(160, 160)
    assert words_fit(box)
    assert box.placeholder_font(box.placeholder_rect()) == box.font()
