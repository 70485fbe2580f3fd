"""A pad to sign on with mouse, pen or finger; the drawing is exported as a PNG."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QPointF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget


class SignaturePad(QWidget):
    """Strokes are kept as painter paths; `png()` renders them on white."""

    signature_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._strokes: list[QPainterPath] = []
        self._drawing = False
        self._signed_at: dt.datetime | None = None
        self._read_only = False
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        self.setMinimumSize(QSize(320, 120))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Signature pad"))

    def sizeHint(self) -> QSize:
        return QSize(420, 140)

    @property
    def is_empty(self) -> bool:
        return not self._strokes

    @property
    def signed_at(self) -> dt.datetime | None:
        """When the person finished signing (the last stroke), local time; None when empty.

        Signatures are stored together when the inspection is signed; this keeps the
        moment each person actually signed."""
        return self._signed_at if self._strokes else None

    @property
    def read_only(self) -> bool:
        return self._read_only

    def set_read_only(self, read_only: bool) -> None:
        """Once the inspection is signed, what was drawn stays: no new strokes, no clearing."""
        self._read_only = read_only
        self.setCursor(Qt.CursorShape.ArrowCursor if read_only else Qt.CursorShape.CrossCursor)

    def clear(self) -> None:
        if self._read_only:
            return
        self._strokes.clear()
        self._signed_at = None
        self.update()
        self.signature_changed.emit()

    def _begin(self, point: QPointF) -> None:
        if not self.isEnabled() or self._read_only:
            return
        path = QPainterPath(point)
        path.lineTo(point + QPointF(0.1, 0.1))  # a dot is a stroke too
        self._strokes.append(path)
        self._drawing = True
        self.update()

    def _extend(self, point: QPointF) -> None:
        if self._drawing and self._strokes:
            self._strokes[-1].lineTo(point)
            self.update()

    def _end(self) -> None:
        if self._drawing:
            self._drawing = False
            self._signed_at = dt.datetime.now().replace(microsecond=0)
            self.signature_changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._extend(event.position())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._end()

    def tabletEvent(self, event: QTabletEvent) -> None:
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self._begin(event.position())
        elif kind == QEvent.Type.TabletMove:
            self._extend(event.position())
        elif kind == QEvent.Type.TabletRelease:
            self._end()
        event.accept()

    def event(self, event: QEvent) -> bool:
        if isinstance(event, QTouchEvent) and event.points():
            point = event.points()[0].position()
            kind = event.type()
            if kind == QEvent.Type.TouchBegin:
                self._begin(point)
            elif kind == QEvent.Type.TouchUpdate:
                self._extend(point)
            else:
                self._end()
            event.accept()
            return True
        return super().event(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        # Greyed when nobody is to sign here (a refusal, a signed inspection).
        painter.fillRect(self.rect(), QColor("white" if self.isEnabled() else "#eeeeee"))
        painter.setPen(QPen(QColor("#9ca3af"), 1, Qt.PenStyle.DashLine))
        baseline = self.height() - 24
        painter.drawLine(12, baseline, self.width() - 12, baseline)
        self._paint_strokes(painter)
        painter.end()

    def _paint_strokes(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(QColor("black"), 2.5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        for stroke in self._strokes:
            painter.drawPath(stroke)

    def png(self) -> bytes:
        """The signature alone, black on white, as PNG bytes."""
        image = QImage(self.size(), QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        self._paint_strokes(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")  # type: ignore[call-overload]
        return bytes(data.data())
