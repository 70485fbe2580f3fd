"""Plain-Python domain core: forms, scoring, identifiers, errors (no Qt, no SQLAlchemy)."""
