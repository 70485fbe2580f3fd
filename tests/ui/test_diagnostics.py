"""Logging set-up: a rotating log file, and pyHanko's untrusted-signer tracebacks kept out."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import qInstallMessageHandler

from inspector_app.ui.diagnostics import LOG_FILE, setup_logging


def test_logging_goes_to_the_log_folder_and_quiets_pyhanko(tmp_path: Path) -> None:
    root, pyhanko = logging.getLogger(), logging.getLogger("pyhanko")
    handlers, levels = list(root.handlers), (root.level, pyhanko.level)
    try:
        path = setup_logging(tmp_path / "logs")
        assert path == tmp_path / "logs" / LOG_FILE
        assert pyhanko.getEffectiveLevel() == logging.ERROR
        pyhanko.getChild("validation").warning("untrusted signer traceback")
        logging.getLogger("inspector_app").info("kept")
    finally:
        qInstallMessageHandler(None)  # pytest-qt puts its own back after the test
        for handler in set(root.handlers) - set(handlers):
            handler.close()
            root.removeHandler(handler)
        root.setLevel(levels[0])
        pyhanko.setLevel(levels[1])
    text = path.read_text(encoding="utf-8")
    assert "kept" in text and "untrusted signer" not in text
