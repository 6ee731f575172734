"""The notices above the curves: each on a run made for it, with its remedy one click away."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication

import core.training
from core.dataset import flatten
from core.notices import NoticeDetector, NoticeKind
from core.training import EpochRecord, TrainingRun
from gui.app_state import AppState, RunInfo, RunStatus
from gui.notice_bar import NoticeBar

EPOCHS = 600
RUN_TIMEOUT_MS = 60_000


def trace(train_loss, test_loss=None, train_acc=0.8) -> list[EpochRecord]:
    train_loss = np.broadcast_to(np.asarray(train_loss, float), (EPOCHS,))
    test_loss = train_loss + 0.1 if test_loss is None else np.asarray(test_loss, float)
    return [
        EpochRecord(e, float(train_loss[e]), train_acc, float(test_loss[e]), 0.7)
        for e in range(EPOCHS)
    ]


EPOCH = np.arange(EPOCHS)
TRACES = {
    "healthy": trace(0.2 + 0.5 * np.exp(-EPOCH / 150), 0.35 + 0.4 * np.exp(-EPOCH / 150)),
    "converged": trace(0.01, train_acc=1.0),
    NoticeKind.DIVERGENCE: trace(0.7 * 1.5 ** EPOCH.clip(max=30))[:31],  # then it stops
    NoticeKind.OSCILLATION: trace(0.7 * np.exp(-EPOCH / 300) + 0.05 * (EPOCH % 2)),
    NoticeKind.OVERFITTING: trace(
        0.2 + 0.5 * np.exp(-EPOCH / 150), 0.5 + 1e-5 * (EPOCH - 200) ** 2
    ),
    NoticeKind.PLATEAU: trace(0.5),
}


@pytest.fixture
def bar(qtbot) -> NoticeBar:
    widget = NoticeBar(AppState())
    widget.resize(700, 200)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def play(state: AppState, records: list[EpochRecord], batch: int = 33) -> None:
    """A run as the window sees it: started, then its records in batches, with their notices
    (found as the training task finds them)."""
    state.start_run(RunInfo("α=0.005", len(records) - 1, "cats"))
    detector = NoticeDetector()
    for first in range(0, len(records), batch):
        records_now = records[first : first + batch]
        state.add_records(records_now, detector.feed(records_now))


@pytest.mark.parametrize("calm", ["healthy", "converged"])
def test_a_run_that_learns_or_has_learned_shows_no_notice(bar, calm):
    play(bar.state, TRACES[calm])
    assert bar.shown() == {} and not bar.isVisible()


@pytest.mark.parametrize(
    ("kind", "title", "action"),
    [
        (NoticeKind.DIVERGENCE, "α is too large.", "Halve α and train again"),
        (NoticeKind.OSCILLATION, "The step overshoots.", "Halve α and train again"),
        (NoticeKind.OVERFITTING, "Overfitting.", "Go to epoch 20"),  # 200 or 201
        (NoticeKind.PLATEAU, "Plateau.", None),
    ],
)
def test_each_notice_shows_its_line_on_the_run_made_for_it(bar, kind, title, action):
    play(bar.state, TRACES[kind])
    assert list(bar.shown()) == [kind] and bar.isVisible()
    line = bar.line(kind)
    assert bar.shown()[kind].startswith(f"<b>{title}</b> ")
    if action is None:
        assert line.action.isHidden()
    else:
        assert not line.action.isHidden() and line.action.text().startswith(action)


def test_the_divergence_line_says_how_far_the_loss_grew(bar):
    play(bar.state, TRACES[NoticeKind.DIVERGENCE])
    text = bar.line(NoticeKind.DIVERGENCE).text.text()
    assert "By epoch 12 the training loss grew to" in text and "at epoch 0" in text


def test_the_divergence_button_asks_for_half_the_learning_rate(bar, qtbot):
    play(bar.state, TRACES[NoticeKind.DIVERGENCE])
    with qtbot.waitSignal(bar.halveLearningRateRequested, timeout=1000):
        qtbot.mouseClick(bar.line(NoticeKind.DIVERGENCE).action, Qt.MouseButton.LeftButton)


def test_a_new_run_or_a_reset_clears_the_notices_and_a_put_away_one_stays_away(bar, qtbot):
    play(bar.state, TRACES[NoticeKind.PLATEAU])
    qtbot.mouseClick(bar.line(NoticeKind.PLATEAU).dismiss, Qt.MouseButton.LeftButton)
    assert bar.shown() == {} and not bar.isVisible()
    play(bar.state, TRACES[NoticeKind.OSCILLATION])
    assert list(bar.shown()) == [NoticeKind.OSCILLATION]  # the plateau was the earlier run's
    bar.state.clear_runs()
    assert bar.shown() == {}


@pytest.fixture(scope="module")
def article_run(real_data):
    run = TrainingRun(
        flatten(real_data.train_images),
        real_data.train_labels,
        flatten(real_data.test_images),
        real_data.test_labels,
    )
    return list(run), run.history


def test_on_the_articles_run_the_zigzag_and_the_overfitting_are_said_and_go_to_epoch_works(
    bar, qtbot, article_run
):
    records, history = article_run
    marked = []
    bar.overfittingNoticed.connect(marked.append)
    play(bar.state, records)
    bar.state.set_history(history)
    shown = bar.shown()
    assert list(shown) == [NoticeKind.OSCILLATION, NoticeKind.OVERFITTING]
    assert "Between epochs 0 and 20" in shown[NoticeKind.OSCILLATION]
    assert "still falls overall" in shown[NoticeKind.OSCILLATION]
    assert "lowest at epoch 363" in shown[NoticeKind.OVERFITTING]
    assert "at epoch 621" in shown[NoticeKind.OVERFITTING]
    assert marked == [363]
    go = bar.line(NoticeKind.OVERFITTING).action
    assert go.text() == "Go to epoch 363"
    qtbot.mouseClick(go, Qt.MouseButton.LeftButton)
    assert bar.state.chosen_epoch == 363 and bar.state.shown_epoch == 363


def test_once_the_run_ends_the_overfitting_line_says_where_the_test_loss_has_got_to(
    bar, article_run
):
    records, _ = article_run
    play(bar.state, records)
    during = bar.shown()[NoticeKind.OVERFITTING]
    assert "to 0.6104 at epoch 621" in during  # while it runs, the figures it fired with
    bar.state.end_run()
    after = bar.shown()[NoticeKind.OVERFITTING]
    now = (records[-2].test_loss + records[-1].test_loss) / 2  # measured as the notice does
    assert f"to {now:.4g} at epoch 1,000" in after
    assert "lowest at epoch 363 (0.5984)" in after


def test_the_overfitting_line_moves_on_at_each_pause_and_never_back(bar):
    records, detector = TRACES[NoticeKind.OVERFITTING], NoticeDetector()
    state = bar.state
    state.start_run(RunInfo("α=0.005", len(records) - 1, "cats"))
    for first in range(0, 400, 40):
        state.add_records(records[first : first + 40], detector.feed(records[first : first + 40]))
    fired = bar.shown()[NoticeKind.OVERFITTING]
    assert "at epoch 399" not in fired
    state.set_run_status(RunStatus.PAUSED)
    assert "at epoch 399" in bar.shown()[NoticeKind.OVERFITTING]
    state.set_run_status(RunStatus.RUNNING)
    state.add_records(records[400:500], detector.feed(records[400:500]))
    QApplication.sendEvent(bar, QEvent(QEvent.Type.LanguageChange))  # the lines said again
    assert "at epoch 399" in bar.shown()[NoticeKind.OVERFITTING]  # not back to where it fired


def test_an_overfitting_line_never_says_the_test_loss_rose_to_below_its_lowest(bar):
    epochs = np.arange(EPOCHS)
    test_loss = np.where(epochs < 450, 0.5 + 1e-5 * (epochs - 200) ** 2, 0.3)  # then it falls
    records = trace(0.2 + 0.5 * np.exp(-epochs / 150), test_loss)
    play(bar.state, records[:450])
    bar.state.set_run_status(RunStatus.PAUSED)
    paused = bar.shown()[NoticeKind.OVERFITTING]
    assert "at epoch 449" in paused
    bar.state.set_run_status(RunStatus.RUNNING)
    bar.state.add_records(records[450:])  # no notice: the test loss only fell
    bar.state.end_run()
    assert bar.shown()[NoticeKind.OVERFITTING] == paused  # the last figures that held


# -- in the window -----------------------------------------------------------------------------


def train(window, qtbot, rate: float, epochs: int) -> None:
    window.controls.learning_rate.setValue(rate)
    window.controls.epochs.setValue(epochs)
    with qtbot.waitSignal(window.training.finished, timeout=RUN_TIMEOUT_MS):
        window.run_commands.train()


def test_in_the_window_the_divergence_button_halves_alpha_and_trains_again(window, qtbot):
    train(window, qtbot, 10.0, 30)
    line = window.curves.notice_bar.line(NoticeKind.DIVERGENCE)
    assert line.isVisible() and window.curves.notice_bar.isVisible()
    with qtbot.waitSignal(window.state.runStarted, timeout=RUN_TIMEOUT_MS) as started:
        qtbot.mouseClick(line.action, Qt.MouseButton.LeftButton)
    assert window.controls.learning_rate.value() == 5.0
    assert started.args[0].label == "α=5"
    assert window.training.hyperparameters.learning_rate == 5.0
    with qtbot.waitSignal(window.training.finished, timeout=RUN_TIMEOUT_MS):
        pass


def test_in_the_window_overfitting_marks_its_epoch_on_the_plot(window, qtbot):
    train(window, qtbot, 0.005, 1000)
    assert window.plot.marks.best_epoch == 363 and window.plot.marks.best.isVisible()
    qtbot.mouseClick(
        window.curves.notice_bar.line(NoticeKind.OVERFITTING).action, Qt.MouseButton.LeftButton
    )
    assert window.state.chosen_epoch == 363
    assert window.plot.marks.chosen[0].isVisible() and window.plot.marks.chosen[0].value() == 363


def test_a_run_stopped_by_a_blown_up_loss_is_said_inline_not_in_a_dialog(
    window, qtbot, dialogs, monkeypatch
):
    monkeypatch.setattr(core.training, "DIVERGED_LOSS", 1.0)  # the article's run crosses 1.0
    with qtbot.waitSignal(window.training.failed, timeout=RUN_TIMEOUT_MS) as failed:
        window.run_commands.train()
    assert dialogs == []
    text = window.curves.notice_bar.line(NoticeKind.DIVERGENCE).text.text()
    assert "Training stopped: the loss became " in text and "the learning rate is too large" in text
    assert str(failed.args[0]) in text
    assert window.status.currentMessage().startswith("Training failed: the loss became ")


@pytest.fixture
def page(qtbot):
    """The Learning curves tab without its plots: the notices in their capped area."""
    from gui.curves_page import CurvesPage

    widget = CurvesPage(AppState())
    widget.resize(700, 500)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def capped_area(page):
    return page.notice_bar.parentWidget().parentWidget()  # bar → viewport → scroll area


def test_a_run_that_says_less_gives_back_the_room_it_held_when_it_ends(page, qtbot):
    from PySide6.QtWidgets import QApplication

    state, notices = page.notice_bar.state, capped_area(page)
    play(state, TRACES[NoticeKind.OVERFITTING])
    state.end_run()
    QApplication.sendPostedEvents()
    longer = notices.height()
    play(state, TRACES[NoticeKind.DIVERGENCE])  # a shorter line, while the room is held
    for _ in range(3):  # every layout the lines asked for, done
        QApplication.sendPostedEvents()
    assert notices.height() == longer
    state.end_run()
    qtbot.waitUntil(lambda: notices.height() < longer, timeout=1000)


def test_putting_a_notice_away_gives_its_room_back_at_once_while_the_run_goes_on(page, qtbot):
    state, notices = page.notice_bar.state, capped_area(page)
    play(state, TRACES[NoticeKind.OVERFITTING])
    state.end_run()
    play(state, TRACES[NoticeKind.OVERFITTING])  # the same again: its room is held
    dismiss = page.notice_bar.line(NoticeKind.OVERFITTING).dismiss
    qtbot.mouseClick(dismiss, Qt.MouseButton.LeftButton)
    assert state.running
    qtbot.waitUntil(lambda: not notices.isVisible(), timeout=1000)
