"""What a window shows the user, as text, and which of it is English.

Used by the zh interface walk: every visible label, button, group and tab title, window
title, tooltip, placeholder, combo item, spin box affix, menu and toolbar action, status
message, item-view header and cell, and chart title and category of a window.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from PySide6.QtCharts import QBarCategoryAxis, QChartView
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QFileSystemModel,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QProgressBar,
    QSpinBox,
    QTabBar,
    QTableView,
    QTextBrowser,
    QTextEdit,
    QToolBar,
    QTreeView,
    QWidget,
)

# Proper names, formats, standards and units that stay as they are in the Chinese interface.
# Tokens with a digit (rule codes R1, badge numbers A001, credit codes) are codes too.
ALLOWED_WORDS = frozenset(
    {
        "English",  # the language's own name, in the language menu of preferences
        "PDF",  # the file format
        "XLSX",  # the spreadsheet format
        "CSV",
        "PAdES",  # the PDF signature standard
        "SHA",  # as in SHA-256
        "TrueType",  # the font format asked for in preferences
        "JPEG",  # formats in the file dialog's type column (the system's names for them)
        "PNG",
        "JSON",
        "Zip",
        "zip",  # the archive format a bundle is (不是 zip 压缩包)
        "Excel",  # the supervisor's export: Excel 工作簿 (*.xlsx)
        "MB",
        "KB",
        "GB",
        "WenQuanYi",  # font names the report font is looked for under
        "YaHei",
        "SimSun",
        # Grades of the overall score (等级 B).
        "A",
        "B",
        "C",
        "D",
    }
)
FILE_TYPE_COLUMN = 2  # of QFileSystemModel
MAX_ROWS = 60
_TOOLTIP = (
    Qt.ItemDataRole.ToolTipRole
)  # rows of an item view looked at: the headers and a screenful of cells
_MNEMONIC = re.compile(r"\(&\w\)|&(?=\w)")
_PATH = re.compile(r"(?<!\S)(?:[A-Za-z]:)?[/\\]\S*")
# File names (photos, bundles, certificates) are data.
_FILE_NAME = re.compile(
    r"[^\s/\\]+\.(?:jpe?g|png|gif|heic|heif|tiff?|bmp|webp|pdf|zip|xlsx|csv|txt|docx?|json|log|pem|crt|cer|der|ttf|ttc)\b",
    re.IGNORECASE,
)
# One quoted character is a code (a credit code's check character: 应为 'U').
_QUOTED_CHARACTER = re.compile(r"['‘\"“]\w['’\"”]")
_TAG = re.compile(r"<[A-Za-z/!][^>]*>")
# A field of a pattern the user types literally ({unit_short}, {seq:03d}) is a code.
_PLACEHOLDER = re.compile(r"\{[A-Za-z_]\w*(?::[^}]*)?\}")
_WORD = re.compile(r"[A-Za-z0-9]+(?:['’-][A-Za-z0-9]+)*")


@dataclass(frozen=True)
class Seen:
    where: str
    text: str

    def __str__(self) -> str:
        return f"{self.where}: {self.text!r}"


def visible_tooltip(tooltip: str) -> str:
    """What a person reads in a tooltip: Qt shows it as rich text when it looks like it."""
    from PySide6.QtGui import Qt as GuiQt
    from PySide6.QtGui import QTextDocument

    if not GuiQt.mightBeRichText(tooltip):
        return tooltip
    document = QTextDocument()
    document.setHtml(tooltip)
    return document.toPlainText()


def english_words(text: str) -> list[str]:
    """The words of `text` in English: Latin letters, not a code, name or unit listed above.
    File paths (the data folder in the status bar), file names and quoted characters are
    data, not words."""
    text = _FILE_NAME.sub(" ", _PATH.sub(" ", _MNEMONIC.sub("", text)))
    text = _PLACEHOLDER.sub(" ", _QUOTED_CHARACTER.sub(" ", text))
    words = _WORD.findall(text)
    return [
        w
        for w in words
        if re.search("[A-Za-z]", w)
        and not re.search("[0-9]", w)
        and not all(part in ALLOWED_WORDS for part in re.split("[-'’]", w) if part)
    ]


def english(seen: Iterable[Seen]) -> list[Seen]:
    return [s for s in seen if english_words(s.text)]


def _label_text(label: QLabel) -> str:
    """What the label reads as: markup taken out of rich text."""
    text = label.text()
    if label.textFormat() != Qt.TextFormat.PlainText and _TAG.search(text):
        return QTextDocumentFragment.fromHtml(text).toPlainText()
    return text


def _name(widget: QWidget) -> str:
    name = widget.objectName() or widget.accessibleName()
    return f"{type(widget).__name__}({name})" if name else type(widget).__name__


def action_texts(actions: Iterable[QAction], where: str) -> Iterator[Seen]:
    """Menus and their actions, sub-menus included."""
    for action in actions:
        if action.isSeparator() or not action.isVisible():
            continue
        yield Seen(where, action.text())
        menu = action.menu()
        if isinstance(menu, QMenu):
            yield Seen(where, menu.title())
            yield from action_texts(menu.actions(), f"{where} > {action.text()}")


def _model_texts(model: QAbstractItemModel, view: QAbstractItemView, where: str) -> Iterator[Seen]:
    horizontal = not (
        (isinstance(view, QTableView) and view.horizontalHeader().isHidden())
        or (isinstance(view, QTreeView) and view.isHeaderHidden())
    )
    if horizontal and not isinstance(view, QTableView | QTreeView):
        horizontal = False  # a list view has no header
    for column in range(model.columnCount()) if horizontal else ():
        header = model.headerData(column, Qt.Orientation.Horizontal)
        if isinstance(header, str):
            yield Seen(f"{where} header", header)
    if isinstance(model, QFileSystemModel):
        # Qt's file dialog: names of files and folders are data, their type is words.
        yield from (Seen(f"{where} type", t) for t in _file_types(model, view.rootIndex()))
    elif not _lists_folders(view):
        yield from _cells(model, QModelIndex(), where, [0], isinstance(view, QTreeView))


def _file_types(model: QFileSystemModel, folder: QModelIndex) -> Iterator[str]:
    for row in range(min(model.rowCount(folder), MAX_ROWS)):
        yield str(model.index(row, FILE_TYPE_COLUMN, folder).data())


def _lists_folders(view: QAbstractItemView) -> bool:
    """The places list on the left of Qt's file dialog: folder names."""
    return view.objectName() == "sidebar" and isinstance(view.window(), QFileDialog)


def _column_count(model: QAbstractItemModel, parent: QModelIndex) -> int:
    try:
        return model.columnCount(parent)
    except TypeError:  # PySide6 hides it on list models: they have one
        return 1


def _cells(
    model: QAbstractItemModel, parent: QModelIndex, where: str, seen: list[int], tree: bool
) -> Iterator[Seen]:
    for row in range(model.rowCount(parent)):
        if seen[0] >= MAX_ROWS:
            return
        seen[0] += 1
        for column in range(_column_count(model, parent)):
            index = model.index(row, column, parent)
            for role, kind in ((Qt.ItemDataRole.DisplayRole, "cell"), (_TOOLTIP, "tooltip")):
                value = index.data(role)
                if isinstance(value, str) and value:
                    yield Seen(
                        f"{where} {kind}", visible_tooltip(value) if role == _TOOLTIP else value
                    )
        if tree:
            yield from _cells(model, model.index(row, 0, parent), where, seen, tree)


def _chart_texts(view: QChartView, where: str) -> Iterator[Seen]:
    chart = view.chart()
    if chart is None:
        return
    yield Seen(where, chart.title())
    yield Seen(f"{where} tooltip", visible_tooltip(chart.toolTip()))
    for axis in chart.axes():
        if axis.isTitleVisible():
            yield Seen(f"{where} axis", axis.titleText())
        if isinstance(axis, QBarCategoryAxis):
            yield from (Seen(f"{where} category", c) for c in axis.categories())
    if chart.legend().isVisible():
        for series in chart.series():
            yield Seen(f"{where} series", series.name())


def _widget_texts(widget: QWidget) -> Iterator[Seen]:
    where = _name(widget)
    yield Seen(f"{where} tooltip", visible_tooltip(widget.toolTip()))
    if widget.isWindow():
        yield Seen(f"{where} title", widget.windowTitle())
    if isinstance(widget, QLabel):
        yield Seen(where, _label_text(widget))
    elif isinstance(widget, QAbstractButton):
        yield Seen(where, widget.text())
    elif isinstance(widget, QGroupBox):
        yield Seen(where, widget.title())
    elif isinstance(widget, QTabBar):
        yield from (Seen(where, widget.tabText(i)) for i in range(widget.count()))
    elif isinstance(widget, QLineEdit):
        yield Seen(f"{where} placeholder", widget.placeholderText())
    elif isinstance(widget, QTextBrowser) or (
        isinstance(widget, QTextEdit | QPlainTextEdit) and widget.isReadOnly()
    ):
        yield Seen(where, widget.toPlainText())
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        yield Seen(f"{where} placeholder", widget.placeholderText())
    elif isinstance(widget, QComboBox):
        yield from (Seen(where, widget.itemText(i)) for i in range(widget.count()))
    elif isinstance(widget, QSpinBox):
        for affix in (widget.prefix(), widget.suffix(), widget.specialValueText()):
            yield Seen(where, affix)
    elif isinstance(widget, QProgressBar) and widget.isTextVisible():
        yield Seen(where, widget.text())
    elif isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
        yield from _model_texts(widget.model(), widget, where)
    elif isinstance(widget, QChartView):
        yield from _chart_texts(widget, where)
    elif isinstance(widget, QToolBar):
        yield from action_texts(widget.actions(), where)


def visible_texts(window: QWidget) -> list[Seen]:
    """Every text `window` shows now (it must be shown): its visible widgets', its menu
    bar's menus and actions, its status bar's message."""
    found: list[Seen] = []
    for widget in [window, *window.findChildren(QWidget)]:
        if widget.isVisible() and not isinstance(widget, QMenu):
            found += _widget_texts(widget)
    if isinstance(window, QMainWindow):
        found += action_texts(window.menuBar().actions(), "menu bar")
        found.append(Seen("status bar", window.statusBar().currentMessage()))
    return [s for s in found if s.text]


def texts_of_modal(opener: Callable[[], object]) -> list[Seen]:
    """Texts of the modal dialog `opener` runs (Qt's static file and input dialogs), which
    is then cancelled."""
    seen: list[Seen] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog) or not dialog.isVisible():
            QTimer.singleShot(50, look)
            return
        seen.extend(visible_texts(dialog))
        dialog.reject()

    QTimer.singleShot(50, look)
    opener()
    assert seen, "no dialog came up"
    return seen
