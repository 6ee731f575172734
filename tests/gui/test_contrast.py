"""Every label of the window reads in light and dark palettes: WCAG AA, 4.5:1 at least."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QStyleFactory

from gui.contrast import AA_CONTRAST, contrast_ratio

RUN_TIMEOUT_MS = 60_000


def dark_palette() -> QPalette:
    """A dark theme as desktops ship them: light text on dark grey."""
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, color in (
        (roles.Window, "#2b2b2b"),
        (roles.WindowText, "#e6e6e6"),
        (roles.Base, "#1e1e1e"),
        (roles.AlternateBase, "#333333"),
        (roles.Text, "#e6e6e6"),
        (roles.Button, "#3a3a3a"),
        (roles.ButtonText, "#e6e6e6"),
        (roles.Highlight, "#3d6fb4"),
        (roles.HighlightedText, "#ffffff"),
        (roles.ToolTipBase, "#3a3a3a"),
        (roles.ToolTipText, "#e6e6e6"),
        (roles.PlaceholderText, "#a0a0a0"),
        (roles.Mid, "#5a5a5a"),
    ):
        palette.setColor(role, QColor(color))
    return palette


@pytest.fixture(params=["light", "dark"])
def themed(request, qtbot):
    app = QApplication.instance()
    before_style, before_palette = app.style().name(), app.palette()
    app.setStyle(QStyleFactory.create("Fusion"))
    palette = dark_palette() if request.param == "dark" else app.style().standardPalette()
    app.setPalette(palette)
    yield request.param
    app.setStyle(QStyleFactory.create(before_style))
    app.setPalette(before_palette)


def low_contrast_labels(window) -> list[tuple[str, float]]:
    found = []
    for label in window.findChildren(QLabel):
        if not (label.isVisible() and label.isEnabled() and label.text().strip()):
            continue
        label.ensurePolished()
        palette = label.palette()
        text = palette.color(label.foregroundRole())
        background = palette.color(label.backgroundRole())
        ratio = contrast_ratio(text, background)
        if ratio < AA_CONTRAST:
            found.append((label.objectName() or label.text()[:40], round(ratio, 2)))
    return found


def test_every_label_meets_aa_contrast(themed, window, qtbot, real_data, tmp_path):
    from tests.gui import images

    window.controls.epochs.setValue(20)
    with qtbot.waitSignal(window.training.finished, timeout=RUN_TIMEOUT_MS):
        window.run_commands.train()
    picture = images.rgb_file(tmp_path / "cat.png", real_data.test_images[3])
    window.drop_panel.predict_paths([picture])
    qtbot.waitUntil(lambda: not window.drop_panel.decoding, timeout=10_000)
    for tab in range(window.tabs.count()):
        window.tabs.setCurrentIndex(tab)
        assert low_contrast_labels(window) == [], (themed, window.tabs.tabText(tab))


def test_the_no_data_page_and_its_error_read_in_both_palettes(
    themed, qtbot, open_window, monkeypatch, tmp_path
):
    monkeypatch.setenv("CATNEURON_DATA", str(tmp_path / "nowhere"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    window = open_window()
    qtbot.waitUntil(lambda: window.no_data_page.reason.text() != "", timeout=10_000)
    assert low_contrast_labels(window) == [], themed


def test_the_check_finds_a_faint_label(qtbot):
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    box = QWidget()
    qtbot.addWidget(box)
    faint, plain = QLabel("faint"), QLabel("plain")
    faint.setStyleSheet("color: #dddddd;")
    layout = QVBoxLayout(box)
    layout.addWidget(faint)
    layout.addWidget(plain)
    box.show()
    assert [name for name, _ in low_contrast_labels(box)] == ["faint"]
