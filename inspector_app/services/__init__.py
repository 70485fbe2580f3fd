"""Use cases: inspections, evidence, reports, signing, bundles, supervisor review."""
