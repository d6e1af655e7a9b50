"""The package list for setuptools (everything else is in pyproject.toml).

The top-level ``resources/`` folder (fonts, translations, icons, the postal-code table) is installed
inside the package, as ``reciprocity_desktop/resources/``, where ``paths.resources_dir()`` finds it
in an installed copy (through importlib.resources). pyproject.toml alone cannot add that folder to the
packages it finds. The Alembic migrations are modules of the package; their template ``script.py.mako``
is package data.
"""

from setuptools import find_packages, setup

setup(
    packages=[
        *find_packages(include=["reciprocity_desktop", "reciprocity_desktop.*"]),
        "reciprocity_desktop.resources",
    ],
    package_dir={"reciprocity_desktop.resources": "resources"},
    package_data={
        "reciprocity_desktop": ["py.typed"],
        "reciprocity_desktop.resources": ["**/*"],
        # Alembic's template for a new revision: read as a file, beside env.py and versions/
        "reciprocity_desktop.store.migrations": ["script.py.mako"],
    },
)
