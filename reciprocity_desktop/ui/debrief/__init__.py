"""The Debrief page: the day's paper visit sheets typed back in (view, table model, stop form)."""
