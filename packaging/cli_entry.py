"""Entry point of the frozen command line, `inspector` (see inspector-app.spec)."""

import multiprocessing
import sys

if __name__ == "__main__":
    # `inspector photos add` ingests on worker processes ('spawn'): each is this executable
    # started again, and freeze_support runs the worker and exits.
    multiprocessing.freeze_support()
    from inspector_app.cli.main import main

    sys.exit(main())
