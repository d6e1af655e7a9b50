"""The Follow-ups page: what to do next for whom, with its dialogs, table and details pane."""
