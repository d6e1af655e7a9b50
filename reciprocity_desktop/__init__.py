"""Reciprocity Desktop: give first, record it, follow up — an offline app for field sellers."""

APP_NAME = "Reciprocity Desktop"

#: The one place the version is written: pyproject.toml reads it from here (``dynamic = ["version"]``), so
#: a start needs no package-metadata lookup (about 25 ms, more on a busy laptop).
__version__ = "0.1.0"
