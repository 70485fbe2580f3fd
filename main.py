"""Starts the GUI: python main.py (same as the inspector-app command)."""

if __name__ == "__main__":
    # Imported here, not at the top: photo workers are spawned processes that re-import
    # this module, and must not load Qt.
    import multiprocessing

    multiprocessing.freeze_support()
    from inspector_app.ui.app import main

    raise SystemExit(main())
