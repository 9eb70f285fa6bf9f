"""Dusangire Desktop: the hospital meal business, run from the front desk and back office."""

__version__ = "0.1.0"
APP_NAME = "Dusangire Desktop"
