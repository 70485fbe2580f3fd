"""`python -m inspector_app` runs the command line."""

from inspector_app.cli.main import main

raise SystemExit(main())
