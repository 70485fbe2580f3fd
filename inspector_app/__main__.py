"""`python -m inspector_app` runs the command line."""

from inspector_app.cli.main import main

if __name__ == "__main__":
    raise SystemExit(main())
