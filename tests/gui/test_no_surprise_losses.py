"""A trained model is never dropped without a question; the window fits its screen; dialogs start
somewhere sensible; Export waits for something to export."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QRect

from gui import dialogs, settings
from gui.window_geometry import MINIMUM, clamp_to, fit_to_screen

RUN_TIMEOUT_MS = 60_000


class Answers(list):
    """The answers the "keep the trained model?" question gets, in order; ``asked`` counts."""

    asked = 0

    def __call__(self, parent) -> dialogs.SaveChoice:
        self.asked += 1
        return dialogs.SaveChoice(self.pop(0) if self else "discard")  # teardown closes too


@pytest.fixture
def answers(monkeypatch) -> Answers:
    given = Answers()
    monkeypatch.setattr(dialogs, "ask_save_changes", given)
    return given


def train(window, qtbot, epochs: int = 20) -> None:
    window.controls.epochs.setValue(epochs)
    with qtbot.waitSignal(window.training.finished, timeout=RUN_TIMEOUT_MS):
        window.run_commands.train()


def test_quit_with_a_trained_unsaved_model_asks_and_cancel_keeps_the_window(window, qtbot, answers):
    train(window, qtbot)
    answers.append("cancel")
    assert not window.close()
    assert window.isVisible() and answers.asked == 1
    answers.append("discard")
    assert window.close()


def test_save_from_the_question_writes_the_model_then_quits(
    window, qtbot, answers, monkeypatch, tmp_path
):
    train(window, qtbot)
    target = tmp_path / "kept.h5"
    monkeypatch.setattr(dialogs, "ask_model_to_save", lambda parent, start: target)
    answers.append("save")
    assert window.close()
    assert target.is_file()


def test_opening_another_model_asks_first_and_a_saved_one_does_not(
    window, qtbot, answers, monkeypatch, tmp_path
):
    train(window, qtbot)
    monkeypatch.setattr(dialogs, "ask_model_to_open", lambda parent: pytest.fail("not asked"))
    answers.append("cancel")
    window.models.open_dialog()  # canceled at the question: no file dialog
    window.models.save(tmp_path / "m.h5")
    assert window.close() and answers.asked == 1


def test_the_window_fits_a_small_screen_and_a_remembered_geometry_is_clamped(qtbot):
    from PySide6.QtWidgets import QWidget

    widget = QWidget()
    qtbot.addWidget(widget)
    fit_to_screen(widget)
    free = widget.screen().availableGeometry()
    assert free.contains(widget.frameGeometry()) or free.contains(widget.geometry())
    assert widget.minimumSize().width() <= max(MINIMUM.width(), free.width())
    widget.setGeometry(5000, 5000, 3000, 2000)  # saved on a larger screen, far to the right
    fit_to_screen(widget, widget.saveGeometry())
    assert free.contains(widget.geometry())


def test_clamping_moves_and_shrinks_into_the_free_area(qtbot):
    from PySide6.QtWidgets import QWidget

    widget = QWidget()
    qtbot.addWidget(widget)
    widget.setMinimumSize(1, 1)
    widget.setGeometry(900, -50, 700, 500)
    clamp_to(widget, QRect(0, 0, 1000, 600))
    assert QRect(0, 0, 1000, 600).contains(widget.geometry())
    assert widget.size().width() == 700


def test_a_corrupt_splitter_state_does_not_collapse_a_column(open_window, qtbot, monkeypatch):
    settings.save(settings.Remembered(splitter=QByteArray(b"\x00\xff\x00\x00\x00\x00junk")))
    window = open_window()
    assert min(window.splitter.sizes()) > 0


def test_file_dialogs_start_in_the_documents_folder_then_where_the_user_was(tmp_path):
    assert Path(dialogs.start_folder()).is_dir()
    assert not Path(dialogs.start_folder()).resolve().is_relative_to(Path.cwd().resolve() / "gui")
    dialogs.remember_folder(tmp_path / "model.h5")
    assert dialogs.start_folder() == str(tmp_path)


def test_export_waits_for_a_curve(window, qtbot):
    assert not window.commands.export_plot.isEnabled()
    train(window, qtbot, epochs=3)
    assert window.commands.export_plot.isEnabled()
    window.run_commands.reset()
    assert not window.commands.export_plot.isEnabled()


def test_the_title_names_the_model_then_the_app_and_stars_unsaved_work(window, qtbot):
    assert window.windowTitle().startswith("default model")
    assert "Cat Neuron" not in window.windowTitle()  # Qt appends the app's display name
    train(window, qtbot, epochs=3)
    assert window.windowTitle() == "new model[*]" and window.isWindowModified()
