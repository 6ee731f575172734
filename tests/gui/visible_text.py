"""Every text a user can read in a widget tree, and whether it is English or Chinese.

For the language tests of the whole window::

    texts = visible_texts(window)
    left_english = [t for t in texts if looks_english(t.text)]    # with Chinese applied
    assert left_english == []                                      # each names where it is

``visible_texts`` walks the widgets (hidden ones too: a page or tab not shown
yet is still read later), their actions and menus, tab and item titles,
tooltips, window titles, placeholders, spin-box affixes, progress formats,
table and header items, and the text items of every graphics scene, which is
where pyqtgraph draws axis labels, plot titles and legend entries.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from PySide6 import QtGui
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDockWidget,
    QGraphicsSimpleTextItem,
    QGraphicsTextItem,
    QGraphicsView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QProgressBar,
    QStatusBar,
    QTabBar,
    QTextEdit,
    QToolBar,
    QToolBox,
    QWidget,
)


@dataclass(frozen=True)
class Text:
    """One visible text and where it comes from: ``"mainWindow/trainButton: toolTip"``."""

    text: str
    where: str


def visible_texts(root: QWidget, max_items: int = 1000) -> list[Text]:
    """Every non-empty text of ``root`` and its descendants, each once per place it shows.

    Parameters
    ----------
    root
        A window, dialog or any widget; menus and actions of its descendants come along.
    max_items
        How many cells of each item view (list, table, tree) to read; headers are always read.
    """
    found: list[Text] = []
    widgets = [root, *root.findChildren(QWidget)]
    # an action shown in a menu and also added to the window is reported in the menu
    menus_first = sorted(widgets, key=lambda w: not isinstance(w, QMenu | QMenuBar | QToolBar))
    seen_actions: set[int] = set()
    for widget in menus_first:
        where = _path(widget, root)
        for action in widget.actions():
            if id(action) not in seen_actions:
                seen_actions.add(id(action))
                found += [
                    Text(text, f"{where} › {_name(action)}: {kind}")
                    for kind, text in _action_texts(action)
                ]
    for widget in widgets:
        where = _path(widget, root)
        found += [Text(text, f"{where}: {kind}") for kind, text in _widget_texts(widget)]
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
            found += [
                Text(text, f"{where}: {kind}") for kind, text in _item_texts(widget, max_items)
            ]
        if isinstance(widget, QGraphicsView) and widget.scene() is not None:
            found += [Text(text, f"{where}: {kind}") for kind, text in _scene_texts(widget)]
    return [item for item in found if item.text.strip()]


def contains_chinese(text: str) -> bool:
    """Whether ``text`` holds a Han character (Chinese punctuation alone does not count)."""
    return bool(_HAN.search(text))


def english_words(text: str, allowed: Iterable[str] = ()) -> list[str]:
    """The English words left in ``text`` once what any language shows as-is is taken out.

    Allowed everywhere: numbers and math (``σ(z) = 1 / (1 + e⁻ᶻ)``, ``p(cat)``,
    single-letter variables such as ``w``, ``b``, ``α``), file names and paths,
    URLs, units (``MB``, ``ms``), file formats (``HDF5``, ``PNG``), the dataset's
    own keys (``train_set_x``, ``list_classes``) and key names in shortcuts
    (``Ctrl+R``, ``Esc``). ``allowed`` adds regular expressions for more.
    """
    for pattern in (*_ALLOWED, *allowed):
        text = re.sub(pattern, " ", text)
    return re.findall(r"[A-Za-z]{2,}", text)


def looks_english(text: str, allowed: Iterable[str] = ()) -> bool:
    """Whether ``text`` still has an English word (see :func:`english_words`)."""
    return bool(english_words(text, allowed))


_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
_ALLOWED = (
    r"https?://\S+",
    r"(?<!\w)(?:~|\.{1,2})?/[\w./~-]*",  # a path
    r"[\w~.-]+\.(?:h5|hdf5|png|jpe?g|gif|bmp|webp|tiff?|csv|svg|json|ini|desktop)\b",
    r"\bp\((?:cat|non-cat)\)",
    r"\b(?:train|test)_set_[xy](?:_orig)?\b|\blist_classes\b",
    r"\b(?:[KMGT]i?B|ms|px|Hz|dpi)\b",
    r"\b(?:HDF5|PNG|JPEG|JPG|GIF|BMP|WebP|TIFF|CSV|SVG|EXIF|RGB|SHA-256|URL|BLAS)\b",
    r"\b(?:log|ln|exp|mean|sum|min|max|sigmoid|dw|db)\b",
    r"\b(?:Ctrl|Shift|Alt|Meta|Esc|Del|Ins|Tab|Backspace|Home|End|PgUp|PgDn|PgDown|F\d{1,2})\b",
)


def _widget_texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    if widget.isWindow() or isinstance(widget, QDockWidget):
        yield "windowTitle", widget.windowTitle()
    yield "toolTip", _plain(widget.toolTip())
    yield "statusTip", widget.statusTip()
    yield "whatsThis", _plain(widget.whatsThis())
    if isinstance(widget, QLabel):
        yield "text", _plain(widget.text())
    elif isinstance(widget, QAbstractButton):
        yield "text", widget.text()
    elif isinstance(widget, QLineEdit):
        yield "text", widget.text()
        yield "placeholderText", widget.placeholderText()
    elif isinstance(widget, QTextEdit | QPlainTextEdit):
        yield "text", widget.toPlainText()
        yield "placeholderText", widget.placeholderText()
    elif isinstance(widget, QGroupBox | QMenu):
        yield "title", widget.title()
    elif isinstance(widget, QTabBar):
        for i in range(widget.count()):
            yield f"tab {i} text", widget.tabText(i)
            yield f"tab {i} toolTip", _plain(widget.tabToolTip(i))
    elif isinstance(widget, QToolBox):
        for i in range(widget.count()):
            yield f"item {i} text", widget.itemText(i)
            yield f"item {i} toolTip", _plain(widget.itemToolTip(i))
    elif isinstance(widget, QComboBox):
        yield "placeholderText", widget.placeholderText()
        for i in range(widget.count()):
            yield f"item {i}", widget.itemText(i)
    elif isinstance(widget, QAbstractSpinBox):
        for kind in ("prefix", "suffix", "specialValueText"):
            getter = getattr(widget, kind, None)
            yield kind, getter() if getter else ""
    elif isinstance(widget, QProgressBar):
        yield "text", widget.text() if widget.isTextVisible() else ""
    elif isinstance(widget, QStatusBar):
        yield "message", widget.currentMessage()


def _action_texts(action: QAction) -> Iterator[tuple[str, str]]:
    if action.isSeparator():
        return
    text = action.text()
    yield "text", text
    default_tip = text.replace("&&", "\0").replace("&", "").replace("\0", "&").removesuffix("…")
    if action.toolTip() not in (default_tip, default_tip.removesuffix("...")):
        yield "toolTip", _plain(action.toolTip())
    yield "statusTip", action.statusTip()
    yield "whatsThis", _plain(action.whatsThis())
    yield "shortcut", action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)


def _item_texts(view: QAbstractItemView, max_items: int) -> Iterator[tuple[str, str]]:
    model = view.model()
    if model is None:
        return
    for orientation, count in (
        (Qt.Orientation.Horizontal, _columns(model, QModelIndex())),
        (Qt.Orientation.Vertical, model.rowCount(QModelIndex())),
    ):
        name = "column" if orientation == Qt.Orientation.Horizontal else "row"
        for section in range(count):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.headerData(section, orientation, role)
                if isinstance(value, str):
                    yield f"{name} header {section}", _plain(value)
    pending, read = [view.rootIndex()], 0
    while pending and read < max_items:
        parent = pending.pop()
        for row in range(model.rowCount(parent)):
            for column in range(_columns(model, parent)):
                index = model.index(row, column, parent)
                read += 1
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = index.data(role)
                    if isinstance(value, str):
                        yield f"item ({row}, {column})", _plain(value)
                if column == 0 and model.rowCount(index) > 0:
                    pending.append(index)


def _columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    """``model.columnCount(parent)``, which a list model (one column, flat) keeps private."""
    if isinstance(model, QAbstractListModel):
        return 0 if parent.isValid() else 1
    return model.columnCount(parent)


def _scene_texts(view: QGraphicsView) -> Iterator[tuple[str, str]]:
    for item in view.scene().items():
        if not item.isVisible():
            continue
        if isinstance(item, QGraphicsTextItem):
            text = item.toPlainText()
        elif isinstance(item, QGraphicsSimpleTextItem):
            text = item.text()
        else:
            continue
        owners = []
        parent = item.parentItem()
        while parent is not None:
            owners.append(type(parent).__name__)
            parent = parent.parentItem()
        # pyqtgraph pads an axis label with a space for the units
        yield "scene " + " < ".join([type(item).__name__, *owners[:2]]), text.strip()


def _path(widget: QWidget, root: QWidget) -> str:
    names = []
    current: QObject | None = widget
    while current is not None:
        names.append(_name(current))
        if current is root:
            break
        current = current.parent()
    return "/".join(reversed(names))


def _name(obj: QObject) -> str:
    if isinstance(obj, QAction):
        return f"QAction {obj.objectName() or repr(obj.text())}"
    return obj.objectName() or type(obj).__name__


def _plain(text: str) -> str:
    if QtGui.Qt.mightBeRichText(text):
        return QTextDocumentFragment.fromHtml(text).toPlainText()
    return text
