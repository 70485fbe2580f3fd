"""Persistence: SQLAlchemy models, sessions, migrations, SQLite specifics and the media store."""
