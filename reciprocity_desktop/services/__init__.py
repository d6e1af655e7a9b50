"""One function per user action: validates, runs one transaction, raises clear errors.

Nothing here imports Qt; the window, the CLI, the reports and sync all call these.
"""
