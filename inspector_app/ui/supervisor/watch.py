"""A watched folder: bundles that land in it (a shared drive, a synced folder) are imported."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QSettings, QTimer, Signal

from inspector_app.services.sync.model import SUFFIX
from inspector_app.ui.common.tasks import TaskRunner

# A bundle still being copied keeps changing; it is taken once it has been left alone
# this long, and the folder is looked at again after the same pause.
SETTLE_SECONDS = 1.5
WATCH_KEY = "supervisor/watch_folder"


def saved_watch_folder() -> Path | None:
    value = str(QSettings().value(WATCH_KEY, "") or "")
    return Path(value) if value else None


Listing = list[tuple[Path, int, float]]  # path, size, modified


def _listing(folder: Path) -> Listing:
    """The bundles in the folder with their size and time (a shared drive may be slow)."""
    found = []
    for path in sorted(folder.glob(f"*{SUFFIX}")):
        try:
            stat = path.stat()
        except OSError:  # gone again, or unreadable: the importer says which
            continue
        found.append((path, stat.st_size, stat.st_mtime))
    return found


class FolderWatch(QObject):
    """Reports new or changed bundles in one folder, once each has finished arriving."""

    bundles_arrived = Signal(list)  # list[Path]
    watching = Signal(object)  # the folder now watched (a directory), or None

    def __init__(self, parent: QObject | None = None, runner: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self.runner = runner or TaskRunner(self)
        self.folder: Path | None = None
        self._seen: dict[Path, tuple[int, float]] = {}
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(self._soon)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(int(SETTLE_SECONDS * 1000))
        self._timer.timeout.connect(self.scan)

    def watch(self, folder: Path | None) -> int | None:
        """Watch `folder` (None stops); bundles already there are reported at once. Whether
        it is a folder at all is looked at in the background (a shared drive may be slow);
        `watching` tells the outcome."""
        if self._watcher.directories():
            self._watcher.removePaths(self._watcher.directories())
        self.folder, self._seen = folder, {}
        if folder is None:
            self.watching.emit(None)
            return None
        return self.runner.run(
            lambda: _listing(folder) if folder.is_dir() else None,
            lambda found: self._started(folder, found),
        )

    def _started(self, folder: Path, found: Listing | None) -> None:
        if folder != self.folder:  # another folder was chosen meanwhile
            return
        if found is None:  # not a folder (gone, or a drive not mounted): nothing watched
            self.watching.emit(None)
            return
        self._watcher.addPath(str(folder))
        self.watching.emit(folder)
        self._take(folder, found)

    def _soon(self, _path: str = "") -> None:
        self._timer.start()

    def scan(self) -> int | None:
        """Look at the folder in the background; `bundles_arrived` reports the bundles
        that are new or changed and no longer being written."""
        folder = self.folder
        if folder is None:
            return None
        return self.runner.run(lambda: _listing(folder), lambda found: self._take(folder, found))

    def _take(self, folder: Path, found: Listing) -> list[Path]:
        if folder != self.folder:  # another folder is watched since
            return []
        arrived, settling = [], False
        for path, size, modified in found:
            key = (size, modified)
            if self._seen.get(path) == key:
                continue
            if time.time() - modified < SETTLE_SECONDS:
                settling = True
                continue
            self._seen[path] = key
            arrived.append(path)
        if settling:
            self._soon()
        if arrived:
            self.bundles_arrived.emit(arrived)
        return arrived
