"""The Prospects page: the view, its lazy list model, the detail pane, the prospect/contact/outcome dialogs."""
