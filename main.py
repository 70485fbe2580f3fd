"""Starts the GUI: python main.py (same as the inspector-app command)."""

from inspector_app.ui.app import main

if __name__ == "__main__":
    raise SystemExit(main())
