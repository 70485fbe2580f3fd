"""Sync bundles: signed `*.inspection.zip` files carrying one inspection revision each."""
