"""The Prospects page: the view, its lazy list model, the detail pane and the prospect/contact/outcome dialogs."""
