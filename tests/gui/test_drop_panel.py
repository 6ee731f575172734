"""Dropping, opening and pasting pictures: the answer, its reasons, and every kind of bad file."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QMimeData, QUrl
from PySide6.QtWidgets import QApplication, QLabel

from core.dataset import flatten
from core.model_file import load_model
from core.task import verdict
from gui.decoding import MAX_FILES, decode_task
from gui.drop_panel import BUSY_DELAY_MS
from gui.image_decoder import to_qimage
from gui.resources import DEFAULT_MODEL
from gui.status_bar import model_name
from tests.gui import images
from tests.gui.drops import drag_enter, file_mime, send_drop


def drop(qtbot, panel, *paths: Path, settle=None) -> None:
    """Drag the files onto the panel and drop them, as a file manager does; wait for the answers."""
    mime = file_mime(*paths)
    assert drag_enter(panel, mime)
    assert send_drop(panel, mime)
    qtbot.waitUntil(settle or (lambda: not panel.decoding), timeout=10_000)


def label(window) -> str:
    return window.findChild(QLabel, "predictionLabel").text()


def p_cat(window, pixels: np.ndarray) -> float:
    return float(window.state.model.neuron.predict_proba(flatten(pixels[None]))[0, 1])


def test_a_dropped_test_image_gets_the_models_probability(window, qtbot, real_data, tmp_path):
    pixels = real_data.test_images[3]
    path = images.rgb_file(tmp_path / "test3.png", pixels)
    drop(qtbot, window.drop_panel, path)
    assert label(window) == verdict(p_cat(window, pixels)).text
    assert window.drop_panel.explanation.probability.value() == round(1000 * p_cat(window, pixels))
    assert "σ(z)" in window.drop_panel.explanation.math.text()
    assert window.drop_panel.explanation.seen.pixmap().width() == 64  # the input itself


def test_the_answer_follows_the_model(window, qtbot, real_data, tmp_path):
    pixels = real_data.test_images[0]
    drop(qtbot, window.drop_panel, images.rgb_file(tmp_path / "cat.png", pixels))
    before = label(window)
    window.run_commands.reset()  # the untrained neuron of seed 999 is not sure of anything
    after = label(window)
    assert after != before
    assert after == verdict(p_cat(window, pixels)).text


@pytest.mark.parametrize(
    "make",
    [
        lambda d: images.rgb_file(d / "photo.jpg", images.gradient(4000, 3000), quality=90),
        lambda d: images.grayscale_png(d / "grey.png"),
        lambda d: images.rgba_png(d / "clear.png"),
        lambda d: images.grey_gif(d / "anim.gif", 120, 90),
    ],
)
def test_every_kind_of_picture_gets_an_answer(window, qtbot, tmp_path, make):
    drop(qtbot, window.drop_panel, make(tmp_path))
    text = label(window)
    name, percent = text.rsplit(" ", 1)
    assert name in ("cat", "non-cat") and percent.endswith("%")
    assert 50.0 <= float(percent[:-1]) <= 100.0


def test_several_files_are_listed_with_one_answer_each(window, qtbot, real_data, tmp_path):
    paths = [images.rgb_file(tmp_path / f"t{i}.png", real_data.test_images[i]) for i in range(4)]
    broken = images.write(tmp_path / "zz broken.png", b"nope")
    drop(qtbot, window.drop_panel, *paths, broken)
    rows = [window.drop_panel.list.item(i).text() for i in range(window.drop_panel.list.count())]
    assert window.drop_panel.list.isVisible()
    for i, row in enumerate(rows[:4]):
        expected = verdict(p_cat(window, real_data.test_images[i])).text
        assert row == f"t{i}.png — {expected}"
    assert rows[4] == "zz broken.png: not a picture this app can read"


def test_a_dropped_folder_predicts_the_pictures_inside(window, qtbot, tmp_path):
    folder = tmp_path / "holiday"
    folder.mkdir()
    for i in range(3):
        images.rgb_file(folder / f"{i}.png", images.gradient(50 + i, 40))
    (folder / "notes.txt").write_text("not a picture")
    drop(qtbot, window.drop_panel, folder)
    assert window.drop_panel.list.count() == 3


def test_a_huge_folder_is_capped(window, qtbot, tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(MAX_FILES + 5):
        images.rgb_file(folder / f"{i:04}.png", np.full((8, 8, 3), i % 255, np.uint8))
    drop(qtbot, window.drop_panel, folder)
    assert window.drop_panel.list.count() == MAX_FILES


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: images.write(d / "empty.png", b""), "empty.png: empty file"),
        (
            lambda d: images.write(d / "text.png", b"hello"),
            "text.png: not a picture this app can read",
        ),
        (lambda d: images.truncated_png(d / "cut.png"), "cut.png: the file ends too early"),
        (lambda d: images.truncated_jpeg(d / "cut.jpg"), "cut.jpg: the file ends too early"),
        (
            lambda d: images.huge_png_header(d / "bomb.png"),
            "bomb.png: 30000×30000 is 900 megapixels",
        ),
    ],
)
def test_bad_drops_show_one_line_inline_and_the_app_goes_on(
    window, qtbot, tmp_path, dialogs, make, message
):
    drop(qtbot, window.drop_panel, make(tmp_path))
    assert label(window).startswith(message)
    assert "\n" not in label(window)
    assert dialogs == []  # inline, never a modal dialog
    good = images.rgb_file(tmp_path / "good.png", images.gradient(64, 64))
    drop(qtbot, window.drop_panel, good, settle=lambda: "%" in label(window))
    assert label(window).endswith("%")


def test_drags_that_are_not_files_or_images_are_refused(window):
    mime = QMimeData()
    mime.setText("just some words")
    assert not drag_enter(window.drop_panel, mime)
    web = QMimeData()
    web.setUrls([QUrl("https://example.com/cat.jpg")])
    assert not drag_enter(window.drop_panel, web)


def test_paste_an_image_or_a_path(window, qtbot, real_data, tmp_path):
    pixels = real_data.test_images[5]
    QApplication.clipboard().setImage(to_qimage(pixels))
    window.drop_panel.paste()
    assert label(window) == verdict(p_cat(window, pixels)).text
    path = images.rgb_file(tmp_path / "pasted.png", real_data.test_images[6])
    QApplication.clipboard().setText(str(path))
    window.drop_panel.paste()
    expected = verdict(p_cat(window, real_data.test_images[6])).text
    qtbot.waitUntil(lambda: label(window) == expected)


def test_a_paste_is_not_overwritten_by_a_drop_still_decoding(window, qtbot, real_data, tmp_path):
    folder = tmp_path / "big"
    folder.mkdir()
    for i in range(6):
        images.rgb_file(folder / f"{i}.jpg", images.gradient(3000 + i, 2000), quality=90)
    window.drop_panel.predict_paths([folder])
    decoding = window.drop_panel._decoding.worker
    pixels = real_data.test_images[7]
    QApplication.clipboard().setImage(to_qimage(pixels))
    window.drop_panel.paste()
    expected = verdict(p_cat(window, pixels)).text
    assert label(window) == expected
    assert decoding.wait(30)
    qtbot.wait(50)  # let any late results through the event queue
    assert label(window) == expected
    assert window.drop_panel.list.count() == 1


def test_a_quick_decode_replaces_the_answer_without_a_flash_of_decoding(
    window, qtbot, real_data, tmp_path
):
    panel = window.drop_panel
    drop(qtbot, panel, images.rgb_file(tmp_path / "a.png", real_data.test_images[0]))
    first = label(window)
    mime = file_mime(images.rgb_file(tmp_path / "b.png", real_data.test_images[1]))
    assert drag_enter(panel, mime) and send_drop(panel, mime)
    assert label(window) == first  # the last answer stays while the next decodes
    qtbot.waitUntil(lambda: not panel.decoding, timeout=10_000)
    assert label(window) == verdict(p_cat(window, real_data.test_images[1])).text


def test_a_slow_decode_says_so_after_a_moment(window, qtbot, real_data, tmp_path, monkeypatch):
    release = threading.Event()

    def slow_decode(paths, input_shape, *, control):
        release.wait(10)
        yield from decode_task(paths, input_shape, control=control)

    monkeypatch.setattr("gui.drop_panel.decode_task", slow_decode)
    panel, path = window.drop_panel, images.rgb_file(tmp_path / "a.png", real_data.test_images[2])
    started = time.perf_counter()  # the drop: "decoding…" only BUSY_DELAY_MS after it
    panel.predict_paths([path])
    assert label(window) != "decoding…"
    qtbot.waitUntil(lambda: label(window) == "decoding…", timeout=5_000)
    assert time.perf_counter() - started >= BUSY_DELAY_MS / 1000
    release.set()
    expected = verdict(p_cat(window, real_data.test_images[2])).text
    qtbot.waitUntil(lambda: label(window) == expected, timeout=10_000)


def test_pasting_text_that_cannot_be_a_path_is_harmless(window):
    before = label(window)
    QApplication.clipboard().setText("x" * 5000)
    window.drop_panel.paste()
    assert label(window) in (before, "only local files, folders or images can be judged")


def test_the_shipped_default_model_is_loaded_at_start(window):
    assert model_name(window.state) == "default model"
    shipped = load_model(DEFAULT_MODEL)
    np.testing.assert_array_equal(window.state.model.neuron.coef_, shipped.neuron.coef_)
    assert "default model" in window.windowTitle()
    assert not window.isWindowModified()


def test_model_save_and_open_round_trip(window, qtbot, tmp_path):
    window.controls.epochs.setValue(40)
    with qtbot.waitSignal(window.training.finished, timeout=60_000):
        window.run_commands.train()
    assert window.isWindowModified()
    trained = window.state.model.neuron.copy()
    target = tmp_path / "mine.h5"
    window.models.save(target)
    assert not window.isWindowModified() and "mine.h5" in window.windowTitle()
    window.run_commands.reset()
    window.models.load(target)
    np.testing.assert_array_equal(window.state.model.neuron.coef_, trained.coef_)
    assert window.state.model.metrics.epoch == 40


def test_opening_a_bad_model_file_shows_a_dialog_and_keeps_the_model(
    window, tmp_path, dialogs, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog

    bad = images.write(tmp_path / "bad.h5", b"not hdf5")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(bad), ""))
    )
    before = window.state.model
    window.models.open_dialog()
    assert dialogs == [("Cannot open model", f"{bad}: not an HDF5 model file")]
    assert window.state.model is before


def test_weights_view_follows_training(window, qtbot):
    redraws = window.weights_view.redraws
    window.controls.speed.setCurrentIndex(window.controls.speed.findData(500))  # ~0.6 s run
    window.controls.epochs.setValue(300)
    with qtbot.waitSignal(window.training.finished, timeout=60_000):
        window.run_commands.train()
    qtbot.waitUntil(lambda: window.weights_view.redraws > redraws + 2)  # live, not once
    assert window.weights_view.image.pixmap().width() == 64  # one pixel per weight


def test_dataset_view_marks_the_mistakes(window, qtbot, real_data):
    view = window.dataset_view
    window.tabs.setCurrentWidget(view)
    qtbot.waitUntil(lambda: "right" in view.summary.text())
    predicted = window.state.model.neuron.predict(flatten(real_data.train_images))
    wrong = int(np.sum(predicted != real_data.train_labels))
    assert view.summary.text().startswith(f"{209 - wrong} of 209 right, {wrong} mistake")
    assert view.grid.count() == 209
    view.only_mistakes.setChecked(True)
    assert view.visible_count() == wrong
    view.split.setCurrentIndex(1)  # the test set
    qtbot.waitUntil(lambda: view.grid.count() == 50)
    neuron = window.state.model.neuron
    test_wrong = int(
        np.sum(neuron.predict(flatten(real_data.test_images)) != real_data.test_labels)
    )
    assert view.visible_count() == test_wrong
    first_mistake = next(i for i in range(50) if not view.grid.item(i).isHidden())
    assert "✗ said" in view.grid.item(first_mistake).text()
