"""Atomic file writes for the command line and the ui, which import nothing from storage."""

from __future__ import annotations

from inspector_app.storage.files import atomic_write_bytes, atomic_write_text

__all__ = ["atomic_write_bytes", "atomic_write_text"]
