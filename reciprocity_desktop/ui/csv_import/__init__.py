"""File → Import CSV… in the window: check the file, confirm with a preview of its rows, import.

:mod:`.flow` runs the steps (the check and the import off the GUI thread, each with a progress
dialog that can cancel); :mod:`.dialog` is the confirmation between them.
"""

from reciprocity_desktop.ui.csv_import.dialog import CsvImportDialog
from reciprocity_desktop.ui.csv_import.flow import CsvImporter

__all__ = ["CsvImportDialog", "CsvImporter"]
