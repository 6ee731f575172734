"""The helper that reads every text of a window, tried on small windows built for it."""

from __future__ import annotations

import pyqtgraph as pg
import pytest
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tests.gui.visible_text import (
    Text,
    contains_chinese,
    english_words,
    looks_english,
    visible_texts,
)


@pytest.fixture
def sample(qtbot) -> QMainWindow:
    """A window with one of each kind of text, some in Chinese."""
    window = QMainWindow()
    window.setObjectName("sample")
    window.setWindowTitle("Cat Neuron")
    menu = window.menuBar().addMenu("&File")
    menu.setObjectName("fileMenu")
    save = QAction("&Save model…", window, shortcut=QKeySequence("Ctrl+S"))
    save.setObjectName("saveAction")
    save.setToolTip("Write the model to an .h5 file")
    menu.addAction(save)
    menu.addSeparator()
    window.addAction(save)  # the same action in two places is read once

    page = QWidget()
    box = QGroupBox("学习率", page)
    box.setObjectName("rateBox")
    rate = QDoubleSpinBox(box)
    rate.setObjectName("rate")
    rate.setSuffix(" per epoch")
    train = QPushButton("训练", box)
    train.setObjectName("trainButton")
    train.setToolTip("<b>Train</b> from the seed")
    name = QLineEdit(page)
    name.setPlaceholderText("模型名称")
    combo = QComboBox(page)
    combo.addItems(["20 轮/秒", "as fast as possible"])
    progress = QProgressBar(page)
    progress.setFormat("epoch %v of %m")
    progress.setRange(0, 10)
    progress.setValue(3)
    hidden = QLabel("Not shown yet", page)
    hidden.setObjectName("hiddenLabel")
    hidden.hide()
    layout = QVBoxLayout(page)
    for widget in (box, name, combo, progress, hidden):
        layout.addWidget(widget)

    table = QTableWidget(1, 1)
    table.setHorizontalHeaderItem(0, QTableWidgetItem("label"))
    table.setItem(0, 0, QTableWidgetItem("非猫"))

    plot = pg.PlotWidget(title="Loss")
    plot.setObjectName("lossPlot")
    plot.setLabel("bottom", "轮")
    plot.setLabel("left", "loss")
    plot.addLegend()
    plot.plot([0, 1], [1, 0], name="training set")

    tabs = QTabWidget()
    tabs.setObjectName("tabs")
    tabs.addTab(page, "Controls")
    tabs.addTab(table, "数据集")
    tabs.addTab(plot, "Curves")
    tabs.setTabToolTip(2, "Loss and accuracy")
    window.setCentralWidget(tabs)
    window.statusBar().showMessage("Ready")
    qtbot.addWidget(window)
    window.show()
    return window


def where(texts: list[Text], text: str) -> list[str]:
    return [t.where for t in texts if t.text == text]


def test_every_kind_of_text_is_found_with_where_it_shows(sample):
    texts = visible_texts(sample)

    assert where(texts, "Cat Neuron") == ["sample: windowTitle"]
    assert set(where(texts, "&File")) == {
        "sample/QMenuBar/fileMenu: title",
        "sample/QMenuBar › QAction '&File': text",
    }
    assert where(texts, "&Save model…") == ["sample/QMenuBar/fileMenu › QAction saveAction: text"]
    assert "Write the model to an .h5 file" in [t.text for t in texts]
    assert where(texts, "Ctrl+S") == ["sample/QMenuBar/fileMenu › QAction saveAction: shortcut"]
    page = "sample/tabs/qt_tabwidget_stackedwidget/QWidget"
    assert where(texts, "学习率") == [f"{page}/rateBox: title"]
    assert where(texts, " per epoch")[0].endswith("rateBox/rate: suffix")
    assert where(texts, "Train from the seed")[0].endswith("trainButton: toolTip")  # plain text
    assert where(texts, "模型名称")[0].endswith("QLineEdit: placeholderText")
    assert where(texts, "as fast as possible")[0].endswith("QComboBox: item 1")
    assert where(texts, "epoch 3 of 10")[0].endswith("QProgressBar: text")
    assert where(texts, "Not shown yet")[0].endswith("hiddenLabel: text")  # hidden texts count
    assert where(texts, "label")[0].endswith("QTableWidget: column header 0")
    assert where(texts, "非猫")[0].endswith("QTableWidget: item (0, 0)")
    assert where(texts, "Curves") == ["sample/tabs/qt_tabwidget_tabbar: tab 2 text"]
    assert where(texts, "Loss and accuracy") == ["sample/tabs/qt_tabwidget_tabbar: tab 2 toolTip"]
    assert where(texts, "Ready") == ["sample/QStatusBar: message"]


def test_pyqtgraphs_title_axis_labels_and_legend_entries_are_found(sample):
    texts = visible_texts(sample)
    plot_texts = {t.text for t in texts if "lossPlot: scene" in t.where}

    assert {"Loss", "轮", "loss", "training set"} <= plot_texts


def test_an_action_in_two_places_and_a_separator_give_one_entry_and_none(sample):
    texts = visible_texts(sample)

    assert len(where(texts, "&Save model…")) == 1
    assert all(t.text.strip() for t in texts)


def test_english_and_chinese_texts_are_told_apart(sample):
    texts = visible_texts(sample)
    english = {t.text for t in texts if looks_english(t.text)}
    chinese = {t.text for t in texts if contains_chinese(t.text)}

    assert {"Cat Neuron", "&File", "Ready", "as fast as possible", "label"} <= english
    assert chinese == {"学习率", "训练", "模型名称", "20 轮/秒", "非猫", "数据集", "轮"}
    assert not english & chinese


@pytest.mark.parametrize(
    "text",
    [
        "σ(z) = 1 / (1 + e⁻ᶻ)",
        "p(cat) = 0.93",
        "w·x + b",
        "α = 0.005",
        "12,288",
        "96.7 %",
        "3.2 MB",
        "train_catvnoncat.h5",
        "/home/me/猫/cat.jpg",
        "train_set_x: (209, 64, 64, 3)",
        "Ctrl+R",
        "Esc",
        "list_classes",
        "猫 90.0%",
        "非猫 12.5%",
        "第 100 轮",
        "下载数据集 (3.2 MB)",
        "打开 HDF5 文件",
        "导出为 PNG 或 CSV",
        "20 ms",
        "https://github.com/x/y",
        "L = −mean(y·log p)",
        "sigmoid 函数",
        "",
    ],
)
def test_what_any_language_shows_as_is_does_not_look_english(text):
    assert not looks_english(text), english_words(text)


@pytest.mark.parametrize(
    "text",
    [
        "Train",
        "&Open dataset…",
        "cat 90.0%",
        "第 100 epoch",
        "Learning rate: 0.005",
        "Download dataset (3.2 MB)",
        "p(cat) is high",
        "猫 (cat)",
    ],
)
def test_a_word_of_english_is_caught(text):
    assert looks_english(text)


def test_more_can_be_allowed_and_the_words_left_are_named():
    assert english_words("Cat Neuron 0.1.0 — 关于") == ["Cat", "Neuron"]
    assert english_words("Cat Neuron 0.1.0 — 关于", allowed=[r"Cat Neuron"]) == []


def test_chinese_means_han_characters():
    assert contains_chinese("简体中文") and contains_chinese("猫 90%")
    assert not contains_chinese("English") and not contains_chinese("。，：")  # punctuation only
