"""The whole window in Simplified Chinese, switched while it runs, and back in English.

Each test walks every text a user can read (widgets, actions, menus, tabs,
tooltips, plot labels, list items; see :mod:`tests.gui.visible_text`): in
Chinese no English word may be left, in English no Chinese character.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, QPointF, QSize
from PySide6.QtWidgets import QAbstractButton, QLabel, QMessageBox, QTabBar, QWidget

from core.task import verdict
from gui import dialogs as window_dialogs
from gui.language import CHINESE, ENGLISH, apply_language
from gui.main_window import MainWindow
from gui.window_geometry import MINIMUM
from tests.gui import images
from tests.gui.runs import finish_run
from tests.gui.visible_text import Text, contains_chinese, looks_english, visible_texts

ALLOWED = (
    r"\bAkarsh Saxena\b",  # the article's author
    r"\bTensorBoard\b",  # a program's name
    r"\b'?cat'? 和 '?non-cat\b",  # the class folders' names, as they are on disk
    r"\b(?:Xw|Xᵀdz|dz\d*)\b",  # the article's math (dz₀ reads dz0 as plain text)
)
LANGUAGE_NAMES = {"English", "简体中文"}
"""The language menu names each language in its own words, whatever the window's."""


@pytest.fixture(autouse=True)
def english_at_the_end(qapp):
    """Each test starts in English and leaves English behind, whatever the machine's locale."""
    before = QLocale()
    apply_language(ENGLISH)
    yield
    apply_language(ENGLISH)
    QLocale.setDefault(before)


def switch(window: MainWindow, language: str, qtbot) -> None:
    """Switch as the language menu does; Qt delivers the change when the event loop runs."""
    train = {CHINESE: "训练", ENGLISH: "Train"}[language]
    apply_language(language)
    qtbot.waitUntil(lambda: window.controls.train_button.text() == train)


def english_left(texts: list[Text]) -> list[str]:
    """Each text still in English, with where it is (a failing test names them all)."""
    return [
        f"{t.where}: {t.text}"
        for t in texts
        if looks_english(t.text, ALLOWED) and t.text not in LANGUAGE_NAMES
    ]


def chinese_left(texts: list[Text]) -> list[str]:
    """Each text with a Chinese character, with where it is."""
    return [
        f"{t.where}: {t.text}"
        for t in texts
        if contains_chinese(t.text) and t.text not in LANGUAGE_NAMES
    ]


def run_and_predict(window: MainWindow, qtbot, real_data, tmp_path) -> None:
    """A short run, then two pictures dropped: answers, explanation, story and list all show."""
    finish_run(window, qtbot, epochs=50)
    first = images.rgb_file(tmp_path / "cat.png", real_data.test_images[6])
    second = images.rgb_file(tmp_path / "other.png", real_data.test_images[1])
    window.drop_panel.predict_paths([first, second])
    qtbot.waitUntil(lambda: not window.drop_panel.decoding and len(window.drop_panel._results) == 2)
    for page in (window.dataset_view, window.step_inspector, window.curves):
        window.tabs.setCurrentWidget(page)  # each page computes its texts once it is shown
    window.plot._on_mouse_moved(
        window.plot.loss_plot.getPlotItem().vb.mapViewToScene(QPointF(20, 0.5))
    )
    assert window.plot.readout()


def test_after_a_run_with_a_prediction_every_text_is_chinese_then_english(
    window, qtbot, real_data, tmp_path
):
    run_and_predict(window, qtbot, real_data, tmp_path)

    switch(window, CHINESE, qtbot)

    texts = visible_texts(window)
    assert english_left(texts) == []
    assert any(t.text.startswith("猫 ") or t.text.startswith("非猫 ") for t in texts)
    assert window.plot.readout().startswith("第 20 轮\n")
    switch(window, ENGLISH, qtbot)
    assert chinese_left(visible_texts(window)) == []
    assert window.plot.readout().startswith("epoch 20\n")


def test_switching_twice_retranslates_what_the_state_says(window, qtbot, real_data, tmp_path):
    run_and_predict(window, qtbot, real_data, tmp_path)
    controls, answer = window.controls, window.drop_panel.explanation.prediction
    neuron = window.state.model.neuron
    p_cat = float(neuron.predict_proba(window.drop_panel.trajectory._x[None])[0, 1])
    english_answer = verdict(p_cat).text  # as the command line writes it: "cat 73.2%"

    for language in (CHINESE, ENGLISH, CHINESE):
        switch(window, language, qtbot)
        if language == CHINESE:
            assert window.commands.file_menu.title() == "文件(&F)"
            assert controls.epoch_label.text() == "第 50 轮，共 50 轮"
            assert controls.progress.text() == "第 50 / 50 轮"
            assert controls.time_left.text().startswith("完成，用时 ")
            assert window.windowTitle() == "新模型[*]"
            assert window.status.status_model.text().startswith("模型：新模型，训练集 ")
            assert answer.text() == english_answer.replace("non-cat", "非猫").replace("cat", "猫")
            assert window.tabs.tabText(0) == "学习曲线"
        else:
            assert window.commands.file_menu.title() == "&File"
            assert controls.epoch_label.text() == "epoch 50 of 50"
            assert controls.progress.text() == "epoch 50 / 50"
            assert window.windowTitle() == "new model[*]"
            assert answer.text() == english_answer
            assert window.tabs.tabText(0) == "Learning curves"


def test_the_no_data_page_speaks_chinese(qtbot, tmp_path, monkeypatch, dialogs):
    monkeypatch.setenv("CATNEURON_DATA", str(tmp_path / "nowhere"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.center.currentWidget() is window.no_data_page)

    switch(window, CHINESE, qtbot)

    assert english_left(visible_texts(window)) == []
    page = window.no_data_page
    assert page.download_button.text() == "下载数据集（3.2 MB）"
    assert page.reason.text().startswith("没有找到数据集")  # core's error, translated
    switch(window, ENGLISH, qtbot)
    assert chinese_left(visible_texts(window)) == []
    assert page.reason.text().startswith("no dataset found")


def test_the_dialogs_the_window_builds_speak_chinese(window, qtbot, dialogs, monkeypatch, tmp_path):
    switch(window, CHINESE, qtbot)
    about = about_box(window, qtbot)
    large_weights = window.weights_view.open_large_view()
    qtbot.addWidget(large_weights)
    window.commands.shortcuts.trigger()  # a message box: recorded by the fixture, not opened
    empty = tmp_path / "empty"
    empty.mkdir()
    monkeypatch.setattr(window_dialogs, "ask_dataset_folder", lambda parent: empty)
    window.datasets.open_dialog()
    qtbot.waitUntil(lambda: len(dialogs) == 2)

    for box in (about, large_weights):
        assert english_left(visible_texts(box)) == [], box.objectName()
    assert "确定" in [button.text() for button in about.buttons()]  # Qt's own words too
    for title, text in dialogs:
        assert not looks_english(title) and not looks_english(text, ALLOWED), (title, text)
    assert dialogs[0][0] == "键盘快捷键" and "空格键" in dialogs[0][1]
    assert dialogs[1][0] == "无法打开数据集"
    about.close()
    switch(window, ENGLISH, qtbot)
    assert chinese_left(visible_texts(large_weights)) == []
    assert large_weights.windowTitle() == "Learned weights"


def about_box(window: MainWindow, qtbot) -> QMessageBox:
    """The about box as Help › About builds it, shown without blocking (no exec)."""
    box = window_dialogs.about_box(window)
    qtbot.addWidget(box)
    box.show()  # adds its OK button
    return box


def cut_texts(window: MainWindow) -> list[str]:
    """Buttons, one-line labels, tab titles and menu titles with less room than their text needs.

    The dataset's line in the status bar is left out: a long path may be cut there
    (the model's line next to it never is).
    """
    cut = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget is window.status.status_data:
            continue
        if isinstance(widget, QAbstractButton) and widget.text():
            needs = widget.sizeHint().width()
        elif isinstance(widget, QLabel) and widget.text() and not widget.wordWrap():
            needs = widget.minimumSizeHint().width()
        else:
            continue
        shown = widget.visibleRegion().boundingRect()  # what the parents leave of it
        if shown.isEmpty():
            continue  # scrolled out of view, up or down: not cut
        if min(widget.width(), shown.width()) < needs:
            cut.append(f"{widget.objectName() or type(widget).__name__} {widget.text()!r}")
    for bar in window.findChildren(QTabBar):
        cut += [
            f"tab {bar.tabText(i)!r}"
            for i in range(bar.count())
            if bar.tabRect(i).width() < bar.tabSizeHint(i).width()
        ]
    menus = window.menuBar()
    cut += [
        f"menu {action.text()!r}"
        for action in menus.actions()
        if menus.actionGeometry(action).isEmpty()
        or menus.actionGeometry(action).right() > menus.width()
    ]
    return cut


@pytest.mark.parametrize("language", [CHINESE, ENGLISH])
def test_no_text_is_cut_at_the_default_or_the_minimum_size(
    window, qtbot, real_data, tmp_path, language
):
    run_and_predict(window, qtbot, real_data, tmp_path)  # the longest texts are on show
    switch(window, language, qtbot)
    for size in (window.size(), MINIMUM):
        window.resize(size)
        qtbot.waitUntil(lambda size=size: window.size() == size)

        def nothing_cut(size: QSize = size) -> None:
            assert cut_texts(window) == [], f"at {size.width()}×{size.height()}"

        qtbot.waitUntil(nothing_cut)  # once the layouts have settled
