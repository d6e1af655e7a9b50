"""Reciprocity Desktop: give first, record it, follow up — an offline app for field sellers."""

from importlib.metadata import PackageNotFoundError, version

APP_NAME = "Reciprocity Desktop"

try:
    __version__ = version("reciprocity-desktop")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.1.0"
