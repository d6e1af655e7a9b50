"""The Visits page: plan a day (:mod:`.view`), its panes and models, and printing the day (:mod:`.print_dialog`)."""
