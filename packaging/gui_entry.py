"""Entry point of the frozen GUI, `inspector-app` (see inspector-app.spec)."""

import multiprocessing
import sys

if __name__ == "__main__":
    # First thing: a photo worker is this same executable started again by multiprocessing
    # ('spawn'); freeze_support runs the worker and exits before Qt is loaded.
    multiprocessing.freeze_support()
    from inspector_app.ui.app import main

    sys.exit(main())
