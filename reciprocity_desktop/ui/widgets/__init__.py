"""Widgets and models the pages share: tables, forms, the page base, dialogs, colours."""
