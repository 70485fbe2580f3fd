"""Schema migrations (Alembic scripts under versions/), run in-process at start-up."""

# The newest revision. Checked against alembic_version before importing Alembic at all,
# so a current database opens without paying for Alembic's import.
SCHEMA_HEAD = "0012"
