"""The photos of the current item: thumbnails made off the GUI thread; add, caption, remove."""

from __future__ import annotations

import datetime as dt
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDropEvent,
    QIcon,
    QImage,
    QKeySequence,
    QPixmap,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from inspector_app.services.inspection.detail import EvidenceInfo
from inspector_app.ui.common.messages import inform, plain_tooltip, service_text, show_error
from inspector_app.ui.inspection.session import InspectionSession

if TYPE_CHECKING:
    from inspector_app.ui.settings import Preferences

Index = QModelIndex | QPersistentModelIndex
THUMB_SIZE = QSize(120, 90)
FLAGGED_BACKGROUND = QColor("#fde68a")  # amber: seen at a glance in the strip, as in the report
PHOTO_FILTER = "*.jpg *.jpeg *.png *.webp *.heic *.heif *.tif *.tiff"


def _evidence_service() -> Any:
    # Imported when first needed: the photo pipeline pulls in Pillow.
    from inspector_app.services.evidence import attach as evidence

    return evidence


def _load_thumbnail(path: Path) -> QImage:
    """Runs in a pool thread: QImage (unlike QPixmap) may be made off the GUI thread."""
    image = QImage(str(path))
    if image.isNull():
        return image
    return image.scaled(
        THUMB_SIZE, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )


class EvidenceModel(QAbstractListModel):
    """The photos of one item, with thumbnails filled in as they are loaded."""

    def __init__(self, session: InspectionSession, lang: str, parent: Any = None) -> None:
        super().__init__(parent)
        self._session, self._lang = session, lang
        self._photos: list[EvidenceInfo] = []
        self._icons: dict[str, QIcon] = {}
        self._loading: set[str] = set()

    def show_photos(self, photos: list[EvidenceInfo]) -> None:
        self.beginResetModel()
        self._photos = list(photos)
        self.endResetModel()

    def photo_at(self, row: int) -> EvidenceInfo:
        return self._photos[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._photos)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        photo = self._photos[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            warn = "⚠ " if photo.flags else ""
            return warn + (photo.caption or photo.original_name)
        if role == Qt.ItemDataRole.EditRole:
            return photo.caption
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(photo.sha256)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(photo)
        if role == Qt.ItemDataRole.BackgroundRole and photo.flags:
            return FLAGGED_BACKGROUND
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and not self._session.locked:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        photo, caption = self._photos[index.row()], str(value).strip()
        self._photos[index.row()] = replace(photo, caption=caption)
        self._session.remember_caption(photo.id, caption)
        evidence = _evidence_service()
        self._session.write(lambda: evidence.set_caption(self._session.ctx, photo.id, caption))
        self.dataChanged.emit(index, index)
        return True

    def _tooltip(self, photo: EvidenceInfo) -> str:
        lines = [photo.original_name]
        if photo.captured_at:
            lines.append(self.tr("Taken %1").replace("%1", f"{photo.captured_at:%Y-%m-%d %H:%M}"))
        lines += _evidence_service().evidence_flags_text(photo, self._lang)
        return plain_tooltip("\n".join(lines))

    def _icon(self, sha256: str) -> QIcon | None:
        icon = self._icons.get(sha256)
        if icon is None and sha256 not in self._loading:
            self._loading.add(sha256)
            path = _evidence_service().thumbnail_path(self._session.ctx, sha256)
            self._session.runner.run(
                lambda: _load_thumbnail(path), lambda image: self._thumbnail_loaded(sha256, image)
            )
        return icon

    def _thumbnail_loaded(self, sha256: str, image: QImage) -> None:
        self._loading.discard(sha256)
        self._icons[sha256] = QIcon(QPixmap.fromImage(image))
        for row, photo in enumerate(self._photos):
            if photo.sha256 == sha256:
                self.dataChanged.emit(
                    self.index(row), self.index(row), [Qt.ItemDataRole.DecorationRole]
                )


class _Progress(QObject):
    """Carries the photo pipeline's progress from its threads to the GUI thread."""

    advanced = Signal(int, int)


class EvidenceStrip(QWidget):
    """Add photos by file dialog, drag and drop or paste; double-click opens one large."""

    photos_added = Signal(int)

    def __init__(
        self,
        session: InspectionSession,
        lang: str,
        preferences: Preferences | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session, self._lang, self._preferences = session, lang, preferences
        self._item_id: str | None = None
        self.model = EvidenceModel(session, lang, self)
        self._progress = _Progress(self)
        self._progress.advanced.connect(self._show_progress)
        self._build()
        self.setAcceptDrops(True)
        session.records_reloaded.connect(self._refresh)

    def _build(self) -> None:
        self.view = QListView()
        self.view.setObjectName("evidence_view")
        self.view.setAccessibleName(self.tr("Photos of this item"))
        self.view.setModel(self.model)
        self.view.setViewMode(QListView.ViewMode.IconMode)
        self.view.setFlow(QListView.Flow.LeftToRight)
        self.view.setWrapping(False)
        self.view.setIconSize(THUMB_SIZE)
        self.view.setGridSize(QSize(THUMB_SIZE.width() + 24, THUMB_SIZE.height() + 40))
        self.view.setMinimumHeight(THUMB_SIZE.height() + 56)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.view.doubleClicked.connect(self.open_large)
        self.add_button = QPushButton(self.tr("Add photos…"))
        self.add_button.clicked.connect(self.choose_photos)
        self.caption_button = QPushButton(self.tr("Caption"))
        self.caption_button.clicked.connect(lambda: self.view.edit(self.view.currentIndex()))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.status = QLabel()
        buttons = QVBoxLayout()
        for widget in (self.add_button, self.caption_button, self.remove_button, self.status):
            buttons.addWidget(widget)
        buttons.addStretch()
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.view, 1)
        box.addLayout(buttons)
        paste = QShortcut(QKeySequence.StandardKey.Paste, self.view)
        paste.activated.connect(self.paste_image)

    def show_item(self, item_id: str) -> None:
        self._item_id = item_id
        self._refresh()

    def _refresh(self) -> None:
        if self._item_id is not None:
            self.model.show_photos(self._session.evidence_of(self._item_id))
        editable = not self._session.locked
        for button in (self.add_button, self.caption_button, self.remove_button):
            button.setEnabled(editable)

    def choose_photos(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Add photos"), "", self.tr("Photos (%1)").replace("%1", PHOTO_FILTER)
        )
        self.add_files([Path(name) for name in names])

    def add_files(self, paths: list[Path], cleanup: object = None) -> None:
        """Ingest photos in the write queue (decoding runs in the pipeline's own threads)."""
        if not paths or self._item_id is None or self._session.locked:
            return
        item_id, session = self._item_id, self._session
        self.status.setText(self.tr("Adding %1 photos…").replace("%1", str(len(paths))))
        progress = self._progress.advanced.emit
        tolerance = self.photo_tolerance()

        def work() -> list[Any]:
            try:
                added: list[Any] = _evidence_service().add_photos(
                    session.ctx, session.id, item_id, paths, progress=progress, tolerance=tolerance
                )
                return added
            finally:
                if cleanup is not None:
                    cleanup.cleanup()  # type: ignore[attr-defined]

        session.runner.run(work, self._added, self._failed, write=True)

    def photo_tolerance(self) -> dt.timedelta:
        """How far a photo's capture time may lie from the inspection's (a preference)."""
        hours = self._preferences.photo_tolerance_hours() if self._preferences else 24
        return dt.timedelta(hours=hours)

    def _show_progress(self, done: int, total: int) -> None:
        self.status.setText(
            self.tr("Photos %1 of %2").replace("%1", str(done)).replace("%2", str(total))
        )

    def _added(self, outcomes: list[Any]) -> None:
        self.status.setText("")
        refused = [outcome for outcome in outcomes if not outcome.stored]
        rejected = [f"{o.path.name}: {service_text(o.reason or '')}" for o in refused]
        if rejected:
            inform(self, self.tr("Some files were not added"), "\n".join(rejected))
        self.photos_added.emit(len(outcomes) - len(rejected))
        self._session.reload()

    def _failed(self, error: BaseException) -> None:
        self.status.setText("")
        show_error(self, error)

    def remove_selected(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid() or self._session.locked:
            return
        photo_id = self.model.photo_at(index.row()).id
        evidence = _evidence_service()
        self._session.write(
            lambda: evidence.remove_evidence(self._session.ctx, photo_id), self._session.reload
        )

    def paste_image(self) -> None:
        image = QApplication.clipboard().image()
        if image.isNull():
            return
        folder = tempfile.TemporaryDirectory(prefix="pasted-")
        path = Path(folder.name) / "pasted.png"
        image.save(str(path), "PNG")  # type: ignore[call-overload]
        self.add_files([path], cleanup=folder)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and not self._session.locked:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        self.add_files(paths)
        event.acceptProposedAction()

    def open_large(self, index: QModelIndex) -> None:
        if index.isValid():
            PhotoViewer(self._session, self.model.photo_at(index.row()), self._lang, self).show()


class PhotoViewer(QDialog):
    """One photo at report size, with its caption and any warnings."""

    def __init__(
        self, session: InspectionSession, photo: EvidenceInfo, lang: str, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(photo.caption or photo.original_name)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        evidence = _evidence_service()
        picture = QLabel()
        picture.setPixmap(QPixmap(str(evidence.report_copy_path(session.ctx, photo.sha256))))
        scroll = QScrollArea()
        scroll.setWidget(picture)
        notes = QLabel("\n".join([photo.original_name, *evidence.evidence_flags_text(photo, lang)]))
        notes.setWordWrap(True)
        box = QVBoxLayout(self)
        box.addWidget(scroll)
        box.addWidget(notes)
        self.resize(900, 700)
