"""The `inspector` command line; it calls services, never ui."""
