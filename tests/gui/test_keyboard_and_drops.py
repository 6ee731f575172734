"""Keys where the user's hands are, inputs that say when they change a number, drops as copies."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDropEvent, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QGraphicsView

from tests.gui import images

RUN_TIMEOUT_MS = 60_000


def type_into(qtbot, box, text: str) -> None:
    box.setFocus()
    box.lineEdit().selectAll()
    qtbot.keyClicks(box, text)


def test_space_in_a_number_field_takes_the_number_and_trains(window, qtbot):
    type_into(qtbot, window.controls.epochs, "30")
    with qtbot.waitSignal(window.training.finished, timeout=RUN_TIMEOUT_MS) as finished:
        qtbot.keyClick(window.controls.epochs, Qt.Key.Key_Space)
    assert finished.args[0].last.epoch == 30
    assert window.controls.epochs.value() == 30


def test_enter_in_the_learning_rate_takes_it_and_trains(window, qtbot):
    type_into(qtbot, window.controls.learning_rate, "0.002")
    window.controls.epochs.setValue(5)
    with qtbot.waitSignal(window.training.finished, timeout=RUN_TIMEOUT_MS):
        qtbot.keyClick(window.controls.learning_rate, Qt.Key.Key_Return)
    assert window.training.hyperparameters.learning_rate == 0.002


def test_a_number_out_of_range_is_clamped_and_said(window, qtbot):
    type_into(qtbot, window.controls.epochs, "2000000")
    window.controls.epochs.interpretText()
    assert window.controls.epochs.value() == 1_000_000  # not 200,000, as Qt alone would
    assert "2000000" in window.status.currentMessage()
    assert "1,000,000" in window.status.currentMessage()
    type_into(qtbot, window.controls.learning_rate, "0")
    window.controls.learning_rate.interpretText()
    assert window.controls.learning_rate.value() == 0.00001
    assert "0.00001" in window.status.currentMessage()


def test_ctrl_o_opens_a_picture_and_ctrl_shift_o_a_model(window):
    commands = window.commands
    assert commands.open_image.shortcut() == QKeySequence("Ctrl+O")
    assert commands.open_model.shortcut() == QKeySequence("Ctrl+Shift+O")
    names = [a.text() for a in commands.train_menu.actions()]
    assert any(text.endswith("\tSpace") for text in names)
    assert any(text.endswith("\tEsc") for text in names)


def drag_events(mime: QMimeData, proposed: Qt.DropAction):
    possible = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    args = (mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    enter = QDragEnterEvent(QPoint(10, 10), possible, *args)
    enter.setDropAction(proposed)
    drop = QDropEvent(QPointF(10, 10), possible, *args)
    drop.setDropAction(proposed)
    return enter, drop


def test_a_drop_proposed_as_a_move_is_taken_as_a_copy_and_the_zone_lights_up(
    window, qtbot, real_data, tmp_path
):
    path = images.rgb_file(tmp_path / "cat.png", real_data.test_images[3])
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    panel = window.drop_panel
    enter, drop = drag_events(mime, Qt.DropAction.MoveAction)
    QApplication.sendEvent(panel, enter)
    assert enter.isAccepted() and enter.dropAction() == Qt.DropAction.CopyAction
    lit = panel.grab().toImage()
    assert lit.pixelColor(1, panel.height() // 2) == panel.palette().color(
        QPalette.ColorRole.Highlight
    )
    QApplication.sendEvent(panel, QDragLeaveEvent())
    assert panel.grab().toImage().pixelColor(1, panel.height() // 2) != lit.pixelColor(
        1, panel.height() // 2
    )
    QApplication.sendEvent(panel, enter)
    QApplication.sendEvent(panel, drop)
    assert drop.isAccepted() and drop.dropAction() == Qt.DropAction.CopyAction
    assert not panel.hovered
    qtbot.waitUntil(lambda: not panel.decoding, timeout=10_000)
    assert path.exists()


def test_every_tab_stop_is_a_control_the_user_can_see(window, qtbot):
    first = window.controls.learning_rate
    first.setFocus()
    seen = []
    widget = first
    for _ in range(200):
        widget = widget.nextInFocusChain()
        if widget is first:
            break
        if widget.isVisible() and widget.isEnabled() and widget.focusPolicy() & Qt.TabFocus:
            seen.append(widget)
    assert seen
    plots = [w.objectName() for w in seen if isinstance(w, QGraphicsView)]
    assert plots == []  # a plot takes no keys: focus there would be invisible
