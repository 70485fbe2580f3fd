"""Site inspection app for the eight rules that protect migrant workers' wages."""

__version__ = "0.1.0"
APP_NAME = "inspector-app"
