"""Reciprocity Desktop: give first, record it, follow up — an offline app for field sellers."""

APP_NAME = "Reciprocity Desktop"

#: The one place the version is written: pyproject.toml reads it from here (``dynamic = ["version"]``), so
#: a start needs no package-metadata lookup (about 25 ms, more on a busy laptop).
__version__ = "0.1.0"

#: The distribution name in the package metadata (pyproject.toml's ``name``).
DISTRIBUTION = "reciprocity-desktop"


def package_version() -> str:
    """The version the user runs, as ``--version`` and Help → About tell it.

    Read from the package metadata of the installed distribution (a wheel, an editable install, a
    PyInstaller bundle that copies the metadata); :data:`__version__` only when there is none (a source
    tree run without installing). Looked up when asked, never at start: importing ``importlib.metadata``
    and finding the distribution costs about 25 ms.
    """
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(DISTRIBUTION)
    except PackageNotFoundError:
        return __version__
