"""Sync by file in the window: export, import with a preview of what will change, and the conflict log."""
